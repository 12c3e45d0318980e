// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline as a user drives it, offscreen: clicks, keys, wheel, drag, filters, export.

#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventmodel.h"
#include "views/export/exporter.h"
#include "views/timeline/timelinestyle.h"
#include "views/timeline/timelineview.h"

#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QItemSelectionModel>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

using namespace Summit;

namespace {

/** Pixels of exactly @p color in @p area of @p image. */
int countColor(const QImage &image, const QColor &color, const QRect &area)
{
    const QRect inside = area & image.rect();
    int count = 0;
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            count += (image.pixel(x, y) & 0xffffff) == (color.rgb() & 0xffffff);
    }
    return count;
}

/** The built-in summits with @p count made-up events around them, for the paint smoke test. */
Dataset syntheticDataset(const Dataset &builtin, int count)
{
    Dataset dataset = builtin;
    dataset.events.clear();
    dataset.events.reserve(count);
    const QStringList kinds = eventKinds();
    for (int i = 0; i < count; ++i) {
        Event event;
        event.id = QStringLiteral("e%1").arg(i);
        event.summit = dataset.summits[i % 2].id;
        event.kind = kinds[i % kinds.size()];
        event.date = dataset.summits[i % 2].date.addDays((i / 2) % 7 - 3);
        event.order = i / 14 + 1;
        if (i % 5 == 0)
            event.time = QTime(8, 0).addSecs(60 * ((i / 14) % 600));
        event.title = QStringLiteral("Synthetic event %1").arg(i);
        event.participants = { dataset.people[i % dataset.people.size()].id };
        event.sources = { { dataset.documents[0].id, 1 } };
        dataset.events.append(event);
    }
    return dataset;
}

/**
 * @p count made-up events at @p summits summits spread evenly over @p spanDays days from
 * @p first, on the summit's day and two days either side, as summit-generate-dataset
 * --span-days writes them: 74 summits over three years leave 73 folds of about ten days.
 * @p timed: every event has a clock time; otherwise none has.
 */
Dataset foldedDataset(
    const Dataset &builtin, int count, int summits, const QDate &first, int spanDays, bool timed)
{
    Dataset dataset = builtin;
    dataset.summits.clear();
    dataset.events.clear();
    for (int s = 0; s < summits; ++s) {
        auto summit = builtin.summits[0];
        summit.id = QStringLiteral("s%1").arg(s);
        summit.title = QStringLiteral("Synthetic summit %1").arg(s);
        summit.date = first.addDays(qint64(s) * spanDays / summits);
        dataset.summits.append(summit);
    }
    const QStringList kinds = eventKinds();
    for (int i = 0; i < count; ++i) {
        const auto &summit = dataset.summits[qsizetype(i) * summits / count];
        Event event;
        event.id = QStringLiteral("e%1").arg(i);
        event.summit = summit.id;
        event.kind = kinds[i % kinds.size()];
        event.date = summit.date.addDays(i % 5 - 2);
        event.order = i + 1;
        if (timed)
            event.time = QTime(8, 0).addSecs(60 * (i / 5 % 600));
        event.title = QStringLiteral("Synthetic event %1").arg(i);
        event.participants = { dataset.people[i % dataset.people.size()].id };
        event.sources = { { dataset.documents[0].id, 1 } };
        dataset.events.append(event);
    }
    return dataset;
}

/** The texts of an SVG file, in the order they were drawn. */
QStringList svgTexts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression text(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    QStringList texts;
    for (const QRegularExpressionMatch &match : text.globalMatch(QString::fromUtf8(file.readAll())))
        texts << match.captured(1);
    return texts;
}

/** Whether @p pixel is ink of a summit's name (dark amber), not a fill or grey. */
bool isSummitNameInk(QRgb pixel)
{
    return qRed(pixel) - qBlue(pixel) > 60;
}

} // namespace

/** Tests of TimelineView through mouse, keyboard and export. */
class TestTimelineView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstViewShowsBothSummits();
    void clickSelects_data();
    void clickSelects();
    void clickOnALabelSelects();
    void keyboardOrder_data();
    void keyboardOrder();
    void upAndDownCrossLanes_data();
    void upAndDownCrossLanes();
    void digitsJumpToSummits_data();
    void digitsJumpToSummits();
    void zoomKeysAndFit();
    void wheelZoomsAroundTheCursor();
    void dragPans();
    void clusterClickZoomsIn();
    void doubleClickZoomsToTheEvent();
    void filterHidesEvents();
    void selectionFromElsewhereIsShown();
    void accessibleNames();
    void laneModes_data();
    void laneModes();
    void compareMode();
    void exportWholeExtentLargerThanTheWidget();
    void exportVisibleWindowCitesWhatIsShown();
    void exportExtentThroughTheExporter();
    void exportedLegendAsksForNoClick();
    void exportedLegendListsWhatApplies_data();
    void exportedLegendListsWhatApplies();
    void exportedAxisNamesEachPeriodOnce_data();
    void exportedAxisNamesEachPeriodOnce();
    void plannedEventsAreDrawnApart_data();
    void plannedEventsAreDrawnApart();
    void summitNamesStopBeforeFolds();
    void exportArguments_data();
    void exportArguments();
    void datasetReplaced();
    void tooltipNamesTheEvent();
    void paintSmokeAtHundredThousandEvents();

