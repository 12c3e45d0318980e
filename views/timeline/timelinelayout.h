// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/timeline/timelineaxis.h"

#include <QString>
#include <QStringList>
#include <QTime>

#include <cstdint>
#include <functional>
#include <vector>

/*
 * Where each event goes on the timeline, computed once per dataset (placement) and once per
 * filter or lane-mode change (lanes), never per frame. Events are identified by their row in the
 * EventModel ("row"), which is their index in Dataset::events.
 *
 * Invariants:
 *  - every lane's marks are sorted by time, so a frame finds its visible window by binary search;
 *  - a lane holds only events that pass the filter and the summit scope (compare mode, export's
 *    --summits); lanes with no such event are not listed;
 *  - in compare mode a mark's time is relative to the start of its summit's day, so that the two
 *    summits line up; the axis is then built on those relative times.
 */

namespace Summit {

struct Dataset;

enum class LaneMode
{
    Kind,
    Country,
    Person
};

/** One horizontal lane: the shown events that belong to it, sorted by time. */
struct TimelineLane
{
    QString title;
    int kind = -1; ///< index into TimelineLayout::kinds() in kind mode, else -1
    int band = 0; ///< 1 for the second summit's band in compare mode
    std::vector<double> times; ///< time of each mark, ascending
    std::vector<int> rows; ///< event row of each mark

    int size() const { return int(rows.size()); }
};

/** A run of a lane's marks drawn as one thing: a single event, or a cluster with a count. */
struct MarkGroup
{
    int first = 0; ///< index of the first mark in the lane
    int last = 0; ///< one past the last mark
    double x = 0; ///< viewport x of the centre (of the event itself for a single one)
    double left = 0;
    double right = 0;

    int count() const { return last - first; }
};

/**
 * A label that would like to sit below a mark: from @p left rightwards, or, when a wall (a break,
 * the plot's edge) would cut it, ending at @p rightEdge instead.
 */
struct LabelRequest
{
    double left = 0;
    double wanted = 0; ///< width of the whole text
    double minimum = 0; ///< narrower than this, the label is hidden rather than cut
    double limit = 1e300; ///< the wall on the right: x the label must not reach
    double rightEdge = 0; ///< right edge of the mark, where a label placed leftwards ends
    double floor = 0; ///< the wall on the left: x a label placed leftwards must not pass
};

/** Where a label went: its row below the mark, its left edge and width; row -1 when hidden. */
struct LabelSlot
{
    int row = -1;
    double left = 0;
    double width = 0;
};

/** A summit's day on the axis, for the band drawn behind its events. */
struct SummitDay
{
    int summit = -1; ///< index in Dataset::summits
    TimeSpan span;
};

/**
 * Places a dataset's events in time and into lanes. The view owns one, feeds it the filter's
 * verdict per row, and reads lanes, axis spans and neighbours back.
 */
class TimelineLayout
{
public:
    /** The file format's kinds, in the order of lanes and legend, then "other". */
    static const QStringList &kinds();
    static int kindIndex(const QString &kind);

    /** Recomputes every placement; @p dataset must outlive the layout or the next call. */
    void setDataset(const Dataset *dataset);
    const Dataset *dataset() const { return m_dataset; }
    int eventCount() const { return int(m_time.size()); }

    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_mode; }
    /** Two summits side by side, aligned on their day; invalid indices turn compare mode off. */
    void setCompare(bool on, int firstSummit, int secondSummit);
    bool isComparing() const { return m_compare; }
    int compareSummit(int band) const { return band == 0 ? m_compareA : m_compareB; }
    /** Restricts the timeline to these summits (indices); empty: all of them. */
    void setSummitScope(const std::vector<int> &summits);
    /** What the filter lets through, one flag per row; empty means everything. */
    void setPassed(std::vector<std::uint8_t> passed);

    int laneCount() const { return int(m_shown.size()); }
    const TimelineLane &lane(int index) const { return m_lanes[size_t(m_shown[size_t(index)])]; }
    /** Rows shown (in some lane), counted once each. */
    int shownEventCount() const { return m_shownEvents; }
    /** Whether some shown event has no clock time, only its order in the day. */
    bool showsSequenceEvents() const { return m_shownSequenceEvents > 0; }
    /** True when some event shown was only announced (format 2's `planned`). */
    bool showsPlannedEvents() const { return m_shownPlannedEvents > 0; }
    /** Whether event @p row was only announced, not reported as held. */
    bool isPlanned(int row) const { return m_planned[size_t(row)] != 0; }

