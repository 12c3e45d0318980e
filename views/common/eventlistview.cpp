// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/eventlistview.h"

#include "models/eventfilterproxymodel.h"
#include "models/eventmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Summit {

EventListView::EventListView(
    EventFilterProxyModel *proxy, QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    m_table->setModel(proxy);
    m_table->setSelectionModel(selection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventModel::DateColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(
        EventModel::TitleColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(EventModel::DateColumn, 120);
    m_table->setColumnWidth(EventModel::SummitColumn, 230);
    m_table->setColumnWidth(EventModel::KindColumn, 110);
    m_table->setColumnWidth(EventModel::TitleColumn, 380);
    m_table->setColumnWidth(EventModel::CountriesColumn, 200);
    m_table->setColumnWidth(EventModel::ParticipantsColumn, 220);
    m_table->setAccessibleName(tr("Event list"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(proxy, &QAbstractItemModel::rowsInserted, this, &EventListView::updateCount);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &EventListView::updateCount);
    connect(proxy, &QAbstractItemModel::modelReset, this, &EventListView::updateCount);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &EventListView::updateCount);
    updateCount();
}

void EventListView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    m_count->setText(shown == total
            ? tr("%n event(s)", nullptr, total)
            : tr("%1 of %n event(s) match the filters", nullptr, total).arg(shown));
}

} // namespace Summit
