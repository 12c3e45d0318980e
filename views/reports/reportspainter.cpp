// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/reports/reportspainter.h"

#include "models/factreportmodel.h"
#include "views/reports/reportsstyle.h"

#include <QAbstractItemModel>
#include <QFontMetricsF>
#include <QPainter>

#include <array>

namespace Summit {

namespace {

constexpr qreal fontPixels = 15;
constexpr qreal padding = 6;
// The painted columns (the summit is a band above its rows) and their share of the width.
constexpr std::array<int, 5> columns { FactReportModel::FactColumn, FactReportModel::ReportColumn,
    FactReportModel::DocumentColumn, FactReportModel::WhereColumn,
    FactReportModel::RelationColumn };
constexpr std::array<qreal, 5> shares { 0.21, 0.31, 0.16, 0.12, 0.20 };

QFont tableFont(bool bold = false)
{
    QFont font;
    font.setPixelSize(int(fontPixels));
    font.setBold(bold);
    return font;
}

/** Heights of wrapped text in a cell of width @p width. */
qreal textHeight(const QFont &font, qreal width, const QString &text)
{
    const QFontMetricsF metrics(font);
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, width - 2 * padding, 1e6),
        Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    return bounds.height() + 2 * padding;
}

} // namespace

ReportsPainter::ReportsPainter(const QAbstractItemModel *model)
    : m_model(model)
{
}

qreal ReportsPainter::heightFor(qreal width) const
{
    return layout(nullptr, width, false);
}

void ReportsPainter::paint(QPainter *painter, const QRectF &target) const
{
    painter->save();
    painter->translate(target.topLeft());
    painter->setClipRect(QRectF(QPointF(0, 0), target.size()));
    const qreal needed = heightFor(target.width());
    qreal width = target.width();
    if (needed > target.height() && needed > 0) {
        // Scale down rather than cut rows off: the layout is redone at the wider logical width.
        qreal scale = target.height() / needed;
        for (int i = 0; i < 4; ++i) {
            width = target.width() / scale;
            scale = std::min(scale, target.height() / heightFor(width));
        }
        width = target.width() / scale;
        painter->scale(scale, scale);
    }
    layout(painter, width, true);
    painter->restore();
}

