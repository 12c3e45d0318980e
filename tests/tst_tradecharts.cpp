// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agreement.h"
#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "models/tradefiguremodel.h"
#include "views/trade/tradechart.h"
#include "views/trade/tradechartgroups.h"
#include "views/trade/tradechartpanel.h"
#include "views/trade/tradechartsview.h"
#include "views/trade/tradecharttablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QImage>
#include <QListWidget>
#include <QPainter>
#include <QSet>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

using namespace Summit;

/** The trade charts as a reader sees them: bars, labels, notes, tooltips and exports. */
class TestTradeCharts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void groupsAreComputedFromTheData();
    void aNewBilateralPairGetsItsOwnGroup();
    void anotherScopeGetsItsOwnGroup();
    void seriesValuesEqualTheModel_data();
    void seriesValuesEqualTheModel();
    void chartFollowsSetDataOnTheModel();
    void editingTheTableMovesTheBar();
    void derivedValueHasItsOwnHatchedSet();
    void measuresNeverShareASet();
    void hedgesShowInTheBarLabels_data();
    void hedgesShowInTheBarLabels();
    void periodLengthsShowAndDiffer();
    void headlineNoteSaysNotComparable();
    void hoveringABarShowsItsFacts();
    void editingTheBaseMovesTheDerivedBar();
    void tableModelPassesTheTester();
    void viewRebuildsGroupsWhenTheDatasetIsReplaced();
    void renderContentPaintsChartAndLegend_data();
    void renderContentPaintsChartAndLegend();
    void exportInterface();

private:
    TradeChartPanel *panel(const QString &name);
    static QList<double> setValues(const QBarSet *set);

    std::unique_ptr<DatasetDocument> m_document;
    std::unique_ptr<TradeFigureModel> m_model;
    QList<std::shared_ptr<TradeChartPanel>> m_panels;
};

void TestTradeCharts::init()
{
    const DatasetReader::Result result
        = DatasetReader::readFile(QStringLiteral(SUMMIT_BUILTIN_DATASET));
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    m_panels.clear();
    m_model.reset();
    m_document = std::make_unique<DatasetDocument>();
    m_document->setDataset(*result.dataset);
    m_model = std::make_unique<TradeFigureModel>(m_document.get());
}

TradeChartPanel *TestTradeCharts::panel(const QString &name)
{
    auto created = std::make_shared<TradeChartPanel>(m_document.get(), m_model.get(), name);
    created->resize(900, 600);
    m_panels.append(created);
    return created.get();
}

QList<double> TestTradeCharts::setValues(const QBarSet *set)
{
    QList<double> values;
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}

void TestTradeCharts::groupsAreComputedFromTheData()
{
    const QList<TradeChartGroup> groups = tradeChartGroups(m_document->dataset());
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).name, QStringLiteral("trade-headline"));
    QCOMPARE(groups.at(0).title, QStringLiteral("Headline trade figures cited at the summits"));
    QCOMPARE(groups.at(0).rows, QList<int>({ 0, 1, 2 }));
    QCOMPARE(groups.at(1).name, QStringLiteral("trade-armenia-russia"));
    QCOMPARE(groups.at(1).title, QStringLiteral("Armenia–Russia trade"));
    QCOMPARE(groups.at(1).rows, QList<int>({ 3, 4 }));
}

void TestTradeCharts::aNewBilateralPairGetsItsOwnGroup()
{
    Dataset dataset = m_document->dataset();
    TradeFigure figure = dataset.tradeFigures.at(4);
    figure.id = QStringLiteral("t-kaz-rus");
    figure.countries = { QStringLiteral("RUS"), QStringLiteral("KAZ") };
    dataset.tradeFigures.append(figure);
    const QList<TradeChartGroup> groups = tradeChartGroups(dataset);
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(2).name, QStringLiteral("trade-kazakhstan-russia"));
    QCOMPARE(groups.at(2).title, QStringLiteral("Kazakhstan–Russia trade"));
    QCOMPARE(groups.at(2).rows, QList<int>({ 5 }));
}

void TestTradeCharts::anotherScopeGetsItsOwnGroup()
{
    Dataset dataset = m_document->dataset();
    TradeFigure figure = dataset.tradeFigures.at(0);
    figure.id = QStringLiteral("t-eaeu");
    figure.scope = QStringLiteral("eaeu internal");
    dataset.tradeFigures.prepend(figure);
    const QList<TradeChartGroup> groups = tradeChartGroups(dataset);
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0).name, QStringLiteral("trade-headline"));
    QCOMPARE(groups.at(0).rows, QList<int>({ 1, 2, 3 }));
    QCOMPARE(groups.at(2).name, QStringLiteral("trade-eaeu-internal"));
    QCOMPARE(groups.at(2).rows, QList<int>({ 0 }));
}

