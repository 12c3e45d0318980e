// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/timeline/timelinelayout.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QRectF>
#include <QStaticText>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace Summit {

class TimelineAxis;
class RowSpace;

/**
 * Paints the timeline into any rectangle, for the widget and for export alike, and answers what
 * lies under a point with the very same grouping and label placement, so that a click hits what
 * was drawn. It holds no events: it reads a TimelineLayout and a TimelineAxis.
 *
 * The paint path allocates nothing per event: it binary-searches each lane's sorted marks for
 * the viewport, groups them per bin (TimelineLayout::groupMarks) and reuses its scratch vectors.
 * Fonts are sized in pixels so that an export to PDF or SVG keeps the proportions on screen.
 */
class TimelineRenderer
{
public:
    static constexpr double BinWidth = 30; ///< pixels per cluster bin
    static constexpr double MarkerRadius = 7; ///< from a marker's centre to its edge

    /** Where the parts of the timeline go inside the rectangle it is painted in. */
    struct Geometry
    {
        QRectF bounds;
        QRectF header; ///< lane titles, left of the plot, as high as the plot
        QRectF axis; ///< ticks and dates, above the plot
        QRectF summits; ///< summit names under the axis (empty in compare mode)
        QRectF plot; ///< the lanes' viewport; the axis' viewport width is its width
        QRectF legend;
        double laneHeight = 0;
        int labelRows = 0;
        double bandHeader = 0; ///< height of a compare band's title row
        double contentHeight = 0; ///< all lanes and band titles, for vertical scrolling
        bool interactive = true; ///< false for an export, which nobody can click
        bool sequenceEvents = false; ///< some event shown has no clock time: legend says "3."
        bool plannedEvents = false; ///< some event shown was only announced: a hollow marker
        bool folds = false; ///< the axis folds empty time: the legend shows the fold's shading
    };

    /** Everything a frame shows besides the layout and the axis. */
    struct Frame
    {
        const TimelineLayout *layout = nullptr;
        const TimelineAxis *axis = nullptr; ///< its viewport width must be geometry.plot.width()
        Geometry geometry;
        double scrollY = 0;
        int selectedRow = -1;
        int currentLane = -1; ///< lane of the keyboard focus ring
        bool focused = false;
    };

    /** What lies under a point. */
    struct Hit
    {
        enum Type
        {
            None,
            Event,
            Cluster,
            Break
        };
        Type type = None;
        int lane = -1;
        int row = -1; ///< the event (Event) or the first event (Cluster)
        MarkGroup group; ///< the marks (Event, Cluster)
        AxisBreak folded; ///< Break
    };

    /** An event or a cluster drawn now: what an assistive technology lists. */
    struct VisibleItem
    {
        int lane = -1;
        int row = -1; ///< the event, or the first event of a cluster
        int count = 1; ///< more than one: a cluster
        QRectF rect; ///< its glyph, in the rectangle's coordinates
    };

    /** @p pixelSize: text size of lane titles and labels; the rest scales from it. */
    explicit TimelineRenderer(int pixelSize = 13, const QString &family = QString());

    /**
     * @p allLanes: shrink lanes so that all fit (export) instead of scrolling (widget). The
     * legend explains only what @p layout and @p axis show: the order of events without a clock
     * time if there are any, the folds if the axis folds something.
     */
    Geometry geometry(const QRectF &bounds, const TimelineLayout &layout, const TimelineAxis &axis,
        bool allLanes) const;
    /** Top of lane @p lane in the rectangle's coordinates. */
    double laneTop(const Frame &frame, int lane) const;
    /** Lane under y, or -1. */
    int laneAt(const Frame &frame, double y) const;
    double markerY(const Frame &frame, int lane) const;

    void paint(QPainter *painter, const Frame &frame);
    /** Centre of the marker or cluster that shows @p row in @p lane, if it is in view. */
    std::optional<QPointF> markCentre(const Frame &frame, int lane, int row);
    Hit hitTest(const Frame &frame, const QPointF &point);
    /**
     * The events and clusters whose glyph is inside the plot, lanes top to bottom, each left to
     * right: as many as fit on screen, whatever the number of events.
     */
    void visibleItems(const Frame &frame, std::vector<VisibleItem> &items);

