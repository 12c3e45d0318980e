// SPDX-License-Identifier: GPL-3.0-or-later
// The agreement rules between reports of one fact, on the eight cases of issue 12 told in our own
// words: figures, attendance and dates as several outlets might report them.
#include "models/agreement.h"
#include "models/datasetreader.h"

#include <QTest>

#include "reportsdiffer.h"

using namespace Summit;

namespace {

constexpr double billion = 1e9;

TradeFigure figure(double billions, Qualifier qualifier, const QString &scope, const QDate &start,
    const QDate &end, const QString &statement = QString())
{
    TradeFigure f;
    f.id = QStringLiteral("f%1").arg(billions);
    f.valueUsd = billions * billion;
    f.qualifier = qualifier;
    f.scope = scope;
    if (scope == QLatin1String("bilateral"))
        f.countries = { QStringLiteral("ARM"), QStringLiteral("RUS") };
    f.periodStart = start;
    f.periodEnd = end;
    f.statement = statement;
    return f;
}

const QDate jan2024(2024, 1, 1);
const QDate dec2024(2024, 12, 31);
const QDate jan2025(2025, 1, 1);
const QDate sep2025(2025, 9, 30);
const QDate oct2025(2025, 10, 31);

} // namespace

/** Tests of models/agreement.h. */
class TestAgreement : public QObject
{
    Q_OBJECT

private slots:
    void hedgeIntervals_data();
    void hedgeIntervals();
    void figures_data();
    void figures();
    void attendance_data();
    void attendance();
    void spans_data();
    void spans();
    void datasetOfTheEightCases();
    void attendanceSummary_data();
    void attendanceSummary();
};

void TestAgreement::hedgeIntervals_data()
{
    QTest::addColumn<double>("billions");
    QTest::addColumn<Qualifier>("qualifier");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<bool>("lowOpen");
    QTest::addColumn<bool>("highOpen");
    // Exact to the stated precision: half a unit of the last non-zero digit.
    QTest::newRow("11.7 exact") << 11.7 << Qualifier::Exact << 11.65 << 11.75 << false << false;
    QTest::newRow("93 exact") << 93.0 << Qualifier::Exact << 92.5 << 93.5 << false << false;
    QTest::newRow("83.7 exact") << 83.7 << Qualifier::Exact << 83.65 << 83.75 << false << false;
    QTest::newRow("almost 90") << 90.0 << Qualifier::Almost << 85.5 << 90.0 << false << true;
    QTest::newRow("about 90") << 90.0 << Qualifier::Approximately << 85.5 << 94.5 << false << false;
    QTest::newRow("over 11") << 11.0 << Qualifier::Over << 11.0 << 12.1 << true << false;
    QTest::newRow("slightly over 93")
        << 93.0 << Qualifier::SlightlyOver << 93.0 << 95.79 << true << false;
    QTest::newRow("under 10") << 10.0 << Qualifier::Under << 9.0 << 10.0 << false << true;
}

void TestAgreement::hedgeIntervals()
{
    QFETCH(double, billions);
    QFETCH(Qualifier, qualifier);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(bool, lowOpen);
    QFETCH(bool, highOpen);
    const ValueInterval interval = intervalOf(billions * billion, qualifier);
    QVERIFY2(qAbs(interval.low - low * billion) < 1e3, qPrintable(QString::number(interval.low)));
    QVERIFY2(
        qAbs(interval.high - high * billion) < 1e3, qPrintable(QString::number(interval.high)));
    QCOMPARE(interval.lowOpen, lowOpen);
    QCOMPARE(interval.highOpen, highOpen);
}

