// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTransform>

#include <optional>

class QFontMetricsF;
class QPainter;

namespace Summit {

class MapGeometry;

/** What the map shows; MapView assembles it from the models, the renderer only draws it. */
struct MapScene
{
    QDate date;
    QHash<QString, MembershipStatus> statuses; ///< every country of the dataset
    QString summitLabel; ///< "22 Dec 2025 summit"; empty: no attendance overlay
    QHash<QString, Presence> presence; ///< the summit's attendance by country
    QString hostCity; ///< a name in MapGeometry::cities()
    QStringList partners; ///< countries the host held bilateral talks with at the summit
    QString selected; ///< country code, highlighted
};

/** Where the map and its legend go inside a target rectangle, and the size of one "pixel". */
struct MapLayout
{
    QRectF map;
    QRectF legend;
    qreal unit = 1; ///< grows with the target, so an export reads like the window, only larger
};

/**
 * Paints the map (areas, borders, attendance symbols, host star, bilateral arcs, labels) and
 * its legend with a QPainter, for the window and for export alike. It keeps the shapes mapped
 * to target pixels for the last transform, so repaints at the same zoom (hover) stay cheap.
 */
class MapRenderer
{
public:
    explicit MapRenderer(const MapGeometry &geometry);

    /** The frame at zoom 1: the countries @p codes with a margin, or the whole map. */
    QRectF defaultFrame(const QStringList &codes) const;
    static MapLayout layout(const QRectF &target);
    /** Map units to target pixels: @p frame centred in @p area, aspect kept. */
    static QTransform fitTransform(const QRectF &frame, const QRectF &area);

    void paint(QPainter *painter, const MapLayout &layout, const QTransform &mapToTarget,
        const MapScene &scene);
    /** Outlines the shape @p code, over a finished paint (the mouse is over it). */
    void paintHover(QPainter *painter, const MapLayout &layout, const QTransform &mapToTarget,
        const QString &code);

private:
    struct PlacedLabel
    {
        int candidate; ///< index of the text chosen
        QRectF box;
    };

    const QList<QPainterPath> &mappedPaths(const QTransform &mapToTarget);
    void paintAreas(QPainter *painter, const QRectF &area, const MapScene &scene, qreal unit);
    void paintOutlines(QPainter *painter, const MapScene &scene, qreal unit);
    QList<QRectF> paintOverlay(
        QPainter *painter, const QTransform &mapToTarget, const MapScene &scene, qreal unit);
    void paintLabels(QPainter *painter, const QTransform &mapToTarget, const MapScene &scene,
        qreal unit, QList<QRectF> occupied);
    QList<int> labelOrder(const MapScene &scene) const;
    std::optional<PlacedLabel> placeLabel(int index, const QStringList &candidates,
        const QFontMetricsF &metrics, const QTransform &mapToTarget, const QRectF &visible,
        const QList<QRectF> &occupied) const;

    const MapGeometry &m_geometry;
    QTransform m_cachedTransform;
    QList<QPainterPath> m_cachedPaths;
    bool m_cacheValid = false;
};

} // namespace Summit
