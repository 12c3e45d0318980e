// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"
#include "views/map/maplabeller.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
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
    /** Countries whose attendance reports differ (format 2); marked beside their symbol. */
    QStringList reportsDiffer;
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
 * Paints the map (areas, borders, bilateral arcs, host star, labels with attendance symbols) and
 * its legend with a QPainter, for the window and for export alike. It keeps the shapes mapped
 * to target pixels for the last transform and the labels placed for the last transform and
 * overlay, so that repaints at the same zoom (hover, selection, another date) stay cheap.
 */
class MapRenderer
{
public:
    explicit MapRenderer(const MapGeometry &geometry);

    /** The frame at zoom 1: the countries @p codes with a margin, or the whole map. */
    QRectF defaultFrame(const QStringList &codes) const;
    /** At a unit of @p minimumUnit or more (an export keeps its text legible: MapStyle). */
    static MapLayout layout(const QRectF &target, qreal minimumUnit = 0.85);
    /** Map units to target pixels: @p frame centred in @p area, aspect kept. */
    static QTransform fitTransform(const QRectF &frame, const QRectF &area);

    void paint(QPainter *painter, const MapLayout &layout, const QTransform &mapToTarget,
        const MapScene &scene);
    /** Outlines the shape @p code, over a finished paint (the mouse is over it). */
    void paintHover(QPainter *painter, const MapLayout &layout, const QTransform &mapToTarget,
        const QString &code);
    /** The labels (with their attendance symbols) that paint() draws for the same arguments. */
    const QList<MapLabel> &labels(
        const MapLayout &layout, const QTransform &mapToTarget, const MapScene &scene);

private:
    /** The host city's star and name, in target pixels. */
    struct HostMark
    {
        QPointF star;
        qreal radius = 0;
        QString name;
        QRectF nameBox;
    };
    /** What the label placement depends on; the selection and the date's colours do not. */
    struct LabelKey
    {
        QTransform mapToTarget;
        QRectF area;
        qreal unit = 0;
        QHash<QString, Presence> presence;
        QStringList reportsDiffer;
        QStringList statusCodes;
        QStringList partners;
        QString hostCity;
        bool overlay = false;

        friend bool operator==(const LabelKey &, const LabelKey &) = default;
    };

    const QList<QPainterPath> &mappedPaths(const QTransform &mapToTarget);
    void paintAreas(QPainter *painter, const QRectF &area, const MapScene &scene, qreal unit);
    void paintOutlines(QPainter *painter, const MapScene &scene, qreal unit);
    QList<QPainterPath> arcs(const QTransform &mapToTarget, const MapScene &scene) const;
    std::optional<HostMark> hostMark(
        const QTransform &mapToTarget, const MapScene &scene, qreal unit) const;
    void paintOverlay(QPainter *painter, const MapLayout &layout, const QTransform &mapToTarget,
        const MapScene &scene);
    void paintLabel(QPainter *painter, const MapLabel &label, qreal unit) const;

    const MapGeometry &m_geometry;
    QTransform m_cachedTransform;
    QList<QPainterPath> m_cachedPaths;
    bool m_cacheValid = false;
    QHash<int, QList<QList<QPolygonF>>> m_simplified; ///< by log2 of the tolerance, map units

    std::optional<LabelKey> m_labelKey;
    QList<MapLabel> m_labels;
};

} // namespace Summit
