// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/timeline/timelinerenderer.h"

#include "models/dataset.h"
#include "models/sourceformat.h"
#include "views/timeline/timelineaxis.h"
#include "views/timeline/timelinestyle.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace Summit {

namespace {

constexpr double axisRow = 21; // each of the axis' two text rows
constexpr double tickLength = 5;
constexpr double summitRow = 22;
constexpr double markerRow = 26; // the marker's row at the top of a lane
constexpr double labelRow = 16; // each label row below it
constexpr double lanePadding = 6;
constexpr double bandTitle = 26;
constexpr double legendRow = 22;
constexpr double labelGap = 8;
constexpr double labelMinimum = 56; // narrower, a label says too little to be worth showing
constexpr int maxLabelRows = 3;
// A fold narrower than this many pixels is not hatched: the lines would not read.
constexpr double narrowBand = 4;
// The rows of the strip the bands are drawn into: the hatching's period, so that the strip
// tiles over the plot seamlessly.
constexpr int stripRows = 8;

const QColor textColor(0x20, 0x23, 0x28);
const QColor mutedText(0x5f, 0x66, 0x70);
const QColor gridMinor(0xec, 0xee, 0xf1);
const QColor gridMajor(0xcf, 0xd4, 0xda);
const QColor laneStripe(0xf7, 0xf8, 0xfa);
const QColor headerFill(0xf1, 0xf3, 0xf5);
const QColor summitFill(0xff, 0xc8, 0x50, 0x2c); // translucent: the lane stripes show through
const QColor breakFill(0xe9, 0xeb, 0xee);
const QColor hatchColor(0xc4, 0xc9, 0xd0);
const QColor clusterFill(0x5b, 0x62, 0x70);
const QColor selectionColor(0x11, 0x11, 0x11);
const QColor focusColor(0x1a, 0x73, 0xe8);

QString relativeDayName(qint64 day)
{
    if (day == 0)
        return QStringLiteral("Summit day");
    const qint64 n = day < 0 ? -day : day;
    return QStringLiteral("%1 day%2 %3")
        .arg(n)
        .arg(n == 1 ? QString() : QStringLiteral("s"))
        .arg(day < 0 ? QStringLiteral("before") : QStringLiteral("after"));
}

} // namespace

/** Labels already drawn on one text row, so that the next one can avoid them. */
class RowSpace
{
public:
    explicit RowSpace(double width)
        : m_width(width)
    {
    }
    bool isFree(double left, double right) const
    {
        if (left < 0 || right > m_width)
            return false;
        for (const auto &[l, r] : m_taken) {
            if (left < r && right > l)
                return false;
        }
        return true;
    }
    void take(double left, double right, double margin = 8)
    {
        m_taken.emplace_back(left - margin, right + margin);
    }

private:
    double m_width;
    std::vector<std::pair<double, double>> m_taken;
};

TimelineRenderer::TimelineRenderer(int pixelSize, const QString &family)
    : m_metrics(QFont())
    , m_smallMetrics(QFont())
    , m_boldMetrics(QFont())
{
    if (!family.isEmpty())
        m_font.setFamily(family);
    m_font.setPixelSize(std::max(8, pixelSize));
    m_small = m_font;
    m_small.setPixelSize(std::max(7, pixelSize - 2));
    m_bold = m_small;
    m_bold.setBold(true);
    m_metrics = QFontMetricsF(m_font);
    m_smallMetrics = QFontMetricsF(m_small);
    m_boldMetrics = QFontMetricsF(m_bold);
    m_foldWordWidth = m_smallMetrics.horizontalAdvance(QStringLiteral("folded"));
}

TimelineRenderer::Geometry TimelineRenderer::geometry(const QRectF &bounds,
    const TimelineLayout &layout, const TimelineAxis &axis, bool allLanes) const
{
    Geometry g;
    g.bounds = bounds;
    g.interactive = !allLanes;
    g.sequenceEvents = layout.showsSequenceEvents();
    g.plannedEvents = layout.showsPlannedEvents();
    g.folds = axis.foldEmptySpans() && axis.segments().size() > 1;
    const double headerWidth = std::clamp(bounds.width() * 0.15, 120.0, 200.0);
    const double summitsHeight = layout.isComparing() ? 0 : summitRow;
    double legendHeight = 0;
    legendItems(bounds, g, &legendHeight);
    const double top = bounds.top() + 2 * axisRow + tickLength;
    g.axis = QRectF(bounds.left() + headerWidth, bounds.top(), bounds.width() - headerWidth,
        top - bounds.top());
    g.summits = QRectF(g.axis.left(), top, g.axis.width(), summitsHeight);
    g.plot = QRectF(g.axis.left(), top + summitsHeight, g.axis.width(),
        std::max(0.0, bounds.bottom() - legendHeight - top - summitsHeight));
    g.header = QRectF(bounds.left(), g.plot.top(), headerWidth, g.plot.height());
    g.legend = QRectF(bounds.left(), g.plot.bottom(), bounds.width(), legendHeight);
    g.bandHeader = layout.isComparing() ? bandTitle : 0;

    const int lanes = std::max(1, layout.laneCount());
    const double available = g.plot.height() - (layout.isComparing() ? 2 : 0) * g.bandHeader;
    const double share = available / lanes;
    const int minRows = allLanes ? 0 : 1;
    g.labelRows
        = std::clamp(int((share - markerRow - lanePadding) / labelRow), minRows, maxLabelRows);
    g.laneHeight = markerRow + lanePadding + g.labelRows * labelRow;
    if (allLanes && share < g.laneHeight)
        g.laneHeight = std::max(share, 2 * MarkerRadius + 4);
    g.contentHeight
        = layout.laneCount() * g.laneHeight + (layout.isComparing() ? 2 : 0) * g.bandHeader;
    return g;
}

