// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Summit {

class DatasetDocument;
class TradeChartPanel;
class TradeFigureModel;

/**
 * The trade tab: the list of chart groups computed from the dataset on the left, the chosen
 * group's chart on the right and, below it, the table of all trade figures. Chart and table show
 * the same TradeFigureModel, so editing a value in the table moves the bar. The filter bar's
 * country filters the table and says so over the tab (setCountryFilter()). The groups are
 * recomputed when the dataset is replaced, keeping the chosen group where it still exists.
 */
class TradeChartsView : public QWidget
{
    Q_OBJECT

public:
    TradeChartsView(DatasetDocument *document, TradeFigureModel *model, QWidget *parent = nullptr);

    /** The chart shown now, or nullptr when the dataset has no trade figures. */
    TradeChartPanel *currentPanel() const;
    /** One panel per group, in list order. */
    QList<TradeChartPanel *> panels() const { return m_panels; }
    /** Shows the group with export name @p name; false when there is none. */
    bool showGroup(const QString &name);

    QListWidget *groupList() const { return m_groups; }
    QTableView *figureTable() const { return m_table; }

    /**
     * Follows the filter bar's country (a code; empty: none): the table lists the figures that
     * name the country as a party, and a line over the tab says so with the count, and that the
     * charts still show every figure of their group.
     */
    void setCountryFilter(const QString &countryCode);
    QString countryFilter() const { return m_countryFilter; }
    /** The line that says what the filter does here; empty and hidden without a filter. */
    QString filterText() const;

signals:
    /** The chart shown changed (another group chosen, or the groups were rebuilt). */
    void currentPanelChanged(TradeChartPanel *panel);
    /** A trade figure was chosen, in the table or by a click on its bar (its id). */
    void figureActivated(const QString &figureId);

private:
    void setUpWidgets();
    void createLayout();
    void rebuildGroups();
    void selectFigureRow(int figureRow);
    void updateFilterText();

    DatasetDocument *m_document;
    TradeFigureModel *m_model;
    QListWidget *m_groups;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QSortFilterProxyModel *m_filtered;
    QLabel *m_filterLine;
    QString m_countryFilter;
    QList<TradeChartPanel *> m_panels;
};

} // namespace Summit
