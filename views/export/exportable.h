// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

class QPainter;

namespace Summit {

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
    /** A size that suits the content when the user gives none, in pixels. */
    virtual QSize preferredExportSize() const { return { 1600, 1000 }; }
    /**
     * Whether the view can export either all of its content or only the window shown now (the
     * timeline can); the export dialog and --extent offer the choice only then.
     */
    virtual bool offersExtentChoice() const { return false; }
    /** True when an export shows all of the content, false when only the window shown now. */
    virtual bool exportsWholeExtent() const { return true; }
    /** Chooses between the two; ignored by views that do not offer the choice. */
    virtual void setExportWholeExtent(bool /*whole*/) { }
    /** Ids of the documents the exported facts cite, for the source line. */
    virtual QStringList citedDocuments() const = 0;
    /**
     * Paints the content into @p target (logical pixels of the painter's device). Must not
     * depend on the widget being shown or on its current size; may use a scene or a hidden
     * widget it resizes to the target itself.
     */
    virtual void renderContent(QPainter *painter, const QRectF &target) = 0;
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
