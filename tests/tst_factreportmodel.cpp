// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "models/factreportmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "reportsdiffer.h"

using namespace Summit;

namespace {

/** The row whose fact and report cells contain @p fact and @p report; -1 when none does. */
int findRow(const FactReportModel &model, const QString &fact, const QString &report)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString f = model.index(row, FactReportModel::FactColumn).data().toString();
        const QString r = model.index(row, FactReportModel::ReportColumn).data().toString();
        if (f.contains(fact) && r.contains(report))
            return row;
    }
    return -1;
}

} // namespace

/** The Reports view's model: one row per report of a fact that several reports state. */
class TestFactReportModel : public QObject
{
    Q_OBJECT

private slots:
    void resetsWhenTheDatasetIsReplaced();
    void rows_data();
    void rows();
    void setAsideAndPreferred();
    void groupedBySummit();
};

void TestFactReportModel::resetsWhenTheDatasetIsReplaced()
{
    DatasetDocument document;
    FactReportModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    document.setDataset(TestData::reportsDifferDataset());
    QCOMPARE(resets.count(), 1);
    QVERIFY(model.rowCount() > 0);
    // The built-in dataset states no fact twice: no rows at all.
    document.setDataset(TestData::loadDataset(QStringLiteral(SUMMIT_BUILTIN_DATASET)));
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 0);
    document.setDataset(TestData::reportsDifferDataset());
    QVERIFY(model.rowCount() > 0);
    QVERIFY(document.setTradeFigureValue(0, 12e9));
    QCOMPARE(resets.count(), 4);
}

void TestFactReportModel::rows_data()
{
    QTest::addColumn<QString>("fact");
    QTest::addColumn<QString>("report");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("relation");

    // The eight cases of issue 12, as tests/data/reports-differ.json makes them up.
    QTest::newRow("1 over 11 and 11.7 agree") << "Armenia"
                                              << "over $11 billion"
                                              << "Outlet, 1 Feb 2025"
                                              << "paragraph 2"
                                              << "agree";
    QTest::newRow("2 one statement read with another scope") << "one statement"
                                                             << "Trade between CIS members"
                                                             << "Member News, 22 Dec 2025"
                                                             << "paragraph 2"
                                                             << "differ";
    QTest::newRow("3 nine months against ten") << "one statement"
                                               << "Jan\u2013Sep 2025"
                                               << "Nine Times, 23 Dec 2025"
                                               << "paragraph 3"
                                               << "differ";
    QTest::newRow("4 unknown filled") << "Belarus's attendance"
                                      << "Present (Alexander Lukashenko)"
                                      << "Host Office, 22 Dec 2025"
                                      << "paragraph 3"
                                      << "fills an unknown";
    QTest::newRow("5 slightly over and over agree")
        << "Russia's trade with the CIS, 2024 (full year)"
        << "slightly over"
        << "Agency One, 25 Dec 2024"
        << "paragraph 5"
        << "agree";
    QTest::newRow("6 expected then absent") << "Azerbaijan's attendance"
                                            << "Expected to attend"
                                            << "Preview Post, 19 Dec 2025"
                                            << "paragraph 2"
                                            << "change of plan";
    QTest::newRow("7 two days against one") << "the meeting's dates"
                                            << "21\u201322 Dec 2025"
                                            << "Host Office, 22 Dec 2025"
                                            << "paragraph 1"
                                            << "differ";
    QTest::newRow("8 the set-aside report")
        << "Azerbaijan's attendance"
        << "Present (Ilham Aliyev)"
        << "The Daily, 26 Dec 2024"
        << "paragraph 2"
        << "set aside: The two reports of the day say he never arrived.";
}

void TestFactReportModel::rows()
{
    QFETCH(QString, fact);
    QFETCH(QString, report);
    QFETCH(QString, document);
    QFETCH(QString, where);
    QFETCH(QString, relation);
    DatasetDocument dataset;
    dataset.setDataset(TestData::reportsDifferDataset());
    FactReportModel model(&dataset);
    const int row = findRow(model, fact, report);
    QVERIFY2(row >= 0, qPrintable(fact + QStringLiteral(" / ") + report));
    QCOMPARE(model.index(row, FactReportModel::DocumentColumn).data().toString(), document);
    QCOMPARE(model.index(row, FactReportModel::WhereColumn).data().toString(), where);
    QVERIFY2(
        model.index(row, FactReportModel::RelationColumn).data().toString().startsWith(relation),
        qPrintable(model.index(row, FactReportModel::RelationColumn).data().toString()));
}

void TestFactReportModel::setAsideAndPreferred()
{
    DatasetDocument dataset;
    dataset.setDataset(TestData::reportsDifferDataset());
    FactReportModel model(&dataset);
    const int setAside = findRow(model, QStringLiteral("Azerbaijan"), QStringLiteral("left early"));
    QVERIFY(setAside >= 0);
    QVERIFY(model.index(setAside, 0).data(FactReportModel::SetAsideRole).toBool());
    QVERIFY(model.index(setAside, FactReportModel::RelationColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral("(not counted)")));
    // With the set-aside report out, the 2024 reports of Aliyev agree: he did not come.
    QCOMPARE(
        model.index(setAside, 0).data(FactReportModel::RelationRole).toInt(), int(Relation::Agree));
    const int preferred
        = findRow(model, QStringLiteral("Azerbaijan"), QStringLiteral("Turned back on the way"));
    QVERIFY(model.index(preferred, 0).data(FactReportModel::PreferredRole).toBool());
    QCOMPARE(model.index(preferred, FactReportModel::RelationColumn).data().toString(),
        QStringLiteral("agree, \u2605 preferred"));
    QCOMPARE(model.index(preferred, 0).data(FactReportModel::DocumentRole).toString(),
        QStringLiteral("brief-2024"));
    QCOMPARE(model.index(preferred, 0).data(FactReportModel::ParagraphRole).toInt(), 3);
    QCOMPARE(model.index(preferred, 0).data(FactReportModel::SentenceRole).toInt(), 2);
    QCOMPARE(model.index(preferred, FactReportModel::WhereColumn).data().toString(),
        QStringLiteral("paragraph 3, sentence 2"));
}

void TestFactReportModel::groupedBySummit()
{
    DatasetDocument dataset;
    dataset.setDataset(TestData::reportsDifferDataset());
    FactReportModel model(&dataset);
    // Rows of one summit are adjacent: the summit column changes at most once per summit.
    QStringList seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString summit = model.index(row, FactReportModel::SummitColumn).data().toString();
        if (seen.isEmpty() || seen.constLast() != summit) {
            QVERIFY2(!seen.contains(summit), qPrintable(summit));
            seen.append(summit);
        }
    }
    QCOMPARE(seen,
        QStringList({ QStringLiteral("Informal meeting, December 2024"),
            QStringLiteral("Informal meeting, December 2025"),
            QStringLiteral("Not tied to a summit") }));
    // Rows of one fact are adjacent too.
    for (int fact = 0; fact < model.facts().size(); ++fact) {
        const QList<int> rows = model.rowsOfFact(fact);
        QVERIFY(rows.size() >= 2);
        QCOMPARE(rows.constLast() - rows.constFirst(), rows.size() - 1);
    }
}

QTEST_GUILESS_MAIN(TestFactReportModel)
#include "tst_factreportmodel.moc"
