// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Summit {

struct CommandLine;

/**
 * `summit-viewer --propose REPORT... [--url URL] [--published YYYY-MM-DD] [--language en|ru]
 * [--data BASE.json]`: reads each report (text or saved web page), runs the extraction engine
 * (models/extract) and writes to standard output, as a dataset with the import extensions of
 * docs/import.md, what importing would add and how each proposal stands to BASE.json (the
 * built-in dataset by default).
 *
 * --url, --published and --language describe the reports (they win over what a page says of
 * itself). Exit 0 on success; 2 on wrong usage or a report that cannot be read (missing,
 * empty, binary, not UTF-8), naming the file or option; 1 when BASE.json is not a valid dataset.
 */
class ProposeCommand
{
public:
    /**
     * Runs `--propose` as CommandLine parsed it (the reports, --url, --published, --language,
     * --data); needs a QCoreApplication. Returns the exit code.
     */
    static int run(const CommandLine &command);
};

} // namespace Summit
