// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader gets from the hand-painted views: the timeline's events and the map's
// countries as accessible children, and the Focus and Selection events sent as the user presses
// keys and clicks, read through QAccessible as an assistive technology's bridge reads them.

#include "models/countrymodel.h"
#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventmodel.h"
#include "models/sourceformat.h"
#include "views/map/mapcanvas.h"
#include "views/map/mapview.h"
#include "views/timeline/timelineview.h"

#include <QAccessible>
#include <QApplication>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QTest>

// Offscreen there is no screen reader, so the platform's accessibility is off and
// QAccessible::updateAccessibility() drops every event before any handler (neither
// QAccessible::setActive() nor installing a handler turns it on). Qt's own accessibility tests
// switch it on through the platform integration, which is private API: so does this one.
#include <QtGui/private/qguiapplication_p.h>
#include <QtGui/qpa/qplatformaccessibility.h>
#include <QtGui/qpa/qplatformintegration.h>

using namespace Summit;

namespace {

/** An event as the bridge would have read it when it was sent. */
struct Announcement
{
    QAccessible::Event type;
    QObject *object;
    int child;
    QString name;
    bool selected;
    bool focused;
};

QList<Announcement> announcements;

void recordEvent(QAccessibleEvent *event)
{
    QAccessibleInterface *iface = event->accessibleInterface();
    announcements.append({ event->type(), event->object(), event->child(),
        iface ? iface->text(QAccessible::Name) : QString(), iface && iface->state().selected,
        iface && iface->state().focused });
}

/** The last announcement of @p type about @p object, or one with no name. */
Announcement last(QAccessible::Event type, QObject *object)
{
    for (qsizetype i = announcements.size() - 1; i >= 0; --i) {
        if (announcements.at(i).type == type && announcements.at(i).object == object)
            return announcements.at(i);
    }
    return { type, nullptr, -1, QString(), false, false };
}

int countOf(QAccessible::Event type, QObject *object)
{
    return int(std::count_if(announcements.cbegin(), announcements.cend(),
        [&](const Announcement &a) { return a.type == type && a.object == object; }));
}

/** The children of @p parent whose state says selected (or focused). */
QStringList childrenWith(QAccessibleInterface *parent, bool focused)
{
    QStringList names;
    for (int i = 0; i < parent->childCount(); ++i) {
        QAccessibleInterface *child = parent->child(i);
        if (focused ? child->state().focused : child->state().selected)
            names << child->text(QAccessible::Name);
    }
    return names;
}

/** Many made-up events on the built-in summits' days, so that the timeline draws clusters. */
Dataset denseDataset(const Dataset &builtin, int count)
{
    Dataset dataset = builtin;
    dataset.events.clear();
    const QStringList kinds = eventKinds();
    for (int i = 0; i < count; ++i) {
        Event event;
        event.id = QStringLiteral("e%1").arg(i);
        event.summit = dataset.summits[i % 2].id;
        event.kind = kinds[i % kinds.size()];
        event.date = dataset.summits[i % 2].date;
        event.time = QTime(8, 0).addSecs(i % 36000);
        event.title = QStringLiteral("Made-up event %1").arg(i);
        event.sources = { { dataset.documents[0].id, 1 } };
        dataset.events.append(event);
    }
    return dataset;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void timelineListsTheEventsShown();
    void timelineKeysMoveFocusAndSelection_data();
    void timelineKeysMoveFocusAndSelection();
    void timelineClickSelects_data();
    void timelineClickSelects();
    void timelineSelectionFromElsewhereIsNoFocus();
    void timelineListsOnlyWhatIsShown();
    void timelineFocusInsideACluster();

    void mapListsTheCountries();
    void mapNamesStatusAndAttendance_data();
    void mapNamesStatusAndAttendance();
    void mapPageDownWalksTheCountries();
    void mapClickSelectsAndClears();
    void mapSpaceSelectsTheFocusedCountry();
    void everyControlOfTheViewsIsNamed();

private:
    void activate(QWidget *widget);
    QString title(const QString &eventId) const;
    QAccessibleInterface *timeline() const;
    QAccessibleInterface *map() const;

    Dataset m_builtin;
    DatasetDocument *m_document = nullptr;
    EventModel *m_events = nullptr;
    EventFilterProxyModel *m_proxy = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    TimelineView *m_timeline = nullptr;
    CountryModel *m_countries = nullptr;
    MapView *m_map = nullptr;
};

void TestAccessibility::initTestCase()
{
    const auto result = DatasetReader::readFile(QStringLiteral(SUMMIT_BUILTIN_DATASET));
    QVERIFY(result.ok());
    m_builtin = *result.dataset;
    QAccessible::installUpdateHandler(recordEvent);
    QPlatformAccessibility *platform
        = QGuiApplicationPrivate::platformIntegration()->accessibility();
    QVERIFY(platform);
    platform->setActive(true);
    QVERIFY(QAccessible::isActive());
}

void TestAccessibility::init()
{
    m_document = new DatasetDocument;
    m_document->setDataset(m_builtin);
    m_events = new EventModel(m_document);
    m_proxy = new EventFilterProxyModel;
    m_proxy->setSourceModel(m_events);
    m_proxy->sort(EventModel::DateColumn);
    m_selection = new QItemSelectionModel(m_proxy);
    m_timeline = new TimelineView(m_proxy, m_selection);
    m_timeline->resize(1600, 900);
    m_timeline->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_timeline));
    m_countries = new CountryModel(m_document, m_document);
    m_map = new MapView(m_document, m_countries);
    m_map->resize(1400, 900);
    m_map->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_map));
    announcements.clear();
}

