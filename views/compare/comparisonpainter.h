// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace Summit {

class ComparisonTableProxy;

/**
 * Paints the comparison table with QPainter for an export: a header row, section bands, three
 * word-wrapped columns, differing rows in amber with bold text and the "≠" marker, and the legend
 * line under the table. The font shrinks until the table fits the target, but never below the
 * painter's font on entry (the export's smallest legible text); then the padding tightens and
 * the headings lose their second line; should even that not fit, the last line says how many
 * rows were left out.
 * Nothing here depends on a widget.
 */
class ComparisonPainter
{
public:
    /** @p headers: the three column headings (may hold "\n" for a second line). */
    ComparisonPainter(
        const ComparisonTableProxy &table, const QStringList &headers, const QString &legend);

    void paint(QPainter *painter, const QRectF &target);

private:
    struct Layout
    {
        QFont font;
        QFont bold;
        QStringList headers;
        QList<qreal> columnWidths;
        qreal padding = 0;
        qreal bandPadding = 0; ///< above and below a section's name
        qreal headerHeight = 0;
        QList<qreal> rowHeights;
        qreal legendHeight = 0;
        qreal total = 0;
    };

    /** @p compact: tighter padding and one-line headings, for a small target. */
    Layout layoutFor(QPainter *painter, const QRectF &target, qreal pixelSize, bool compact) const;
    Layout fittingLayout(QPainter *painter, const QRectF &target) const;
    qreal rowHeight(QPainter *painter, const Layout &layout, int row) const;
    /** The width the aspect names need on one line, bold. */
    qreal aspectWidth(QPainter *painter, const Layout &layout) const;
    qreal cellsHeight(
        QPainter *painter, const Layout &layout, const QStringList &texts, const QFont &font) const;
    void paintHeader(QPainter *painter, const Layout &layout, const QRectF &rect) const;
    void paintRow(QPainter *painter, const Layout &layout, int row, const QRectF &rect) const;
    void paintCells(QPainter *painter, const Layout &layout, const QStringList &texts,
        const QRectF &rect) const;
    QStringList rowTexts(int row) const;

    const ComparisonTableProxy &m_table;
    QStringList m_headers;
    QString m_legend;
};

} // namespace Summit
