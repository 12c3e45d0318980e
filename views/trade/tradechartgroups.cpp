// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/trade/tradechartgroups.h"

#include "models/sourceformat.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Summit {

namespace {

const QString headlineName = QStringLiteral("trade-headline");

bool isHeadlineScope(const QString &scope)
{
    return scope == QLatin1String("cis-internal") || scope == QLatin1String("russia-cis");
}

/** "Armenia" → "armenia", "United Kingdom" → "united-kingdom": safe on a command line. */
QString slug(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    QString lower = text.toLower();
    lower.replace(separators, QStringLiteral("-"));
    while (lower.startsWith(QLatin1Char('-')))
        lower.remove(0, 1);
    while (lower.endsWith(QLatin1Char('-')))
        lower.chop(1);
    return lower;
}

QString bilateralName(const Dataset &dataset, const TradeFigure &figure)
{
    QStringList names;
    for (const QString &code : figure.countries) {
        const Country *country = dataset.country(code);
        names.append(slug(country ? country->name : code));
    }
    if (names.isEmpty())
        return QStringLiteral("trade-bilateral");
    std::sort(names.begin(), names.end());
    return QStringLiteral("trade-") + names.join(QLatin1Char('-'));
}

QString groupName(const Dataset &dataset, const TradeFigure &figure)
{
    if (isHeadlineScope(figure.scope))
        return headlineName;
    if (figure.scope == QLatin1String("bilateral"))
        return bilateralName(dataset, figure);
    return QStringLiteral("trade-") + slug(figure.scope);
}

QString groupTitle(const Dataset &dataset, const TradeFigure &figure)
{
    if (isHeadlineScope(figure.scope))
        return QStringLiteral("Headline trade figures cited at the summits");
    if (figure.scope == QLatin1String("bilateral"))
        return scopeLabel(dataset, figure);
    return QStringLiteral("Trade figures, scope “%1”").arg(scopeLabel(dataset, figure));
}

} // namespace

QList<TradeChartGroup> tradeChartGroups(const Dataset &dataset)
{
    QList<TradeChartGroup> groups;
    for (int row = 0; row < dataset.tradeFigures.size(); ++row) {
        const TradeFigure &figure = dataset.tradeFigures.at(row);
        const QString name = groupName(dataset, figure);
        auto it = std::find_if(groups.begin(), groups.end(),
            [&name](const TradeChartGroup &group) { return group.name == name; });
        if (it == groups.end())
            it = groups.insert(groups.end(), { name, groupTitle(dataset, figure), {} });
        it->rows.append(row);
    }
    std::stable_sort(
        groups.begin(), groups.end(), [](const TradeChartGroup &a, const TradeChartGroup &b) {
            const bool aHeadline = a.name == headlineName;
            const bool bHeadline = b.name == headlineName;
            if (aHeadline != bHeadline)
                return aHeadline;
            return a.name < b.name;
        });
    return groups;
}

TradeChartGroup tradeChartGroup(const Dataset &dataset, const QString &name)
{
    const QList<TradeChartGroup> groups = tradeChartGroups(dataset);
    for (const TradeChartGroup &group : groups) {
        if (group.name == name)
            return group;
    }
    return {};
}

} // namespace Summit