void TestTradeCharts::seriesValuesEqualTheModel_data()
{
    QTest::addColumn<QString>("group");
    QTest::newRow("headline") << "trade-headline";
    QTest::newRow("Armenia–Russia") << "trade-armenia-russia";
}

void TestTradeCharts::seriesValuesEqualTheModel()
{
    QFETCH(QString, group);
    TradeChartPanel *shown = panel(group);
    const TradeChartTableModel *table = shown->table();
    const QList<QBarSet *> sets = shown->chart()->barSeries()->barSets();
    QCOMPARE(sets.size(), table->columnCount());
    QCOMPARE(shown->chart()->categoryAxis()->count(), table->rowCount());
    QCOMPARE(table->rowCount(), shown->group().rows.size());
    for (int row = 0; row < table->rowCount(); ++row) {
        // The solid bar is what the report certainly says: the value, or its hedge's low end.
        const double stated = m_model->index(table->sourceRow(row), 0)
                                  .data(TradeFigureModel::ValueBillionsRole)
                                  .toDouble();
        const double expected = table->figure(row).qualifier == Qualifier::Exact
            ? stated
            : intervalOf(stated * 1e9, table->figure(row).qualifier).low / 1e9;
        QCOMPARE(table->barBillions(row), expected);
        for (int column = 0; column < sets.size(); ++column) {
            const double value = sets.at(column)->at(row);
            QCOMPARE(value, column == table->columnOfRow(row) ? expected : 0.0);
        }
    }
}

void TestTradeCharts::chartFollowsSetDataOnTheModel()
{
    TradeChartPanel *shown = panel(QStringLiteral("trade-headline"));
    const TradeChartTableModel *table = shown->table();
    int row2023 = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->sourceRow(row) == 0)
            row2023 = row;
    }
    QVERIFY(row2023 >= 0);
    QBarSet *set = shown->chart()->barSeries()->barSets().at(table->columnOfRow(row2023));
    QVERIFY(m_model->setData(m_model->index(0, TradeFigureModel::ValueColumn), 140.0));
    QCOMPARE(set->at(row2023), 140.0);
    QCOMPARE(shown->chart()->barLabels().at(row2023), QStringLiteral("$140 bn"));
    QVERIFY(shown->chart()->valueAxis()->max() >= 140.0);
    QCOMPARE(shown->chart()->valueAxis()->min(), 0.0);
}

