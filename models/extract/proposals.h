// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Summit::Extract {

/** Where a proposal rests: paragraph and sentence of its report, both 1-based. */
struct Anchor
{
    int paragraph = 0;
    int sentence = 0;
};

/**
 * The summit a report is about. `format` is "cis" for a CIS summit, or the other format the
 * report is about ("central-asia-russia", ...): such a summit is proposed for what it is and is
 * never attached to a CIS summit.
 */
struct SummitProposal
{
    QString format;
    QDate date; ///< null: the report does not date it (or gives a span)
    QString dateBasis; ///< "explicit", "relative" (today, on Monday), "live" (has begun)
    QString city;
    QString venue;
    std::optional<bool> informal;
    QString host; ///< country code, where the report names the host
    double confidence = 0;
    Anchor source;
};

/** A country's attendance. `Expected` is announced, not attendance. */
struct AttendanceProposal
{
    enum Status
    {
        Present,
        Absent,
        Expected
    };
    QString country;
    int person = -1; ///< Lexicon::people() index
    Status status = Present;
    QString reason; ///< the engine's words ("illness (COVID-19)", "busy schedule", "chair")
    QString rule; ///< which rule proposed it, for review and docs/import.md
    double confidence = 0;
    Anchor source;
};

/** A bilateral meeting between two countries, held or only announced (`planned`). */
struct MeetingProposal
{
    QStringList countries; ///< two codes, sorted
    QList<int> people;
    bool planned = false;
    QDate date;
    QString place;
    double confidence = 0;
    Anchor source; ///< its first mention
    QList<int> mentions; ///< paragraphs that speak of it: what "he said trade grew" refers to
};

/** A trade figure as the report states it. */
struct TradeProposal
{
    double valueUsd = 0;
    QString qualifier; ///< exact, approximately, almost, over, under (the data format's words)
    QString hedge; ///< the finer hedge: "slightly-over", "more-than", or the qualifier
    QString scope; ///< cis-internal, russia-cis, bilateral, other
    QStringList countries; ///< for bilateral: two codes, sorted
    QDate periodStart; ///< null when the report's words cannot be resolved to a period
    QDate periodEnd;
    std::optional<double> changePercent;
    int statedBy = -1; ///< Lexicon::people() index
    double confidence = 0;
    Anchor source;
};

/** Everything the engine proposes for one report. */
struct Proposals
{
    QString language;
    QDate published;
    std::optional<SummitProposal> summit;
    QList<AttendanceProposal> attendance;
    QList<MeetingProposal> meetings;
    QList<TradeProposal> trade;
};

} // namespace Summit::Extract
