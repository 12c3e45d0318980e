// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "models/datasetwriter.h"
#include "models/sourceformat.h"
#include "models/tradefiguremodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include "testdataset.h"
#include <limits>

using namespace Qt::StringLiterals;
using namespace Summit;

/** TradeFigureModel and the trade wording it shares with the views (formatUsd, labels). */
class TestTradeFigureModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void formatUsd_data();
    void formatUsd();
    void periodLabel_data();
    void periodLabel();
    void scopeLabel_data();
    void scopeLabel();

    void displayText_data();
    void displayText();
    void roles();
    void toolTip();
    void flags();
    void editBillions();
    void editDollars();
    void anEditSaysItIsTheUsers();
    void refusedEdits_data();
    void refusedEdits();
    void followsDocumentEdits();
    void replaceDataset();

private:
    double documentValue(int row) const
    {
        return m_document->dataset().tradeFigures.at(row).valueUsd;
    }

    DatasetDocument *m_document = nullptr;
    TradeFigureModel *m_model = nullptr;
};

namespace {

enum Row
{
    Cis2023,
    Cis2022Derived,
    RussiaCis2025,
    ArmeniaRussia2024,
    ArmeniaRussia2025
};

TradeFigure figureOver(const QDate &start, const QDate &end)
{
    TradeFigure figure;
    figure.periodStart = start;
    figure.periodEnd = end;
    return figure;
}

} // namespace

void TestTradeFigureModel::init()
{
    m_document = new DatasetDocument(this);
    m_document->setDataset(TestData::makeDataset());
    m_model = new TradeFigureModel(m_document, this);
    new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
}

void TestTradeFigureModel::cleanup()
{
    delete m_model;
    delete m_document;
}

void TestTradeFigureModel::formatUsd_data()
{
    QTest::addColumn<double>("valueUsd");
    QTest::addColumn<Qualifier>("qualifier");
    QTest::addColumn<QString>("expected");

    // To the precision stated, never with a digit the source did not give (issue 16).
    QTest::newRow("almost") << 90e9 << Qualifier::Almost << u"almost $90 billion"_s;
    QTest::newRow("over") << 11e9 << Qualifier::Over << u"over $11 billion"_s;
    QTest::newRow("about") << 90e9 << Qualifier::Approximately << u"about $90 billion"_s;
    QTest::newRow("slightly over")
        << 93e9 << Qualifier::SlightlyOver << u"slightly over $93 billion"_s;
    QTest::newRow("tenths") << 11.7e9 << Qualifier::Exact << u"$11.7 billion"_s;
    QTest::newRow("hundredths") << 4.55e9 << Qualifier::Exact << u"$4.55 billion"_s;
    QTest::newRow("a round hundred") << 100e9 << Qualifier::Exact << u"$100 billion"_s;
    QTest::newRow("exact") << 83.7e9 << Qualifier::Exact << u"$83.7 billion"_s;
    QTest::newRow("computed, to the million")
        << 83.7e9 / 1.02 << Qualifier::Approximately << u"about $82.059 billion"_s;
    QTest::newRow("under") << 5e9 << Qualifier::Under << u"under $5 billion"_s;
    QTest::newRow("millions") << 450e6 << Qualifier::Exact << u"$450 million"_s;
    QTest::newRow("millions, to the million") << 453e6 << Qualifier::Exact << u"$453 million"_s;
    QTest::newRow("rounds up to a billion") << 999.96e6 << Qualifier::Exact << u"$1 billion"_s;
    QTest::newRow("zero") << 0.0 << Qualifier::Exact << u"$0 million"_s;
}

void TestTradeFigureModel::formatUsd()
{
    QFETCH(double, valueUsd);
    QFETCH(Qualifier, qualifier);
    QFETCH(QString, expected);
    QCOMPARE(Summit::formatUsd(valueUsd, qualifier), expected);
    QCOMPARE(qualifierWord(Qualifier::Exact), QString());
    QCOMPARE(qualifierWord(Qualifier::Approximately), u"about"_s);
}

