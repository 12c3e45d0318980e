// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/detailspane.h"

#include "models/agreement.h"
#include "models/datasetdocument.h"
#include "models/sourceformat.h"

#include <QLocale>

namespace Summit {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString orUnknown(const QString &text, const QString &unknown)
{
    return text.isEmpty() ? QStringLiteral("<i>%1</i>").arg(esc(unknown)) : esc(text);
}

QString longDate(const QDate &date)
{
    return date.isNull() ? QStringLiteral("<i>not given</i>")
                         : QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='padding-right:12px;color:palette(mid)'><b>%1</b></td>"
                          "<td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString sourcesHtml(const Dataset &dataset, const Sources &sources)
{
    if (sources.isEmpty())
        return QStringLiteral("<p><i>No source states this: shown as unknown.</i></p>");
    // Each paragraph number is a link: a click shows that paragraph of the user's copy of the
    // article (DetailsPane::sourceRequested).
    QString html = QStringLiteral("<h3>Sources</h3><ul>");
    for (const DocumentCitation &citation : citationsByDocument(sources)) {
        QStringList links;
        for (int paragraph : citation.paragraphs)
            links.append(QStringLiteral("<a href='source:%1/%2'>%2</a>")
                             .arg(esc(citation.document))
                             .arg(paragraph));
        html += QStringLiteral("<li>%1, %2 %3</li>")
                    .arg(esc(formatDocument(dataset, citation.document)),
                        links.size() == 1 ? QStringLiteral("paragraph")
                                          : QStringLiteral("paragraphs"),
                        links.join(QStringLiteral(", ")));
    }
    return html
        + QStringLiteral("</ul><p><small>Click a paragraph number to read it in the "
                         "article.</small></p>");
}

/** What the user decided about one report, if anything. */
QString reviewHtml(const Review &review)
{
    if (review.verdict == Review::Preferred)
        return QStringLiteral("<b>preferred</b>")
            + (review.reason.isEmpty() ? QString() : QStringLiteral(": ") + esc(review.reason));
    if (review.verdict == Review::SetAside)
        return QStringLiteral("<b>set aside</b>: %1 (not counted)").arg(esc(review.reason));
    return {};
}

QString relationWords(Relation relation)
{
    switch (relation) {
    case Relation::Agree:
        return QStringLiteral("agrees");
    case Relation::Differ:
        return QStringLiteral("<b>differs</b>");
    case Relation::FillsUnknown:
        return QStringLiteral("fills what one of them leaves unknown");
    case Relation::ChangeOfPlan:
        return QStringLiteral("a change of plan: announced, then not so");
    case Relation::ReadDifferently:
        return QStringLiteral("the same statement, read with another scope or hedge");
    }
    return {};
}

/** How another report of a figure relates to this one, with the reason where they differ. */
QString comparisonWords(const FigureComparison &comparison)
{
    if (comparison.relation != Relation::Differ)
        return relationWords(comparison.relation);
    if (!comparison.valuesOverlap)
        return QStringLiteral("<b>differs</b>: the two values cannot both hold");
    if (!comparison.samePeriod)
        return QStringLiteral("<b>differs</b>: another period");
    return QStringLiteral("<b>differs</b>: another measure");
}

/**
 * Every other report of the trade figure at @p index (format 2: the same measure or the same
 * statement), side by side: value with its hedge, scope, period, document, how it relates to
 * this one and what the user decided. Empty when no other report states it.
 */
QString otherFigureReportsHtml(const Dataset &dataset, int index)
{
    for (const FactReports &fact : collectFactReports(dataset)) {
        if (fact.kind != FactReports::Kind::TradeFigure || !fact.reports.contains(index))
            continue;
        const TradeFigure &self = dataset.tradeFigures[index];
        QString html = QStringLiteral("<h3>Other reports of this figure</h3><ul>");
        for (const int other : fact.reports) {
            if (other == index)
                continue;
            const TradeFigure &figure = dataset.tradeFigures[other];
            const QString review = reviewHtml(figure.review);
            html += QStringLiteral("<li>%1, %2, %3: %4%5<br/><small>%6</small></li>")
                        .arg(esc(formatUsd(figure.valueUsd, figure.qualifier)),
                            esc(scopeLabel(dataset, figure)), esc(periodLabel(figure)),
                            comparisonWords(compareFigures(self, figure)),
                            review.isEmpty() ? QString() : QStringLiteral("; ") + review,
                            esc(formatSources(dataset, figure.sources)));
        }
        return html
            + QStringLiteral("</ul><p><small>Together: %1. Reports are never averaged.</small></p>")
                  .arg(relationWords(fact.relation));
    }
    return {};
}

QString peopleHtml(const Dataset &dataset, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids) {
        const Person *person = dataset.person(id);
        if (!person)
            continue;
        const Country *country = dataset.country(person->country);
        names.append(QStringLiteral("%1 (%2, %3)")
                         .arg(esc(person->name), esc(person->role),
                             esc(country ? country->name : person->country)));
    }
    return names.isEmpty() ? QStringLiteral("<i>not stated</i>")
                           : names.join(QStringLiteral("<br>"));
}

QString countriesHtml(const Dataset &dataset, const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes) {
        const Country *country = dataset.country(code);
        names.append(esc(country ? country->name : code));
    }
    return names.isEmpty() ? QStringLiteral("<i>not stated</i>") : names.join(QStringLiteral(", "));
}

