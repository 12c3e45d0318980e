// SPDX-License-Identifier: GPL-3.0-or-later
// The paragraph dialog as a user sees it: the cited sentence highlighted in their copy of the
// report whatever its line breaks, a clear word when the copy has changed, and the report's
// address with a button to open it. The report is one we made up.

#include "models/datasetdocument.h"
#include "models/sourcelibrary.h"
#include "views/common/documentaddress.h"
#include "views/common/sourceparagraphdialog.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Summit;
using namespace Qt::StringLiterals;

namespace {

const QString report = u"Ministers of three lakeside towns met in Northvale on 3 March.\n"
                       "The mayor of Eastport opened the meeting. She said ferry traffic rose by "
                       "4 percent to 2.1 million passengers. Talks on a new pier went on past "
                       "midnight.\n"
                       "Westbrook's delegate left early, citing a flood at home.\n"_s;
const QString cited = u"She said ferry traffic rose by 4 percent to 2.1 million passengers."_s;
const QString address = u"https://news.example.org/lakeside/ferry-talks"_s;

} // namespace

class TestSourceParagraphDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void highlightsTheCitedSentence_data();
    void highlightsTheCitedSentence();
    void aChangedCopyIsSaid();
    void theSentenceIsFoundFromTheLinkAlone();
    void showsThePublisherAndTheAddress();
    void noAddressDisablesTheButton();

private:
    void writeCopy(const QString &text);
    SourceRef anchor() const { return { u"lake"_s, 2, 2, sentenceFingerprint(cited) }; }

    QTemporaryDir m_dir;
    DatasetDocument m_document;
    SourceLibrary m_library;
    QList<QUrl> m_opened;
};

void TestSourceParagraphDialog::init()
{
    Dataset dataset;
    Document document { u"lake"_s, u"Our made-up report of the lakeside towns' meeting"_s,
        u"Lakeside Courier"_s, QDate(2026, 3, 4), u"lake.txt"_s, 3 };
    document.url = address;
    document.language = u"en"_s;
    dataset.documents
        = { document, { u"bare"_s, u"A report with no address"_s, {}, {}, u"bare.txt"_s, 1 } };
    Summit::Summit summit;
    summit.id = u"s"_s;
    summit.sources = { anchor() };
    dataset.summits = { summit };
    m_document.setDataset(dataset);
    m_library.setFolders({ m_dir.path() });
    writeCopy(report);
    m_opened.clear();
    DocumentAddress::setOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
}

void TestSourceParagraphDialog::cleanup()
{
    DocumentAddress::setOpener({});
}

void TestSourceParagraphDialog::writeCopy(const QString &text)
{
    m_library.setFolders({ m_dir.path() }); // forgets what it read before
    QFile file(QDir(m_dir.path()).filePath(u"lake.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(text.toUtf8()) > 0);
}

void TestSourceParagraphDialog::highlightsTheCitedSentence_data()
{
    QTest::addColumn<QString>("copy");
    QTest::addColumn<QString>("statusWords");
    QString crlf = report;
    crlf.replace(u"\n"_s, u"\r\n"_s);
    QString wrapped = report;
    wrapped.replace(u"rose by 4 percent "_s, u"rose by\n4 percent\n"_s);
    QTest::newRow("as recorded") << report << u"is the one the fact rests on."_s;
    QTest::newRow("CRLF") << crlf << u"is the one the fact rests on."_s;
    QTest::newRow("re-wrapped") << wrapped << u"there it runs over paragraphs 2–4"_s;
}

void TestSourceParagraphDialog::highlightsTheCitedSentence()
{
    QFETCH(QString, copy);
    QFETCH(QString, statusWords);
    writeCopy(copy);
    SourceParagraphDialog dialog(&m_document, &m_library);
    dialog.showSource(anchor());
    QVERIFY(dialog.location().found());
    QCOMPARE(dialog.highlightedText().simplified(), cited);
    const QString shown = dialog.shownText();
    QVERIFY2(shown.contains(statusWords), qPrintable(shown));
    QVERIFY2(shown.contains(u"paragraph 2, sentence 2"_s), qPrintable(shown));
    QVERIFY(!shown.contains(u"has changed"_s));
}

void TestSourceParagraphDialog::aChangedCopyIsSaid()
{
    QString edited = report;
    edited.replace(u"4 percent"_s, u"5 percent"_s);
    writeCopy(edited);
    SourceParagraphDialog dialog(&m_document, &m_library);
    dialog.showSource(anchor());
    QCOMPARE(dialog.location().status, SentenceLocation::NotFound);
    QVERIFY(dialog.highlightedText().isEmpty());
    const QString shown = dialog.shownText();
    QVERIFY2(shown.contains(u"This copy of the report has changed since the fact was recorded: "
                            "the cited sentence was not found"_s),
        qPrintable(shown));
    // The paragraph is still shown, as the copy has it.
    QVERIFY(shown.contains(u"rose by 5 percent"_s));
}

void TestSourceParagraphDialog::theSentenceIsFoundFromTheLinkAlone()
{
    // A link names document, paragraph and sentence; the fingerprint comes from the dataset.
    SourceParagraphDialog dialog(&m_document, &m_library);
    dialog.showParagraph(u"lake"_s, 2, 2);
    QCOMPARE(dialog.location().status, SentenceLocation::Found);
    QCOMPARE(dialog.highlightedText(), cited);
    // A paragraph alone highlights nothing and claims nothing.
    dialog.showParagraph(u"lake"_s, 2);
    QCOMPARE(dialog.location().status, SentenceLocation::NoAnchor);
    QVERIFY(dialog.highlightedText().isEmpty());
    QVERIFY(!dialog.shownText().contains(u"highlighted"_s));
}

void TestSourceParagraphDialog::showsThePublisherAndTheAddress()
{
    m_library.setFolders({}); // no copy: the address is how to reach the report
    SourceParagraphDialog dialog(&m_document, &m_library);
    dialog.showSource(anchor());
    const QString shown = dialog.shownText();
    QVERIFY2(shown.contains(u"Lakeside Courier, 4 Mar 2026"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"Our made-up report"_s));
    QVERIFY(shown.contains(address));
    QCOMPARE(dialog.address()->findChild<QLineEdit *>()->text(), address);
    QPushButton *open = dialog.address()->openButton();
    QCOMPARE(open->text(), u"Open in Browser"_s);
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(m_opened, QList<QUrl> { QUrl(address) });
}

void TestSourceParagraphDialog::noAddressDisablesTheButton()
{
    SourceParagraphDialog dialog(&m_document, &m_library);
    dialog.showParagraph(u"bare"_s, 1);
    QVERIFY(!dialog.address()->openButton()->isEnabled());
    QVERIFY(dialog.address()->url().isEmpty());
    QCOMPARE(dialog.address()->findChild<QLineEdit *>()->text(), u"not recorded in the dataset"_s);
    QTest::mouseClick(dialog.address()->openButton(), Qt::LeftButton);
    QVERIFY(m_opened.isEmpty());
}

QTEST_MAIN(TestSourceParagraphDialog)
#include "tst_sourceparagraphdialog.moc"
