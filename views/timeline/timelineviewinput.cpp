// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineView, continued: painting and what the user does with mouse, wheel, pinch and keys,
// tooltips and what assistive technologies are told.
#include "models/dataset.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventmodel.h"
#include "models/sourceformat.h"
#include "views/timeline/timelineaccessible.h"
#include "views/timeline/timelineview.h"

#include <QAccessible>
#include <QApplication>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace Summit {

namespace {

// One notch of a mouse wheel (120 eighths of a degree) zooms by 2^(1/4), about 19 %.
constexpr double wheelNotchesPerDoubling = 4 * 120;
constexpr int maxClusterTitles = 8;

QString ordinal(int n)
{
    const int lastTwo = n % 100;
    const char *suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th"
        : n % 10 == 1                                     ? "st"
        : n % 10 == 2                                     ? "nd"
        : n % 10 == 3                                     ? "rd"
                                                          : "th";
    return QString::number(n) + QLatin1String(suffix);
}

} // namespace

QString TimelineView::whenText(int row) const
{
    const Event &event = m_layout.dataset()->events[row];
    if (m_layout.isSequence(row)) {
        return QStringLiteral("%1, %2 event of the day (no clock time)")
            .arg(formatDate(event.date), ordinal(m_layout.rankInDay(row)));
    }
    return QStringLiteral("%1 at %2")
        .arg(formatDate(event.date), event.time.toString(QStringLiteral("HH:mm")));
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    if (m_resetting)
        return;
    ensureUpToDate();
    updateGeometryAndScrollBars();
    m_renderer.paint(&painter, frame());
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    refresh();
}

void TimelineView::scrollContentsBy(int dx, int)
{
    // The scroll bars follow the axis; only a user's drag of a bar moves the axis.
    if (m_syncingScrollBars)
        return;
    if (dx != 0)
        m_axis.setScroll(
            horizontalScrollBar()->value() * m_horizontalUnit - TimelineAxis::EdgeMargin);
    viewport()->update();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        showToolTip(help->pos(), help->globalPos());
        return true;
    }
    case QEvent::Gesture:
        return handleGesture(static_cast<QGestureEvent *>(event));
    case QEvent::NativeGesture: {
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() != Qt::ZoomNativeGesture)
            break;
        ensureUpToDate();
        m_axis.zoomAt(1 + gesture->value(), gesture->position().x() - m_geometry.plot.left());
        refresh();
        return true;
    }
    default:
        break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

