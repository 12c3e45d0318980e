// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/extract/reportreader.h"

#include "models/extract/htmlreader.h"
#include "models/extract/lexicon.h"
#include "models/extract/textdates.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace Summit::Extract {

namespace {

bool looksLikeHtml(const QByteArray &bytes, const QString &fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".html")) || lower.endsWith(QLatin1String(".htm")))
        return true;
    const QByteArray head = bytes.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html");
}

/** NUL bytes, or more than 1 % control characters other than tab, CR, LF and FF. */
bool looksBinary(const QByteArray &bytes)
{
    qsizetype controls = 0;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return true;
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f')
            ++controls;
    }
    return controls * 100 > bytes.size();
}

} // namespace

std::optional<Report> ReportReader::read(
    const QByteArray &bytes, const QString &fileName, QString *error)
{
    if (bytes.trimmed().isEmpty()) {
        *error = QStringLiteral("the report is empty");
        return std::nullopt;
    }
    if (looksBinary(bytes)) {
        *error = QStringLiteral("binary data, not a text report or a saved web page");
        return std::nullopt;
    }
    Report report;
    report.fileName = fileName;
    report.html = looksLikeHtml(bytes, fileName);
    if (report.html) {
        const HtmlPage page = HtmlReader::read(bytes);
        report.paragraphs = page.blocks;
        report.metadata = page.metadata;
    } else {
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString text = decoder.decode(bytes);
        if (decoder.hasError()) {
            *error = QStringLiteral("not UTF-8 text (save the report as UTF-8)");
            return std::nullopt;
        }
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        report.paragraphs = textParagraphs(text);
    }
    if (report.paragraphs.isEmpty()) {
        *error = QStringLiteral("no article text found");
        return std::nullopt;
    }
    return report;
}

QStringList ReportReader::textParagraphs(const QString &text)
{
    QStringList paragraphs;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        const QString line = text.mid(start, end - start);
        if (!line.trimmed().isEmpty())
            paragraphs.append(line.endsWith(QLatin1Char('\r')) ? line.chopped(1) : line);
        start = end + 1;
    }
    return paragraphs;
}

QString ReportReader::detectLanguage(const Report &report)
{
    qsizetype cyrillic = 0;
    qsizetype latin = 0;
    for (const QString &paragraph : report.paragraphs) {
        for (const QChar c : paragraph) {
            if (c.unicode() >= 0x0400 && c.unicode() <= 0x04FF)
                ++cyrillic;
            else if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')))
                ++latin;
        }
    }
    return cyrillic > latin / 2 ? QStringLiteral("ru") : QStringLiteral("en");
}

QDate ReportReader::dateFromUrl(const QString &url)
{
    static const QRegularExpression slashed(
        QStringLiteral("/(20\\d\\d)/(\\d{1,2})/(\\d{1,2})(?:/|\\b)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression compact(
        QStringLiteral("/(20\\d\\d)(\\d\\d)(\\d\\d)(?:\\d{4})?[-/_.]"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (const QRegularExpression *pattern : { &slashed, &compact }) {
        const auto match = pattern->match(url);
        if (match.hasMatch()) {
            const QDate date(
                match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
            if (date.isValid())
                return date;
        }
    }
    return {};
}

void ReportReader::readDateline(Report *report)
{
    // "ST. PETERSBURG, December 24. /TASS/." or "DUSHANBE, Tajikistan, October 9." or
    // "МОСКВА, 10 августа. /ТАСС/."; a leading " date YYYY-MM-DD" stamp is skipped.
    static const QRegularExpression dateline(
        QStringLiteral(
            "^\\s*(?:date\\s+\\S+\\s+)?([A-ZА-ЯЁ][A-ZА-ЯЁ.\\- ]{2,40}),(?:\\s+[A-Z][a-z]+,)?\\s+"
            "(\\p{L}+\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}+)\\.(?:\\s+/(\\p{L}+)/)?"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression isoStamp(
        QStringLiteral("^\\s*(?:date\\s+)?(20\\d\\d-\\d\\d-\\d\\d)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    ReportMetadata &meta = report->metadata;
    const qsizetype head = std::min<qsizetype>(report->paragraphs.size(), 12);
    bool bodyStarted = false;
    for (qsizetype i = 0; i < head; ++i) {
        const QString &paragraph = report->paragraphs.at(i);
        if (meta.datelineCity.isEmpty() && i < 4) {
            const auto match = dateline.match(paragraph);
            const auto day = match.hasMatch() ? TextDates::dayMonth(match.captured(2))
                                              : std::optional<std::pair<int, int>>();
            if (day) {
                const QString city = Lexicon::instance().canonicalCity(match.captured(1));
                meta.datelineCity = city.isEmpty() ? match.captured(1).trimmed() : city;
                meta.datelineDay = day->first;
                meta.datelineMonth = day->second;
                if (meta.publisher.isEmpty() && !match.captured(3).isEmpty())
                    meta.publisher = match.captured(3);
            }
        }
        // A date line counts only before the article's first long paragraph: a date further
        // down belongs to a widget ("latest from the author"), not to this report.
        if (meta.published.isNull() && !bodyStarted) {
            const auto stamp = isoStamp.match(paragraph);
            if (stamp.hasMatch())
                meta.published = QDate::fromString(stamp.captured(1), Qt::ISODate);
            else if (paragraph.size() < 64)
                meta.published = TextDates::fullDate(paragraph);
        }
        bodyStarted = bodyStarted || paragraph.size() >= 100;
    }
}

} // namespace Summit::Extract
