// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/export/exportable.h"
#include "views/timeline/timelineaxis.h"
#include "views/timeline/timelinelayout.h"
#include "views/timeline/timelinerenderer.h"

#include <QAbstractScrollArea>
#include <QPoint>
#include <QStringList>

#include <optional>

class QGestureEvent;
class QItemSelectionModel;
class QTimer;

namespace Summit {

class EventFilterProxyModel;
class EventModel;

/**
 * The timeline: every event that passes the filters on lanes (by kind, country or person) along
 * a time axis that folds the empty time between summits, so that two summits two years apart
 * are both legible at first sight. Zoom with the wheel or a pinch around the pointer, pan by
 * dragging; dense events merge into clusters with a count, and a click on one zooms into it.
 *
 * It shares the application's selection: a click (or the arrow keys) makes the event current in
 * @p selection, which is a selection model over @p events, and an event made current elsewhere
 * is shown here. Filters set on the proxy apply at once. Compare mode puts two summits in
 * parallel bands aligned on their day.
 *
 * Everything is painted by TimelineRenderer from TimelineLayout's sorted lanes; there is no item
 * per event, so a million events cost a few binary searches per lane and frame.
 */
class TimelineView : public QAbstractScrollArea, public Exportable
{
    Q_OBJECT

public:
    TimelineView(
        EventFilterProxyModel *events, QItemSelectionModel *selection, QWidget *parent = nullptr);
    ~TimelineView() override;

    LaneMode laneMode() const { return m_laneMode; }
    /** True when compare mode is on and the dataset has two summits to compare. */
    bool isComparing() const { return m_layout.isComparing(); }
    /** Ids of the two compared summits (set or defaulted to the first two by date). */
    QStringList compareSummits() const;
    bool foldsEmptyTime() const { return m_axis.foldEmptySpans(); }

    /** The axis and lanes as shown now (brought up to date first). */
    const TimelineAxis &axis();
    const TimelineLayout &layout();
    /**
     * Viewport position of the marker (or cluster) showing event @p eventId in its first lane,
     * or std::nullopt when it is not in view. Tests click there; so could a screen magnifier.
     */
    std::optional<QPoint> eventPosition(const QString &eventId);
    /** The event row under a viewport position (a marker or its label), or -1. */
    int eventAt(const QPoint &position);
    /** The source row of the current event, or -1. */
    int currentRow() const;
    /** What an assistive technology reads for the current event. */
    QString currentEventDescription() const;
    /** What an assistive technology reads for event @p row: kind, title, when, summit, lane. */
    QString eventDescription(int row, int lane) const;

    QString exportName() const override { return QStringLiteral("timeline"); }
    QString exportTitle() const override;
    /** Full: every event, as wide as they need to read; Visible: the window shown now. */
    QSize preferredExportSize(ExportExtent extent) const override;
    QStringList citedDocuments(ExportExtent extent) const override;
    void renderContent(QPainter *painter, const QRectF &target, ExportExtent extent) override;
    /** --summits restricts the timeline to those summits; --date does not apply. */
    bool applyExportArguments(
        const QStringList &summitIds, const QDate &date, QString *error) override;
    bool offersExtentChoice() const override { return true; }

public slots:
    void setLaneMode(LaneMode mode);
    void setCompareMode(bool on);
    /** Any two different summit ids; unknown or equal ids fall back to the first two by date. */
    void setCompareSummits(const QString &first, const QString &second);
    void setFoldEmptyTime(bool fold);
    void fitAll();
    void zoomIn();
    void zoomOut();
    /** Shows [start, end) (axis time, seconds) across the viewport. */
    void showTimeRange(double start, double end);
    void panBy(int pixels);
    /** Zooms to the @p index-th summit by date (0-based) and makes its first event current. */
    void jumpToSummit(int index);
    /** Brings lanes, axis and scroll bars up to date with the proxy and the dataset now. */
    void refresh();

signals:
    void laneModeChanged();
    void compareModeChanged(bool on);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    static QString keyboardHelp();
    void connectModels();
    void scheduleRefresh();
    void ensureUpToDate();
    void rebuildAxis(bool fit);
    void updateGeometryAndScrollBars();
    std::vector<std::uint8_t> passedRows() const;
    TimelineRenderer::Frame frame() const;
    std::vector<int> summitIndices(const QStringList &ids) const;
    void applyCompare();

    void select(int row, int lane);
    void moveInTime(int step);
    void moveAcrossLanes(int step);
    void onCurrentChanged();
    void ensureRowVisible(int row, int lane);
    void zoomToRow(int row);
    void zoomToGroup(const TimelineRenderer::Hit &hit);
    void zoomAroundFocus(double factor);
    bool handleGesture(QGestureEvent *event);
    void showToolTip(const QPoint &position, const QPoint &globalPosition);
    QString eventToolTip(int row) const;
    QString whenText(int row) const;
    /** Names the current event to assistive technologies; @p selected: it was just chosen. */
    void announceCurrent(bool selected = true);

    friend class TimelineAccessible; // reads the frame to list what is shown

    EventFilterProxyModel *m_proxy;
    QItemSelectionModel *m_selection;
    EventModel *m_events = nullptr;
    QList<QMetaObject::Connection> m_sourceConnections;
    QTimer *m_refreshTimer;

    TimelineLayout m_layout;
    TimelineAxis m_axis;
    TimelineRenderer m_renderer;
    TimelineRenderer::Geometry m_geometry;

    LaneMode m_laneMode = LaneMode::Kind;
    bool m_compare = false;
    QStringList m_compareIds;
    QStringList m_summitScope; ///< from --summits; empty: every summit

    bool m_resetting = false; ///< the dataset is being replaced: nothing to read
    bool m_datasetDirty = true;
    bool m_passedDirty = true;
    bool m_syncingScrollBars = false;
    bool m_selecting = false; ///< our own change of the current index is being applied
    int m_currentLane = -1;
    double m_horizontalUnit = 1; ///< pixels of content per horizontal scroll bar step
    quint64 m_layoutVersion = 0; ///< counts changes of the lanes, for TimelineAccessible

    QPoint m_pressPosition;
    double m_pressScroll = 0;
    int m_pressScrollY = 0;
    bool m_dragging = false;
};

} // namespace Summit
