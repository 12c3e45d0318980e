// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/timeline/timelineaxis.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace Summit {

namespace {

constexpr qint64 unixEpochJulianDay = 2440588;
constexpr double daysPerMonth = 30.44;
constexpr double daysPerYear = 365.25;
// No viewport needs more; the cap only guards against a degenerate scale.
constexpr int maxTicksPerRow = 4000;

const char *const monthShort[]
    = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
const char *const monthLong[] = { "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December" };
const char *const weekdayShort[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

QDate dateOfTime(double time)
{
    return QDate::fromJulianDay(julianDayOfTime(time));
}

double timeOfMonth(qint64 monthIndex)
{
    const int year = int(std::floor(double(monthIndex) / 12.0));
    const int month = int(monthIndex - qint64(year) * 12) + 1;
    return timeOfJulianDay(QDate(year, month, 1).toJulianDay());
}

qint64 monthIndexOf(const QDate &date)
{
    return qint64(date.year()) * 12 + date.month() - 1;
}

double nominalSeconds(AxisTick::Unit unit)
{
    switch (unit) {
    case AxisTick::Hour:
        return SecondsPerHour;
    case AxisTick::Day:
        return SecondsPerDay;
    case AxisTick::Month:
        return daysPerMonth * SecondsPerDay;
    case AxisTick::Year:
        return daysPerYear * SecondsPerDay;
    }
    return SecondsPerDay;
}

QString plural(int count, const char *unit)
{
    return QStringLiteral("≈ %1 %2%3 folded")
        .arg(count)
        .arg(QLatin1String(unit))
        .arg(count == 1 ? QString() : QStringLiteral("s"));
}

} // namespace

double timeOfJulianDay(qint64 julianDay)
{
    return double(julianDay - unixEpochJulianDay) * SecondsPerDay;
}

qint64 julianDayOfTime(double time)
{
    return qint64(std::floor(time / SecondsPerDay)) + unixEpochJulianDay;
}

void TimelineAxis::setOccupiedSpans(std::vector<TimeSpan> spans)
{
    const double centre = isEmpty() ? 0 : timeForX(m_viewportWidth / 2);
    const bool hadContent = !isEmpty();
    std::sort(spans.begin(), spans.end(),
        [](const TimeSpan &a, const TimeSpan &b) { return a.start < b.start; });
    m_spans.clear();
    for (const TimeSpan &span : spans) {
        const TimeSpan fixed { span.start, std::max(span.end, span.start + 1) };
        if (!m_spans.empty() && fixed.start <= m_spans.back().end)
            m_spans.back().end = std::max(m_spans.back().end, fixed.end);
        else
            m_spans.push_back(fixed);
    }
    rebuildSegments();
    if (hadContent) {
        setScale(m_scale);
        centreOn(centre);
    } else {
        fitAll();
    }
}

void TimelineAxis::setFoldEmptySpans(bool fold)
{
    if (fold == m_fold)
        return;
    m_fold = fold;
    rebuildSegments();
    fitAll();
}

void TimelineAxis::setFoldThreshold(double seconds)
{
    m_foldThreshold = std::max(0.0, seconds);
    rebuildSegments();
    fitAll();
}

void TimelineAxis::setSequenceDays(std::vector<qint64> julianDays)
{
    std::sort(julianDays.begin(), julianDays.end());
    julianDays.erase(std::unique(julianDays.begin(), julianDays.end()), julianDays.end());
    m_sequenceDays = std::move(julianDays);
}

bool TimelineAxis::isSequenceDay(qint64 julianDay) const
{
    return std::binary_search(m_sequenceDays.begin(), m_sequenceDays.end(), julianDay);
}

void TimelineAxis::setViewportWidth(double width)
{
    const double centre = timeForX(m_viewportWidth / 2);
    const bool wasFitted = m_scale <= minScale() * 1.0001;
    m_viewportWidth = std::max(1.0, width);
    updateBreakWidth();
    if (wasFitted) {
        fitAll();
    } else {
        setScale(m_scale);
        centreOn(centre);
    }
}

void TimelineAxis::setPreferredBreakWidth(double width)
{
    m_preferredBreakWidth = std::max(0.0, width);
    updateBreakWidth();
    setScale(m_scale);
}

TimeSpan TimelineAxis::extent() const
{
    if (m_segments.empty())
        return {};
    return { m_segments.front().start, m_segments.back().end };
}

double TimelineAxis::minScale() const
{
    double total = 0;
    for (const TimeSpan &segment : m_segments)
        total += segment.length();
    if (total <= 0)
        return 1.0 / 60;
    const double breaks = double(m_segments.size() - 1) * m_breakWidth;
    const double room = m_viewportWidth - 2 * EdgeMargin - breaks;
    return std::max(room, 1.0) / total;
}

double TimelineAxis::maxScale() const
{
    return std::max(m_viewportWidth / (2 * SecondsPerHour), minScale());
}

double TimelineAxis::contentWidth() const
{
    if (m_segments.empty())
        return 0;
    const int last = int(m_segments.size()) - 1;
    return segmentContentX(last) + m_segments.back().length() * m_scale;
}

void TimelineAxis::setScale(double scale)
{
    m_scale = std::clamp(scale, minScale(), maxScale());
    setScroll(m_scroll);
}

void TimelineAxis::setScroll(double scroll)
{
    const double lowest = -EdgeMargin;
    const double highest = std::max(lowest, contentWidth() + EdgeMargin - m_viewportWidth);
    m_scroll = std::clamp(scroll, lowest, highest);
}

void TimelineAxis::fitAll()
{
    m_scale = minScale();
    m_scroll = -EdgeMargin;
}

void TimelineAxis::fitRange(double start, double end)
{
    if (end < start)
        std::swap(start, end);
    double unfolded0 = 0, breaks0 = 0, unfolded1 = 0, breaks1 = 0;
    decompose(start, &unfolded0, &breaks0);
    decompose(end, &unfolded1, &breaks1);
    // Content x is unfolded seconds times the scale plus whole breaks, which do not scale.
    const double room = m_viewportWidth - 2 * EdgeMargin - (breaks1 - breaks0) * m_breakWidth;
    if (unfolded1 > unfolded0)
        setScale(std::max(room, 1.0) / (unfolded1 - unfolded0));
    centreOn((start + end) / 2);
}

void TimelineAxis::zoomAt(double factor, double anchor)
{
    const double time = timeForX(anchor);
    setScale(m_scale * factor);
    setScroll(contentXForTime(time) - anchor);
}

void TimelineAxis::centreOn(double time)
{
    setScroll(contentXForTime(time) - m_viewportWidth / 2);
}

double TimelineAxis::xForTime(double time) const
{
    return contentXForTime(time) - m_scroll;
}

double TimelineAxis::timeForX(double x) const
{
    return timeForContentX(x + m_scroll);
}

double TimelineAxis::contentXForTime(double time) const
{
    double unfolded = 0, breaks = 0;
    decompose(time, &unfolded, &breaks);
    return unfolded * m_scale + breaks * m_breakWidth;
}

void TimelineAxis::decompose(double time, double *unfolded, double *breaks) const
{
    *breaks = 0;
    if (m_segments.empty()) {
        *unfolded = time;
        return;
    }
    const int index = segmentAtOrBefore(time);
    if (index < 0) {
        *unfolded = time - m_segments.front().start;
        return;
    }
    const TimeSpan &segment = m_segments[size_t(index)];
    *breaks = index;
    const bool last = index + 1 == int(m_segments.size());
    if (time <= segment.end || last) {
        *unfolded = m_prefix[size_t(index)] + (time - segment.start);
        return;
    }
    // Inside a folded gap: the gap is spread linearly over the break.
    const TimeSpan &next = m_segments[size_t(index) + 1];
    *unfolded = m_prefix[size_t(index)] + segment.length();
    *breaks += (time - segment.end) / (next.start - segment.end);
}

double TimelineAxis::timeForContentX(double contentX) const
{
    if (m_segments.empty())
        return contentX / m_scale;
    const int index = segmentAtContentX(contentX);
    if (index < 0)
        return m_segments.front().start + contentX / m_scale;
    const TimeSpan &segment = m_segments[size_t(index)];
    const double segmentX = segmentContentX(index);
    const double endX = segmentX + segment.length() * m_scale;
    const bool last = index + 1 == int(m_segments.size());
    if (contentX <= endX || last || m_breakWidth <= 0)
        return segment.start + (contentX - segmentX) / m_scale;
    const TimeSpan &next = m_segments[size_t(index) + 1];
    const double fraction = std::clamp((contentX - endX) / m_breakWidth, 0.0, 1.0);
    return segment.end + fraction * (next.start - segment.end);
}

TimeSpan TimelineAxis::visibleSpan() const
{
    return { timeForX(0), timeForX(m_viewportWidth) };
}

std::vector<AxisBreak> TimelineAxis::visibleBreaks() const
{
    std::vector<AxisBreak> breaks;
    if (m_segments.size() < 2)
        return breaks;
    const int first = std::max(0, segmentAtContentX(m_scroll));
    const int last
        = std::min(int(m_segments.size()) - 2, segmentAtContentX(m_scroll + m_viewportWidth));
    for (int i = first; i <= last; ++i) {
        const double x0 = segmentContentX(i) + m_segments[size_t(i)].length() * m_scale - m_scroll;
        const double x1 = x0 + m_breakWidth;
        if (x1 >= 0 && x0 <= m_viewportWidth)
            breaks.push_back(
                { { m_segments[size_t(i)].end, m_segments[size_t(i) + 1].start }, x0, x1 });
    }
    return breaks;
}

AxisTick::Unit TimelineAxis::minorUnit(double minSpacing) const
{
    return chooseStep(minSpacing).unit;
}

std::vector<AxisTick> TimelineAxis::ticks(double minSpacing) const
{
    std::vector<AxisTick> result;
    if (m_segments.empty())
        return result;
    const Step minor = chooseStep(minSpacing);
    const TimeSpan visible = visibleSpan();
    const int first = std::max(0, segmentAtOrBefore(visible.start));
    for (int i = first; i < int(m_segments.size()); ++i) {
        const TimeSpan &segment = m_segments[size_t(i)];
        if (segment.start > visible.end)
            break;
        // A span's end is exclusive: the midnight closing the last day belongs to the next one.
        const TimeSpan span { std::max(segment.start, visible.start),
            std::min(segment.end - 1, visible.end) };
        if (span.end < span.start)
            continue;
        addTicks(result, span, minor, false);
        if (minor.unit != AxisTick::Year)
            addTicks(result, span, { AxisTick::Unit(minor.unit + 1), 1 }, true);
    }
    return result;
}

QString TimelineAxis::foldLabel(double seconds)
{
    const double days = seconds / SecondsPerDay;
    if (days >= 0.96 * daysPerYear)
        return plural(std::max(1, int(std::lround(days / daysPerYear))), "year");
    if (days >= 0.95 * daysPerMonth) {
        const int months = std::max(1, int(std::lround(days / daysPerMonth)));
        return months >= 12 ? plural(1, "year") : plural(months, "month");
    }
    if (days >= 0.95)
        return plural(std::max(1, int(std::lround(days))), "day");
    return plural(std::max(1, int(std::lround(seconds / SecondsPerHour))), "hour");
}

QString TimelineAxis::tickLabel(const AxisTick &tick)
{
    const QDate date = dateOfTime(tick.time);
    const double secondsInDay = tick.time - timeOfJulianDay(date.toJulianDay());
    switch (tick.unit) {
    case AxisTick::Hour:
        return QStringLiteral("%1:00").arg(
            int(secondsInDay / SecondsPerHour), 2, 10, QLatin1Char('0'));
    case AxisTick::Day:
        return QStringLiteral("%1 %2")
            .arg(date.day())
            .arg(QLatin1String(monthShort[date.month() - 1]));
    case AxisTick::Month:
        return QLatin1String(monthShort[date.month() - 1]);
    case AxisTick::Year:
        return QString::number(date.year());
    }
    return {};
}

QString TimelineAxis::contextLabel(double time, AxisTick::Unit unit)
{
    const QDate date = dateOfTime(time);
    switch (unit) {
    case AxisTick::Hour:
    case AxisTick::Day:
        return QStringLiteral("%1 %2 %3 %4")
            .arg(QLatin1String(weekdayShort[date.dayOfWeek() - 1]))
            .arg(date.day())
            .arg(QLatin1String(monthShort[date.month() - 1]))
            .arg(date.year());
    case AxisTick::Month:
        return QStringLiteral("%1 %2")
            .arg(QLatin1String(monthLong[date.month() - 1]))
            .arg(date.year());
    case AxisTick::Year:
        return QString::number(date.year());
    }
    return {};
}

void TimelineAxis::rebuildSegments()
{
    m_segments.clear();
    for (const TimeSpan &span : m_spans) {
        const bool merge = !m_segments.empty()
            && (!m_fold || span.start - m_segments.back().end <= m_foldThreshold);
        if (merge)
            m_segments.back().end = std::max(m_segments.back().end, span.end);
        else
            m_segments.push_back(span);
    }
    m_prefix.assign(m_segments.size(), 0);
    for (size_t i = 1; i < m_segments.size(); ++i)
        m_prefix[i] = m_prefix[i - 1] + m_segments[i - 1].length();
    updateBreakWidth();
}

void TimelineAxis::updateBreakWidth()
{
    // Many folds would leave no room for the spans themselves: they share at most a third of it.
    const double breaks = double(std::max<size_t>(m_segments.size(), 1) - 1);
    const double room = std::max(0.0, m_viewportWidth - 2 * EdgeMargin) / 3;
    m_breakWidth
        = breaks > 0 ? std::min(m_preferredBreakWidth, room / breaks) : m_preferredBreakWidth;
}

int TimelineAxis::segmentAtOrBefore(double time) const
{
    const auto it = std::upper_bound(m_segments.begin(), m_segments.end(), time,
        [](double t, const TimeSpan &s) { return t < s.start; });
    return int(it - m_segments.begin()) - 1;
}

int TimelineAxis::segmentAtContentX(double contentX) const
{
    int low = 0;
    int high = int(m_segments.size());
    while (low < high) {
        const int middle = (low + high) / 2;
        if (segmentContentX(middle) <= contentX)
            low = middle + 1;
        else
            high = middle;
    }
    return low - 1;
}

double TimelineAxis::segmentContentX(int index) const
{
    return m_prefix[size_t(index)] * m_scale + index * m_breakWidth;
}

TimelineAxis::Step TimelineAxis::chooseStep(double minSpacing) const
{
    static const Step steps[] = {
        { AxisTick::Hour, 1 },
        { AxisTick::Hour, 3 },
        { AxisTick::Hour, 6 },
        { AxisTick::Hour, 12 },
        { AxisTick::Day, 1 },
        { AxisTick::Day, 2 },
        { AxisTick::Day, 7 },
        { AxisTick::Month, 1 },
        { AxisTick::Month, 3 },
        { AxisTick::Month, 6 },
        { AxisTick::Year, 1 },
        { AxisTick::Year, 2 },
        { AxisTick::Year, 5 },
        { AxisTick::Year, 10 },
        { AxisTick::Year, 25 },
        { AxisTick::Year, 50 },
        { AxisTick::Year, 100 },
    };
    for (const Step &step : steps) {
        if (nominalSeconds(step.unit) * step.count * m_scale >= minSpacing)
            return step;
    }
    return steps[std::size(steps) - 1];
}

void TimelineAxis::addTicks(
    std::vector<AxisTick> &ticks, const TimeSpan &span, Step step, bool major) const
{
    const auto add = [&](double time) {
        ticks.push_back({ time, xForTime(time), step.unit, major });
    };
    int added = 0;
    switch (step.unit) {
    case AxisTick::Hour: {
        const double width = SecondsPerHour * step.count;
        for (double t = std::ceil(span.start / width) * width;
             t <= span.end && added < maxTicksPerRow; t += width, ++added) {
            // An hour tick in a day of ordered events would suggest clock times there; the
            // major row still marks where such a day starts.
            if (!isSequenceDay(julianDayOfTime(t)))
                add(t);
        }
        break;
    }
    case AxisTick::Day: {
        qint64 day = julianDayOfTime(span.start);
        if (timeOfJulianDay(day) < span.start)
            ++day;
        day += (step.count - day % step.count) % step.count;
        for (; timeOfJulianDay(day) <= span.end && added < maxTicksPerRow;
             day += step.count, ++added)
            add(timeOfJulianDay(day));
        break;
    }
    case AxisTick::Month: {
        qint64 month = monthIndexOf(dateOfTime(span.start));
        if (timeOfMonth(month) < span.start)
            ++month;
        month += (step.count - month % step.count) % step.count;
        for (; timeOfMonth(month) <= span.end && added < maxTicksPerRow;
             month += step.count, ++added)
            add(timeOfMonth(month));
        break;
    }
    case AxisTick::Year: {
        qint64 year = dateOfTime(span.start).year();
        if (timeOfMonth(year * 12) < span.start)
            ++year;
        year += (step.count - year % step.count) % step.count;
        for (; timeOfMonth(year * 12) <= span.end && added < maxTicksPerRow;
             year += step.count, ++added)
            add(timeOfMonth(year * 12));
        break;
    }
    }
}

} // namespace Summit
