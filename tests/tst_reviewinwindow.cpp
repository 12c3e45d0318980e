// SPDX-License-Identifier: GPL-3.0-or-later
// Judging reports in the window: the details pane's Prefer / Set aside… / Clear judgement links,
// what the user then sees in the pane, the Reports tab and Edit > Undo, and Ctrl+Z taking it back.

#include "app/mainwindow.h"
#include "models/datasetdocument.h"
#include "models/factreportmodel.h"
#include "models/summitcomparisonmodel.h"
#include "views/common/detailspane.h"
#include "views/common/reportshtml.h"
#include "views/compare/comparisonview.h"
#include "views/map/mapcanvas.h"
#include "views/map/mapview.h"
#include "views/reports/reportsview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QInputDialog>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QUndoStack>

#include "reportsdiffer.h"

using namespace Summit;

/** Records the addresses the details pane asks the desktop to open. */
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

/** Tests of judging a report from the details pane, in the whole window. */
class TestReviewInWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void setAsideFromTheMapThenUndo();
    void cancellingTheReasonRecordsNothing();
    void preferFromAReportsRow();
    void comparisonRowListsAttendanceReports();
    void documentAddressOpensOnClick();

private:
    /** Clicks the link to @p href in the details pane as a user would; false if not shown. */
    bool clickLink(const QString &href);
    QString paneText() const { return m_window->detailsPane()->toPlainText(); }
    QAction *undoAction() const;
    /** Shows Azerbaijan at the 2024 summit as a click on the map does. */
    void selectAzerbaijanOnTheMap();
    /** The Reports tab's row for the report of the wire agency's Azerbaijan 2024 entry. */
    QModelIndex wireRow(int column) const;

    DatasetDocument *m_document = nullptr;
    MainWindow *m_window = nullptr;
    // Report 2 of Azerbaijan in 2024: the agency's "did not arrive", with no judgement yet.
    const ReportRef m_wire { ReportRef::Kind::Attendance, 0, 2 };
};

void TestReviewInWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitViewerTests"));
    QSettings().clear();
}

void TestReviewInWindow::init()
{
    m_document = new DatasetDocument;
    m_document->setDataset(TestData::reportsDifferDataset(), QStringLiteral("/tmp/differ.json"));
    m_window = new MainWindow(m_document);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // Shortcuts such as Ctrl+Z reach only the active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestReviewInWindow::cleanup()
{
    delete m_window;
    delete m_document;
    m_window = nullptr;
    m_document = nullptr;
}

bool TestReviewInWindow::clickLink(const QString &href)
{
    DetailsPane *pane = m_window->detailsPane();
    for (QTextBlock block = pane->document()->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            if (fragment.fragment().charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(pane->document());
            cursor.setPosition(fragment.fragment().position() + 1);
            pane->setTextCursor(cursor);
            pane->ensureCursorVisible();
            const QPoint point = pane->cursorRect(cursor).center();
            QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, point);
            return true;
        }
    }
    return false;
}

QAction *TestReviewInWindow::undoAction() const
{
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            return action;
    }
    return nullptr;
}

void TestReviewInWindow::selectAzerbaijanOnTheMap()
{
    MapView *map = m_window->mapView();
    m_window->tabs()->setCurrentWidget(map);
    map->setSummit(QStringLiteral("s2024"));
    QTest::mouseClick(
        map->canvas(), Qt::LeftButton, {}, map->canvasPositionOf(QStringLiteral("AZE")));
}

QModelIndex TestReviewInWindow::wireRow(int column) const
{
    QSortFilterProxyModel *proxy = m_window->reportsView()->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, column);
        if (index.data(FactReportModel::DocumentRole).toString() == QLatin1String("wire-2024")
            && index.data(FactReportModel::ParagraphRole).toInt() == 4)
            return index;
    }
    return {};
}

void TestReviewInWindow::setAsideFromTheMapThenUndo()
{
    selectAzerbaijanOnTheMap();
    QVERIFY2(paneText().contains(QLatin1String("Attendance at the 25 December 2024 summit")),
        qPrintable(paneText()));
    // The three reports side by side: the brief (preferred in the file), the agency, the daily.
    QVERIFY(paneText().contains(QLatin1String("Turned back on the way, before arriving.")));
    QVERIFY(paneText().contains(QLatin1String("Did not arrive.")));
    QVERIFY(paneText().contains(QLatin1String("agrees with 1")));
    QVERIFY(paneText().contains(
        QLatin1String("set aside: The two reports of the day say he never arrived.")));
    QVERIFY(paneText().contains(QLatin1String("paragraph 3, sentence 2")));

    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        asked = true;
        QVERIFY2(dialog->labelText().contains(QLatin1String("Azerbaijan")),
            qPrintable(dialog->labelText()));
        auto *field = dialog->findChild<QLineEdit *>();
        QVERIFY(field);
        QTest::keyClicks(field, QStringLiteral("Says less than the brief."));
        QTest::keyClick(field, Qt::Key_Return);
    });
    QVERIFY(clickLink(ReportsHtml::reviewHref(ReportsHtml::ReviewLink::Action::SetAside, m_wire)));
    QTRY_VERIFY(asked);

    // The pane says so at once, with the reason, and offers to take it back.
    QVERIFY2(paneText().contains(QLatin1String(
                 "Your judgement: set aside: Says less than the brief. (not counted)")),
        qPrintable(paneText()));
    QVERIFY(paneText().contains(QLatin1String("Clear judgement")));
    QVERIFY(paneText().contains(QLatin1String("only one report counts")));
    QVERIFY(m_window->isWindowModified());

    // The Reports tab's row of that report.
    m_window->tabs()->setCurrentWidget(m_window->reportsView());
    const QModelIndex relation = wireRow(FactReportModel::RelationColumn);
    QVERIFY(relation.isValid());
    QCOMPARE(relation.data().toString(),
        QStringLiteral("set aside: Says less than the brief. (not counted)"));

    // Edit > Undo names the fact in words.
    QAction *undo = undoAction();
    QVERIFY(undo);
    QCOMPARE(undo->text(),
        QStringLiteral("&Undo set aside: Azerbaijan at Leningrad Region, December 2024: absent "
                       "(report by Agency One)"));

    // Ctrl+Z takes it back everywhere.
    // The offscreen platform gives no window the focus back when a dialog closes; a desktop does.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->reportsView()->table()->setFocus();
    QTest::keyClick(m_window->reportsView()->table(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_document->undoStack()->index(), 0);
    QVERIFY(!wireRow(FactReportModel::RelationColumn)
                 .data()
                 .toString()
                 .contains(QLatin1String("Says less")));
    // The pane still shows Azerbaijan's reports, as they are again.
    QVERIFY2(paneText().contains(QLatin1String("Did not arrive.")), qPrintable(paneText()));
    QVERIFY(!paneText().contains(QLatin1String("Says less than the brief.")));
    QVERIFY(!m_window->isWindowModified());
}

