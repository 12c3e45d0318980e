// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/extract/report.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Summit::Extract {

/**
 * Reads a report from bytes: plain UTF-8 text, or a saved web page (by its .html/.htm name or
 * its first bytes). Refuses, with a message, what is not a readable report: an empty file,
 * binary data (NUL bytes or many control characters), text that is not UTF-8.
 */
class ReportReader
{
public:
    /** Reads @p bytes named @p fileName; nullopt with @p error (no file name in it) otherwise. */
    static std::optional<Report> read(
        const QByteArray &bytes, const QString &fileName, QString *error);

    /** "en" or "ru" by the share of Cyrillic among the letters of @p report. */
    static QString detectLanguage(const Report &report);

    /** A date in a URL: /2025/12/22/, /20231227/, /202512221259-; null when none. */
    static QDate dateFromUrl(const QString &url);

    /** Fills the dateline fields and, where still null, the published date from the text. */
    static void readDateline(Report *report);

private:
    static QStringList textParagraphs(const QString &text);
};

} // namespace Summit::Extract
