// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetdocument.h"

#include <cmath>
#include <utility>

namespace Summit {

DatasetDocument::DatasetDocument(QObject *parent)
    : QObject(parent)
{
}

void DatasetDocument::setDataset(Dataset dataset, const QString &fileName)
{
    emit aboutToReplaceDataset();
    m_dataset = std::move(dataset);
    m_fileName = fileName;
    emit datasetReplaced();
}

bool DatasetDocument::setTradeFigureValue(int index, double valueUsd)
{
    if (index < 0 || index >= m_dataset.tradeFigures.size() || !std::isfinite(valueUsd)
        || valueUsd < 0)
        return false;
    m_dataset.tradeFigures[index].valueUsd = valueUsd;
    emit tradeFigureChanged(index);
    // Values derived from this one follow it, as their formula says.
    const QString baseId = m_dataset.tradeFigures[index].id;
    const auto previous = m_dataset.tradeFigures[index].previousYearValue();
    for (int i = 0; previous && i < m_dataset.tradeFigures.size(); ++i) {
        TradeFigure &figure = m_dataset.tradeFigures[i];
        if (i == index || !figure.derived || figure.derivedFrom != baseId)
            continue;
        figure.valueUsd = *previous;
        emit tradeFigureChanged(i);
    }
    return true;
}

} // namespace Summit
