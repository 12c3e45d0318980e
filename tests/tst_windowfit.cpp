// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a small screen and on a scaled one. CTest runs this once per screen, with the
// offscreen platform given a screen of that size (tests/data/screens/*.json) and, for the scaled
// one, QT_SCALE_FACTOR=1.5; SUMMIT_SCREEN names the case. Run alone it checks the default
// offscreen screen.

#include "app/mainwindow.h"
#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "views/common/detailspane.h"
#include "views/common/filterbar.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace Summit;

namespace {

/**
 * The chain of widgets whose minimum width is the largest, from @p widget down: where to look
 * when a tab will not narrow.
 */
QString widestChain(const QWidget *widget)
{
    QString chain;
    while (widget) {
        const QSize hint = widget->minimumSizeHint().expandedTo(widget->minimumSize());
        chain += QStringLiteral("\n  %1 \"%2\" needs %3 px")
                     .arg(QString::fromLatin1(widget->metaObject()->className()),
                         widget->objectName())
                     .arg(hint.width());
        const QWidget *widest = nullptr;
        int width = -1;
        for (const QWidget *child : widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            const int w = child->minimumSizeHint().expandedTo(child->minimumSize()).width();
            if (!child->isWindow() && child->isVisibleTo(widget) && w > width) {
                width = w;
                widest = child;
            }
        }
        if (qEnvironmentVariableIsSet("SUMMIT_FIT_DEBUG")) {
            for (const QWidget *child : widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
                chain += QStringLiteral("\n    child %1 %2 visible %3")
                             .arg(QString::fromLatin1(child->metaObject()->className()))
                             .arg(child->minimumSizeHint().width())
                             .arg(child->isVisibleTo(widget));
        }
        widget = widest;
    }
    return chain;
}

} // namespace

/** Tests of the window's size and layout on the screen it runs on. */
class TestWindowFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensWithinTheScreen();
    void rememberedGeometryFromALargerScreenIsNotUsed();
    void everyTabLetsTheDetailsPaneWiden_data();
    void everyTabLetsTheDetailsPaneWiden();

private:
    /**
     * Known to fail at scale 1.5 on 1600×1000 (issue 16, not finished): the window still needs
     * about 1,160 of the screen's 1,067 logical pixels, and the tabs' side about 725 (the
     * controls rows of the timeline and the map).
     */
    static bool scaled() { return qEnvironmentVariableIsSet("QT_SCALE_FACTOR"); }
    QRect available() const { return QGuiApplication::primaryScreen()->availableGeometry(); }

    Dataset m_builtin;
    DatasetDocument *m_document = nullptr;
    MainWindow *m_window = nullptr;
};

void TestWindowFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitViewerFitTests"));
    QSettings().clear();
    const auto result = DatasetReader::readFile(QStringLiteral(SUMMIT_BUILTIN_DATASET));
    QVERIFY(result.ok());
    m_builtin = *result.dataset;
    qInfo("screen %s: available %dx%d logical pixels at scale %s",
        qPrintable(qEnvironmentVariable("SUMMIT_SCREEN", QStringLiteral("default"))),
        available().width(), available().height(),
        qPrintable(qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"))));
}

void TestWindowFit::init()
{
    m_document = new DatasetDocument;
    m_document->setDataset(m_builtin);
    m_window = new MainWindow(m_document);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestWindowFit::cleanup()
{
    delete m_window;
    delete m_document;
    QSettings().clear();
}

void TestWindowFit::opensWithinTheScreen()
{
    const QRect frame = m_window->frameGeometry();
    if (scaled())
        QEXPECT_FAIL("", "the window is still wider than a 1600x1000 screen at scale 1.5", Abort);
    QVERIFY2(available().contains(frame),
        qPrintable(QStringLiteral("window %1,%2 %3x%4 on a screen of %5x%6")
                       .arg(frame.x())
                       .arg(frame.y())
                       .arg(frame.width())
                       .arg(frame.height())
                       .arg(available().width())
                       .arg(available().height())));
    // The status bar and the details pane are on the screen, not beyond its edge.
    QVERIFY(m_window->statusBar()->isVisible());
    const QRect details(
        m_window->detailsPane()->mapTo(m_window, QPoint()), m_window->detailsPane()->size());
    QVERIFY(m_window->rect().contains(details));
    QVERIFY(m_window->detailsPane()->width() >= 200);
}

void TestWindowFit::rememberedGeometryFromALargerScreenIsNotUsed()
{
    // The geometry of a window on a 2560×1440 screen, remembered; this screen is smaller.
    QWidget large;
    large.setGeometry(100, 100, 2400, 1300);
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), large.saveGeometry());
    delete m_window;
    m_window = new MainWindow(m_document);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    if (scaled())
        QEXPECT_FAIL("", "the window is still wider than a 1600x1000 screen at scale 1.5", Abort);
    QVERIFY(available().contains(m_window->frameGeometry()));
}

void TestWindowFit::everyTabLetsTheDetailsPaneWiden_data()
{
    QTest::addColumn<int>("tab");
    const char *names[] = { "timeline", "events", "map", "trade", "compare", "reports" };
    for (int tab = 0; tab < 6; ++tab)
        QTest::newRow(names[tab]) << tab;
}

void TestWindowFit::everyTabLetsTheDetailsPaneWiden()
{
    QFETCH(int, tab);
    m_window->tabs()->setCurrentIndex(tab);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    // The window is no wider than the screen: nothing forces it wider.
    QVERIFY2(m_window->minimumSizeHint().width() <= available().width(),
        qPrintable(QString::number(m_window->minimumSizeHint().width()) + widestChain(m_window)));
    // The divider dragged as far left as it goes: the details pane gets at least 40% of the
    // splitter (about 500 px on a 1280 px screen), room for its sentences.
    const int total = splitter->width() - splitter->handleWidth();
    splitter->setSizes({ 1, total });
    QCoreApplication::processEvents();
    const int reach = m_window->detailsPane()->width();
    if (scaled())
        QEXPECT_FAIL("", "at scale 1.5 the tabs' side still needs about 725 px", Abort);
    QVERIFY2(reach >= total * 2 / 5,
        qPrintable(QStringLiteral("the details pane reaches %1 of %2 px; the tab's side needs %3")
                       .arg(reach)
                       .arg(total)
                       .arg(m_window->tabs()->minimumSizeHint().width())
            + widestChain(m_window->tabs()->currentWidget())));
}

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
