// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a user drives it, offscreen: typing, clicking, keys, opening files.

#include "app/citation.h"
#include "app/helpdialogs.h"
#include "app/mainwindow.h"
#include "app/plurals.h"
#include "app/recentfiles.h"
#include "app/windowgeometry.h"
#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "models/datasetwriter.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventmodel.h"
#include "models/factreportmodel.h"
#include "models/summitcomparisonmodel.h"
#include "models/tradefiguremodel.h"
#include "views/common/detailspane.h"
#include "views/common/errorsdialog.h"
#include "views/common/eventlistview.h"
#include "views/common/filterbar.h"
#include "views/common/sourceparagraphdialog.h"
#include "views/compare/comparisonview.h"
#include "views/export/exportable.h"
#include "views/export/exportdialog.h"
#include "views/map/mapcanvas.h"
#include "views/map/mapview.h"
#include "views/reports/reportsview.h"
#include "views/timeline/timelinepanel.h"
#include "views/timeline/timelineview.h"
#include "views/trade/tradechartsview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>

#include "reportsdiffer.h"

using namespace Summit;

/** Tests of MainWindow and the widgets it assembles. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsEveryEvent();
    void searchFiltersAsYouType_data();
    void searchFiltersAsYouType();
    void kindChoiceFilters();
    void clickShowsDetailsWithSources();
    void hiddenEventLeavesTheDetailsPane();
    void detailsListEveryReportOfAFigure_data();
    void detailsListEveryReportOfAFigure();
    void arrowKeysMoveTheSelection();
    void badFileLeavesDataUntouched();
    void badFileFromTheMenuLeavesDataUntouched_data();
    void badFileFromTheMenuLeavesDataUntouched();
    void openDialogStartsInAFolderThatExists();
    void goodFileReplacesData();
    void splitterIsRemembered();
    void viewsAreTabsTimelineFirst();
    void ctrlDigitsSwitchViews();
    void timelineClickShowsDetails();
    void mapClickFiltersEventsAndShowsHistory();
    void tradeFigureRowShowsItsSources();
    void comparisonRowShowsItsSources();
    void reportsRowShowsEachReportsSources();
    void exportFollowsTheCurrentTab_data();
    void exportFollowsTheCurrentTab();
    void exportDialogOffersEachExtentsRequest();
    void unsavedEditsAreMarkedAndAskedAbout_data();
    void unsavedEditsAreMarkedAndAskedAbout();
    void undoFromTheEditMenu();
    void paragraphLinkShowsTheSourceText();
    void initialGeometryFitsTheScreen_data();
    void initialGeometryFitsTheScreen();
    void rememberedGeometryMustFitAScreen_data();
    void rememberedGeometryMustFitAScreen();
    void summaryStaysAndCountsInPlural();
    void staleNotOpenedMessageClears();
    void errorsDialogWrapsLongLines();
    void openRecentListsAndForgetsMissingFiles();
    void droppedDatasetOpens();
    void droppedReportIsExplained();
    void copyWithCitation();
    void keyboardShortcutsListEveryShortcut();
    void reclickShowsTheSelectedEventAgain();

private:
    QTableView *table() const { return m_window->eventList()->table(); }
    void clickRow(int row);

    Dataset m_builtin;
    DatasetDocument *m_document = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    EnglishPlurals::install();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitViewerTests"));
    QSettings().clear();
    const auto result = DatasetReader::readFile(QStringLiteral(SUMMIT_BUILTIN_DATASET));
    QVERIFY(result.ok());
    m_builtin = *result.dataset;
}

void TestMainWindow::init()
{
    m_document = new DatasetDocument;
    m_document->setDataset(m_builtin);
    m_window = new MainWindow(m_document);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_document;
}

void TestMainWindow::clickRow(int row)
{
    m_window->tabs()->setCurrentWidget(m_window->eventList());
    const QModelIndex index = table()->model()->index(row, EventModel::TitleColumn);
    table()->scrollTo(index);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
}

void TestMainWindow::showsEveryEvent()
{
    QCOMPARE(table()->model()->rowCount(), 17);
    // Sorted chronologically: the 2023 museum tour comes first.
    QCOMPARE(table()->model()->index(0, 0).data(EventModel::IdRole).toString(),
        QStringLiteral("e2023-museum-tour"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("built-in")));
}

void TestMainWindow::searchFiltersAsYouType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("rows");
    QTest::newRow("venue of one meeting") << QStringLiteral("hermitage") << 1;
    // Tokayev took part in the 2023 museum tour and meeting and met Putin in 2023 and 2025.
    QTest::newRow("person's name") << QStringLiteral("Tokayev") << 4;
    QTest::newRow("topic") << QStringLiteral("Intervision") << 1;
    QTest::newRow("nothing matches") << QStringLiteral("zzzz") << 0;
}

void TestMainWindow::searchFiltersAsYouType()
{
    QFETCH(QString, typed);
    QFETCH(int, rows);
    QLineEdit *search = m_window->filterBar()->searchField();
    search->setFocus();
    QTest::keyClicks(search, typed);
    QCOMPARE(table()->model()->rowCount(), rows);
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(table()->model()->rowCount(), 17);
}

void TestMainWindow::kindChoiceFilters()
{
    const auto combos = m_window->filterBar()->findChildren<QComboBox *>();
    for (QComboBox *combo : combos) {
        const int bilateral = combo->findData(QStringLiteral("bilateral"));
        if (bilateral >= 0)
            combo->setCurrentIndex(bilateral);
    }
    QCOMPARE(table()->model()->rowCount(), 5);
    QCOMPARE(m_window->eventProxy()->kindFilter(), QStringList { QStringLiteral("bilateral") });
}

void TestMainWindow::clickShowsDetailsWithSources()
{
    QTest::keyClicks(m_window->filterBar()->searchField(), QStringLiteral("hermitage"));
    clickRow(0);
    const QString details = m_window->detailsPane()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Putin and Rahmon meet at the Hermitage")),
        qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("Anadolu Agency")));
    QVERIFY(details.contains(QStringLiteral("paragraphs 2, 7, 8, 9")));
}

void TestMainWindow::hiddenEventLeavesTheDetailsPane()
{
    QTest::keyClicks(m_window->filterBar()->searchField(), QStringLiteral("hermitage"));
    clickRow(0);
    QCOMPARE(m_window->detailsPane()->shownEventId().isEmpty(), false);
    // A search that still shows the event keeps it in the pane...
    QTest::keyClick(m_window->filterBar()->searchField(), Qt::Key_Backspace);
    QVERIFY(m_window->detailsPane()->toPlainText().contains(QStringLiteral("Hermitage")));
    // ...one that hides it leaves the pane with nothing rather than an event no view shows.
    QTest::keyClicks(m_window->filterBar()->searchField(), QStringLiteral("zzz"));
    QCOMPARE(table()->model()->rowCount(), 0);
    QVERIFY(!table()->selectionModel()->currentIndex().isValid());
    QCOMPARE(m_window->detailsPane()->shownEventId(), QString());
    QVERIFY2(!m_window->detailsPane()->toPlainText().contains(QStringLiteral("Hermitage")),
        qPrintable(m_window->detailsPane()->toPlainText()));
}

void TestMainWindow::arrowKeysMoveTheSelection()
{
    clickRow(0);
    QCOMPARE(m_window->eventSelection()->currentIndex().row(), 0);
    QTest::keyClick(table(), Qt::Key_Down);
    QCOMPARE(m_window->eventSelection()->currentIndex().row(), 1);
    const QString id
        = m_window->eventSelection()->currentIndex().data(EventModel::IdRole).toString();
    QVERIFY(
        m_window->detailsPane()->toPlainText().contains(m_document->dataset().event(id)->title));
}

void TestMainWindow::badFileLeavesDataUntouched()
{
    QVERIFY(
        !m_window->openDataset(QStringLiteral(SUMMIT_TEST_DATA_DIR "/invalid-three-errors.json"),
            /*quiet=*/true));
    QCOMPARE(m_document->dataset().events.size(), 17);
    QCOMPARE(table()->model()->rowCount(), 17);
    QVERIFY(m_document->fileName().isEmpty());
}

