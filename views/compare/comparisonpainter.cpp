// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/compare/comparisonpainter.h"

#include "views/compare/comparisontableproxy.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Summit {

namespace {

// Used when the painter's font gives no pixel size (Exporter::paint always sets one).
constexpr qreal defaultMinimumPixels = 12;
constexpr int wrapFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
const QColor inkColor(0x22, 0x22, 0x22);
const QColor gridColor(0xc8, 0xcd, 0xd3);
const QColor headerColor(0x3b, 0x4a, 0x5a);

qreal textHeight(QPainter *painter, const QFont &font, qreal width, const QString &text)
{
    const QFontMetricsF metrics(font, painter->device());
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), wrapFlags, text).height();
}

} // namespace

ComparisonPainter::ComparisonPainter(
    const ComparisonTableProxy &table, const QStringList &headers, const QString &legend)
    : m_table(table)
    , m_headers(headers)
    , m_legend(legend)
{
}

QStringList ComparisonPainter::rowTexts(int row) const
{
    QStringList texts;
    for (int column = 0; column < m_table.columnCount(); ++column)
        texts.append(m_table.index(row, column).data().toString());
    return texts;
}

qreal ComparisonPainter::cellsHeight(
    QPainter *painter, const Layout &layout, const QStringList &texts, const QFont &font) const
{
    qreal height = 0;
    for (int column = 0; column < texts.size() && column < layout.columnWidths.size(); ++column) {
        const qreal width = layout.columnWidths.at(column) - 2 * layout.padding;
        height = std::max(height, textHeight(painter, font, width, texts.at(column)));
    }
    return height + 2 * layout.padding;
}

qreal ComparisonPainter::rowHeight(QPainter *painter, const Layout &layout, int row) const
{
    if (m_table.isSectionHeader(row))
        return QFontMetricsF(layout.bold, painter->device()).height() + 2 * layout.bandPadding;
    const bool differs = m_table.index(row, 0).data(Qt::FontRole).isValid();
    return cellsHeight(painter, layout, rowTexts(row), differs ? layout.bold : layout.font);
}

qreal ComparisonPainter::aspectWidth(QPainter *painter, const Layout &layout) const
{
    const QFontMetricsF metrics(layout.bold, painter->device());
    qreal width = metrics.horizontalAdvance(layout.headers.value(0));
    for (int row = 0; row < m_table.rowCount(); ++row) {
        if (!m_table.isSectionHeader(row))
            width = std::max(
                width, metrics.horizontalAdvance(m_table.index(row, 0).data().toString()));
    }
    return std::ceil(width + 2 * layout.padding + 2);
}

ComparisonPainter::Layout ComparisonPainter::layoutFor(
    QPainter *painter, const QRectF &target, qreal pixelSize, bool compact) const
{
    Layout layout;
    for (const QString &header : m_headers)
        layout.headers.append(compact ? header.section(QLatin1Char('\n'), 0, 0) : header);
    layout.font = painter->font();
    layout.font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    layout.bold = layout.font;
    layout.bold.setBold(true);
    layout.padding = pixelSize * (compact ? 0.2 : 0.45);
    layout.bandPadding = compact ? 0.0 : layout.padding;
    // The aspect column is as wide as its longest name (within 14–22 %); the two summits share
    // the rest equally, which keeps their long cells from wrapping more than needed.
    const qreal aspect = std::round(
        std::clamp(aspectWidth(painter, layout), target.width() * 0.14, target.width() * 0.22));
    const qreal summit = std::floor((target.width() - aspect) / 2);
    layout.columnWidths = { aspect, summit, target.width() - aspect - summit };
    layout.headerHeight = cellsHeight(painter, layout, layout.headers, layout.bold);
    layout.total = layout.headerHeight;
    for (int row = 0; row < m_table.rowCount(); ++row) {
        layout.rowHeights.append(rowHeight(painter, layout, row));
        layout.total += layout.rowHeights.last();
    }
    layout.legendHeight
        = textHeight(painter, layout.font, target.width(), m_legend) + layout.padding * 2;
    layout.total += layout.legendHeight;
    return layout;
}

