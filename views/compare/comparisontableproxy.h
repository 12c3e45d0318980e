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
    void forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    QVariant headerRowData(int row, int column, int role) const;

    SummitComparisonModel *m_source;
    QList<int> m_sourceRows; ///< per row: source row, or -1 for a section header
    QList<QString> m_headerNames; ///< per row: the section name (headers only)
};

} // namespace Summit
