// SPDX-License-Identifier: GPL-3.0-or-later
// The UI stress run: thousands of random but reproducible user actions on the main window,
// offscreen. Meant above all for the sanitizer build (the asan preset), where any memory error,
// leak or undefined behaviour they provoke stops the run. SUMMIT_STRESS_SEED and
// SUMMIT_STRESS_ACTIONS replay or lengthen a run; the seed is printed first for that.

#include "app/mainwindow.h"
#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "models/eventfilterproxymodel.h"
#include "models/factreportmodel.h"
#include "views/common/detailspane.h"
#include "views/common/eventlistview.h"
#include "views/common/filterbar.h"
#include "views/export/exportable.h"
#include "views/export/exporter.h"
#include "views/reports/reportsview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWheelEvent>

using namespace Summit;

namespace {

constexpr quint32 defaultSeed = 20251222;
constexpr int defaultActions = 5000;

/** An unsigned environment variable, or @p fallback when it is unset or not a number. */
quint32 environmentNumber(const char *name, quint32 fallback)
{
    bool ok = false;
    const uint value = qEnvironmentVariable(name).toUInt(&ok);
    return ok ? value : fallback;
}

} // namespace

/** Drives a MainWindow with seeded random actions and checks it stays whole. */
class TestUiStress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomActionsLeaveTheWindowWhole();

private:
    enum class Action
    {
        SwitchView,
        Click,
        DoubleClick,
        Drag,
        Wheel,
        Key,
        FilterText,
        FilterCombo,
        SelectEvent,
        OpenBadFile,
        Export,
        UndoRedo,
        Judge,
        Count
    };

    QWidget *currentView() const { return m_window->tabs()->currentWidget(); }
    /** The deepest widget under @p point of the current view, and the point in its coordinates. */
    QWidget *targetAt(QPoint *point) const;
    QPoint randomPoint(const QWidget *widget);
    void perform(Action action);
    void click(bool twice);
    void drag();
    void wheel();
    void key();
    void changeFilterText();
    void changeFilterCombo();
    void selectEvent();
    void openBadFile();
    void exportCurrentView();
    void undoOrRedo();
    /** Prefers, sets aside or clears a random report of the Reports tab, shown in the pane. */
    void judgeReport();
    /** Fails the test when the window lost its data or the selection points nowhere. */
    void checkInvariants(int step);

    QRandomGenerator m_random;
    Dataset m_builtin;
    DatasetDocument *m_document = nullptr;
    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
    QStringList m_badFiles;
    int m_modalsClosed = 0;
    int m_exports = 0;
    QSet<int> m_tabsVisited;
    int m_badOpens = 0;
};

void TestUiStress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitViewerTests"));
    QSettings().clear();
    const auto result = DatasetReader::readFile(QStringLiteral(SUMMIT_BUILTIN_DATASET));
    QVERIFY(result.ok());
    m_builtin = *result.dataset;
    QVERIFY(m_dir.isValid());

    // Files a user might open by mistake: shipped broken samples and a few written here.
    const QString data = QStringLiteral(SUMMIT_TEST_DATA_DIR);
    m_badFiles << data + QStringLiteral("/truncated.json")
               << data + QStringLiteral("/invalid-three-errors.json")
               << m_dir.filePath(QStringLiteral("missing.json"));
    const std::pair<const char *, QByteArray> written[] = {
        { "empty.json", QByteArray() },
        { "binary.json", QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) },
        { "array.json", QByteArray("[1, 2, 3]") },
        { "wrong-version.json", QByteArray(R"({"formatVersion": 999})") },
    };
    for (const auto &[name, bytes] : written) {
        QFile file(m_dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        m_badFiles << file.fileName();
    }
}

QPoint TestUiStress::randomPoint(const QWidget *widget)
{
    return QPoint(
        m_random.bounded(qMax(1, widget->width())), m_random.bounded(qMax(1, widget->height())));
}

QWidget *TestUiStress::targetAt(QPoint *point) const
{
    QWidget *view = currentView();
    QWidget *child = view->childAt(*point);
    if (!child)
        return view;
    *point = child->mapFrom(view, *point);
    return child;
}

