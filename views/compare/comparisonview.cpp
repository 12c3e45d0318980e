// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/compare/comparisonview.h"

#include "models/datasetdocument.h"
#include "models/eventfilterproxymodel.h"
#include "models/sourceformat.h"
#include "models/summitcomparisonmodel.h"
#include "views/compare/comparisonpainter.h"
#include "views/compare/comparisontableproxy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Summit {

namespace {

/** One line per document, its paragraph numbers links that DetailsPane opens (source:ID/N). */
QString sourcesListHtml(const Dataset &dataset, const Sources &sources)
{
    if (sources.isEmpty())
        return QStringLiteral("<p><i>No source states this: shown as unknown.</i></p>");
    QString html = QStringLiteral("<ol>");
    for (const DocumentCitation &citation : citationsByDocument(sources)) {
        QStringList links;
        for (int paragraph : citation.paragraphs)
            links.append(QStringLiteral("<a href='source:%1/%2'>%2</a>")
                             .arg(citation.document.toHtmlEscaped())
                             .arg(paragraph));
        html += QStringLiteral("<li>%1, %2 %3</li>")
                    .arg(formatDocument(dataset, citation.document).toHtmlEscaped(),
                        links.size() == 1 ? QStringLiteral("paragraph")
                                          : QStringLiteral("paragraphs"),
                        links.join(QStringLiteral(", ")));
    }
    return html + QStringLiteral("</ol>");
}

QString cellHtml(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

ComparisonView::ComparisonView(DatasetDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new SummitComparisonModel(document, this))
    , m_proxy(new ComparisonTableProxy(m_model, this))
    , m_comboA(new QComboBox(this))
    , m_comboB(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_legend(new QLabel(legendText(), this))
    , m_count(new QLabel(this))
    , m_notice(new QLabel(this))
{
    m_comboA->setObjectName(QStringLiteral("summitA"));
    m_comboB->setObjectName(QStringLiteral("summitB"));
    m_table->setModel(m_proxy);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Rows follow their wrapped text whenever a column's width changes.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, 220);
    m_legend->setWordWrap(true);
    m_count->setObjectName(QStringLiteral("matchCount"));
    m_notice->setObjectName(QStringLiteral("filterNotice"));
    m_notice->setWordWrap(true);
    // Amber like a difference: a filter the tab ignores must not pass unnoticed.
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff3d0; color: #3a2a00; border: "
                                           "1px solid #d9b24c; padding: 3px; }"));
    m_notice->hide();

    auto *choosers = new QHBoxLayout;
    choosers->addWidget(new QLabel(QStringLiteral("Compare"), this));
    choosers->addWidget(m_comboA, 1);
    choosers->addWidget(new QLabel(QStringLiteral("with"), this));
    choosers->addWidget(m_comboB, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choosers);
    layout->addWidget(m_notice);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_legend);

    connect(m_comboA, &QComboBox::currentIndexChanged, this, &ComparisonView::comboChosen);
    connect(m_comboB, &QComboBox::currentIndexChanged, this, &ComparisonView::comboChosen);
    connect(m_model, &SummitComparisonModel::summitsChanged, this, &ComparisonView::syncCombos);
    connect(document, &DatasetDocument::datasetReplaced, this, &ComparisonView::fillCombos);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ComparisonView::updateSpans);
    connect(m_proxy, &QAbstractItemModel::modelReset, this,
        [this] { m_legend->setText(legendText(showsReportsThatDiffer())); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ComparisonView::updateFilterLabels);
    connect(m_table, &QTableView::clicked, this, &ComparisonView::rowClicked);
    fillCombos();
    updateSpans();
    updateFilterLabels();
}

void ComparisonView::followFilters(const EventFilterProxyModel *filters)
{
    if (m_filters)
        disconnect(m_filters, nullptr, this, nullptr);
    m_filters = filters;
    if (filters)
        connect(
            filters, &EventFilterProxyModel::filterChanged, this, &ComparisonView::applyFilters);
    applyFilters();
}

void ComparisonView::applyFilters()
{
    if (m_filters)
        m_proxy->setRowFilter(m_filters->countryFilter(), m_filters->textFilter());
    else
        m_proxy->setRowFilter(QString(), QString());
    updateFilterLabels();
}

