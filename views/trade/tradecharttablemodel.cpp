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
    collectFacts();
    sortRows();
    buildColumns();
}

void TradeChartTableModel::collectFacts()
{
    const Dataset &dataset = m_document->dataset();
    m_factOfSource.clear();
    m_factBlocks.clear();
    const QList<FactReports> facts = collectFactReports(dataset);
    for (const FactReports &fact : facts) {
        if (fact.kind != FactReports::Kind::TradeFigure)
            continue;
        QList<int> here;
        for (int report : fact.reports) {
            if (m_group.rows.contains(report))
                here.append(report);
        }
        if (here.size() < 2)
            continue;
        for (int report : std::as_const(here))
            m_factOfSource.insert(report, here.first());
    }
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
    // A fact sorts where its first report would; its reports follow one another in file order.
    const auto key = [&](int row) {
        const int first = m_factOfSource.value(row, row);
        return std::tuple(scopeIndexOfSource(first), figures.at(first).periodStart,
            figures.at(first).periodEnd, first, row);
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) { return key(a) < key(b); });

    m_standing.clear();
    for (int row : std::as_const(m_rows)) {
        const TradeFigure &figure = figures.at(row);
        if (figure.review.verdict == Review::SetAside) {
            m_standing.append(ReportStanding::SetAside);
            continue;
        }
        if (!m_factOfSource.contains(row)) {
            m_standing.append(ReportStanding::Single);
            continue;
        }
        ReportStanding standing = ReportStanding::Agrees;
        for (auto it = m_factOfSource.cbegin(); it != m_factOfSource.cend(); ++it) {
            if (it.key() == row || it.value() != m_factOfSource.value(row)
                || figures.at(it.key()).review.verdict == Review::SetAside)
                continue;
            const Relation relation = compareFigures(figure, figures.at(it.key())).relation;
            if (relation == Relation::Differ)
                standing = ReportStanding::Differs;
            else if (relation == Relation::ReadDifferently && standing == ReportStanding::Agrees)
                standing = ReportStanding::ReadDifferently;
        }
        m_standing.append(standing);
    }

    for (int i = 0; i < m_rows.size(); ++i) {
        const int row = m_rows.at(i);
        if (!m_factOfSource.contains(row))
            continue;
        const int fact = m_factOfSource.value(row);
        if (!m_factBlocks.isEmpty()
            && m_factOfSource.value(m_rows.at(m_factBlocks.last().lastRow)) == fact) {
            m_factBlocks.last().lastRow = i;
            continue;
        }
        FactBlock block;
        block.firstRow = block.lastRow = i;
        block.statement = !figures.at(row).statement.isEmpty();
        m_factBlocks.append(block);
    }
    for (FactBlock &block : m_factBlocks) {
        // The strongest relation among the reports not set aside, as collectFactReports() says.
        block.relation = Relation::Agree;
        for (int a = block.firstRow; a <= block.lastRow; ++a) {
            for (int b = a + 1; b <= block.lastRow; ++b) {
                if (m_standing.at(a) == ReportStanding::SetAside
                    || m_standing.at(b) == ReportStanding::SetAside)
                    continue;
                const Relation relation
                    = compareFigures(figures.at(m_rows.at(a)), figures.at(m_rows.at(b))).relation;
                if (relation == Relation::Differ
                    || (relation == Relation::ReadDifferently && block.relation == Relation::Agree))
                    block.relation = relation;
            }
        }
    }
}

void TradeChartTableModel::buildColumns()
{
    const QList<TradeFigure> &figures = m_document->dataset().tradeFigures;
    // Every report set aside shares one muted set, whatever its measure: it takes no part.
    const auto isSetAside
        = [&](int row) { return figures.at(row).review.verdict == Review::SetAside; };
    const auto columnOf = [&](int row) {
        const int scope = isSetAside(row) ? -1 : scopeIndexOfSource(row);
        const bool derived = !isSetAside(row) && figures.at(row).derived;
        const auto it = std::find_if(m_columns.cbegin(), m_columns.cend(),
            [&](const Column &c) { return c.scopeIndex == scope && c.derived == derived; });
        return it == m_columns.cend() ? -1 : int(it - m_columns.cbegin());
    };
    m_columns.clear();
    for (int row : std::as_const(m_rows)) {
        if (columnOf(row) >= 0)
            continue;
        if (isSetAside(row))
            m_columns.append({ QString(), -1, false, true });
        else
            m_columns.append(
                { QString(), scopeIndexOfSource(row), figures.at(row).derived, false });
    }
    std::stable_sort(m_columns.begin(), m_columns.end(), [](const Column &a, const Column &b) {
        return std::tuple(a.setAside, a.scopeIndex, a.derived)
            < std::tuple(b.setAside, b.scopeIndex, b.derived);
    });
    for (Column &column : m_columns) {
        // Short enough for one legend row at 800 px; the chart's legend explains the rest.
        if (column.setAside)
            column.label = QStringLiteral("Set aside by you (takes no part)");
        else
            column.label = m_scopeLabels.at(column.scopeIndex)
                + (column.derived ? QStringLiteral(", derived") : QString());
    }
    m_columnOfRow.clear();
    for (int row : std::as_const(m_rows))
        m_columnOfRow.append(columnOf(row));
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
        return index.column() == m_columnOfRow.at(index.row()) ? barBillions(index.row()) : 0.0;
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

const Dataset &TradeChartTableModel::dataset() const
{
    return m_document->dataset();
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

ValueInterval TradeChartTableModel::intervalBillions(int row) const
{
    const ValueInterval usd = intervalOf(valueBillions(row) * 1e9, figure(row).qualifier);
    return { usd.low / 1e9, usd.high / 1e9, usd.lowOpen, usd.highOpen };
}

double TradeChartTableModel::barBillions(int row) const
{
    return figure(row).qualifier == Qualifier::Exact ? valueBillions(row)
                                                     : intervalBillions(row).low;
}

bool TradeChartTableModel::isOneOfSeveral(int row) const
{
    return m_factOfSource.contains(m_rows.at(row));
}

QString TradeChartTableModel::documentLabel(int row) const
{
    const Sources &sources = figure(row).sources;
    if (sources.isEmpty())
        return {};
    const Document *document = m_document->dataset().document(sources.first().document);
    if (!document)
        return sources.first().document;
    const QString publisher = document->publisher.isEmpty() ? QStringLiteral("publisher not named")
                                                            : document->publisher;
    return document->published.isNull()
        ? publisher
        : publisher + QStringLiteral(", ") + formatDate(document->published);
}

QString TradeChartTableModel::publisherLabel(int row) const
{
    const QString label = documentLabel(row);
    const Sources &sources = figure(row).sources;
    const Document *document
        = sources.isEmpty() ? nullptr : m_document->dataset().document(sources.first().document);
    if (!document || document->published.isNull())
        return label;
    return label.section(QStringLiteral(", "), 0, -2);
}

QString TradeChartTableModel::scopeLabel(int row) const
{
    return ::Summit::scopeLabel(m_document->dataset(), figure(row));
}

QList<TradeChartTableModel::ScopeBlock> TradeChartTableModel::scopeBlocks() const
{
    QList<ScopeBlock> blocks;
    for (int row = 0; row < m_rows.size(); ++row) {
        const int scope = scopeIndexOfSource(m_rows.at(row));
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