ComparisonPainter::Layout ComparisonPainter::fittingLayout(
    QPainter *painter, const QRectF &target) const
{
    // The painter's font is the smallest legible text: rather than go below it, the table
    // tightens, then leaves rows out and says how many.
    const int given = painter->font().pixelSize();
    const qreal minimum = given > 0 ? given : defaultMinimumPixels;
    const qreal ratio = std::min(target.width() / 800.0, target.height() / 500.0);
    const qreal start = std::max(minimum, 12 * std::clamp(0.55 + 0.55 * ratio, 0.8, 2.5));
    Layout layout;
    for (bool compact : { false, true }) {
        qreal pixels = start;
        layout = layoutFor(painter, target, pixels, compact);
        while (layout.total > target.height() && pixels > minimum) {
            pixels = std::max(minimum, pixels * 0.92);
            layout = layoutFor(painter, target, pixels, compact);
        }
        if (layout.total <= target.height())
            break;
    }
    return layout;
}

void ComparisonPainter::paint(QPainter *painter, const QRectF &target)
{
    const Layout layout = fittingLayout(painter, target);
    painter->save();
    painter->setClipRect(target);
    paintHeader(
        painter, layout, QRectF(target.topLeft(), QSizeF(target.width(), layout.headerHeight)));
    const qreal tableBottom = target.bottom() - layout.legendHeight;
    qreal y = target.top() + layout.headerHeight;
    int row = 0;
    for (; row < m_table.rowCount(); ++row) {
        const qreal height = layout.rowHeights.at(row);
        if (y + height > tableBottom + 0.5)
            break;
        paintRow(painter, layout, row, QRectF(target.left(), y, target.width(), height));
        y += height;
    }
    QString legend = m_legend;
    if (row < m_table.rowCount())
        legend.prepend(
            QStringLiteral("… %1 more rows do not fit this size. ").arg(m_table.rowCount() - row));
    painter->setFont(layout.font);
    painter->setPen(inkColor);
    painter->drawText(QRectF(target.left(), y + layout.padding, target.width(),
                          target.bottom() - y - layout.padding),
        wrapFlags, legend);
    painter->restore();
}

void ComparisonPainter::paintHeader(
    QPainter *painter, const Layout &layout, const QRectF &rect) const
{
    painter->fillRect(rect, headerColor);
    painter->setFont(layout.bold);
    painter->setPen(Qt::white);
    qreal x = rect.left();
    for (int column = 0; column < layout.headers.size() && column < layout.columnWidths.size();
         ++column) {
        const QRectF cell(x + layout.padding, rect.top() + layout.padding,
            layout.columnWidths.at(column) - 2 * layout.padding,
            rect.height() - 2 * layout.padding);
        painter->drawText(cell, wrapFlags, layout.headers.at(column));
        x += layout.columnWidths.at(column);
    }
}

void ComparisonPainter::paintRow(
    QPainter *painter, const Layout &layout, int row, const QRectF &rect) const
{
    const QModelIndex first = m_table.index(row, 0);
    const QVariant background = first.data(Qt::BackgroundRole);
    if (background.isValid())
        painter->fillRect(rect, background.value<QColor>());
    // Drawn after the fill, so that two amber rows in a row stay apart.
    painter->setPen(QPen(gridColor, 1));
    painter->drawLine(rect.topLeft(), rect.topRight());
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    painter->setPen(inkColor);
    if (m_table.isSectionHeader(row)) {
        painter->setFont(layout.bold);
        painter->drawText(rect.adjusted(layout.padding, layout.bandPadding, -layout.padding, 0),
            wrapFlags, first.data().toString());
        return;
    }
    painter->setFont(first.data(Qt::FontRole).isValid() ? layout.bold : layout.font);
    paintCells(painter, layout, rowTexts(row), rect);
}

void ComparisonPainter::paintCells(
    QPainter *painter, const Layout &layout, const QStringList &texts, const QRectF &rect) const
{
    qreal x = rect.left();
    for (int column = 0; column < texts.size() && column < layout.columnWidths.size(); ++column) {
        const qreal width = layout.columnWidths.at(column);
        if (column > 0) {
            painter->save();
            painter->setPen(QPen(gridColor, 1));
            painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
            painter->restore();
        }
        painter->drawText(QRectF(x + layout.padding, rect.top() + layout.padding,
                              width - 2 * layout.padding, rect.height() - 2 * layout.padding),
            wrapFlags, texts.at(column));
        x += width;
    }
}

} // namespace Summit
