// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventmodel.h"
#include "models/summitcomparisonmodel.h"
#include "views/common/detailspane.h"
#include "views/compare/comparisontableproxy.h"
#include "views/compare/comparisonview.h"
#include "views/export/exporter.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>

#include "reportsdiffer.h"
#include "testdataset.h"

using namespace Summit;

/** The comparison tab as a reader uses it: choosers, highlighted table, sources, export. */
class TestComparisonView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultsToTheFirstTwoSummits();
    void differencesAreHighlighted_data();
    void differencesAreHighlighted();
    void choosingSummitsWithTheCombos();
    void sectionHeadersSpanTheTable();
    void hoverAndClickGiveTheSources();
    void proxyPassesTheTester();
    void datasetReplacementRefillsTheCombos();
    void applyExportArguments_data();
    void applyExportArguments();
    void exportTitleAndDocuments();
    void renderContentPaintsTheTable_data();
    void renderContentPaintsTheTable();
    void reportsThatDifferAreMarkedApart_data();
    void reportsThatDifferAreMarkedApart();
    void followsTheFilterBar_data();
    void followsTheFilterBar();
    void filtersThatDoNotApplyAreNamed_data();
    void filtersThatDoNotApplyAreNamed();
    void paragraphNumbersOpenTheParagraph();
    void exportTextIsLegibleAt800x600();

private:
    int rowOf(const QString &key) const;

    std::unique_ptr<DatasetDocument> m_document;
    std::unique_ptr<ComparisonView> m_view;
};

void TestComparisonView::init()
{
    const DatasetReader::Result result
        = DatasetReader::readFile(QStringLiteral(SUMMIT_BUILTIN_DATASET));
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    m_document = std::make_unique<DatasetDocument>();
    m_document->setDataset(*result.dataset);
    m_view = std::make_unique<ComparisonView>(m_document.get());
    m_view->resize(1100, 800);
}

void TestComparisonView::cleanup()
{
    m_view.reset();
    m_document.reset();
}

int TestComparisonView::rowOf(const QString &key) const
{
    const ComparisonTableProxy *proxy = m_view->tableModel();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(SummitComparisonModel::KeyRole).toString() == key)
            return row;
    }
    return -1;
}

void TestComparisonView::defaultsToTheFirstTwoSummits()
{
    QCOMPARE(m_view->summitACombo()->currentData().toString(), QStringLiteral("cis-2023"));
    QCOMPARE(m_view->summitBCombo()->currentData().toString(), QStringLiteral("cis-2025"));
    QCOMPARE(m_view->summitACombo()->count(), 2);
    QVERIFY(m_view->summitBCombo()->currentText().startsWith(QStringLiteral("22 Dec 2025 — ")));
}

void TestComparisonView::differencesAreHighlighted_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("aspect");
    QTest::addColumn<bool>("differs");
    QTest::newRow("Azerbaijan present, then absent") << "attendance/AZE"
                                                     << "≠ Azerbaijan" << true;
    QTest::newRow("Kazakhstan met the host at both") << "bilateral/KAZ"
                                                     << "Kazakhstan" << false;
    QTest::newRow("Tajikistan met the host only in 2025") << "bilateral/TJK"
                                                          << "≠ Tajikistan" << true;
    QTest::newRow("Uzbekistan met the host only in 2023") << "bilateral/UZB"
                                                          << "≠ Uzbekistan" << true;
    QTest::newRow("same city") << "summit/city"
                               << "City" << false;
    // Known in 2023, unknown in 2025: marked as a gap in the sources, not as a difference.
    QTest::newRow("Belarus present, then unknown") << "attendance/BLR"
                                                   << "? Belarus" << false;
    QTest::newRow("the 2023 measure") << "trade/cis-internal/"
                                      << "≠ Trade between CIS members" << true;
}

void TestComparisonView::differencesAreHighlighted()
{
    QFETCH(QString, key);
    QFETCH(QString, aspect);
    QFETCH(bool, differs);
    const int row = rowOf(key);
    QVERIFY(row >= 0);
    const QModelIndex index = m_view->tableModel()->index(row, 0);
    QCOMPARE(index.data().toString(), aspect);
    QCOMPARE(index.data(Qt::BackgroundRole).value<QColor>(),
        differs                       ? ComparisonTableProxy::differenceColor()
            : aspect.startsWith(u'?') ? ComparisonTableProxy::unknownSideColor()
                                      : QColor());
    QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), differs);
    QCOMPARE(m_view->tableModel()->index(row, 2).data(Qt::BackgroundRole).isValid(),
        differs || aspect.startsWith(u'?'));
    QVERIFY(ComparisonView::legendText().startsWith(QStringLiteral("≠ bold on amber")));
}

