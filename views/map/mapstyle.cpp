// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/map/mapstyle.h"

#include <QBrush>
#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace Summit {

namespace {

QPainterPath starPath(const QPointF &centre, qreal radius)
{
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const qreal r = (i % 2 == 0) ? radius : radius * 0.45;
        const qreal angle = qDegreesToRadians(-90.0 + 36.0 * i);
        const QPointF point = centre + QPointF(r * std::cos(angle), r * std::sin(angle));
        if (i == 0)
            star.moveTo(point);
        else
            star.lineTo(point);
    }
    star.closeSubpath();
    return star;
}

// Parallel lines x = x0 + slope * (y - top), spaced @p step, half a step off the box's edge.
void paintLines(QPainter *painter, const QRectF &box, qreal step, qreal slope)
{
    const qreal reach = std::abs(slope) * box.height();
    for (qreal x = box.left() - reach + step / 2; x <= box.right() + reach; x += step)
        painter->drawLine(QPointF(x, box.top()), QPointF(x + slope * box.height(), box.bottom()));
}

qreal patternStep(MapPattern pattern, qreal unit)
{
    const qreal step = qMax(3.0, 5 * unit);
    return pattern == MapPattern::CrossHatched ? step * 1.4 : step;
}

} // namespace

AreaStyle MapStyle::statusStyle(MembershipStatus status)
{
    // Lightness steps apart and each non-member-like status has a pattern of its own, so the
    // legend still works printed in black and white or for colour-blind readers.
    switch (status) {
    case MembershipStatus::Full:
        return { QColor(0x2c, 0x6b, 0xac), MapPattern::Solid, {} };
    case MembershipStatus::Associate:
        return { QColor(0x7d, 0xb4, 0xdc), MapPattern::Solid, {} };
    case MembershipStatus::ParticipationSuspended:
        return { QColor(0xf2, 0xa3, 0x5e), MapPattern::Horizontal, QColor(0x8a, 0x45, 0x00) };
    case MembershipStatus::ParticipationCeased:
        return { QColor(0xdc, 0xc8, 0xe8), MapPattern::Vertical, QColor(0x6a, 0x4c, 0x93) };
    case MembershipStatus::UnratifiedParticipant:
        return { QColor(0xb7, 0xa2, 0xd8), MapPattern::Dotted, QColor(0x4b, 0x30, 0x7a) };
    case MembershipStatus::Unknown:
        break;
    }
    return { Qt::white, MapPattern::CrossHatched, QColor(0x9a, 0x9a, 0x9a) };
}

AreaStyle MapStyle::contextStyle()
{
    return { QColor(0xdd, 0xdd, 0xdd), MapPattern::Solid, {} };
}

AreaStyle MapStyle::disputedStyle()
{
    return { QColor(0xf2, 0xf2, 0xf2), MapPattern::Hatched, QColor(0x40, 0x40, 0x40) };
}

QFont MapStyle::font(MapFont kind, qreal unit)
{
    QFont font;
    font.setPixelSize(qMax(7, qRound((kind == MapFont::Small ? 11.5 : 13.0) * unit)));
    font.setBold(kind == MapFont::Strong);
    return font;
}

qreal MapStyle::unitForSmallestText(int pixels)
{
    return pixels / 11.5; // MapFont::Small, the smallest of font()
}

PresenceSymbol MapStyle::presenceSymbol(Presence presence)
{
    switch (presence) {
    case Presence::Present:
        return PresenceSymbol::FilledCircle;
    case Presence::Absent:
        return PresenceSymbol::Cross;
    case Presence::Expected:
        return PresenceSymbol::HollowCircle;
    case Presence::Unknown:
        break;
    }
    return PresenceSymbol::QuestionMark;
}

