// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/extract/textdates.h"

#include "models/extract/lexicon.h"

#include <QRegularExpression>

namespace Summit::Extract {

QDate DateMention::resolve(int fallbackYear) const
{
    const int y = year ? year : fallbackYear;
    if (!y || span)
        return {};
    const QDate date(y, month, day);
    return date.isValid() ? date : QDate();
}

namespace TextDates {

namespace {

const QString &monthAlternation()
{
    static const QString alternation = QStringLiteral(
        "january|february|march|april|may|june|july|august|september|october|november|december|"
        "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|"
        "январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[яй]|июн\\p{L}*|июл\\p{L}*|"
        "август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*");
    return alternation;
}

int year4(const QString &text)
{
    bool ok = false;
    const int y = text.toInt(&ok);
    return ok && y >= 1991 && y <= 2100 ? y : 0;
}

} // namespace

int monthFromWord(const QString &word)
{
    static const char *english[]
        = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    static const char16_t *russian[] = { u"январ", u"феврал", u"март", u"апрел", u"ма", u"июн",
        u"июл", u"август", u"сентябр", u"октябр", u"ноябр", u"декабр" };
    const QString w = foldForMatching(word);
    for (int m = 0; m < 12; ++m) {
        if (w.startsWith(QLatin1String(english[m])))
            return m + 1;
    }
    for (int m = 0; m < 12; ++m) {
        const QString stem = QString::fromUtf16(russian[m]);
        if (m == 4 ? (w == QStringLiteral("мая") || w == QStringLiteral("май"))
                   : w.startsWith(stem))
            return m + 1;
    }
    return 0;
}

std::optional<std::pair<int, int>> dayMonth(const QString &text)
{
    const QList<DateMention> dates = findDates(foldForMatching(text));
    if (dates.isEmpty())
        return std::nullopt;
    return std::make_pair(dates.first().day, dates.first().month);
}

QDate fullDate(const QString &text)
{
    for (const DateMention &date : findDates(foldForMatching(text))) {
        if (date.year && !date.span)
            return date.resolve(0);
    }
    return {};
}

QList<DateMention> findDates(const QString &folded)
{
    static const QRegularExpression monthFirst(QStringLiteral("\\b(") + monthAlternation()
            + QStringLiteral(
                ")\\.?\\s+(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\b(?:,?\\s+(\\d{4}))?"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression dayFirst(
        QStringLiteral("\\b(\\d{1,2})(?:\\s*(?:[-–]|и|and)\\s*(\\d{1,2}))?\\s+(")
            + monthAlternation() + QStringLiteral(")\\b\\.?(?:,?\\s+(\\d{4}))?"),
        QRegularExpression::UseUnicodePropertiesOption);
    QList<DateMention> dates;
    auto it = monthFirst.globalMatch(folded);
    while (it.hasNext()) {
        const auto m = it.next();
        DateMention date { m.capturedStart(), m.capturedLength(), m.captured(2).toInt(),
            monthFromWord(m.captured(1)), year4(m.captured(4)), m.capturedLength(3) > 0 };
        if (date.day >= 1 && date.day <= 31 && date.month)
            dates.append(date);
    }
    it = dayFirst.globalMatch(folded);
    while (it.hasNext()) {
        const auto m = it.next();
        const bool span = m.capturedLength(2) > 0;
        DateMention date { m.capturedStart(), m.capturedLength(),
            (span ? m.captured(2) : m.captured(1)).toInt(), monthFromWord(m.captured(3)),
            year4(m.captured(4)), span };
        const bool overlaps = std::any_of(dates.cbegin(), dates.cend(), [&](const DateMention &d) {
            return d.position < date.position + date.length
                && date.position < d.position + d.length;
        });
        if (!overlaps && date.day >= 1 && date.day <= 31 && date.month)
            dates.append(date);
    }
    std::sort(dates.begin(), dates.end(),
        [](const DateMention &a, const DateMention &b) { return a.position < b.position; });
    return dates;
}

int smallNumber(const QString &word)
{
    bool ok = false;
    const int n = word.toInt(&ok);
    if (ok)
        return n;
    static const char *english[] = { "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve" };
    static const char16_t *russian[] = { u"од", u"дв", u"тр", u"четыр", u"пят", u"шест", u"сем",
        u"восем", u"девят", u"десят", u"одиннадцат", u"двенадцат" };
    for (int i = 0; i < 12; ++i) {
        if (word == QLatin1String(english[i]))
            return i + 1;
    }
    for (int i = 11; i >= 0; --i) {
        if (word.startsWith(QString::fromUtf16(russian[i])) && word.size() <= 12)
            return i + 1;
    }
    return 0;
}

std::optional<Period> findPeriod(const QString &folded, int reportYear)
{
    static const QRegularExpression months(
        QStringLiteral(
            "\\b(?:(?:first|past|last|за|первые)\\s+)?(\\d{1,2}|\\p{L}+)\\s+(?:months?|месяц\\p{L}*"
            ")"
            "(?:\\s+(?:of\\s+)?(?:(this|the current|current|текущего|этого|the)\\s+year|(\\d{4})"
            "|(текущего|этого)\\s+года))?(?:\\s+(\\d{4}))?"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression monthRange(
        QStringLiteral("\\b(january|январ\\p{L}*)"
                       "\\s*(?:[-–—]|through|to|по)\\s*(\\p{L}+)(?:\\s+(\\d{4}))?"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression lastYear(
        QStringLiteral("\\blast year\\b|\\bprevious year\\b|прошл\\p{L}+ год\\p{L}*"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression wholeYear(
        QStringLiteral(
            "(?:\\b(?:in|for|of|during|в|за|по итогам)\\s+)(\\d{4})\\b(?:\\s*(?:г\\.?|год\\p{L}*))?"
            "|\\b(\\d{4})\\s*(?:г\\.|год\\p{L}*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto monthsMatch = months.match(folded);
    if (monthsMatch.hasMatch()) {
        const int n = smallNumber(monthsMatch.captured(1));
        const int written = year4(monthsMatch.captured(3)) ? year4(monthsMatch.captured(3))
                                                           : year4(monthsMatch.captured(5));
        const int year = written ? written : reportYear;
        if (n >= 1 && n <= 12 && year)
            return Period { QDate(year, 1, 1), QDate(year, n, 1).addMonths(1).addDays(-1),
                monthsMatch.capturedStart() };
    }
    static const QRegularExpression firstHalf(
        QStringLiteral("\\bfirst half(?: of (?:(?:this|the current) year|(\\d{4})))?|"
                       "перв\\p{L}* полугоди\\p{L}*(?: (\\d{4}))?"),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto half = firstHalf.match(folded);
    if (half.hasMatch()) {
        const int written
            = year4(half.captured(1)) ? year4(half.captured(1)) : year4(half.captured(2));
        const int year = written ? written : reportYear;
        if (year)
            return Period { QDate(year, 1, 1), QDate(year, 6, 30), half.capturedStart() };
    }
    const auto range = monthRange.match(folded);
    if (range.hasMatch()) {
        const int last = monthFromWord(range.captured(2));
        const int year = year4(range.captured(3)) ? year4(range.captured(3)) : reportYear;
        if (last && year)
            return Period { QDate(year, 1, 1), QDate(year, last, 1).addMonths(1).addDays(-1),
                range.capturedStart() };
    }
    const auto whole = wholeYear.match(folded);
    if (whole.hasMatch()) {
        const int year
            = year4(whole.captured(1)) ? year4(whole.captured(1)) : year4(whole.captured(2));
        if (year)
            return Period { QDate(year, 1, 1), QDate(year, 12, 31), whole.capturedStart() };
    }
    const auto last = lastYear.match(folded);
    if (last.hasMatch() && reportYear)
        return Period { QDate(reportYear - 1, 1, 1), QDate(reportYear - 1, 12, 31),
            last.capturedStart() };
    return std::nullopt;
}

} // namespace TextDates

} // namespace Summit::Extract
