// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"
#include "views/map/mapstyle.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <memory>

class QFont;
class QPainter;
class QTextLayout;

namespace Summit {

class MapGeometry;
struct MapScene;

/**
 * The map's legend panel: the statuses on the date, context and disputed areas, and with an
 * attendance overlay the attendance symbols, the host star and the bilateral arcs, followed by
 * a note on the disputed areas and the credit for the shapes. It shrinks its text to fit.
 */
class MapLegend
{
public:
    explicit MapLegend(const MapGeometry &geometry);

    /** One line of the legend: a heading, a key with its text, or a note. */
    struct Row
    {
        enum Kind
        {
            Heading,
            Area,
            Symbol,
            ReportsDiffer,
            Star,
            Arc,
            Note
        };
        Kind kind;
        QString text;
        AreaStyle style = {};
        Presence presence = Presence::Unknown;
    };

    void paint(QPainter *painter, const QRectF &area, const MapScene &scene, qreal unit) const;

private:
    QList<Row> rows(const MapScene &scene) const;
    void addAttendanceRows(QList<Row> &rows, const MapScene &scene) const;
    QString disputedNames() const;
    QString disputedNote() const;
    /** Where a row's key and text go. */
    struct RowBoxes
    {
        QRectF key; ///< empty for headings and notes
        QPointF textOrigin;
        std::shared_ptr<QTextLayout> text; ///< shaped and wrapped once, measured and drawn
    };

    /** Places the rows in @p area at @p unit; returns the height they take. */
    qreal layOut(
        const QList<Row> &rows, const QRectF &area, qreal unit, QList<RowBoxes> *boxes) const;
    void paintKey(QPainter *painter, const Row &row, const QRectF &key, qreal unit) const;

    const MapGeometry &m_geometry;
};

} // namespace Summit
