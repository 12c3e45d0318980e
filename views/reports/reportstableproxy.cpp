// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/reports/reportstableproxy.h"

#include "models/factreportmodel.h"
#include "views/reports/reportsstyle.h"

#include <QBrush>
#include <QFont>

namespace Summit {

ReportsTableProxy::ReportsTableProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

QVariant ReportsTableProxy::data(const QModelIndex &index, int role) const
{
    // The roles of the source model: asking index.data() here would call this function again.
    const QModelIndex source = mapToSource(index);
    const bool setAside = source.data(FactReportModel::SetAsideRole).toBool();
    switch (role) {
    case Qt::BackgroundRole:
        if (setAside)
            return QBrush(ReportsStyle::setAsideFill());
        return QBrush(ReportsStyle::relationFill(
            Relation(source.data(FactReportModel::RelationRole).toInt())));
    case Qt::ForegroundRole:
        return QBrush(setAside ? ReportsStyle::setAsideText() : QColor(Qt::black));
    case Qt::FontRole:
        if (source.data(FactReportModel::PreferredRole).toBool()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return QSortFilterProxyModel::data(index, role);
    }
}

} // namespace Summit
