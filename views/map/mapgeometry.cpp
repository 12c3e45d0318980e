// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/map/mapgeometry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPolygonF>
#include <QtMath>
#include <queue>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Summit {

namespace {

constexpr double EarthRadiusKm = 6371.0;

struct Albers
{
    double n;
    double c;
    double rho0;
};

// The constants depend only on the parallels, so they are computed once.
const Albers &albers()
{
    static const Albers constants = [] {
        const double phi1 = qDegreesToRadians(MapGeometry::StandardParallel1);
        const double phi2 = qDegreesToRadians(MapGeometry::StandardParallel2);
        const double phi0 = qDegreesToRadians(MapGeometry::ReferenceLatitude);
        const double n = (std::sin(phi1) + std::sin(phi2)) / 2;
        const double c = std::cos(phi1) * std::cos(phi1) + 2 * n * std::sin(phi1);
        return Albers { n, c, std::sqrt(c - 2 * n * std::sin(phi0)) / n };
    }();
    return constants;
}

QPolygonF readRing(const QJsonArray &ring)
{
    QPolygonF polygon;
    polygon.reserve(ring.size() + 1);
    for (const QJsonValue &point : ring) {
        const QJsonArray lonLat = point.toArray();
        polygon.append(MapGeometry::project(lonLat.at(0).toDouble(), lonLat.at(1).toDouble()));
    }
    if (!polygon.isEmpty())
        polygon.append(polygon.first());
    return polygon;
}

double signedArea(const QPolygonF &ring)
{
    double twice = 0;
    for (qsizetype i = 1; i < ring.size(); ++i)
        twice += ring.at(i - 1).x() * ring.at(i).y() - ring.at(i).x() * ring.at(i - 1).y();
    return twice / 2;
}

// The x where each edge of the rings crosses the line y; sorted, they pair up into inside spans.
QList<double> crossings(const QList<QPolygonF> &rings, double y)
{
    QList<double> xs;
    for (const QPolygonF &ring : rings) {
        for (qsizetype i = 1; i < ring.size(); ++i) {
            const QPointF a = ring.at(i - 1);
            const QPointF b = ring.at(i);
            if ((a.y() <= y) != (b.y() <= y))
                xs.append(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
        }
    }
    std::sort(xs.begin(), xs.end());
    return xs;
}

// A label goes where the shape is widest, scanning the middle of its height: the centroid of a
// crescent or an L-shaped country can fall outside it. Other heights are kept as fallbacks for
// when a symbol or another label is in the way.
void placeLabel(MapFeature &feature, const QList<QPolygonF> &rings)
{
    const QRectF box = rings.first().boundingRect();
    constexpr int Lines = 15;
    for (int line = 0; line < Lines; ++line) {
        const double y = box.top() + box.height() * (0.2 + 0.6 * line / (Lines - 1));
        const QList<double> xs = crossings(rings, y);
        QPair<QPointF, qreal> widest { {}, 0 };
        for (qsizetype i = 0; i + 1 < xs.size(); i += 2) {
            const double width = xs.at(i + 1) - xs.at(i);
            if (width > widest.second)
                widest = { QPointF((xs.at(i) + xs.at(i + 1)) / 2, y), width };
        }
        if (widest.second > 0)
            feature.labelSpots.append(widest);
    }
    std::stable_sort(feature.labelSpots.begin(), feature.labelSpots.end(),
        [](const auto &a, const auto &b) { return a.second > b.second; });
    if (feature.labelSpots.isEmpty())
        feature.labelSpots.append({ box.center(), 0 });
    feature.labelAnchor = feature.labelSpots.first().first;
    feature.labelSpan = feature.labelSpots.first().second;
}

double squaredDistanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t
        = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return QPointF::dotProduct(d, d);
}

// Distance from @p p to the nearest edge of the rings: positive inside (even-odd), negative out.
double signedDistance(const QPointF &p, const QList<QPolygonF> &rings)
{
    bool inside = false;
    double nearest = std::numeric_limits<double>::max();
    for (const QPolygonF &ring : rings) {
        for (qsizetype i = 1; i < ring.size(); ++i) {
            const QPointF a = ring.at(i - 1);
            const QPointF b = ring.at(i);
            if ((a.y() > p.y()) != (b.y() > p.y())
                && p.x() < a.x() + (p.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y()))
                inside = !inside;
            nearest = std::min(nearest, squaredDistanceToSegment(p, a, b));
        }
    }
    return (inside ? 1 : -1) * std::sqrt(nearest);
}

// The pole of inaccessibility by the "polylabel" search: square cells, the most promising split
// first, until no cell can hold a point more than @p precision farther inside than the best.
void placeInteriorPoint(MapFeature &feature, const QList<QPolygonF> &rings, double precision)
{
    struct Cell
    {
        QPointF centre;
        double half;
        double distance;
        double potential() const { return distance + half * M_SQRT2; }
        bool operator<(const Cell &other) const { return potential() < other.potential(); }
    };
    auto cell = [&rings](const QPointF &centre, double half) {
        return Cell { centre, half, signedDistance(centre, rings) };
    };
    const QRectF box = rings.first().boundingRect();
    const double size = std::min(box.width(), box.height());
    Cell best = cell(box.center(), 0);
    if (size > 0) {
        std::priority_queue<Cell> queue;
        for (double x = box.left(); x < box.right(); x += size) {
            for (double y = box.top(); y < box.bottom(); y += size)
                queue.push(cell(QPointF(x + size / 2, y + size / 2), size / 2));
        }
        while (!queue.empty()) {
            const Cell next = queue.top();
            queue.pop();
            if (next.distance > best.distance)
                best = next;
            if (next.potential() - best.distance <= precision)
                continue;
            const double h = next.half / 2;
            for (const QPointF &offset :
                { QPointF(-h, -h), QPointF(h, -h), QPointF(-h, h), QPointF(h, h) })
                queue.push(cell(next.centre + offset, h));
        }
    }
    feature.interiorPoint = best.centre;
    feature.interiorRadius = std::max(0.0, best.distance);
}

bool readPolygons(const QJsonArray &polygons, MapFeature &feature)
{
    QList<QPolygonF> largest;
    double largestArea = -1;
    for (const QJsonValue &polygonValue : polygons) {
        QList<QPolygonF> rings;
        for (const QJsonValue &ringValue : polygonValue.toArray()) {
            const QPolygonF ring = readRing(ringValue.toArray());
            if (ring.size() < 4)
                return false;
            feature.path.addPolygon(ring);
            feature.path.closeSubpath();
            feature.rings.append(ring);
            feature.significance.append(MapGeometry::significance(ring));
            rings.append(ring);
        }
        if (rings.isEmpty())
            return false;
        const double area = std::abs(signedArea(rings.first()));
        if (area > largestArea) {
            largestArea = area;
            largest = rings;
        }
    }
    if (largest.isEmpty())
        return false;
    // Holes (enclaves) are rings of their own, so even-odd filling cuts them out.
    feature.path.setFillRule(Qt::OddEvenFill);
    feature.bounds = feature.path.boundingRect();
    placeLabel(feature, largest);
    // A hundredth of the shape's smaller side (at least a kilometre) is far below what moves a
    // label visibly, and finer precision costs many more distance evaluations (Russia's outline
    // has thousands of points).
    const QRectF box = largest.first().boundingRect();
    placeInteriorPoint(feature, largest, std::max(1.0, std::min(box.width(), box.height()) / 100));
    return true;
}

} // namespace

