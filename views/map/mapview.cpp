// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/map/mapview.h"

#include "models/agreement.h"
#include "models/countrymodel.h"
#include "models/datasetdocument.h"
#include "models/sourceformat.h"
#include "views/map/mapcanvas.h"
#include "views/map/mapgeometry.h"
#include "views/map/mapstyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Summit {

namespace {

// The Alma-Ata Protocol completed the CIS on 21 Dec 1991 after the Minsk agreement of 8 Dec;
// a status before the Commonwealth existed would be meaningless, so the date control stops there.
const QDate CisFounded(1991, 12, 8);

QList<const Summit *> summitsByDate(const Dataset &dataset)
{
    QList<const Summit *> summits;
    for (const Summit &summit : dataset.summits)
        summits.append(&summit);
    std::stable_sort(summits.begin(), summits.end(),
        [](const Summit *a, const Summit *b) { return a->date < b->date; });
    return summits;
}

// The first day after @p date on which a status of @p country is stated (null: none is).
QDate firstStatedDate(const Country &country, const QDate &date)
{
    QDate first;
    for (const Membership &membership : country.memberships) {
        const QDate start = membership.start();
        if (start > date && (first.isNull() || start < first))
            first = start;
    }
    return first;
}

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

MapView::MapView(DatasetDocument *document, CountryModel *countries, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_countries(countries)
    , m_geometry(MapGeometry::builtin())
    , m_exportRenderer(m_geometry)
    , m_canvas(new MapCanvas(m_geometry, this))
    , m_dateEdit(new QDateEdit(this))
    , m_summitCombo(new QComboBox(this))
    , m_presetLayout(new QHBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(createControls());
    layout->addWidget(m_canvas, 1);

    m_canvas->setToolTipProvider([this](const QString &code) { return toolTipFor(code); });
    m_canvas->setItemTextProvider([this](const QString &code, bool description) {
        return description ? toolTipFor(code).replace(QLatin1Char('\n'), QLatin1Char(' '))
                           : accessibleCountryName(code);
    });
    connect(m_canvas, &MapCanvas::shapeClicked, this, &MapView::handleClick);
    connect(m_canvas, &MapCanvas::escapePressed, this, &MapView::clearSelection);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &MapView::setDate);
    connect(m_summitCombo, &QComboBox::currentIndexChanged, this,
        [this](int index) { setSummit(m_summitCombo->itemData(index).toString()); });
    connect(m_countries, &CountryModel::dateChanged, this, [this](const QDate &date) {
        const QSignalBlocker blocker(m_dateEdit);
        m_dateEdit->setDate(date);
        updateScene();
    });
    connect(m_countries, &CountryModel::modelReset, this, &MapView::updateScene);
    connect(m_document, &DatasetDocument::datasetReplaced, this, &MapView::rebuildSummitControls);
    // A judgement of an attendance report can change what the map shows of that country.
    connect(m_document, &DatasetDocument::reviewChanged, this, &MapView::updateScene);
    rebuildSummitControls();
}

QWidget *MapView::createControls()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 4, 6, 0);
    m_dateEdit->setLocale(QLocale(QLocale::English));
    m_dateEdit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setMinimumDate(CisFounded);
    m_dateEdit->setToolTip(QStringLiteral("Colour the countries by their CIS status on this day"));
    auto *dateLabel = new QLabel(QStringLiteral("Status on:"), bar);
    dateLabel->setBuddy(m_dateEdit);
    row->addWidget(dateLabel);
    row->addWidget(m_dateEdit);
    row->addLayout(m_presetLayout);
    row->addStretch(1);
    auto *overlayLabel = new QLabel(QStringLiteral("Attendance:"), bar);
    overlayLabel->setBuddy(m_summitCombo);
    row->addWidget(overlayLabel);
    row->addWidget(m_summitCombo);
    QToolButton *zoomIn = toolButton(QStringLiteral("+"), QStringLiteral("Zoom in (+)"), bar);
    QToolButton *zoomOut = toolButton(QStringLiteral("−"), QStringLiteral("Zoom out (-)"), bar);
    QToolButton *reset = toolButton(
        QStringLiteral("Reset"), QStringLiteral("Show the whole map (0 or Home)"), bar);
    connect(zoomIn, &QToolButton::clicked, m_canvas, &MapCanvas::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_canvas, &MapCanvas::zoomOut);
    connect(reset, &QToolButton::clicked, m_canvas, &MapCanvas::resetView);
    zoomIn->setAccessibleName(tr("Zoom in"));
    zoomOut->setAccessibleName(tr("Zoom out"));
    reset->setAccessibleName(tr("Show the whole map"));
    row->addWidget(zoomOut);
    row->addWidget(zoomIn);
    row->addWidget(reset);
    return bar;
}