int TimelineRenderer::bandOf(const Frame &frame, int lane) const
{
    return frame.layout->lane(lane).band;
}

double TimelineRenderer::bandTop(const Frame &frame, int band) const
{
    int before = 0;
    while (before < frame.layout->laneCount() && bandOf(frame, before) < band)
        ++before;
    const Geometry &g = frame.geometry;
    return g.plot.top() - frame.scrollY + before * g.laneHeight + band * g.bandHeader;
}

double TimelineRenderer::laneTop(const Frame &frame, int lane) const
{
    const Geometry &g = frame.geometry;
    const double bands = g.bandHeader > 0 ? bandOf(frame, lane) + 1 : 0;
    return g.plot.top() - frame.scrollY + lane * g.laneHeight + bands * g.bandHeader;
}

int TimelineRenderer::laneAt(const Frame &frame, double y) const
{
    for (int lane = 0; lane < frame.layout->laneCount(); ++lane) {
        const double top = laneTop(frame, lane);
        if (y >= top && y < top + frame.geometry.laneHeight)
            return lane;
    }
    return -1;
}

double TimelineRenderer::markerY(const Frame &frame, int lane) const
{
    const double row = std::min(markerRow, frame.geometry.laneHeight);
    return laneTop(frame, lane) + row / 2;
}

QString TimelineRenderer::compactCount(int count)
{
    if (count < 1000)
        return QString::number(count);
    if (count < 10000)
        return QString::number(count / 1000.0, 'f', 1) + QLatin1Char('k');
    if (count < 1000000)
        return QString::number(count / 1000) + QLatin1Char('k');
    return QString::number(count / 1000000.0, 'f', 1) + QLatin1Char('M');
}

QString TimelineRenderer::labelText(const TimelineLayout &layout, int row) const
{
    const Event &event = layout.dataset()->events[row];
    const QString prefix = layout.isSequence(row) ? QStringLiteral("%1.").arg(layout.rankInDay(row))
                                                  : event.time.toString(QStringLiteral("HH:mm"));
    const QString text = prefix + QLatin1Char(' ') + event.title;
    return event.planned ? text + QStringLiteral(" (announced)") : text;
}

void TimelineRenderer::layoutLane(const Frame &frame, int lane)
{
    TimelineLayout::groupMarks(
        frame.layout->lane(lane), *frame.axis, BinWidth, MarkerRadius, m_groups);
    m_requests.clear();
    m_labelled.clear();
    const int rows = frame.geometry.labelRows;
    if (rows == 0)
        return;
    const std::vector<AxisBreak> breaks = frame.axis->visibleBreaks();
    for (int i = 0; i < int(m_groups.size()); ++i) {
        if (m_groups[size_t(i)].count() != 1)
            continue;
        LabelRequest request;
        request.left = m_groups[size_t(i)].x - MarkerRadius;
        request.minimum = labelMinimum;
        request.wanted = -1; // measured only if it may be placed
        request.limit = frame.geometry.plot.width() - 2;
        request.rightEdge = m_groups[size_t(i)].x + MarkerRadius;
        request.floor = 2;
        for (const AxisBreak &b : breaks) {
            if (b.x0 > request.left)
                request.limit = std::min(request.limit, b.x0 - 2);
            else if (b.x1 < request.rightEdge)
                request.floor = std::max(request.floor, b.x1 + 2);
        }
        m_requests.push_back(request);
        m_labelled.push_back(i);
    }
    const TimelineLane &l = frame.layout->lane(lane);
    const auto measure = [&](int i) {
        const int row = l.rows[size_t(m_groups[size_t(m_labelled[size_t(i)])].first)];
        const QFontMetricsF &metrics = row == frame.selectedRow ? m_boldMetrics : m_smallMetrics;
        return metrics.horizontalAdvance(labelText(*frame.layout, row)) + 2;
    };
    TimelineLayout::placeLabels(m_requests, rows, labelGap, m_slots, measure);
}

