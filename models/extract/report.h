// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Summit::Extract {

/** What a report says about itself: its page metadata and dateline. Empty where not given. */
struct ReportMetadata
{
    QString title; ///< <title> or og:title; never copied into proposals.
    QString publisher; ///< og:site_name, or the agency of a dateline ("TASS").
    QString url; ///< --url, else og:url, else the canonical link.
    QString language; ///< "en" or "ru": --language, <html lang>, else detected from the letters.
    QDate published; ///< --published, article:published_time, a date in the URL, or a date line.
    QString datelineCity; ///< "ST. PETERSBURG, December 22. /TASS/." gives "St. Petersburg".
    int datelineMonth = 0; ///< The dateline's month and day (its year is rarely given).
    int datelineDay = 0;
};

/**
 * A report as the engine reads it: its paragraphs in order and its metadata.
 *
 * Paragraph N (1-based) is, for a text file, the N-th non-empty line (a line of white space is
 * empty), the convention of the data format's source references; for a web page, the N-th block
 * of article text (heading, paragraph, list item) in document order.
 */
struct Report
{
    QString fileName; ///< As given on the command line.
    bool html = false;
    QStringList paragraphs;
    ReportMetadata metadata;
};

} // namespace Summit::Extract
