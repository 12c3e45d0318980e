// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/detailspane.h"

#include "models/agreement.h"
#include "models/datasetdocument.h"
#include "models/sourceformat.h"
#include "views/common/reportshtml.h"

#include <QDesktopServices>
#include <QInputDialog>
#include <QLocale>
#include <QScrollBar>

namespace Summit {

using ReportsHtml::reviewHtml;

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
        for (int paragraph : citation.paragraphs) {
            // The sentence the fact rests on in that paragraph, where the source names it.
            int sentence = 0;
            for (const SourceRef &source : sources) {
                if (source.document == citation.document && source.paragraph == paragraph
                    && source.sentence > 0) {
                    sentence = source.sentence;
                    break;
                }
            }
            const QString target = sentence > 0
                ? QStringLiteral("%1/%2/%3")
                      .arg(esc(citation.document))
                      .arg(paragraph)
                      .arg(sentence)
                : QStringLiteral("%1/%2").arg(esc(citation.document)).arg(paragraph);
            links.append(QStringLiteral("<a href='source:%1'>%2</a>").arg(target).arg(paragraph));
        }
        html += QStringLiteral("<li>%1, %2 %3</li>")
                    .arg(ReportsHtml::documentHtml(dataset, citation.document),
                        links.size() == 1 ? QStringLiteral("paragraph")
                                          : QStringLiteral("paragraphs"),
                        links.join(QStringLiteral(", ")));
    }
    return html
        + QStringLiteral("</ul><p><small>Click a paragraph number to read it in your copy of "
                         "the article, a document to open its address.</small></p>");
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
    connect(this, &QTextBrowser::anchorClicked, this, &DetailsPane::followLink);
    connect(m_document, &DatasetDocument::datasetReplaced, this, &DetailsPane::displayNothing);
    connect(
        m_document, &DatasetDocument::tradeFigureChanged, this, &DetailsPane::refreshTradeFigure);
    connect(m_document, &DatasetDocument::reviewChanged, this, &DetailsPane::redisplay);
    displayNothing();
}

void DetailsPane::showHtml(const QString &html)
{
    m_tradeFigureId.clear(); // displayTradeFigure() and displayEvent() set theirs again after this
    m_eventId.clear();
    m_redisplay = nullptr;
    setHtml(html);
}

void DetailsPane::followLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        QDesktopServices::openUrl(url);
        return;
    }
    if (const auto link = ReportsHtml::parseReviewLink(url)) {
        requestReview(*link);
        return;
    }
    if (url.scheme() != QLatin1String("source"))
        return;
    // source:DOCUMENT/PARAGRAPH, or source:DOCUMENT/PARAGRAPH/SENTENCE where the fact names
    // its sentence, which the paragraph dialog then finds and highlights.
    const QStringList parts = url.path().split(QLatin1Char('/'));
    bool ok = false;
    const int paragraph = parts.value(1).toInt(&ok);
    bool sentenceOk = parts.size() == 2;
    const int sentence = parts.size() == 3 ? parts.at(2).toInt(&sentenceOk) : 0;
    if ((parts.size() == 2 || parts.size() == 3) && ok && sentenceOk)
        emit sourceRequested(parts.at(0), paragraph, sentence);
}

void DetailsPane::requestReview(const ReportsHtml::ReviewLink &link)
{
    if (!m_document->review(link.report))
        return;
    switch (link.action) {
    case ReportsHtml::ReviewLink::Action::Prefer:
        emit reviewRequested(link.report, { Review::Preferred, {} });
        return;
    case ReportsHtml::ReviewLink::Action::Clear:
        emit reviewRequested(link.report, {});
        return;
    case ReportsHtml::ReviewLink::Action::SetAside:
        break;
    }
    // A report is set aside for a reason the file keeps: without one, nothing is recorded.
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Set Report Aside"),
        tr("Why do you hold this report to be wrong?\n%1")
            .arg(m_document->describeReport(link.report)),
        QLineEdit::Normal, QString(), &ok)
                               .trimmed();
    if (ok && !reason.isEmpty())
        emit reviewRequested(link.report, { Review::SetAside, reason });
}

void DetailsPane::redisplay()
{
    if (!m_redisplay)
        return;
    // The user judged a report in this very pane: keep their place in it.
    const int scrolled = verticalScrollBar()->value();
    const auto again = m_redisplay;
    again();
    verticalScrollBar()->setValue(scrolled);
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
        const ReportRef self { ReportRef::Kind::Event, int(event - dataset.events.constData()), 0 };
        html += tr("<h3>Every report of its date and place</h3>")
            + ReportsHtml::reportListHtml(*m_document, m_document->reportsOfSameFact(self), self);
    }
    showHtml(html + sourcesHtml(dataset, event->sources));
    m_eventId = event->id;
    m_redisplay = [this, id = event->id] { displayEvent(id); };
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
        if (const QString review = reviewHtml(attendance.review); !review.isEmpty())
            line += QStringLiteral("<br>Your judgement: %1").arg(review);
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    html += QStringLiteral("</ul>");
    if (!summit->otherReports.isEmpty()) {
        const ReportRef self { ReportRef::Kind::Summit, int(summit - dataset.summits.constData()),
            0 };
        html += tr("<h3>Every report of its dates and venue</h3>")
            + ReportsHtml::reportListHtml(*m_document, m_document->reportsOfSameFact(self), self);
    }
    showHtml(html + sourcesHtml(dataset, summit->sources));
    m_redisplay = [this, id = summit->id] { displaySummit(id); };
}

