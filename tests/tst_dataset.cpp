// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/dataset.h"

#include <QTest>

using namespace Summit;

/** The domain types' own logic: partial dates, membership periods, periods of trade figures. */
class TestDataset : public QObject
{
    Q_OBJECT

private slots:
    void partialDate_data();
    void partialDate();
    void invalidPartialDate_data();
    void invalidPartialDate();
    void membershipCovers_data();
    void membershipCovers();
    void statusAt_data();
    void statusAt();
    void documentDate_data();
    void documentDate();
    void undatedStatusesHoldFromTheirSources();
    void periodMonths_data();
    void periodMonths();
    void membershipStatusNames();
    void presenceNames();
    void qualifierNames();
    void unknownWords();
    void lookups();
};

namespace {

PartialDate partial(const char *text)
{
    return PartialDate::fromIsoString(QString::fromLatin1(text));
}

Membership membership(
    MembershipStatus status, const char *from, const char *to, const QDate &attested = {})
{
    Membership result;
    result.status = status;
    result.from = partial(from);
    result.to = partial(to);
    result.attested = attested;
    return result;
}

/** Moldova with dated periods: full "1991 to 2022", participation suspended "from 2022". */
Country moldova()
{
    Country country;
    country.code = QStringLiteral("MDA");
    country.memberships = { membership(MembershipStatus::Full, "1991", "2022"),
        membership(MembershipStatus::ParticipationSuspended, "2022", "") };
    return country;
}

} // namespace

void TestDataset::partialDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QDate>("lastDay");

    QTest::newRow("year") << "2022" << QDate(2022, 1, 1) << int(PartialDate::Year)
                          << QDate(2022, 12, 31);
    QTest::newRow("month") << "2022-05" << QDate(2022, 5, 1) << int(PartialDate::Month)
                           << QDate(2022, 5, 31);
    QTest::newRow("february") << "2023-02" << QDate(2023, 2, 1) << int(PartialDate::Month)
                              << QDate(2023, 2, 28);
    QTest::newRow("leap february")
        << "2024-02" << QDate(2024, 2, 1) << int(PartialDate::Month) << QDate(2024, 2, 29);
    QTest::newRow("day") << "2023-12-26" << QDate(2023, 12, 26) << int(PartialDate::Day)
                         << QDate(2023, 12, 26);
    QTest::newRow("leap day") << "2024-02-29" << QDate(2024, 2, 29) << int(PartialDate::Day)
                              << QDate(2024, 2, 29);
}

void TestDataset::partialDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, firstDay);
    QFETCH(int, precision);
    QFETCH(QDate, lastDay);

    const PartialDate date = PartialDate::fromIsoString(text);
    QVERIFY(!date.isNull());
    QCOMPARE(date.date, firstDay);
    QCOMPARE(int(date.precision), precision);
    QCOMPARE(date.lastDay(), lastDay);
    QCOMPARE(date.toIsoString(), text);
}

void TestDataset::invalidPartialDate_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("month 13") << "2023-13";
    QTest::newRow("30 February") << "2023-02-30";
    QTest::newRow("29 February, no leap year") << "2023-02-29";
    QTest::newRow("two-digit year") << "22";
    QTest::newRow("one-digit month") << "2022-1";
    QTest::newRow("with time") << "2022-01-01T00:00";
    QTest::newRow("words") << "sometime";
    QTest::newRow("trailing dash") << "2022-";
}

void TestDataset::invalidPartialDate()
{
    QFETCH(QString, text);

    const PartialDate date = PartialDate::fromIsoString(text);
    QVERIFY(date.isNull());
    QCOMPARE(date.toIsoString(), QString());
}

void TestDataset::membershipCovers_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QDate>("attested");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("covers");

    const QDate noDate;
    const QDate reported(2023, 12, 26);
    QTest::newRow("first day of 'from'") << "2022"
                                         << "" << noDate << QDate(2022, 1, 1) << true;
    QTest::newRow("before 'from'") << "2022"
                                   << "" << noDate << QDate(2021, 12, 31) << false;
    QTest::newRow("'from' wins over the attested date")
        << "2022"
        << "" << reported << QDate(2022, 6, 1) << true;
    QTest::newRow("inside a month") << "2022-05"
                                    << "2022-06" << noDate << QDate(2022, 5, 31) << true;
    QTest::newRow("after a month") << "2022-05"
                                   << "2022-06" << noDate << QDate(2022, 6, 1) << false;
    QTest::newRow("day precision") << "2018-05-19"
                                   << "" << noDate << QDate(2018, 5, 19) << true;
    // No 'from': the entry claims no start and holds from the date its sources attest it.
    QTest::newRow("no dates, no dated source") << ""
                                               << "" << noDate << QDate(2024, 1, 1) << false;
    QTest::newRow("no dates, on the attested day") << ""
                                                   << "" << reported << reported << true;
    QTest::newRow("no dates, before the attested day")
        << ""
        << "" << reported << reported.addDays(-1) << false;
    QTest::newRow("no dates, 1991") << ""
                                    << "" << reported << QDate(1991, 12, 8) << false;
    QTest::newRow("only 'to', attested before it")
        << ""
        << "2022" << QDate(2015, 3, 1) << QDate(2021, 12, 31) << true;
    QTest::newRow("only 'to' is exclusive")
        << ""
        << "2022" << QDate(2015, 3, 1) << QDate(2022, 1, 1) << false;
    QTest::newRow("only 'to', attested after it: no date")
        << ""
        << "2022" << reported << QDate(2021, 12, 31) << false;
}

