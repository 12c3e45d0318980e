// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/extract/proposalwriter.h"

#include "models/extract/lexicon.h"
#include "models/extract/relations.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Summit::Extract {

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit())
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("report") : out.left(48);
}

QJsonArray sources(const QString &document, const Anchor &anchor)
{
    return { QJsonObject { { QStringLiteral("document"), document },
        { QStringLiteral("paragraph"), anchor.paragraph },
        { QStringLiteral("import"),
            QJsonObject { { QStringLiteral("sentence"), anchor.sentence } } } } };
}

QJsonObject importInfo(double confidence, const Relation &relation)
{
    QJsonObject info { { QStringLiteral("confidence"), qRound(confidence * 100) / 100.0 },
        { QStringLiteral("relation"), relation.kind } };
    if (!relation.id.isEmpty())
        info.insert(QStringLiteral("relatedId"), relation.id);
    if (!relation.detail.isEmpty())
        info.insert(QStringLiteral("relationDetail"), relation.detail);
    return info;
}

QString money(double usd)
{
    if (usd >= 1e9)
        return QStringLiteral("$%1 billion").arg(usd / 1e9, 0, 'g', 6);
    return QStringLiteral("$%1 million").arg(usd / 1e6, 0, 'g', 6);
}

/** The writer's state: ids handed out and the people and countries referenced. */
class Writer
{
public:
    explicit Writer(const KnownFacts &known)
        : m_known(known)
        , m_relations(known)
    {
    }

    void add(const ImportedReport &imported, int number);
    QJsonObject finish() const;

private:
    QString personId(int lexiconIndex);
    void useCountry(const QString &code) { m_countries.insert(code); }
    QString countryName(const QString &code) const;
    QJsonObject summitOf(
        const ImportedReport &imported, const QString &document, QString *summitId);
    QJsonObject attendanceOf(
        const AttendanceProposal &a, const QString &document, const KnownFacts::Summit *match);
    QJsonObject meetingOf(const MeetingProposal &meeting, const QString &document,
        const QString &summitId, const KnownFacts::Summit *match, int order);
    QJsonObject tradeOf(
        const TradeProposal &trade, const QString &document, const QString &summitId, int number);

    const KnownFacts &m_known;
    Relations m_relations;
    QJsonArray m_documents;
    QJsonArray m_summits;
    QJsonArray m_events;
    QJsonArray m_trade;
    QList<int> m_people;
    QSet<QString> m_countries;
    QSet<QString> m_documentIds;
};

QString Writer::countryName(const QString &code) const
{
    for (const KnownFacts::Country &country : m_known.countries) {
        if (country.code == code)
            return country.name;
    }
    const QString name = Lexicon::instance().countryName(code);
    return name.isEmpty() ? code : name;
}

QString Writer::personId(int lexiconIndex)
{
    if (lexiconIndex < 0)
        return {};
    if (!m_people.contains(lexiconIndex))
        m_people.append(lexiconIndex);
    const QString known = m_relations.knownPersonId(lexiconIndex);
    return known.isEmpty() ? Lexicon::instance().people().at(lexiconIndex).id : known;
}

QJsonObject Writer::attendanceOf(
    const AttendanceProposal &a, const QString &document, const KnownFacts::Summit *match)
{
    useCountry(a.country);
    const QString status = a.status == AttendanceProposal::Present ? QStringLiteral("present")
        : a.status == AttendanceProposal::Absent                   ? QStringLiteral("absent")
                                                                   : QStringLiteral("unknown");
    QJsonObject entry { { QStringLiteral("country"), a.country },
        { QStringLiteral("status"), status },
        { QStringLiteral("sources"), sources(document, a.source) } };
    if (a.person >= 0)
        entry.insert(QStringLiteral("person"), personId(a.person));
    if (!a.reason.isEmpty() && a.status == AttendanceProposal::Absent)
        entry.insert(QStringLiteral("reason"), a.reason);
    QJsonObject info = importInfo(a.confidence, m_relations.ofAttendance(a, match));
    info.insert(QStringLiteral("rule"), a.rule);
    if (a.status == AttendanceProposal::Expected)
        info.insert(QStringLiteral("status"), QStringLiteral("expected"));
    if (!a.reason.isEmpty() && a.status != AttendanceProposal::Absent)
        info.insert(QStringLiteral("role"), a.reason);
    entry.insert(QStringLiteral("import"), info);
    return entry;
}

