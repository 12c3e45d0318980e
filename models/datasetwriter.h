// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"

#include <QByteArray>
#include <QString>

namespace Summit {

/**
 * Writes a dataset in the canonical form of docs/data-format.md ("Dumps"): fixed field order,
 * two-space indentation, shortest exact numbers. Loading the output and writing it again gives
 * the same bytes.
 */
class DatasetWriter
{
public:
    static QByteArray toJson(const Dataset &dataset);

    /**
     * Writes atomically through QSaveFile: on failure the previous file, if any, is untouched.
     * @p path "-" writes to standard output. On failure returns false and sets @p error to a
     * message that names the file.
     */
    static bool writeFile(const Dataset &dataset, const QString &path, QString *error);
};

} // namespace Summit
