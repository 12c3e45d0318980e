// SPDX-License-Identifier: GPL-3.0-or-later
// Where the timeline puts events: placement in the day, lanes, neighbours, clusters, labels.

#include "models/datasetreader.h"
#include "views/timeline/timelinelayout.h"

#include <QDate>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Summit;

Q_DECLARE_METATYPE(LaneMode)

namespace {

int rowOf(const Dataset &dataset, const QString &id)
{
    for (int row = 0; row < int(dataset.events.size()); ++row) {
        if (dataset.events[row].id == id)
            return row;
    }
    return -1;
}

QStringList lanesOf(const TimelineLayout &layout, int row)
{
    QStringList titles;
    for (int lane = 0; lane < layout.laneCount(); ++lane) {
        if (layout.markOf(lane, row) >= 0)
            titles << layout.lane(lane).title;
    }
    return titles;
}

/** A lane of @p count marks, @p spacing seconds apart from @p start. */
TimelineLane laneOf(int count, double start, double spacing)
{
    TimelineLane lane;
    for (int i = 0; i < count; ++i) {
        lane.times.push_back(start + i * spacing);
        lane.rows.push_back(i);
    }
    return lane;
}

} // namespace

/** Tests of TimelineLayout on the built-in dataset and on made-up lanes. */
class TestTimelineLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dayPositions_data();
    void dayPositions();
    void sequenceEventsSpreadOverTheirDay();
    void laneAssignment_data();
    void laneAssignment();
    void lanesAreSortedAndNonEmpty_data();
    void lanesAreSortedAndNonEmpty();
    void filterHidesEvents();
    void neighboursFollowTime();
    void compareAlignsOnTheSummitDay();
    void summitScope();
    void axisSpans();
    void clusterCounts_data();
    void clusterCounts();
    void clustersStayPutWhilePanning();
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void labelCutByAWallGoesLeftwards();

private:
    Dataset m_dataset;
};

void TestTimelineLayout::initTestCase()
{
    const auto result = DatasetReader::readFile(QStringLiteral(SUMMIT_BUILTIN_DATASET));
    QVERIFY(result.ok());
    m_dataset = *result.dataset;
}

void TestTimelineLayout::dayPositions_data()
{
    QTest::addColumn<QList<QTime>>("times");
    QTest::addColumn<QList<double>>("hours");
    const QTime none;
    QTest::newRow("one event, no time") << QList<QTime> { none } << QList<double> { 12 };
    QTest::newRow("four, no times")
        << QList<QTime> { none, none, none, none } << QList<double> { 3, 9, 15, 21 };
    QTest::newRow("all timed") << QList<QTime> { QTime(9, 0), QTime(14, 30) }
                               << QList<double> { 9, 14.5 };
    QTest::newRow("untimed between two times")
        << QList<QTime> { QTime(10, 0), none, QTime(12, 0) } << QList<double> { 10, 11, 12 };
    // Half a step from the day's edge, a whole step to the timed neighbour.
    QTest::newRow("untimed before a time")
        << QList<QTime> { none, QTime(12, 0) } << QList<double> { 4, 12 };
    QTest::newRow("untimed after a time")
        << QList<QTime> { QTime(12, 0), none } << QList<double> { 12, 20 };
    QTest::newRow("a time against the order is pulled forward")
        << QList<QTime> { QTime(15, 0), QTime(9, 0) } << QList<double> { 15, 15 };
}

void TestTimelineLayout::dayPositions()
{
    QFETCH(QList<QTime>, times);
    QFETCH(QList<double>, hours);
    const std::vector<double> positions
        = TimelineLayout::dayPositions(std::vector<QTime>(times.begin(), times.end()));
    QCOMPARE(int(positions.size()), int(hours.size()));
    for (int i = 0; i < int(hours.size()); ++i)
        QVERIFY2(std::abs(positions[size_t(i)] / 3600 - hours[i]) < 1e-9,
            qPrintable(QStringLiteral("%1: %2").arg(i).arg(positions[size_t(i)] / 3600)));
}

