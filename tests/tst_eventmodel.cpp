// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetdocument.h"
#include "models/eventmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "testdataset.h"

using namespace Qt::StringLiterals;
using namespace Summit;

/** EventModel: display texts, roles, chronological keys and dataset replacement. */
class TestEventModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shape();
    void displayText_data();
    void displayText();
    void roles();
    void toolTipIsSummary();
    void headers();
    void rowOf();
    void sortKeyFollowsOrderWithinDay();
    void replaceDataset();

private:
    QString display(const QString &id, int column) const;

    DatasetDocument *m_document = nullptr;
    EventModel *m_model = nullptr;
};

void TestEventModel::init()
{
    m_document = new DatasetDocument(this);
    m_document->setDataset(TestData::makeDataset());
    m_model = new EventModel(m_document, this);
    new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
}

void TestEventModel::cleanup()
{
    delete m_model;
    delete m_document;
}

QString TestEventModel::display(const QString &id, int column) const
{
    const int row = m_model->rowOf(id);
    return m_model->index(row, column).data().toString();
}

void TestEventModel::shape()
{
    QCOMPARE(m_model->rowCount(), 9);
    QCOMPARE(m_model->columnCount(), int(EventModel::ColumnCount));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    QVERIFY(!m_model->index(0, EventModel::ColumnCount).isValid());
    QCOMPARE(m_model->index(0, 0).data(EventModel::IdRole).toString(), u"e23-plenary"_s);
}

void TestEventModel::displayText_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    QTest::newRow("date with time")
        << u"e23-plenary"_s << int(EventModel::DateColumn) << u"26 Dec 2023 10:00"_s;
    QTest::newRow("date without time")
        << u"e25-plenary"_s << int(EventModel::DateColumn) << u"22 Dec 2025"_s;
    QTest::newRow("summit title") << u"e25-moldova"_s << int(EventModel::SummitColumn)
                                  << u"Informal CIS summit 2025"_s;
    QTest::newRow("kind") << u"e25-armenia"_s << int(EventModel::KindColumn) << u"Bilateral"_s;
    QTest::newRow("title") << u"e23-peskov"_s << int(EventModel::TitleColumn)
                           << u"Kremlin calls the summit a success"_s;
    QTest::newRow("countries") << u"e23-plenary"_s << int(EventModel::CountriesColumn)
                               << u"Russia, Armenia, Kazakhstan, Turkmenistan"_s;
    QTest::newRow("no countries") << u"e25-kazakhstan"_s << int(EventModel::CountriesColumn)
                                  << QString();
    QTest::newRow("participants") << u"e25-armenia"_s << int(EventModel::ParticipantsColumn)
                                  << u"Vladimir Putin, Nikol Pashinyan"_s;
    QTest::newRow("location") << u"e23-plenary"_s << int(EventModel::LocationColumn)
                              << u"Konstantin Palace"_s;
    QTest::newRow("location not stated")
        << u"e23-trade"_s << int(EventModel::LocationColumn) << u"not stated"_s;
}

void TestEventModel::displayText()
{
    QFETCH(QString, id);
    QFETCH(int, column);
    QFETCH(QString, expected);
    QCOMPARE(display(id, column), expected);
}

void TestEventModel::roles()
{
    const QModelIndex index = m_model->index(m_model->rowOf(u"e25-armenia"_s), 0);
    QCOMPARE(index.data(EventModel::IdRole).toString(), u"e25-armenia"_s);
    QCOMPARE(index.data(EventModel::SummitIdRole).toString(), u"s2025"_s);
    QCOMPARE(index.data(EventModel::KindRole).toString(), u"bilateral"_s);
    QCOMPARE(
        index.data(EventModel::CountriesRole).toStringList(), QStringList({ u"RUS"_s, u"ARM"_s }));
    QCOMPARE(index.data(EventModel::ParticipantsRole).toStringList(),
        QStringList({ u"putin"_s, u"pashinyan"_s }));
    QCOMPARE(index.data(EventModel::SortKeyRole).toLongLong(),
        EventModel::sortKey(m_model->eventAt(index.row())));
    QCOMPARE(index.data(EventModel::SourcesRole).toString(),
        u"Anadolu Agency, 22 Dec 2025, “Putin's bilateral talks on the sidelines of the CIS "
        "informal summit”, paragraph 10\n"
        "Anadolu Agency, 22 Dec 2025, “Putin's bilateral talks on the sidelines of the CIS "
        "informal summit”, paragraph 11"_s);
}

void TestEventModel::toolTipIsSummary()
{
    const int row = m_model->rowOf(u"e25-moldova"_s);
    QCOMPARE(m_model->index(row, EventModel::TitleColumn).data(Qt::ToolTipRole).toString(),
        u"A report noted that Moldova suspended its participation in CIS meetings in 2022."_s);
    QVERIFY(!m_model->index(row, EventModel::DateColumn).data(Qt::ToolTipRole).isValid());
}

void TestEventModel::headers()
{
    QCOMPARE(m_model->headerData(EventModel::DateColumn, Qt::Horizontal).toString(), u"Date"_s);
    QCOMPARE(m_model->headerData(EventModel::ParticipantsColumn, Qt::Horizontal).toString(),
        u"Participants"_s);
    QCOMPARE(
        m_model->headerData(EventModel::LocationColumn, Qt::Horizontal).toString(), u"Location"_s);
}

void TestEventModel::rowOf()
{
    QCOMPARE(m_model->rowOf(u"e23-plenary"_s), 0);
    QCOMPARE(m_model->rowOf(u"e25-kazakhstan"_s), 8);
    QCOMPARE(m_model->rowOf(u"no-such-event"_s), -1);
    QCOMPARE(m_model->eventAt(1).id, u"e23-museums"_s);
}

void TestEventModel::sortKeyFollowsOrderWithinDay()
{
    const auto key = [this](const QString &id) {
        return EventModel::sortKey(m_model->eventAt(m_model->rowOf(id)));
    };
    // The timed plenary (order 1) stays after the untimed museum visit (order 0) and before the
    // untimed statement (order 2).
    QVERIFY(key(u"e23-museums"_s) < key(u"e23-plenary"_s));
    QVERIFY(key(u"e23-plenary"_s) < key(u"e23-trade"_s));
    QVERIFY(key(u"e23-peskov"_s) < key(u"e25-plenary"_s));
    QVERIFY(key(u"e25-plenary"_s) < key(u"e25-moldova"_s));

    Event early;
    early.date = QDate(1969, 12, 31);
    Event epoch;
    epoch.date = QDate(1970, 1, 1);
    epoch.order = 7;
    QCOMPARE(EventModel::sortKey(epoch), 7);
    QVERIFY(EventModel::sortKey(early) < EventModel::sortKey(epoch));
}

void TestEventModel::replaceDataset()
{
    QSignalSpy aboutToReset(m_model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    m_document->setDataset(Dataset());
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->rowOf(u"e23-plenary"_s), -1);

    Dataset smaller = TestData::makeDataset();
    smaller.events = TestData::events2025();
    m_document->setDataset(smaller);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(display(u"e25-plenary"_s, EventModel::LocationColumn), u"St. Petersburg"_s);

    m_document->setDataset(TestData::makeDataset());
    QCOMPARE(reset.count(), 3);
    QCOMPARE(m_model->rowCount(), 9);
}

QTEST_GUILESS_MAIN(TestEventModel)
#include "tst_eventmodel.moc"
