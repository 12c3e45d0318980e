// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/extract/summitfinder.h"

#include "models/extract/textdates.h"

#include <QRegularExpression>

namespace Summit::Extract {

namespace {

QList<const Sentence *> summitSentences(const AnalysedReport &report)
{
    QList<const Sentence *> list;
    for (const Sentence &s : report.sentences) {
        if (!s.onTopic)
            continue;
        const bool gathering
            = !s.aboutSummit && (s.has("gathering") || s.has("will meet") || s.has(u"соберутся"));
        if (s.onTopic && (s.aboutSummit || gathering) && !SummitFinder::isAboutAnotherSummit(s))
            list.append(&s);
    }
    return list;
}

int weekdayOf(const QString &folded, qsizetype *at)
{
    static const QRegularExpression weekday(
        QStringLiteral(
            "\\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|"
            "\\bв(?:о)? (понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QStringList english { QStringLiteral("monday"), QStringLiteral("tuesday"),
        QStringLiteral("wednesday"), QStringLiteral("thursday"), QStringLiteral("friday"),
        QStringLiteral("saturday"), QStringLiteral("sunday") };
    static const QStringList russian { QStringLiteral("понедельник"), QStringLiteral("вторник"),
        QStringLiteral("среду"), QStringLiteral("четверг"), QStringLiteral("пятницу"),
        QStringLiteral("субботу"), QStringLiteral("воскресенье") };
    const auto match = weekday.match(folded);
    if (!match.hasMatch())
        return 0;
    *at = match.capturedStart();
    const qsizetype en = english.indexOf(match.captured(1));
    return int(en >= 0 ? en : russian.indexOf(match.captured(2))) + 1;
}

bool soundsFuture(const QString &folded)
{
    static const QRegularExpression future(
        QStringLiteral("\\bwill\\b|\\bis to\\b|\\bare to\\b|scheduled|\\bplanned|upcoming|"
                       "пройдет|состоится|будет|примет|примут|проведет|запланирован|предстоящ"),
        QRegularExpression::UseUnicodePropertiesOption);
    return future.match(folded).hasMatch();
}

/** A day named relative to the report's date: today, yesterday, tomorrow, a weekday. */
QDate relativeDay(const QString &unquoted, const QDate &published)
{
    static const QRegularExpression words(
        QStringLiteral(
            "\\b(today|yesterday|tomorrow|the day before)\\b|(сегодня|вчера|завтра|накануне)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto match = words.match(unquoted);
    if (match.hasMatch()) {
        const QString w = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        if (w == QLatin1String("today") || w == QStringLiteral("сегодня"))
            return published;
        if (w == QLatin1String("tomorrow") || w == QStringLiteral("завтра"))
            return published.addDays(1);
        return published.addDays(-1);
    }
    qsizetype at = 0;
    if (const int weekday = weekdayOf(unquoted, &at)) {
        const int delta = (weekday - published.dayOfWeek() + 7) % 7;
        return soundsFuture(unquoted) ? published.addDays(delta)
                                      : published.addDays(delta ? delta - 7 : 0);
    }
    return {};
}

bool soundsLive(const QString &unquoted)
{
    static const QRegularExpression live(
        QStringLiteral("has begun|have begun|\\bbegan\\b|has started|kicked off|is taking "
                       "place|are taking place|"
                       "is under way|is "
                       "underway|начал\\p{L}*\\b|стартовал\\p{L}*|проходит"),
        QRegularExpression::UseUnicodePropertiesOption);
    return live.match(unquoted).hasMatch();
}

struct DateFinding
{
    QDate date;
    QString basis;
    bool decided = false;
};

DateFinding dateIn(const Sentence &s, const AnalysedReport &report)
{
    const QDate published = report.report.metadata.published;
    const qsizetype start = SummitFinder::datelineEnd(s.text);
    const QString folded = s.folded.mid(start);
    const QList<DateMention> dates = TextDates::findDates(folded);
    if (!dates.isEmpty()) {
        const DateMention &first = dates.first();
        const QDate date = first.resolve(report.reportYear);
        return { date, date.isValid() ? QStringLiteral("explicit") : QString(), true };
    }
    if (!published.isValid())
        return {};
    const QString unquoted = SummitFinder::withoutQuotes(folded);
    if (const QDate day = relativeDay(unquoted, published); day.isValid())
        return { day, QStringLiteral("relative"), true };
    if (soundsLive(unquoted))
        return { published, QStringLiteral("live"), true };
    return {};
}

} // namespace

bool SummitFinder::isAboutAnotherSummit(const Sentence &s)
{
    static const QRegularExpression other(
        QStringLiteral(
            "\\bnext (?:summit|meeting)|\\blast year|\\bprevious (?:summit|meeting)|\\bannually\\b|"
            "следующ\\p{L}* (?:саммит|встреч|заседани)|прошл\\p{L}* год|в прошлом году|ежегодно"),
        QRegularExpression::UseUnicodePropertiesOption);
    return other.match(s.folded).hasMatch();
}

qsizetype SummitFinder::datelineEnd(const QString &text)
{
    static const QRegularExpression dateline(
        QStringLiteral(
            "^\\s*(?:date\\s+\\S+\\s+)?[A-ZА-ЯЁ][A-ZА-ЯЁ.\\- ]{2,40},[^.]{0,40}?\\d{1,2}\\."
            "(?:\\s*/\\p{L}+/\\.?)?\\s*"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression stamp(
        QStringLiteral("^\\s*date\\s+\\S+\\s+"), QRegularExpression::UseUnicodePropertiesOption);
    const auto match = dateline.match(text);
    if (match.hasMatch())
        return match.capturedEnd();
    const auto stampMatch = stamp.match(text);
    return stampMatch.hasMatch() ? stampMatch.capturedEnd() : 0;
}

QString SummitFinder::withoutQuotes(const QString &folded)
{
    QString out = folded;
    QChar open;
    for (QChar &c : out) {
        const bool opener = c == QLatin1Char('"') || c == QChar(0x00AB) || c == QChar(0x201E);
        if (open.isNull()) {
            if (opener)
                open = c == QChar(0x00AB) ? QChar(0x00BB) : QLatin1Char('"');
            continue;
        }
        if (c == open)
            open = QChar();
        else
            c = QLatin1Char(' ');
    }
    return out;
}

QString SummitFinder::hostOf(const QString &city)
{
    static const QHash<QString, QString> hosts {
        { QStringLiteral("St. Petersburg"), QStringLiteral("RUS") },
        { QStringLiteral("Leningrad Region"), QStringLiteral("RUS") },
        { QStringLiteral("Moscow"), QStringLiteral("RUS") },
        { QStringLiteral("Sochi"), QStringLiteral("RUS") },
        { QStringLiteral("Kazan"), QStringLiteral("RUS") },
        { QStringLiteral("Dushanbe"), QStringLiteral("TJK") },
        { QStringLiteral("Bishkek"), QStringLiteral("KGZ") },
        { QStringLiteral("Minsk"), QStringLiteral("BLR") },
        { QStringLiteral("Astana"), QStringLiteral("KAZ") },
        { QStringLiteral("Ashgabat"), QStringLiteral("TKM") },
        { QStringLiteral("Baku"), QStringLiteral("AZE") },
        { QStringLiteral("Yerevan"), QStringLiteral("ARM") },
    };
    return hosts.value(city);
}

bool SummitFinder::reportedAsHeld(const AnalysedReport &report)
{
    static const QRegularExpression held(
        QStringLiteral("took place|was held|were held|held its|has begun|\\bbegan\\b|kicked off|is "
                       "taking place|"
                       "was attended|attending the summit were|opened the|\\bhosted\\b|"
                       "состоял\\p{L}*|прош(?:ел|ла|ло)\\b|начал\\p{L}*|стартовал\\p{L}*|проходит|"
                       "открыл\\p{L}*|"
                       "приняли участие|принимали участие|встретил\\p{L}* гостей"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (const Sentence *s : summitSentences(report)) {
        if (held.match(withoutQuotes(s->folded)).hasMatch())
            return true;
    }
    return false;
}

std::optional<SummitProposal> SummitFinder::find(const AnalysedReport &report)
{
    if (report.mainEvent.isEmpty())
        return std::nullopt;
    const QList<const Sentence *> sentences = summitSentences(report);
    if (sentences.isEmpty())
        return std::nullopt;
    SummitProposal summit;
    summit.format = report.mainEvent;
    summit.source = { sentences.first()->paragraph, sentences.first()->index };
    bool dateDecided = false;
    for (const Sentence *s : sentences) {
        const QString folded = s->folded.mid(datelineEnd(s->text));
        // A city someone went back to is not the summit's.
        const bool travel = s->has("return") || s->has("turned back") || s->has("go back")
            || s->has(u"вернул") || s->has("had to leave");
        if (summit.city.isEmpty() && !travel)
            summit.city = Lexicon::instance().findCity(folded);
        if (summit.venue.isEmpty())
            summit.venue = Lexicon::instance().findVenue(folded);
        if (!summit.informal
            && (s->has("informal") || s->has(u"неформальн") || s->has("unofficial")))
            summit.informal = true;
        if (!dateDecided) {
            const DateFinding found = dateIn(*s, report);
            if (found.decided) {
                dateDecided = true;
                summit.date = found.date;
                summit.dateBasis = found.basis;
            }
        }
    }
    if (!summit.informal) {
        for (const Sentence *s : sentences) {
            if (s->has("council of heads of state") || s->has("heads of state council")
                || s->has(u"совета глав государств") || s->has(u"совет глав государств")) {
                summit.informal = false;
                break;
            }
        }
    }
    summit.host = hostOf(summit.city);
    summit.confidence = summit.date.isValid() ? 0.85 : 0.7;
    return summit;
}

} // namespace Summit::Extract
