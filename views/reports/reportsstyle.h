// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/agreement.h"

#include <QColor>
#include <QList>

namespace Summit {

/**
 * The colours of the Reports view, shared by its table and its export so that the legend of one
 * reads the other. Light fills behind dark text: legible on screen, on paper and in grey.
 */
namespace ReportsStyle {

/** The fill of a report's row by the relation of its fact. */
QColor relationFill(Relation relation);
/** The fill of a report the user set aside, whatever its fact's relation. */
QColor setAsideFill();
/** The text colour of a report the user set aside (it takes no part). */
QColor setAsideText();
/** The relations in the order the legend lists them, strongest first. */
QList<Relation> legendOrder();

} // namespace ReportsStyle

} // namespace Summit