bool TimelineView::handleGesture(QGestureEvent *event)
{
    auto *pinch = static_cast<QPinchGesture *>(event->gesture(Qt::PinchGesture));
    if (!pinch)
        return false;
    if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
        ensureUpToDate();
        const QPointF centre = viewport()->mapFromGlobal(pinch->centerPoint());
        m_axis.zoomAt(pinch->scaleFactor(), centre.x() - m_geometry.plot.left());
        refresh();
    }
    event->accept(pinch);
    return true;
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_pressPosition = event->position().toPoint();
    m_pressScroll = m_axis.scroll();
    m_pressScrollY = verticalScrollBar()->value();
    m_dragging = false;
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return QAbstractScrollArea::mouseMoveEvent(event);
    const QPoint delta = event->position().toPoint() - m_pressPosition;
    if (!m_dragging && delta.manhattanLength() < QApplication::startDragDistance())
        return;
    if (!m_dragging)
        viewport()->setCursor(Qt::ClosedHandCursor);
    m_dragging = true;
    m_axis.setScroll(m_pressScroll - delta.x());
    verticalScrollBar()->setValue(m_pressScrollY - delta.y());
    refresh();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    if (m_dragging) {
        viewport()->unsetCursor();
        m_dragging = false;
        return;
    }
    refresh();
    const TimelineRenderer::Hit hit = m_renderer.hitTest(frame(), event->position());
    if (hit.type == TimelineRenderer::Hit::Event)
        select(hit.row, hit.lane);
    else if (hit.type == TimelineRenderer::Hit::Cluster)
        zoomToGroup(hit);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseDoubleClickEvent(event);
    refresh();
    const TimelineRenderer::Hit hit = m_renderer.hitTest(frame(), event->position());
    if (hit.type == TimelineRenderer::Hit::Event) {
        zoomToRow(hit.row);
        select(hit.row, hit.lane);
    } else if (hit.type == TimelineRenderer::Hit::Cluster) {
        zoomToGroup(hit);
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    ensureUpToDate();
    const QPoint delta = event->angleDelta();
    if (std::abs(delta.x()) > std::abs(delta.y())) {
        m_axis.panBy(-delta.x() / 2.0);
    } else if (event->modifiers() & Qt::ShiftModifier) {
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y() / 2);
    } else {
        const double anchor = event->position().x() - m_geometry.plot.left();
        m_axis.zoomAt(std::pow(2.0, delta.y() / wheelNotchesPerDoubling), anchor);
    }
    refresh();
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers commands = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    if (event->modifiers() & commands)
        return QAbstractScrollArea::keyPressEvent(event);
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        jumpToSummit(key - Qt::Key_1);
        return;
    }
    switch (key) {
    case Qt::Key_Left:
        return moveInTime(-1);
    case Qt::Key_Right:
        return moveInTime(1);
    case Qt::Key_Up:
        return moveAcrossLanes(-1);
    case Qt::Key_Down:
        return moveAcrossLanes(1);
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return zoomIn();
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        return zoomOut();
    case Qt::Key_Home:
        ensureUpToDate();
        return select(m_layout.firstShown(), m_layout.laneOf(m_layout.firstShown()));
    case Qt::Key_End:
        ensureUpToDate();
        return select(m_layout.lastShown(), m_layout.laneOf(m_layout.lastShown()));
    case Qt::Key_F:
        return fitAll();
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    announceCurrent(false);
    viewport()->update();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void TimelineView::showToolTip(const QPoint &position, const QPoint &globalPosition)
{
    refresh();
    const TimelineRenderer::Hit hit = m_renderer.hitTest(frame(), position);
    QString text;
    if (hit.type == TimelineRenderer::Hit::Event) {
        text = eventToolTip(hit.row);
    } else if (hit.type == TimelineRenderer::Hit::Cluster) {
        const TimelineLane &lane = m_layout.lane(hit.lane);
        QStringList lines { tr("<b>%1 events</b> in %2 — click to zoom in")
                                .arg(hit.group.count())
                                .arg(lane.title.toHtmlEscaped()) };
        for (int i = hit.group.first;
             i < std::min(hit.group.last, hit.group.first + maxClusterTitles); ++i)
            lines << m_layout.dataset()->events[lane.rows[size_t(i)]].title.toHtmlEscaped();
        if (hit.group.count() > maxClusterTitles)
            lines << tr("… and %1 more").arg(hit.group.count() - maxClusterTitles);
        text = lines.join(QStringLiteral("<br/>"));
    } else if (hit.type == TimelineRenderer::Hit::Break) {
        text = tr("%1: no events between %2 and %3")
                   .arg(TimelineAxis::foldLabel(hit.folded.folded.length()),
                       TimelineAxis::contextLabel(hit.folded.folded.start, AxisTick::Day),
                       TimelineAxis::contextLabel(hit.folded.folded.end, AxisTick::Day));
        if (m_layout.isComparing())
            text = TimelineAxis::foldLabel(hit.folded.folded.length());
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPosition, text, viewport());
}

QString TimelineView::eventToolTip(int row) const
{
    const Dataset &dataset = *m_layout.dataset();
    const Event &event = dataset.events[row];
    const Summit *summit = dataset.summit(event.summit);
    QStringList lines { QStringLiteral("<b>%1</b>").arg(event.title.toHtmlEscaped()),
        QStringLiteral("%1 · %2").arg(eventKindLabel(event.kind), whenText(row)) };
    if (summit)
        lines << summit->title.toHtmlEscaped();
    if (!event.location.isEmpty())
        lines << tr("Where: %1").arg(event.location.toHtmlEscaped());
    QStringList people;
    for (const QString &id : event.participants) {
        const Person *person = dataset.person(id);
        people << (person ? person->name : id).toHtmlEscaped();
    }
    if (!people.isEmpty())
        lines << tr("Who: %1").arg(people.join(QStringLiteral(", ")));
    lines << QStringLiteral("<small>%1</small>")
                 .arg(tr("Source: %1")
                          .arg(formatSources(dataset, event.sources).toHtmlEscaped())
                          .replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    return lines.join(QStringLiteral("<br/>"));
}

QString TimelineView::currentEventDescription() const
{
    return eventDescription(currentRow(), m_currentLane);
}

QString TimelineView::eventDescription(int row, int lane) const
{
    if (!m_layout.dataset() || row < 0 || row >= m_layout.eventCount())
        return QString();
    const Dataset &dataset = *m_layout.dataset();
    const Event &event = dataset.events[row];
    const Summit *summit = dataset.summit(event.summit);
    QString text
        = QStringLiteral("%1: %2, %3.").arg(eventKindLabel(event.kind), event.title, whenText(row));
    if (summit)
        text += QLatin1Char(' ') + summit->title + QLatin1Char('.');
    if (lane >= 0 && lane < m_layout.laneCount())
        text += tr(" Lane: %1.").arg(m_layout.lane(lane).title);
    return text;
}

void TimelineView::announceCurrent(bool selected)
{
    const QString text = currentEventDescription();
    // The view keeps its name; the viewport is named after the current event, and both tell
    // assistive technologies that it changed.
    viewport()->setAccessibleName(text.isEmpty() ? tr("No event selected") : text);
    QAccessibleEvent nameChanged(viewport(), QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    setAccessibleDescription(
        (text.isEmpty() ? tr("No event selected.") : tr("Current event: %1").arg(text))
        + QLatin1Char(' ') + keyboardHelp());
    QAccessibleEvent descriptionChanged(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&descriptionChanged);
    TimelineAccessible::announceCurrent(this, selected);
}

} // namespace Summit
