// SPDX-License-Identifier: GPL-3.0-or-later
// Measures what docs/benchmarks.md reports, for each dataset file given: load time, memory per
// event, the time of one timeline frame (full extent, one-day zoom, while panning) painted
// offscreen into a QImage, and the time of a filter change through EventFilterProxyModel and
// the timeline's update. Run it with QT_QPA_PLATFORM=offscreen.
//
//   summit-timeline-bench [--frames N] [--size WxH] [--also-unsorted] FILE...
//
// The view is 1600x900 unless --size says otherwise.

#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventmodel.h"
#include "views/timeline/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QItemSelectionModel>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Summit;

namespace {

/** Resident memory of this process in KiB, from /proc (Linux only, like the benchmark machine). */
long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

double millisecondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Stats
{
    double median = 0;
    double worst = 0;
};

/** Runs @p work @p count times after two warm-up runs. */
Stats measure(int count, const std::function<void()> &work)
{
    work();
    work();
    std::vector<double> times;
    for (int i = 0; i < count; ++i)
        times.push_back(millisecondsOf(work));
    std::sort(times.begin(), times.end());
    return { times[times.size() / 2], times.back() };
}

class Bench
{
public:
    Bench(TimelineView *view, EventFilterProxyModel *proxy, int frames)
        : m_view(view)
        , m_proxy(proxy)
        , m_frames(frames)
        , m_image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied)
    {
    }

    void paintFrame()
    {
        QPainter painter(&m_image);
        m_view->viewport()->render(&painter);
    }

    void frames()
    {
        // Each summit day and fold costs fills of its own, however few events there are: the
        // notes say how many the frame draws.
        const Stats full = fullExtent();
        const TimelineAxis &axis = m_view->axis();
        report("frame, full extent", full,
            QStringLiteral("%1 summits, %2 folds of %3 px")
                .arg(m_view->layout().summitDays().size())
                .arg(axis.visibleBreaks().size())
                .arg(axis.breakWidth(), 0, 'f', 1)
                .toUtf8());

        const std::vector<SummitDay> days = m_view->layout().summitDays();
        const TimeSpan day = days[days.size() / 2].span;
        m_view->showTimeRange(day.start, day.end);
        report("frame, one-day zoom", measure(m_frames, [this] { paintFrame(); }));
        report("frame while panning, one-day zoom", measure(m_frames, [this] {
            m_view->panBy(23);
            paintFrame();
        }));
        m_view->showTimeRange(day.start - 90 * SecondsPerDay, day.end + 90 * SecondsPerDay);
        report("frame while panning, 6-month zoom", measure(m_frames, [this] {
            m_view->panBy(23);
            paintFrame();
        }));
        m_view->fitAll();
    }

    /**
     * One filter change as the user sees it: the proxy refilters and rebuilds its row mapping
     * (rowCount() forces that, as the event list sharing the proxy would), the timeline takes
     * the change in, and one frame is painted.
     */
    void filter(const char *name, const std::function<void()> &change, int repeats)
    {
        std::vector<double> totals, proxies, views, paints;
        int shown = 0;
        for (int i = 0; i < repeats; ++i) {
            double proxy = 0, view = 0, paint = 0;
            const double total = millisecondsOf([&] {
                proxy = millisecondsOf([&] {
                    change();
                    m_proxy->rowCount();
                });
                view = millisecondsOf([this] { m_view->refresh(); });
                paint = millisecondsOf([this] { paintFrame(); });
            });
            shown = m_proxy->rowCount();
            totals.push_back(total);
            proxies.push_back(proxy);
            views.push_back(view);
            paints.push_back(paint);
            // Back to no filter between two changes; clearing is measured on its own below.
            m_proxy->clearFilters();
            m_proxy->rowCount();
            m_view->refresh();
        }
        const auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        std::printf("| %-40s | %9.1f | worst %.1f ms over %d; median: proxy %.1f + timeline %.1f "
                    "+ frame %.1f (%d of %d shown)\n",
            name, median(totals), *std::max_element(totals.begin(), totals.end()), repeats,
            median(proxies), median(views), median(paints), shown,
            m_proxy->sourceModel()->rowCount());
        std::fflush(stdout);
    }

