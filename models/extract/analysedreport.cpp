// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/extract/analysedreport.h"

#include "models/extract/sentencesplitter.h"

#include <QHash>
#include <QRegularExpression>

namespace Summit::Extract {

namespace {

QList<Token> tokenise(const QString &text, const QString &folded)
{
    const Lexicon &lexicon = Lexicon::instance();
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && text.at(end).isLetterOrNumber())
            ++end;
        Token token { i, end, folded.mid(i, end - i), text.at(i).isUpper(), {} };
        token.info = lexicon.word(token.folded);
        tokens.append(std::move(token));
        i = end;
    }
    return tokens;
}

bool isFiller(const QString &w)
{
    static const QStringList fillers { QStringLiteral("of"), QStringLiteral("the"),
        QStringLiteral("republic"), QStringLiteral("minister"), QStringLiteral("state"),
        QStringLiteral("министр"), QStringLiteral("министра"), QStringLiteral("министром"),
        QStringLiteral("министру"), QStringLiteral("республики"), QStringLiteral("республика") };
    return fillers.contains(w);
}

bool isListGlue(const QString &w)
{
    static const QStringList glue { QStringLiteral("cis"), QStringLiteral("member"),
        QStringLiteral("members"), QStringLiteral("states"), QStringLiteral("countries"),
        QStringLiteral("снг"), QStringLiteral("стран"), QStringLiteral("and"), QStringLiteral("as"),
        QStringLiteral("well"), QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("и"),
        QStringLiteral("а"), QStringLiteral("также") };
    return glue.contains(w);
}

void addEntity(
    Sentence &sentence, const QString &country, int person, qsizetype position, bool named)
{
    const Lexicon &lexicon = Lexicon::instance();
    for (Entity &entity : sentence.entities) {
        if (entity.country != country)
            continue;
        if (named && !entity.named && person >= 0 && lexicon.people().at(person).leader) {
            entity.person = person;
            entity.named = true;
        }
        return;
    }
    const bool leader = person < 0 || lexicon.people().at(person).leader;
    if (!leader) {
        // An aide is kept apart: his country is not his delegation's presence.
        sentence.entities.append({ country, person, position, named, false });
        return;
    }
    sentence.entities.append({ country, person, position, named, true });
}

/** Role-country entities: "President of Azerbaijan", "Kazakh leader", "лидеры X, Y и Z". */
void findRoleCountries(Sentence &sentence)
{
    const Lexicon &lexicon = Lexicon::instance();
    const QList<Token> &t = sentence.tokens;
    for (qsizetype k = 0; k < t.size(); ++k) {
        const WordInfo::Role role = t[k].info.role;
        if (role == WordInfo::NoRole)
            continue;
        // An adjective just before the role: "Kazakh President", "казахстанский лидер".
        if (k > 0 && t[k - 1].info.countryAdjective && role != WordInfo::Plural) {
            const QString &c = t[k - 1].info.country;
            addEntity(sentence, c, lexicon.leaderOf(c, role), t[k - 1].start, false);
            continue;
        }
        qsizetype j = k + 1;
        // Fillers ("of the Republic of"); before a plural's list also "of CIS members".
        while (j < t.size() && j - k <= 4 && t[j].info.country.isEmpty()
            && (isFiller(t[j].folded) || (role == WordInfo::Plural && isListGlue(t[j].folded))))
            ++j;
        if (j >= t.size() || t[j].info.country.isEmpty())
            continue;
        if (role != WordInfo::Plural) {
            const QString &c = t[j].info.country;
            addEntity(sentence, c, lexicon.leaderOf(c, role), t[k].start, false);
            continue;
        }
        // A plural role takes the list that follows, names and glue words between.
        for (; j < t.size(); ++j) {
            if (!t[j].info.country.isEmpty()) {
                const QString &c = t[j].info.country;
                addEntity(sentence, c, lexicon.leaderOf(c, WordInfo::AnyLeader), t[j].start, false);
            } else if (!(t[j].info.person >= 0 || t[j].capitalised || isListGlue(t[j].folded)
                           || isFiller(t[j].folded))) {
                break;
            }
        }
    }
}

void findEntities(Sentence &sentence)
{
    const Lexicon &lexicon = Lexicon::instance();
    for (const Token &token : sentence.tokens) {
        if (token.info.person >= 0) {
            const KnownPerson &person = lexicon.people().at(token.info.person);
            addEntity(sentence, person.country, token.info.person, token.start, true);
        }
    }
    findRoleCountries(sentence);
    std::sort(sentence.entities.begin(), sentence.entities.end(),
        [](const Entity &a, const Entity &b) { return a.position < b.position; });
    for (const Token &token : sentence.tokens) {
        const QString &c = token.info.country;
        if (c.isEmpty() || sentence.bareCountries.contains(c))
            continue;
        const bool covered = std::any_of(sentence.entities.cbegin(), sentence.entities.cend(),
            [&](const Entity &e) { return e.country == c; });
        if (!covered)
            sentence.bareCountries.append(c);
    }
}

