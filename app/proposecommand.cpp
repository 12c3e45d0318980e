// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/proposecommand.h"

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

constexpr int ExitOk = 0;
constexpr int ExitInvalidData = 1;
constexpr int ExitUsage = 2;

struct Options
{
    QStringList reports;
    QString url;
    QString published;
    QString language;
    QString data;
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usage(const QString &message)
{
    err() << "summit-viewer: " << message << "\nTry 'summit-viewer --help'.\n";
    err().flush();
    return ExitUsage;
}

/** Parses the options of --propose; returns 0, or the exit code after saying why not. */
int parse(const QStringList &arguments, Options *options)
{
    const QStringList valued { QStringLiteral("--url"), QStringLiteral("--published"),
        QStringLiteral("--language"), QStringLiteral("--data") };
    QStringList seen;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        if (argument == QLatin1String("--propose") || argument == QLatin1String("-propose"))
            continue;
        if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            options->reports.append(argument);
            continue;
        }
        QString value;
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        if (equals > 0) {
            value = argument.mid(equals + 1);
            argument.truncate(equals);
        } else if (valued.contains(argument)) {
            if (i + 1 >= arguments.size())
                return usage(argument + QStringLiteral(": missing value"));
            value = arguments.at(++i);
        }
        if (!valued.contains(argument))
            return usage(QStringLiteral("--propose does not take %1 (it takes --url, --published, "
                                        "--language and --data)")
                             .arg(argument));
        if (seen.contains(argument))
            return usage(argument + QStringLiteral(" given twice"));
        seen.append(argument);
        if (argument == QLatin1String("--url"))
            options->url = value;
        else if (argument == QLatin1String("--published"))
            options->published = value;
        else if (argument == QLatin1String("--language"))
            options->language = value;
        else
            options->data = value;
    }
    if (options->reports.isEmpty())
        return usage(QStringLiteral("--propose: no report given"));
    if (!options->language.isEmpty() && options->language != QLatin1String("en")
        && options->language != QLatin1String("ru"))
        return usage(QStringLiteral("--language: '%1' is not a language the engine reads (en, ru)")
                         .arg(options->language));
    if (!options->published.isEmpty()
        && !QDate::fromString(options->published, Qt::ISODate).isValid())
        return usage(
            QStringLiteral("--published: '%1' is not a date (YYYY-MM-DD)").arg(options->published));
    return ExitOk;
}

/** Reads one report; nullopt after saying on stderr why it cannot be used. */
std::optional<Extract::Report> readReport(const QString &path, const Options &options)
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

bool ProposeCommand::isRequested(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--propose"))
        || arguments.contains(QStringLiteral("-propose"));
}

int ProposeCommand::run(const QStringList &arguments)
{
    Options options;
    if (const int status = parse(arguments, &options); status != ExitOk)
        return status;
    if (!options.data.isEmpty() && !QFileInfo(options.data).isFile()) {
        err() << "summit-viewer: --data: " << options.data << ": no such file\n";
        return ExitUsage;
    }
    const auto base = DatasetReader::readFile(
        options.data.isEmpty() ? QStringLiteral(":/data/summits.json") : options.data);
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
