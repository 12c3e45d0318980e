// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Summit {

struct Document;
class DatasetDocument;

/** The source documents, with how many facts of the dataset cite each. */
class SourceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        PublisherColumn,
        PublishedColumn,
        FileColumn,
        ParagraphsColumn,
        CitationsColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    explicit SourceModel(const DatasetDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const Document &document, int row, int column) const;
    void countCitations();

    const DatasetDocument *m_document;
    QList<int> m_citations; ///< per document, recounted when the dataset is replaced
};

} // namespace Summit