void TestTradeCharts::editingTheTableMovesTheBar()
{
    TradeChartsView view(m_document.get(), m_model.get());
    view.resize(1200, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TradeChartPanel *shown = view.currentPanel();
    QVERIFY(shown);
    QTableView *table = view.figureTable();
    const QModelIndex value = table->model()->index(2, TradeFigureModel::ValueColumn);
    table->setCurrentIndex(value);
    table->edit(value);
    QWidget *editor = table->indexWidget(value);
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("95"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits Return through a queued call, after the editor saw the key.
    QCoreApplication::processEvents();
    QCOMPARE(m_document->dataset().tradeFigures.at(2).valueUsd, 95e9);
    const TradeChartTableModel *chartTable = shown->table();
    for (int row = 0; row < chartTable->rowCount(); ++row) {
        if (chartTable->sourceRow(row) == 2) {
            QBarSet *set = shown->chart()->barSeries()->barSets().at(chartTable->columnOfRow(row));
            // "almost 95": the solid bar reaches 5 % below, the band up to the value.
            QCOMPARE(chartTable->valueBillions(row), 95.0);
            QCOMPARE(set->at(row), 95.0 * 0.95);
            QCOMPARE(chartTable->intervalBillions(row).high, 95.0);
            QCOMPARE(shown->chart()->barLabels().at(row), QStringLiteral("almost $95 bn"));
            // The value is the user's now, and the mark says so with the report's value.
            QVERIFY2(shown->chart()->markLines(row).contains(
                         QStringLiteral("✎ edited: the report says almost $90 bn")),
                qPrintable(shown->chart()->markLines(row).join(u'|')));
        }
    }
}

void TestTradeCharts::derivedValueHasItsOwnHatchedSet()
{
    TradeChartPanel *shown = panel(QStringLiteral("trade-headline"));
    const TradeChartTableModel *table = shown->table();
    const QList<QBarSet *> sets = shown->chart()->barSeries()->barSets();
    int derivedSets = 0;
    for (int column = 0; column < sets.size(); ++column) {
        const bool derived = table->isDerivedColumn(column);
        derivedSets += derived ? 1 : 0;
        QCOMPARE(sets.at(column)->brush().style(), derived ? Qt::BDiagPattern : Qt::SolidPattern);
        QCOMPARE(sets.at(column)->label().contains(QStringLiteral("derived")), derived);
        for (int row = 0; row < table->rowCount(); ++row) {
            if (sets.at(column)->at(row) != 0)
                QCOMPARE(table->figure(row).derived, derived);
        }
    }
    QCOMPARE(derivedSets, 1);
    QVERIFY(shown->chart()->barLabels().contains(QStringLiteral("about $82.1 bn (derived)")));
}

void TestTradeCharts::measuresNeverShareASet()
{
    TradeChartPanel *shown = panel(QStringLiteral("trade-headline"));
    const TradeChartTableModel *table = shown->table();
    const QList<QBarSet *> sets = shown->chart()->barSeries()->barSets();
    bool saw2023 = false;
    bool saw2025 = false;
    for (const QBarSet *set : sets) {
        QSet<QString> scopes;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (set->at(row) == 0)
                continue;
            scopes.insert(table->figure(row).scope);
            saw2023
                = saw2023 || table->figure(row).id == QStringLiteral("t-cis-internal-2023-jan-oct");
            saw2025
                = saw2025 || table->figure(row).id == QStringLiteral("t-russia-cis-2025-jan-oct");
        }
        QVERIFY2(scopes.size() <= 1, qPrintable(set->label()));
    }
    QVERIFY(saw2023 && saw2025);
    // Each category holds one figure, so the stacked series never adds two values.
    for (int row = 0; row < table->rowCount(); ++row) {
        int nonZero = 0;
        for (const QBarSet *set : sets)
            nonZero += set->at(row) != 0 ? 1 : 0;
        QCOMPARE(nonZero, 1);
    }
}

void TestTradeCharts::hedgesShowInTheBarLabels_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("headline") << "trade-headline"
                              << QStringList { QStringLiteral("about $82.1 bn (derived)"),
                                     QStringLiteral("$83.7 bn"), QStringLiteral("almost $90 bn") };
    QTest::newRow("Armenia–Russia")
        << "trade-armenia-russia"
        << QStringList { QStringLiteral("over $11 bn"), QStringLiteral("$4.5 bn") };
}

void TestTradeCharts::hedgesShowInTheBarLabels()
{
    QFETCH(QString, group);
    QFETCH(QStringList, labels);
    TradeChartPanel *shown = panel(group);
    QCOMPARE(shown->chart()->barLabels(), labels);
    // The legend explains the hedge the marks draw.
    const QString legend = shown->chart()->legendEntries().join(QLatin1Char('\n'));
    if (group == QStringLiteral("trade-headline"))
        QVERIFY2(legend.contains(QStringLiteral("almost: up to 5 % below")), qPrintable(legend));
    else
        QVERIFY2(legend.contains(QStringLiteral("▲ open-ended")), qPrintable(legend));
}

void TestTradeCharts::periodLengthsShowAndDiffer()
{
    TradeChartPanel *shown = panel(QStringLiteral("trade-armenia-russia"));
    QCOMPARE(
        shown->table()->headerData(0, Qt::Vertical).toString(), QStringLiteral("2024 (12 months)"));
    QCOMPARE(shown->table()->headerData(1, Qt::Vertical).toString(),
        QStringLiteral("Jan–Sep 2025 (9 months)"));
    QCOMPARE(shown->chart()->categoryAxis()->categories(),
        QStringList({ QStringLiteral("2024<br>(12 months)"),
            QStringLiteral("Jan–Sep 2025<br>(9 months)") }));
    QVERIFY(shown->notes()
                .join(QLatin1Char(' '))
                .contains(QStringLiteral("The periods differ in length (12 and 9 months)")));
}