void TestAgreement::figures_data()
{
    QTest::addColumn<TradeFigure>("a");
    QTest::addColumn<TradeFigure>("b");
    QTest::addColumn<Relation>("relation");
    QTest::addColumn<bool>("sameScope");
    QTest::addColumn<bool>("samePeriod");
    const QString bilateral = QStringLiteral("bilateral");
    const QString russiaCis = QStringLiteral("russia-cis");
    const QString internal = QStringLiteral("cis-internal");
    const QString statement = QStringLiteral("host-trade-figure-2025");
    // Case 1: "passed 11 billion" and 11.7 billion from government data: one more precise.
    QTest::newRow("1: over 11 and 11.7 agree")
        << figure(11, Qualifier::Over, bilateral, jan2024, dec2024)
        << figure(11.7, Qualifier::Exact, bilateral, jan2024, dec2024) << Relation::Agree << true
        << true;
    // Case 2: one statement, reported as Russia's trade with the CIS and as trade among members.
    QTest::newRow("2: one statement, another scope and hedge")
        << figure(90, Qualifier::Almost, russiaCis, jan2025, oct2025, statement)
        << figure(90, Qualifier::Approximately, internal, jan2025, oct2025, statement)
        << Relation::ReadDifferently << false << true;
    // Case 3: the same statement given for nine months instead of ten.
    QTest::newRow("3: a period disagreement")
        << figure(90, Qualifier::Almost, russiaCis, jan2025, oct2025, statement)
        << figure(90, Qualifier::Almost, russiaCis, jan2025, sep2025, statement) << Relation::Differ
        << true << false;
    // Case 5: "a little above 93 billion" and "above 93 billion".
    QTest::newRow("5: slightly over 93 and over 93 agree")
        << figure(93, Qualifier::SlightlyOver, russiaCis, jan2024, dec2024)
        << figure(93, Qualifier::Over, russiaCis, jan2024, dec2024) << Relation::Agree << true
        << true;
    QTest::newRow("values that cannot both hold")
        << figure(11.7, Qualifier::Exact, bilateral, jan2024, dec2024)
        << figure(13, Qualifier::Exact, bilateral, jan2024, dec2024) << Relation::Differ << true
        << true;
    QTest::newRow("two measures without a shared statement are never one fact")
        << figure(90, Qualifier::Almost, russiaCis, jan2025, oct2025)
        << figure(90, Qualifier::Approximately, internal, jan2025, oct2025) << Relation::Differ
        << false << true;
}

void TestAgreement::figures()
{
    QFETCH(TradeFigure, a);
    QFETCH(TradeFigure, b);
    QFETCH(Relation, relation);
    QFETCH(bool, sameScope);
    QFETCH(bool, samePeriod);
    const FigureComparison forward = compareFigures(a, b);
    QCOMPARE(toString(forward.relation), toString(relation));
    QCOMPARE(forward.sameScope, sameScope);
    QCOMPARE(forward.samePeriod, samePeriod);
    // The order of the two reports does not matter for figures.
    QCOMPARE(toString(compareFigures(b, a).relation), toString(relation));
}

void TestAgreement::attendance_data()
{
    QTest::addColumn<Presence>("earlier");
    QTest::addColumn<Presence>("later");
    QTest::addColumn<Relation>("relation");
    // Case 4: one report does not say whether a leader came; another lists him among the guests.
    QTest::newRow("4: unknown, then present, fills the unknown")
        << Presence::Unknown << Presence::Present << Relation::FillsUnknown;
    QTest::newRow("present, then unknown, is no disagreement")
        << Presence::Present << Presence::Unknown << Relation::FillsUnknown;
    // Case 6: a preview expects a leader; the reports of the day say he did not come.
    QTest::newRow("6: expected, then absent, is a change of plan")
        << Presence::Expected << Presence::Absent << Relation::ChangeOfPlan;
    QTest::newRow("expected, then present, agrees")
        << Presence::Expected << Presence::Present << Relation::Agree;
    QTest::newRow("absent, then expected, differ")
        << Presence::Absent << Presence::Expected << Relation::Differ;
    QTest::newRow("present against absent differ")
        << Presence::Present << Presence::Absent << Relation::Differ;
    QTest::newRow("two reports of presence agree")
        << Presence::Present << Presence::Present << Relation::Agree;
}

void TestAgreement::attendance()
{
    QFETCH(Presence, earlier);
    QFETCH(Presence, later);
    QFETCH(Relation, relation);
    QCOMPARE(toString(compareAttendance(earlier, later)), toString(relation));
}

void TestAgreement::spans_data()
{
    QTest::addColumn<QDate>("startA");
    QTest::addColumn<QDate>("endA");
    QTest::addColumn<QDate>("startB");
    QTest::addColumn<QDate>("endB");
    QTest::addColumn<Relation>("relation");
    // Case 7: a two-day meeting in one report (the first day another council), one day in another.
    QTest::newRow("7: two days against one")
        << QDate(2025, 12, 21) << QDate(2025, 12, 22) << QDate(2025, 12, 22) << QDate(2025, 12, 22)
        << Relation::Differ;
    QTest::newRow("the same day") << QDate(2025, 12, 22) << QDate(2025, 12, 22)
                                  << QDate(2025, 12, 22) << QDate(2025, 12, 22) << Relation::Agree;
}

