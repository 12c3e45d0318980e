// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's broken axis alone: time <-> x with and without the fold, zoom and pan, ticks.

#include "views/timeline/timelineaxis.h"

#include <QDate>
#include <QTest>

#include <cmath>

using namespace Summit;

namespace {

double dayStart(int year, int month, int day)
{
    return timeOfJulianDay(QDate(year, month, day).toJulianDay());
}

/** The built-in dataset's shape: two summit days two years apart. */
TimelineAxis twoSummits(double width = 1600)
{
    TimelineAxis axis;
    axis.setViewportWidth(width);
    axis.setOccupiedSpans({ { dayStart(2023, 12, 26), dayStart(2023, 12, 27) },
        { dayStart(2025, 12, 22), dayStart(2025, 12, 23) } });
    axis.fitAll();
    return axis;
}

} // namespace

/** Tests of TimelineAxis. */
class TestTimelineAxis : public QObject
{
    Q_OBJECT

private slots:
    void julianDays();
    void foldShowsBothSummitsLegibly();
    void withoutFoldTheSummitsShrink();
    void shortGapsAreNotFolded();
    void roundTrip_data();
    void roundTrip();
    void fitRangeAcrossTheFold();
    void zoomKeepsTheTimeUnderTheCursor_data();
    void zoomKeepsTheTimeUnderTheCursor();
    void zoomAndPanAreBounded();
    void ticksAdaptToTheZoom_data();
    void ticksAdaptToTheZoom();
    void noTicksInsideTheFold();
    void noHourTicksOnSequenceDays();
    void foldLabel_data();
    void foldLabel();
    void tickLabels_data();
    void tickLabels();
    void manyBreaksNarrow();
};

void TestTimelineAxis::julianDays()
{
    QCOMPARE(timeOfJulianDay(QDate(1970, 1, 1).toJulianDay()), 0.0);
    QCOMPARE(julianDayOfTime(dayStart(2025, 12, 22) + 3600), QDate(2025, 12, 22).toJulianDay());
    QCOMPARE(julianDayOfTime(-1), QDate(1969, 12, 31).toJulianDay());
}

void TestTimelineAxis::foldShowsBothSummitsLegibly()
{
    const TimelineAxis axis = twoSummits();
    QCOMPARE(axis.segments().size(), size_t(2));
    const double first
        = axis.xForTime(dayStart(2023, 12, 27)) - axis.xForTime(dayStart(2023, 12, 26));
    const double second
        = axis.xForTime(dayStart(2025, 12, 23)) - axis.xForTime(dayStart(2025, 12, 22));
    // Each summit day gets almost half of the width; the two years between take one break.
    QCOMPARE(first, second);
    QVERIFY2(first > 600, qPrintable(QString::number(first)));
    QCOMPARE(axis.xForTime(dayStart(2023, 12, 26)), TimelineAxis::EdgeMargin);
    QCOMPARE(axis.xForTime(dayStart(2025, 12, 22)) - axis.xForTime(dayStart(2023, 12, 27)),
        axis.breakWidth());
    QCOMPARE(axis.xForTime(dayStart(2025, 12, 23)), 1600 - TimelineAxis::EdgeMargin);
    const std::vector<AxisBreak> breaks = axis.visibleBreaks();
    QCOMPARE(breaks.size(), size_t(1));
    QCOMPARE(breaks[0].folded.length(), 726 * SecondsPerDay);
}

void TestTimelineAxis::withoutFoldTheSummitsShrink()
{
    TimelineAxis axis = twoSummits();
    axis.setFoldEmptySpans(false);
    QCOMPARE(axis.segments().size(), size_t(1));
    QVERIFY(axis.visibleBreaks().empty());
    const double day
        = axis.xForTime(dayStart(2023, 12, 27)) - axis.xForTime(dayStart(2023, 12, 26));
    QVERIFY2(day < 3, qPrintable(QString::number(day)));
}

void TestTimelineAxis::shortGapsAreNotFolded()
{
    TimelineAxis axis;
    axis.setViewportWidth(1000);
    axis.setOccupiedSpans({ { dayStart(2025, 1, 1), dayStart(2025, 1, 2) },
        { dayStart(2025, 1, 4), dayStart(2025, 1, 5) },
        { dayStart(2025, 3, 1), dayStart(2025, 3, 2) } });
    // Two empty days stay (the threshold is three); almost two months fold.
    QCOMPARE(axis.segments().size(), size_t(2));
    QCOMPARE(axis.segments()[0], (TimeSpan { dayStart(2025, 1, 1), dayStart(2025, 1, 5) }));
}

