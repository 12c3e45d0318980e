// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"

#include <QAbstractTableModel>

namespace Summit {

class DatasetDocument;

/**
 * A table of the dataset's events, one row per event in file order. Used by the event list, the
 * details pane and (through EventFilterProxyModel) every view that shows events.
 */
class EventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        SummitColumn,
        KindColumn,
        TitleColumn,
        CountriesColumn,
        ParticipantsColumn,
        LocationColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< QString event id
        SummitIdRole, ///< QString
        KindRole, ///< QString, the file format's kind
        CountriesRole, ///< QStringList of country codes
        ParticipantsRole, ///< QStringList of person ids
        SortKeyRole, ///< qint64: date, then order within the day (see sortKey())
        SourcesRole, ///< QString, human-readable list of the sources
    };

    explicit EventModel(const DatasetDocument *document, QObject *parent = nullptr);

    /**
     * Like the base class without its virtual rowCount() and columnCount() calls: a proxy
     * sorting a million rows asks for forty million indices.
     */
    QModelIndex index(
        int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const DatasetDocument *document() const { return m_document; }
    /** The event of @p row; row must be valid. Direct access for proxies and painters. */
    const Event &eventAt(int row) const;
    /** Row of the event with @p id, or -1. */
    int rowOf(const QString &id) const;
    /**
     * Chronological key: days since epoch * 100000 + order within the day. The data format makes
     * "order" the sequence of a day's events (a clock time, where known, agrees with it).
     */
    static qint64 sortKey(const Event &event);

private:
    QString displayText(const Event &event, int column) const;

    const DatasetDocument *m_document;
};

} // namespace Summit