void MapStyle::paintArea(
    QPainter *painter, const QPainterPath &path, const AreaStyle &style, qreal unit)
{
    painter->save();
    painter->setPen(Qt::NoPen);
    const bool patterned = style.pattern != MapPattern::Solid;
    // On raster devices a tiled brush costs one fill; clipping to the shape and drawing lines
    // costs many times that. Vector devices (SVG, PDF) get the lines, which stay sharp.
    if (patterned && painter->paintEngine()->type() == QPaintEngine::Raster) {
        painter->setBrush(patternBrush(style, unit));
        painter->drawPath(path);
        return painter->restore();
    }
    painter->setBrush(style.fill);
    painter->drawPath(path);
    if (patterned) {
        painter->setClipPath(path, Qt::IntersectClip);
        paintPattern(painter, path.boundingRect(), style, unit);
    }
    painter->restore();
}

QBrush MapStyle::patternBrush(const AreaStyle &style, qreal unit)
{
    // A handful of styles at one or two sizes: making a tile costs more than filling a country
    // with it, so each is made once. The map paints on the GUI thread only.
    static QHash<QString, QBrush> cache;
    const QString key = QStringLiteral("%1 %2 %3 %4")
                            .arg(int(style.pattern))
                            .arg(style.fill.rgba())
                            .arg(style.ink.rgba())
                            .arg(unit);
    const auto found = cache.constFind(key);
    if (found != cache.cend())
        return *found;
    if (cache.size() > 64)
        cache.clear();
    return *cache.insert(key, QBrush(patternTile(style, unit)));
}

QImage MapStyle::patternTile(const AreaStyle &style, qreal unit)
{
    const int size = qMax(3, qRound(patternStep(style.pattern, unit)));
    QImage tile(size, size, QImage::Format_ARGB32_Premultiplied);
    tile.fill(style.fill);
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    // Lines exactly one tile apart over a box a tile larger on every side repeat without seams.
    paintPattern(&painter, QRectF(-size, -size, 3 * size, 3 * size), style, unit, size);
    return tile;
}

void MapStyle::paintPattern(
    QPainter *painter, const QRectF &box, const AreaStyle &style, qreal unit, qreal step)
{
    if (step <= 0)
        step = patternStep(style.pattern, unit);
    painter->setPen(QPen(style.ink, qMax(0.7, 0.9 * unit)));
    painter->setBrush(style.ink);
    switch (style.pattern) {
    case MapPattern::Hatched:
        paintLines(painter, box, step, -1);
        break;
    case MapPattern::CrossHatched:
        paintLines(painter, box, step, -1);
        paintLines(painter, box, step, 1);
        break;
    case MapPattern::Horizontal:
        for (qreal y = box.top() + step / 2; y < box.bottom(); y += step)
            painter->drawLine(QPointF(box.left(), y), QPointF(box.right(), y));
        break;
    case MapPattern::Vertical:
        paintLines(painter, box, step, 0);
        break;
    case MapPattern::Dotted:
        painter->setPen(Qt::NoPen);
        for (qreal y = box.top() + step / 2; y < box.bottom(); y += step) {
            for (qreal x = box.left() + step / 2; x < box.right(); x += step)
                painter->drawEllipse(QPointF(x, y), 0.8 * unit, 0.8 * unit);
        }
        break;
    case MapPattern::Solid:
        break;
    }
}