private:
    QString currentId() const;
    QModelIndex proxyIndexOf(const QString &id) const;
    void click(const QString &id);
    void zoomAround(const QString &id, double hours);

    Dataset m_builtin;
    DatasetDocument *m_document = nullptr;
    EventModel *m_events = nullptr;
    EventFilterProxyModel *m_proxy = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    TimelineView *m_view = nullptr;
};

void TestTimelineView::initTestCase()
{
    const auto result = DatasetReader::readFile(QStringLiteral(SUMMIT_BUILTIN_DATASET));
    QVERIFY(result.ok());
    m_builtin = *result.dataset;
}

void TestTimelineView::init()
{
    m_document = new DatasetDocument;
    m_document->setDataset(m_builtin);
    m_events = new EventModel(m_document);
    m_proxy = new EventFilterProxyModel;
    m_proxy->setSourceModel(m_events);
    m_proxy->sort(EventModel::DateColumn); // as the event list sharing the proxy does
    m_selection = new QItemSelectionModel(m_proxy);
    m_view = new TimelineView(m_proxy, m_selection);
    m_view->viewport()->setObjectName(QStringLiteral("viewport"));
    m_view->setObjectName(QStringLiteral("timeline"));
    m_view->resize(1600, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestTimelineView::cleanup()
{
    delete m_view;
    delete m_selection;
    delete m_proxy;
    delete m_events;
    delete m_document;
}

QString TestTimelineView::currentId() const
{
    return m_selection->currentIndex().data(EventModel::IdRole).toString();
}

QModelIndex TestTimelineView::proxyIndexOf(const QString &id) const
{
    return m_proxy->mapFromSource(m_events->index(m_events->rowOf(id), 0));
}

void TestTimelineView::click(const QString &id)
{
    const std::optional<QPoint> position = m_view->eventPosition(id);
    QVERIFY2(position, qPrintable(id + QStringLiteral(" is not in view")));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, *position);
}

void TestTimelineView::zoomAround(const QString &id, double hours)
{
    const double time = m_view->layout().displayTime(m_events->rowOf(id));
    m_view->showTimeRange(time - hours * 3600, time + hours * 3600);
}

void TestTimelineView::firstViewShowsBothSummits()
{
    // Every event of both summits is drawn on its own, none merged into a cluster.
    for (const Event &event : m_builtin.events) {
        const std::optional<QPoint> position = m_view->eventPosition(event.id);
        QVERIFY2(position, qPrintable(event.id));
        QCOMPARE(m_view->eventAt(*position), m_events->rowOf(event.id));
    }
    QCOMPARE(m_view->axis().visibleBreaks().size(), size_t(1));
    QCOMPARE(m_view->axis().scale(), m_view->axis().minScale());
}

void TestTimelineView::clickSelects_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<bool>("fold");
    QTest::newRow("folded axis, before the fold") << QStringLiteral("e2023-putin-opening") << true;
    QTest::newRow("folded axis, after the fold")
        << QStringLiteral("e2025-bilateral-armenia") << true;
    QTest::newRow("linear axis, 2023") << QStringLiteral("e2023-trade-figure") << false;
    QTest::newRow("linear axis, 2025") << QStringLiteral("e2025-eurasian-council") << false;
}

void TestTimelineView::clickSelects()
{
    QFETCH(QString, event);
    QFETCH(bool, fold);
    m_view->setFoldEmptyTime(fold);
    QCOMPARE(m_view->axis().segments().size(), size_t(fold ? 2 : 1));
    if (!fold)
        zoomAround(event, 6); // a linear axis of two years merges a day into one cluster
    click(event);
    QCOMPARE(currentId(), event);
    QVERIFY(m_selection->isRowSelected(m_selection->currentIndex().row()));
}

void TestTimelineView::clickOnALabelSelects()
{
    const std::optional<QPoint> marker = m_view->eventPosition(QStringLiteral("e2023-museum-tour"));
    QVERIFY(marker);
    // The label starts under the marker; a click on its text selects the event too.
    const QPoint onLabel = *marker + QPoint(40, 20);
    QCOMPARE(m_view->eventAt(onLabel), m_events->rowOf(QStringLiteral("e2023-museum-tour")));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, onLabel);
    QCOMPARE(currentId(), QStringLiteral("e2023-museum-tour"));
}