void TestComparisonView::choosingSummitsWithTheCombos()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QSignalSpy reset(m_view->tableModel(), &QAbstractItemModel::modelReset);
    m_view->summitACombo()->setCurrentIndex(1);
    QCOMPARE(m_view->model()->summitA(), QStringLiteral("cis-2025"));
    m_view->summitBCombo()->setFocus();
    QTest::keyClick(m_view->summitBCombo(), Qt::Key_Up);
    QCOMPARE(m_view->summitBCombo()->currentData().toString(), QStringLiteral("cis-2023"));
    QCOMPARE(m_view->model()->summitB(), QStringLiteral("cis-2023"));
    QCOMPARE(reset.count(), 2);
    const int row = rowOf(QStringLiteral("attendance/AZE"));
    QVERIFY(m_view->tableModel()->index(row, 1).data().toString().startsWith(
        QStringLiteral("absent — ")));
    QCOMPARE(m_view->tableModel()->index(row, 2).data().toString(),
        QStringLiteral("present (Ilham Aliyev)"));
    QCOMPARE(m_view->table()->model()->headerData(1, Qt::Horizontal).toString(),
        QStringLiteral("22 Dec 2025"));

    // The same summit twice: nothing differs.
    m_view->summitBCombo()->setCurrentIndex(1);
    for (int r = 0; r < m_view->tableModel()->rowCount(); ++r)
        QVERIFY(!m_view->tableModel()
                     ->index(r, 0)
                     .data(Qt::BackgroundRole)
                     .value<QColor>()
                     .
                     operator==(ComparisonTableProxy::differenceColor()));
}

void TestComparisonView::sectionHeadersSpanTheTable()
{
    const ComparisonTableProxy *proxy = m_view->tableModel();
    QStringList headers;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->isSectionHeader(row)) {
            headers.append(proxy->index(row, 0).data().toString());
            QCOMPARE(m_view->table()->columnSpan(row, 0), 3);
        } else {
            QCOMPARE(m_view->table()->columnSpan(row, 0), 1);
        }
    }
    QCOMPARE(headers, SummitComparisonModel::sectionNames());
}

void TestComparisonView::hoverAndClickGiveTheSources()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    const int row = rowOf(QStringLiteral("attendance/AZE"));
    const QString tip = m_view->tableModel()->index(row, 2).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("22 Dec 2025:\nAnadolu Agency")), qPrintable(tip));

    QSignalSpy requested(m_view.get(), &ComparisonView::sourcesRequested);
    QTableView *table = m_view->table();
    const QRect cell = table->visualRect(table->model()->index(row, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(requested.count(), 1);
    const QString html = requested.at(0).at(0).toString();
    QVERIFY2(html.contains(QStringLiteral("<h3>Azerbaijan</h3>")), qPrintable(html));
    QVERIFY2(html.contains(
                 QStringLiteral("paragraph <a href='source:anadolu-2025-12-22/25'>25</a></li>")),
        qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("absent — His office")));

    // A section header has no sources to show.
    const QRect header = table->visualRect(table->model()->index(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, header.center());
    QCOMPARE(requested.count(), 1);
}

void TestComparisonView::proxyPassesTheTester()
{
    ComparisonTableProxy proxy(m_view->model());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_view->model()->setSummits(QStringLiteral("cis-2025"), QStringLiteral("cis-2023")));
    QVERIFY(m_document->setTradeFigureValue(2, 91e9));
    m_document->setDataset(TestData::makeDataset());
    QCOMPARE(proxy.rowCount(), m_view->model()->rowCount() + 5);
    m_document->setDataset(Dataset());
    QCOMPARE(proxy.rowCount(), 0);
}

void TestComparisonView::datasetReplacementRefillsTheCombos()
{
    m_document->setDataset(TestData::makeDataset());
    QCOMPARE(m_view->summitACombo()->count(), 2);
    QCOMPARE(m_view->summitACombo()->currentData().toString(), QStringLiteral("s2023"));
    QCOMPARE(m_view->summitBCombo()->currentData().toString(), QStringLiteral("s2025"));
    QVERIFY(rowOf(QStringLiteral("bilateral/KAZ")) >= 0);
    QVERIFY(m_view->table()->columnSpan(0, 0) == 3);
}

