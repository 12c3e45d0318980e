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
    : QAbstractProxyModel(parent)
{
}

void EventFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_events = qobject_cast<const EventModel *>(sourceModel);
    m_inSourceReset = false;
    invalidateKeys();
    if (m_events) {
        const auto connectReset = [this](auto aboutToChange, auto changed) {
            m_sourceConnections.append(
                connect(m_events, aboutToChange, this, &EventFilterProxyModel::beginSourceReset));
            m_sourceConnections.append(
                connect(m_events, changed, this, &EventFilterProxyModel::endSourceReset));
        };
        // EventModel only ever resets. Any finer change a source might still send is taken as
        // a reset too: correct, and simpler than keeping the order and mapping up to date.
        connectReset(&QAbstractItemModel::modelAboutToBeReset, &QAbstractItemModel::modelReset);
        connectReset(&QAbstractItemModel::rowsAboutToBeInserted, &QAbstractItemModel::rowsInserted);
        connectReset(&QAbstractItemModel::rowsAboutToBeRemoved, &QAbstractItemModel::rowsRemoved);
        connectReset(&QAbstractItemModel::rowsAboutToBeMoved, &QAbstractItemModel::rowsMoved);
        connectReset(
            &QAbstractItemModel::columnsAboutToBeInserted, &QAbstractItemModel::columnsInserted);
        connectReset(
            &QAbstractItemModel::columnsAboutToBeRemoved, &QAbstractItemModel::columnsRemoved);
        connectReset(&QAbstractItemModel::columnsAboutToBeMoved, &QAbstractItemModel::columnsMoved);
        connectReset(
            &QAbstractItemModel::layoutAboutToBeChanged, &QAbstractItemModel::layoutChanged);
        // Changed data may change verdicts and order: recompute both, keeping what still passes.
        m_sourceConnections.append(
            connect(m_events, &QAbstractItemModel::dataChanged, this, [this] {
                relayout([this] { invalidateKeys(); }, QAbstractItemModel::NoLayoutChangeHint);
            }));
        m_sourceConnections.append(connect(m_events, &QAbstractItemModel::headerDataChanged, this,
            &QAbstractItemModel::headerDataChanged));
        // The base class drops a destroyed source without calling setSourceModel() and without
        // a signal, as QSortFilterProxyModel did: a reset here would have views ask
        // sourceModel(), which is still the half-destroyed source while this runs.
        m_sourceConnections.append(connect(m_events, &QObject::destroyed, this, [this] {
            m_events = nullptr;
            invalidateKeys();
        }));
    }
    QAbstractProxyModel::setSourceModel(sourceModel);
    endResetModel();
}

void EventFilterProxyModel::beginSourceReset()
{
    // A source sends one change at a time; a second "about to" would be a broken source.
    if (m_inSourceReset)
        return;
    beginResetModel();
    m_inSourceReset = true;
    invalidateKeys();
}

void EventFilterProxyModel::endSourceReset()
{
    if (!m_inSourceReset)
        return;
    m_inSourceReset = false;
    invalidateKeys();
    endResetModel();
}

QModelIndex EventFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || column >= columnCount())
        return {};
    ensureMapping();
    if (size_t(row) >= m_proxyToSource.size())
        return {};
    return createIndex(row, column);
}

QModelIndex EventFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int EventFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    ensureMapping();
    return int(m_proxyToSource.size());
}

int EventFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_events)
        return 0;
    return m_events->columnCount();
}

bool EventFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant EventFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_events)
        return {};
    return QAbstractProxyModel::headerData(section, orientation, role);
}

QModelIndex EventFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_events || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    ensureMapping();
    if (size_t(proxyIndex.row()) >= m_proxyToSource.size())
        return {};
    return m_events->index(m_proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex EventFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_events || !sourceIndex.isValid() || sourceIndex.model() != m_events
        || sourceIndex.parent().isValid())
        return {};
    ensureMapping();
    const int sourceRow = sourceIndex.row();
    if (size_t(sourceRow) >= m_sourceToProxy.size() || m_sourceToProxy[size_t(sourceRow)] < 0)
        return {};
    return createIndex(m_sourceToProxy[size_t(sourceRow)], sourceIndex.column());
}

void EventFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    relayout(
        [&] {
            m_sortColumn = column;
            m_sortOrder = order;
            m_orderKnown = false;
        },
        QAbstractItemModel::VerticalSortHint);
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