QString DetailsPane::attendanceReportsHtml(
    const QString &countryCode, const QString &summitId) const
{
    const Dataset &dataset = m_document->dataset();
    const Summit *summit = dataset.summit(summitId);
    if (!summit)
        return {};
    const int summitIndex = int(summit - dataset.summits.constData());
    QList<ReportRef> reports;
    for (int i = 0; i < summit->attendance.size(); ++i) {
        if (summit->attendance[i].country == countryCode)
            reports.append({ ReportRef::Kind::Attendance, summitIndex, i });
    }
    QString html
        = tr("<h3>Attendance at the %1 summit</h3>")
              .arg(esc(
                  QLocale(QLocale::English).toString(summit->date, QStringLiteral("d MMMM yyyy"))));
    if (reports.isEmpty())
        return html + tr("<p><i>No report says whether it attended.</i></p>");
    return html + ReportsHtml::reportListHtml(*m_document, reports);
}

void DetailsPane::displayAttendance(const QString &countryCode, const QStringList &summitIds)
{
    const Country *country = m_document->dataset().country(countryCode);
    if (!country)
        return displayNothing();
    QString html = tr("<h2>%1: attendance, report by report</h2>").arg(esc(country->name));
    for (const QString &summitId : summitIds)
        html += attendanceReportsHtml(countryCode, summitId);
    showHtml(html);
    m_redisplay = [this, countryCode, summitIds] { displayAttendance(countryCode, summitIds); };
}

void DetailsPane::displayFact(const FactReports &fact)
{
    const Dataset &dataset = m_document->dataset();
    QList<ReportRef> reports;
    for (const int report : fact.reports)
        reports.append(ReportRef::of(fact, report));
    if (reports.isEmpty() || !m_document->review(reports.first()))
        return displayNothing();
    const Summit *summit = fact.summit >= 0 ? &dataset.summits[fact.summit] : nullptr;
    QString title;
    switch (fact.kind) {
    case FactReports::Kind::Attendance: {
        const Country *country = dataset.country(fact.subject);
        title = tr("%1 at %2").arg(country ? country->name : fact.subject, summit->title);
        break;
    }
    case FactReports::Kind::TradeFigure: {
        const TradeFigure &figure = dataset.tradeFigures[fact.reports.first()];
        title = tr("%1, %2").arg(scopeLabel(dataset, figure), periodLabel(figure));
        break;
    }
    case FactReports::Kind::SummitSpan:
    case FactReports::Kind::SummitVenue:
        title = tr("%1: its dates and venue").arg(summit->title);
        break;
    case FactReports::Kind::EventDate:
        title = tr("%1: its date and place").arg(dataset.events[fact.event].title);
        break;
    }
    showHtml(
        QStringLiteral("<h2>%1</h2><h3>%2</h3>").arg(esc(title), tr("Every report, side by side"))
        + ReportsHtml::reportListHtml(*m_document, reports));
    m_redisplay = [this, fact] { displayFact(fact); };
}

void DetailsPane::displayCountry(const QString &countryCode, const QString &summitId)
{
    const Dataset &dataset = m_document->dataset();
    const Country *country = dataset.country(countryCode);
    if (!country)
        return displayNothing();
    QString html = QStringLiteral("<h2>%1 (%2)</h2>").arg(esc(country->name), esc(country->code));
    // The map's summit: what each report says of the country there comes before its history.
    html += attendanceReportsHtml(countryCode, summitId);
    html += tr("<h3>Membership history</h3>");
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
    m_redisplay = [this, countryCode, summitId] { displayCountry(countryCode, summitId); };
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
    const ReportRef self { ReportRef::Kind::TradeFigure, -1,
        int(figure - dataset.tradeFigures.constData()) };
    if (const QList<ReportRef> reports = m_document->reportsOfSameFact(self); reports.size() > 1)
        html += tr("<h3>Every report of this figure</h3>")
            + ReportsHtml::reportListHtml(*m_document, reports, self);
    showHtml(html + sourcesHtml(dataset, figure->sources));
    m_tradeFigureId = figure->id;
    m_redisplay = [this, id = figure->id] { displayTradeFigure(id); };
}

} // namespace Summit
