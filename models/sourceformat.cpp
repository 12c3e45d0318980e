// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sourceformat.h"

#include "models/agreement.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Summit {

namespace {

const QChar enDash(0x2013);

// The C locale has English month names and never changes with the user's settings.
QString shortMonth(int month)
{
    return QLocale::c().monthName(month, QLocale::ShortFormat);
}

bool coversWholeMonths(const TradeFigure &figure)
{
    return figure.periodStart.day() == 1 && figure.periodEnd.addDays(1).day() == 1;
}

QString monthCount(int months)
{
    return months == 1 ? QStringLiteral("1 month") : QStringLiteral("%1 months").arg(months);
}

QString bilateralLabel(const Dataset &dataset, const TradeFigure &figure)
{
    QStringList names;
    for (const QString &code : figure.countries) {
        const Country *country = dataset.country(code);
        names.append(country ? country->name : code);
    }
    if (names.isEmpty())
        return QStringLiteral("Bilateral trade");
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names.join(enDash) + QStringLiteral(" trade");
}

} // namespace

QString formatDate(const QDate &date)
{
    if (date.isNull())
        return {};
    return QLocale::c().toString(date, QStringLiteral("d MMM yyyy"));
}

namespace {

QString formatCitation(const Dataset &dataset, const QString &documentId, const QString &where)
{
    const Document *document = dataset.document(documentId);
    if (!document)
        return QStringLiteral("unknown document “%1”, %2").arg(documentId, where);
    const QString publisher = document->publisher.isEmpty() ? QStringLiteral("publisher not named")
                                                            : document->publisher;
    const QString published = document->published.isNull() ? QStringLiteral("date not given")
                                                           : formatDate(document->published);
    return QStringLiteral("%1, %2, “%3”, %4").arg(publisher, published, document->title, where);
}

} // namespace

QString formatSource(const Dataset &dataset, const SourceRef &source)
{
    return formatCitation(
        dataset, source.document, QStringLiteral("paragraph %1").arg(source.paragraph));
}

QList<DocumentCitation> citationsByDocument(const Sources &sources)
{
    QList<DocumentCitation> citations;
    for (const SourceRef &source : sources) {
        auto it = std::find_if(citations.begin(), citations.end(),
            [&source](const DocumentCitation &c) { return c.document == source.document; });
        if (it == citations.end())
            it = citations.insert(citations.end(), DocumentCitation { source.document, {} });
        if (!it->paragraphs.contains(source.paragraph))
            it->paragraphs.append(source.paragraph);
    }
    for (DocumentCitation &citation : citations)
        std::sort(citation.paragraphs.begin(), citation.paragraphs.end());
    return citations;
}

QString formatDocument(const Dataset &dataset, const QString &documentId)
{
    const QString text = formatCitation(dataset, documentId, QString());
    return text.endsWith(QStringLiteral(", ")) ? text.chopped(2) : text;
}

QStringList formatSourcesByDocument(const Dataset &dataset, const Sources &sources)
{
    QStringList lines;
    for (const DocumentCitation &citation : citationsByDocument(sources)) {
        QStringList numbers;
        for (int paragraph : citation.paragraphs)
            numbers.append(QString::number(paragraph));
        const QString where = numbers.size() == 1
            ? QStringLiteral("paragraph %1").arg(numbers.first())
            : QStringLiteral("paragraphs %1").arg(numbers.join(QStringLiteral(", ")));
        lines.append(formatCitation(dataset, citation.document, where));
    }
    return lines;
}

QString formatSources(const Dataset &dataset, const Sources &sources)
{
    QStringList lines;
    lines.reserve(sources.size());
    for (const SourceRef &source : sources)
        lines.append(formatSource(dataset, source));
    return lines.join(QLatin1Char('\n'));
}

QString derivationText(const Dataset &dataset, const TradeFigure &figure)
{
    const TradeFigure *base
        = figure.derivedFrom.isEmpty() ? nullptr : dataset.tradeFigure(figure.derivedFrom);
    if (!base || !base->changePercent)
        return figure.formula;
    const QString computation = QStringLiteral("%1 billion / (1 + %2 / 100)")
                                    .arg(formatBillions(base->valueUsd))
                                    .arg(QString::number(*base->changePercent));
    return figure.formula.isEmpty() ? computation
                                    : computation + QStringLiteral("; ") + figure.formula;
}

QString qualifierWord(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact:
        return {};
    case Qualifier::Approximately:
        return QStringLiteral("about");
    case Qualifier::Almost:
        return QStringLiteral("almost");
    case Qualifier::Over:
        return QStringLiteral("over");
    case Qualifier::Under:
        return QStringLiteral("under");
    case Qualifier::SlightlyOver:
        return QStringLiteral("slightly over");
    }
    return {};
}

namespace {

constexpr double billion = 1e9;
constexpr double million = 1e6;

/** Decimals that write @p unit in units of @p scale: 0.1 billion in billions is 1. */
int decimalsFor(double unit, double scale)
{
    const int decimals = int(std::lround(-std::log10(unit / scale)));
    return std::clamp(decimals, 0, 3);
}

} // namespace

