// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>

class QByteArray;
class QJsonArray;

namespace Summit {

/** One shape on the map: a country, or a disputed area drawn as neither claimant's. */
struct MapFeature
{
    QString code; ///< ISO alpha-3 for a country; the area's id ("crimea") for a disputed one
    QString name;
    bool disputed = false;
    QStringList claimants; ///< disputed areas only
    QString note; ///< disputed areas only: the claimants, named and nothing more
    QPainterPath path; ///< projected, in map units (km), y pointing down
    QList<QPolygonF> rings; ///< the same, ring by ring (closed: the last point is the first)
    /** Per point of `rings`: the largest tolerance that keeps it (see MapGeometry::simplify). */
    QList<QList<double>> significance;
    QRectF bounds; ///< path.boundingRect(), kept for the hit-test prefilter
    QPointF labelAnchor; ///< middle of the widest horizontal span of the largest part
    qreal labelSpan = 0; ///< width of that span, map units: a label wider than it is hidden
    /** Places a label may go, widest first: the middle of the widest span at each of 15 heights. */
    QList<QPair<QPointF, qreal>> labelSpots;
    /**
     * The pole of inaccessibility of the largest part: the inside point farthest from its edges,
     * where a label or an attendance symbol is surely inside the shape (a centroid may not be).
     */
    QPointF interiorPoint;
    qreal interiorRadius = 0; ///< distance from interiorPoint to the nearest edge, map units
};

/** A city the map marks: the capitals of the dataset's countries and the summits' host city. */
struct MapCity
{
    QString name;
    QString country;
    bool capital = false;
    QPointF lonLat;
    QPointF position; ///< projected, map units
};

/**
 * The map's country shapes, loaded once from resources/map/countries.json (made by
 * tools/make-map-data from Natural Earth) and projected with an Albers equal-area conic
 * projection centred on the CIS (central meridian 80°E, standard parallels 45°N and 65°N), so that
 * areas compare fairly in a choropleth. Longitudes past 180° (Chukotka) are already unwrapped in
 * the data, so no shape crosses the map.
 *
 * Map units are kilometres on a sphere of radius 6371 km; x grows east, y grows south (screen
 * convention), and the central meridian is x = 0.
 */
class MapGeometry
{
public:
    static constexpr double CentralMeridian = 80.0;
    static constexpr double StandardParallel1 = 45.0;
    static constexpr double StandardParallel2 = 65.0;
    static constexpr double ReferenceLatitude = 55.0; ///< projects to y = 0

    /** The shapes built into the application (":/map/countries.json"), loaded on first use. */
    static const MapGeometry &builtin();
    /** Parses the JSON written by tools/make-map-data; false with @p error on a bad file. */
    bool load(const QByteArray &json, QString *error);

    /** Projects longitude/latitude in degrees to map units. */
    static QPointF project(double lon, double lat);
    static QPointF project(const QPointF &lonLat) { return project(lonLat.x(), lonLat.y()); }

    const QList<MapFeature> &features() const { return m_features; }
    const QList<MapCity> &cities() const { return m_cities; }
    /** All shapes together, map units. */
    QRectF bounds() const { return m_bounds; }
    /** The smallest rectangle holding the countries with @p codes (bounds() if none is known). */
    QRectF boundsOf(const QStringList &codes) const;

    /** Index into features() of the shape under @p point (map units), or -1 (sea, off the map). */
    int featureAt(const QPointF &point) const;
    /** Index of the country (or disputed area) with @p code, or -1. */
    int indexOf(const QString &code) const;
    const MapCity *city(const QString &name) const;
    const MapCity *capitalOf(const QString &countryCode) const;
    /** Source credit of the shapes, from the data file. */
    QString source() const { return m_source; }

    /**
     * Every feature's rings, Douglas-Peucker simplified to @p tolerance map units, for drawing
     * at a scale where that is under a pixel. Rings that shrink to nothing are dropped, but each
     * feature keeps at least its first ring. Same order as features().
     */
    QList<QList<QPolygonF>> simplifiedRings(double tolerance) const;
    /** Douglas-Peucker on one closed ring; keeps the first (= last) point. */
    static QPolygonF simplify(const QPolygonF &ring, double tolerance);
    /**
     * For each point of @p ring, the largest tolerance at which Douglas-Peucker keeps it. The
     * split order does not depend on the tolerance, so this is computed once, at load, and
     * simplifying at any tolerance is one pass that keeps the points above it.
     */
    static QList<double> significance(const QPolygonF &ring);

private:
    bool loadFeatures(const QJsonArray &array, bool disputed, QString *error);
    void loadCities(const QJsonArray &array);

    QList<MapFeature> m_features;
    QList<MapCity> m_cities;
    QRectF m_bounds;
    QString m_source;
};

} // namespace Summit
