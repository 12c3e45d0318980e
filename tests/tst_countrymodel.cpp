// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/countrymodel.h"
#include "models/datasetdocument.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "testdataset.h"

using namespace Qt::StringLiterals;
using namespace Summit;

/** CountryModel: status on a date, the since/note columns, history and dataset replacement. */
class TestCountryModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shape();
    void defaultsToToday();
    void statusOnDate_data();
    void statusOnDate();
    void setDateSignals();
    void setSameDateIsSilent();
    void history();
    void headers();
    void replaceDataset();

private:
    QString display(const QString &code, int column) const;

    DatasetDocument *m_document = nullptr;
    CountryModel *m_model = nullptr;
};

void TestCountryModel::init()
{
    m_document = new DatasetDocument(this);
    m_document->setDataset(TestData::makeDataset());
    m_model = new CountryModel(m_document, this);
    new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
}

void TestCountryModel::cleanup()
{
    delete m_model;
    delete m_document;
}

QString TestCountryModel::display(const QString &code, int column) const
{
    return m_model->index(m_model->rowOf(code), column).data().toString();
}

void TestCountryModel::shape()
{
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->columnCount(), int(CountryModel::ColumnCount));
    QCOMPARE(m_model->rowOf(u"MDA"_s), 3);
    QCOMPARE(m_model->rowOf(u"AZE"_s), -1);
    QCOMPARE(display(u"ARM"_s, CountryModel::NameColumn), u"Armenia"_s);
    QCOMPARE(display(u"ARM"_s, CountryModel::CodeColumn), u"ARM"_s);
    QCOMPARE(m_model->index(0, CountryModel::NameColumn).data(CountryModel::CodeRole).toString(),
        u"RUS"_s);
}

void TestCountryModel::defaultsToToday()
{
    QCOMPARE(m_model->date(), QDate::currentDate());
}

void TestCountryModel::statusOnDate_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<MembershipStatus>("status");
    QTest::addColumn<QString>("statusName");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("since");
    QTest::addColumn<QString>("note");

    QTest::newRow("Moldova before 2022")
        << u"MDA"_s << QDate(2021, 12, 31) << MembershipStatus::Full << u"full"_s
        << u"Full member"_s << u"1991"_s << QString();
    QTest::newRow("Moldova from 2022")
        << u"MDA"_s << QDate(2022, 1, 1) << MembershipStatus::ParticipationSuspended
        << u"participation-suspended"_s << u"Participation suspended"_s << u"2022"_s
        << u"Suspended its participation in CIS meetings."_s;
    QTest::newRow("Ukraine 2017") << u"UKR"_s << QDate(2017, 6, 1)
                                  << MembershipStatus::UnratifiedParticipant
                                  << u"unratified-participant"_s << u"Unratified participant"_s
                                  << u"1991"_s << QString();
    QTest::newRow("Ukraine 2019") << u"UKR"_s << QDate(2019, 6, 1)
                                  << MembershipStatus::ParticipationCeased
                                  << u"participation-ceased"_s << u"Participation ceased"_s
                                  << u"2018"_s << u"Remains in the CIS free trade area."_s;
    // Undated: from the date of its only source (doc-2023, which reports the 2023 summit).
    QTest::newRow("Turkmenistan, start not stated")
        << u"TKM"_s << QDate(2023, 12, 26) << MembershipStatus::Associate << u"associate"_s
        << u"Associate member"_s << u"not stated (first attested 2023-12-26)"_s << QString();
    QTest::newRow("Turkmenistan, before its source")
        << u"TKM"_s << QDate(1992, 6, 1) << MembershipStatus::Unknown << u"unknown"_s
        << u"Unknown"_s << QString() << QString();
    QTest::newRow("Russia before the CIS")
        << u"RUS"_s << QDate(1985, 1, 1) << MembershipStatus::Unknown << u"unknown"_s
        << u"Unknown"_s << QString() << QString();
}