QJsonObject Writer::summitOf(
    const ImportedReport &imported, const QString &document, QString *summitId)
{
    const Proposals &p = imported.proposals;
    SummitProposal summit = p.summit ? *p.summit : SummitProposal {};
    const KnownFacts::Summit *match = m_relations.matchSummit(summit, p.published);
    const Relation relation = m_relations.ofSummit(summit, match);
    *summitId = document + QStringLiteral("-summit");
    const bool cis = summit.format == QLatin1String("cis");
    QString title = cis ? QStringLiteral("CIS summit")
                        : QStringLiteral("Summit (%1 format)").arg(summit.format);
    if (cis && summit.informal.value_or(false))
        title = QStringLiteral("Informal CIS summit");
    if (!summit.city.isEmpty())
        title += QStringLiteral(" in ") + summit.city;
    if (summit.date.isValid())
        title += QStringLiteral(", ") + summit.date.toString(QStringLiteral("d MMMM yyyy"));
    if (!summit.host.isEmpty())
        useCountry(summit.host);
    QJsonObject info = importInfo(summit.confidence, relation);
    info.insert(QStringLiteral("format"), summit.format);
    if (summit.informal)
        info.insert(QStringLiteral("informal"), *summit.informal);
    if (!summit.dateBasis.isEmpty())
        info.insert(QStringLiteral("dateBasis"), summit.dateBasis);
    QJsonArray attendance;
    for (const AttendanceProposal &a : p.attendance)
        attendance.append(attendanceOf(a, document, match));
    return { { QStringLiteral("id"), *summitId }, { QStringLiteral("title"), title },
        { QStringLiteral("date"), dateValue(summit.date) }, { QStringLiteral("city"), summit.city },
        { QStringLiteral("venue"),
            summit.venue.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(summit.venue) },
        { QStringLiteral("host"),
            summit.host.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(summit.host) },
        { QStringLiteral("attendance"), attendance },
        { QStringLiteral("sources"),
            sources(document, summit.source.paragraph ? summit.source : Anchor { 1, 1 }) },
        { QStringLiteral("import"), info } };
}

QJsonObject Writer::meetingOf(const MeetingProposal &m, const QString &document,
    const QString &summitId, const KnownFacts::Summit *match, int order)
{
    for (const QString &c : m.countries)
        useCountry(c);
    const QString a = countryName(m.countries.value(0));
    const QString b = countryName(m.countries.value(1));
    QString summary = m.planned
        ? QStringLiteral("The report announces a meeting of the leaders of %1 and %2")
        : QStringLiteral("The report says the leaders of %1 and %2 met");
    summary = summary.arg(a, b);
    if (!m.place.isEmpty())
        summary += QStringLiteral(" (%1)").arg(m.place);
    summary += QLatin1Char('.');
    QJsonArray participants;
    for (int person : m.people)
        participants.append(personId(person));
    QJsonObject info = importInfo(m.confidence, m_relations.ofMeeting(m, match));
    info.insert(QStringLiteral("planned"), m.planned);
    QJsonObject event { { QStringLiteral("id"),
                            document + QStringLiteral("-bilateral-")
                                + m.countries.join(QLatin1Char('-')).toLower() },
        { QStringLiteral("summit"), summitId },
        { QStringLiteral("kind"), QStringLiteral("bilateral") },
        { QStringLiteral("date"), dateValue(m.date) }, { QStringLiteral("order"), order },
        { QStringLiteral("title"),
            (m.planned ? QStringLiteral("Planned meeting: %1 and %2")
                       : QStringLiteral("Meeting: %1 and %2"))
                .arg(a, b) },
        { QStringLiteral("summary"), summary },
        { QStringLiteral("countries"), QJsonArray::fromStringList(m.countries) },
        { QStringLiteral("sources"), sources(document, m.source) },
        { QStringLiteral("import"), info } };
    if (!participants.isEmpty())
        event.insert(QStringLiteral("participants"), participants);
    if (!m.place.isEmpty())
        event.insert(QStringLiteral("location"), m.place);
    return event;
}

QJsonObject Writer::tradeOf(
    const TradeProposal &t, const QString &document, const QString &summitId, int number)
{
    for (const QString &c : t.countries)
        useCountry(c);
    QJsonObject info = importInfo(t.confidence, m_relations.ofTrade(t));
    info.insert(QStringLiteral("hedge"), t.hedge);
    QJsonObject figure { { QStringLiteral("id"),
                             document + QStringLiteral("-trade-") + QString::number(number) },
        { QStringLiteral("valueUsd"), t.valueUsd }, { QStringLiteral("qualifier"), t.qualifier },
        { QStringLiteral("scope"), t.scope },
        { QStringLiteral("periodStart"), dateValue(t.periodStart) },
        { QStringLiteral("periodEnd"), dateValue(t.periodEnd) },
        { QStringLiteral("summit"), summitId },
        { QStringLiteral("note"),
            QStringLiteral("%1 %2, scope %3, as the report states it.")
                .arg(t.hedge == QLatin1String("exact") ? QStringLiteral("Stated as") : t.hedge,
                    money(t.valueUsd), t.scope) },
        { QStringLiteral("sources"), sources(document, t.source) },
        { QStringLiteral("import"), info } };
    if (!t.countries.isEmpty())
        figure.insert(QStringLiteral("countries"), QJsonArray::fromStringList(t.countries));
    if (t.changePercent)
        figure.insert(QStringLiteral("changePercent"), *t.changePercent);
    if (t.statedBy >= 0)
        figure.insert(QStringLiteral("statedBy"), personId(t.statedBy));
    return figure;
}

