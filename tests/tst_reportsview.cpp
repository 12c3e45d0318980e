// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "models/factreportmodel.h"
#include "views/export/exporter.h"
#include "views/reports/reportsview.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "reportsdiffer.h"

using namespace Summit;

namespace {

QStringList shownColumn(const ReportsView &view, int column)
{
    QStringList cells;
    for (int row = 0; row < view.proxy()->rowCount(); ++row)
        cells.append(view.proxy()->index(row, column).data().toString());
    return cells;
}

} // namespace

/** The Reports tab as a user meets it: filter, keyboard, details, exports. */
class TestReportsView : public QObject
{
    Q_OBJECT

private slots:
    void filterTyped_data();
    void filterTyped();
    void arrowKeysMoveTheSelectionAndShowTheSources();
    void noFactReportedTwiceSaysSo();
    void followsTheDatasetReplaced();
    void exportsPngAndSvg();
    void csvHasTheRowsShown();
    void csvOfAViewWithoutATableIsRefused();
};

void TestReportsView::filterTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("facts"); ///< the Fact column of the rows shown

    const QString belarus = QStringLiteral("Belarus's attendance");
    const QString dates = QStringLiteral("the meeting's dates");
    QTest::newRow("a country") << QStringLiteral("belarus") << QStringList { belarus, belarus };
    QTest::newRow("a relation") << QStringLiteral("change of plan")
                                << QStringList(2, QStringLiteral("Azerbaijan's attendance"));
    QTest::newRow("a publisher") << QStringLiteral("Host Office") << QStringList { dates, belarus };
    QTest::newRow("a hedge") << QStringLiteral("slightly over")
                             << QStringList { QStringLiteral(
                                    "Russia's trade with the CIS, 2024 (full year)") };
    QTest::newRow("nothing matches") << QStringLiteral("Kazakhstan") << QStringList();
}

void TestReportsView::filterTyped()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, facts);
    DatasetDocument document;
    document.setDataset(TestData::reportsDifferDataset());
    ReportsView view(&document);
    view.show();
    QTest::keyClicks(view.filterEdit(), typed);
    QCOMPARE(shownColumn(view, FactReportModel::FactColumn), facts);
    view.filterEdit()->clear();
    QCOMPARE(view.proxy()->rowCount(), view.model()->rowCount());
}

void TestReportsView::arrowKeysMoveTheSelectionAndShowTheSources()
{
    DatasetDocument document;
    document.setDataset(TestData::reportsDifferDataset());
    ReportsView view(&document);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy requested(&view, &ReportsView::sourcesRequested);
    QTableView *table = view.table();
    table->setFocus();
    table->setCurrentIndex(view.proxy()->index(0, 0));
    QCOMPARE(requested.count(), 1);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 1);
    QVERIFY(table->selectionModel()->isRowSelected(1, {}));
    QCOMPARE(requested.count(), 2);
    // Every report of the fact, each with a link to its paragraph and the sentence it names.
    const QString html = requested.last().first().toString();
    QVERIFY2(html.contains(QStringLiteral("Azerbaijan's attendance")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("href='source:brief-2024/3/2'")));
    QVERIFY(html.contains(QStringLiteral("sentence 2")));
    QVERIFY(html.contains(QStringLiteral("href='source:wire-2024/4'")));
    QVERIFY(html.contains(QStringLiteral("set aside, not counted: The two reports of the day")));
    QVERIFY(html.contains(QStringLiteral("preferred")));
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(table->currentIndex().row(), view.proxy()->rowCount() - 1);
}

void TestReportsView::noFactReportedTwiceSaysSo()
{
    DatasetDocument document;
    document.setDataset(TestData::loadDataset(QStringLiteral(SUMMIT_BUILTIN_DATASET)));
    ReportsView view(&document);
    view.show();
    QVERIFY(!view.showsTable());
    QVERIFY(view.emptyLabel()->isVisible());
    QVERIFY(view.emptyLabel()->text().contains(QStringLiteral("more than one report")));
    QCOMPARE(view.exportTable().size(), 1); // the header only
}

