// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/eventfilterproxymodel.h"

#include "models/datasetdocument.h"
#include "models/eventmodel.h"

#include <QSet>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace Summit {

namespace {

bool sameKinds(const QStringList &a, const QStringList &b)
{
    // The order in which kinds were picked does not change what passes.
    return QSet<QString>(a.cbegin(), a.cend()) == QSet<QString>(b.cbegin(), b.cend());
}

int intern(QHash<QString, int> &ids, const QString &text)
{
    const auto it = ids.constFind(text);
    if (it != ids.cend())
        return it.value();
    const int id = int(ids.size());
    ids.insert(text, id);
    return id;
}

/**
 * Appends @p text case-folded, as UTF-8. Folding both sides and comparing bytes finds what
 * QString::contains(..., Qt::CaseInsensitive) finds: that folds each character the same way,
 * and UTF-8 never matches in the middle of a character. Titles are nearly always ASCII, which
 * folds without building a QString per field (a million events have three million fields).
 */
void appendFolded(std::string &out, const QString &text)
{
    const bool ascii
        = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        out += text.toCaseFolded().toStdString();
        return;
    }
    for (QChar c : text) {
        const char byte = char(c.unicode());
        out += byte >= 'A' && byte <= 'Z' ? char(byte - 'A' + 'a') : byte;
    }
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
    invalidateKeys();
    if (m_events) {
        // aboutToBeReset comes before the base class refilters on modelReset.
        m_sourceConnections.append(connect(m_events, &QAbstractItemModel::modelAboutToBeReset, this,
            &EventFilterProxyModel::invalidateKeys));
        // The base class drops a destroyed source without calling setSourceModel().
        m_sourceConnections.append(connect(m_events, &QObject::destroyed, this, [this] {
            m_events = nullptr;
            invalidateKeys();
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

bool EventFilterProxyModel::accepts(int sourceRow) const
{
    ensureVerdicts();
    return sourceRow >= 0 && sourceRow < int(m_accepted.size()) && m_accepted[size_t(sourceRow)];
}

const std::vector<std::uint8_t> &EventFilterProxyModel::acceptedRows() const
{
    ensureVerdicts();
    return m_accepted;
}

int EventFilterProxyModel::acceptedCount() const
{
    ensureVerdicts();
    return m_acceptedCount;
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_events || sourceParent.isValid())
        return false;
    return accepts(sourceRow);
}

bool EventFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_events)
        return QSortFilterProxyModel::lessThan(left, right);
    // Called twenty million times for a million rows: only the cheapest check here. The base
    // class filters (which builds the keys) before it sorts.
    if (!m_keysKnown || size_t(std::max(left.row(), right.row())) >= m_keys.rank.size())
        ensureVerdicts();
    if (left.column() != EventModel::DateColumn) {
        const int order = left.data(sortRole())
                              .toString()
                              .localeAwareCompare(right.data(sortRole()).toString());
        if (order != 0)
            return order < 0;
    }
    // Equal texts fall back to chronological order, which reads better than file order. A
    // precomputed rank, not EventModel::sortKey(): sorting a million rows compares twenty
    // million pairs, and the rank of both is two reads from one array instead of two visits to
    // events scattered over the heap.
    return m_keys.rank[size_t(left.row())] < m_keys.rank[size_t(right.row())];
}

void EventFilterProxyModel::applyFilter()
{
    m_verdictsKnown = false;
    // invalidate(), not invalidateFilter(): the latter works out and signals every range of
    // rows that comes or goes, then inserts each at its sorted place: one kind filter on a
    // million events took over a minute (docs/benchmarks.md). This is one layoutChanged and one
    // refilter of plain flags, then one sort.
    invalidate();
    emit filterChanged();
}

void EventFilterProxyModel::invalidateKeys()
{
    m_keys = Keys {};
    m_keysKnown = false;
    m_verdictsKnown = false;
    m_accepted.clear();
    m_acceptedCount = 0;
}

void EventFilterProxyModel::ensureVerdicts() const
{
    const size_t rows = m_events ? size_t(m_events->rowCount()) : 0;
    // The size check catches a source that changed without the reset the model promises.
    if (!m_keysKnown || m_keys.summit.size() != rows) {
        buildKeys();
        m_keysKnown = true;
        m_verdictsKnown = false;
    }
    if (!m_verdictsKnown) {
        computeVerdicts();
        m_verdictsKnown = true;
    }
}

void EventFilterProxyModel::buildKeys() const
{
    m_keys = Keys {};
    if (!m_events)
        return;
    const Dataset &dataset = m_events->document()->dataset();
    const int rows = m_events->rowCount();
    Keys &k = m_keys;
    // People first, so that the people list's own order gives their indices; a later entry
    // with the same id wins, as a lookup table filled in order would have it.
    std::vector<int> personCountry;
    for (const Person &person : dataset.people) {
        const int id = intern(k.personIds, person.id);
        if (size_t(id) >= k.personNames.size()) {
            k.personNames.resize(size_t(id) + 1);
            personCountry.resize(size_t(id) + 1, -1);
        }
        k.personNames[size_t(id)].clear();
        appendFolded(k.personNames[size_t(id)], person.name);
        personCountry[size_t(id)] = intern(k.countryIds, person.country);
    }
    k.summit.resize(size_t(rows));
    k.kind.resize(size_t(rows));
    k.peopleOffsets.reserve(size_t(rows) + 1);
    k.countryOffsets.reserve(size_t(rows) + 1);
    k.textOffsets.reserve(size_t(rows) + 1);
    k.peopleOffsets.push_back(0);
    k.countryOffsets.push_back(0);
    std::vector<qint64> sortKeys(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row) {
        const Event &event = m_events->eventAt(row);
        k.summit[size_t(row)] = intern(k.summitIds, event.summit);
        k.kind[size_t(row)] = intern(k.kindIds, event.kind);
        sortKeys[size_t(row)] = EventModel::sortKey(event);
        const size_t countriesBegin = k.countries.size();
        const auto addCountry = [&](int country) {
            if (std::find(
                    k.countries.begin() + qsizetype(countriesBegin), k.countries.end(), country)
                == k.countries.end())
                k.countries.push_back(country);
        };
        for (const QString &code : event.countries)
            addCountry(intern(k.countryIds, code));
        for (const QString &id : event.participants) {
            const int person = intern(k.personIds, id);
            k.people.push_back(person);
            // Like the country of a participant the dataset does not list: none.
            if (size_t(person) < personCountry.size() && personCountry[size_t(person)] >= 0)
                addCountry(personCountry[size_t(person)]);
        }
        k.peopleOffsets.push_back(int(k.people.size()));
        k.countryOffsets.push_back(int(k.countries.size()));
        // NUL after every field: a needle without one never matches across two fields.
        k.textOffsets.push_back(k.text.size());
        for (const QString *field : { &event.title, &event.summary, &event.location }) {
            appendFolded(k.text, *field);
            k.text += '\0';
        }
        for (const QString &topic : event.topics) {
            appendFolded(k.text, topic);
            k.text += '\0';
        }
    }
    k.textOffsets.push_back(k.text.size());
    // Dense rank: events at the same moment share one, so that sorting either way keeps them
    // in source order as comparing the keys themselves did.
    std::vector<int> order(static_cast<size_t>(rows));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](int a, int b) { return sortKeys[size_t(a)] < sortKeys[size_t(b)]; });
    k.rank.resize(size_t(rows));
    int rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && sortKeys[size_t(order[i])] != sortKeys[size_t(order[i - 1])])
            ++rank;
        k.rank[size_t(order[i])] = rank;
    }
}

