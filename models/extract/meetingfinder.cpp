// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/extract/meetingfinder.h"

#include "models/extract/summitfinder.h"
#include "models/extract/textdates.h"

#include <QHash>
#include <QRegularExpression>

namespace Summit::Extract {

namespace {

const QRegularExpression &meetingWords()
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\b(?:met|meets|meet|meeting|meetings|talks) (?:with|between)\\b|"
            "\\bbilateral (?:meeting|meetings|talks)\\b|\\b(?:held|hold|holds|holding) talks\\b|"
            "встретил\\p{L}* с|встретит\\p{L}* с|встреч\\p{L}* с\\b|переговор\\p{L}* с\\b|"
            "бесед\\p{L}* с\\b|встреч\\p{L}* (?:между|президентов|лидеров)|провели переговоры|"
            "провели встречу"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

bool deniedOrRemote(const QString &folded)
{
    static const QRegularExpression denied(
        QStringLiteral("\\bno\\b|\\bnot\\b|n't\\b|не запланирован|не планир|не "
                       "предусмотрен|\\bнет\\b|не будет|"
                       "не состоится|phone|telephone|\\bcall\\b|телефон|видеосвяз|video"),
        QRegularExpression::UseUnicodePropertiesOption);
    return denied.match(folded).hasMatch();
}

bool soundsPlanned(const QString &folded)
{
    static const QRegularExpression planned(
        QStringLiteral(
            "\\bwill\\b|\\bto hold\\b|\\bis to\\b|going to|expected|scheduled|planned|plans to|"
            "upcoming|проведет|проведут|состоится|пройдет|планир|запланирован|предстоит|"
            "встретится|встретятся|после саммита"),
        QRegularExpression::UseUnicodePropertiesOption);
    return planned.match(folded).hasMatch();
}

/** The report's most named leader: whom "he held talks with X" most likely means. */
QString mainCountry(const AnalysedReport &report)
{
    QHash<QString, int> counts;
    for (const Sentence &s : report.sentences) {
        for (const Entity &e : s.entities) {
            if (e.leader && e.named)
                ++counts[e.country];
        }
    }
    QString best;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < best)) {
            best = it.key();
            most = it.value();
        }
    }
    return best;
}

const Entity *firstLeader(const Sentence &s, qsizetype before)
{
    for (const Entity &e : s.entities) {
        if (e.leader && e.position < before)
            return &e;
    }
    return nullptr;
}

QString subjectOf(const AnalysedReport &report, qsizetype sentenceIndex, qsizetype trigger,
    const QString &fallback)
{
    if (const Entity *e = firstLeader(report.sentences.at(sentenceIndex), trigger))
        return e->country;
    for (qsizetype k = sentenceIndex - 1; k >= 0 && sentenceIndex - k <= 3; --k) {
        if (const Entity *e
            = firstLeader(report.sentences.at(k), report.sentences.at(k).text.size()))
            return e->country;
    }
    return fallback;
}

void addMeeting(QList<MeetingProposal> &meetings, MeetingProposal meeting)
{
    for (MeetingProposal &known : meetings) {
        if (known.countries != meeting.countries)
            continue;
        known.mentions.append(meeting.source.paragraph);
        if (known.planned && !meeting.planned) {
            const Anchor first = known.source;
            known = meeting;
            known.source = first;
        } else if (known.place.isEmpty())
            known.place = meeting.place;
        return;
    }
    meetings.append(meeting);
}

/** The sides a sentence's meeting words name: leaders after them, else two before them. */
struct Sides
{
    QStringList countries;
    QList<int> people;
    bool together = false; ///< "A and B held talks": the two named before the words
};

Sides sidesOf(const Sentence &s, qsizetype trigger)
{
    Sides sides;
    const auto take = [&](bool before) {
        for (const Entity &e : s.entities) {
            if (e.leader && (before || e.position >= trigger)
                && !sides.countries.contains(e.country)) {
                sides.countries.append(e.country);
                sides.people.append(e.person);
            }
        }
    };
    take(false);
    if (sides.countries.isEmpty()) {
        take(true);
        sides.together = sides.countries.size() == 2;
        if (!sides.together)
            sides = {};
    }
    return sides;
}

/** The date of a meeting: one written in its sentence (year from the report), or "today". */
QDate meetingDate(const Sentence &s, const AnalysedReport &report)
{
    const QList<DateMention> dates
        = TextDates::findDates(s.folded.mid(SummitFinder::datelineEnd(s.text)));
    QDate date = dates.isEmpty() ? QDate() : dates.first().resolve(report.reportYear);
    if (!date.isValid() && s.has("today") && report.report.metadata.published.isValid())
        date = report.report.metadata.published;
    return date;
}

} // namespace

QList<MeetingProposal> MeetingFinder::find(const AnalysedReport &report)
{
    QList<MeetingProposal> meetings;
    const QString fallback = mainCountry(report);
    const Lexicon &lexicon = Lexicon::instance();
    for (qsizetype k = 0; k < report.sentences.size(); ++k) {
        const Sentence &s = report.sentences.at(k);
        if (!s.onTopic || s.entities.isEmpty() || SummitFinder::isAboutAnotherSummit(s))
            continue;
        const auto trigger = meetingWords().match(s.folded);
        if (!trigger.hasMatch() || deniedOrRemote(s.folded))
            continue;
        const QString words = trigger.captured(0);
        const bool between = words.contains(QLatin1String("between"))
            || words.contains(QStringLiteral("между"))
            || words.contains(QStringLiteral("президентов"))
            || words.contains(QStringLiteral("лидеров"));
        const Sides sides = sidesOf(s, trigger.capturedStart());
        const bool paired = (between || sides.together) && sides.countries.size() == 2;
        const QString subject
            = paired ? QString() : subjectOf(report, k, trigger.capturedStart(), fallback);
        QList<QStringList> pairs;
        if (paired)
            pairs.append(sides.countries);
        for (const QString &partner : paired ? QStringList() : sides.countries) {
            if (!subject.isEmpty() && partner != subject)
                pairs.append({ subject, partner });
        }
        const bool planned = soundsPlanned(SummitFinder::withoutQuotes(s.folded));
        QString place = lexicon.findVenue(s.folded);
        if (place.isEmpty())
            place = lexicon.findCity(s.folded);
        for (QStringList pair : pairs) {
            pair.sort();
            QList<int> who;
            for (int i = 0; i < sides.countries.size(); ++i) {
                if (pair.contains(sides.countries.at(i)) && sides.people.at(i) >= 0)
                    who.append(sides.people.at(i));
            }
            const int host = lexicon.leaderOf(subject, WordInfo::AnyLeader);
            if (host >= 0 && !who.contains(host) && pair.contains(subject))
                who.prepend(host);
            const Anchor here { s.paragraph, s.index };
            addMeeting(meetings,
                { pair, who, planned, meetingDate(s, report), place, planned ? 0.75 : 0.85, here,
                    { here.paragraph } });
        }
    }
    return meetings;
}

} // namespace Summit::Extract
