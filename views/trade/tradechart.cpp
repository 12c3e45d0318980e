// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/trade/tradechart.h"

#include "models/sourceformat.h"
#include "views/trade/tradecharttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBrush>
#include <QFont>
#include <QLegend>
#include <QPen>
#include <QStackedBarSeries>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace Summit {

namespace {

/** A round axis maximum and its tick count: 0, 20, ... 100 for 90 rather than 0 .. 131.6. */
std::pair<double, int> niceAxis(double maximum)
{
    if (maximum <= 0)
        return { 1.0, 6 };
    const double rough = maximum / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10;
    for (double factor : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (factor * magnitude >= rough) {
            step = factor * magnitude;
            break;
        }
    }
    const double top = std::ceil(maximum / step - 1e-9) * step;
    return { top, int(std::lround(top / step)) + 1 };
}

} // namespace

TradeChart::TradeChart(TradeChartTableModel *table, QGraphicsItem *parent)
    : QChart(parent)
    , m_table(table)
    , m_series(new QStackedBarSeries(this))
    , m_mapper(new QVBarModelMapper(this))
    , m_categories(new QBarCategoryAxis(this))
    , m_values(new QValueAxis(this))
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setDropShadowEnabled(false);
    // The chart draws its own legend: QChart's lists the bar sets only, not the hedge marks.
    legend()->hide();
    m_series->setBarWidth(0.55);
    addSeries(m_series);
    createAxes();
    bindModel();
    setFontScale(1.0);
}

void TradeChart::createAxes()
{
    m_values->setTitleText(QStringLiteral("US$ billion"));
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_values->setMinorTickCount(0);
    addAxis(m_categories, Qt::AlignBottom);
    addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
}

void TradeChart::bindModel()
{
    // The mapper recreates the sets whenever the table resets; style each new generation.
    connect(m_series, &QAbstractBarSeries::barsetsAdded, this, &TradeChart::restyleSets);
    connect(m_series, &QAbstractBarSeries::hovered, this,
        [this](bool status, int index, QBarSet *) { emit barHovered(index, status); });
    connect(m_series, &QAbstractBarSeries::clicked, this,
        [this](int index, QBarSet *) { emit barClicked(index); });
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_table);
    m_mapper->setFirstBarSetColumn(0);
    m_mapper->setLastBarSetColumn(m_table->columnCount() - 1);
    m_mapper->setFirstRow(0);
    // The mapper's own slots run first (connected by setModel), so the values are current here.
    connect(m_table, &QAbstractItemModel::modelReset, this, [this] {
        m_mapper->setLastBarSetColumn(m_table->columnCount() - 1);
        updateCategories();
        updateRange();
        updateOverlays();
    });
    connect(m_table, &QAbstractItemModel::dataChanged, this, [this] {
        updateRange();
        updateOverlays();
    });
    connect(this, &QChart::plotAreaChanged, this, &TradeChart::updateOverlays);
    restyleSets();
    updateCategories();
    updateRange();
}

QColor TradeChart::columnColor(int column) const
{
    if (column < 0 || column >= m_table->columnCount())
        return setAsideColor();
    return m_table->isSetAsideColumn(column) ? setAsideColor()
                                             : scopeColor(m_table->scopeIndexOfColumn(column));
}

void TradeChart::restyleSets()
{
    const QList<QBarSet *> sets = m_series->barSets();
    for (int column = 0; column < sets.size() && column < m_table->columnCount(); ++column) {
        QBarSet *set = sets.at(column);
        const QColor color = columnColor(column);
        if (m_table->isDerivedColumn(column)) {
            // Hatched, outlined in the measure's colour: visibly a computed value.
            set->setBrush(QBrush(color, Qt::BDiagPattern));
            set->setPen(QPen(color, 2));
        } else {
            set->setBrush(color);
            set->setPen(QPen(color.darker(130), 1));
        }
        set->setLabelFont(scaledFont(12));
    }
}

