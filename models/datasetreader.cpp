// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetreader.h"

#include "models/datasetvalidator.h"
#include "models/jsondocument.h"
#include "models/jsonobjectreader.h"

#include <QFile>

#include <new>

namespace Summit {

namespace {

DatasetReader::Result failure(
    const QString &fileName, const QString &message, int line = 0, int column = 0)
{
    DatasetReader::Result result;
    result.errors.append({ fileName, line, column, message });
    return result;
}

QString tooLarge(const QString &size)
{
    return QStringLiteral("file too large: %1 bytes, the limit is %2 bytes (1 GiB)")
        .arg(size)
        .arg(DatasetReader::MaxFileSize);
}

/**
 * Reads a pipe or other device whose size is not known in advance, giving up as soon as it
 * passes the limit rather than filling memory first. Returns false when it did.
 */
bool readSequential(QFile &file, QByteArray *data)
{
    constexpr qint64 Chunk = qint64(1) << 20;
    for (;;) {
        const QByteArray chunk = file.read(Chunk);
        if (chunk.isEmpty())
            return true;
        if (data->size() + chunk.size() > DatasetReader::MaxFileSize)
            return false;
        data->append(chunk);
    }
}

/** Where the top level's "proposals" key is, to point at it. */
qsizetype proposalsOffset(const JsonDocument &json)
{
    const JsonDocument::Node root = JsonDocument::root();
    for (JsonDocument::Node key = JsonDocument::firstChild(root); key != json.end(root);
         key = json.nextKey(key)) {
        if (json.stringEquals(key, "proposals"))
            return json.offset(key);
    }
    return 0;
}

DatasetReader::Result validate(
    const JsonDocument &json, const QString &fileName, DatasetReader::Accept accept)
{
    ValidationErrors errors(DatasetReader::MaxErrors);
    Dataset dataset = DatasetValidator(json, errors).run();
    DatasetReader::Result result;
    if (errors.isEmpty() && dataset.isProposal && accept == DatasetReader::Accept::Dataset) {
        const JsonDocument::Position position = json.position(proposalsOffset(json));
        result.errors.append({ fileName, position.line, position.column,
            QStringLiteral("this file holds proposals written by --propose, not a dataset: "
                           "they are reviewed before they join one (docs/import.md)") });
        return result;
    }
    if (errors.isEmpty()) {
        dataset.attestUndatedMemberships();
        result.dataset = std::move(dataset);
        return result;
    }
    // In file order, so that each position is counted on from the one before.
    for (const ValidationErrors::Error &error : errors.sorted()) {
        const JsonDocument::Position position = json.position(error.offset);
        result.errors.append({ fileName, position.line, position.column, error.message });
    }
    const qint64 more = errors.total() - result.errors.size();
    if (more > 0) {
        result.errors.append({ fileName, 0, 0,
            QStringLiteral("... and %1 more %2")
                .arg(more)
                .arg(QLatin1StringView(more == 1 ? "error" : "errors")) });
    }
    return result;
}

} // namespace

QString Diagnostic::toString() const
{
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(file, message);
    return QStringLiteral("%1:%2:%3: %4")
        .arg(file, QString::number(line), QString::number(column), message);
}

DatasetReader::Result DatasetReader::readFile(const QString &path, Accept accept)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, QStringLiteral("cannot open: %1").arg(file.errorString()));
    if (!file.isSequential() && file.size() > MaxFileSize)
        return failure(path, tooLarge(QString::number(file.size())));
    QByteArray data;
    try {
        if (!file.isSequential())
            data = file.readAll();
        else if (!readSequential(file, &data))
            return failure(path, tooLarge(QStringLiteral("more than %1").arg(MaxFileSize)));
    } catch (const std::bad_alloc &) {
        return failure(path, QStringLiteral("cannot read: not enough memory"));
    }
    if (file.error() != QFileDevice::NoError)
        return failure(path, QStringLiteral("cannot read: %1").arg(file.errorString()));
    return readData(data, path, accept);
}

DatasetReader::Result DatasetReader::readData(
    const QByteArray &data, const QString &fileName, Accept accept)
{
    if (data.size() > MaxFileSize)
        return failure(fileName, tooLarge(QString::number(data.size())));
    // The node list of a pathological file can outgrow memory; say so instead of crashing.
    try {
        JsonDocument json;
        if (!json.parse(data, MaxDepth)) {
            const JsonDocument::Position position = json.position(json.errorOffset());
            return failure(fileName, json.errorMessage(), position.line, position.column);
        }
        return validate(json, fileName, accept);
    } catch (const std::bad_alloc &) {
        return failure(fileName, QStringLiteral("not enough memory to read the file"));
    }
}

} // namespace Summit
