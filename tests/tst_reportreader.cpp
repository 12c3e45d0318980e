// SPDX-License-Identifier: GPL-3.0-or-later
// Reading reports: paragraphs of text files and saved pages, metadata, and what is refused.

#include "models/extract/htmlreader.h"
#include "models/extract/reportreader.h"

#include <QTest>

using namespace Summit::Extract;

/** Tests of ReportReader and HtmlReader. */
class TestReportReader : public QObject
{
    Q_OBJECT

private slots:
    void textParagraphs_data();
    void textParagraphs();
    void refused_data();
    void refused();
    void savedPage();
    void articleWinsOverChrome();
    void windows1251Page();
    void entities_data();
    void entities();
    void dateline_data();
    void dateline();
    void dateFromUrl_data();
    void dateFromUrl();
    void language();
};

void TestReportReader::textParagraphs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::newRow("non-empty lines, 1-based")
        << QByteArray("First line\n\nSecond line\n") << QStringList { "First line", "Second line" };
    QTest::newRow("lines of white space are empty")
        << QByteArray("  \nOne\n\t \n \nTwo") << QStringList { "One", "Two" };
    QTest::newRow("CRLF and a byte order mark")
        << QByteArray("\xEF\xBB\xBFOne\r\n\r\nTwo\r\n") << QStringList { "One", "Two" };
    QTest::newRow("leading spaces are kept")
        << QByteArray(" date 2025-01-02 Text") << QStringList { " date 2025-01-02 Text" };
}

void TestReportReader::textParagraphs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, paragraphs);
    QString error;
    const auto report = ReportReader::read(bytes, QStringLiteral("report.txt"), &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->paragraphs, paragraphs);
    QVERIFY(!report->html);
}

void TestReportReader::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("the report is empty");
    QTest::newRow("white space only")
        << QByteArray(" \n\t\n") << QStringLiteral("the report is empty");
    QTest::newRow("NUL bytes") << QByteArray("abc\0def", 7) << QStringLiteral("binary data");
    QTest::newRow("control characters")
        << QByteArray(50, '\x01') + "text" << QStringLiteral("binary data");
    QTest::newRow("Latin-1 text") << QByteArray("Saint P\xE9tersbourg")
                                  << QStringLiteral("not UTF-8");
    QTest::newRow("page without text")
        << QByteArray("<html><script>x()</script></html>") << QStringLiteral("no article text");
}

void TestReportReader::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!ReportReader::read(bytes, QStringLiteral("report.txt"), &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void TestReportReader::savedPage()
{
    const QByteArray page = R"(<!DOCTYPE html><html lang="ru"><head>
<title>Page title</title>
<meta property="og:site_name" content="Our Wire">
<meta property="article:published_time" content="2025-12-22T10:00:00+03:00">
<link rel="canonical" href="https://example.org/a/1">
<style>p { color: red }</style></head>
<body><nav><a href="/">Home</a></nav><header>Site header</header>
<h1>Leaders &amp; their meeting</h1>
<p>First <b>paragraph</b>
 over two lines.</p>
<script>document.write("<p>not text</p>");</script>
<ul><li>An item</li><li>Another&nbsp;item</li></ul>
<aside>Read also</aside><footer>Footer</footer></body></html>)";
    QString error;
    const auto report = ReportReader::read(page, QStringLiteral("saved.html"), &error);
    QVERIFY2(report, qPrintable(error));
    QVERIFY(report->html);
    QCOMPARE(report->paragraphs,
        QStringList({ "Leaders & their meeting", "First paragraph over two lines.", "An item",
            QStringLiteral("Another item") }));
    QCOMPARE(report->metadata.title, QStringLiteral("Page title"));
    QCOMPARE(report->metadata.publisher, QStringLiteral("Our Wire"));
    QCOMPARE(report->metadata.published, QDate(2025, 12, 22));
    QCOMPARE(report->metadata.url, QStringLiteral("https://example.org/a/1"));
    QCOMPARE(report->metadata.language, QStringLiteral("ru"));
}

