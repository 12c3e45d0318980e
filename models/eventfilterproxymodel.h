// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Summit {

struct Event;
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
    /** What the filters need to know of a participant. */
    struct PersonFacts
    {
        QString name;
        QString country;
    };

    void applyFilter();
    void forgetPeople();
    const PersonFacts *personFacts(const QString &id) const;
    bool matchesCountry(const Event &event) const;
    bool matchesText(const Event &event) const;

    const EventModel *m_events = nullptr;
    QList<QMetaObject::Connection> m_sourceConnections;
    // Looked up once per dataset, on first use after a reset, so that filterAcceptsRow() never
    // searches the people list; filterAcceptsRow() is const, hence mutable.
    mutable QHash<QString, PersonFacts> m_people;
    mutable bool m_peopleKnown = false;
    QString m_needle; ///< m_text without surrounding blanks
    QString m_summit;
    QString m_country;
    QString m_person;
    QStringList m_kinds;
    QString m_text;
};

} // namespace Summit
