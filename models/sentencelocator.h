// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"

#include <QStringList>

#include <functional>

namespace Summit {

/**
 * Where a cited sentence (format 2: paragraph, sentence, fingerprint) is in a user's copy of a
 * report, given the copy's paragraphs (its non-empty lines, trimmed, as SourceLibrary reads
 * them). Positions are 0-based indices into those paragraphs and offsets within them; a sentence
 * may run over several lines where the copy's line breaks differ from the recorded one's.
 */
struct SentenceLocation
{
    enum Status
    {
        NoAnchor, ///< the source names no sentence: nothing to look for
        Found, ///< at the recorded paragraph and sentence
        Moved, ///< elsewhere in the copy: its line breaks or paragraphs differ
        NotFound ///< nowhere in the copy: it has changed since the fact was recorded
    };

    Status status = NoAnchor;
    int firstParagraph = -1;
    qsizetype firstOffset = 0;
    int lastParagraph = -1;
    qsizetype lastEnd = 0; ///< exclusive, within lastParagraph

    bool found() const { return status == Found || status == Moved; }
    /** The part of paragraph @p index the sentence covers, as {start, length}; {0, 0} if none. */
    std::pair<qsizetype, qsizetype> spanIn(int index, qsizetype paragraphLength) const;
};

/**
 * Looks for @p source's sentence in @p paragraphs by its fingerprint: first at the recorded
 * paragraph and sentence, then anywhere in the copy, the match nearest the recorded paragraph
 * first. Besides each line's own sentences it tries the copy read as one running text, so that
 * a sentence wrapped over several lines, or a paragraph split or joined differently, is found.
 */
SentenceLocation locateSentence(const QStringList &paragraphs, const SourceRef &source);

/**
 * Calls @p visit with every source reference of @p dataset, in file order, and a short name of
 * the fact it supports ("event e23-visit", "attendance s2023/ARM"), for checks of the anchors.
 */
void forEachSource(
    Dataset &dataset, const std::function<void(const QString &fact, SourceRef &source)> &visit);
void forEachSource(const Dataset &dataset,
    const std::function<void(const QString &fact, const SourceRef &source)> &visit);

} // namespace Summit
