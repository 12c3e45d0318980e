// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/timeline/timelinerenderer.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QRectF>

#include <vector>

namespace Summit {

class TimelineView;

/**
 * What a screen reader sees of the timeline: a list whose items are the events and clusters
 * drawn now, lanes top to bottom and each lane left to right, as TimelineRenderer::visibleItems()
 * finds them. Each item says what the event is (kind, title, date and time, summit, lane) and
 * whether it is selected and focused; a cluster says how many events it holds and their span.
 *
 * Only what is in view is listed, never every event: the timeline is built for a million, and a
 * bridge that walks all children would stall the window. The list is a snapshot rebuilt only
 * when what the frame shows changed (scroll, zoom, filters, lanes, the current event), and the
 * item interfaces of what scrolled away are released then. When the current event sits inside
 * a cluster it is listed on its own too, right after the cluster, so that focus and selection
 * always name an event.
 *
 * The view tells assistive technologies through announceCurrent(): Focus on the current item
 * when the view has the keyboard focus, Selection when the user (or another view) chose it.
 */
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineView *view);
    ~TimelineAccessible() override;

    /** Registers the factory that gives every TimelineView this interface; idempotent. */
    static void install();
    /** Sends Focus (if @p view has the focus) and, if @p selected, Selection for its item. */
    static void announceCurrent(TimelineView *view, bool selected);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    /** The item of @p key in the current snapshot, or nullptr when it is no longer shown. */
    const TimelineRenderer::VisibleItem *item(quint64 key) const;
    QString itemText(const TimelineRenderer::VisibleItem &item, QAccessible::Text text) const;
    QAccessible::State itemState(const TimelineRenderer::VisibleItem &item) const;
    QRect itemRect(const TimelineRenderer::VisibleItem &item) const;

private:
    /** What the snapshot depends on; equal keys show the same items. */
    struct FrameKey
    {
        double scroll = 0;
        double scale = 0;
        double contentWidth = 0;
        bool folds = false;
        int scrollY = 0;
        QRectF plot;
        quint64 layoutVersion = 0;
        int currentRow = -1;
        int currentLane = -1;

        friend bool operator==(const FrameKey &, const FrameKey &) = default;
    };

    TimelineView *view() const;
    void sync() const;
    int indexOfCurrent() const;

    mutable std::vector<TimelineRenderer::VisibleItem> m_items;
    mutable QHash<quint64, int> m_indexOfKey;
    mutable QHash<quint64, QAccessible::Id> m_children; ///< item interfaces handed out
    mutable FrameKey m_key;
    mutable bool m_synced = false;
};

} // namespace Summit