void TestDataset::membershipCovers()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QDate, attested);
    QFETCH(QDate, date);
    QFETCH(bool, covers);

    Membership entry;
    entry.from = PartialDate::fromIsoString(from);
    entry.to = PartialDate::fromIsoString(to);
    entry.attested = attested;
    QCOMPARE(entry.covers(date), covers);
}

void TestDataset::statusAt_data()
{
    QTest::addColumn<Country>("country");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<MembershipStatus>("status");

    QTest::newRow("Moldova, last day of 2021")
        << moldova() << QDate(2021, 12, 31) << MembershipStatus::Full;
    QTest::newRow("Moldova, first day of 2022")
        << moldova() << QDate(2022, 1, 1) << MembershipStatus::ParticipationSuspended;
    QTest::newRow("Moldova, 2025")
        << moldova() << QDate(2025, 12, 22) << MembershipStatus::ParticipationSuspended;

    Country since2010;
    since2010.memberships = { membership(MembershipStatus::Associate, "2010", "") };
    QTest::newRow("before the only entry")
        << since2010 << QDate(2005, 6, 1) << MembershipStatus::Unknown;
    QTest::newRow("during the only entry")
        << since2010 << QDate(2010, 6, 1) << MembershipStatus::Associate;
    QTest::newRow("no entries") << Country() << QDate(2023, 1, 1) << MembershipStatus::Unknown;

    Country overlapping;
    overlapping.memberships = { membership(MembershipStatus::Full, "2000", ""),
        membership(MembershipStatus::ParticipationCeased, "2018", "") };
    QTest::newRow("later entry wins")
        << overlapping << QDate(2019, 1, 1) << MembershipStatus::ParticipationCeased;
    QTest::newRow("earlier entry where the later does not cover")
        << overlapping << QDate(2017, 12, 31) << MembershipStatus::Full;

    // As the built-in data has Moldova: "full" without dates, reported in December 2023, and
    // "participation suspended" from 2022.
    Country undated;
    undated.memberships = { membership(MembershipStatus::Full, "", "", QDate(2023, 12, 26)),
        membership(MembershipStatus::ParticipationSuspended, "2022", "") };
    QTest::newRow("undated entry: unknown before any source")
        << undated << QDate(2021, 6, 1) << MembershipStatus::Unknown;
    QTest::newRow("undated entry under a later dated one")
        << undated << QDate(2024, 1, 1) << MembershipStatus::ParticipationSuspended;
    Country onlyUndated;
    onlyUndated.memberships
        = { membership(MembershipStatus::Associate, "", "", QDate(2023, 12, 26)) };
    QTest::newRow("undated entry, 1992")
        << onlyUndated << QDate(1992, 6, 1) << MembershipStatus::Unknown;
    QTest::newRow("undated entry, from its source's date")
        << onlyUndated << QDate(2023, 12, 26) << MembershipStatus::Associate;
}

namespace {

/** A published document, an undated one that reports a summit and an event, and one uncited. */
Dataset datedDocuments()
{
    Dataset data;
    data.documents = { { QStringLiteral("published"), {}, {}, QDate(2025, 12, 22), {}, 30 },
        { QStringLiteral("undated"), {}, {}, QDate(), {}, 20 },
        { QStringLiteral("uncited"), {}, {}, QDate(), {}, 5 } };
    Summit::Summit summit;
    summit.id = QStringLiteral("s");
    summit.date = QDate(2023, 12, 26);
    summit.sources = { { QStringLiteral("undated"), 1 } };
    data.summits = { summit };
    Event earlier;
    earlier.date = QDate(2023, 12, 25);
    earlier.sources = { { QStringLiteral("undated"), 3 } };
    data.events = { earlier };
    Country country;
    country.code = QStringLiteral("TKM");
    country.memberships = { membership(MembershipStatus::Associate, "", "") };
    country.memberships[0].sources
        = { { QStringLiteral("published"), 24 }, { QStringLiteral("undated"), 15 } };
    Membership dated = membership(MembershipStatus::Full, "1991", "");
    dated.sources = { { QStringLiteral("undated"), 15 } };
    country.memberships.append(dated);
    data.countries = { country };
    return data;
}

} // namespace

void TestDataset::documentDate_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QDate>("date");
    QTest::newRow("published") << "published" << QDate(2025, 12, 22);
    // Not older than the latest summit or event it reports.
    QTest::newRow("undated, reports a summit") << "undated" << QDate(2023, 12, 26);
    QTest::newRow("undated, reports nothing") << "uncited" << QDate();
    QTest::newRow("unknown id") << "nothing" << QDate();
}

void TestDataset::documentDate()
{
    QFETCH(QString, document);
    QFETCH(QDate, date);
    QCOMPARE(datedDocuments().documentDate(document), date);
}

