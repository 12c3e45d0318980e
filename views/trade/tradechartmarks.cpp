// SPDX-License-Identifier: GPL-3.0-or-later
// TradeChart's overlays: each report's hedge mark and label, the captions over measures and
// facts, and the legend, all laid over the bar series and redone when the plot moves.
#include "models/sourceformat.h"
#include "views/trade/tradechart.h"
#include "views/trade/tradecharttablemodel.h"

#include <QBrush>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QMargins>
#include <QPen>
#include <QStackedBarSeries>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace Summit {

namespace {

constexpr qreal basePixels = 12;
const QColor inkColor(0x33, 0x33, 0x33);
const QColor editedInk(0x8c, 0x2d, 0x04);
const QString differGlyph = QStringLiteral("⇄");
const QString agreeGlyph = QStringLiteral("=");
const QString preferredGlyph = QStringLiteral("★");
const QString editedGlyph = QStringLiteral("✎");
const QString arrowGlyph = QStringLiteral("▲");

QString shortUnits(QString text)
{
    text.replace(QStringLiteral(" billion"), QStringLiteral(" bn"));
    text.replace(QStringLiteral(" million"), QStringLiteral(" m"));
    return text;
}

QString changeLine(double change)
{
    return QStringLiteral("%1%2% on a year earlier")
        .arg(change > 0 ? QStringLiteral("+") : QString(), QString::number(change));
}

bool differs(Relation relation)
{
    return relation == Relation::Differ || relation == Relation::ReadDifferently;
}

QString factCaption(const TradeChartTableModel::FactBlock &block)
{
    const int reports = block.lastRow - block.firstRow + 1;
    const QString what
        = block.statement ? QStringLiteral("reports of one statement") : QStringLiteral("reports");
    switch (block.relation) {
    case Relation::Differ:
        return QStringLiteral("%1 %2 %3 differ").arg(differGlyph).arg(reports).arg(what);
    case Relation::ReadDifferently:
        return QStringLiteral("%1 %2 %3, read differently").arg(differGlyph).arg(reports).arg(what);
    case Relation::Agree:
    case Relation::FillsUnknown:
    case Relation::ChangeOfPlan:
        break;
    }
    return QStringLiteral("%1 %2 %3 agree").arg(agreeGlyph).arg(reports).arg(what);
}

} // namespace

QString TradeChart::barLabel(const Dataset &dataset, const TradeFigure &figure)
{
    const QString value = shortUnits(formatFigureValue(dataset, figure));
    return figure.derived ? value + QStringLiteral(" (derived)") : value;
}

QGraphicsItem *TradeChart::keep(QGraphicsItem *item, qreal z)
{
    item->setZValue(z);
    m_overlays.append(item);
    return item;
}

void TradeChart::clearOverlays()
{
    qDeleteAll(m_overlays);
    m_overlays.clear();
}