void TestComparisonView::applyExportArguments_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("summitA");
    QTest::newRow("nothing keeps the default")
        << QStringList() << QDate() << QString() << "cis-2023";
    QTest::newRow("two ids") << QStringList { "cis-2025", "cis-2023" } << QDate() << QString()
                             << "cis-2025";
    QTest::newRow("unknown id") << QStringList { "cis-2023", "x" } << QDate()
                                << "--summits: unknown summit 'x'"
                                << "cis-2023";
    QTest::newRow("one id") << QStringList { "cis-2023" } << QDate()
                            << "--summits takes two different summit ids"
                            << "cis-2023";
    QTest::newRow("three ids") << QStringList { "cis-2023", "cis-2025", "cis-2023" } << QDate()
                               << "--summits takes two different summit ids"
                               << "cis-2023";
    QTest::newRow("the same summit twice") << QStringList { "cis-2023", "cis-2023" } << QDate()
                                           << "--summits takes two different summit ids"
                                           << "cis-2023";
    QTest::newRow("a date") << QStringList() << QDate(2025, 12, 22)
                            << "--date does not apply to 'comparison'"
                            << "cis-2023";
}

void TestComparisonView::applyExportArguments()
{
    QFETCH(QStringList, ids);
    QFETCH(QDate, date);
    QFETCH(QString, error);
    QFETCH(QString, summitA);
    QString message;
    QCOMPARE(m_view->applyExportArguments(ids, date, &message), error.isEmpty());
    QCOMPARE(message, error);
    QCOMPARE(m_view->model()->summitA(), summitA);
    QCOMPARE(m_view->summitACombo()->currentData().toString(), summitA);
}

void TestComparisonView::exportTitleAndDocuments()
{
    QCOMPARE(m_view->exportName(), QStringLiteral("comparison"));
    QCOMPARE(m_view->exportTitle(),
        QStringLiteral("CIS informal summits compared: 26 Dec 2023 and 22 Dec 2025"));
    QCOMPARE(m_view->citedDocuments(ExportExtent::Full),
        QStringList({ QStringLiteral("report-2023"), QStringLiteral("anadolu-2025-12-22") }));
}

void TestComparisonView::renderContentPaintsTheTable_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1200x800") << QSize(1200, 800);
    QTest::newRow("800x500") << QSize(800, 500);
}

void TestComparisonView::renderContentPaintsTheTable()
{
    QFETCH(QSize, size);
    m_view->resize(300, 200); // the widget's size must not matter
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_view->renderContent(&painter, QRectF(QPointF(0, 0), QSizeF(size)), ExportExtent::Full);
    painter.end();
    QSet<QRgb> distinct;
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            distinct.insert(image.pixel(x, y));
            ++counts[image.pixel(x, y)];
        }
    }
    QVERIFY2(distinct.size() > 10, qPrintable(QString::number(distinct.size())));
    QVERIFY(counts.value(ComparisonTableProxy::differenceColor().rgb()) > 1000);
    QVERIFY(counts.value(ComparisonTableProxy::sectionColor().rgb()) > 1000);
    // Every row fits: the table says nothing about rows left out, and the last row's amber
    // reaches the lower part of the image.
    int lowestAmber = 0;
    for (int y = 0; y < image.height(); ++y) {
        if (image.pixel(size.width() / 2, y) == ComparisonTableProxy::differenceColor().rgb())
            lowestAmber = y;
    }
    QVERIFY2(lowestAmber > size.height() * 3 / 4, qPrintable(QString::number(lowestAmber)));
}

void TestComparisonView::reportsThatDifferAreMarkedApart_data()
{
    QTest::addColumn<bool>("keepSetAside");
    QTest::addColumn<QString>("aspect");
    QTest::addColumn<QString>("cell2024");
    // Azerbaijan at the 2024 meeting: three reports, one set aside (reports-differ.json).
    QTest::newRow("one set aside: the others agree")
        << true << QStringLiteral("≠ Azerbaijan")
        << QStringLiteral("absent — Turned back on the way, before arriving.");
    QTest::newRow("taken back: the summit's own reports differ")
        << false << QStringLiteral("⇄ Azerbaijan")
        << QStringLiteral("reports differ; preferred: absent — Turned back on the way, before "
                          "arriving.");
}

