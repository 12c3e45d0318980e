// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/citation.h"

#include "models/dataset.h"
#include "models/sourceformat.h"

#include <QCoreApplication>
#include <QStringList>

namespace Summit::Citation {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Citation", text, nullptr, n);
}

/** "Source: Anadolu Agency, 22 Dec 2025, “title”, paragraphs 2, 7 — https://…", a line each. */
QString sourceLines(const Dataset &dataset, const Sources &sources)
{
    if (sources.isEmpty())
        return tr("Source: none recorded");
    const QStringList described = formatSourcesByDocument(dataset, sources);
    const QList<DocumentCitation> citations = citationsByDocument(sources);
    QStringList lines;
    for (qsizetype i = 0; i < described.size(); ++i) {
        QString line = tr("Source: %1").arg(described[i]);
        const Document *document
            = i < citations.size() ? dataset.document(citations[i].document) : nullptr;
        if (document && !document->url.isEmpty())
            line += QStringLiteral(" \u2014 ") + document->url;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString ofEvent(const Dataset &dataset, const QString &id)
{
    const Event *event = dataset.event(id);
    if (!event)
        return {};
    QStringList where { formatDate(event->date) };
    if (!event->location.isEmpty())
        where << event->location;
    QString text = QStringLiteral("%1 (%2).").arg(event->title, where.join(QStringLiteral(", ")));
    if (!event->summary.isEmpty())
        text += QLatin1Char(' ') + event->summary;
    return text + QLatin1Char('\n') + sourceLines(dataset, event->sources);
}

QString ofTradeFigure(const Dataset &dataset, const QString &id)
{
    const TradeFigure *figure = dataset.tradeFigure(id);
    if (!figure)
        return {};
    QString text = QStringLiteral("%1, %2: %3")
                       .arg(scopeLabel(dataset, *figure), periodLabel(*figure),
                           formatUsd(figure->valueUsd, figure->qualifier));
    if (const Person *person = dataset.person(figure->statedBy))
        text += tr(", as stated by %1").arg(person->name);
    return text + QLatin1Char('.') + QLatin1Char('\n') + sourceLines(dataset, figure->sources);
}

} // namespace Summit::Citation
