// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/extract/knownfacts.h"
#include "models/extract/proposals.h"
#include "models/extract/report.h"

#include <QByteArray>
#include <QList>

namespace Summit::Extract {

/** One report read and the engine's proposals for it. */
struct ImportedReport
{
    Report report;
    Proposals proposals;
};

/**
 * Writes what importing would add as a dataset in the project's format (docs/data-format.md),
 * with the import's extensions (docs/import.md, "Output"): every object the engine proposes
 * carries an "import" member (confidence, relation, the related id, the rule, status
 * `expected`, `planned`), every source reference an "import" member with its sentence. Dropping
 * every "import" member leaves format 1, except where format 1 cannot say what the report
 * says: an undated summit or meeting (`date` null), a figure with no resolvable period
 * (`periodStart`/`periodEnd` null), and the scope `other`. Format 2 takes these over.
 *
 * Titles and summaries come from templates filled with names, dates and numbers; no sentence of
 * a report is ever written out.
 */
class ProposalWriter
{
public:
    static QByteArray toJson(const QList<ImportedReport> &reports, const KnownFacts &known);
};

} // namespace Summit::Extract
