// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/trade/tradechartpanel.h"

#include "models/datasetdocument.h"
#include "models/sourceformat.h"
#include "models/tradefiguremodel.h"
#include "views/trade/tradechart.h"
#include "views/trade/tradecharttablemodel.h"

#include <QChartView>
#include <QCursor>
#include <QGraphicsScene>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QSet>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace Summit {

namespace {

QString quoted(const QString &text)
{
    return QChar(0x201C) + text + QChar(0x201D);
}

QString measuresNote(const TradeChartTableModel &table)
{
    const QList<TradeChartTableModel::ScopeBlock> blocks = table.scopeBlocks();
    if (blocks.size() < 2)
        return {};
    QStringList labels;
    for (const TradeChartTableModel::ScopeBlock &block : blocks) {
        if (!labels.contains(quoted(block.label)))
            labels.append(quoted(block.label));
    }
    if (labels.size() < 2)
        return {};
    return QStringLiteral("Different measures, not comparable: %1 count different trade flows, "
                          "so the gap between their bars is not growth or decline.")
        .arg(labels.join(QStringLiteral(" and ")));
}

QString periodsNote(const TradeChartTableModel &table)
{
    QList<int> months;
    for (int row = 0; row < table.rowCount(); ++row) {
        const int length = table.figure(row).periodMonths();
        if (!months.contains(length))
            months.append(length);
    }
    if (months.size() < 2)
        return {};
    QStringList lengths;
    for (int length : std::as_const(months))
        lengths.append(QString::number(length));
    const QString last = lengths.takeLast();
    return QStringLiteral("The periods differ in length (%1 and %2 months): a shorter period "
                          "gives a lower bar even when trade runs at the same pace.")
        .arg(lengths.join(QStringLiteral(", ")), last);
}

/** What the user did to the figures: values typed over the report's, reports set aside. */
QStringList reviewNotes(const Dataset &dataset, const TradeChartTableModel &table)
{
    QStringList notes;
    for (int row = 0; row < table.rowCount(); ++row) {
        const TradeFigure &figure = table.figure(row);
        const QString what = QStringLiteral("%1 (%2)").arg(
            TradeChartTableModel::categoryLabel(figure), table.documentLabel(row));
        if (figure.reportedValueUsd)
            notes.append(QStringLiteral("%1: %2 is a value you typed, %3.")
                             .arg(scopeLabel(dataset, figure), what, editedNote(figure)));
        if (figure.review.verdict == Review::SetAside)
            notes.append(QStringLiteral("Set aside by you, %1 %2: %3")
                             .arg(scopeLabel(dataset, figure), what,
                                 figure.review.reason.isEmpty() ? QStringLiteral("no reason given")
                                                                : figure.review.reason));
    }
    return notes;
}

QStringList derivedNotes(const Dataset &dataset, const TradeChartTableModel &table)
{
    QStringList notes;
    for (int row = 0; row < table.rowCount(); ++row) {
        const TradeFigure &figure = table.figure(row);
        if (figure.derived)
            notes.append(QStringLiteral("Hatched bar, %1: derived by Summit Viewer, not stated "
                                        "by anyone. Computed as %2.")
                             .arg(TradeChartTableModel::categoryLabel(figure),
                                 derivationText(dataset, figure)));
    }
    return notes;
}

/** Fonts grow with the export so that 1600×1000 reads like 800×500 at arm's length. */
qreal fontScaleFor(const QSizeF &size)
{
    const qreal ratio = std::min(size.width() / 800.0, size.height() / 500.0);
    return std::clamp(0.55 + 0.55 * ratio, 0.8, 2.5);
}

} // namespace

TradeChartPanel::TradeChartPanel(
    DatasetDocument *document, TradeFigureModel *model, const QString &groupName, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_groupName(groupName)
    , m_table(new TradeChartTableModel(document, model, groupName, this))
    , m_chart(new TradeChart(m_table))
    , m_view(new QChartView(m_chart, this))
    , m_notes(new QLabel(this))
    , m_title(new QLabel(this))
{
    m_title->setText(group().title);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setContentsMargins(6, 4, 6, 0);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(360, 240);
    m_notes->setWordWrap(true);
    m_notes->setContentsMargins(6, 4, 6, 4);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notes);
    connect(m_chart, &TradeChart::barHovered, this, &TradeChartPanel::showBarToolTip);
    // The scene answers the tooltip event that follows a hover by hiding every tooltip (its
    // items have none), which took the bar's facts away after a moment; answer it ourselves.
    m_view->viewport()->installEventFilter(this);
    connect(m_chart, &TradeChart::barClicked, this, [this](int row) {
        if (row >= 0 && row < m_table->rowCount())
            emit figureClicked(m_table->sourceRow(row));
    });
    connect(m_table, &QAbstractItemModel::modelReset, this, &TradeChartPanel::updateNotes);
    // An edited value changes the computation a derived value's note shows.
    connect(m_table, &QAbstractItemModel::dataChanged, this, &TradeChartPanel::updateNotes);
    updateNotes();
}

