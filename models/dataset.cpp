// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/dataset.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <utility>

namespace Summit {

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(
    const std::array<std::pair<Enum, const char *>, N> &table, const QString &text)
{
    for (const auto &[candidate, name] : table) {
        if (text == QLatin1String(name))
            return candidate;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QStringList namesOf(const std::array<std::pair<Enum, const char *>, N> &table)
{
    QStringList names;
    for (const auto &entry : table)
        names.append(QString::fromLatin1(entry.second));
    return names;
}

constexpr std::array<std::pair<MembershipStatus, const char *>, 5> membershipNames { {
    { MembershipStatus::Full, "full" },
    { MembershipStatus::Associate, "associate" },
    { MembershipStatus::ParticipationSuspended, "participation-suspended" },
    { MembershipStatus::ParticipationCeased, "participation-ceased" },
    { MembershipStatus::UnratifiedParticipant, "unratified-participant" },
} };

constexpr std::array<std::pair<Presence, const char *>, 4> presenceNames { {
    { Presence::Present, "present" },
    { Presence::Absent, "absent" },
    { Presence::Unknown, "unknown" },
    { Presence::Expected, "expected" },
} };

constexpr std::array<std::pair<Qualifier, const char *>, 6> qualifierTable { {
    { Qualifier::Exact, "exact" },
    { Qualifier::Approximately, "approximately" },
    { Qualifier::Almost, "almost" },
    { Qualifier::Over, "over" },
    { Qualifier::Under, "under" },
    { Qualifier::SlightlyOver, "slightly-over" },
} };

constexpr std::array<std::pair<Review::Verdict, const char *>, 2> verdictNames { {
    { Review::Preferred, "preferred" },
    { Review::SetAside, "set-aside" },
} };

template<typename T, typename Key>
const T *findBy(const QList<T> &list, Key T::*member, const QString &id)
{
    const auto it = std::find_if(
        list.cbegin(), list.cend(), [&](const T &item) { return item.*member == id; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

QDate PartialDate::lastDay() const
{
    switch (precision) {
    case Year:
        return QDate(date.year(), 12, 31);
    case Month:
        return QDate(date.year(), date.month(), date.daysInMonth());
    case Day:
        break;
    }
    return date;
}

QString PartialDate::toIsoString() const
{
    if (date.isNull())
        return {};
    switch (precision) {
    case Year:
        return date.toString(QStringLiteral("yyyy"));
    case Month:
        return date.toString(QStringLiteral("yyyy-MM"));
    case Day:
        break;
    }
    return date.toString(Qt::ISODate);
}

PartialDate PartialDate::fromIsoString(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    const bool hasMonth = match.hasCaptured(2);
    const bool hasDay = match.hasCaptured(3);
    const QDate date(
        year, hasMonth ? match.captured(2).toInt() : 1, hasDay ? match.captured(3).toInt() : 1);
    if (!date.isValid())
        return {};
    return { date, hasDay ? Day : hasMonth ? Month : Year };
}

QString toString(MembershipStatus status)
{
    if (status == MembershipStatus::Unknown)
        return QStringLiteral("unknown");
    return nameOf(membershipNames, status);
}

std::optional<MembershipStatus> membershipStatusFromString(const QString &text)
{
    return valueOf(membershipNames, text);
}

QStringList membershipStatusNames()
{
    return namesOf(membershipNames);
}

QDate Membership::start() const
{
    return from.isNull() ? attested : from.date;
}

bool Membership::covers(const QDate &date) const
{
    const QDate first = start();
    if (first.isNull() || date < first)
        return false;
    // "to" is exclusive: Moldova is full "to 2022" and suspended "from 2022".
    if (!to.isNull() && date >= to.date)
        return false;
    return true;
}

const Membership *Country::membershipAt(const QDate &date) const
{
    // Later entries win, so a change of status listed after the older one takes over.
    for (auto it = memberships.crbegin(); it != memberships.crend(); ++it) {
        if (it->covers(date))
            return &*it;
    }
    return nullptr;
}

MembershipStatus Country::statusAt(const QDate &date) const
{
    const Membership *membership = membershipAt(date);
    return membership ? membership->status : MembershipStatus::Unknown;
}

QString toString(Presence presence)
{
    return nameOf(presenceNames, presence);
}

std::optional<Presence> presenceFromString(const QString &text)
{
    return valueOf(presenceNames, text);
}

QString toString(Review::Verdict verdict)
{
    return nameOf(verdictNames, verdict);
}

std::optional<Review::Verdict> reviewVerdictFromString(const QString &text)
{
    return valueOf(verdictNames, text);
}

QString sentenceFingerprint(QStringView sentence)
{
    const QString normalised
        = sentence.toString().normalized(QString::NormalizationForm_C).toCaseFolded().simplified();
    const QByteArray hash
        = QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QString::fromLatin1(hash.left(8));
}

QStringList eventKinds()
{
    return { QStringLiteral("plenary"), QStringLiteral("bilateral"), QStringLiteral("visit"),
        QStringLiteral("statement"), QStringLiteral("proposal"), QStringLiteral("announcement"),
        QStringLiteral("council-session") };
}

QString toString(Qualifier qualifier)
{
    return nameOf(qualifierTable, qualifier);
}

std::optional<Qualifier> qualifierFromString(const QString &text)
{
    return valueOf(qualifierTable, text);
}

QStringList qualifierNames()
{
    return namesOf(qualifierTable);
}

int TradeFigure::periodMonths() const
{
    if (periodStart.isNull() || periodEnd.isNull())
        return 0;
    const QDate after = periodEnd.addDays(1);
    return (after.year() - periodStart.year()) * 12 + after.month() - periodStart.month();
}

std::optional<double> TradeFigure::previousYearValue() const
{
    if (!changePercent || *changePercent <= -100)
        return std::nullopt;
    return valueUsd / (1 + *changePercent / 100);
}

QStringList tradeScopes()
{
    return { QStringLiteral("cis-internal"), QStringLiteral("russia-cis"),
        QStringLiteral("bilateral") };
}

QStringList proposalRelations()
{
    return { QStringLiteral("new"), QStringLiteral("confirms"), QStringLiteral("fills-unknown"),
        QStringLiteral("differs") };
}

const Document *Dataset::document(const QString &id) const
{
    return findBy(documents, &Document::id, id);
}

const Country *Dataset::country(const QString &code) const
{
    return findBy(countries, &Country::code, code);
}

const Person *Dataset::person(const QString &id) const
{
    return findBy(people, &Person::id, id);
}

const Summit *Dataset::summit(const QString &id) const
{
    return findBy(summits, &Summit::id, id);
}

const Event *Dataset::event(const QString &id) const
{
    return findBy(events, &Event::id, id);
}

const TradeFigure *Dataset::tradeFigure(const QString &id) const
{
    return findBy(tradeFigures, &TradeFigure::id, id);
}

QDate Dataset::documentDate(const QString &id) const
{
    const Document *cited = document(id);
    if (cited && cited->published.isValid())
        return cited->published;
    QDate latest;
    auto consider = [&](const Sources &sources, const QDate &date) {
        const bool cites = std::any_of(sources.cbegin(), sources.cend(),
            [&id](const SourceRef &source) { return source.document == id; });
        if (cites && date.isValid() && (latest.isNull() || date > latest))
            latest = date;
    };
    for (const Summit &summit : summits) {
        consider(summit.sources, summit.date);
        for (const Attendance &attendance : summit.attendance)
            consider(attendance.sources, summit.date);
    }
    for (const Event &event : events)
        consider(event.sources, event.date);
    return latest;
}

void Dataset::attestUndatedMemberships()
{
    for (Country &country : countries) {
        for (Membership &membership : country.memberships) {
            membership.attested = QDate();
            if (!membership.from.isNull())
                continue;
            for (const SourceRef &source : std::as_const(membership.sources)) {
                const QDate date = documentDate(source.document);
                if (date.isValid() && (membership.attested.isNull() || date < membership.attested))
                    membership.attested = date;
            }
        }
    }
}

} // namespace Summit