void TradeChart::updateOverlays()
{
    if (m_updating)
        return;
    m_updating = true;
    clearOverlays();
    m_barLabels.clear();
    m_markLines.clear();
    m_markShapes.clear();
    m_factCaptions.clear();
    m_legendEntries.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const TradeFigure &figure = m_table->figure(row);
        m_barLabels.append(barLabel(m_table->dataset(), figure));
        QStringList lines { shortUnits(formatFigureValue(m_table->dataset(), figure)) };
        if (figure.derived)
            lines.append(QStringLiteral("derived"));
        const QString edited = editedNote(figure);
        if (!edited.isEmpty())
            lines.append(editedGlyph + QLatin1Char(' ') + shortUnits(edited));
        if (figure.changePercent && !figure.derived)
            lines.append(changeLine(*figure.changePercent));
        switch (m_table->standing(row)) {
        case TradeChartTableModel::ReportStanding::Differs:
            lines.append(differGlyph + QStringLiteral(" differs"));
            break;
        case TradeChartTableModel::ReportStanding::ReadDifferently:
            lines.append(differGlyph + QStringLiteral(" read differently"));
            break;
        case TradeChartTableModel::ReportStanding::Agrees:
            lines.append(agreeGlyph + QStringLiteral(" agrees"));
            break;
        case TradeChartTableModel::ReportStanding::SetAside:
            lines.append(QStringLiteral("set aside"));
            break;
        case TradeChartTableModel::ReportStanding::Single:
            break;
        }
        if (figure.review.verdict == Review::Preferred)
            lines.append(preferredGlyph + QStringLiteral(" preferred"));
        m_markLines.append(lines);
        m_markShapes.append(shapeOf(figure.qualifier));
    }

    // Room above the plot for the captions and for the labels of the tallest marks, below it
    // for the legend: measured before anything is placed, so the layout settles in one pass.
    const qreal captionHeight = addCaptions(false);
    qreal labels = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        labels = std::max(labels, labelHeight(row));
    const QList<LegendItem> legend = legendItems();
    const QFont legendFont = scaledFont(basePixels);
    const QFontMetricsF metrics(legendFont);
    const qreal swatch = metrics.height();
    const qreal width = size().width() - 16 * m_fontScale;
    qreal x = 0;
    int legendRows = legend.isEmpty() ? 0 : 1;
    for (const LegendItem &item : legend) {
        const qreal entry = swatch * 1.6 + metrics.horizontalAdvance(item.text) + swatch;
        if (x > 0 && x + entry > width) {
            ++legendRows;
            x = 0;
        }
        x += entry;
    }
    reserveMargins(captionHeight + labels, legendRows * metrics.height() * 1.3);

    addFactBackgrounds();
    addCaptions(true);
    for (int row = 0; row < m_table->rowCount(); ++row)
        addMark(row);
    addLegend();
    m_updating = false;
}

void TradeChart::reserveMargins(qreal top, qreal bottom)
{
    const int margin = int(std::lround(8 * m_fontScale));
    const QMargins wanted(
        margin, margin + int(std::ceil(top)), margin, margin / 2 + int(std::ceil(bottom)));
    if (margins() == wanted)
        return;
    setMargins(wanted);
    // Lay out now: the marks below are placed against the plot area this makes.
    if (layout())
        layout()->activate();
}

qreal TradeChart::labelHeight(int row) const
{
    const QFontMetricsF metrics(scaledFont(basePixels * 1.1, true));
    const qreal arrow = m_markShapes.value(row) == MarkShape::OpenAbove ? 12 * m_fontScale : 0;
    return m_markLines.value(row).size() * metrics.height() + arrow + 8 * m_fontScale;
}

qreal TradeChart::addCaptions(bool place)
{
    // Captions over measures only where each measure is one run of marks; the reports of one
    // statement read with several scopes would cut them into pieces, and the legend names them.
    QList<TradeChartTableModel::ScopeBlock> measures = m_table->scopeBlocks();
    QList<int> seen;
    for (const auto &block : std::as_const(measures)) {
        if (seen.contains(block.scopeIndex)) {
            measures.clear();
            break;
        }
        seen.append(block.scopeIndex);
    }
    if (measures.size() < 2)
        measures.clear();
    const QList<TradeChartTableModel::FactBlock> facts = m_table->factBlocks();
    const QFont font = scaledFont(basePixels * 1.1, true);
    const QFontMetricsF metrics(font);
    const QRectF area = plotArea();
    const auto left = [&](int row) { return mapToPosition(QPointF(row - 0.5, 0), m_series).x(); };
    const auto right = [&](int row) { return mapToPosition(QPointF(row + 0.5, 0), m_series).x(); };
    const auto heightOf = [&](const QString &text, qreal width) {
        return metrics
            .boundingRect(
                QRectF(0, 0, std::max(width, 1.0), 1e6), Qt::TextWordWrap | Qt::AlignHCenter, text)
            .height();
    };
    qreal measureHeight = 0;
    for (const auto &block : std::as_const(measures))
        measureHeight = std::max(measureHeight,
            heightOf(block.label, right(block.lastRow) - left(block.firstRow) - 8 * m_fontScale));
    qreal factHeight = 0;
    for (const auto &block : facts)
        factHeight = std::max(
            factHeight, heightOf(factCaption(block), right(block.lastRow) - left(block.firstRow)));
    const qreal gap = 4 * m_fontScale;
    const qreal total = measureHeight + factHeight + (measureHeight + factHeight > 0 ? gap : 0);
    if (!place)
        return total;

    const qreal labelBand = margins().top() - int(std::lround(8 * m_fontScale)) - total;
    const qreal top = area.top() - labelBand - total;
    const auto caption = [&](const QString &text, qreal l, qreal r, qreal y, const QColor &color) {
        auto *item = new QGraphicsTextItem(text, this);
        item->setFont(font);
        item->setDefaultTextColor(color);
        item->document()->setDefaultTextOption(QTextOption(Qt::AlignHCenter));
        item->document()->setDocumentMargin(0);
        item->setTextWidth(std::max(r - l, 1.0));
        item->setPos(l, y);
        keep(item);
    };
    for (int i = 0; i < measures.size(); ++i) {
        const auto &block = measures.at(i);
        const qreal l = left(block.firstRow);
        if (i > 0) {
            auto *line = new QGraphicsLineItem(QLineF(l, top, l, area.bottom()), this);
            line->setPen(QPen(inkColor, std::max(1.0, 1.5 * m_fontScale), Qt::DashLine));
            keep(line, 9);
        }
        caption(block.label, l + 4 * m_fontScale, right(block.lastRow) - 4 * m_fontScale, top,
            scopeColor(block.scopeIndex).darker(120));
    }
    for (const auto &block : facts) {
        const QString text = factCaption(block);
        m_factCaptions.append(text);
        caption(text, left(block.firstRow), right(block.lastRow), top + measureHeight,
            differs(block.relation) ? reportsDifferInk() : inkColor);
    }
    return total;
}

