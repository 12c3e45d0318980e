// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/detailspane.h"

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
    html += QStringLiteral("</table><p>%1</p>").arg(esc(event->summary));
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
    html += row(tr("Value"), esc(formatUsd(figure->valueUsd, figure->qualifier)));
    html += row(tr("Exact number"),
        esc(QLocale(QLocale::English).toString(figure->valueUsd, 'f', 0) + tr(" US dollars")));
    html += row(tr("Period"), esc(periodLabel(*figure)));
    if (figure->changePercent)
        html += row(tr("Change on a year earlier"),
            esc(QStringLiteral("%1%2%")
                    .arg(*figure->changePercent >= 0 ? QStringLiteral("+") : QString())
                    .arg(*figure->changePercent, 0, 'f', 1)));
    html += row(tr("Stated by"), person ? esc(person->name) : tr("<i>nobody: derived</i>"));
    html += row(tr("Cited at"), summit ? esc(summit->title) : tr("<i>not stated</i>"));
    if (figure->derived)
        html += row(tr("Derived"), esc(derivationText(dataset, *figure)));
    html += QStringLiteral("</table>");
    if (!figure->note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(figure->note));
    showHtml(html + sourcesHtml(dataset, figure->sources));
    m_tradeFigureId = figure->id;
}

} // namespace Summit
