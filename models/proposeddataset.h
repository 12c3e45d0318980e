// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"
#include "models/extract/knownfacts.h"
#include "models/extract/proposals.h"
#include "models/extract/report.h"

#include <QList>

namespace Summit {

/** One report read and the engine's proposals for it. */
struct ImportedReport
{
    Extract::Report report;
    Extract::Proposals proposals;
};

/** What the engine needs to know of @p dataset to relate proposals to it (plain values). */
Extract::KnownFacts knownFacts(const Dataset &dataset);

/**
 * What importing @p reports would add, as a proposal file (docs/data-format.md, "Proposals";
 * docs/import.md, "Output"): a format 2 dataset whose facts each carry their report's paragraph,
 * sentence and fingerprint, and whose `proposals` say how sure the engine is and how each fact
 * stands to @p known (new, confirms, fills an unknown, differs).
 *
 * Each report has its own document and summit entry (its proposal's relatedId names the known
 * summit), so that two reports of one summit stay apart until a reviewer merges them. What a
 * report does not say stays unknown: an undated summit or meeting, a figure whose period cannot
 * be resolved, a figure nobody is named as stating, a host the engine cannot place.
 *
 * Titles, summaries and notes come from templates filled with names, dates and numbers; no
 * sentence of a report is ever written out.
 */
Dataset proposedDataset(const QList<ImportedReport> &reports, const Extract::KnownFacts &known);

} // namespace Summit