void TradeChart::addFactBackgrounds()
{
    // Reports of one fact stand on one ground: violet where they differ, as in the other views.
    const QRectF area = plotArea();
    for (const auto &block : m_table->factBlocks()) {
        const qreal l = mapToPosition(QPointF(block.firstRow - 0.48, 0), m_series).x();
        const qreal r = mapToPosition(QPointF(block.lastRow + 0.48, 0), m_series).x();
        const qreal top = area.top() - (margins().top() - 8 * m_fontScale);
        auto *ground = new QGraphicsRectItem(QRectF(l, top, r - l, area.bottom() - top), this);
        if (differs(block.relation)) {
            ground->setBrush(reportsDifferFill());
            ground->setPen(QPen(reportsDifferInk(), std::max(1.0, m_fontScale), Qt::DotLine));
        } else {
            ground->setBrush(Qt::NoBrush);
            ground->setPen(QPen(inkColor, std::max(1.0, m_fontScale), Qt::DotLine));
        }
        // Above the plot's background, below the grid and the bars.
        keep(ground, 0.5);
    }
}

void TradeChart::addMark(int row)
{
    const int column = m_table->columnOfRow(row);
    const QColor color = columnColor(column);
    const double value = m_table->valueBillions(row);
    const ValueInterval interval = m_table->intervalBillions(row);
    const MarkShape shape = m_markShapes.at(row);
    const auto at = [&](double x, double y) { return mapToPosition(QPointF(x, y), m_series); };
    const qreal half = (at(row + 0.275, 0).x() - at(row - 0.275, 0).x()) / 2;
    const qreal x = at(row, 0).x();
    const qreal valueY = at(row, value).y();
    const qreal lowY = at(row, interval.low).y();
    const qreal highY = at(row, interval.high).y();
    const qreal line = std::max(1.5, 2 * m_fontScale);
    qreal topY = valueY;

    if (shape != MarkShape::Value) {
        // The light band: every value the hedge allows; a dashed side where it is open-ended.
        QColor light = color;
        light.setAlpha(80);
        auto *band = new QGraphicsRectItem(QRectF(x - half, highY, 2 * half, lowY - highY), this);
        band->setBrush(light);
        band->setPen(QPen(color, std::max(1.0, m_fontScale),
            shape == MarkShape::OpenAbove ? Qt::DashLine : Qt::SolidLine));
        keep(band, 9);
        topY = std::min(topY, highY);
        if (shape == MarkShape::OpenAbove) {
            const qreal size = 12 * m_fontScale;
            const QPolygonF arrow({ QPointF(x - size / 2, highY - 1),
                QPointF(x + size / 2, highY - 1), QPointF(x, highY - 1 - size) });
            auto *item = new QGraphicsPolygonItem(arrow, this);
            item->setBrush(color.darker(130));
            item->setPen(Qt::NoPen);
            keep(item);
            topY = highY - 1 - size;
        }
    }
    // The tick: the value as the report states it.
    auto *tick = new QGraphicsLineItem(QLineF(x - half - 3, valueY, x + half + 3, valueY), this);
    tick->setPen(QPen(inkColor, line));
    keep(tick, 11);
    if (m_table->standing(row) == TradeChartTableModel::ReportStanding::SetAside) {
        auto *strike = new QGraphicsLineItem(
            QLineF(x - half, at(row, 0).y(), x + half, std::min(valueY, highY)), this);
        strike->setPen(QPen(QColor(0x55, 0x55, 0x55), line));
        keep(strike, 11);
    }

    const QStringList &lines = m_markLines.at(row);
    QList<QColor> colors;
    for (const QString &text : lines) {
        if (text.startsWith(differGlyph))
            colors.append(reportsDifferInk());
        else if (text.startsWith(editedGlyph))
            colors.append(editedInk);
        else if (m_table->standing(row) == TradeChartTableModel::ReportStanding::SetAside)
            colors.append(QColor(0x60, 0x60, 0x60));
        else
            colors.append(inkColor);
    }
    addLines(lines, colors, x, topY - 5 * m_fontScale, scaledFont(basePixels * 1.1, true));
}