void TestTradeFigureModel::periodLabel_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ten months") << QDate(2023, 1, 1) << QDate(2023, 10, 31)
                                << u"Jan–Oct 2023 (10 months)"_s;
    QTest::newRow("nine months") << QDate(2025, 1, 1) << QDate(2025, 9, 30)
                                 << u"Jan–Sep 2025 (9 months)"_s;
    QTest::newRow("full year") << QDate(2024, 1, 1) << QDate(2024, 12, 31) << u"2024 (full year)"_s;
    QTest::newRow("one month") << QDate(2023, 10, 1) << QDate(2023, 10, 31)
                               << u"Oct 2023 (1 month)"_s;
    QTest::newRow("across a new year")
        << QDate(2023, 10, 1) << QDate(2024, 3, 31) << u"Oct 2023–Mar 2024 (6 months)"_s;
    QTest::newRow("two years") << QDate(2022, 1, 1) << QDate(2023, 12, 31)
                               << u"Jan 2022–Dec 2023 (24 months)"_s;
    QTest::newRow("not whole months")
        << QDate(2023, 1, 3) << QDate(2023, 10, 15) << u"3 Jan 2023–15 Oct 2023"_s;
    QTest::newRow("no dates") << QDate() << QDate() << u"period not stated"_s;
}

void TestTradeFigureModel::periodLabel()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, expected);
    QCOMPARE(Summit::periodLabel(figureOver(start, end)), expected);
}

void TestTradeFigureModel::scopeLabel_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<QString>("expected");

    QTest::newRow("cis-internal") << u"cis-internal"_s << QStringList()
                                  << u"Trade between CIS members"_s;
    QTest::newRow("russia-cis") << u"russia-cis"_s << QStringList()
                                << u"Russia's trade with the CIS"_s;
    QTest::newRow("bilateral, sorted by name")
        << u"bilateral"_s << QStringList { u"RUS"_s, u"ARM"_s } << u"Armenia–Russia trade"_s;
    QTest::newRow("bilateral, already sorted")
        << u"bilateral"_s << QStringList { u"KAZ"_s, u"RUS"_s } << u"Kazakhstan–Russia trade"_s;
    QTest::newRow("bilateral, unknown code")
        << u"bilateral"_s << QStringList { u"RUS"_s, u"AZE"_s } << u"AZE–Russia trade"_s;
}

void TestTradeFigureModel::scopeLabel()
{
    QFETCH(QString, scope);
    QFETCH(QStringList, countries);
    QFETCH(QString, expected);
    TradeFigure figure;
    figure.scope = scope;
    figure.countries = countries;
    QCOMPARE(Summit::scopeLabel(m_document->dataset(), figure), expected);
}

void TestTradeFigureModel::displayText_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    QTest::newRow("scope") << int(Cis2023) << int(TradeFigureModel::ScopeColumn)
                           << u"Trade between CIS members"_s;
    QTest::newRow("bilateral scope") << int(ArmeniaRussia2025) << int(TradeFigureModel::ScopeColumn)
                                     << u"Armenia–Russia trade"_s;
    QTest::newRow("period") << int(Cis2023) << int(TradeFigureModel::PeriodColumn)
                            << u"Jan–Oct 2023 (10 months)"_s;
    QTest::newRow("full year") << int(ArmeniaRussia2024) << int(TradeFigureModel::PeriodColumn)
                               << u"2024 (full year)"_s;
    QTest::newRow("value") << int(Cis2023) << int(TradeFigureModel::ValueColumn)
                           << u"$83.7 billion"_s;
    QTest::newRow("value keeps the hedge")
        << int(RussiaCis2025) << int(TradeFigureModel::ValueColumn) << u"almost $90 billion"_s;
    QTest::newRow("derived value")
        << int(Cis2022Derived) << int(TradeFigureModel::ValueColumn) << u"about $82.1 billion"_s;
    QTest::newRow("qualifier exact")
        << int(Cis2023) << int(TradeFigureModel::QualifierColumn) << u"exact"_s;
    QTest::newRow("qualifier over")
        << int(ArmeniaRussia2024) << int(TradeFigureModel::QualifierColumn) << u"over"_s;
    QTest::newRow("change") << int(Cis2023) << int(TradeFigureModel::ChangeColumn) << u"+2%"_s;
    QTest::newRow("change not stated")
        << int(RussiaCis2025) << int(TradeFigureModel::ChangeColumn) << u"not stated"_s;
    QTest::newRow("stated by") << int(Cis2023) << int(TradeFigureModel::StatedByColumn)
                               << u"Vladimir Putin"_s;
    QTest::newRow("stated by, derived")
        << int(Cis2022Derived) << int(TradeFigureModel::StatedByColumn)
        << u"computed, not stated"_s;
    QTest::newRow("summit") << int(RussiaCis2025) << int(TradeFigureModel::SummitColumn)
                            << u"Informal CIS summit 2025"_s;
    QTest::newRow("no summit") << int(Cis2022Derived) << int(TradeFigureModel::SummitColumn)
                               << QString();
    QTest::newRow("stated") << int(Cis2023) << int(TradeFigureModel::DerivedColumn) << u"stated"_s;
    QTest::newRow("derived") << int(Cis2022Derived) << int(TradeFigureModel::DerivedColumn)
                             << u"derived"_s;
}

