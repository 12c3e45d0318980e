// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <iterator>
#include <vector>

namespace Summit {

namespace {

const char *const description
    = "Summit Viewer: browse, chart and compare the CIS leaders' informal summits.\n"
      "\n"
      "Without options it opens the window on the built-in dataset; given a FILE, on that.\n"
      "summit-viewer --propose REPORT... [--url URL] [--published YYYY-MM-DD] [--language en|ru]\n"
      "  [--data BASE.json] writes what importing the reports would add, as a proposal file\n"
      "  (docs/import.md).\n"
      "Exit codes: 0 success, 1 invalid data (--check, --data), 2 wrong usage or a missing file.";

/** The options summit-viewer takes, in the order --help lists them. */
enum class Option
{
    Help,
    Version,
    Check,
    DumpData,
    Data,
    SelfTest,
    ListExports,
    Export,
    Output,
    Size,
    Summits,
    Date,
    Title,
    Extent,
    Propose,
    Url,
    Published,
    Language,
    Count
};

/** The one positional argument: a dataset for the window. */
const char *const positionalName = "FILE";
const char *const positionalHelp
    = "A dataset to open in the window (its problems are shown there).";

/** The options that only go with --export, and those only with --propose. */
const Option exportOnly[] = { Option::Output, Option::Size, Option::Summits, Option::Date,
    Option::Title, Option::Extent };
const Option proposeOnly[] = { Option::Url, Option::Published, Option::Language };

struct OptionSpec
{
    QStringList names;
    const char *help;
    const char *valueName; ///< nullptr: a switch
};

const OptionSpec &spec(Option option)
{
    using L = QLatin1String;
    static const OptionSpec table[] = {
        { { L("h"), L("help") }, "Show this help and exit.", nullptr },
        { { L("v"), L("version") }, "Show the version and exit.", nullptr },
        { { L("check") },
            "Validate FILE: print each problem as FILE:LINE:COL: message (exit 1), or a summary "
            "(exit 0).",
            "FILE" },
        { { L("dump-data") },
            "Write the dataset in use (built-in, or --data) to FILE in canonical form; - for "
            "stdout.",
            "FILE" },
        { { L("data") }, "Use FILE instead of the built-in dataset.", "FILE" },
        { { L("self-test") },
            "Open the window, check it shows the data, and quit (used by the test suite).",
            nullptr },
        { { L("list-exports") }, "Print the names --export takes, one a line.", nullptr },
        { { L("export") }, "Export the view NAME without a window (needs --output).", "NAME" },
        { { L("output") },
            "File to export to; .png, .svg, .pdf or .csv (tables) chooses the format.", "FILE" },
        { { L("size") }, "Export size in pixels (default: the view's own).", "WxH" },
        { { L("summits") }, "Summit ids to export, comma separated (comparison: two; map: one).",
            "ID,ID" },
        { { L("date") }, "Date of the membership map.", "YYYY-MM-DD" },
        { { L("title") }, "Title of the exported image (default: the view's).", "TEXT" },
        { { L("extent") },
            "Timeline: export everything (full, the default) or the window a new window shows "
            "(visible).",
            "full|visible" },
        { { L("propose") },
            "Read the news reports given as arguments (.txt, or saved .html/.htm pages) and write "
            "to stdout what importing them would add, against --data or the built-in dataset.",
            nullptr },
        { { L("url") }, "With --propose: the reports' address (wins over the page's own).", "URL" },
        { { L("published") }, "With --propose: the reports' publication date.", "YYYY-MM-DD" },
        { { L("language") }, "With --propose: the reports' language.", "en|ru" },
    };
    static_assert(std::size(table) == size_t(Option::Count));
    return table[size_t(option)];
}

/** The parser with every option of the table, and answers by Option. */
class Options
{
public:
    Options()
    {
        m_parser.setApplicationDescription(QString::fromLatin1(description));
        m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        for (size_t i = 0; i < size_t(Option::Count); ++i) {
            const OptionSpec &option = spec(Option(i));
            m_options.emplace_back(option.names, QString::fromLatin1(option.help),
                option.valueName ? QString::fromLatin1(option.valueName) : QString());
        }
        for (const QCommandLineOption &option : m_options)
            m_parser.addOption(option);
        m_parser.addPositionalArgument(QString::fromLatin1(positionalName),
            QString::fromLatin1(positionalHelp), QStringLiteral("[FILE]"));
    }

    /** Parses; false with @p error on an unknown option, a stray argument or a repeat. */
    bool parse(const QStringList &arguments, QString *error)
    {
        if (!m_parser.parse(arguments)) {
            *error = m_parser.errorText();
            return false;
        }
        if (m_parser.positionalArguments().size() > 1 && !isSet(Option::Propose)) {
            *error = QStringLiteral("Unexpected argument '%1': the window opens one FILE.")
                         .arg(m_parser.positionalArguments().at(1));
            return false;
        }
        for (const QCommandLineOption &option : m_options) {
            if (!option.valueName().isEmpty() && m_parser.values(option).size() > 1) {
                *error = QStringLiteral("Option '--%1' is given more than once.")
                             .arg(option.names().constLast());
                return false;
            }
        }
        return true;
    }

    bool isSet(Option option) const { return m_parser.isSet(m_options[size_t(option)]); }
    QString value(Option option) const { return m_parser.value(m_options[size_t(option)]); }
    QString positional() const { return m_parser.positionalArguments().value(0); }
    QStringList positionals() const { return m_parser.positionalArguments(); }