void ComparisonView::updateFilterLabels()
{
    const int total = m_proxy->totalRowCount();
    // Both forms spelled out: without a translation loaded, "%n row(s)" would show as written.
    const QString rows = total == 1 ? tr("1 row") : tr("%1 rows").arg(total);
    m_count->setText(m_proxy->isFiltered()
            ? tr("%1 of %2 match the filters").arg(m_proxy->shownRowCount()).arg(rows)
            : rows);
    // The comparison is of two summits chosen above and of every kind of fact, so these
    // filters have nothing to act on here; saying so beats showing everything silently.
    QStringList ignored;
    if (m_filters && !m_filters->summitFilter().isEmpty())
        ignored.append(tr("The summit filter does not apply to this comparison: choose its two "
                          "summits above."));
    if (m_filters && !m_filters->personFilter().isEmpty())
        ignored.append(tr("The person filter does not apply to this comparison: its rows are "
                          "about countries, not people."));
    if (m_filters && !m_filters->kindFilter().isEmpty())
        ignored.append(tr("The event kind filter does not apply to this comparison."));
    m_notice->setText(ignored.join(QLatin1Char(' ')));
    m_notice->setVisible(!ignored.isEmpty());
}

QString ComparisonView::filterSentence() const
{
    if (!m_proxy->isFiltered())
        return {};
    QStringList what;
    if (!m_proxy->countryFilter().isEmpty()) {
        const Country *country = m_document->dataset().country(m_proxy->countryFilter());
        what.append(tr("about %1").arg(country ? country->name : m_proxy->countryFilter()));
    }
    if (!m_proxy->textFilter().isEmpty())
        what.append(tr("containing “%1”").arg(m_proxy->textFilter()));
    const int total = m_proxy->totalRowCount();
    return tr("Filtered: %1 of %2, those %3. ")
        .arg(m_proxy->shownRowCount())
        .arg(total == 1 ? tr("1 row") : tr("%1 rows").arg(total), what.join(tr(" and ")));
}

QString ComparisonView::legendText(bool reportsDiffer)
{
    return QStringLiteral("≠ bold on amber: the two summits differ in this aspect. "
                          "? on grey: known at one summit, unknown at the other, so not a known "
                          "difference. ")
        + (reportsDiffer ? reportsDifferSentence() : QString())
        + QStringLiteral("“unknown”: no source states it; “none reported”: the "
                         "sources mention no such talks. Hover a row for its sources; click it "
                         "to show them.");
}

QString ComparisonView::reportsDifferSentence()
{
    return QStringLiteral("⇄ on violet: the reports of one summit disagree among themselves. ");
}

bool ComparisonView::showsReportsThatDiffer() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(SummitComparisonModel::ReportsDifferRole).toBool())
            return true;
    }
    return false;
}

QString ComparisonView::summitLabel(const QString &id) const
{
    const Summit *summit = m_document->dataset().summit(id);
    return summit ? QStringLiteral("%1 — %2").arg(formatDate(summit->date), summit->title) : id;
}

void ComparisonView::fillCombos()
{
    QList<const Summit *> summits;
    for (const Summit &summit : m_document->dataset().summits)
        summits.append(&summit);
    std::stable_sort(summits.begin(), summits.end(),
        [](const Summit *a, const Summit *b) { return a->date < b->date; });
    for (QComboBox *combo : { m_comboA, m_comboB }) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const Summit *summit : std::as_const(summits))
            combo->addItem(summitLabel(summit->id), summit->id);
    }
    syncCombos();
}

void ComparisonView::syncCombos()
{
    const QList<std::pair<QComboBox *, QString>> choices { { m_comboA, m_model->summitA() },
        { m_comboB, m_model->summitB() } };
    for (const auto &[combo, id] : choices) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(id));
    }
}

void ComparisonView::comboChosen()
{
    const QString a = m_comboA->currentData().toString();
    const QString b = m_comboB->currentData().toString();
    if (!m_model->setSummits(a, b))
        syncCombos();
}

void ComparisonView::updateSpans()
{
    m_table->clearSpans();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->isSectionHeader(row))
            m_table->setSpan(row, 0, 1, m_proxy->columnCount());
    }
}

