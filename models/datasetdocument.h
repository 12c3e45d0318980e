// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"

#include <QList>
#include <QObject>
#include <QString>

class QUndoStack;

namespace Summit {

struct FactReports;

/**
 * One report of a fact, by where it lives in the dataset; the numbering is FactReports'. A
 * summit's own reading and its otherReports are one fact (its dates and venue), as are an
 * event's own reading and its otherReports.
 */
struct ReportRef
{
    enum class Kind
    {
        Attendance, ///< parent: summit index; report: index into Summit::attendance
        TradeFigure, ///< parent unused (-1); report: index into Dataset::tradeFigures
        Summit, ///< parent: summit index; report: 0 the summit's own reading, n otherReports[n-1]
        Event ///< parent: event index; report: 0 the event's own reading, n otherReports[n-1]
    };

    Kind kind = Kind::TradeFigure;
    int parent = -1;
    int report = -1;

    /** Report @p report (an entry of FactReports::reports) of @p fact. */
    static ReportRef of(const FactReports &fact, int report);

    friend bool operator==(const ReportRef &, const ReportRef &) = default;
};

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

    /** The user's judgement of @p report; nullptr when @p report names no report. */
    const Review *review(const ReportRef &report) const;
    /** Every report of the fact @p report belongs to, @p report included; empty when invalid. */
    QList<ReportRef> reportsOfSameFact(const ReportRef &report) const;
    /**
     * The report in words, for undo texts and dialogs: "Azerbaijan at Leningrad Region,
     * December 2024 (report by Brief Wire)". Empty when @p report names no report.
     */
    QString describeReport(const ReportRef &report) const;

    /**
     * Records the user's judgement of one report as one undoable step; emits reviewChanged() for
     * each report whose judgement changed. Preferring a report takes the preference from every
     * other report of its fact in the same step (one fact has at most one preferred report).
     * Returns false, changing nothing, for a report that does not exist or a set-aside without
     * a reason. The reason is trimmed.
     */
    bool setReview(const ReportRef &report, const Review &review);
    bool preferReport(const ReportRef &report, const QString &reason = QString());
    bool setReportAside(const ReportRef &report, const QString &reason);
    bool clearReview(const ReportRef &report);

    QUndoStack *undoStack() const { return m_undoStack; }
    /** Whether the dataset has edits that were not saved. */
    bool isModified() const;
    /** The dataset was written to @p fileName: that is now its file, and nothing is unsaved. */
    void markSaved(const QString &fileName);

signals:
    void aboutToReplaceDataset();
    void datasetReplaced();
    void tradeFigureChanged(int index);
    /** The user's judgement of @p report changed (an edit, its undo or its redo). */
    void reviewChanged(const ReportRef &report);
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);

private:
    friend class SetTradeFigureValue;
    friend class SetReviews;
    Review *mutableReview(const ReportRef &report);
    void applyReview(const ReportRef &report, const Review &review);
    /** Sets the value (and the report's, when edited) and those derived from it, no undo. */
    void applyTradeFigureValue(int index, double valueUsd, std::optional<double> reportedValueUsd);

    Dataset m_dataset;
    QString m_fileName;
    QUndoStack *m_undoStack;
};

} // namespace Summit
