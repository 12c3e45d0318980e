// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/eventmodel.h"

#include "models/datasetdocument.h"
#include "models/sourceformat.h"

#include <algorithm>

namespace Summit {

namespace {

constexpr qint64 unixEpochJulianDay = 2440588;
// The header documents the factor; an order beyond it is clamped rather than spill into the
// next day.
constexpr qint64 dayFactor = 100000;

QString joinedNames(const Dataset &dataset, const QStringList &personIds)
{
    QStringList names;
    names.reserve(personIds.size());
    for (const QString &id : personIds) {
        const Person *person = dataset.person(id);
        names.append(person ? person->name : id);
    }
    return names.join(QStringLiteral(", "));
}

QString joinedCountries(const Dataset &dataset, const QStringList &codes)
{
    QStringList names;
    names.reserve(codes.size());
    for (const QString &code : codes) {
        const Country *country = dataset.country(code);
        names.append(country ? country->name : code);
    }
    return names.join(QStringLiteral(", "));
}

QString dateText(const Event &event)
{
    const QString date = formatDate(event.date);
    if (!event.time.isValid())
        return date;
    return date + QLatin1Char(' ') + event.time.toString(QStringLiteral("HH:mm"));
}

} // namespace

EventModel::EventModel(const DatasetDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &DatasetDocument::aboutToReplaceDataset, this, &EventModel::beginResetModel);
    connect(document, &DatasetDocument::datasetReplaced, this, &EventModel::endResetModel);
}

QModelIndex EventModel::index(int row, int column, const QModelIndex &parent) const
{
    const qsizetype rows = m_document->dataset().events.size();
    if (parent.isValid() || row < 0 || row >= rows || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->dataset().events.size());
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dataset &dataset = m_document->dataset();
    const Event &event = eventAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(event, index.column());
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? QVariant(event.summary) : QVariant();
    case IdRole:
        return event.id;
    case SummitIdRole:
        return event.summit;
    case KindRole:
        return event.kind;
    case CountriesRole:
        return event.countries;
    case ParticipantsRole:
        return event.participants;
    case SortKeyRole:
        return sortKey(event);
    case SourcesRole:
        return formatSources(dataset, event.sources);
    default:
        return {};
    }
}

QString EventModel::displayText(const Event &event, int column) const
{
    const Dataset &dataset = m_document->dataset();
    switch (column) {
    case DateColumn:
        return dateText(event);
    case SummitColumn: {
        const Summit *summit = dataset.summit(event.summit);
        return summit ? summit->title : event.summit;
    }
    case KindColumn:
        return eventKindLabel(event.kind);
    case TitleColumn:
        return event.title;
    case CountriesColumn:
        return joinedCountries(dataset, event.countries);
    case ParticipantsColumn:
        return joinedNames(dataset, event.participants);
    case LocationColumn:
        return event.location.isEmpty() ? QStringLiteral("not stated") : event.location;
    default:
        return {};
    }
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return QStringLiteral("Date");
    case SummitColumn:
        return QStringLiteral("Summit");
    case KindColumn:
        return QStringLiteral("Kind");
    case TitleColumn:
        return QStringLiteral("Title");
    case CountriesColumn:
        return QStringLiteral("Countries");
    case ParticipantsColumn:
        return QStringLiteral("Participants");
    case LocationColumn:
        return QStringLiteral("Location");
    default:
        return {};
    }
}

const Event &EventModel::eventAt(int row) const
{
    return m_document->dataset().events.at(row);
}

int EventModel::rowOf(const QString &id) const
{
    const QList<Event> &events = m_document->dataset().events;
    for (int row = 0; row < events.size(); ++row) {
        if (events.at(row).id == id)
            return row;
    }
    return -1;
}

qint64 EventModel::sortKey(const Event &event)
{
    // The data format makes "order" the sequence of a day's events. A clock time, where known,
    // agrees with it, but mixing seconds with the order of untimed events would not.
    const qint64 days = event.date.toJulianDay() - unixEpochJulianDay;
    return days * dayFactor + std::clamp<qint64>(event.order, 0, dayFactor - 1);
}

} // namespace Summit
