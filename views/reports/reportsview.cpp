// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/reports/reportsview.h"

#include "models/datasetdocument.h"
#include "models/factreportmodel.h"
#include "models/sourceformat.h"
#include "views/reports/reportspainter.h"
#include "views/reports/reportsstyle.h"
#include "views/reports/reportstableproxy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Summit {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/** Each source as "Publisher, date, “title”, paragraph N (sentence S)", N a link. */
QString sourceLinksHtml(const Dataset &dataset, const Sources &sources)
{
    QString html = QStringLiteral("<ul>");
    for (const SourceRef &source : sources) {
        // With its sentence, the paragraph dialog highlights what the fact rests on.
        QString where = QStringLiteral("<a href='source:%1/%2%3'>paragraph %2</a>")
                            .arg(esc(source.document))
                            .arg(source.paragraph)
                            .arg(source.sentence > 0 ? QStringLiteral("/%1").arg(source.sentence)
                                                     : QString());
        if (source.sentence > 0)
            where += QStringLiteral(", sentence %1").arg(source.sentence);
        html += QStringLiteral("<li>%1, %2</li>")
                    .arg(esc(formatDocument(dataset, source.document)), where);
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

ReportsView::ReportsView(DatasetDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new FactReportModel(document, this))
    , m_proxy(new ReportsTableProxy(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_legend(new QLabel(legendHtml(), this))
{
    m_proxy->setSourceModel(m_model);
    m_filter->setPlaceholderText(
        tr("Filter reports: a country, a publisher, \u201cdiffer\u201d\u2026"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter reports"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Long values wrap within a column rather than push the relation off screen; the relation
    // is shown right after the fact, the most telling column first.
    m_table->horizontalHeader()->setMaximumSectionSize(240);
    m_table->horizontalHeader()->moveSection(
        FactReportModel::RelationColumn, FactReportModel::ReportColumn);
    m_table->setAccessibleName(tr("Reports of each fact"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(FactReportModel::noFactsText());
    m_legend->setWordWrap(true);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_legend);

    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &ReportsView::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReportsView::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ReportsView::rowChosen);
    connect(m_table, &QAbstractItemView::clicked, this, &ReportsView::rowChosen);
    updateState();
}

bool ReportsView::showsTable() const
{
    return m_stack->currentWidget() == m_table;
}

void ReportsView::updateState()
{
    const bool any = m_model->rowCount() > 0;
    m_stack->setCurrentWidget(any ? static_cast<QWidget *>(m_table) : m_empty);
    m_filter->setEnabled(any);
    m_legend->setVisible(any);
    if (!any) {
        m_count->clear();
        return;
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    const QString facts
        = tr("%n fact(s) with several reports", nullptr, int(m_model->facts().size()));
    m_count->setText(m_proxy->rowCount() == m_model->rowCount() ? facts
                                                                : tr("%1; %2 of %3 reports shown")
                                                                      .arg(facts)
                                                                      .arg(m_proxy->rowCount())
                                                                      .arg(m_model->rowCount()));
}

void ReportsView::rowChosen(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const QString html = sourcesHtml(current.row());
    if (!html.isEmpty())
        emit sourcesRequested(html);
}

QString ReportsView::sourcesHtml(int row) const
{
    if (row < 0 || row >= m_proxy->rowCount())
        return {};
    const int sourceRow = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    const int fact = m_model->row(sourceRow).fact;
    const FactReports &facts = m_model->facts().at(fact);
    const auto cell
        = [this](int r, int column) { return m_model->index(r, column).data().toString(); };
    QString html = QStringLiteral("<h3>%1: %2</h3><p>%3: <b>%4</b> (%5)</p>")
                       .arg(esc(cell(sourceRow, FactReportModel::SummitColumn)),
                           esc(cell(sourceRow, FactReportModel::FactColumn)),
                           esc(tr("%n report(s)", nullptr, int(facts.reports.size()))),
                           esc(FactReportModel::relationText(facts.relation)),
                           esc(FactReportModel::relationExplanation(facts.relation)));
    for (int r : m_model->rowsOfFact(fact)) {
        const FactReportModel::Row &report = m_model->row(r);
        QString verdict;
        if (report.review.verdict == Review::SetAside)
            verdict = QStringLiteral(" <i>(set aside, not counted: %1)</i>")
                          .arg(esc(report.review.reason));
        else if (report.review.verdict == Review::Preferred)
            verdict = QStringLiteral(" <b>(\u2605 preferred)</b>");
        const QString marker = r == sourceRow ? QStringLiteral("\u25b6 ") : QString();
        html += QStringLiteral("<p>%1<b>%2</b>%3</p>").arg(marker, esc(report.value), verdict);
        html += sourceLinksHtml(m_document->dataset(), report.sources);
    }
    return html
        + QStringLiteral("<p><small>Click a paragraph to read it in the article.</small></p>");
}

QString ReportsView::legendHtml()
{
    QStringList entries;
    for (Relation relation : ReportsStyle::legendOrder()) {
        entries.append(QStringLiteral("<span style='background:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span>"
                                      "&nbsp;<b>%2</b>: %3")
                           .arg(ReportsStyle::relationFill(relation).name(),
                               FactReportModel::relationText(relation),
                               FactReportModel::relationExplanation(relation)));
    }
    entries.append(QStringLiteral("<span style='color:%1'>grey</span>: set aside by the user, "
                                  "not counted")
                       .arg(ReportsStyle::setAsideText().name()));
    entries.append(QStringLiteral("<b>bold, \u2605</b>: the report the user prefers"));
    return entries.join(QStringLiteral(" &nbsp;\u00b7&nbsp; "));
}

QString ReportsView::exportName() const
{
    return QStringLiteral("reports");
}

QString ReportsView::exportTitle() const
{
    return tr("Where the reports agree and differ");
}

QSize ReportsView::preferredExportSize(ExportExtent) const
{
    const int width = 1600;
    // The painter's height plus room for the exporter's title and source line.
    const int height = int(ReportsPainter(m_proxy).heightFor(width)) + 160;
    return { width, std::max(height, 300) };
}

QStringList ReportsView::citedDocuments(ExportExtent) const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QStringList documents
            = m_proxy->index(row, 0).data(FactReportModel::DocumentsRole).toStringList();
        for (const QString &id : documents) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

void ReportsView::renderContent(QPainter *painter, const QRectF &target, ExportExtent)
{
    ReportsPainter(m_proxy).paint(painter, target);
}

QList<QStringList> ReportsView::exportTable() const
{
    QStringList header;
    for (int column = 0; column < FactReportModel::ColumnCount; ++column)
        header.append(m_model->headerData(column, Qt::Horizontal).toString());
    header << QStringLiteral("Counted") << QStringLiteral("Preferred")
           << QStringLiteral("Document id") << QStringLiteral("Paragraph")
           << QStringLiteral("Sentence");
    QList<QStringList> rows { header };
    const auto yesNo
        = [](bool value) { return value ? QStringLiteral("yes") : QStringLiteral("no"); };
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < FactReportModel::ColumnCount; ++column)
            cells.append(m_proxy->index(row, column).data().toString());
        const QModelIndex index = m_proxy->index(row, 0);
        const int sentence = index.data(FactReportModel::SentenceRole).toInt();
        cells << yesNo(!index.data(FactReportModel::SetAsideRole).toBool())
              << yesNo(index.data(FactReportModel::PreferredRole).toBool())
              << index.data(FactReportModel::DocumentRole).toString()
              << QString::number(index.data(FactReportModel::ParagraphRole).toInt())
              << (sentence > 0 ? QString::number(sentence) : QString());
        rows.append(cells);
    }
    return rows;
}

} // namespace Summit
