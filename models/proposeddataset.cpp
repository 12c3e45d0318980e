// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/proposeddataset.h"

#include "models/extract/lexicon.h"
#include "models/extract/relations.h"
#include "models/extract/sentencesplitter.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Summit {

using namespace Extract;

namespace {

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
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("report") : out.left(48);
}

QString money(double usd)
{
    if (usd >= 1e9)
        return QStringLiteral("$%1 billion").arg(usd / 1e9, 0, 'g', 6);
    return QStringLiteral("$%1 million").arg(usd / 1e6, 0, 'g', 6);
}

double rounded(double confidence)
{
    return std::clamp(std::round(confidence * 100) / 100.0, 0.0, 1.0);
}

/** The builder's state: ids handed out and the people and countries referred to. */
class Builder
{
public:
    explicit Builder(const KnownFacts &known)
        : m_known(known)
        , m_relations(known)
    {
        m_out.isProposal = true;
    }

    void add(const ImportedReport &imported, int number);
    Dataset finish();

private:
    struct Current
    {
        const ImportedReport *imported = nullptr;
        QString document;
        QList<QStringList> sentences; ///< per paragraph, split once
    };

    SourceRef source(const Anchor &anchor) const;
    QString personId(int lexiconIndex);
    QString countryName(const QString &code) const;
    void propose(
        const QString &fact, double confidence, const Relation &relation, const QString &rule = {});
    void addSummit(const KnownFacts::Summit *match, QString *summitId);
    Attendance attendanceOf(const AttendanceProposal &a);
    void addMeeting(const MeetingProposal &meeting, const QString &summitId,
        const KnownFacts::Summit *match, int order);
    void addTrade(const TradeProposal &trade, const QString &summitId, int number);

    const KnownFacts &m_known;
    Relations m_relations;
    Dataset m_out;
    Current m_current;
    QList<int> m_people;
    QSet<QString> m_countries;
    QSet<QString> m_documentIds;
};

SourceRef Builder::source(const Anchor &anchor) const
{
    SourceRef ref { m_current.document, std::max(anchor.paragraph, 1), 0, {} };
    const QStringList sentences = m_current.sentences.value(ref.paragraph - 1);
    if (anchor.sentence >= 1 && anchor.sentence <= sentences.size()) {
        ref.sentence = anchor.sentence;
        ref.fingerprint = sentenceFingerprint(sentences.at(anchor.sentence - 1));
    }
    return ref;
}

QString Builder::countryName(const QString &code) const
{
    for (const KnownFacts::Country &country : m_known.countries) {
        if (country.code == code)
            return country.name;
    }
    const QString name = Lexicon::instance().countryName(code);
    return name.isEmpty() ? code : name;
}

QString Builder::personId(int lexiconIndex)
{
    if (lexiconIndex < 0)
        return {};
    if (!m_people.contains(lexiconIndex))
        m_people.append(lexiconIndex);
    const QString known = m_relations.knownPersonId(lexiconIndex);
    return known.isEmpty() ? Lexicon::instance().people().at(lexiconIndex).id : known;
}

void Builder::propose(
    const QString &fact, double confidence, const Relation &relation, const QString &rule)
{
    m_out.proposals.append(
        { fact, rounded(confidence), relation.kind, relation.id, relation.detail, rule });
}

Attendance Builder::attendanceOf(const AttendanceProposal &a)
{
    m_countries.insert(a.country);
    Attendance entry;
    entry.country = a.country;
    entry.person = personId(a.person);
    entry.status = a.status == AttendanceProposal::Present ? Presence::Present
        : a.status == AttendanceProposal::Absent           ? Presence::Absent
                                                           : Presence::Expected;
    if (a.status == AttendanceProposal::Absent)
        entry.reason = a.reason;
    else if (!a.reason.isEmpty())
        entry.note
            = QStringLiteral("The report names the leader as the summit's %1.").arg(a.reason);
    entry.sources = { source(a.source) };
    return entry;
}