void MapView::rebuildSummitControls()
{
    const Dataset &dataset = m_document->dataset();
    qDeleteAll(m_presets);
    m_presets.clear();
    const QSignalBlocker blocker(m_summitCombo);
    m_summitCombo->clear();
    m_summitCombo->addItem(QStringLiteral("None"), QString());
    const QList<const Summit *> summits = summitsByDate(dataset);
    for (const Summit *summit : summits) {
        const QString label = summitLabel(summit->id);
        m_summitCombo->addItem(label, summit->id);
        QToolButton *preset = toolButton(formatDate(summit->date),
            QStringLiteral("Statuses on the day of the %1, with its attendance").arg(label), this);
        preset->setCheckable(true);
        connect(preset, &QToolButton::clicked, this, [this, id = summit->id] {
            if (const Summit *chosen = m_document->dataset().summit(id)) {
                setSummit(id);
                setDate(chosen->date);
            }
            updateScene();
        });
        m_presetLayout->addWidget(preset);
        m_presets.append(preset);
    }
    if (!dataset.country(m_selected))
        clearSelection();
    m_canvas->setCountries(navigableCodes());
    m_canvas->setFrame(m_exportRenderer.defaultFrame(datasetCodes()));
    // A summit that vanished with the old dataset gives way to the latest one, and its date.
    if (!dataset.summit(m_summitId) && !summits.isEmpty()) {
        setSummit(summits.last()->id);
        setDate(summits.last()->date);
    } else {
        setSummit(dataset.summit(m_summitId) ? m_summitId : QString());
    }
    updateScene();
}

QDate MapView::date() const
{
    return m_countries->date();
}

void MapView::setDate(const QDate &date)
{
    if (date.isValid())
        m_countries->setDate(date); // dateChanged brings the control and the map along
}

void MapView::setSummit(const QString &summitId)
{
    m_summitId = summitId;
    const QSignalBlocker blocker(m_summitCombo);
    m_summitCombo->setCurrentIndex(qMax(0, m_summitCombo->findData(summitId)));
    updateScene();
}

void MapView::setSelectedCountry(const QString &code)
{
    m_selected = m_document->dataset().country(code) ? code : QString();
    updateScene();
}

void MapView::handleClick(const QString &code)
{
    if (!m_document->dataset().country(code))
        return clearSelection();
    if (code == m_selected)
        return clearSelection();
    m_selected = code;
    updateScene();
    emit countryActivated(code);
}

void MapView::clearSelection()
{
    if (m_selected.isEmpty())
        return;
    m_selected.clear();
    updateScene();
    emit countryActivated(QString());
}

void MapView::updateScene()
{
    m_canvas->setScene(buildScene());
    const Dataset &dataset = m_document->dataset();
    const QList<const Summit *> summits = summitsByDate(dataset);
    for (qsizetype i = 0; i < m_presets.size() && i < summits.size(); ++i) {
        const Summit *summit = summits.at(i);
        m_presets.at(i)->setChecked(summit->id == m_summitId && summit->date == date());
    }
}

MapScene MapView::buildScene() const
{
    MapScene scene;
    scene.date = date();
    for (int row = 0; row < m_countries->rowCount(); ++row) {
        const QModelIndex index = m_countries->index(row, CountryModel::StatusColumn);
        scene.statuses.insert(index.data(CountryModel::CodeRole).toString(),
            MembershipStatus(index.data(CountryModel::StatusRole).toInt()));
    }
    addOverlay(scene);
    scene.selected = m_selected;
    return scene;
}

void MapView::addOverlay(MapScene &scene) const
{
    const Dataset &dataset = m_document->dataset();
    const Summit *summit = dataset.summit(m_summitId);
    if (!summit)
        return;
    scene.summitLabel = summitLabel(summit->id);
    // A country may have several reports (format 2): it shows what they come to, and a mark
    // where they differ, never one of them picked silently.
    for (const Attendance &attendance : summit->attendance) {
        if (scene.presence.contains(attendance.country))
            continue;
        const AttendanceSummary summary = summarizeAttendance(dataset, *summit, attendance.country);
        scene.presence.insert(attendance.country, summary.status);
        if (summary.relation == Relation::Differ)
            scene.reportsDiffer.append(attendance.country);
    }
    if (m_geometry.city(summit->city))
        scene.hostCity = summit->city;
    else if (const MapCity *capital = m_geometry.capitalOf(summit->host))
        scene.hostCity = capital->name;
    for (const Event &event : dataset.events) {
        // Talks only announced (format 2's planned) are not drawn as talks held.
        if (event.summit != summit->id || event.kind != QLatin1String("bilateral") || event.planned)
            continue;
        for (const QString &country : event.countries) {
            if (country != summit->host && !scene.partners.contains(country))
                scene.partners.append(country);
        }
    }
}

