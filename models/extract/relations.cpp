// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/extract/relations.h"

#include "models/extract/lexicon.h"

#include <cmath>

namespace Summit::Extract {

const KnownFacts::Summit *Relations::matchSummit(
    const SummitProposal &summit, const QDate &published) const
{
    if (summit.format != QLatin1String("cis"))
        return nullptr;
    for (const KnownFacts::Summit &known : m_known.summits) {
        const bool sameCity = known.city == summit.city
            || (summit.city.isEmpty() && !summit.host.isEmpty() && known.host == summit.host);
        if (!sameCity)
            continue;
        if (summit.date.isValid() ? summit.date == known.date
                                  : published.isValid() && published >= known.date.addDays(-10)
                    && published <= known.date.addDays(3))
            return &known;
    }
    return nullptr;
}

Relation Relations::ofSummit(const SummitProposal &summit, const KnownFacts::Summit *match) const
{
    if (!match)
        return { QStringLiteral("new"), {}, {} };
    if (summit.date.isValid() && summit.date != match->date)
        return { QStringLiteral("differs"), match->id, QStringLiteral("date") };
    if (match->venue.isEmpty() && !summit.venue.isEmpty())
        return { QStringLiteral("fills-unknown"), match->id, QStringLiteral("venue") };
    return { QStringLiteral("confirms"), match->id, {} };
}

Relation Relations::ofAttendance(
    const AttendanceProposal &attendance, const KnownFacts::Summit *match) const
{
    if (!match || attendance.status == AttendanceProposal::Expected)
        return { QStringLiteral("new"), {}, {} };
    const QString id = match->id + QLatin1Char('/') + attendance.country;
    const QString status = attendance.status == AttendanceProposal::Present
        ? QStringLiteral("present")
        : QStringLiteral("absent");
    for (const KnownFacts::Attendance &known : match->attendance) {
        if (known.country != attendance.country)
            continue;
        if (known.status == QLatin1String("unknown"))
            return { QStringLiteral("fills-unknown"), id, QStringLiteral("status") };
        if (known.status == status)
            return { QStringLiteral("confirms"), id, {} };
        return { QStringLiteral("differs"), id, QStringLiteral("status") };
    }
    return { QStringLiteral("new"), {}, {} };
}

Relation Relations::ofMeeting(const MeetingProposal &meeting, const KnownFacts::Summit *match) const
{
    if (!match)
        return { QStringLiteral("new"), {}, {} };
    for (const KnownFacts::Meeting &known : m_known.meetings) {
        if (known.summit == match->id && known.countries == meeting.countries)
            return { QStringLiteral("confirms"), known.id, {} };
    }
    return { QStringLiteral("new"), {}, {} };
}

Relation Relations::ofTrade(const TradeProposal &trade) const
{
    const KnownFacts::Trade *samePeriod = nullptr;
    for (const KnownFacts::Trade &known : m_known.trade) {
        // The parties only tell bilateral figures apart ("russia-cis" may name Russia or not).
        const bool bilateral = trade.scope == QLatin1String("bilateral");
        if (known.scope != trade.scope || (bilateral && known.countries != trade.countries))
            continue;
        const bool periodSame
            = trade.periodStart == known.periodStart && trade.periodEnd == known.periodEnd;
        const bool closeValue = std::abs(known.valueUsd - trade.valueUsd) <= 0.005 * known.valueUsd;
        if (closeValue) {
            if (!trade.periodStart.isValid())
                return { QStringLiteral("confirms"), known.id,
                    QStringLiteral("period not stated") };
            if (!periodSame)
                return { QStringLiteral("differs"), known.id, QStringLiteral("period") };
            // A format-2 base may keep the finer hedge ("slightly-over").
            if (known.qualifier != trade.qualifier && known.qualifier != trade.hedge)
                return { QStringLiteral("differs"), known.id, QStringLiteral("qualifier") };
            return { QStringLiteral("confirms"), known.id, {} };
        }
        if (periodSame && trade.periodStart.isValid())
            samePeriod = &known;
    }
    if (samePeriod)
        return { QStringLiteral("differs"), samePeriod->id, QStringLiteral("value") };
    return { QStringLiteral("new"), {}, {} };
}

QString Relations::knownPersonId(int lexiconIndex) const
{
    if (lexiconIndex < 0)
        return {};
    const KnownPerson &person = Lexicon::instance().people().at(lexiconIndex);
    for (const KnownFacts::Person &known : m_known.people) {
        if (known.id == person.id || known.name.compare(person.name, Qt::CaseInsensitive) == 0)
            return known.id;
    }
    return {};
}

} // namespace Summit::Extract
