// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/map/maprenderer.h"

#include <QPixmap>
#include <QPoint>
#include <QPointF>
#include <QRectF>
#include <QWidget>

#include <functional>

namespace Summit {

class MapGeometry;

/**
 * The interactive surface of the map view: paints a MapScene through MapRenderer, zooms (wheel,
 * + and -), pans (drag, arrow keys), resets (0 or Home), outlines the shape under the mouse and
 * shows its tooltip. It knows nothing about the dataset: clicks come out as shape codes and
 * MapView decides what they mean.
 *
 * The keyboard walks the countries MapView lists (setCountries()): Page Down and Page Up move
 * the focus to the next and previous one, outlined like the shape under the mouse; Space or
 * Enter clicks it. MapAccessible lists the same countries to assistive technologies, with the
 * texts MapView gives (setItemTextProvider()).
 */
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    static constexpr qreal MinZoom = 0.8;
    static constexpr qreal MaxZoom = 16.0;

    explicit MapCanvas(const MapGeometry &geometry, QWidget *parent = nullptr);

    void setScene(const MapScene &scene);
    const MapScene &scene() const { return m_scene; }
    /** The shape under the mouse, outlined; empty when none. */
    QString hoveredCode() const { return m_hovered; }
    /** The map-unit rectangle shown at zoom 1; resets the view. */
    void setFrame(const QRectF &frame);
    /** Supplies the tooltip text of a shape code (empty: no tooltip). */
    void setToolTipProvider(std::function<QString(const QString &)> provider);
    /** The shapes the keyboard walks and assistive technologies list, in this order. */
    void setCountries(const QStringList &codes);
    const QStringList &countries() const { return m_countries; }
    /** The country the keyboard is on (one of countries()); empty when none. */
    QString focusedCode() const { return m_focused; }
    void setFocusedCode(const QString &code);
    /** Supplies what assistive technologies read for a country: its name, or its description. */
    void setItemTextProvider(std::function<QString(const QString &, bool description)> provider);
    QString itemText(const QString &code, bool description) const;
    /** The rectangle (canvas pixels) around the shape of @p code as drawn now. */
    QRectF shapeRect(const QString &code) const;
    /** Where the map is drawn (canvas pixels), without the legend. */
    QRectF mapArea() const;

    qreal zoom() const { return m_zoom; }
    QPointF mapToCanvas(const QPointF &mapPoint) const;
    QPointF canvasToMap(const QPointF &point) const;
    /** Code of the shape under @p point (canvas pixels); empty over the sea or the legend. */
    QString codeAt(const QPointF &point) const;

    void zoomIn();
    void zoomOut();
    void resetView();

signals:
    /** A click without dragging; @p code is empty over the sea. */
    void shapeClicked(const QString &code);
    void escapePressed();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    MapLayout currentLayout() const;
    QTransform transform() const;
    qreal baseScale() const;
    void zoomAround(const QPointF &point, qreal factor);
    void panBy(const QPointF &pixels);
    void setHovered(const QString &code);
    void moveFocus(int step);

    const MapGeometry &m_geometry;
    MapRenderer m_renderer;
    MapScene m_scene;
    QString m_hovered;
    /**
     * Everything but the hover outline, painted once per scene, size and zoom: moving the mouse
     * then costs a copy of this and one outline, not a whole paint.
     */
    QPixmap m_base;
    QTransform m_baseTransform;
    bool m_baseValid = false;
    std::function<QString(const QString &)> m_toolTipProvider;
    std::function<QString(const QString &, bool)> m_itemTextProvider;
    QStringList m_countries;
    QString m_focused;
    QRectF m_frame;
    qreal m_zoom = 1;
    QPointF m_centre; ///< map point at the centre of the map area
    QPoint m_pressPosition;
    QPointF m_pressCentre;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace Summit
