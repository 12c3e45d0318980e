// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/timeline/timelinelayout.h"

#include "models/dataset.h"
#include "models/eventmodel.h"
#include "models/sourceformat.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>

namespace Summit {

namespace {

// EventModel::sortKey() packs the day and the order as days * dayFactor + order.
constexpr qint64 dayFactor = 100000;
constexpr int maxLabelRows = 8;
// How far left of a wall a label is worth measuring to try it leftwards.
constexpr double maxLeftwardsReach = 1200;

/** Spreads @p count untimed events over (low, high); an open end is a day's edge, not an event. */
void spread(std::vector<double> &positions, int first, int count, double low, double high,
    bool lowOpen, bool highOpen)
{
    if (count <= 0)
        return;
    // Half a step between a day's edge and the nearest event keeps a day's events centred; a
    // whole step between an event and a timed neighbour.
    const double shares = count + (lowOpen ? -0.5 : 0.0) + (highOpen ? -0.5 : 0.0) + 1.0;
    const double step = std::max(0.0, high - low) / shares;
    const double offset = lowOpen ? 0.5 : 1.0;
    for (int j = 0; j < count; ++j)
        positions[size_t(first + j)] = low + (j + offset) * step;
}

/** What an event's lanes are looked up in, built once per lane-mode change. */
struct LaneIndex
{
    QHash<QString, int> countries;
    QHash<QString, int> people;
};

void addOnce(std::vector<int> &lanes, int lane)
{
    if (lane >= 0 && std::find(lanes.begin(), lanes.end(), lane) == lanes.end())
        lanes.push_back(lane);
}

/** Lanes of @p event in @p mode; @p none is the lane of events that name nobody. */
void eventLanes(const Dataset &dataset, const Event &event, LaneMode mode, int kind,
    const LaneIndex &index, int none, std::vector<int> &lanes)
{
    lanes.clear();
    if (mode == LaneMode::Kind) {
        lanes.push_back(kind);
        return;
    }
    if (mode == LaneMode::Country) {
        // The same countries the filter matches: those named and those of the participants.
        for (const QString &code : event.countries)
            addOnce(lanes, index.countries.value(code, -1));
        for (const QString &id : event.participants) {
            const int person = index.people.value(id, -1);
            if (person >= 0)
                addOnce(lanes, index.countries.value(dataset.people[person].country, -1));
        }
    } else {
        for (const QString &id : event.participants)
            addOnce(lanes, index.people.value(id, -1));
    }
    if (lanes.empty())
        lanes.push_back(none);
}

} // namespace

const QStringList &TimelineLayout::kinds()
{
    static const QStringList list = eventKinds() << QStringLiteral("other");
    return list;
}

int TimelineLayout::kindIndex(const QString &kind)
{
    const int index = int(kinds().indexOf(kind));
    return index < 0 ? int(kinds().size()) - 1 : index;
}

void TimelineLayout::setDataset(const Dataset *dataset)
{
    m_dataset = dataset;
    m_compare = false;
    m_compareA = m_compareB = -1;
    m_summitInScope.clear();
    m_passed.clear();
    place();
    buildMembership();
    rebuildLanes();
}

void TimelineLayout::setLaneMode(LaneMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    buildMembership();
    rebuildLanes();
}

void TimelineLayout::setCompare(bool on, int firstSummit, int secondSummit)
{
    const int summits = m_dataset ? int(m_dataset->summits.size()) : 0;
    const bool valid = firstSummit >= 0 && secondSummit >= 0 && firstSummit < summits
        && secondSummit < summits && firstSummit != secondSummit;
    m_compare = on && valid;
    m_compareA = valid ? firstSummit : -1;
    m_compareB = valid ? secondSummit : -1;
    rebuildLanes();
}

void TimelineLayout::setSummitScope(const std::vector<int> &summits)
{
    m_summitInScope.clear();
    if (!summits.empty() && m_dataset) {
        m_summitInScope.assign(m_dataset->summits.size(), 0);
        for (int summit : summits) {
            if (summit >= 0 && summit < int(m_summitInScope.size()))
                m_summitInScope[size_t(summit)] = 1;
        }
    }
    rebuildLanes();
}

void TimelineLayout::setPassed(std::vector<std::uint8_t> passed)
{
    m_passed = std::move(passed);
    if (!m_passed.empty())
        m_passed.resize(m_time.size(), 0);
    rebuildLanes();
}

std::vector<TimeSpan> TimelineLayout::occupiedSpans() const
{
    std::vector<TimeSpan> spans;
    double lastDay = std::numeric_limits<double>::quiet_NaN();
    for (int row : m_sorted) {
        if (!inScope(row))
            continue;
        const double day = std::floor(displayTime(row) / SecondsPerDay) * SecondsPerDay;
        if (day != lastDay)
            spans.push_back({ day, day + SecondsPerDay });
        lastDay = day;
    }
    for (const SummitDay &summit : summitDays())
        spans.push_back(summit.span);
    return spans;
}

std::vector<qint64> TimelineLayout::sequenceDays() const
{
    std::vector<std::pair<qint64, bool>> days; // day, has a clock time
    for (int row : m_sorted) {
        if (!inScope(row))
            continue;
        const qint64 day = julianDayOfTime(displayTime(row));
        const bool timed = !isSequence(row);
        if (!days.empty() && days.back().first == day)
            days.back().second = days.back().second || timed;
        else
            days.emplace_back(day, timed);
    }
    std::sort(days.begin(), days.end());
    std::vector<qint64> result;
    for (size_t i = 0; i < days.size(); ++i) {
        // In compare mode a day may appear once per band; any clock time clears it.
        size_t j = i;
        bool timed = false;
        for (; j < days.size() && days[j].first == days[i].first; ++j)
            timed = timed || days[j].second;
        if (!timed)
            result.push_back(days[i].first);
        i = j - 1;
    }
    return result;
}

std::vector<SummitDay> TimelineLayout::summitDays() const
{
    std::vector<SummitDay> days;
    if (!m_dataset)
        return days;
    if (m_compare) {
        days.push_back({ m_compareA, { 0, SecondsPerDay } });
        days.push_back({ m_compareB, { 0, SecondsPerDay } });
        return days;
    }
    for (int summit : summitsByDate()) {
        const bool inScope = m_summitInScope.empty() || m_summitInScope[size_t(summit)];
        const double start = m_summitDayStart[size_t(summit)];
        if (inScope)
            days.push_back({ summit, { start, start + SecondsPerDay } });
    }
    return days;
}

TimeSpan TimelineLayout::summitExtent(int summit, int *firstRow) const
{
    *firstRow = -1;
    if (summit < 0 || summit >= int(m_summitDayStart.size()))
        return {};
    const double dayStart = m_compare ? 0 : m_summitDayStart[size_t(summit)];
    TimeSpan span { dayStart, dayStart + SecondsPerDay };
    for (int row : m_sorted) {
        if (m_summit[size_t(row)] != summit || !isShown(row))
            continue;
        if (*firstRow < 0)
            *firstRow = row;
        span.start = std::min(span.start, displayTime(row));
        span.end = std::max(span.end, displayTime(row));
    }
    return span;
}

std::vector<int> TimelineLayout::summitsByDate() const
{
    std::vector<int> order;
    if (!m_dataset)
        return order;
    for (int i = 0; i < int(m_dataset->summits.size()); ++i)
        order.push_back(i);
    std::stable_sort(order.begin(), order.end(),
        [this](int a, int b) { return m_dataset->summits[a].date < m_dataset->summits[b].date; });
    return order;
}

double TimelineLayout::displayTime(int row) const
{
    const double time = m_time[size_t(row)];
    if (!m_compare)
        return time;
    const int summit = m_summit[size_t(row)];
    return summit < 0 ? time : time - m_summitDayStart[size_t(summit)];
}

bool TimelineLayout::isShown(int row) const
{
    if (row < 0 || row >= int(m_time.size()))
        return false;
    return (m_passed.empty() || m_passed[size_t(row)]) && inScope(row);
}

int TimelineLayout::neighbour(int row, int step) const
{
    if (row < 0 || row >= int(m_position.size()) || step == 0)
        return -1;
    for (int position = m_position[size_t(row)] + step;
         position >= 0 && position < int(m_sorted.size()); position += step) {
        if (isShown(m_sorted[size_t(position)]))
            return m_sorted[size_t(position)];
    }
    return -1;
}

int TimelineLayout::firstShown() const
{
    for (int row : m_sorted) {
        if (isShown(row))
            return row;
    }
    return -1;
}

int TimelineLayout::lastShown() const
{
    for (auto it = m_sorted.rbegin(); it != m_sorted.rend(); ++it) {
        if (isShown(*it))
            return *it;
    }
    return -1;
}

int TimelineLayout::laneOf(int row) const
{
    if (!isShown(row))
        return -1;
    for (int lane = 0; lane < laneCount(); ++lane) {
        if (markOf(lane, row) >= 0)
            return lane;
    }
    return -1;
}

int TimelineLayout::markOf(int laneIndex, int row) const
{
    if (laneIndex < 0 || laneIndex >= laneCount() || row < 0 || row >= int(m_time.size()))
        return -1;
    const TimelineLane &l = lane(laneIndex);
    const double time = displayTime(row);
    auto it = std::lower_bound(l.times.begin(), l.times.end(), time);
    for (; it != l.times.end() && *it == time; ++it) {
        const size_t index = size_t(it - l.times.begin());
        if (l.rows[index] == row)
            return int(index);
    }
    return -1;
}

int TimelineLayout::nearestMark(int laneIndex, double time) const
{
    if (laneIndex < 0 || laneIndex >= laneCount() || lane(laneIndex).rows.empty())
        return -1;
    const std::vector<double> &times = lane(laneIndex).times;
    const int after = int(std::lower_bound(times.begin(), times.end(), time) - times.begin());
    if (after == 0)
        return 0;
    if (after == int(times.size()))
        return after - 1;
    return time - times[size_t(after) - 1] <= times[size_t(after)] - time ? after - 1 : after;
}

void TimelineLayout::groupMarks(const TimelineLane &lane, const TimelineAxis &axis, double binWidth,
    double radius, std::vector<MarkGroup> &groups)
{
    groups.clear();
    const int count = lane.size();
    if (count == 0 || binWidth <= 0)
        return;
    const double *times = lane.times.data();
    const double scroll = axis.scroll();
    const double rightEdge = axis.viewportWidth() + binWidth + radius;
    int i = int(std::lower_bound(times, times + count, axis.timeForX(-binWidth - radius)) - times);
    while (i < count) {
        const double contentX = axis.contentXForTime(times[i]);
        if (contentX - scroll > rightEdge)
            break;
        // Bins are fixed in content x, so panning keeps the same marks together.
        const double bin = std::floor(contentX / binWidth);
        const double binEnd = axis.timeForContentX((bin + 1) * binWidth);
        const int j
            = std::max(i + 1, int(std::lower_bound(times + i, times + count, binEnd) - times));
        MarkGroup group { i, j, contentX - scroll, 0, 0 };
        if (j - i == 1) {
            group.left = group.x - radius;
            group.right = group.x + radius;
        } else {
            // A cluster stays inside its bin, so dense neighbouring bins never run together.
            const double binLeft = bin * binWidth - scroll + 1;
            const double binRight = binLeft + binWidth - 2;
            const double lastX = axis.xForTime(times[j - 1]);
            const double centre = std::clamp(
                (group.x + lastX) / 2, binLeft + (binWidth - 2) / 2, binRight - (binWidth - 2) / 2);
            group.left = std::max(binLeft, std::min(group.x - radius, centre - binWidth / 2 + 1));
            group.right = std::min(binRight, std::max(lastX + radius, centre + binWidth / 2 - 1));
            group.x = (group.left + group.right) / 2;
        }
        // Glyphs that would touch become one cluster.
        if (!groups.empty() && group.left < groups.back().right + 2) {
            MarkGroup &previous = groups.back();
            previous.last = group.last;
            previous.left = std::min(previous.left, group.left);
            previous.right = std::max(previous.right, group.right);
            previous.x = (previous.left + previous.right) / 2;
        } else {
            groups.push_back(group);
        }
        i = j;
    }
}

void TimelineLayout::placeLabels(const std::vector<LabelRequest> &requests, int rows, double gap,
    std::vector<LabelSlot> &placed, const std::function<double(int)> &measure)
{
    placed.assign(requests.size(), LabelSlot {});
    rows = std::clamp(rows, 0, maxLabelRows);
    std::array<double, maxLabelRows> rowEnd;
    rowEnd.fill(-std::numeric_limits<double>::infinity());
    const auto freeRow = [&](double left) {
        for (int row = 0; row < rows; ++row) {
            if (rowEnd[size_t(row)] + gap <= left)
                return row;
        }
        return -1;
    };
    const int count = int(requests.size());
    for (int i = 0; i < count && rows > 0; ++i) {
        const LabelRequest &request = requests[size_t(i)];
        const int row = freeRow(request.left);
        // Without a free row only a label near a wall may still go leftwards: the others need
        // not even be measured.
        if (row < 0 && request.limit - request.left > maxLeftwardsReach)
            continue;
        const double wanted = request.wanted >= 0 || !measure ? request.wanted : measure(i);
        // Leave room for the label that will need this row again, @p rows labels further on;
        // when that one is too close for a legible label, the next one, and so on: the labels
        // skipped over will be hidden rather than every label be cut to nothing.
        int next = i + rows;
        while (next < count && requests[size_t(next)].left - gap - request.left < request.minimum)
            ++next;
        double limit = request.limit;
        if (next < count)
            limit = std::min(limit, requests[size_t(next)].left - gap);
        const double width = std::min(wanted, limit - request.left);
        const double leftwards = request.rightEdge - wanted;
        if (width < wanted && request.limit - request.left < wanted && leftwards >= request.floor) {
            const int free = freeRow(leftwards);
            if (free >= 0) {
                placed[size_t(i)] = { free, leftwards, wanted };
                rowEnd[size_t(free)] = request.rightEdge;
                continue;
            }
        }
        if (row < 0 || width < std::min(request.minimum, wanted) || width <= 0)
            continue;
        placed[size_t(i)] = { row, request.left, width };
        rowEnd[size_t(row)] = request.left + width;
    }
}

std::vector<double> TimelineLayout::dayPositions(const std::vector<QTime> &timesInOrder)
{
    const int count = int(timesInOrder.size());
    std::vector<double> positions(size_t(count), 0);
    int previous = -1; // index of the previous timed event
    double previousTime = 0;
    for (int i = 0; i <= count; ++i) {
        const bool end = i == count;
        if (!end && !timesInOrder[size_t(i)].isValid())
            continue;
        // Clock times agree with the order in valid data; a disagreeing one is pulled forward
        // rather than break the sorting every lane relies on.
        const double time = end
            ? SecondsPerDay
            : std::max(previousTime, double(timesInOrder[size_t(i)].msecsSinceStartOfDay()) / 1000);
        spread(positions, previous + 1, i - previous - 1, previousTime, time, previous < 0, end);
        if (!end)
            positions[size_t(i)] = time;
        previous = i;
        previousTime = time;
    }
    return positions;
}

void TimelineLayout::place()
{
    const int count = m_dataset ? int(m_dataset->events.size()) : 0;
    m_time.assign(size_t(count), 0);
    m_rank.assign(size_t(count), 0);
    m_summit.assign(size_t(count), -1);
    m_sequence.assign(size_t(count), 0);
    m_kind.assign(size_t(count), 0);
    m_planned.assign(size_t(count), 0);
    m_sorted.resize(size_t(count));
    m_position.resize(size_t(count));
    m_summitDayStart.clear();
    if (!m_dataset)
        return;
    QHash<QString, int> summitIndex;
    for (int i = 0; i < int(m_dataset->summits.size()); ++i) {
        summitIndex.insert(m_dataset->summits[i].id, i);
        m_summitDayStart.push_back(timeOfJulianDay(m_dataset->summits[i].date.toJulianDay()));
    }
    std::vector<std::pair<qint64, int>> keys(static_cast<size_t>(count));
    for (int row = 0; row < count; ++row) {
        const Event &event = m_dataset->events[row];
        keys[size_t(row)] = { EventModel::sortKey(event), row };
        m_summit[size_t(row)] = summitIndex.value(event.summit, -1);
        m_kind[size_t(row)] = std::uint8_t(kindIndex(event.kind));
        m_planned[size_t(row)] = event.planned ? 1 : 0;
    }
    std::sort(keys.begin(), keys.end());
    size_t begin = 0;
    for (size_t i = 1; i <= keys.size(); ++i) {
        const auto day = [&](size_t k) { return std::floor(double(keys[k].first) / dayFactor); };
        if (i == keys.size() || day(i) != day(begin)) {
            placeDay(keys, begin, i);
            begin = i;
        }
    }
    for (int i = 0; i < count; ++i) {
        m_sorted[size_t(i)] = keys[size_t(i)].second;
        m_position[size_t(keys[size_t(i)].second)] = i;
    }
}

void TimelineLayout::placeDay(
    const std::vector<std::pair<qint64, int>> &keys, size_t begin, size_t end)
{
    std::vector<QTime> times;
    times.reserve(end - begin);
    for (size_t i = begin; i < end; ++i)
        times.push_back(m_dataset->events[keys[i].second].time);
    const std::vector<double> positions = dayPositions(times);
    const double dayStart
        = timeOfJulianDay(m_dataset->events[keys[begin].second].date.toJulianDay());
    for (size_t i = begin; i < end; ++i) {
        const size_t row = size_t(keys[i].second);
        m_time[row] = dayStart + positions[i - begin];
        m_rank[row] = int(i - begin) + 1;
        m_sequence[row] = times[i - begin].isValid() ? 0 : 1;
    }
}

void TimelineLayout::buildMembership()
{
    m_memberOffsets.assign(m_time.size() + 1, 0);
    m_memberLanes.clear();
    m_groupTitles.clear();
    if (!m_dataset)
        return;
    if (m_mode == LaneMode::Kind) {
        for (const QString &kind : kinds())
            m_groupTitles.append(eventKindLabel(kind));
    } else if (m_mode == LaneMode::Country) {
        for (const Country &country : m_dataset->countries)
            m_groupTitles.append(country.name);
        m_groupTitles.append(QStringLiteral("No country stated"));
    } else {
        for (const Person &person : m_dataset->people)
            m_groupTitles.append(person.name);
        m_groupTitles.append(QStringLiteral("No person named"));
    }
    LaneIndex index;
    for (int i = 0; i < int(m_dataset->countries.size()); ++i)
        index.countries.insert(m_dataset->countries[i].code, i);
    for (int i = 0; i < int(m_dataset->people.size()); ++i)
        index.people.insert(m_dataset->people[i].id, i);
    const int none = int(m_groupTitles.size()) - 1;
    m_memberLanes.reserve(m_time.size());
    std::vector<int> lanes;
    for (int row = 0; row < int(m_time.size()); ++row) {
        eventLanes(
            *m_dataset, m_dataset->events[row], m_mode, m_kind[size_t(row)], index, none, lanes);
        m_memberLanes.insert(m_memberLanes.end(), lanes.begin(), lanes.end());
        m_memberOffsets[size_t(row) + 1] = int(m_memberLanes.size());
    }
}

void TimelineLayout::rebuildLanes()
{
    const int groups = int(m_groupTitles.size());
    const int bands = m_compare ? 2 : 1;
    m_lanes.resize(size_t(groups * bands));
    for (int band = 0; band < bands; ++band) {
        for (int group = 0; group < groups; ++group) {
            TimelineLane &lane = m_lanes[size_t(band * groups + group)];
            lane.title = m_groupTitles[group];
            lane.kind = m_mode == LaneMode::Kind ? group : -1;
            lane.band = band;
            lane.times.clear();
            lane.rows.clear();
        }
    }
    m_shownEvents = 0;
    m_shownSequenceEvents = 0;
    m_shownPlannedEvents = 0;
    for (int row : m_sorted) {
        if (!isShown(row))
            continue;
        const int band = m_compare && m_summit[size_t(row)] == m_compareB ? 1 : 0;
        const double time = displayTime(row);
        for (int k = m_memberOffsets[size_t(row)]; k < m_memberOffsets[size_t(row) + 1]; ++k) {
            TimelineLane &lane = m_lanes[size_t(band * groups + m_memberLanes[size_t(k)])];
            lane.times.push_back(time);
            lane.rows.push_back(row);
        }
        ++m_shownEvents;
        m_shownSequenceEvents += m_sequence[size_t(row)];
        m_shownPlannedEvents += m_planned[size_t(row)];
    }
    m_shown.clear();
    for (int i = 0; i < int(m_lanes.size()); ++i) {
        if (!m_lanes[size_t(i)].rows.empty())
            m_shown.push_back(i);
    }
}

bool TimelineLayout::inScope(int row) const
{
    const int summit = m_summit[size_t(row)];
    if (m_compare && summit != m_compareA && summit != m_compareB)
        return false;
    return m_summitInScope.empty() || (summit >= 0 && m_summitInScope[size_t(summit)]);
}

} // namespace Summit