void TestMainWindow::badFileFromTheMenuLeavesDataUntouched_data()
{
    // content is written to a temporary bad.json (extended sparsely to sparseSize if > 0);
    // a non-empty path is opened instead. firstError is the error dialog's first line after
    // the file name.
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("sparseSize");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("firstError");

    QFile truncated(QStringLiteral(SUMMIT_TEST_DATA_DIR "/truncated.json"));
    QVERIFY(truncated.open(QIODevice::ReadOnly));
    const QByteArray lists = R"("documents": [], "countries": [], "people": [], )"
                             R"("summits": [], "events": [], "tradeFigures": [])";

    QTest::newRow("truncated")
        << truncated.readAll() << qint64(0) << QString()
        << QStringLiteral(
               ":9:7: syntax error: the file ends early, inside a string that begins here");
    QTest::newRow("wrong type") << QByteArray(R"({"formatVersion": "1", )" + lists + "}")
                                << qint64(0) << QString()
                                << QStringLiteral(
                                       ":1:19: 'formatVersion' must be an integer, not a string");
    QTest::newRow("dangling reference")
        << QByteArray(R"({"formatVersion": 1, )" + lists + "}")
               .replace(R"("people": [])",
                   R"("people": [{"id": "p", "name": "n", "role": "r", "country": "XXX"}])")
        << qint64(0) << QString()
        << QStringLiteral(":1:116: unknown country 'XXX' (no such code in 'countries')");
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\"formatVersion\": 1, \"x\xFF\": 1}") << qint64(0) << QString()
        << QStringLiteral(":1:24: syntax error: invalid UTF-8 in string");
    QTest::newRow("above the size limit")
        << QByteArray("{") << DatasetReader::MaxFileSize + 1 << QString()
        << QStringLiteral(": file too large: %1 bytes, the limit is %2 bytes (1 GiB)")
               .arg(DatasetReader::MaxFileSize + 1)
               .arg(DatasetReader::MaxFileSize);
    // A device, not a regular file: read as a stream, and empty.
    QTest::newRow("not a regular file") << QByteArray() << qint64(0) << QStringLiteral("/dev/null")
                                        << QStringLiteral(":1:1: syntax error: file is empty");
}