void TestAccessibility::cleanup()
{
    delete m_map;
    delete m_timeline;
    delete m_selection;
    delete m_proxy;
    delete m_events;
    delete m_document;
}

void TestAccessibility::activate(QWidget *widget)
{
    widget->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(widget->window()));
    widget->setFocus();
    QVERIFY(widget->hasFocus());
}

QString TestAccessibility::title(const QString &eventId) const
{
    return m_builtin.events[m_events->rowOf(eventId)].title;
}

QAccessibleInterface *TestAccessibility::timeline() const
{
    return QAccessible::queryAccessibleInterface(m_timeline);
}

QAccessibleInterface *TestAccessibility::map() const
{
    return QAccessible::queryAccessibleInterface(m_map->canvas());
}

void TestAccessibility::timelineListsTheEventsShown()
{
    QAccessibleInterface *view = timeline();
    QVERIFY(view);
    QCOMPARE(view->role(), QAccessible::List);
    QCOMPARE(view->text(QAccessible::Name), QStringLiteral("Timeline"));
    // The first view shows every built-in event on its own, in its kind's lane.
    QCOMPARE(view->childCount(), int(m_builtin.events.size()));
    for (const Event &event : m_builtin.events) {
        const QPoint at = m_timeline->viewport()->mapToGlobal(*m_timeline->eventPosition(event.id));
        QAccessibleInterface *item = view->childAt(at.x(), at.y());
        QVERIFY2(item, qPrintable(event.id));
        QCOMPARE(item->role(), QAccessible::ListItem);
        QCOMPARE(item->parent(), view);
        QCOMPARE(view->child(view->indexOfChild(item)), item);
        QVERIFY(item->rect().contains(at));
        const QString name = item->text(QAccessible::Name);
        QVERIFY2(name.contains(event.title), qPrintable(name));
        QVERIFY2(name.startsWith(eventKindLabel(event.kind) + QLatin1Char(':')), qPrintable(name));
        QVERIFY2(name.contains(formatDate(event.date)), qPrintable(name));
        QVERIFY2(name.contains(m_builtin.summit(event.summit)->title), qPrintable(name));
        QVERIFY(item->state().selectable);
        QVERIFY(!item->state().selected);
    }
}

void TestAccessibility::timelineKeysMoveFocusAndSelection_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<QString>("event");
    QTest::newRow("Right with nothing selected")
        << QList<int> { Qt::Key_Right } << QStringLiteral("e2023-museum-tour");
    QTest::newRow("Home, Right") << QList<int> { Qt::Key_Home, Qt::Key_Right }
                                 << QStringLiteral("e2023-informal-meeting");
    QTest::newRow("End") << QList<int> { Qt::Key_End }
                         << QStringLiteral("e2025-bilateral-kazakhstan");
    QTest::newRow("End, Left") << QList<int> { Qt::Key_End, Qt::Key_Left }
                               << QStringLiteral("e2025-bilateral-armenia");
    QTest::newRow("Home, Down") << QList<int> { Qt::Key_Home, Qt::Key_Down } << QString();
}