void TestTradeFigureModel::displayText()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, expected);
    QCOMPARE(m_model->index(row, column).data().toString(), expected);
}

void TestTradeFigureModel::roles()
{
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->columnCount(), int(TradeFigureModel::ColumnCount));
    const QModelIndex index = m_model->index(RussiaCis2025, TradeFigureModel::ScopeColumn);
    QCOMPARE(index.data(TradeFigureModel::IdRole).toString(), u"t25-russia-cis"_s);
    QCOMPARE(index.data(TradeFigureModel::ValueUsdRole).toDouble(), 90e9);
    QCOMPARE(index.data(TradeFigureModel::ValueBillionsRole).toDouble(), 90.0);
    QCOMPARE(index.data(TradeFigureModel::QualifierRole).toString(), u"almost"_s);
    QCOMPARE(index.data(TradeFigureModel::ScopeRole).toString(), u"russia-cis"_s);
    QCOMPARE(
        index.data(TradeFigureModel::ScopeLabelRole).toString(), u"Russia's trade with the CIS"_s);
    QCOMPARE(
        index.data(TradeFigureModel::PeriodLabelRole).toString(), u"Jan–Oct 2025 (10 months)"_s);
    QCOMPARE(index.data(TradeFigureModel::PeriodMonthsRole).toInt(), 10);
    QCOMPARE(index.data(TradeFigureModel::DerivedRole).toBool(), false);
    QCOMPARE(index.data(TradeFigureModel::SummitIdRole).toString(), u"s2025"_s);
    QCOMPARE(index.data(TradeFigureModel::SourcesRole).toString(),
        u"Anadolu Agency, 22 Dec 2025, “Putin's bilateral talks on the sidelines of the CIS "
        "informal summit”, paragraph 18"_s);

    const QModelIndex derived = m_model->index(Cis2022Derived, TradeFigureModel::ValueColumn);
    QCOMPARE(derived.data(TradeFigureModel::DerivedRole).toBool(), true);
    // The computation with the current numbers of the figure it derives from, then the text.
    QCOMPARE(derived.data(TradeFigureModel::FormulaRole).toString(),
        u"83.7 billion / (1 + 2 / 100); t23-cis / 1.02"_s);
    // The editor starts from the value as stated, to its precision.
    QCOMPARE(m_model->index(Cis2023, TradeFigureModel::ValueColumn).data(Qt::EditRole).toString(),
        u"83.7"_s);
    QCOMPARE(
        m_model->index(RussiaCis2025, TradeFigureModel::ValueColumn).data(Qt::EditRole).toString(),
        u"90"_s);
    QCOMPARE(m_model->headerData(TradeFigureModel::ValueColumn, Qt::Horizontal).toString(),
        u"Value as stated"_s);
}