void TestMainWindow::badFileFromTheMenuLeavesDataUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, sparseSize);
    QFETCH(QString, path);
    QFETCH(QString, firstError);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
        if (sparseSize > 0)
            QVERIFY(file.resize(sparseSize));
    }
    QAction *open = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Open Dataset")))
            open = action;
    }
    QVERIFY(open);
    const QByteArray before = DatasetWriter::toJson(m_document->dataset());

    // File > Open as a user goes through it: the file dialog, then the error dialog. A timer
    // answers whichever is up; after ten seconds it closes anything modal so that a missing
    // dialog fails the test instead of hanging it.
    int attempts = 0;
    QString shown;
    QString unexpected;
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *files = qobject_cast<QFileDialog *>(modal); files && shown.isEmpty()) {
            // The whole path typed into the name field, as a user may, with nothing picked in
            // the list (a pick there would win over the typed name). The dialog lists its folder
            // in a thread and an accept() before that can do nothing, so this is tried again on
            // each tick until the dialog goes.
            ++attempts;
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            for (QAbstractItemView *view : files->findChildren<QAbstractItemView *>()) {
                if (view->selectionModel())
                    view->selectionModel()->clear();
            }
            name->setText(path);
            // Queued, as a click would be: a dialog it opens in turn is then answered by this
            // timer too, which Qt does not fire again while this slot runs.
            QMetaObject::invokeMethod(files, "accept", Qt::QueuedConnection);
        } else if (auto *errors = qobject_cast<ErrorsDialog *>(modal)) {
            shown = errors->text();
            errors->reject();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            unexpected += box->text();
            box->reject();
        }
        if (modal && elapsed.elapsed() > 10000) {
            unexpected += QStringLiteral("still open after 10 s: ") + modal->windowTitle();
            modal->close();
        }
    });
    driver.start();
    open->trigger();
    driver.stop();

    QVERIFY(attempts > 0);
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
    QVERIFY2(shown.startsWith(path + firstError),
        qPrintable(QStringLiteral("expected %1%2\ngot: %3").arg(path, firstError, shown)));
    QCOMPARE(DatasetWriter::toJson(m_document->dataset()), before);
    QCOMPARE(table()->model()->rowCount(), 17);
    QVERIFY(m_document->fileName().isEmpty());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("built-in")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("unchanged")));
}

void TestMainWindow::openDialogStartsInAFolderThatExists()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString gone = dir.filePath(QStringLiteral("deleted-since"));
    QSettings().setValue(QStringLiteral("files/lastDirectory"), gone);
    QAction *open = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Open Dataset")))
            open = action;
    }
    QVERIFY(open);
    QString folder;
    QString typedName = QStringLiteral("(no file dialog)");
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        if (auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            folder = files->directory().absolutePath();
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            typedName = name ? name->text() : QStringLiteral("(no name field)");
            files->reject();
        }
    });
    driver.start();
    open->trigger();
    driver.stop();
    QSettings().remove(QStringLiteral("files/lastDirectory"));
    // The remembered folder is gone: the dialog opens at home with an empty name field.
    QCOMPARE(typedName, QString());
    QCOMPARE(folder, QDir(QDir::homePath()).exists() ? QDir::homePath() : QDir::rootPath());
    QCOMPARE(table()->model()->rowCount(), 17);
}

void TestMainWindow::goodFileReplacesData()
{
    QVERIFY(m_window->openDataset(QStringLiteral(SUMMIT_TEST_DATA_DIR "/minimal.json"), true));
    QCOMPARE(table()->model()->rowCount(), 0);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("minimal.json")));
}

void TestMainWindow::splitterIsRemembered()
{
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    splitter->setSizes({ 700, 300 });
    const QList<int> sizes = splitter->sizes();
    m_window->close();
    delete m_window;
    m_window = new MainWindow(m_document);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

void TestMainWindow::viewsAreTabsTimelineFirst()
{
    QTabWidget *tabs = m_window->tabs();
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles.append(tabs->tabText(i).remove(QLatin1Char('&')));
    QCOMPARE(titles,
        QStringList({ QStringLiteral("Timeline"), QStringLiteral("Events"), QStringLiteral("Map"),
            QStringLiteral("Trade"), QStringLiteral("Compare"), QStringLiteral("Reports") }));
    QCOMPARE(tabs->currentWidget(), m_window->timelinePanel());
    // On opening, both summits' events are on screen: all 17 are laid out in view.
    TimelineView *timeline = m_window->timelinePanel()->view();
    QCOMPARE(timeline->layout().shownEventCount(), 17);
    QVERIFY(timeline->eventPosition(QStringLiteral("e2023-museum-tour")));
    QVERIFY(timeline->eventPosition(QStringLiteral("e2025-bilateral-kazakhstan")));
}

void TestMainWindow::ctrlDigitsSwitchViews()
{
    QTabWidget *tabs = m_window->tabs();
    for (int tab = tabs->count() - 1; tab >= 0; --tab) {
        QTest::keyClick(m_window, Qt::Key(Qt::Key_1 + tab), Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), tab);
    }
}

