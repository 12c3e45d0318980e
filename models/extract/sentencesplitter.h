// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Summit::Extract {

/**
 * Splits a paragraph into sentences, for sentence anchors (sentence N of paragraph P, 1-based)
 * and for the engine's rules. The rules, in order:
 *
 *  1. A sentence ends after '.', '!', '?' or '…' (and any closing quotes or brackets after it)
 *     when white space follows and the next word starts with a capital letter, a digit or an
 *     opening quote or bracket; and at the end of the paragraph.
 *  2. No end after a decimal point ("$11.7"), which has no space after it anyway.
 *  3. No end after an initial, a single capital letter ("V. Putin", "В. Путин"), nor after a
 *     title or other abbreviation that is followed by a name: Mr, Mrs, Ms, Dr, St, Gen, Prof,
 *     No, vs, e.g., i.e., etc. and months (Oct.) in English; им, ул, т.е, т.д, т.п, см, ср in
 * Russian.
 *  4. After a unit or year abbreviation (г., гг., млн., млрд., трлн., тыс., руб., долл.; bn.,
 *     mln.) a sentence ends only when the next word starts with a capital letter.
 *  5. A dateline on its own ("MOSCOW, December 26. /TASS/.") stays with the sentence it
 *     introduces.
 *
 * Line breaks never occur inside a paragraph, so a sentence never spans two.
 */
class SentenceSplitter
{
public:
    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };

    static QList<Span> split(QStringView paragraph);
    static QStringList sentences(QStringView paragraph);
};

} // namespace Summit::Extract