QString whenHtml(const Event &event)
{
    QString when = longDate(event.date);
    if (event.time.isValid())
        return when + QStringLiteral(", ") + event.time.toString(QStringLiteral("HH:mm"));
    return when
        + QStringLiteral(" <i>(no clock time given; step %1 of the day's sequence)</i>")
              .arg(event.order);
}

} // namespace

DetailsPane::DetailsPane(const DatasetDocument *document, QWidget *parent)
    : QTextBrowser(parent)
    , m_document(document)
{
    setAccessibleName(tr("Details"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != QLatin1String("source"))
            return;
        const QStringList parts = url.path().split(QLatin1Char('/'));
        bool ok = false;
        const int paragraph = parts.value(1).toInt(&ok);
        if (parts.size() == 2 && ok)
            emit sourceRequested(parts.at(0), paragraph);
    });
    connect(m_document, &DatasetDocument::datasetReplaced, this, &DetailsPane::displayNothing);
    connect(
        m_document, &DatasetDocument::tradeFigureChanged, this, &DetailsPane::refreshTradeFigure);
    displayNothing();
}

void DetailsPane::showHtml(const QString &html)
{
    m_tradeFigureId.clear(); // displayTradeFigure() and displayEvent() set theirs again after this
    m_eventId.clear();
    setHtml(html);
}

void DetailsPane::refreshTradeFigure(int index)
{
    const auto &figures = m_document->dataset().tradeFigures;
    if (!m_tradeFigureId.isEmpty() && index >= 0 && index < figures.size()
        && figures[index].id == m_tradeFigureId)
        displayTradeFigure(m_tradeFigureId);
}

void DetailsPane::displayNothing()
{
    showHtml(tr("<p><i>Select an event, a country or a trade figure to see it in full, "
                "with the paragraph of the article that states it.</i></p>"));
}

void DetailsPane::displayEvent(const QString &eventId)
{
    const Dataset &dataset = m_document->dataset();
    const Event *event = dataset.event(eventId);
    if (!event)
        return displayNothing();
    const Summit *summit = dataset.summit(event->summit);
    QString html = QStringLiteral("<h2>%1</h2><table>").arg(esc(event->title));
    html += row(tr("When"), whenHtml(*event));
    html += row(tr("Summit"), esc(summit ? summit->title : event->summit));
    html += row(tr("Kind"), esc(event->kind));
    html += row(tr("Where"), orUnknown(event->location, tr("not stated")));
    html += row(tr("People"), peopleHtml(dataset, event->participants));
    html += row(tr("Countries"), countriesHtml(dataset, event->countries));
    html
        += row(tr("Topics"), orUnknown(event->topics.join(QStringLiteral(", ")), tr("none given")));
    if (event->planned)
        html += row(tr("Status"), tr("<b>announced only</b>: no report says it was held"));
    html += QStringLiteral("</table><p>%1</p>").arg(esc(event->summary));
    if (const QString review = reviewHtml(event->review); !review.isEmpty())
        html += QStringLiteral("<p>This report: %1</p>").arg(review);
    if (!event->otherReports.isEmpty()) {
        html += tr("<h3>Other reports of its date and place</h3><ul>");
        for (const EventReport &report : event->otherReports) {
            const bool same = report.date == event->date;
            const QString review = reviewHtml(report.review);
            html += QStringLiteral("<li>%1%2%3: %4%5<br/><small>%6</small></li>")
                        .arg(longDate(report.date),
                            report.time.isValid() ? QStringLiteral(", ")
                                    + report.time.toString(QStringLiteral("HH:mm"))
                                                  : QString(),
                            report.location.isEmpty() ? QString()
                                                      : QStringLiteral(", ") + esc(report.location),
                            same ? QStringLiteral("agrees on the date")
                                 : QStringLiteral("<b>differs on the date</b>"),
                            review.isEmpty() ? QString() : QStringLiteral("; ") + review,
                            esc(formatSources(dataset, report.sources)));
        }
        html += QStringLiteral("</ul>");
    }
    showHtml(html + sourcesHtml(dataset, event->sources));
    m_eventId = event->id;
}