void TestTradeCharts::headlineNoteSaysNotComparable()
{
    TradeChartPanel *shown = panel(QStringLiteral("trade-headline"));
    const QString notes = shown->notes().join(QLatin1Char('\n'));
    QVERIFY2(
        notes.contains(QStringLiteral("Different measures, not comparable")), qPrintable(notes));
    QVERIFY(notes.contains(QStringLiteral("“Trade between CIS members”")));
    QVERIFY(notes.contains(QStringLiteral("“Russia's trade with the CIS”")));
    QVERIFY(notes.contains(QStringLiteral("83.7 billion / (1 + 2 / 100)")));
    QVERIFY(!notes.contains(QStringLiteral("periods differ")));
    const QStringList setNames { shown->chart()->barSeries()->barSets().at(0)->label(),
        shown->chart()->barSeries()->barSets().at(2)->label() };
    QCOMPARE(setNames,
        QStringList({ QStringLiteral("Trade between CIS members"),
            QStringLiteral("Russia's trade with the CIS") }));
}

void TestTradeCharts::hoveringABarShowsItsFacts()
{
    TradeChartPanel *shown = panel(QStringLiteral("trade-headline"));
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown));
    const TradeChartTableModel *table = shown->table();
    const int row = 2; // Russia's trade with the CIS, 2025
    QCOMPARE(table->figure(row).id, QStringLiteral("t-russia-cis-2025-jan-oct"));
    const QString tip = shown->barToolTip(row);
    for (const QString &part : { QStringLiteral("Value: almost $90 billion"),
             QStringLiteral("Hedge: almost"), QStringLiteral("Period: Jan–Oct 2025 (10 months)"),
             QStringLiteral("Scope: Russia's trade with the CIS"),
             QStringLiteral("Stated by: Vladimir Putin"),
             QStringLiteral("Anadolu Agency, 22 Dec 2025"), QStringLiteral("paragraph 18") })
        QVERIFY2(tip.contains(part), qPrintable(part + QStringLiteral(" in ") + tip));
    QVERIFY(shown->barToolTip(0).contains(QStringLiteral("Derived: 83.7 billion / (1 + 2 / 100)")));

    // Hover the middle of the bar, as a user would.
    TradeChart *chart = shown->chart();
    const QPointF scenePoint = chart->mapToScene(
        chart->mapToPosition(QPointF(row, table->valueBillions(row) / 2), chart->barSeries()));
    QChartView *view = shown->findChild<QChartView *>();
    QVERIFY(view);
    const QPoint point = view->mapFromScene(scenePoint);
    QSignalSpy hovered(chart, &TradeChart::barHovered);
    QTest::mouseMove(view->viewport(), point);
    QCOMPARE(hovered.count(), 1);
    QVERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), tip);
    // The tooltip event the platform sends a moment later must not take the facts away.
    QHelpEvent help(QEvent::ToolTip, point, view->viewport()->mapToGlobal(point));
    QApplication::sendEvent(view->viewport(), &help);
    QTest::qWait(700); // QToolTip hides after a short delay; give it time to do so wrongly
    QVERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), tip);
}

void TestTradeCharts::editingTheBaseMovesTheDerivedBar()
{
    TradeChartPanel *shown = panel(QStringLiteral("trade-headline"));
    const TradeChartTableModel *table = shown->table();
    int base = -1;
    int derived = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->figure(row).id == QLatin1String("t-cis-internal-2023-jan-oct"))
            base = row;
        if (table->figure(row).id == QLatin1String("t-cis-internal-2022-jan-oct"))
            derived = row;
    }
    QVERIFY(base >= 0 && derived >= 0);
    QVERIFY(m_model->setData(
        m_model->index(table->sourceRow(base), TradeFigureModel::ValueColumn), 102.0));
    // 102 / (1 + 2.0 / 100) = 100: the derived bar, its label and the note follow the edit.
    const QBarSet *set = shown->chart()->barSeries()->barSets().at(table->columnOfRow(derived));
    QCOMPARE(table->valueBillions(derived), 100.0);
    QCOMPARE(set->at(derived), 95.0); // "about": the solid bar ends where its band begins
    QVERIFY2(shown->chart()->barLabels().at(derived).contains(QStringLiteral("$100 bn")),
        qPrintable(shown->chart()->barLabels().at(derived)));
    QVERIFY2(shown->notes().join(u' ').contains(QStringLiteral("102 billion / (1 + 2 / 100)")),
        qPrintable(shown->notes().join(u' ')));
}

void TestTradeCharts::tableModelPassesTheTester()
{
    TradeChartTableModel table(m_document.get(), m_model.get(), QStringLiteral("trade-headline"));
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(table.columnCount(), 3);
    QVERIFY(m_model->setData(m_model->index(0, TradeFigureModel::ValueColumn), 70.0));
    Dataset dataset = m_document->dataset();
    dataset.tradeFigures.removeFirst();
    m_document->setDataset(dataset);
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.columnCount(), 2); // the derived value and Russia–CIS remain
    m_document->setDataset(Dataset());
    QCOMPARE(table.rowCount(), 0);
    QCOMPARE(table.columnCount(), 0);
}

