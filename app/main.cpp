// SPDX-License-Identifier: GPL-3.0-or-later
// summit-viewer: the command line (headless modes need no display) and the window.

#include "app/commandline.h"
#include "app/exportcatalog.h"
#include "app/mainwindow.h"
#include "app/plurals.h"
#include "app/proposecommand.h"
#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "models/datasetwriter.h"
#include "models/eventfilterproxymodel.h"
#include "views/export/exportable.h"
#include "views/export/exporter.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Summit;

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

void printErrors(const QList<Diagnostic> &errors)
{
    for (const Diagnostic &error : errors)
        err() << error.toString() << '\n';
    err().flush();
}

/** A missing file is a usage error (exit 2), not invalid data (exit 1). */
bool reportMissing(const QString &path, const char *option)
{
    if (QFileInfo(path).isFile())
        return false;
    err() << "summit-viewer: " << option << ": " << path
          << (QFileInfo::exists(path) ? ": not a regular file" : ": no such file") << '\n';
    err().flush();
    return true;
}

/**
 * Loads the dataset of this run (--data FILE, else the built-in one compiled into the program)
 * into @p dataset. Returns ExitOk, or the exit code after saying on stderr why it could not.
 */
int loadDataset(const CommandLine &command, Dataset *dataset)
{
    if (!command.dataFile.isEmpty() && reportMissing(command.dataFile, "--data"))
        return ExitUsage;
    auto result = DatasetReader::readFile(
        command.dataFile.isEmpty() ? QStringLiteral(":/data/summits.json") : command.dataFile);
    if (!result.ok()) {
        printErrors(result.errors);
        return ExitInvalidData;
    }
    *dataset = std::move(*result.dataset);
    return ExitOk;
}

int runCheck(const CommandLine &command)
{
    if (reportMissing(command.checkFile, "--check"))
        return ExitUsage;
    const auto result
        = DatasetReader::readFile(command.checkFile, DatasetReader::Accept::DatasetOrProposals);
    if (!result.ok()) {
        printErrors(result.errors);
        return ExitInvalidData;
    }
    const Dataset &dataset = *result.dataset;
    out() << command.checkFile << ": OK: " << dataset.documents.size() << " documents, "
          << dataset.countries.size() << " countries, " << dataset.people.size() << " people, "
          << dataset.summits.size() << " summits, " << dataset.events.size() << " events, "
          << dataset.tradeFigures.size() << " trade figures";
    if (dataset.isProposal)
        out() << " (a proposal file: " << dataset.proposals.size() << " proposals)";
    out() << '\n';
    out().flush();
    return ExitOk;
}

int runDump(const CommandLine &command)
{
    Dataset dataset;
    if (const int status = loadDataset(command, &dataset); status != ExitOk)
        return status;
    QString error;
    if (!DatasetWriter::writeFile(dataset, command.dumpFile, &error)) {
        err() << "summit-viewer: --dump-data: " << error << '\n';
        return ExitUsage;
    }
    return ExitOk;
}

/** Validates the export options that need no dataset; prints the problem and returns false. */
bool checkExportOptions(const CommandLine &command, ExportOptions *options, QDate *date)
{
    const auto format = Exporter::formatForPath(command.outputFile);
    if (!format) {
        err() << "summit-viewer: --output: " << command.outputFile
              << ": unsupported file type (use .png, .svg, .pdf, or .csv for a table)\n";
        return false;
    }
    options->format = *format;
    options->path = command.outputFile;
    if (!command.size.isEmpty()) {
        const auto size = Exporter::parseSize(command.size);
        if (!size) {
            err() << "summit-viewer: --size: '" << command.size << "' is not WIDTHxHEIGHT with "
                  << "sides from " << Exporter::MinSide << " to " << Exporter::MaxSide
                  << " pixels\n";
            return false;
        }
        options->size = *size;
    }
    if (!command.date.isEmpty()) {
        *date = QDate::fromString(command.date, Qt::ISODate);
        if (!date->isValid()) {
            err() << "summit-viewer: --date: '" << command.date << "' is not a date (YYYY-MM-DD)\n";
            return false;
        }
    }
    return true;
}

