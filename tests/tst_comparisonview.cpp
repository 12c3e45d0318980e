// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "models/summitcomparisonmodel.h"
#include "views/compare/comparisontableproxy.h"
#include "views/compare/comparisonview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

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
    QVERIFY(html.contains(QStringLiteral("paragraph 2</li>")));
    QVERIFY(html.contains(QStringLiteral("paragraph 25</li>")));
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

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