void TestReviewInWindow::cancellingTheReasonRecordsNothing()
{
    selectAzerbaijanOnTheMap();
    QTimer::singleShot(0, this, [] {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    QVERIFY(clickLink(ReportsHtml::reviewHref(ReportsHtml::ReviewLink::Action::SetAside, m_wire)));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(m_document->review(m_wire)->verdict == Review::None, true);
}

void TestReviewInWindow::preferFromAReportsRow()
{
    ReportsView *reports = m_window->reportsView();
    m_window->tabs()->setCurrentWidget(reports);
    // Armenia's trade in 2024: "over 11" (Outlet) and 11.7 (Statistics Office).
    QSortFilterProxyModel *proxy = reports->proxy();
    QModelIndex exact;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, FactReportModel::DocumentColumn);
        if (index.data(FactReportModel::DocumentRole).toString() == QLatin1String("gov-2025"))
            exact = index;
    }
    QVERIFY(exact.isValid());
    reports->table()->setCurrentIndex(exact);
    QVERIFY2(
        paneText().contains(QLatin1String("Every report, side by side")), qPrintable(paneText()));
    QVERIFY(paneText().contains(QLatin1String("over $11 billion")));
    QVERIFY(paneText().contains(QLatin1String("$11.7 billion")));

    const ReportRef figure { ReportRef::Kind::TradeFigure, -1, 1 };
    QVERIFY(clickLink(ReportsHtml::reviewHref(ReportsHtml::ReviewLink::Action::Prefer, figure)));
    QVERIFY2(
        paneText().contains(QLatin1String("Your judgement: preferred")), qPrintable(paneText()));
    QVERIFY(proxy->index(exact.row(), FactReportModel::RelationColumn)
                .data()
                .toString()
                .contains(QLatin1String("preferred")));
    QCOMPARE(undoAction()->text(),
        QStringLiteral("&Undo prefer: Armenia\u2013Russia trade, 2024 (full year): $11.7 billion "
                       "(report by Statistics Office)"));
    // Cleared from the same place.
    QVERIFY(clickLink(ReportsHtml::reviewHref(ReportsHtml::ReviewLink::Action::Clear, figure)));
    QVERIFY(!paneText().contains(QLatin1String("Your judgement")));
    QCOMPARE(m_document->undoStack()->count(), 2);
}

void TestReviewInWindow::comparisonRowListsAttendanceReports()
{
    ComparisonView *comparison = m_window->comparisonView();
    m_window->tabs()->setCurrentWidget(comparison);
    QVERIFY(comparison->model()->setSummits(QStringLiteral("s2024"), QStringLiteral("s2025")));
    QTableView *table = comparison->table();
    QModelIndex azerbaijan;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data(SummitComparisonModel::KeyRole).toString()
            == QLatin1String("attendance/AZE"))
            azerbaijan = index;
    }
    QVERIFY(azerbaijan.isValid());
    table->scrollTo(azerbaijan);
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, {}, table->visualRect(azerbaijan).center());
    QVERIFY2(paneText().contains(QLatin1String("Azerbaijan: attendance, report by report")),
        qPrintable(paneText()));
    QVERIFY(paneText().contains(QLatin1String("Attendance at the 22 December 2025 summit")));
    // The preview's "expected" and the report of the day's "absent": a change of plan.
    QVERIFY(paneText().contains(QLatin1String("a change of plan (expected, then absent)")));
}

void TestReviewInWindow::documentAddressOpensOnClick()
{
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &recorder, "open");
    selectAzerbaijanOnTheMap();
    QVERIFY(clickLink(QStringLiteral("https://example.org/brief-2024")));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(
        recorder.opened, QList<QUrl> { QUrl(QStringLiteral("https://example.org/brief-2024")) });
}

QTEST_MAIN(TestReviewInWindow)
#include "tst_reviewinwindow.moc"
