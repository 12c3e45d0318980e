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
 * The chart of one trade chart group, bound to a TradeChartTableModel through a
 * QVBarModelMapper so that it follows every edit of the trade figures.
 *
 * Every report is its own mark, never averaged with another: a solid bar up to what the report
 * certainly says (the value when stated exactly, else the low end of its hedge's interval,
 * intervalOf() in models/agreement.h), a light band over the rest of that interval, a tick at the
 * value as stated, and an arrow where the hedge is open-ended ("over"). Above each mark, the
 * value as the source hedged it ("almost $90 bn") and what else the reader must know: derived,
 * edited by the user, preferred or set aside, and how it stands among other reports of its fact.
 * Reports of one measure or statement sit side by side under a caption ("⇄ 3 reports differ",
 * on the violet the other views use for reports that differ). The legend under the plot,
 * drawn by the chart itself, explains every mark it shows. The value axis starts at zero and
 * ends at the round number above the top of the marks. Several charts may share one table (the
 * panel's and an export's), since the chart never writes to it.
 */
class TradeChart : public QChart
{
    Q_OBJECT

public:
    /** The shape of a report's hedge. */
    enum class MarkShape
    {
        Value, ///< stated exactly: a bar and its tick
        Range, ///< "about": a band either side of the value
        RangeToValue, ///< "almost", "under": a band ending at the value
        OpenAbove ///< "over", "slightly over": a band and an arrow above the value
    };

    explicit TradeChart(TradeChartTableModel *table, QGraphicsItem *parent = nullptr);

    /** Scales every font (1.0: 12 px labels); an export at 1600×1000 uses about 1.7. */
    void setFontScale(qreal scale);
    qreal fontScale() const { return m_fontScale; }

    QStackedBarSeries *barSeries() const { return m_series; }
    QBarCategoryAxis *categoryAxis() const { return m_categories; }
    QValueAxis *valueAxis() const { return m_values; }
    TradeChartTableModel *table() const { return m_table; }
    /** The value above each category's mark, one entry per table row. */
    QStringList barLabels() const;
    /** Every line drawn above the mark of table row @p row, top to bottom. */
    QStringList markLines(int row) const;
    /** The marks drawn: one per report (table row). */
    int markCount() const { return int(m_markShapes.size()); }
    MarkShape markShape(int row) const { return m_markShapes.at(row); }
    /** The captions over the reports of one fact, left to right. */
    QStringList factCaptions() const { return m_factCaptions; }
    /** The legend's entries in order, each as it reads beside its swatch. */
    QStringList legendEntries() const { return m_legendEntries; }

    /** "almost $90 bn", "about $82.1 bn (derived)": the hedge always shows. */
    static QString barLabel(const Dataset &dataset, const TradeFigure &figure);
    static MarkShape shapeOf(Qualifier qualifier);
    /** The colour of the group's n-th measure (scope); a derived set hatches it. */
    static QColor scopeColor(int scopeIndex);
    /** The fill behind reports that differ: the "reports differ" violet of the other views. */
    static QColor reportsDifferFill();
    /** The ink of "⇄ reports differ" captions and marks. */
    static QColor reportsDifferInk();
    /** The fill of a report the user set aside. */
    static QColor setAsideColor();

signals:
    /** The pointer entered (@p status true) or left the bar of table row @p row. */
    void barHovered(int row, bool status);
    /** The bar of table row @p row was clicked. */
    void barClicked(int row);

private:
    struct LegendItem
    {
        enum Swatch
        {
            Fill,
            Hatch,
            Band,
            Tick,
            Glyph
        };
        Swatch swatch = Fill;
        QColor color;
        QString glyph;
        QString text;
    };

    void createAxes();
    void bindModel();
    void restyleSets();
    void updateCategories();
    void updateRange();
    void updateOverlays();
    void placeMarks(qreal captionHeight);
    void addMark(int row);
    void addLines(const QStringList &lines, const QList<QColor> &colors, qreal x, qreal bottom,
        const QFont &font);
    qreal addCaptions(bool measure);
    void addFactBackgrounds();
    void addLegend();
    QList<LegendItem> legendItems() const;
    QColor columnColor(int column) const;
    qreal labelHeight(int row) const;
    void reserveMargins(qreal top, qreal bottom);
    void clearOverlays();
    QGraphicsItem *keep(QGraphicsItem *item, qreal z = 10);
    QFont scaledFont(qreal pixels, bool bold = false) const;

    TradeChartTableModel *m_table;
    QStackedBarSeries *m_series;
    QVBarModelMapper *m_mapper;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
    QList<QGraphicsItem *> m_overlays;
    QStringList m_barLabels;
    QList<QStringList> m_markLines;
    QList<MarkShape> m_markShapes;
    QStringList m_factCaptions;
    QStringList m_legendEntries;
    qreal m_fontScale = 1.0;
    bool m_updating = false; ///< reserveMargins() moves the plot, which asks for an update
};

} // namespace Summit