void TestTimelineLayout::sequenceEventsSpreadOverTheirDay()
{
    TimelineLayout layout;
    layout.setDataset(&m_dataset);
    const int tour = rowOf(m_dataset, QStringLiteral("e2023-museum-tour"));
    const int peskov = rowOf(m_dataset, QStringLiteral("e2023-peskov-assessment"));
    const double day = timeOfJulianDay(QDate(2023, 12, 26).toJulianDay());
    // Nine events without clock times: the first at half a ninth of the day, the last symmetric.
    QCOMPARE(layout.absoluteTime(tour), day + SecondsPerDay * 0.5 / 9);
    QCOMPARE(layout.absoluteTime(peskov), day + SecondsPerDay * 8.5 / 9);
    QVERIFY(layout.isSequence(tour));
    QCOMPARE(layout.rankInDay(tour), 1);
    QCOMPARE(layout.rankInDay(peskov), 9);
}

void TestTimelineLayout::laneAssignment_data()
{
    QTest::addColumn<LaneMode>("mode");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QStringList>("lanes");
    QTest::newRow("kind: a statement") << LaneMode::Kind << QStringLiteral("e2023-putin-opening")
                                       << QStringList { QStringLiteral("Statement") };
    QTest::newRow("kind: a council session")
        << LaneMode::Kind << QStringLiteral("e2025-eurasian-council")
        << QStringList { QStringLiteral("Council session") };
    QTest::newRow("country: a bilateral is in both countries' lanes")
        << LaneMode::Country << QStringLiteral("e2023-bilateral-kazakhstan")
        << QStringList { QStringLiteral("Kazakhstan"), QStringLiteral("Russia") };
    QTest::newRow("country: the spokesman counts for his country")
        << LaneMode::Country << QStringLiteral("e2023-peskov-assessment")
        << QStringList { QStringLiteral("Russia") };
    QTest::newRow("country: nobody named")
        << LaneMode::Country << QStringLiteral("e2025-eurasian-council")
        << QStringList { QStringLiteral("No country stated") };
    QTest::newRow("person: both leaders of a bilateral")
        << LaneMode::Person << QStringLiteral("e2025-bilateral-armenia")
        << QStringList { QStringLiteral("Nikol Pashinyan"), QStringLiteral("Vladimir Putin") };
    QTest::newRow("person: nobody named")
        << LaneMode::Person << QStringLiteral("e2025-eurasian-council")
        << QStringList { QStringLiteral("No person named") };
}

void TestTimelineLayout::laneAssignment()
{
    QFETCH(LaneMode, mode);
    QFETCH(QString, event);
    QFETCH(QStringList, lanes);
    TimelineLayout layout;
    layout.setDataset(&m_dataset);
    layout.setLaneMode(mode);
    QCOMPARE(lanesOf(layout, rowOf(m_dataset, event)), lanes);
}

void TestTimelineLayout::lanesAreSortedAndNonEmpty_data()
{
    QTest::addColumn<LaneMode>("mode");
    QTest::addColumn<int>("lanes");
    QTest::newRow("kind") << LaneMode::Kind << 7;
    // Moldova and Ukraine have no events; the council session names no country.
    QTest::newRow("country") << LaneMode::Country << 10;
    QTest::newRow("person") << LaneMode::Person << 11;
}

void TestTimelineLayout::lanesAreSortedAndNonEmpty()
{
    QFETCH(LaneMode, mode);
    QFETCH(int, lanes);
    TimelineLayout layout;
    layout.setDataset(&m_dataset);
    layout.setLaneMode(mode);
    QCOMPARE(layout.laneCount(), lanes);
    QCOMPARE(layout.shownEventCount(), int(m_dataset.events.size()));
    for (int i = 0; i < layout.laneCount(); ++i) {
        const TimelineLane &lane = layout.lane(i);
        QVERIFY(!lane.rows.empty());
        QVERIFY(std::is_sorted(lane.times.begin(), lane.times.end()));
    }
}

void TestTimelineLayout::filterHidesEvents()
{
    TimelineLayout layout;
    layout.setDataset(&m_dataset);
    std::vector<std::uint8_t> passed(m_dataset.events.size(), 0);
    for (int row = 0; row < int(m_dataset.events.size()); ++row)
        passed[size_t(row)] = m_dataset.events[row].kind == QLatin1String("bilateral");
    layout.setPassed(passed);
    QCOMPARE(layout.laneCount(), 1);
    QCOMPARE(layout.lane(0).title, QStringLiteral("Bilateral"));
    QCOMPARE(layout.shownEventCount(), 5);
    const int statement = rowOf(m_dataset, QStringLiteral("e2023-putin-opening"));
    QVERIFY(!layout.isShown(statement));
    QCOMPARE(layout.laneOf(statement), -1);
}