void TestAccessibility::timelineKeysMoveFocusAndSelection()
{
    QFETCH(QList<int>, keys);
    QFETCH(QString, event);
    activate(m_timeline);
    for (const int key : keys)
        QTest::keyClick(m_timeline, Qt::Key(key));
    // "Home, Down": whatever the lane below holds, the tree must agree with the selection.
    const QString id = m_selection->currentIndex().data(EventModel::IdRole).toString();
    if (!event.isEmpty())
        QCOMPARE(id, event);
    QVERIFY(!id.isEmpty());

    const Announcement focus = last(QAccessible::Focus, m_timeline);
    QVERIFY2(focus.name.contains(title(id)), qPrintable(focus.name));
    QVERIFY(focus.focused && focus.selected);
    const Announcement selection = last(QAccessible::Selection, m_timeline);
    QVERIFY2(selection.name.contains(title(id)), qPrintable(selection.name));
    // One announcement of each per key press, none stale.
    QCOMPARE(countOf(QAccessible::Selection, m_timeline), int(keys.size()));

    QAccessibleInterface *view = timeline();
    QAccessibleInterface *focused = view->focusChild();
    QVERIFY(focused);
    QVERIFY(focused->text(QAccessible::Name).contains(title(id)));
    QCOMPARE(childrenWith(view, true), QStringList { focused->text(QAccessible::Name) });
    QCOMPARE(childrenWith(view, false).size(), 1);
    QCOMPARE(view->child(focus.child), focused);
}

void TestAccessibility::timelineClickSelects_data()
{
    QTest::addColumn<QString>("event");
    QTest::newRow("2023, sequence day") << QStringLiteral("e2023-museum-tour");
    QTest::newRow("2023, timed") << QStringLiteral("e2023-informal-meeting");
    QTest::newRow("2025, bilateral") << QStringLiteral("e2025-bilateral-armenia");
    QTest::newRow("2025, last") << QStringLiteral("e2025-bilateral-kazakhstan");
}

void TestAccessibility::timelineClickSelects()
{
    QFETCH(QString, event);
    activate(m_timeline);
    announcements.clear();
    const std::optional<QPoint> position = m_timeline->eventPosition(event);
    QVERIFY(position);
    QTest::mouseClick(m_timeline->viewport(), Qt::LeftButton, {}, *position);
    QCOMPARE(m_selection->currentIndex().data(EventModel::IdRole).toString(), event);
    const Announcement selection = last(QAccessible::Selection, m_timeline);
    QVERIFY2(selection.name.contains(title(event)), qPrintable(selection.name));
    QVERIFY(selection.selected);
    QVERIFY2(last(QAccessible::Focus, m_timeline).name.contains(title(event)),
        "a click focuses the view and the event");
    const QStringList selected = childrenWith(timeline(), false);
    QCOMPARE(selected.size(), 1);
    QVERIFY(selected.first().contains(title(event)));
}