QString MapView::summitLabel(const QString &summitId) const
{
    const Summit *summit = m_document->dataset().summit(summitId);
    if (!summit)
        return {};
    if (summit->city.isEmpty())
        return QStringLiteral("%1 summit").arg(formatDate(summit->date));
    return QStringLiteral("%1 summit in %2").arg(formatDate(summit->date), summit->city);
}

QStringList MapView::datasetCodes() const
{
    QStringList codes;
    for (const Country &country : m_document->dataset().countries)
        codes.append(country.code);
    return codes;
}

QStringList MapView::navigableCodes() const
{
    QList<const Country *> countries;
    for (const Country &country : m_document->dataset().countries) {
        if (m_geometry.indexOf(country.code) >= 0)
            countries.append(&country);
    }
    std::sort(countries.begin(), countries.end(), [](const Country *a, const Country *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    QStringList codes;
    for (const Country *country : countries)
        codes.append(country->code);
    return codes;
}

QString MapView::accessibleCountryName(const QString &code) const
{
    const Dataset &dataset = m_document->dataset();
    const Country *country = dataset.country(code);
    if (!country)
        return {};
    QString name = tr("%1: %2 on %3")
                       .arg(country->name, membershipStatusLabel(country->statusAt(date())),
                           formatDate(date()));
    const Summit *summit = dataset.summit(m_summitId);
    if (summit && code == summit->host)
        name += tr("; host of the %1").arg(summitLabel(summit->id));
    const auto presence = m_canvas->scene().presence.constFind(code);
    if (summit && presence != m_canvas->scene().presence.cend())
        name += (*presence == Presence::Unknown
                ? tr("; attendance unknown at the %1")
                : tr("; %1 at the %2").arg(presenceLabel(*presence).toLower()))
                    .arg(summitLabel(summit->id));
    else if (summit)
        name += tr("; not on the attendance list of the %1").arg(summitLabel(summit->id));
    return name;
}

QPoint MapView::canvasPositionOf(const QString &code) const
{
    const int index = m_geometry.indexOf(code);
    if (index < 0)
        return {};
    return m_canvas->mapToCanvas(m_geometry.features().at(index).labelAnchor).toPoint();
}

QString MapView::toolTipFor(const QString &code) const
{
    const int index = m_geometry.indexOf(code);
    if (index >= 0 && m_geometry.features().at(index).disputed) {
        const MapFeature &area = m_geometry.features().at(index);
        return QStringLiteral("%1 (disputed): %2.\nDrawn hatched, as neither claimant's.")
            .arg(area.name, area.note);
    }
    if (m_document->dataset().country(code))
        return countryToolTip(code);
    if (index < 0)
        return {};
    return QStringLiteral("%1\nNot in the dataset; drawn for orientation only.")
        .arg(m_geometry.features().at(index).name);
}

QString MapView::countryToolTip(const QString &code) const
{
    const Dataset &dataset = m_document->dataset();
    const Country *country = dataset.country(code);
    QStringList lines { country->name };
    lines.append(QStringLiteral("Status on %1: %2")
                     .arg(formatDate(date()), membershipStatusLabel(country->statusAt(date()))));
    if (const Membership *membership = country->membershipAt(date())) {
        if (!membership->note.isEmpty())
            lines.append(membership->note);
    } else if (const QDate first = firstStatedDate(*country, date()); first.isValid()) {
        lines.append(
            QStringLiteral("The sources state its status only from %1.").arg(formatDate(first)));
    }
    const QString attendance = attendanceLine(code);
    if (!attendance.isEmpty())
        lines.append(attendance);
    lines.append(code == m_selected ? QStringLiteral("Click again (or Escape) to clear the filter.")
                                    : QStringLiteral("Click to filter the events to %1 and show "
                                                     "its membership history with sources.")
                                          .arg(country->name));
    return lines.join(QLatin1Char('\n'));
}

QString MapView::attendanceLine(const QString &code) const
{
    const Dataset &dataset = m_document->dataset();
    const Summit *summit = dataset.summit(m_summitId);
    if (!summit)
        return {};
    const QString at = QStringLiteral("At the %1: ").arg(summitLabel(summit->id));
    QString line;
    if (code == summit->host)
        line = QStringLiteral("Host. ");
    const auto record = std::find_if(summit->attendance.cbegin(), summit->attendance.cend(),
        [&code](const Attendance &a) { return a.country == code; });
    if (record == summit->attendance.cend())
        return line + at + QStringLiteral("not on the attendance list");
    const Person *person = dataset.person(record->person);
    const QString who = person ? QStringLiteral("%1 (%2)").arg(person->name, person->role)
                               : QStringLiteral("leader not named in the sources");
    const QString presence = record->status == Presence::Unknown
        ? QStringLiteral("attendance unknown, the sources do not say")
        : presenceLabel(record->status).toLower();
    line += at + QStringLiteral("%1, %2").arg(who, presence);
    if (!record->reason.isEmpty())
        line += QStringLiteral("\nReason given: ") + record->reason;
    if (!record->note.isEmpty())
        line += QStringLiteral("\n") + record->note;
    const auto talks
        = std::find_if(dataset.events.cbegin(), dataset.events.cend(), [&](const Event &event) {
              return event.summit == summit->id && event.kind == QLatin1String("bilateral")
                  && !event.planned && code != summit->host && event.countries.contains(code);
          });
    if (talks != dataset.events.cend())
        line += QStringLiteral("\nHeld bilateral talks with the host: ") + talks->title;
    return line;
}

QString MapView::exportTitle() const
{
    const Dataset &dataset = m_document->dataset();
    const QString membership = QStringLiteral("CIS membership on %1").arg(formatDate(date()));
    const Summit *summit = dataset.summit(m_summitId);
    if (!summit)
        return membership;
    // "the 2025 summit" reads best; the full date only when a year had more than one summit.
    const auto sameYear = std::count_if(dataset.summits.cbegin(), dataset.summits.cend(),
        [summit](const Summit &other) { return other.date.year() == summit->date.year(); });
    const QString when
        = sameYear > 1 ? formatDate(summit->date) : QString::number(summit->date.year());
    return QStringLiteral("%1 and attendance at the %2 summit").arg(membership, when);
}

QStringList MapView::citedDocuments(ExportExtent /*extent: all, always*/) const
{
    const Dataset &dataset = m_document->dataset();
    QStringList ids;
    auto cite = [&ids](const Sources &sources) {
        for (const SourceRef &source : sources) {
            if (!ids.contains(source.document))
                ids.append(source.document);
        }
    };
    for (const Country &country : dataset.countries) {
        if (const Membership *membership = country.membershipAt(date()))
            cite(membership->sources);
    }
    if (const Summit *summit = dataset.summit(m_summitId)) {
        cite(summit->sources);
        for (const Attendance &attendance : summit->attendance)
            cite(attendance.sources);
        for (const Event &event : dataset.events) {
            if (event.summit == summit->id && event.kind == QLatin1String("bilateral"))
                cite(event.sources);
        }
    }
    return ids;
}

void MapView::renderContent(
    QPainter *painter, const QRectF &target, ExportExtent /*extent: all, always*/)
{
    // What the export shows is the date and summit chosen, never the window's zoom, hover or
    // selection.
    MapScene scene = buildScene();
    scene.selected.clear();
    // The painter's font is the export's smallest legible text: a small export shrinks the map,
    // not its labels.
    const MapLayout layout = MapRenderer::layout(
        target, qMax(0.85, MapStyle::unitForSmallestText(painter->font().pixelSize())));
    const QRectF frame = m_exportRenderer.defaultFrame(datasetCodes());
    m_exportRenderer.paint(painter, layout, MapRenderer::fitTransform(frame, layout.map), scene);
}

bool MapView::applyExportArguments(const QStringList &summitIds, const QDate &date, QString *error)
{
    if (date.isValid() && date < CisFounded) {
        *error = QStringLiteral("--date: %1 is before the CIS was founded (%2)")
                     .arg(date.toString(Qt::ISODate), CisFounded.toString(Qt::ISODate));
        return false;
    }
    if (summitIds.size() > 1) {
        *error = QStringLiteral("--summits: the map overlays the attendance of one summit; "
                                "give exactly one id");
        return false;
    }
    const Dataset &dataset = m_document->dataset();
    if (!summitIds.isEmpty() && !dataset.summit(summitIds.first())) {
        QStringList known;
        for (const Summit &summit : dataset.summits)
            known.append(summit.id);
        *error = QStringLiteral("--summits: unknown summit '%1' (known: %2)")
                     .arg(summitIds.first(), known.join(QStringLiteral(", ")));
        return false;
    }
    if (!summitIds.isEmpty()) {
        setSummit(summitIds.first());
        // A summit without --date shows the statuses on the summit's own day.
        if (!date.isValid())
            setDate(dataset.summit(summitIds.first())->date);
    }
    if (date.isValid()) {
        setDate(date);
        // A date alone overlays the attendance of the summit held that day, if any: the
        // window's default overlay (the latest summit) under another date's title would read
        // as that date's attendance.
        if (summitIds.isEmpty()) {
            const auto held = std::find_if(dataset.summits.cbegin(), dataset.summits.cend(),
                [&date](const Summit &summit) { return summit.date == date; });
            setSummit(held == dataset.summits.cend() ? QString() : held->id);
        }
    }
    return true;
}

} // namespace Summit