TradeChartPanel::~TradeChartPanel() = default;

const TradeChartGroup &TradeChartPanel::group() const
{
    return m_table->group();
}

QStringList TradeChartPanel::notes() const
{
    if (m_table->rowCount() == 0)
        return { QStringLiteral("The dataset holds no trade figures for this chart.") };
    QStringList notes { measuresNote(*m_table), periodsNote(*m_table) };
    notes += derivedNotes(m_document->dataset(), *m_table);
    notes += reviewNotes(m_document->dataset(), *m_table);
    notes.removeAll(QString());
    return notes;
}

void TradeChartPanel::updateNotes()
{
    m_title->setText(group().title);
    m_notes->setText(notes().join(QLatin1Char('\n')));
}

QString TradeChartPanel::barToolTip(int row) const
{
    if (row < 0 || row >= m_table->rowCount())
        return {};
    return m_table->index(row, m_table->columnOfRow(row)).data(Qt::ToolTipRole).toString();
}

void TradeChartPanel::showBarToolTip(int row, bool status)
{
    m_hoveredRow = status ? row : -1;
    if (status)
        QToolTip::showText(QCursor::pos(), barToolTip(row), m_view);
    else
        QToolTip::hideText();
}

bool TradeChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::ToolTip && m_hoveredRow >= 0) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QToolTip::showText(help->globalPos(), barToolTip(m_hoveredRow), m_view);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString TradeChartPanel::exportName() const
{
    return m_groupName;
}

QString TradeChartPanel::exportTitle() const
{
    return group().title.isEmpty() ? m_groupName : group().title;
}

QString TradeChartPanel::sourceLineNote(ExportExtent /*extent: all, always*/) const
{
    QStringList edits;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString note = editedNote(m_table->figure(row));
        if (!note.isEmpty())
            edits.append(QStringLiteral("%1 %2").arg(
                TradeChartTableModel::categoryLabel(m_table->figure(row)), note));
    }
    if (edits.isEmpty())
        return {};
    return QStringLiteral("Values edited by the user, not by the sources: %1.")
        .arg(edits.join(QStringLiteral("; ")));
}

QStringList TradeChartPanel::citedDocuments(ExportExtent /*extent: all, always*/) const
{
    QStringList ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (const SourceRef &source : m_table->figure(row).sources) {
            if (!ids.contains(source.document))
                ids.append(source.document);
        }
    }
    return ids;
}

void TradeChartPanel::renderContent(
    QPainter *painter, const QRectF &target, ExportExtent /*extent: all, always*/)
{
    const qreal scale = fontScaleFor(target.size());
    QFont noteFont = painter->font();
    noteFont.setPixelSize(int(std::lround(12 * scale)));
    const QString noteText = notes().join(QLatin1Char('\n'));
    const QFontMetricsF metrics(noteFont, painter->device());
    const QRectF noteBounds = metrics.boundingRect(
        QRectF(0, 0, target.width(), target.height()), Qt::TextWordWrap, noteText);
    const qreal gap = 8 * scale;
    const qreal chartHeight
        = std::max(target.height() / 2, target.height() - noteBounds.height() - gap);

    // A fresh chart in its own scene: the export never depends on the widget's size or state.
    QGraphicsScene scene;
    auto *chart = new TradeChart(m_table);
    scene.addItem(chart);
    chart->setFontScale(scale);
    chart->setGeometry(QRectF(0, 0, target.width(), chartHeight));
    scene.setSceneRect(chart->geometry());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    scene.render(painter, QRectF(target.topLeft(), QSizeF(target.width(), chartHeight)),
        scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter->setFont(noteFont);
    painter->setPen(QColor(0x33, 0x33, 0x33));
    painter->drawText(QRectF(target.left(), target.top() + chartHeight + gap, target.width(),
                          target.height() - chartHeight - gap),
        Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, noteText);
    painter->restore();
}

} // namespace Summit
