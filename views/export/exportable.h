// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

class QPainter;

namespace Summit {

/**
 * What an export shows of a view that can show part of its content: everything it holds, or
 * only the window it shows now (the timeline offers both). A parameter of each export, never a
 * state of the view, so measuring one extent cannot change what the other exports.
 */
enum class ExportExtent
{
    Full, ///< everything the view holds, however far it is zoomed in
    Visible ///< the window the view shows now
};

/**
 * A view that can be exported as an image. The exporter (views/exporter.h) asks it to paint
 * itself into a target rectangle of any size with a QPainter on a QImage, QSvgGenerator or
 * QPdfWriter, so the result never depends on the window's size or visibility. The exporter
 * draws the title above and the source line below; the view draws its content only.
 */
class Exportable
{
public:
    virtual ~Exportable() = default;

    /** Name used on the command line (--export NAME), e.g. "trade-headline". */
    virtual QString exportName() const = 0;
    /** Default title of the exported image; the user may edit it. */
    virtual QString exportTitle() const = 0;
    /**
     * Whether the view can export either all of its content or only the window shown now (the
     * timeline can); the export dialog and --extent offer the choice only then. A view that
     * does not offer it always exports all of its content and ignores the extent arguments
     * below.
     */
    virtual bool offersExtentChoice() const { return false; }
    /** A size that suits the content at @p extent when the user gives none, in pixels. */
    virtual QSize preferredExportSize(ExportExtent /*extent*/) const { return { 1600, 1000 }; }
    /** Ids of the documents the facts exported at @p extent cite, for the source line. */
    virtual QStringList citedDocuments(ExportExtent extent) const = 0;
    /**
     * A sentence the source line adds after the sources, e.g. that a value is the user's edit
     * and not what the report says; empty when there is nothing to add.
     */
    virtual QString sourceLineNote(ExportExtent /*extent*/) const { return {}; }
    /**
     * Paints the content at @p extent into @p target (logical pixels of the painter's device).
     * Must not depend on the widget being shown or on its current size; may use a scene or a
     * hidden widget it resizes to the target itself. On entry the painter's font is the export
     * font at the smallest legible size for this device (Exporter::MinimumTextPixels at 96
     * dpi): start fonts from it, and at a small target shrink the drawing, not the text below it.
     */
    virtual void renderContent(QPainter *painter, const QRectF &target, ExportExtent extent) = 0;
    /** Whether the view is a table that can also be written as CSV (exportTable()). */
    virtual bool offersTable() const { return false; }
    /** The header and the rows the view shows, cell by cell, for a CSV export. */
    virtual QList<QStringList> exportTable() const { return {}; }
    /**
     * Applies the command line's --summits ID,ID and --date before an export. Returns false and
     * sets @p error (naming the option) when a value is invalid or the option does not apply.
     * The default accepts only empty values.
     */
    virtual bool applyExportArguments(
        const QStringList &summitIds, const QDate &date, QString *error)
    {
        if (!summitIds.isEmpty()) {
            *error = QStringLiteral("--summits does not apply to '%1'").arg(exportName());
            return false;
        }
        if (date.isValid()) {
            *error = QStringLiteral("--date does not apply to '%1'").arg(exportName());
            return false;
        }
        return true;
    }
};

} // namespace Summit
