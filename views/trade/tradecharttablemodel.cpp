// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/trade/tradecharttablemodel.h"

#include "models/datasetdocument.h"
#include "models/sourceformat.h"
#include "models/tradefiguremodel.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace Summit {

namespace {

/** Bilateral figures of different pairs are different measures too. */
QString scopeKey(const TradeFigure &figure)
{
    QStringList countries = figure.countries;
    countries.sort();
    return figure.scope + QLatin1Char('/') + countries.join(QLatin1Char(','));
}

bool isFullCalendarYear(const TradeFigure &figure)
{
    return figure.periodStart.isValid() && figure.periodStart.day() == 1
        && figure.periodStart.month() == 1 && figure.periodEnd.month() == 12
        && figure.periodEnd.day() == 31 && figure.periodStart.year() == figure.periodEnd.year();
}

} // namespace

TradeChartTableModel::TradeChartTableModel(const DatasetDocument *document,
    TradeFigureModel *figures, const QString &groupName, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_figures(figures)
    , m_groupName(groupName)
{
    regroup();
    connectSource();
}

void TradeChartTableModel::connectSource()
{
    connect(m_figures, &QAbstractItemModel::dataChanged, this,
        &TradeChartTableModel::forwardDataChanged);
    // The figure model only resets today; any other structural change is treated as a reset so
    // that the pivot never points at moved rows.
    const auto begin = [this] { beginResetModel(); };
    const auto end = [this] {
        regroup();
        endResetModel();
    };
    connect(m_figures, &QAbstractItemModel::modelAboutToBeReset, this, begin);
    connect(m_figures, &QAbstractItemModel::modelReset, this, end);
    connect(m_figures, &QAbstractItemModel::rowsAboutToBeInserted, this, begin);
    connect(m_figures, &QAbstractItemModel::rowsInserted, this, end);
    connect(m_figures, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
    connect(m_figures, &QAbstractItemModel::rowsRemoved, this, end);
    connect(m_figures, &QAbstractItemModel::rowsAboutToBeMoved, this, begin);
    connect(m_figures, &QAbstractItemModel::rowsMoved, this, end);
    connect(m_figures, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
    connect(m_figures, &QAbstractItemModel::layoutChanged, this, end);
}

void TradeChartTableModel::regroup()
{
    m_group = tradeChartGroup(m_document->dataset(), m_groupName);
    collectScopes();
    sortRows();
    buildColumns();
}

void TradeChartTableModel::collectScopes()
{
    const Dataset &dataset = m_document->dataset();
    m_scopeKeys.clear();
    m_scopeLabels.clear();
    for (int row : std::as_const(m_group.rows)) {
        const TradeFigure &figure = dataset.tradeFigures.at(row);
        if (!m_scopeKeys.contains(scopeKey(figure))) {
            m_scopeKeys.append(scopeKey(figure));
            m_scopeLabels.append(::Summit::scopeLabel(dataset, figure));
        }
    }
}

int TradeChartTableModel::scopeIndexOfSource(int sourceRow) const
{
    return int(m_scopeKeys.indexOf(scopeKey(m_document->dataset().tradeFigures.at(sourceRow))));
}

void TradeChartTableModel::sortRows()
{
    const QList<TradeFigure> &figures = m_document->dataset().tradeFigures;
    m_rows = m_group.rows;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) {
        return std::tuple(scopeIndexOfSource(a), figures.at(a).periodStart, figures.at(a).periodEnd)
            < std::tuple(scopeIndexOfSource(b), figures.at(b).periodStart, figures.at(b).periodEnd);
    });
}

void TradeChartTableModel::buildColumns()
{
    const QList<TradeFigure> &figures = m_document->dataset().tradeFigures;
    const auto columnOf = [this](int scope, bool derived) {
        const auto it = std::find_if(m_columns.cbegin(), m_columns.cend(),
            [&](const Column &c) { return c.scopeIndex == scope && c.derived == derived; });
        return it == m_columns.cend() ? -1 : int(it - m_columns.cbegin());
    };
    m_columns.clear();
    for (int row : std::as_const(m_rows)) {
        const int scope = scopeIndexOfSource(row);
        if (columnOf(scope, figures.at(row).derived) < 0)
            m_columns.append({ QString(), scope, figures.at(row).derived });
    }
    std::stable_sort(m_columns.begin(), m_columns.end(), [](const Column &a, const Column &b) {
        return std::pair(a.scopeIndex, a.derived) < std::pair(b.scopeIndex, b.derived);
    });
    for (Column &column : m_columns) {
        // Short enough for one legend row at 800 px; the chart's notes explain "derived".
        column.label = m_scopeLabels.at(column.scopeIndex)
            + (column.derived ? QStringLiteral(", derived") : QString());
    }
    m_columnOfRow.clear();
    for (int row : std::as_const(m_rows))
        m_columnOfRow.append(columnOf(scopeIndexOfSource(row), figures.at(row).derived));
}

int TradeChartTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TradeChartTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant TradeChartTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == m_columnOfRow.at(index.row()) ? valueBillions(index.row()) : 0.0;
    case Qt::ToolTipRole:
        return m_figures->index(sourceRow(index.row()), 0).data(Qt::ToolTipRole);
    default:
        return {};
    }
}

QVariant TradeChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns.size() ? m_columns.at(section).label
                                                          : QVariant();
    return section >= 0 && section < m_rows.size() ? categoryLabel(figure(section)) : QVariant();
}

const TradeFigure &TradeChartTableModel::figure(int row) const
{
    return m_document->dataset().tradeFigures.at(m_rows.at(row));
}

double TradeChartTableModel::valueBillions(int row) const
{
    return m_figures->index(sourceRow(row), TradeFigureModel::ValueColumn)
        .data(TradeFigureModel::ValueBillionsRole)
        .toDouble();
}

QString TradeChartTableModel::scopeLabel(int row) const
{
    return m_scopeLabels.at(m_columns.at(m_columnOfRow.at(row)).scopeIndex);
}

QList<TradeChartTableModel::ScopeBlock> TradeChartTableModel::scopeBlocks() const
{
    QList<ScopeBlock> blocks;
    for (int row = 0; row < m_rows.size(); ++row) {
        const int scope = m_columns.at(m_columnOfRow.at(row)).scopeIndex;
        if (blocks.isEmpty() || blocks.last().scopeIndex != scope)
            blocks.append({ m_scopeLabels.at(scope), scope, row, row });
        else
            blocks.last().lastRow = row;
    }
    return blocks;
}

QString TradeChartTableModel::categoryLabel(const TradeFigure &figure)
{
    // periodLabel() says "2024 (full year)"; next to a nine-month bar the month count must show.
    if (isFullCalendarYear(figure))
        return QStringLiteral("%1 (12 months)").arg(figure.periodStart.year());
    return periodLabel(figure);
}

void TradeChartTableModel::forwardDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_columns.isEmpty())
        return;
    for (int row = 0; row < m_rows.size(); ++row) {
        const int source = m_rows.at(row);
        if (source >= topLeft.row() && source <= bottomRight.row())
            emit dataChanged(index(row, 0), index(row, int(m_columns.size()) - 1));
    }
}

} // namespace Summit
