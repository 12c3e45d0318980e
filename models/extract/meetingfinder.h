// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/extract/analysedreport.h"
#include "models/extract/proposals.h"

namespace Summit::Extract {

/**
 * Proposes bilateral meetings: a sentence about the main event with "met with", "meeting
 * with/between", "talks with", "bilateral meetings", "встретился с", "встреча с", "переговоры
 * с", "беседа с" pairs the leader before those words (else the first leader of the sentences
 * before it, else the report's most named leader) with each leader or country named after them.
 * Not a meeting: a sentence that denies one ("does not mention a bilateral meeting", "не
 * запланирована"), a phone call, a chance "to talk on the sidelines". Future or scheduled
 * wording ("will hold", "проведет", "после саммита") makes the meeting `planned`. Its date is
 * one written in the sentence (year from the report) or "today"; its place the venue or city.
 */
class MeetingFinder
{
public:
    static QList<MeetingProposal> find(const AnalysedReport &report);
};

} // namespace Summit::Extract
