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
    // A dataset built in code (tests, generators) gets the same undated-status dates as a file.
    m_dataset.attestUndatedMemberships();
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
    return true;
}

} // namespace Summit
