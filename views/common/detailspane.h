// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace Summit {

class DatasetDocument;
struct Event;

/**
 * Shows one fact in full (an event, a summit, a country's membership history or a trade figure)
 * together with every source it cites: document, publisher, date and paragraph number.
 */
class DetailsPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailsPane(const DatasetDocument *document, QWidget *parent = nullptr);

    void displayEvent(const QString &eventId);
    void displaySummit(const QString &summitId);
    void displayCountry(const QString &countryCode);
    void displayTradeFigure(const QString &figureId);
    /** Shows the hint that appears when nothing is selected. */
    void displayNothing();
    /** The id of the event shown, or an empty string when something else (or nothing) is. */
    QString shownEventId() const { return m_eventId; }
    /** Shows HTML a view composed itself (the comparison's sources of a row). */
    void displayHtml(const QString &html) { showHtml(html); }

signals:
    /** The user clicked a cited paragraph: @p paragraph of document @p documentId. */
    void sourceRequested(const QString &documentId, int paragraph);

private:
    void showHtml(const QString &html);
    void refreshTradeFigure(int index);

    const DatasetDocument *m_document;
    QString m_tradeFigureId; ///< the trade figure shown, so that an edit of it shows at once
    QString m_eventId; ///< the event shown, so that the window can tell when it is filtered out
};

} // namespace Summit
