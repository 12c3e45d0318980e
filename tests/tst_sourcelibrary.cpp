// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the user's copies of the source articles and counting their paragraphs.

#include "models/dataset.h"
#include "models/sourcelibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Summit;
using namespace Qt::StringLiterals;

/** Tests of SourceLibrary. */
class TestSourceLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paragraphsAreNonEmptyLines_data();
    void paragraphsAreNonEmptyLines();
    void firstFolderThatHasTheFileWins();
    void missingOrUnsafeFilesAreNotFound_data();
    void missingOrUnsafeFilesAreNotFound();

private:
    void write(const QString &folder, const QString &name, const QByteArray &bytes);
    static Document document(const QString &file) { return { u"d"_s, {}, {}, {}, file, 0 }; }

    QTemporaryDir m_dir;
    QString m_first;
    QString m_second;
};

void TestSourceLibrary::write(const QString &folder, const QString &name, const QByteArray &bytes)
{
    QFile file(QDir(folder).filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void TestSourceLibrary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).mkpath(QStringLiteral("first"));
    QDir(m_dir.path()).mkpath(QStringLiteral("second"));
    m_first = m_dir.filePath(QStringLiteral("first"));
    m_second = m_dir.filePath(QStringLiteral("second"));
}

void TestSourceLibrary::paragraphsAreNonEmptyLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::newRow("blank lines between")
        << QByteArray("One.\n\nTwo.\n\n\nThree.\n") << QStringList { "One.", "Two.", "Three." };
    QTest::newRow("whitespace-only lines are empty")
        << QByteArray("One.\n   \n\tTwo.  \n") << QStringList { "One.", "Two." };
    QTest::newRow("Windows line ends")
        << QByteArray("One.\r\n\r\nTwo.\r\n") << QStringList { "One.", "Two." };
    QTest::newRow("no final line end")
        << QByteArray("One.\nTwo.") << QStringList { "One.", "Two." };
    QTest::newRow("UTF-8") << QByteArray("Pr\xc3\xa9sident \xe2\x80\x9cquoted\xe2\x80\x9d\n")
                           << QStringList { QStringLiteral("Président “quoted”") };
    QTest::newRow("empty file") << QByteArray() << QStringList();
}

void TestSourceLibrary::paragraphsAreNonEmptyLines()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, paragraphs);
    const QString name
        = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + u".txt"_s;
    write(m_first, name, text);
    SourceLibrary library;
    library.setFolders({ m_first });
    const auto read = library.paragraphs(document(name));
    QVERIFY(read);
    QCOMPARE(*read, paragraphs);
}

void TestSourceLibrary::firstFolderThatHasTheFileWins()
{
    write(m_first, u"both.txt"_s, "From the first folder.\n");
    write(m_second, u"both.txt"_s, "From the second folder.\n");
    write(m_second, u"second-only.txt"_s, "Only here.\n");
    SourceLibrary library;
    library.setFolders({ m_dir.filePath(u"missing"_s), m_first, m_second });
    QCOMPARE(library.paragraphs(document(u"both.txt"_s))->value(0), u"From the first folder."_s);
    QCOMPARE(library.paragraphs(document(u"second-only.txt"_s))->value(0), u"Only here."_s);
    QCOMPARE(library.pathOf(document(u"both.txt"_s)), QDir(m_first).filePath(u"both.txt"_s));
}

void TestSourceLibrary::missingOrUnsafeFilesAreNotFound_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("not there") << u"absent.txt"_s;
    QTest::newRow("no file name") << QString();
    QTest::newRow("a path out of the folder") << u"../first/escape.txt"_s;
    QTest::newRow("an absolute path") << m_dir.filePath(u"first/escape.txt"_s);
    QTest::newRow("a folder") << u"."_s;
    QTest::newRow("too large") << u"huge.txt"_s;
}

void TestSourceLibrary::missingOrUnsafeFilesAreNotFound()
{
    QFETCH(QString, file);
    write(m_first, u"escape.txt"_s, "Outside the second folder.\n");
    write(m_second, u"huge.txt"_s, QByteArray(SourceLibrary::MaxFileSize + 1, 'x'));
    SourceLibrary library;
    library.setFolders({ m_second });
    QVERIFY(!library.paragraphs(document(file)));
    QCOMPARE(library.pathOf(document(file)), QString());
}

QTEST_GUILESS_MAIN(TestSourceLibrary)
#include "tst_sourcelibrary.moc"
