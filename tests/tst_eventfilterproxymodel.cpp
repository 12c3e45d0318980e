// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetdocument.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

#include "testdataset.h"

using namespace Qt::StringLiterals;
using namespace Summit;

/** EventFilterProxyModel: filter combinations, filterChanged, sorting and source resets. */
class TestEventFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void filters_data();
    void filters();
    void clearFilters();
    void oneLayoutChangePerFilterChange();
    void textIgnoresCaseBeyondAscii_data();
    void textIgnoresCaseBeyondAscii();
    void filterChangedOnlyOnRealChange();
    void kindOrderDoesNotMatter();
    void sortByDate();
    void sortByTitle();
    void equalTextsSortChronologically();
    void sortsAsQSortFilterProxyModel_data();
    void sortsAsQSortFilterProxyModel();
    void persistentIndexFollowsSort();
    void namesFollowDatasetReplacement();
    void emptyDatasetAndBack();
    void refusesOtherModels();

private:
    QStringList visibleIds() const;

    DatasetDocument *m_document = nullptr;
    EventModel *m_events = nullptr;
    EventFilterProxyModel *m_proxy = nullptr;
};

namespace {

/**
 * What the proxy was before it sorted by itself: a QSortFilterProxyModel that lets through
 * what EventFilterProxyModel accepts and compares display texts locale-aware, then the
 * chronological key. The reference for the proxy's order.
 */
class ReferenceProxy : public QSortFilterProxyModel
{
public:
    explicit ReferenceProxy(const EventFilterProxyModel *filter)
        : m_filter(filter)
    {
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        return m_filter->accepts(sourceRow);
    }
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.column() != EventModel::DateColumn) {
            const int order = left.data().toString().localeAwareCompare(right.data().toString());
            if (order != 0)
                return order < 0;
        }
        return left.data(EventModel::SortKeyRole).toLongLong()
            < right.data(EventModel::SortKeyRole).toLongLong();
    }

private:
    const EventFilterProxyModel *m_filter;
};

/** The test dataset and a twin of every event at the same moment, so that there are ties. */
Dataset datasetWithTwins()
{
    Dataset dataset = TestData::makeDataset();
    const QList<Event> events = dataset.events;
    for (const Event &event : events) {
        Event twin = event;
        twin.id += u"-twin"_s;
        twin.title = u"Twin "_s + event.kind;
        dataset.events.append(twin);
    }
    return dataset;
}

const QStringList chronological { u"e23-museums"_s, u"e23-plenary"_s, u"e23-trade"_s,
    u"e23-bilateral-kaz"_s, u"e23-peskov"_s, u"e25-plenary"_s, u"e25-moldova"_s, u"e25-armenia"_s,
    u"e25-kazakhstan"_s };

} // namespace

void TestEventFilterProxyModel::init()
{
    m_document = new DatasetDocument(this);
    m_document->setDataset(TestData::makeDataset());
    m_events = new EventModel(m_document, this);
    m_proxy = new EventFilterProxyModel(this);
    new QAbstractItemModelTester(
        m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, m_proxy);
    m_proxy->setSourceModel(m_events);
    m_proxy->sort(EventModel::DateColumn, Qt::AscendingOrder);
}

void TestEventFilterProxyModel::cleanup()
{
    delete m_proxy;
    delete m_events;
    delete m_document;
}

QStringList TestEventFilterProxyModel::visibleIds() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids.append(m_proxy->index(row, 0).data(EventModel::IdRole).toString());
    return ids;
}