void EventFilterProxyModel::computeVerdicts() const
{
    const Keys &k = m_keys;
    const size_t rows = k.summit.size();
    m_accepted.assign(rows, 1);
    m_acceptedCount = int(rows);
    const bool bySummit = !m_summit.isEmpty();
    const bool byKind = !m_kinds.isEmpty();
    const bool byPerson = !m_person.isEmpty();
    const bool byCountry = !m_country.isEmpty();
    const bool byText = !m_needle.isEmpty();
    if (!bySummit && !byKind && !byPerson && !byCountry && !byText)
        return;
    // An id the dataset never mentions is -1, which no event carries: nothing passes.
    const int summit = k.summitIds.value(m_summit, -1);
    const int person = k.personIds.value(m_person, -1);
    const int country = k.countryIds.value(m_country, -1);
    std::vector<std::uint8_t> kindPasses(size_t(k.kindIds.size()), 0);
    for (const QString &kind : m_kinds) {
        const int id = k.kindIds.value(kind, -1);
        if (id >= 0)
            kindPasses[size_t(id)] = 1;
    }
    std::vector<std::uint8_t> textMatches;
    if (byText)
        markTextMatches(textMatches);
    const auto contains = [](const std::vector<int> &offsets, const std::vector<int> &values,
                              size_t row, int value) {
        const auto begin = values.begin() + offsets[row];
        const auto end = values.begin() + offsets[row + 1];
        return std::find(begin, end, value) != end;
    };
    int count = 0;
    for (size_t row = 0; row < rows; ++row) {
        const bool pass = (!bySummit || k.summit[row] == summit)
            && (!byKind || kindPasses[size_t(k.kind[row])])
            && (!byPerson || contains(k.peopleOffsets, k.people, row, person))
            && (!byCountry || contains(k.countryOffsets, k.countries, row, country))
            && (!byText || textMatches[row]);
        m_accepted[row] = pass ? 1 : 0;
        count += pass ? 1 : 0;
    }
    m_acceptedCount = count;
}

