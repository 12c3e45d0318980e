// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Summit {

namespace {

const char *const description
    = "Summit Viewer: browse, chart and compare the CIS leaders' informal summits.\n"
      "\n"
      "Without options it opens the window on the built-in dataset.\n"
      "Exit codes: 0 success, 1 invalid data (--check, --data), 2 wrong usage or a missing file.";

} // namespace

std::optional<CommandLine> CommandLine::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromLatin1(description));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
        QStringLiteral("Show this help and exit."));
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") },
        QStringLiteral("Show the version and exit."));
    const QCommandLineOption check(QStringLiteral("check"),
        QStringLiteral("Validate FILE: print each problem as "
                       "FILE:LINE:COL: message (exit 1), or a "
                       "summary (exit 0)."),
        QStringLiteral("FILE"));
    const QCommandLineOption dump(QStringLiteral("dump-data"),
        QStringLiteral("Write the dataset in use (built-in, or --data) "
                       "to FILE in canonical form; - for stdout."),
        QStringLiteral("FILE"));
    const QCommandLineOption data(QStringLiteral("data"),
        QStringLiteral("Use FILE instead of the built-in dataset."), QStringLiteral("FILE"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
        QStringLiteral("Open the window, check it shows the data, "
                       "and quit (used by the test suite)."));
    const QCommandLineOption listExports(QStringLiteral("list-exports"),
        QStringLiteral("Print the names --export takes, one a "
                       "line."));
    const QCommandLineOption exportView(QStringLiteral("export"),
        QStringLiteral("Export the view NAME without a window "
                       "(needs --output)."),
        QStringLiteral("NAME"));
    const QCommandLineOption output(QStringLiteral("output"),
        QStringLiteral("File to export to; .png, .svg or .pdf "
                       "chooses the format."),
        QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
        QStringLiteral("Export size in pixels (default: the view's "
                       "own)."),
        QStringLiteral("WxH"));
    const QCommandLineOption summits(QStringLiteral("summits"),
        QStringLiteral("Summit ids to export, comma separated "
                       "(comparison: two; map: one)."),
        QStringLiteral("ID,ID"));
    const QCommandLineOption date(QStringLiteral("date"),
        QStringLiteral("Date of the membership map."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption title(QStringLiteral("title"),
        QStringLiteral("Title of the exported image (default: the "
                       "view's)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption extent(QStringLiteral("extent"),
        QStringLiteral("Timeline: export everything (full, the default) "
                       "or the window a new window shows (visible)."),
        QStringLiteral("full|visible"));
    parser.addOptions({ help, version, check, dump, data, selfTest, listExports, exportView, output,
        size, summits, date, title, extent });

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("Unexpected argument '%1' (data files are given with --data or "
                                "--check).")
                     .arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }
    for (const QCommandLineOption *option :
        { &check, &dump, &data, &exportView, &output, &size, &summits, &date, &title, &extent }) {
        if (parser.values(*option).size() > 1) {
            *error = QStringLiteral("Option '--%1' is given more than once.")
                         .arg(option->names().constLast());
            return std::nullopt;
        }
    }

    CommandLine result;
    // Parsing runs before any QCoreApplication exists (main() picks a headless or windowed
    // one from the result), so Qt cannot know the program's name for the usage line.
    result.helpText = parser.helpText().replace(
        QStringLiteral("<executable_name>"), QStringLiteral("summit-viewer"));
    result.dataFile = parser.value(data);
    int modes = 0;
    auto choose = [&](Mode mode) {
        result.mode = mode;
        ++modes;
    };
    if (parser.isSet(version))
        choose(Mode::Version);
    if (parser.isSet(check)) {
        choose(Mode::Check);
        result.checkFile = parser.value(check);
    }
    if (parser.isSet(dump)) {
        choose(Mode::DumpData);
        result.dumpFile = parser.value(dump);
    }
    if (parser.isSet(selfTest))
        choose(Mode::SelfTest);
    if (parser.isSet(listExports))
        choose(Mode::ListExports);
    if (parser.isSet(exportView)) {
        choose(Mode::Export);
        result.exportName = parser.value(exportView);
    }
    if (modes > 1) {
        *error = QStringLiteral("Options --help, --version, --check, --dump-data, --list-exports, "
                                "--export and --self-test cannot be combined.");
        return std::nullopt;
    }
    if (parser.isSet(help))
        result.mode = Mode::Help;
    const bool exportDetails = parser.isSet(output) || parser.isSet(size) || parser.isSet(summits)
        || parser.isSet(date) || parser.isSet(title) || parser.isSet(extent);
    if (exportDetails && result.mode != Mode::Export && result.mode != Mode::Help) {
        *error = QStringLiteral(
            "--output, --size, --summits, --date, --title and --extent go with --export.");
        return std::nullopt;
    }
    if (result.mode == Mode::Export && !parser.isSet(output)) {
        *error = QStringLiteral("--export needs --output FILE.");
        return std::nullopt;
    }
    result.outputFile = parser.value(output);
    result.size = parser.value(size);
    result.summits = parser.value(summits).split(QLatin1Char(','), Qt::SkipEmptyParts);
    result.date = parser.value(date);
    result.title = parser.value(title);
    result.extent = parser.value(extent);
    if (parser.isSet(extent) && result.extent != QLatin1String("full")
        && result.extent != QLatin1String("visible")) {
        *error = QStringLiteral("--extent: '%1' is not one of full, visible.").arg(result.extent);
        return std::nullopt;
    }
    if (result.mode == Mode::Check && !result.dataFile.isEmpty()) {
        *error = QStringLiteral("--check takes its file directly; --data is not used with it.");
        return std::nullopt;
    }
    return result;
}

} // namespace Summit
