// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetdocument.h"

#include "models/agreement.h"
#include "models/sourceformat.h"

#include <QLocale>
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

/**
 * The judgements of one or more reports of one fact, changed together: preferring one report
 * takes the preference from the others in the same step, so that one undo gives it back.
 */
class SetReviews : public QUndoCommand
{
public:
    struct Change
    {
        ReportRef report;
        Review before;
        Review after;
    };

    SetReviews(DatasetDocument *document, QList<Change> changes, const QString &text)
        : m_document(document)
        , m_changes(std::move(changes))
    {
        setText(text);
    }

    void redo() override
    {
        for (const Change &change : std::as_const(m_changes))
            m_document->applyReview(change.report, change.after);
    }
    void undo() override
    {
        for (auto change = m_changes.crbegin(); change != m_changes.crend(); ++change)
            m_document->applyReview(change->report, change->before);
    }

private:
    DatasetDocument *m_document;
    QList<Change> m_changes;
};

ReportRef ReportRef::of(const FactReports &fact, int report)
{
    switch (fact.kind) {
    case FactReports::Kind::Attendance:
        return { Kind::Attendance, fact.summit, report };
    case FactReports::Kind::TradeFigure:
        return { Kind::TradeFigure, -1, report };
    case FactReports::Kind::SummitSpan:
    case FactReports::Kind::SummitVenue:
        return { Kind::Summit, fact.summit, report };
    case FactReports::Kind::EventDate:
        return { Kind::Event, fact.event, report };
    }
    return {};
}

