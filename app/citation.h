// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Summit {

struct Dataset;

/**
 * Edit > Copy with Citation: a fact in words, then each document it cites with its publisher,
 * date, address where recorded, and paragraphs. Plain text, to paste into an article or notes.
 */
namespace Citation {

/** The citation of event @p id; empty when there is no such event. */
QString ofEvent(const Dataset &dataset, const QString &id);
/** The citation of trade figure @p id; empty when there is no such figure. */
QString ofTradeFigure(const Dataset &dataset, const QString &id);

} // namespace Citation

} // namespace Summit
