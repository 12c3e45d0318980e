// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetdocument.h"
#include "models/tradefiguremodel.h"
#include "views/common/detailspane.h"
#include "views/export/exporter.h"
#include "views/trade/tradechart.h"
#include "views/trade/tradechartpanel.h"
#include "views/trade/tradechartsview.h"
#include "views/trade/tradecharttablemodel.h"

#include <QBarCategoryAxis>
#include <QFile>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QValueAxis>

#include "reportsdiffer.h"

using namespace Summit;

/**
 * What a reader sees of several reports of one trade figure (issue 12) and of the user's own
 * edits and filters on the trade tab (issue 16): one mark per report with its hedge, the
 * documents named, differing reports on violet, set-aside and preferred reports, the legend,
 * the edited label in every place it shows, the axis end and the filter line.
 */
class TestTradeChartMarks : public QObject
{
    Q_OBJECT

private slots:
    void marksPerReport_data();
    void marksPerReport();
    void reportsOfOneFactSitSideBySide();
    void setAsideAndPreferredReports();
    void legendExplainsEveryMark();
    void axisEndsAtARoundNumberAboveTheTop_data();
    void axisEndsAtARoundNumberAboveTheTop();
    void editedFigureSaysSoEverywhere();
    void exportedSvgCarriesTheLabels();
    void countryFilterShowsOnTheTradeTab();

private:
    void load(const Dataset &dataset);
    TradeChartPanel *panel(const QString &name);
    int rowOf(const TradeChartPanel *panel, const QString &figureId) const;
    QString exportSvg(TradeChartPanel *panel);

    std::unique_ptr<DatasetDocument> m_document;
    std::unique_ptr<TradeFigureModel> m_model;
    QList<std::shared_ptr<TradeChartPanel>> m_panels;
};

void TestTradeChartMarks::load(const Dataset &dataset)
{
    m_panels.clear();
    m_model.reset();
    m_document = std::make_unique<DatasetDocument>();
    m_document->setDataset(dataset);
    m_model = std::make_unique<TradeFigureModel>(m_document.get());
}

TradeChartPanel *TestTradeChartMarks::panel(const QString &name)
{
    auto created = std::make_shared<TradeChartPanel>(m_document.get(), m_model.get(), name);
    created->resize(1200, 700);
    m_panels.append(created);
    return created.get();
}

int TestTradeChartMarks::rowOf(const TradeChartPanel *panel, const QString &figureId) const
{
    for (int row = 0; row < panel->table()->rowCount(); ++row) {
        if (panel->table()->figure(row).id == figureId)
            return row;
    }
    return -1;
}

QString TestTradeChartMarks::exportSvg(TradeChartPanel *shown)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return {};
    ExportOptions options = exportRequest(*shown, m_document->dataset(), ExportExtent::Full);
    options.path = dir.filePath(QStringLiteral("trade.svg"));
    options.format = ExportOptions::Format::Svg;
    options.size = QSize(1400, 900);
    QString error;
    if (!Exporter::write(*shown, options, &error))
        return error;
    QFile file(options.path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestTradeChartMarks::marksPerReport_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QList<int>>("shapes");
    using Shape = TradeChart::MarkShape;
    // tests/data/reports-differ.json: every report its own mark, with its own hedge.
    QTest::newRow("headline: 2024, and one statement of 2025 read three ways")
        << "trade-headline"
        << QStringList { QStringLiteral("slightly over $93 bn"), QStringLiteral("over $93 bn"),
               QStringLiteral("almost $90 bn"), QStringLiteral("about $90 bn"),
               QStringLiteral("almost $90 bn") }
        << QList<int> { int(Shape::OpenAbove), int(Shape::OpenAbove), int(Shape::RangeToValue),
               int(Shape::Range), int(Shape::RangeToValue) };
    QTest::newRow("Armenia–Russia: exceeded 11 and 11.7")
        << "trade-armenia-russia"
        << QStringList { QStringLiteral("over $11 bn"), QStringLiteral("$11.7 bn") }
        << QList<int> { int(Shape::OpenAbove), int(Shape::Value) };
}

