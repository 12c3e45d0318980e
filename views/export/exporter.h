// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/export/exportable.h"

#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QPainter;
class QRectF;

namespace Summit {

struct Dataset;

/** What to export and how; collected by ExportDialog or the command line. */
struct ExportOptions
{
    enum class Format
    {
        Png,
        Svg,
        Pdf,
        Csv ///< the rows of a view that offersTable(); size, title and sources do not apply
    };
    using Extent = ExportExtent;

    QString path;
    Format format = Format::Png;
    QSize size { 1600, 1000 }; ///< logical pixels of the layout (PDF: at `dpi`)
    qreal scale = 1.0; ///< PNG only: device pixels per logical pixel
    int dpi = 96; ///< PDF/SVG: how many layout pixels make an inch
    std::optional<QPageSize> pageSize; ///< PDF only: a paper size instead of `size`
    bool landscape = true; ///< with pageSize
    QString title;
    QString sourceLine;
    QStringList documents; ///< ids of the documents the content cites (the source line's)
    /** What to export of a view that offers the choice; nullopt for a view that offers none. */
    std::optional<Extent> extent;
    /** The view can also be written as a CSV table (Exportable::offersTable()). */
    bool offersTable = false;

    /** The extent the view paints: a view that offers no choice always exports all of it. */
    Extent paintedExtent() const { return extent.value_or(Extent::Full); }
};

/**
 * The defaults of one export of @p view at @p extent: its size, title, cited documents and
 * source line, and the extent itself when the view offers the choice. The command line and
 * File > Export… both start from it; each asks the view once per extent it shows.
 */
ExportOptions exportRequest(const Exportable &view, const Dataset &dataset, ExportExtent extent);

/**
 * Renders an Exportable with its title and source line to PNG, SVG or PDF, or writes the table
 * of one that offersTable() as CSV. No dialog here: the
 * GUI and the command line share it. Files are written through QSaveFile, so a failed export
 * leaves no file and never damages an existing one.
 */
class Exporter
{
public:
    static constexpr int MinSide = 16;
    static constexpr int MaxSide = 20000;
    /** A PNG above this many pixels is refused: 100 megapixels take 400 MB while painted. */
    static constexpr qint64 MaxPixels = 100'000'000;
    /**
     * No text of an export is smaller than this many layout pixels at 96 dpi: 9 pt, what a
     * caption needs to be read on screen or paper without a zoom. A small export shrinks its
     * chart, never its text below this.
     */
    static constexpr int MinimumTextPixels = 12;
    /** MinimumTextPixels in layout pixels at @p dpi (PDF and SVG size text in those). */
    static int minimumTextPixels(int dpi = 96);
    /**
     * The font an export's texts start from: the default sans-serif under the name of the real
     * family it resolves to ("DejaVu Sans", not the alias "Sans Serif"), @p pixelSize high.
     */
    static QFont exportFont(int pixelSize);
    /**
     * @p svg with every font-family attribute naming a real family and a generic fallback
     * (`font-family="DejaVu Sans, sans-serif"`): QSvgGenerator writes the QFont family as is,
     * and a browser draws an alias it does not know, such as "Sans Serif", in a serif font.
     */
    static QByteArray withFontFallbacks(const QByteArray &svg);

    /** The pixel size of the PNG that @p options ask for (size times scale). */
    static QSize pngPixels(const ExportOptions &options);

    /** The format for a file name's extension (.png, .svg, .pdf, .csv, any case). */
    static std::optional<ExportOptions::Format> formatForPath(const QString &path);
    /** Parses "WxH" within MinSide..MaxSide; nullopt on anything else. */
    static std::optional<QSize> parseSize(const QString &text);
    /** "Sources: <publisher, date, title>; ..." for the documents the content cites. */
    static QString sourceLine(const Dataset &dataset, const QStringList &documentIds);

    /**
     * Paints title, content at @p extent and source line into @p target; no text smaller than
     * @p minimumText pixels (the content receives it as the painter's font, see Exportable).
     */
    static void paint(QPainter *painter, const QRectF &target, Exportable &content,
        const QString &title, const QString &sourceLine, ExportExtent extent = ExportExtent::Full,
        int minimumText = MinimumTextPixels);
    /** The PNG image, @p size logical pixels at @p scale. */
    static QImage renderImage(Exportable &content, const QSize &size, qreal scale,
        const QString &title, const QString &sourceLine, ExportExtent extent = ExportExtent::Full);
    /** @p rows as CSV (RFC 4180: quoted where needed, CRLF), UTF-8 with a byte order mark. */
    static QByteArray csv(const QList<QStringList> &rows);
    /**
     * Writes the file; false with a message naming the path on failure. A CSV of a view that
     * offers no table is refused before anything is written.
     */
    static bool write(Exportable &content, const ExportOptions &options, QString *error);
};

} // namespace Summit
