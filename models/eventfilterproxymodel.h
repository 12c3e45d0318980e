// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

namespace Summit {

struct Event;
class EventModel;

/**
 * Filters and sorts an EventModel by summit, country, person, kind and free text. All filters
 * combine with AND; an empty filter lets everything through. Sorting by the date column is
 * chronological (date, then time or order within the day).
 *
 * Built for a million events: on a source reset it turns every event into small integer keys
 * (summit, kind, people, countries) and one case-folded text buffer, and a filter change computes
 * the verdict of every row at once from those, then refilters in one invalidation (one
 * layoutChanged, no per-row signals). Views that need the verdict of every row read it in bulk
 * with acceptedRows() instead of mapping a million proxy indexes.
 */
class EventFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);

    /** The source must be an EventModel; any other model is refused (nothing passes). */
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QString summitFilter() const { return m_summit; }
    QString countryFilter() const { return m_country; }
    QString personFilter() const { return m_person; }
    QStringList kindFilter() const { return m_kinds; }
    QString textFilter() const { return m_text; }

    void setSummitFilter(const QString &summitId);
    void setCountryFilter(const QString &countryCode);
    void setPersonFilter(const QString &personId);
    void setKindFilter(const QStringList &kinds); ///< empty: every kind
    /** Case-insensitive match against title, summary, location, topics and people's names. */
    void setTextFilter(const QString &text);
    void clearFilters();

    /** True when source row @p sourceRow passes the filters; false for a row out of range. */
    bool accepts(int sourceRow) const;
    /** The verdict for every source row (1 passes, 0 not), indexed by source row. */
    const std::vector<std::uint8_t> &acceptedRows() const;
    /** How many source rows pass, without building the proxy's row mapping. */
    int acceptedCount() const;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /** Integer facts of every event, built once per dataset; indexed by source row. */
    struct Keys
    {
        QHash<QString, int> summitIds; ///< summit id -> index used in `summit`
        QHash<QString, int> kindIds;
        QHash<QString, int> personIds; ///< person id -> index used in `people`
        QHash<QString, int> countryIds;
        std::vector<int> summit;
        std::vector<int> kind;
        std::vector<int> rank; ///< chronological rank; equal for events at the same moment
        // Compressed lists per row: the entries of row r are [offsets[r], offsets[r + 1]).
        std::vector<int> peopleOffsets;
        std::vector<int> people;
        std::vector<int> countryOffsets;
        std::vector<int> countries; ///< named countries and those of the participants
        /** Title, summary, location and topics of every row, case-folded UTF-8, NUL-separated. */
        std::string text;
        std::vector<std::size_t> textOffsets; ///< start of each row's text; one more at the end
        std::vector<std::string> personNames; ///< case-folded UTF-8, by person index
    };

    void applyFilter();
    void invalidateKeys();
    void ensureVerdicts() const;
    void buildKeys() const;
    void computeVerdicts() const;
    void markTextMatches(std::vector<std::uint8_t> &matches) const;
    bool matchesTextSlowly(int row, const QString &needle) const;

    const EventModel *m_events = nullptr;
    QList<QMetaObject::Connection> m_sourceConnections;
    // Built on first use after a reset or a filter change; filterAcceptsRow() is const, hence
    // mutable.
    mutable Keys m_keys;
    mutable bool m_keysKnown = false;
    mutable std::vector<std::uint8_t> m_accepted;
    mutable int m_acceptedCount = 0;
    mutable bool m_verdictsKnown = false;
    QString m_needle; ///< m_text without surrounding blanks
    QString m_summit;
    QString m_country;
    QString m_person;
    QStringList m_kinds;
    QString m_text;
};

} // namespace Summit
