// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/agreement.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Summit {

namespace {

// The widths of the hedges, as fractions of the stated value (docs/data-format.md).
constexpr double almostWidth = 0.05;
constexpr double aboutWidth = 0.05;
constexpr double overWidth = 0.10;
constexpr double slightlyOverWidth = 0.03;
constexpr double underWidth = 0.10;
// No figure in the reports is stated finer than a million dollars.
constexpr double finestUnit = 1e6;

/** Half a unit of the last non-zero digit: 83.7 billion is stated to 0.1 billion. */
double halfUnit(double value)
{
    return statedUnit(value) / 2;
}

/** The date a report speaks for: the earliest date of the documents it cites. */
QDate reportDate(const Dataset &dataset, const Sources &sources)
{
    QDate earliest;
    for (const SourceRef &source : sources) {
        const QDate date = dataset.documentDate(source.document);
        if (date.isValid() && (!earliest.isValid() || date < earliest))
            earliest = date;
    }
    return earliest;
}

/** Relation of a whole group: the strongest pairwise relation among its reports. */
template<typename Compare>
Relation strongest(const QList<int> &reports, const QList<int> &setAside, Compare compare)
{
    Relation result = Relation::Agree;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        if (setAside.contains(reports[i]))
            continue;
        for (qsizetype j = i + 1; j < reports.size(); ++j) {
            if (setAside.contains(reports[j]))
                continue;
            const Relation relation = compare(reports[i], reports[j]);
            if (relationStrength(relation) > relationStrength(result))
                result = relation;
        }
    }
    return result;
}

void noteReview(FactReports &fact, int report, const Review &review)
{
    if (review.verdict == Review::SetAside)
        fact.setAside.append(report);
    else if (review.verdict == Review::Preferred)
        fact.preferred = report;
}

void collectAttendance(const Dataset &dataset, int summitIndex, QList<FactReports> &facts)
{
    const Summit &summit = dataset.summits[summitIndex];
    QList<QString> order;
    QHash<QString, FactReports> byCountry;
    for (int i = 0; i < summit.attendance.size(); ++i) {
        const Attendance &entry = summit.attendance[i];
        auto found = byCountry.find(entry.country);
        if (found == byCountry.end()) {
            order.append(entry.country);
            FactReports fact;
            fact.kind = FactReports::Kind::Attendance;
            fact.summit = summitIndex;
            fact.subject = entry.country;
            found = byCountry.insert(entry.country, fact);
        }
        found->reports.append(i);
        noteReview(*found, i, entry.review);
    }
    for (const QString &country : order) {
        FactReports fact = byCountry.value(country);
        if (fact.reports.size() < 2)
            continue;
        fact.relation = strongest(fact.reports, fact.setAside, [&](int a, int b) {
            const Attendance &first = summit.attendance[a];
            const Attendance &second = summit.attendance[b];
            const QDate dateA = reportDate(dataset, first.sources);
            const QDate dateB = reportDate(dataset, second.sources);
            if (dateB.isValid() && dateA.isValid() && dateB < dateA)
                return compareAttendance(second.status, first.status);
            return compareAttendance(first.status, second.status);
        });
        facts.append(fact);
    }
}

void collectSummitReports(const Dataset &dataset, int summitIndex, QList<FactReports> &facts)
{
    const Summit &summit = dataset.summits[summitIndex];
    if (summit.otherReports.isEmpty())
        return;
    FactReports span;
    span.kind = FactReports::Kind::SummitSpan;
    span.summit = summitIndex;
    span.subject = summit.id;
    FactReports venue = span;
    venue.kind = FactReports::Kind::SummitVenue;
    const auto start
        = [&](int n) { return n == 0 ? summit.date : summit.otherReports[n - 1].date; };
    const auto end = [&](int n) {
        const QDate last = n == 0 ? summit.dateEnd : summit.otherReports[n - 1].dateEnd;
        return last.isValid() ? last : start(n);
    };
    const auto venueOf
        = [&](int n) { return n == 0 ? summit.venue : summit.otherReports[n - 1].venue; };
    for (int n = 0; n <= summit.otherReports.size(); ++n) {
        const Review &review = n == 0 ? summit.review : summit.otherReports[n - 1].review;
        // A report that gives no date (null) speaks to the venue only, and the other way round.
        if (start(n).isValid()) {
            span.reports.append(n);
            noteReview(span, n, review);
        }
        if (!venueOf(n).isEmpty() || n == 0) {
            venue.reports.append(n);
            noteReview(venue, n, review);
        }
    }
    span.relation = strongest(span.reports, span.setAside,
        [&](int a, int b) { return compareSpans(start(a), end(a), start(b), end(b)); });
    venue.relation = strongest(venue.reports, venue.setAside, [&](int a, int b) {
        if (venueOf(a).isEmpty() || venueOf(b).isEmpty())
            return venueOf(a) == venueOf(b) ? Relation::Agree : Relation::FillsUnknown;
        return venueOf(a) == venueOf(b) ? Relation::Agree : Relation::Differ;
    });
    for (FactReports *fact : { &span, &venue }) {
        if (fact->reports.size() >= 2)
            facts.append(*fact);
    }
}

