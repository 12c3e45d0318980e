// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/compare/comparisontableproxy.h"

#include "models/summitcomparisonmodel.h"

#include <QColor>
#include <QFont>

namespace Summit {

ComparisonTableProxy::ComparisonTableProxy(SummitComparisonModel *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    const auto begin = [this] { beginResetModel(); };
    const auto end = [this] {
        rebuild();
        endResetModel();
    };
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, begin);
    connect(source, &QAbstractItemModel::modelReset, this, end);
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, begin);
    connect(source, &QAbstractItemModel::rowsInserted, this, end);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
    connect(source, &QAbstractItemModel::rowsRemoved, this, end);
    connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, begin);
    connect(source, &QAbstractItemModel::rowsMoved, this, end);
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
    connect(source, &QAbstractItemModel::layoutChanged, this, end);
    connect(
        source, &QAbstractItemModel::dataChanged, this, &ComparisonTableProxy::forwardDataChanged);
    connect(source, &QAbstractItemModel::headerDataChanged, this,
        &QAbstractItemModel::headerDataChanged);
    rebuild();
}

QString ComparisonTableProxy::differenceMarker()
{
    return QStringLiteral("≠ ");
}

QColor ComparisonTableProxy::differenceColor()
{
    return QColor(0xff, 0xe3, 0x9b);
}

QString ComparisonTableProxy::unknownSideMarker()
{
    return QStringLiteral("? ");
}

QColor ComparisonTableProxy::unknownSideColor()
{
    return QColor(0xe4, 0xe9, 0xf2);
}

QString ComparisonTableProxy::reportsDifferMarker()
{
    return QStringLiteral("⇄ ");
}

QColor ComparisonTableProxy::reportsDifferColor()
{
    return QColor(0xe8, 0xdc, 0xf4);
}

QColor ComparisonTableProxy::sectionColor()
{
    return QColor(0xdd, 0xe3, 0xea);
}

void ComparisonTableProxy::setRowFilter(const QString &country, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (country == m_country && trimmed == m_text)
        return;
    beginResetModel();
    m_country = country;
    m_text = trimmed;
    rebuild();
    endResetModel();
}

int ComparisonTableProxy::totalRowCount() const
{
    return m_source->rowCount();
}

bool ComparisonTableProxy::passes(int sourceRow) const
{
    const QModelIndex first = m_source->index(sourceRow, 0);
    if (!m_country.isEmpty()
        && !first.data(SummitComparisonModel::CountriesRole).toStringList().contains(m_country))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < m_source->columnCount(); ++column) {
        if (m_source->index(sourceRow, column)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void ComparisonTableProxy::rebuild()
{
    m_sourceRows.clear();
    m_headerNames.clear();
    m_shownRows = 0;
    QString section;
    bool first = true;
    for (int row = 0; row < m_source->rowCount(); ++row) {
        if (!passes(row))
            continue;
        const QString rowSection
            = m_source->index(row, 0).data(SummitComparisonModel::SectionRole).toString();
        if (first || rowSection != section) {
            first = false;
            section = rowSection;
            m_sourceRows.append(-1);
            m_headerNames.append(section);
        }
        m_sourceRows.append(row);
        m_headerNames.append(QString());
        ++m_shownRows;
    }
}

int ComparisonTableProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sourceRows.size());
}

int ComparisonTableProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->columnCount();
}

QVariant ComparisonTableProxy::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (isSectionHeader(index.row()))
        return headerRowData(index.row(), index.column(), role);
    const QModelIndex source = m_source->index(m_sourceRows.at(index.row()), index.column());
    const bool differs = source.data(SummitComparisonModel::DifferenceRole).toBool();
    const bool unknownSide = source.data(SummitComparisonModel::UnknownSideRole).toBool();
    const bool reportsDiffer = source.data(SummitComparisonModel::ReportsDifferRole).toBool();
    switch (role) {
    case Qt::DisplayRole:
        if (reportsDiffer && index.column() == SummitComparisonModel::AspectColumn)
            return reportsDifferMarker() + source.data().toString();
        if (differs && index.column() == SummitComparisonModel::AspectColumn)
            return differenceMarker() + source.data().toString();
        if (unknownSide && index.column() == SummitComparisonModel::AspectColumn)
            return unknownSideMarker() + source.data().toString();
        return source.data();
    case Qt::BackgroundRole:
        return differs      ? QVariant(differenceColor())
            : unknownSide   ? QVariant(unknownSideColor())
            : reportsDiffer ? QVariant(reportsDifferColor())
                            : QVariant();
    case Qt::FontRole: {
        if (!differs)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop);
    case SectionHeaderRole:
        return false;
    default:
        return source.data(role);
    }
}

QVariant ComparisonTableProxy::headerRowData(int row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return column == 0 ? m_headerNames.at(row) : QString();
    case Qt::BackgroundRole:
        return sectionColor();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case SummitComparisonModel::SectionRole:
        return m_headerNames.at(row);
    case SectionHeaderRole:
        return true;
    default:
        return {};
    }
}

QVariant ComparisonTableProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void ComparisonTableProxy::forwardDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // A changed value may start or stop matching the search text.
    if (isFiltered()) {
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    for (int row = 0; row < m_sourceRows.size(); ++row) {
        const int source = m_sourceRows.at(row);
        if (source >= topLeft.row() && source <= bottomRight.row())
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

} // namespace Summit