void TestMainWindow::timelineClickShowsDetails()
{
    TimelineView *timeline = m_window->timelinePanel()->view();
    const auto position = timeline->eventPosition(QStringLiteral("e2025-bilateral-armenia"));
    QVERIFY(position);
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, *position);
    QCOMPARE(m_window->eventSelection()->currentIndex().data(EventModel::IdRole).toString(),
        QStringLiteral("e2025-bilateral-armenia"));
    const QString details = m_window->detailsPane()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Putin and Pashinyan meet")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("paragraphs 6, 10, 11, 12, 13")));
}

void TestMainWindow::mapClickFiltersEventsAndShowsHistory()
{
    MapView *map = m_window->mapView();
    m_window->tabs()->setCurrentWidget(map);
    const QPoint kazakhstan = map->canvasPositionOf(QStringLiteral("KAZ"));
    QTest::mouseClick(map->canvas(), Qt::LeftButton, {}, kazakhstan);
    QCOMPARE(m_window->eventProxy()->countryFilter(), QStringLiteral("KAZ"));
    // The 2023 museum tour and meeting, and Putin's talks with Tokayev in 2023 and 2025.
    QCOMPARE(m_window->eventProxy()->rowCount(), 4);
    const QString details = m_window->detailsPane()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Kazakhstan (KAZ)")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("Membership history")));
    QVERIFY(details.contains(QStringLiteral("paragraph 24")));
    // The filter bar shows the same filter; clearing it there clears the map's selection.
    const auto countries = m_window->filterBar()->findChildren<QComboBox *>();
    bool shown = false;
    for (QComboBox *combo : std::as_const(countries))
        shown = shown || combo->currentData().toString() == QLatin1String("KAZ");
    QVERIFY(shown);
    m_window->eventProxy()->clearFilters();
    QCOMPARE(map->selectedCountry(), QString());
    // A second click on the same country clears the filter it set.
    QTest::mouseClick(map->canvas(), Qt::LeftButton, {}, kazakhstan);
    QCOMPARE(m_window->eventProxy()->countryFilter(), QStringLiteral("KAZ"));
    QTest::mouseClick(map->canvas(), Qt::LeftButton, {}, kazakhstan);
    QCOMPARE(m_window->eventProxy()->countryFilter(), QString());
    QCOMPARE(m_window->eventProxy()->rowCount(), 17);
}

void TestMainWindow::tradeFigureRowShowsItsSources()
{
    TradeChartsView *trade = m_window->tradeChartsView();
    m_window->tabs()->setCurrentWidget(trade);
    QTableView *figures = trade->figureTable();
    int row = -1;
    for (int r = 0; r < figures->model()->rowCount(); ++r) {
        if (figures->model()->index(r, 0).data(TradeFigureModel::IdRole).toString()
            == QLatin1String("t-russia-cis-2025-jan-oct"))
            row = r;
    }
    QVERIFY(row >= 0);
    const QRect cell = figures->visualRect(figures->model()->index(row, 0));
    QTest::mouseClick(figures->viewport(), Qt::LeftButton, {}, cell.center());
    const QString details = m_window->detailsPane()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("almost")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("paragraph 18")));
}

