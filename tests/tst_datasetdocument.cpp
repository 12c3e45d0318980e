// SPDX-License-Identifier: GPL-3.0-or-later
// The document's edits: undo and redo, derived values that follow, and what counts as unsaved.

#include "models/datasetdocument.h"
#include "models/datasetwriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "reportsdiffer.h"
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

    // Judgements of reports (format 2's Review), on tests/data/reports-differ.json.
    void judgementIsUndoneAndRedone_data();
    void judgementIsUndoneAndRedone();
    void preferringTakesThePreferenceFromTheOthers_data();
    void preferringTakesThePreferenceFromTheOthers();
    void refusesBadJudgements_data();
    void refusesBadJudgements();
    void clearingAndRepeatingAJudgement();
    void judgementSurvivesSaveAndReload();

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

Q_DECLARE_METATYPE(Summit::Review::Verdict)

namespace {

/** reports-differ.json in a document of its own. */
std::unique_ptr<DatasetDocument> reportsDifferDocument()
{
    auto document = std::make_unique<DatasetDocument>();
    document->setDataset(TestData::reportsDifferDataset());
    return document;
}

ReportRef attendance(int summit, int entry)
{
    return { ReportRef::Kind::Attendance, summit, entry };
}

ReportRef figure(int index)
{
    return { ReportRef::Kind::TradeFigure, -1, index };
}

} // namespace

void TestDatasetDocument::judgementIsUndoneAndRedone_data()
{
    QTest::addColumn<ReportRef>("report");
    QTest::addColumn<Summit::Review::Verdict>("verdict");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("undoText");
    // 2024: the agency's "did not arrive" (no judgement yet); figures 0 and 1 are Armenia's
    // trade (over 11 and 11.7); the 2025 summit's other report of its dates; the 2024 plenary.
    QTest::newRow("attendance set aside")
        << attendance(0, 2) << Review::SetAside << QStringLiteral("  Too vague.  ")
        << QStringLiteral("set aside: Azerbaijan at Leningrad Region, December 2024: absent "
                          "(report by Agency One)");
    QTest::newRow("attendance preferred")
        << attendance(1, 2) << Review::Preferred << QString()
        << QStringLiteral("prefer: Belarus at Saint Petersburg, December 2025: present "
                          "(report by Host Office)");
    QTest::newRow("trade figure set aside")
        << figure(0) << Review::SetAside << QStringLiteral("Rounded down.")
        << QStringLiteral("set aside: Armenia\u2013Russia trade, 2024 (full year): over $11 "
                          "billion (report by Outlet)");
    QTest::newRow("trade figure preferred")
        << figure(1) << Review::Preferred << QStringLiteral("Government data.")
        << QStringLiteral("prefer: Armenia\u2013Russia trade, 2024 (full year): $11.7 billion "
                          "(report by Statistics Office)");
    QTest::newRow("summit's other report set aside")
        << ReportRef { ReportRef::Kind::Summit, 1, 1 } << Review::SetAside
        << QStringLiteral("Counts the council's day.")
        << QStringLiteral("set aside: the dates and venue of Saint Petersburg, December 2025 "
                          "(report by Host Office)");
    QTest::newRow("summit's own reading preferred")
        << ReportRef { ReportRef::Kind::Summit, 1, 0 } << Review::Preferred << QString()
        << QStringLiteral("prefer: the dates and venue of Saint Petersburg, December 2025 "
                          "(report by Agency One)");
    QTest::newRow("event set aside")
        << ReportRef { ReportRef::Kind::Event, 0, 0 } << Review::SetAside
        << QStringLiteral("No plenary that day.")
        << QStringLiteral("set aside: the date and place of \u201cThe leaders meet\u201d "
                          "(report by Agency One)");
}

void TestDatasetDocument::judgementIsUndoneAndRedone()
{
    QFETCH(ReportRef, report);
    QFETCH(Summit::Review::Verdict, verdict);
    QFETCH(QString, reason);
    QFETCH(QString, undoText);
    auto document = reportsDifferDocument();
    QVERIFY(document->review(report));
    const Review before = *document->review(report);
    QCOMPARE(toString(before.verdict), toString(Review::None));
    QSignalSpy changed(document.get(), &DatasetDocument::reviewChanged);

    QVERIFY(document->setReview(report, { verdict, reason }));
    QCOMPARE(toString(document->review(report)->verdict), toString(verdict));
    QCOMPARE(document->review(report)->reason, reason.trimmed());
    QVERIFY(document->isModified());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<ReportRef>(), report);
    // The fact in words, as Edit > Undo names it; never an id of the file.
    QCOMPARE(document->undoStack()->undoText(), undoText);

    document->undoStack()->undo();
    QCOMPARE(*document->review(report), before);
    QVERIFY(!document->isModified());
    QCOMPARE(changed.count(), 2);
    document->undoStack()->redo();
    QCOMPARE(toString(document->review(report)->verdict), toString(verdict));
    QCOMPARE(document->review(report)->reason, reason.trimmed());
}

void TestDatasetDocument::preferringTakesThePreferenceFromTheOthers_data()
{
    QTest::addColumn<ReportRef>("first");
    QTest::addColumn<ReportRef>("second");
    QTest::addColumn<ReportRef>("otherFact");
    // The 2024 brief is preferred in the file; Russia's attendance is another fact.
    QTest::newRow("attendance") << attendance(0, 1) << attendance(0, 2) << attendance(0, 0);
    QTest::newRow("trade figures of one measure") << figure(0) << figure(1) << figure(2);
    QTest::newRow("trade figures of one statement") << figure(4) << figure(6) << figure(3);
    QTest::newRow("summit dates") << ReportRef { ReportRef::Kind::Summit, 1, 0 }
                                  << ReportRef { ReportRef::Kind::Summit, 1, 1 }
                                  << ReportRef { ReportRef::Kind::Summit, 0, 0 };
}

