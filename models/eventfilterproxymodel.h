// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Summit {

class EventModel;

/**
 * Filters and sorts an EventModel by summit, country, person, kind and free text. All filters
 * combine with AND; an empty filter lets everything through. Sorting by the date column is
 * chronological (date, then time or order within the day).
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

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void applyFilter();

    const EventModel *m_events = nullptr;
    QString m_summit;
    QString m_country;
    QString m_person;
    QStringList m_kinds;
    QString m_text;
};

} // namespace Summit