void TestEventFilterProxyModel::filters_data()
{
    QTest::addColumn<QString>("summit");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QString none;
    const QStringList any;
    QTest::newRow("no filter") << none << none << none << any << none << chronological;
    QTest::newRow("summit 2023") << u"s2023"_s << none << none << any << none
                                 << chronological.mid(0, 5);
    QTest::newRow("summit 2025") << u"s2025"_s << none << none << any << none
                                 << chronological.mid(5);
    QTest::newRow("unknown summit") << u"s1999"_s << none << none << any << none << QStringList();
    QTest::newRow("country in countries list")
        << none << u"ARM"_s << none << any << none
        << QStringList { u"e23-plenary"_s, u"e25-armenia"_s };
    QTest::newRow("country through a participant")
        << none << u"KAZ"_s << none << any << none
        << QStringList { u"e23-plenary"_s, u"e23-bilateral-kaz"_s, u"e25-kazakhstan"_s };
    QTest::newRow("country Moldova")
        << none << u"MDA"_s << none << any << none << QStringList { u"e25-moldova"_s };
    QTest::newRow("country without events")
        << none << u"UKR"_s << none << any << none << QStringList();
    QTest::newRow("country Russia")
        << none << u"RUS"_s << none << any << none
        << QStringList { u"e23-plenary"_s, u"e23-trade"_s, u"e23-bilateral-kaz"_s, u"e23-peskov"_s,
               u"e25-plenary"_s, u"e25-armenia"_s, u"e25-kazakhstan"_s };
    QTest::newRow("person") << none << none << u"pashinyan"_s << any << none
                            << QStringList { u"e23-plenary"_s, u"e25-armenia"_s };
    QTest::newRow("person only in participants")
        << none << none << u"peskov"_s << any << none << QStringList { u"e23-peskov"_s };
    QTest::newRow("one kind") << none << none << none << QStringList { u"bilateral"_s } << none
                              << QStringList { u"e23-bilateral-kaz"_s, u"e25-armenia"_s,
                                     u"e25-kazakhstan"_s };
    QTest::newRow("two kinds") << none << none << none << QStringList { u"statement"_s, u"visit"_s }
                               << none
                               << QStringList { u"e23-museums"_s, u"e23-trade"_s, u"e23-peskov"_s,
                                      u"e25-moldova"_s };
    QTest::newRow("text, other case")
        << none << none << none << any << u"TRADE"_s
        << QStringList { u"e23-trade"_s, u"e25-plenary"_s, u"e25-armenia"_s };
    QTest::newRow("text in a participant's name")
        << none << none << none << any << u"dmitry"_s << QStringList { u"e23-peskov"_s };
    QTest::newRow("text in location")
        << none << none << none << any << u"tsarskoye"_s << QStringList { u"e23-museums"_s };
    QTest::newRow("text in topics")
        << none << none << none << any << u"Film"_s << QStringList { u"e23-plenary"_s };
    QTest::newRow("text in summary") << none << none << none << any << u"kazakh"_s
                                     << QStringList { u"e23-bilateral-kaz"_s, u"e25-kazakhstan"_s };
    QTest::newRow("text with blanks around it")
        << none << none << none << any << u"  pashinyan "_s
        << QStringList { u"e23-plenary"_s, u"e25-armenia"_s };
    QTest::newRow("blank text") << none << none << none << any << u"   "_s << chronological;
    QTest::newRow("text matching nothing")
        << none << none << none << any << u"intervision"_s << QStringList();
    QTest::newRow("summit and person")
        << u"s2025"_s << none << u"putin"_s << any << none
        << QStringList { u"e25-plenary"_s, u"e25-armenia"_s, u"e25-kazakhstan"_s };
    QTest::newRow("country and kind")
        << none << u"KAZ"_s << none << QStringList { u"bilateral"_s } << none
        << QStringList { u"e23-bilateral-kaz"_s, u"e25-kazakhstan"_s };
    QTest::newRow("summit and text")
        << u"s2023"_s << none << none << any << u"trade"_s << QStringList { u"e23-trade"_s };
    QTest::newRow("country and kind statement")
        << none << u"RUS"_s << none << QStringList { u"statement"_s } << none
        << QStringList { u"e23-trade"_s, u"e23-peskov"_s };
    QTest::newRow("all five") << u"s2025"_s << u"ARM"_s << u"putin"_s
                              << QStringList { u"bilateral"_s } << u"RAIL"_s
                              << QStringList { u"e25-armenia"_s };
    QTest::newRow("contradicting summit and person")
        << u"s2025"_s << none << u"peskov"_s << any << none << QStringList();
}