    /** "7", "1.2k", "45k", "1.2M". */
    static QString compactCount(int count);
    /** The label of an event: its clock time or its position in the day, then its title. */
    QString labelText(const TimelineLayout &layout, int row) const;

private:
    static void paintPlannedMarker(QPainter *painter, int kind, const QPointF &centre);
    struct LegendItem
    {
        enum Kind
        {
            Marker,
            Cluster,
            Sequence,
            Planned,
            Fold
        };
        Kind what;
        int kind;
        QString text;
        QPointF at;
    };

    /** A full-height band of the plot: a summit day, a fold or a grid line. */
    struct Band
    {
        double x0;
        double x1;
        QColor color;
        bool hatched; ///< a fold wide enough to show its hatching
    };

    void layoutLane(const Frame &frame, int lane);
    std::vector<LegendItem> legendItems(
        const QRectF &area, const Geometry &geometry, double *height) const;
    int bandOf(const Frame &frame, int lane) const;
    double bandTop(const Frame &frame, int band) const;

    void paintBackground(QPainter *painter, const Frame &frame) const;
    void paintSummitDays(const Frame &frame);
    /** Over the folds' shading, in the summits' row: each name stops before the next fold. */
    void paintSummitNames(QPainter *painter, const Frame &frame) const;
    void paintGrid(const std::vector<AxisTick> &ticks);
    void paintBreaks(const Frame &frame);
    /**
     * Fills m_bands: summit days before @p days, grid lines from there to @p grid, folds after.
     * The caller clears m_bands.
     */
    void paintBands(QPainter *painter, const Frame &frame, size_t days, size_t grid);
    /** Draws m_bands[@p first, @p last) into m_strip and tiles it from @p top, @p height high. */
    void stripBands(
        QPainter *painter, size_t first, size_t last, double width, double top, double height);
    static void fillBand(QPainter *painter, const Band &band, double top, double height);
    void paintLanes(QPainter *painter, const Frame &frame);
    void paintLane(QPainter *painter, const Frame &frame, int lane);
    void paintGroup(QPainter *painter, const Frame &frame, int lane, const MarkGroup &group);
    void paintLabels(QPainter *painter, const Frame &frame, int lane) const;
    void paintSelection(QPainter *painter, const Frame &frame, int lane) const;
    void paintAxis(QPainter *painter, const Frame &frame, const std::vector<AxisTick> &ticks) const;
    /** Returns whether the break was wide enough for its label. */
    bool paintBreakMark(QPainter *painter, const Frame &frame, const AxisBreak &folded) const;
    void paintMinorRow(QPainter *painter, const Frame &frame, const std::vector<AxisTick> &ticks,
        AxisTick::Unit minor, RowSpace &row) const;
    void paintMajorRow(QPainter *painter, const Frame &frame, const std::vector<AxisTick> &ticks,
        AxisTick::Unit minor, RowSpace &row) const;
    void paintSequenceCaptions(QPainter *painter, const Frame &frame, RowSpace &row) const;
    double tickSpacing() const;
    void paintHeader(QPainter *painter, const Frame &frame) const;
    void paintBandTitles(QPainter *painter, const Frame &frame) const;
    void paintLegend(QPainter *painter, const Frame &frame) const;
    void paintEmpty(QPainter *painter, const Frame &frame) const;
    QString tickText(const Frame &frame, const AxisTick &tick) const;
    QString contextText(const Frame &frame, double time, AxisTick::Unit unit) const;

    QFont m_font;
    QFont m_small;
    QFont m_bold;
    QFontMetricsF m_metrics;
    QFontMetricsF m_smallMetrics;
    QFontMetricsF m_boldMetrics;
    double m_foldWordWidth = 0; ///< the second line of a fold's label, which never changes

    // Scratch space for the lane being painted or hit-tested, reused from frame to frame.
    std::vector<MarkGroup> m_groups;
    std::vector<int> m_labelled; ///< index into m_groups of each label request
    std::vector<LabelRequest> m_requests;
    std::vector<LabelSlot> m_slots;
    std::vector<Band> m_bands;
    /**
     * Cluster counts laid out once: drawText() into a rectangle lays the text out anew on every
     * call, and a full-extent frame draws hundreds of counts. Few distinct ones ("7", "1.2k").
     */
    QHash<QString, QStaticText> m_countTexts;
    /** A few rows of pixels that many bands are drawn into, then tiled over the plot. */
    QImage m_strip;
};

} // namespace Summit
