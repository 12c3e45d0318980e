// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPainterPath>
#include <QPointF>
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
    QString note; ///< disputed areas only: who holds it, who claims it
    QPainterPath path; ///< projected, in map units (km), y pointing down
    QRectF bounds; ///< path.boundingRect(), kept for the hit-test prefilter
    QPointF labelAnchor; ///< middle of the widest horizontal span of the largest part
    qreal labelSpan = 0; ///< width of that span, map units: a label wider than it is hidden
    /** Places a label may go, widest first: the middle of the widest span at each of 15 heights. */
    QList<QPair<QPointF, qreal>> labelSpots;
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

private:
    bool loadFeatures(const QJsonArray &array, bool disputed, QString *error);
    void loadCities(const QJsonArray &array);

    QList<MapFeature> m_features;
    QList<MapCity> m_cities;
    QRectF m_bounds;
    QString m_source;
};

} // namespace Summit
