// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/timeline/timelineaccessible.h"

#include "models/dataset.h"
#include "views/timeline/timelineview.h"

#include <QPointer>
#include <QScrollBar>
#include <QWindow>

namespace Summit {

namespace {

// An item is known by its lane, its (first) event and whether it is a cluster: the same event
// may show in several lanes (by country, by person), and on its own after its cluster.
quint64 keyOf(int lane, int row, bool cluster)
{
    return (quint64(quint32(lane)) << 33) | (quint64(quint32(row)) << 1) | (cluster ? 1 : 0);
}

quint64 keyOf(const TimelineRenderer::VisibleItem &item)
{
    return keyOf(item.lane, item.row, item.count > 1);
}

/** One event or cluster of the timeline; everything it says is read from the view's snapshot. */
class TimelineItemAccessible : public QAccessibleInterface
{
public:
    TimelineItemAccessible(TimelineView *view, quint64 key)
        : m_view(view)
        , m_key(key)
    {
    }

    bool isValid() const override { return m_view && current(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text text) const override
    {
        const TimelineRenderer::VisibleItem *shown = current();
        return shown ? timeline()->itemText(*shown, text) : QString();
    }
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override
    {
        const TimelineRenderer::VisibleItem *shown = current();
        return shown ? timeline()->itemRect(*shown) : QRect();
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        const TimelineRenderer::VisibleItem *shown = current();
        if (shown)
            return timeline()->itemState(*shown);
        QAccessible::State gone;
        gone.invisible = true;
        return gone;
    }

private:
    TimelineAccessible *timeline() const
    {
        return m_view
            ? static_cast<TimelineAccessible *>(QAccessible::queryAccessibleInterface(m_view))
            : nullptr;
    }
    const TimelineRenderer::VisibleItem *current() const
    {
        TimelineAccessible *parent = timeline();
        return parent ? parent->item(m_key) : nullptr;
    }

    QPointer<TimelineView> m_view;
    quint64 m_key;
};

QAccessibleInterface *timelineFactory(const QString &key, QObject *object)
{
    if (key != QLatin1String(TimelineView::staticMetaObject.className()))
        return nullptr;
    auto *view = qobject_cast<TimelineView *>(object);
    return view ? new TimelineAccessible(view) : nullptr;
}

} // namespace

TimelineAccessible::TimelineAccessible(TimelineView *view)
    : QAccessibleWidget(view, QAccessible::List)
{
}

TimelineAccessible::~TimelineAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

void TimelineAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

TimelineView *TimelineAccessible::view() const
{
    return static_cast<TimelineView *>(widget());
}

void TimelineAccessible::sync() const
{
    TimelineView *v = view();
    if (v->m_resetting) {
        // The dataset is being replaced: nothing may be read, and nothing is shown.
        m_items.clear();
        m_indexOfKey.clear();
        m_synced = false;
        return;
    }
    v->ensureUpToDate();
    v->updateGeometryAndScrollBars();
    const FrameKey key { v->m_axis.scroll(), v->m_axis.scale(), v->m_axis.contentWidth(),
        v->m_axis.foldEmptySpans(), v->verticalScrollBar()->value(), v->m_geometry.plot,
        v->m_layoutVersion, v->currentRow(), v->m_currentLane };
    if (m_synced && key == m_key)
        return;
    m_key = key;
    m_synced = true;
    v->m_renderer.visibleItems(v->frame(), m_items);

    // The current event inside a cluster is listed on its own as well, after its cluster.
    const TimelineLayout &layout = v->m_layout;
    const int lane = key.currentLane;
    const int mark = lane >= 0 ? layout.markOf(lane, key.currentRow) : -1;
    if (mark >= 0) {
        for (size_t i = 0; i < m_items.size(); ++i) {
            const TimelineRenderer::VisibleItem &shown = m_items[i];
            if (shown.lane != lane || shown.count == 1)
                continue;
            const int first = layout.markOf(lane, shown.row);
            if (mark >= first && mark < first + shown.count) {
                const TimelineRenderer::VisibleItem alone { lane, key.currentRow, 1, shown.rect };
                m_items.insert(m_items.begin() + qsizetype(i) + 1, alone);
                break;
            }
        }
    }

    m_indexOfKey.clear();
    m_indexOfKey.reserve(qsizetype(m_items.size()));
    for (size_t i = 0; i < m_items.size(); ++i)
        m_indexOfKey.insert(keyOf(m_items[i]), int(i));
    // What scrolled away is released: panning across a million events must not pile them up.
    for (auto it = m_children.begin(); it != m_children.end();) {
        if (m_indexOfKey.contains(it.key())) {
            ++it;
        } else {
            QAccessible::deleteAccessibleInterface(it.value());
            it = m_children.erase(it);
        }
    }
}

int TimelineAccessible::childCount() const
{
    sync();
    return int(m_items.size());
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    sync();
    if (index < 0 || index >= int(m_items.size()))
        return nullptr;
    const quint64 key = keyOf(m_items[size_t(index)]);
    if (const auto known = m_children.constFind(key); known != m_children.cend())
        return QAccessible::accessibleInterface(*known);
    auto *item = new TimelineItemAccessible(view(), key);
    m_children.insert(key, QAccessible::registerAccessibleInterface(item));
    return item;
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    sync();
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        if (QAccessible::accessibleInterface(it.value()) == child)
            return m_indexOfKey.value(it.key(), -1);
    }
    return -1;
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    sync();
    const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].rect.adjusted(-3, -3, 3, 3).contains(local))
            return child(int(i));
    }
    return nullptr;
}