void TestTradeFigureModel::toolTip()
{
    const QString stated
        = m_model->index(Cis2023, TradeFigureModel::ChangeColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(stated.contains(u"Value: $83.7 billion\n"_s), qPrintable(stated));
    QVERIFY(stated.contains(u"Hedge: none"_s));
    QVERIFY(stated.contains(u"Period: Jan–Oct 2023 (10 months), 1 Jan 2023 to 31 Oct 2023"_s));
    QVERIFY(stated.contains(u"Scope: Trade between CIS members"_s));
    QVERIFY(stated.contains(u"Stated by: Vladimir Putin"_s));
    QVERIFY(!stated.contains(u"Derived"_s));
    QVERIFY(stated.endsWith(u"Sources:\npublisher not named, date not given, “Report on the "
                            "informal CIS summit of 26 December 2023”, paragraph 10"_s));
    QCOMPARE(
        m_model->index(Cis2023, TradeFigureModel::ScopeColumn).data(Qt::ToolTipRole).toString(),
        stated);

    const QString derived = m_model->index(Cis2022Derived, TradeFigureModel::ValueColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
    QVERIFY(derived.contains(u"Hedge: about"_s));
    QVERIFY(derived.contains(u"Derived: 83.7 billion / (1 + 2 / 100); t23-cis / 1.02"_s));
    QVERIFY2(derived.contains(u"Value: about $82.1 billion\n"_s), qPrintable(derived));
    QVERIFY(derived.contains(u"Note: Implied by the stated 2.0% growth."_s));
}

void TestTradeFigureModel::flags()
{
    QVERIFY(m_model->flags(m_model->index(Cis2023, TradeFigureModel::ValueColumn))
        & Qt::ItemIsEditable);
    QVERIFY(!(m_model->flags(m_model->index(Cis2022Derived, TradeFigureModel::ValueColumn))
        & Qt::ItemIsEditable));
    QVERIFY(!(m_model->flags(m_model->index(Cis2023, TradeFigureModel::ScopeColumn))
        & Qt::ItemIsEditable));
    QVERIFY(m_model->flags(m_model->index(Cis2022Derived, TradeFigureModel::ScopeColumn))
        & Qt::ItemIsSelectable);
}

void TestTradeFigureModel::editBillions()
{
    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy documentChanged(m_document, &DatasetDocument::tradeFigureChanged);
    const QModelIndex value = m_model->index(ArmeniaRussia2024, TradeFigureModel::ValueColumn);

    QVERIFY(m_model->setData(value, 12.3));
    QCOMPARE(documentValue(ArmeniaRussia2024), 12.3e9);
    QCOMPARE(documentChanged.count(), 1);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.at(0).at(0).value<QModelIndex>(), m_model->index(ArmeniaRussia2024, 0));
    QCOMPARE(dataChanged.at(0).at(1).value<QModelIndex>(),
        m_model->index(ArmeniaRussia2024, TradeFigureModel::ColumnCount - 1));
    QCOMPARE(value.data().toString(),
        u"over $12.3 billion (edited: the report says over $11 billion)"_s);
    QCOMPARE(value.data(Qt::EditRole).toDouble(), 12.3);

    // A value typed in billions lands on whole dollars.
    QVERIFY(m_model->setData(value, u"83.7"_s));
    QCOMPARE(documentValue(ArmeniaRussia2024), 83700000000.0);
}

void TestTradeFigureModel::editDollars()
{
    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    const QModelIndex value = m_model->index(Cis2023, TradeFigureModel::ValueColumn);
    QVERIFY(m_model->setData(value, 450e6, TradeFigureModel::ValueUsdRole));
    QCOMPARE(documentValue(Cis2023), 450e6);
    QCOMPARE(value.data().toString(), u"$450 million (edited: the report says $83.7 billion)"_s);
    QCOMPARE(value.data(TradeFigureModel::ValueBillionsRole).toDouble(), 0.45);
    // The 2022 value derived from it follows, and both rows are announced.
    QCOMPARE(dataChanged.count(), 2);
    QCOMPARE(dataChanged.at(1).at(0).value<QModelIndex>().row(), int(Cis2022Derived));
    QCOMPARE(documentValue(Cis2022Derived), 450e6 / 1.02);
    QCOMPARE(m_model->index(Cis2022Derived, TradeFigureModel::ValueColumn)
                 .data(TradeFigureModel::FormulaRole)
                 .toString(),
        u"0.45 billion / (1 + 2 / 100); t23-cis / 1.02"_s);
}

void TestTradeFigureModel::anEditSaysItIsTheUsers()
{
    const QModelIndex value = m_model->index(Cis2023, TradeFigureModel::ValueColumn);
    const QString edited = u"$85 billion (edited: the report says $83.7 billion)"_s;
    QVERIFY(m_model->setData(value, u"85"_s));
    QCOMPARE(value.data().toString(), edited);
    QVERIFY(value.data(TradeFigureModel::EditedRole).toBool());
    QCOMPARE(value.data(TradeFigureModel::EditedNoteRole).toString(),
        u"edited: the report says $83.7 billion"_s);
    QVERIFY2(value.data(Qt::ToolTipRole)
                 .toString()
                 .contains(u"Value: $85 billion (edited: the report says $83.7 billion)"_s),
        qPrintable(value.data(Qt::ToolTipRole).toString()));
    // Edit > Undo names the fact in words, not its id.
    QUndoStack *stack = m_document->undoStack();
    QCOMPARE(stack->undoText(), u"edit of trade between CIS members, Jan–Oct 2023"_s);
    QCOMPARE(stack->text(0), u"Edit of trade between CIS members, Jan–Oct 2023"_s);

    // A second edit merges with the first and still knows what the report says.
    QVERIFY(m_model->setData(value, u"86"_s));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(value.data().toString(), u"$86 billion (edited: the report says $83.7 billion)"_s);
    stack->undo();
    QCOMPARE(value.data().toString(), u"$83.7 billion"_s);
    QVERIFY(!value.data(TradeFigureModel::EditedRole).toBool());
    QVERIFY(!m_document->dataset().tradeFigures.at(Cis2023).reportedValueUsd);
    stack->redo();
    QCOMPARE(value.data().toString(), u"$86 billion (edited: the report says $83.7 billion)"_s);

    // Typing the report's value back makes it the report's again.
    QVERIFY(m_model->setData(value, u"83.7"_s));
    QCOMPARE(value.data().toString(), u"$83.7 billion"_s);
    QVERIFY(!value.data(TradeFigureModel::EditedRole).toBool());

    // The report's value survives a save and a reload.
    QVERIFY(m_model->setData(value, u"85"_s));
    const DatasetReader::Result reloaded
        = DatasetReader::readData(DatasetWriter::toJson(m_document->dataset()), u"saved.json"_s);
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.errors.value(0).toString()));
    QCOMPARE(reloaded.dataset->tradeFigures.at(Cis2023).valueUsd, 85e9);
    QCOMPARE(reloaded.dataset->tradeFigures.at(Cis2023).reportedValueUsd, std::optional(83.7e9));
    QCOMPARE(editedNote(reloaded.dataset->tradeFigures.at(Cis2023)),
        u"edited: the report says $83.7 billion"_s);
    QVERIFY(!reloaded.dataset->tradeFigures.at(ArmeniaRussia2024).reportedValueUsd);

    // Another figure's undo text: a bilateral pair over a full year.
    QVERIFY(m_model->setData(m_model->index(ArmeniaRussia2024, TradeFigureModel::ValueColumn), 12));
    QCOMPARE(stack->undoText(), u"edit of Armenia–Russia trade, 2024"_s);
}

