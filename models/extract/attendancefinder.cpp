// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/extract/attendancefinder.h"

#include "models/extract/summitfinder.h"

#include <QRegularExpression>

namespace Summit::Extract {

namespace {

using Status = AttendanceProposal::Status;

const QRegularExpression &absentWords()
{
    static const QRegularExpression re(
        QStringLiteral(
            "(?:would|will|could) not be able to (?:attend|come|take part|join)|"
            "unable to (?:attend|join|come)|"
            "will not (?:attend|come|take part|participate)|won't attend|did not (?:attend|come)|"
            "didn't attend|will miss|would miss|\\bmissed the|\\bskip(?:ped|s)? the|"
            "turn(?:ed)? (?:back|around)|go back to|turned home|had to leave|"
            "decided not to (?:attend|go|come|travel)|declined to attend|stayed away|stayed (?:at "
            ")?home|"
            "не (?:сможет|смог|смогут) (?:приехать|прилететь|присутствовать|принять "
            "участие|посетить)|"
            "не приедет|не приедут|не прилетел|не приехал|не примет участи|не примут участи|"
            "не будет участвовать|не буду участвовать|не будет присутствовать|"
            "решил не (?:ехать|участвовать|приезжать)|пропустит|пропустил|отказался от участия|"
            "вернулся в|развернул|\\bwas absent|\\bwere absent|absent from|отсутствовал\\p{L}*|"
            "returned (?:home|to "
            "(?:baku|yerevan|minsk|astana|bishkek|dushanbe|ashgabat|tashkent))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &expectedWords()
{
    static const QRegularExpression re(
        QStringLiteral(
            "will (?:attend|take part|participate|be present|come to)|will be attended by|"
            "(?:is|are) expected (?:to (?:attend|arrive|take part|participate|come)|at|in)|"
            "confirmed (?:his |her |their )?participation|participation in "
            "[^.]{0,40}?(?:was|were|has been) "
            "confirmed|подтвердил\\p{L}* (?:свое )?участие|участие в [^.]{0,40}?подтвердил\\p{L}*|"
            "(?<!не )примет участие|(?<!не )примут участие|(?<!не )будет присутствовать|"
            "(?<!не )будут присутствовать|(?<!не )приедет|(?<!не )приедут|может посетить|"
            "(?<!не )посетит|(?<!не )прибудет"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

/** Words of waiting for someone: the awaited person follows them. */
const QRegularExpression &awaitWords()
{
    static const QRegularExpression re(
        QStringLiteral("\\bждем\\b|\\bждут\\b|\\bожидают\\b|\\bexpects\\b|\\bawait"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &presentWords()
{
    static const QRegularExpression re(
        QStringLiteral(
            "attended by|attending the (?:summit|meeting|talks|event)|\\bin attendance\\b|"
            "present at the (?:meeting|summit)|(?:were|was) present|participants (?:included|were)|"
            "\\btook part\\b|\\btaking part\\b|\\bparticipated\\b|participating in|brought "
            "together|"
            "(?<!not )(?<!n't )(?<!never )\\battended\\b|among the participants|"
            "(?<!не )приняли участие|(?<!не )принял участие|(?<!не )приняла участие|"
            "принимали участие|принимает участие|принимают участие|(?<!не )участвовали|"
            "(?<!не )участвуют|(?<!не )участвует|присутствовали|присутствуют|присутствует|"
            "вместе с|в сопровождении|собрались|(?:прибыли|(?<!не )приехал\\p{L}*) на "
            "(?:саммит|встречу|заседание)|"
            "\\bна (?:\\S+\\s+){0,2}?(?:саммит|встречу)\\S*\\s+(?:\\S+\\s+){0,2}?"
            "(?:прибыли|приехал\\p{L}*)|"
            "arrived (?:at|for) the (?:summit|meeting)|"
            // "The summit drew leaders such as ...", "a meeting that included ...".
            "\\b(?:summit|meeting|session) (?:\\S+\\s+){0,2}?drew (?:\\S+\\s+){0,2}?"
            "(?:leaders|heads|presidents)|"
            "\\b(?:summit|meeting|session),? (?:that |which )?(?:included|brought together)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &spokeAtWords()
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\b(?:said|noted|stated|told|emphasi[sz]ed|stressed|remarked|announced|declared|spoke|"
            "speaks|speaking|opening|addressed|addressing)\\b(?:\\s+\\S+){0,2}?\\s+(?:at|during|to)"
            "\\s+"
            "(?:the|an|a|this|today's)\\s+(?:\\S+\\s+){0,4}?(?:summit|meeting|session)|"
            "\\b(?:speaking|opening) the (?:meeting|summit)|"
            "\\b(?:at|during) the\\s+(?:\\S+\\s+){0,4}?(?:summit|meeting)\\b[^.]{0,60}?"
            "\\b(?:said|noted|stated|told|stressed|announced)\\b|"
            "(?:заявил|сообщил|отметил|заметил|сказал|подчеркнул|выступил|выступая|открывая)"
            "[^.]{0,80}?"
            "\\bна\\s+(?:\\S+\\s+){0,3}?(?:саммите|встрече|заседании)|"
            "\\bна\\s+(?:\\S+\\s+){0,3}?(?:саммите|встрече|заседании)[^.]{0,60}?"
            "(?:заявил|сообщил|отметил|заметил|сказал|подчеркнул)|"
            // Addressing those gathered is speaking at the meeting itself.
            "обратил\\p{L}* к (?:собравшимся|участникам|коллегам|лидерам|главам)|"
            "к (?:собравшимся|участникам|коллегам|лидерам|главам) обратил\\p{L}*"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

/** The verb that makes someone the speaker of a sentence. */
const QRegularExpression &speechVerb()
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\b(?:said|noted|stated|told|emphasi[sz]ed|stressed|remarked|announced|declared|spoke|"
            "speaks|speaking|opening|addressed|addressing|заявил|сообщил|отметил|сказал|подчеркнул|"
            "выступил|выступая|открывая|заметил|обратил\\p{L}*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

/**
 * The speaker: the leader named before the speech verb, else the first named right after it
 * ("заявил президент России ..."), but not one after "that"/"что", who is spoken of.
 */
const Entity *speakerOf(const Sentence &s, qsizetype verb)
{
    const Entity *before = nullptr;
    for (const Entity &e : s.entities) {
        if (e.leader && e.position < verb)
            before = &e;
    }
    if (before)
        return before;
    static const QRegularExpression that(
        QStringLiteral("\\b(?:that|что|чтобы)\\b"), QRegularExpression::UseUnicodePropertiesOption);
    const qsizetype clause = s.folded.indexOf(that, verb);
    for (const Entity &e : s.entities) {
        if (e.leader && e.position > verb && (clause < 0 || e.position < clause))
            return &e;
    }
    return nullptr;
}

const QRegularExpression &chairWords()
{
    static const QRegularExpression re(
        QStringLiteral(
            "under the chairmanship of|chaired by|под председательством|председательствовал"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &hostWords()
{
    static const QRegularExpression re(
        QStringLiteral(
            "(hosted by)|\\b(hosting|hosts|hosted)\\b|"
            "(will (?:host|hold|gather|receive|convene)|to "
            "(?:host|hold|gather|receive|convene))\\s+"
            "(?:\\S+\\s+){0,4}?(?:summit|meeting|leaders|heads|counterparts)|"
            "(встретил\\p{L}* (?:гостей|лидеров|участников|коллег)|принимает (?:гостей|лидеров))|"
            // The host's own acts at the summit: welcoming the leaders, opening the meeting.
            "(?:welcomed|received|greeted)\\s+(?:\\S+\\s+){0,4}?(?:leaders|heads|guests|"
            "counterparts|participants)\\b|opened the\\s+(?:\\S+\\s+){0,3}?(?:summit|meeting)\\b|"
            "(?:принял|приветствовал|встретил)\\s+(?:\\S+\\s+){0,4}?(?:гостей|лидеров|глав|"
            "участников|коллег)|открыл\\s+(?:\\S+\\s+){0,2}?(?:саммит|заседание|встречу)|"
            "((?:проведет|соберет|примет|встретит)\\s+(?:\\S+\\s+){0,3}?"
            "(?:саммит|встречу лидеров|лидеров|глав|гостей))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

struct Found
{
    AttendanceProposal proposal;
    int strength = 0; ///< absent 3, present 2, expected 1
};

class Collector
{
public:
    void add(const Entity &entity, Status status, const Sentence &s, const QString &rule,
        double confidence, const QString &reason = {})
    {
        if (!entity.leader)
            return;
        AttendanceProposal p { entity.country, entity.person, status, reason, rule,
            entity.named ? confidence : confidence - 0.1, { s.paragraph, s.index } };
        const int strength = status == Status::Absent ? 3 : status == Status::Present ? 2 : 1;
        for (Found &found : m_found) {
            if (found.proposal.country != entity.country)
                continue;
            if (strength > found.strength)
                found = { p, strength };
            else if (found.proposal.person < 0 && entity.person >= 0 && strength == found.strength)
                found.proposal.person = entity.person;
            return;
        }
        m_found.append({ p, strength });
    }

    QList<AttendanceProposal> result() const
    {
        QList<AttendanceProposal> list;
        for (const Found &found : m_found)
            list.append(found.proposal);
        return list;
    }

private:
    QList<Found> m_found;
};

const Entity *nearestLeader(const Sentence &s, qsizetype at, bool allowAfter)
{
    const Entity *before = nullptr;
    const Entity *after = nullptr;
    for (const Entity &e : s.entities) {
        if (!e.leader)
            continue;
        if (e.position < at)
            before = &e;
        else if (!after)
            after = &e;
    }
    return before ? before : (allowAfter ? after : nullptr);
}

QString reasonFor(const QString &folded)
{
    const auto has
        = [&](const char16_t *needle) { return folded.contains(QString::fromUtf16(needle)); };
    if (has(u"covid") || has(u"коронавирус") || has(u"ковид"))
        return QStringLiteral("illness (COVID-19)");
    if (has(u"ill ") || has(u"illness") || has(u"болезн") || has(u"болен"))
        return QStringLiteral("illness");
    const bool turned = has(u"turn") || has(u"return") || has(u"go back") || has(u"вернул")
        || has(u"развернул") || has(u"had to leave");
    const bool crash = has(u"crash") || has(u"авиакатастроф") || has(u"крушени");
    if (turned && crash)
        return QStringLiteral("went back home after an air crash");
    if (turned)
        return QStringLiteral("went back home before the summit");
    if (has(u"schedule") || has(u"график"))
        return QStringLiteral("busy schedule");
    return {};
}

void findAbsent(const Sentence &s, const QString &paragraph, Collector &out, QList<QString> &done)
{
    if (s.has("after the summit") || s.has(u"после саммита"))
        return; // going home afterwards is no absence
    auto it = absentWords().globalMatch(s.folded);
    while (it.hasNext()) {
        const auto m = it.next();
        const Entity *e = nearestLeader(s, m.capturedStart(), true);
        if (!e)
            continue;
        QString reason = reasonFor(s.folded);
        if (reason.isEmpty())
            reason = reasonFor(foldForMatching(paragraph));
        out.add(*e, Status::Absent, s, QStringLiteral("absent"), 0.9, reason);
        done.append(e->country);
    }
}

void findExpected(const Sentence &s, Collector &out, const QList<QString> &done)
{
    const QString unquoted = SummitFinder::withoutQuotes(s.folded);
    auto await = awaitWords().globalMatch(unquoted);
    while (await.hasNext()) {
        const auto m = await.next();
        for (const Entity &e : s.entities) {
            if (e.position > m.capturedStart() && e.position - m.capturedEnd() < 40
                && !done.contains(e.country)) {
                out.add(e, Status::Expected, s, QStringLiteral("awaited"), 0.8);
                break;
            }
        }
    }
    if (!expectedWords().match(s.folded).hasMatch())
        return;
    for (const Entity &e : s.entities) {
        if (!done.contains(e.country))
            out.add(e, Status::Expected, s, QStringLiteral("expected"), 0.85);
    }
}

/** The clause of @p s around @p at: between "; ", ", while ", ", but ", ", а ", ", но " ... */
std::pair<qsizetype, qsizetype> clauseAround(const Sentence &s, qsizetype at)
{
    static const QRegularExpression boundary(
        QStringLiteral(";|,? while |, but |, whereas |, although |, but not |, но |, а |, однако |"
                       ", тогда как |, в то время как "),
        QRegularExpression::UseUnicodePropertiesOption);
    qsizetype start = 0;
    qsizetype end = s.folded.size();
    auto it = boundary.globalMatch(s.folded);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedEnd() <= at)
            start = m.capturedEnd();
        else if (m.capturedStart() > at) {
            end = m.capturedStart();
            break;
        }
    }
    return { start, end };
}

/** A list: the leaders of the clause that holds the words (not those of a contrasted one). */
bool findPresentList(const Sentence &s, Collector &out, const QList<QString> &done)
{
    const auto list = presentWords().match(s.folded);
    if (!list.hasMatch() || expectedWords().match(s.folded).hasMatch())
        return false;
    const auto [start, end] = clauseAround(s, list.capturedStart());
    for (const Entity &e : s.entities) {
        if (!done.contains(e.country) && e.position >= start && e.position < end)
            out.add(e, Status::Present, s, QStringLiteral("list"), 0.95);
    }
    return true;
}

void findSpeakerChairHost(const Sentence &s, Collector &out, const QList<QString> &done, bool held)
{
    const QString unquoted = SummitFinder::withoutQuotes(s.folded);
    if (spokeAtWords().match(unquoted).hasMatch()) {
        const auto verb = speechVerb().match(unquoted);
        const Entity *e = verb.hasMatch() ? speakerOf(s, verb.capturedStart()) : nullptr;
        if (e && !done.contains(e->country))
            out.add(*e, Status::Present, s, QStringLiteral("spoke at the summit"), 0.85);
    }
    // "Putin, chairing the meeting, said": the chair is named before the words.
    static const QRegularExpression chairing(
        QStringLiteral(
            "\\bchairing the|\\bchaired the (?:\\S+\\s+){0,3}?(?:summit|meeting|session)|"
            "\\bpresided over the|председательствующ"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (const auto chairs = chairing.match(unquoted); chairs.hasMatch()) {
        if (const Entity *e = nearestLeader(s, chairs.capturedStart(), false))
            out.add(*e, Status::Present, s, QStringLiteral("chair"), 0.9, QStringLiteral("chair"));
    }
    if (const auto chair = chairWords().match(unquoted); chair.hasMatch()) {
        for (const Entity &e : s.entities) {
            if (e.leader && e.position >= chair.capturedEnd()) {
                out.add(
                    e, Status::Present, s, QStringLiteral("chair"), 0.9, QStringLiteral("chair"));
                break;
            }
        }
    }
    const auto host = hostWords().match(unquoted);
    if (!host.hasMatch() || host.captured(0).contains(QLatin1String("bilateral"))
        || host.captured(0).contains(QStringLiteral("двусторонн")))
        return;
    const bool future = host.capturedLength(3) > 0 || host.capturedLength(5) > 0;
    const bool after = host.capturedLength(1) > 0;
    const Entity *e = nullptr;
    for (const Entity &candidate : s.entities) {
        if (!candidate.leader)
            continue;
        if (after ? candidate.position >= host.capturedEnd()
                  : candidate.position < host.capturedStart())
            e = &candidate;
        if (e && after)
            break;
    }
    if (!e || done.contains(e->country))
        return;
    const Status status = future || !held ? Status::Expected : Status::Present;
    out.add(*e, status, s, QStringLiteral("host"), 0.8, QStringLiteral("host"));
}

bool isBullet(const QString &paragraph)
{
    const QString t = paragraph.trimmed();
    if (t.isEmpty())
        return false;
    const QChar c = t.at(0);
    return c == QChar(0x2022) || c == QChar(0x00B7) || c == QLatin1Char('-')
        || c == QLatin1Char('*') || c == QChar(0x2013) || c == QChar(0x2014);
}

/**
 * A line of a list opened by a colon: a bullet, or a short line that is not a sentence
 * ("President of Belarus Alexander Lukashenko", with no full stop).
 */
bool isListItem(const QString &paragraph)
{
    const QString t = paragraph.trimmed();
    if (t.isEmpty())
        return false;
    if (isBullet(t))
        return true;
    const QChar last = t.back();
    return last != QLatin1Char('.') && last != QLatin1Char('!') && last != QLatin1Char('?')
        && last != QLatin1Char(':') && t.count(QLatin1Char(' ')) < 16;
}

/**
 * "Came to Astana for the summit", "для участия в саммите прибыли": arriving for the summit is
 * attendance where the report has it held, but arriving the day before is not (a preview's
 * arrival says nothing of the summit itself).
 */
void findArrivedFor(const Sentence &s, Collector &out, const QList<QString> &done, bool held)
{
    static const QRegularExpression arrivedFor(
        QStringLiteral("\\b(?:came|arrived|travell?ed) to \\S+ for the (?:summit|meeting|event)|"
                       "(?:прибыл\\p{L}*|приехал\\p{L}*)[^.]{0,40}?для участия во? "
                       "(?:саммите|заседании|встрече)|для участия во? (?:саммите|заседании|встрече)"
                       "[^.]{0,40}?(?:прибыл\\p{L}*|приехал\\p{L}*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression dayBefore(
        QStringLiteral("the day before|on the eve|the previous (?:day|evening)|накануне|"
                       "вечером|за день до"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (!held || !arrivedFor.match(s.folded).hasMatch() || dayBefore.match(s.folded).hasMatch())
        return;
    for (const Entity &e : s.entities) {
        if (!done.contains(e.country))
            out.add(e, Status::Present, s, QStringLiteral("arrived for the summit"), 0.85);
    }
}

} // namespace

QList<AttendanceProposal> AttendanceFinder::find(const AnalysedReport &report)
{
    Collector out;
    const bool held = SummitFinder::reportedAsHeld(report);
    bool listOpen = false;
    int listParagraph = 0;
    for (const Sentence &s : report.sentences) {
        const QString &paragraph = report.report.paragraphs.at(s.paragraph - 1);
        if (listOpen && s.paragraph != listParagraph) {
            const bool leader = std::any_of(
                s.entities.cbegin(), s.entities.cend(), [](const Entity &e) { return e.leader; });
            if (s.index == 1 && (isBullet(paragraph) || (leader && isListItem(paragraph)))) {
                for (const Entity &e : s.entities)
                    out.add(e, Status::Present, s, QStringLiteral("list"), 0.95);
                listParagraph = s.paragraph;
                continue;
            }
            listOpen = false;
        }
        if (!s.onTopic || SummitFinder::isAboutAnotherSummit(s))
            continue;
        if (s.entities.isEmpty()) {
            // Nothing to attribute here, but "Present at the meeting were:" opens a list.
            if (s.text.trimmed().endsWith(QLatin1Char(':'))
                && presentWords().match(s.folded).hasMatch()) {
                listOpen = true;
                listParagraph = s.paragraph;
            }
            continue;
        }
        QList<QString> done;
        findAbsent(s, paragraph, out, done);
        findExpected(s, out, done);
        const bool list = findPresentList(s, out, done);
        findSpeakerChairHost(s, out, done, held);
        if (!list)
            findArrivedFor(s, out, done, held);
        if (list && s.text.trimmed().endsWith(QLatin1Char(':'))) {
            listOpen = true;
            listParagraph = s.paragraph;
        }
    }
    return out.result();
}

} // namespace Summit::Extract
