// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"

#include <QObject>
#include <QString>

namespace Summit {

/**
 * Owns the dataset the window shows. Item models hold a pointer to it and reset themselves when
 * it is replaced; there is no global instance, main() (or a test) creates one and hands it down.
 */
class DatasetDocument : public QObject
{
    Q_OBJECT

public:
    explicit DatasetDocument(QObject *parent = nullptr);

    const Dataset &dataset() const { return m_dataset; }
    /** The file the dataset came from; empty for the built-in dataset. */
    QString fileName() const { return m_fileName; }

    /** Replaces the whole dataset; emits aboutToReplaceDataset() then datasetReplaced(). */
    void setDataset(Dataset dataset, const QString &fileName = QString());

    /**
     * Changes one trade figure's value (the only edit the views offer so far).
     * Emits tradeFigureChanged(index). Returns false for an index out of range or a negative or
     * non-finite value.
     */
    bool setTradeFigureValue(int index, double valueUsd);

signals:
    void aboutToReplaceDataset();
    void datasetReplaced();
    void tradeFigureChanged(int index);

private:
    Dataset m_dataset;
    QString m_fileName;
};

} // namespace Summit