void MapStyle::paintPresence(
    QPainter *painter, const QPointF &centre, qreal radius, Presence presence)
{
    painter->save();
    const qreal line = qMax(1.0, radius / 4);
    switch (presenceSymbol(presence)) {
    case PresenceSymbol::FilledCircle:
        painter->setPen(QPen(Qt::white, line));
        painter->setBrush(QColor(0x1a, 0x6b, 0x30));
        painter->drawEllipse(centre, radius, radius);
        break;
    case PresenceSymbol::Cross: {
        painter->setPen(QPen(QColor(0x30, 0x30, 0x30), line * 0.6));
        painter->setBrush(Qt::white);
        painter->drawEllipse(centre, radius, radius);
        painter->setPen(QPen(QColor(0xb0, 0x1c, 0x1c), line * 1.3, Qt::SolidLine, Qt::RoundCap));
        const qreal d = radius * 0.5;
        painter->drawLine(centre + QPointF(-d, -d), centre + QPointF(d, d));
        painter->drawLine(centre + QPointF(-d, d), centre + QPointF(d, -d));
        break;
    }
    case PresenceSymbol::HollowCircle:
        painter->setPen(QPen(QColor(0x1a, 0x6b, 0x30), line * 1.2));
        painter->setBrush(Qt::white);
        painter->drawEllipse(centre, radius * 0.85, radius * 0.85);
        break;
    case PresenceSymbol::QuestionMark: {
        painter->setPen(QPen(QColor(0x50, 0x50, 0x50), line * 0.6, Qt::DashLine));
        painter->setBrush(Qt::white);
        painter->drawEllipse(centre, radius, radius);
        painter->setFont(font(MapFont::Strong, radius / 7.5));
        painter->setPen(QColor(0x30, 0x30, 0x30));
        painter->drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
            Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    }
    painter->restore();
}

void MapStyle::paintReportsDiffer(QPainter *painter, const QPointF &symbolCentre, qreal radius)
{
    painter->save();
    const qreal r = radius * 0.72;
    const QPointF centre = symbolCentre + QPointF(radius * 0.85, -radius * 0.85);
    painter->setPen(QPen(Qt::white, qMax(1.0, radius / 6)));
    painter->setBrush(QColor(0xe0, 0x6c, 0x00));
    painter->drawEllipse(centre, r, r);
    QFont font = MapStyle::font(MapFont::Strong, radius / 7.5);
    font.setPixelSize(qMax(7, qRound(r * 1.6)));
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(
        QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter, QStringLiteral("!"));
    painter->restore();
}

void MapStyle::paintHostStar(QPainter *painter, const QPointF &centre, qreal radius)
{
    painter->save();
    painter->setPen(QPen(QColor(0x30, 0x20, 0x00), qMax(1.0, radius / 8)));
    painter->setBrush(QColor(0xff, 0xc8, 0x2e));
    painter->drawPath(starPath(centre, radius));
    painter->restore();
}

QPainterPath MapStyle::arcPath(const QPointF &from, const QPointF &to)
{
    // Bend every arc the same way (to the right of its direction), so that arcs to nearby
    // capitals fan out instead of lying on top of each other.
    const QPointF chord = to - from;
    const QPointF normal(-chord.y(), chord.x());
    const QPointF control = (from + to) / 2 - normal * 0.18;
    QPainterPath arc(from);
    arc.quadTo(control, to);
    return arc;
}

void MapStyle::paintArc(QPainter *painter, const QPainterPath &arc, qreal unit)
{
    painter->save();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(QColor(255, 255, 255, 220), 4.5 * unit, Qt::SolidLine, Qt::RoundCap));
    painter->drawPath(arc);
    painter->setPen(QPen(arcColor(), 2.2 * unit, Qt::SolidLine, Qt::RoundCap));
    painter->drawPath(arc);
    painter->setPen(QPen(Qt::white, 1.2 * unit));
    painter->setBrush(arcColor());
    painter->drawEllipse(arc.currentPosition(), 3.2 * unit, 3.2 * unit);
    painter->restore();
}

void MapStyle::paintArc(QPainter *painter, const QPointF &from, const QPointF &to, qreal unit)
{
    paintArc(painter, arcPath(from, to), unit);
}

void MapStyle::paintLeader(QPainter *painter, const QPointF &anchor, const QPointF &end, qreal unit)
{
    painter->save();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(QColor(255, 255, 255, 220), 3.2 * unit, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(anchor, end);
    painter->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.4 * unit, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(anchor, end);
    painter->setPen(QPen(Qt::white, 1.1 * unit));
    painter->setBrush(QColor(0x20, 0x20, 0x20));
    painter->drawEllipse(anchor, 3 * unit, 3 * unit);
    painter->restore();
}

} // namespace Summit
