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

/** A pointer from a fact to the paragraph (and, in format 2, the sentence) that states it. */
struct SourceRef
{
    QString document;
    int paragraph = 0; ///< 1-based index among the non-empty lines of the source file.
    int sentence = 0; ///< 1-based within the paragraph (sentenceFingerprint()); 0: not given
    /** sentenceFingerprint() of the cited sentence; empty when no sentence is given. */
    QString fingerprint = {};

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
    QString url = {}; ///< Where the article was read; empty when not recorded (format 2).
    QString language = {}; ///< ISO 639-1 code ("en", "ru"); empty when not recorded (format 2).
    QDate retrieved = {}; ///< When our copy was saved; null when not recorded (format 2).
};

/**
 * A user's judgement of one report of a fact (format 2): the report they trust most, or one they
 * hold to be wrong, with their reason. Never changes a value; views show it beside the report.
 */
struct Review
{
    enum Verdict
    {
        None,
        Preferred,
        SetAside
    };
    Verdict verdict = None;
    QString reason; ///< Required for SetAside.

    friend bool operator==(const Review &, const Review &) = default;
};
QString toString(Review::Verdict verdict); ///< "preferred", "set-aside"; empty for None
std::optional<Review::Verdict> reviewVerdictFromString(const QString &text);

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
    Unknown,
    Expected ///< announced before the summit (a preview's "will attend"); not attendance
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
    Review review = {};
};

/**
 * Another report's reading of a summit's dates and venue (format 2), kept beside the summit's
 * own rather than merged into it: a null date or an empty venue says nothing of that part.
 */
struct SummitReport
{
    QDate date;
    QDate dateEnd; ///< Last day when the report gives several; null: one day.
    QString venue;
    Sources sources;
    Review review;
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
    /** Several entries of one country are several reports of its attendance (format 2). */
    QList<Attendance> attendance;
    Sources sources;
    QDate dateEnd = {}; ///< Last day of a summit over several days; null: one day (format 2).
    Review review = {}; ///< Of the summit's own date and venue, against otherReports.
    QList<SummitReport> otherReports = {};
};

/** Another report's reading of an event's date, time and place (format 2). */
struct EventReport
{
    QDate date;
    QTime time; ///< Null when that report gives no clock time.
    QString location;
    Sources sources;
    Review review;
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
    bool planned = false; ///< Announced before the fact only (a meeting "to be held").
    Review review = {}; ///< Of the event's own date and place, against otherReports.
    QList<EventReport> otherReports = {};
};
QStringList eventKinds();

/** How a source hedged a figure: "almost $90 billion" keeps Almost. */
enum class Qualifier
{
    Exact,
    Approximately,
    Almost,
    Over,
    Under,
    SlightlyOver ///< "slightly exceeded" (format 2)
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
    /**
     * Figures that report one statement share this key (format 2), so that a reading with
     * another scope, hedge or period shows as the same statement read differently rather than
     * as another measure. Empty: the figure is grouped with others of its measure only.
     */
    QString statement = {};
    Review review = {};
    /**
     * The value the report gave, kept when the user typed another over it (valueUsd is then
     * the user's); empty while the value is the report's. Views say "edited" wherever it is set.
     */
    std::optional<double> reportedValueUsd = {};

    /** Whole months covered, e.g. 10 for January to October. */
    int periodMonths() const;
    /** The year-earlier value implied by this figure's changePercent, if it states one. */
    std::optional<double> previousYearValue() const;
};
QStringList tradeScopes();

/**
 * The fingerprint of a sentence a source cites (format 2): the first 8 hex digits of the SHA-1
 * of its normalised text (Unicode NFC, case folded, runs of white space and line breaks made one
 * space, trimmed). It lets a viewer find the sentence in a user's copy of a report whatever its
 * line breaks, and tell when the copy no longer matches, without storing the sentence.
 */
QString sentenceFingerprint(QStringView sentence);

/** Everything Summit Viewer shows, as loaded from one file. */
/**
 * What an importer proposes about one fact of a proposal file (docs/data-format.md,
 * "Proposals"): how sure it is, and how the fact stands to the dataset it was compared with.
 */
struct Proposal
{
    /**
     * The fact: "summit:ID", "attendance:SUMMIT/CODE/N" (the N-th entry of CODE in SUMMIT,
     * 1-based), "event:ID", "trade:ID" or "person:ID".
     */
    QString fact;
    double confidence = 0; ///< 0 to 1; orders proposals for review, not a probability
    QString relation; ///< one of proposalRelations()
    QString relatedId = {}; ///< the fact of the base dataset it confirms, fills or differs from
    QString detail = {}; ///< what differs or is filled, in words
    QString rule = {}; ///< the rule that proposed it; for a summit, the format of meeting
};
QStringList proposalRelations(); ///< new, confirms, fills-unknown, differs

struct Dataset
{
    /** Dumps write this version; DatasetReader reads it and version 1, which it migrates. */
    static constexpr int FormatVersion = 2;

    QList<Document> documents;
    QList<Country> countries;
    QList<Person> people;
    QList<Summit> summits;
    QList<Event> events;
    QList<TradeFigure> tradeFigures;
    /**
     * Set in a proposal file (`--propose`): facts not yet reviewed, which may leave out what
     * their report does not say (a date, a period, who stated a figure). Never opened as data.
     */
    bool isProposal = false;
    QList<Proposal> proposals;

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