void TestMainWindow::comparisonRowShowsItsSources()
{
    ComparisonView *comparison = m_window->comparisonView();
    m_window->tabs()->setCurrentWidget(comparison);
    QTableView *table = comparison->table();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount() && row < 0; ++r) {
        if (table->model()->index(r, 0).data(SummitComparisonModel::KeyRole).toString()
            == QLatin1String("attendance/AZE"))
            row = r;
    }
    QVERIFY(row >= 0);
    const QRect cell = table->visualRect(table->model()->index(row, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    const QString details = m_window->detailsPane()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Azerbaijan")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("paragraph 25")));
}

void TestMainWindow::reportsRowShowsEachReportsSources()
{
    const auto result
        = DatasetReader::readFile(QStringLiteral(SUMMIT_TEST_DATA_DIR "/reports-differ.json"));
    QVERIFY(result.ok());
    m_document->setDataset(*result.dataset);
    QTest::keyClick(m_window, Qt::Key_6, Qt::ControlModifier);
    ReportsView *reports = m_window->reportsView();
    QCOMPARE(m_window->tabs()->currentWidget(), reports);
    QTableView *table = reports->table();
    const QRect cell = table->visualRect(table->model()->index(0, FactReportModel::ReportColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    // Every report of the fact, each one click from its paragraph.
    const QString details = m_window->detailsPane()->toHtml();
    QVERIFY2(details.contains(QStringLiteral("Azerbaijan")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("source:brief-2024/3")));
    QVERIFY(details.contains(QStringLiteral("source:daily-2024/2")));
}

void TestMainWindow::exportFollowsTheCurrentTab_data()
{
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("exportName"); ///< empty: nothing to export
    QTest::newRow("timeline") << 0 << QStringLiteral("timeline");
    QTest::newRow("event list") << 1 << QString();
    QTest::newRow("map") << 2 << QStringLiteral("map");
    QTest::newRow("trade") << 3 << QStringLiteral("trade-headline");
    QTest::newRow("comparison") << 4 << QStringLiteral("comparison");
    QTest::newRow("reports") << 5 << QStringLiteral("reports");
}

void TestMainWindow::exportFollowsTheCurrentTab()
{
    QFETCH(int, tab);
    QFETCH(QString, exportName);
    m_window->tabs()->setCurrentIndex(tab);
    Exportable *exportable = MainWindow::exportableOf(m_window->tabs()->currentWidget());
    QCOMPARE(exportable ? exportable->exportName() : QString(), exportName);
    QAction *exportAction = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Export\u2026"))
            exportAction = action;
    }
    QVERIFY(exportAction);
    QCOMPARE(exportAction->isEnabled(), !exportName.isEmpty());
}

void TestMainWindow::exportDialogOffersEachExtentsRequest()
{
    // File > Export… on the timeline: the dialog starts from the request of the whole extent,
    // switches to the visible window's, writes that, and offers it first the next time.
    m_window->tabs()->setCurrentIndex(0);
    Exportable *timeline = MainWindow::exportableOf(m_window->tabs()->currentWidget());
    QVERIFY(timeline && timeline->offersExtentChoice());
    const ExportOptions full = exportRequest(*timeline, m_document->dataset(), ExportExtent::Full);
    const ExportOptions visible
        = exportRequest(*timeline, m_document->dataset(), ExportExtent::Visible);
    QVERIFY(full.size != visible.size);
    QAction *exportAction = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Export\u2026"))
            exportAction = action;
    }
    QVERIFY(exportAction);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("window.png"));
    QStringList seen;
    const auto driveDialog = [&](bool chooseVisible) {
        QTimer::singleShot(0, [&, chooseVisible] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *extent = dialog->findChild<QComboBox *>(QStringLiteral("extent"));
            auto *width = dialog->findChild<QSpinBox *>(QStringLiteral("width"));
            auto *sources = dialog->findChild<QLineEdit *>(QStringLiteral("sourceLine"));
            seen << QStringLiteral("%1 %2 %3")
                        .arg(extent->currentIndex())
                        .arg(width->value())
                        .arg(sources->text());
            if (!chooseVisible) {
                dialog->reject();
                return;
            }
            extent->setCurrentIndex(int(ExportExtent::Visible));
            dialog->findChild<QLineEdit *>(QStringLiteral("path"))->setText(path);
            dialog->accept();
        });
        exportAction->trigger();
    };
    driveDialog(true);
    driveDialog(false);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen[0], QStringLiteral("0 %1 %2").arg(full.size.width()).arg(full.sourceLine));
    QCOMPARE(seen[1], QStringLiteral("1 %1 %2").arg(visible.size.width()).arg(visible.sourceLine));
    const QImage written(path);
    QCOMPARE(written.size(), visible.size);
}

void TestMainWindow::unsavedEditsAreMarkedAndAskedAbout_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closes");
    QTest::newRow("cancel keeps the window and the edit") << int(QMessageBox::Cancel) << false;
    QTest::newRow("discard closes") << int(QMessageBox::Discard) << true;
}

void TestMainWindow::unsavedEditsAreMarkedAndAskedAbout()
{
    QFETCH(int, answer);
    QFETCH(bool, closes);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->tradeFigureModel()->setData(
        m_window->tradeFigureModel()->index(0, TradeFigureModel::ValueColumn), 99.0));
    QVERIFY(m_window->isWindowModified());
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = box->text().contains(QStringLiteral("not saved"));
        box->button(QMessageBox::StandardButton(answer))->click();
    });
    QCOMPARE(m_window->close(), closes);
    QVERIFY(asked);
    QCOMPARE(m_window->isVisible(), !closes);
    QCOMPARE(m_document->isModified(), true); // nothing was saved either way
}

void TestMainWindow::undoFromTheEditMenu()
{
    TradeFigureModel *figures = m_window->tradeFigureModel();
    const QModelIndex value = figures->index(0, TradeFigureModel::ValueColumn);
    const double before = value.data(Qt::EditRole).toDouble();
    QVERIFY(figures->setData(value, 99.0));
    QAction *undo = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    }
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(value.data(Qt::EditRole).toDouble(), before);
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::paragraphLinkShowsTheSourceText()
{
    // A stand-in for the user's copy of the 2025 article (the project ships no article text).
    QTemporaryDir folder;
    const Document *anadolu = m_document->dataset().document(QStringLiteral("anadolu-2025-12-22"));
    QVERIFY(anadolu);
    {
        QFile copy(QDir(folder.path()).filePath(anadolu->file));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        for (int i = 1; i <= 25; ++i)
            copy.write(QStringLiteral("Stand-in paragraph %1.\n\n").arg(i).toUtf8());
    }
    m_window->setExtraSourceFolders({ folder.path() });

    clickRow(0);
    QTest::keyClicks(m_window->filterBar()->searchField(), QStringLiteral("hermitage"));
    clickRow(0);
    // The details pane links each cited paragraph number; follow the link to paragraph 7.
    DetailsPane *details = m_window->detailsPane();
    QVERIFY(details->toHtml().contains(QStringLiteral("source:anadolu-2025-12-22/7")));
    emit details->anchorClicked(QUrl(QStringLiteral("source:anadolu-2025-12-22/7")));
    SourceParagraphDialog *dialog = m_window->sourceParagraphDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString shown = dialog->shownText();
    QVERIFY2(shown.contains(QStringLiteral("Anadolu Agency, 22 Dec 2025")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("paragraph 7")));
    QVERIFY(shown.contains(QStringLiteral("Stand-in paragraph 7.")));
    // Its neighbours give context; nothing further away is shown.
    QVERIFY(shown.contains(QStringLiteral("Stand-in paragraph 6.")));
    QVERIFY(shown.contains(QStringLiteral("Stand-in paragraph 8.")));
    QVERIFY(!shown.contains(QStringLiteral("Stand-in paragraph 9.")));

    // Without a copy, the dialog says which file it needs instead.
    m_window->setExtraSourceFolders({});
    qputenv("SUMMIT_SOURCES_DIR", QByteArray());
    m_window->showSourceParagraph(QStringLiteral("anadolu-2025-12-22"), 7);
    QVERIFY2(dialog->shownText().contains(anadolu->file), qPrintable(dialog->shownText()));
}