void TradeChart::updateCategories()
{
    // Axis labels take HTML: the month count goes on a second line instead of being elided, and
    // where several reports give one fact, the publisher of each on a third (the date would be
    // elided; the tooltip and the notes give it).
    // The axis drops duplicate categories, which would shift every later bar, so a label that
    // is taken already gets the figure's scope and, failing that, an invisible difference.
    QStringList labels;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QString label = m_table->headerData(row, Qt::Vertical).toString().toHtmlEscaped();
        label.replace(QStringLiteral(" ("), QStringLiteral("<br>("));
        if (m_table->isOneOfSeveral(row))
            label += QStringLiteral("<br><i>") + m_table->publisherLabel(row).toHtmlEscaped()
                + QStringLiteral("</i>");
        if (labels.contains(label))
            label += QStringLiteral("<br>") + m_table->scopeLabel(row).toHtmlEscaped();
        while (labels.contains(label))
            label += QChar(0x200B);
        labels.append(label);
    }
    m_categories->setCategories(labels);
}

void TradeChart::updateRange()
{
    double maximum = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        // An exact value's interval (its rounding) is not drawn; a hedge's band is.
        const bool exact = m_table->figure(row).qualifier == Qualifier::Exact;
        maximum = std::max(
            maximum, exact ? m_table->valueBillions(row) : m_table->intervalBillions(row).high);
    }
    // The labels sit in a band the chart keeps above the plot, so the axis can end at the round
    // number just above the top mark (100 for 90).
    const auto [top, ticks] = niceAxis(maximum * 1.02);
    m_values->setRange(0, top);
    m_values->setTickCount(ticks);
}

void TradeChart::setFontScale(qreal scale)
{
    m_fontScale = scale;
    QFont titleFont = scaledFont(12 * 1.3, true);
    setTitleFont(titleFont);
    for (QAbstractAxis *axis :
        { static_cast<QAbstractAxis *>(m_categories), static_cast<QAbstractAxis *>(m_values) }) {
        axis->setLabelsFont(scaledFont(12));
        axis->setTitleFont(scaledFont(12, true));
    }
    restyleSets();
    updateOverlays();
}

QFont TradeChart::scaledFont(qreal pixels, bool bold) const
{
    QFont font;
    font.setPixelSize(std::max(8, int(std::lround(pixels * m_fontScale))));
    font.setBold(bold);
    return font;
}

QStringList TradeChart::barLabels() const
{
    return m_barLabels;
}

QStringList TradeChart::markLines(int row) const
{
    return m_markLines.value(row);
}

TradeChart::MarkShape TradeChart::shapeOf(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact:
        return MarkShape::Value;
    case Qualifier::Approximately:
        return MarkShape::Range;
    case Qualifier::Almost:
    case Qualifier::Under:
        return MarkShape::RangeToValue;
    case Qualifier::Over:
    case Qualifier::SlightlyOver:
        return MarkShape::OpenAbove;
    }
    return MarkShape::Value;
}

QColor TradeChart::scopeColor(int scopeIndex)
{
    // Told apart by colour-blind readers too (blue, orange, green, brown, teal); no violet, which
    // says "reports differ" in every view.
    static const std::array<QColor, 5> colors { QColor(0x21, 0x66, 0xac), QColor(0xd9, 0x5f, 0x02),
        QColor(0x1b, 0x78, 0x37), QColor(0x8c, 0x51, 0x0a), QColor(0x01, 0x66, 0x5e) };
    return colors.at(std::size_t(std::max(0, scopeIndex)) % colors.size());
}

QColor TradeChart::reportsDifferFill()
{
    // The comparison view's "⇄ reports differ" violet (ComparisonTableProxy::reportsDifferColor).
    return QColor(0xe8, 0xdc, 0xf4);
}

QColor TradeChart::reportsDifferInk()
{
    return QColor(0x5e, 0x3c, 0x99);
}

QColor TradeChart::setAsideColor()
{
    return QColor(0xb4, 0xb4, 0xb4);
}

} // namespace Summit
