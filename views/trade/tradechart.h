// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"

#include <QChart>
#include <QColor>
#include <QList>
#include <QStringList>

class QBarCategoryAxis;
class QGraphicsItem;
class QStackedBarSeries;
class QVBarModelMapper;
class QValueAxis;

namespace Summit {

class TradeChartTableModel;

/**
 * The bar chart of one trade chart group, bound to a TradeChartTableModel through a
 * QVBarModelMapper so that it follows every edit of the trade figures.
 *
 * It draws what the bars alone would hide: above each bar the value as the source hedged it
 * ("almost $90.0 bn"), a ▲ (over: the true value is higher) or ▼ (almost/under: lower) marker,
 * "derived" under a computed value (whose set is hatched), and, when the group holds several
 * measures, a caption over each measure's bars with a dashed line between them.
 * The value axis always starts at zero. Several charts may share one table (the panel's and an
 * export's), since the chart never writes to it.
 */
class TradeChart : public QChart
{
    Q_OBJECT

public:
    explicit TradeChart(TradeChartTableModel *table, QGraphicsItem *parent = nullptr);

    /** Scales every font (1.0: 12 px labels); an export at 1600×1000 uses about 1.7. */
    void setFontScale(qreal scale);
    qreal fontScale() const { return m_fontScale; }

    QStackedBarSeries *barSeries() const { return m_series; }
    QBarCategoryAxis *categoryAxis() const { return m_categories; }
    QValueAxis *valueAxis() const { return m_values; }
    TradeChartTableModel *table() const { return m_table; }
    /** The text above each category's bar, one entry per table row. */
    QStringList barLabels() const;

    /** "almost $90.0 bn", "about $82.1 bn (derived)": the hedge always shows. */
    static QString barLabel(double valueUsd, const TradeFigure &figure);
    /** The colour of the group's n-th measure (scope); a derived set hatches it. */
    static QColor scopeColor(int scopeIndex);

signals:
    /** The pointer entered (@p status true) or left the bar of table row @p row. */
    void barHovered(int row, bool status);
    /** The bar of table row @p row was clicked. */
    void barClicked(int row);

private:
    void createAxes();
    void bindModel();
    void restyleSets();
    void updateCategories();
    void updateRange();
    void updateOverlays();
    void addHedgeMarker(const TradeFigure &figure, const QPointF &top, qreal size);
    void addCenteredLines(const QStringList &lines, qreal x, qreal bottom, const QFont &font);
    void addScopeCaptions();
    void clearOverlays();
    QFont scaledFont(qreal pixels, bool bold = false) const;

    TradeChartTableModel *m_table;
    QStackedBarSeries *m_series;
    QVBarModelMapper *m_mapper;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
    QList<QGraphicsItem *> m_overlays;
    QStringList m_barLabels;
    qreal m_fontScale = 1.0;
};

} // namespace Summit