void TestMainWindow::detailsListEveryReportOfAFigure_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("notShown");
    // Cases 2 and 3 of issue 12: one statement, read with another scope, and for nine months.
    QTest::newRow("one statement, three readings")
        << QStringLiteral("host-ten-months")
        << QStringList { QStringLiteral("Every report of this figure"),
               QStringLiteral("reads the same statement as 2 with another scope or hedge"),
               QStringLiteral("differs from 3: another period"), QStringLiteral("Jan–Sep 2025"),
               QStringLiteral("Reports are never averaged") }
        << QStringList();
    // Case 5: two reports that agree.
    QTest::newRow("two reports that agree")
        << QStringLiteral("cis-2024-slightly")
        << QStringList { QStringLiteral("over $93 billion"), QStringLiteral("agrees") }
        << QStringList { QStringLiteral("differs") };
}

void TestMainWindow::detailsListEveryReportOfAFigure()
{
    QFETCH(QString, figure);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, notShown);
    const std::optional<Dataset> dataset = TestData::reportsDiffer();
    QVERIFY(dataset);
    m_document->setDataset(*dataset);
    DetailsPane *details = m_window->detailsPane();
    details->displayTradeFigure(figure);
    const QString text = details->toPlainText();
    for (const QString &expected : shown)
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n\n") + text));
    for (const QString &absent : notShown)
        QVERIFY2(!text.contains(absent), qPrintable(absent + QStringLiteral("\n\n") + text));
}

void TestMainWindow::initialGeometryFitsTheScreen_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("expected");
    QTest::newRow("room to spare: the preferred size, centred")
        << QRect(0, 0, 1920, 1040) << QRect(260, 90, 1400, 860);
    QTest::newRow("1600x1000 with a panel") << QRect(0, 0, 1600, 960) << QRect(100, 50, 1400, 860);
    QTest::newRow("1280x720: the screen less the frame")
        << QRect(0, 0, 1280, 690) << QRect(8, 24, 1264, 642);
    QTest::newRow("1600x1000 at scale 1.5") << QRect(0, 0, 1066, 666) << QRect(8, 24, 1050, 618);
    QTest::newRow("second screen, right of the first")
        << QRect(1920, 0, 1280, 720) << QRect(1928, 24, 1264, 672);
}

void TestMainWindow::initialGeometryFitsTheScreen()
{
    QFETCH(QRect, available);
    QFETCH(QRect, expected);
    const QRect geometry = WindowGeometry::initial(available);
    QCOMPARE(geometry, expected);
    QVERIFY(available.contains(geometry.adjusted(-WindowGeometry::FrameAllowance.width() / 2,
        -WindowGeometry::FrameAllowance.height() / 2, WindowGeometry::FrameAllowance.width() / 2,
        0)));
}

void TestMainWindow::rememberedGeometryMustFitAScreen_data()
{
    QTest::addColumn<QRect>("frame");
    QTest::addColumn<bool>("fits");
    QTest::newRow("inside the first screen") << QRect(100, 100, 1400, 860) << true;
    QTest::newRow("maximised, frame over the edge") << QRect(-4, -4, 1928, 1048) << true;
    QTest::newRow("inside the second screen") << QRect(1950, 10, 1200, 650) << true;
    QTest::newRow("from a larger screen") << QRect(0, 0, 2400, 1300) << false;
    QTest::newRow("on a screen unplugged since") << QRect(3300, 0, 800, 600) << false;
    QTest::newRow("across two screens") << QRect(1500, 0, 1000, 600) << false;
}

void TestMainWindow::rememberedGeometryMustFitAScreen()
{
    QFETCH(QRect, frame);
    QFETCH(bool, fits);
    const QList<QRect> screens { QRect(0, 0, 1920, 1040), QRect(1920, 0, 1280, 720) };
    QCOMPARE(WindowGeometry::fitsOnAScreen(frame, screens), fits);
}