const MapGeometry &MapGeometry::builtin()
{
    static const MapGeometry geometry = [] {
        MapGeometry loaded;
        QFile file(QStringLiteral(":/map/countries.json"));
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !loaded.load(file.readAll(), &error))
            qWarning("map data not loaded: %s", qPrintable(error + file.errorString()));
        return loaded;
    }();
    return geometry;
}

QPointF MapGeometry::project(double lon, double lat)
{
    const Albers &a = albers();
    const double rho = std::sqrt(a.c - 2 * a.n * std::sin(qDegreesToRadians(lat))) / a.n;
    const double theta = a.n * qDegreesToRadians(lon - CentralMeridian);
    const double x = rho * std::sin(theta);
    const double y = a.rho0 - rho * std::cos(theta);
    return QPointF(x * EarthRadiusKm, -y * EarthRadiusKm);
}

bool MapGeometry::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    m_features.clear();
    m_cities.clear();
    // Disputed areas come first: they are drawn over the countries and hit first.
    if (!loadFeatures(root.value(QLatin1String("disputed")).toArray(), true, error)
        || !loadFeatures(root.value(QLatin1String("countries")).toArray(), false, error)) {
        m_features.clear();
        return false;
    }
    loadCities(root.value(QLatin1String("cities")).toArray());
    m_source = root.value(QLatin1String("source")).toString();
    m_bounds = QRectF();
    for (const MapFeature &feature : std::as_const(m_features))
        m_bounds = m_bounds.united(feature.bounds);
    return true;
}