QString formatBillions(double valueUsd, double unit)
{
    const double used = unit > 0 ? unit : statedUnit(valueUsd);
    return QString::number(valueUsd / billion, 'f', decimalsFor(used, billion));
}

QString formatUsd(double valueUsd, Qualifier qualifier, double unit)
{
    // Round to the unit first, so that 999.96 million, to the finest stated unit of a million,
    // reads "$1 billion".
    double used = unit > 0 ? unit : million;
    const double rounded = std::round(valueUsd / used) * used;
    if (unit <= 0)
        used = statedUnit(rounded);
    const QString amount = rounded < billion
        ? QStringLiteral("$%1 million")
              .arg(rounded / million, 0, 'f', decimalsFor(std::max(used, million), million))
        : QStringLiteral("$%1 billion").arg(rounded / billion, 0, 'f', decimalsFor(used, billion));
    const QString word = qualifierWord(qualifier);
    return word.isEmpty() ? amount : word + QLatin1Char(' ') + amount;
}

QString formatFigureValue(const Dataset &dataset, const TradeFigure &figure)
{
    double unit = 0;
    if (figure.derived) {
        const TradeFigure *base
            = figure.derivedFrom.isEmpty() ? nullptr : dataset.tradeFigure(figure.derivedFrom);
        // Without a base, a computed value is shown to a tenth of a billion, as the data states.
        unit = base ? statedUnit(base->valueUsd) : billion / 10;
    }
    return formatUsd(figure.valueUsd, figure.qualifier, unit);
}

QString editedNote(const TradeFigure &figure)
{
    if (!figure.reportedValueUsd)
        return {};
    return QStringLiteral("edited: the report says %1")
        .arg(formatUsd(*figure.reportedValueUsd, figure.qualifier));
}

QString tradeFigureName(const Dataset &dataset, const TradeFigure &figure)
{
    QString scope = scopeLabel(dataset, figure);
    // "Trade between ..." reads as a noun inside a sentence; a name ("Russia's") keeps its case.
    if (scope.startsWith(QLatin1String("Trade ")))
        scope[0] = scope[0].toLower();
    QString period = periodLabel(figure);
    const qsizetype bracket = period.indexOf(QLatin1String(" ("));
    if (bracket > 0)
        period.truncate(bracket);
    return scope + QStringLiteral(", ") + period;
}

QString scopeLabel(const Dataset &dataset, const TradeFigure &figure)
{
    if (figure.scope == QLatin1String("cis-internal"))
        return QStringLiteral("Trade between CIS members");
    if (figure.scope == QLatin1String("russia-cis"))
        return QStringLiteral("Russia's trade with the CIS");
    if (figure.scope == QLatin1String("bilateral"))
        return bilateralLabel(dataset, figure);
    return figure.scope;
}

QString periodLabel(const TradeFigure &figure)
{
    const QDate &start = figure.periodStart;
    const QDate &end = figure.periodEnd;
    if (start.isNull() || end.isNull())
        return QStringLiteral("period not stated");
    if (!coversWholeMonths(figure))
        return formatDate(start) + enDash + formatDate(end);
    const int months = figure.periodMonths();
    if (start.month() == 1 && months == 12)
        return QStringLiteral("%1 (full year)").arg(start.year());
    QString range;
    if (start.year() != end.year())
        range = QStringLiteral("%1 %2").arg(shortMonth(start.month())).arg(start.year()) + enDash
            + QStringLiteral("%1 %2").arg(shortMonth(end.month())).arg(end.year());
    else if (start.month() != end.month())
        range = shortMonth(start.month()) + enDash
            + QStringLiteral("%1 %2").arg(shortMonth(end.month())).arg(end.year());
    else
        range = QStringLiteral("%1 %2").arg(shortMonth(end.month())).arg(end.year());
    return QStringLiteral("%1 (%2)").arg(range, monthCount(months));
}

QString membershipStatusLabel(MembershipStatus status)
{
    switch (status) {
    case MembershipStatus::Full:
        return QStringLiteral("Full member");
    case MembershipStatus::Associate:
        return QStringLiteral("Associate member");
    case MembershipStatus::ParticipationSuspended:
        return QStringLiteral("Participation suspended");
    case MembershipStatus::ParticipationCeased:
        return QStringLiteral("Participation ceased");
    case MembershipStatus::UnratifiedParticipant:
        return QStringLiteral("Unratified participant");
    case MembershipStatus::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

QString presenceLabel(Presence presence)
{
    switch (presence) {
    case Presence::Present:
        return QStringLiteral("Present");
    case Presence::Absent:
        return QStringLiteral("Absent");
    case Presence::Expected:
        return QStringLiteral("Expected (announced before the summit)");
    case Presence::Unknown:
        break;
    }
    return QStringLiteral("Unknown");
}

QString eventKindLabel(const QString &kind)
{
    QString label = kind;
    label.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

} // namespace Summit