void TestAgreement::spans()
{
    QFETCH(QDate, startA);
    QFETCH(QDate, endA);
    QFETCH(QDate, startB);
    QFETCH(QDate, endB);
    QFETCH(Relation, relation);
    QCOMPARE(toString(compareSpans(startA, endA, startB, endB)), toString(relation));
}

void TestAgreement::datasetOfTheEightCases()
{
    // tests/data/reports-differ.json tells the eight cases as a dataset of made-up reports.
    const auto result
        = DatasetReader::readFile(QStringLiteral(SUMMIT_TEST_DATA_DIR "/reports-differ.json"));
    QVERIFY2(result.ok(),
        qPrintable(result.errors.isEmpty() ? QString() : result.errors.constFirst().toString()));
    const QList<FactReports> facts = collectFactReports(*result.dataset);
    QStringList seen;
    for (const FactReports &fact : facts) {
        QString line = QStringLiteral("%1 %2: %3 of %4")
                           .arg(int(fact.kind))
                           .arg(fact.subject, toString(fact.relation))
                           .arg(fact.reports.size());
        if (!fact.setAside.isEmpty())
            line += QStringLiteral(", %1 set aside").arg(fact.setAside.size());
        if (fact.preferred >= 0)
            line += QStringLiteral(", one preferred");
        seen << line;
    }
    const QStringList expected = {
        // Case 8: "had to leave" set aside; the two that say he turned back agree.
        QStringLiteral("0 AZE: agree of 3, 1 set aside, one preferred"),
        // Case 7: the meeting's span, two days in one report and one in another.
        QStringLiteral("2 s2025: differ of 2"),
        // Case 4: one report does not say; another does.
        QStringLiteral("0 BLR: fills-unknown of 2"),
        // Case 6: expected in a preview, absent on the day.
        QStringLiteral("0 AZE: change-of-plan of 2"),
        // Case 1: one more precise.
        QStringLiteral("1 measure:bilateral/ARM-RUS/2024-01-01/2024-12-31: agree of 2"),
        // Case 5: slightly over and over.
        QStringLiteral("1 measure:russia-cis//2024-01-01/2024-12-31: agree of 2"),
        // Cases 2 and 3: one statement read with another scope and hedge, and another period.
        QStringLiteral("1 statement:host-figure-2025: differ of 3"),
    };
    QCOMPARE(seen, expected);
}

void TestAgreement::attendanceSummary_data()
{
    QTest::addColumn<int>("summit");
    QTest::addColumn<QString>("country");
    QTest::addColumn<bool>("keepSetAside"); ///< false: the user takes the set-aside back
    QTest::addColumn<Presence>("status");
    QTest::addColumn<Relation>("relation");
    QTest::addColumn<int>("reports");
    const QString aze = QStringLiteral("AZE");
    QTest::newRow("case 8: one set aside, the others agree, one preferred")
        << 0 << aze << true << Presence::Absent << Relation::Agree << 3;
    QTest::newRow("case 8 without the set-aside: they differ, the preferred one shows")
        << 0 << aze << false << Presence::Absent << Relation::Differ << 3;
    QTest::newRow("case 4: the report that knows fills the unknown")
        << 1 << QStringLiteral("BLR") << true << Presence::Present << Relation::FillsUnknown << 2;
    QTest::newRow("case 6: expected, then absent: the later report")
        << 1 << aze << true << Presence::Absent << Relation::ChangeOfPlan << 2;
    QTest::newRow("one report") << 1 << QStringLiteral("RUS") << true << Presence::Present
                                << Relation::Agree << 1;
    QTest::newRow("no report") << 1 << QStringLiteral("ARM") << true << Presence::Unknown
                               << Relation::Agree << 0;
}

void TestAgreement::attendanceSummary()
{
    QFETCH(int, summit);
    QFETCH(QString, country);
    QFETCH(bool, keepSetAside);
    QFETCH(Presence, status);
    QFETCH(Relation, relation);
    QFETCH(int, reports);
    std::optional<Dataset> loaded = TestData::reportsDiffer(keepSetAside);
    QVERIFY(loaded);
    Dataset &dataset = *loaded;
    const AttendanceSummary summary
        = summarizeAttendance(dataset, dataset.summits[summit], country);
    QCOMPARE(toString(summary.status), toString(status));
    QCOMPARE(toString(summary.relation), toString(relation));
    QCOMPARE(summary.reports, reports);
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
