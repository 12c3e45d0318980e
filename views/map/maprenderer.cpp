// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/map/maprenderer.h"

#include "views/map/mapgeometry.h"
#include "views/map/maplegend.h"
#include "views/map/mapstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStaticText>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Summit {

namespace {

// The largest distance, in target pixels, by which a simplified border may stray from the data.
constexpr qreal MaxSimplifyError = 0.9;

AreaStyle styleOf(const MapFeature &feature, const MapScene &scene)
{
    if (feature.disputed)
        return MapStyle::disputedStyle();
    const auto status = scene.statuses.constFind(feature.code);
    return status == scene.statuses.cend() ? MapStyle::contextStyle()
                                           : MapStyle::statusStyle(*status);
}

QFont labelFont(qreal unit, bool context)
{
    return MapLabeller::labelFont(unit, context);
}

// Text with a white halo, so it stays legible over any fill and over the hatching. The halo is
// the text drawn around its place in white: the text is shaped once (QStaticText) and its glyphs
// come from the cache, many times cheaper than stroking the text's outline.
void paintHaloText(QPainter *painter, const QPointF &topLeft, const QString &text,
    const QFont &font, const QColor &color, qreal unit)
{
    QStaticText staticText(text);
    staticText.setTextFormat(Qt::PlainText);
    staticText.prepare(painter->transform(), font);
    painter->setFont(font);
    painter->setPen(QColor(255, 255, 255, 235));
    // Whole pixels: a glyph is rasterised once per subpixel position it is drawn at, and the
    // first paint would otherwise render each glyph of the five copies anew.
    const QPointF origin = painter->transform().map(topLeft).toPoint();
    const QPointF at = painter->transform().inverted().map(origin);
    const qreal d = qMax(1, qRound(1.2 * unit));
    for (const QPointF &offset : { QPointF(-d, -d), QPointF(d, d), QPointF(-d, d), QPointF(d, -d) })
        painter->drawStaticText(at + offset, staticText);
    painter->setPen(color);
    painter->drawStaticText(at, staticText);
}

// A line a few pixels wide drawn as hairlines side by side (@p radius pixels each way): the
// raster engine strokes a hairline many times faster than a wide pen along an outline as long
// as Russia's, which keeps hover and selection instant.
void drawWideOutline(QPainter *painter, const QPainterPath &path, const QColor &color, int radius)
{
    QPen pen(color, 1);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    for (int dx = -radius; dx <= radius; ++dx) {
        for (int dy = -radius; dy <= radius; ++dy) {
            if (dx * dx + dy * dy <= radius * radius)
                painter->drawPath(path.translated(dx, dy));
        }
    }
}

} // namespace

MapRenderer::MapRenderer(const MapGeometry &geometry)
    : m_geometry(geometry)
{
}

QRectF MapRenderer::defaultFrame(const QStringList &codes) const
{
    const QRectF core = m_geometry.boundsOf(codes);
    const qreal margin = 0.04 * qMax(core.width(), core.height());
    return core.adjusted(-margin, -margin, margin, margin);
}

MapLayout MapRenderer::layout(const QRectF &target, qreal minimumUnit)
{
    MapLayout result;
    result.unit = qBound(
        minimumUnit, qMin(target.width() / 1300, target.height() / 800), qMax(4.0, minimumUnit));
    const qreal legendWidth = qMin(250 * result.unit, target.width() * 0.4);
    result.legend
        = QRectF(target.right() - legendWidth, target.top(), legendWidth, target.height());
    result.map = QRectF(target.topLeft(), QSizeF(target.width() - legendWidth, target.height()));
    return result;
}

QTransform MapRenderer::fitTransform(const QRectF &frame, const QRectF &area)
{
    if (frame.isEmpty() || area.isEmpty())
        return {};
    const qreal scale = qMin(area.width() / frame.width(), area.height() / frame.height());
    QTransform transform;
    transform.translate(area.center().x(), area.center().y());
    transform.scale(scale, scale);
    transform.translate(-frame.center().x(), -frame.center().y());
    return transform;
}