void TestTimelineAxis::roundTrip_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<bool>("zoomed");
    QTest::newRow("first summit, morning") << dayStart(2023, 12, 26) + 9 * 3600 << false;
    QTest::newRow("second summit, evening") << dayStart(2025, 12, 22) + 20 * 3600 << false;
    QTest::newRow("inside the fold") << dayStart(2024, 12, 1) << false;
    QTest::newRow("before everything") << dayStart(2023, 12, 25) << false;
    QTest::newRow("after everything") << dayStart(2025, 12, 24) << false;
    QTest::newRow("zoomed, second summit") << dayStart(2025, 12, 22) + 13 * 3600 << true;
    QTest::newRow("zoomed, inside the fold") << dayStart(2025, 6, 1) << true;
}

void TestTimelineAxis::roundTrip()
{
    QFETCH(double, time);
    QFETCH(bool, zoomed);
    TimelineAxis axis = twoSummits();
    if (zoomed)
        axis.zoomAt(7, 1200);
    QVERIFY(std::abs(axis.timeForX(axis.xForTime(time)) - time) < 1e-3);
}

void TestTimelineAxis::fitRangeAcrossTheFold()
{
    TimelineAxis axis = twoSummits();
    const double start = dayStart(2023, 12, 26) + 18 * 3600;
    const double end = dayStart(2025, 12, 22) + 6 * 3600;
    axis.fitRange(start, end);
    QVERIFY(std::abs(axis.xForTime(start) - TimelineAxis::EdgeMargin) < 0.5);
    QVERIFY(std::abs(axis.xForTime(end) - (1600 - TimelineAxis::EdgeMargin)) < 0.5);
}

void TestTimelineAxis::zoomKeepsTheTimeUnderTheCursor_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("anchor");
    QTest::newRow("in, first summit") << 2.0 << 300.0;
    QTest::newRow("in, second summit") << 3.0 << 1300.0;
    QTest::newRow("in twice as much, left edge") << 6.0 << 40.0;
}

void TestTimelineAxis::zoomKeepsTheTimeUnderTheCursor()
{
    QFETCH(double, factor);
    QFETCH(double, anchor);
    TimelineAxis axis = twoSummits();
    const double before = axis.timeForX(anchor);
    const double scale = axis.scale();
    axis.zoomAt(factor, anchor);
    QCOMPARE(axis.scale(), scale * factor);
    QVERIFY(std::abs(axis.timeForX(anchor) - before) < 1);
}

void TestTimelineAxis::zoomAndPanAreBounded()
{
    TimelineAxis axis = twoSummits();
    axis.zoomAt(0.1, 800);
    QCOMPARE(axis.scale(), axis.minScale());
    axis.zoomAt(1e6, 300);
    QCOMPARE(axis.scale(), axis.maxScale());
    // At the closest zoom, about two hours fill the viewport.
    QVERIFY(std::abs(axis.visibleSpan().length() - 2 * 3600) < 60);
    axis.panBy(-1e9);
    QCOMPARE(axis.scroll(), -TimelineAxis::EdgeMargin);
    axis.panBy(1e12);
    QCOMPARE(axis.xForTime(dayStart(2025, 12, 23)), 1600 - TimelineAxis::EdgeMargin);
}

void TestTimelineAxis::ticksAdaptToTheZoom_data()
{
    QTest::addColumn<double>("days");
    QTest::addColumn<int>("unit");
    QTest::newRow("a few hours") << 0.25 << int(AxisTick::Hour);
    QTest::newRow("a day") << 1.0 << int(AxisTick::Hour);
    QTest::newRow("a month") << 30.0 << int(AxisTick::Day);
    QTest::newRow("a year") << 365.0 << int(AxisTick::Month);
    QTest::newRow("thirty years") << 30 * 365.0 << int(AxisTick::Year);
}

void TestTimelineAxis::ticksAdaptToTheZoom()
{
    QFETCH(double, days);
    QFETCH(int, unit);
    TimelineAxis axis;
    axis.setViewportWidth(1600);
    const double start = dayStart(2000, 1, 1);
    axis.setOccupiedSpans({ { start, start + days * SecondsPerDay } });
    axis.fitAll();
    QCOMPARE(int(axis.minorUnit(60)), unit);
    const std::vector<AxisTick> ticks = axis.ticks(60);
    QVERIFY(!ticks.empty());
    double previous = -1e9;
    for (const AxisTick &tick : ticks) {
        if (tick.major)
            continue;
        QCOMPARE(int(tick.unit), unit);
        QVERIFY2(tick.x - previous >= 59, "minor ticks leave room for their labels");
        previous = tick.x;
    }
}

