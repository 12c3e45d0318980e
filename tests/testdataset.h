// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"

#include <QString>

/*
 * A small, realistic dataset for the model tests: the informal CIS summits of 26 Dec 2023 and
 * 22 Dec 2025, built in code so that each test knows exactly what it holds.
 *
 * Facts the tests rely on:
 *  - events are listed out of chronological order (e23-plenary before e23-museums, e25-armenia
 *    before e25-plenary), and e23-plenary has a clock time (10:00) while the rest of its day
 *    has none;
 *  - "Peskov"/"Dmitry" appear only as a participant's name, never in an event's own text;
 *  - e25-kazakhstan lists no countries: Kazakhstan reaches it only through Tokayev;
 *  - Moldova is a full member until 2022 and has suspended its participation since 2022;
 *  - doc-2023 names no publisher and no date; doc-background is cited by nothing;
 *  - trade figure 1 is derived, figures 3 and 4 are bilateral (countries listed both ways).
 */

namespace TestData {

using namespace Qt::StringLiterals;
using namespace Summit;

inline SourceRef src(const QString &document, int paragraph)
{
    return { document, paragraph };
}

inline PartialDate year(int y)
{
    return { QDate(y, 1, 1), PartialDate::Year };
}

inline QList<Document> documents()
{
    return {
        { u"doc-2023"_s, u"Report on the informal CIS summit of 26 December 2023"_s, QString(),
            QDate(), u"000_347101bdabb9421b.txt"_s, 17 },
        { u"doc-2025"_s, u"Putin's bilateral talks on the sidelines of the CIS informal summit"_s,
            u"Anadolu Agency"_s, QDate(2025, 12, 22), u"004_e979e2f4bd2656ba.txt"_s, 25 },
        { u"doc-background"_s, u"Background note on CIS membership"_s, QString(),
            QDate(2024, 1, 15), QString(), 3 },
    };
}

inline QList<Country> countries()
{
    const auto full1991 = [](const SourceRef &source) {
        return Membership { MembershipStatus::Full, year(1991), {}, {}, { source } };
    };
    return {
        { u"RUS"_s, u"Russia"_s, { full1991(src(u"doc-2023"_s, 15)) } },
        { u"ARM"_s, u"Armenia"_s, { full1991(src(u"doc-2025"_s, 24)) } },
        { u"KAZ"_s, u"Kazakhstan"_s, { full1991(src(u"doc-2025"_s, 24)) } },
        { u"MDA"_s, u"Moldova"_s,
            { { MembershipStatus::Full, year(1991), year(2022), {}, { src(u"doc-2023"_s, 15) } },
                { MembershipStatus::ParticipationSuspended, year(2022), {},
                    u"Suspended its participation in CIS meetings."_s,
                    { src(u"doc-2025"_s, 24) } } } },
        { u"UKR"_s, u"Ukraine"_s,
            { { MembershipStatus::UnratifiedParticipant, year(1991), year(2018), {},
                  { src(u"doc-2023"_s, 16) } },
                { MembershipStatus::ParticipationCeased, year(2018), {},
                    u"Remains in the CIS free trade area."_s, { src(u"doc-2023"_s, 16) } } } },
        { u"TKM"_s, u"Turkmenistan"_s,
            { { MembershipStatus::Associate, {}, {}, {}, { src(u"doc-2023"_s, 15) } } } },
    };
}

inline QList<Person> people()
{
    return {
        { u"putin"_s, u"Vladimir Putin"_s, u"President"_s, u"RUS"_s },
        { u"pashinyan"_s, u"Nikol Pashinyan"_s, u"Prime Minister"_s, u"ARM"_s },
        { u"tokayev"_s, u"Kassym-Jomart Tokayev"_s, u"President"_s, u"KAZ"_s },
        { u"berdimuhamedov"_s, u"Serdar Berdimuhamedov"_s, u"President"_s, u"TKM"_s },
        { u"peskov"_s, u"Dmitry Peskov"_s, u"Kremlin Spokesman"_s, u"RUS"_s },
    };
}

inline Attendance present(const QString &country, const QString &person, const SourceRef &source)
{
    return { country, person, Presence::Present, {}, {}, { source } };
}

inline QList<Summit::Summit> summits()
{
    const SourceRef p2 = src(u"doc-2023"_s, 2);
    return {
        { u"s2023"_s, u"Informal CIS summit 2023"_s, QDate(2023, 12, 26), u"St. Petersburg"_s,
            u"Konstantin Palace"_s, u"RUS"_s, {},
            { present(u"RUS"_s, u"putin"_s, p2), present(u"ARM"_s, u"pashinyan"_s, p2),
                present(u"KAZ"_s, u"tokayev"_s, p2), present(u"TKM"_s, u"berdimuhamedov"_s, p2),
                { u"MDA"_s, {}, Presence::Unknown, {}, u"Not among the leaders named."_s,
                    { p2 } } },
            { src(u"doc-2023"_s, 1) } },
        { u"s2025"_s, u"Informal CIS summit 2025"_s, QDate(2025, 12, 22), u"St. Petersburg"_s,
            QString(), u"RUS"_s, {},
            { present(u"RUS"_s, u"putin"_s, src(u"doc-2025"_s, 18)),
                present(u"ARM"_s, u"pashinyan"_s, src(u"doc-2025"_s, 10)),
                present(u"KAZ"_s, u"tokayev"_s, src(u"doc-2025"_s, 14)) },
            { src(u"doc-2025"_s, 2) } },
    };
}

inline QList<Event> events2023()
{
    const QDate day(2023, 12, 26);
    return {
        { u"e23-plenary"_s, u"s2023"_s, u"plenary"_s, day, 1, QTime(10, 0),
            u"Informal meeting of CIS leaders"_s,
            u"The leaders reviewed the year's cooperation and regional issues."_s,
            { u"putin"_s, u"pashinyan"_s, u"tokayev"_s, u"berdimuhamedov"_s },
            { u"RUS"_s, u"ARM"_s, u"KAZ"_s, u"TKM"_s }, u"Konstantin Palace"_s,
            { u"cooperation"_s, u"film award"_s },
            { src(u"doc-2023"_s, 1), src(u"doc-2023"_s, 7) } },
        { u"e23-museums"_s, u"s2023"_s, u"visit"_s, day, 0, QTime(),
            u"Leaders tour museum reserves"_s,
            u"Before the meeting the leaders toured three museum reserves near the city."_s, {}, {},
            u"Pavlovsk, Tsarskoye Selo and Peterhof"_s, { u"culture"_s },
            { src(u"doc-2023"_s, 3) } },
        { u"e23-trade"_s, u"s2023"_s, u"statement"_s, day, 2, QTime(),
            u"Putin reports growth of trade within the CIS"_s,
            u"Trade between CIS countries grew by 2.0 percent over ten months."_s, { u"putin"_s },
            { u"RUS"_s }, QString(), { u"trade"_s }, { src(u"doc-2023"_s, 10) } },
        { u"e23-bilateral-kaz"_s, u"s2023"_s, u"bilateral"_s, day, 3, QTime(),
            u"Separate bilateral meetings after the summit"_s,
            u"Putin met the presidents of Kazakhstan and Uzbekistan separately."_s,
            { u"putin"_s, u"tokayev"_s }, { u"RUS"_s, u"KAZ"_s }, QString(), {},
            { src(u"doc-2023"_s, 14) } },
        { u"e23-peskov"_s, u"s2023"_s, u"statement"_s, day, 4, QTime(),
            u"Kremlin calls the summit a success"_s,
            u"The Kremlin spokesman said the informal setting gave leaders a valuable chance to talk."_s,
            { u"peskov"_s }, { u"RUS"_s }, QString(), {}, { src(u"doc-2023"_s, 12) } },
    };
}

inline QList<Event> events2025()
{
    const QDate day(2025, 12, 22);
    return {
        { u"e25-armenia"_s, u"s2025"_s, u"bilateral"_s, day, 2, QTime(),
            u"Putin and Pashinyan discuss trade and transport"_s,
            u"Turnover exceeded $11 billion in 2024; rail freight via Azerbaijan has resumed."_s,
            { u"putin"_s, u"pashinyan"_s }, { u"RUS"_s, u"ARM"_s }, QString(),
            { u"trade"_s, u"transport"_s }, { src(u"doc-2025"_s, 10), src(u"doc-2025"_s, 11) } },
        { u"e25-plenary"_s, u"s2025"_s, u"plenary"_s, day, 0, QTime(),
            u"Broader informal meeting of CIS leaders"_s,
            u"Putin said Russia's trade with the Commonwealth came to almost $90 billion."_s,
            { u"putin"_s }, { u"RUS"_s }, u"St. Petersburg"_s, { u"trade"_s, u"security"_s },
            { src(u"doc-2025"_s, 18) } },
        { u"e25-moldova"_s, u"s2025"_s, u"statement"_s, day, 1, QTime(),
            u"Moldova's suspended participation recalled"_s,
            u"A report noted that Moldova suspended its participation in CIS meetings in 2022."_s,
            {}, { u"MDA"_s }, QString(), { u"membership"_s }, { src(u"doc-2025"_s, 24) } },
        { u"e25-kazakhstan"_s, u"s2025"_s, u"bilateral"_s, day, 3, QTime(),
            u"Putin meets the Kazakh president"_s,
            u"Both sides described relations as developing without serious disputes."_s,
            { u"putin"_s, u"tokayev"_s }, {}, QString(), {}, { src(u"doc-2025"_s, 14) } },
    };
}

inline QList<TradeFigure> tradeFigures()
{
    TradeFigure cis2023 { u"t23-cis"_s, 83.7e9, Qualifier::Exact, u"cis-internal"_s, {},
        QDate(2023, 1, 1), QDate(2023, 10, 31), 2.0, u"putin"_s, u"s2023"_s, false, {}, {},
        { src(u"doc-2023"_s, 10) }, {} };
    TradeFigure cis2022 { u"t22-cis-derived"_s, 83.7e9 / 1.02, Qualifier::Approximately,
        u"cis-internal"_s, {}, QDate(2022, 1, 1), QDate(2022, 10, 31), std::nullopt, {}, {}, true,
        u"t23-cis / 1.02"_s, u"Implied by the stated 2.0% growth."_s, { src(u"doc-2023"_s, 10) },
        u"t23-cis"_s };
    TradeFigure russiaCis { u"t25-russia-cis"_s, 90e9, Qualifier::Almost, u"russia-cis"_s, {},
        QDate(2025, 1, 1), QDate(2025, 10, 31), std::nullopt, u"putin"_s, u"s2025"_s, false, {}, {},
        { src(u"doc-2025"_s, 18) }, {} };
    TradeFigure armRus2024 { u"t24-arm-rus"_s, 11e9, Qualifier::Over, u"bilateral"_s,
        { u"RUS"_s, u"ARM"_s }, QDate(2024, 1, 1), QDate(2024, 12, 31), std::nullopt, u"putin"_s,
        u"s2025"_s, false, {}, {}, { src(u"doc-2025"_s, 11) }, {} };
    TradeFigure armRus2025 { u"t25-arm-rus"_s, 4.5e9, Qualifier::Exact, u"bilateral"_s,
        { u"ARM"_s, u"RUS"_s }, QDate(2025, 1, 1), QDate(2025, 9, 30), std::nullopt, u"putin"_s,
        u"s2025"_s, false, {}, {}, { src(u"doc-2025"_s, 11) }, {} };
    return { cis2023, cis2022, russiaCis, armRus2024, armRus2025 };
}

/** The whole test dataset; see the top of this file for what the tests rely on. */
inline Dataset makeDataset()
{
    Dataset dataset;
    dataset.documents = documents();
    dataset.countries = countries();
    dataset.people = people();
    dataset.summits = summits();
    dataset.events = events2023() + events2025();
    dataset.tradeFigures = tradeFigures();
    return dataset;
}

} // namespace TestData
