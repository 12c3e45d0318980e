// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/timeline/timelineview.h"

#include "models/datasetdocument.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventmodel.h"
#include "views/timeline/timelineaccessible.h"

#include <QAccessible>
#include <QApplication>
#include <QFontInfo>
#include <QGestureEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QSet>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

namespace Summit {

namespace {

constexpr double zoomStep = 1.5;
constexpr double edgeRoom = 24; // an event closer than this to the edge is scrolled into view
constexpr double eventZoomHalfWidth = 2 * SecondsPerHour;

} // namespace

TimelineView::TimelineView(
    EventFilterProxyModel *events, QItemSelectionModel *selection, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_proxy(events)
    , m_selection(selection)
    , m_refreshTimer(new QTimer(this))
    , m_renderer(QFontInfo(font()).pixelSize(), font().family())
{
    TimelineAccessible::install();
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("No event selected.") + QLatin1Char(' ') + keyboardHelp());
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setMinimumSize(420, 260);
    viewport()->setAttribute(Qt::WA_AcceptTouchEvents);
    viewport()->grabGesture(Qt::PinchGesture);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &TimelineView::refresh);

    const auto filterChanged = [this] {
        m_passedDirty = true;
        scheduleRefresh();
    };
    // Inserts and removes arrive in batches while the proxy refilters; one refresh covers them.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, filterChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, filterChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, filterChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, filterChanged);
    connect(m_proxy, &EventFilterProxyModel::filterChanged, this, filterChanged);
    connect(m_proxy, &QAbstractProxyModel::sourceModelChanged, this, &TimelineView::connectModels);
    connect(
        m_selection, &QItemSelectionModel::currentChanged, this, &TimelineView::onCurrentChanged);
    connectModels();
}

TimelineView::~TimelineView() = default;

QString TimelineView::keyboardHelp()
{
    return tr("Left and Right arrows: previous and next event in time; Up and Down: the lane "
              "above or below; plus and minus: zoom; Home and End: first and last event; "
              "F: fit everything; 1 to 9: go to a summit.");
}

void TimelineView::connectModels()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_events = qobject_cast<EventModel *>(m_proxy->sourceModel());
    m_datasetDirty = true;
    if (m_events) {
        // Between these two signals the dataset is being replaced: nothing may be read.
        m_sourceConnections.append(connect(m_events, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_resetting = true; }));
        m_sourceConnections.append(connect(m_events, &QAbstractItemModel::modelReset, this, [this] {
            m_resetting = false;
            m_datasetDirty = true;
            scheduleRefresh();
        }));
    }
    scheduleRefresh();
}

void TimelineView::scheduleRefresh()
{
    m_refreshTimer->start();
    viewport()->update();
}

void TimelineView::refresh()
{
    ensureUpToDate();
    updateGeometryAndScrollBars();
    viewport()->update();
}

void TimelineView::ensureUpToDate()
{
    if (m_resetting)
        return;
    if (m_datasetDirty) {
        m_datasetDirty = false;
        ++m_layoutVersion;
        m_layout.setDataset(m_events ? &m_events->document()->dataset() : nullptr);
        m_layout.setLaneMode(m_laneMode);
        m_layout.setSummitScope(summitIndices(m_summitScope));
        applyCompare();
        m_passedDirty = true;
        m_currentLane = -1;
        rebuildAxis(true);
    }
    if (m_passedDirty) {
        m_passedDirty = false;
        ++m_layoutVersion;
        m_layout.setPassed(passedRows());
        if (m_layout.markOf(m_currentLane, currentRow()) < 0)
            m_currentLane = m_layout.laneOf(currentRow());
    }
}

std::vector<std::uint8_t> TimelineView::passedRows() const
{
    const int total = m_events ? m_events->rowCount() : 0;
    // The proxy's verdict per source row in bulk, rather than mapping up to a million proxy
    // rows back to the source one index at a time.
    if (m_proxy->acceptedCount() == total)
        return {}; // no filter: the layout shows every row
    return m_proxy->acceptedRows();
}

void TimelineView::rebuildAxis(bool fit)
{
    m_axis.setSequenceDays(m_layout.sequenceDays());
    m_axis.setOccupiedSpans(m_layout.occupiedSpans());
    if (fit)
        m_axis.fitAll();
}

void TimelineView::updateGeometryAndScrollBars()
{
    m_geometry = m_renderer.geometry(QRectF(viewport()->rect()), m_layout, m_axis, false);
    m_axis.setViewportWidth(m_geometry.plot.width());
    m_syncingScrollBars = true;
    const double width = m_axis.viewportWidth();
    const double total = m_axis.contentWidth() + 2 * TimelineAxis::EdgeMargin;
    // A scroll bar counts in int; a long unfolded axis at hour zoom needs coarser steps.
    m_horizontalUnit = std::max(1.0, total / 1e8);
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setRange(0, int(std::max(0.0, total - width) / m_horizontalUnit));
    horizontal->setPageStep(int(width / m_horizontalUnit));
    horizontal->setSingleStep(std::max(1, int(40 / m_horizontalUnit)));
    horizontal->setValue(int((m_axis.scroll() + TimelineAxis::EdgeMargin) / m_horizontalUnit));
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, int(std::max(0.0, m_geometry.contentHeight - m_geometry.plot.height())));
    vertical->setPageStep(int(m_geometry.plot.height()));
    vertical->setSingleStep(std::max(1, int(m_geometry.laneHeight / 2)));
    m_syncingScrollBars = false;
}