void collectEventReports(const Dataset &dataset, QList<FactReports> &facts)
{
    for (int i = 0; i < dataset.events.size(); ++i) {
        const Event &event = dataset.events[i];
        if (event.otherReports.isEmpty())
            continue;
        FactReports fact;
        fact.kind = FactReports::Kind::EventDate;
        fact.event = i;
        for (int s = 0; s < dataset.summits.size(); ++s) {
            if (dataset.summits[s].id == event.summit)
                fact.summit = s;
        }
        fact.subject = event.id;
        const auto dateOf
            = [&](int n) { return n == 0 ? event.date : event.otherReports[n - 1].date; };
        for (int n = 0; n <= event.otherReports.size(); ++n) {
            fact.reports.append(n);
            noteReview(fact, n, n == 0 ? event.review : event.otherReports[n - 1].review);
        }
        fact.relation = strongest(fact.reports, fact.setAside, [&](int a, int b) {
            return dateOf(a) == dateOf(b) ? Relation::Agree : Relation::Differ;
        });
        facts.append(fact);
    }
}

void collectTradeFigures(const Dataset &dataset, QList<FactReports> &facts)
{
    // A figure joins the group of its statement where it names one, else of its measure.
    QList<QString> order;
    QHash<QString, FactReports> groups;
    for (int i = 0; i < dataset.tradeFigures.size(); ++i) {
        const TradeFigure &figure = dataset.tradeFigures[i];
        if (figure.derived)
            continue; // computed by the project, not reported
        const QString key = figure.statement.isEmpty()
            ? QStringLiteral("measure:") + measureKey(figure)
            : QStringLiteral("statement:") + figure.statement;
        auto found = groups.find(key);
        if (found == groups.end()) {
            order.append(key);
            FactReports fact;
            fact.kind = FactReports::Kind::TradeFigure;
            fact.subject = key;
            for (int s = 0; s < dataset.summits.size(); ++s) {
                if (dataset.summits[s].id == figure.summit)
                    fact.summit = s;
            }
            found = groups.insert(key, fact);
        }
        found->reports.append(i);
        noteReview(*found, i, figure.review);
    }
    for (const QString &key : order) {
        FactReports fact = groups.value(key);
        if (fact.reports.size() < 2)
            continue;
        fact.relation = strongest(fact.reports, fact.setAside, [&](int a, int b) {
            return compareFigures(dataset.tradeFigures[a], dataset.tradeFigures[b]).relation;
        });
        facts.append(fact);
    }
}

} // namespace

int relationStrength(Relation relation)
{
    switch (relation) {
    case Relation::Agree:
        return 0;
    case Relation::FillsUnknown:
        return 1;
    case Relation::ChangeOfPlan:
        return 2;
    case Relation::ReadDifferently:
        return 3;
    case Relation::Differ:
        return 4;
    }
    return 0;
}

double statedUnit(double valueUsd)
{
    double unit = finestUnit;
    while (unit * 10 <= valueUsd) {
        const double quotient = valueUsd / (unit * 10);
        if (std::abs(quotient - std::round(quotient)) > 1e-9 * quotient)
            break;
        unit *= 10;
    }
    return unit;
}

bool ValueInterval::overlaps(const ValueInterval &other) const
{
    // Touching ends overlap only when both ends are closed.
    if (high < other.low || other.high < low)
        return false;
    if (high == other.low)
        return !highOpen && !other.lowOpen;
    if (other.high == low)
        return !other.highOpen && !lowOpen;
    return true;
}

ValueInterval intervalOf(double valueUsd, Qualifier qualifier)
{
    const double v = valueUsd;
    switch (qualifier) {
    case Qualifier::Exact: {
        const double half = v > 0 ? halfUnit(v) : 0;
        return { v - half, v + half, false, false };
    }
    case Qualifier::Approximately:
        return { v * (1 - aboutWidth), v * (1 + aboutWidth), false, false };
    case Qualifier::Almost:
        return { v * (1 - almostWidth), v, false, true };
    case Qualifier::Over:
        return { v, v * (1 + overWidth), true, false };
    case Qualifier::SlightlyOver:
        return { v, v * (1 + slightlyOverWidth), true, false };
    case Qualifier::Under:
        return { v * (1 - underWidth), v, false, true };
    }
    return { v, v, false, false };
}

