// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the dataset loader and validator on arbitrary bytes (docs/reliability.md).
//
// Besides "no crash, no hang, no leak, no undefined behaviour", it checks what the reader
// promises in models/datasetreader.h and docs/data-format.md, so that a wrong answer counts as a
// finding too:
//  - a result has a dataset exactly when it has no errors;
//  - every error has a non-empty message naming the file, and a position of line >= 1 and
//    column >= 1, except the messages that are about the whole file (the "... and N more errors"
//    line after MaxErrors, and failures with no place in the text);
//  - at most MaxErrors positioned errors plus that one summary line, in file order;
//  - a syntax error (or a limit of the parser) is the only error of its file;
//  - a dataset that was accepted is written by DatasetWriter in the canonical form, which reads
//    back without errors and writes again to the same bytes.
#include "models/datasetreader.h"
#include "models/datasetwriter.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "invariant broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

bool isWholeFileMessage(const QString &message)
{
    return message.startsWith(QLatin1String("... and "))
        || message.startsWith(QLatin1String("not enough memory"))
        || message.startsWith(QLatin1String("file too large"));
}

/** Messages of the JSON parser: after one of them nothing else in the file can be trusted. */
bool isParseMessage(const QString &message)
{
    return message.startsWith(QLatin1String("syntax error: "))
        || message == QLatin1String("number out of range")
        || message.startsWith(QLatin1String("nesting deeper than"));
}

void checkResult(const Summit::DatasetReader::Result &result, const QString &fileName)
{
    if (result.ok() != result.errors.isEmpty())
        fail("a dataset must come exactly when there are no errors");
    if (result.errors.size() > Summit::DatasetReader::MaxErrors + 1)
        fail("more errors than MaxErrors + 1", QString::number(result.errors.size()));
    for (qsizetype i = 0; i < result.errors.size(); ++i) {
        const Summit::Diagnostic &error = result.errors.at(i);
        if (error.message.isEmpty())
            fail("empty message", error.toString());
        if (error.file != fileName)
            fail("diagnostic names another file", error.toString());
        if (isWholeFileMessage(error.message)) {
            if (error.message.startsWith(QLatin1String("... and "))
                && i != result.errors.size() - 1)
                fail("the summary line is not last", error.toString());
            continue;
        }
        if (error.line < 1 || error.column < 1)
            fail("error without a position", error.toString());
        if (isParseMessage(error.message) && result.errors.size() != 1)
            fail("a syntax error comes with other errors", error.toString());
        if (i > 0) {
            const Summit::Diagnostic &before = result.errors.at(i - 1);
            if (before.line > error.line
                || (before.line == error.line && before.column > error.column))
                fail("errors out of file order", before.toString() + " / " + error.toString());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QString fileName = QStringLiteral("fuzz.json");
    const QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    const Summit::DatasetReader::Result result = Summit::DatasetReader::readData(data, fileName);
    checkResult(result, fileName);
    if (!result.ok())
        return 0;

    const QByteArray written = Summit::DatasetWriter::toJson(*result.dataset);
    const Summit::DatasetReader::Result reread = Summit::DatasetReader::readData(written, fileName);
    checkResult(reread, fileName);
    if (!reread.ok()) {
        fail("the writer's output of an accepted dataset does not read back",
            reread.errors.first().toString() + QLatin1Char('\n') + QString::fromUtf8(written));
    }
    if (Summit::DatasetWriter::toJson(*reread.dataset) != written)
        fail("writing the reread dataset gives other bytes", QString::fromUtf8(written));
    return 0;
}