/** The first event format @p s names, with its position; empty when none. */
QString namedEvent(const Sentence &s)
{
    struct Cue
    {
        const char16_t *needle;
        const char *event;
    };
    static const Cue cues[] = {
        { u"eurasian economic", "eaeu" },
        { u"eaeu", "eaeu" },
        { u"еаэс", "eaeu" },
        { u"евразийского экономическ", "eaeu" },
        { u"евразийский экономическ", "eaeu" },
        { u"евразийском экономическ", "eaeu" },
        { u"вээс", "eaeu" },
        { u"collective security", "csto" },
        { u"csto", "csto" },
        { u"одкб", "csto" },
        { u"коллективной безопасности", "csto" },
        { u"shanghai cooperation", "sco" },
        { u"шос", "sco" },
        { u"brics", "brics" },
        { u"брикс", "brics" },
        { u"central asia-russia", "central-asia-russia" },
        { u"central asia–russia", "central-asia-russia" },
        { u"russia-central asia", "central-asia-russia" },
        { u"russia–central asia", "central-asia-russia" },
        { u"центральная азия — россия", "central-asia-russia" },
        { u"россия — центральная азия", "central-asia-russia" },
        { u"victory day", "victory-day" },
        { u"парад победы", "victory-day" },
        { u"commonwealth of independent", "cis" },
        { u"содружеств", "cis" },
    };
    // One alternation, scanned once: its leftmost match is the first format named.
    static const auto [pattern, events] = [] {
        QStringList alternatives;
        QHash<QString, QString> byNeedle;
        for (const Cue &cue : cues) {
            const QString needle = QString::fromUtf16(cue.needle);
            alternatives.append(QRegularExpression::escape(needle));
            byNeedle.insert(needle, QString::fromLatin1(cue.event));
        }
        return std::make_pair(QRegularExpression(alternatives.join(QLatin1Char('|'))), byNeedle);
    }();
    const auto match = pattern.match(s.folded);
    qsizetype best = match.hasMatch() ? match.capturedStart() : -1;
    QString event = match.hasMatch() ? events.value(match.captured(0)) : QString();
    for (const Token &token : s.tokens) {
        const bool cis = token.folded == QLatin1String("cis")
            || token.folded == QStringLiteral("снг")
            || token.folded == QLatin1String("commonwealth");
        const bool sco = token.folded == QLatin1String("sco");
        if ((cis || sco) && (best < 0 || token.start < best)) {
            best = token.start;
            event = QLatin1String(cis ? "cis" : "sco");
        }
    }
    return event;
}

QString mainEventOf(const QList<Sentence> &sentences)
{
    QHash<QString, int> votes;
    for (const Sentence &s : sentences) {
        if (s.explicitEvent && s.aboutSummit)
            ++votes[s.event];
    }
    if (votes.isEmpty()) {
        for (const Sentence &s : sentences) {
            if (s.explicitEvent)
                ++votes[s.event];
        }
    }
    QString best;
    int bestVotes = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        const bool better = it.value() > bestVotes
            || (it.value() == bestVotes && it.key() == QLatin1String("cis"));
        if (better) {
            best = it.key();
            bestVotes = it.value();
        }
    }
    return best;
}

} // namespace

bool speaksOfSummit(const QString &folded)
{
    static const QStringList words { QStringLiteral("summit"), QStringLiteral("meeting"),
        QStringLiteral("council"), QStringLiteral("саммит"), QStringLiteral("встреч"),
        QStringLiteral("заседани"), QStringLiteral("совет") };
    return std::any_of(
        words.cbegin(), words.cend(), [&](const QString &w) { return folded.contains(w); });
}

AnalysedReport AnalysedReport::analyse(const Report &report)
{
    AnalysedReport analysed;
    analysed.report = report;
    analysed.reportYear
        = report.metadata.published.isValid() ? report.metadata.published.year() : 0;
    for (qsizetype p = 0; p < report.paragraphs.size(); ++p) {
        const QString &paragraph = report.paragraphs.at(p);
        int index = 0;
        QString previousEvent;
        for (const SentenceSplitter::Span &span : SentenceSplitter::split(paragraph)) {
            Sentence s;
            s.paragraph = int(p + 1);
            s.index = ++index;
            s.text = paragraph.mid(span.start, span.length);
            s.folded = foldForMatching(s.text);
            s.tokens = tokenise(s.text, s.folded);
            findEntities(s);
            s.aboutSummit = speaksOfSummit(s.folded);
            s.event = namedEvent(s);
            s.explicitEvent = !s.event.isEmpty();
            if (!s.explicitEvent)
                s.event = previousEvent;
            previousEvent = s.event;
            analysed.sentences.append(std::move(s));
        }
    }
    analysed.mainEvent = mainEventOf(analysed.sentences);
    for (Sentence &s : analysed.sentences) {
        if (s.event.isEmpty())
            s.event = analysed.mainEvent;
        s.onTopic = s.event == analysed.mainEvent;
    }
    return analysed;
}

} // namespace Summit::Extract
