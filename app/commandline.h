// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Summit {

/**
 * What the command line asks for. Parsing needs no QCoreApplication, so main() can decide
 * between a headless run and a window before creating one.
 */
struct CommandLine
{
    enum class Mode
    {
        Gui,
        Help,
        Version,
        Check,
        DumpData,
        SelfTest,
        ListExports,
        Export,
        Propose
    };

    Mode mode = Mode::Gui;
    QString checkFile;
    QString dumpFile;
    QString dataFile; ///< empty: the built-in dataset
    /**
     * A dataset named without an option (`summit-viewer FILE.json`, as a file manager's "Open
     * with" runs it): the window opens it as File > Open would, its problems shown in the window.
     */
    QString openFile;
    QString helpText;
    // --export NAME --output FILE [--size WxH] [--summits ID,ID] [--date YYYY-MM-DD] [--title T]
    // [--extent full|visible]
    QString exportName;
    QString outputFile;
    QString size;
    QStringList summits;
    QString date;
    QString title;
    QString extent; ///< "full", "visible" or empty (the view's default)
    // --propose REPORT... [--url URL] [--published YYYY-MM-DD] [--language en|ru] [--data BASE]
    QStringList reports;
    QString url;
    QString published; ///< checked to be a date
    QString language; ///< "en", "ru" or empty (the report's own)

    /** Parses @p arguments (argv including the program name); nullopt with @p error on misuse. */
    static std::optional<CommandLine> parse(const QStringList &arguments, QString *error);
};

/** Exit codes of summit-viewer. */
enum ExitCode
{
    ExitOk = 0,
    ExitInvalidData = 1,
    ExitUsage = 2
};

} // namespace Summit
