// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/extract/analysedreport.h"
#include "models/extract/proposals.h"

namespace Summit::Extract {

/**
 * Proposes trade figures. A value is a whole number in US dollars with its unit: "$11.7
 * billion", "US$83.7 billion", "$112 млрд", "90 млрд долларов", "90 миллиардов долларов"; a
 * value cut off before its number or unit is none.
 *
 * It is trade when the nearest measure word before it (back to the previous value) is a trade
 * word (trade, turnover, товарооборот, торговый оборот), or the words right after it say so
 * ("$4.3 billion in trade turnover"); never when the nearest is an investment, GDP, a share, a
 * budget or a loan ("more than $4 billion in direct investments"). A value with no measure of
 * its own ("it grew ... and amounted to $83.7 billion") takes the measure of the sentence before
 * it in its paragraph.
 *
 * Scope, from the words before the value, else the sentence, else the sentence before it, else
 * the meeting the report is telling (the latest bilateral before it): Russia with Central Asia,
 * the EAEU, China, ... is `other`; Russia with a named country, or two countries joined
 * ("Russia-Azerbaijan"), `bilateral`; Russia with the CIS ("Russia's trade with CIS members",
 * "России со странами СНГ") `russia-cis`; between or among the CIS countries ("между
 * странами-участницами", "mutual trade") `cis-internal`. With no scope words at all there is no
 * proposal: the engine does not guess a scope.
 *
 * Hedge from the words just before the value; period from the words after it (to the next
 * value), else before it (TextDates::findPeriod); change from "grew by 2 percent", "увеличился
 * на 7%"; the speaker from the sentence, else the nearest one before.
 */
class TradeFinder
{
public:
    static QList<TradeProposal> find(
        const AnalysedReport &report, const QList<MeetingProposal> &meetings);
};

} // namespace Summit::Extract
