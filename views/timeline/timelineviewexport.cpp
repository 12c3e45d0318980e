// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineView, continued: the Exportable side. An export paints with its own renderer and a
// copy of the axis fitted to the target, so it never depends on the widget's size or zoom.
#include "models/dataset.h"
#include "views/export/exporter.h"
#include "views/timeline/timelineview.h"

#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Summit {

namespace {

// Text size of an export, in the target's pixels; the same as a typical screen.
constexpr int exportPixelSize = 13;
// The whole extent's default width gives each day of events half a screen, where a summit
// day's dozen events get their labels and the hour ticks read. Folded gaps keep the width of a
// break on screen.
constexpr double exportPixelsPerDay = 720;
constexpr double exportBreakWidth = 88;
constexpr int exportDefaultWidth = 1600;

} // namespace

QString TimelineView::exportTitle() const
{
    const Dataset *dataset = m_layout.dataset();
    if (!dataset)
        return tr("Timeline of events");
    if (m_layout.isComparing()) {
        return tr("%1 and %2, aligned on the summit day")
            .arg(dataset->summits[m_layout.compareSummit(0)].title,
                dataset->summits[m_layout.compareSummit(1)].title);
    }
    const std::vector<SummitDay> days = m_layout.summitDays();
    if (days.empty())
        return tr("Timeline of events");
    if (days.size() <= 2) {
        QStringList titles;
        for (const SummitDay &day : days)
            titles << dataset->summits[day.summit].title;
        return tr("Timeline of events: %1").arg(titles.join(tr(" and ")));
    }
    const int first = dataset->summits[days.front().summit].date.year();
    const int last = dataset->summits[days.back().summit].date.year();
    return tr("Timeline of events at %1 summits, %2–%3").arg(days.size()).arg(first).arg(last);
}

QSize TimelineView::preferredExportSize(ExportExtent extent) const
{
    // The lanes are a cache of the models; bringing them up to date changes nothing visible.
    auto *self = const_cast<TimelineView *>(this);
    self->ensureUpToDate();
    TimelineRenderer renderer(exportPixelSize);
    const TimelineRenderer::Geometry probe
        = renderer.geometry(QRectF(0, 0, 1600, 1000), m_layout, m_axis, false);
    const double fixed = 1000 - probe.plot.height();
    // Three label rows per lane: a summit day's statements or bilateral talks, a few hours
    // apart, stack three deep before any label has to hide (two rows hid some of the built-in
    // dataset's). The plot takes what the lanes need.
    const double perLane = 26 + 6 + 3 * 16;
    const double bands = m_layout.isComparing() ? 2 * probe.bandHeader : 0;
    // The exporter's title and source line (two lines each at their largest) and margins take
    // this much more; without it the lanes shrank until no label fitted.
    const double decorations = 2 * 50 + 2 * 23 + 3 * 40;
    const int height = std::clamp(
        int(decorations + fixed + bands + std::max(1, m_layout.laneCount()) * perLane), 500, 6000);
    if (extent == ExportExtent::Visible)
        return { exportDefaultWidth, height }; // the window's span, at a screen's width
    // Everything: as wide as the occupied days need to read as they do on screen at day zoom,
    // within the exporter's bounds (a million events over decades would otherwise need
    // hundreds of thousands of pixels).
    const std::vector<TimeSpan> &segments = m_axis.segments();
    double seconds = 0;
    for (const TimeSpan &segment : segments)
        seconds += segment.length();
    const double breaks = segments.empty() ? 0 : double(segments.size() - 1);
    const double header = probe.header.width();
    const double wanted = header + 2 * TimelineAxis::EdgeMargin
        + seconds / SecondsPerDay * exportPixelsPerDay + breaks * exportBreakWidth;
    const int widest = int(std::min<qint64>(Exporter::MaxSide, Exporter::MaxPixels / height));
    return { std::clamp(int(std::ceil(wanted)), exportDefaultWidth, widest), height };
}

QStringList TimelineView::citedDocuments(ExportExtent extent) const
{
    auto *self = const_cast<TimelineView *>(this);
    self->ensureUpToDate();
    const Dataset *dataset = m_layout.dataset();
    if (!dataset)
        return {};
    const TimeSpan window = m_axis.visibleSpan();
    QSet<QString> cited;
    for (int row = 0; row < m_layout.eventCount(); ++row) {
        if (!m_layout.isShown(row))
            continue;
        const double time = m_layout.displayTime(row);
        if (extent == ExportExtent::Visible && (time < window.start || time > window.end))
            continue;
        for (const SourceRef &source : dataset->events[row].sources)
            cited.insert(source.document);
    }
    QStringList documents;
    for (const Document &document : dataset->documents) {
        if (cited.contains(document.id))
            documents << document.id;
    }
    return documents;
}

void TimelineView::renderContent(QPainter *painter, const QRectF &target, ExportExtent extent)
{
    ensureUpToDate();
    // The small labels are two pixels under the main text; none goes under the painter's font,
    // the export's smallest legible text.
    TimelineRenderer renderer(std::max(exportPixelSize, painter->font().pixelSize() + 2));
    TimelineRenderer::Frame f;
    f.layout = &m_layout;
    f.geometry = renderer.geometry(target, m_layout, m_axis, true);
    TimelineAxis axis = m_axis;
    const TimeSpan window = m_axis.visibleSpan();
    axis.setViewportWidth(f.geometry.plot.width());
    if (extent == ExportExtent::Full)
        axis.fitAll();
    else
        axis.fitRange(window.start, window.end);
    f.axis = &axis;
    renderer.paint(painter, f);
}

bool TimelineView::applyExportArguments(
    const QStringList &summitIds, const QDate &date, QString *error)
{
    if (date.isValid()) {
        *error = tr("--date does not apply to 'timeline' (it shows every date)");
        return false;
    }
    ensureUpToDate();
    QStringList known;
    if (m_layout.dataset()) {
        for (const Summit &summit : m_layout.dataset()->summits)
            known << summit.id;
    }
    for (const QString &id : summitIds) {
        if (!known.contains(id)) {
            *error = tr("--summits: unknown summit '%1' (known: %2)")
                         .arg(id, known.join(QStringLiteral(", ")));
            return false;
        }
    }
    m_summitScope = summitIds;
    m_layout.setSummitScope(summitIndices(m_summitScope));
    rebuildAxis(true);
    refresh();
    return true;
}

} // namespace Summit