void TestTradeFigureModel::refusedEdits_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("role");

    const int value = TradeFigureModel::ValueColumn;
    QTest::newRow("derived") << int(Cis2022Derived) << value << QVariant(80.0) << int(Qt::EditRole);
    QTest::newRow("derived, dollars")
        << int(Cis2022Derived) << value << QVariant(80e9) << int(TradeFigureModel::ValueUsdRole);
    QTest::newRow("negative") << int(Cis2023) << value << QVariant(-1.0) << int(Qt::EditRole);
    QTest::newRow("negative dollars")
        << int(Cis2023) << value << QVariant(-5e9) << int(TradeFigureModel::ValueUsdRole);
    QTest::newRow("not a number") << int(Cis2023) << value << QVariant(u"a lot"_s)
                                  << int(Qt::EditRole);
    QTest::newRow("empty") << int(Cis2023) << value << QVariant() << int(Qt::EditRole);
    QTest::newRow("infinite") << int(Cis2023) << value
                              << QVariant(std::numeric_limits<double>::infinity())
                              << int(TradeFigureModel::ValueUsdRole);
    QTest::newRow("other column") << int(Cis2023) << int(TradeFigureModel::ScopeColumn)
                                  << QVariant(80.0) << int(Qt::EditRole);
    QTest::newRow("display role") << int(Cis2023) << value << QVariant(80.0)
                                  << int(Qt::DisplayRole);
    QTest::newRow("row out of range") << 5 << value << QVariant(80.0) << int(Qt::EditRole);
}

void TestTradeFigureModel::refusedEdits()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(int, role);

    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    const Dataset before = m_document->dataset();
    const QModelIndex index
        = row < m_model->rowCount() ? m_model->index(row, column) : QModelIndex();
    QVERIFY(!m_model->setData(index, value, role));
    QCOMPARE(dataChanged.count(), 0);
    for (int i = 0; i < before.tradeFigures.size(); ++i)
        QCOMPARE(documentValue(i), before.tradeFigures.at(i).valueUsd);
}

void TestTradeFigureModel::followsDocumentEdits()
{
    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_document->setTradeFigureValue(ArmeniaRussia2025, 5e9));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.at(0).at(0).value<QModelIndex>().row(), int(ArmeniaRussia2025));
    QCOMPARE(m_model->index(ArmeniaRussia2025, TradeFigureModel::ValueColumn).data().toString(),
        u"$5 billion (edited: the report says $4.5 billion)"_s);
}

void TestTradeFigureModel::replaceDataset()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_document->setDataset(Dataset());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);

    Dataset two = TestData::makeDataset();
    two.tradeFigures = two.tradeFigures.mid(3);
    m_document->setDataset(two);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(
        m_model->index(0, TradeFigureModel::ValueColumn).data().toString(), u"over $11 billion"_s);
    QVERIFY(m_model->setData(m_model->index(1, TradeFigureModel::ValueColumn), 4.6));
    QCOMPARE(documentValue(1), 4.6e9);
}

QTEST_GUILESS_MAIN(TestTradeFigureModel)
#include "tst_tradefiguremodel.moc"
