// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/agreement.h"

#include <QList>
#include <QRectF>

class QAbstractItemModel;
class QPainter;

namespace Summit {

/**
 * Paints the rows of a FactReportModel (or a proxy of it) as a table for export: one band per
 * summit, each report's row filled by its fact's relation, text wrapped rather than cut, and the
 * legend below. When the model has no row it paints FactReportModel::noFactsText() instead.
 */
class ReportsPainter
{
public:
    explicit ReportsPainter(const QAbstractItemModel *model);

    /** The height the table and legend need at @p width, in logical pixels. */
    qreal heightFor(qreal width) const;
    /** Paints into @p target, scaled down uniformly when the rows need more height. */
    void paint(QPainter *painter, const QRectF &target) const;

private:
    qreal layout(QPainter *painter, qreal width, bool draw) const;
    qreal drawLegend(QPainter *painter, qreal top, qreal width, bool draw) const;
    /** The relations of the reports that count, in legend order. */
    QList<Relation> relationsShown() const;
    /** Whether any row has the boolean @p role set. */
    bool anyWith(int role) const;

    const QAbstractItemModel *m_model;
};

} // namespace Summit
