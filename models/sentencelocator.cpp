// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sentencelocator.h"

#include "models/extract/sentencesplitter.h"

#include <algorithm>
#include <cstdlib>

namespace Summit {

using Extract::SentenceSplitter;

std::pair<qsizetype, qsizetype> SentenceLocation::spanIn(int index, qsizetype paragraphLength) const
{
    if (!found() || index < firstParagraph || index > lastParagraph)
        return { 0, 0 };
    const qsizetype start = index == firstParagraph ? firstOffset : 0;
    const qsizetype end = index == lastParagraph ? lastEnd : paragraphLength;
    return { start, std::max<qsizetype>(0, end - start) };
}

namespace {

/** How many candidate ends to try from one start: a sentence wrapped over many lines is rare. */
constexpr int MaxEndsPerStart = 64;

} // namespace

SentenceLocation locateSentence(const QStringList &paragraphs, const SourceRef &source)
{
    SentenceLocation location;
    if (source.sentence < 1 || source.fingerprint.isEmpty())
        return location;
    location.status = SentenceLocation::NotFound;

    // The recorded place first: the common case, and exact even if the sentence repeats.
    if (source.paragraph >= 1 && source.paragraph <= paragraphs.size()) {
        const QString &text = paragraphs.at(source.paragraph - 1);
        const auto spans = SentenceSplitter::split(text);
        if (source.sentence <= spans.size()) {
            const auto span = spans.at(source.sentence - 1);
            if (sentenceFingerprint(QStringView(text).mid(span.start, span.length))
                == source.fingerprint) {
                location.status = SentenceLocation::Found;
                location.firstParagraph = location.lastParagraph = source.paragraph - 1;
                location.firstOffset = span.start;
                location.lastEnd = span.start + span.length;
                return location;
            }
        }
    }

    // The copy as one running text, its lines joined by a space (the fingerprint makes every
    // run of white space one space anyway). Sentences may start and end where a line's own
    // split says (a heading without a full stop ends at its line) or where the running text's
    // split says (a sentence wrapped over lines), so both give candidates.
    QString flat;
    QList<qsizetype> lineStart;
    for (const QString &paragraph : paragraphs) {
        if (!flat.isEmpty())
            flat += QLatin1Char(' ');
        lineStart.append(flat.size());
        flat += paragraph;
    }
    QList<qsizetype> starts;
    QList<qsizetype> ends;
    for (int i = 0; i < paragraphs.size(); ++i) {
        for (const auto &span : SentenceSplitter::split(paragraphs.at(i))) {
            starts.append(lineStart.at(i) + span.start);
            ends.append(lineStart.at(i) + span.start + span.length);
        }
    }
    for (const auto &span : SentenceSplitter::split(flat)) {
        starts.append(span.start);
        ends.append(span.start + span.length);
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    std::sort(ends.begin(), ends.end());
    ends.erase(std::unique(ends.begin(), ends.end()), ends.end());

    const auto lineOf = [&](qsizetype offset) {
        return int(std::upper_bound(lineStart.cbegin(), lineStart.cend(), offset)
                   - lineStart.cbegin())
            - 1;
    };
    const int recorded = source.paragraph - 1;
    int bestDistance = -1;
    for (const qsizetype start : starts) {
        auto end = std::upper_bound(ends.cbegin(), ends.cend(), start);
        for (int tried = 0; end != ends.cend() && tried < MaxEndsPerStart; ++end, ++tried) {
            if (sentenceFingerprint(QStringView(flat).mid(start, *end - start))
                != source.fingerprint)
                continue;
            const int first = lineOf(start);
            const int distance = std::abs(first - recorded);
            if (bestDistance < 0 || distance < bestDistance) {
                bestDistance = distance;
                const int last = lineOf(*end - 1);
                location.status = SentenceLocation::Moved;
                location.firstParagraph = first;
                location.firstOffset = start - lineStart.at(first);
                location.lastParagraph = last;
                location.lastEnd = *end - lineStart.at(last);
            }
            break;
        }
    }
    return location;
}

void forEachSource(
    Dataset &dataset, const std::function<void(const QString &fact, SourceRef &source)> &visit)
{
    const auto each = [&](const QString &fact, Sources &sources) {
        for (SourceRef &source : sources)
            visit(fact, source);
    };
    for (Country &country : dataset.countries) {
        for (qsizetype i = 0; i < country.memberships.size(); ++i)
            each(QStringLiteral("membership %1/%2").arg(country.code).arg(i + 1),
                country.memberships[i].sources);
    }
    for (Summit &summit : dataset.summits) {
        each(QStringLiteral("summit %1").arg(summit.id), summit.sources);
        for (Attendance &attendance : summit.attendance)
            each(QStringLiteral("attendance %1/%2").arg(summit.id, attendance.country),
                attendance.sources);
        for (qsizetype i = 0; i < summit.otherReports.size(); ++i)
            each(QStringLiteral("summit %1, other report %2").arg(summit.id).arg(i + 1),
                summit.otherReports[i].sources);
    }
    for (Event &event : dataset.events) {
        each(QStringLiteral("event %1").arg(event.id), event.sources);
        for (qsizetype i = 0; i < event.otherReports.size(); ++i)
            each(QStringLiteral("event %1, other report %2").arg(event.id).arg(i + 1),
                event.otherReports[i].sources);
    }
    for (TradeFigure &figure : dataset.tradeFigures)
        each(QStringLiteral("trade figure %1").arg(figure.id), figure.sources);
}

void forEachSource(const Dataset &dataset,
    const std::function<void(const QString &fact, const SourceRef &source)> &visit)
{
    // The walk is the same; the copy keeps the caller's dataset untouched.
    Dataset copy = dataset;
    forEachSource(copy, [&](const QString &fact, SourceRef &source) { visit(fact, source); });
}

} // namespace Summit