void TestTradeChartMarks::marksPerReport()
{
    QFETCH(QString, group);
    QFETCH(QStringList, labels);
    QFETCH(QList<int>, shapes);
    load(TestData::reportsDifferDataset());
    TradeChartPanel *shown = panel(group);
    TradeChart *chart = shown->chart();
    QCOMPARE(chart->markCount(), labels.size());
    QCOMPARE(chart->barLabels(), labels);
    for (int row = 0; row < chart->markCount(); ++row) {
        QCOMPARE(int(chart->markShape(row)), shapes.at(row));
        QCOMPARE(chart->markLines(row).first(), labels.at(row));
        // The hedge's interval reaches past the solid bar wherever the value is hedged.
        const ValueInterval interval = shown->table()->intervalBillions(row);
        if (shapes.at(row) != int(TradeChart::MarkShape::Value))
            QVERIFY(interval.high > shown->table()->barBillions(row));
    }
}

void TestTradeChartMarks::reportsOfOneFactSitSideBySide()
{
    load(TestData::reportsDifferDataset());
    TradeChartPanel *headline = panel(QStringLiteral("trade-headline"));
    TradeChart *chart = headline->chart();
    // Nine months against ten: the statement's readings cannot all be right.
    QCOMPARE(chart->factCaptions(),
        QStringList({ QStringLiteral("= 2 reports agree"),
            QStringLiteral("⇄ 3 reports of one statement differ") }));
    const int nine = rowOf(headline, QStringLiteral("host-nine-months"));
    const int ten = rowOf(headline, QStringLiteral("host-ten-months"));
    const int members = rowOf(headline, QStringLiteral("members-ten-months"));
    QCOMPARE(QList<int>({ ten, members, nine }), QList<int>({ 2, 3, 4 }));
    for (int row : { ten, members, nine })
        QVERIFY2(chart->markLines(row).contains(QStringLiteral("⇄ differs")),
            qPrintable(chart->markLines(row).join(u'|')));
    QVERIFY(chart->markLines(0).contains(QStringLiteral("= agrees")));
    // Each report names its document under its mark.
    const QStringList categories = chart->categoryAxis()->categories();
    QVERIFY2(categories.at(nine).contains(QStringLiteral("Nine Times")),
        qPrintable(categories.at(nine)));
    QVERIFY2(categories.at(members).contains(QStringLiteral("Member News")),
        qPrintable(categories.at(members)));
    QCOMPARE(TradeChart::reportsDifferFill(), QColor(0xe8, 0xdc, 0xf4));

    TradeChartPanel *armenia = panel(QStringLiteral("trade-armenia-russia"));
    QCOMPARE(
        armenia->chart()->factCaptions(), QStringList({ QStringLiteral("= 2 reports agree") }));
    QVERIFY(
        armenia->chart()->categoryAxis()->categories().at(0).contains(QStringLiteral("Outlet")));
    QVERIFY(armenia->chart()->categoryAxis()->categories().at(1).contains(
        QStringLiteral("Statistics Office")));
}

void TestTradeChartMarks::setAsideAndPreferredReports()
{
    Dataset dataset = TestData::reportsDifferDataset();
    for (TradeFigure &figure : dataset.tradeFigures) {
        if (figure.id == QLatin1String("host-nine-months"))
            figure.review = { Review::SetAside, QStringLiteral("nine months, read for ten") };
        if (figure.id == QLatin1String("host-ten-months"))
            figure.review = { Review::Preferred, QString() };
    }
    load(dataset);
    TradeChartPanel *shown = panel(QStringLiteral("trade-headline"));
    TradeChart *chart = shown->chart();
    const int nine = rowOf(shown, QStringLiteral("host-nine-months"));
    const int ten = rowOf(shown, QStringLiteral("host-ten-months"));
    QCOMPARE(chart->markCount(), 5); // set aside is still drawn, muted and struck
    QVERIFY(chart->markLines(nine).contains(QStringLiteral("set aside")));
    QVERIFY(!chart->markLines(nine).contains(QStringLiteral("⇄ differs")));
    QVERIFY(shown->table()->isSetAsideColumn(shown->table()->columnOfRow(nine)));
    QVERIFY(!shown->table()->isSetAsideColumn(shown->table()->columnOfRow(ten)));
    QVERIFY(chart->markLines(ten).contains(QStringLiteral("★ preferred")));
    // Without the nine months, the statement is read differently, no longer in dispute.
    QVERIFY(chart->markLines(ten).contains(QStringLiteral("⇄ read differently")));
    QCOMPARE(chart->factCaptions().at(1),
        QStringLiteral("⇄ 3 reports of one statement, read differently"));
    const QString legend = chart->legendEntries().join(u'\n');
    QVERIFY2(legend.contains(QStringLiteral("Set aside by you")), qPrintable(legend));
    QVERIFY2(legend.contains(QStringLiteral("★ preferred by you")), qPrintable(legend));
    const QString notes = shown->notes().join(u'\n');
    QVERIFY2(notes.contains(QStringLiteral("nine months, read for ten")), qPrintable(notes));
    QVERIFY(shown->barToolTip(nine).contains(QStringLiteral("Set aside by you: nine months")));
}

