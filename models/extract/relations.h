// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/extract/knownfacts.h"
#include "models/extract/proposals.h"

namespace Summit::Extract {

/** How a proposal stands to the known facts. `id` names the fact it concerns, where any. */
struct Relation
{
    QString kind; ///< "new", "confirms", "fills-unknown", "differs"
    QString id;
    QString detail; ///< what differs or is filled, in the engine's words
};

/**
 * The rules that relate proposals to a dataset (docs/import.md, "Relations"):
 *
 *  - a summit is the known one of the same format, city and date; an undated one is the known
 *    one in its city whose date lies within ten days before to three days after the report's
 *    publication; a summit of another format (Central Asia–Russia) is never a CIS summit;
 *  - attendance: the matched summit's entry for the country: unknown → fills-unknown, the same
 *    status → confirms, the other → differs; an announcement (expected) is always new;
 *  - a meeting: a known bilateral event of the matched summit between the same two countries
 *    confirms; planned or not, the sides are the test;
 *  - a trade figure: a known one of the same scope (and, if bilateral, the same two countries)
 *    whose value is within 0.5 %
 *    confirms, or differs when its hedge or period is not the same; one of the same scope,
 *    countries and period with another value differs.
 */
class Relations
{
public:
    explicit Relations(const KnownFacts &known)
        : m_known(known)
    {
    }

    const KnownFacts::Summit *matchSummit(
        const SummitProposal &summit, const QDate &published) const;
    Relation ofSummit(const SummitProposal &summit, const KnownFacts::Summit *match) const;
    Relation ofAttendance(
        const AttendanceProposal &attendance, const KnownFacts::Summit *match) const;
    Relation ofMeeting(const MeetingProposal &meeting, const KnownFacts::Summit *match) const;
    Relation ofTrade(const TradeProposal &trade) const;
    /** The dataset's id of a lexicon person (by id or name); empty when the dataset lacks him. */
    QString knownPersonId(int lexiconIndex) const;

private:
    const KnownFacts &m_known;
};

} // namespace Summit::Extract