qreal ReportsPainter::layout(QPainter *painter, qreal width, bool draw) const
{
    const QFont plain = tableFont();
    const QFont bold = tableFont(true);
    if (m_model->rowCount() == 0) {
        const qreal height = textHeight(bold, width, FactReportModel::noFactsText()) + 40;
        if (draw) {
            painter->setFont(bold);
            painter->setPen(Qt::black);
            painter->drawText(QRectF(padding, 20, width - 2 * padding, height),
                Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, FactReportModel::noFactsText());
        }
        return height;
    }
    std::array<qreal, 5> lefts {};
    std::array<qreal, 5> widths {};
    qreal x = 0;
    for (size_t c = 0; c < columns.size(); ++c) {
        lefts[c] = x;
        widths[c] = shares[c] * width;
        x += widths[c];
    }
    const auto cellText
        = [&](int row, int column) { return m_model->index(row, column).data().toString(); };
    const auto rowHeight = [&](const QFont &font, const auto &textOf) {
        qreal height = 0;
        for (size_t c = 0; c < columns.size(); ++c)
            height = std::max(height, textHeight(font, widths[c], textOf(c)));
        return height;
    };
    const auto drawRow = [&](qreal top, qreal height, const QFont &font, const QColor &fill,
                             const QColor &ink, const auto &textOf) {
        painter->fillRect(QRectF(0, top, width, height), fill);
        painter->setPen(QColor(0xbb, 0xbb, 0xbb));
        painter->drawLine(QPointF(0, top + height), QPointF(width, top + height));
        painter->setFont(font);
        painter->setPen(ink);
        for (size_t c = 0; c < columns.size(); ++c) {
            painter->drawText(
                QRectF(lefts[c] + padding, top + padding, widths[c] - 2 * padding, height),
                Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, textOf(c));
        }
    };
    qreal top = 0;
    const auto header
        = [&](size_t c) { return m_model->headerData(columns[c], Qt::Horizontal).toString(); };
    const qreal headerHeight = rowHeight(bold, header);
    if (draw)
        drawRow(top, headerHeight, bold, QColor(0xe8, 0xe8, 0xe8), Qt::black, header);
    top += headerHeight;
    QString summit;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString rowSummit = cellText(row, FactReportModel::SummitColumn);
        if (row == 0 || rowSummit != summit) {
            summit = rowSummit;
            const qreal band = textHeight(bold, width, summit) + 4;
            if (draw) {
                painter->setFont(bold);
                painter->setPen(Qt::black);
                painter->drawText(QRectF(padding, top + 4 + padding, width, band),
                    Qt::AlignLeft | Qt::AlignTop, summit);
            }
            top += band;
        }
        const QModelIndex index = m_model->index(row, 0);
        const bool setAside = index.data(FactReportModel::SetAsideRole).toBool();
        const bool preferred = index.data(FactReportModel::PreferredRole).toBool();
        const auto text = [&](size_t c) { return cellText(row, columns[c]); };
        const QFont &font = preferred ? bold : plain;
        const qreal height = rowHeight(font, text);
        if (draw) {
            const auto relation = Relation(index.data(FactReportModel::RelationRole).toInt());
            const QColor fill
                = setAside ? ReportsStyle::setAsideFill() : ReportsStyle::relationFill(relation);
            drawRow(top, height, font, fill,
                setAside ? ReportsStyle::setAsideText() : QColor(Qt::black), text);
        }
        top += height;
    }
    return drawLegend(painter, top + 16, width, draw);
}

QList<Relation> ReportsPainter::relationsShown() const
{
    QList<Relation> shown;
    for (Relation relation : ReportsStyle::legendOrder()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (!index.data(FactReportModel::SetAsideRole).toBool()
                && index.data(FactReportModel::RelationRole).toInt() == int(relation)) {
                shown.append(relation);
                break;
            }
        }
    }
    return shown;
}

bool ReportsPainter::anyWith(int role) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(role).toBool())
            return true;
    }
    return false;
}

qreal ReportsPainter::drawLegend(QPainter *painter, qreal top, qreal width, bool draw) const
{
    const QFont plain = tableFont();
    const QFontMetricsF metrics(plain);
    const qreal line = metrics.height() + 6;
    const qreal swatch = metrics.height();
    qreal y = top;
    const auto entry = [&](const QColor &fill, const QString &text) {
        if (draw) {
            painter->fillRect(QRectF(padding, y, 2 * swatch, swatch), fill);
            painter->setPen(QColor(0x88, 0x88, 0x88));
            painter->drawRect(QRectF(padding, y, 2 * swatch, swatch));
            painter->setPen(Qt::black);
            painter->setFont(plain);
            painter->drawText(QRectF(padding + 3 * swatch, y, width - 3 * swatch, line),
                Qt::AlignLeft | Qt::AlignTop, text);
        }
        y += line;
    };
    // Only the entries that apply, so that the legend says what this table holds.
    for (Relation relation : relationsShown()) {
        entry(ReportsStyle::relationFill(relation),
            FactReportModel::relationText(relation) + QStringLiteral(": ")
                + FactReportModel::relationExplanation(relation));
    }
    if (anyWith(FactReportModel::SetAsideRole)) {
        entry(ReportsStyle::setAsideFill(),
            QStringLiteral("grey text: set aside by the user, with the reason; not counted"));
    }
    if (anyWith(FactReportModel::PreferredRole))
        entry(Qt::white, QStringLiteral("bold, \u2605: the report the user prefers"));
    return y;
}

} // namespace Summit