void TestDatasetDocument::preferringTakesThePreferenceFromTheOthers()
{
    QFETCH(ReportRef, first);
    QFETCH(ReportRef, second);
    QFETCH(ReportRef, otherFact);
    auto document = reportsDifferDocument();
    QVERIFY(document->reportsOfSameFact(first).contains(second));
    QVERIFY(!document->reportsOfSameFact(first).contains(otherFact));
    QVERIFY(document->preferReport(otherFact));
    QVERIFY(document->preferReport(first));
    QCOMPARE(toString(document->review(first)->verdict), toString(Review::Preferred));
    const int steps = document->undoStack()->count();

    QVERIFY(document->preferReport(second));
    QCOMPARE(document->undoStack()->count(), steps + 1); // one step for both changes
    QCOMPARE(toString(document->review(second)->verdict), toString(Review::Preferred));
    QCOMPARE(toString(document->review(first)->verdict), toString(Review::None));
    QCOMPARE(toString(document->review(otherFact)->verdict),
        toString(Review::Preferred)); // another fact's own
    int preferred = 0;
    for (const ReportRef &report : document->reportsOfSameFact(first))
        preferred += document->review(report)->verdict == Review::Preferred;
    QCOMPARE(preferred, 1);

    document->undoStack()->undo();
    QCOMPARE(toString(document->review(first)->verdict), toString(Review::Preferred));
    QCOMPARE(toString(document->review(second)->verdict), toString(Review::None));
    document->undoStack()->redo();
    QCOMPARE(toString(document->review(first)->verdict), toString(Review::None));
    QCOMPARE(toString(document->review(second)->verdict), toString(Review::Preferred));
}

void TestDatasetDocument::refusesBadJudgements_data()
{
    QTest::addColumn<ReportRef>("report");
    QTest::addColumn<Summit::Review::Verdict>("verdict");
    QTest::addColumn<QString>("reason");
    QTest::newRow("set aside without a reason")
        << attendance(0, 2) << Review::SetAside << QString();
    QTest::newRow("set aside with blanks only")
        << attendance(0, 2) << Review::SetAside << QStringLiteral("   ");
    QTest::newRow("attendance entry past the end")
        << attendance(0, 4) << Review::Preferred << QString();
    QTest::newRow("summit past the end") << attendance(2, 0) << Review::Preferred << QString();
    QTest::newRow("figure past the end") << figure(7) << Review::Preferred << QString();
    QTest::newRow("negative figure") << figure(-1) << Review::Preferred << QString();
    QTest::newRow("summit's other report past the end")
        << ReportRef { ReportRef::Kind::Summit, 1, 2 } << Review::Preferred << QString();
    QTest::newRow("event's other report past the end")
        << ReportRef { ReportRef::Kind::Event, 0, 1 } << Review::Preferred << QString();
}

void TestDatasetDocument::refusesBadJudgements()
{
    QFETCH(ReportRef, report);
    QFETCH(Summit::Review::Verdict, verdict);
    QFETCH(QString, reason);
    auto document = reportsDifferDocument();
    QSignalSpy changed(document.get(), &DatasetDocument::reviewChanged);
    QVERIFY(!document->setReview(report, { verdict, reason }));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(!document->isModified());
}

void TestDatasetDocument::clearingAndRepeatingAJudgement()
{
    auto document = reportsDifferDocument();
    const ReportRef setAside = attendance(0, 3); // set aside in the file
    QCOMPARE(toString(document->review(setAside)->verdict), toString(Review::SetAside));
    QVERIFY(document->clearReview(setAside));
    QCOMPARE(*document->review(setAside), Review {});
    QVERIFY(document->undoStack()->undoText().startsWith(QLatin1String("clear judgement: ")));
    // What is already so is no step.
    QVERIFY(document->clearReview(setAside));
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(toString(document->review(setAside)->verdict), toString(Review::SetAside));
    QCOMPARE(document->review(setAside)->reason,
        QStringLiteral("The two reports of the day say he never arrived."));
}

void TestDatasetDocument::judgementSurvivesSaveAndReload()
{
    auto document = reportsDifferDocument();
    QVERIFY(
        document->setReportAside(attendance(0, 2), QStringLiteral("Says less than the brief.")));
    QVERIFY(document->preferReport(figure(1), QStringLiteral("Government data.")));
    QVERIFY(
        document->setReportAside({ ReportRef::Kind::Summit, 1, 1 }, QStringLiteral("Two days.")));
    QVERIFY(document->clearReview(attendance(0, 3)));
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("judged.json"));
    QString error;
    QVERIFY2(DatasetWriter::writeFile(document->dataset(), path, &error), qPrintable(error));

    const Dataset reloaded = TestData::loadDataset(path);
    const Summit::Summit &summit = reloaded.summits[0];
    QCOMPARE(summit.attendance[2].review,
        (Review { Review::SetAside, QStringLiteral("Says less than the brief.") }));
    QCOMPARE(summit.attendance[3].review, Review {});
    QCOMPARE(
        toString(summit.attendance[1].review.verdict), toString(Review::Preferred)); // untouched
    QCOMPARE(reloaded.tradeFigures[1].review,
        (Review { Review::Preferred, QStringLiteral("Government data.") }));
    QCOMPARE(reloaded.summits[1].otherReports[0].review,
        (Review { Review::SetAside, QStringLiteral("Two days.") }));
}

QTEST_GUILESS_MAIN(TestDatasetDocument)
#include "tst_datasetdocument.moc"
