// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"

#include <QColor>
#include <QFont>
#include <QString>

class QBrush;
class QImage;
class QPainter;
class QPainterPath;
class QPointF;
class QRectF;

namespace Summit {

/** Line patterns laid over a fill, so that statuses differ in greyscale too. */
enum class MapPattern
{
    Solid,
    Hatched,
    CrossHatched,
    Horizontal,
    Vertical,
    Dotted
};

/** How an area is painted: a fill and, where the pattern is not Solid, lines in `ink`. */
struct AreaStyle
{
    QColor fill;
    MapPattern pattern = MapPattern::Solid;
    QColor ink;

    friend bool operator==(const AreaStyle &, const AreaStyle &) = default;
};

/** The map's three text styles; few distinct fonts keep the first paint fast (font look-ups). */
enum class MapFont
{
    Strong,
    Text,
    Small
};

/** The shape marking a leader's attendance: it carries the meaning, colour only helps. */
enum class PresenceSymbol
{
    FilledCircle,
    Cross,
    QuestionMark,
    HollowCircle ///< expected: announced before the summit, not attendance
};

/**
 * The map's visual vocabulary in one place: the area style of every membership status, of
 * context countries and of disputed areas, the attendance symbols, the host-city star and the
 * bilateral arcs. The renderer and the legend both draw from here, so they cannot disagree.
 * Lengths are in pixels of the target; `unit` is the size of one legend-text pixel.
 */
class MapStyle
{
public:
    static AreaStyle statusStyle(MembershipStatus status);
    /** A country the dataset does not know, drawn for orientation only. */
    static AreaStyle contextStyle();
    static AreaStyle disputedStyle();
    static QColor seaColor() { return QColor(0xe8, 0xf0, 0xf7); }
    static QColor borderColor() { return Qt::white; }
    static QColor arcColor() { return QColor(0x6a, 0x1b, 0x1b); }

    static PresenceSymbol presenceSymbol(Presence presence);
    /** Strong: member labels, headings, the host city; Text: legend; Small: context, notes. */
    static QFont font(MapFont kind, qreal unit);
    /** The smallest unit at which font() gives no text under @p pixels high. */
    static qreal unitForSmallestText(int pixels);

    /** Fills @p path and lays the style's pattern over it, spaced for @p unit. */
    static void paintArea(
        QPainter *painter, const QPainterPath &path, const AreaStyle &style, qreal unit);
    /** The attendance symbol, a disc of @p radius around @p centre. */
    static void paintPresence(
        QPainter *painter, const QPointF &centre, qreal radius, Presence presence);
    /** The mark beside an attendance symbol whose reports differ: an orange badge with "!". */
    static void paintReportsDiffer(QPainter *painter, const QPointF &symbolCentre, qreal radius);
    static void paintHostStar(QPainter *painter, const QPointF &centre, qreal radius);
    /** The curved line from the host city to a partner's capital, in target pixels. */
    static QPainterPath arcPath(const QPointF &from, const QPointF &to);
    /** Draws an arcPath(), with a dot where it ends (the partner's capital). */
    static void paintArc(QPainter *painter, const QPainterPath &arc, qreal unit);
    static void paintArc(QPainter *painter, const QPointF &from, const QPointF &to, qreal unit);
    /** The line from a dot inside a small country to its label outside. */
    static void paintLeader(
        QPainter *painter, const QPointF &anchor, const QPointF &end, qreal unit);

private:
    /** A tiled brush of patternTile(), made once per style and unit. */
    static QBrush patternBrush(const AreaStyle &style, qreal unit);
    /** The fill with one period of the pattern, for a tiled brush. */
    static QImage patternTile(const AreaStyle &style, qreal unit);
    /** The pattern's lines over @p box, @p step apart (0: the style's own spacing). */
    static void paintPattern(
        QPainter *painter, const QRectF &box, const AreaStyle &style, qreal unit, qreal step = 0);
};

} // namespace Summit