void TestEventFilterProxyModel::filters()
{
    QFETCH(QString, summit);
    QFETCH(QString, country);
    QFETCH(QString, person);
    QFETCH(QStringList, kinds);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    m_proxy->setSummitFilter(summit);
    m_proxy->setCountryFilter(country);
    m_proxy->setPersonFilter(person);
    m_proxy->setKindFilter(kinds);
    m_proxy->setTextFilter(text);
    QCOMPARE(visibleIds(), expected);
    QCOMPARE(m_proxy->summitFilter(), summit);
    QCOMPARE(m_proxy->countryFilter(), country);
    QCOMPARE(m_proxy->personFilter(), person);
    QCOMPARE(m_proxy->kindFilter(), kinds);
    QCOMPARE(m_proxy->textFilter(), text);
    // The verdict in bulk agrees with the rows shown, row by row.
    const std::vector<std::uint8_t> &accepted = m_proxy->acceptedRows();
    QCOMPARE(int(accepted.size()), m_events->rowCount());
    for (int row = 0; row < m_events->rowCount(); ++row) {
        const bool shown = expected.contains(m_events->eventAt(row).id);
        QCOMPARE(bool(accepted[size_t(row)]), shown);
        QCOMPARE(m_proxy->accepts(row), shown);
    }
    QCOMPARE(m_proxy->acceptedCount(), int(expected.size()));
    QVERIFY(!m_proxy->accepts(-1));
    QVERIFY(!m_proxy->accepts(m_events->rowCount()));
}

void TestEventFilterProxyModel::oneLayoutChangePerFilterChange()
{
    // A persistent index, as the selection's current index is: it must follow the change.
    const QPersistentModelIndex trade = m_proxy->index(chronological.indexOf(u"e23-trade"_s), 0);
    QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy removed(m_proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
    m_proxy->setKindFilter({ u"statement"_s, u"visit"_s });
    QCOMPARE(layout.count(), 1);
    QCOMPARE(removed.count() + inserted.count(), 0);
    QVERIFY(trade.isValid());
    QCOMPARE(trade.data(EventModel::IdRole).toString(), u"e23-trade"_s);
    QCOMPARE(trade.row(), 1); // after e23-museums
    m_proxy->setTextFilter(u"museum"_s);
    QCOMPARE(layout.count(), 2);
    QVERIFY(!trade.isValid()); // filtered out
    m_proxy->clearFilters();
    QCOMPARE(layout.count(), 3);
    QCOMPARE(removed.count() + inserted.count(), 0);
    QCOMPARE(visibleIds(), chronological);
}

void TestEventFilterProxyModel::textIgnoresCaseBeyondAscii_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::newRow("Cyrillic, upper in the text") << u"Встреча в Минске"_s << u"МИНСК"_s << true;
    QTest::newRow("Cyrillic, upper in the title") << u"ВСТРЕЧА"_s << u"встреча"_s << true;
    QTest::newRow("Cyrillic, other word") << u"Встреча в Минске"_s << u"москв"_s << false;
    QTest::newRow("accents") << u"Déclaration ÉCRITE"_s << u"écrite"_s << true;
    QTest::newRow("accent differs") << u"Declaration"_s << u"déclaration"_s << false;
    // A needle holding the buffer's separator (NUL, written ~) takes the slow path, with the
    // same answer.
    QTest::newRow("NUL in both") << u"left~right"_s << u"T~R"_s << true;
    QTest::newRow("NUL in the needle only") << u"left right"_s << u"t~r"_s << false;
}

void TestEventFilterProxyModel::textIgnoresCaseBeyondAscii()
{
    QFETCH(QString, title);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    // "~" stands for NUL, which a string literal cannot hold legibly.
    title.replace(u'~', QChar(0));
    text.replace(u'~', QChar(0));
    Dataset dataset = TestData::makeDataset();
    dataset.events[0].title = title;
    m_document->setDataset(std::move(dataset));
    m_proxy->setTextFilter(text);
    const QString id = m_events->eventAt(0).id;
    QCOMPARE(visibleIds().contains(id), matches);
    QCOMPARE(m_proxy->accepts(0), matches);
    // The same answer as the case-insensitive search of QString, field by field.
    QCOMPARE(title.contains(text.trimmed(), Qt::CaseInsensitive), matches);
}

