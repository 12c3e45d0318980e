// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

/*
 * The domain types of Summit Viewer: plain values, no QObjects, no display formatting.
 *
 * Invariants of a Dataset that passed DatasetReader's validation:
 *  - every id (document, country code, person, summit, event, trade figure) is unique in its list;
 *  - every reference (a person's country, an event's summit, a source's document, ...) resolves;
 *  - every fact (membership, attendance, summit, event, trade figure) has at least one source, and
 *    every source's paragraph lies in 1..Document::paragraphs;
 *  - lists keep the order of the file, so that a dump reproduces it.
 * Empty strings and null dates mean "the sources do not say"; views show them as unknown.
 */

namespace Summit {

/** A pointer from a fact to the paragraph of a document that states it. */
struct SourceRef
{
    QString document;
    int paragraph = 0; ///< 1-based index among the non-empty lines of the source file.

    friend bool operator==(const SourceRef &, const SourceRef &) = default;
};
using Sources = QList<SourceRef>;

/** A date known to the day, the month or only the year ("in 2018"). */
struct PartialDate
{
    enum Precision
    {
        Day,
        Month,
        Year
    };

    QDate date; ///< First day of the period; null when there is no date at all.
    Precision precision = Day;

    bool isNull() const { return date.isNull(); }
    /** The last day the date may stand for (31 December for a year). */
    QDate lastDay() const;
    /** "2018", "2018-05" or "2018-05-03", as in the file format. */
    QString toIsoString() const;
    /** Parses the three forms above; returns a null date on anything else. */
    static PartialDate fromIsoString(const QString &text);

    friend bool operator==(const PartialDate &, const PartialDate &) = default;
};

/** A news article the facts come from. */
struct Document
{
    QString id;
    QString title; ///< Our own description of the article, not its headline.
    QString publisher; ///< Empty when the article does not name one.
    QDate published; ///< Null when the article gives no date.
    QString file; ///< File name of the article in the sources folder.
    int paragraphs = 0; ///< Number of paragraphs that carry facts (valid SourceRef range).
};

/** How a country stands towards the CIS over a period. */
enum class MembershipStatus
{
    Full, ///< full member
    Associate, ///< associate member
    ParticipationSuspended, ///< a member that suspended its participation in CIS meetings
    ParticipationCeased, ///< stopped taking part in the statutory bodies, not withdrawn
    UnratifiedParticipant, ///< took part without ratifying the Charter
    Unknown, ///< the sources say nothing for that date
};
QString toString(MembershipStatus status); ///< The file format's word, e.g. "full".
std::optional<MembershipStatus> membershipStatusFromString(const QString &text);
QStringList membershipStatusNames(); ///< All file-format words except "unknown".

/**
 * One period of a country's status. An entry whose sources do not say since when (no `from`)
 * claims no start: it holds from the earliest date its sources attest it (`attested`, the date
 * of the earliest citing document), so an undated status never reaches back to 1991.
 */
struct Membership
{
    MembershipStatus status = MembershipStatus::Unknown;
    PartialDate from; ///< Null: the sources do not say since when.
    PartialDate to; ///< Null: still holds at the latest source.
    QString note;
    Sources sources;
    /**
     * Not part of the file: where `from` is null, the earliest date a citing document speaks
     * for (Dataset::attestUndatedMemberships() sets it); null when none of them can be dated.
     */
    QDate attested = {};

    /** The first day the entry holds: `from`, else `attested`; null: it holds on no date. */
    QDate start() const;
    /** True when [start(), to) contains @p date; an open `to` reaches any later date. */
    bool covers(const QDate &date) const;
};

struct Country
{
    QString code; ///< ISO 3166-1 alpha-3
    QString name;
    QList<Membership> memberships;