void EventFilterProxyModel::applyFilter()
{
    // One layoutChanged for the whole change: working out and signalling every range of rows
    // that comes or goes took over a minute for one kind filter on a million events
    // (docs/benchmarks.md).
    // Rows come and go: no sort hint, which would promise the same rows in another order.
    relayout([this] { m_verdictsKnown = false; }, QAbstractItemModel::NoLayoutChangeHint);
    emit filterChanged();
}

template<typename Change>
void EventFilterProxyModel::relayout(Change change, QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    // By source row: the proxy rows are about to be renumbered. Read with the old mapping.
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sourceRows.push_back(mapToSource(index).row());
    change();
    m_mappingKnown = false;
    ensureMapping();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int sourceRow = sourceRows[size_t(i)];
        const int row = sourceRow >= 0 && size_t(sourceRow) < m_sourceToProxy.size()
            ? m_sourceToProxy[size_t(sourceRow)]
            : -1;
        after.append(row >= 0 ? createIndex(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, hint);
}

void EventFilterProxyModel::ensureMapping() const
{
    // Mid-reset the source may be half replaced: show nothing until it is done.
    if (m_mappingKnown || m_inSourceReset) {
        if (m_inSourceReset) {
            m_proxyToSource.clear();
            m_sourceToProxy.clear();
        }
        return;
    }
    ensureVerdicts();
    if (!m_orderKnown) {
        buildOrder();
        m_orderKnown = true;
    }
    m_proxyToSource.clear();
    m_proxyToSource.reserve(size_t(m_acceptedCount));
    m_sourceToProxy.assign(m_accepted.size(), -1);
    for (const int sourceRow : m_order) {
        if (m_accepted[size_t(sourceRow)]) {
            m_sourceToProxy[size_t(sourceRow)] = int(m_proxyToSource.size());
            m_proxyToSource.push_back(sourceRow);
        }
    }
    m_mappingKnown = true;
}

void EventFilterProxyModel::buildOrder() const
{
    const Keys &k = m_keys;
    const size_t rows = k.rank.size();
    m_order.resize(rows);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (m_sortColumn < 0 || m_sortColumn >= EventModel::ColumnCount) {
        // As QSortFilterProxyModel 6.4: source order, whichever the sort order; a column that
        // does not exist sorts nothing either.
        std::iota(m_order.begin(), m_order.end(), 0);
        return;
    }
    if (m_sortColumn == EventModel::DateColumn) {
        if (ascending) {
            m_order = k.chronological;
            return;
        }
        // Latest moment first; events at one moment stay in source order, as a stable sort
        // leaves them. Each moment's rows lie together in `chronological`, in source order.
        m_order.clear();
        size_t end = rows;
        while (end > 0) {
            size_t begin = end - 1;
            while (begin > 0
                && k.rank[size_t(k.chronological[begin - 1])]
                    == k.rank[size_t(k.chronological[end - 1])])
                --begin;
            m_order.insert(m_order.end(), k.chronological.begin() + qsizetype(begin),
                k.chronological.begin() + qsizetype(end));
            end = begin;
        }
        return;
    }
    // Another column: its display texts compared locale-aware, equal texts chronologically
    // (that reads better than file order), as the event list's header asks.
    std::vector<QString> texts(rows);
    for (size_t row = 0; row < rows; ++row)
        texts[row] = m_events->index(int(row), m_sortColumn).data(Qt::DisplayRole).toString();
    const auto lessThan = [&](int left, int right) {
        const int order = texts[size_t(left)].localeAwareCompare(texts[size_t(right)]);
        if (order != 0)
            return order < 0;
        return k.rank[size_t(left)] < k.rank[size_t(right)];
    };
    std::iota(m_order.begin(), m_order.end(), 0);
    if (ascending)
        std::stable_sort(m_order.begin(), m_order.end(), lessThan);
    else
        std::stable_sort(m_order.begin(), m_order.end(),
            [&](int left, int right) { return lessThan(right, left); });
}

void EventFilterProxyModel::invalidateKeys()
{
    m_keys = Keys {};
    m_keysKnown = false;
    m_verdictsKnown = false;
    m_accepted.clear();
    m_acceptedCount = 0;
    m_order.clear();
    m_orderKnown = false;
    m_proxyToSource.clear();
    m_sourceToProxy.clear();
    m_mappingKnown = false;
}

void EventFilterProxyModel::ensureVerdicts() const
{
    const size_t rows = m_events ? size_t(m_events->rowCount()) : 0;
    // The size check catches a source that changed without the reset the model promises.
    if (!m_keysKnown || m_keys.summit.size() != rows) {
        buildKeys();
        m_keysKnown = true;
        m_verdictsKnown = false;
        m_orderKnown = false;
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
    k.chronological = std::move(order);
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