namespace {

/** "Brief Wire", or "Brief Wire and Agency One": who made the report, by its documents. */
QString reporters(const Dataset &dataset, const Sources &sources)
{
    QStringList names;
    for (const SourceRef &source : sources) {
        const Document *document = dataset.document(source.document);
        QString name = document ? document->publisher : source.document;
        if (name.isEmpty() && document)
            name = document->title;
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    if (names.size() > 1) {
        const QString last = names.takeLast();
        return names.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
    }
    return names.value(0, QStringLiteral("an unnamed source"));
}

/** "Leningrad Region, December 2024": a summit as a reader tells it from the others. */
QString summitWords(const Summit &summit)
{
    const QString month
        = QLocale(QLocale::English).toString(summit.date, QStringLiteral("MMMM yyyy"));
    if (summit.city.isEmpty())
        return month.isEmpty() ? summit.title : month;
    return month.isEmpty() ? summit.city : summit.city + QStringLiteral(", ") + month;
}

} // namespace

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

Review *DatasetDocument::mutableReview(const ReportRef &report)
{
    const bool inSummits = report.parent >= 0 && report.parent < m_dataset.summits.size();
    const bool inEvents = report.parent >= 0 && report.parent < m_dataset.events.size();
    switch (report.kind) {
    case ReportRef::Kind::Attendance:
        if (inSummits && report.report >= 0
            && report.report < m_dataset.summits[report.parent].attendance.size())
            return &m_dataset.summits[report.parent].attendance[report.report].review;
        return nullptr;
    case ReportRef::Kind::TradeFigure:
        if (report.report >= 0 && report.report < m_dataset.tradeFigures.size())
            return &m_dataset.tradeFigures[report.report].review;
        return nullptr;
    case ReportRef::Kind::Summit:
        if (!inSummits || report.report < 0)
            return nullptr;
        if (report.report == 0)
            return &m_dataset.summits[report.parent].review;
        if (report.report <= m_dataset.summits[report.parent].otherReports.size())
            return &m_dataset.summits[report.parent].otherReports[report.report - 1].review;
        return nullptr;
    case ReportRef::Kind::Event:
        if (!inEvents || report.report < 0)
            return nullptr;
        if (report.report == 0)
            return &m_dataset.events[report.parent].review;
        if (report.report <= m_dataset.events[report.parent].otherReports.size())
            return &m_dataset.events[report.parent].otherReports[report.report - 1].review;
        return nullptr;
    }
    return nullptr;
}

const Review *DatasetDocument::review(const ReportRef &report) const
{
    return const_cast<DatasetDocument *>(this)->mutableReview(report);
}

QList<ReportRef> DatasetDocument::reportsOfSameFact(const ReportRef &report) const
{
    if (!review(report))
        return {};
    QList<ReportRef> reports;
    switch (report.kind) {
    case ReportRef::Kind::Attendance: {
        const QList<Attendance> &entries = m_dataset.summits[report.parent].attendance;
        for (int i = 0; i < entries.size(); ++i) {
            if (entries[i].country == entries[report.report].country)
                reports.append({ report.kind, report.parent, i });
        }
        break;
    }
    case ReportRef::Kind::TradeFigure:
        // A figure may report a measure and a statement at once: both are its fact.
        for (const FactReports &fact : collectFactReports(m_dataset)) {
            if (fact.kind != FactReports::Kind::TradeFigure
                || !fact.reports.contains(report.report))
                continue;
            for (int other : fact.reports) {
                if (!reports.contains(ReportRef { report.kind, -1, other }))
                    reports.append({ report.kind, -1, other });
            }
        }
        if (reports.isEmpty())
            reports.append(report);
        break;
    case ReportRef::Kind::Summit:
        for (int i = 0; i <= m_dataset.summits[report.parent].otherReports.size(); ++i)
            reports.append({ report.kind, report.parent, i });
        break;
    case ReportRef::Kind::Event:
        for (int i = 0; i <= m_dataset.events[report.parent].otherReports.size(); ++i)
            reports.append({ report.kind, report.parent, i });
        break;
    }
    return reports;
}

QString DatasetDocument::describeReport(const ReportRef &report) const
{
    if (!review(report))
        return {};
    switch (report.kind) {
    case ReportRef::Kind::Attendance: {
        const Summit &summit = m_dataset.summits[report.parent];
        const Attendance &entry = summit.attendance[report.report];
        const Country *country = m_dataset.country(entry.country);
        return QStringLiteral("%1 at %2: %3 (report by %4)")
            .arg(country ? country->name : entry.country, summitWords(summit),
                presenceLabel(entry.status).toLower(), reporters(m_dataset, entry.sources));
    }
    case ReportRef::Kind::TradeFigure: {
        const TradeFigure &figure = m_dataset.tradeFigures[report.report];
        return QStringLiteral("%1, %2: %3 (report by %4)")
            .arg(scopeLabel(m_dataset, figure), periodLabel(figure),
                formatUsd(figure.valueUsd, figure.qualifier), reporters(m_dataset, figure.sources));
    }
    case ReportRef::Kind::Summit: {
        const Summit &summit = m_dataset.summits[report.parent];
        const Sources &sources
            = report.report == 0 ? summit.sources : summit.otherReports[report.report - 1].sources;
        return QStringLiteral("the dates and venue of %1 (report by %2)")
            .arg(summitWords(summit), reporters(m_dataset, sources));
    }
    case ReportRef::Kind::Event: {
        const Event &event = m_dataset.events[report.parent];
        const Sources &sources
            = report.report == 0 ? event.sources : event.otherReports[report.report - 1].sources;
        return QStringLiteral("the date and place of \u201c%1\u201d (report by %2)")
            .arg(event.title, reporters(m_dataset, sources));
    }
    }
    return {};
}

bool DatasetDocument::setReview(const ReportRef &report, const Review &review)
{
    const Review *current = this->review(report);
    if (!current)
        return false;
    Review wanted = review;
    wanted.reason = wanted.reason.trimmed();
    if (wanted.verdict == Review::SetAside && wanted.reason.isEmpty())
        return false;
    if (wanted.verdict == Review::None)
        wanted.reason.clear();
    if (*current == wanted)
        return true;
    QList<SetReviews::Change> changes { { report, *current, wanted } };
    if (wanted.verdict == Review::Preferred) {
        for (const ReportRef &other : reportsOfSameFact(report)) {
            const Review *otherReview = this->review(other);
            if (other != report && otherReview->verdict == Review::Preferred)
                changes.append({ other, *otherReview, Review {} });
        }
    }
    QString verb;
    switch (wanted.verdict) {
    case Review::None:
        verb = QStringLiteral("clear judgement");
        break;
    case Review::Preferred:
        verb = QStringLiteral("prefer");
        break;
    case Review::SetAside:
        verb = QStringLiteral("set aside");
        break;
    }
    m_undoStack->push(new SetReviews(
        this, std::move(changes), QStringLiteral("%1: %2").arg(verb, describeReport(report))));
    return true;
}

bool DatasetDocument::preferReport(const ReportRef &report, const QString &reason)
{
    return setReview(report, { Review::Preferred, reason });
}

bool DatasetDocument::setReportAside(const ReportRef &report, const QString &reason)
{
    return setReview(report, { Review::SetAside, reason });
}

bool DatasetDocument::clearReview(const ReportRef &report)
{
    return setReview(report, {});
}

void DatasetDocument::applyReview(const ReportRef &report, const Review &review)
{
    Review *target = mutableReview(report);
    Q_ASSERT(target);
    *target = review;
    emit reviewChanged(report);
}

} // namespace Summit
