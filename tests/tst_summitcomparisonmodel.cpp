// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "models/summitcomparisonmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "testdataset.h"

using namespace Summit;

/** The comparison of two summits, checked row by row against the built-in dataset. */
class TestSummitComparisonModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaultsToFirstTwoSummitsByDate();
    void rows_data();
    void rows();
    void sectionsAreGroupedInOrder();
    void hostIsNoBilateralPartner();
    void derivedFiguresAreNotCited();
    void eachTradeRowHoldsOneMeasure();
    void sourcesCoverBothSummits();
    void setSummitsSwapsTheColumns();
    void setSummitsRejectsUnknownIds_data();
    void setSummitsRejectsUnknownIds();
    void datasetReplacementResetsAndRegroups();
    void datasetReplacementKeepsAChosenPair();
    void valueEditUpdatesTheTradeRow();
    void singleSummitShowsNoSecondColumn();

private:
    QString cell(const QString &key, int column) const;
    QVariant role(const QString &key, int role) const;

    std::unique_ptr<DatasetDocument> m_document;
    std::unique_ptr<SummitComparisonModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSummitComparisonModel::init()
{
    const DatasetReader::Result result
        = DatasetReader::readFile(QStringLiteral(SUMMIT_BUILTIN_DATASET));
    QVERIFY2(result.ok(), qPrintable(result.errors.value(0).toString()));
    m_tester.reset();
    m_model.reset();
    m_document = std::make_unique<DatasetDocument>();
    m_document->setDataset(*result.dataset);
    m_model = std::make_unique<SummitComparisonModel>(m_document.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

QString TestSummitComparisonModel::cell(const QString &key, int column) const
{
    const int row = m_model->rowOfKey(key);
    return row < 0 ? QStringLiteral("<no row %1>").arg(key)
                   : m_model->index(row, column).data().toString();
}

QVariant TestSummitComparisonModel::role(const QString &key, int role) const
{
    const int row = m_model->rowOfKey(key);
    return row < 0 ? QVariant() : m_model->index(row, 0).data(role);
}

void TestSummitComparisonModel::defaultsToFirstTwoSummitsByDate()
{
    QCOMPARE(m_model->summitA(), QStringLiteral("cis-2023"));
    QCOMPARE(m_model->summitB(), QStringLiteral("cis-2025"));
    QCOMPARE(m_model->columnCount(), 3);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Aspect"));
    QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("26 Dec 2023"));
    QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("22 Dec 2025"));
}

void TestSummitComparisonModel::rows_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("aspect");
    QTest::addColumn<QString>("a"); // the 2023 cell starts with this
    QTest::addColumn<QString>("b"); // the 2025 cell starts with this
    QTest::addColumn<bool>("differs");
    QTest::addColumn<bool>("unknownSide"); // differs in text, but one side is not known

    const QString summit = QStringLiteral("Summit");
    const QString attendance = QStringLiteral("Attendance");
    const QString bilateral = QStringLiteral("Bilateral talks with the host");
    const QString trade = QStringLiteral("Trade figures");
    const QString topics = QStringLiteral("Topics and announcements");
    QTest::newRow("date") << "summit/date" << summit << "Date"
                          << "26 Dec 2023"
                          << "22 Dec 2025" << true << false;
    QTest::newRow("same city") << "summit/city" << summit << "City"
                               << "St. Petersburg"
                               << "St. Petersburg" << false << false;
    QTest::newRow("venue unknown in 2025") << "summit/venue" << summit << "Venue"
                                           << "Konstantin Palace"
                                           << "not stated" << false << true;
    QTest::newRow("AZE present, then absent with the reason")
        << "attendance/AZE" << attendance << "Azerbaijan"
        << "present (Ilham Aliyev)"
        << "absent — His office told Azertac on the day that a busy work schedule kept him away."
        << true << false;
    QTest::newRow("ARM present at both") << "attendance/ARM" << attendance << "Armenia"
                                         << "present (Nikol Pashinyan)"
                                         << "present (Nikol Pashinyan)" << false << false;
    QTest::newRow("BLR unknown in 2025") << "attendance/BLR" << attendance << "Belarus"
                                         << "present (Alexander Lukashenko)"
                                         << "unknown" << false << true;
    QTest::newRow("MDA unknown at both") << "attendance/MDA" << attendance << "Moldova"
                                         << "unknown"
                                         << "unknown" << false << false;
    QTest::newRow("KAZ partner at both") << "bilateral/KAZ" << bilateral << "Kazakhstan"
                                         << "met"
                                         << "met" << false << false;
    QTest::newRow("TJK partner only in 2025") << "bilateral/TJK" << bilateral << "Tajikistan"
                                              << "none reported"
                                              << "met" << true << false;
    QTest::newRow("ARM partner only in 2025") << "bilateral/ARM" << bilateral << "Armenia"
                                              << "none reported"
                                              << "met" << true << false;
    QTest::newRow("UZB partner only in 2023") << "bilateral/UZB" << bilateral << "Uzbekistan"
                                              << "met"
                                              << "none reported" << true << false;
    QTest::newRow("cis-internal only in 2023")
        << "trade/cis-internal/" << trade << "Trade between CIS members"
        << "$83.7 billion, Jan–Oct 2023 (10 months), +2% on a year earlier"
        << "none cited" << true << false;
    QTest::newRow("russia-cis only in 2025")
        << "trade/russia-cis/RUS" << trade << "Russia's trade with the CIS"
        << "none cited"
        << "almost $90 billion, Jan–Oct 2025 (10 months)" << true << false;
    QTest::newRow("Armenia–Russia only in 2025")
        << "trade/bilateral/ARM,RUS" << trade << "Armenia–Russia trade"
        << "none cited"
        << "over $11 billion, 2024 (full year)\n$4.5 billion, Jan–Sep 2025 (9 months)" << true
        << false;
    QTest::newRow("announcements") << "topics/announcement" << topics << "Announcements"
                                   << "Russia presents its plan for chairing the CIS in 2024"
                                   << "Aliyev will not attend" << true << false;
    QTest::newRow("proposal only in 2023") << "topics/proposal" << topics << "Proposals"
                                           << "Putin renews proposals for a film academy"
                                           << "none recorded" << true << false;
    QTest::newRow("topics") << "topics/all" << topics << "Topics raised"
                            << "assessment, CIS"
                            << "attendance, bilateral relations" << true << false;
}