void TestTimelineLayout::neighboursFollowTime()
{
    TimelineLayout layout;
    layout.setDataset(&m_dataset);
    QStringList order;
    for (int row = layout.firstShown(); row >= 0; row = layout.neighbour(row, 1))
        order << m_dataset.events[row].id;
    QCOMPARE(order.size(), int(m_dataset.events.size()));
    QCOMPARE(order.first(), QStringLiteral("e2023-museum-tour"));
    QCOMPARE(order.at(1), QStringLiteral("e2023-informal-meeting"));
    QCOMPARE(order.at(9), QStringLiteral("e2025-aliyev-absence"));
    QCOMPARE(order.last(), QStringLiteral("e2025-bilateral-kazakhstan"));
    const int last = layout.lastShown();
    QCOMPARE(layout.neighbour(last, 1), -1);
    QCOMPARE(
        m_dataset.events[layout.neighbour(last, -1)].id, QStringLiteral("e2025-bilateral-armenia"));
}

void TestTimelineLayout::compareAlignsOnTheSummitDay()
{
    TimelineLayout layout;
    layout.setDataset(&m_dataset);
    layout.setCompare(true, 0, 1);
    QVERIFY(layout.isComparing());
    for (int row = 0; row < int(m_dataset.events.size()); ++row) {
        QVERIFY(layout.displayTime(row) >= 0);
        QVERIFY(layout.displayTime(row) < SecondsPerDay);
    }
    int bands[2] = { 0, 0 };
    for (int lane = 0; lane < layout.laneCount(); ++lane)
        ++bands[layout.lane(lane).band];
    QCOMPARE(bands[0], 6); // 2023 had no council session
    QCOMPARE(bands[1], 5); // 2025 had no visit and no proposal
    const int plenary2023 = rowOf(m_dataset, QStringLiteral("e2023-informal-meeting"));
    const int plenary2025 = rowOf(m_dataset, QStringLiteral("e2025-informal-meeting"));
    QCOMPARE(layout.lane(layout.laneOf(plenary2023)).band, 0);
    QCOMPARE(layout.lane(layout.laneOf(plenary2025)).band, 1);
    layout.setCompare(true, 0, 0);
    QVERIFY2(!layout.isComparing(), "a summit is not compared with itself");
}

void TestTimelineLayout::summitScope()
{
    TimelineLayout layout;
    layout.setDataset(&m_dataset);
    layout.setSummitScope({ 1 });
    QCOMPARE(layout.shownEventCount(), 8);
    QCOMPARE(layout.summitDays().size(), size_t(1));
    QCOMPARE(layout.occupiedSpans().size(), size_t(2)); // the day, from events and summit
    layout.setSummitScope({});
    QCOMPARE(layout.shownEventCount(), 17);
}

void TestTimelineLayout::axisSpans()
{
    TimelineLayout layout;
    layout.setDataset(&m_dataset);
    TimelineAxis axis;
    axis.setOccupiedSpans(layout.occupiedSpans());
    QCOMPARE(axis.segments().size(), size_t(2));
    // No event of either summit has a clock time.
    const std::vector<qint64> days = layout.sequenceDays();
    QCOMPARE(days,
        (std::vector<qint64> {
            QDate(2023, 12, 26).toJulianDay(), QDate(2025, 12, 22).toJulianDay() }));
}

void TestTimelineLayout::clusterCounts_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("spacing");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("largest");
    // A day across 1544 pixels: an hour is about 64 pixels, a minute about one.
    QTest::newRow("hours apart: each alone") << 10 << 3600.0 << 10 << 1;
    QTest::newRow("a minute apart: one cluster") << 10 << 60.0 << 1 << 10;
    QTest::newRow("a second apart: one cluster") << 1000 << 1.0 << 1 << 1000;
    // About 10.7 pixels apart: two or three per 30-pixel bin, 52 bins; the last mark alone in
    // its bin would touch the cluster before it, and joins it.
    QTest::newRow("ten minutes apart: clusters of a bin") << 144 << 600.0 << 51 << 4;
}