void TestCountryModel::statusOnDate()
{
    QFETCH(QString, code);
    QFETCH(QDate, date);
    QFETCH(MembershipStatus, status);
    QFETCH(QString, statusName);
    QFETCH(QString, label);
    QFETCH(QString, since);
    QFETCH(QString, note);

    m_model->setDate(date);
    const int row = m_model->rowOf(code);
    const QModelIndex statusIndex = m_model->index(row, CountryModel::StatusColumn);
    QCOMPARE(statusIndex.data(CountryModel::StatusRole).toInt(), int(status));
    QCOMPARE(statusIndex.data(CountryModel::StatusNameRole).toString(), statusName);
    QCOMPARE(statusIndex.data().toString(), label);
    QCOMPARE(display(code, CountryModel::SinceColumn), since);
    QCOMPARE(display(code, CountryModel::NoteColumn), note);
}

void TestCountryModel::setDateSignals()
{
    m_model->setDate(QDate(2021, 6, 1));
    const QModelIndex moldova
        = m_model->index(m_model->rowOf(u"MDA"_s), CountryModel::StatusColumn);
    QCOMPARE(moldova.data().toString(), u"Full member"_s);

    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy dateChanged(m_model, &CountryModel::dateChanged);
    m_model->setDate(QDate(2023, 12, 26));

    QCOMPARE(dateChanged.count(), 1);
    QCOMPARE(dateChanged.at(0).at(0).toDate(), QDate(2023, 12, 26));
    QCOMPARE(dataChanged.count(), 1);
    const auto topLeft = dataChanged.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = dataChanged.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft, m_model->index(0, CountryModel::StatusColumn));
    QCOMPARE(bottomRight, m_model->index(m_model->rowCount() - 1, CountryModel::NoteColumn));
    const auto roles = dataChanged.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(CountryModel::StatusRole));
    QCOMPARE(m_model->date(), QDate(2023, 12, 26));
    QCOMPARE(moldova.data().toString(), u"Participation suspended"_s);
}

void TestCountryModel::setSameDateIsSilent()
{
    m_model->setDate(QDate(2024, 1, 1));
    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy dateChanged(m_model, &CountryModel::dateChanged);
    m_model->setDate(QDate(2024, 1, 1));
    QCOMPARE(dataChanged.count(), 0);
    QCOMPARE(dateChanged.count(), 0);
}

void TestCountryModel::history()
{
    const QModelIndex moldova = m_model->index(m_model->rowOf(u"MDA"_s), 0);
    const QStringList lines = moldova.data(CountryModel::HistoryRole).toString().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
        u"Full member from 1991 until 2022. Sources: publisher not named, date not given, "
        "“Report on the informal CIS summit of 26 December 2023”, paragraph 15"_s);
    QCOMPARE(lines.at(1),
        u"Participation suspended since 2022: Suspended its participation in CIS meetings. "
        "Sources: Anadolu Agency, 22 Dec 2025, “Putin's bilateral talks on the sidelines of "
        "the CIS informal summit”, paragraph 24"_s);
    QCOMPARE(moldova.data(Qt::ToolTipRole), moldova.data(CountryModel::HistoryRole));

    const QModelIndex turkmenistan = m_model->index(m_model->rowOf(u"TKM"_s), 0);
    QVERIFY(turkmenistan.data(CountryModel::HistoryRole)
                .toString()
                .startsWith(u"Associate member (since when not stated; first attested 2023-12-26). "
                            "Sources: "_s));
}

void TestCountryModel::headers()
{
    QCOMPARE(
        m_model->headerData(CountryModel::NameColumn, Qt::Horizontal).toString(), u"Country"_s);
    QCOMPARE(m_model->headerData(CountryModel::SinceColumn, Qt::Horizontal).toString(), u"Since"_s);
}

void TestCountryModel::replaceDataset()
{
    m_model->setDate(QDate(2023, 1, 1));
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    m_document->setDataset(Dataset());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->rowOf(u"MDA"_s), -1);

    // With no rows, a date change still reports the new date.
    QSignalSpy dateChanged(m_model, &CountryModel::dateChanged);
    m_model->setDate(QDate(2021, 1, 1));
    QCOMPARE(dateChanged.count(), 1);

    m_document->setDataset(TestData::makeDataset());
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->date(), QDate(2021, 1, 1));
    QCOMPARE(display(u"MDA"_s, CountryModel::StatusColumn), u"Full member"_s);
}

QTEST_GUILESS_MAIN(TestCountryModel)
#include "tst_countrymodel.moc"