void Writer::add(const ImportedReport &imported, int number)
{
    QString document
        = QStringLiteral("import-") + slug(QFileInfo(imported.report.fileName).completeBaseName());
    while (m_documentIds.contains(document))
        document += QLatin1Char('-') + QString::number(number);
    m_documentIds.insert(document);
    const ReportMetadata &meta = imported.report.metadata;
    const Proposals &p = imported.proposals;
    const QString publisher
        = meta.publisher.isEmpty() ? QStringLiteral("an unnamed publisher") : meta.publisher;
    QJsonObject docInfo { { QStringLiteral("language"), meta.language } };
    if (!meta.url.isEmpty())
        docInfo.insert(QStringLiteral("url"), meta.url);
    m_documents.append(QJsonObject { { QStringLiteral("id"), document },
        { QStringLiteral("title"),
            QStringLiteral("Imported report by %1 (%2)")
                .arg(publisher,
                    meta.published.isValid() ? meta.published.toString(Qt::ISODate)
                                             : QStringLiteral("undated")) },
        { QStringLiteral("publisher"),
            meta.publisher.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(meta.publisher) },
        { QStringLiteral("published"), dateValue(meta.published) },
        { QStringLiteral("file"), QFileInfo(imported.report.fileName).fileName() },
        { QStringLiteral("paragraphs"), int(imported.report.paragraphs.size()) },
        { QStringLiteral("import"), docInfo } });
    QString summitId;
    const SummitProposal summit = p.summit ? *p.summit : SummitProposal {};
    const KnownFacts::Summit *match = m_relations.matchSummit(summit, p.published);
    if (p.summit || !p.attendance.isEmpty() || !p.meetings.isEmpty())
        m_summits.append(summitOf(imported, document, &summitId));
    int order = 0;
    for (const MeetingProposal &meeting : p.meetings)
        m_events.append(meetingOf(meeting, document, summitId, match, order++));
    int figure = 0;
    for (const TradeProposal &trade : p.trade)
        m_trade.append(tradeOf(trade, document, summitId, ++figure));
}

QJsonObject Writer::finish() const
{
    QStringList codes(m_countries.cbegin(), m_countries.cend());
    codes.sort();
    QJsonArray countries;
    for (const QString &code : codes) {
        countries.append(QJsonObject { { QStringLiteral("code"), code },
            { QStringLiteral("name"), countryName(code) },
            { QStringLiteral("memberships"), QJsonArray() } });
    }
    QJsonArray people;
    for (int index : m_people) {
        const KnownPerson &person = Lexicon::instance().people().at(index);
        const QString known = m_relations.knownPersonId(index);
        people.append(QJsonObject { { QStringLiteral("id"), known.isEmpty() ? person.id : known },
            { QStringLiteral("name"), person.name }, { QStringLiteral("role"), person.role },
            { QStringLiteral("country"), person.country },
            { QStringLiteral("import"),
                QJsonObject { { QStringLiteral("relation"),
                    known.isEmpty() ? QStringLiteral("new") : QStringLiteral("confirms") } } } });
    }
    return { { QStringLiteral("formatVersion"), 1 },
        { QStringLiteral("import"),
            QJsonObject { { QStringLiteral("engine"), QStringLiteral("summit-extract 1") },
                { QStringLiteral("extensions"), QStringLiteral("docs/import.md#output") } } },
        { QStringLiteral("documents"), m_documents }, { QStringLiteral("countries"), countries },
        { QStringLiteral("people"), people }, { QStringLiteral("summits"), m_summits },
        { QStringLiteral("events"), m_events }, { QStringLiteral("tradeFigures"), m_trade } };
}

} // namespace

QByteArray ProposalWriter::toJson(const QList<ImportedReport> &reports, const KnownFacts &known)
{
    Writer writer(known);
    int number = 0;
    for (const ImportedReport &report : reports)
        writer.add(report, ++number);
    return QJsonDocument(writer.finish()).toJson(QJsonDocument::Indented);
}

} // namespace Summit::Extract