TimelineRenderer::Frame TimelineView::frame() const
{
    TimelineRenderer::Frame f;
    f.layout = &m_layout;
    f.axis = &m_axis;
    f.geometry = m_geometry;
    f.scrollY = verticalScrollBar()->value();
    f.selectedRow = currentRow();
    f.currentLane = m_currentLane;
    f.focused = hasFocus();
    return f;
}

std::vector<int> TimelineView::summitIndices(const QStringList &ids) const
{
    std::vector<int> indices;
    if (!m_layout.dataset())
        return indices;
    const QList<Summit> &summits = m_layout.dataset()->summits;
    for (const QString &id : ids) {
        for (int i = 0; i < int(summits.size()); ++i) {
            if (summits[i].id == id)
                indices.push_back(i);
        }
    }
    return indices;
}

void TimelineView::applyCompare()
{
    ++m_layoutVersion;
    std::vector<int> pair = summitIndices(m_compareIds);
    if (pair.size() != 2 || pair[0] == pair[1]) {
        const std::vector<int> byDate = m_layout.summitsByDate();
        pair.assign(byDate.begin(), byDate.begin() + std::min<size_t>(2, byDate.size()));
    }
    if (pair.size() == 2)
        m_layout.setCompare(m_compare, pair[0], pair[1]);
    else
        m_layout.setCompare(false, -1, -1);
}

QStringList TimelineView::compareSummits() const
{
    if (!m_layout.dataset() || m_layout.compareSummit(0) < 0)
        return m_compareIds;
    return { m_layout.dataset()->summits[m_layout.compareSummit(0)].id,
        m_layout.dataset()->summits[m_layout.compareSummit(1)].id };
}

const TimelineAxis &TimelineView::axis()
{
    refresh();
    return m_axis;
}

const TimelineLayout &TimelineView::layout()
{
    refresh();
    return m_layout;
}

int TimelineView::currentRow() const
{
    const QModelIndex current = m_selection->currentIndex();
    if (!current.isValid() || current.model() != m_proxy)
        return -1;
    return m_proxy->mapToSource(current).row();
}

std::optional<QPoint> TimelineView::eventPosition(const QString &eventId)
{
    refresh();
    const int row = m_events ? m_events->rowOf(eventId) : -1;
    const int lane
        = m_layout.markOf(m_currentLane, row) >= 0 ? m_currentLane : m_layout.laneOf(row);
    if (lane < 0)
        return std::nullopt;
    const std::optional<QPointF> centre = m_renderer.markCentre(frame(), lane, row);
    if (!centre)
        return std::nullopt;
    return centre->toPoint();
}

int TimelineView::eventAt(const QPoint &position)
{
    refresh();
    const TimelineRenderer::Hit hit = m_renderer.hitTest(frame(), position);
    return hit.type == TimelineRenderer::Hit::Event ? hit.row : -1;
}

void TimelineView::setLaneMode(LaneMode mode)
{
    if (mode == m_laneMode)
        return;
    m_laneMode = mode;
    ensureUpToDate();
    m_layout.setLaneMode(mode);
    ++m_layoutVersion;
    m_currentLane = m_layout.laneOf(currentRow());
    refresh();
    emit laneModeChanged();
}

void TimelineView::setCompareMode(bool on)
{
    if (on == m_compare)
        return;
    m_compare = on;
    ensureUpToDate();
    applyCompare();
    rebuildAxis(true);
    m_currentLane = m_layout.laneOf(currentRow());
    refresh();
    emit compareModeChanged(on);
}

void TimelineView::setCompareSummits(const QString &first, const QString &second)
{
    m_compareIds = { first, second };
    ensureUpToDate();
    applyCompare();
    if (m_compare) {
        rebuildAxis(true);
        m_currentLane = m_layout.laneOf(currentRow());
    }
    refresh();
}

void TimelineView::setFoldEmptyTime(bool fold)
{
    ensureUpToDate();
    m_axis.setFoldEmptySpans(fold);
    refresh();
}

void TimelineView::fitAll()
{
    ensureUpToDate();
    m_axis.fitAll();
    refresh();
}

void TimelineView::zoomIn()
{
    zoomAroundFocus(zoomStep);
}

void TimelineView::zoomOut()
{
    zoomAroundFocus(1 / zoomStep);
}

void TimelineView::showTimeRange(double start, double end)
{
    ensureUpToDate();
    m_axis.fitRange(start, end);
    refresh();
}

