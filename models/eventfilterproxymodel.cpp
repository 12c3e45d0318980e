// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/eventfilterproxymodel.h"

#include "models/datasetdocument.h"
#include "models/eventmodel.h"

#include <QSet>

namespace Summit {

namespace {

bool sameKinds(const QStringList &a, const QStringList &b)
{
    // The order in which kinds were picked does not change what passes.
    return QSet<QString>(a.cbegin(), a.cend()) == QSet<QString>(b.cbegin(), b.cend());
}

} // namespace

EventFilterProxyModel::EventFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void EventFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_events = qobject_cast<const EventModel *>(sourceModel);
    forgetPeople();
    if (m_events) {
        // aboutToBeReset comes before the base class refilters on modelReset.
        m_sourceConnections.append(connect(m_events, &QAbstractItemModel::modelAboutToBeReset, this,
            &EventFilterProxyModel::forgetPeople));
        // The base class drops a destroyed source without calling setSourceModel().
        m_sourceConnections.append(connect(m_events, &QObject::destroyed, this, [this] {
            m_events = nullptr;
            forgetPeople();
        }));
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void EventFilterProxyModel::setSummitFilter(const QString &summitId)
{
    if (summitId == m_summit)
        return;
    m_summit = summitId;
    applyFilter();
}

void EventFilterProxyModel::setCountryFilter(const QString &countryCode)
{
    if (countryCode == m_country)
        return;
    m_country = countryCode;
    applyFilter();
}

void EventFilterProxyModel::setPersonFilter(const QString &personId)
{
    if (personId == m_person)
        return;
    m_person = personId;
    applyFilter();
}

void EventFilterProxyModel::setKindFilter(const QStringList &kinds)
{
    if (sameKinds(kinds, m_kinds))
        return;
    m_kinds = kinds;
    applyFilter();
}

void EventFilterProxyModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_needle = text.trimmed();
    applyFilter();
}

void EventFilterProxyModel::clearFilters()
{
    if (m_summit.isEmpty() && m_country.isEmpty() && m_person.isEmpty() && m_kinds.isEmpty()
        && m_text.isEmpty())
        return;
    m_summit.clear();
    m_country.clear();
    m_person.clear();
    m_kinds.clear();
    m_text.clear();
    m_needle.clear();
    applyFilter();
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_events || sourceParent.isValid())
        return false;
    const Event &event = m_events->eventAt(sourceRow);
    if (!m_summit.isEmpty() && event.summit != m_summit)
        return false;
    if (!m_kinds.isEmpty() && !m_kinds.contains(event.kind))
        return false;
    if (!m_person.isEmpty() && !event.participants.contains(m_person))
        return false;
    if (!m_country.isEmpty() && !matchesCountry(event))
        return false;
    return m_needle.isEmpty() || matchesText(event);
}

bool EventFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_events)
        return QSortFilterProxyModel::lessThan(left, right);
    const qint64 leftKey = EventModel::sortKey(m_events->eventAt(left.row()));
    const qint64 rightKey = EventModel::sortKey(m_events->eventAt(right.row()));
    if (left.column() != EventModel::DateColumn) {
        const int order = left.data(sortRole())
                              .toString()
                              .localeAwareCompare(right.data(sortRole()).toString());
        if (order != 0)
            return order < 0;
    }
    // Equal texts fall back to chronological order, which reads better than file order.
    return leftKey < rightKey;
}

void EventFilterProxyModel::applyFilter()
{
    invalidateFilter();
    emit filterChanged();
}

void EventFilterProxyModel::forgetPeople()
{
    m_people.clear();
    m_peopleKnown = false;
}

const EventFilterProxyModel::PersonFacts *EventFilterProxyModel::personFacts(
    const QString &id) const
{
    if (!m_peopleKnown) {
        for (const Person &person : m_events->document()->dataset().people)
            m_people.insert(person.id, { person.name, person.country });
        m_peopleKnown = true;
    }
    const auto it = m_people.constFind(id);
    return it == m_people.cend() ? nullptr : &it.value();
}

bool EventFilterProxyModel::matchesCountry(const Event &event) const
{
    if (event.countries.contains(m_country))
        return true;
    for (const QString &id : event.participants) {
        const PersonFacts *facts = personFacts(id);
        if (facts && facts->country == m_country)
            return true;
    }
    return false;
}

bool EventFilterProxyModel::matchesText(const Event &event) const
{
    const auto matches
        = [this](const QString &text) { return text.contains(m_needle, Qt::CaseInsensitive); };
    if (matches(event.title) || matches(event.summary) || matches(event.location))
        return true;
    for (const QString &topic : event.topics) {
        if (matches(topic))
            return true;
    }
    for (const QString &id : event.participants) {
        const PersonFacts *facts = personFacts(id);
        if (facts && matches(facts->name))
            return true;
    }
    return false;
}

} // namespace Summit
