// SPDX-License-Identifier: GPL-3.0-or-later
// Times the membership map: loading the shapes, the first paint and repaints of the window,
// the export, and hover hit-testing. Prints medians; docs/benchmarks.md records the results.
//
//     cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DSUMMIT_BUILD_BENCH=ON
//     cmake --build build-bench --target summit-map-bench
//     QT_QPA_PLATFORM=offscreen build-bench/bench/summit-map-bench [--first-paint-only]
//
// The cold first paint happens once per process, so its median needs several processes;
// --first-paint-only stops after it, for running the program many times (and for profiling).

#include "models/countrymodel.h"
#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "views/map/mapcanvas.h"
#include "views/map/mapgeometry.h"
#include "views/map/mapview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <sys/resource.h>

using namespace Summit;

namespace {

constexpr int Runs = 30;

double processCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

/**
 * Median and worst of @p runs timings of @p work, in milliseconds: wall-clock time, and the CPU
 * time of the whole process (all threads), which other load on a shared machine inflates less.
 */
void report(const char *what, int runs, const std::function<void()> &work)
{
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = processCpuMs();
        timer.start();
        work();
        wall.append(timer.nsecsElapsed() / 1e6);
        cpu.append(processCpuMs() - cpuStart);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%-44s wall median %8.3f max %8.3f | cpu median %8.3f ms (%d runs)\n", what,
        wall.at(runs / 2), wall.last(), cpu.at(runs / 2), runs);
}

void benchLoading()
{
    QFile file(QStringLiteral(":/map/countries.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no map data in the resources");
    const QByteArray json = file.readAll();
    report("load + project the shapes (once per process)", 10, [&json] {
        MapGeometry geometry;
        QString error;
        if (!geometry.load(json, &error))
            qFatal("%s", qPrintable(error));
    });
}

void benchFirstPaint(MapView &view)
{
    // Touched beforehand, as a window's backing store is: its page faults are not the map's.
    QImage frame(view.canvas()->size(), QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::white);
    // The first paint maps every shape to pixels, loads the label fonts and renders their glyphs.
    // In a virtual machine the kernel's share (page faults of the new buffers) is large, so it
    // is printed apart.
    rusage before {};
    getrusage(RUSAGE_SELF, &before);
    report("first paint of the canvas (cold)", 1, [&] { view.canvas()->render(&frame); });
    rusage after {};
    getrusage(RUSAGE_SELF, &after);
    auto ms = [](const timeval &t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
    std::printf("  of which user %.1f ms, system %.1f ms; %ld page faults\n",
        ms(after.ru_utime) - ms(before.ru_utime), ms(after.ru_stime) - ms(before.ru_stime),
        after.ru_minflt - before.ru_minflt);
}

void benchPainting(MapView &view)
{
    QImage frame(view.canvas()->size(), QImage::Format_ARGB32_Premultiplied);
    // The whole map painted again for a new scene at the same zoom, as a change of date does:
    // fonts, glyphs, simplified shapes and the label placement are warm by now.
    report("repaint for a new date (warm)", Runs, [&] {
        view.canvas()->setScene(view.canvas()->scene());
        view.canvas()->render(&frame);
    });
    // Hover: the mouse moves from one country to another, the canvas repaints.
    const QPoint places[] = { view.canvasPositionOf(QStringLiteral("KAZ")),
        view.canvasPositionOf(QStringLiteral("RUS")) };
    int move = 0;
    report("hover: mouse move to another country + repaint", Runs, [&] {
        const QPointF to = places[move++ % 2];
        QMouseEvent event(QEvent::MouseMove, to, view.canvas()->mapToGlobal(to), Qt::NoButton,
            Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.canvas(), &event);
        view.canvas()->render(&frame);
    });
    // Zooming in and back out in turn: every paint has a new scale, so nothing is reused.
    int step = 0;
    report("zoom step + full repaint", Runs, [&] {
        if (step++ % 2 == 0)
            view.canvas()->zoomIn();
        else
            view.canvas()->resetView();
        view.canvas()->render(&frame);
    });
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    report("export renderContent into 1600x1000", Runs, [&] {
        QPainter painter(&image);
        view.renderContent(&painter, QRectF(image.rect()), ExportExtent::Full);
    });
}

void benchHitTesting(MapView &view)
{
    MapCanvas *canvas = view.canvas();
    QList<QPointF> points;
    QRandomGenerator random(42);
    for (int i = 0; i < 1000; ++i)
        points.append(QPointF(random.bounded(canvas->width()), random.bounded(canvas->height())));
    int index = 0;
    report("hover hit-test, random canvas point", 1000,
        [&] { (void)canvas->codeAt(points.at(index++ % points.size())); });
    // The slowest place: inside Russia's bounding box but over the sea, tested against Russia's
    // whole outline before the answer "nothing" is known.
    const QPointF arcticSea = canvas->mapToCanvas(MapGeometry::project(150, 76));
    report(
        "hover hit-test, Arctic sea (worst case)", 1000, [&] { (void)canvas->codeAt(arcticSea); });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const auto result = DatasetReader::readFile(QStringLiteral(SUMMIT_BUILTIN_DATASET));
    if (!result.ok())
        qFatal("cannot read %s", SUMMIT_BUILTIN_DATASET);
    DatasetDocument document;
    document.setDataset(*result.dataset);
    CountryModel countries(&document);
    MapView view(&document, &countries);
    view.resize(1600, 1000);
    // Not shown: the first paint is the one the benchmark times. Text drawn once beforehand
    // stands for the window's other widgets, which load the default font before the map shows.
    QImage warmUp(64, 64, QImage::Format_ARGB32_Premultiplied);
    QPainter(&warmUp).drawText(4, 30, QStringLiteral("Summit Viewer"));
    view.canvas()->resize(1600, 970);
    std::printf("Map canvas %dx%d, %lld shapes\n", view.canvas()->width(), view.canvas()->height(),
        qlonglong(MapGeometry::builtin().features().size()));
    const bool firstPaintOnly = app.arguments().contains(QStringLiteral("--first-paint-only"));
    if (!firstPaintOnly)
        benchLoading();
    benchFirstPaint(view);
    if (firstPaintOnly)
        return 0;
    benchPainting(view);
    benchHitTesting(view);
    return 0;
}
