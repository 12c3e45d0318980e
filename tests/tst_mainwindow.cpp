// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a user drives it, offscreen: typing, clicking, keys, opening files.

#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventmodel.h"
#include "views/detailspane.h"
#include "views/eventlistview.h"
#include "views/filterbar.h"
#include "views/mainwindow.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

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
    void arrowKeysMoveTheSelection();
    void badFileLeavesDataUntouched();
    void goodFileReplacesData();
    void splitterIsRemembered();

private:
    QTableView *table() const { return m_window->eventList()->table(); }
    void clickRow(int row);

    Dataset m_builtin;
    DatasetDocument *m_document = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
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
    QVERIFY(details.contains(QStringLiteral("paragraph 7")));
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

void TestMainWindow::goodFileReplacesData()
{
    QVERIFY(m_window->openDataset(QStringLiteral(SUMMIT_TEST_DATA_DIR "/minimal.json"), true));
    QCOMPARE(table()->model()->rowCount(), 0);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("minimal.json")));
}

void TestMainWindow::splitterIsRemembered()
{
    auto *splitter = m_window->findChild<QSplitter *>();
    QVERIFY(splitter);
    splitter->setSizes({ 700, 300 });
    const QList<int> sizes = splitter->sizes();
    m_window->close();
    delete m_window;
    m_window = new MainWindow(m_document);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->findChild<QSplitter *>()->sizes(), sizes);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
