// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QItemSelectionModel;
class QLabel;

namespace Summit {

class EventFilterProxyModel;
class TimelineView;

/**
 * The timeline tab: a row of controls (lanes by kind, country or person; compare two summits and
 * which; fold empty time; zoom) above the TimelineView, which does the work. The view is the
 * Exportable; the panel only sets its options.
 */
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    TimelinePanel(
        EventFilterProxyModel *events, QItemSelectionModel *selection, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    QComboBox *laneChoice() const { return m_lanes; }
    QCheckBox *compareChoice() const { return m_compare; }
    QComboBox *firstSummitChoice() const { return m_first; }
    QComboBox *secondSummitChoice() const { return m_second; }

private:
    void repopulateSummits();
    void applyLaneChoice();
    void applyCompareChoice();

    EventFilterProxyModel *m_events;
    TimelineView *m_view;
    QComboBox *m_lanes;
    QCheckBox *m_compare;
    QComboBox *m_first;
    QLabel *m_versus;
    QComboBox *m_second;
    QCheckBox *m_fold;
    bool m_updating = false; ///< guards against feedback while the combos are refilled
};

} // namespace Summit