void TimelineView::panBy(int pixels)
{
    m_axis.panBy(pixels);
    refresh();
}

void TimelineView::jumpToSummit(int index)
{
    ensureUpToDate();
    const std::vector<int> summits = m_layout.isComparing()
        ? std::vector<int> { m_layout.compareSummit(0), m_layout.compareSummit(1) }
        : m_layout.summitsByDate();
    if (index < 0 || index >= int(summits.size()))
        return;
    int first = -1;
    const TimeSpan span = m_layout.summitExtent(summits[size_t(index)], &first);
    const double margin = std::max(span.length() * 0.05, SecondsPerHour);
    m_axis.fitRange(span.start - margin, span.end + margin);
    if (first >= 0)
        select(first, m_layout.laneOf(first));
    refresh();
}

void TimelineView::zoomAroundFocus(double factor)
{
    ensureUpToDate();
    double anchor = m_axis.viewportWidth() / 2;
    const int row = currentRow();
    if (m_layout.isShown(row)) {
        const double x = m_axis.xForTime(m_layout.displayTime(row));
        if (x >= 0 && x <= m_axis.viewportWidth())
            anchor = x;
    }
    m_axis.zoomAt(factor, anchor);
    refresh();
}

void TimelineView::select(int row, int lane)
{
    if (!m_events || row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_events->index(row, 0));
    if (!index.isValid())
        return;
    m_currentLane = lane;
    m_selecting = true;
    m_selection->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_selecting = false;
    ensureRowVisible(row, lane);
    announceCurrent();
    viewport()->update();
}

void TimelineView::onCurrentChanged()
{
    if (!m_selecting) {
        ensureUpToDate();
        const int row = currentRow();
        if (m_layout.markOf(m_currentLane, row) < 0)
            m_currentLane = m_layout.laneOf(row);
        if (m_layout.isShown(row))
            ensureRowVisible(row, m_currentLane);
        announceCurrent();
    }
    viewport()->update();
}

void TimelineView::ensureRowVisible(int row, int lane)
{
    ensureUpToDate();
    updateGeometryAndScrollBars();
    if (!m_layout.isShown(row))
        return;
    const double time = m_layout.displayTime(row);
    const double x = m_axis.xForTime(time);
    if (x < edgeRoom || x > m_axis.viewportWidth() - edgeRoom)
        m_axis.centreOn(time);
    if (lane >= 0) {
        const TimelineRenderer::Frame f = frame();
        const double top = m_renderer.laneTop(f, lane);
        QScrollBar *vertical = verticalScrollBar();
        if (top < m_geometry.plot.top())
            vertical->setValue(vertical->value() - int(m_geometry.plot.top() - top));
        else if (top + m_geometry.laneHeight > m_geometry.plot.bottom())
            vertical->setValue(
                vertical->value() + int(top + m_geometry.laneHeight - m_geometry.plot.bottom()));
    }
    updateGeometryAndScrollBars();
}

void TimelineView::moveInTime(int step)
{
    ensureUpToDate();
    const int row = currentRow();
    int next = -1;
    if (!m_layout.isShown(row))
        next = step > 0 ? m_layout.firstShown() : m_layout.lastShown();
    else
        next = m_layout.neighbour(row, step);
    if (next < 0)
        return;
    select(next, m_layout.markOf(m_currentLane, next) >= 0 ? m_currentLane : m_layout.laneOf(next));
}

void TimelineView::moveAcrossLanes(int step)
{
    ensureUpToDate();
    if (m_layout.laneCount() == 0)
        return;
    const int row = currentRow();
    const bool shown = m_layout.isShown(row);
    const int lane = m_currentLane >= 0 ? m_currentLane : (shown ? m_layout.laneOf(row) : -1);
    const int target = lane < 0 ? 0 : lane + step;
    if (target < 0 || target >= m_layout.laneCount())
        return;
    const double time
        = shown ? m_layout.displayTime(row) : m_axis.timeForX(m_axis.viewportWidth() / 2);
    const int mark = m_layout.nearestMark(target, time);
    if (mark >= 0)
        select(m_layout.lane(target).rows[size_t(mark)], target);
}

void TimelineView::zoomToRow(int row)
{
    if (!m_layout.isShown(row))
        return;
    const double time = m_layout.displayTime(row);
    m_axis.fitRange(time - eventZoomHalfWidth, time + eventZoomHalfWidth);
    refresh();
}

void TimelineView::zoomToGroup(const TimelineRenderer::Hit &hit)
{
    const TimelineLane &lane = m_layout.lane(hit.lane);
    const double first = lane.times[size_t(hit.group.first)];
    const double last = lane.times[size_t(hit.group.last) - 1];
    // Events at one instant never come apart: the click then picks the first of them.
    if (last - first < 60 || m_axis.scale() >= m_axis.maxScale() * 0.999) {
        select(hit.row, hit.lane);
        return;
    }
    const double margin = std::max((last - first) * 0.15, 600.0);
    m_axis.fitRange(first - margin, last + margin);
    refresh();
}

} // namespace Summit