void Builder::addSummit(const KnownFacts::Summit *match, QString *summitId)
{
    const Proposals &p = m_current.imported->proposals;
    const SummitProposal summit = p.summit ? *p.summit : SummitProposal {};
    *summitId = m_current.document + QStringLiteral("-summit");
    const bool cis = summit.format == QLatin1String("cis") || summit.format.isEmpty();
    Summit out;
    out.id = *summitId;
    out.title = cis ? QStringLiteral("CIS summit")
                    : QStringLiteral("Summit (%1 format)").arg(summit.format);
    if (cis && summit.informal.value_or(false))
        out.title = QStringLiteral("Informal CIS summit");
    if (!summit.city.isEmpty())
        out.title += QStringLiteral(" in ") + summit.city;
    if (summit.date.isValid())
        out.title += QStringLiteral(", ") + summit.date.toString(QStringLiteral("d MMMM yyyy"));
    out.date = summit.date;
    out.city = summit.city;
    out.venue = summit.venue;
    out.host = summit.host;
    if (!summit.host.isEmpty())
        m_countries.insert(summit.host);
    QStringList notes;
    if (summit.informal)
        notes << (*summit.informal ? QStringLiteral("Informal.") : QStringLiteral("Formal."));
    if (summit.dateBasis == QLatin1String("relative"))
        notes << QStringLiteral("Dated from a relative day against the report's date.");
    else if (summit.dateBasis == QLatin1String("live"))
        notes << QStringLiteral("Dated from a live report on its publication date.");
    else if (!summit.date.isValid())
        notes << QStringLiteral("The report does not date it.");
    out.note = notes.join(QLatin1Char(' '));
    out.sources = { source(summit.source.paragraph ? summit.source : Anchor { 1, 1 }) };
    propose(QStringLiteral("summit:") + out.id, summit.confidence,
        m_relations.ofSummit(summit, match),
        summit.format.isEmpty() ? QStringLiteral("cis") : summit.format);
    QHash<QString, int> entries;
    for (const AttendanceProposal &a : p.attendance) {
        out.attendance.append(attendanceOf(a));
        const int n = ++entries[a.country];
        propose(QStringLiteral("attendance:%1/%2/%3").arg(out.id, a.country).arg(n), a.confidence,
            m_relations.ofAttendance(a, match), a.rule);
    }
    m_out.summits.append(out);
}

void Builder::addMeeting(
    const MeetingProposal &m, const QString &summitId, const KnownFacts::Summit *match, int order)
{
    for (const QString &c : m.countries)
        m_countries.insert(c);
    const QString a = countryName(m.countries.value(0));
    const QString b = countryName(m.countries.value(1));
    Event event;
    event.id = m_current.document + QStringLiteral("-bilateral-")
        + m.countries.join(QLatin1Char('-')).toLower();
    event.summit = summitId;
    event.kind = QStringLiteral("bilateral");
    event.planned = m.planned;
    event.date = m.date;
    event.order = order;
    event.title = (m.planned ? QStringLiteral("Planned meeting: %1 and %2")
                             : QStringLiteral("Meeting: %1 and %2"))
                      .arg(a, b);
    event.summary = (m.planned ? QStringLiteral("The report announces a meeting of the leaders of "
                                                "%1 and %2")
                               : QStringLiteral("The report says the leaders of %1 and %2 met"))
                        .arg(a, b);
    if (!m.place.isEmpty())
        event.summary += QStringLiteral(" (%1)").arg(m.place);
    event.summary += QLatin1Char('.');
    for (int person : m.people)
        event.participants.append(personId(person));
    event.countries = m.countries;
    event.location = m.place;
    event.sources = { source(m.source) };
    for (const Event &other : std::as_const(m_out.events)) {
        if (other.id == event.id)
            event.id += QLatin1Char('-') + QString::number(order);
    }
    propose(QStringLiteral("event:") + event.id, m.confidence, m_relations.ofMeeting(m, match),
        m.planned ? QStringLiteral("planned") : QStringLiteral("held"));
    m_out.events.append(event);
}

void Builder::addTrade(const TradeProposal &t, const QString &summitId, int number)
{
    for (const QString &c : t.countries)
        m_countries.insert(c);
    TradeFigure figure;
    figure.id = m_current.document + QStringLiteral("-trade-") + QString::number(number);
    figure.valueUsd = t.valueUsd;
    figure.qualifier = t.hedge == QLatin1String("slightly-over")
        ? Qualifier::SlightlyOver
        : qualifierFromString(t.qualifier).value_or(Qualifier::Exact);
    figure.scope = t.scope;
    figure.countries = t.countries;
    figure.periodStart = t.periodStart;
    figure.periodEnd = t.periodEnd;
    figure.changePercent = t.changePercent;
    figure.statedBy = personId(t.statedBy);
    figure.summit = summitId;
    figure.note
        = QStringLiteral("%1 %2, scope %3, as the report states it.")
              .arg(t.hedge == QLatin1String("exact") ? QStringLiteral("Stated as") : t.hedge,
                  money(t.valueUsd), t.scope);
    figure.sources = { source(t.source) };
    propose(QStringLiteral("trade:") + figure.id, t.confidence, m_relations.ofTrade(t), t.hedge);
    m_out.tradeFigures.append(figure);
}

