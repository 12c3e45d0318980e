// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/reportshtml.h"

#include "models/agreement.h"
#include "models/sourceformat.h"

#include <QLocale>

namespace Summit::ReportsHtml {

namespace {

const QString scheme = QStringLiteral("review");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString actionName(ReviewLink::Action action)
{
    switch (action) {
    case ReviewLink::Action::Prefer:
        return QStringLiteral("prefer");
    case ReviewLink::Action::SetAside:
        return QStringLiteral("set-aside");
    case ReviewLink::Action::Clear:
        return QStringLiteral("clear");
    }
    return {};
}

QString longDate(const QDate &date)
{
    return QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString spanText(const QDate &first, const QDate &last)
{
    if (first.isNull())
        return QStringLiteral("<i>no date</i>");
    if (last.isNull() || last == first)
        return longDate(first);
    return QStringLiteral("%1 to %2").arg(longDate(first), longDate(last));
}

const Sources &sourcesOf(const Dataset &dataset, const ReportRef &report)
{
    static const Sources none;
    switch (report.kind) {
    case ReportRef::Kind::Attendance:
        return dataset.summits[report.parent].attendance[report.report].sources;
    case ReportRef::Kind::TradeFigure:
        return dataset.tradeFigures[report.report].sources;
    case ReportRef::Kind::Summit: {
        const Summit &summit = dataset.summits[report.parent];
        return report.report == 0 ? summit.sources : summit.otherReports[report.report - 1].sources;
    }
    case ReportRef::Kind::Event: {
        const Event &event = dataset.events[report.parent];
        return report.report == 0 ? event.sources : event.otherReports[report.report - 1].sources;
    }
    }
    return none;
}

/** What the report says of the fact, as a reader compares it with the others. */
QString readingHtml(const Dataset &dataset, const ReportRef &report)
{
    switch (report.kind) {
    case ReportRef::Kind::Attendance: {
        const Attendance &entry = dataset.summits[report.parent].attendance[report.report];
        QString html = QStringLiteral("<b>%1</b>").arg(esc(presenceLabel(entry.status)));
        if (const Person *person = dataset.person(entry.person))
            html += QStringLiteral(" (%1)").arg(esc(person->name));
        if (!entry.reason.isEmpty())
            html += QStringLiteral(": %1").arg(esc(entry.reason));
        if (!entry.note.isEmpty())
            html += QStringLiteral("<br><i>%1</i>").arg(esc(entry.note));
        return html;
    }
    case ReportRef::Kind::TradeFigure: {
        const TradeFigure &figure = dataset.tradeFigures[report.report];
        return QStringLiteral("<b>%1</b>, %2, %3")
            .arg(esc(formatUsd(figure.valueUsd, figure.qualifier)),
                esc(scopeLabel(dataset, figure)), esc(periodLabel(figure)));
    }
    case ReportRef::Kind::Summit: {
        const Summit &summit = dataset.summits[report.parent];
        QDate first = summit.date, last = summit.dateEnd;
        QString venue = summit.venue;
        if (report.report > 0) {
            const SummitReport &other = summit.otherReports[report.report - 1];
            first = other.date;
            last = other.dateEnd;
            venue = other.venue;
        }
        return QStringLiteral("<b>%1</b>, %2")
            .arg(spanText(first, last),
                venue.isEmpty() ? QStringLiteral("<i>no venue</i>") : esc(venue));
    }
    case ReportRef::Kind::Event: {
        const Event &event = dataset.events[report.parent];
        QDate date = event.date;
        QTime time = event.time;
        QString location = event.location;
        if (report.report > 0) {
            const EventReport &other = event.otherReports[report.report - 1];
            date = other.date;
            time = other.time;
            location = other.location;
        }
        QString html = QStringLiteral("<b>%1</b>").arg(spanText(date, {}));
        if (time.isValid())
            html += QStringLiteral(", ") + time.toString(QStringLiteral("HH:mm"));
        return html + QStringLiteral(", ")
            + (location.isEmpty() ? QStringLiteral("<i>no place</i>") : esc(location));
    }
    }
    return {};
}

/** The earliest date the report's documents speak for; orders "expected" before "absent". */
QDate reportDate(const Dataset &dataset, const ReportRef &report)
{
    QDate earliest;
    for (const SourceRef &source : sourcesOf(dataset, report)) {
        const QDate date = dataset.documentDate(source.document);
        if (!date.isNull() && (earliest.isNull() || date < earliest))
            earliest = date;
    }
    return earliest;
}

/** How two reports of one fact relate; nullopt when they speak of different parts of it. */
std::optional<Relation> relationOf(const Dataset &dataset, const ReportRef &a, const ReportRef &b)
{
    switch (a.kind) {
    case ReportRef::Kind::Attendance: {
        const auto &entries = dataset.summits[a.parent].attendance;
        const bool aFirst = reportDate(dataset, a) <= reportDate(dataset, b);
        const Presence first = entries[aFirst ? a.report : b.report].status;
        const Presence second = entries[aFirst ? b.report : a.report].status;
        return compareAttendance(first, second);
    }
    case ReportRef::Kind::TradeFigure:
        return compareFigures(dataset.tradeFigures[a.report], dataset.tradeFigures[b.report])
            .relation;
    case ReportRef::Kind::Summit: {
        const Summit &summit = dataset.summits[a.parent];
        const auto reading = [&summit](int n) {
            if (n == 0)
                return SummitReport { summit.date, summit.dateEnd, summit.venue, {}, {} };
            return summit.otherReports[n - 1];
        };
        const SummitReport x = reading(a.report), y = reading(b.report);
        std::optional<Relation> relation;
        if (!x.date.isNull() && !y.date.isNull())
            relation = compareSpans(x.date, x.dateEnd.isNull() ? x.date : x.dateEnd, y.date,
                y.dateEnd.isNull() ? y.date : y.dateEnd);
        if (!x.venue.isEmpty() && !y.venue.isEmpty() && x.venue != y.venue)
            relation = Relation::Differ;
        else if (!relation && !x.venue.isEmpty() && !y.venue.isEmpty())
            relation = Relation::Agree;
        return relation;
    }
    case ReportRef::Kind::Event: {
        const Event &event = dataset.events[a.parent];
        const auto reading = [&event](int n) {
            if (n == 0)
                return EventReport { event.date, event.time, event.location, {}, {} };
            return event.otherReports[n - 1];
        };
        const EventReport x = reading(a.report), y = reading(b.report);
        const bool sameTime = !x.time.isValid() || !y.time.isValid() || x.time == y.time;
        const bool samePlace
            = x.location.isEmpty() || y.location.isEmpty() || x.location == y.location;
        return x.date == y.date && sameTime && samePlace ? Relation::Agree : Relation::Differ;
    }
    }
    return std::nullopt;
}

/** Why two reports differ, where the rules say more than that they do: ": another period". */
QString differenceReason(const Dataset &dataset, const ReportRef &a, const ReportRef &b)
{
    if (a.kind != ReportRef::Kind::TradeFigure)
        return {};
    const FigureComparison comparison
        = compareFigures(dataset.tradeFigures[a.report], dataset.tradeFigures[b.report]);
    if (comparison.relation != Relation::Differ)
        return {};
    if (!comparison.valuesOverlap)
        return QStringLiteral(": the values cannot both hold");
    if (!comparison.samePeriod)
        return QStringLiteral(": another period");
    return QStringLiteral(": another measure");
}

/** "agrees with 2, 3" and the like, for one relation to the listed reports. */
QString relationPhrase(Relation relation, const QStringList &numbers)
{
    const QString list = numbers.join(QStringLiteral(", "));
    switch (relation) {
    case Relation::Agree:
        return QStringLiteral("agrees with %1").arg(list);
    case Relation::Differ:
        return QStringLiteral("<b style='color:#b3261e'>differs from %1</b>").arg(list);
    case Relation::FillsUnknown:
        return QStringLiteral("fills what %1 leaves unknown, or the other way round").arg(list);
    case Relation::ChangeOfPlan:
        return QStringLiteral("with %1: a change of plan (expected, then absent)").arg(list);
    case Relation::ReadDifferently:
        return QStringLiteral("reads the same statement as %1 with another scope or hedge")
            .arg(list);
    }
    return {};
}

QString togetherWords(Relation relation)
{
    switch (relation) {
    case Relation::Agree:
        return QStringLiteral("the reports agree");
    case Relation::Differ:
        return QStringLiteral("<b>the reports differ</b>");
    case Relation::FillsUnknown:
        return QStringLiteral("one report fills what another leaves unknown");
    case Relation::ChangeOfPlan:
        return QStringLiteral("a change of plan: announced, then not so; both are true of their "
                              "moment");
    case Relation::ReadDifferently:
        return QStringLiteral("one statement, read with another scope or hedge");
    }
    return {};
}

QString sourcesLine(const Dataset &dataset, const Sources &sources)
{
    if (sources.isEmpty())
        return QStringLiteral("<i>no source</i>");
    QStringList lines;
    for (const SourceRef &source : sources) {
        QString line = documentHtml(dataset, source.document)
            + QStringLiteral(", <a href='source:%1/%2%3'>paragraph&nbsp;%2</a>")
                  .arg(esc(source.document))
                  .arg(source.paragraph)
                  .arg(
                      source.sentence > 0 ? QStringLiteral("/%1").arg(source.sentence) : QString());
        if (source.sentence > 0)
            line += QStringLiteral(", sentence&nbsp;%1").arg(source.sentence);
        lines.append(line);
    }
    return lines.join(QStringLiteral("<br>"));
}

QString actionsHtml(const Review &review, const ReportRef &report)
{
    QStringList links;
    if (review.verdict != Review::Preferred)
        links.append(QStringLiteral("<a href='%1'>Prefer</a>")
                         .arg(reviewHref(ReviewLink::Action::Prefer, report)));
    if (review.verdict != Review::SetAside)
        links.append(QStringLiteral("<a href='%1'>Set aside…</a>")
                         .arg(reviewHref(ReviewLink::Action::SetAside, report)));
    if (review.verdict != Review::None)
        links.append(QStringLiteral("<a href='%1'>Clear judgement</a>")
                         .arg(reviewHref(ReviewLink::Action::Clear, report)));
    return links.join(QStringLiteral(" &nbsp;·&nbsp; "));
}

} // namespace

QString reviewHref(ReviewLink::Action action, const ReportRef &report)
{
    return QStringLiteral("%1:%2/%3/%4/%5")
        .arg(scheme, actionName(action))
        .arg(int(report.kind))
        .arg(report.parent)
        .arg(report.report);
}

std::optional<ReviewLink> parseReviewLink(const QUrl &url)
{
    if (url.scheme() != scheme)
        return std::nullopt;
    const QStringList parts = url.path().split(QLatin1Char('/'));
    if (parts.size() != 4)
        return std::nullopt;
    ReviewLink link;
    bool found = false;
    for (const auto action :
        { ReviewLink::Action::Prefer, ReviewLink::Action::SetAside, ReviewLink::Action::Clear }) {
        if (parts[0] == actionName(action)) {
            link.action = action;
            found = true;
        }
    }
    bool kindOk = false, parentOk = false, reportOk = false;
    const int kind = parts[1].toInt(&kindOk);
    link.report.parent = parts[2].toInt(&parentOk);
    link.report.report = parts[3].toInt(&reportOk);
    if (!found || !kindOk || !parentOk || !reportOk || kind < 0
        || kind > int(ReportRef::Kind::Event))
        return std::nullopt;
    link.report.kind = ReportRef::Kind(kind);
    return link;
}

QString reviewHtml(const Review &review)
{
    if (review.verdict == Review::Preferred)
        return QStringLiteral("<b>preferred</b>")
            + (review.reason.isEmpty() ? QString() : QStringLiteral(": ") + esc(review.reason));
    if (review.verdict == Review::SetAside)
        return QStringLiteral("<b>set aside</b>: %1 (not counted)").arg(esc(review.reason));
    return {};
}

QString documentHtml(const Dataset &dataset, const QString &documentId)
{
    const QString text = esc(formatDocument(dataset, documentId));
    const Document *document = dataset.document(documentId);
    const QUrl url(document ? document->url : QString());
    if (!url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return text;
    return QStringLiteral("<a href='%1' title='%2'>%3</a>")
        .arg(esc(url.toString()), esc(url.toDisplayString()), text);
}

QString reportListHtml(
    const DatasetDocument &document, const QList<ReportRef> &reports, const ReportRef &current)
{
    const Dataset &dataset = document.dataset();
    QString html;
    std::optional<Relation> together;
    for (int i = 0; i < reports.size(); ++i) {
        const ReportRef &report = reports[i];
        const Review review = *document.review(report);
        // Relations to the other reports that count, grouped: "agrees with 1, 3; differs from 2".
        struct Group
        {
            Relation relation;
            QString reason;
            QStringList numbers;
        };
        QList<Group> relations;
        for (int j = 0; j < reports.size() && review.verdict != Review::SetAside; ++j) {
            if (j == i || document.review(reports[j])->verdict == Review::SetAside)
                continue;
            const auto relation = relationOf(dataset, report, reports[j]);
            if (!relation)
                continue;
            if (j > i && (!together || relationStrength(*relation) > relationStrength(*together)))
                together = relation;
            const QString reason = differenceReason(dataset, report, reports[j]);
            auto group = std::find_if(relations.begin(), relations.end(), [&](const Group &entry) {
                return entry.relation == *relation && entry.reason == reason;
            });
            if (group == relations.end())
                relations.append({ *relation, reason, { QString::number(j + 1) } });
            else
                group->numbers.append(QString::number(j + 1));
        }
        QStringList phrases;
        for (const Group &group : std::as_const(relations))
            phrases.append(relationPhrase(group.relation, group.numbers) + esc(group.reason));

        html += QStringLiteral("<p style='margin-top:10px'><b>%1.</b> %2%3<br>")
                    .arg(i + 1)
                    .arg(readingHtml(dataset, report),
                        report == current ? QStringLiteral(" &mdash; <i>the report shown above</i>")
                                          : QString());
        html += QStringLiteral("<small>%1</small>")
                    .arg(sourcesLine(dataset, sourcesOf(dataset, report)));
        if (!phrases.isEmpty())
            html += QStringLiteral("<br>%1").arg(phrases.join(QStringLiteral("; ")));
        if (const QString judged = reviewHtml(review); !judged.isEmpty())
            html += QStringLiteral("<br>Your judgement: %1").arg(judged);
        html += QStringLiteral("<br>%1</p>").arg(actionsHtml(review, report));
    }
    int counted = 0;
    for (const ReportRef &report : reports)
        counted += document.review(report)->verdict != Review::SetAside;
    if (reports.size() > 1)
        html += QStringLiteral("<p><small>Together: %1. Reports are never averaged; a report set "
                               "aside takes no part.</small></p>")
                    .arg(counted < 2
                            ? QStringLiteral("only one report counts, the others are set aside")
                            : togetherWords(together.value_or(Relation::Agree)));
    return html;
}

} // namespace Summit::ReportsHtml