void MapRenderer::paint(QPainter *painter, const MapLayout &layout, const QTransform &mapToTarget,
    const MapScene &scene)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(layout.map, Qt::IntersectClip);
    painter->fillRect(layout.map, MapStyle::seaColor());
    mappedPaths(mapToTarget);
    paintAreas(painter, layout.map, scene, layout.unit);
    paintOutlines(painter, scene, layout.unit);
    paintOverlay(painter, layout, mapToTarget, scene);
    painter->restore();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    MapLegend(m_geometry).paint(painter, layout.legend, scene, layout.unit);
    painter->restore();
}

void MapRenderer::paintHover(
    QPainter *painter, const MapLayout &layout, const QTransform &mapToTarget, const QString &code)
{
    const int index = m_geometry.indexOf(code);
    if (index < 0)
        return;
    painter->save();
    painter->setClipRect(layout.map, Qt::IntersectClip);
    const QPainterPath &shape = mappedPaths(mapToTarget).at(index);
    // Lighter, with a dark hairline; the fill needs no antialiasing under the outline.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillPath(shape, QColor(255, 255, 255, 70));
    painter->setRenderHint(QPainter::Antialiasing, true);
    drawWideOutline(painter, shape, QColor(0x20, 0x20, 0x20), 0);
    painter->restore();
}

// The shapes in target pixels for @p mapToTarget, built from rings simplified to under a pixel:
// at the default zoom most of the data's points are closer together than that, and every point
// costs in the fill, the border and the label raster alike. Tolerances go in steps of a factor
// √2, so that the simplified rings of a zoom level are made once and reused.
const QList<QPainterPath> &MapRenderer::mappedPaths(const QTransform &mapToTarget)
{
    if (m_cacheValid && m_cachedTransform == mapToTarget)
        return m_cachedPaths;
    const qreal scale = std::sqrt(std::abs(mapToTarget.determinant()));
    const int level = scale > 0 ? qFloor(2 * std::log2(MaxSimplifyError / scale)) : 0;
    auto rings = m_simplified.constFind(level);
    if (rings == m_simplified.cend()) {
        if (m_simplified.size() >= 12)
            m_simplified.clear();
        rings = m_simplified.insert(level, m_geometry.simplifiedRings(std::exp2(level / 2.0)));
    }
    m_cachedPaths.clear();
    for (const QList<QPolygonF> &featureRings : *rings) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : featureRings)
            path.addPolygon(mapToTarget.map(ring));
        m_cachedPaths.append(path);
    }
    m_cachedTransform = mapToTarget;
    m_cacheValid = true;
    return m_cachedPaths;
}

