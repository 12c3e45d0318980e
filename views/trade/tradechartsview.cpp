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
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Summit {

TradeChartsView::TradeChartsView(
    DatasetDocument *document, TradeFigureModel *model, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(model)
    , m_groups(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
{
    setUpWidgets();
    createLayout();
    connect(m_groups, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_panels.size())
            m_stack->setCurrentWidget(m_panels.at(row));
        emit currentPanelChanged(currentPanel());
    });
    connect(document, &DatasetDocument::datasetReplaced, this, &TradeChartsView::rebuildGroups);
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
    const QModelIndex index = m_model->index(figureRow, 0);
    if (!index.isValid())
        return;
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
    m_table->setModel(m_model);
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
        QStringLiteral("Double-click a value (in US$ billion) to try another figure; the chart "
                       "follows. Derived values follow from the stated ones and are not editable."),
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

} // namespace Summit
