// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace Summit {

class SummitComparisonModel;

/**
 * SummitComparisonModel as the comparison table shows it: a header row before each section
 * ("Attendance", ...), and differing rows marked so that they read without colour — "≠ " before
 * the aspect, bold text — and with colour, an amber background. Every role of the comparison
 * model passes through for its rows; header rows answer SectionRole and SectionHeaderRole.
 * The comparison model only resets or changes values, but any structural change is followed by
 * a reset here.
 *
 * A row filter (the filter bar's country and search text, where they mean something for a
 * comparison) keeps the rows about one country and those whose texts hold a search text; a
 * section keeps its header only while one of its rows is shown.
 */
class ComparisonTableProxy : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        SectionHeaderRole = Qt::UserRole + 100, ///< bool: a section's header row
    };

    explicit ComparisonTableProxy(SummitComparisonModel *source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    SummitComparisonModel *sourceModel() const { return m_source; }

    /**
     * Shows only the rows about @p country (a country code; empty: any) whose aspect or cells
     * contain @p text, ignoring case and surrounding blanks (empty: any).
     */
    void setRowFilter(const QString &country, const QString &text);
    QString countryFilter() const { return m_country; }
    QString textFilter() const { return m_text; }
    bool isFiltered() const { return !m_country.isEmpty() || !m_text.isEmpty(); }
    /** Rows of the comparison shown, section headers not counted. */
    int shownRowCount() const { return m_shownRows; }
    /** Rows of the comparison, filtered or not. */
    int totalRowCount() const;
    bool isSectionHeader(int row) const { return m_sourceRows.at(row) < 0; }
    /** The comparison model's row of @p row, or -1 for a section header. */
    int sourceRow(int row) const { return m_sourceRows.at(row); }

    /** The marker put before a differing aspect. */
    static QString differenceMarker();
    static QColor differenceColor();
    /** The marker and colour of a row known at one summit and unknown at the other. */
    static QString unknownSideMarker();
    static QColor unknownSideColor();
    static QString reportsDifferMarker();
    static QColor reportsDifferColor();
    static QColor sectionColor();

private:
    void rebuild();
    bool passes(int sourceRow) const;
    void forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    QVariant headerRowData(int row, int column, int role) const;

    SummitComparisonModel *m_source;
    QList<int> m_sourceRows; ///< per row: source row, or -1 for a section header
    QList<QString> m_headerNames; ///< per row: the section name (headers only)
    QString m_country;
    QString m_text; ///< trimmed
    int m_shownRows = 0;
};

} // namespace Summit
