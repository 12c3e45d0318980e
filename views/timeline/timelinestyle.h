// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPointF>
#include <QString>

class QPainter;

namespace Summit {

/**
 * How the timeline tells event kinds apart: each kind has its own colour (from the Okabe-Ito
 * palette, which stays distinct for colour-blind readers) and its own shape, so that neither
 * colour nor shape alone carries the meaning. Kinds are indices of TimelineLayout::kinds().
 */
class TimelineStyle
{
public:
    static QColor kindColor(int kind);
    /** "circle", "diamond", ...: the shape's name, for the legend's accessible text. */
    static QString shapeName(int kind);
    /** Draws the kind's marker centred on @p centre, @p radius pixels from centre to edge. */
    static void drawMarker(QPainter *painter, int kind, const QPointF &centre, double radius);
    /** Text colour that reads on @p background. */
    static QColor textOn(const QColor &background);
};

} // namespace Summit