void TestTimelineView::keyboardOrder_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<QString>("event");
    QTest::newRow("Right with nothing selected")
        << QList<int> { Qt::Key_Right } << QStringLiteral("e2023-museum-tour");
    QTest::newRow("Left with nothing selected")
        << QList<int> { Qt::Key_Left } << QStringLiteral("e2025-bilateral-kazakhstan");
    QTest::newRow("Home") << QList<int> { Qt::Key_Home } << QStringLiteral("e2023-museum-tour");
    QTest::newRow("Home, Right") << QList<int> { Qt::Key_Home, Qt::Key_Right }
                                 << QStringLiteral("e2023-informal-meeting");
    QTest::newRow("Home, Right, Right, Left") << QList<int> { Qt::Key_Home, Qt::Key_Right,
        Qt::Key_Right, Qt::Key_Left } << QStringLiteral("e2023-informal-meeting");
    QList<int> acrossTheFold { Qt::Key_Home };
    for (int i = 0; i < 9; ++i)
        acrossTheFold << Qt::Key_Right;
    QTest::newRow("nine times Right crosses the fold")
        << acrossTheFold << QStringLiteral("e2025-aliyev-absence");
    QTest::newRow("End") << QList<int> { Qt::Key_End }
                         << QStringLiteral("e2025-bilateral-kazakhstan");
    QTest::newRow("End, Left") << QList<int> { Qt::Key_End, Qt::Key_Left }
                               << QStringLiteral("e2025-bilateral-armenia");
    QTest::newRow("End, Right stays") << QList<int> { Qt::Key_End, Qt::Key_Right }
                                      << QStringLiteral("e2025-bilateral-kazakhstan");
}

void TestTimelineView::keyboardOrder()
{
    QFETCH(QList<int>, keys);
    QFETCH(QString, event);
    m_view->setFocus();
    for (int key : std::as_const(keys))
        QTest::keyClick(m_view, Qt::Key(key));
    QCOMPARE(currentId(), event);
    QVERIFY2(m_view->eventPosition(event), "the current event is scrolled into view");
}

void TestTimelineView::upAndDownCrossLanes_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<QString>("event");
    // Lanes by kind, top to bottom: plenary, bilateral, visit, statement, proposal, ...
    QTest::newRow("down to the proposal")
        << QStringLiteral("e2023-putin-opening") << QList<int> { Qt::Key_Down }
        << QStringLiteral("e2023-culture-proposals");
    QTest::newRow("up to the visit")
        << QStringLiteral("e2023-putin-opening") << QList<int> { Qt::Key_Up }
        << QStringLiteral("e2023-museum-tour");
    QTest::newRow("up twice: the nearest bilateral")
        << QStringLiteral("e2023-putin-opening") << QList<int> { Qt::Key_Up, Qt::Key_Up }
        << QStringLiteral("e2023-bilateral-kazakhstan");
    QTest::newRow("up past the top stays")
        << QStringLiteral("e2025-informal-meeting") << QList<int> { Qt::Key_Up }
        << QStringLiteral("e2025-informal-meeting");
}

void TestTimelineView::upAndDownCrossLanes()
{
    QFETCH(QString, start);
    QFETCH(QList<int>, keys);
    QFETCH(QString, event);
    click(start);
    QCOMPARE(currentId(), start);
    for (int key : std::as_const(keys))
        QTest::keyClick(m_view, Qt::Key(key));
    QCOMPARE(currentId(), event);
}

void TestTimelineView::digitsJumpToSummits_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QDate>("day");
    QTest::newRow("1: the first summit")
        << int(Qt::Key_1) << QStringLiteral("e2023-museum-tour") << QDate(2023, 12, 26);
    QTest::newRow("2: the second summit")
        << int(Qt::Key_2) << QStringLiteral("e2025-aliyev-absence") << QDate(2025, 12, 22);
}

void TestTimelineView::digitsJumpToSummits()
{
    QFETCH(int, key);
    QFETCH(QString, event);
    QFETCH(QDate, day);
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key(key));
    QCOMPARE(currentId(), event);
    const TimeSpan visible = m_view->axis().visibleSpan();
    QVERIFY(visible.start <= timeOfJulianDay(day.toJulianDay()));
    QVERIFY(visible.end >= timeOfJulianDay(day.toJulianDay() + 1));
    // The view shows that summit, not both: every event of its day is in view, none of the
    // other summit's. (The visible span itself may reach into the fold's break mark at an edge,
    // which stands for two years, so its length says nothing here.)
    const QString otherPrefix
        = day.year() == 2023 ? QStringLiteral("e2025-") : QStringLiteral("e2023-");
    for (int row = 0; row < m_events->rowCount(); ++row) {
        const QString id = m_events->eventAt(row).id;
        const bool shown = m_view->eventPosition(id).has_value();
        QVERIFY2(shown == !id.startsWith(otherPrefix), qPrintable(id));
    }
    QTest::keyClick(m_view, Qt::Key_9); // there is no ninth summit: nothing changes
    QCOMPARE(currentId(), event);
}

void TestTimelineView::zoomKeysAndFit()
{
    m_view->setFocus();
    const double fitted = m_view->axis().scale();
    QTest::keyClick(m_view, Qt::Key_Plus);
    QCOMPARE(m_view->axis().scale(), fitted * 1.5);
    QTest::keyClick(m_view, Qt::Key_Plus);
    QTest::keyClick(m_view, Qt::Key_Minus);
    QCOMPARE(m_view->axis().scale(), fitted * 1.5);
    QTest::keyClick(m_view, Qt::Key_F);
    QCOMPARE(m_view->axis().scale(), fitted);
}

