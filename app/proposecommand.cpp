// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/proposecommand.h"

#include "app/commandline.h"
#include "models/datasetreader.h"
#include "models/datasetwriter.h"
#include "models/extract/extractor.h"
#include "models/extract/knownfacts.h"
#include "models/extract/reportreader.h"
#include "models/proposeddataset.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace Summit {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/** Reads one report; nullopt after saying on stderr why it cannot be used. */
std::optional<Extract::Report> readReport(const QString &path, const CommandLine &options)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        err() << "summit-viewer: --propose: " << path
              << (info.exists() ? ": not a regular file" : ": no such file") << '\n';
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "summit-viewer: --propose: " << path << ": " << file.errorString() << '\n';
        return std::nullopt;
    }
    QString error;
    auto report = Extract::ReportReader::read(file.readAll(), path, &error);
    if (!report) {
        err() << "summit-viewer: --propose: " << path << ": " << error << '\n';
        return std::nullopt;
    }
    Extract::ReportMetadata &meta = report->metadata;
    if (!options.url.isEmpty())
        meta.url = options.url;
    if (!options.published.isEmpty())
        meta.published = QDate::fromString(options.published, Qt::ISODate);
    if (meta.published.isNull())
        meta.published = Extract::ReportReader::dateFromUrl(meta.url);
    Extract::ReportReader::readDateline(&*report);
    if (!options.language.isEmpty())
        meta.language = options.language;
    if (meta.language != QLatin1String("en") && meta.language != QLatin1String("ru"))
        meta.language = Extract::ReportReader::detectLanguage(*report);
    return report;
}

} // namespace

int ProposeCommand::run(const CommandLine &options)
{
    if (!options.dataFile.isEmpty() && !QFileInfo(options.dataFile).isFile()) {
        err() << "summit-viewer: --data: " << options.dataFile << ": no such file\n";
        return ExitUsage;
    }
    const auto base = DatasetReader::readFile(
        options.dataFile.isEmpty() ? QStringLiteral(":/data/summits.json") : options.dataFile);
    if (!base.ok()) {
        for (const Diagnostic &error : base.errors)
            err() << error.toString() << '\n';
        return ExitInvalidData;
    }
    QList<ImportedReport> imported;
    for (const QString &path : options.reports) {
        auto report = readReport(path, options);
        if (!report)
            return ExitUsage;
        imported.append({ *report, Extract::Extractor::extract(*report) });
    }
    const QByteArray json
        = DatasetWriter::toJson(proposedDataset(imported, knownFacts(*base.dataset)));
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
    return ExitOk;
}

} // namespace Summit
