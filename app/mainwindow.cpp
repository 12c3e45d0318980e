// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "app/recentfiles.h"
#include "app/windowgeometry.h"
#include "models/countrymodel.h"
#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "models/datasetwriter.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventmodel.h"
#include "models/factreportmodel.h"
#include "models/sourceformat.h"
#include "models/sourcemodel.h"
#include "models/summitcomparisonmodel.h"
#include "models/tradefiguremodel.h"
#include "views/common/detailspane.h"
#include "views/common/documentaddress.h"
#include "views/common/errorsdialog.h"
#include "views/common/eventlistview.h"
#include "views/common/filterbar.h"
#include "views/common/sourceparagraphdialog.h"
#include "views/compare/comparisonview.h"
#include "views/export/exportable.h"
#include "views/export/exportdialog.h"
#include "views/export/exporter.h"
#include "views/map/mapview.h"
#include "views/reports/reportsview.h"
#include "views/timeline/timelinepanel.h"
#include "views/timeline/timelineview.h"
#include "views/trade/tradechartpanel.h"
#include "views/trade/tradechartsview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Summit {

namespace {

// Settings keys live together so that renaming one cannot miss its reader or writer.
namespace Keys {
const QString geometry = QStringLiteral("mainWindow/geometry");
const QString state = QStringLiteral("mainWindow/state");
const QString splitter = QStringLiteral("mainWindow/splitter");
const QString lastDirectory = QStringLiteral("files/lastDirectory");
const QString exportDirectory = QStringLiteral("export/lastDirectory");
const QString exportFormat = QStringLiteral("export/format");
const QString sourceFolders = QStringLiteral("sources/folders");
} // namespace Keys

const QString jsonFilter = QStringLiteral("Summit Viewer data (*.json);;All files (*)");

/**
 * The folder remembered under @p key, or the home folder (the root where there is no home)
 * once it is gone: a file dialog given a folder that no longer exists puts its name in the
 * file-name field instead, which the user would then have to clear.
 */
QString rememberedDirectory(const QSettings &settings, const QString &key)
{
    const QString directory = settings.value(key).toString();
    if (!directory.isEmpty() && QDir(directory).exists())
        return directory;
    return QDir(QDir::homePath()).exists() ? QDir::homePath() : QDir::rootPath();
}

} // namespace

