// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/trade/tradechartsview.h"

#include "models/datasetdocument.h"
#include "models/tradefiguremodel.h"
#include "views/trade/tradechartgroups.h"
#include "views/trade/tradechartpanel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Summit {

namespace {

/** The figures that name one country among their parties; every figure without a country. */
class CountryFigureFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setCountry(const QString &code)
    {
        m_country = code;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_country.isEmpty())
            return true;
        return sourceModel()
            ->index(sourceRow, 0, sourceParent)
            .data(TradeFigureModel::CountriesRole)
            .toStringList()
            .contains(m_country);
    }

private:
    QString m_country;
};

} // namespace

TradeChartsView::TradeChartsView(
    DatasetDocument *document, TradeFigureModel *model, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(model)
    , m_groups(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_filtered(new CountryFigureFilter(this))
    , m_filterLine(new QLabel(this))
{
    setUpWidgets();
    createLayout();
    connect(m_groups, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_panels.size())
            m_stack->setCurrentWidget(m_panels.at(row));
        emit currentPanelChanged(currentPanel());
    });
    connect(document, &DatasetDocument::datasetReplaced, this, &TradeChartsView::rebuildGroups);
    connect(document, &DatasetDocument::datasetReplaced, this, &TradeChartsView::updateFilterText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                emit figureActivated(
                    current.siblingAtColumn(0).data(TradeFigureModel::IdRole).toString());
        });
    rebuildGroups();
}

void TradeChartsView::selectFigureRow(int figureRow)
{
    // Selecting the row in the table announces the figure through currentRowChanged.
    const QModelIndex index = m_filtered->mapFromSource(m_model->index(figureRow, 0));
    if (!index.isValid())
        return; // not in the table while the country filter hides it
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void TradeChartsView::setUpWidgets()
{
    m_groups->setObjectName(QStringLiteral("tradeChartGroups"));
    m_groups->setMinimumWidth(150);
    m_groups->setWordWrap(true);
    m_groups->setSpacing(2);
    m_filtered->setSourceModel(m_model);
    m_table->setModel(m_filtered);
    m_filterLine->setObjectName(QStringLiteral("tradeFilterLine"));
    m_filterLine->setWordWrap(true);
    m_filterLine->setAutoFillBackground(true);
    m_filterLine->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #333333; padding: 4px; }"));
    m_filterLine->hide();
    m_table->setObjectName(QStringLiteral("tradeFigureTable"));
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
}

void TradeChartsView::createLayout()
{
    auto *tableHint = new QLabel(
        QStringLiteral("Double-click a value to type another over the value as stated (in US$ "
                       "billion); the chart follows and marks it as your edit. Derived values "
                       "follow from the stated ones and are not editable."),
        this);
    tableHint->setWordWrap(true);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(tableHint);
    lowerLayout->addWidget(m_table);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_stack);
    right->addWidget(lower);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(m_groups);
    main->addWidget(right);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    main->setSizes({ 190, 1000 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterLine);
    layout->addWidget(main);
}

TradeChartPanel *TradeChartsView::currentPanel() const
{
    const int row = m_groups->currentRow();
    return row >= 0 && row < m_panels.size() ? m_panels.at(row) : nullptr;
}

bool TradeChartsView::showGroup(const QString &name)
{
    for (int row = 0; row < m_panels.size(); ++row) {
        if (m_panels.at(row)->exportName() == name) {
            m_groups->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void TradeChartsView::rebuildGroups()
{
    const TradeChartPanel *current = currentPanel();
    const QString currentName = current ? current->exportName() : QString();
    const QSignalBlocker blocker(m_groups);
    m_groups->clear();
    for (TradeChartPanel *panel : std::as_const(m_panels)) {
        m_stack->removeWidget(panel);
        delete panel;
    }
    m_panels.clear();
    const QList<TradeChartGroup> groups = tradeChartGroups(m_document->dataset());
    for (const TradeChartGroup &group : groups) {
        auto *panel = new TradeChartPanel(m_document, m_model, group.name, m_stack);
        m_stack->addWidget(panel);
        m_panels.append(panel);
        connect(panel, &TradeChartPanel::figureClicked, this, &TradeChartsView::selectFigureRow);
        auto *item = new QListWidgetItem(group.title, m_groups);
        item->setToolTip(QStringLiteral("Export name: %1").arg(group.name));
    }
    int row = 0;
    for (int i = 0; i < m_panels.size(); ++i) {
        if (m_panels.at(i)->exportName() == currentName)
            row = i;
    }
    if (!m_panels.isEmpty()) {
        m_groups->setCurrentRow(row);
        m_stack->setCurrentWidget(m_panels.at(row));
    }
    emit currentPanelChanged(currentPanel());
}

void TradeChartsView::setCountryFilter(const QString &countryCode)
{
    if (countryCode == m_countryFilter)
        return;
    m_countryFilter = countryCode;
    static_cast<CountryFigureFilter *>(m_filtered)->setCountry(countryCode);
    updateFilterText();
}

QString TradeChartsView::filterText() const
{
    if (m_countryFilter.isEmpty())
        return {};
    const Country *country = m_document->dataset().country(m_countryFilter);
    const QString name = country ? country->name : m_countryFilter;
    const int total = m_model->rowCount();
    const int shown = m_filtered->rowCount();
    const QString count = shown == 0
        ? QStringLiteral("No trade figure of %1 names %2").arg(total).arg(name)
        : QStringLiteral("%1 of %2 trade figures name %3").arg(shown).arg(total).arg(name);
    return QStringLiteral("Country filter %1: %2, and the table lists only those. The charts "
                          "do not follow the filter: they show every figure of their group.")
        .arg(name, count);
}

void TradeChartsView::updateFilterText()
{
    const QString text = filterText();
    m_filterLine->setText(text);
    m_filterLine->setVisible(!text.isEmpty());
}

} // namespace Summit