void TestEventFilterProxyModel::clearFilters()
{
    m_proxy->setSummitFilter(u"s2025"_s);
    m_proxy->setKindFilter({ u"bilateral"_s });
    m_proxy->setTextFilter(u"putin"_s);
    QCOMPARE(m_proxy->rowCount(), 2);

    QSignalSpy changed(m_proxy, &EventFilterProxyModel::filterChanged);
    m_proxy->clearFilters();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(visibleIds(), chronological);
    QVERIFY(m_proxy->summitFilter().isEmpty());
    QVERIFY(m_proxy->kindFilter().isEmpty());
    QVERIFY(m_proxy->textFilter().isEmpty());

    m_proxy->clearFilters();
    QCOMPARE(changed.count(), 1);
}

void TestEventFilterProxyModel::filterChangedOnlyOnRealChange()
{
    QSignalSpy changed(m_proxy, &EventFilterProxyModel::filterChanged);
    m_proxy->setSummitFilter(QString());
    m_proxy->setCountryFilter(QString());
    m_proxy->setPersonFilter(QString());
    m_proxy->setKindFilter({});
    m_proxy->setTextFilter(QString());
    QCOMPARE(changed.count(), 0);

    m_proxy->setSummitFilter(u"s2023"_s);
    QCOMPARE(changed.count(), 1);
    m_proxy->setSummitFilter(u"s2023"_s);
    QCOMPARE(changed.count(), 1);
    m_proxy->setCountryFilter(u"KAZ"_s);
    m_proxy->setCountryFilter(u"KAZ"_s);
    QCOMPARE(changed.count(), 2);
    m_proxy->setPersonFilter(u"putin"_s);
    m_proxy->setPersonFilter(u"putin"_s);
    QCOMPARE(changed.count(), 3);
    m_proxy->setKindFilter({ u"bilateral"_s });
    m_proxy->setKindFilter({ u"bilateral"_s });
    QCOMPARE(changed.count(), 4);
    m_proxy->setTextFilter(u"meet"_s);
    m_proxy->setTextFilter(u"meet"_s);
    QCOMPARE(changed.count(), 5);
    QCOMPARE(visibleIds(), QStringList { u"e23-bilateral-kaz"_s });

    m_proxy->setSummitFilter(QString());
    QCOMPARE(changed.count(), 6);
    QCOMPARE(visibleIds(), QStringList({ u"e23-bilateral-kaz"_s, u"e25-kazakhstan"_s }));
}

void TestEventFilterProxyModel::kindOrderDoesNotMatter()
{
    QSignalSpy changed(m_proxy, &EventFilterProxyModel::filterChanged);
    m_proxy->setKindFilter({ u"visit"_s, u"statement"_s });
    m_proxy->setKindFilter({ u"statement"_s, u"visit"_s });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestEventFilterProxyModel::sortByDate()
{
    QCOMPARE(visibleIds(), chronological);

    m_proxy->sort(EventModel::DateColumn, Qt::DescendingOrder);
    QStringList reversed = chronological;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(visibleIds(), reversed);

    // Unsorted, the proxy shows file order.
    m_proxy->sort(-1);
    QCOMPARE(visibleIds().first(), u"e23-plenary"_s);
    QCOMPARE(visibleIds().at(1), u"e23-museums"_s);
}

void TestEventFilterProxyModel::sortByTitle()
{
    m_proxy->setSummitFilter(u"s2023"_s);
    m_proxy->sort(EventModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(visibleIds(),
        QStringList({ u"e23-plenary"_s, u"e23-peskov"_s, u"e23-museums"_s, u"e23-trade"_s,
            u"e23-bilateral-kaz"_s }));
}

void TestEventFilterProxyModel::equalTextsSortChronologically()
{
    // Every event of one summit shows the same summit title. Sorting descending by date first
    // leaves the rows reversed, so only the chronological tie-break restores the day's order.
    m_proxy->setSummitFilter(u"s2025"_s);
    m_proxy->sort(EventModel::DateColumn, Qt::DescendingOrder);
    m_proxy->sort(EventModel::SummitColumn, Qt::AscendingOrder);
    QCOMPARE(visibleIds(), chronological.mid(5));
}

void TestEventFilterProxyModel::sortsAsQSortFilterProxyModel_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("summit");

    const struct
    {
        const char *name;
        int column;
    } columns[] = { { "unsorted", -1 }, { "date", EventModel::DateColumn },
        { "summit", EventModel::SummitColumn }, { "kind", EventModel::KindColumn },
        { "title", EventModel::TitleColumn }, { "countries", EventModel::CountriesColumn },
        { "participants", EventModel::ParticipantsColumn },
        { "location", EventModel::LocationColumn }, { "beyond the last column", 99 } };
    for (const auto &column : columns) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const QByteArray name = QByteArray(column.name)
                + (order == Qt::AscendingOrder ? " ascending" : " descending");
            QTest::newRow(name.constData()) << column.column << order << QString();
            QTest::newRow((name + ", one summit").constData())
                << column.column << order << u"s2025"_s;
        }
    }
}

