// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Summit::Extract {

/** A calendar date as written in a text: its year may be missing (0). */
struct DateMention
{
    qsizetype position = 0;
    qsizetype length = 0;
    int day = 0;
    int month = 0;
    int year = 0; ///< 0: not written
    bool span = false; ///< "21 и 22 декабря", "21-22 December": a span, not one day

    /** The date in @p fallbackYear where the text gives no year; null if neither. */
    QDate resolve(int fallbackYear) const;
};

/** A trade figure's period, resolved to days. */
struct Period
{
    QDate start;
    QDate end;
    qsizetype position = -1; ///< where its words start in the searched text
};

/**
 * Dates and periods in English and Russian text. Every function takes text folded by
 * foldForMatching() (lower case, ё as е).
 *
 * Periods, resolved against the report's year Y (0: unknown, and then a period that needs it
 * is not resolved):
 *  - "in 2024", "for 2024", "в 2024 году", "за 2024 год", "2024 г.": the whole year;
 *  - "the first ten months of this year", "the past 10 months", "January-October",
 *    "за 10 месяцев 2025 года", "за десять месяцев текущего года": 1 January to the end of the
 *    N-th month, of the year written or else of Y;
 *  - "last year", "в прошлом году", "по итогам прошлого года": the whole of Y - 1;
 *  - "this year" alone is not a period (up to when?), and is not resolved.
 */
namespace TextDates {

int monthFromWord(const QString &word);
/** "December 24", "24 December", "24 декабря": {day, month}. */
std::optional<std::pair<int, int>> dayMonth(const QString &text);
/** The first full date with its year in @p text ("December 25, 2024", "8 октября 2024 года"). */
QDate fullDate(const QString &text);
QList<DateMention> findDates(const QString &folded);
std::optional<Period> findPeriod(const QString &folded, int reportYear);
/** "one" ... "twelve", "один" ... "двенадцать" and digits; 0 for anything else. */
int smallNumber(const QString &word);

} // namespace TextDates

} // namespace Summit::Extract