void TestTimelineView::wheelZoomsAroundTheCursor()
{
    const QString id = QStringLiteral("e2025-putin-trade");
    const QPoint before = *m_view->eventPosition(id);
    QWheelEvent wheel(before, m_view->viewport()->mapToGlobal(before), QPoint(), QPoint(0, 240),
        Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &wheel);
    QVERIFY(m_view->axis().scale() > m_view->axis().minScale());
    const std::optional<QPoint> after = m_view->eventPosition(id);
    QVERIFY(after);
    QVERIFY2(std::abs(after->x() - before.x()) <= 1, "the event under the cursor stays there");
}

void TestTimelineView::dragPans()
{
    m_view->zoomIn();
    m_view->zoomIn();
    const double scroll = m_view->axis().scroll();
    const QPoint start(800, 700);
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(m_view->viewport(), start + QPoint(-150, 0));
    QTest::mouseMove(m_view->viewport(), start + QPoint(-300, 0));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, start + QPoint(-300, 0));
    QCOMPARE(m_view->axis().scroll(), scroll + 300);
    QVERIFY2(!m_selection->currentIndex().isValid(), "a drag selects nothing");
}

void TestTimelineView::clusterClickZoomsIn()
{
    // On a linear axis the two years leave a summit's day a few pixels: its statements merge.
    m_view->setFoldEmptyTime(false);
    const QStringList statements { QStringLiteral("e2023-putin-opening"),
        QStringLiteral("e2023-trade-figure"), QStringLiteral("e2023-peskov-assessment") };
    const QPoint cluster = *m_view->eventPosition(statements[0]);
    for (const QString &id : statements)
        QCOMPARE(*m_view->eventPosition(id), cluster);
    QCOMPARE(m_view->eventAt(cluster), -1); // a cluster, not an event
    const double scale = m_view->axis().scale();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, cluster);
    QVERIFY(m_view->axis().scale() > 100 * scale);
    QSet<int> apart;
    for (const QString &id : statements) {
        const std::optional<QPoint> position = m_view->eventPosition(id);
        QVERIFY(position);
        QCOMPARE(m_view->eventAt(*position), m_events->rowOf(id));
        apart.insert(position->x());
    }
    QCOMPARE(apart.size(), 3);
}

void TestTimelineView::doubleClickZoomsToTheEvent()
{
    const QString id = QStringLiteral("e2025-eurasian-council");
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, *m_view->eventPosition(id));
    QCOMPARE(currentId(), id);
    const TimeSpan visible = m_view->axis().visibleSpan();
    QVERIFY(visible.length() < 6 * 3600);
    const double time = m_view->layout().displayTime(m_events->rowOf(id));
    QVERIFY(visible.start < time && time < visible.end);
}

void TestTimelineView::filterHidesEvents()
{
    const QString statement = QStringLiteral("e2023-putin-opening");
    const QPoint position = *m_view->eventPosition(statement);
    const QColor statementColor
        = TimelineStyle::kindColor(TimelineLayout::kindIndex(QStringLiteral("statement")));
    QCOMPARE(m_view->viewport()->grab().toImage().pixelColor(position).rgb(), statementColor.rgb());

    m_proxy->setKindFilter({ QStringLiteral("bilateral") });
    QVERIFY(!m_view->eventPosition(statement));
    QCOMPARE(m_view->layout().shownEventCount(), 5);
    const QImage filtered = m_view->viewport()->grab().toImage();
    // The lanes, not the legend, which explains every kind.
    const QRect lanes(220, 60, 1380, 700);
    QCOMPARE(countColor(filtered, statementColor, lanes), 0);
    const QColor bilateral
        = TimelineStyle::kindColor(TimelineLayout::kindIndex(QStringLiteral("bilateral")));
    QVERIFY(countColor(filtered, bilateral, lanes) > 0);
    const int lanesCount = m_view->layout().laneCount();
    QCOMPARE(lanesCount, 1);

    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, position);
    QVERIFY2(!m_selection->currentIndex().isValid(), "a hidden event cannot be hit");

    m_proxy->clearFilters();
    QVERIFY(m_view->eventPosition(statement));
    QCOMPARE(m_view->layout().shownEventCount(), 17);
}

void TestTimelineView::selectionFromElsewhereIsShown()
{
    m_view->jumpToSummit(0); // zoomed into 2023
    const QString id = QStringLiteral("e2025-putin-trade");
    QVERIFY(!m_view->eventPosition(id));
    m_selection->setCurrentIndex(
        proxyIndexOf(id), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_view->currentRow(), m_events->rowOf(id));
    QVERIFY2(m_view->eventPosition(id), "the view pans to an event selected elsewhere");
    QVERIFY(m_view->currentEventDescription().contains(
        QStringLiteral("Putin cites Russia's ten-month trade")));
}

