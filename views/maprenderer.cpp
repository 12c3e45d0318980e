// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/maprenderer.h"

#include "views/mapgeometry.h"
#include "views/maplegend.h"
#include "views/mapstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStaticText>

#include <algorithm>
#include <optional>

namespace Summit {

namespace {

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
    return MapStyle::font(context ? MapFont::Small : MapFont::Strong, unit);
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
    const qreal d = 1.2 * unit;
    for (const QPointF &offset : { QPointF(-d, -d), QPointF(d, d), QPointF(-d, d), QPointF(d, -d) })
        painter->drawStaticText(topLeft + offset, staticText);
    painter->setPen(color);
    painter->drawStaticText(topLeft, staticText);
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

bool overlapsAny(const QRectF &rect, const QList<QRectF> &occupied)
{
    return std::any_of(occupied.cbegin(), occupied.cend(),
        [&rect](const QRectF &other) { return other.intersects(rect); });
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

MapLayout MapRenderer::layout(const QRectF &target)
{
    MapLayout result;
    result.unit = qBound(0.85, qMin(target.width() / 1300, target.height() / 800), 4.0);
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
    const QList<QRectF> occupied = paintOverlay(painter, mapToTarget, scene, layout.unit);
    paintLabels(painter, mapToTarget, scene, layout.unit, occupied);
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

const QList<QPainterPath> &MapRenderer::mappedPaths(const QTransform &mapToTarget)
{
    if (!m_cacheValid || m_cachedTransform != mapToTarget) {
        m_cachedPaths.clear();
        for (const MapFeature &feature : m_geometry.features())
            m_cachedPaths.append(mapToTarget.map(feature.path));
        m_cachedTransform = mapToTarget;
        m_cacheValid = true;
    }
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

// Returns the rectangles the symbols cover, so that labels keep clear of them.
QList<QRectF> MapRenderer::paintOverlay(
    QPainter *painter, const QTransform &mapToTarget, const MapScene &scene, qreal unit)
{
    QList<QRectF> occupied;
    if (scene.summitLabel.isEmpty())
        return occupied;
    const MapCity *host = m_geometry.city(scene.hostCity);
    auto capitalPoint = [&](const QString &code) -> std::optional<QPointF> {
        if (const MapCity *capital = m_geometry.capitalOf(code))
            return mapToTarget.map(capital->position);
        const int index = m_geometry.indexOf(code);
        if (index < 0)
            return std::nullopt;
        return mapToTarget.map(m_geometry.features().at(index).labelAnchor);
    };
    if (host) {
        for (const QString &partner : scene.partners) {
            if (const auto end = capitalPoint(partner))
                MapStyle::paintArc(painter, mapToTarget.map(host->position), *end, unit);
        }
    }
    const qreal radius = 7.5 * unit;
    for (auto it = scene.presence.cbegin(); it != scene.presence.cend(); ++it) {
        if (const auto point = capitalPoint(it.key())) {
            MapStyle::paintPresence(painter, *point, radius, it.value());
            occupied.append(QRectF(*point - QPointF(radius, radius), QSizeF(2, 2) * radius));
        }
    }
    if (host) {
        const QPointF star = mapToTarget.map(host->position);
        const qreal starRadius = 11 * unit;
        MapStyle::paintHostStar(painter, star, starRadius);
        const QFont font = labelFont(unit, false);
        const QFontMetricsF metrics(font);
        const QRectF text(star.x() + starRadius + 3 * unit, star.y() - metrics.height() / 2,
            metrics.horizontalAdvance(host->name), metrics.height());
        paintHaloText(painter, text.topLeft(), host->name, font, Qt::black, unit);
        occupied.append(QRectF(star - QPointF(starRadius, starRadius), text.bottomRight()));
    }
    return occupied;
}

// Countries of the dataset first (largest first), then the context; the selection leads.
QList<int> MapRenderer::labelOrder(const MapScene &scene) const
{
    const QList<MapFeature> &features = m_geometry.features();
    QList<int> order;
    for (qsizetype i = 0; i < features.size(); ++i) {
        if (!features.at(i).disputed)
            order.append(int(i));
    }
    auto rank = [&](int index) {
        const MapFeature &feature = features.at(index);
        return std::make_tuple(feature.code != scene.selected,
            !scene.statuses.contains(feature.code), -feature.labelSpan);
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) { return rank(a) < rank(b); });
    return order;
}

void MapRenderer::paintLabels(QPainter *painter, const QTransform &mapToTarget,
    const MapScene &scene, qreal unit, QList<QRectF> occupied)
{
    const QRectF visible = painter->clipBoundingRect();
    for (int index : labelOrder(scene)) {
        const MapFeature &feature = m_geometry.features().at(index);
        const bool context = !scene.statuses.contains(feature.code);
        const QFont font = labelFont(unit, context);
        // The name if it fits inside the country, else the code for a member, else nothing.
        QStringList candidates { feature.name };
        if (!context)
            candidates.append(feature.code);
        const std::optional<PlacedLabel> placed
            = placeLabel(index, candidates, QFontMetricsF(font), mapToTarget, visible, occupied);
        if (!placed)
            continue;
        paintHaloText(painter, placed->box.topLeft(), candidates.at(placed->candidate), font,
            context ? QColor(0x70, 0x70, 0x70) : QColor(0x10, 0x10, 0x10), unit);
        occupied.append(placed->box);
    }
}

// The first candidate text, at the first of the country's label spots, that fits inside the
// country, on screen and clear of everything placed so far.
std::optional<MapRenderer::PlacedLabel> MapRenderer::placeLabel(int index,
    const QStringList &candidates, const QFontMetricsF &metrics, const QTransform &mapToTarget,
    const QRectF &visible, const QList<QRectF> &occupied) const
{
    const MapFeature &feature = m_geometry.features().at(index);
    const QPainterPath &shape = m_cachedPaths.at(index);
    const qreal scale = std::sqrt(std::abs(mapToTarget.determinant()));
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        const qreal width = metrics.horizontalAdvance(candidates.at(c));
        for (const auto &[centre, span] : feature.labelSpots) {
            if (width > span * scale)
                break; // spots are sorted widest first
            const QPointF middle = mapToTarget.map(centre);
            const QRectF box(
                middle.x() - width / 2, middle.y() - metrics.height() / 2, width, metrics.height());
            if (!visible.contains(box) || overlapsAny(box, occupied))
                continue;
            // The span is inside on its own line; the box must not stick out above or below.
            const qreal inset = metrics.height() * 0.3;
            if (shape.contains(QPointF(middle.x(), box.top() + inset))
                && shape.contains(QPointF(middle.x(), box.bottom() - inset)))
                return PlacedLabel { int(c), box };
        }
    }
    return std::nullopt;
}

} // namespace Summit