    /** The membership entry in force on @p date, or nullptr when the sources do not say. */
    const Membership *membershipAt(const QDate &date) const;
    MembershipStatus statusAt(const QDate &date) const;
};

struct Person
{
    QString id;
    QString name;
    QString role; ///< e.g. "President", "Prime Minister"
    QString country; ///< country code
};

enum class Presence
{
    Present,
    Absent,
    Unknown
};
QString toString(Presence presence);
std::optional<Presence> presenceFromString(const QString &text);

struct Attendance
{
    QString country;
    QString person; ///< Empty when the sources name nobody.
    Presence status = Presence::Unknown;
    QString reason; ///< Why someone stayed away, when a source says.
    QString note; ///< How the status follows from the sources (e.g. why it is unknown).
    /** Never empty: for Presence::Unknown, the passages that report the summit without it. */
    Sources sources;
};

struct Summit
{
    QString id;
    QString title;
    QDate date;
    QString city;
    QString venue; ///< Empty when the sources do not name it.
    QString host; ///< Host country code.
    QString note;
    QList<Attendance> attendance;
    Sources sources;
};

/** Something that happened at or around a summit. */
struct Event
{
    QString id;
    QString summit;
    QString kind; ///< One of eventKinds().
    QDate date;
    int order = 0; ///< Sequence within the day; the only ordering when time is null.
    QTime time; ///< Null when no clock time is known.
    QString title;
    QString summary;
    QStringList participants; ///< person ids
    QStringList countries; ///< country codes
    QString location; ///< Empty when not stated.
    QStringList topics;
    Sources sources;
};
QStringList eventKinds();

/** How a source hedged a figure: "almost $90 billion" keeps Almost. */
enum class Qualifier
{
    Exact,
    Approximately,
    Almost,
    Over,
    Under
};
QString toString(Qualifier qualifier);
std::optional<Qualifier> qualifierFromString(const QString &text);
QStringList qualifierNames();

/** A trade value in US dollars over a period, as stated (or derived from a statement). */
struct TradeFigure
{
    QString id;
    double valueUsd = 0;
    Qualifier qualifier = Qualifier::Exact;
    QString scope; ///< One of tradeScopes(): who trades with whom.
    QStringList countries; ///< The parties, where the scope names them.
    QDate periodStart;
    QDate periodEnd; ///< inclusive
    std::optional<double> changePercent; ///< Year on year, where stated.
    QString statedBy; ///< person id; empty for a derived value.
    QString summit;
    bool derived = false;
    QString formula; ///< How a derived value is computed; required when derived.
    QString note;
    Sources sources;
    /**
     * For a derived value: the figure whose stated change it follows from. The value is then
     * that figure's value over (1 + its changePercent / 100), the same period a year earlier,
     * and it is recomputed when that figure changes.
     */
    QString derivedFrom; ///< last, so that aggregate initialisation may leave it out

    /** Whole months covered, e.g. 10 for January to October. */
    int periodMonths() const;
    /** The year-earlier value implied by this figure's changePercent, if it states one. */
    std::optional<double> previousYearValue() const;
};
QStringList tradeScopes();

/** Everything Summit Viewer shows, as loaded from one file. */
struct Dataset
{
    static constexpr int FormatVersion = 1;

    QList<Document> documents;
    QList<Country> countries;
    QList<Person> people;
    QList<Summit> summits;
    QList<Event> events;
    QList<TradeFigure> tradeFigures;

    const Document *document(const QString &id) const;
    const Country *country(const QString &code) const;
    const Person *person(const QString &id) const;
    const Summit *summit(const QString &id) const;
    const Event *event(const QString &id) const;
    const TradeFigure *tradeFigure(const QString &id) const;

    /**
     * The date document @p id speaks for at the earliest: its publication date, else the date
     * of the latest summit or event it reports (it cannot be older than those); null if neither.
     */
    QDate documentDate(const QString &id) const;
    /**
     * Sets Membership::attested of every entry without `from` to the earliest documentDate()
     * of its sources. DatasetReader and DatasetDocument call it, so every dataset in use has it.
     */
    void attestUndatedMemberships();
};

} // namespace Summit
