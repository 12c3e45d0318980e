// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Summit::Extract {

/** A leader (or official) the engine knows by name, in English and in Russian. */
struct KnownPerson
{
    QString id; ///< Suggested id, as in the built-in dataset ("putin").
    QString name; ///< English full name.
    QString role; ///< "President", "Prime Minister", "Press Secretary", ...
    QString country;
    bool leader = true; ///< Heads a delegation; false for aides and spokesmen.
};

/** What a lower-cased word is to the engine. */
struct WordInfo
{
    QString country; ///< Country code, for a name or adjective of a country.
    bool countryAdjective = false; ///< "Kazakh", "казахстанский": modifies a role.
    int person = -1; ///< Index into Lexicon::people() for a surname.
    enum Role
    {
        NoRole,
        President,
        PrimeMinister,
        AnyLeader, ///< leader, head of state, counterpart, лидер, глава
        Plural ///< leaders, presidents, heads, лидеры, главы: a list of countries follows
    } role
        = NoRole;
};

/**
 * The words the engine knows: countries (names and adjectives, every Russian case through
 * stems), leaders (surnames in their spellings and every Russian case), roles, cities and
 * venues. Built once; lookups are hash lookups, or a scan of a few dozen Russian stems.
 */
class Lexicon
{
public:
    static const Lexicon &instance();

    /** What @p lowerWord (lower case, ё as е) is; an empty WordInfo for an ordinary word. */
    WordInfo word(const QString &lowerWord) const;

    const QList<KnownPerson> &people() const { return m_people; }
    /** The sitting leader of @p country with @p role (AnyLeader: either), or -1. */
    int leaderOf(const QString &country, WordInfo::Role role) const;
    QString countryName(const QString &code) const { return m_countryNames.value(code); }

    /** The project's name of a city in @p text ("Санкт-Петербурге" gives "St. Petersburg"). */
    QString canonicalCity(const QString &text) const;
    /** The first city named in @p lowerText, its position in @p position; empty if none. */
    QString findCity(const QString &lowerText, qsizetype *position = nullptr) const;
    /** The first venue named in @p lowerText, in the project's words; empty if none. */
    QString findVenue(const QString &lowerText) const;

private:
    Lexicon();
    void addCountries();
    void addPeople();
    void addRoles();

    struct Stem
    {
        QString stem;
        WordInfo info;
        int maxSuffix = 3;
    };
    QHash<QString, WordInfo> m_words;
    QList<Stem> m_stems;
    QList<KnownPerson> m_people;
    QHash<QString, QString> m_countryNames;
};

/** Lower case with ё folded to е and typographic apostrophes to ', for matching. */
QString foldForMatching(QStringView text);

} // namespace Summit::Extract
