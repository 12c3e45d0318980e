// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"

#include <QList>
#include <QString>

/*
 * Whether two reports of one fact agree, by the rules of docs/data-format.md ("Agreement"):
 *  - a hedged value is an interval: exact to its stated precision (half a unit of its last
 *    non-zero digit, in millions of dollars at the finest), "almost" up to 5 % below, "about"
 *    5 % either side, "over" up to 10 % above, "slightly over" up to 3 % above, "under" up to
 *    10 % below; two values agree where their intervals overlap;
 *  - present against absent differ; unknown differs from nothing (a report that knows fills it);
 *  - expected, then absent, is a change of plan; expected, then present, agrees;
 *  - reports are never averaged and none is silently picked: a report the user set aside takes
 *    no part, and one the user preferred is only marked so.
 * Plain functions over the domain types; no Qt objects, nothing shown.
 */

namespace Summit {

/** The values a hedged figure may stand for; an open end excludes its bound. */
struct ValueInterval
{
    double low = 0;
    double high = 0;
    bool lowOpen = false;
    bool highOpen = false;

    bool overlaps(const ValueInterval &other) const;
};

/**
 * The unit of the last non-zero digit of @p valueUsd, in US dollars, never finer than a million:
 * the precision a value was stated to (83.7 billion: 0.1 billion; 90 billion: 10 billion).
 * Intervals rest on it, and views write a value to it rather than invent digits.
 */
double statedUnit(double valueUsd);

/** The interval of @p valueUsd as hedged by @p qualifier (see the rules above). */
ValueInterval intervalOf(double valueUsd, Qualifier qualifier);

/** How two reports of one fact relate. */
enum class Relation
{
    Agree, ///< the same, or compatible (11.7 and "over 11")
    Differ, ///< they cannot both be right
    FillsUnknown, ///< one says nothing, the other says what happened
    ChangeOfPlan, ///< announced before the fact, then not so: both true of their moment
    ReadDifferently ///< one statement, reported with another scope, period or hedge
};

/** How much a relation says against the others: Differ over ReadDifferently over ChangeOfPlan
 *  over FillsUnknown over Agree (a fact's overall verdict is its strongest). */
int relationStrength(Relation relation);
QString toString(Relation relation); ///< "agree", "differ", "fills-unknown", ...

/** What two trade figures of one measure or statement have in common and not. */
struct FigureComparison
{
    Relation relation = Relation::Agree;
    bool valuesOverlap = true;
    bool sameScope = true;
    bool samePeriod = true;
};

/**
 * Compares two figures that report one measure (same scope, parties and period) or one
 * statement (the same `statement`): values by their intervals; for one statement, another
 * scope or period is a reading of it (ReadDifferently) unless the values cannot overlap.
 */
FigureComparison compareFigures(const TradeFigure &a, const TradeFigure &b);

/** Two reports of one country's attendance at one summit; @p a is the earlier report. */
Relation compareAttendance(Presence a, Presence b);

/** Two reports of a date span: agree when first and last day are the same. */
Relation compareSpans(
    const QDate &startA, const QDate &endA, const QDate &startB, const QDate &endB);

/** What the reports of one country's attendance at one summit come to, for a view to show. */
struct AttendanceSummary
{
    /**
     * The status to show: the preferred report's; else, where the reports not set aside differ,
     * Unknown (they come to no answer, and none is picked silently); else the latest report's
     * that knows (present or absent over expected over unknown).
     */
    Presence status = Presence::Unknown;
    Relation relation = Relation::Agree; ///< among the reports not set aside
    int reports = 0; ///< every entry of the country, set aside or not
    int setAside = 0;
};

/** The summary of @p country's attendance entries at @p summit. */
AttendanceSummary summarizeAttendance(
    const Dataset &dataset, const Summit &summit, const QString &country);

/** The key of the measure a figure reports: scope, parties (sorted) and period. */
QString measureKey(const TradeFigure &figure);

/** One fact with more than one report, and how they relate. */
struct FactReports
{
    enum class Kind
    {
        Attendance, ///< a country at a summit: indices into Summit::attendance
        TradeFigure, ///< one measure or statement: indices into Dataset::tradeFigures
        SummitSpan, ///< a summit's dates: 0 is the summit's own, n the n-th other report
        SummitVenue, ///< a summit's venue, numbered as SummitSpan
        EventDate ///< an event's date and time: 0 the event's own, n the n-th other report
    };

    Kind kind = Kind::Attendance;
    int summit = -1; ///< index into Dataset::summits; -1 for a trade figure without one
    int event = -1; ///< index into Dataset::events, for EventDate
    QString subject; ///< the country code, the measure or statement key
    QList<int> reports; ///< every report of the fact, set aside or not
    QList<int> setAside; ///< those the user set aside (part of reports)
    int preferred = -1; ///< the one the user preferred, or -1
    /** The strongest relation among the reports not set aside: Differ over ReadDifferently
     * over ChangeOfPlan over FillsUnknown over Agree. */
    Relation relation = Relation::Agree;
};

/**
 * Every fact of @p dataset that more than one report states, in the order of the file
 * (summits, then their attendance, then trade figures). A fact stated once is not listed.
 */
QList<FactReports> collectFactReports(const Dataset &dataset);

} // namespace Summit
