// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDate>

namespace Summit {

struct Country;
class DatasetDocument;

/** The dataset's countries with their CIS status on a chosen date (the map and the lists). */
class CountryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CodeColumn,
        StatusColumn,
        SinceColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        CodeRole = Qt::UserRole + 1, ///< QString ISO alpha-3
        StatusRole, ///< int, a MembershipStatus
        StatusNameRole, ///< QString, the file format's word ("unknown" if none)
        HistoryRole, ///< QString, the whole membership history with sources
    };

    explicit CountryModel(const DatasetDocument *document, QObject *parent = nullptr);

    QDate date() const { return m_date; }
    /**
     * Status columns answer for @p date; emits dataChanged for the status, since and note columns
     * and dateChanged. StatusRole and StatusNameRole answer on every column, but only those
     * columns are announced as changed, so read them from StatusColumn (or follow dateChanged).
     */
    void setDate(const QDate &date);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &code) const;

signals:
    void dateChanged(const QDate &date);

private:
    QString displayText(const Country &country, int column) const;

    const DatasetDocument *m_document;
    QDate m_date; ///< today until setDate() is called
};

} // namespace Summit