    QString helpText() const
    {
        // Parsing runs before any QCoreApplication exists (main() picks a headless or windowed
        // one from the result), so Qt cannot know the program's name for the usage line.
        return m_parser.helpText().replace(
            QStringLiteral("<executable_name>"), QStringLiteral("summit-viewer"));
    }

private:
    QCommandLineParser m_parser;
    std::vector<QCommandLineOption> m_options;
};

/** The one mode the options ask for; false when they ask for two. --help wins over the rest. */
bool chooseMode(const Options &options, CommandLine *result, QString *error)
{
    using Mode = CommandLine::Mode;
    const std::pair<Option, Mode> modes[] = { { Option::Version, Mode::Version },
        { Option::Check, Mode::Check }, { Option::DumpData, Mode::DumpData },
        { Option::SelfTest, Mode::SelfTest }, { Option::ListExports, Mode::ListExports },
        { Option::Export, Mode::Export }, { Option::Propose, Mode::Propose } };
    int chosen = 0;
    for (const auto &[option, mode] : modes) {
        if (options.isSet(option)) {
            result->mode = mode;
            ++chosen;
        }
    }
    if (chosen > 1) {
        *error = QStringLiteral("Options --help, --version, --check, --dump-data, --list-exports, "
                                "--export, --propose and --self-test cannot be combined.");
        return false;
    }
    result->checkFile = options.value(Option::Check);
    result->dumpFile = options.value(Option::DumpData);
    result->exportName = options.value(Option::Export);
    if (options.isSet(Option::Help))
        result->mode = Mode::Help;
    return true;
}

/** The options that only go with --export, checked as far as they can be without data. */
bool readExportDetails(const Options &options, CommandLine *result, QString *error)
{
    using Mode = CommandLine::Mode;
    const bool details = std::any_of(std::begin(exportOnly), std::end(exportOnly),
        [&](Option option) { return options.isSet(option); });
    if (details && result->mode != Mode::Export && result->mode != Mode::Help) {
        *error = QStringLiteral(
            "--output, --size, --summits, --date, --title and --extent go with --export.");
        return false;
    }
    if (result->mode == Mode::Export && !options.isSet(Option::Output)) {
        *error = QStringLiteral("--export needs --output FILE.");
        return false;
    }
    result->outputFile = options.value(Option::Output);
    result->size = options.value(Option::Size);
    result->summits = options.value(Option::Summits).split(QLatin1Char(','), Qt::SkipEmptyParts);
    result->date = options.value(Option::Date);
    result->title = options.value(Option::Title);
    result->extent = options.value(Option::Extent);
    if (options.isSet(Option::Extent) && result->extent != QLatin1String("full")
        && result->extent != QLatin1String("visible")) {
        *error = QStringLiteral("--extent: '%1' is not one of full, visible.").arg(result->extent);
        return false;
    }
    return true;
}

/** --propose REPORT... and the options that describe the reports. */
bool readProposeDetails(const Options &options, CommandLine *result, QString *error)
{
    using Mode = CommandLine::Mode;
    const bool details = std::any_of(std::begin(proposeOnly), std::end(proposeOnly),
        [&](Option option) { return options.isSet(option); });
    if (details && result->mode != Mode::Propose && result->mode != Mode::Help) {
        *error = QStringLiteral("--url, --published and --language go with --propose.");
        return false;
    }
    if (result->mode != Mode::Propose)
        return true;
    result->reports = options.positionals();
    result->url = options.value(Option::Url);
    result->published = options.value(Option::Published);
    result->language = options.value(Option::Language);
    if (result->reports.isEmpty()) {
        *error = QStringLiteral("--propose: no report given.");
        return false;
    }
    if (options.isSet(Option::Language) && result->language != QLatin1String("en")
        && result->language != QLatin1String("ru")) {
        *error = QStringLiteral("--language: '%1' is not a language the engine reads (en, ru).")
                     .arg(result->language);
        return false;
    }
    if (options.isSet(Option::Published)
        && !QDate::fromString(result->published, Qt::ISODate).isValid()) {
        *error = QStringLiteral("--published: '%1' is not a date (YYYY-MM-DD).")
                     .arg(result->published);
        return false;
    }
    return true;
}

} // namespace

std::optional<CommandLine> CommandLine::parse(const QStringList &arguments, QString *error)
{
    Options options;
    if (!options.parse(arguments, error))
        return std::nullopt;
    CommandLine result;
    result.helpText = options.helpText();
    result.dataFile = options.value(Option::Data);
    if (!chooseMode(options, &result, error) || !readExportDetails(options, &result, error)
        || !readProposeDetails(options, &result, error))
        return std::nullopt;
    if (result.mode == Mode::Propose)
        return result; // its arguments are reports, read above
    result.openFile = options.positional();
    if (!result.openFile.isEmpty() && result.mode != Mode::Gui && result.mode != Mode::SelfTest
        && result.mode != Mode::Help) {
        *error = QStringLiteral("Unexpected argument '%1' (a FILE alone opens the window on it; "
                                "other options take files with --data or --check).")
                     .arg(result.openFile);
        return std::nullopt;
    }
    if (!result.openFile.isEmpty() && !result.dataFile.isEmpty()) {
        *error = QStringLiteral("Give the dataset once: as FILE or with --data, not both.");
        return std::nullopt;
    }
    if (result.mode == Mode::Check && !result.dataFile.isEmpty()) {
        *error = QStringLiteral("--check takes its file directly; --data is not used with it.");
        return std::nullopt;
    }
    return result;
}

} // namespace Summit
