// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetdocument.h"
#include "models/sourceformat.h"
#include "models/sourcemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "testdataset.h"

using namespace Qt::StringLiterals;
using namespace Summit;

/** SourceModel, and the source and status wording it shares with the views. */
class TestSourceModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void formatSource_data();
    void formatSource();
    void formatSources();
    void formatSourcesByDocument();
    void labels();

    void displayText_data();
    void displayText();
    void citationsCountFactsOnce();
    void idRoleAndHeaders();
    void replaceDataset();

private:
    DatasetDocument *m_document = nullptr;
    SourceModel *m_model = nullptr;
};

namespace {

enum Row
{
    Doc2023,
    Doc2025,
    DocBackground
};

} // namespace

void TestSourceModel::init()
{
    m_document = new DatasetDocument(this);
    m_document->setDataset(TestData::makeDataset());
    m_model = new SourceModel(m_document, this);
    new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
}

void TestSourceModel::cleanup()
{
    delete m_model;
    delete m_document;
}

void TestSourceModel::formatSource_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<int>("paragraph");
    QTest::addColumn<QString>("expected");

    QTest::newRow("publisher and date")
        << u"doc-2025"_s << 11
        << u"Anadolu Agency, 22 Dec 2025, “Putin's bilateral talks on the sidelines of the CIS "
           "informal summit”, paragraph 11"_s;
    QTest::newRow("neither publisher nor date")
        << u"doc-2023"_s << 10
        << u"publisher not named, date not given, “Report on the informal CIS summit of "
           "26 December 2023”, paragraph 10"_s;
    QTest::newRow("date only")
        << u"doc-background"_s << 2
        << u"publisher not named, 15 Jan 2024, “Background note on CIS membership”, paragraph 2"_s;
    QTest::newRow("unknown document")
        << u"doc-x"_s << 3 << u"unknown document “doc-x”, paragraph 3"_s;
}

void TestSourceModel::formatSource()
{
    QFETCH(QString, document);
    QFETCH(int, paragraph);
    QFETCH(QString, expected);
    QCOMPARE(Summit::formatSource(m_document->dataset(), { document, paragraph }), expected);
}

void TestSourceModel::formatSources()
{
    const Dataset &dataset = m_document->dataset();
    QCOMPARE(Summit::formatSources(dataset, {}), QString());
    const QString two
        = Summit::formatSources(dataset, { { u"doc-2025"_s, 1 }, { u"doc-2023"_s, 2 } });
    const QStringList lines = two.split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), Summit::formatSource(dataset, { u"doc-2025"_s, 1 }));
    QCOMPARE(lines.at(1), Summit::formatSource(dataset, { u"doc-2023"_s, 2 }));
}

void TestSourceModel::formatSourcesByDocument()
{
    const Dataset &dataset = m_document->dataset();
    QCOMPARE(Summit::formatSourcesByDocument(dataset, {}), QStringList());
    // Documents in order of first citation; paragraphs sorted, each once.
    const QStringList lines = Summit::formatSourcesByDocument(dataset,
        { { u"doc-2025"_s, 11 }, { u"doc-2023"_s, 2 }, { u"doc-2025"_s, 6 },
            { u"doc-2025"_s, 11 } });
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"Anadolu Agency, 22 Dec 2025"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).endsWith(u"”, paragraphs 6, 11"_s), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), Summit::formatSource(dataset, { u"doc-2023"_s, 2 }));
}

void TestSourceModel::labels()
{
    QCOMPARE(formatDate(QDate(2023, 12, 26)), u"26 Dec 2023"_s);
    QCOMPARE(formatDate(QDate()), QString());
    QCOMPARE(presenceLabel(Presence::Present), u"Present"_s);
    QCOMPARE(presenceLabel(Presence::Absent), u"Absent"_s);
    QCOMPARE(presenceLabel(Presence::Unknown), u"Unknown"_s);
    QCOMPARE(membershipStatusLabel(MembershipStatus::Full), u"Full member"_s);
    QCOMPARE(membershipStatusLabel(MembershipStatus::Associate), u"Associate member"_s);
    QCOMPARE(membershipStatusLabel(MembershipStatus::Unknown), u"Unknown"_s);
    QCOMPARE(eventKindLabel(u"council-session"_s), u"Council session"_s);
    QCOMPARE(eventKindLabel(u"plenary"_s), u"Plenary"_s);
    QCOMPARE(eventKindLabel(QString()), QString());
}

void TestSourceModel::displayText_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("title") << int(Doc2025) << int(SourceModel::TitleColumn)
                           << QVariant(u"Putin's bilateral talks on the sidelines of the CIS "
                                       "informal summit"_s);
    QTest::newRow("publisher") << int(Doc2025) << int(SourceModel::PublisherColumn)
                               << QVariant(u"Anadolu Agency"_s);
    QTest::newRow("publisher not named")
        << int(Doc2023) << int(SourceModel::PublisherColumn) << QVariant(u"publisher not named"_s);
    QTest::newRow("published") << int(Doc2025) << int(SourceModel::PublishedColumn)
                               << QVariant(u"22 Dec 2025"_s);
    QTest::newRow("date not given")
        << int(Doc2023) << int(SourceModel::PublishedColumn) << QVariant(u"date not given"_s);
    QTest::newRow("file") << int(Doc2023) << int(SourceModel::FileColumn)
                          << QVariant(u"000_347101bdabb9421b.txt"_s);
    QTest::newRow("paragraphs") << int(Doc2025) << int(SourceModel::ParagraphsColumn)
                                << QVariant(25);
}

void TestSourceModel::displayText()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, expected);
    QCOMPARE(m_model->index(row, column).data(), expected);
}

void TestSourceModel::citationsCountFactsOnce()
{
    // doc-2023: 5 memberships, the 2023 summit and its 5 attendances (the unknown one cites the
    // list it is missing from), 5 events and
    // 2 trade figures. e23-plenary cites two paragraphs of it and still counts once.
    const auto citations = [this](int row) {
        return m_model->index(row, SourceModel::CitationsColumn).data().toInt();
    };
    QCOMPARE(citations(Doc2023), 18);
    // doc-2025: 3 memberships, the 2025 summit and 3 attendances, 4 events, 3 trade figures.
    QCOMPARE(citations(Doc2025), 14);
    QCOMPARE(citations(DocBackground), 0);
}

void TestSourceModel::idRoleAndHeaders()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(SourceModel::ColumnCount));
    QCOMPARE(m_model->index(Doc2025, SourceModel::FileColumn).data(SourceModel::IdRole).toString(),
        u"doc-2025"_s);
    QCOMPARE(m_model->headerData(SourceModel::CitationsColumn, Qt::Horizontal).toString(),
        u"Citations"_s);
    QCOMPARE(m_model->headerData(SourceModel::PublishedColumn, Qt::Horizontal).toString(),
        u"Published"_s);
}

void TestSourceModel::replaceDataset()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_document->setDataset(Dataset());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);

    // The same documents cited by fewer facts: the counts follow the new dataset.
    Dataset fewer = TestData::makeDataset();
    fewer.events.clear();
    fewer.tradeFigures.clear();
    m_document->setDataset(fewer);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(Doc2023, SourceModel::CitationsColumn).data().toInt(), 11);
    QCOMPARE(m_model->index(Doc2025, SourceModel::CitationsColumn).data().toInt(), 7);

    m_document->setDataset(TestData::makeDataset());
    QCOMPARE(m_model->index(Doc2023, SourceModel::CitationsColumn).data().toInt(), 18);
}

QTEST_GUILESS_MAIN(TestSourceModel)
#include "tst_sourcemodel.moc"