void TestAccessibility::timelineSelectionFromElsewhereIsNoFocus()
{
    QWidget other;
    other.setFocusPolicy(Qt::StrongFocus);
    other.show();
    other.setFocus();
    const QString id = QStringLiteral("e2025-bilateral-armenia");
    m_selection->setCurrentIndex(m_proxy->mapFromSource(m_events->index(m_events->rowOf(id), 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(last(QAccessible::Selection, m_timeline).name.contains(title(id)));
    QCOMPARE(countOf(QAccessible::Focus, m_timeline), 0);
    QVERIFY(!timeline()->focusChild());
    QVERIFY(childrenWith(timeline(), true).isEmpty());
}

void TestAccessibility::timelineListsOnlyWhatIsShown()
{
    // A hundred thousand events: the list holds what is drawn (clusters with counts), not them.
    const Dataset dense = denseDataset(m_builtin, 100000);
    m_document->setDataset(dense);
    m_timeline->refresh();
    QElapsedTimer timer;
    timer.start();
    QAccessibleInterface *view = timeline();
    const int count = view->childCount();
    QVERIFY2(count > 0 && count < 2000, qPrintable(QString::number(count)));
    int clusters = 0;
    for (int i = 0; i < count; ++i) {
        const QString name = view->child(i)->text(QAccessible::Name);
        if (name.contains(QStringLiteral(" events in ")))
            ++clusters;
        else
            QVERIFY2(name.contains(QStringLiteral("Made-up event")), qPrintable(name));
    }
    QVERIFY(clusters > 0);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    // Zoomed in, the same list lists other, fewer things; the old items are released.
    QAccessibleInterface *first = view->child(0);
    const QAccessible::Id firstId = QAccessible::uniqueId(first);
    m_timeline->showTimeRange(
        m_timeline->layout().displayTime(0) - 60, m_timeline->layout().displayTime(0) + 60);
    QVERIFY(view->childCount() != count);
    QVERIFY(view->childCount() > 0);
    QVERIFY2(!QAccessible::accessibleInterface(firstId) || view->indexOfChild(first) >= 0,
        "an item no longer shown is released");
}

void TestAccessibility::timelineFocusInsideACluster()
{
    m_document->setDataset(denseDataset(m_builtin, 20000));
    m_timeline->refresh();
    m_timeline->fitAll();
    activate(m_timeline);
    QTest::keyClick(m_timeline, Qt::Key_Home);
    QTest::keyClick(m_timeline, Qt::Key_Right);
    const QString id = m_selection->currentIndex().data(EventModel::IdRole).toString();
    QVERIFY(!id.isEmpty());
    const QString eventTitle = m_document->dataset().events[m_events->rowOf(id)].title;
    // Wherever the event is drawn (alone or in a cluster), it has an item that says its name.
    const Announcement focus = last(QAccessible::Focus, m_timeline);
    QVERIFY2(focus.name.contains(eventTitle + QLatin1Char(',')), qPrintable(focus.name));
    QVERIFY(focus.focused);
    QVERIFY(timeline()->focusChild()->text(QAccessible::Name).contains(eventTitle));
}

void TestAccessibility::mapListsTheCountries()
{
    QAccessibleInterface *canvas = map();
    QVERIFY(canvas);
    QCOMPARE(canvas->role(), QAccessible::List);
    QCOMPARE(canvas->text(QAccessible::Name), QStringLiteral("Membership map"));
    QCOMPARE(canvas->childCount(), int(m_builtin.countries.size()));
    QStringList names;
    for (int i = 0; i < canvas->childCount(); ++i) {
        QAccessibleInterface *item = canvas->child(i);
        QCOMPARE(item->role(), QAccessible::ListItem);
        QCOMPARE(canvas->indexOfChild(item), i);
        names << item->text(QAccessible::Name).section(QLatin1Char(':'), 0, 0);
        // The item covers its country: the bridge's hit test at its label finds it.
        const QString code = m_map->canvas()->countries().at(i);
        const QPoint at = m_map->canvas()->mapToGlobal(m_map->canvasPositionOf(code));
        QVERIFY2(item->rect().contains(at), qPrintable(code));
        QCOMPARE(canvas->childAt(at.x(), at.y()), item);
    }
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(names, sorted);
    QVERIFY(names.contains(QStringLiteral("Moldova")));
}

void TestAccessibility::mapNamesStatusAndAttendance_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("summit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Kazakhstan, 2025, no overlay")
        << QStringLiteral("Kazakhstan") << QDate(2025, 12, 22) << QString()
        << QStringLiteral("Kazakhstan: Full member on 22 Dec 2025");
    QTest::newRow("Ukraine, 2025")
        << QStringLiteral("Ukraine") << QDate(2025, 12, 22) << QString()
        << QStringLiteral("Ukraine: Participation ceased on 22 Dec 2025");
    QTest::newRow("Russia hosts 2025")
        << QStringLiteral("Russia") << QDate(2025, 12, 22) << QStringLiteral("cis-2025")
        << QStringLiteral("; host of the 22 Dec 2025 summit");
    QTest::newRow("Armenia at 2025")
        << QStringLiteral("Armenia") << QDate(2025, 12, 22) << QStringLiteral("cis-2025")
        << QStringLiteral(" at the 22 Dec 2025 summit");
}

void TestAccessibility::mapNamesStatusAndAttendance()
{
    QFETCH(QString, country);
    QFETCH(QDate, date);
    QFETCH(QString, summit);
    QFETCH(QString, expected);
    m_map->setSummit(summit);
    m_map->setDate(date);
    QAccessibleInterface *canvas = map();
    QString name;
    for (int i = 0; i < canvas->childCount(); ++i) {
        if (canvas->child(i)->text(QAccessible::Name).startsWith(country + QLatin1Char(':')))
            name = canvas->child(i)->text(QAccessible::Name);
    }
    QVERIFY2(name.contains(expected), qPrintable(name));
    // The name follows the model: the status the CountryModel gives on that date.
    const Country *data = m_builtin.country(m_map->canvas()->countries().at(0));
    QVERIFY(canvas->child(0)
                ->text(QAccessible::Name)
                .contains(membershipStatusLabel(data->statusAt(date))));
    QVERIFY(!canvas->child(0)->text(QAccessible::Description).isEmpty());
}

void TestAccessibility::mapPageDownWalksTheCountries()
{
    MapCanvas *canvas = m_map->canvas();
    activate(canvas);
    QAccessibleInterface *iface = map();
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(canvas, Qt::Key_PageDown);
        const Announcement focus = last(QAccessible::Focus, canvas);
        QCOMPARE(focus.child, i);
        QCOMPARE(focus.name, iface->child(i)->text(QAccessible::Name));
        QVERIFY(focus.focused);
        QCOMPARE(iface->focusChild(), iface->child(i));
        QCOMPARE(childrenWith(iface, true).size(), 1);
    }
    QTest::keyClick(canvas, Qt::Key_PageUp);
    QCOMPARE(last(QAccessible::Focus, canvas).child, 1);
    QVERIFY2(m_map->selectedCountry().isEmpty(), "walking selects nothing");
    QCOMPARE(countOf(QAccessible::Selection, canvas), 0);
}

void TestAccessibility::mapClickSelectsAndClears()
{
    MapCanvas *canvas = m_map->canvas();
    const QString code = QStringLiteral("KAZ");
    const int index = int(canvas->countries().indexOf(code));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, m_map->canvasPositionOf(code));
    QCOMPARE(m_map->selectedCountry(), code);
    const Announcement selection = last(QAccessible::Selection, canvas);
    QCOMPARE(selection.child, index);
    QVERIFY2(selection.name.startsWith(QStringLiteral("Kazakhstan:")), qPrintable(selection.name));
    QVERIFY(selection.selected);
    QCOMPARE(childrenWith(map(), false), QStringList { selection.name });

    QTest::mouseClick(canvas, Qt::LeftButton, {}, m_map->canvasPositionOf(code));
    QVERIFY(m_map->selectedCountry().isEmpty());
    const Announcement removed = last(QAccessible::SelectionRemove, canvas);
    QCOMPARE(removed.child, index);
    QVERIFY(!removed.selected);
    QVERIFY(childrenWith(map(), false).isEmpty());
}