void TestMainWindow::summaryStaysAndCountsInPlural()
{
    QLabel *summary = m_window->datasetSummary();
    QCOMPARE(summary->text(),
        QStringLiteral("2 summits, 17 events, 5 trade figures, %1 source documents")
            .arg(m_builtin.documents.size()));
    // A passing message does not take the summary's place.
    m_window->statusBar()->showMessage(QStringLiteral("Something passing"));
    QVERIFY(summary->isVisible());
    Dataset one = m_builtin;
    one.summits.resize(1);
    one.events.erase(std::remove_if(one.events.begin(), one.events.end(),
                         [&](const Event &e) { return e.summit != one.summits[0].id; }),
        one.events.end());
    one.tradeFigures.resize(1);
    m_document->setDataset(one);
    QVERIFY2(summary->text().startsWith(QStringLiteral("1 summit, ")), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QStringLiteral(", 1 trade figure, ")));
    // The errors dialog counts the same way.
    ErrorsDialog single(QStringLiteral("x.json"), { Diagnostic {} });
    ErrorsDialog three(QStringLiteral("x.json"), { Diagnostic {}, Diagnostic {}, Diagnostic {} });
    const auto labelOf
        = [](const ErrorsDialog &dialog) { return dialog.findChild<QLabel *>()->text(); };
    QVERIFY2(
        labelOf(single).contains(QStringLiteral("it has 1 problem.")), qPrintable(labelOf(single)));
    QVERIFY2(
        labelOf(three).contains(QStringLiteral("it has 3 problems.")), qPrintable(labelOf(three)));
}

void TestMainWindow::staleNotOpenedMessageClears()
{
    QVERIFY(!m_window->openDataset(
        QStringLiteral(SUMMIT_TEST_DATA_DIR "/invalid-three-errors.json"), /*quiet=*/true));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("was not opened")));
    QVERIFY(m_window->openDataset(QStringLiteral(SUMMIT_BUILTIN_DATASET)));
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
    QVERIFY(m_window->datasetSummary()->text().contains(QStringLiteral("17 events")));
}

void TestMainWindow::errorsDialogWrapsLongLines()
{
    Diagnostic long_;
    long_.file = QStringLiteral("x.json");
    long_.message = QString(QStringLiteral("word ")).repeated(60);
    ErrorsDialog dialog(QStringLiteral("x.json"), { long_ });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QPlainTextEdit *>();
    QVERIFY(list);
    QCOMPARE(list->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    // Nothing to scroll sideways: the line is wrapped within the dialog.
    QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
}

void TestMainWindow::openRecentListsAndForgetsMissingFiles()
{
    RecentFiles *recent = m_window->recentFiles();
    recent->clear();
    QTemporaryDir dir;
    const QString kept = dir.filePath(QStringLiteral("kept.json"));
    const QString gone = dir.filePath(QStringLiteral("gone.json"));
    QVERIFY(QFile::copy(QStringLiteral(SUMMIT_BUILTIN_DATASET), kept));
    QVERIFY(QFile::copy(QStringLiteral(SUMMIT_BUILTIN_DATASET), gone));
    QVERIFY(m_window->openDataset(gone));
    QVERIFY(m_window->openDataset(kept));
    QCOMPARE(recent->files(), (QStringList { kept, gone }));
    for (int i = 0; i < RecentFiles::MaxFiles + 3; ++i)
        recent->add(dir.filePath(QStringLiteral("f%1.json").arg(i)));
    QCOMPARE(recent->files().size(), RecentFiles::MaxFiles);
    recent->clear();
    recent->add(gone);
    recent->add(kept);
    QVERIFY(QFile::remove(gone));

    // The menu as the user opens it: the newest first, then the one that is gone.
    QMenu *menu = nullptr;
    for (QMenu *candidate : m_window->menuBar()->findChildren<QMenu *>()) {
        if (candidate->title().remove(QLatin1Char('&')) == QLatin1String("Open Recent"))
            menu = candidate;
    }
    QVERIFY(menu);
    emit menu->aboutToShow();
    const QList<QAction *> actions = menu->actions();
    QVERIFY(actions.size() >= 2);
    QCOMPARE(actions[0]->text(), QStringLiteral("&1 kept.json"));
    QCOMPARE(actions[1]->text(), QStringLiteral("&2 gone.json"));
    QString said;
    QTimer::singleShot(0, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            said = box->text();
            box->accept();
        }
    });
    actions[1]->trigger();
    QVERIFY2(said.contains(QStringLiteral("no longer there")), qPrintable(said));
    QCOMPARE(recent->files(), QStringList { kept });
    // The one still there opens.
    m_document->setDataset(m_builtin);
    emit menu->aboutToShow();
    menu->actions().constFirst()->trigger();
    QCOMPARE(m_document->fileName(), kept);
}

namespace {

/** Drops @p path on @p window as a file manager would. */
void dropFile(QWidget *window, const QString &path)
{
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint at = window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &drop);
    QVERIFY(drop.isAccepted());
}

} // namespace

