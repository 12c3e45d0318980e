// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/export/exportable.h"

#include <QStringList>
#include <QWidget>

class QChartView;
class QLabel;

namespace Summit {

class DatasetDocument;
class TradeChart;
class TradeChartTableModel;
class TradeFigureModel;
struct TradeChartGroup;

/**
 * One trade chart group as a bar chart with its reading notes, bound to the shared
 * TradeFigureModel: an edit of a value in any view moves the bar. Hovering a bar shows the
 * figure's exact value, hedge, period, scope, who stated it and its sources.
 *
 * The notes under the chart say what the marks cannot: that different measures are not
 * comparable, that periods differ in length, how a derived value was computed, which values the
 * user typed and why a report was set aside. The chart's own legend explains its marks. An export
 * paints a fresh chart at the target size plus the same notes.
 */
class TradeChartPanel : public QWidget, public Exportable
{
    Q_OBJECT

public:
    TradeChartPanel(DatasetDocument *document, TradeFigureModel *model, const QString &groupName,
        QWidget *parent = nullptr);
    ~TradeChartPanel() override;

    const TradeChartGroup &group() const;
    TradeChart *chart() const { return m_chart; }
    TradeChartTableModel *table() const { return m_table; }
    /** The notes shown under the chart, one paragraph each. */
    QStringList notes() const;
    /** The tooltip of the bar of table row @p row. */
    QString barToolTip(int row) const;

    QString exportName() const override;
    QString exportTitle() const override;
    QStringList citedDocuments(ExportExtent extent) const override;
    /** Names every value the user typed, with the report's ("edited: the report says …"). */
    QString sourceLineNote(ExportExtent extent) const override;
    void renderContent(QPainter *painter, const QRectF &target, ExportExtent extent) override;

signals:
    /** A bar was clicked: the row of its figure in the TradeFigureModel. */
    void figureClicked(int figureRow);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateNotes();
    void showBarToolTip(int row, bool status);

    DatasetDocument *m_document;
    QString m_groupName;
    TradeChartTableModel *m_table;
    TradeChart *m_chart;
    QChartView *m_view;
    QLabel *m_notes;
    QLabel *m_title;
    int m_hoveredRow = -1; ///< table row of the bar under the pointer, or -1
};

} // namespace Summit
