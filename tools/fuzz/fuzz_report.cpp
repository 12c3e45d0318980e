// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the report reader (text and saved pages) and the extraction engine on
// arbitrary bytes (docs/reliability.md, docs/import.md). A report is untrusted input.
//
// Besides "no crash, no hang, no leak, no undefined behaviour", it checks what the engine
// promises, so that a wrong answer counts as a finding too:
//  - a report that was read has at least one paragraph, and no paragraph is empty;
//  - every proposal's anchor lies in the report: paragraph in 1..paragraphs, sentence >= 1;
//  - a meeting names two different countries, sorted; a trade value is positive and finite,
//    a period, where given, does not end before it starts;
//  - the writer's output is a JSON object.
// The first byte chooses whether the rest is read as a text file or as a saved web page.
#include "models/datasetreader.h"
#include "models/datasetwriter.h"
#include "models/extract/extractor.h"
#include "models/extract/reportreader.h"
#include "models/proposeddataset.h"

#include <QJsonDocument>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Summit;
using namespace Summit::Extract;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

void checkAnchor(const Anchor &anchor, const Report &report)
{
    if (anchor.paragraph < 1 || anchor.paragraph > report.paragraphs.size() || anchor.sentence < 1)
        fail("anchor outside the report");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool html = data[0] & 1;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QString error;
    auto report = ReportReader::read(
        bytes, html ? QStringLiteral("page.html") : QStringLiteral("report.txt"), &error);
    if (!report) {
        if (error.isEmpty())
            fail("refused without a message");
        return 0;
    }
    if (report->paragraphs.isEmpty())
        fail("no paragraphs");
    for (const QString &paragraph : report->paragraphs) {
        if (paragraph.trimmed().isEmpty())
            fail("empty paragraph");
    }
    report->metadata.published = QDate(2025, 12, 22);
    ReportReader::readDateline(&*report);
    const Proposals proposals = Extractor::extract(*report);
    if (proposals.summit)
        checkAnchor(proposals.summit->source, *report);
    for (const AttendanceProposal &a : proposals.attendance)
        checkAnchor(a.source, *report);
    for (const MeetingProposal &m : proposals.meetings) {
        checkAnchor(m.source, *report);
        if (m.countries.size() != 2 || m.countries.at(0) >= m.countries.at(1))
            fail("meeting countries");
    }
    for (const TradeProposal &t : proposals.trade) {
        checkAnchor(t.source, *report);
        if (!(t.valueUsd > 0) || !std::isfinite(t.valueUsd))
            fail("trade value");
        if (t.periodStart.isValid() && t.periodEnd < t.periodStart)
            fail("trade period");
    }
    // The proposal file must be one the project's reader takes back, byte for byte.
    const QByteArray json = DatasetWriter::toJson(proposedDataset({ { *report, proposals } }, {}));
    const auto reread = DatasetReader::readData(
        json, QStringLiteral("proposal.json"), DatasetReader::Accept::DatasetOrProposals);
    if (!reread.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(reread.errors.value(0).toString()));
        fail("proposal file not valid");
    }
    if (DatasetWriter::toJson(*reread.dataset) != json)
        fail("proposal file not canonical");
    return 0;
}
