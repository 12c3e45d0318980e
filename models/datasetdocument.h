// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace Summit {

/**
 * Owns the dataset the window shows. Item models hold a pointer to it and reset themselves when
 * it is replaced; there is no global instance, main() (or a test) creates one and hands it down.
 *
 * Edits go through the document's undo stack, whose clean state says whether there are changes
 * not yet saved: replacing the dataset or markSaved() makes it clean.
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
     * Changes one trade figure's value (the only edit the views offer so far) as an undoable
     * command; values derived from it follow. Emits tradeFigureChanged() for each figure that
     * changed. Returns false for an index out of range or a negative or non-finite value.
     */
    bool setTradeFigureValue(int index, double valueUsd);

    QUndoStack *undoStack() const { return m_undoStack; }
    /** Whether the dataset has edits that were not saved. */
    bool isModified() const;
    /** The dataset was written to @p fileName: that is now its file, and nothing is unsaved. */
    void markSaved(const QString &fileName);

signals:
    void aboutToReplaceDataset();
    void datasetReplaced();
    void tradeFigureChanged(int index);
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);

private:
    friend class SetTradeFigureValue;
    /** Sets the value (and the report's, when edited) and those derived from it, no undo. */
    void applyTradeFigureValue(int index, double valueUsd, std::optional<double> reportedValueUsd);

    Dataset m_dataset;
    QString m_fileName;
    QUndoStack *m_undoStack;
};

} // namespace Summit
