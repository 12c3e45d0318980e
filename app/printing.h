// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/export/exportable.h"

#include <QString>

class QPainter;
class QPrinter;
class QWidget;

namespace Summit {

struct ExportOptions;

/**
 * File > Print…: a view printed as it exports (title, content, source line, through the export
 * renderer), fitted to the printer's page, after a preview.
 */
namespace Printing {

/** Paints @p view as @p options ask onto @p printer's page, keeping the export's proportions. */
void print(QPrinter *printer, Exportable &view, const ExportOptions &options);

/** Shows the print preview of @p view; true when the user printed. */
bool previewAndPrint(Exportable &view, const ExportOptions &options, QWidget *parent);

} // namespace Printing

} // namespace Summit