void TestReportsView::followsTheDatasetReplaced()
{
    DatasetDocument document;
    ReportsView view(&document);
    view.show();
    QVERIFY(!view.showsTable());
    document.setDataset(TestData::reportsDifferDataset());
    QVERIFY(view.showsTable());
    QCOMPARE(view.proxy()->rowCount(), 16);
}

void TestReportsView::exportsPngAndSvg()
{
    QTemporaryDir dir;
    for (const bool empty : { false, true }) {
        DatasetDocument document;
        document.setDataset(empty ? TestData::loadDataset(QStringLiteral(SUMMIT_BUILTIN_DATASET))
                                  : TestData::reportsDifferDataset());
        ReportsView view(&document);
        QCOMPARE(view.exportName(), QStringLiteral("reports"));
        const ExportOptions request = exportRequest(view, document.dataset(), ExportExtent::Full);
        QCOMPARE(request.size.width(), 1600);
        QCOMPARE(request.documents.isEmpty(), empty);
        for (const auto format : { ExportOptions::Format::Png, ExportOptions::Format::Svg }) {
            ExportOptions options = request;
            options.format = format;
            options.path = dir.filePath(QStringLiteral("reports-%1.%2")
                                            .arg(empty ? QStringLiteral("empty") : QString())
                                            .arg(int(format)));
            QString error;
            QVERIFY2(Exporter::write(view, options, &error), qPrintable(error));
            QFile file(options.path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            if (format == ExportOptions::Format::Png) {
                const QImage image = QImage::fromData(bytes, "PNG");
                QCOMPARE(image.size(), request.size);
                continue;
            }
            // Text in SVG is drawn as text: what a reader sees is in the file.
            const QByteArray expected = empty ? "more than one report" : "Azerbaijan";
            QVERIFY(bytes.contains(expected));
            if (!empty) {
                QVERIFY(bytes.contains("fills an unknown"));
                QVERIFY(bytes.contains("not counted"));
            }
        }
    }
}

void TestReportsView::csvHasTheRowsShown()
{
    DatasetDocument document;
    document.setDataset(TestData::reportsDifferDataset());
    ReportsView view(&document);
    QTest::keyClicks(view.filterEdit(), QStringLiteral("Armenia"));
    QTemporaryDir dir;
    ExportOptions options;
    options.format = ExportOptions::Format::Csv;
    options.path = dir.filePath(QStringLiteral("armenia.csv"));
    QString error;
    QVERIFY2(Exporter::write(view, options, &error), qPrintable(error));
    QFile file(options.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"));
    const QStringList expected {
        QStringLiteral("Summit,Fact,Report (value as hedged),Document,Where,Relation,Counted,"
                       "Preferred,Document id,Paragraph,Sentence"),
        QStringLiteral("Not tied to a summit,\"Armenia\u2013Russia trade, 2024 (full year)\","
                       "over $11 billion,\"Outlet, 1 Feb 2025\",paragraph 2,agree,yes,no,"
                       "outlet-2025,2,"),
        QStringLiteral("Not tied to a summit,\"Armenia\u2013Russia trade, 2024 (full year)\","
                       "$11.7 billion,\"Statistics Office, 1 Mar 2025\",paragraph 1,agree,yes,no,"
                       "gov-2025,1,"),
        QString(),
    };
    QCOMPARE(lines, expected);
}

void TestReportsView::csvOfAViewWithoutATableIsRefused()
{
    // The exporter refuses before anything is written: no file, and a message naming the path.
    class Picture : public Exportable
    {
    public:
        QString exportName() const override { return QStringLiteral("picture"); }
        QString exportTitle() const override { return {}; }
        QStringList citedDocuments(ExportExtent) const override { return {}; }
        void renderContent(QPainter *, const QRectF &, ExportExtent) override { }
    } picture;
    QTemporaryDir dir;
    ExportOptions options;
    options.format = ExportOptions::Format::Csv;
    options.path = dir.filePath(QStringLiteral("picture.csv"));
    QString error;
    QVERIFY(!Exporter::write(picture, options, &error));
    QVERIFY2(error.contains(options.path) && error.contains(QStringLiteral("'picture'")),
        qPrintable(error));
    QVERIFY(!QFile::exists(options.path));
}

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
