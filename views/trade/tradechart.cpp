// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/trade/tradechart.h"

#include "models/sourceformat.h"
#include "views/trade/tradecharttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBrush>
#include <QFont>
#include <QGraphicsLineItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QMargins>
#include <QPen>
#include <QStackedBarSeries>
#include <QTextDocument>
#include <QTextOption>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace Summit {

namespace {

constexpr qreal basePixels = 12;
// The tallest bar stops at this share of the axis, leaving room for its label, its hedge marker
// and the scope captions.
constexpr qreal tallestBarShare = 0.68;
const QColor inkColor(0x33, 0x33, 0x33);

/** A round axis maximum and its tick count: 0, 20, 40, ... 120 rather than 0 .. 131.6. */
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

QString shortUnits(QString text)
{
    text.replace(QStringLiteral(" billion"), QStringLiteral(" bn"));
    text.replace(QStringLiteral(" million"), QStringLiteral(" m"));
    return text;
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
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setShowToolTips(true);
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

void TradeChart::restyleSets()
{
    const QList<QBarSet *> sets = m_series->barSets();
    for (int column = 0; column < sets.size() && column < m_table->columnCount(); ++column) {
        QBarSet *set = sets.at(column);
        const QColor color = scopeColor(m_table->scopeIndexOfColumn(column));
        if (m_table->isDerivedColumn(column)) {
            // Hatched, outlined in the measure's colour: visibly a computed value.
            set->setBrush(QBrush(color, Qt::BDiagPattern));
            set->setPen(QPen(color, 2));
        } else {
            set->setBrush(color);
            set->setPen(QPen(color.darker(130), 1));
        }
        set->setLabelFont(scaledFont(basePixels));
    }
}

void TradeChart::updateCategories()
{
    // Axis labels take HTML: the month count goes on a second line instead of being elided.
    // The axis drops duplicate categories, which would shift every later bar, so a label that
    // is taken already gets the figure's scope and, failing that, an invisible difference.
    QStringList labels;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QString label = m_table->headerData(row, Qt::Vertical).toString().toHtmlEscaped();
        label.replace(QStringLiteral(" ("), QStringLiteral("<br>("));
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
    for (int row = 0; row < m_table->rowCount(); ++row)
        maximum = std::max(maximum, m_table->valueBillions(row));
    const auto [top, ticks] = niceAxis(maximum / tallestBarShare);
    m_values->setRange(0, top);
    m_values->setTickCount(ticks);
}

void TradeChart::setFontScale(qreal scale)
{
    m_fontScale = scale;
    const int margin = int(std::lround(8 * scale));
    setMargins(QMargins(margin, margin, margin, margin / 2));
    QFont titleFont = scaledFont(basePixels * 1.3, true);
    setTitleFont(titleFont);
    legend()->setFont(scaledFont(basePixels));
    for (QAbstractAxis *axis :
        { static_cast<QAbstractAxis *>(m_categories), static_cast<QAbstractAxis *>(m_values) }) {
        axis->setLabelsFont(scaledFont(basePixels));
        axis->setTitleFont(scaledFont(basePixels, true));
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

QString TradeChart::barLabel(double valueUsd, const TradeFigure &figure)
{
    const QString value = shortUnits(formatUsd(valueUsd, figure.qualifier));
    return figure.derived ? value + QStringLiteral(" (derived)") : value;
}

QColor TradeChart::scopeColor(int scopeIndex)
{
    // Told apart by colour-blind readers too (blue, orange, green, purple, brown).
    static const std::array<QColor, 5> colors { QColor(0x21, 0x66, 0xac), QColor(0xd9, 0x5f, 0x02),
        QColor(0x1b, 0x78, 0x37), QColor(0x76, 0x2a, 0x83), QColor(0x8c, 0x51, 0x0a) };
    return colors.at(std::size_t(std::max(0, scopeIndex)) % colors.size());
}

void TradeChart::clearOverlays()
{
    qDeleteAll(m_overlays);
    m_overlays.clear();
}

void TradeChart::updateOverlays()
{
    clearOverlays();
    m_barLabels.clear();
    const qreal marker = 9 * m_fontScale;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const TradeFigure &figure = m_table->figure(row);
        const double billions = m_table->valueBillions(row);
        const QPointF top = mapToPosition(QPointF(row, billions), m_series);
        QStringList lines { barLabel(billions * 1e9, figure) };
        m_barLabels.append(lines.first());
        if (figure.derived)
            lines = { shortUnits(formatUsd(billions * 1e9, figure.qualifier)),
                QStringLiteral("derived") };
        else if (figure.changePercent)
            lines.append(QStringLiteral("%1%2% on a year earlier")
                             .arg(*figure.changePercent > 0 ? QStringLiteral("+") : QString())
                             .arg(*figure.changePercent, 0, 'f', 1));
        addHedgeMarker(figure, top, marker);
        const bool marked
            = figure.qualifier != Qualifier::Exact && figure.qualifier != Qualifier::Approximately;
        addCenteredLines(lines, top.x(), top.y() - (marked ? marker * 1.6 : 3),
            scaledFont(basePixels * 1.1, true));
    }
    addScopeCaptions();
}

void TradeChart::addHedgeMarker(const TradeFigure &figure, const QPointF &top, qreal size)
{
    const bool over = figure.qualifier == Qualifier::Over;
    if (!over && figure.qualifier != Qualifier::Almost && figure.qualifier != Qualifier::Under)
        return;
    // ▲ over: the true value lies above the bar; ▼ almost/under: a little below its top.
    const qreal bottom = top.y() - 3;
    const QPolygonF triangle = over
        ? QPolygonF({ QPointF(top.x() - size / 2, bottom), QPointF(top.x() + size / 2, bottom),
            QPointF(top.x(), bottom - size) })
        : QPolygonF({ QPointF(top.x() - size / 2, bottom - size),
            QPointF(top.x() + size / 2, bottom - size), QPointF(top.x(), bottom) });
    auto *item = new QGraphicsPolygonItem(triangle, this);
    item->setBrush(inkColor);
    item->setPen(Qt::NoPen);
    item->setZValue(10);
    m_overlays.append(item);
}

void TradeChart::addCenteredLines(
    const QStringList &lines, qreal x, qreal bottom, const QFont &font)
{
    qreal y = bottom;
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        auto *item = new QGraphicsSimpleTextItem(*it, this);
        item->setFont(font);
        item->setBrush(inkColor);
        const QRectF box = item->boundingRect();
        y -= box.height();
        item->setPos(x - box.width() / 2, y);
        item->setZValue(10);
        m_overlays.append(item);
    }
}

void TradeChart::addScopeCaptions()
{
    const QList<TradeChartTableModel::ScopeBlock> blocks = m_table->scopeBlocks();
    if (blocks.size() < 2)
        return;
    const QRectF area = plotArea();
    for (int i = 0; i < blocks.size(); ++i) {
        const TradeChartTableModel::ScopeBlock &block = blocks.at(i);
        const qreal left = mapToPosition(QPointF(block.firstRow - 0.5, 0), m_series).x();
        const qreal right = mapToPosition(QPointF(block.lastRow + 0.5, 0), m_series).x();
        if (i > 0) {
            auto *line = new QGraphicsLineItem(QLineF(left, area.top(), left, area.bottom()), this);
            line->setPen(QPen(inkColor, std::max(1.0, 1.5 * m_fontScale), Qt::DashLine));
            line->setZValue(9);
            m_overlays.append(line);
        }
        // A caption wider than its measure's bars wraps rather than run over the dashed line.
        auto *caption = new QGraphicsTextItem(block.label, this);
        caption->setFont(scaledFont(basePixels * 1.1, true));
        caption->setDefaultTextColor(scopeColor(block.scopeIndex).darker(120));
        caption->document()->setDefaultTextOption(QTextOption(Qt::AlignHCenter));
        caption->setTextWidth(right - left - 8 * m_fontScale);
        caption->setPos(left + 4 * m_fontScale, area.top() + 2 * m_fontScale);
        caption->setZValue(10);
        m_overlays.append(caption);
    }
}

} // namespace Summit
