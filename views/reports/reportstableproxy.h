// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Summit {

/**
 * The Reports table's proxy over FactReportModel: keeps the rows whose text (any column)
 * contains the filter, in the model's order (grouped by summit), and adds the view's colours:
 * each row filled by its fact's relation, set-aside reports in grey, the preferred one bold.
 */
class ReportsTableProxy : public QSortFilterProxyModel
{
public:
    explicit ReportsTableProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace Summit