QAccessibleInterface *TimelineAccessible::focusChild() const
{
    if (!view()->hasFocus())
        return nullptr;
    const int index = indexOfCurrent();
    return index >= 0 ? child(index) : nullptr;
}

int TimelineAccessible::indexOfCurrent() const
{
    sync();
    return m_indexOfKey.value(keyOf(m_key.currentLane, m_key.currentRow, false), -1);
}

const TimelineRenderer::VisibleItem *TimelineAccessible::item(quint64 key) const
{
    sync();
    const int index = m_indexOfKey.value(key, -1);
    return index < 0 ? nullptr : &m_items[size_t(index)];
}

QString TimelineAccessible::itemText(
    const TimelineRenderer::VisibleItem &item, QAccessible::Text text) const
{
    const TimelineView *v = view();
    const TimelineLayout &layout = v->m_layout;
    const Dataset &dataset = *layout.dataset();
    if (item.count > 1) {
        const TimelineLane &lane = layout.lane(item.lane);
        const int first = layout.markOf(item.lane, item.row);
        const int last = lane.rows[size_t(first + item.count - 1)];
        if (text == QAccessible::Name) {
            return TimelineView::tr("%1 events in %2, from %3 to %4")
                .arg(item.count)
                .arg(lane.title, v->whenText(item.row), v->whenText(last));
        }
        if (text == QAccessible::Description)
            return TimelineView::tr("A cluster: click it, or zoom in, to tell its events apart.");
        return QString();
    }
    const Event &event = dataset.events[item.row];
    switch (text) {
    case QAccessible::Name:
        return v->eventDescription(item.row, item.lane);
    case QAccessible::Description: {
        QStringList parts;
        if (event.planned)
            parts << TimelineView::tr("Announced; not reported as held.");
        if (!event.location.isEmpty())
            parts << TimelineView::tr("Where: %1.").arg(event.location);
        QStringList people;
        for (const QString &id : event.participants) {
            const Person *person = dataset.person(id);
            people << (person ? person->name : id);
        }
        if (!people.isEmpty())
            parts << TimelineView::tr("Who: %1.").arg(people.join(QStringLiteral(", ")));
        return parts.join(QLatin1Char(' '));
    }
    default:
        return QString();
    }
}

QAccessible::State TimelineAccessible::itemState(const TimelineRenderer::VisibleItem &item) const
{
    const TimelineView *v = view();
    QAccessible::State state;
    state.selectable = item.count == 1;
    state.focusable = item.count == 1;
    const bool current = item.count == 1 && item.row == m_key.currentRow;
    state.selected = current;
    state.focused = current && item.lane == m_key.currentLane && v->hasFocus();
    return state;
}

QRect TimelineAccessible::itemRect(const TimelineRenderer::VisibleItem &item) const
{
    const QRect local = item.rect.toAlignedRect();
    return QRect(view()->viewport()->mapToGlobal(local.topLeft()), local.size());
}

void TimelineAccessible::announceCurrent(TimelineView *view, bool selected)
{
    if (!QAccessible::isActive())
        return;
    auto *timeline
        = dynamic_cast<TimelineAccessible *>(QAccessible::queryAccessibleInterface(view));
    if (!timeline)
        return;
    const int index = timeline->indexOfCurrent();
    if (index < 0)
        return;
    if (view->hasFocus()) {
        QAccessibleEvent focus(view, QAccessible::Focus);
        focus.setChild(index);
        QAccessible::updateAccessibility(&focus);
    }
    if (selected) {
        QAccessibleEvent selection(view, QAccessible::Selection);
        selection.setChild(index);
        QAccessible::updateAccessibility(&selection);
    }
}

} // namespace Summit
