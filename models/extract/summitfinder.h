// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/extract/analysedreport.h"
#include "models/extract/proposals.h"

#include <optional>

namespace Summit::Extract {

/**
 * Proposes the summit a report is about, from the sentences about the report's main event that
 * speak of a summit or meeting (leaving out those about the next, previous or last year's one).
 *
 *  - City and venue: the first named in those sentences (a dateline's city is not the summit's).
 *  - Informal: "informal", "неформальн"; formal: "Council of Heads of State", "Совет глав".
 *  - Date: the first of, in document order: a written date ("on December 26", "10 октября 2025
 *    года"; its year from the text, else the report's year); a relative day outside quotations
 *    ("today", "yesterday", "tomorrow", "on Monday", "сегодня", "вчера", "завтра", "в
 *    понедельник") against the published date; a live report ("has begun", "is taking place",
 *    "начался", "проходит") on the published date. A span ("21 и 22 декабря") or a date whose
 *    year neither the text nor the report gives leaves the summit undated: a city that hosted
 *    several summits (Dushanbe) is never attached to the wrong year.
 */
class SummitFinder
{
public:
    static std::optional<SummitProposal> find(const AnalysedReport &report);
    /** True when @p s speaks of the next, previous or last year's summit, not this one. */
    static bool isAboutAnotherSummit(const Sentence &s);
    /** True when the report tells the summit as held or under way (not only announced). */
    static bool reportedAsHeld(const AnalysedReport &report);
    /** Where the real sentence starts after a dateline ("MOSCOW, December 26. /TASS/. "). */
    static qsizetype datelineEnd(const QString &text);
    /** @p folded with quotations blanked out (same length): their "today" is not the report's. */
    static QString withoutQuotes(const QString &folded);
    /** The host country of a city the lexicon knows ("Dushanbe" gives "TJK"). */
    static QString hostOf(const QString &city);
};

} // namespace Summit::Extract