void TimelineRenderer::paint(QPainter *painter, const Frame &frame)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    paintBackground(painter, frame);
    const std::vector<AxisTick> ticks = frame.axis->ticks(tickSpacing());
    painter->save();
    painter->setClipRect(frame.geometry.plot.adjusted(0, 0, 0, 0).united(frame.geometry.summits));
    painter->translate(frame.geometry.plot.left(), 0);
    paintSummitDays(frame);
    const size_t days = m_bands.size();
    paintGrid(ticks);
    const size_t grid = m_bands.size();
    paintBreaks(frame);
    paintBands(painter, frame, days, grid);
    m_bands.clear(); // keeps its capacity: no allocation in the next frame
    paintSummitNames(painter, frame);
    painter->restore();
    paintLanes(painter, frame);
    paintAxis(painter, frame, ticks);
    paintHeader(painter, frame);
    paintBandTitles(painter, frame);
    paintLegend(painter, frame);
    if (frame.layout->laneCount() == 0)
        paintEmpty(painter, frame);
    if (frame.focused) {
        painter->setPen(QPen(focusColor, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(frame.geometry.bounds.adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

void TimelineRenderer::paintBackground(QPainter *painter, const Frame &frame) const
{
    const Geometry &g = frame.geometry;
    painter->fillRect(g.bounds, Qt::white);
    painter->save();
    painter->setClipRect(g.plot.united(g.header));
    for (int lane = 0; lane < frame.layout->laneCount(); ++lane) {
        const double top = laneTop(frame, lane);
        if (top > g.plot.bottom() || top + g.laneHeight < g.plot.top())
            continue;
        if (lane % 2 == 1)
            painter->fillRect(QRectF(g.plot.left(), top, g.plot.width(), g.laneHeight), laneStripe);
        painter->setPen(QPen(gridMinor, 1));
        painter->drawLine(QPointF(g.header.left(), top + g.laneHeight),
            QPointF(g.plot.right(), top + g.laneHeight));
    }
    painter->restore();
}

void TimelineRenderer::paintBands(QPainter *painter, const Frame &frame, size_t days, size_t grid)
{
    // Each fill over the plot's height costs far more than its pixels: the raster engine hands
    // it to its thread pool and waits, and a pattern (the folds' hatching) is slower still per
    // row. Hundreds of summit days and folds filled one by one took 60 ms a frame at a million
    // events, and 73 hatched folds 30 to 80 ms at a thousand (docs/benchmarks.md). Beyond a few
    // bands they are drawn into strips of a few rows instead, each tiled over the plot in one
    // call. A vector device (SVG, PDF) gets them as they are, sharp at any zoom.
    constexpr size_t fewBands = 32;
    const Geometry &g = frame.geometry;
    // The folds cover the summits' row and the plot in one piece: two would leave a seam.
    const double foldTop = g.summits.top(), foldHeight = g.plot.bottom() - g.summits.top();
    if (painter->paintEngine()->type() == QPaintEngine::Raster && m_bands.size() > fewBands) {
        stripBands(painter, 0, grid, g.plot.width(), g.plot.top(), g.plot.height());
        stripBands(painter, grid, m_bands.size(), g.plot.width(), foldTop, foldHeight);
        return;
    }
    // Summit days, folds, grid lines: the order in which a pixel where their edges meet has
    // always blended.
    const auto fill = [&](size_t first, size_t last, double top, double height) {
        for (size_t i = first; i < last; ++i)
            fillBand(painter, m_bands[i], top, height);
    };
    fill(0, days, g.plot.top(), g.plot.height());
    fill(grid, m_bands.size(), foldTop, foldHeight);
    fill(days, grid, g.plot.top(), g.plot.height());
}

void TimelineRenderer::stripBands(
    QPainter *painter, size_t first, size_t last, double width, double top, double height)
{
    if (first == last)
        return;
    const int pixels = std::max(1, int(std::ceil(width)));
    if (m_strip.width() != pixels)
        m_strip = QImage(pixels, stripRows, QImage::Format_ARGB32_Premultiplied);
    m_strip.fill(Qt::transparent);
    QPainter strip(&m_strip);
    strip.setRenderHint(QPainter::Antialiasing, true);
    for (size_t i = first; i < last; ++i)
        fillBand(&strip, m_bands[i], 0, stripRows);
    strip.end();
    painter->drawTiledPixmap(QRectF(0, top, pixels, height), QPixmap::fromImage(m_strip));
}

void TimelineRenderer::fillBand(QPainter *painter, const Band &band, double top, double height)
{
    const QRectF rect(band.x0, top, band.x1 - band.x0, height);
    painter->fillRect(rect, band.color);
    if (band.hatched)
        painter->fillRect(rect, QBrush(hatchColor, Qt::BDiagPattern));
}

void TimelineRenderer::paintSummitDays(const Frame &frame)
{
    const Geometry &g = frame.geometry;
    const std::vector<SummitDay> days = frame.layout->summitDays();
    for (size_t i = 0; i < days.size(); ++i) {
        // Compare mode aligns both summits on one day: tint it once.
        if (i > 0 && days[i].span == days[i - 1].span)
            continue;
        const double x0 = frame.axis->xForTime(days[i].span.start);
        const double x1 = frame.axis->xForTime(days[i].span.end);
        if (x1 < 0 || x0 > g.plot.width())
            continue;
        m_bands.push_back({ x0, x1, summitFill, false });
    }
}

void TimelineRenderer::paintSummitNames(QPainter *painter, const Frame &frame) const
{
    const Geometry &g = frame.geometry;
    const Dataset *dataset = frame.layout->dataset();
    if (frame.layout->isComparing() || !dataset)
        return;
    const std::vector<AxisBreak> breaks = frame.axis->visibleBreaks();
    const std::vector<SummitDay> days = frame.layout->summitDays();
    double lastRight = -1e9;
    for (size_t i = 0; i < days.size(); ++i) {
        const double x0 = frame.axis->xForTime(days[i].span.start);
        if (x0 > g.plot.width() || frame.axis->xForTime(days[i].span.end) < 0)
            continue;
        const double left = std::max({ x0, lastRight + labelGap, 4.0 });
        // The name may run past its day up to the next summit's day, but not into a fold: the
        // fold stands for other time, and its shading would cut the name in two.
        double wall
            = i + 1 < days.size() ? frame.axis->xForTime(days[i + 1].span.start) : g.plot.width();
        const auto fold = std::upper_bound(breaks.begin(), breaks.end(), left,
            [](double x, const AxisBreak &b) { return x < b.x0; });
        if (fold != breaks.end())
            wall = std::min(wall, fold->x0);
        // Measured only where there is room for a legible name: at full extent hundreds of
        // summits have none.
        const double room = std::min(wall, g.plot.width()) - left - labelGap;
        if (room < labelMinimum)
            continue;
        const QString title = dataset->summits[days[i].summit].title;
        const double width = std::min(m_boldMetrics.horizontalAdvance(title) + 2, room);
        if (width < labelMinimum)
            continue;
        painter->setFont(m_bold);
        painter->setPen(QColor(0x7a, 0x4b, 0x00));
        painter->drawText(QRectF(left, g.summits.top(), width, g.summits.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            m_boldMetrics.elidedText(title, Qt::ElideRight, width));
        lastRight = left + width;
    }
}

void TimelineRenderer::paintGrid(const std::vector<AxisTick> &ticks)
{
    // A one-pixel line centred on the tick, as a pen of width 1 would draw it.
    for (const AxisTick &tick : ticks)
        m_bands.push_back(
            { tick.x - 0.5, tick.x + 0.5, tick.major ? gridMajor : gridMinor, false });
}

void TimelineRenderer::paintBreaks(const Frame &frame)
{
    for (const AxisBreak &b : frame.axis->visibleBreaks())
        m_bands.push_back({ b.x0, b.x1, breakFill, b.x1 - b.x0 >= narrowBand });
}

void TimelineRenderer::paintLanes(QPainter *painter, const Frame &frame)
{
    const Geometry &g = frame.geometry;
    painter->save();
    painter->setClipRect(g.plot);
    painter->translate(g.plot.left(), 0);
    for (int lane = 0; lane < frame.layout->laneCount(); ++lane) {
        const double top = laneTop(frame, lane);
        if (top > g.plot.bottom() || top + g.laneHeight < g.plot.top())
            continue;
        paintLane(painter, frame, lane);
    }
    painter->restore();
}

void TimelineRenderer::paintLane(QPainter *painter, const Frame &frame, int lane)
{
    layoutLane(frame, lane);
    for (const MarkGroup &group : m_groups)
        paintGroup(painter, frame, lane, group);
    paintLabels(painter, frame, lane);
    if (frame.selectedRow >= 0)
        paintSelection(painter, frame, lane);
}

void TimelineRenderer::paintGroup(
    QPainter *painter, const Frame &frame, int lane, const MarkGroup &group)
{
    const TimelineLane &l = frame.layout->lane(lane);
    const double y = markerY(frame, lane);
    if (group.count() == 1) {
        const int row = l.rows[size_t(group.first)];
        const int kind = frame.layout->kindOf(row);
        painter->setPen(QPen(Qt::white, 1.2));
        painter->setBrush(TimelineStyle::kindColor(kind));
        if (kind == int(TimelineLayout::kinds().size()) - 1)
            painter->setPen(QPen(TimelineStyle::kindColor(kind), 2.5));
        if (frame.layout->isPlanned(row))
            paintPlannedMarker(painter, kind, QPointF(group.x, y));
        else
            TimelineStyle::drawMarker(painter, kind, QPointF(group.x, y), MarkerRadius);
        return;
    }
    const QColor fill = l.kind >= 0 ? TimelineStyle::kindColor(l.kind) : clusterFill;
    const double half = std::min(MarkerRadius + 2, frame.geometry.laneHeight / 2 - 1);
    const QRectF pill(group.left, y - half, group.right - group.left, 2 * half);
    painter->setPen(QPen(fill.darker(130), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, half, half);
    painter->setFont(m_bold);
    painter->setPen(TimelineStyle::textOn(fill));
    const QString count = compactCount(group.count());
    auto it = m_countTexts.find(count);
    if (it == m_countTexts.end()) {
        if (m_countTexts.size() > 4096)
            m_countTexts.clear(); // bounded: counts of a million events could be many
        QStaticText text(count);
        text.setTextFormat(Qt::PlainText);
        text.setPerformanceHint(QStaticText::AggressiveCaching);
        text.prepare(QTransform(), m_bold);
        it = m_countTexts.insert(count, text);
    }
    const QSizeF size = it->size();
    painter->drawStaticText(
        QPointF(pill.center().x() - size.width() / 2, pill.center().y() - size.height() / 2), *it);
}

void TimelineRenderer::paintLabels(QPainter *painter, const Frame &frame, int lane) const
{
    const TimelineLane &l = frame.layout->lane(lane);
    const double top = laneTop(frame, lane) + markerRow;
    painter->setFont(m_small);
    for (size_t i = 0; i < m_slots.size(); ++i) {
        const LabelSlot &slot = m_slots[i];
        if (slot.row < 0)
            continue;
        const int row = l.rows[size_t(m_groups[size_t(m_labelled[i])].first)];
        const QRectF rect(slot.left, top + slot.row * labelRow, slot.width, labelRow);
        const QString text = labelText(*frame.layout, row);
        const bool selected = row == frame.selectedRow;
        painter->setPen(selected ? selectionColor : textColor);
        painter->setFont(selected ? m_bold : m_small);
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
            (selected ? m_boldMetrics : m_smallMetrics)
                .elidedText(text, Qt::ElideRight, slot.width));
    }
}

void TimelineRenderer::paintSelection(QPainter *painter, const Frame &frame, int lane) const
{
    const int mark = frame.layout->markOf(lane, frame.selectedRow);
    if (mark < 0)
        return;
    const auto it = std::find_if(m_groups.begin(), m_groups.end(),
        [mark](const MarkGroup &g) { return mark >= g.first && mark < g.last; });
    if (it == m_groups.end())
        return;
    const double y = markerY(frame, lane);
    const bool focusRing = frame.focused && lane == frame.currentLane;
    painter->setBrush(Qt::NoBrush);
    for (int pass = 0; pass < (focusRing ? 2 : 1); ++pass) {
        const double grow = pass == 0 ? 3.5 : 6.5;
        QPen pen(pass == 0 ? selectionColor : focusColor, 2);
        if (pass == 1)
            pen.setStyle(Qt::DotLine);
        painter->setPen(pen);
        const double half = MarkerRadius + grow;
        if (it->count() == 1)
            painter->drawEllipse(QPointF(it->x, y), half, half);
        else
            painter->drawRoundedRect(QRectF(it->left - grow, y - half + 1,
                                         it->right - it->left + 2 * grow, 2 * half - 2),
                half, half);
    }
}

void TimelineRenderer::paintAxis(
    QPainter *painter, const Frame &frame, const std::vector<AxisTick> &ticks) const
{
    const Geometry &g = frame.geometry;
    painter->save();
    painter->setClipRect(g.axis);
    painter->fillRect(g.axis, Qt::white);
    painter->translate(g.axis.left(), 0);
    painter->setPen(QPen(gridMajor, 1));
    painter->drawLine(
        QPointF(0, g.axis.bottom() - 0.5), QPointF(g.axis.width(), g.axis.bottom() - 0.5));
    RowSpace minorRow(g.axis.width());
    RowSpace majorRow(g.axis.width());
    for (const AxisBreak &b : frame.axis->visibleBreaks()) {
        // A labelled break keeps both rows; a narrow one lets dates run across it.
        if (paintBreakMark(painter, frame, b)) {
            minorRow.take(b.x0, b.x1, 0);
            majorRow.take(b.x0, b.x1, 0);
        }
    }
    const AxisTick::Unit minor = frame.axis->minorUnit(tickSpacing());
    paintMinorRow(painter, frame, ticks, minor, minorRow);
    paintMajorRow(painter, frame, ticks, minor, majorRow);
    if (minor == AxisTick::Hour)
        paintSequenceCaptions(painter, frame, minorRow);
    painter->restore();
}

bool TimelineRenderer::paintBreakMark(
    QPainter *painter, const Frame &frame, const AxisBreak &b) const
{
    const Geometry &g = frame.geometry;
    painter->fillRect(QRectF(b.x0, g.axis.top(), b.x1 - b.x0, g.axis.height()), breakFill);
    // The classic mark of a broken axis: two slanted strokes across the axis line.
    painter->setPen(QPen(mutedText, 1.5));
    const double c = (b.x0 + b.x1) / 2, y = g.axis.bottom() - tickLength;
    painter->drawLine(QPointF(c - 6, y + 6), QPointF(c - 1, y - 6));
    painter->drawLine(QPointF(c + 1, y + 6), QPointF(c + 6, y - 6));
    // "≈ 2 years" above "folded", when the break is wide enough to say it; most of hundreds of
    // narrow folds are not, and need no text built or measured.
    if (m_foldWordWidth + 4 > b.x1 - b.x0)
        return false;
    const QString label = TimelineAxis::foldLabel(b.folded.length());
    const QString first = label.section(QLatin1Char(' '), 0, 2);
    const QString second = label.section(QLatin1Char(' '), 3);
    const double width = std::max(
        m_smallMetrics.horizontalAdvance(first), m_smallMetrics.horizontalAdvance(second));
    if (width + 4 > b.x1 - b.x0)
        return false;
    painter->setFont(m_small);
    painter->setPen(textColor);
    painter->drawText(QRectF(b.x0, g.axis.top(), b.x1 - b.x0, axisRow), Qt::AlignCenter, first);
    painter->drawText(
        QRectF(b.x0, g.axis.top() + axisRow, b.x1 - b.x0, axisRow), Qt::AlignCenter, second);
    return true;
}

void TimelineRenderer::paintMinorRow(QPainter *painter, const Frame &frame,
    const std::vector<AxisTick> &ticks, AxisTick::Unit minor, RowSpace &row) const
{
    const Geometry &g = frame.geometry;
    const TimelineAxis &axis = *frame.axis;
    painter->setFont(m_small);
    const auto draw = [&](double x, const QString &text) {
        if (text.isEmpty() || !row.isFree(x, x + 1))
            return; // taken where it would start: not worth measuring
        const double width = m_smallMetrics.horizontalAdvance(text);
        if (!row.isFree(x, x + width))
            return;
        row.take(x, x + width);
        painter->setPen(mutedText);
        painter->drawText(QRectF(x, g.axis.top() + axisRow, width + 2, axisRow),
            Qt::AlignLeft | Qt::AlignVCenter, text);
    };
    // Months and years rarely fall inside short spans: then each span says which day it starts.
    if (minor >= AxisTick::Month) {
        for (const TimeSpan &segment : axis.segments()) {
            const double x0 = axis.xForTime(segment.start);
            if (x0 > g.axis.width() || axis.xForTime(segment.end) < 0)
                continue;
            const double x = std::max(x0, 0.0);
            if (row.isFree(x + 3, x + 4))
                draw(x + 3, tickText(frame, { axis.timeForX(x), x, AxisTick::Day, false }));
        }
    }
    for (const AxisTick &tick : ticks) {
        if (tick.major)
            continue;
        painter->setPen(QPen(gridMajor, 1));
        painter->drawLine(
            QPointF(tick.x, g.axis.bottom() - tickLength), QPointF(tick.x, g.axis.bottom()));
        draw(tick.x + 3, tickText(frame, tick));
    }
}

void TimelineRenderer::paintMajorRow(QPainter *painter, const Frame &frame,
    const std::vector<AxisTick> &ticks, AxisTick::Unit minor, RowSpace &row) const
{
    const Geometry &g = frame.geometry;
    const TimelineAxis &axis = *frame.axis;
    painter->setFont(m_bold);
    painter->setPen(textColor);
    // The labels drawn, by x. Many short spans of one year would all say "1995", and a span
    // after a fold would repeat the year its tick named before the fold ("2023 … 2023"): a
    // label is worth drawing only where it differs from the nearest one on its left.
    std::vector<std::pair<double, QString>> drawn;
    const auto draw = [&](double x, const QString &text) {
        if (text.isEmpty() || !row.isFree(x, x + 1))
            return; // taken where it would start: not worth measuring
        const auto right = std::upper_bound(drawn.begin(), drawn.end(), x,
            [](double at, const std::pair<double, QString> &label) { return at < label.first; });
        if (right != drawn.begin() && std::prev(right)->second == text)
            return;
        const double width = m_boldMetrics.horizontalAdvance(text);
        if (!row.isFree(x, x + width))
            return;
        row.take(x, x + width);
        drawn.insert(right, { x, text });
        painter->drawText(
            QRectF(x, g.axis.top(), width + 2, axisRow), Qt::AlignLeft | Qt::AlignVCenter, text);
    };
    for (const AxisTick &tick : ticks) {
        if (tick.major)
            draw(tick.x + 3, contextText(frame, tick.time, tick.unit));
    }
    // Each span that starts left of the viewport, or between two ticks, still says where it is.
    const AxisTick::Unit major
        = minor == AxisTick::Year ? AxisTick::Year : AxisTick::Unit(minor + 1);
    for (const TimeSpan &segment : axis.segments()) {
        const double x0 = axis.xForTime(segment.start);
        if (x0 > g.axis.width() || axis.xForTime(segment.end) < 0)
            continue;
        const double x = std::max(x0, 0.0) + 3;
        if (row.isFree(x, x + 1))
            draw(x, contextText(frame, axis.timeForX(x), major));
    }
}

void TimelineRenderer::paintSequenceCaptions(
    QPainter *painter, const Frame &frame, RowSpace &row) const
{
    const Geometry &g = frame.geometry;
    const TimelineAxis &axis = *frame.axis;
    const TimeSpan visible = axis.visibleSpan();
    const QString caption = QStringLiteral("in order of the day · no clock times");
    const double width = m_smallMetrics.horizontalAdvance(caption);
    painter->setFont(m_small);
    painter->setPen(mutedText);
    for (qint64 day = julianDayOfTime(visible.start); day <= julianDayOfTime(visible.end); ++day) {
        if (!axis.isSequenceDay(day))
            continue;
        const double x0 = std::max(axis.xForTime(timeOfJulianDay(day)), 0.0);
        const double x1 = std::min(axis.xForTime(timeOfJulianDay(day + 1)), g.axis.width());
        const double left = (x0 + x1 - width) / 2;
        if (x1 - x0 < width + 16 || !row.isFree(left, left + width))
            continue;
        row.take(left, left + width);
        painter->drawText(
            QRectF(left, g.axis.top() + axisRow, width + 2, axisRow), Qt::AlignCenter, caption);
    }
}

double TimelineRenderer::tickSpacing() const
{
    // Room for the widest minor label ("30 Sep") and a gap.
    return m_smallMetrics.horizontalAdvance(QStringLiteral("30 Sep")) + 22;
}

QString TimelineRenderer::tickText(const Frame &frame, const AxisTick &tick) const
{
    if (!frame.layout->isComparing())
        return TimelineAxis::tickLabel(tick);
    if (tick.unit == AxisTick::Hour)
        return TimelineAxis::tickLabel(tick);
    return relativeDayName(julianDayOfTime(tick.time) - julianDayOfTime(0));
}

QString TimelineRenderer::contextText(const Frame &frame, double time, AxisTick::Unit unit) const
{
    if (!frame.layout->isComparing())
        return TimelineAxis::contextLabel(time, unit);
    if (unit == AxisTick::Hour || unit == AxisTick::Day)
        return relativeDayName(julianDayOfTime(time) - julianDayOfTime(0));
    return QString();
}

void TimelineRenderer::paintHeader(QPainter *painter, const Frame &frame) const
{
    const Geometry &g = frame.geometry;
    painter->save();
    painter->fillRect(
        QRectF(g.bounds.left(), g.bounds.top(), g.header.width(), g.plot.top() - g.bounds.top()),
        headerFill);
    painter->setFont(m_bold);
    painter->setPen(mutedText);
    const QString caption = frame.layout->isComparing()
        ? QStringLiteral("Time from each summit's day")
        : frame.layout->laneMode() == LaneMode::Kind    ? QStringLiteral("Lanes by kind")
        : frame.layout->laneMode() == LaneMode::Country ? QStringLiteral("Lanes by country")
                                                        : QStringLiteral("Lanes by person");
    painter->drawText(
        QRectF(g.bounds.left() + 8, g.bounds.top(), g.header.width() - 12, 2 * axisRow),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, caption);
    painter->setClipRect(g.header);
    painter->fillRect(g.header, headerFill);
    painter->setFont(m_font);
    for (int lane = 0; lane < frame.layout->laneCount(); ++lane) {
        const TimelineLane &l = frame.layout->lane(lane);
        const double top = laneTop(frame, lane);
        if (top > g.header.bottom() || top + g.laneHeight < g.header.top())
            continue;
        double left = g.header.left() + 8;
        const double y = markerY(frame, lane);
        if (l.kind >= 0) {
            painter->setPen(QPen(Qt::white, 1));
            painter->setBrush(TimelineStyle::kindColor(l.kind));
            TimelineStyle::drawMarker(
                painter, l.kind, QPointF(left + MarkerRadius, y), MarkerRadius - 1);
            left += 2 * MarkerRadius + 6;
        }
        painter->setPen(textColor);
        const double width = g.header.right() - left - 6;
        painter->drawText(QRectF(left, y - axisRow / 2, width, axisRow),
            Qt::AlignLeft | Qt::AlignVCenter, m_metrics.elidedText(l.title, Qt::ElideRight, width));
    }
    painter->setPen(QPen(gridMajor, 1));
    painter->drawLine(QPointF(g.header.right() - 0.5, g.bounds.top()),
        QPointF(g.header.right() - 0.5, g.header.bottom()));
    painter->restore();
}

void TimelineRenderer::paintBandTitles(QPainter *painter, const Frame &frame) const
{
    const Geometry &g = frame.geometry;
    if (!frame.layout->isComparing())
        return;
    painter->save();
    painter->setClipRect(QRectF(g.bounds.left(), g.plot.top(), g.bounds.width(), g.plot.height()));
    for (int band = 0; band < 2; ++band) {
        const Summit &summit = frame.layout->dataset()->summits[frame.layout->compareSummit(band)];
        const double top = bandTop(frame, band);
        const QRectF row(g.bounds.left(), top, g.bounds.width(), g.bandHeader);
        painter->fillRect(row, QColor(0xe3, 0xea, 0xf4));
        bool empty = true;
        for (int lane = 0; lane < frame.layout->laneCount() && empty; ++lane)
            empty = bandOf(frame, lane) != band;
        const QString text
            = QStringLiteral("%1 · %2%3")
                  .arg(summit.date.toString(QStringLiteral("d MMM yyyy")), summit.title,
                      empty ? QStringLiteral(" · no event matches the filters") : QString());
        painter->setFont(m_font);
        painter->setPen(textColor);
        painter->drawText(row.adjusted(8, 0, -8, 0), Qt::AlignLeft | Qt::AlignVCenter,
            m_metrics.elidedText(text, Qt::ElideRight, row.width() - 16));
    }
    painter->restore();
}

std::vector<TimelineRenderer::LegendItem> TimelineRenderer::legendItems(
    const QRectF &area, const Geometry &geometry, double *height) const
{
    std::vector<LegendItem> items;
    for (int kind = 0; kind < int(TimelineLayout::kinds().size()) - 1; ++kind)
        items.push_back(
            { LegendItem::Marker, kind, eventKindLabel(TimelineLayout::kinds()[kind]), {} });
    // An exported image cannot be clicked: it says only what the count means.
    items.push_back({ LegendItem::Cluster, -1,
        geometry.interactive ? QStringLiteral("n events too close to tell apart (click to zoom in)")
                             : QStringLiteral("n events too close to tell apart at this scale"),
        {} });
    if (geometry.sequenceEvents)
        items.push_back({ LegendItem::Sequence, -1,
            QStringLiteral(
                "order within the day: no clock time known, spread evenly across the day"),
            {} });
    if (geometry.plannedEvents)
        items.push_back(
            { LegendItem::Planned, 0, QStringLiteral("announced only: not reported as held"), {} });
    if (geometry.folds)
        items.push_back({ LegendItem::Fold, -1, QStringLiteral("empty time folded"), {} });
    double x = area.left() + 8, y = area.top() + 4;
    for (LegendItem &item : items) {
        const double width = 30 + m_smallMetrics.horizontalAdvance(item.text) + 14;
        if (x + width > area.right() - 4 && x > area.left() + 8) {
            x = area.left() + 8;
            y += legendRow;
        }
        item.at = QPointF(x, y);
        x += width;
    }
    *height = y + legendRow + 4 - area.top();
    return items;
}

void TimelineRenderer::paintLegend(QPainter *painter, const Frame &frame) const
{
    const Geometry &g = frame.geometry;
    double height = 0;
    painter->save();
    painter->fillRect(g.legend, Qt::white);
    painter->setPen(QPen(gridMajor, 1));
    painter->drawLine(g.legend.topLeft(), g.legend.topRight());
    for (const LegendItem &item : legendItems(g.legend, g, &height)) {
        const QPointF centre = item.at + QPointF(12, legendRow / 2);
        painter->setBrush(Qt::NoBrush);
        if (item.what == LegendItem::Marker) {
            painter->setPen(QPen(Qt::white, 1.2));
            painter->setBrush(TimelineStyle::kindColor(item.kind));
            TimelineStyle::drawMarker(painter, item.kind, centre, MarkerRadius);
        } else if (item.what == LegendItem::Cluster) {
            const QRectF pill(centre.x() - 13, centre.y() - 8, 26, 16);
            painter->setPen(Qt::NoPen);
            painter->setBrush(clusterFill);
            painter->drawRoundedRect(pill, 8, 8);
            painter->setFont(m_bold);
            painter->setPen(Qt::white);
            painter->drawText(pill, Qt::AlignCenter, QStringLiteral("n"));
        } else if (item.what == LegendItem::Planned) {
            paintPlannedMarker(painter, item.kind, centre);
        } else if (item.what == LegendItem::Sequence) {
            painter->setFont(m_bold);
            painter->setPen(textColor);
            painter->drawText(QRectF(centre.x() - 12, item.at.y(), 24, legendRow), Qt::AlignCenter,
                QStringLiteral("3."));
        } else {
            const QRectF band(centre.x() - 10, item.at.y() + 3, 20, legendRow - 6);
            painter->fillRect(band, breakFill);
            painter->fillRect(band, QBrush(hatchColor, Qt::BDiagPattern));
        }
        painter->setFont(m_small);
        painter->setPen(textColor);
        painter->drawText(
            QRectF(item.at.x() + 28, item.at.y(), g.legend.right() - item.at.x(), legendRow),
            Qt::AlignLeft | Qt::AlignVCenter, item.text);
    }
    painter->restore();
}

/** An event only announced: its kind's shape, hollow, with a dashed outline in the kind's colour.
 */
void TimelineRenderer::paintPlannedMarker(QPainter *painter, int kind, const QPointF &centre)
{
    QPen pen(TimelineStyle::kindColor(kind), 1.8, Qt::DashLine);
    pen.setDashPattern({ 2.0, 1.5 });
    painter->setPen(pen);
    painter->setBrush(Qt::white);
    TimelineStyle::drawMarker(painter, kind, centre, MarkerRadius);
}

void TimelineRenderer::paintEmpty(QPainter *painter, const Frame &frame) const
{
    const bool any = frame.layout->eventCount() > 0;
    painter->setFont(m_font);
    painter->setPen(mutedText);
    painter->drawText(frame.geometry.plot, Qt::AlignCenter,
        any ? QStringLiteral("No event matches the filters")
            : QStringLiteral("This dataset has no events"));
}

std::optional<QPointF> TimelineRenderer::markCentre(const Frame &frame, int lane, int row)
{
    const int mark = frame.layout->markOf(lane, row);
    if (mark < 0)
        return std::nullopt;
    TimelineLayout::groupMarks(
        frame.layout->lane(lane), *frame.axis, BinWidth, MarkerRadius, m_groups);
    for (const MarkGroup &group : m_groups) {
        if (mark < group.first || mark >= group.last)
            continue;
        const QPointF centre(frame.geometry.plot.left() + group.x, markerY(frame, lane));
        if (frame.geometry.plot.contains(centre))
            return centre;
    }
    return std::nullopt;
}

TimelineRenderer::Hit TimelineRenderer::hitTest(const Frame &frame, const QPointF &point)
{
    Hit hit;
    const Geometry &g = frame.geometry;
    if (!g.plot.contains(point) && !g.axis.contains(point))
        return hit;
    const double x = point.x() - g.plot.left();
    for (const AxisBreak &b : frame.axis->visibleBreaks()) {
        if (x >= b.x0 && x <= b.x1) {
            hit.type = Hit::Break;
            hit.folded = b;
        }
    }
    const int lane = g.plot.contains(point) ? laneAt(frame, point.y()) : -1;
    if (lane < 0)
        return hit;
    layoutLane(frame, lane);
    const TimelineLane &l = frame.layout->lane(lane);
    const double top = laneTop(frame, lane);
    if (point.y() < top + std::min(markerRow, g.laneHeight)) {
        for (const MarkGroup &group : m_groups) {
            if (x >= group.left - 3 && x <= group.right + 3) {
                hit = { group.count() == 1 ? Hit::Event : Hit::Cluster, lane,
                    l.rows[size_t(group.first)], group, {} };
                return hit;
            }
        }
        return hit;
    }
    for (size_t i = 0; i < m_slots.size(); ++i) {
        const QRectF rect(m_slots[i].left, top + markerRow + m_slots[i].row * labelRow,
            m_slots[i].width, labelRow);
        if (m_slots[i].row >= 0 && rect.contains(x, point.y())) {
            const MarkGroup &group = m_groups[size_t(m_labelled[i])];
            return { Hit::Event, lane, l.rows[size_t(group.first)], group, {} };
        }
    }
    return hit;
}

void TimelineRenderer::visibleItems(const Frame &frame, std::vector<VisibleItem> &items)
{
    items.clear();
    const Geometry &g = frame.geometry;
    const double glyphHeight = std::min(2 * MarkerRadius, g.laneHeight);
    for (int lane = 0; lane < frame.layout->laneCount(); ++lane) {
        const double y = markerY(frame, lane);
        if (y < g.plot.top() || y > g.plot.bottom())
            continue;
        TimelineLayout::groupMarks(
            frame.layout->lane(lane), *frame.axis, BinWidth, MarkerRadius, m_groups);
        const TimelineLane &l = frame.layout->lane(lane);
        for (const MarkGroup &group : m_groups) {
            if (group.x < 0 || group.x > g.plot.width())
                continue;
            items.push_back({ lane, l.rows[size_t(group.first)], group.count(),
                QRectF(g.plot.left() + group.left, y - glyphHeight / 2, group.right - group.left,
                    glyphHeight) });
        }
    }
}

} // namespace Summit
