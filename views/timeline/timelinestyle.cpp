// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/timeline/timelinestyle.h"

#include <QPainter>

#include <array>
#include <cmath>

namespace Summit {

namespace {

enum class Shape
{
    Circle,
    Diamond,
    TriangleUp,
    Square,
    Star,
    TriangleDown,
    Hexagon,
    Cross
};

struct KindLook
{
    QRgb color;
    Shape shape;
    const char *shapeName;
};

// In the order of TimelineLayout::kinds(): plenary, bilateral, visit, statement, proposal,
// announcement, council-session, other.
constexpr KindLook looks[] = {
    { 0xff0072b2, Shape::Circle, "circle" },
    { 0xffe69f00, Shape::Diamond, "diamond" },
    { 0xff009e73, Shape::TriangleUp, "triangle" },
    { 0xffcc79a7, Shape::Square, "square" },
    { 0xff56b4e9, Shape::Star, "star" },
    { 0xffd55e00, Shape::TriangleDown, "inverted triangle" },
    { 0xff4d4d4d, Shape::Hexagon, "hexagon" },
    { 0xff999999, Shape::Cross, "cross" },
};

const KindLook &lookOf(int kind)
{
    constexpr int count = int(std::size(looks));
    return looks[kind >= 0 && kind < count ? kind : count - 1];
}

/** Points of a regular polygon (or a star, alternating radii) around @p centre, no allocation. */
template<size_t N>
std::array<QPointF, N> polygon(
    const QPointF &centre, double radius, double innerRatio, double startAngle)
{
    std::array<QPointF, N> points;
    for (size_t i = 0; i < N; ++i) {
        const double r = (innerRatio < 1 && i % 2 == 1) ? radius * innerRatio : radius;
        const double angle = startAngle + 2 * M_PI * double(i) / double(N);
        points[i] = centre + QPointF(r * std::cos(angle), r * std::sin(angle));
    }
    return points;
}

} // namespace

QColor TimelineStyle::kindColor(int kind)
{
    return QColor::fromRgba(lookOf(kind).color);
}

QString TimelineStyle::shapeName(int kind)
{
    return QLatin1String(lookOf(kind).shapeName);
}

void TimelineStyle::drawMarker(QPainter *painter, int kind, const QPointF &centre, double radius)
{
    const double up = -M_PI / 2;
    switch (lookOf(kind).shape) {
    case Shape::Circle:
        painter->drawEllipse(centre, radius * 0.9, radius * 0.9);
        break;
    case Shape::Diamond: {
        const auto points = polygon<4>(centre, radius, 1, up);
        painter->drawPolygon(points.data(), int(points.size()));
        break;
    }
    case Shape::TriangleUp: {
        const auto points = polygon<3>(centre + QPointF(0, radius * 0.15), radius * 1.05, 1, up);
        painter->drawPolygon(points.data(), int(points.size()));
        break;
    }
    case Shape::Square:
        painter->drawRect(QRectF(
            centre.x() - radius * 0.78, centre.y() - radius * 0.78, radius * 1.56, radius * 1.56));
        break;
    case Shape::Star: {
        const auto points = polygon<10>(centre, radius * 1.1, 0.48, up);
        painter->drawPolygon(points.data(), int(points.size()));
        break;
    }
    case Shape::TriangleDown: {
        const auto points = polygon<3>(centre - QPointF(0, radius * 0.15), radius * 1.05, 1, -up);
        painter->drawPolygon(points.data(), int(points.size()));
        break;
    }
    case Shape::Hexagon: {
        const auto points = polygon<6>(centre, radius, 1, 0);
        painter->drawPolygon(points.data(), int(points.size()));
        break;
    }
    case Shape::Cross: {
        const double d = radius * 0.7;
        painter->drawLine(centre + QPointF(-d, -d), centre + QPointF(d, d));
        painter->drawLine(centre + QPointF(-d, d), centre + QPointF(d, -d));
        break;
    }
    }
}

QColor TimelineStyle::textOn(const QColor &background)
{
    // Relative luminance by the sRGB weights; 0.55 keeps white text on the mid blues and greys.
    const double luminance
        = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace Summit
