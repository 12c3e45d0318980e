// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exportcatalog.h"

#include "models/countrymodel.h"
#include "models/datasetdocument.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventmodel.h"
#include "models/tradefiguremodel.h"
#include "views/compare/comparisonview.h"
#include "views/export/exportable.h"
#include "views/map/mapview.h"
#include "views/reports/reportsview.h"
#include "views/timeline/timelineview.h"
#include "views/trade/tradechartgroups.h"
#include "views/trade/tradechartpanel.h"

#include <QItemSelectionModel>

#include <map>

namespace Summit {

/** The models and widgets behind the exports; widgets are made on first use only. */
struct ExportCatalog::Views
{
    explicit Views(DatasetDocument *document)
        : events(document)
        , countries(document)
        , trade(document)
        , selection(&proxy)
    {
        proxy.setSourceModel(&events);
    }

    EventModel events;
    EventFilterProxyModel proxy;
    CountryModel countries;
    TradeFigureModel trade;
    QItemSelectionModel selection;
    std::map<QString, std::unique_ptr<QWidget>> widgets;
};

ExportCatalog::ExportCatalog(DatasetDocument *document)
    : m_document(document)
    , m_views(std::make_unique<Views>(document))
{
}

ExportCatalog::~ExportCatalog()
{
    // Widgets first: they hold pointers to the models.
    m_views->widgets.clear();
}

QStringList ExportCatalog::names() const
{
    QStringList names;
    for (const TradeChartGroup &group : tradeChartGroups(m_document->dataset()))
        names.append(group.name);
    names << QStringLiteral("comparison") << QStringLiteral("timeline") << QStringLiteral("map")
          << QStringLiteral("reports");
    return names;
}

Exportable *ExportCatalog::exportable(const QString &name)
{
    if (!names().contains(name))
        return nullptr;
    auto &widget = m_views->widgets[name];
    if (!widget) {
        if (name == QLatin1String("comparison"))
            widget = std::make_unique<ComparisonView>(m_document);
        else if (name == QLatin1String("timeline"))
            widget = std::make_unique<TimelineView>(&m_views->proxy, &m_views->selection);
        else if (name == QLatin1String("map"))
            widget = std::make_unique<MapView>(m_document, &m_views->countries);
        else if (name == QLatin1String("reports"))
            widget = std::make_unique<ReportsView>(m_document);
        else
            widget = std::make_unique<TradeChartPanel>(m_document, &m_views->trade, name);
    }
    return dynamic_cast<Exportable *>(widget.get());
}

} // namespace Summit
