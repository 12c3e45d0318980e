// SPDX-License-Identifier: GPL-3.0-or-later
// summit-anchors: the reviewer's check of a dataset's sentence anchors (format 2) against the
// reports they point into. The reports stay outside the repository; this prints their
// sentences to the terminal only, so that whoever reviews an anchor can read what it points at.
//
//   summit-anchors DATASET SOURCES            each anchor, its sentence, and whether the
//                                             fingerprint matches; exit 1 on any mismatch or
//                                             source without a sentence
//   summit-anchors --paragraphs DATASET SOURCES
//                                             every cited paragraph split into numbered
//                                             sentences, to choose an anchor from
//   summit-anchors --fill OUT DATASET SOURCES writes DATASET to OUT (canonical form) with the
//                                             fingerprint of each source's sentence computed

#include "models/dataset.h"
#include "models/datasetreader.h"
#include "models/datasetwriter.h"
#include "models/extract/sentencesplitter.h"
#include "models/sentencelocator.h"
#include "models/sourcelibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <utility>

using namespace Summit;
using Summit::Extract::SentenceSplitter;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/** The sentence @p source names in @p paragraphs, or empty when there is no such sentence. */
QString sentenceOf(const QStringList &paragraphs, const SourceRef &source)
{
    if (source.paragraph < 1 || source.paragraph > paragraphs.size() || source.sentence < 1)
        return {};
    return SentenceSplitter::sentences(paragraphs.at(source.paragraph - 1))
        .value(source.sentence - 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists and checks the sentence anchors of a Summit Viewer dataset against the reports."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("fill"),
        QStringLiteral("Write the dataset to FILE with every sentence's fingerprint computed."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("paragraphs"),
        QStringLiteral("Print every cited paragraph as numbered sentences.") });
    parser.addPositionalArgument(QStringLiteral("dataset"), QStringLiteral("The dataset file."));
    parser.addPositionalArgument(
        QStringLiteral("sources"), QStringLiteral("The folder holding the reports' files."));
    parser.process(app);
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2) {
        err() << "usage: summit-anchors [--fill OUT | --paragraphs] DATASET SOURCES\n";
        return 2;
    }
    const auto result = DatasetReader::readFile(arguments.at(0));
    if (!result.ok()) {
        for (const Diagnostic &error : result.errors)
            err() << error.toString() << '\n';
        return 2;
    }
    Dataset dataset = *result.dataset;
    SourceLibrary library;
    library.setFolders({ arguments.at(1) });
    QHash<QString, QStringList> paragraphsOf;
    for (const Document &document : dataset.documents) {
        const auto paragraphs = library.paragraphs(document);
        if (!paragraphs) {
            err() << "no copy of " << document.file << " (document " << document.id << ") in "
                  << arguments.at(1) << '\n';
            return 2;
        }
        paragraphsOf.insert(document.id, *paragraphs);
    }

    if (parser.isSet(QStringLiteral("paragraphs"))) {
        QMap<QString, QSet<int>> cited;
        forEachSource(std::as_const(dataset), [&](const QString &, const SourceRef &source) {
            cited[source.document].insert(source.paragraph);
        });
        for (auto it = cited.cbegin(); it != cited.cend(); ++it) {
            QList<int> numbers = it.value().values();
            std::sort(numbers.begin(), numbers.end());
            for (int number : numbers) {
                out() << it.key() << " paragraph " << number << '\n';
                const QStringList sentences
                    = SentenceSplitter::sentences(paragraphsOf.value(it.key()).value(number - 1));
                for (qsizetype i = 0; i < sentences.size(); ++i)
                    out() << "  " << (i + 1) << ". " << sentences.at(i) << '\n';
            }
        }
        return 0;
    }

    if (parser.isSet(QStringLiteral("fill"))) {
        int problems = 0;
        forEachSource(dataset, [&](const QString &fact, SourceRef &source) {
            if (source.sentence < 1)
                return;
            const QString sentence = sentenceOf(paragraphsOf.value(source.document), source);
            if (sentence.isEmpty()) {
                err() << fact << ": " << source.document << " paragraph " << source.paragraph
                      << " has no sentence " << source.sentence << '\n';
                ++problems;
                return;
            }
            source.fingerprint = sentenceFingerprint(sentence);
        });
        if (problems > 0)
            return 1;
        QString error;
        if (!DatasetWriter::writeFile(dataset, parser.value(QStringLiteral("fill")), &error)) {
            err() << error << '\n';
            return 2;
        }
        return 0;
    }

    int anchors = 0;
    int problems = 0;
    forEachSource(std::as_const(dataset), [&](const QString &fact, const SourceRef &source) {
        const QString where = QStringLiteral("%1 ¶%2").arg(source.document).arg(source.paragraph);
        if (source.sentence < 1) {
            out() << "NO SENTENCE  " << fact << "  " << where << '\n';
            ++problems;
            return;
        }
        ++anchors;
        const QString sentence = sentenceOf(paragraphsOf.value(source.document), source);
        const bool matches
            = !sentence.isEmpty() && sentenceFingerprint(sentence) == source.fingerprint;
        if (!matches)
            ++problems;
        out() << (matches ? "ok        " : "MISMATCH  ") << fact << "  " << where << " sentence "
              << source.sentence << "  " << source.fingerprint << '\n'
              << "    " << (sentence.isEmpty() ? QStringLiteral("(no such sentence)") : sentence)
              << '\n';
    });
    out() << anchors << " anchors, " << problems << " problems\n";
    return problems == 0 ? 0 : 1;
}
