// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/timeline/timelinepanel.h"

#include "models/datasetdocument.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventmodel.h"
#include "views/timeline/timelineview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Summit {

TimelinePanel::TimelinePanel(
    EventFilterProxyModel *events, QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_events(events)
    , m_view(new TimelineView(events, selection, this))
    , m_lanes(new QComboBox(this))
    , m_compare(new QCheckBox(tr("&Compare"), this))
    , m_first(new QComboBox(this))
    , m_versus(new QLabel(tr("with"), this))
    , m_second(new QComboBox(this))
    , m_fold(new QCheckBox(tr("F&old empty time"), this))
{
    m_lanes->addItem(tr("Lanes by kind"), int(LaneMode::Kind));
    m_lanes->addItem(tr("Lanes by country"), int(LaneMode::Country));
    m_lanes->addItem(tr("Lanes by person"), int(LaneMode::Person));
    m_lanes->setAccessibleName(tr("Timeline lanes"));
    m_compare->setToolTip(tr("Two summits in parallel bands, aligned on the summit day"));
    m_first->setAccessibleName(tr("First summit to compare"));
    m_second->setAccessibleName(tr("Second summit to compare"));
    m_fold->setChecked(true);
    m_fold->setToolTip(tr("Fold long stretches of time without events into a marked break"));

    auto *zoomOut = new QToolButton(this);
    zoomOut->setText(tr("−"));
    zoomOut->setToolTip(tr("Zoom out (-)"));
    zoomOut->setAccessibleName(tr("Zoom out"));
    auto *zoomIn = new QToolButton(this);
    zoomIn->setText(tr("+"));
    zoomIn->setToolTip(tr("Zoom in (+)"));
    zoomIn->setAccessibleName(tr("Zoom in"));
    auto *fit = new QToolButton(this);
    fit->setText(tr("Fit all"));
    fit->setToolTip(tr("Show every event (F)"));

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : { static_cast<QWidget *>(m_lanes), static_cast<QWidget *>(m_compare),
             static_cast<QWidget *>(m_first), static_cast<QWidget *>(m_versus),
             static_cast<QWidget *>(m_second), static_cast<QWidget *>(m_fold) })
        controls->addWidget(widget);
    controls->addStretch(1);
    controls->addWidget(zoomOut);
    controls->addWidget(zoomIn);
    controls->addWidget(fit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_lanes, &QComboBox::currentIndexChanged, this, &TimelinePanel::applyLaneChoice);
    connect(m_compare, &QCheckBox::toggled, this, &TimelinePanel::applyCompareChoice);
    connect(m_first, &QComboBox::currentIndexChanged, this, &TimelinePanel::applyCompareChoice);
    connect(m_second, &QComboBox::currentIndexChanged, this, &TimelinePanel::applyCompareChoice);
    connect(m_fold, &QCheckBox::toggled, m_view, &TimelineView::setFoldEmptyTime);
    connect(zoomOut, &QToolButton::clicked, m_view, &TimelineView::zoomOut);
    connect(zoomIn, &QToolButton::clicked, m_view, &TimelineView::zoomIn);
    connect(fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    if (events->sourceModel())
        connect(events->sourceModel(), &QAbstractItemModel::modelReset, this,
            &TimelinePanel::repopulateSummits);
    repopulateSummits();
}

void TimelinePanel::repopulateSummits()
{
    const auto *source = qobject_cast<const EventModel *>(m_events->sourceModel());
    if (!source)
        return;
    QList<const Summit *> summits;
    for (const Summit &summit : source->document()->dataset().summits)
        summits.append(&summit);
    std::stable_sort(summits.begin(), summits.end(),
        [](const Summit *a, const Summit *b) { return a->date < b->date; });
    m_updating = true;
    for (QComboBox *combo : { m_first, m_second }) {
        combo->clear();
        for (const Summit *summit : std::as_const(summits))
            combo->addItem(summit->title, summit->id);
    }
    // The first two by date, as the view defaults to.
    m_first->setCurrentIndex(summits.isEmpty() ? -1 : 0);
    m_second->setCurrentIndex(summits.size() < 2 ? -1 : 1);
    m_compare->setEnabled(summits.size() >= 2);
    m_updating = false;
    applyCompareChoice();
}

void TimelinePanel::applyLaneChoice()
{
    m_view->setLaneMode(LaneMode(m_lanes->currentData().toInt()));
}

void TimelinePanel::applyCompareChoice()
{
    const bool on = m_compare->isChecked();
    m_first->setEnabled(on);
    m_versus->setEnabled(on);
    m_second->setEnabled(on);
    if (m_updating)
        return;
    m_view->setCompareSummits(
        m_first->currentData().toString(), m_second->currentData().toString());
    m_view->setCompareMode(on);
}

} // namespace Summit
