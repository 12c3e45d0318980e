// SPDX-License-Identifier: GPL-3.0-or-later
// The document's edits: undo and redo, derived values that follow, and what counts as unsaved.

#include "models/datasetdocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include "testdataset.h"

using namespace Summit;

/** Tests of DatasetDocument. */
class TestDatasetDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusesBadValues_data();
    void refusesBadValues();
    void editIsUndoneAndRedone();
    void derivedValueFollowsUndoToo();
    void editsOfOneFigureMergeIntoOneStep();
    void savingMakesItClean();
    void replacingTheDatasetForgetsTheEdits();

private:
    double value(int index) const { return m_document->dataset().tradeFigures.at(index).valueUsd; }
    int indexOf(const QString &id) const
    {
        const auto &figures = m_document->dataset().tradeFigures;
        for (int i = 0; i < figures.size(); ++i) {
            if (figures.at(i).id == id)
                return i;
        }
        return -1;
    }

    std::unique_ptr<DatasetDocument> m_document;
};

void TestDatasetDocument::init()
{
    m_document = std::make_unique<DatasetDocument>();
    m_document->setDataset(TestData::makeDataset());
    QVERIFY(!m_document->isModified());
}

void TestDatasetDocument::refusesBadValues_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("valueUsd");
    QTest::newRow("negative") << 0 << -1.0;
    QTest::newRow("not a number") << 0 << qQNaN();
    QTest::newRow("infinite") << 0 << qInf();
    QTest::newRow("index past the end") << 99 << 1e9;
    QTest::newRow("negative index") << -1 << 1e9;
}

void TestDatasetDocument::refusesBadValues()
{
    QFETCH(int, index);
    QFETCH(double, valueUsd);
    QSignalSpy changed(m_document.get(), &DatasetDocument::tradeFigureChanged);
    QVERIFY(!m_document->setTradeFigureValue(index, valueUsd));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!m_document->isModified());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestDatasetDocument::editIsUndoneAndRedone()
{
    const int figure = indexOf(QStringLiteral("t25-russia-cis"));
    QSignalSpy modified(m_document.get(), &DatasetDocument::modifiedChanged);
    QVERIFY(m_document->setTradeFigureValue(figure, 91e9));
    QCOMPARE(value(figure), 91e9);
    QVERIFY(m_document->isModified());
    QCOMPARE(modified.count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(value(figure), 90e9);
    QVERIFY(!m_document->isModified());
    m_document->undoStack()->redo();
    QCOMPARE(value(figure), 91e9);
    QVERIFY(m_document->isModified());
    // Setting the value it already has is no edit.
    const int steps = m_document->undoStack()->count();
    QVERIFY(m_document->setTradeFigureValue(figure, 91e9));
    QCOMPARE(m_document->undoStack()->count(), steps);
}

void TestDatasetDocument::derivedValueFollowsUndoToo()
{
    const int base = indexOf(QStringLiteral("t23-cis"));
    const int derived = indexOf(QStringLiteral("t22-cis-derived"));
    QVERIFY(base >= 0 && derived >= 0);
    QSignalSpy changed(m_document.get(), &DatasetDocument::tradeFigureChanged);
    QVERIFY(m_document->setTradeFigureValue(base, 102e9));
    QCOMPARE(value(derived), 100e9);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toInt(), derived);
    m_document->undoStack()->undo();
    QCOMPARE(value(base), 83.7e9);
    QCOMPARE(value(derived), 83.7e9 / 1.02);
}

void TestDatasetDocument::editsOfOneFigureMergeIntoOneStep()
{
    const int figure = indexOf(QStringLiteral("t25-russia-cis"));
    const int other = indexOf(QStringLiteral("t24-arm-rus"));
    QVERIFY(m_document->setTradeFigureValue(figure, 91e9));
    QVERIFY(m_document->setTradeFigureValue(figure, 92e9));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(m_document->setTradeFigureValue(other, 12e9));
    QCOMPARE(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(value(figure), 90e9); // back before both edits, in one step
    QCOMPARE(value(other), 11e9);
}

void TestDatasetDocument::savingMakesItClean()
{
    QSignalSpy fileName(m_document.get(), &DatasetDocument::fileNameChanged);
    QVERIFY(m_document->setTradeFigureValue(0, 1e9));
    m_document->markSaved(QStringLiteral("/tmp/saved.json"));
    QVERIFY(!m_document->isModified());
    QCOMPARE(m_document->fileName(), QStringLiteral("/tmp/saved.json"));
    QCOMPARE(fileName.count(), 1);
    // Undoing past the save is a change from what is on disk.
    m_document->undoStack()->undo();
    QVERIFY(m_document->isModified());
}

void TestDatasetDocument::replacingTheDatasetForgetsTheEdits()
{
    QVERIFY(m_document->setTradeFigureValue(0, 1e9));
    m_document->setDataset(TestData::makeDataset(), QStringLiteral("/tmp/other.json"));
    QVERIFY(!m_document->isModified());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestDatasetDocument)
#include "tst_datasetdocument.moc"