void TestTradeChartMarks::legendExplainsEveryMark()
{
    load(TestData::reportsDifferDataset());
    TradeChartPanel *shown = panel(QStringLiteral("trade-headline"));
    const QStringList legend = shown->chart()->legendEntries();
    const QStringList expected { QStringLiteral("Russia's trade with the CIS"),
        QStringLiteral("Trade between CIS members"), QStringLiteral("the value as stated"),
        QStringLiteral("light band: the values the hedge allows (slightly over: up to 3 % above; "
                       "over: from the value up; almost: up to 5 % below; about: 5 % either "
                       "side)"),
        QStringLiteral("▲ open-ended: the source gave no upper bound"),
        QStringLiteral("⇄ on violet: reports of one fact that differ"),
        QStringLiteral("= reports of one fact that agree") };
    QCOMPARE(legend, expected);

    // An exact figure alone needs no band, no arrow, no violet.
    Dataset one = TestData::reportsDifferDataset();
    one.tradeFigures.removeIf(
        [](const TradeFigure &f) { return f.id != QLatin1String("arm-exact"); });
    load(one);
    QCOMPARE(panel(QStringLiteral("trade-armenia-russia"))->chart()->legendEntries(),
        QStringList(
            { QStringLiteral("Armenia–Russia trade"), QStringLiteral("the value as stated") }));
}

void TestTradeChartMarks::axisEndsAtARoundNumberAboveTheTop_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("figure"); // the figure typed over
    QTest::addColumn<double>("edit"); // billions typed over it; 0: none
    QTest::addColumn<double>("top");
    QTest::newRow("almost 90 ends at 100, not 150") << "trade-headline" << 0 << 0.0 << 100.0;
    QTest::newRow("over 11 (to 12.1) ends at 12.5") << "trade-armenia-russia" << 0 << 0.0 << 12.5;
    QTest::newRow("an edit to 140 ends at 150") << "trade-headline" << 0 << 140.0 << 150.0;
    // An exact value's rounding (12 stands for 11.5 to 12.5) is not drawn, so not counted.
    QTest::newRow("an exact 12 ends at 12.5") << "trade-armenia-russia" << 4 << 12.0 << 12.5;
}

void TestTradeChartMarks::axisEndsAtARoundNumberAboveTheTop()
{
    QFETCH(QString, group);
    QFETCH(int, figure);
    QFETCH(double, edit);
    QFETCH(double, top);
    load(TestData::loadDataset(QStringLiteral(SUMMIT_BUILTIN_DATASET)));
    if (edit > 0)
        QVERIFY(m_model->setData(m_model->index(figure, TradeFigureModel::ValueColumn), edit));
    TradeChartPanel *shown = panel(group);
    QCOMPARE(shown->chart()->valueAxis()->max(), top);
    QCOMPARE(shown->chart()->valueAxis()->min(), 0.0);
}

