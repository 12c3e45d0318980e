// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"

#include <QDate>
#include <QString>

/*
 * The wording Summit Viewer uses for the dataset's facts: sources, trade values, periods and
 * statuses. Models and views both call these, so that every view words a fact the same way.
 * The domain types in dataset.h stay free of display text; this is where it lives.
 * Dates and month names are English whatever the system locale, like the rest of the interface.
 */

namespace Summit {

/** "22 Dec 2025"; an empty string for a null date. */
QString formatDate(const QDate &date);

/**
 * "Anadolu Agency, 22 Dec 2025, “title”, paragraph 11". A missing publisher reads
 * "publisher not named", a missing date "date not given".
 */
QString formatSource(const Dataset &dataset, const SourceRef &source);
/** formatSource() of each source, one per line. */
QString formatSources(const Dataset &dataset, const Sources &sources);
/** The paragraphs one fact cites in one document. */
struct DocumentCitation
{
    QString document;
    QList<int> paragraphs; ///< sorted, each once
};
/** @p sources grouped by document, in order of first citation. */
QList<DocumentCitation> citationsByDocument(const Sources &sources);
/** "Anadolu Agency, 22 Dec 2025, “title”", or "unknown document “id”". */
QString formatDocument(const Dataset &dataset, const QString &documentId);

/**
 * One line per cited document, in order of first citation, with all its paragraphs:
 * "Anadolu Agency, 22 Dec 2025, “title”, paragraphs 6, 10, 11". Shorter to read than
 * formatSources() when a fact cites several paragraphs of one report.
 */
QStringList formatSourcesByDocument(const Dataset &dataset, const Sources &sources);

/** The hedge as it reads before a value: "", "about", "almost", "over", "under". */
QString qualifierWord(Qualifier qualifier);
/**
 * "almost $90 billion", "$83.7 billion", "$450 million": written to @p unit (US dollars), by
 * default the precision the value was stated to (statedUnit(), models/agreement.h), so that no
 * digit appears that the source did not give. Values under a billion in millions.
 */
QString formatUsd(double valueUsd, Qualifier qualifier, double unit = 0);
/** The number alone in billions to its stated precision, "83.7", "90": what an editor shows. */
QString formatBillions(double valueUsd, double unit = 0);
/**
 * formatUsd() of a figure's value: a derived value to the precision of the value it follows
 * from (a computed value has no stated precision of its own).
 */
QString formatFigureValue(const Dataset &dataset, const TradeFigure &figure);
/** "edited: the report says $83.7 billion" for a value the user typed; empty otherwise. */
QString editedNote(const TradeFigure &figure);
/** The figure in words: "trade between CIS members, Jan–Oct 2023", "Armenia–Russia trade, 2024". */
QString tradeFigureName(const Dataset &dataset, const TradeFigure &figure);

/** "Trade between CIS members", "Russia's trade with the CIS", "Armenia–Russia trade". */
QString scopeLabel(const Dataset &dataset, const TradeFigure &figure);
/**
 * How a derived value is computed, with the current numbers where the figure names its base:
 * "83.7 billion / (1 + 2.0 / 100); <the figure's formula text>". Otherwise the formula text.
 */
QString derivationText(const Dataset &dataset, const TradeFigure &figure);
/** "Jan–Oct 2023 (10 months)", "2024 (full year)". */
QString periodLabel(const TradeFigure &figure);

/** "Full member", "Participation suspended", ..., "Unknown". */
QString membershipStatusLabel(MembershipStatus status);
/** "Present", "Absent", "Unknown". */
QString presenceLabel(Presence presence);
/** An event kind as a reader sees it: "council-session" reads "Council session". */
QString eventKindLabel(const QString &kind);

} // namespace Summit
