// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/printing.h"

#include "views/export/exporter.h"

#include <QPageLayout>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <algorithm>

namespace Summit::Printing {

void print(QPrinter *printer, Exportable &view, const ExportOptions &options)
{
    QPainter painter(printer);
    if (!painter.isActive())
        return;
    // The view is laid out at its export size in layout pixels and scaled to the page, so that
    // the printed page looks like the exported image, only sharper.
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const QSizeF layout = QSizeF(options.size.isValid() ? options.size : QSize(1600, 1000));
    const qreal scale = std::min(page.width() / layout.width(), page.height() / layout.height());
    painter.scale(scale, scale);
    Exporter::paint(&painter, QRectF(QPointF(), layout), view, options.title, options.sourceLine,
        options.paintedExtent());
}

bool previewAndPrint(Exportable &view, const ExportOptions &options, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(options.title);
    const bool wide = options.size.width() >= options.size.height();
    printer.setPageOrientation(wide ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(QObject::tr("Print Preview — %1").arg(options.title));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
        [&](QPrinter *target) { print(target, view, options); });
    return preview.exec() == QDialog::Accepted;
}

} // namespace Summit::Printing