void Builder::add(const ImportedReport &imported, int number)
{
    QString document
        = QStringLiteral("import-") + slug(QFileInfo(imported.report.fileName).completeBaseName());
    while (m_documentIds.contains(document))
        document += QLatin1Char('-') + QString::number(number);
    m_documentIds.insert(document);
    m_current = { &imported, document, {} };
    for (const QString &paragraph : imported.report.paragraphs)
        m_current.sentences.append(SentenceSplitter::sentences(paragraph));

    const ReportMetadata &meta = imported.report.metadata;
    const Proposals &p = imported.proposals;
    Document doc;
    doc.id = document;
    doc.title = QStringLiteral("Imported report by %1 (%2)")
                    .arg(meta.publisher.isEmpty() ? QStringLiteral("an unnamed publisher")
                                                  : meta.publisher,
                        meta.published.isValid() ? meta.published.toString(Qt::ISODate)
                                                 : QStringLiteral("undated"));
    doc.publisher = meta.publisher;
    doc.published = meta.published;
    doc.file = QFileInfo(imported.report.fileName).fileName();
    doc.paragraphs = std::max(1, int(imported.report.paragraphs.size()));
    doc.url = meta.url;
    // The page's own <html lang> may say anything; the format takes an ISO 639-1 code or none.
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}$"));
    doc.language = code.match(meta.language).hasMatch() ? meta.language : QString();
    m_out.documents.append(doc);

    QString summitId;
    const SummitProposal summit = p.summit ? *p.summit : SummitProposal {};
    const KnownFacts::Summit *match = m_relations.matchSummit(summit, p.published);
    if (p.summit || !p.attendance.isEmpty() || !p.meetings.isEmpty())
        addSummit(match, &summitId);
    int order = 0;
    for (const MeetingProposal &meeting : p.meetings)
        addMeeting(meeting, summitId, match, order++);
    int figure = 0;
    for (const TradeProposal &trade : p.trade)
        addTrade(trade, summitId, ++figure);
}

Dataset Builder::finish()
{
    for (int index : std::as_const(m_people))
        m_countries.insert(Lexicon::instance().people().at(index).country);
    QStringList codes(m_countries.cbegin(), m_countries.cend());
    codes.sort();
    for (const QString &code : std::as_const(codes))
        m_out.countries.append({ code, countryName(code), {} });
    for (int index : std::as_const(m_people)) {
        const KnownPerson &person = Lexicon::instance().people().at(index);
        const QString known = m_relations.knownPersonId(index);
        const QString id = known.isEmpty() ? person.id : known;
        m_out.people.append({ id, person.name, person.role, person.country });
        m_out.proposals.append({ QStringLiteral("person:") + id, 1.0,
            known.isEmpty() ? QStringLiteral("new") : QStringLiteral("confirms"), known, {},
            QStringLiteral("lexicon") });
    }
    return std::move(m_out);
}

} // namespace

Extract::KnownFacts knownFacts(const Dataset &dataset)
{
    KnownFacts known;
    for (const Person &p : dataset.people)
        known.people.append({ p.id, p.name, p.role, p.country });
    for (const Country &c : dataset.countries)
        known.countries.append({ c.code, c.name });
    for (const auto &s : dataset.summits) {
        KnownFacts::Summit summit { s.id, s.date, s.city, s.venue, s.host, {} };
        // Several reports of one country (format 2): the one a user prefers speaks for it, else
        // the first that is not set aside.
        QHash<QString, QString> status;
        for (const Attendance &a : s.attendance) {
            if (a.review.verdict == Review::SetAside)
                continue;
            if (!status.contains(a.country) || a.review.verdict == Review::Preferred)
                status.insert(a.country, toString(a.status));
        }
        for (const Attendance &a : s.attendance) {
            if (status.contains(a.country))
                summit.attendance.append({ a.country, status.take(a.country) });
        }
        known.summits.append(summit);
    }
    for (const Event &e : dataset.events) {
        if (e.kind != QLatin1String("bilateral"))
            continue;
        QStringList countries = e.countries;
        countries.sort();
        known.meetings.append({ e.id, e.summit, countries });
    }
    for (const TradeFigure &t : dataset.tradeFigures) {
        if (t.review.verdict == Review::SetAside)
            continue;
        QStringList countries = t.countries;
        countries.sort();
        known.trade.append({ t.id, t.valueUsd, toString(t.qualifier), t.scope, countries,
            t.periodStart, t.periodEnd });
    }
    return known;
}

Dataset proposedDataset(const QList<ImportedReport> &reports, const KnownFacts &known)
{
    Builder builder(known);
    int number = 0;
    for (const ImportedReport &report : reports)
        builder.add(report, ++number);
    return builder.finish();
}

} // namespace Summit