void TestTimelineView::accessibleNames()
{
    QCOMPARE(m_view->accessibleName(), QStringLiteral("Timeline"));
    click(QStringLiteral("e2023-museum-tour"));
    // What an assistive technology reads: the accessible interfaces, not the widget properties.
    // (Change notifications are not checked: offscreen, no platform accessibility is active, so
    // QAccessible::updateAccessibility() returns before any handler sees them.)
    QAccessibleInterface *viewport = QAccessible::queryAccessibleInterface(m_view->viewport());
    QVERIFY(viewport);
    const QString name = viewport->text(QAccessible::Name);
    QVERIFY2(name.contains(QStringLiteral("Leaders visit three state museum reserves")),
        qPrintable(name));
    QVERIFY(name.contains(QStringLiteral("1st event of the day")));
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(m_view);
    QVERIFY(view);
    QCOMPARE(view->text(QAccessible::Name), QStringLiteral("Timeline"));
    QVERIFY(view->text(QAccessible::Description).contains(QStringLiteral("Leaders visit")));
}

void TestTimelineView::laneModes_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("lane");
    QTest::addColumn<QString>("event");
    QTest::newRow("by country") << int(LaneMode::Country) << QStringLiteral("Kazakhstan")
                                << QStringLiteral("e2025-bilateral-kazakhstan");
    QTest::newRow("by person") << int(LaneMode::Person) << QStringLiteral("Emomali Rahmon")
                               << QStringLiteral("e2025-bilateral-tajikistan");
}

void TestTimelineView::laneModes()
{
    QFETCH(int, mode);
    QFETCH(QString, lane);
    QFETCH(QString, event);
    m_view->setLaneMode(LaneMode(mode));
    QStringList titles;
    for (int i = 0; i < m_view->layout().laneCount(); ++i)
        titles << m_view->layout().lane(i).title;
    QVERIFY2(titles.contains(lane), qPrintable(titles.join(QLatin1Char(','))));
    click(event);
    QCOMPARE(currentId(), event);
}

void TestTimelineView::compareMode()
{
    m_view->setCompareMode(true);
    QVERIFY(m_view->isComparing());
    QCOMPARE(m_view->compareSummits(),
        (QStringList { QStringLiteral("cis-2023"), QStringLiteral("cis-2025") }));
    // Both plenaries are the second event of their day: they line up, one band above the other.
    const QPoint plenary2023 = *m_view->eventPosition(QStringLiteral("e2023-informal-meeting"));
    const QPoint plenary2025 = *m_view->eventPosition(QStringLiteral("e2025-informal-meeting"));
    QVERIFY(plenary2025.y() > plenary2023.y());
    QVERIFY(std::abs(plenary2025.x() - plenary2023.x()) < 0.1 * m_view->width());
    QVERIFY(m_view->axis().visibleBreaks().empty());
    click(QStringLiteral("e2025-bilateral-armenia"));
    QCOMPARE(currentId(), QStringLiteral("e2025-bilateral-armenia"));
    m_view->setCompareSummits(QStringLiteral("cis-2025"), QStringLiteral("cis-2023"));
    QCOMPARE(m_view->compareSummits().first(), QStringLiteral("cis-2025"));
    QVERIFY(m_view->eventPosition(QStringLiteral("e2023-informal-meeting"))->y()
        > m_view->eventPosition(QStringLiteral("e2025-informal-meeting"))->y());
    m_view->setCompareMode(false);
    QCOMPARE(m_view->axis().visibleBreaks().size(), size_t(1));
}