void TradeChart::addLines(
    const QStringList &lines, const QList<QColor> &colors, qreal x, qreal bottom, const QFont &font)
{
    qreal y = bottom;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        auto *item = new QGraphicsSimpleTextItem(lines.at(i), this);
        QFont lineFont = font;
        // The value is what a reader looks for; the rest reads as its notes.
        lineFont.setBold(i == 0);
        item->setFont(lineFont);
        item->setBrush(colors.value(i, inkColor));
        const QRectF box = item->boundingRect();
        y -= QFontMetricsF(font).height();
        item->setPos(x - box.width() / 2, y);
        keep(item);
    }
}

QList<TradeChart::LegendItem> TradeChart::legendItems() const
{
    QList<LegendItem> items;
    if (m_table->rowCount() == 0)
        return items;
    for (int column = 0; column < m_table->columnCount(); ++column) {
        const QString label = m_table->headerData(column, Qt::Horizontal).toString();
        if (m_table->isSetAsideColumn(column))
            items.append({ LegendItem::Fill, setAsideColor(), {},
                QStringLiteral("Set aside by you: muted and struck through, takes no part") });
        else if (m_table->isDerivedColumn(column))
            items.append({ LegendItem::Hatch, columnColor(column), {},
                label + QStringLiteral(" (computed, not stated)") });
        else
            items.append({ LegendItem::Fill, columnColor(column), {}, label });
    }
    items.append({ LegendItem::Tick, inkColor, {}, QStringLiteral("the value as stated") });
    QStringList hedges;
    bool open = false;
    bool edited = false;
    bool preferred = false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const TradeFigure &figure = m_table->figure(row);
        QString hedge;
        switch (figure.qualifier) {
        case Qualifier::Approximately:
            hedge = QStringLiteral("about: 5 % either side");
            break;
        case Qualifier::Almost:
            hedge = QStringLiteral("almost: up to 5 % below");
            break;
        case Qualifier::Under:
            hedge = QStringLiteral("under: up to 10 % below");
            break;
        case Qualifier::Over:
            hedge = QStringLiteral("over: from the value up");
            break;
        case Qualifier::SlightlyOver:
            hedge = QStringLiteral("slightly over: up to 3 % above");
            break;
        case Qualifier::Exact:
            break;
        }
        if (!hedge.isEmpty() && !hedges.contains(hedge))
            hedges.append(hedge);
        open = open || shapeOf(figure.qualifier) == MarkShape::OpenAbove;
        edited = edited || figure.reportedValueUsd.has_value();
        preferred = preferred || figure.review.verdict == Review::Preferred;
    }
    if (!hedges.isEmpty())
        items.append({ LegendItem::Band, QColor(0x88, 0x88, 0x88), {},
            QStringLiteral("light band: the values the hedge allows (%1)")
                .arg(hedges.join(QStringLiteral("; "))) });
    if (open)
        items.append({ LegendItem::Glyph, inkColor, arrowGlyph,
            QStringLiteral("open-ended: the source gave no upper bound") });
    bool differ = false;
    bool agree = false;
    for (const auto &block : m_table->factBlocks()) {
        differ = differ || differs(block.relation);
        agree = agree || !differs(block.relation);
    }
    if (differ)
        items.append({ LegendItem::Glyph, reportsDifferInk(), differGlyph,
            QStringLiteral("on violet: reports of one fact that differ") });
    if (agree)
        items.append({ LegendItem::Glyph, inkColor, agreeGlyph,
            QStringLiteral("reports of one fact that agree") });
    if (preferred)
        items.append(
            { LegendItem::Glyph, inkColor, preferredGlyph, QStringLiteral("preferred by you") });
    if (edited)
        items.append({ LegendItem::Glyph, editedInk, editedGlyph,
            QStringLiteral("edited: a value you typed; the label gives the report's") });
    return items;
}

