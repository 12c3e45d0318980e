// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/extract/lexicon.h"
#include "models/extract/report.h"

#include <QList>
#include <QString>

namespace Summit::Extract {

/** A word of a sentence: its place, its folded form and what the lexicon makes of it. */
struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString folded;
    bool capitalised = false;
    WordInfo info;
};

/**
 * A country a sentence speaks of through a person or a role: "Ilham Aliyev", "President of
 * Azerbaijan", "Kazakh leader", "президент Казахстана", "лидеры Таджикистана, ...". One per
 * country and sentence, at its first mention.
 */
struct Entity
{
    QString country;
    int person = -1; ///< Lexicon::people() index; -1 when only the country is known
    qsizetype position = 0; ///< character offset in the sentence
    bool named = false; ///< the person is named, not only inferred from a role
    bool leader = true; ///< false for aides and spokesmen
};

/**
 * A sentence with what the rules need: its words, its entities, and the event it is about.
 *
 * The event: a sentence that names the CIS (CIS, Commonwealth, СНГ, Содружество) or another
 * format (the EAEU and its Supreme Council, the CSTO, the SCO, BRICS, the Central Asia–Russia
 * summit, Victory Day) is about the first one it names; a sentence that names none is about the
 * event of the sentence before it in its paragraph, and a paragraph's first sentence about the
 * report's main event (the format most sentences about a summit name).
 */
struct Sentence
{
    int paragraph = 0; ///< 1-based
    int index = 0; ///< 1-based within the paragraph
    QString text;
    QString folded; ///< foldForMatching(text): same length and offsets as text
    QList<Token> tokens;
    QList<Entity> entities;
    QStringList bareCountries; ///< countries named without a person or role
    QString event; ///< "cis", "eaeu", "csto", "sco", "brics", "central-asia-russia", "victory-day"
    bool explicitEvent = false; ///< named in this sentence, not inherited
    bool onTopic = true; ///< about the report's main event
    bool aboutSummit = false; ///< speaksOfSummit(folded), worked out once

    bool has(const char *needle) const { return folded.contains(QLatin1String(needle)); }
    bool has(const char16_t *needle) const { return folded.contains(QString::fromUtf16(needle)); }
};

/** A report split into sentences, each analysed once for all the rules. */
struct AnalysedReport
{
    Report report;
    QList<Sentence> sentences;
    QString mainEvent; ///< "cis", another format, or empty when no summit is spoken of
    int reportYear = 0; ///< the published year; 0 when unknown

    static AnalysedReport analyse(const Report &report);
};

/** True when @p folded speaks of a summit or meeting of leaders. */
bool speaksOfSummit(const QString &folded);

} // namespace Summit::Extract
