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

Membership membership(MembershipStatus status, const char *from, const char *to)
{
    Membership result;
    result.status = status;
    result.from = partial(from);
    result.to = partial(to);
    return result;
}

/** Moldova as the data has it: full "to 2022", participation suspended "from 2022". */
Country moldova()
{
    Country country;
    country.code = QStringLiteral("MDA");
    country.memberships = { membership(MembershipStatus::Full, "", "2022"),
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
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("covers");

    QTest::newRow("open both ends") << ""
                                    << "" << QDate(1991, 12, 8) << true;
    QTest::newRow("first day of 'from'") << "2022"
                                         << "" << QDate(2022, 1, 1) << true;
    QTest::newRow("before 'from'") << "2022"
                                   << "" << QDate(2021, 12, 31) << false;
    QTest::newRow("last day before 'to'") << ""
                                          << "2022" << QDate(2021, 12, 31) << true;
    QTest::newRow("'to' is exclusive") << ""
                                       << "2022" << QDate(2022, 1, 1) << false;
    QTest::newRow("inside a month") << "2022-05"
                                    << "2022-06" << QDate(2022, 5, 31) << true;
    QTest::newRow("after a month") << "2022-05"
                                   << "2022-06" << QDate(2022, 6, 1) << false;
    QTest::newRow("day precision") << "2018-05-19"
                                   << "" << QDate(2018, 5, 19) << true;
}

void TestDataset::membershipCovers()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QDate, date);
    QFETCH(bool, covers);

    Membership entry;
    entry.from = PartialDate::fromIsoString(from);
    entry.to = PartialDate::fromIsoString(to);
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
    overlapping.memberships = { membership(MembershipStatus::Full, "", ""),
        membership(MembershipStatus::ParticipationCeased, "2018", "") };
    QTest::newRow("later entry wins")
        << overlapping << QDate(2019, 1, 1) << MembershipStatus::ParticipationCeased;
    QTest::newRow("earlier entry where the later does not cover")
        << overlapping << QDate(2017, 12, 31) << MembershipStatus::Full;
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
    QCOMPARE(names, QStringList({ "exact", "approximately", "almost", "over", "under" }));
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
