// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/extract/lexicon.h"

#include <algorithm>

namespace Summit::Extract {

QString foldForMatching(QStringView text)
{
    // Character by character, so that offsets in the folded text are those of the original.
    QString out = text.toString();
    for (QChar &c : out) {
        c = c.toLower();
        switch (c.unicode()) {
        case 0x0451: // ё
            c = QChar(0x0435);
            break;
        case 0x2019:
        case 0x2018:
            c = QLatin1Char('\'');
            break;
        case 0x201C:
        case 0x201D:
            c = QLatin1Char('"');
            break;
        case 0x00A0:
        case 0x2009:
        case 0x202F:
            c = QLatin1Char(' ');
            break;
        default:
            break;
        }
    }
    return out;
}

const Lexicon &Lexicon::instance()
{
    static const Lexicon lexicon;
    return lexicon;
}

Lexicon::Lexicon()
{
    addCountries();
    addPeople();
    addRoles();
    std::sort(m_stems.begin(), m_stems.end(),
        [](const Stem &a, const Stem &b) { return a.stem.size() > b.stem.size(); });
}

void Lexicon::addCountries()
{
    struct Row
    {
        const char *code;
        const char *name;
        const char *words; ///< English names (space separated)
        const char *adjectives; ///< English adjectives
        const char16_t *stems; ///< Russian name stems
        const char16_t *adjectiveStems; ///< Russian adjective stems
    };
    static const Row rows[] = {
        { "AZE", "Azerbaijan", "azerbaijan", "azerbaijani azeri", u"азербайджан",
            u"азербайджанск" },
        { "ARM", "Armenia", "armenia", "armenian", u"армени", u"армянск" },
        { "BLR", "Belarus", "belarus", "belarusian belarussian", u"белорусси беларус",
            u"белорусск" },
        { "KAZ", "Kazakhstan", "kazakhstan", "kazakh kazakhstani", u"казахстан",
            u"казахстанск казахск" },
        { "KGZ", "Kyrgyzstan", "kyrgyzstan kirghizia", "kyrgyz kyrgyzstani", u"киргизи кыргызстан",
            u"киргизск кыргызск" },
        { "RUS", "Russia", "russia", "russian", u"росси рф", u"российск" },
        { "TJK", "Tajikistan", "tajikistan", "tajik tajikistani", u"таджикистан", u"таджикск" },
        { "TKM", "Turkmenistan", "turkmenistan", "turkmen", u"туркмени туркменистан",
            u"туркменск" },
        { "UZB", "Uzbekistan", "uzbekistan", "uzbek uzbekistani", u"узбекистан", u"узбекск" },
        { "MDA", "Moldova", "moldova moldavia", "moldovan", u"молдави молдов",
            u"молдавск молдовск" },
        { "UKR", "Ukraine", "ukraine", "ukrainian", u"украин", u"украинск" },
    };
    for (const Row &row : rows) {
        const QString code = QString::fromLatin1(row.code);
        m_countryNames.insert(code, QString::fromLatin1(row.name));
        for (const QString &w : QString::fromLatin1(row.words).split(QLatin1Char(' ')))
            m_words[w].country = code;
        for (const QString &w : QString::fromLatin1(row.adjectives).split(QLatin1Char(' '))) {
            m_words[w].country = code;
            m_words[w].countryAdjective = true;
        }
        for (const QString &s : QString::fromUtf16(row.stems).split(QLatin1Char(' '))) {
            WordInfo info;
            info.country = code;
            m_stems.append({ s, info, s == QLatin1String("рф") ? 0 : 3 });
        }
        for (const QString &s : QString::fromUtf16(row.adjectiveStems).split(QLatin1Char(' '))) {
            WordInfo info;
            info.country = code;
            info.countryAdjective = true;
            m_stems.append({ s, info, 4 });
        }
    }
}

void Lexicon::addPeople()
{
    struct Row
    {
        const char *id;
        const char *name;
        const char *role;
        const char *country;
        bool leader;
        const char *surnames;
        const char16_t *stems;
    };
    static const Row rows[] = {
        { "putin", "Vladimir Putin", "President", "RUS", true, "putin", u"путин" },
        { "aliyev", "Ilham Aliyev", "President", "AZE", true, "aliyev aliev", u"алиев" },
        { "pashinyan", "Nikol Pashinyan", "Prime Minister", "ARM", true, "pashinyan pashinian",
            u"пашинян" },
        { "lukashenko", "Alexander Lukashenko", "President", "BLR", true, "lukashenko",
            u"лукашенко" },
        { "tokayev", "Kassym-Jomart Tokayev", "President", "KAZ", true, "tokayev tokaev",
            u"токаев" },
        { "japarov", "Sadyr Japarov", "President", "KGZ", true, "japarov zhaparov dzhaparov",
            u"жапаров" },
        { "rahmon", "Emomali Rahmon", "President", "TJK", true, "rahmon rakhmon rahmonov",
            u"рахмон" },
        { "berdimuhamedov", "Serdar Berdimuhamedov", "President", "TKM", true,
            "berdimuhamedov berdimuhamedow berdymukhamedov", u"бердымухамедов" },
        { "mirziyoyev", "Shavkat Mirziyoyev", "President", "UZB", true, "mirziyoyev mirziyoev",
            u"мирзиеев мирзияев" },
        { "sandu", "Maia Sandu", "President", "MDA", true, "sandu", u"санду" },
        { "peskov", "Dmitry Peskov", "Press Secretary", "RUS", false, "peskov", u"песков" },
        { "ushakov", "Yury Ushakov", "Presidential Aide", "RUS", false, "ushakov", u"ушаков" },
    };
    for (const Row &row : rows) {
        const int index = int(m_people.size());
        m_people.append({ QString::fromLatin1(row.id), QString::fromLatin1(row.name),
            QString::fromLatin1(row.role), QString::fromLatin1(row.country), row.leader });
        for (const QString &w : QString::fromLatin1(row.surnames).split(QLatin1Char(' ')))
            m_words[w].person = index;
        for (const QString &s : QString::fromUtf16(row.stems).split(QLatin1Char(' '))) {
            WordInfo info;
            info.person = index;
            const bool indeclinable = s.endsWith(QChar(u'о')) || s.endsWith(QChar(u'у'));
            m_stems.append({ s, info, indeclinable ? 0 : 3 });
        }
    }
}

void Lexicon::addRoles()
{
    const auto set = [this](const QString &w, WordInfo::Role role) { m_words[w].role = role; };
    set(QStringLiteral("president"), WordInfo::President);
    set(QStringLiteral("prime"), WordInfo::PrimeMinister);
    set(QStringLiteral("premier"), WordInfo::PrimeMinister);
    set(QStringLiteral("pm"), WordInfo::PrimeMinister);
    for (const char *w : { "leader", "head", "counterpart" })
        set(QString::fromLatin1(w), WordInfo::AnyLeader);
    for (const char *w : { "leaders", "presidents", "heads", "counterparts" })
        set(QString::fromLatin1(w), WordInfo::Plural);
    for (const char16_t *w : { u"президенты", u"президентов", u"президентами", u"президентам",
             u"лидеры", u"лидеров", u"лидерами", u"лидерам", u"главы", u"главами", u"главам",
             u"руководители", u"руководителей", u"руководителями" })
        set(QString::fromUtf16(w), WordInfo::Plural);
    const auto stem = [this](const char16_t *s, WordInfo::Role role, int maxSuffix) {
        WordInfo info;
        info.role = role;
        m_stems.append({ QString::fromUtf16(s), info, maxSuffix });
    };
    stem(u"президент", WordInfo::President, 2);
    stem(u"премьер", WordInfo::PrimeMinister, 2);
    stem(u"лидер", WordInfo::AnyLeader, 2);
    stem(u"глав", WordInfo::AnyLeader, 2);
    stem(u"руководител", WordInfo::AnyLeader, 2);
}

WordInfo Lexicon::word(const QString &lowerWord) const
{
    if (const auto it = m_words.constFind(lowerWord); it != m_words.cend())
        return *it;
    if (lowerWord.isEmpty() || lowerWord.at(0).unicode() < 0x0400)
        return {};
    for (const Stem &stem : m_stems) {
        if (lowerWord.startsWith(stem.stem)
            && lowerWord.size() - stem.stem.size() <= stem.maxSuffix)
            return stem.info;
    }
    return {};
}

int Lexicon::leaderOf(const QString &country, WordInfo::Role role) const
{
    for (int i = 0; i < m_people.size(); ++i) {
        const KnownPerson &person = m_people.at(i);
        if (!person.leader || person.country != country)
            continue;
        if (role == WordInfo::AnyLeader || role == WordInfo::Plural
            || (role == WordInfo::President) == (person.role == QLatin1String("President")))
            return i;
    }
    return -1;
}

namespace {

struct NamedPlace
{
    const char16_t *needle;
    const char *name;
};

const NamedPlace cities[] = {
    { u"st. petersburg", "St. Petersburg" },
    { u"st petersburg", "St. Petersburg" },
    { u"saint petersburg", "St. Petersburg" },
    { u"санкт-петербург", "St. Petersburg" },
    { u"петербург", "St. Petersburg" },
    { u"petersburg", "St. Petersburg" },
    { u"leningrad region", "Leningrad Region" },
    { u"ленинградской област", "Leningrad Region" },
    { u"moscow", "Moscow" },
    { u"москв", "Moscow" },
    { u"dushanbe", "Dushanbe" },
    { u"душанбе", "Dushanbe" },
    { u"bishkek", "Bishkek" },
    { u"бишкек", "Bishkek" },
    { u"minsk", "Minsk" },
    { u"минск", "Minsk" },
    { u"astana", "Astana" },
    { u"астан", "Astana" },
    { u"ashgabat", "Ashgabat" },
    { u"ашхабад", "Ashgabat" },
    { u"sochi", "Sochi" },
    { u"сочи", "Sochi" },
    { u"kazan", "Kazan" },
    { u"казан", "Kazan" },
    { u"baku", "Baku" },
    { u"баку", "Baku" },
    { u"yerevan", "Yerevan" },
    { u"ереван", "Yerevan" },
};

const NamedPlace venues[] = {
    { u"konstantin palace", "Konstantin Palace" },
    { u"konstantinovsky palace", "Konstantin Palace" },
    { u"константиновск", "Konstantin Palace" },
    { u"georgievsky hall", "Georgievsky Hall, State Hermitage" },
    { u"st. george hall", "Georgievsky Hall, State Hermitage" },
    { u"георгиевском зале", "Georgievsky Hall, State Hermitage" },
    { u"winter palace", "Winter Palace, State Hermitage" },
    { u"зимнего дворца", "Winter Palace, State Hermitage" },
    { u"hermitage", "State Hermitage" },
    { u"эрмитаж", "State Hermitage" },
    { u"grand kremlin palace", "Grand Kremlin Palace" },
    { u"большом кремлевском дворце", "Grand Kremlin Palace" },
    { u"palace of the nation", "Palace of the Nation" },
    { u"дворце нации", "Palace of the Nation" },
    { u"igora", "Igora resort" },
    { u"игора", "Igora resort" },
};

/** The places as QStrings; each caller keeps its list in a function-local static. */
QList<std::pair<QString, QString>> placeList(const NamedPlace *places, size_t count)
{
    QList<std::pair<QString, QString>> list;
    for (size_t i = 0; i < count; ++i)
        list.append({ QString::fromUtf16(places[i].needle), QString::fromLatin1(places[i].name) });
    return list;
}

bool startsWord(const QString &text, qsizetype at)
{
    return at == 0 || !text.at(at - 1).isLetter();
}

} // namespace

QString Lexicon::canonicalCity(const QString &text) const
{
    return findCity(foldForMatching(text));
}

QString Lexicon::findCity(const QString &lowerText, qsizetype *position) const
{
    qsizetype best = -1;
    QString name;
    static const auto list = placeList(cities, std::size(cities));
    for (const auto &[needle, cityName] : list) {
        qsizetype at = lowerText.indexOf(needle);
        while (at >= 0 && !startsWord(lowerText, at))
            at = lowerText.indexOf(needle, at + 1);
        if (at >= 0 && (best < 0 || at < best)) {
            best = at;
            name = cityName;
        }
    }
    if (position)
        *position = best;
    return name;
}

QString Lexicon::findVenue(const QString &lowerText) const
{
    static const auto list = placeList(venues, std::size(venues));
    for (const auto &[needle, name] : list) {
        if (lowerText.contains(needle))
            return name;
    }
    return {};
}

} // namespace Summit::Extract