void TestTradeChartMarks::editedFigureSaysSoEverywhere()
{
    load(TestData::loadDataset(QStringLiteral(SUMMIT_BUILTIN_DATASET)));
    const QString id = QStringLiteral("t-cis-internal-2023-jan-oct");
    TradeChartsView view(m_document.get(), m_model.get());
    QTableView *table = view.figureTable();
    const QModelIndex value = table->model()->index(0, TradeFigureModel::ValueColumn);
    QCOMPARE(value.data(Qt::EditRole).toString(), QStringLiteral("83.7"));
    QVERIFY(table->model()->setData(value, QStringLiteral("85")));
    const QString note = QStringLiteral("edited: the report says $83.7 billion");

    // The table.
    QCOMPARE(value.data().toString(), QStringLiteral("$85 billion (%1)").arg(note));
    // The chart's label and legend.
    TradeChartPanel *shown = view.currentPanel();
    const int row = rowOf(shown, id);
    QVERIFY2(shown->chart()->markLines(row).contains(
                 QStringLiteral("✎ edited: the report says $83.7 bn")),
        qPrintable(shown->chart()->markLines(row).join(u'|')));
    QCOMPARE(shown->chart()->barLabels().at(row), QStringLiteral("$85 bn"));
    QVERIFY(shown->chart()->legendEntries().contains(
        QStringLiteral("✎ edited: a value you typed; the label gives the report's")));
    // The notes and the export's source line.
    QVERIFY(shown->notes().join(u'\n').contains(note));
    const ExportOptions options = exportRequest(*shown, m_document->dataset(), ExportExtent::Full);
    QVERIFY2(options.sourceLine.contains(QStringLiteral("Values edited by the user")),
        qPrintable(options.sourceLine));
    QVERIFY2(options.sourceLine.contains(note), qPrintable(options.sourceLine));
    // The details pane.
    DetailsPane details(m_document.get());
    details.displayTradeFigure(id);
    const QString text = details.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("$85 billion (%1)").arg(note)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("who stated the report's value, not yours")),
        qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("85,000,000,000")));
    // Undo takes it all back.
    m_document->undoStack()->undo();
    QCOMPARE(value.data().toString(), QStringLiteral("$83.7 billion"));
    QVERIFY(!shown->chart()->markLines(row).join(u' ').contains(QStringLiteral("edited")));
    QVERIFY(!exportRequest(*shown, m_document->dataset(), ExportExtent::Full)
                 .sourceLine.contains(QStringLiteral("edited")));
}

void TestTradeChartMarks::exportedSvgCarriesTheLabels()
{
    load(TestData::reportsDifferDataset());
    QVERIFY(
        m_model->setData(m_model->index(1, TradeFigureModel::ValueColumn), QStringLiteral("12")));
    TradeChartPanel *shown = panel(QStringLiteral("trade-armenia-russia"));
    const QString svg = exportSvg(shown);
    for (const QString &text : { QStringLiteral("over $11 bn"), QStringLiteral("$12 bn"),
             QStringLiteral("edited: the report says $11.7 bn"), QStringLiteral("= agrees"),
             QStringLiteral("the value as stated"), QStringLiteral("Statistics Office"),
             QStringLiteral("Values edited by the user") })
        QVERIFY2(svg.contains(text.toHtmlEscaped()), qPrintable(text));
    QVERIFY(!svg.contains(QStringLiteral("$11.0 bn")));

    load(TestData::reportsDifferDataset());
    const QString headline = exportSvg(panel(QStringLiteral("trade-headline")));
    for (const QString &text : { QStringLiteral("3 reports of one statement differ"),
             QStringLiteral("almost $90 bn"), QStringLiteral("about $90 bn"),
             QStringLiteral("Nine Times"), QStringLiteral("on violet: reports of one fact") })
        QVERIFY2(headline.contains(text.toHtmlEscaped()), qPrintable(text));
}

void TestTradeChartMarks::countryFilterShowsOnTheTradeTab()
{
    load(TestData::loadDataset(QStringLiteral(SUMMIT_BUILTIN_DATASET)));
    TradeChartsView view(m_document.get(), m_model.get());
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *line = view.findChild<QLabel *>(QStringLiteral("tradeFilterLine"));
    QVERIFY(line);
    QVERIFY(!line->isVisible());
    QCOMPARE(view.figureTable()->model()->rowCount(), 5);

    view.setCountryFilter(QStringLiteral("KAZ"));
    QVERIFY(line->isVisible());
    QVERIFY2(line->text().contains(QStringLiteral("No trade figure of 5 names Kazakhstan")),
        qPrintable(line->text()));
    QVERIFY(line->text().contains(QStringLiteral("The charts do not follow the filter")));
    QCOMPARE(view.figureTable()->model()->rowCount(), 0);

    view.setCountryFilter(QStringLiteral("ARM"));
    QVERIFY2(line->text().contains(QStringLiteral("2 of 5 trade figures name Armenia")),
        qPrintable(line->text()));
    QCOMPARE(view.figureTable()->model()->rowCount(), 2);

    view.setCountryFilter(QString());
    QVERIFY(!line->isVisible());
    QCOMPARE(view.figureTable()->model()->rowCount(), 5);
}

QTEST_MAIN(TestTradeChartMarks)
#include "tst_tradechartmarks.moc"