void DetailsPane::displaySummit(const QString &summitId)
{
    const Dataset &dataset = m_document->dataset();
    const Summit *summit = dataset.summit(summitId);
    if (!summit)
        return displayNothing();
    QString html = QStringLiteral("<h2>%1</h2><table>").arg(esc(summit->title));
    html += row(tr("Date"), longDate(summit->date));
    html += row(tr("City"), esc(summit->city));
    html += row(tr("Venue"), orUnknown(summit->venue, tr("not stated in the sources")));
    html += QStringLiteral("</table>");
    if (!summit->note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(summit->note));
    html += QStringLiteral("<h3>Attendance</h3><ul>");
    for (const Attendance &attendance : summit->attendance) {
        const Country *country = dataset.country(attendance.country);
        const Person *person = dataset.person(attendance.person);
        QString line = QStringLiteral("<b>%1</b>: %2")
                           .arg(esc(country ? country->name : attendance.country),
                               esc(presenceLabel(attendance.status)));
        if (person)
            line += QStringLiteral(" (%1)").arg(esc(person->name));
        if (!attendance.reason.isEmpty())
            line += QStringLiteral(" &mdash; %1").arg(esc(attendance.reason));
        if (!attendance.note.isEmpty())
            line += QStringLiteral("<br><i>%1</i>").arg(esc(attendance.note));
        if (!attendance.sources.isEmpty())
            line += QStringLiteral("<br><small>%1</small>")
                        .arg(esc(formatSources(dataset, attendance.sources)));
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    html += QStringLiteral("</ul>");
    showHtml(html + sourcesHtml(dataset, summit->sources));
}

void DetailsPane::displayCountry(const QString &countryCode)
{
    const Dataset &dataset = m_document->dataset();
    const Country *country = dataset.country(countryCode);
    if (!country)
        return displayNothing();
    QString html = QStringLiteral("<h2>%1 (%2)</h2><h3>Membership history</h3>")
                       .arg(esc(country->name), esc(country->code));
    if (country->memberships.isEmpty())
        html += QStringLiteral("<p><i>The sources say nothing about its status.</i></p>");
    for (const Membership &membership : country->memberships) {
        const QString from = membership.from.isNull()
            ? tr("since when is not stated")
            : tr("from %1").arg(membership.from.toIsoString());
        const QString to = membership.to.isNull()
            ? QString()
            : tr(", until %1").arg(membership.to.toIsoString());
        html += QStringLiteral("<p><b>%1</b> (%2%3)<br>%4</p>")
                    .arg(esc(membershipStatusLabel(membership.status)), esc(from), esc(to),
                        esc(membership.note));
        html += sourcesHtml(dataset, membership.sources);
    }
    showHtml(html);
}

void DetailsPane::displayTradeFigure(const QString &figureId)
{
    const Dataset &dataset = m_document->dataset();
    const TradeFigure *figure = dataset.tradeFigure(figureId);
    if (!figure)
        return displayNothing();
    const Person *person = dataset.person(figure->statedBy);
    const Summit *summit = dataset.summit(figure->summit);
    QString html = QStringLiteral("<h2>%1</h2><table>").arg(esc(scopeLabel(dataset, *figure)));
    // Written to the precision stated; a value the user typed says so, with the report's.
    const QString edited = editedNote(*figure);
    html += row(tr("Value"),
        esc(formatFigureValue(dataset, *figure))
            + (edited.isEmpty() ? QString() : QStringLiteral(" <b>(%1)</b>").arg(esc(edited))));
    html += row(tr("Period"), esc(periodLabel(*figure)));
    if (figure->changePercent)
        html += row(tr("Change on a year earlier"),
            esc(QStringLiteral("%1%2%")
                    .arg(*figure->changePercent >= 0 ? QStringLiteral("+") : QString())
                    .arg(QString::number(*figure->changePercent))));
    html += row(tr("Stated by"),
        (person ? esc(person->name) : tr("<i>nobody: derived</i>"))
            + (edited.isEmpty() ? QString() : tr(", who stated the report's value, not yours")));
    html += row(tr("Cited at"), summit ? esc(summit->title) : tr("<i>not stated</i>"));
    if (figure->derived)
        html += row(tr("Derived"), esc(derivationText(dataset, *figure)));
    html += QStringLiteral("</table>");
    if (!figure->note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(figure->note));
    if (const QString review = reviewHtml(figure->review); !review.isEmpty())
        html += QStringLiteral("<p>This report: %1</p>").arg(review);
    html += otherFigureReportsHtml(dataset, int(figure - dataset.tradeFigures.constData()));
    showHtml(html + sourcesHtml(dataset, figure->sources));
    m_tradeFigureId = figure->id;
}

} // namespace Summit
