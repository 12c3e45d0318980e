// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/export/exportable.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QModelIndex;
class QTableView;

namespace Summit {

class ComparisonTableProxy;
class DatasetDocument;
class EventFilterProxyModel;
class SummitComparisonModel;

/**
 * The comparison tab: two summit choosers and the table of SummitComparisonModel, sections as
 * header rows and differing aspects marked ("≠", bold, amber). Hovering a row shows its sources;
 * clicking it emits sourcesRequested() with the sources as HTML for the details pane, each
 * paragraph number a "source:" link like the details pane's own.
 * It follows the filter bar where a filter means something for two summits side by side (the
 * rows about a country, a search text) and says so above the table where one does not (a
 * summit, a person, an event kind). The export paints the same rows at any size with
 * ComparisonPainter.
 */
class ComparisonView : public QWidget, public Exportable
{
    Q_OBJECT

public:
    explicit ComparisonView(DatasetDocument *document, QWidget *parent = nullptr);

    SummitComparisonModel *model() const { return m_model; }
    ComparisonTableProxy *tableModel() const { return m_proxy; }
    QComboBox *summitACombo() const { return m_comboA; }
    QComboBox *summitBCombo() const { return m_comboB; }
    QTableView *table() const { return m_table; }
    /** "3 of 24 rows match the filters", or "24 rows" when nothing is filtered. */
    QLabel *matchCountLabel() const { return m_count; }
    /** Which of the filter bar's filters do not apply here; hidden when none is set. */
    QLabel *filterNoticeLabel() const { return m_notice; }

    /** Follows the filters of @p filters (the filter bar's) from now on. */
    void followFilters(const EventFilterProxyModel *filters);
    /** The sources of the table row @p row as HTML; empty for a section header. */
    QString sourcesHtml(int row) const;
    /** The line under the table that explains the highlight. */
    /** The legend; the sentence on reports that disagree only where a row shows it. */
    static QString legendText(bool reportsDiffer = false);
    static QString reportsDifferSentence();
    /** True when some row shows a summit whose reports disagree. */
    bool showsReportsThatDiffer() const;

    QString exportName() const override;
    QString exportTitle() const override;
    QStringList citedDocuments(ExportExtent extent) const override;
    void renderContent(QPainter *painter, const QRectF &target, ExportExtent extent) override;
    /** --summits A,B picks the two summits (ids); --date does not apply. */
    bool applyExportArguments(
        const QStringList &summitIds, const QDate &date, QString *error) override;

signals:
    /** A row was clicked: its sources at both summits, as HTML. */
    void sourcesRequested(const QString &html);

private:
    void fillCombos();
    void syncCombos();
    void comboChosen();
    void updateSpans();
    void rowClicked(const QModelIndex &index);
    QString summitLabel(const QString &id) const;
    void applyFilters();
    void updateFilterLabels();
    /** What the export says under the table about the rows left out, or nothing. */
    QString filterSentence() const;

    DatasetDocument *m_document;
    SummitComparisonModel *m_model;
    ComparisonTableProxy *m_proxy;
    QComboBox *m_comboA;
    QComboBox *m_comboB;
    QTableView *m_table;
    QLabel *m_legend;
    QLabel *m_count;
    QLabel *m_notice;
    const EventFilterProxyModel *m_filters = nullptr;
};

} // namespace Summit
