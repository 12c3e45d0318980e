// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sourcelibrary.h"
#include "views/export/exportable.h"

#include <QMainWindow>

class QItemSelectionModel;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;

namespace Summit {

class ComparisonView;
class ReportsView;
class CountryModel;
class DatasetDocument;
class DetailsPane;
class Exportable;
class MapView;
class SourceParagraphDialog;
class TimelinePanel;
class TradeChartsView;
class TradeFigureModel;
class EventFilterProxyModel;
class EventListView;
class EventModel;
class FilterBar;
class RecentFiles;
struct ExportOptions;

/**
 * The main window: filter bar on top, the views as tabs, the details pane on the right. It owns
 * the item models over the document and the one event selection model every view shares.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(DatasetDocument *document, QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Loads @p path; on success replaces the dataset. On failure shows the problems (unless
     * @p quiet) and keeps the current data. Returns whether the file was opened.
     */
    bool openDataset(const QString &path, bool quiet = false);

    EventFilterProxyModel *eventProxy() const { return m_proxy; }
    QItemSelectionModel *eventSelection() const { return m_selection; }
    EventListView *eventList() const { return m_eventList; }
    DetailsPane *detailsPane() const { return m_details; }
    FilterBar *filterBar() const { return m_filterBar; }
    QTabWidget *tabs() const { return m_tabs; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    MapView *mapView() const { return m_map; }
    TradeChartsView *tradeChartsView() const { return m_trade; }
    ComparisonView *comparisonView() const { return m_comparison; }
    ReportsView *reportsView() const { return m_reports; }
    CountryModel *countryModel() const { return m_countries; }
    TradeFigureModel *tradeFigureModel() const { return m_tradeFigures; }
    /** What File > Export… exports for tab @p widget (a panel's chart or view), or nullptr. */
    static Exportable *exportableOf(QWidget *widget);

    /** Adds a view as a tab; one that implements Exportable can be exported from the menu. */
    void addView(QWidget *view, const QString &title);
    /**
     * Folders to look in for the user's copies of the source articles, besides the ones chosen
     * in the window (remembered), $SUMMIT_SOURCES_DIR and the dataset file's folder.
     */
    void setExtraSourceFolders(const QStringList &folders);
    const SourceLibrary &sourceLibrary() const { return m_sources; }
    /** Shows @p paragraph of @p documentId from the user's copy (Details pane links do this). */
    void showSourceParagraph(const QString &documentId, int paragraph, int sentence = 0);
    SourceParagraphDialog *sourceParagraphDialog() const { return m_sourceDialog; }

    /** Exports the current tab with the given options, without asking; false on failure. */
    bool exportCurrentView(const ExportOptions &options, QString *error);

    /** File > Open Recent's list (mainwindowdesktop.cpp). */
    RecentFiles *recentFiles() const { return m_recent; }
    /** The dataset's counts, always shown at the right of the status bar. */
    QLabel *datasetSummary() const { return m_summary; }
    /**
     * What Edit > Copy with Citation copies: the event or trade figure last chosen in a view,
     * with its sources; empty when the details pane shows neither.
     */
    QString citationText() const;
    /** Sizes and centres the window on its screen's available area (mainwindowdesktop.cpp). */
    void placeOnScreen();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createViews();
    void updateSourceFolders();
    void connectViews();
    /** Judging reports in the details pane, and the rows that show a fact's reports there. */
    void connectReviews();
    void createMenus();
    void chooseDatasetToOpen();
    bool saveDataset();
    bool saveDatasetAs();
    bool writeDataset(const QString &path);
    /** Asks what to do with unsaved edits; false when the user cancels. */
    bool maybeSave();
    void showSources();
    void chooseExport();
    /** File > Export Reports as CSV…: the current view's table, when it offers one. */
    void chooseCsvExport();
    void updateExportAction();
    void showAbout();
    void showCurrentEvent();
    void updateTitle();
    void readSettings();
    void showEvent(QShowEvent *event) override;
    void writeSettings() const;

    // Desktop basics (mainwindowdesktop.cpp).
    /** Lets every tab be narrower than its combo boxes' longest choices. */
    void letViewsNarrow();
    void addOpenRecentMenu(QMenu *file);
    void addPrintAction(QMenu *file);
    void addCopyWithCitationAction(QMenu *edit);
    void addHelpActions(QMenu *help);
    void printCurrentView();
    void copyWithCitation();
    /** Re-shows the selected event after a click that did not change the selection. */
    void reshowSelectedEvent();
    void watchClicks(QWidget *viewport);
    void updateDatasetSummary();

    DatasetDocument *m_document;
    EventModel *m_events;
    EventFilterProxyModel *m_proxy;
    CountryModel *m_countries;
    TradeFigureModel *m_tradeFigures;
    QItemSelectionModel *m_selection;
    FilterBar *m_filterBar;
    QTabWidget *m_tabs;
    EventListView *m_eventList;
    TimelinePanel *m_timeline = nullptr;
    MapView *m_map = nullptr;
    TradeChartsView *m_trade = nullptr;
    ComparisonView *m_comparison = nullptr;
    ReportsView *m_reports = nullptr;
    DetailsPane *m_details;
    QSplitter *m_splitter;
    bool m_splitterPlaced = false; ///< the remembered splitter state re-applied once shown
    QAction *m_exportAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    SourceLibrary m_sources;
    QStringList m_extraSourceFolders;
    SourceParagraphDialog *m_sourceDialog = nullptr;
    RecentFiles *m_recent = nullptr;
    QLabel *m_summary = nullptr;
    /** What Copy with Citation cites: the event or trade figure the details pane shows. */
    struct CitedFact
    {
        enum class Kind
        {
            None,
            Event,
            TradeFigure
        };
        Kind kind = Kind::None;
        QString id;
    };
    CitedFact m_cited;
    /** The extent File > Export… offers first: the one last exported from it. */
    ExportExtent m_lastExportExtent = ExportExtent::Full;
};

} // namespace Summit