    void filters(const QString &summit, const QString &country, const QString &person)
    {
        const int repeats = 5;
        const std::pair<const char *, std::function<void()>> changes[] = {
            { "filter: one summit", [this, summit] { m_proxy->setSummitFilter(summit); } },
            { "filter: one country", [this, country] { m_proxy->setCountryFilter(country); } },
            { "filter: one person", [this, person] { m_proxy->setPersonFilter(person); } },
            { "filter: kind = statement",
                [this] { m_proxy->setKindFilter({ QStringLiteral("statement") }); } },
            { "filter: text \"summit 12\"",
                [this] { m_proxy->setTextFilter(QStringLiteral("summit 12")); } },
        };
        for (const auto &[name, change] : changes)
            filter(name, change, repeats);
        // Clearing after each kind of filter: what the user does most after filtering.
        std::vector<double> clears;
        for (int i = 0; i < repeats; ++i) {
            const auto &change = changes[size_t(i) % std::size(changes)].second;
            change();
            m_proxy->rowCount();
            m_view->refresh();
            clears.push_back(millisecondsOf([this] {
                m_proxy->clearFilters();
                m_proxy->rowCount();
                m_view->refresh();
                paintFrame();
            }));
        }
        std::sort(clears.begin(), clears.end());
        std::printf("| %-40s | %9.1f | worst %.1f ms over %d (after each filter above)\n",
            "filter: clear", clears[clears.size() / 2], clears.back(), repeats);
    }

    /** Frames of the whole timeline; alone in a function for callgrind --toggle-collect. */
    Stats fullExtent()
    {
        m_view->fitAll();
        return measure(m_frames, [this] { paintFrame(); });
    }

    void report(const char *name, const Stats &stats, const QByteArray &notes = {}) const
    {
        std::printf("| %-40s | %9.2f | worst %.2f ms over %d frames%s%s\n", name, stats.median,
            stats.worst, m_frames, notes.isEmpty() ? "" : "; ", notes.constData());
    }

private:
    TimelineView *m_view;
    EventFilterProxyModel *m_proxy;
    int m_frames;
    QImage m_image;
};

void run(const QString &path, int frames, bool sorted, const QSize &size)
{
    std::printf("\n### %s (%s proxy)\n\n| measure | ms | notes\n|---|---:|---\n",
        qPrintable(QFileInfo(path).fileName()), sorted ? "sorted" : "unsorted");
    const long before = residentKiB();
    DatasetReader::Result result;
    const double load = millisecondsOf([&] { result = DatasetReader::readFile(path); });
    if (!result.ok()) {
        std::printf("cannot read %s: %s\n", qPrintable(path),
            qPrintable(result.errors.value(0).toString()));
        return;
    }
    const long loaded = residentKiB();
    const long events = long(result.dataset->events.size());
    std::printf("| load (DatasetReader::readFile)           | %9.1f | %ld events, %.0f bytes of "
                "memory per event for the dataset\n",
        load, events, (loaded - before) * 1024.0 / double(events));
    DatasetDocument document;
    document.setDataset(std::move(*result.dataset));
    EventModel model(&document);
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    // The event list sorts the shared proxy by date; so does the benchmark, like the app.
    const double sort = sorted ? millisecondsOf([&] { proxy.sort(EventModel::DateColumn); }) : 0;
    QItemSelectionModel selection(&proxy);
    const long modelsReady = residentKiB();
    std::printf("| models (proxy sort by date)              | %9.1f | %.0f bytes per event for "
                "proxy and models\n",
        sort, (modelsReady - loaded) * 1024.0 / double(events));
    TimelineView view(&proxy, &selection);
    view.resize(size);
    const double build = millisecondsOf([&] { view.refresh(); });
    // Shown (offscreen): a scroll area lays out its viewport only then, and until then paints
    // the default 640x480 less its frame, whatever its own size.
    view.show();
    std::printf("| timeline build (placement, lanes, axis)  | %9.1f | %.0f bytes per event for "
                "the timeline; viewport %dx%d\n",
        build, (residentKiB() - modelsReady) * 1024.0 / double(events), view.viewport()->width(),
        view.viewport()->height());
    Bench bench(&view, &proxy, frames);
    bench.frames();
    const Dataset &dataset = document.dataset();
    bench.filters(dataset.summits[dataset.summits.size() / 2].id, dataset.countries[1].code,
        dataset.people[dataset.people.size() / 2].id);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    int frames = 30;
    QSize size(1600, 900);
    bool unsorted = false;
    if (files.size() >= 2 && files[0] == QLatin1String("--frames")) {
        frames = files[1].toInt();
        files = files.mid(2);
    }
    if (files.size() >= 2 && files[0] == QLatin1String("--size")) {
        const QStringList sides = files[1].split(QLatin1Char('x'));
        size = QSize(sides.value(0).toInt(), sides.value(1).toInt());
        files = files.mid(2);
    }
    if (!files.isEmpty() && files[0] == QLatin1String("--also-unsorted")) {
        unsorted = true;
        files = files.mid(1);
    }
    if (files.isEmpty() || frames < 1 || size.width() < 420 || size.height() < 260) {
        std::fprintf(stderr,
            "usage: summit-timeline-bench [--frames N] [--size WxH, at least 420x260] "
            "[--also-unsorted] FILE...\n");
        return 2;
    }
    for (const QString &file : std::as_const(files)) {
        run(file, frames, true, size);
        if (unsorted)
            run(file, frames, false, size);
    }
    return 0;
}