void TestSummitComparisonModel::rows()
{
    QFETCH(QString, key);
    QFETCH(QString, section);
    QFETCH(QString, aspect);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, differs);
    QFETCH(bool, unknownSide);
    QVERIFY2(m_model->rowOfKey(key) >= 0, qPrintable(key));
    QCOMPARE(role(key, SummitComparisonModel::SectionRole).toString(), section);
    QCOMPARE(cell(key, SummitComparisonModel::AspectColumn), aspect);
    QVERIFY2(cell(key, SummitComparisonModel::SummitAColumn).startsWith(a),
        qPrintable(cell(key, SummitComparisonModel::SummitAColumn)));
    QVERIFY2(cell(key, SummitComparisonModel::SummitBColumn).startsWith(b),
        qPrintable(cell(key, SummitComparisonModel::SummitBColumn)));
    QCOMPARE(role(key, SummitComparisonModel::DifferenceRole).toBool(), differs);
    QCOMPARE(role(key, SummitComparisonModel::UnknownSideRole).toBool(), unknownSide);
}

void TestSummitComparisonModel::sectionsAreGroupedInOrder()
{
    QStringList seen;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString section
            = m_model->index(row, 0).data(SummitComparisonModel::SectionRole).toString();
        if (seen.isEmpty() || seen.last() != section) {
            QVERIFY2(!seen.contains(section), qPrintable(section + " appears twice"));
            seen.append(section);
        }
    }
    QCOMPARE(seen, SummitComparisonModel::sectionNames());
}

void TestSummitComparisonModel::hostIsNoBilateralPartner()
{
    QCOMPARE(m_model->rowOfKey(QStringLiteral("bilateral/RUS")), -1);
    QVERIFY(m_model->rowOfKey(QStringLiteral("attendance/RUS")) >= 0);
}

void TestSummitComparisonModel::derivedFiguresAreNotCited()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column)
            QVERIFY(!m_model->index(row, column).data().toString().contains(QStringLiteral("82.")));
    }
}

void TestSummitComparisonModel::eachTradeRowHoldsOneMeasure()
{
    int tradeRows = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(SummitComparisonModel::SectionRole).toString()
            != QStringLiteral("Trade figures"))
            continue;
        ++tradeRows;
        const QString both
            = m_model->index(row, 1).data().toString() + m_model->index(row, 2).data().toString();
        QVERIFY2(!(both.contains(QStringLiteral("83.7")) && both.contains(QStringLiteral("90.0"))),
            qPrintable(both));
    }
    QCOMPARE(tradeRows, 3);
}