void TestTradeCharts::viewRebuildsGroupsWhenTheDatasetIsReplaced()
{
    TradeChartsView view(m_document.get(), m_model.get());
    QCOMPARE(view.panels().size(), 2);
    QCOMPARE(view.groupList()->count(), 2);
    QCOMPARE(view.currentPanel()->exportName(), QStringLiteral("trade-headline"));
    QVERIFY(view.showGroup(QStringLiteral("trade-armenia-russia")));
    QCOMPARE(view.currentPanel()->exportName(), QStringLiteral("trade-armenia-russia"));

    Dataset dataset = m_document->dataset();
    TradeFigure figure = dataset.tradeFigures.at(4);
    figure.id = QStringLiteral("t-kaz-rus");
    figure.countries = { QStringLiteral("KAZ"), QStringLiteral("RUS") };
    dataset.tradeFigures.append(figure);
    m_document->setDataset(dataset);
    QCOMPARE(view.panels().size(), 3);
    QCOMPARE(view.groupList()->item(2)->text(), QStringLiteral("Kazakhstan–Russia trade"));
    QCOMPARE(view.currentPanel()->exportName(), QStringLiteral("trade-armenia-russia"));

    view.groupList()->setCurrentRow(2);
    QCOMPARE(view.currentPanel()->exportName(), QStringLiteral("trade-kazakhstan-russia"));
    QCOMPARE(view.currentPanel()->chart()->barLabels(), QStringList({ QStringLiteral("$4.5 bn") }));

    m_document->setDataset(Dataset());
    QVERIFY(view.panels().isEmpty());
    QCOMPARE(view.currentPanel(), nullptr);
}

void TestTradeCharts::renderContentPaintsChartAndLegend_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QList<QColor>>("colors");
    QTest::newRow("headline") << "trade-headline"
                              << QList<QColor> { TradeChart::scopeColor(0),
                                     TradeChart::scopeColor(1) };
    QTest::newRow("Armenia–Russia")
        << "trade-armenia-russia" << QList<QColor> { TradeChart::scopeColor(0) };
}

void TestTradeCharts::renderContentPaintsChartAndLegend()
{
    QFETCH(QString, group);
    QFETCH(QList<QColor>, colors);
    // Never shown and sized differently: the export must not depend on the widget.
    TradeChartPanel *hidden = panel(group);
    hidden->resize(200, 100);
    QImage image(1200, 800, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    hidden->renderContent(&painter, QRectF(0, 0, 1200, 800), ExportExtent::Full);
    painter.end();

    QSet<QRgb> distinct;
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            distinct.insert(image.pixel(x, y));
            ++counts[image.pixel(x, y)];
        }
    }
    QVERIFY2(distinct.size() > 20, qPrintable(QString::number(distinct.size())));
    for (const QColor &color : colors)
        QVERIFY2(counts.value(color.rgb()) > 100, qPrintable(color.name()));
    // The legend sits under the plot: the measure's colour appears in its marker row too.
    const QRgb first = colors.first().rgb();
    int lowestRow = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == first)
                lowestRow = y;
        }
    }
    QVERIFY2(lowestRow > 600, qPrintable(QString::number(lowestRow)));
}

void TestTradeCharts::exportInterface()
{
    TradeChartPanel *shown = panel(QStringLiteral("trade-armenia-russia"));
    QCOMPARE(shown->exportName(), QStringLiteral("trade-armenia-russia"));
    QCOMPARE(shown->exportTitle(), QStringLiteral("Armenia–Russia trade"));
    QCOMPARE(shown->citedDocuments(ExportExtent::Full),
        QStringList({ QStringLiteral("anadolu-2025-12-22") }));
    TradeChartPanel *headline = panel(QStringLiteral("trade-headline"));
    QCOMPARE(headline->citedDocuments(ExportExtent::Full),
        QStringList({ QStringLiteral("report-2023"), QStringLiteral("anadolu-2025-12-22") }));
    QString error;
    QVERIFY(headline->applyExportArguments({}, QDate(), &error));
    QVERIFY(!headline->applyExportArguments({ QStringLiteral("cis-2023") }, QDate(), &error));
    QCOMPARE(error, QStringLiteral("--summits does not apply to 'trade-headline'"));
}

QTEST_MAIN(TestTradeCharts)
#include "tst_tradecharts.moc"