void TestComparisonView::reportsThatDifferAreMarkedApart()
{
    QFETCH(bool, keepSetAside);
    QFETCH(QString, aspect);
    QFETCH(QString, cell2024);
    std::optional<Dataset> loaded = TestData::reportsDiffer(keepSetAside);
    QVERIFY(loaded);
    m_document->setDataset(*loaded);
    const int row = rowOf(QStringLiteral("attendance/AZE"));
    QVERIFY(row >= 0);
    const ComparisonTableProxy *proxy = m_view->tableModel();
    QCOMPARE(proxy->index(row, 0).data().toString(), aspect);
    QCOMPARE(proxy->index(row, 1).data().toString(), cell2024);
    // The 2025 side: expected, then absent, is a change of plan and reads "absent".
    QCOMPARE(proxy->index(row, 2).data().toString(), QStringLiteral("absent"));
    // Talks only announced are not talks held.
    const int talks = rowOf(QStringLiteral("bilateral/BLR"));
    QVERIFY(talks >= 0);
    QCOMPARE(proxy->index(talks, 2).data().toString(),
        QStringLiteral("announced, not reported as held"));
    const auto *legend = m_view->findChild<QLabel *>();
    QVERIFY(legend);
    bool found = false;
    for (const QLabel *label : m_view->findChildren<QLabel *>())
        found = found || label->text().contains(QStringLiteral("disagree among themselves"));
    QCOMPARE(found, !keepSetAside);
}

void TestComparisonView::followsTheFilterBar_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<QString>("count");
    QTest::newRow("Kazakhstan") << "KAZ" << QString()
                                << QStringList { "attendance/KAZ", "bilateral/KAZ" }
                                << QStringList { "Attendance", "Bilateral talks with the host" }
                                << "2 of 24 rows match the filters";
    // Armenia is also a party to a trade figure.
    QTest::newRow("Armenia") << "ARM" << QString()
                             << QStringList { "attendance/ARM", "bilateral/ARM",
                                    "trade/bilateral/ARM,RUS" }
                             << QStringList { "Attendance", "Bilateral talks with the host",
                                    "Trade figures" }
                             << "3 of 24 rows match the filters";
    QTest::newRow("search text on the row names, any case")
        << QString() << "  AZERBAIJAN " << QStringList { "attendance/AZE" }
        << QStringList { "Attendance" } << "1 of 24 rows match the filters";
    QTest::newRow("search text in a cell")
        << QString() << "Ilham Aliyev" << QStringList { "attendance/AZE" }
        << QStringList { "Attendance" } << "1 of 24 rows match the filters";
    QTest::newRow("country and text: both")
        << "KAZ"
        << "Azerbaijan" << QStringList() << QStringList() << "0 of 24 rows match the filters";
    QTest::newRow("no filter") << QString() << QString() << QStringList() << QStringList()
                               << "24 rows";
}

void TestComparisonView::followsTheFilterBar()
{
    QFETCH(QString, country);
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, sections);
    QFETCH(QString, count);
    EventModel events(m_document.get());
    EventFilterProxyModel filters;
    filters.setSourceModel(&events);
    m_view->followFilters(&filters);
    QAbstractItemModelTester tester(
        m_view->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    filters.setCountryFilter(country);
    filters.setTextFilter(text);

    const ComparisonTableProxy *proxy = m_view->tableModel();
    QStringList shownKeys;
    QStringList shownSections;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->isSectionHeader(row)) {
            shownSections.append(proxy->index(row, 0).data().toString());
            QCOMPARE(m_view->table()->columnSpan(row, 0), 3);
        } else {
            shownKeys.append(proxy->index(row, 0).data(SummitComparisonModel::KeyRole).toString());
        }
    }
    if (country.isEmpty() && text.isEmpty()) {
        QCOMPARE(shownSections, SummitComparisonModel::sectionNames());
        QCOMPARE(shownKeys.size(), m_view->model()->rowCount());
    } else {
        QCOMPARE(shownKeys, keys);
        QCOMPARE(shownSections, sections);
    }
    QCOMPARE(m_view->matchCountLabel()->text(), count);
    QVERIFY(m_view->filterNoticeLabel()->isHidden());

    // Clearing the filter bar brings every row back.
    filters.clearFilters();
    QCOMPARE(m_view->matchCountLabel()->text(), QStringLiteral("24 rows"));
    QCOMPARE(proxy->rowCount(), m_view->model()->rowCount() + 5);
}