void TestDataset::undatedStatusesHoldFromTheirSources()
{
    Dataset data = datedDocuments();
    data.attestUndatedMemberships();
    const Country &country = data.countries.first();
    // The earliest of its sources' dates; a dated entry gets none.
    QCOMPARE(country.memberships.at(0).attested, QDate(2023, 12, 26));
    QCOMPARE(country.memberships.at(0).start(), QDate(2023, 12, 26));
    QCOMPARE(country.memberships.at(1).attested, QDate());
    QCOMPARE(country.memberships.at(1).start(), QDate(1991, 1, 1));
    // Calling it again changes nothing.
    data.attestUndatedMemberships();
    QCOMPARE(data.countries.first().memberships.at(0).attested, QDate(2023, 12, 26));
}

void TestDataset::statusAt()
{
    QFETCH(Country, country);
    QFETCH(QDate, date);
    QFETCH(MembershipStatus, status);

    // Compared as words: they print readably when the test fails.
    QCOMPARE(toString(country.statusAt(date)), toString(status));
    const Membership *entry = country.membershipAt(date);
    QCOMPARE(entry == nullptr, status == MembershipStatus::Unknown);
}

void TestDataset::periodMonths_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<int>("months");

    QTest::newRow("January to October") << QDate(2023, 1, 1) << QDate(2023, 10, 31) << 10;
    QTest::newRow("whole year") << QDate(2023, 1, 1) << QDate(2023, 12, 31) << 12;
    QTest::newRow("one month") << QDate(2023, 2, 1) << QDate(2023, 2, 28) << 1;
    QTest::newRow("across a new year") << QDate(2022, 12, 1) << QDate(2023, 2, 28) << 3;
    QTest::newRow("two years") << QDate(2022, 1, 1) << QDate(2023, 12, 31) << 24;
    QTest::newRow("no start") << QDate() << QDate(2023, 12, 31) << 0;
    QTest::newRow("no end") << QDate(2023, 1, 1) << QDate() << 0;
}

void TestDataset::periodMonths()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(int, months);

    TradeFigure figure;
    figure.periodStart = start;
    figure.periodEnd = end;
    QCOMPARE(figure.periodMonths(), months);
}

void TestDataset::membershipStatusNames()
{
    const QStringList names = Summit::membershipStatusNames();
    QCOMPARE(names,
        QStringList({ "full", "associate", "participation-suspended", "participation-ceased",
            "unratified-participant" }));
    for (const QString &name : names) {
        const auto status = membershipStatusFromString(name);
        QVERIFY2(status.has_value(), qPrintable(name));
        QCOMPARE(toString(*status), name);
    }
    QCOMPARE(toString(MembershipStatus::Unknown), QStringLiteral("unknown"));
    // "unknown" is what a view shows, not something a file may state.
    QVERIFY(!membershipStatusFromString(QStringLiteral("unknown")).has_value());
}

void TestDataset::presenceNames()
{
    for (const Presence presence : { Presence::Present, Presence::Absent, Presence::Unknown }) {
        const QString name = toString(presence);
        QVERIFY(!name.isEmpty());
        QVERIFY(presenceFromString(name) == presence);
    }
    QCOMPARE(toString(Presence::Present), QStringLiteral("present"));
    QCOMPARE(toString(Presence::Absent), QStringLiteral("absent"));
    QCOMPARE(toString(Presence::Unknown), QStringLiteral("unknown"));
}

void TestDataset::qualifierNames()
{
    const QStringList names = Summit::qualifierNames();
    QCOMPARE(names,
        QStringList({ "exact", "approximately", "almost", "over", "under", "slightly-over" }));
    for (const QString &name : names) {
        const auto qualifier = qualifierFromString(name);
        QVERIFY2(qualifier.has_value(), qPrintable(name));
        QCOMPARE(toString(*qualifier), name);
    }
    QCOMPARE(tradeScopes(), QStringList({ "cis-internal", "russia-cis", "bilateral" }));
    QCOMPARE(eventKinds().size(), 7);
    QVERIFY(eventKinds().contains(QStringLiteral("council-session")));
}

void TestDataset::unknownWords()
{
    QVERIFY(!membershipStatusFromString(QStringLiteral("Full")).has_value());
    QVERIFY(!membershipStatusFromString(QString()).has_value());
    QVERIFY(!presenceFromString(QStringLiteral("maybe")).has_value());
    QVERIFY(!qualifierFromString(QStringLiteral("about")).has_value());
}

void TestDataset::lookups()
{
    Dataset dataset;
    dataset.countries = { moldova() };
    Person person;
    person.id = QStringLiteral("sandu");
    dataset.people = { person };

    QVERIFY(dataset.country(QStringLiteral("MDA")));
    QCOMPARE(dataset.country(QStringLiteral("MDA"))->code, QStringLiteral("MDA"));
    QVERIFY(!dataset.country(QStringLiteral("RUS")));
    QCOMPARE(dataset.person(QStringLiteral("sandu")), &dataset.people.first());
    QVERIFY(!dataset.summit(QStringLiteral("sandu")));
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
