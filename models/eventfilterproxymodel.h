// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>
#include <QHash>
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
 *
 * A flat proxy of its own rather than a QSortFilterProxyModel: that one sorts the passing rows
 * with a comparison sort through QModelIndex after every filter change (clearing the filters
 * of a million events took 221 ms). Here the order of all source rows for the current sort is
 * worked out once per dataset and sort, and a filter change keeps the passing rows of it in one
 * pass. sort() follows QSortFilterProxyModel's: column -1 is source order (either way), ties are
 * stable.
 */
class EventFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);

    /** The source must be an EventModel; any other model is refused (nothing passes). */
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

    /**
     * By the date column: chronological, from the precomputed rank. By another column: the
     * display texts compared locale-aware, equal texts chronologically. Column -1: source order,
     * ascending or not.
     */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

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
        std::vector<int> chronological; ///< source rows by rank; same rank in source order
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
    /** Brackets @p change in one layout change that carries the persistent indexes along. */
    template<typename Change>
    void relayout(Change change, QAbstractItemModel::LayoutChangeHint hint);
    void ensureMapping() const;
    void buildOrder() const;
    void beginSourceReset();
    void endSourceReset();
    void invalidateKeys();
    void ensureVerdicts() const;
    void buildKeys() const;
    void computeVerdicts() const;
    void markTextMatches(std::vector<std::uint8_t> &matches) const;
    bool matchesTextSlowly(int row, const QString &needle) const;

    const EventModel *m_events = nullptr;
    QList<QMetaObject::Connection> m_sourceConnections;
    // Built on first use after a reset, a sort or a filter change, from const accessors such as
    // rowCount() and acceptedRows(), hence mutable.
    mutable Keys m_keys;
    mutable bool m_keysKnown = false;
    mutable std::vector<std::uint8_t> m_accepted;
    mutable int m_acceptedCount = 0;
    mutable bool m_verdictsKnown = false;
    /** Every source row in the order of the current sort; built once per dataset and sort. */
    mutable std::vector<int> m_order;
    mutable bool m_orderKnown = false;
    mutable std::vector<int> m_proxyToSource; ///< the passing rows of m_order
    mutable std::vector<int> m_sourceToProxy; ///< -1 for a row that does not pass
    mutable bool m_mappingKnown = false;
    bool m_inSourceReset = false; ///< between the source's modelAboutToBeReset and modelReset
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_needle; ///< m_text without surrounding blanks
    QString m_summit;
    QString m_country;
    QString m_person;
    QStringList m_kinds;
    QString m_text;
};

} // namespace Summit