void TestComparisonView::filtersThatDoNotApplyAreNamed_data()
{
    QTest::addColumn<QString>("summit");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QString>("notice");
    QTest::newRow("event kind") << QString() << QString() << QStringList { "bilateral" }
                                << "The event kind filter does not apply to this comparison.";
    QTest::newRow("summit") << "cis-2025" << QString() << QStringList()
                            << "The summit filter does not apply to this comparison: choose its "
                               "two summits above.";
    QTest::newRow("person and kind")
        << QString() << "putin" << QStringList { "statement" }
        << "The person filter does not apply to this comparison: its rows are about countries, "
           "not people. The event kind filter does not apply to this comparison.";
}

void TestComparisonView::filtersThatDoNotApplyAreNamed()
{
    QFETCH(QString, summit);
    QFETCH(QString, person);
    QFETCH(QStringList, kinds);
    QFETCH(QString, notice);
    EventModel events(m_document.get());
    EventFilterProxyModel filters;
    filters.setSourceModel(&events);
    m_view->followFilters(&filters);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(!m_view->filterNoticeLabel()->isVisible());
    filters.setSummitFilter(summit);
    filters.setPersonFilter(person);
    filters.setKindFilter(kinds);
    QVERIFY(m_view->filterNoticeLabel()->isVisible());
    QCOMPARE(m_view->filterNoticeLabel()->text(), notice);
    // Every row is still there, and the count says nothing is filtered out.
    QCOMPARE(m_view->matchCountLabel()->text(), QStringLiteral("24 rows"));
    filters.clearFilters();
    QVERIFY(!m_view->filterNoticeLabel()->isVisible());
}

void TestComparisonView::paragraphNumbersOpenTheParagraph()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    DetailsPane pane(m_document.get());
    connect(m_view.get(), &ComparisonView::sourcesRequested, &pane, &DetailsPane::displayHtml);
    pane.resize(500, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const int row = rowOf(QStringLiteral("attendance/AZE"));
    QTableView *table = m_view->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
        table->visualRect(table->model()->index(row, 0)).center());

    // The 2025 report's paragraph 25 is a link in the pane, as in the details of an event.
    QTextCursor link;
    for (QTextBlock block = pane.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref()
                == QLatin1String("source:anadolu-2025-12-22/25")) {
                QCOMPARE(fragment.text(), QStringLiteral("25"));
                link = QTextCursor(pane.document());
                link.setPosition(fragment.position() + 1);
            }
        }
    }
    QVERIFY2(!link.isNull(), qPrintable(pane.toHtml()));
    QSignalSpy requested(&pane, &DetailsPane::sourceRequested);
    const QPoint inLink = pane.cursorRect(link).center() - QPoint(2, 0);
    QTest::mouseClick(pane.viewport(), Qt::LeftButton, {}, inLink);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("anadolu-2025-12-22"));
    QCOMPARE(requested.at(0).at(1).toInt(), 25);
}

void TestComparisonView::exportTextIsLegibleAt800x600()
{
    QTemporaryDir dir;
    ExportOptions options = exportRequest(*m_view, m_document->dataset(), ExportExtent::Full);
    options.path = dir.filePath(QStringLiteral("comparison.svg"));
    options.format = ExportOptions::Format::Svg;
    options.size = QSize(800, 600);
    QString error;
    QVERIFY2(Exporter::write(*m_view, options, &error), qPrintable(error));
    QFile file(options.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    // Every text, the table's and the source line's, at 12 px (9 pt at 96 dpi) or more.
    static const QRegularExpression fontSize(QStringLiteral("font-size=\"([\\d.]+)\""));
    int texts = 0;
    for (auto it = fontSize.globalMatch(svg); it.hasNext(); ++texts) {
        const double size = it.next().captured(1).toDouble();
        QVERIFY2(size >= Exporter::MinimumTextPixels, qPrintable(QString::number(size)));
    }
    QVERIFY(texts > 10);
    QVERIFY(svg.contains(QStringLiteral("Sources: ")));
    // What does not fit at this size is said, not dropped silently.
    QVERIFY(svg.contains(QStringLiteral("more rows do not fit this size")));
}

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