void TradeChart::addLegend()
{
    const QList<LegendItem> items = legendItems();
    const QFont font = scaledFont(basePixels);
    const QFontMetricsF metrics(font);
    const qreal swatch = metrics.height();
    const qreal left = 8 * m_fontScale;
    const qreal width = size().width() - 16 * m_fontScale;
    const qreal rowHeight = metrics.height() * 1.3;
    qreal y = size().height() - margins().bottom() + m_fontScale * 4;
    qreal x = 0;
    for (const LegendItem &item : items) {
        const QString text = item.glyph.isEmpty() ? item.text : item.glyph + u' ' + item.text;
        m_legendEntries.append(text);
        const qreal entry = swatch * 1.6 + metrics.horizontalAdvance(item.text) + swatch;
        if (x > 0 && x + entry > width) {
            y += rowHeight;
            x = 0;
        }
        const QRectF box(left + x, y + swatch * 0.15, swatch * 1.3, swatch * 0.7);
        switch (item.swatch) {
        case LegendItem::Fill:
        case LegendItem::Hatch: {
            auto *rect = new QGraphicsRectItem(box, this);
            rect->setBrush(item.swatch == LegendItem::Hatch ? QBrush(item.color, Qt::BDiagPattern)
                                                            : QBrush(item.color));
            rect->setPen(QPen(item.color.darker(130), 1));
            keep(rect);
            break;
        }
        case LegendItem::Band: {
            QColor light = item.color;
            light.setAlpha(80);
            auto *rect = new QGraphicsRectItem(box, this);
            rect->setBrush(light);
            rect->setPen(QPen(item.color, 1));
            keep(rect);
            break;
        }
        case LegendItem::Tick: {
            auto *tick = new QGraphicsLineItem(
                QLineF(box.left(), box.center().y(), box.right(), box.center().y()), this);
            tick->setPen(QPen(item.color, std::max(1.5, 2 * m_fontScale)));
            keep(tick);
            break;
        }
        case LegendItem::Glyph: {
            auto *glyph = new QGraphicsSimpleTextItem(item.glyph, this);
            QFont bold = font;
            bold.setBold(true);
            glyph->setFont(bold);
            glyph->setBrush(item.color);
            if (item.glyph == differGlyph) {
                auto *ground = new QGraphicsRectItem(box.adjusted(0, -2, 0, 2), this);
                ground->setBrush(reportsDifferFill());
                ground->setPen(Qt::NoPen);
                keep(ground, 9);
            }
            glyph->setPos(box.center().x() - glyph->boundingRect().width() / 2, y);
            keep(glyph);
            break;
        }
        }
        auto *label = new QGraphicsSimpleTextItem(item.text, this);
        label->setFont(font);
        label->setBrush(inkColor);
        label->setPos(left + x + swatch * 1.6, y);
        keep(label);
        x += entry;
    }
}

} // namespace Summit
