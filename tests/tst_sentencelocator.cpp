// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a cited sentence in a user's copy of a report by its fingerprint, whatever the copy's
// line breaks. The report is one we made up; no real report's words are used.

#include "models/dataset.h"
#include "models/extract/sentencesplitter.h"
#include "models/sentencelocator.h"
#include "models/sourcelibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Summit;
using namespace Qt::StringLiterals;

namespace {

// Paragraph 2, sentence 2 is the one cited.
const QString original = u"Ministers of three lakeside towns met in Northvale on 3 March.\n"
                         "\n"
                         "The mayor of Eastport opened the meeting. She said ferry traffic rose by "
                         "4 percent to 2.1 million passengers. Talks on a new pier went on past "
                         "midnight.\n"
                         "\n"
                         "Westbrook's delegate left early, citing a flood at home.\n"_s;
const QString cited = u"She said ferry traffic rose by 4 percent to 2.1 million passengers."_s;

/** Breaks every line of @p text before @p width characters, at spaces, as a mail reader does. */
QString rewrapped(const QString &text, int width, bool keepBlankLines)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (line.isEmpty()) {
            if (keepBlankLines)
                lines.append(QString());
            continue;
        }
        QString current;
        for (const QString &word : line.split(u' ')) {
            if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
                lines.append(current);
                current.clear();
            }
            current += (current.isEmpty() ? QString() : u" "_s) + word;
        }
        lines.append(current);
    }
    return lines.join(u'\n');
}

} // namespace

/** Tests of locateSentence(), through SourceLibrary as the paragraph dialog reads a copy. */
class TestSentenceLocator : public QObject
{
    Q_OBJECT

private slots:
    void theOriginalAnchorIsWhatTheTestsCite();
    void locate_data();
    void locate();
    void aSourceWithoutASentenceIsNotLookedFor();
    void aSentenceSplitDifferentlyAfterAHeading();

private:
    QStringList paragraphsOf(const QString &text);
    SourceRef anchor() const { return { u"d"_s, 2, 2, sentenceFingerprint(cited) }; }

    QTemporaryDir m_dir;
    int m_files = 0;
};

QStringList TestSentenceLocator::paragraphsOf(const QString &text)
{
    const QString name = u"copy%1.txt"_s.arg(++m_files);
    QFile file(QDir(m_dir.path()).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        return {};
    file.close();
    SourceLibrary library;
    library.setFolders({ m_dir.path() });
    return library.paragraphs({ u"d"_s, {}, {}, {}, name, 1 }).value_or(QStringList());
}

void TestSentenceLocator::theOriginalAnchorIsWhatTheTestsCite()
{
    const QStringList paragraphs = paragraphsOf(original);
    QCOMPARE(paragraphs.size(), 3);
    QCOMPARE(Extract::SentenceSplitter::sentences(paragraphs.at(1)).value(1), cited);
}

void TestSentenceLocator::locate_data()
{
    QTest::addColumn<QString>("copy");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("firstParagraph");

    const auto found = int(SentenceLocation::Found);
    const auto moved = int(SentenceLocation::Moved);
    const auto notFound = int(SentenceLocation::NotFound);
    QString crlf = original;
    crlf.replace(u"\n"_s, u"\r\n"_s);
    QString split = original;
    split.replace(u"meeting. She"_s, u"meeting.\nShe"_s);
    QString joined = original;
    joined.replace(u"March.\n\nThe mayor"_s, u"March. The mayor"_s);
    QString spaced = original;
    spaced.replace(u"She said ferry"_s, u"SHE  said\tferry"_s);
    QString edited = original;
    edited.replace(u"4 percent"_s, u"5 percent"_s);
    QString removed = original;
    removed.remove(cited + u" "_s);

    QTest::newRow("same text") << original << found << 1;
    QTest::newRow("CRLF line ends") << crlf << found << 1;
    QTest::newRow("other white space and case") << spaced << found << 1;
    QTest::newRow("re-wrapped, blank lines kept") << rewrapped(original, 30, true) << moved << 4;
    QTest::newRow("re-wrapped, no blank lines") << rewrapped(original, 24, false) << moved << 4;
    QTest::newRow("sentence moved to the next paragraph") << split << moved << 2;
    QTest::newRow("paragraphs joined") << joined << moved << 0;
    QTest::newRow("a heading added before") << u"Lake towns\n"_s + original << moved << 2;
    QTest::newRow("edited sentence") << edited << notFound << -1;
    QTest::newRow("sentence removed") << removed << notFound << -1;
    QTest::newRow("empty copy") << QString() << notFound << -1;
}

void TestSentenceLocator::locate()
{
    QFETCH(QString, copy);
    QFETCH(int, status);
    QFETCH(int, firstParagraph);

    const QStringList paragraphs = paragraphsOf(copy);
    const SentenceLocation location = locateSentence(paragraphs, anchor());
    QCOMPARE(int(location.status), status);
    QCOMPARE(location.firstParagraph, firstParagraph);
    if (!location.found())
        return;
    // What the dialog highlights, read back: the cited sentence and nothing more.
    QStringList parts;
    for (int i = location.firstParagraph; i <= location.lastParagraph; ++i) {
        const auto [start, length] = location.spanIn(i, paragraphs.at(i).size());
        QVERIFY(length > 0);
        parts.append(paragraphs.at(i).mid(start, length));
    }
    QCOMPARE(sentenceFingerprint(parts.join(u' ')), anchor().fingerprint);
    QCOMPARE(parts.join(u' ').simplified().toCaseFolded(), cited.toCaseFolded());
}

void TestSentenceLocator::aSourceWithoutASentenceIsNotLookedFor()
{
    const SentenceLocation location
        = locateSentence(paragraphsOf(original), { u"d"_s, 2, 0, QString() });
    QCOMPARE(location.status, SentenceLocation::NoAnchor);
    QVERIFY(!location.found());
    QCOMPARE(location.spanIn(1, 100), std::make_pair(qsizetype(0), qsizetype(0)));
}

void TestSentenceLocator::aSentenceSplitDifferentlyAfterAHeading()
{
    // A heading without a full stop, on the line before the sentence: read as running text it
    // would run into the sentence; the line's own split still finds where the sentence starts.
    const QStringList paragraphs = paragraphsOf(u"Ferry figures\n"_s + cited + u"\n"_s);
    const SentenceLocation location
        = locateSentence(paragraphs, { u"d"_s, 5, 1, sentenceFingerprint(cited) });
    QCOMPARE(location.status, SentenceLocation::Moved);
    QCOMPARE(location.firstParagraph, 1);
    QCOMPARE(location.spanIn(1, paragraphs.at(1).size()),
        std::make_pair(qsizetype(0), qsizetype(cited.size())));
}

QTEST_GUILESS_MAIN(TestSentenceLocator)
#include "tst_sentencelocator.moc"