void MapRenderer::paintAreas(
    QPainter *painter, const QRectF &area, const MapScene &scene, qreal unit)
{
    const QList<QPainterPath> &paths = m_cachedPaths;
    const QList<MapFeature> &features = m_geometry.features();
    // The fills go without antialiasing, which halves the time of a paint: every edge gets an
    // antialiased border line drawn over it right after, which hides the steps.
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (qsizetype i = 0; i < features.size(); ++i) {
        if (!paths.at(i).controlPointRect().intersects(area))
            continue;
        MapStyle::paintArea(painter, paths.at(i), styleOf(features.at(i), scene), unit);
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    // Borders in one pass after the fills, so that no fill covers half of a neighbour's border.
    // A hairline (cosmetic pen up to one pixel) takes the raster engine's fast stroker.
    QPen border(MapStyle::borderColor(), qMin(1.0, 0.8 * unit));
    border.setCosmetic(true);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    for (qsizetype i = 0; i < features.size(); ++i) {
        if (paths.at(i).controlPointRect().intersects(area))
            painter->drawPath(paths.at(i));
    }
}

void MapRenderer::paintOutlines(QPainter *painter, const MapScene &scene, qreal unit)
{
    const QList<MapFeature> &features = m_geometry.features();
    for (qsizetype i = 0; i < features.size(); ++i) {
        const MapFeature &feature = features.at(i);
        if (feature.disputed) {
            painter->strokePath(
                m_cachedPaths.at(i), QPen(QColor(0x40, 0x40, 0x40), 0.8 * unit, Qt::DashLine));
        }
    }
    const int selected = scene.selected.isEmpty() ? -1 : m_geometry.indexOf(scene.selected);
    if (selected >= 0)
        drawWideOutline(painter, m_cachedPaths.at(selected), Qt::black, qMax(1, qRound(unit)));
}

QList<QPainterPath> MapRenderer::arcs(const QTransform &mapToTarget, const MapScene &scene) const
{
    QList<QPainterPath> paths;
    const MapCity *host = m_geometry.city(scene.hostCity);
    if (scene.summitLabel.isEmpty() || !host)
        return paths;
    for (const QString &partner : scene.partners) {
        const MapCity *capital = m_geometry.capitalOf(partner);
        const int index = m_geometry.indexOf(partner);
        if (!capital && index < 0)
            continue;
        const QPointF end
            = capital ? capital->position : m_geometry.features().at(index).interiorPoint;
        paths.append(MapStyle::arcPath(mapToTarget.map(host->position), mapToTarget.map(end)));
    }
    return paths;
}

std::optional<MapRenderer::HostMark> MapRenderer::hostMark(
    const QTransform &mapToTarget, const MapScene &scene, qreal unit) const
{
    const MapCity *host = m_geometry.city(scene.hostCity);
    if (scene.summitLabel.isEmpty() || !host)
        return std::nullopt;
    HostMark mark { mapToTarget.map(host->position), 11 * unit, host->name, {} };
    const QFontMetricsF metrics(labelFont(unit, false));
    mark.nameBox
        = QRectF(mark.star.x() + mark.radius + 3 * unit, mark.star.y() - metrics.height() / 2,
            metrics.horizontalAdvance(host->name), metrics.height());
    return mark;
}

const QList<MapLabel> &MapRenderer::labels(
    const MapLayout &layout, const QTransform &mapToTarget, const MapScene &scene)
{
    QStringList codes = scene.statuses.keys();
    codes.sort();
    LabelKey key { mapToTarget, layout.map, layout.unit, scene.presence, scene.reportsDiffer, codes,
        scene.partners, scene.hostCity, !scene.summitLabel.isEmpty() };
    if (m_labelKey == key)
        return m_labels;
    MapLabeller labeller(m_geometry, mappedPaths(mapToTarget), layout.unit, layout.map);
    for (const QPainterPath &arc : arcs(mapToTarget, scene)) {
        for (const QPolygonF &polyline : arc.toSubpathPolygons())
            labeller.addLine(polyline);
    }
    if (const auto host = hostMark(mapToTarget, scene, layout.unit)) {
        const QPointF r(host->radius, host->radius);
        labeller.addObstacle(QRectF(host->star - r, host->star + r));
        labeller.addObstacle(host->nameBox);
    }
    m_labels = labeller.place(scene, mapToTarget);
    m_labelKey = key;
    return m_labels;
}

void MapRenderer::paintOverlay(QPainter *painter, const MapLayout &layout,
    const QTransform &mapToTarget, const MapScene &scene)
{
    const qreal unit = layout.unit;
    const QList<MapLabel> &placed = labels(layout, mapToTarget, scene);
    for (const QPainterPath &arc : arcs(mapToTarget, scene))
        MapStyle::paintArc(painter, arc, unit);
    if (const auto host = hostMark(mapToTarget, scene, unit)) {
        MapStyle::paintHostStar(painter, host->star, host->radius);
        paintHaloText(
            painter, host->nameBox.topLeft(), host->name, labelFont(unit, false), Qt::black, unit);
    }
    // Leaders first, so that no leader runs over another callout's symbol or text.
    for (const MapLabel &label : placed) {
        if (label.callout)
            MapStyle::paintLeader(painter, label.anchor, label.leaderEnd, unit);
    }
    for (const MapLabel &label : placed)
        paintLabel(painter, label, unit);
}

void MapRenderer::paintLabel(QPainter *painter, const MapLabel &label, qreal unit) const
{
    if (label.presence)
        MapStyle::paintPresence(painter, label.symbolCentre, label.symbolRadius, *label.presence);
    if (label.reportsDiffer)
        MapStyle::paintReportsDiffer(painter, label.symbolCentre, label.symbolRadius);
    paintHaloText(painter, label.textBox.topLeft(), label.text, labelFont(unit, label.context),
        label.context ? QColor(0x70, 0x70, 0x70) : QColor(0x10, 0x10, 0x10), unit);
}

} // namespace Summit
