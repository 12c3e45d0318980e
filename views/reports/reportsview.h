// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/export/exportable.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Summit {

class DatasetDocument;
class FactReportModel;

/**
 * The Reports tab: every fact that more than one report states, one row per report, grouped by
 * summit and filled by how the reports relate (legend below). A text filter narrows the rows
 * (any column); arrows move the selection. Selecting a row emits sourcesRequested() with every
 * report of its fact and links to each one's paragraph, for the details pane. A dataset that
 * states no fact twice shows a sentence saying so instead of an empty table.
 * Exports as an image (ReportsPainter) and as a CSV table of the rows shown.
 */
class ReportsView : public QWidget, public Exportable
{
    Q_OBJECT

public:
    explicit ReportsView(DatasetDocument *document, QWidget *parent = nullptr);

    FactReportModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    /** The sentence shown in place of the table when no fact has several reports. */
    QLabel *emptyLabel() const { return m_empty; }
    /** Whether the table (rather than the empty sentence) is shown. */
    bool showsTable() const;
    /** Every report of the fact of proxy row @p row, with source links, as HTML. */
    QString sourcesHtml(int row) const;
    /** The legend under the table, as rich text. */
    static QString legendHtml();

    QString exportName() const override;
    QString exportTitle() const override;
    QSize preferredExportSize(ExportExtent extent) const override;
    QStringList citedDocuments(ExportExtent extent) const override;
    void renderContent(QPainter *painter, const QRectF &target, ExportExtent extent) override;
    bool offersTable() const override { return true; }
    QList<QStringList> exportTable() const override;

signals:
    /** A row was chosen (click or keyboard): its fact's reports and their sources, as HTML. */
    void sourcesRequested(const QString &html);

private:
    void updateState();
    void rowChosen(const QModelIndex &current);

    DatasetDocument *m_document;
    FactReportModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_legend;
};

} // namespace Summit