void EventFilterProxyModel::markTextMatches(std::vector<std::uint8_t> &matches) const
{
    const Keys &k = m_keys;
    const size_t rows = k.summit.size();
    matches.assign(rows, 0);
    std::string needle;
    appendFolded(needle, m_needle);
    if (needle.find('\0') != std::string::npos) {
        // The separator itself: the buffer cannot tell fields apart for it. Rare enough to do
        // one row at a time.
        for (size_t row = 0; row < rows; ++row)
            matches[row] = matchesTextSlowly(int(row), m_needle) ? 1 : 0;
        return;
    }
    // One pass over every event's text: after a match, go on at the next event's text. glibc's
    // memmem(), not std::boyer_moore_horspool_searcher: over 66 MB of synthetic titles it took
    // 23 ms against 50 for "summit 12" (a stand-alone measurement, docs/benchmarks.md).
    const char *const begin = k.text.data();
    const char *const end = begin + k.text.size();
    const char *from = begin;
    while (from < end) {
        const auto *found = static_cast<const char *>(
            memmem(from, size_t(end - from), needle.data(), needle.size()));
        if (!found)
            break;
        const size_t at = size_t(found - begin);
        const size_t row = size_t(std::upper_bound(k.textOffsets.begin(), k.textOffsets.end(), at)
            - k.textOffsets.begin() - 1);
        matches[row] = 1;
        from = begin + k.textOffsets[row + 1];
    }
    // People's names: few people, many events naming them.
    std::vector<std::uint8_t> personMatches(k.personNames.size(), 0);
    bool anyPerson = false;
    for (size_t person = 0; person < k.personNames.size(); ++person) {
        personMatches[person] = k.personNames[person].find(needle) != std::string::npos ? 1 : 0;
        anyPerson = anyPerson || personMatches[person];
    }
    if (!anyPerson)
        return;
    for (size_t row = 0; row < rows; ++row) {
        for (int i = k.peopleOffsets[row]; i < k.peopleOffsets[row + 1] && !matches[row]; ++i) {
            const size_t person = size_t(k.people[size_t(i)]);
            if (person < personMatches.size() && personMatches[person])
                matches[row] = 1;
        }
    }
}

bool EventFilterProxyModel::matchesTextSlowly(int row, const QString &needle) const
{
    const Event &event = m_events->eventAt(row);
    const auto matches
        = [&needle](const QString &text) { return text.contains(needle, Qt::CaseInsensitive); };
    if (matches(event.title) || matches(event.summary) || matches(event.location))
        return true;
    for (const QString &topic : event.topics) {
        if (matches(topic))
            return true;
    }
    const Dataset &dataset = m_events->document()->dataset();
    for (const QString &id : event.participants) {
        const Person *person = dataset.person(id);
        if (person && matches(person->name))
            return true;
    }
    return false;
}

} // namespace Summit