void TestTimelineView::exportWholeExtentLargerThanTheWidget()
{
    m_view->resize(700, 450);
    m_view->jumpToSummit(0); // the widget shows 2023 only
    QImage image(2400, 1400, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_view->renderContent(&painter, QRectF(0, 0, 2400, 1400), ExportExtent::Full);
    painter.end();
    const QColor plenary
        = TimelineStyle::kindColor(TimelineLayout::kindIndex(QStringLiteral("plenary")));
    // Both summits' plenaries: one left of the fold, one right of it, far beyond 700 pixels.
    QVERIFY(countColor(image, plenary, QRect(250, 0, 950, 1300)) > 20);
    QVERIFY(countColor(image, plenary, QRect(1200, 0, 1200, 1300)) > 20);
    QCOMPARE(m_view->exportName(), QStringLiteral("timeline"));
    QVERIFY(m_view->exportTitle().contains(QStringLiteral("2023")));
    QVERIFY(m_view->exportTitle().contains(QStringLiteral("2025")));
}

void TestTimelineView::exportVisibleWindowCitesWhatIsShown()
{
    QSet<QString> cited2023, citedAll;
    for (const Event &event : m_builtin.events) {
        for (const SourceRef &source : event.sources) {
            citedAll.insert(source.document);
            if (event.summit == QLatin1String("cis-2023"))
                cited2023.insert(source.document);
        }
    }
    QVERIFY(cited2023.size() < citedAll.size());
    const QStringList whole = m_view->citedDocuments(ExportExtent::Full);
    QCOMPARE(QSet<QString>(whole.begin(), whole.end()), citedAll);
    m_view->jumpToSummit(0);
    const QStringList window = m_view->citedDocuments(ExportExtent::Visible);
    QCOMPARE(QSet<QString>(window.begin(), window.end()), cited2023);
    // Asking for one extent changes nothing of the other.
    const QStringList again = m_view->citedDocuments(ExportExtent::Full);
    QCOMPARE(QSet<QString>(again.begin(), again.end()), citedAll);
}

void TestTimelineView::exportExtentThroughTheExporter()
{
    // A week around each summit: the whole extent needs more than a screen's width.
    m_document->setDataset(syntheticDataset(m_builtin, 2000));
    m_view->resize(700, 450);
    m_view->jumpToSummit(0); // the window shows the 2023 summit only
    QVERIFY(m_view->offersExtentChoice());
    const QSize whole = m_view->preferredExportSize(ExportExtent::Full);
    QVERIFY2(whole.width() > 2 * m_view->width(), qPrintable(QString::number(whole.width())));
    QVERIFY(whole.width() <= Exporter::MaxSide);
    QVERIFY(qint64(whole.width()) * whole.height() <= Exporter::MaxPixels);
    const QColor plenary
        = TimelineStyle::kindColor(TimelineLayout::kindIndex(QStringLiteral("plenary")));
    QTemporaryDir dir;
    ExportOptions options;
    options.path = dir.filePath(QStringLiteral("whole.png"));
    options.size = whole;
    options.extent = ExportOptions::Extent::Full;
    QString error;
    QVERIFY2(Exporter::write(*m_view, options, &error), qPrintable(error));
    const QImage full(options.path);
    QCOMPARE(full.size(), whole);
    // Plenaries of both summits: in the left and in the right half of the image.
    const int half = full.width() / 2;
    QVERIFY(countColor(full, plenary, QRect(0, 0, half, full.height())) > 20);
    QVERIFY(countColor(full, plenary, QRect(half, 0, half, full.height())) > 20);

    // The window: its span only (exportVisibleWindowCitesWhatIsShown checks which), at a
    // screen's width.
    options.extent = ExportOptions::Extent::Visible;
    options.size = m_view->preferredExportSize(ExportExtent::Visible);
    QCOMPARE(options.size.width(), 1600);
    options.path = dir.filePath(QStringLiteral("window.png"));
    QVERIFY2(Exporter::write(*m_view, options, &error), qPrintable(error));
    const QImage window(options.path);
    QCOMPARE(window.size(), options.size);
    QVERIFY(countColor(window, plenary, window.rect()) > 20);
    QVERIFY(!m_view->exportTitle().isEmpty());
    // The extent is the request's, not the view's: the same options give the same image.
    options.extent = ExportOptions::Extent::Full;
    options.size = whole;
    options.path = dir.filePath(QStringLiteral("again.png"));
    QVERIFY2(Exporter::write(*m_view, options, &error), qPrintable(error));
    QCOMPARE(QImage(options.path), full);
}

void TestTimelineView::exportedLegendAsksForNoClick()
{
    // The widget's legend invites a click on a cluster; an exported image cannot be clicked.
    QTemporaryDir dir;
    ExportOptions options;
    options.path = dir.filePath(QStringLiteral("timeline.svg"));
    options.format = ExportOptions::Format::Svg;
    options.size = QSize(1600, 900);
    QString error;
    QVERIFY2(Exporter::write(*m_view, options, &error), qPrintable(error));
    QFile file(options.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY2(svg.contains("too close to tell apart at this scale"), svg.left(200).constData());
    QVERIFY(!svg.contains("click to zoom in"));
}

void TestTimelineView::exportedLegendListsWhatApplies_data()
{
    QTest::addColumn<bool>("builtin");
    QTest::addColumn<QStringList>("summits");
    QTest::addColumn<bool>("sequence");
    QTest::addColumn<bool>("folds");
    // Every built-in event is known by its order in the day only; its two summits are folded
    // apart.
    QTest::newRow("built-in, both summits") << true << QStringList() << true << true;
    QTest::newRow("built-in, one summit")
        << true << QStringList { QStringLiteral("cis-2025") } << true << false;
    QTest::newRow("clock times, 73 folds") << false << QStringList() << false << true;
    QTest::newRow("clock times, one summit")
        << false << QStringList { QStringLiteral("s3") } << false << false;
}

void TestTimelineView::exportedLegendListsWhatApplies()
{
    QFETCH(bool, builtin);
    QFETCH(QStringList, summits);
    QFETCH(bool, sequence);
    QFETCH(bool, folds);
    if (!builtin)
        m_document->setDataset(foldedDataset(m_builtin, 1000, 74, QDate(1995, 1, 16), 1096, true));
    QString error;
    QVERIFY2(m_view->applyExportArguments(summits, QDate(), &error), qPrintable(error));
    QTemporaryDir dir;
    ExportOptions options;
    options.path = dir.filePath(QStringLiteral("timeline.svg"));
    options.format = ExportOptions::Format::Svg;
    options.size = QSize(1600, 900);
    options.extent = ExportExtent::Full;
    QVERIFY2(Exporter::write(*m_view, options, &error), qPrintable(error));
    const QString legend = svgTexts(options.path).join(QLatin1Char('\n'));
    QVERIFY2(legend.contains(QStringLiteral("too close to tell apart")), qPrintable(legend));
    QCOMPARE(legend.contains(QStringLiteral("no clock time known")), sequence);
    QCOMPARE(legend.contains(QStringLiteral("empty time folded")), folds);
}

void TestTimelineView::plannedEventsAreDrawnApart_data()
{
    QTest::addColumn<bool>("planned");
    QTest::newRow("held: a filled marker, no legend entry") << false;
    QTest::newRow("only announced: a hollow marker and its legend entry") << true;
}

void TestTimelineView::plannedEventsAreDrawnApart()
{
    QFETCH(bool, planned);
    const QString statement = QStringLiteral("e2023-putin-opening");
    Dataset dataset = m_builtin;
    for (Event &event : dataset.events) {
        if (event.id == statement)
            event.planned = planned;
    }
    m_document->setDataset(dataset);
    m_view->jumpToSummit(0);
    const std::optional<QPoint> position = m_view->eventPosition(statement);
    QVERIFY(position);
    const QColor kind
        = TimelineStyle::kindColor(TimelineLayout::kindIndex(QStringLiteral("statement")));
    const QColor centre = m_view->viewport()->grab().toImage().pixelColor(*position);
    QCOMPARE(centre.rgb(), planned ? QColor(Qt::white).rgb() : kind.rgb());

    QTemporaryDir dir;
    ExportOptions options;
    options.path = dir.filePath(QStringLiteral("timeline.svg"));
    options.format = ExportOptions::Format::Svg;
    options.size = QSize(1600, 900);
    options.extent = ExportExtent::Full;
    QString error;
    QVERIFY2(Exporter::write(*m_view, options, &error), qPrintable(error));
    const QString texts = svgTexts(options.path).join(QLatin1Char('\n'));
    QCOMPARE(texts.contains(QStringLiteral("announced only")), planned);
}

void TestTimelineView::exportedAxisNamesEachPeriodOnce_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("period");
    // The first summit's days run across New Year's Day 2023, and a dozen more follow in 2023
    // beyond folds: the year (at a page's width) or the month (at 16,000 px) is named once.
    QTest::newRow("years") << 1600 << QStringLiteral("2023");
    QTest::newRow("months") << 16000 << QStringLiteral("January 2023");
}

void TestTimelineView::exportedAxisNamesEachPeriodOnce()
{
    QFETCH(int, width);
    QFETCH(QString, period);
    m_document->setDataset(foldedDataset(m_builtin, 1000, 74, QDate(2022, 12, 31), 1096, false));
    QCOMPARE(m_view->axis().segments().size(), size_t(74));
    QTemporaryDir dir;
    ExportOptions options;
    options.path = dir.filePath(QStringLiteral("timeline.svg"));
    options.format = ExportOptions::Format::Svg;
    options.size = QSize(width, 900);
    options.extent = ExportExtent::Full;
    QString error;
    QVERIFY2(Exporter::write(*m_view, options, &error), qPrintable(error));
    // The axis' upper row: "2023" or "January 2023" (the title says "2022–2025").
    static const QRegularExpression context(QStringLiteral("^([A-Z][a-z]+ )?\\d{4}$"));
    QStringList names;
    for (const QString &text : svgTexts(options.path)) {
        if (context.match(text).hasMatch())
            names << text;
    }
    QVERIFY2(names.contains(period), qPrintable(names.join(QStringLiteral(", "))));
    QVERIFY2(names.size() >= 3, qPrintable(names.join(QStringLiteral(", "))));
    QVERIFY2(QSet<QString>(names.begin(), names.end()).size() == names.size(),
        qPrintable(names.join(QStringLiteral(", "))));
}

void TestTimelineView::summitNamesStopBeforeFolds()
{
    // At 16,000 px each summit has three days before its fold, room for part of its name.
    m_document->setDataset(foldedDataset(m_builtin, 1000, 74, QDate(1995, 1, 16), 1096, false));
    const QRectF target(0, 0, 16000, 900);
    QImage image(target.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_view->renderContent(&painter, target, ExportExtent::Full);
    painter.end();
    // Where the export put the summits' row and the folds: the same renderer and axis fitted as
    // renderContent() fits them.
    TimelineRenderer renderer(13);
    const TimelineRenderer::Geometry g
        = renderer.geometry(target, m_view->layout(), m_view->axis(), true);
    TimelineAxis axis = m_view->axis();
    axis.setViewportWidth(g.plot.width());
    axis.fitAll();
    const std::vector<AxisBreak> breaks = axis.visibleBreaks();
    QCOMPARE(breaks.size(), size_t(73));
    const int top = int(std::ceil(g.summits.top())), bottom = int(g.summits.bottom()) - 1;
    int ink = 0;
    for (int x = int(g.summits.left()); x < int(g.summits.right()); ++x) {
        for (int y = top; y <= bottom; ++y)
            ink += isSummitNameInk(image.pixel(x, y));
    }
    QVERIFY2(ink > 1000, "the summits are named");
    // No name runs into a fold, where the fold's shading would cut it.
    for (const AxisBreak &b : breaks) {
        const int x0 = int(std::floor(g.plot.left() + b.x0)) - 3;
        const int x1 = int(std::ceil(g.plot.left() + b.x1));
        for (int x = x0; x <= x1; ++x) {
            for (int y = top; y <= bottom; ++y) {
                QVERIFY2(!isSummitNameInk(image.pixel(x, y)),
                    qPrintable(QStringLiteral("name ink at %1,%2 by the fold at %3")
                                   .arg(x)
                                   .arg(y)
                                   .arg(g.plot.left() + b.x0)));
            }
        }
    }
}

void TestTimelineView::exportArguments_data()
{
    QTest::addColumn<QStringList>("summits");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("shown");
    QTest::newRow("nothing") << QStringList() << QDate() << true << QString() << 17;
    QTest::newRow("one summit") << QStringList { QStringLiteral("cis-2025") } << QDate() << true
                                << QString() << 8;
    QTest::newRow("both summits") << QStringList { QStringLiteral("cis-2023"),
        QStringLiteral("cis-2025") }
                                  << QDate() << true << QString() << 17;
    QTest::newRow("unknown summit") << QStringList { QStringLiteral("cis-2030") } << QDate()
                                    << false << QStringLiteral("--summits") << 17;
    QTest::newRow("a date") << QStringList() << QDate(2025, 12, 22) << false
                            << QStringLiteral("--date") << 17;
}

void TestTimelineView::exportArguments()
{
    QFETCH(QStringList, summits);
    QFETCH(QDate, date);
    QFETCH(bool, accepted);
    QFETCH(QString, error);
    QFETCH(int, shown);
    QString message;
    QCOMPARE(m_view->applyExportArguments(summits, date, &message), accepted);
    QVERIFY2(message.contains(error), qPrintable(message));
    if (!accepted && !summits.isEmpty())
        QVERIFY(message.contains(summits.first()));
    QCOMPARE(m_view->layout().shownEventCount(), shown);
    if (shown == 8) {
        QVERIFY(!m_view->exportTitle().contains(QStringLiteral("2023")));
        QCOMPARE(m_view->axis().segments().size(), size_t(1));
    }
}

void TestTimelineView::datasetReplaced()
{
    click(QStringLiteral("e2025-putin-trade"));
    Dataset smaller = m_builtin;
    smaller.events.erase(std::remove_if(smaller.events.begin(), smaller.events.end(),
                             [](const Event &e) { return e.summit == QLatin1String("cis-2025"); }),
        smaller.events.end());
    m_document->setDataset(smaller);
    QCOMPARE(m_view->layout().shownEventCount(), 9);
    QVERIFY(!m_view->eventPosition(QStringLiteral("e2025-putin-trade")));
    QVERIFY(m_view->eventPosition(QStringLiteral("e2023-putin-opening")));
    QVERIFY(!m_view->viewport()->grab().isNull());
}

void TestTimelineView::tooltipNamesTheEvent()
{
    const QPoint position = *m_view->eventPosition(QStringLiteral("e2023-trade-figure"));
    QHelpEvent help(QEvent::ToolTip, position, m_view->viewport()->mapToGlobal(position));
    QApplication::sendEvent(m_view->viewport(), &help);
    QVERIFY(QToolTip::isVisible());
    QVERIFY(
        QToolTip::text().contains(QStringLiteral("Putin cites ten-month trade among CIS members")));
    QVERIFY2(QToolTip::text().contains(QStringLiteral("paragraph")), "the source is named");
    QToolTip::hideText();
}

void TestTimelineView::paintSmokeAtHundredThousandEvents()
{
    m_document->setDataset(syntheticDataset(m_builtin, 100000));
    QCOMPARE(m_view->layout().shownEventCount(), 100000);
    int largest = 0;
    for (int lane = 0; lane < m_view->layout().laneCount(); ++lane) {
        std::vector<MarkGroup> groups;
        TimelineLayout::groupMarks(m_view->layout().lane(lane), m_view->axis(),
            TimelineRenderer::BinWidth, TimelineRenderer::MarkerRadius, groups);
        for (const MarkGroup &group : groups)
            largest = std::max(largest, group.count());
    }
    QVERIFY2(largest > 100, "zoomed out, dense events are clustered");
    QVERIFY(!m_view->viewport()->grab().isNull());
    m_view->jumpToSummit(1);
    QVERIFY(!m_view->viewport()->grab().isNull());
    for (int i = 0; i < 5; ++i) {
        m_view->panBy(200);
        QVERIFY(!m_view->viewport()->grab().isNull());
    }
    m_view->setLaneMode(LaneMode::Person);
    m_view->setCompareMode(true);
    QVERIFY(!m_view->viewport()->grab().isNull());
    m_proxy->setKindFilter({ QStringLiteral("plenary") });
    QCOMPARE(m_view->layout().shownEventCount(), 100000 / 7 + 1);
    QVERIFY(!m_view->viewport()->grab().isNull());
    QImage image(3000, 1500, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    m_view->renderContent(&painter, QRectF(0, 0, 3000, 1500), ExportExtent::Full);
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