void TestAccessibility::mapSpaceSelectsTheFocusedCountry()
{
    MapCanvas *canvas = m_map->canvas();
    activate(canvas);
    QTest::keyClick(canvas, Qt::Key_PageDown);
    QTest::keyClick(canvas, Qt::Key_PageDown);
    QTest::keyClick(canvas, Qt::Key_Space);
    QCOMPARE(m_map->selectedCountry(), canvas->countries().at(1));
    const Announcement selection = last(QAccessible::Selection, canvas);
    QCOMPARE(selection.child, 1);
    QVERIFY(selection.selected && selection.focused);
}

void TestAccessibility::everyControlOfTheViewsIsNamed()
{
    // What a screen reader reads for each control: a name, never an empty string or a bare
    // symbol ("+", "−").
    int checked = 0;
    for (QWidget *root : { static_cast<QWidget *>(m_map), static_cast<QWidget *>(m_timeline) }) {
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            // A date edit's line edit passes its focus on, and is read as the date edit.
            const bool proxy = widget->focusProxy() == widget->parentWidget();
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisible() || proxy)
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            const QString name = iface->text(QAccessible::Name);
            ++checked;
            QVERIFY2(name.size() > 1,
                qPrintable(QStringLiteral("%1 (%2) has no name")
                               .arg(widget->metaObject()->className(), widget->objectName())));
        }
    }
    // The map's date, overlay, presets, zoom buttons and canvas; the timeline itself.
    QVERIFY2(checked >= 8, qPrintable(QString::number(checked)));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
