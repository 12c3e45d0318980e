// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"

#include <QFont>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <optional>

namespace Summit {

class MapGeometry;
struct MapScene;

/**
 * A country's label as placed on the target: its text and, with an attendance overlay, its
 * attendance symbol just left of the text. A label that fits inside its country sits there; one
 * that does not is a callout: it goes outside, and a leader line runs from a dot inside the
 * country (its capital, else its pole of inaccessibility) to the label, so that symbol and text
 * belong to one country.
 */
struct MapLabel
{
    int feature = -1; ///< index into MapGeometry::features()
    QString text; ///< the name, or the code where the name does not fit
    QRectF textBox; ///< target pixels
    bool context = false; ///< a country outside the dataset: small grey text, never a callout
    std::optional<Presence> presence;
    bool reportsDiffer = false; ///< the attendance reports of this country differ
    QPointF symbolCentre;
    qreal symbolRadius = 0;
    bool callout = false;
    QPointF anchor; ///< callout only: the dot inside the country where the leader starts
    QPointF leaderEnd; ///< callout only: where the leader meets the label

    /** Text and symbol together. */
    QRectF bounds() const;
    QLineF leader() const { return QLineF(anchor, leaderEnd); }
};

/**
 * Places the map's labels for one transform and scene, without overlaps: every country of the
 * dataset gets one (inside its shape if it fits, else as a callout), then the context countries
 * where their name fits inside and nothing is in the way. Attendance symbols travel with their
 * country's label and keep clear of the bilateral arcs, the host star and each other.
 *
 * Inside-or-not and what lies under a callout are read from a coarse raster of the shapes (one
 * fill per shape), not from path tests: thousands of probes then cost next to nothing.
 */
class MapLabeller
{
public:
    /** @p paths are the geometry's shapes already mapped to target pixels. */
    MapLabeller(const MapGeometry &geometry, const QList<QPainterPath> &paths, qreal unit,
        const QRectF &visible);

    /** Something labels must not cover (the host star and its name). */
    void addObstacle(const QRectF &rect) { m_obstacles.append(rect); }
    /** A line symbols must not sit on and labels had better not cross (a bilateral arc). */
    void addLine(const QPolygonF &polyline);

    QList<MapLabel> place(const MapScene &scene, const QTransform &mapToTarget);

    static QFont labelFont(qreal unit, bool context);
    static qreal symbolRadius(qreal unit) { return 7.5 * unit; }

    /** A flattened arc, with its bounds to skip it quickly. */
    struct Polyline
    {
        QRectF bounds;
        QList<QLineF> segments;
    };

private:
    struct Candidate
    {
        MapLabel label;
        qreal cost = 0;
    };

    void rasterise(const QList<QPainterPath> &paths, const QRectF &visible);
    int ownerAt(const QPointF &point) const;
    /** True when @p owner is a named shape (dataset country, disputed area) but @p feature. */
    bool isOther(int owner, int feature) const;
    /** Share of the probes over @p rect (or along @p line) that lie over other named shapes. */
    qreal shareOverOthers(const QRectF &rect, int feature) const;
    qreal shareOverOthers(const QLineF &line, int feature) const;
    bool inside(const QRectF &rect, int feature) const;

    MapLabel compose(int feature, const QString &text, const QPointF &centre, const MapScene &scene,
        bool context) const;
    bool isFree(const MapLabel &label, bool avoidLinesWithText) const;
    std::optional<MapLabel> placeInside(int feature, const QStringList &texts,
        const QList<QPointF> &centres, const MapScene &scene, bool context) const;
    MapLabel placeCallout(int feature, const MapScene &scene, const QTransform &mapToTarget) const;
    std::optional<Candidate> calloutAt(const MapLabel &shape, const QPointF &anchor,
        const QPointF &direction, qreal distance) const;
    QList<QPointF> insideCentres(int feature, const QTransform &mapToTarget) const;
    QList<QPointF> gridCentres(int feature, const QTransform &mapToTarget, qreal step) const;
    QList<QPointF> calloutAnchors(int feature, const QTransform &mapToTarget) const;
    void accept(const MapLabel &label);

    const MapGeometry &m_geometry;
    qreal m_unit;
    QRectF m_visible;
    QFont m_strong;
    QFont m_small;
    QImage m_owners; ///< shape index + 1 per cell, 0 for the sea
    qreal m_cell = 1; ///< target pixels per raster cell
    QList<QRectF> m_obstacles; ///< host star, placed labels, anchor dots
    QList<Polyline> m_lines; ///< the arcs
    QList<QLineF> m_leaders;
    QList<bool> m_named; ///< by feature: a dataset country or a disputed area
};

} // namespace Summit
