// SPDX-License-Identifier: GPL-3.0-or-later
// The window's desktop basics, kept apart from its composition in mainwindow.cpp: Open Recent,
// drops, Print, Copy with Citation, the help dialogs, the status bar's summary and where the
// window opens.

#include "app/citation.h"
#include "app/helpdialogs.h"
#include "app/mainwindow.h"
#include "app/printing.h"
#include "app/recentfiles.h"
#include "app/windowgeometry.h"
#include "models/datasetdocument.h"
#include "models/eventmodel.h"
#include "views/common/detailspane.h"
#include "views/export/exporter.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace Summit {

namespace {

/** The local files of a drag, or none when it carries anything else. */
QStringList droppedFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        files << url.toLocalFile();
    }
    return files;
}

bool isDatasetFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}

} // namespace

void MainWindow::placeOnScreen()
{
    const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!where)
        return;
    setGeometry(WindowGeometry::initial(where->availableGeometry()));
}

void MainWindow::letViewsNarrow()
{
    // A combo box sized to its longest choice (a summit's full title) made the controls row of
    // the timeline, the map and the comparison about 1,070 px wide at the least, and the
    // QTabWidget takes the widest of its pages: the details pane could not be widened, and the
    // window did not fit a 1280 px or a scaled screen. Each combo now shows eight characters
    // at the least and grows with the room it is given; its list opens on the whole titles.
    // (The views' own code is where this belongs; done here, once, for every view.)
    for (QComboBox *combo : m_tabs->findChildren<QComboBox *>()) {
        if (combo->sizeAdjustPolicy() == QComboBox::AdjustToMinimumContentsLengthWithIcon)
            continue;
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        combo->view()->setTextElideMode(Qt::ElideNone);
        // QComboBox keeps the minimum size it computed under the old policy (a view may have
        // asked for it already); a style change is what makes it compute the hint again.
        QEvent styleChange(QEvent::StyleChange);
        QCoreApplication::sendEvent(combo, &styleChange);
        combo->updateGeometry();
    }
}

void MainWindow::addOpenRecentMenu(QMenu *file)
{
    QMenu *menu = file->addMenu(tr("Open &Recent"));
    m_recent = new RecentFiles(menu, this);
    connect(m_recent, &RecentFiles::fileChosen, this, [this](const QString &path) {
        if (maybeSave())
            openDataset(path);
    });
    connect(m_recent, &RecentFiles::fileMissing, this, [this](const QString &path) {
        const QString message
            = tr("%1 is no longer there; it was removed from the list.").arg(path);
        statusBar()->showMessage(message, 10000);
        QMessageBox::information(this, tr("Open Recent"), message);
    });
}

void MainWindow::addPrintAction(QMenu *file)
{
    QAction *print = file->addAction(tr("&Print…"), this, &MainWindow::printCurrentView);
    print->setShortcut(QKeySequence::Print);
    print->setStatusTip(tr("Print this view as it exports, after a preview"));
    // Printable exactly when exportable: both go through the export renderer.
    const auto update = [this, print] { print->setEnabled(exportableOf(m_tabs->currentWidget())); };
    connect(m_tabs, &QTabWidget::currentChanged, print, update);
    update();
}

void MainWindow::printCurrentView()
{
    Exportable *exportable = exportableOf(m_tabs->currentWidget());
    if (!exportable)
        return;
    const ExportOptions options
        = exportRequest(*exportable, m_document->dataset(), m_lastExportExtent);
    if (Printing::previewAndPrint(*exportable, options, this))
        statusBar()->showMessage(tr("Sent %1 to the printer").arg(options.title), 5000);
}

void MainWindow::addCopyWithCitationAction(QMenu *edit)
{
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("Copy with &Citation"), this, &MainWindow::copyWithCitation);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setStatusTip(tr("Copy the event or trade figure shown in the details pane, in words, "
                          "with its sources"));
}

QString MainWindow::citationText() const
{
    switch (m_cited.kind) {
    case CitedFact::Kind::Event:
        // The pane may have moved on to something else since (a comparison row, a country).
        if (m_details->shownEventId() != m_cited.id)
            return {};
        return Citation::ofEvent(m_document->dataset(), m_cited.id);
    case CitedFact::Kind::TradeFigure:
        return Citation::ofTradeFigure(m_document->dataset(), m_cited.id);
    case CitedFact::Kind::None:
        break;
    }
    return {};
}

void MainWindow::copyWithCitation()
{
    const QString text = citationText();
    if (text.isEmpty()) {
        statusBar()->showMessage(
            tr("Choose an event or a trade figure first: Copy with Citation copies what the "
               "details pane shows."),
            8000);
        return;
    }
    QApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Copied with its sources"), 5000);
}

void MainWindow::addHelpActions(QMenu *help)
{
    QAction *guide = help->addAction(
        tr("Summit Viewer &User Guide"), this, [this] { HelpDialogs::showUserGuide(this); });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard Shortcuts"), this,
        [this] { HelpDialogs::showKeyboardShortcuts(menuBar(), this); });
    help->addSeparator();
}

void MainWindow::watchClicks(QWidget *viewport)
{
    viewport->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A click on the event that is already selected changes no selection, so nothing says
    // to show it again after the details pane moved on to a comparison row or a country.
    // Queued: the view handles the click first.
    if (event->type() == QEvent::MouseButtonRelease)
        QMetaObject::invokeMethod(this, &MainWindow::reshowSelectedEvent, Qt::QueuedConnection);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::reshowSelectedEvent()
{
    const QModelIndex current = m_selection->currentIndex();
    if (current.isValid()
        && m_details->shownEventId() != current.data(EventModel::IdRole).toString())
        showCurrentEvent();
}

void MainWindow::updateDatasetSummary()
{
    const Dataset &dataset = m_document->dataset();
    m_summary->setText(tr("%n summit(s)", nullptr, int(dataset.summits.size()))
        + QStringLiteral(", ") + tr("%n event(s)", nullptr, int(dataset.events.size()))
        + QStringLiteral(", ") + tr("%n trade figure(s)", nullptr, int(dataset.tradeFigures.size()))
        + QStringLiteral(", ")
        + tr("%n source document(s)", nullptr, int(dataset.documents.size())));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = droppedFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop returns: a dialog inside it would keep the dragging application waiting.
    QTimer::singleShot(0, this, [this, files] {
        const QString &first = files.constFirst();
        if (files.size() == 1 && isDatasetFile(first)) {
            if (maybeSave())
                openDataset(first);
            return;
        }
        const QString message = files.size() > 1
            ? tr("Drop one dataset file (.json) at a time.")
            : tr("%1 is not a dataset file (.json). Importing news reports into the window is "
                 "not yet possible; on the command line, summit-viewer --propose REPORT shows "
                 "what a report would add.")
                  .arg(QFileInfo(first).fileName());
        statusBar()->showMessage(message, 10000);
        QMessageBox::information(this, tr("Open Dropped File"), message);
    });
}

} // namespace Summit