void TestEventFilterProxyModel::sortsAsQSortFilterProxyModel()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, summit);

    m_document->setDataset(datasetWithTwins());
    m_proxy->setSummitFilter(summit);
    m_proxy->sort(column, order);
    ReferenceProxy reference(m_proxy);
    reference.setSourceModel(m_events);
    reference.sort(column, order);
    QStringList expected;
    for (int row = 0; row < reference.rowCount(); ++row)
        expected.append(reference.index(row, 0).data(EventModel::IdRole).toString());
    QVERIFY(expected.size() > 2);
    QCOMPARE(visibleIds(), expected);
    QCOMPARE(m_proxy->sortColumn(), column);
    QCOMPARE(m_proxy->sortOrder(), order);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 2));
        QCOMPARE(source.column(), 2);
        QCOMPARE(m_proxy->mapFromSource(source), m_proxy->index(row, 2));
    }
}

void TestEventFilterProxyModel::persistentIndexFollowsSort()
{
    const QPersistentModelIndex trade = m_proxy->index(chronological.indexOf(u"e23-trade"_s), 1);
    QSignalSpy layout(m_proxy, &QAbstractItemModel::layoutChanged);
    m_proxy->sort(EventModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(trade.row(), int(chronological.size()) - 1 - chronological.indexOf(u"e23-trade"_s));
    QCOMPARE(trade.column(), 1);
    QCOMPARE(trade.data(EventModel::IdRole).toString(), u"e23-trade"_s);
    // The same sort again changes nothing and says nothing.
    m_proxy->sort(EventModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(layout.count(), 1);
}

void TestEventFilterProxyModel::namesFollowDatasetReplacement()
{
    m_proxy->setTextFilter(u"dmitry"_s);
    QCOMPARE(visibleIds(), QStringList { u"e23-peskov"_s });

    Dataset renamed = TestData::makeDataset();
    for (Person &person : renamed.people) {
        if (person.id == u"peskov"_s) {
            person.name = u"D. Peskov"_s;
            person.country = u"KAZ"_s; // Wrong on purpose: the country filter must follow it.
        }
    }
    m_document->setDataset(renamed);
    QCOMPARE(visibleIds(), QStringList());

    m_proxy->setTextFilter(u"d. peskov"_s);
    QCOMPARE(visibleIds(), QStringList { u"e23-peskov"_s });
    m_proxy->setTextFilter(QString());
    m_proxy->setCountryFilter(u"KAZ"_s);
    QVERIFY(visibleIds().contains(u"e23-peskov"_s));
}

void TestEventFilterProxyModel::emptyDatasetAndBack()
{
    m_proxy->setCountryFilter(u"KAZ"_s);
    QCOMPARE(m_proxy->rowCount(), 3);

    QSignalSpy reset(m_proxy, &QAbstractItemModel::modelReset);
    m_document->setDataset(Dataset());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_proxy->rowCount(), 0);

    m_document->setDataset(TestData::makeDataset());
    QCOMPARE(reset.count(), 2);
    QCOMPARE(visibleIds(),
        QStringList({ u"e23-plenary"_s, u"e23-bilateral-kaz"_s, u"e25-kazakhstan"_s }));
    QCOMPARE(m_proxy->countryFilter(), u"KAZ"_s);
}

void TestEventFilterProxyModel::refusesOtherModels()
{
    QStandardItemModel other(3, 2);
    m_proxy->setSourceModel(&other);
    QCOMPARE(m_proxy->rowCount(), 0);

    m_proxy->setSourceModel(m_events);
    QCOMPARE(m_proxy->rowCount(), 9);
}

QTEST_GUILESS_MAIN(TestEventFilterProxyModel)
#include "tst_eventfilterproxymodel.moc"
