// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/map/mapcanvas.h"

#include "views/map/mapaccessible.h"
#include "views/map/mapgeometry.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

namespace Summit {

namespace {

constexpr qreal ZoomStep = 1.4;

} // namespace

MapCanvas::MapCanvas(const MapGeometry &geometry, QWidget *parent)
    : QWidget(parent)
    , m_geometry(geometry)
    , m_renderer(geometry)
    , m_frame(geometry.bounds())
    , m_centre(m_frame.center())
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    MapAccessible::install();
    setAccessibleName(QStringLiteral("Membership map"));
    setAccessibleDescription(
        tr("Page Down and Page Up: next and previous country; Space: select it; arrows: pan; "
           "plus and minus: zoom; 0 or Home: the whole map; Escape: clear the selection."));
}

void MapCanvas::setScene(const MapScene &scene)
{
    const QString selectedBefore = m_scene.selected;
    m_scene = scene;
    m_baseValid = false;
    update();
    if (m_scene.selected != selectedBefore)
        MapAccessible::announceSelection(this, selectedBefore);
}

void MapCanvas::setCountries(const QStringList &codes)
{
    m_countries = codes;
    if (!m_countries.contains(m_focused))
        m_focused.clear();
    update();
}

void MapCanvas::setFocusedCode(const QString &code)
{
    const QString focused = m_countries.contains(code) ? code : QString();
    if (focused == m_focused)
        return;
    m_focused = focused;
    update();
    MapAccessible::announceFocus(this);
}

void MapCanvas::moveFocus(int step)
{
    if (m_countries.isEmpty())
        return;
    const qsizetype at = m_countries.indexOf(m_focused);
    const qsizetype next = at < 0 ? (step > 0 ? 0 : m_countries.size() - 1) : at + step;
    if (next >= 0 && next < m_countries.size())
        setFocusedCode(m_countries.at(next));
}

void MapCanvas::setItemTextProvider(std::function<QString(const QString &, bool)> provider)
{
    m_itemTextProvider = std::move(provider);
}

QString MapCanvas::itemText(const QString &code, bool description) const
{
    if (m_itemTextProvider)
        return m_itemTextProvider(code, description);
    const int index = m_geometry.indexOf(code);
    return index < 0 || description ? QString() : m_geometry.features().at(index).name;
}

QRectF MapCanvas::shapeRect(const QString &code) const
{
    const int index = m_geometry.indexOf(code);
    if (index < 0)
        return {};
    return transform().mapRect(m_geometry.features().at(index).bounds);
}

QRectF MapCanvas::mapArea() const
{
    return currentLayout().map;
}

void MapCanvas::setFrame(const QRectF &frame)
{
    m_frame = frame;
    resetView();
}

void MapCanvas::setToolTipProvider(std::function<QString(const QString &)> provider)
{
    m_toolTipProvider = std::move(provider);
}

MapLayout MapCanvas::currentLayout() const
{
    return MapRenderer::layout(QRectF(rect()));
}

qreal MapCanvas::baseScale() const
{
    const QRectF area = currentLayout().map;
    if (m_frame.isEmpty() || area.isEmpty())
        return 1;
    return qMin(area.width() / m_frame.width(), area.height() / m_frame.height());
}

QTransform MapCanvas::transform() const
{
    const qreal scale = baseScale() * m_zoom;
    QTransform transform;
    const QPointF middle = currentLayout().map.center();
    transform.translate(middle.x(), middle.y());
    transform.scale(scale, scale);
    transform.translate(-m_centre.x(), -m_centre.y());
    return transform;
}

QPointF MapCanvas::mapToCanvas(const QPointF &mapPoint) const
{
    return transform().map(mapPoint);
}

QPointF MapCanvas::canvasToMap(const QPointF &point) const
{
    return transform().inverted().map(point);
}

QString MapCanvas::codeAt(const QPointF &point) const
{
    if (!currentLayout().map.contains(point))
        return {};
    const int index = m_geometry.featureAt(canvasToMap(point));
    return index < 0 ? QString() : m_geometry.features().at(index).code;
}

void MapCanvas::zoomIn()
{
    zoomAround(currentLayout().map.center(), ZoomStep);
}

void MapCanvas::zoomOut()
{
    zoomAround(currentLayout().map.center(), 1 / ZoomStep);
}

void MapCanvas::resetView()
{
    m_zoom = 1;
    m_centre = m_frame.center();
    update();
}

// Keeps the map point under @p point where it is while the scale changes.
void MapCanvas::zoomAround(const QPointF &point, qreal factor)
{
    const qreal zoom = qBound(MinZoom, m_zoom * factor, MaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    const QPointF fixed = canvasToMap(point);
    m_zoom = zoom;
    const QPointF offset = point - currentLayout().map.center();
    m_centre = fixed - offset / (baseScale() * m_zoom);
    update();
}

void MapCanvas::panBy(const QPointF &pixels)
{
    const QPointF centre = m_centre - pixels / (baseScale() * m_zoom);
    // Keep some of the map in view: the centre may not leave the whole map's bounds.
    const QRectF limits = m_geometry.bounds().united(m_frame);
    m_centre = QPointF(qBound(limits.left(), centre.x(), limits.right()),
        qBound(limits.top(), centre.y(), limits.bottom()));
    update();
}

void MapCanvas::setHovered(const QString &code)
{
    if (code == m_hovered)
        return;
    m_hovered = code;
    update();
}

bool MapCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString code = codeAt(help->pos());
        const QString text
            = (code.isEmpty() || !m_toolTipProvider) ? QString() : m_toolTipProvider(code);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    const MapLayout layout = currentLayout();
    const QTransform mapToCanvas = transform();
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    if (!m_baseValid || m_base.size() != pixels || m_baseTransform != mapToCanvas) {
        m_base = QPixmap(pixels);
        m_base.setDevicePixelRatio(ratio);
        QPainter basePainter(&m_base);
        m_renderer.paint(&basePainter, layout, mapToCanvas, m_scene);
        m_baseTransform = mapToCanvas;
        m_baseValid = true;
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_base);
    if (!m_hovered.isEmpty())
        m_renderer.paintHover(&painter, layout, mapToCanvas, m_hovered);
    if (hasFocus() && !m_focused.isEmpty() && m_focused != m_hovered)
        m_renderer.paintHover(&painter, layout, mapToCanvas, m_focused);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAround(event->position(), std::pow(ZoomStep, steps));
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPosition = event->position().toPoint();
    m_pressCentre = m_centre;
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (m_pressed
        && (position - m_pressPosition).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        m_centre = m_pressCentre;
        panBy(position - m_pressPosition);
        return;
    }
    setHovered(codeAt(position));
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    if (currentLayout().map.contains(event->position())) {
        const QString code = codeAt(event->position());
        if (m_countries.contains(code))
            setFocusedCode(code);
        emit shapeClicked(code);
    }
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const qreal step = 60;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetView();
        break;
    case Qt::Key_Left:
        panBy(QPointF(step, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-step, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, step));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -step));
        break;
    case Qt::Key_Escape:
        emit escapePressed();
        break;
    case Qt::Key_PageDown:
        moveFocus(1);
        break;
    case Qt::Key_PageUp:
        moveFocus(-1);
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_focused.isEmpty())
            moveFocus(1);
        else
            emit shapeClicked(m_focused);
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

void MapCanvas::leaveEvent(QEvent *event)
{
    setHovered(QString());
    QWidget::leaveEvent(event);
}

void MapCanvas::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
    MapAccessible::announceFocus(this);
}

void MapCanvas::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace Summit