void TestTimelineAxis::noTicksInsideTheFold()
{
    TimelineAxis axis = twoSummits();
    for (const AxisTick &tick : axis.ticks(60)) {
        const bool inFirst
            = tick.time >= dayStart(2023, 12, 26) && tick.time < dayStart(2023, 12, 27);
        const bool inSecond
            = tick.time >= dayStart(2025, 12, 22) && tick.time < dayStart(2025, 12, 23);
        QVERIFY2(inFirst || inSecond, qPrintable(TimelineAxis::tickLabel(tick)));
    }
}

void TestTimelineAxis::noHourTicksOnSequenceDays()
{
    TimelineAxis axis = twoSummits();
    QVERIFY(axis.minorUnit(60) == AxisTick::Hour);
    const int before = int(axis.ticks(60).size());
    axis.setSequenceDays({ QDate(2023, 12, 26).toJulianDay() });
    int hoursOnThatDay = 0;
    for (const AxisTick &tick : axis.ticks(60)) {
        if (tick.unit == AxisTick::Hour
            && julianDayOfTime(tick.time) == QDate(2023, 12, 26).toJulianDay())
            ++hoursOnThatDay;
    }
    QCOMPARE(hoursOnThatDay, 0);
    QVERIFY(int(axis.ticks(60).size()) < before);
}

void TestTimelineAxis::foldLabel_data()
{
    QTest::addColumn<double>("days");
    QTest::addColumn<QString>("label");
    QTest::newRow("the built-in gap") << 726.0 << QStringLiteral("≈ 2 years folded");
    QTest::newRow("a year") << 360.0 << QStringLiteral("≈ 1 year folded");
    QTest::newRow("eleven months") << 335.0 << QStringLiteral("≈ 11 months folded");
    QTest::newRow("a month") << 30.0 << QStringLiteral("≈ 1 month folded");
    QTest::newRow("twelve days") << 12.0 << QStringLiteral("≈ 12 days folded");
    QTest::newRow("hours") << 0.25 << QStringLiteral("≈ 6 hours folded");
}

void TestTimelineAxis::foldLabel()
{
    QFETCH(double, days);
    QFETCH(QString, label);
    QCOMPARE(TimelineAxis::foldLabel(days * SecondsPerDay), label);
}

void TestTimelineAxis::tickLabels_data()
{
    QTest::addColumn<double>("time");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("context");
    const double summit = dayStart(2023, 12, 26);
    QTest::newRow("hour") << summit + 6 * 3600 << int(AxisTick::Hour) << QStringLiteral("06:00")
                          << QStringLiteral("Tue 26 Dec 2023");
    QTest::newRow("day") << summit << int(AxisTick::Day) << QStringLiteral("26 Dec")
                         << QStringLiteral("Tue 26 Dec 2023");
    QTest::newRow("month") << dayStart(2025, 12, 1) << int(AxisTick::Month) << QStringLiteral("Dec")
                           << QStringLiteral("December 2025");
    QTest::newRow("year") << dayStart(2024, 1, 1) << int(AxisTick::Year) << QStringLiteral("2024")
                          << QStringLiteral("2024");
}

void TestTimelineAxis::tickLabels()
{
    QFETCH(double, time);
    QFETCH(int, unit);
    QFETCH(QString, label);
    QFETCH(QString, context);
    QCOMPARE(TimelineAxis::tickLabel({ time, 0, AxisTick::Unit(unit), false }), label);
    QCOMPARE(TimelineAxis::contextLabel(time, AxisTick::Unit(unit)), context);
}

void TestTimelineAxis::manyBreaksNarrow()
{
    TimelineAxis axis;
    axis.setViewportWidth(1600);
    std::vector<TimeSpan> spans;
    for (int i = 0; i < 400; ++i)
        spans.push_back({ dayStart(1995, 1, 1) + i * 50 * SecondsPerDay,
            dayStart(1995, 1, 1) + (i * 50 + 5) * SecondsPerDay });
    axis.setOccupiedSpans(spans);
    axis.fitAll();
    // The breaks share at most a third of the width; the spans keep the rest.
    QVERIFY(axis.breakWidth() * 399 <= 1600 / 3.0);
    QVERIFY(std::abs(axis.xForTime(spans.back().end) - (1600 - TimelineAxis::EdgeMargin)) < 0.5);
}

QTEST_GUILESS_MAIN(TestTimelineAxis)
#include "tst_timelineaxis.moc"
