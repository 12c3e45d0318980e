// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QItemSelectionModel;
class QLabel;
class QTableView;

namespace Summit {

class EventFilterProxyModel;

/**
 * The searchable, sortable list of events. It shows the shared filter proxy and uses the shared
 * selection model, so selecting here selects in every other view.
 */
class EventListView : public QWidget
{
    Q_OBJECT

public:
    EventListView(
        EventFilterProxyModel *proxy, QItemSelectionModel *selection, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

private:
    void updateCount();

    EventFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace Summit