void TestMainWindow::droppedDatasetOpens()
{
    const QString path = QStringLiteral(SUMMIT_TEST_DATA_DIR "/reports-differ.json");
    dropFile(m_window, path);
    QTRY_COMPARE(m_document->fileName(), QFileInfo(path).absoluteFilePath());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("reports-differ.json")));
}

void TestMainWindow::droppedReportIsExplained()
{
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report.txt"));
    QFile file(report);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("A report we wrote.\n");
    file.close();
    QString said;
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            said = box->text();
            box->accept();
        }
    });
    driver.start();
    dropFile(m_window, report);
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY2(said.contains(QStringLiteral("report.txt is not a dataset file")), qPrintable(said));
    QVERIFY(said.contains(QStringLiteral("not yet possible")));
    QVERIFY(m_document->fileName().isEmpty());
}

void TestMainWindow::copyWithCitation()
{
    QAction *copy = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == QLatin1String("Copy with Citation"))
            copy = action;
    }
    QVERIFY(copy);
    QApplication::clipboard()->setText(QStringLiteral("before"));
    // Nothing chosen: nothing copied, and the status bar says why.
    copy->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Choose an event")));

    QTest::keyClicks(m_window->filterBar()->searchField(), QStringLiteral("hermitage"));
    clickRow(0);
    copy->trigger();
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QStringLiteral("Putin and Rahmon meet at the Hermitage")),
        qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("\nSource: Anadolu Agency, 22 Dec 2025")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("paragraphs 2, 7, 8, 9")));
    const Document *anadolu = m_builtin.document(QStringLiteral("anadolu-2025-12-22"));
    QVERIFY(anadolu);
    if (!anadolu->url.isEmpty())
        QVERIFY(text.contains(anadolu->url));

    // A comparison row in the pane is no event: no stale citation of the event before.
    emit m_window->comparisonView()->sourcesRequested(QStringLiteral("<p>row</p>"));
    QCOMPARE(m_window->citationText(), QString());

    // A trade figure, with who stated it.
    const QString figure
        = Citation::ofTradeFigure(m_builtin, QStringLiteral("t-russia-cis-2025-jan-oct"));
    QVERIFY2(figure.contains(QStringLiteral("almost")), qPrintable(figure));
    QVERIFY(figure.contains(QStringLiteral("paragraph 18")));
    QCOMPARE(Citation::ofEvent(m_builtin, QStringLiteral("no-such-event")), QString());
}

void TestMainWindow::keyboardShortcutsListEveryShortcut()
{
    const QList<HelpDialogs::Shortcut> shortcuts = HelpDialogs::shortcuts(m_window->menuBar());
    QStringList commands;
    for (const HelpDialogs::Shortcut &shortcut : shortcuts)
        commands << shortcut.command + QStringLiteral(" = ") + shortcut.keys;
    const QString all = commands.join(QLatin1Char('\n'));
    // Every action of the menus with a shortcut is listed, with the keys it has.
    int expected = 0;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        const auto inMenus = action->associatedObjects();
        if (!action->shortcut().isEmpty() && !action->menu()
            && std::any_of(inMenus.begin(), inMenus.end(),
                [](QObject *object) { return qobject_cast<QMenu *>(object); }))
            ++expected;
    }
    QVERIFY(expected >= 15);
    QCOMPARE(shortcuts.size(), expected);
    QVERIFY2(
        all.contains(QStringLiteral("File \u203a Open Dataset\u2026 = Ctrl+O")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("View \u203a Timeline = Ctrl+1")));
    QVERIFY(all.contains(QStringLiteral("Edit \u203a Copy with Citation = Ctrl+Shift+C")));
    QVERIFY(HelpDialogs::shortcutsHtml(shortcuts).contains(QStringLiteral("Ctrl+6")));
    QVERIFY(HelpDialogs::userGuideHtml().contains(QStringLiteral("Copy with Citation")));
}

void TestMainWindow::reclickShowsTheSelectedEventAgain()
{
    // Issue 16: after the comparison tab, a click on the event already selected in the timeline
    // left the comparison row in the details pane.
    TimelineView *timeline = m_window->timelinePanel()->view();
    const auto position = timeline->eventPosition(QStringLiteral("e2025-bilateral-armenia"));
    QVERIFY(position);
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, *position);
    QVERIFY(m_window->detailsPane()->toPlainText().contains(QStringLiteral("Pashinyan")));
    emit m_window->comparisonView()->sourcesRequested(QStringLiteral("<p>A comparison row</p>"));
    QCOMPARE(m_window->detailsPane()->toPlainText(), QStringLiteral("A comparison row"));
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, *position);
    QTRY_VERIFY2(m_window->detailsPane()->toPlainText().contains(QStringLiteral("Pashinyan")),
        qPrintable(m_window->detailsPane()->toPlainText()));
    QCOMPARE(m_window->detailsPane()->shownEventId(), QStringLiteral("e2025-bilateral-armenia"));
    // The same in the event list.
    emit m_window->comparisonView()->sourcesRequested(QStringLiteral("<p>A comparison row</p>"));
    const int row = m_window->eventSelection()->currentIndex().row();
    clickRow(row);
    QTRY_COMPARE(
        m_window->detailsPane()->shownEventId(), QStringLiteral("e2025-bilateral-armenia"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
