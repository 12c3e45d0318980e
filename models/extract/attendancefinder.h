// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/extract/analysedreport.h"
#include "models/extract/proposals.h"

namespace Summit::Extract {

/**
 * Proposes who attended, who stayed away and who is only announced, from the sentences about
 * the report's main event (never from one about the EAEU council the day before, a CSTO summit,
 * a parade). Each rule applies to the leaders a sentence names by name or by role:
 *
 *  - absent: "would not be able to attend", "will not attend", "turned back", "had to leave",
 *    "не приедет", "не смог приехать", "решил не ехать", "не примет участие", "пропустит"; to
 *    the leader nearest before the words (else after); the reason in the engine's words from
 *    the paragraph (illness, busy schedule, turned back after the air crash);
 *  - expected: "will attend", "is expected to attend", "примет участие", "приедет", "может
 *    посетить", "ждут ... X"; a preview's announcement, not attendance;
 *  - present: a list ("attended by", "Attending the summit were", "took part", "приняли
 *    участие", "вместе с"), also as bullet lines after "Present at the meeting were:"; the
 *    speaker of a sentence said at the summit ("said at the summit", "заявил на саммите"); the
 *    chair ("under the chairmanship of"); the host ("hosted by"), or expected where the host
 *    only "will hold" or "will gather" the summit.
 *
 * Arriving in the city is not attendance, nor is a sideline meeting, a phone call or a remote
 * link. Per country one proposal: present or absent wins over expected, absent over present.
 */
class AttendanceFinder
{
public:
    static QList<AttendanceProposal> find(const AnalysedReport &report);
};

} // namespace Summit::Extract
