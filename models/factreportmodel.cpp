// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/factreportmodel.h"

#include "models/datasetdocument.h"
#include "models/sourceformat.h"

namespace Summit {

namespace {

const QString enDash = QStringLiteral("\u2013");

QString spanText(const QDate &start, const QDate &end)
{
    if (!end.isValid() || end == start)
        return formatDate(start);
    if (start.month() == end.month() && start.year() == end.year())
        return QStringLiteral("%1%2%3").arg(start.day()).arg(enDash, formatDate(end));
    return formatDate(start) + enDash + formatDate(end);
}

QString personName(const Dataset &dataset, const QString &id)
{
    const Person *person = dataset.person(id);
    return person ? person->name : id;
}

QString attendanceText(const Dataset &dataset, const Attendance &entry)
{
    QString text = entry.status == Presence::Expected ? QStringLiteral("Expected to attend")
                                                      : presenceLabel(entry.status);
    if (!entry.person.isEmpty())
        text += QStringLiteral(" (%1)").arg(personName(dataset, entry.person));
    if (!entry.reason.isEmpty())
        text += QStringLiteral(": ") + entry.reason;
    else if (!entry.note.isEmpty())
        text += QStringLiteral(": ") + entry.note;
    return text;
}

QString figureText(const Dataset &dataset, const TradeFigure &figure)
{
    return QStringLiteral("%1, %2, %3")
        .arg(formatUsd(figure.valueUsd, figure.qualifier), scopeLabel(dataset, figure),
            periodLabel(figure));
}

QString figureFact(const Dataset &dataset, const TradeFigure &figure)
{
    if (figure.statement.isEmpty())
        return scopeLabel(dataset, figure) + QStringLiteral(", ") + periodLabel(figure);
    const QString who = figure.statedBy.isEmpty() ? QStringLiteral("A speaker")
                                                  : personName(dataset, figure.statedBy);
    return QStringLiteral("%1's trade figure: one statement, reported in several ways").arg(who);
}

QString whereText(const Sources &sources)
{
    if (sources.isEmpty())
        return QStringLiteral("no source");
    QStringList parts;
    for (const SourceRef &source : sources) {
        QString part = QStringLiteral("paragraph %1").arg(source.paragraph);
        if (source.sentence > 0)
            part += QStringLiteral(", sentence %1").arg(source.sentence);
        parts.append(part);
    }
    return parts.join(QStringLiteral("; "));
}

QString documentText(const Dataset &dataset, const Sources &sources)
{
    QStringList parts;
    for (const DocumentCitation &citation : citationsByDocument(sources)) {
        const Document *document = dataset.document(citation.document);
        if (!document) {
            parts.append(citation.document);
            continue;
        }
        const QString publisher = document->publisher.isEmpty()
            ? QStringLiteral("publisher not named")
            : document->publisher;
        const QString date = document->published.isValid() ? formatDate(document->published)
                                                           : QStringLiteral("date not given");
        parts.append(publisher + QStringLiteral(", ") + date);
    }
    return parts.join(QStringLiteral("; "));
}

/** The value, label and sources of report @p n of @p fact. */
struct Report
{
    QString factLabel;
    QString value;
    Sources sources;
    Review review;
};

Report summitReport(const Dataset &dataset, const FactReports &fact, int n)
{
    const Summit &summit = dataset.summits[fact.summit];
    const SummitReport *other = n > 0 ? &summit.otherReports[n - 1] : nullptr;
    Report report;
    report.sources = other ? other->sources : summit.sources;
    report.review = other ? other->review : summit.review;
    if (fact.kind == FactReports::Kind::SummitSpan) {
        report.factLabel = QStringLiteral("the meeting's dates");
        report.value
            = other ? spanText(other->date, other->dateEnd) : spanText(summit.date, summit.dateEnd);
    } else {
        report.factLabel = QStringLiteral("the meeting's venue");
        const QString venue = other ? other->venue : summit.venue;
        report.value = venue.isEmpty() ? QStringLiteral("not named") : venue;
    }
    return report;
}

Report eventReport(const Dataset &dataset, const FactReports &fact, int n)
{
    const Event &event = dataset.events[fact.event];
    const EventReport *other = n > 0 ? &event.otherReports[n - 1] : nullptr;
    Report report;
    report.factLabel = QStringLiteral("the date and place of \u201c%1\u201d").arg(event.title);
    const QDate date = other ? other->date : event.date;
    const QTime time = other ? other->time : event.time;
    const QString location = other ? other->location : event.location;
    report.value = formatDate(date);
    if (time.isValid())
        report.value += QStringLiteral(", ") + time.toString(QStringLiteral("HH:mm"));
    report.value += QStringLiteral(", ")
        + (location.isEmpty() ? QStringLiteral("place not stated") : location);
    if (n == 0 && event.planned)
        report.value += QStringLiteral(" (planned)");
    report.sources = other ? other->sources : event.sources;
    report.review = other ? other->review : event.review;
    return report;
}

Report reportOf(const Dataset &dataset, const FactReports &fact, int n)
{
    switch (fact.kind) {
    case FactReports::Kind::Attendance: {
        const Attendance &entry = dataset.summits[fact.summit].attendance[n];
        const Country *country = dataset.country(entry.country);
        const QString name = country ? country->name : entry.country;
        return { name + QStringLiteral("'s attendance"), attendanceText(dataset, entry),
            entry.sources, entry.review };
    }
    case FactReports::Kind::TradeFigure: {
        const TradeFigure &figure = dataset.tradeFigures[n];
        const TradeFigure &first = dataset.tradeFigures[fact.reports.first()];
        // A measure's reports differ in value only; a statement's also in scope and period.
        const QString value = first.statement.isEmpty()
            ? formatUsd(figure.valueUsd, figure.qualifier)
            : figureText(dataset, figure);
        return { figureFact(dataset, first), value, figure.sources, figure.review };
    }
    case FactReports::Kind::SummitSpan:
    case FactReports::Kind::SummitVenue:
        return summitReport(dataset, fact, n);
    case FactReports::Kind::EventDate:
        return eventReport(dataset, fact, n);
    }
    return {};
}

} // namespace

FactReportModel::FactReportModel(const DatasetDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(
        document, &DatasetDocument::aboutToReplaceDataset, this, &FactReportModel::beginResetModel);
    connect(document, &DatasetDocument::datasetReplaced, this, [this] {
        rebuild();
        endResetModel();
    });
    connect(document, &DatasetDocument::tradeFigureChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    // A judgement changes which reports count, hence every row of the fact's relation.
    connect(document, &DatasetDocument::reviewChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    rebuild();
}

void FactReportModel::rebuild()
{
    const Dataset &dataset = m_document->dataset();
    m_rows.clear();
    m_facts.clear();
    // Grouped by summit: the summits in file order, then the facts of no summit.
    const QList<FactReports> all = collectFactReports(dataset);
    QList<int> summits;
    for (int s = 0; s < dataset.summits.size(); ++s)
        summits.append(s);
    summits.append(-1);
    for (int summit : summits) {
        for (const FactReports &fact : all) {
            if (fact.summit == summit)
                m_facts.append(fact);
        }
    }
    for (int f = 0; f < m_facts.size(); ++f) {
        const FactReports &fact = m_facts[f];
        const QString summit = fact.summit >= 0 ? dataset.summits[fact.summit].title
                                                : QStringLiteral("Not tied to a summit");
        for (int n : fact.reports) {
            const Report report = reportOf(dataset, fact, n);
            m_rows.append(
                { f, summit, report.factLabel, report.value, documentText(dataset, report.sources),
                    whereText(report.sources), report.sources, report.review });
        }
    }
}

QList<int> FactReportModel::rowsOfFact(int fact) const
{
    QList<int> rows;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].fact == fact)
            rows.append(r);
    }
    return rows;
}

int FactReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FactReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FactReportModel::relationText(Relation relation)
{
    switch (relation) {
    case Relation::Agree:
        return QStringLiteral("agree");
    case Relation::Differ:
        return QStringLiteral("differ");
    case Relation::FillsUnknown:
        return QStringLiteral("fills an unknown");
    case Relation::ChangeOfPlan:
        return QStringLiteral("change of plan");
    case Relation::ReadDifferently:
        return QStringLiteral("read differently");
    }
    return {};
}

QString FactReportModel::relationExplanation(Relation relation)
{
    switch (relation) {
    case Relation::Agree:
        return QStringLiteral("the reports are compatible");
    case Relation::Differ:
        return QStringLiteral("they cannot all be right");
    case Relation::FillsUnknown:
        return QStringLiteral("one report says what another leaves unknown");
    case Relation::ChangeOfPlan:
        return QStringLiteral("announced before, then not so: both true of their moment");
    case Relation::ReadDifferently:
        return QStringLiteral("one statement, reported with another scope or hedge");
    }
    return {};
}

QString FactReportModel::noFactsText()
{
    return QStringLiteral("No fact in this dataset is stated by more than one report, so there is "
                          "nothing to compare: every fact has a single report.");
}

QVariant FactReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const FactReports &fact = m_facts[row.fact];
    const bool setAside = row.review.verdict == Review::SetAside;
    const bool preferred = row.review.verdict == Review::Preferred;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SummitColumn:
            return row.summit;
        case FactColumn:
            return row.factLabel;
        case ReportColumn:
            return row.value;
        case DocumentColumn:
            return row.document;
        case WhereColumn:
            return row.where;
        case RelationColumn: {
            if (setAside)
                return QStringLiteral("set aside: %1 (not counted)").arg(row.review.reason);
            const QString text = relationText(fact.relation);
            return preferred ? text + QStringLiteral(", \u2605 preferred") : text;
        }
        }
        return {};
    case RelationRole:
        return int(fact.relation);
    case FactRole:
        return row.fact;
    case DocumentRole:
        return row.sources.isEmpty() ? QString() : row.sources.first().document;
    case ParagraphRole:
        return row.sources.isEmpty() ? 0 : row.sources.first().paragraph;
    case SentenceRole:
        return row.sources.isEmpty() ? 0 : row.sources.first().sentence;
    case SetAsideRole:
        return setAside;
    case PreferredRole:
        return preferred;
    case SummitRole:
        return fact.summit;
    case DocumentsRole: {
        QStringList ids;
        for (const SourceRef &source : row.sources) {
            if (!ids.contains(source.document))
                ids.append(source.document);
        }
        return ids;
    }
    }
    return {};
}

QVariant FactReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SummitColumn:
        return QStringLiteral("Summit");
    case FactColumn:
        return QStringLiteral("Fact");
    case ReportColumn:
        return QStringLiteral("Report (value as hedged)");
    case DocumentColumn:
        return QStringLiteral("Document");
    case WhereColumn:
        return QStringLiteral("Where");
    case RelationColumn:
        return QStringLiteral("Relation");
    }
    return {};
}

} // namespace Summit
