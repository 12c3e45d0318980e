// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/extract/extractor.h"

#include "models/extract/analysedreport.h"
#include "models/extract/attendancefinder.h"
#include "models/extract/meetingfinder.h"
#include "models/extract/summitfinder.h"
#include "models/extract/tradefinder.h"

namespace Summit::Extract {

Proposals Extractor::extract(const Report &report)
{
    const AnalysedReport analysed = AnalysedReport::analyse(report);
    Proposals proposals;
    proposals.language = report.metadata.language;
    proposals.published = report.metadata.published;
    proposals.summit = SummitFinder::find(analysed);
    proposals.attendance = AttendanceFinder::find(analysed);
    proposals.meetings = MeetingFinder::find(analysed);
    proposals.trade = TradeFinder::find(analysed, proposals.meetings);
    return proposals;
}

} // namespace Summit::Extract
