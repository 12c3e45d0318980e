// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/datasetdocument.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Summit {

/*
 * The details pane's list of every report of one fact, side by side: each report's reading, its
 * documents (linked to their address where the file records one), paragraph and sentence, how it
 * relates to the others (models/agreement.h), the user's judgement, and links to prefer it, set
 * it aside or clear the judgement. Kept apart from DetailsPane so that the pane stays a pane.
 */
namespace ReportsHtml {

/** What a judgement link asks for. */
struct ReviewLink
{
    enum class Action
    {
        Prefer,
        SetAside,
        Clear
    };
    Action action = Action::Prefer;
    ReportRef report;
};

/** The link that asks for @p action on @p report ("review:set-aside/0/0/2"). */
QString reviewHref(ReviewLink::Action action, const ReportRef &report);
/** The judgement link @p url names, if it is one. */
std::optional<ReviewLink> parseReviewLink(const QUrl &url);

/** "<b>set aside</b>: reason (not counted)", "<b>preferred</b>"; empty for no judgement. */
QString reviewHtml(const Review &review);

/**
 * Every report in @p reports (one fact, DatasetDocument::reportsOfSameFact()), numbered from 1,
 * with how each relates to the others not set aside and the judgement links; @p current, when
 * one of them, is marked as the report the pane shows. Ends with what they come to together.
 */
QString reportListHtml(const DatasetDocument &document, const QList<ReportRef> &reports,
    const ReportRef &current = {});

/** A document's description, linked to its address when the file records one. */
QString documentHtml(const Dataset &dataset, const QString &documentId);

} // namespace ReportsHtml

} // namespace Summit
