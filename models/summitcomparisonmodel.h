// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Summit {

class DatasetDocument;

/**
 * Two summits side by side, one row per aspect: Aspect | Summit A | Summit B.
 *
 * Rows come in sections (SectionRole): "Summit" (date, city, venue), "Attendance" (one row per
 * country listed at either summit), "Bilateral talks with the host" (one row per country that met
 * the host at either summit), "Trade figures" (one row per measure, so two measures never share a
 * row; derived values are not cited and are left out) and "Topics and announcements".
 * Unknown stays unknown: an attendance nobody states reads "unknown", a venue "not stated".
 * A row differs (DifferenceRole) when its two cells read differently and both are known. When
 * one side is unknown ("unknown", "not stated") the row is not a difference but a gap in the
 * sources (UnknownSideRole): Belarus present in 2023 and unknown in 2025 says nothing about
 * whether its leader stayed away. Where one summit's own reports disagree (format 2: several
 * attendance entries of a country), the cell says so and the row is neither (ReportsDifferRole).
 * Every row carries the sources of its facts at both summits.
 *
 * Plain Qt Core: the views add colour and emphasis.
 */
class SummitComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AspectColumn,
        SummitAColumn,
        SummitBColumn,
        ColumnCount
    };
    enum Role
    {
        DifferenceRole = Qt::UserRole + 1, ///< bool: the two summits' cells differ
        SourcesRole, ///< QString: formatSources() of the row's facts, both summits
        SectionRole, ///< QString: "Summit", "Attendance", ...
        KeyRole, ///< QString: stable id of the row, e.g. "attendance/AZE"
        SummitASourcesRole, ///< QString: formatSources() of the facts at summit A
        SummitBSourcesRole, ///< QString: formatSources() of the facts at summit B
        DocumentsRole, ///< QStringList: ids of the documents the row cites
        UnknownSideRole, ///< bool: the cells differ, but one of them is unknown
        /** bool: at one of the summits, the reports of this aspect disagree among themselves
         * (format 2); neither a difference between the summits nor a gap. */
        ReportsDifferRole,
        /** QStringList: the countries the row is about (an attendance, talks with the host, a
         * trade figure's parties); empty for rows about the summits as a whole. */
        CountriesRole,
    };

    explicit SummitComparisonModel(const DatasetDocument *document, QObject *parent = nullptr);

    /**
     * Compares the summits with ids @p a and @p b (any two, in that order). Returns false and
     * changes nothing when either id is unknown.
     */
    bool setSummits(const QString &a, const QString &b);
    QString summitA() const { return m_summitA; }
    QString summitB() const { return m_summitB; }
    /** The ids of the first two summits by date (fewer when the dataset has fewer). */
    static QStringList defaultSummits(const Dataset &dataset);
    /** The section names in display order. */
    static QStringList sectionNames();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /** Horizontal: "Aspect" and each summit's date; ToolTipRole gives the summit's title. */
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Ids of the documents any row cites, in order of first citation. */
    QStringList citedDocuments() const;
    /** The row with key @p key, or -1. */
    int rowOfKey(const QString &key) const;
    /** The sources of row @p row at summit A (@p column SummitAColumn) or B (SummitBColumn). */
    Sources sourcesOf(int row, int column) const;

signals:
    void summitsChanged(const QString &a, const QString &b);

private:
    /** Whether a cell's text says that the sources do not state the fact. */
    static bool isUnknownText(const QString &text);

    struct Row
    {
        QString section;
        QString key;
        QString aspect;
        QString a;
        QString b;
        Sources sourcesA;
        Sources sourcesB;
        bool reportsDiffer = false;
        QStringList countries = {};
    };

    void resetToDataset();
    void refreshValues();
    QList<Row> buildRows() const;
    void addSummitRows(QList<Row> &rows, const Summit *a, const Summit *b) const;
    void addAttendanceRows(QList<Row> &rows, const Summit *a, const Summit *b) const;
    void addBilateralRows(QList<Row> &rows, const Summit *a, const Summit *b) const;
    void addTradeRows(QList<Row> &rows, const Summit *a, const Summit *b) const;
    void addTopicRows(QList<Row> &rows, const Summit *a, const Summit *b) const;
    /** Titles of @p summit's events of @p kind, one a line; adds their sources. */
    QString eventTitles(const Summit *summit, const QString &kind, Sources &sources) const;
    /** The union of the topics of @p summit's events, sorted; adds their sources. */
    QString topics(const Summit *summit, Sources &sources) const;
    QString sourcesText(const Row &row) const;

    const DatasetDocument *m_document;
    QString m_summitA;
    QString m_summitB;
    QList<Row> m_rows;
};

} // namespace Summit