bool MapGeometry::loadFeatures(const QJsonArray &array, bool disputed, QString *error)
{
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        MapFeature feature;
        feature.disputed = disputed;
        feature.code
            = object.value(disputed ? QLatin1String("id") : QLatin1String("code")).toString();
        feature.name = object.value(QLatin1String("name")).toString();
        feature.note = object.value(QLatin1String("note")).toString();
        for (const QJsonValue &claimant : object.value(QLatin1String("claimants")).toArray())
            feature.claimants.append(claimant.toString());
        if (feature.code.isEmpty()
            || !readPolygons(object.value(QLatin1String("polygons")).toArray(), feature)) {
            *error = QStringLiteral("shape '%1' has no usable polygons").arg(feature.code);
            return false;
        }
        m_features.append(feature);
    }
    return true;
}

void MapGeometry::loadCities(const QJsonArray &array)
{
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        MapCity city;
        city.name = object.value(QLatin1String("name")).toString();
        city.country = object.value(QLatin1String("country")).toString();
        city.capital = object.value(QLatin1String("capital")).toBool();
        city.lonLat = QPointF(object.value(QLatin1String("lon")).toDouble(),
            object.value(QLatin1String("lat")).toDouble());
        city.position = project(city.lonLat);
        m_cities.append(city);
    }
}

QRectF MapGeometry::boundsOf(const QStringList &codes) const
{
    QRectF united;
    for (const QString &code : codes) {
        const int index = indexOf(code);
        if (index >= 0)
            united = united.united(m_features.at(index).bounds);
    }
    return united.isValid() ? united : m_bounds;
}

QList<double> MapGeometry::significance(const QPolygonF &ring)
{
    constexpr double Always = std::numeric_limits<double>::infinity();
    QList<double> result(ring.size(), 0.0);
    if (ring.isEmpty())
        return result;
    result.first() = result.last() = Always;
    // Iterative (the longest rings have thousands of points). A point split off at distance d
    // stays while the tolerance is below d and below what kept every split above it.
    struct Span
    {
        qsizetype first;
        qsizetype last;
        double limit;
    };
    QList<Span> stack { { 0, ring.size() - 1, Always } };
    while (!stack.isEmpty()) {
        const Span span = stack.takeLast();
        double worst = -1;
        qsizetype worstIndex = -1;
        for (qsizetype i = span.first + 1; i < span.last; ++i) {
            const double d
                = squaredDistanceToSegment(ring.at(i), ring.at(span.first), ring.at(span.last));
            if (d > worst) {
                worst = d;
                worstIndex = i;
            }
        }
        if (worstIndex < 0)
            continue;
        const double kept = std::min(std::sqrt(worst), span.limit);
        result[worstIndex] = kept;
        stack.append({ span.first, worstIndex, kept });
        stack.append({ worstIndex, span.last, kept });
    }
    return result;
}

namespace {

QPolygonF pointsAbove(const QPolygonF &ring, const QList<double> &significance, double tolerance)
{
    QPolygonF kept;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        if (significance.at(i) > tolerance)
            kept.append(ring.at(i));
    }
    return kept;
}

} // namespace

QPolygonF MapGeometry::simplify(const QPolygonF &ring, double tolerance)
{
    return pointsAbove(ring, significance(ring), tolerance);
}

QList<QList<QPolygonF>> MapGeometry::simplifiedRings(double tolerance) const
{
    QList<QList<QPolygonF>> result;
    result.reserve(m_features.size());
    for (const MapFeature &feature : m_features) {
        QList<QPolygonF> rings;
        for (qsizetype i = 0; i < feature.rings.size(); ++i) {
            const QPolygonF simplified
                = pointsAbove(feature.rings.at(i), feature.significance.at(i), tolerance);
            // A ring of three points is a triangle at most a tolerance thick: below a pixel.
            if (simplified.size() >= 4 && simplified.boundingRect().width() > tolerance
                && simplified.boundingRect().height() > tolerance)
                rings.append(simplified);
        }
        if (rings.isEmpty() && !feature.rings.isEmpty())
            rings.append(feature.rings.first());
        result.append(rings);
    }
    return result;
}

int MapGeometry::featureAt(const QPointF &point) const
{
    for (qsizetype i = 0; i < m_features.size(); ++i) {
        const MapFeature &feature = m_features.at(i);
        if (feature.bounds.contains(point) && feature.path.contains(point))
            return int(i);
    }
    return -1;
}

int MapGeometry::indexOf(const QString &code) const
{
    for (qsizetype i = 0; i < m_features.size(); ++i) {
        if (m_features.at(i).code == code)
            return int(i);
    }
    return -1;
}

const MapCity *MapGeometry::city(const QString &name) const
{
    for (const MapCity &city : m_cities) {
        if (city.name == name)
            return &city;
    }
    return nullptr;
}

const MapCity *MapGeometry::capitalOf(const QString &countryCode) const
{
    for (const MapCity &city : m_cities) {
        if (city.capital && city.country == countryCode)
            return &city;
    }
    return nullptr;
}

} // namespace Summit
