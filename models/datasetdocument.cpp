// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetdocument.h"

#include "models/sourceformat.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <cmath>
#include <utility>

namespace Summit {

/**
 * The edit of one trade figure's value; successive edits of one figure merge into one step. The
 * report's value is kept beside the typed one (TradeFigure::reportedValueUsd), so that views can
 * say the value is the user's; typing the report's value back makes it the report's again.
 */
class SetTradeFigureValue : public QUndoCommand
{
public:
    SetTradeFigureValue(DatasetDocument *document, int index, double valueUsd)
        : m_document(document)
        , m_index(index)
        , m_old(document->dataset().tradeFigures.at(index).valueUsd)
        , m_new(valueUsd)
        , m_oldReported(document->dataset().tradeFigures.at(index).reportedValueUsd)
    {
        const TradeFigure &figure = document->dataset().tradeFigures.at(index);
        // The menu reads "Undo edit of trade between CIS members, Jan–Oct 2023".
        const QString name = tradeFigureName(document->dataset(), figure);
        setText(QStringLiteral("Edit of %1\nedit of %1").arg(name));
        updateNewReported();
    }

    void redo() override { m_document->applyTradeFigureValue(m_index, m_new, m_newReported); }
    void undo() override { m_document->applyTradeFigureValue(m_index, m_old, m_oldReported); }
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const SetTradeFigureValue *>(other);
        if (edit->m_index != m_index)
            return false;
        m_new = edit->m_new;
        updateNewReported();
        return true;
    }

private:
    void updateNewReported()
    {
        const double reported = m_oldReported.value_or(m_old);
        m_newReported = m_new == reported ? std::nullopt : std::optional<double>(reported);
    }

    DatasetDocument *m_document;
    int m_index;
    double m_old;
    double m_new;
    std::optional<double> m_oldReported;
    std::optional<double> m_newReported;
};

DatasetDocument::DatasetDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
        [this](bool clean) { emit modifiedChanged(!clean); });
}

void DatasetDocument::setDataset(Dataset dataset, const QString &fileName)
{
    emit aboutToReplaceDataset();
    // The commands point into the old dataset; they cannot be undone in the new one.
    m_undoStack->clear();
    m_dataset = std::move(dataset);
    // A dataset built in code (tests, generators) gets the same undated-status dates as a file.
    m_dataset.attestUndatedMemberships();
    m_fileName = fileName;
    emit datasetReplaced();
    emit fileNameChanged(m_fileName);
}

bool DatasetDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void DatasetDocument::markSaved(const QString &fileName)
{
    m_fileName = fileName;
    m_undoStack->setClean();
    emit fileNameChanged(m_fileName);
}

bool DatasetDocument::setTradeFigureValue(int index, double valueUsd)
{
    if (index < 0 || index >= m_dataset.tradeFigures.size() || !std::isfinite(valueUsd)
        || valueUsd < 0)
        return false;
    if (m_dataset.tradeFigures.at(index).valueUsd != valueUsd)
        m_undoStack->push(new SetTradeFigureValue(this, index, valueUsd));
    return true;
}

void DatasetDocument::applyTradeFigureValue(
    int index, double valueUsd, std::optional<double> reportedValueUsd)
{
    m_dataset.tradeFigures[index].valueUsd = valueUsd;
    m_dataset.tradeFigures[index].reportedValueUsd = reportedValueUsd;
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
}

} // namespace Summit
