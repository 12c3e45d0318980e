// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Summit {

/** One problem found in a data file, located by line and column (both 1-based). */
struct Diagnostic
{
    QString file;
    int line = 0;
    int column = 0; ///< in characters (Unicode code points), not bytes
    QString message;

    /** "FILE:LINE:COL: message", the form --check prints and the error dialog lists. */
    QString toString() const;

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

/**
 * Reads and validates a dataset in the format of docs/data-format.md.
 *
 * It never throws, never crashes and never hangs on any input; it reports every error of a file
 * (up to MaxErrors) with its position, and returns a dataset only when there were none.
 */
class DatasetReader
{
public:
    static constexpr qint64 MaxFileSize = qint64(1) << 30; ///< 1 GiB, refused before reading
    static constexpr int MaxDepth = 64;
    static constexpr int MaxErrors = 1000;

    struct Result
    {
        std::optional<Dataset> dataset; ///< Set only when errors is empty.
        QList<Diagnostic> errors;

        bool ok() const { return dataset.has_value(); }
    };

    /**
     * What a caller takes: a dataset to show, or also a proposal file written by --propose
     * (Dataset::isProposal; --check and the import review read those). A proposal file read as
     * a dataset is one error that says what it is.
     */
    enum class Accept
    {
        Dataset,
        DatasetOrProposals
    };

    /** Reads @p path; diagnostics name the file as given. */
    static Result readFile(const QString &path, Accept accept = Accept::Dataset);
    /** Parses @p data; @p fileName is only used to label diagnostics. */
    static Result readData(
        const QByteArray &data, const QString &fileName, Accept accept = Accept::Dataset);
};

} // namespace Summit