    /** Whole days holding events in scope (filter ignored, so filtering keeps the axis still). */
    std::vector<TimeSpan> occupiedSpans() const;
    /** Days (in the axis' time) whose events in scope have no clock time at all. */
    std::vector<qint64> sequenceDays() const;
    /** The summits in scope with their day, in the axis' time. */
    std::vector<SummitDay> summitDays() const;
    /**
     * The span of @p summit's day and of its shown events, in the axis' time; @p firstRow gets
     * its earliest shown event, or -1.
     */
    TimeSpan summitExtent(int summit, int *firstRow) const;
    /** Summits in chronological order (indices in Dataset::summits). */
    std::vector<int> summitsByDate() const;

    /** Time of the event on the axis (relative to its summit's day in compare mode). */
    double displayTime(int row) const;
    double absoluteTime(int row) const { return m_time[size_t(row)]; }
    bool isSequence(int row) const { return m_sequence[size_t(row)] != 0; }
    /** 1-based position among the events of its day. */
    int rankInDay(int row) const { return m_rank[size_t(row)]; }
    int kindOf(int row) const { return m_kind[size_t(row)]; }
    bool isShown(int row) const;

    /** The next shown event after @p row in time (@p step +1) or before it (-1); -1 if none. */
    int neighbour(int row, int step) const;
    int firstShown() const;
    int lastShown() const;
    /** The first lane showing @p row, or -1. */
    int laneOf(int row) const;
    /** Index of @p row's mark in lane @p lane, or -1. */
    int markOf(int lane, int row) const;
    /** The mark of lane @p lane nearest in time to @p time, or -1 for an empty lane. */
    int nearestMark(int lane, double time) const;

    /**
     * Groups the marks of @p lane that fall in the axis' viewport (plus a margin) into single
     * events and clusters. Marks fall into bins @p binWidth pixels wide, fixed in content x so
     * that panning does not reshuffle them; a bin with several marks is a cluster; groups whose
     * glyphs would overlap merge. The cost follows the number of groups, not of marks.
     */
    static void groupMarks(const TimelineLane &lane, const TimelineAxis &axis, double binWidth,
        double radius, std::vector<MarkGroup> &groups);
    /**
     * Stacks labels into @p rows rows without overlap, in order of x: each goes to the first row
     * free at its left edge, narrowed so that the label @p rows places further on (or the first
     * after it far enough for a legible label) still has room. A label a wall would cut goes
     * leftwards, whole, if a row is free there; a label with no free row is hidden. A request
     * whose wanted width is negative is measured by @p measure(index), only when it may be
     * placed: a dense lane has many labels that never are.
     */
    static void placeLabels(const std::vector<LabelRequest> &requests, int rows, double gap,
        std::vector<LabelSlot> &placed, const std::function<double(int)> &measure = {});
    /**
     * Seconds after midnight for the events of one day, given in their order: clock times where
     * known; the others spread evenly between their timed neighbours (or the day's edges).
     */
    static std::vector<double> dayPositions(const std::vector<QTime> &timesInOrder);

private:
    void place();
    void placeDay(const std::vector<std::pair<qint64, int>> &keys, size_t begin, size_t end);
    void buildMembership();
    void rebuildLanes();
    bool inScope(int row) const;

    const Dataset *m_dataset = nullptr;
    LaneMode m_mode = LaneMode::Kind;
    bool m_compare = false;
    int m_compareA = -1;
    int m_compareB = -1;
    std::vector<std::uint8_t> m_summitInScope; ///< per summit index

    // Per row (event), computed by place().
    std::vector<double> m_time;
    std::vector<int> m_rank;
    std::vector<int> m_summit; ///< summit index, -1 if unknown
    std::vector<std::uint8_t> m_sequence;
    std::vector<std::uint8_t> m_kind;
    std::vector<std::uint8_t> m_planned;
    std::vector<std::uint8_t> m_passed;
    std::vector<int> m_sorted; ///< rows by time
    std::vector<int> m_position; ///< index of each row in m_sorted
    std::vector<double> m_summitDayStart; ///< per summit index

    // Lane membership of each row in the current mode (compressed rows), and the lane titles.
    std::vector<int> m_memberOffsets;
    std::vector<int> m_memberLanes;
    QStringList m_groupTitles;

    std::vector<TimelineLane> m_lanes; ///< every possible lane (band-major); capacity reused
    std::vector<int> m_shown; ///< indices of non-empty lanes
    int m_shownEvents = 0;
    int m_shownSequenceEvents = 0;
    int m_shownPlannedEvents = 0;
};

} // namespace Summit
