// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/extract/sentencesplitter.h"

#include <QRegularExpression>
#include <QSet>

namespace Summit::Extract {

namespace {

bool isTerminator(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
        || c == QChar(0x2026);
}

bool isCloser(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char(')')
        || c == QLatin1Char(']') || c == QChar(0x201D) || c == QChar(0x2019) || c == QChar(0x00BB);
}

bool isOpener(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('(')
        || c == QLatin1Char('[') || c == QChar(0x201C) || c == QChar(0x2018) || c == QChar(0x00AB)
        || c == QChar(0x201E);
}

/** Abbreviations after which a name or a lower-case word follows: never a sentence end. */
const QSet<QString> &titleAbbreviations()
{
    static const QSet<QString> set {
        QStringLiteral("mr"),
        QStringLiteral("mrs"),
        QStringLiteral("ms"),
        QStringLiteral("dr"),
        QStringLiteral("st"),
        QStringLiteral("gen"),
        QStringLiteral("prof"),
        QStringLiteral("no"),
        QStringLiteral("vs"),
        QStringLiteral("e.g"),
        QStringLiteral("i.e"),
        QStringLiteral("etc"),
        QStringLiteral("jr"),
        QStringLiteral("sr"),
        QStringLiteral("jan"),
        QStringLiteral("feb"),
        QStringLiteral("mar"),
        QStringLiteral("apr"),
        QStringLiteral("jun"),
        QStringLiteral("jul"),
        QStringLiteral("aug"),
        QStringLiteral("sep"),
        QStringLiteral("sept"),
        QStringLiteral("oct"),
        QStringLiteral("nov"),
        QStringLiteral("dec"),
        QStringLiteral("lt"),
        QStringLiteral("col"),
        QStringLiteral("им"),
        QStringLiteral("ул"),
        QStringLiteral("т.е"),
        QStringLiteral("т.д"),
        QStringLiteral("т.п"),
        QStringLiteral("см"),
        QStringLiteral("ср"),
        QStringLiteral("проф"),
        QStringLiteral("акад"),
        QStringLiteral("п"),
        QStringLiteral("ст"),
    };
    return set;
}

/** Unit and year abbreviations: a sentence ends after them only before a capital letter. */
const QSet<QString> &unitAbbreviations()
{
    static const QSet<QString> set {
        QStringLiteral("г"),
        QStringLiteral("гг"),
        QStringLiteral("млн"),
        QStringLiteral("млрд"),
        QStringLiteral("трлн"),
        QStringLiteral("тыс"),
        QStringLiteral("руб"),
        QStringLiteral("долл"),
        QStringLiteral("bn"),
        QStringLiteral("mln"),
    };
    return set;
}

/** The word before position @p dot, lower-cased, with inner dots kept ("e.g"). */
QString wordBefore(QStringView text, qsizetype dot)
{
    qsizetype start = dot;
    while (start > 0 && (text.at(start - 1).isLetter() || text.at(start - 1) == QLatin1Char('.')))
        --start;
    return text.mid(start, dot - start).toString().toLower();
}

bool isInitial(QStringView text, qsizetype dot)
{
    if (dot < 1 || !text.at(dot - 1).isUpper())
        return false;
    return dot < 2 || !text.at(dot - 2).isLetter();
}

bool isDatelineOnly(QStringView sentence)
{
    static const QRegularExpression dateline(
        QStringLiteral("^\\s*(?:date\\s+\\S+\\s+)?[A-ZА-ЯЁ][A-ZА-ЯЁ.\\- "
                       "]{2,40},[^.]{0,40}\\d{1,2}[^.]{0,20}\\."
                       "(?:\\s*/\\p{L}+/\\.?)?\\s*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return dateline.match(sentence).hasMatch();
}

} // namespace

QList<SentenceSplitter::Span> SentenceSplitter::split(QStringView text)
{
    QList<Span> spans;
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    const qsizetype n = text.size();
    for (qsizetype i = start; i < n; ++i) {
        if (!isTerminator(text.at(i)))
            continue;
        qsizetype end = i + 1;
        while (end < n && (isTerminator(text.at(end)) || isCloser(text.at(end))))
            ++end;
        qsizetype next = end;
        while (next < n && text.at(next).isSpace())
            ++next;
        if (next == end && next < n)
            continue; // no space after it: a decimal point, "e.g", a URL
        if (next < n) {
            const QChar first = text.at(next);
            const bool capital = first.isUpper() || first.isDigit() || isOpener(first)
                || first == QChar(0x2014) || first == QLatin1Char('-');
            if (!capital && first != QLatin1Char('/'))
                continue;
            if (text.at(i) == QLatin1Char('.')) {
                const QString word = wordBefore(text, i);
                if (titleAbbreviations().contains(word) || isInitial(text, i))
                    continue;
                if (unitAbbreviations().contains(word) && !first.isUpper())
                    continue;
            }
            if (first == QLatin1Char('/'))
                continue; // "December 26. /TASS/."
        }
        spans.append({ start, end - start });
        start = next;
        i = next - 1;
    }
    if (start < n) {
        qsizetype end = n;
        while (end > start && text.at(end - 1).isSpace())
            --end;
        if (end > start)
            spans.append({ start, end - start });
    }
    // A dateline alone is glued to the sentence it introduces.
    for (qsizetype k = 0; k + 1 < spans.size(); ++k) {
        if (isDatelineOnly(text.mid(spans[k].start, spans[k].length))) {
            spans[k].length = spans[k + 1].start + spans[k + 1].length - spans[k].start;
            spans.removeAt(k + 1);
            break;
        }
    }
    return spans;
}

QStringList SentenceSplitter::sentences(QStringView paragraph)
{
    QStringList list;
    for (const Span &span : split(paragraph))
        list.append(paragraph.mid(span.start, span.length).toString());
    return list;
}

} // namespace Summit::Extract