void TestSummitComparisonModel::sourcesCoverBothSummits()
{
    const QString sources
        = role(QStringLiteral("attendance/AZE"), SummitComparisonModel::SourcesRole).toString();
    QVERIFY2(sources.contains(QStringLiteral("paragraph 2")), qPrintable(sources));
    QVERIFY2(sources.contains(QStringLiteral("Anadolu Agency, 22 Dec 2025")), qPrintable(sources));
    QVERIFY(sources.contains(QStringLiteral("paragraph 25")));
    const QString tip = role(QStringLiteral("attendance/MDA"), Qt::ToolTipRole).toString();
    // Unknown at both summits, yet sourced: the passages that report each summit without it.
    QVERIFY2(tip.contains(QStringLiteral("paragraph 2")), qPrintable(tip));
    QCOMPARE(m_model->citedDocuments(),
        QStringList({ QStringLiteral("report-2023"), QStringLiteral("anadolu-2025-12-22") }));
}

void TestSummitComparisonModel::setSummitsSwapsTheColumns()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &SummitComparisonModel::summitsChanged);
    QVERIFY(m_model->setSummits(QStringLiteral("cis-2025"), QStringLiteral("cis-2023")));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(cell(QStringLiteral("attendance/AZE"), 1).startsWith(QStringLiteral("absent — ")));
    QCOMPARE(cell(QStringLiteral("attendance/AZE"), 2), QStringLiteral("present (Ilham Aliyev)"));
    QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("22 Dec 2025"));

    QVERIFY(m_model->setSummits(QStringLiteral("cis-2023"), QStringLiteral("cis-2023")));
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(!m_model->index(row, 0).data(SummitComparisonModel::DifferenceRole).toBool());
}

void TestSummitComparisonModel::setSummitsRejectsUnknownIds_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("unknown first") << "cis-1999"
                                   << "cis-2025";
    QTest::newRow("unknown second") << "cis-2023"
                                    << "x";
    QTest::newRow("empty") << ""
                           << "";
}

void TestSummitComparisonModel::setSummitsRejectsUnknownIds()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QVERIFY(!m_model->setSummits(a, b));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->summitA(), QStringLiteral("cis-2023"));
    QCOMPARE(m_model->summitB(), QStringLiteral("cis-2025"));
}

void TestSummitComparisonModel::datasetReplacementResetsAndRegroups()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_document->setDataset(TestData::makeDataset());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->summitA(), QStringLiteral("s2023"));
    QCOMPARE(m_model->summitB(), QStringLiteral("s2025"));
    // e25-kazakhstan lists no countries: Kazakhstan is a partner through Tokayev.
    QCOMPARE(cell(QStringLiteral("bilateral/KAZ"), 2), QStringLiteral("met"));
    QCOMPARE(role(QStringLiteral("bilateral/KAZ"), SummitComparisonModel::DifferenceRole).toBool(),
        false);
    QCOMPARE(m_model->rowOfKey(QStringLiteral("attendance/AZE")), -1);
    QCOMPARE(cell(QStringLiteral("attendance/TKM"), 2), QStringLiteral("unknown"));
}

void TestSummitComparisonModel::datasetReplacementKeepsAChosenPair()
{
    QVERIFY(m_model->setSummits(QStringLiteral("cis-2025"), QStringLiteral("cis-2023")));
    m_document->setDataset(m_document->dataset());
    QCOMPARE(m_model->summitA(), QStringLiteral("cis-2025"));
    QCOMPARE(m_model->summitB(), QStringLiteral("cis-2023"));
}

void TestSummitComparisonModel::valueEditUpdatesTheTradeRow()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_document->setTradeFigureValue(0, 85e9));
    QCOMPARE(changed.count(), 1);
    QVERIFY(
        cell(QStringLiteral("trade/cis-internal/"), 1).startsWith(QStringLiteral("$85 billion")));
}

void TestSummitComparisonModel::singleSummitShowsNoSecondColumn()
{
    Dataset dataset = TestData::makeDataset();
    dataset.summits.removeLast();
    dataset.tradeFigures.clear();
    dataset.events = TestData::events2023();
    m_document->setDataset(dataset);
    QCOMPARE(m_model->summitA(), QStringLiteral("s2023"));
    QCOMPARE(m_model->summitB(), QString());
    QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("—"));
    QCOMPARE(cell(QStringLiteral("summit/date"), 2), QStringLiteral("—"));
    QVERIFY(!m_model->setSummits(QStringLiteral("s2023"), QStringLiteral("s2025")));
    m_document->setDataset(Dataset());
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestSummitComparisonModel)
#include "tst_summitcomparisonmodel.moc"