QString toString(Relation relation)
{
    switch (relation) {
    case Relation::Agree:
        return QStringLiteral("agree");
    case Relation::Differ:
        return QStringLiteral("differ");
    case Relation::FillsUnknown:
        return QStringLiteral("fills-unknown");
    case Relation::ChangeOfPlan:
        return QStringLiteral("change-of-plan");
    case Relation::ReadDifferently:
        return QStringLiteral("read-differently");
    }
    return {};
}

FigureComparison compareFigures(const TradeFigure &a, const TradeFigure &b)
{
    FigureComparison result;
    result.valuesOverlap
        = intervalOf(a.valueUsd, a.qualifier).overlaps(intervalOf(b.valueUsd, b.qualifier));
    QStringList partiesA = a.countries;
    QStringList partiesB = b.countries;
    partiesA.sort();
    partiesB.sort();
    result.sameScope = a.scope == b.scope && partiesA == partiesB;
    result.samePeriod = a.periodStart == b.periodStart && a.periodEnd == b.periodEnd;
    if (!result.valuesOverlap)
        result.relation = Relation::Differ;
    else if (result.sameScope && result.samePeriod)
        result.relation = Relation::Agree;
    else if (!a.statement.isEmpty() && a.statement == b.statement)
        result.relation = result.samePeriod ? Relation::ReadDifferently : Relation::Differ;
    else
        result.relation = Relation::Differ; // two measures are never one fact
    return result;
}

Relation compareAttendance(Presence a, Presence b)
{
    if (a == b)
        return Relation::Agree;
    if (a == Presence::Unknown || b == Presence::Unknown)
        return Relation::FillsUnknown;
    if (a == Presence::Expected)
        return b == Presence::Present ? Relation::Agree : Relation::ChangeOfPlan;
    if (b == Presence::Expected)
        return a == Presence::Present ? Relation::Agree : Relation::Differ;
    return Relation::Differ; // present against absent
}

Relation compareSpans(
    const QDate &startA, const QDate &endA, const QDate &startB, const QDate &endB)
{
    return startA == startB && endA == endB ? Relation::Agree : Relation::Differ;
}

AttendanceSummary summarizeAttendance(
    const Dataset &dataset, const Summit &summit, const QString &country)
{
    AttendanceSummary summary;
    QList<int> entries;
    QList<int> setAside;
    int preferred = -1;
    for (int i = 0; i < summit.attendance.size(); ++i) {
        const Attendance &entry = summit.attendance[i];
        if (entry.country != country)
            continue;
        ++summary.reports;
        entries.append(i);
        if (entry.review.verdict == Review::SetAside)
            setAside.append(i);
        else if (entry.review.verdict == Review::Preferred)
            preferred = i;
    }
    summary.setAside = int(setAside.size());
    const auto dateOf = [&](int i) { return reportDate(dataset, summit.attendance[i].sources); };
    summary.relation = strongest(entries, setAside, [&](int a, int b) {
        const QDate dateA = dateOf(a);
        const QDate dateB = dateOf(b);
        if (dateA.isValid() && dateB.isValid() && dateB < dateA)
            return compareAttendance(summit.attendance[b].status, summit.attendance[a].status);
        return compareAttendance(summit.attendance[a].status, summit.attendance[b].status);
    });
    if (preferred >= 0) {
        summary.status = summit.attendance[preferred].status;
        return summary;
    }
    if (summary.relation == Relation::Differ)
        return summary; // Unknown: the reports come to no answer
    // The latest report that knows; among equally dated ones, the later in the file.
    const auto rank = [](Presence status) {
        return status == Presence::Present || status == Presence::Absent ? 2
            : status == Presence::Expected                               ? 1
                                                                         : 0;
    };
    int best = -1;
    for (const int i : entries) {
        if (setAside.contains(i))
            continue;
        const Presence status = summit.attendance[i].status;
        if (best < 0 || rank(status) > rank(summit.attendance[best].status)
            || (rank(status) == rank(summit.attendance[best].status)
                && !(dateOf(i) < dateOf(best)))) {
            best = i;
        }
    }
    if (best >= 0)
        summary.status = summit.attendance[best].status;
    return summary;
}

QString measureKey(const TradeFigure &figure)
{
    QStringList parties = figure.countries;
    parties.sort();
    return QStringLiteral("%1/%2/%3/%4")
        .arg(figure.scope, parties.join(QLatin1Char('-')), figure.periodStart.toString(Qt::ISODate),
            figure.periodEnd.toString(Qt::ISODate));
}

QList<FactReports> collectFactReports(const Dataset &dataset)
{
    QList<FactReports> facts;
    for (int s = 0; s < dataset.summits.size(); ++s) {
        collectSummitReports(dataset, s, facts);
        collectAttendance(dataset, s, facts);
    }
    collectEventReports(dataset, facts);
    collectTradeFigures(dataset, facts);
    return facts;
}

} // namespace Summit