void TestUiStress::click(bool twice)
{
    QPoint point = randomPoint(currentView());
    QWidget *target = targetAt(&point);
    static const Qt::MouseButton buttons[]
        = { Qt::LeftButton, Qt::LeftButton, Qt::RightButton, Qt::MiddleButton };
    const Qt::MouseButton button = buttons[m_random.bounded(4)];
    const Qt::KeyboardModifiers modifiers
        = m_random.bounded(4) == 0 ? Qt::ControlModifier : Qt::NoModifier;
    if (twice)
        QTest::mouseDClick(target, button, modifiers, point);
    else
        QTest::mouseClick(target, button, modifiers, point);
}

void TestUiStress::drag()
{
    QPoint point = randomPoint(currentView());
    QPointer<QWidget> target = targetAt(&point);
    QTest::mousePress(target, Qt::LeftButton, {}, point);
    const int steps = 1 + m_random.bounded(6);
    for (int step = 0; step < steps && target; ++step) {
        point += QPoint(m_random.bounded(-80, 81), m_random.bounded(-60, 61));
        QTest::mouseMove(target, point);
    }
    // A press can delete or hide its target (a view replaced on a dataset change).
    if (target)
        QTest::mouseRelease(target, Qt::LeftButton, {}, point);
}

void TestUiStress::wheel()
{
    // QTest has no wheel helper in Qt 6.4; this is the event a mouse wheel notch delivers.
    QPoint point = randomPoint(currentView());
    QWidget *target = targetAt(&point);
    const int notches = m_random.bounded(-3, 4);
    const Qt::KeyboardModifiers modifiers
        = m_random.bounded(3) == 0 ? Qt::ControlModifier : Qt::NoModifier;
    const bool horizontal = m_random.bounded(5) == 0;
    const QPoint delta = horizontal ? QPoint(notches * 120, 0) : QPoint(0, notches * 120);
    QWheelEvent event(QPointF(point), QPointF(target->mapToGlobal(point)), QPoint(), delta,
        Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

void TestUiStress::key()
{
    static const Qt::Key keys[]
        = { Qt::Key_Left, Qt::Key_Right, Qt::Key_Up, Qt::Key_Down, Qt::Key_Plus, Qt::Key_Minus,
              Qt::Key_Home, Qt::Key_End, Qt::Key_F, Qt::Key_0, Qt::Key_1, Qt::Key_5, Qt::Key_9,
              Qt::Key_Tab, Qt::Key_Escape, Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Return };
    const Qt::Key key = keys[m_random.bounded(int(std::size(keys)))];
    const Qt::KeyboardModifiers modifiers
        = m_random.bounded(6) == 0 ? Qt::ShiftModifier : Qt::NoModifier;
    // Keys go where a user's keys go: the focused widget, else the current view.
    QWidget *target = QApplication::focusWidget();
    if (!target || target->window() != m_window)
        target = currentView();
    QTest::keyClick(target, key, modifiers);
}

void TestUiStress::changeFilterText()
{
    static const QString words[]
        = { QString(), QStringLiteral("putin"), QStringLiteral("tok"), QStringLiteral("hermitage"),
              QStringLiteral("zzz-no-match"), QStringLiteral("2023"), QStringLiteral("a") };
    QLineEdit *search = m_window->filterBar()->searchField();
    search->setFocus();
    search->selectAll();
    const QString word = words[m_random.bounded(int(std::size(words)))];
    if (word.isEmpty())
        QTest::keyClick(search, Qt::Key_Backspace);
    else
        QTest::keyClicks(search, word);
}

void TestUiStress::changeFilterCombo()
{
    const auto combos = m_window->filterBar()->findChildren<QComboBox *>();
    QVERIFY(!combos.isEmpty());
    QComboBox *combo = combos.at(m_random.bounded(int(combos.size())));
    if (combo->count() > 0)
        combo->setCurrentIndex(m_random.bounded(combo->count()));
}

void TestUiStress::selectEvent()
{
    QTableView *table = m_window->eventList()->table();
    const int rows = table->model()->rowCount();
    if (rows == 0 || m_random.bounded(8) == 0) {
        m_window->eventSelection()->clearSelection();
        return;
    }
    const QModelIndex index = table->model()->index(m_random.bounded(rows), 0);
    m_window->eventSelection()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestUiStress::openBadFile()
{
    const qsizetype events = m_document->dataset().events.size();
    const QString fileName = m_document->fileName();
    const QString path = m_badFiles.at(m_random.bounded(int(m_badFiles.size())));
    QVERIFY2(!m_window->openDataset(path, /*quiet*/ true), qPrintable(path));
    QCOMPARE(m_document->dataset().events.size(), events);
    QCOMPARE(m_document->fileName(), fileName);
    ++m_badOpens;
}

void TestUiStress::exportCurrentView()
{
    Exportable *exportable = MainWindow::exportableOf(currentView());
    if (!exportable)
        return;
    static const ExportOptions::Format formats[]
        = { ExportOptions::Format::Png, ExportOptions::Format::Svg, ExportOptions::Format::Pdf };
    ExportOptions options;
    options.format = formats[m_random.bounded(3)];
    static const char *const extensions[] = { "png", "svg", "pdf" };
    options.path = m_dir.filePath(
        QStringLiteral("export.%1").arg(QLatin1String(extensions[int(options.format)])));
    // Small sizes keep the run quick; odd ones exercise the layouts' edge cases.
    options.size
        = QSize(m_random.bounded(Exporter::MinSide, 640), m_random.bounded(Exporter::MinSide, 480));
    options.title = exportable->exportTitle();
    QString error;
    QVERIFY2(m_window->exportCurrentView(options, &error), qPrintable(error));
    QFile file(options.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(8);
    switch (options.format) {
    case ExportOptions::Format::Png: {
        const QImage image(options.path);
        QVERIFY2(!image.isNull(), qPrintable(options.path));
        QCOMPARE(image.size(), options.size);
        break;
    }
    case ExportOptions::Format::Svg:
        QVERIFY2(head.startsWith("<?xml"), head.constData());
        break;
    case ExportOptions::Format::Pdf:
        QVERIFY2(head.startsWith("%PDF-"), head.constData());
        break;
    case ExportOptions::Format::Csv: // not among the formats above: the run exports images
        break;
    }
    ++m_exports;
}

void TestUiStress::undoOrRedo()
{
    QUndoStack *stack = m_document->undoStack();
    if (m_random.bounded(2) == 0)
        stack->undo();
    else
        stack->redo();
}

void TestUiStress::judgeReport()
{
    const QList<FactReports> &facts = m_window->reportsView()->model()->facts();
    if (facts.isEmpty())
        return;
    const FactReports &fact = facts[m_random.bounded(int(facts.size()))];
    m_window->detailsPane()->displayFact(fact);
    const ReportRef report
        = ReportRef::of(fact, fact.reports[m_random.bounded(int(fact.reports.size()))]);
    switch (m_random.bounded(3)) {
    case 0:
        QVERIFY(m_document->preferReport(report));
        break;
    case 1:
        QVERIFY(m_document->setReportAside(report, QStringLiteral("Stress test.")));
        break;
    default:
        QVERIFY(m_document->clearReview(report));
        break;
    }
}

void TestUiStress::perform(Action action)
{
    switch (action) {
    case Action::SwitchView:
        // Every tab, the Reports tab (Ctrl+6) included. Shortcuts reach only the active window,
        // and the offscreen platform does not give it back after a popup (a combo's list).
        // An open popup (a context menu, a combo's list) takes the keys first: the switch then
        // goes through the tab bar, so that every view still gets its share of the run.
        {
            const int tab = m_random.bounded(m_window->tabs()->count());
            if (!m_window->isActiveWindow())
                m_window->activateWindow();
            QTest::keyClick(m_window, Qt::Key(Qt::Key_1 + tab), Qt::ControlModifier);
            if (m_window->tabs()->currentIndex() != tab) {
                if (QWidget *popup = QApplication::activePopupWidget())
                    popup->close();
                m_window->tabs()->setCurrentIndex(tab);
            }
            m_tabsVisited.insert(m_window->tabs()->currentIndex());
            break;
        }
    case Action::Click:
        click(false);
        break;
    case Action::DoubleClick:
        click(true);
        break;
    case Action::Drag:
        drag();
        break;
    case Action::Wheel:
        wheel();
        break;
    case Action::Key:
        key();
        break;
    case Action::FilterText:
        changeFilterText();
        break;
    case Action::FilterCombo:
        changeFilterCombo();
        break;
    case Action::SelectEvent:
        selectEvent();
        break;
    case Action::OpenBadFile:
        openBadFile();
        break;
    case Action::Export:
        exportCurrentView();
        break;
    case Action::UndoRedo:
        undoOrRedo();
        break;
    case Action::Judge:
        judgeReport();
        break;
    case Action::Count:
        break;
    }
}

void TestUiStress::checkInvariants(int step)
{
    const QByteArray where = "after action " + QByteArray::number(step);
    QVERIFY2(m_window->isVisible(), where);
    QCOMPARE(m_document->dataset().events.size(), m_builtin.events.size());
    EventFilterProxyModel *proxy = m_window->eventProxy();
    QCOMPARE(proxy->sourceModel()->rowCount(), int(m_builtin.events.size()));
    QVERIFY2(proxy->rowCount() <= int(m_builtin.events.size()), where);
    QItemSelectionModel *selection = m_window->eventSelection();
    QCOMPARE(selection->model(), proxy);
    const QModelIndex current = selection->currentIndex();
    QVERIFY2(!current.isValid() || (current.model() == proxy && current.row() < proxy->rowCount()),
        where);
    for (const QModelIndex &row : selection->selectedRows())
        QVERIFY2(row.isValid() && row.row() < proxy->rowCount(), where);
}

void TestUiStress::randomActionsLeaveTheWindowWhole()
{
    const quint32 seed = environmentNumber("SUMMIT_STRESS_SEED", defaultSeed);
    const int actions = int(environmentNumber("SUMMIT_STRESS_ACTIONS", defaultActions));
    qInfo("UI stress run: seed %u, %d actions (replay: SUMMIT_STRESS_SEED=%u "
          "SUMMIT_STRESS_ACTIONS=%d)",
        seed, actions, seed, actions);
    m_random.seed(seed);

    m_document = new DatasetDocument;
    m_document->setDataset(m_builtin);
    m_window = new MainWindow(m_document);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));

    // No action should open a modal dialog (bad files are opened quietly, exports go straight
    // to Exporter); should one appear anyway, close it so the run reports instead of hanging.
    QTimer modalCloser;
    connect(&modalCloser, &QTimer::timeout, this, [this] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            qWarning("closing unexpected modal window '%s'", qPrintable(modal->windowTitle()));
            ++m_modalsClosed;
            modal->close();
        }
    });
    modalCloser.start(100);

    // Weights: pointer and keys dominate, as in real use; files and exports are rarer.
    const std::pair<Action, int> weights[] = { { Action::SwitchView, 6 }, { Action::Click, 20 },
        { Action::DoubleClick, 6 }, { Action::Drag, 10 }, { Action::Wheel, 12 },
        { Action::Key, 20 }, { Action::FilterText, 5 }, { Action::FilterCombo, 6 },
        { Action::SelectEvent, 8 }, { Action::OpenBadFile, 2 }, { Action::Export, 1 },
        { Action::UndoRedo, 4 }, { Action::Judge, 2 } };
    int total = 0;
    for (const auto &[action, weight] : weights)
        total += weight;

    int counts[int(Action::Count)] = {};
    for (int step = 1; step <= actions; ++step) {
        int pick = m_random.bounded(total);
        Action action = Action::Count;
        for (const auto &[candidate, weight] : weights) {
            if (pick < weight) {
                action = candidate;
                break;
            }
            pick -= weight;
        }
        perform(action);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("action %1 (kind %2) failed; replay with "
                                            "SUMMIT_STRESS_SEED=%3 SUMMIT_STRESS_ACTIONS=%1")
                                 .arg(step)
                                 .arg(int(action))
                                 .arg(seed)));
        ++counts[int(action)];
        // Let queued work (deferred layouts, repaints, timers) run between some actions.
        if (step % 10 == 0)
            QCoreApplication::processEvents();
        if (step % 100 == 0) {
            checkInvariants(step);
            if (QTest::currentTestFailed())
                return;
        }
    }
    checkInvariants(actions);
    qInfo("UI stress run done: %d actions, %d exports, %d bad files refused, %d modal windows "
          "closed",
        actions, m_exports, m_badOpens, m_modalsClosed);
    QCOMPARE(m_modalsClosed, 0);
    // A run long enough to mean anything has exercised every kind of action at least once (at
    // the weights above, the rarest, an export, comes some 50 times in 5000), so a change to
    // the weights or the draw cannot quietly leave one out.
    if (actions >= 1000) {
        for (int kind = 0; kind < int(Action::Count); ++kind)
            QVERIFY2(counts[kind] > 0,
                qPrintable(QStringLiteral("action kind %1 never drawn").arg(kind)));
        QVERIFY(m_exports > 0);
        QVERIFY(m_badOpens > 0);
        QCOMPARE(m_tabsVisited.size(), m_window->tabs()->count());
    }

    delete m_window;
    m_window = nullptr;
    delete m_document;
    m_document = nullptr;
}

QTEST_MAIN(TestUiStress)
#include "tst_uistress.moc"
