// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

/*
 * Time on the timeline is a double: seconds since 1970-01-01 00:00 in the local time of the
 * summit's city (the data format has no time zones, so neither has the timeline). A double keeps
 * sub-second precision for the positions of events spread evenly across a day.
 *
 * The axis is "broken": occupied spans of time are shown linearly at one common scale, and the
 * empty time between two spans that are far apart is folded into a break of fixed width in
 * pixels. "Content x" is measured from the left edge of the first span at the current scale;
 * "x" (viewport x) is content x minus the scroll offset, both in pixels.
 */

namespace Summit {

constexpr double SecondsPerDay = 86400.0;
constexpr double SecondsPerHour = 3600.0;

/** Seconds since the epoch of the start of the day with Julian day number @p julianDay. */
double timeOfJulianDay(qint64 julianDay);
/** Julian day number of the day containing @p time. */
qint64 julianDayOfTime(double time);

/** A half-open span of time [start, end). */
struct TimeSpan
{
    double start = 0;
    double end = 0;

    double length() const { return end - start; }
    friend bool operator==(const TimeSpan &, const TimeSpan &) = default;
};

/** A tick of the axis, at a calendar boundary. */
struct AxisTick
{
    enum Unit
    {
        Hour,
        Day,
        Month,
        Year
    };

    double time = 0;
    double x = 0; ///< viewport x
    Unit unit = Day;
    bool major = false; ///< on the coarser row (the date above hours, the year above months...)
};

/** A folded stretch of empty time as it appears in the viewport. */
struct AxisBreak
{
    TimeSpan folded;
    double x0 = 0; ///< viewport x of the break's left edge
    double x1 = 0;
};

/**
 * The mapping between time and x, with its zoom and pan state. Pure maths, no painting: the
 * renderer, the hit-testing of the view and the export all ask it where a time lies, and the
 * tests check it alone.
 */
class TimelineAxis
{
public:
    /**
     * Sets the spans that hold something to show. Overlapping spans merge; spans whose gap is
     * longer than foldThreshold() stay apart with a break between them when folding is on.
     * Keeps the time at the viewport's centre where it can; call fitAll() for a fresh view.
     */
    void setOccupiedSpans(std::vector<TimeSpan> spans);
    void setFoldEmptySpans(bool fold);
    bool foldEmptySpans() const { return m_fold; }
    void setFoldThreshold(double seconds);
    double foldThreshold() const { return m_foldThreshold; }
    /** Days (Julian day numbers) whose events have no clock time: no hour ticks inside. */
    void setSequenceDays(std::vector<qint64> julianDays);
    bool isSequenceDay(qint64 julianDay) const;

    /** Width of the plot in pixels; the breaks narrow when there are many of them. */
    void setViewportWidth(double width);
    double viewportWidth() const { return m_viewportWidth; }
    /** Preferred width of a break in pixels (narrowed when many breaks would not fit). */
    void setPreferredBreakWidth(double width);
    double breakWidth() const { return m_breakWidth; }
    /** Empty pixels kept before the first and after the last span. */
    static constexpr double EdgeMargin = 28.0;

    const std::vector<TimeSpan> &segments() const { return m_segments; }
    bool isEmpty() const { return m_segments.empty(); }
    TimeSpan extent() const;

    double scale() const { return m_scale; } ///< pixels per second
    double scroll() const { return m_scroll; } ///< content x at the viewport's left edge
    double minScale() const; ///< the scale at which everything fits
    double maxScale() const; ///< about two hours across the viewport
    double contentWidth() const; ///< from the first span's start to the last span's end

    void setScale(double scale); ///< keeps the scroll, clamped
    void setScroll(double scroll); ///< clamped to the content and its margins
    void fitAll();
    /** Shows [start, end) across the viewport, as closely as the zoom limits allow. */
    void fitRange(double start, double end);
    /** Multiplies the scale by @p factor keeping the time under viewport x @p anchor in place. */
    void zoomAt(double factor, double anchor);
    void panBy(double dx) { setScroll(m_scroll + dx); }
    void centreOn(double time);

    double xForTime(double time) const;
    double timeForX(double x) const;
    double contentXForTime(double time) const;
    double timeForContentX(double contentX) const;
    /** The time span under the viewport. */
    TimeSpan visibleSpan() const;

    /** Breaks that intersect the viewport. */
    std::vector<AxisBreak> visibleBreaks() const;
    /**
     * Ticks inside the visible spans: a minor row whose labels are at least @p minSpacing pixels
     * apart, and the major row of the next coarser unit. Hour ticks skip sequence days.
     */
    std::vector<AxisTick> ticks(double minSpacing) const;
    /** The unit of the minor ticks at the current scale. */
    AxisTick::Unit minorUnit(double minSpacing) const;

    /** "≈ 2 years folded", "≈ 5 months folded", "≈ 12 days folded". */
    static QString foldLabel(double seconds);
    /** Label of a tick: "06:00", "26 Dec", "Dec", "2023". */
    static QString tickLabel(const AxisTick &tick);
    /** Text for the major row: "Tue 26 Dec 2023", "December 2023", "2023". */
    static QString contextLabel(double time, AxisTick::Unit unit);

private:
    struct Step
    {
        AxisTick::Unit unit;
        int count;
    };

    void rebuildSegments();
    void updateBreakWidth();
    /** Unfolded seconds from the first span, and breaks (fractional inside one) before @p time. */
    void decompose(double time, double *unfolded, double *breaks) const;
    int segmentAtOrBefore(double time) const;
    int segmentAtContentX(double contentX) const;
    double segmentContentX(int index) const;
    Step chooseStep(double minSpacing) const;
    void addTicks(std::vector<AxisTick> &ticks, const TimeSpan &span, Step step, bool major) const;

    std::vector<TimeSpan> m_spans; ///< as given, merged and sorted
    std::vector<TimeSpan> m_segments; ///< after folding
    std::vector<double> m_prefix; ///< unfolded seconds before each segment
    std::vector<qint64> m_sequenceDays;
    bool m_fold = true;
    double m_foldThreshold = 3 * SecondsPerDay;
    double m_viewportWidth = 800;
    double m_preferredBreakWidth = 88;
    double m_breakWidth = 88;
    double m_scale = 1.0 / 60;
    double m_scroll = 0;
};

} // namespace Summit
