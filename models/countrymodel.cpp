// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/countrymodel.h"

#include "models/datasetdocument.h"
#include "models/sourceformat.h"

namespace Summit {

namespace {

QString periodText(const Membership &membership)
{
    const QString from = membership.from.toIsoString();
    const QString to = membership.to.toIsoString();
    if (!from.isEmpty() && !to.isEmpty())
        return QStringLiteral("from %1 until %2").arg(from, to);
    if (!from.isEmpty())
        return QStringLiteral("since %1").arg(from);
    // An undated status is shown only from the date of its earliest source (Membership::start).
    const QString attested = membership.attested.isValid()
        ? QStringLiteral("first attested %1").arg(membership.attested.toString(Qt::ISODate))
        : QStringLiteral("no source gives a date");
    if (!to.isEmpty())
        return QStringLiteral("until %1 (start not stated; %2)").arg(to, attested);
    return QStringLiteral("(since when not stated; %1)").arg(attested);
}

// One line per entry, so the sources are joined on that line rather than one per line.
QString historyLine(const Dataset &dataset, const Membership &membership)
{
    QString line
        = membershipStatusLabel(membership.status) + QLatin1Char(' ') + periodText(membership);
    if (!membership.note.isEmpty())
        line += QStringLiteral(": ") + membership.note;
    QStringList sources;
    for (const SourceRef &source : membership.sources)
        sources.append(formatSource(dataset, source));
    if (sources.isEmpty())
        return line;
    // Notes are sentences and may bring their own full stop.
    if (!line.endsWith(QLatin1Char('.')))
        line += QLatin1Char('.');
    return line + QStringLiteral(" Sources: ") + sources.join(QStringLiteral("; "));
}

QString history(const Dataset &dataset, const Country &country)
{
    if (country.memberships.isEmpty())
        return QStringLiteral("No membership history in the sources.");
    QStringList lines;
    for (const Membership &membership : country.memberships)
        lines.append(historyLine(dataset, membership));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CountryModel::CountryModel(const DatasetDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_date(QDate::currentDate())
{
    connect(
        document, &DatasetDocument::aboutToReplaceDataset, this, &CountryModel::beginResetModel);
    connect(document, &DatasetDocument::datasetReplaced, this, &CountryModel::endResetModel);
}

void CountryModel::setDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    if (rowCount() > 0) {
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, NoteColumn),
            { Qt::DisplayRole, StatusRole, StatusNameRole });
    }
    emit dateChanged(m_date);
}

int CountryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->dataset().countries.size());
}

int CountryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Country &country = m_document->dataset().countries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(country, index.column());
    case Qt::ToolTipRole:
    case HistoryRole:
        // The history does not depend on the date, so setDate() need not touch the tooltips.
        return history(m_document->dataset(), country);
    case CodeRole:
        return country.code;
    case StatusRole:
        return int(country.statusAt(m_date));
    case StatusNameRole:
        return toString(country.statusAt(m_date));
    default:
        return {};
    }
}

QString CountryModel::displayText(const Country &country, int column) const
{
    const Membership *membership = country.membershipAt(m_date);
    switch (column) {
    case NameColumn:
        return country.name;
    case CodeColumn:
        return country.code;
    case StatusColumn:
        return membershipStatusLabel(country.statusAt(m_date));
    case SinceColumn:
        // No entry in force leaves the cell empty: the status column already says "Unknown".
        if (!membership)
            return {};
        if (membership->from.isNull()) {
            return QStringLiteral("not stated (first attested %1)")
                .arg(membership->attested.toString(Qt::ISODate));
        }
        return membership->from.toIsoString();
    case NoteColumn:
        return membership ? membership->note : QString();
    default:
        return {};
    }
}

QVariant CountryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return QStringLiteral("Country");
    case CodeColumn:
        return QStringLiteral("Code");
    case StatusColumn:
        return QStringLiteral("Status");
    case SinceColumn:
        return QStringLiteral("Since");
    case NoteColumn:
        return QStringLiteral("Note");
    default:
        return {};
    }
}

int CountryModel::rowOf(const QString &code) const
{
    const QList<Country> &countries = m_document->dataset().countries;
    for (int row = 0; row < countries.size(); ++row) {
        if (countries.at(row).code == code)
            return row;
    }
    return -1;
}

} // namespace Summit