void TestTimelineLayout::clusterCounts()
{
    QFETCH(int, count);
    QFETCH(double, spacing);
    QFETCH(int, groups);
    QFETCH(int, largest);
    TimelineAxis axis;
    axis.setViewportWidth(1600);
    axis.setOccupiedSpans({ { 0, SecondsPerDay } });
    axis.fitAll();
    const TimelineLane lane = laneOf(count, 30, spacing);
    std::vector<MarkGroup> found;
    TimelineLayout::groupMarks(lane, axis, 30, 7, found);
    QCOMPARE(int(found.size()), groups);
    int total = 0, biggest = 0;
    for (size_t i = 0; i < found.size(); ++i) {
        total += found[i].count();
        biggest = std::max(biggest, found[i].count());
        if (i > 0)
            QVERIFY2(found[i].left >= found[i - 1].right, "glyphs never overlap");
    }
    QCOMPARE(total, count);
    QCOMPARE(biggest, largest);
}

void TestTimelineLayout::clustersStayPutWhilePanning()
{
    TimelineAxis axis;
    axis.setViewportWidth(1600);
    axis.setOccupiedSpans({ { 0, 30 * SecondsPerDay } });
    axis.fitAll();
    axis.zoomAt(8, 800);
    const TimelineLane lane = laneOf(3000, 0, 863);
    std::vector<MarkGroup> before, after;
    TimelineLayout::groupMarks(lane, axis, 30, 7, before);
    axis.panBy(13);
    TimelineLayout::groupMarks(lane, axis, 30, 7, after);
    // The same marks stay together, only moved by the pan.
    int matched = 0;
    for (const MarkGroup &a : before) {
        for (const MarkGroup &b : after) {
            if (a.first == b.first && a.last == b.last) {
                QVERIFY(std::abs((a.x - b.x) - 13) < 1e-6);
                ++matched;
            }
        }
    }
    QVERIFY(matched >= int(before.size()) - 2);
}

void TestTimelineLayout::labelsNeverOverlap_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<double>("spacing");
    QTest::addColumn<double>("wanted");
    QTest::addColumn<int>("hidden");
    QTest::newRow("room for all in one row") << 1 << 300.0 << 200.0 << 0;
    QTest::newRow("two rows take turns") << 2 << 120.0 << 200.0 << 0;
    QTest::newRow("too dense: cut, not overlapping") << 2 << 40.0 << 200.0 << 0;
    QTest::newRow("far too dense: some hidden") << 1 << 20.0 << 200.0 << 10;
    QTest::newRow("no rows") << 0 << 300.0 << 200.0 << 20;
}

void TestTimelineLayout::labelsNeverOverlap()
{
    QFETCH(int, rows);
    QFETCH(double, spacing);
    QFETCH(double, wanted);
    QFETCH(int, hidden);
    std::vector<LabelRequest> requests;
    for (int i = 0; i < 20; ++i)
        requests.push_back({ i * spacing, wanted, 30, 1e9, i * spacing + 14, 0 });
    std::vector<LabelSlot> placed;
    TimelineLayout::placeLabels(requests, rows, 6, placed);
    int hiddenCount = 0;
    for (size_t i = 0; i < placed.size(); ++i) {
        if (placed[i].row < 0) {
            ++hiddenCount;
            continue;
        }
        QVERIFY(placed[i].row < rows);
        QVERIFY(placed[i].width >= 30);
        for (size_t j = 0; j < i; ++j) {
            if (placed[j].row != placed[i].row)
                continue;
            const bool apart = placed[j].left + placed[j].width <= placed[i].left
                || placed[i].left + placed[i].width <= placed[j].left;
            QVERIFY2(apart, qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(j).arg(i)));
        }
    }
    QCOMPARE(hiddenCount, hidden);
}

void TestTimelineLayout::labelCutByAWallGoesLeftwards()
{
    // The last label would run into the plot's edge at 1000: it ends at its mark instead.
    std::vector<LabelRequest> requests { { 100, 200, 30, 1000, 114, 0 },
        { 900, 200, 30, 1000, 914, 0 } };
    std::vector<LabelSlot> placed;
    TimelineLayout::placeLabels(requests, 1, 6, placed);
    QCOMPARE(placed[0].left, 100.0);
    QCOMPARE(placed[1].row, 0);
    QCOMPARE(placed[1].left, 714.0);
    QCOMPARE(placed[1].width, 200.0);
}

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
