// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/datasetreader.h"

#include <QTest>

/*
 * tests/data/reports-differ.json: the eight cases of issue 12 as made-up reports. Its 2024
 * summit has three reports of Azerbaijan's attendance, one of them set aside: with the
 * set-aside taken back, they differ. Needs SUMMIT_TEST_DATA_DIR (tests/CMakeLists.txt).
 */
namespace TestData {

/** The dataset in @p path; the test program stops, naming the file, when it does not load. */
inline Summit::Dataset loadDataset(const QString &path)
{
    const Summit::DatasetReader::Result result = Summit::DatasetReader::readFile(path);
    if (!result.ok())
        qFatal("cannot read %s", qPrintable(path));
    return *result.dataset;
}

/** tests/data/reports-differ.json as it is. */
inline Summit::Dataset reportsDifferDataset()
{
    return loadDataset(QStringLiteral(SUMMIT_TEST_DATA_DIR "/reports-differ.json"));
}

/** The dataset; with @p keepSetAside false, every attendance set aside at the first summit
 * taken back (its review cleared). Fails the calling test when the file does not load. */
inline std::optional<Summit::Dataset> reportsDiffer(bool keepSetAside = true)
{
    auto result = Summit::DatasetReader::readFile(
        QStringLiteral(SUMMIT_TEST_DATA_DIR "/reports-differ.json"));
    if (!result.ok()) {
        QTest::qFail("tests/data/reports-differ.json does not load", __FILE__, __LINE__);
        return std::nullopt;
    }
    if (!keepSetAside) {
        for (Summit::Attendance &entry : result.dataset->summits[0].attendance) {
            if (entry.review.verdict == Summit::Review::SetAside)
                entry.review = {};
        }
    }
    return result.dataset;
}

} // namespace TestData