MainWindow::MainWindow(DatasetDocument *document, QWidget *parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_events(new EventModel(document, this))
    , m_proxy(new EventFilterProxyModel(this))
    , m_countries(new CountryModel(document, this))
    , m_tradeFigures(new TradeFigureModel(document, this))
    , m_selection(nullptr)
    , m_filterBar(nullptr)
    , m_tabs(new QTabWidget(this))
    , m_eventList(nullptr)
    , m_details(new DetailsPane(document, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_proxy->setSourceModel(m_events);
    m_selection = new QItemSelectionModel(m_proxy, this);
    m_filterBar = new FilterBar(document, m_proxy, this);
    createViews();
    letViewsNarrow();

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    setAcceptDrops(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("datasetSummary"));
    statusBar()->addPermanentWidget(m_summary);

    createMenus();
    connectViews();
    connectReviews();
    connect(
        m_selection, &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentEvent);
    connect(m_document, &DatasetDocument::datasetReplaced, this, &MainWindow::updateTitle);
    connect(m_document, &DatasetDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DatasetDocument::modifiedChanged, this, &QWidget::setWindowModified);
    updateTitle();
    readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    // The timeline comes first: it is what a user opens the application for. Every view that
    // shows events shares the one proxy (the filter bar's filters) and the one selection.
    m_timeline = new TimelinePanel(m_proxy, m_selection, this);
    m_eventList = new EventListView(m_proxy, m_selection, this);
    m_map = new MapView(m_document, m_countries, this);
    m_trade = new TradeChartsView(m_document, m_tradeFigures, this);
    m_comparison = new ComparisonView(m_document, this);
    m_reports = new ReportsView(m_document, this);
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(m_eventList, tr("&Events"));
    m_tabs->addTab(m_map, tr("&Map"));
    m_tabs->addTab(m_trade, tr("T&rade"));
    m_tabs->addTab(m_comparison, tr("&Compare"));
    m_tabs->addTab(m_reports, tr("Re&ports"));
    m_tabs->setTabToolTip(0, tr("Events on a time axis; the empty time between summits is folded"));
    m_tabs->setTabToolTip(1, tr("Every event in a sortable table"));
    m_tabs->setTabToolTip(2, tr("CIS membership on a date, attendance and bilateral talks"));
    m_tabs->setTabToolTip(3, tr("The trade figures the leaders cited, by measure"));
    m_tabs->setTabToolTip(4, tr("Two summits side by side, differences highlighted"));
    m_tabs->setTabToolTip(5, tr("Facts that several reports state: where they agree and differ"));
    m_tabs->setDocumentMode(true);
}

void MainWindow::connectViews()
{
    // A country clicked on the map filters the events to it and shows its membership history;
    // a second click, Escape or the filter bar clears it, and the map follows the filter bar.
    connect(m_map, &MapView::countryActivated, this, [this](const QString &code) {
        m_proxy->setCountryFilter(code);
        m_cited = {};
        if (code.isEmpty())
            m_details->displayNothing();
        else
            m_details->displayCountry(code, m_map->summitId());
    });
    connect(m_proxy, &EventFilterProxyModel::filterChanged, this,
        [this] { m_map->setSelectedCountry(m_proxy->countryFilter()); });
    // The trade tab lists a country's figures and says that its charts keep every figure.
    connect(m_proxy, &EventFilterProxyModel::filterChanged, m_trade,
        [this] { m_trade->setCountryFilter(m_proxy->countryFilter()); });
    // A filter that hides the current event leaves no current row (the proxy relays the change
    // as one layout change, which moves no selection and emits no currentRowChanged): the
    // details pane then stops showing an event that no view shows any more.
    connect(m_proxy, &EventFilterProxyModel::filterChanged, this, [this] {
        if (!m_selection->currentIndex().isValid() && !m_details->shownEventId().isEmpty())
            m_details->displayNothing();
    });
    connect(
        m_trade, &TradeChartsView::figureActivated, m_details, &DetailsPane::displayTradeFigure);
    connect(m_trade, &TradeChartsView::figureActivated, this, [this](const QString &id) {
        m_cited = { CitedFact::Kind::TradeFigure, id };
    });
    connect(m_comparison, &ComparisonView::sourcesRequested, this, [this] { m_cited = {}; });
    connect(m_reports, &ReportsView::sourcesRequested, this, [this] { m_cited = {}; });
    connect(m_trade, &TradeChartsView::currentPanelChanged, this, &MainWindow::updateExportAction);
    m_comparison->followFilters(m_proxy);
    connect(m_comparison, &ComparisonView::sourcesRequested, m_details, &DetailsPane::displayHtml);
    connect(m_reports, &ReportsView::sourcesRequested, m_details, &DetailsPane::displayHtml);
    connect(m_details, &DetailsPane::sourceRequested, this, &MainWindow::showSourceParagraph);
    watchClicks(m_timeline->view()->viewport());
    watchClicks(m_eventList->table()->viewport());
    connect(m_document, &DatasetDocument::fileNameChanged, this, &MainWindow::updateSourceFolders);
    updateSourceFolders();
}

void MainWindow::connectReviews()
{
    // A judgement made in the details pane is an edit of the document: Edit > Undo takes it back.
    connect(m_details, &DetailsPane::reviewRequested, m_document, &DatasetDocument::setReview);
    // A comparison row about a country's attendance lists every report of it at both summits
    // (after the comparison's own sources, which this replaces for such a row).
    connect(m_comparison->table(), &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString key = index.data(SummitComparisonModel::KeyRole).toString();
        const QString prefix = QStringLiteral("attendance/");
        if (key.startsWith(prefix))
            m_details->displayAttendance(key.mid(prefix.size()),
                { m_comparison->model()->summitA(), m_comparison->model()->summitB() });
    });
    // A Reports row shows its fact's reports with the links to judge them.
    connect(m_reports, &ReportsView::sourcesRequested, this, [this] {
        bool ok = false;
        const int fact
            = m_reports->table()->currentIndex().data(FactReportModel::FactRole).toInt(&ok);
        const QList<FactReports> &facts = m_reports->model()->facts();
        if (ok && fact >= 0 && fact < facts.size())
            m_details->displayFact(facts[fact]);
    });
}

void MainWindow::setExtraSourceFolders(const QStringList &folders)
{
    m_extraSourceFolders = folders;
    updateSourceFolders();
}

void MainWindow::updateSourceFolders()
{
    // The user's own choice first, then the environment, then beside the dataset file.
    QStringList folders = QSettings().value(Keys::sourceFolders).toStringList();
    folders += qEnvironmentVariable("SUMMIT_SOURCES_DIR")
                   .split(QDir::listSeparator(), Qt::SkipEmptyParts);
    if (const QString file = m_document->fileName(); !file.isEmpty()) {
        const QString folder = QFileInfo(file).absolutePath();
        folders << QDir(folder).filePath(QStringLiteral("sources")) << folder;
    }
    folders += m_extraSourceFolders;
    folders.removeDuplicates();
    m_sources.setFolders(folders);
}

void MainWindow::showSourceParagraph(const QString &documentId, int paragraph, int sentence)
{
    if (!m_sourceDialog) {
        m_sourceDialog = new SourceParagraphDialog(m_document, &m_sources, this);
        connect(m_sourceDialog, &SourceParagraphDialog::folderChosen, this,
            [this](const QString &folder) {
                QSettings settings;
                QStringList chosen = settings.value(Keys::sourceFolders).toStringList();
                chosen.removeAll(folder);
                chosen.prepend(folder);
                settings.setValue(Keys::sourceFolders, chosen);
                updateSourceFolders();
            });
    }
    m_sourceDialog->showParagraph(documentId, paragraph, sentence);
    m_sourceDialog->show();
    m_sourceDialog->raise();
}

Exportable *MainWindow::exportableOf(QWidget *widget)
{
    if (auto *panel = qobject_cast<TimelinePanel *>(widget))
        return panel->view();
    if (auto *trade = qobject_cast<TradeChartsView *>(widget))
        return trade->currentPanel();
    return dynamic_cast<Exportable *>(widget);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Dataset…"), this, &MainWindow::chooseDatasetToOpen);
    open->setShortcut(QKeySequence::Open);
    addOpenRecentMenu(file);
    QAction *save = file->addAction(tr("&Save Dataset"), this, &MainWindow::saveDataset);
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save Dataset &As…"), this, &MainWindow::saveDatasetAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::chooseExport);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportCsvAction
        = file->addAction(tr("Export Reports as &CSV…"), this, &MainWindow::chooseCsvExport);
    m_exportCsvAction->setStatusTip(tr("Write the rows of the Reports view as a CSV table"));
    addPrintAction(file);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateExportAction);
    updateExportAction();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Edits (trade values typed in the Trade view's table) can be undone and redone.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    addCopyWithCitationAction(edit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *search = view->addAction(tr("&Search Events"), this, [this] {
        m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchField()->selectAll();
    });
    search->setShortcut(QKeySequence::Find);
    QAction *clear
        = view->addAction(tr("&Clear Filters"), m_proxy, &EventFilterProxyModel::clearFilters);
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    view->addSeparator();
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        QAction *show = view->addAction(
            m_tabs->tabText(tab), this, [this, tab] { m_tabs->setCurrentIndex(tab); });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
    }
    view->addSeparator();
    QAction *details = view->addAction(tr("Show &Details Pane"));
    details->setCheckable(true);
    details->setChecked(true);
    connect(details, &QAction::toggled, m_details, &QWidget::setVisible);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addHelpActions(help);
    help->addAction(tr("&Sources…"), this, &MainWindow::showSources);
    QAction *about = help->addAction(tr("&About Summit Viewer"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

bool MainWindow::openDataset(const QString &path, bool quiet)
{
    const auto result = DatasetReader::readFile(path);
    if (!result.ok()) {
        if (!quiet) {
            ErrorsDialog dialog(path, result.errors, this);
            dialog.exec();
        }
        statusBar()->showMessage(tr("%1 was not opened; the current data is unchanged.")
                                     .arg(QFileInfo(path).fileName()));
        return false;
    }
    m_document->setDataset(*result.dataset, QFileInfo(path).absoluteFilePath());
    m_recent->add(path);
    // A "was not opened" of an earlier attempt no longer holds.
    statusBar()->clearMessage();
    return true;
}

void MainWindow::chooseDatasetToOpen()
{
    if (!maybeSave())
        return;
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Dataset"), rememberedDirectory(settings, Keys::lastDirectory), jsonFilter);
    if (path.isEmpty())
        return;
    settings.setValue(Keys::lastDirectory, QFileInfo(path).absolutePath());
    openDataset(path);
}

bool MainWindow::saveDataset()
{
    // The built-in dataset lives inside the program: it is saved under a name of the user's.
    if (m_document->fileName().isEmpty())
        return saveDatasetAs();
    return writeDataset(m_document->fileName());
}

bool MainWindow::saveDatasetAs()
{
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Dataset As"),
        rememberedDirectory(settings, Keys::lastDirectory), jsonFilter);
    if (path.isEmpty())
        return false;
    settings.setValue(Keys::lastDirectory, QFileInfo(path).absolutePath());
    return writeDataset(path);
}

bool MainWindow::writeDataset(const QString &path)
{
    QString error;
    if (!DatasetWriter::writeFile(m_document->dataset(), path, &error)) {
        QMessageBox::warning(this, tr("Save Dataset"), error);
        return false;
    }
    m_document->markSaved(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved Changes"),
        tr("The dataset has edits that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveDataset();
    return answer == QMessageBox::Discard;
}

void MainWindow::addView(QWidget *view, const QString &title)
{
    m_tabs->addTab(view, title);
    updateExportAction();
}

void MainWindow::updateExportAction()
{
    auto *exportable = exportableOf(m_tabs->currentWidget());
    m_exportAction->setEnabled(exportable != nullptr);
    m_exportCsvAction->setEnabled(exportable && exportable->offersTable());
    m_exportAction->setStatusTip(exportable ? tr("Export this view as PNG, SVG or PDF")
                                            : tr("The event list cannot be exported as an image; "
                                                 "switch to a chart, the map or the timeline"));
}

bool MainWindow::exportCurrentView(const ExportOptions &options, QString *error)
{
    auto *exportable = exportableOf(m_tabs->currentWidget());
    if (!exportable) {
        *error = tr("The current view cannot be exported.");
        return false;
    }
    return Exporter::write(*exportable, options, error);
}

void MainWindow::chooseCsvExport()
{
    auto *exportable = exportableOf(m_tabs->currentWidget());
    if (!exportable || !exportable->offersTable())
        return;
    QSettings settings;
    const QString directory = rememberedDirectory(settings, Keys::exportDirectory);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as CSV"),
        QDir(directory).filePath(exportable->exportName() + QStringLiteral(".csv")),
        tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    ExportOptions options;
    options.path = path;
    options.format = ExportOptions::Format::Csv;
    QString error;
    if (!exportCurrentView(options, &error)) {
        QMessageBox::warning(this, tr("Export as CSV"), error);
        return;
    }
    settings.setValue(Keys::exportDirectory, QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::chooseExport()
{
    auto *exportable = exportableOf(m_tabs->currentWidget());
    if (!exportable)
        return;
    QSettings settings;
    // The dialog opens on the extent of the last export from it, and switches size and source
    // line with the extent: the request of each extent the view offers, made once here (each
    // asks for every event's sources).
    const ExportExtent last = m_lastExportExtent;
    ExportOptions defaults = exportRequest(*exportable, m_document->dataset(), last);
    defaults.format = ExportOptions::Format(settings.value(Keys::exportFormat, 0).toInt());
    const QString directory = rememberedDirectory(settings, Keys::exportDirectory);
    defaults.path = QDir(directory).filePath(exportable->exportName() + QStringLiteral(".png"));
    ExportDialog dialog(defaults, this);
    if (exportable->offersExtentChoice()) {
        const ExportExtent other
            = last == ExportExtent::Full ? ExportExtent::Visible : ExportExtent::Full;
        const ExportOptions otherRequest = exportRequest(*exportable, m_document->dataset(), other);
        const ExportOptions &full = last == ExportExtent::Full ? defaults : otherRequest;
        const ExportOptions &visible = last == ExportExtent::Full ? otherRequest : defaults;
        dialog.setExtentSizes(full.size, visible.size);
        dialog.setExtentSourceLines(full.sourceLine, visible.sourceLine);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportOptions options = dialog.options();
    if (options.extent)
        m_lastExportExtent = *options.extent;
    QString error;
    if (!exportCurrentView(options, &error)) {
        QMessageBox::warning(this, tr("Export"), error);
        return;
    }
    settings.setValue(Keys::exportDirectory, QFileInfo(options.path).absolutePath());
    settings.setValue(Keys::exportFormat, int(options.format));
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(options.path)), 5000);
}

void MainWindow::showSources()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Sources"));
    auto *table = new QTableView(&dialog);
    SourceModel model(m_document);
    table->setModel(&model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    // Each report's address, to reach it without a local copy (issue 16).
    for (const Document &document : m_document->dataset().documents) {
        auto *address = new DocumentAddress(&dialog);
        address->setObjectName(QStringLiteral("address-") + document.id);
        address->setDocument(&document);
        layout->addWidget(new QLabel(formatDocument(m_document->dataset(), document.id), &dialog));
        layout->addWidget(address);
    }
    layout->addWidget(buttons);
    dialog.resize(900, 240 + 60 * int(m_document->dataset().documents.size()));
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Summit Viewer"),
        tr("<h3>Summit Viewer %1</h3>"
           "<p>Browse, chart and compare the CIS leaders' informal summits in St. Petersburg.</p>"
           "<p>Every fact points to the paragraph of the news report it comes from "
           "(Help &gt; Sources). Where a report does not say something, Summit Viewer shows it "
           "as unknown.</p>"
           "<p>Map data: country shapes from <a href='https://www.naturalearthdata.com/'>Natural "
           "Earth</a> (public domain), by way of the world-atlas package (ISC licence). "
           "Internationally disputed areas are drawn hatched, as neither claimant's.</p>"
           "<p>Licensed under the GNU GPL, version 3 or later.</p>")
            .arg(QStringLiteral(SUMMIT_VIEWER_VERSION)));
}

void MainWindow::showCurrentEvent()
{
    const QModelIndex current = m_selection->currentIndex();
    if (!current.isValid()) {
        m_cited = {};
        return m_details->displayNothing();
    }
    const QString id = current.data(EventModel::IdRole).toString();
    m_cited = { CitedFact::Kind::Event, id };
    m_details->displayEvent(id);
}

void MainWindow::updateTitle()
{
    const QString file = m_document->fileName();
    // "[*]" is where Qt puts the modified marker when windowModified is set.
    setWindowTitle(file.isEmpty() ? tr("Summit Viewer — built-in dataset[*]")
                                  : tr("Summit Viewer — %1[*]").arg(QFileInfo(file).fileName()));
    setWindowModified(m_document->isModified());
    updateDatasetSummary();
}

void MainWindow::readSettings()
{
    QSettings settings;
    // A remembered geometry is used only where it still fits a screen: it may come from a
    // larger screen, or from before the scale factor changed.
    QList<QRect> screens;
    for (const QScreen *screen : QGuiApplication::screens())
        screens << screen->availableGeometry();
    if (!restoreGeometry(settings.value(Keys::geometry).toByteArray())
        || !WindowGeometry::fitsOnAScreen(geometry(), screens))
        placeOnScreen();
    restoreState(settings.value(Keys::state).toByteArray());
    if (!m_splitter->restoreState(settings.value(Keys::splitter).toByteArray()))
        m_splitter->setSizes({ 1000, 400 });
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The splitter's sizes were restored before the window had its size; on the first show
    // QSplitter spreads the difference by stretch, which moves the handle the user left. Once
    // laid out at its real width, put it back where it was.
    if (m_splitterPlaced)
        return;
    m_splitterPlaced = true;
    const QByteArray state = QSettings().value(Keys::splitter).toByteArray();
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(Keys::geometry, saveGeometry());
    settings.setValue(Keys::state, saveState());
    settings.setValue(Keys::splitter, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

} // namespace Summit
