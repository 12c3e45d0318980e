// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"

#include <QList>
#include <QString>

namespace Summit {

/**
 * One trade chart: the figures drawn together. Computed from the dataset by tradeChartGroups(),
 * never written down, so a dataset with other figures gets other charts.
 */
struct TradeChartGroup
{
    QString name; ///< Export name, e.g. "trade-headline", "trade-armenia-russia".
    QString title; ///< e.g. "Armenia–Russia trade".
    QList<int> rows; ///< Rows of TradeFigureModel (indexes into Dataset::tradeFigures), file order.
};

/**
 * Groups the dataset's trade figures into charts: the figures cited at the summits for the whole
 * Commonwealth ("cis-internal" and "russia-cis") form the headline chart, each bilateral pair of
 * countries its own chart, and any other scope its own chart. Headline first, then by name.
 */
QList<TradeChartGroup> tradeChartGroups(const Dataset &dataset);

/** The group called @p name, or an empty group (empty name) when there is none. */
TradeChartGroup tradeChartGroup(const Dataset &dataset, const QString &name);

} // namespace Summit
