// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/agreement.h"
#include "views/trade/tradechartgroups.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Summit {

class DatasetDocument;
class TradeFigureModel;

/**
 * The figures of one TradeChartGroup pivoted for a QVBarModelMapper: one row per figure (a bar
 * category: every report is its own mark, never averaged with another), one column per bar set.
 * A bar set holds one scope's stated figures, or one scope's derived figures, or every report
 * the user set aside, so two measures never share a set and a computed value never sits among
 * stated ones. A row holds its certain part (barBillions()) in its own set's column and 0
 * elsewhere; the chart stacks the sets, and since each category is one figure, a stack never
 * adds two values. The chart draws the rest of the hedge (the interval) over the bar.
 *
 * Rows are ordered fact by fact: the reports of one measure or one statement (format 2) sit side
 * by side, in file order; facts by the scope of their first report (in order of first
 * appearance in the file), then by period.
 * It follows the TradeFigureModel it reads: a value edit becomes dataChanged of that row, and
 * any structural change or reset regroups from the dataset by the group's name.
 */
class TradeChartTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** A run of consecutive rows of one scope, for the chart's scope captions. */
    struct ScopeBlock
    {
        QString label; ///< scopeLabel(), e.g. "Trade between CIS members"
        int scopeIndex = 0;
        int firstRow = 0;
        int lastRow = 0;
    };

    /** How a report stands among the other reports of its fact, for its mark. */
    enum class ReportStanding
    {
        Single, ///< the only report of its fact
        Agrees, ///< agrees with every other report not set aside
        ReadDifferently, ///< one statement read with another scope or hedge
        Differs, ///< cannot be right together with another report
        SetAside ///< the user set it aside: it takes no part
    };

    /** The rows of one fact stated by several reports, side by side. */
    struct FactBlock
    {
        int firstRow = 0;
        int lastRow = 0;
        Relation relation = Relation::Agree; ///< among its reports not set aside
        bool statement = false; ///< one statement (format 2 `statement`), not one measure
    };

    TradeChartTableModel(const DatasetDocument *document, TradeFigureModel *figures,
        const QString &groupName, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    /**
     * DisplayRole: the row's value in US$ billion in its own set's column, 0 elsewhere.
     * ToolTipRole: the figure model's tooltip of the row (value, hedge, period, scope, sources).
     */
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /** Horizontal: the set's name (legend). Vertical: the category label with its months. */
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const TradeChartGroup &group() const { return m_group; }
    const Dataset &dataset() const;
    TradeFigureModel *figureModel() const { return m_figures; }
    /** The TradeFigureModel row (dataset index) that @p row shows. */
    int sourceRow(int row) const { return m_rows.at(row); }
    /** The figure @p row shows. */
    const TradeFigure &figure(int row) const;
    /** The set (column) that holds @p row's value. */
    int columnOfRow(int row) const { return m_columnOfRow.at(row); }
    bool isDerivedColumn(int column) const { return m_columns.at(column).derived; }
    /** Index of the column's scope among the group's scopes (0, 1, ...), for its colour. */
    int scopeIndexOfColumn(int column) const { return m_columns.at(column).scopeIndex; }
    QList<ScopeBlock> scopeBlocks() const;
    /** scopeLabel() of @p row's figure, e.g. "Russia's trade with the CIS". */
    QString scopeLabel(int row) const;
    /** The row's value in US$ billion, read from the figure model. */
    double valueBillions(int row) const;
    /** The values the row's hedge allows, in US$ billion (intervalOf(), models/agreement.h). */
    ValueInterval intervalBillions(int row) const;
    /** The solid bar: the value when stated exactly, else the low end of its interval. */
    double barBillions(int row) const;
    bool isSetAsideColumn(int column) const { return m_columns.at(column).setAside; }
    ReportStanding standing(int row) const { return m_standing.at(row); }
    /** Facts with more than one report in this group. */
    QList<FactBlock> factBlocks() const { return m_factBlocks; }
    /** Whether @p row is one of several reports of its fact. */
    bool isOneOfSeveral(int row) const;
    /** "Agency One, 22 Dec 2025": the document the row's report comes from. */
    QString documentLabel(int row) const;
    /** "Agency One": the publisher alone, short enough for an axis label. */
    QString publisherLabel(int row) const;

    /** "2024 (12 months)", "Jan–Sep 2025 (9 months)": the length of a period always shows. */
    static QString categoryLabel(const TradeFigure &figure);

private:
    struct Column
    {
        QString label;
        int scopeIndex = 0;
        bool derived = false;
        bool setAside = false;
    };

    void regroup();
    void collectFacts();
    void collectScopes();
    void sortRows();
    void buildColumns();
    int scopeIndexOfSource(int sourceRow) const;
    void connectSource();
    void forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    const DatasetDocument *m_document;
    TradeFigureModel *m_figures;
    QString m_groupName;
    TradeChartGroup m_group;
    QList<int> m_rows; ///< figure-model rows in chart order
    QList<int> m_columnOfRow; ///< per chart row
    QList<Column> m_columns;
    QStringList m_scopeKeys; ///< scope, plus the countries of bilateral figures
    QStringList m_scopeLabels; ///< per scope index
    QHash<int, int> m_factOfSource; ///< figure-model row → its fact's first report, if several
    QList<ReportStanding> m_standing; ///< per chart row
    QList<FactBlock> m_factBlocks;
};

} // namespace Summit
