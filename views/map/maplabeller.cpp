// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/map/maplabeller.h"

#include "views/map/mapgeometry.h"
#include "views/map/maprenderer.h"
#include "views/map/mapstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

#include <algorithm>

namespace Summit {

namespace {

bool crosses(const QLineF &line, const QRectF &rect)
{
    if (rect.contains(line.p1()) || rect.contains(line.p2()))
        return true;
    const QRectF span = QRectF(line.p1(), line.p2()).normalized();
    if (!span.adjusted(-0.5, -0.5, 0.5, 0.5).intersects(rect))
        return false;
    const QLineF edges[]
        = { { rect.topLeft(), rect.topRight() }, { rect.topRight(), rect.bottomRight() },
              { rect.bottomRight(), rect.bottomLeft() }, { rect.bottomLeft(), rect.topLeft() } };
    return std::any_of(std::begin(edges), std::end(edges), [&line](const QLineF &edge) {
        return line.intersects(edge) == QLineF::BoundedIntersection;
    });
}

bool crossesAny(const QList<QLineF> &lines, const QRectF &rect)
{
    return std::any_of(
        lines.cbegin(), lines.cend(), [&rect](const QLineF &line) { return crosses(line, rect); });
}

bool crossesAny(const QList<MapLabeller::Polyline> &polylines, const QRectF &rect)
{
    return std::any_of(polylines.cbegin(), polylines.cend(), [&rect](const auto &polyline) {
        return polyline.bounds.intersects(rect) && crossesAny(polyline.segments, rect);
    });
}

bool crossesAny(const QList<MapLabeller::Polyline> &polylines, const QLineF &line)
{
    const QRectF span = QRectF(line.p1(), line.p2()).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
    for (const auto &polyline : polylines) {
        if (!polyline.bounds.intersects(span))
            continue;
        for (const QLineF &segment : polyline.segments) {
            if (line.intersects(segment) == QLineF::BoundedIntersection)
                return true;
        }
    }
    return false;
}

bool intersectsAny(const QList<QRectF> &rects, const QRectF &rect)
{
    return std::any_of(rects.cbegin(), rects.cend(),
        [&rect](const QRectF &other) { return other.intersects(rect); });
}

MapLabel moved(MapLabel label, const QPointF &shift)
{
    label.textBox.translate(shift);
    label.symbolCentre += shift;
    return label;
}

QRectF symbolBox(const MapLabel &label)
{
    const qreal r = label.symbolRadius;
    return QRectF(label.symbolCentre - QPointF(r, r), QSizeF(2 * r, 2 * r));
}

// Distances of a callout from its anchor, in line heights: near first.
constexpr qreal CalloutDistances[] = { 1.0, 1.7, 2.6, 3.8, 5.4, 7.5, 10.0 };
constexpr int CalloutDirections = 12;
// A country with more grid points than this inside has room at its pole and widest spans.
constexpr int MaxGridCentres = 400;
// Below this a callout covers no other country of the dataset and crosses no arc.
constexpr qreal GoodCalloutCost = 25;

} // namespace

QRectF MapLabel::bounds() const
{
    return presence ? textBox.united(symbolBox(*this)) : textBox;
}

MapLabeller::MapLabeller(const MapGeometry &geometry, const QList<QPainterPath> &paths, qreal unit,
    const QRectF &visible)
    : m_geometry(geometry)
    , m_unit(unit)
    , m_visible(visible)
    , m_strong(labelFont(unit, false))
    , m_small(labelFont(unit, true))
{
    rasterise(paths, visible);
}

QFont MapLabeller::labelFont(qreal unit, bool context)
{
    return MapStyle::font(context ? MapFont::Small : MapFont::Strong, unit);
}

// One cell for about two pixels of a label at unit 1: fine enough to tell a label's box from a
// border, coarse enough to fill in a millisecond or two.
void MapLabeller::rasterise(const QList<QPainterPath> &paths, const QRectF &visible)
{
    const qreal cell = qMax(1.5, 2 * m_unit);
    const QSize size(
        qMax(1, qCeil(visible.width() / cell)), qMax(1, qCeil(visible.height() / cell)));
    m_cell = cell;
    QTransform toRaster = QTransform::fromScale(1 / cell, 1 / cell);
    toRaster.translate(-visible.left(), -visible.top());
    // One byte a cell (the shape's index + 1 as its alpha): a quarter of the memory, and of the
    // page faults, of a colour image. The map has far fewer than 255 shapes.
    m_owners = QImage(size, QImage::Format_Alpha8);
    m_owners.fill(0);
    QPainter painter(&m_owners);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.setTransform(toRaster);
    painter.setPen(Qt::NoPen);
    // Backwards, so the disputed areas (listed first) end up on top, as featureAt() finds them.
    for (qsizetype i = paths.size() - 1; i >= 0; --i) {
        if (!paths.at(i).controlPointRect().intersects(visible))
            continue;
        painter.setBrush(QColor(0, 0, 0, int(qMin<qsizetype>(i + 1, 255))));
        painter.drawPath(paths.at(i));
    }
}

int MapLabeller::ownerAt(const QPointF &point) const
{
    // Called thousands of times: plain arithmetic, not a QTransform.
    const int x = qFloor((point.x() - m_visible.left()) / m_cell);
    const int y = qFloor((point.y() - m_visible.top()) / m_cell);
    if (x < 0 || y < 0 || x >= m_owners.width() || y >= m_owners.height())
        return -1;
    return int(m_owners.constScanLine(y)[x]) - 1;
}

bool MapLabeller::isOther(int owner, int feature) const
{
    return owner >= 0 && owner != feature && m_named.at(owner);
}

qreal MapLabeller::shareOverOthers(const QRectF &rect, int feature) const
{
    int hits = 0;
    for (int i = 0; i < 5; ++i) {
        for (int j = 0; j < 3; ++j) {
            const QPointF probe(rect.left() + rect.width() * (i + 0.5) / 5,
                rect.top() + rect.height() * (j + 0.5) / 3);
            hits += isOther(ownerAt(probe), feature);
        }
    }
    return hits / 15.0;
}

qreal MapLabeller::shareOverOthers(const QLineF &line, int feature) const
{
    const int probes = qBound(2, int(line.length() / (3 * m_unit)), 40);
    int hits = 0;
    for (int i = 0; i < probes; ++i)
        hits += isOther(ownerAt(line.pointAt((i + 0.5) / probes)), feature);
    return qreal(hits) / probes;
}

bool MapLabeller::inside(const QRectF &rect, int feature) const
{
    const qreal step = qMax(1.5, 2 * m_unit);
    for (qreal y = rect.top(); y <= rect.bottom() + 0.01; y += qMax(step, rect.height() / 8)) {
        for (qreal x = rect.left(); x <= rect.right() + 0.01; x += qMax(step, rect.width() / 24)) {
            if (ownerAt(QPointF(x, y)) != feature)
                return false;
        }
    }
    return true;
}

void MapLabeller::addLine(const QPolygonF &polyline)
{
    Polyline line { polyline.boundingRect().adjusted(-0.5, -0.5, 0.5, 0.5), {} };
    for (qsizetype i = 1; i < polyline.size(); ++i)
        line.segments.append(QLineF(polyline.at(i - 1), polyline.at(i)));
    m_lines.append(line);
}

// The label centred on @p centre: the symbol (if the country has an attendance record) left of
// the text.
MapLabel MapLabeller::compose(int feature, const QString &text, const QPointF &centre,
    const MapScene &scene, bool context) const
{
    MapLabel label;
    label.feature = feature;
    label.text = text;
    label.context = context;
    const QFontMetricsF metrics(context ? m_small : m_strong);
    const qreal textWidth = metrics.horizontalAdvance(text);
    const QString &code = m_geometry.features().at(feature).code;
    const auto presence = scene.presence.constFind(code);
    if (!context && !scene.summitLabel.isEmpty() && presence != scene.presence.cend()) {
        label.presence = *presence;
        label.reportsDiffer = scene.reportsDiffer.contains(code);
    }
    const qreal radius = label.presence ? symbolRadius(m_unit) : 0;
    const qreal gap = label.presence ? 3 * m_unit : 0;
    const qreal left = centre.x() - (2 * radius + gap + textWidth) / 2;
    label.symbolRadius = radius;
    label.symbolCentre = QPointF(left + radius, centre.y());
    label.textBox = QRectF(
        left + 2 * radius + gap, centre.y() - metrics.height() / 2, textWidth, metrics.height());
    return label;
}

// Hard rules for any label: on screen, clear of everything placed, no symbol on a line; with
// @p avoidLinesWithText, no arc through the text either.
bool MapLabeller::isFree(const MapLabel &label, bool avoidLinesWithText) const
{
    const QRectF bounds = label.bounds();
    if (!m_visible.adjusted(2, 2, -2, -2).contains(bounds) || intersectsAny(m_obstacles, bounds)
        || crossesAny(m_leaders, bounds))
        return false;
    if (label.presence) {
        const qreal margin = 1.5 * m_unit;
        if (crossesAny(m_lines, symbolBox(label).adjusted(-margin, -margin, margin, margin)))
            return false;
    }
    return !avoidLinesWithText || !crossesAny(m_lines, label.textBox);
}

// The pole of inaccessibility, then the widest spans.
QList<QPointF> MapLabeller::insideCentres(int feature, const QTransform &mapToTarget) const
{
    const MapFeature &shape = m_geometry.features().at(feature);
    QList<QPointF> centres { mapToTarget.map(shape.interiorPoint) };
    for (const auto &spot : shape.labelSpots)
        centres.append(mapToTarget.map(spot.first));
    return centres;
}

// Every point of a grid @p step apart over the country, nearest the pole first: a label that
// fits only off-centre, between an arc and a border, still goes inside rather than out as a
// callout. Empty for a large country, whose pole and spans leave room enough.
QList<QPointF> MapLabeller::gridCentres(
    int feature, const QTransform &mapToTarget, qreal step) const
{
    const MapFeature &shape = m_geometry.features().at(feature);
    const QPointF pole = mapToTarget.map(shape.interiorPoint);
    const QRectF box = mapToTarget.mapRect(shape.bounds).intersected(m_visible);
    QList<QPointF> grid;
    for (qreal y = box.top() + step / 2; y < box.bottom(); y += step) {
        for (qreal x = box.left() + step / 2; x < box.right(); x += step) {
            if (ownerAt(QPointF(x, y)) == feature)
                grid.append(QPointF(x, y));
        }
        if (grid.size() > MaxGridCentres)
            return {};
    }
    auto distance
        = [&pole](const QPointF &point) { return QPointF::dotProduct(point - pole, point - pole); };
    std::sort(grid.begin(), grid.end(),
        [&distance](const QPointF &a, const QPointF &b) { return distance(a) < distance(b); });
    return grid;
}

// The first text, at the first centre, whose label lies inside the country and is free; for each
// text a first pass keeps the arcs off it, a second allows them there (the halo keeps the text
// legible; the symbol is kept off them in both).
std::optional<MapLabel> MapLabeller::placeInside(int feature, const QStringList &texts,
    const QList<QPointF> &centres, const MapScene &scene, bool context) const
{
    QList<MapLabel> composed;
    for (const QString &text : texts)
        composed.append(compose(feature, text, QPointF(), scene, context));
    for (const MapLabel &shape : std::as_const(composed)) {
        for (const bool strict : { true, false }) {
            for (const QPointF &centre : centres) {
                const MapLabel label = moved(shape, centre);
                const qreal inset = label.textBox.height() * 0.2;
                if (!inside(label.textBox.adjusted(0, inset, 0, -inset), feature))
                    continue;
                if (label.presence) {
                    const qreal r = label.symbolRadius * 0.3;
                    if (!inside(symbolBox(label).adjusted(r, r, -r, -r), feature))
                        continue;
                }
                if (isFree(label, strict))
                    return label;
            }
        }
    }
    return std::nullopt;
}

// A callout's label with its nearest point @p distance away from @p anchor in @p direction,
// and what it costs: length of the leader, and covering other countries of the dataset or
// arcs, which would make it ambiguous which country it names.
std::optional<MapLabeller::Candidate> MapLabeller::calloutAt(
    const MapLabel &shape, const QPointF &anchor, const QPointF &direction, qreal distance) const
{
    const QRectF box = shape.bounds();
    const QPointF near = anchor + direction * distance;
    const QPointF centre
        = near + QPointF(direction.x() * box.width() / 2, direction.y() * box.height() / 2);
    const QPointF shift = centre - box.center();
    Candidate candidate { moved(shape, shift), 0 };
    MapLabel &label = candidate.label;
    label.callout = true;
    label.anchor = anchor;
    const QRectF bounds = label.bounds();
    label.leaderEnd = QPointF(qBound(bounds.left(), anchor.x(), bounds.right()),
        qBound(bounds.top(), anchor.y(), bounds.bottom()));
    const QLineF leader = label.leader();
    if (bounds.contains(anchor) || !isFree(label, false))
        return std::nullopt;
    for (const QRectF &obstacle : m_obstacles) {
        if (crosses(leader, obstacle))
            return std::nullopt;
    }
    for (const QLineF &other : m_leaders) {
        if (leader.intersects(other) == QLineF::BoundedIntersection)
            return std::nullopt;
    }
    const qreal lineHeight = label.textBox.height();
    candidate.cost = 4 * leader.length() / lineHeight + 60 * shareOverOthers(bounds, label.feature)
        + 80 * shareOverOthers(leader, label.feature)
        + (crossesAny(m_lines, label.textBox) ? 25 : 0) + (crossesAny(m_lines, leader) ? 8 : 0);
    return candidate;
}

// The anchors a callout may start from: the capital where it shows inside the country (a
// bilateral arc ends there too, so that a small country gets one dot, not two), and the point
// farthest inside, which is better where the capital lies on the edge towards other members.
QList<QPointF> MapLabeller::calloutAnchors(int feature, const QTransform &mapToTarget) const
{
    const MapFeature &shape = m_geometry.features().at(feature);
    QList<QPointF> anchors;
    if (const MapCity *capital = m_geometry.capitalOf(shape.code)) {
        const QPointF point = mapToTarget.map(capital->position);
        if (ownerAt(point) == feature)
            anchors.append(point);
    }
    anchors.append(mapToTarget.map(shape.interiorPoint));
    return anchors;
}

MapLabel MapLabeller::placeCallout(
    int feature, const MapScene &scene, const QTransform &mapToTarget) const
{
    const MapFeature &shape = m_geometry.features().at(feature);
    const QList<QPointF> anchors = calloutAnchors(feature, mapToTarget);
    std::optional<Candidate> best;
    auto consider = [&best](std::optional<Candidate> candidate, qreal penalty) {
        if (candidate && (!best || candidate->cost + penalty < best->cost)) {
            best = candidate;
            best->cost += penalty;
        }
    };
    // The name reads better than the code; the code is tried only where the name has no place
    // that keeps off the other countries and the arcs, and wins only where it does much better.
    for (const QString &text : { shape.name, shape.code }) {
        if (best && best->cost < GoodCalloutCost)
            break;
        const MapLabel composed = compose(feature, text, QPointF(), scene, false);
        const qreal lineHeight = composed.textBox.height();
        for (qsizetype a = 0; a < anchors.size(); ++a) {
            // The second anchor (the inner point) only when the capital gives no good place.
            if (a > 0 && best && best->cost < GoodCalloutCost)
                break;
            const qreal penalty = (text == shape.code ? 12 : 0) + (a > 0 ? 3 : 0);
            for (const qreal step : CalloutDistances) {
                for (int i = 0; i < CalloutDirections; ++i) {
                    const qreal angle = 2 * M_PI * i / CalloutDirections;
                    consider(calloutAt(composed, anchors.at(a),
                                 QPointF(std::cos(angle), std::sin(angle)), step * lineHeight),
                        penalty);
                }
            }
        }
    }
    if (best)
        return best->label;
    // Nowhere free (a crowded, tiny target): above the anchor, overlaps and all, still named.
    const QPointF anchor = anchors.first();
    MapLabel forced = compose(feature, shape.code, anchor, scene, false);
    forced = moved(forced, QPointF(0, -2 * forced.textBox.height()));
    forced.callout = true;
    forced.anchor = anchor;
    forced.leaderEnd = QPointF(anchor.x(), forced.bounds().bottom());
    return forced;
}

void MapLabeller::accept(const MapLabel &label)
{
    const qreal margin = 1.5 * m_unit;
    m_obstacles.append(label.bounds().adjusted(-margin, -margin, margin, margin));
    if (label.callout) {
        const qreal dot = 4 * m_unit;
        m_obstacles.append(QRectF(label.anchor - QPointF(dot, dot), QSizeF(2 * dot, 2 * dot)));
        m_leaders.append(label.leader());
    }
}

QList<MapLabel> MapLabeller::place(const MapScene &scene, const QTransform &mapToTarget)
{
    const QList<MapFeature> &features = m_geometry.features();
    QList<int> context;
    QList<int> dataset;
    m_named = QList<bool>(features.size(), false);
    for (qsizetype i = 0; i < features.size(); ++i) {
        const MapFeature &feature = features.at(i);
        // A callout must not lie on another country of the dataset, nor on a disputed area.
        m_named[i] = feature.disputed || scene.statuses.contains(feature.code);
        if (!feature.disputed)
            (m_named.at(i) ? dataset : context).append(int(i));
    }
    auto larger = [&features](int a, int b) {
        return features.at(a).interiorRadius > features.at(b).interiorRadius;
    };
    std::sort(dataset.begin(), dataset.end(), larger);
    std::sort(context.begin(), context.end(), larger);

    QList<MapLabel> labels;
    const qreal gridStep = QFontMetricsF(m_strong).height() / 2;
    QList<int> callouts;
    // Every country of the dataset is named: inside if it fits there, else as a callout, placed
    // after all the inside labels so that they go around them.
    for (int index : std::as_const(dataset)) {
        const MapFeature &shape = features.at(index);
        auto label = placeInside(
            index, { shape.name, shape.code }, insideCentres(index, mapToTarget), scene, false);
        if (!label) {
            label = placeInside(index, { shape.name, shape.code },
                gridCentres(index, mapToTarget, gridStep), scene, false);
        }
        if (!label) {
            callouts.append(index);
            continue;
        }
        accept(*label);
        labels.append(*label);
    }
    for (int index : std::as_const(callouts)) {
        labels.append(placeCallout(index, scene, mapToTarget));
        accept(labels.last());
    }
    // Context countries only where the name fits inside and nothing is in the way. Measuring a
    // name shapes its text, the costliest step here, so a country whose visible part is plainly
    // too small for it is passed over unmeasured.
    const QFontMetricsF small(m_small);
    for (int index : std::as_const(context)) {
        const QRectF shown = mapToTarget.mapRect(features.at(index).bounds).intersected(m_visible);
        if (shown.height() < small.height()
            || shown.width() < 0.6 * small.averageCharWidth() * features.at(index).name.size())
            continue;
        const auto label = placeInside(
            index, { features.at(index).name }, insideCentres(index, mapToTarget), scene, true);
        if (label) {
            accept(*label);
            labels.append(*label);
        }
    }
    return labels;
}

} // namespace Summit
