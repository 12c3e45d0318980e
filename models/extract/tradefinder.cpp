// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/extract/tradefinder.h"

#include "models/extract/textdates.h"

#include <QRegularExpression>

namespace Summit::Extract {

namespace {

struct Value
{
    qsizetype start = 0;
    qsizetype end = 0;
    double usd = 0;
};

double unitOf(const QString &unit)
{
    if (unit.startsWith(QLatin1Char('b')) || unit.startsWith(QStringLiteral("млрд"))
        || unit.startsWith(QStringLiteral("миллиард")))
        return 1e9;
    if (unit.startsWith(QLatin1Char('t')) || unit.startsWith(QStringLiteral("трлн"))
        || unit.startsWith(QStringLiteral("триллион")))
        return 1e12;
    return 1e6;
}

QList<Value> valuesIn(const QString &folded)
{
    static const QString units = QStringLiteral(
        "(billion|bn|million|mln|trillion|млрд|миллиард\\p{L}*|млн|миллион\\p{L}*|трлн|"
        "триллион\\p{L}*)");
    static const QRegularExpression dollarFirst(
        QStringLiteral("(?:us\\s?\\$|\\$|usd\\s?)\\s?(\\d+(?:[.,]\\d+)?)\\s*") + units
            + QStringLiteral("(?!\\p{L})"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression dollarAfter(QStringLiteral("(\\d+(?:[.,]\\d+)?)\\s*") + units
            + QStringLiteral("\\.?\\s+(?:us\\s+)?(?:dollars|usd|долл\\p{L}*)(?!\\p{L})"),
        QRegularExpression::UseUnicodePropertiesOption);
    QList<Value> values;
    for (const QRegularExpression *re : { &dollarFirst, &dollarAfter }) {
        auto it = re->globalMatch(folded);
        while (it.hasNext()) {
            const auto m = it.next();
            QString number = m.captured(1);
            number.replace(QLatin1Char(','), QLatin1Char('.'));
            const Value v { m.capturedStart(), m.capturedEnd(),
                number.toDouble() * unitOf(m.captured(2)) };
            const bool overlaps = std::any_of(values.cbegin(), values.cend(),
                [&](const Value &o) { return o.start < v.end && v.start < o.end; });
            if (!overlaps && v.usd > 0)
                values.append(v);
        }
    }
    std::sort(values.begin(), values.end(),
        [](const Value &a, const Value &b) { return a.start < b.start; });
    return values;
}

qsizetype lastIndexOfAny(const QString &text, const QRegularExpression &re)
{
    qsizetype last = -1;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        last = it.next().capturedStart();
    return last;
}

const QRegularExpression &tradeWords()
{
    static const QRegularExpression re(
        QStringLiteral("\\btrade\\b|turnover|товарооборот|торгов\\p{L}*|\\bоборот\\p{L}*"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &otherMeasureWords()
{
    static const QRegularExpression re(
        QStringLiteral(
            "invest|инвест|\\bgdp\\b|\\bввп\\b|gross "
            "domestic|\\bshare\\b|\\bдол[яи]\\b|reserve|резерв|"
            "budget|бюджет|\\bloan|кредит|\\bdebt|\\bдолг|capital|капитал|\\bfund|\\bфонд|"
            "\\baid\\b|"
            "assistance|помощ|contract|контракт|\\bdeal|сделк|export|экспорт|import|импорт|"
            "remittance|revenue|доход|\\bcost|стоимост|\\bprice|\\bцен|damage|ущерб|compensation|"
            "компенсац|market|рынок|рынк"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

/** 1: trade, -1: another measure, 0: the window does not say. */
int measureOf(const QString &before, const QString &after)
{
    static const QRegularExpression nounAfter(
        QStringLiteral("^\\s*(?:in|of|worth of|в виде)\\s+((?:\\p{L}+\\s+){0,2}\\p{L}+)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto noun = nounAfter.match(after);
    if (noun.hasMatch()) {
        if (otherMeasureWords().match(noun.captured(1)).hasMatch())
            return -1;
        if (tradeWords().match(noun.captured(1)).hasMatch())
            return 1;
    }
    const qsizetype trade = lastIndexOfAny(before, tradeWords());
    const qsizetype other = lastIndexOfAny(before, otherMeasureWords());
    if (trade < 0 && other < 0)
        return 0;
    return trade > other ? 1 : -1;
}

bool isAnaphoric(const QString &before)
{
    static const QRegularExpression re(
        QStringLiteral(
            "\\bit\\b|\\bthis\\b|\\bthat figure\\b|\\bthe figure\\b|\\bон\\b|\\bона\\b|\\bэтот\\b|"
            "\\bобъем\\p{L}*"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re.match(before).hasMatch();
}

struct Scope
{
    QString scope;
    QStringList countries;
    bool found() const { return !scope.isEmpty(); }
};

/** Russia (as a trading party, not an adjective of a role) joined to another country. */
Scope bilateralIn(const Sentence &s, qsizetype from, qsizetype to)
{
    static const QStringList joins { QStringLiteral("with"), QStringLiteral("and"),
        QStringLiteral("between"), QStringLiteral("с"), QStringLiteral("со"), QStringLiteral("и"),
        QStringLiteral("между") };
    const QList<Token> &t = s.tokens;
    for (qsizetype k = 0; k < t.size(); ++k) {
        if (t[k].start < from || t[k].end > to || t[k].info.country.isEmpty())
            continue;
        if (t[k].info.countryAdjective && k + 1 < t.size()
            && t[k + 1].info.role != WordInfo::NoRole)
            continue;
        // "Russia-Azerbaijan", "Armenia–Russia": two countries joined by a dash.
        if (k + 1 < t.size() && !t[k + 1].info.country.isEmpty()
            && t[k + 1].info.country != t[k].info.country && t[k + 1].start - t[k].end == 1
            && t[k + 1].end <= to) {
            QStringList pair { t[k].info.country, t[k + 1].info.country };
            pair.sort();
            return { QStringLiteral("bilateral"), pair };
        }
        bool joined = false;
        for (qsizetype j = k + 1; j < t.size() && j - k <= 6 && t[j].end <= to; ++j) {
            if (joins.contains(t[j].folded))
                joined = true;
            else if (joined && !t[j].info.country.isEmpty()
                && t[j].info.country != t[k].info.country && !t[j].info.countryAdjective) {
                QStringList pair { t[k].info.country, t[j].info.country };
                if (!pair.contains(QStringLiteral("RUS")))
                    break;
                pair.sort();
                return { QStringLiteral("bilateral"), pair };
            }
        }
    }
    return {};
}

Scope scopeIn(const Sentence &s, qsizetype from, qsizetype to)
{
    static const QRegularExpression other(
        QStringLiteral(
            "central asia|центральн\\p{L}* ази|\\beaeu\\b|еаэс|eurasian economic union|"
            "евразийск\\p{L}* экономическ\\p{L}* союз|\\beu\\b|european union|евросоюз|brics|брикс|"
            "\\bsco\\b|\\bшос\\b|china|кита[йея]|united states|\\bсша\\b|\\bindia\\b|инди[яи]"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression russiaCis(
        QStringLiteral(
            "(?:russia|росси\\p{L}*|\\bрф\\b)[^.;]{0,40}?\\b(?:with|and|со|с|и)\\s+(?:"
            "\\S+\\s+){0,3}?"
            "(?:cis\\b|commonwealth|снг|содружеств|участник\\p{L}* содружеств)|"
            "(?:cis|снг)[^.;]{0,30}?\\b(?:with|and|и|с)\\s+(?:russia|росси)|"
            // "trade with the CIS" said by Russia's side: Russia's own trade
            "(?:trade|turnover|товарооборот\\p{L}*)\\s+(?:\\S+\\s+){0,2}?(?:with|со?)\\s+"
            "(?:the\\s+)?(?:cis\\b|commonwealth|снг|странами снг|государствами снг|"
            "участниками содружества)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression cisInternal(
        QStringLiteral(
            "\\b(?:between|among|within|среди|между|внутри)\\s+(?:the\\s+)?(?:\\S+\\s+){0,2}?"
            "(?:cis\\b|commonwealth|снг|содружеств|member|participating|участниц|\\S*-участниц)|"
            "mutual trade|взаимн\\p{L}* (?:товарооборот|торговл)|друг с другом|intra-cis|"
            "внутри снг|(?:cis|commonwealth)'s trade|"
            "(?:trade|turnover|товарооборот\\p{L}*)\\s+(?:turnover\\s+)?(?:of\\s+(?:the\\s+)?|"
            "стран\\s+"
            ")"
            "(?:cis\\b|снг|commonwealth)|(?:cis|снг)\\s+(?:member\\s+)?(?:countries'?\\s+|states'?"
            "\\s+)"
            "?"
            "(?:trade|товарооборот)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QString window = s.folded.mid(from, to - from);
    if (other.match(window).hasMatch())
        return { QStringLiteral("other"), {} };
    if (const Scope bilateral = bilateralIn(s, from, to); bilateral.found())
        return bilateral;
    if (russiaCis.match(window).hasMatch())
        return { QStringLiteral("russia-cis"), {} };
    if (cisInternal.match(window).hasMatch())
        return { QStringLiteral("cis-internal"), {} };
    return {};
}

void hedgeOf(const QString &before, TradeProposal &p)
{
    static const QRegularExpression hedge(
        QStringLiteral(
            "(almost|nearly|close to|почти|"
            "about|approximately|around|roughly|some|an estimated|около|примерно|порядка|"
            "приблизительно|"
            "slightly (?:exceeded|more than|over|above)|just (?:over|above)|чуть (?:более|больше|"
            "превысил\\p{L}*)|немногим (?:более|больше)|"
            "more than|upwards of|over|exceeded|exceeding|exceeds|surpassed|above|topped|свыше|"
            "более(?: чем)?|больше(?: чем)?|"
            "превысил\\p{L}*|превышает|under|less than|below|менее|меньше)"
            "\\s+(?:the\\s+|отметку\\s+(?:в\\s+)?|the mark of\\s+)?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto m = hedge.match(before);
    p.qualifier = QStringLiteral("exact");
    p.hedge = p.qualifier;
    if (!m.hasMatch())
        return;
    const QString w = m.captured(1);
    const auto starts = [&](const char16_t *s) { return w.startsWith(QString::fromUtf16(s)); };
    if (starts(u"almost") || starts(u"nearly") || starts(u"close") || starts(u"почти")) {
        p.qualifier = QStringLiteral("almost");
    } else if (starts(u"slightly") || starts(u"just") || starts(u"чуть") || starts(u"немногим")) {
        p.qualifier = QStringLiteral("over");
        p.hedge = QStringLiteral("slightly-over");
        return;
    } else if (starts(u"under") || starts(u"less") || starts(u"below") || starts(u"мен")) {
        p.qualifier = QStringLiteral("under");
    } else if (starts(u"more") || starts(u"upwards") || starts(u"более") || starts(u"больше")
        || starts(u"свыше")) {
        p.qualifier = QStringLiteral("over");
        p.hedge = QStringLiteral("more-than");
        return;
    } else if (starts(u"over") || starts(u"exceed") || starts(u"surpass") || starts(u"above")
        || starts(u"topped") || starts(u"превы")) {
        p.qualifier = QStringLiteral("over");
    } else {
        p.qualifier = QStringLiteral("approximately");
    }
    p.hedge = p.qualifier;
}

std::optional<double> changeNear(const QString &folded, qsizetype valueStart)
{
    static const QRegularExpression change(
        QStringLiteral(
            "\\b(grew|grown|increased|rose|risen|up|added|went up|expanded|decreased|declined|fell|"
            "dropped|down|выро\\p{L}*|увеличил\\p{L}*|прибавил\\p{L}*|рост\\p{L}*|снизил\\p{L}*|"
            "сократил\\p{L}*|уменьшил\\p{L}*)\\s+(?:by\\s+|на\\s+)?(?:about\\s+|around\\s+|"
            "almost\\s+|"
            "почти\\s+|около\\s+)?(\\d+(?:[.,]\\d+)?|\\p{L}+)\\s*(?:%|percent|per "
            "cent|процент\\p{L}*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    std::optional<double> best;
    qsizetype bestDistance = 0;
    auto it = change.globalMatch(folded);
    while (it.hasNext()) {
        const auto m = it.next();
        QString number = m.captured(2);
        number.replace(QLatin1Char(','), QLatin1Char('.'));
        bool ok = false;
        double value = number.toDouble(&ok);
        if (!ok)
            value = TextDates::smallNumber(number);
        if (value <= 0)
            continue;
        const QString verb = m.captured(1);
        const bool down = verb.startsWith(QLatin1String("de")) || verb == QLatin1String("fell")
            || verb == QLatin1String("dropped") || verb == QLatin1String("down")
            || verb.startsWith(QStringLiteral("сни")) || verb.startsWith(QStringLiteral("сок"))
            || verb.startsWith(QStringLiteral("умен"));
        const qsizetype distance = std::abs(valueStart - m.capturedEnd());
        if (!best || distance < bestDistance) {
            best = down ? -value : value;
            bestDistance = distance;
        }
    }
    return best;
}

int speakerNear(const AnalysedReport &report, qsizetype sentenceIndex)
{
    for (qsizetype k = sentenceIndex; k >= 0 && sentenceIndex - k <= 6; --k) {
        for (const Entity &e : report.sentences.at(k).entities) {
            if (e.named && e.person >= 0)
                return e.person;
        }
    }
    return -1;
}

/** The bilateral meeting the report was telling last, by paragraph; nullptr if none. */
const MeetingProposal *meetingBeingTold(const QList<MeetingProposal> &meetings, int paragraph)
{
    const MeetingProposal *latest = nullptr;
    int latestMention = 0;
    for (const MeetingProposal &meeting : meetings) {
        for (const int mention : meeting.mentions) {
            if (!meeting.planned && mention <= paragraph && mention > latestMention) {
                latest = &meeting;
                latestMention = mention;
            }
        }
    }
    return latest;
}

/** One value of a sentence, with the windows around it and what the values before it said. */
struct ValueContext
{
    const AnalysedReport &report;
    const QList<MeetingProposal> &meetings;
    qsizetype sentence;
    const Sentence &s;
    const Sentence *previous; ///< the sentence before, in the same paragraph
    qsizetype index; ///< of the value in the sentence
    qsizetype from; ///< end of the previous value
    qsizetype to; ///< start of the next value
    Value value;
};

/** The scope of a value, with the confidence its source of scope allows (see the header). */
Scope scopeOf(const ValueContext &c, const Scope &previousScope, double *confidence)
{
    *confidence = 0.9;
    Scope scope = scopeIn(c.s, c.from, c.value.start);
    if (!scope.found() && c.index > 0)
        scope = previousScope;
    if (!scope.found() && c.index == 0)
        scope = scopeIn(c.s, 0, c.s.folded.size());
    if (!scope.found() && c.previous) {
        scope = scopeIn(*c.previous, 0, c.previous->folded.size());
        *confidence = 0.8;
    }
    const bool mentionsCis
        = c.s.has("cis") || c.s.has(u"снг") || c.s.has("commonwealth") || c.s.has(u"содружеств");
    if (!scope.found() && !mentionsCis) {
        if (const MeetingProposal *meeting = meetingBeingTold(c.meetings, c.s.paragraph)) {
            scope = { QStringLiteral("bilateral"), meeting->countries };
            *confidence = 0.7;
        }
    }
    return scope;
}

TradeProposal proposalFor(const ValueContext &c, const Scope &scope, double confidence)
{
    const QString before = c.s.folded.mid(c.from, c.value.start - c.from);
    const QString after = c.s.folded.mid(c.value.end, c.to - c.value.end);
    TradeProposal p;
    p.valueUsd = c.value.usd;
    p.scope = scope.scope;
    p.countries = scope.countries;
    hedgeOf(before, p);
    std::optional<Period> period = TextDates::findPeriod(after, c.report.reportYear);
    if (!period)
        period = TextDates::findPeriod(before, c.report.reportYear);
    if (period) {
        p.periodStart = period->start;
        p.periodEnd = period->end;
    }
    p.changePercent = changeNear(c.s.folded.mid(c.from, c.to - c.from), c.value.start - c.from);
    p.statedBy = speakerNear(c.report, c.sentence);
    p.confidence = confidence;
    p.source = { c.s.paragraph, c.s.index };
    return p;
}

bool mentionsCurrency(const Sentence &s)
{
    return s.folded.contains(QLatin1Char('$')) || s.has("usd") || s.has("dollar") || s.has(u"долл");
}

} // namespace

QList<TradeProposal> TradeFinder::find(
    const AnalysedReport &report, const QList<MeetingProposal> &meetings)
{
    QList<TradeProposal> figures;
    for (qsizetype k = 0; k < report.sentences.size(); ++k) {
        const Sentence &s = report.sentences.at(k);
        if (!mentionsCurrency(s))
            continue;
        const Sentence *previous = k > 0 && report.sentences.at(k - 1).paragraph == s.paragraph
            ? &report.sentences.at(k - 1)
            : nullptr;
        const QList<Value> values = valuesIn(s.folded);
        Scope previousScope;
        int previousMeasure = 0;
        for (qsizetype v = 0; v < values.size(); ++v) {
            const ValueContext c { report, meetings, k, s, previous, v,
                v == 0 ? 0 : values.at(v - 1).end,
                v + 1 < values.size() ? values.at(v + 1).start : s.folded.size(), values.at(v) };
            const QString before = s.folded.mid(c.from, c.value.start - c.from);
            int measure = measureOf(before, s.folded.mid(c.value.end, c.to - c.value.end));
            if (measure == 0 && v > 0)
                measure = previousMeasure;
            if (measure == 0 && previous && isAnaphoric(before))
                measure = measureOf(previous->folded, {});
            previousMeasure = measure;
            if (measure != 1)
                continue;
            double confidence = 0;
            previousScope = scopeOf(c, previousScope, &confidence);
            if (previousScope.found())
                figures.append(proposalFor(c, previousScope, confidence));
        }
    }
    return figures;
}

} // namespace Summit::Extract
