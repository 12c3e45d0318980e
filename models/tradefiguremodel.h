// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Summit {

struct TradeFigure;
class DatasetDocument;

/**
 * The dataset's trade figures, one row each in file order. Charts bind to it through model
 * mappers and a table shows the same model; editing the value column edits the dataset through
 * DatasetDocument, so every view follows.
 */
class TradeFigureModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ScopeColumn,
        PeriodColumn,
        ValueColumn,
        QualifierColumn,
        ChangeColumn,
        StatedByColumn,
        SummitColumn,
        DerivedColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ValueUsdRole, ///< double, US dollars
        ValueBillionsRole, ///< double, billions of US dollars (what charts plot)
        QualifierRole, ///< QString, the file format's word
        ScopeRole, ///< QString, the file format's word
        ScopeLabelRole, ///< QString, e.g. "Armenia–Russia trade"
        PeriodLabelRole, ///< QString, e.g. "Jan–Oct 2023 (10 months)"
        PeriodMonthsRole, ///< int
        DerivedRole, ///< bool
        FormulaRole, ///< QString
        SummitIdRole, ///< QString
        SourcesRole, ///< QString, human-readable list of the sources
        EditedRole, ///< bool: the value is one the user typed, not the report's
        EditedNoteRole, ///< QString, "edited: the report says $83.7 billion", or empty
        CountriesRole, ///< QStringList, the country codes the figure names as its parties
    };

    explicit TradeFigureModel(DatasetDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /**
     * The value column takes billions of US dollars (EditRole, a number or its text) or dollars
     * (ValueUsdRole). Its EditRole reads the value as stated, "83.7", for the editor.
     */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QString displayText(const TradeFigure &figure, int column) const;
    QVariant roleData(const TradeFigure &figure, int role) const;
    void announceRowChanged(int row);

    DatasetDocument *m_document;
};

} // namespace Summit