void TestReportReader::articleWinsOverChrome()
{
    const QByteArray page = "<html><body><div>Menu item</div><article><p>Body one.</p>"
                            "<p>Body two.</p></article><div>Related links</div></body></html>";
    QString error;
    const auto report = ReportReader::read(page, QStringLiteral("page.htm"), &error);
    QVERIFY(report);
    QCOMPARE(report->paragraphs, QStringList({ "Body one.", "Body two." }));
}

void TestReportReader::windows1251Page()
{
    QByteArray page = "<html><head><meta charset=\"windows-1251\"></head><body><p>";
    page += QByteArray("\xD1\xE0\xEC\xEC\xE8\xF2 \xD1\xCD\xC3"); // "Саммит СНГ" in windows-1251
    page += "</p></body></html>";
    QString error;
    const auto report = ReportReader::read(page, QStringLiteral("page.html"), &error);
    QVERIFY(report);
    QCOMPARE(report->paragraphs, QStringList({ QStringLiteral("Саммит СНГ") }));
}

void TestReportReader::entities_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("named") << "a &amp; b &lt;c&gt; &laquo;d&raquo;"
                           << QStringLiteral("a & b <c> «d»");
    QTest::newRow("numeric") << "&#8212; &#x2014; &#39;" << QStringLiteral("— — '");
    QTest::newRow("unknown kept") << "&bogus; &" << QStringLiteral("&bogus; &");
    QTest::newRow("out of range kept")
        << "&#xD800; &#99999999;" << QStringLiteral("&#xD800; &#99999999;");
}

void TestReportReader::entities()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlReader::decodeEntities(html), text);
}

void TestReportReader::dateline_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("city");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("publisher");
    QTest::newRow("agency") << "ST. PETERSBURG, December 22. /TASS/. The leaders gathered."
                            << "St. Petersburg" << 12 << 22 << "TASS";
    QTest::newRow("with country") << "DUSHANBE, Tajikistan, October 9. A summit opened."
                                  << "Dushanbe" << 10 << 9 << "";
    QTest::newRow("Russian") << "МОСКВА, 8 октября. /ТАСС/. Начался саммит."
                             << "Moscow" << 10 << 8 << "ТАСС";
    QTest::newRow("none") << "The leaders gathered in the city."
                          << "" << 0 << 0 << "";
}

void TestReportReader::dateline()
{
    QFETCH(QString, first);
    QFETCH(QString, city);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, publisher);
    Report report;
    report.paragraphs = { first };
    ReportReader::readDateline(&report);
    QCOMPARE(report.metadata.datelineCity, city);
    QCOMPARE(report.metadata.datelineMonth, month);
    QCOMPARE(report.metadata.datelineDay, day);
    QCOMPARE(report.metadata.publisher, publisher);
}

void TestReportReader::dateFromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QDate>("date");
    QTest::newRow("slashes") << "https://example.org/news/2025/12/22/story.html"
                             << QDate(2025, 12, 22);
    QTest::newRow("compact") << "https://example.org/politics/20231227/story"
                             << QDate(2023, 12, 27);
    QTest::newRow("with time") << "https://example.org/news/202512221259-abc.html"
                               << QDate(2025, 12, 22);
    QTest::newRow("none") << "https://example.org/news/1853311" << QDate();
    QTest::newRow("impossible") << "https://example.org/2025/13/45/x" << QDate();
}

void TestReportReader::dateFromUrl()
{
    QFETCH(QString, url);
    QFETCH(QDate, date);
    QCOMPARE(ReportReader::dateFromUrl(url), date);
}

void TestReportReader::language()
{
    Report report;
    report.paragraphs = { QStringLiteral("Лидеры встретились в Петербурге (CIS).") };
    QCOMPARE(ReportReader::detectLanguage(report), QStringLiteral("ru"));
    report.paragraphs = { QStringLiteral("The leaders met in St. Petersburg (СНГ).") };
    QCOMPARE(ReportReader::detectLanguage(report), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestReportReader)
#include "tst_reportreader.moc"