QString ComparisonView::sourcesHtml(int row) const
{
    if (row < 0 || row >= m_proxy->rowCount() || m_proxy->isSectionHeader(row))
        return {};
    const auto cell
        = [this, row](int column) { return m_model->index(m_proxy->sourceRow(row), column); };
    QString html
        = QStringLiteral("<h3>%1</h3>")
              .arg(cell(SummitComparisonModel::AspectColumn).data().toString().toHtmlEscaped());
    for (int column :
        { SummitComparisonModel::SummitAColumn, SummitComparisonModel::SummitBColumn }) {
        const QString summit = m_model->headerData(column, Qt::Horizontal).toString();
        html += QStringLiteral("<p><b>%1:</b> %2</p>")
                    .arg(summit.toHtmlEscaped(), cellHtml(cell(column).data().toString()));
        html += sourcesListHtml(
            m_document->dataset(), m_model->sourcesOf(m_proxy->sourceRow(row), column));
    }
    return html
        + QStringLiteral("<p><small>Click a paragraph number to read it in the "
                         "article.</small></p>");
}

void ComparisonView::rowClicked(const QModelIndex &index)
{
    const QString html = sourcesHtml(index.row());
    if (!html.isEmpty())
        emit sourcesRequested(html);
}

QString ComparisonView::exportName() const
{
    return QStringLiteral("comparison");
}

QString ComparisonView::exportTitle() const
{
    const QString a
        = m_model->headerData(SummitComparisonModel::SummitAColumn, Qt::Horizontal).toString();
    const QString b
        = m_model->headerData(SummitComparisonModel::SummitBColumn, Qt::Horizontal).toString();
    return QStringLiteral("CIS informal summits compared: %1 and %2").arg(a, b);
}

QStringList ComparisonView::citedDocuments(ExportExtent /*extent: all, always*/) const
{
    if (!m_proxy->isFiltered())
        return m_model->citedDocuments();
    // Only the rows the export shows; in the order the whole comparison cites them.
    QStringList shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (!m_proxy->isSectionHeader(row))
            shown
                += m_proxy->index(row, 0).data(SummitComparisonModel::DocumentsRole).toStringList();
    }
    QStringList ids;
    for (const QString &id : m_model->citedDocuments()) {
        if (shown.contains(id))
            ids.append(id);
    }
    return ids;
}

void ComparisonView::renderContent(
    QPainter *painter, const QRectF &target, ExportExtent /*extent: all, always*/)
{
    QStringList headers { m_model->headerData(0, Qt::Horizontal).toString() };
    for (int column :
        { SummitComparisonModel::SummitAColumn, SummitComparisonModel::SummitBColumn }) {
        const QString date = m_model->headerData(column, Qt::Horizontal).toString();
        const QString title
            = m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        headers.append(title.isEmpty() ? date : date + QLatin1Char('\n') + title);
    }
    const QString legend = filterSentence()
        + QStringLiteral("≠ bold on amber: the two summits differ in this "
                         "aspect. ? on grey: known at one summit, unknown at "
                         "the other, so not a known difference. ")
        + (showsReportsThatDiffer() ? reportsDifferSentence() : QString())
        + QStringLiteral("“unknown”: no source states it; “none reported”: the sources "
                         "mention no such talks. Each trade measure has its own row: different "
                         "measures are not comparable.");
    ComparisonPainter(*m_proxy, headers, legend).paint(painter, target);
}

bool ComparisonView::applyExportArguments(
    const QStringList &summitIds, const QDate &date, QString *error)
{
    if (date.isValid()) {
        *error = QStringLiteral("--date does not apply to '%1'").arg(exportName());
        return false;
    }
    if (summitIds.isEmpty())
        return true;
    if (summitIds.size() != 2 || summitIds.at(0) == summitIds.at(1)) {
        *error = QStringLiteral("--summits takes two different summit ids");
        return false;
    }
    for (const QString &id : summitIds) {
        if (!m_document->dataset().summit(id)) {
            *error = QStringLiteral("--summits: unknown summit '%1'").arg(id);
            return false;
        }
    }
    return m_model->setSummits(summitIds.at(0), summitIds.at(1));
}

} // namespace Summit