int runExport(const CommandLine &command)
{
    ExportOptions options;
    options.size = QSize();
    QDate date;
    if (!checkExportOptions(command, &options, &date))
        return ExitUsage;
    Dataset dataset;
    if (const int status = loadDataset(command, &dataset); status != ExitOk)
        return status;
    DatasetDocument document;
    document.setDataset(std::move(dataset), command.dataFile);
    ExportCatalog catalog(&document);
    Exportable *view = catalog.exportable(command.exportName);
    if (!view) {
        err() << "summit-viewer: --export: unknown view '" << command.exportName
              << "'; choose one of: " << catalog.names().join(QStringLiteral(", ")) << '\n';
        return ExitUsage;
    }
    if (options.format == ExportOptions::Format::Csv && !view->offersTable()) {
        err() << "summit-viewer: --output: " << command.outputFile << ": '" << command.exportName
              << "' cannot be written as CSV; .csv works with --export reports (or use .png, "
                 ".svg or .pdf)\n";
        return ExitUsage;
    }
    QString error;
    if (!view->applyExportArguments(command.summits, date, &error)) {
        err() << "summit-viewer: " << error << '\n';
        return ExitUsage;
    }
    if (!command.extent.isEmpty() && !view->offersExtentChoice()) {
        err() << "summit-viewer: --extent does not apply to '" << command.exportName
              << "' (it always exports all of it)\n";
        return ExitUsage;
    }
    const ExportExtent extent
        = command.extent == QLatin1String("visible") ? ExportExtent::Visible : ExportExtent::Full;
    const ExportOptions request = exportRequest(*view, document.dataset(), extent);
    options.extent = request.extent;
    if (!options.size.isValid())
        options.size = request.size;
    options.title = command.title.isEmpty() ? request.title : command.title;
    options.documents = request.documents;
    options.sourceLine = request.sourceLine;
    if (!Exporter::write(*view, options, &error)) {
        err() << "summit-viewer: --output: " << error << '\n';
        return ExitUsage;
    }
    return ExitOk;
}

int runListExports(const CommandLine &command)
{
    Dataset dataset;
    if (const int status = loadDataset(command, &dataset); status != ExitOk)
        return status;
    DatasetDocument document;
    document.setDataset(std::move(dataset), command.dataFile);
    for (const QString &name : ExportCatalog(&document).names())
        out() << name << '\n';
    return ExitOk;
}

/** Exports render widgets and charts, which need a QApplication but never a display. */
int runHeadless(int &argc, char **argv, const CommandLine &command)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return command.mode == CommandLine::Mode::Export ? runExport(command) : runListExports(command);
}

int runWindow(int &argc, char **argv, const CommandLine &command)
{
    QApplication app(argc, argv);
    EnglishPlurals::install();
    Dataset dataset;
    if (const int status = loadDataset(command, &dataset); status != ExitOk)
        return status;
    DatasetDocument document;
    document.setDataset(std::move(dataset), command.dataFile);
    MainWindow window(&document);
    // Copies of the articles the dataset cites: installed beside the program, or, in a
    // developer's build, the workspace folder CMake found.
    QStringList sourceFolders {
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("sources"))
    };
#ifdef SUMMIT_DEFAULT_SOURCES_DIR
    sourceFolders.append(QStringLiteral(SUMMIT_DEFAULT_SOURCES_DIR));
#endif
    window.setExtraSourceFolders(sourceFolders);
    window.show();
    // Opened in the window, as File > Open would: a bad file's problems are shown there, over
    // the built-in data, rather than on a terminal the user of "Open with" never sees.
    if (!command.openFile.isEmpty())
        window.openDataset(command.openFile, command.mode == CommandLine::Mode::SelfTest);
    if (command.mode == CommandLine::Mode::SelfTest) {
        QTimer::singleShot(0, &window, [&] {
            const int shown = window.eventProxy()->rowCount();
            const int expected = int(document.dataset().events.size());
            out() << "self-test: window shows " << shown << " of " << expected << " events\n";
            const QString file = document.fileName();
            out() << "self-test: dataset " << (file.isEmpty() ? QStringLiteral("built-in") : file)
                  << '\n';
            out().flush();
            app.exit(shown == expected && window.isVisible() ? ExitOk : ExitInvalidData);
        });
    }
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("SummitViewer"));
    QCoreApplication::setApplicationName(QStringLiteral("Summit Viewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUMMIT_VIEWER_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QString error;
    const auto command = CommandLine::parse(arguments, &error);
    if (!command) {
        err() << "summit-viewer: " << error << "\nTry 'summit-viewer --help'.\n";
        return ExitUsage;
    }

    switch (command->mode) {
    case CommandLine::Mode::Help:
        out() << command->helpText;
        return ExitOk;
    case CommandLine::Mode::Version:
        out() << "summit-viewer " << SUMMIT_VIEWER_VERSION << '\n';
        return ExitOk;
    case CommandLine::Mode::Check: {
        QCoreApplication app(argc, argv);
        return runCheck(*command);
    }
    case CommandLine::Mode::DumpData: {
        QCoreApplication app(argc, argv);
        return runDump(*command);
    }
    case CommandLine::Mode::Propose: {
        QCoreApplication app(argc, argv);
        return ProposeCommand::run(*command);
    }
    case CommandLine::Mode::ListExports:
    case CommandLine::Mode::Export:
        return runHeadless(argc, argv, *command);
    case CommandLine::Mode::Gui:
    case CommandLine::Mode::SelfTest:
        break;
    }
    return runWindow(argc, argv, *command);
}
