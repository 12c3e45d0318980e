// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/agreement.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Summit {

class DatasetDocument;

/**
 * Every report of every fact that more than one report states (collectFactReports()), one row
 * per report, in the order of the file: rows of one fact are adjacent, facts of one summit are
 * adjacent (SummitColumn is the group). Columns: Summit | Fact | Report (value with its hedge) |
 * Document | Where (paragraph, sentence) | Relation.
 *
 * The Relation column words the fact's relation ("differ", ...) for every report that counts; a
 * report the user set aside reads "set aside: <reason> (not counted)", and a preferred one adds
 * "preferred". Plain Qt Core: the views add colour. Resets when the dataset is replaced or a
 * trade figure changes (a value may change how its reports relate).
 */
class FactReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SummitColumn,
        FactColumn,
        ReportColumn,
        DocumentColumn,
        WhereColumn,
        RelationColumn,
        ColumnCount
    };
    enum Role
    {
        RelationRole = Qt::UserRole + 1, ///< int: the fact's Relation
        FactRole, ///< int: index of the fact (facts()), shared by its reports' rows
        DocumentRole, ///< QString: id of the first document the report cites
        ParagraphRole, ///< int: its paragraph
        SentenceRole, ///< int: its sentence; 0 when not given
        SetAsideRole, ///< bool: the user set this report aside (it takes no part)
        PreferredRole, ///< bool: the user preferred this report
        SummitRole, ///< int: index into Dataset::summits; -1 for none
        DocumentsRole ///< QStringList: ids of every document the report cites
    };

    /** One report of one fact, as the rows show it. */
    struct Row
    {
        int fact = -1;
        QString summit;
        QString factLabel;
        QString value;
        QString document;
        QString where;
        Sources sources;
        Review review;
    };

    explicit FactReportModel(const DatasetDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<FactReports> &facts() const { return m_facts; }
    const Row &row(int row) const { return m_rows.at(row); }
    /** The rows of fact @p fact, in order. */
    QList<int> rowsOfFact(int fact) const;

    /** "agree", "differ", "fills an unknown", "change of plan", "read differently". */
    static QString relationText(Relation relation);
    /** What the relation means, for a legend. */
    static QString relationExplanation(Relation relation);
    /** The sentence a view shows instead of an empty table. */
    static QString noFactsText();

private:
    void rebuild();

    const DatasetDocument *m_document;
    QList<FactReports> m_facts;
    QList<Row> m_rows;
};

} // namespace Summit
