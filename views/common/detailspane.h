// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/datasetdocument.h"

#include <QTextBrowser>

#include <functional>

namespace Summit {

struct Event;
struct FactReports;
namespace ReportsHtml {
struct ReviewLink;
}

/**
 * Shows one fact in full (an event, a summit, a country's membership history or a trade figure)
 * together with every source it cites: document, publisher, date and paragraph number. Where
 * several reports state the fact, it lists them side by side with links to prefer one, set one
 * aside or clear the judgement; it asks for the reason of a set-aside and emits
 * reviewRequested(), which the window passes to the document. A judgement shows at once.
 */
class DetailsPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsPane(const DatasetDocument *document, QWidget *parent = nullptr);

    void displayEvent(const QString &eventId);
    void displaySummit(const QString &summitId);
    /** The country's history; with @p summitId, first every report of its attendance there. */
    void displayCountry(const QString &countryCode, const QString &summitId = QString());
    /** Every report of the country's attendance at each of @p summitIds (a comparison row). */
    void displayAttendance(const QString &countryCode, const QStringList &summitIds);
    /** Every report of one fact (a Reports row), side by side. */
    void displayFact(const FactReports &fact);
    void displayTradeFigure(const QString &figureId);
    /** Shows the hint that appears when nothing is selected. */
    void displayNothing();
    /** The id of the event shown, or an empty string when something else (or nothing) is. */
    QString shownEventId() const { return m_eventId; }
    /** Shows HTML a view composed itself (the comparison's sources of a row). */
    void displayHtml(const QString &html) { showHtml(html); }

signals:
    /** The user clicked a cited paragraph: @p paragraph of document @p documentId. */
    /** A paragraph number was clicked; @p sentence is 0 where the fact names none. */
    void sourceRequested(const QString &documentId, int paragraph, int sentence);
    /** The user judged a report: prefer it, set it aside (with their reason) or clear it. */
    void reviewRequested(const ReportRef &report, const Review &review);

private:
    void showHtml(const QString &html);
    void refreshTradeFigure(int index);
    void followLink(const QUrl &url);
    void requestReview(const ReportsHtml::ReviewLink &link);
    /** Shows again what is shown, after a judgement changed it. */
    void redisplay();
    QString attendanceReportsHtml(const QString &countryCode, const QString &summitId) const;

    const DatasetDocument *m_document;
    QString m_tradeFigureId; ///< the trade figure shown, so that an edit of it shows at once
    QString m_eventId; ///< the event shown, so that the window can tell when it is filtered out
    std::function<void()> m_redisplay; ///< shows the current fact again; empty for outside HTML
};

} // namespace Summit
