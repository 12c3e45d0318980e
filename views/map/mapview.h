// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/export/exportable.h"
#include "views/map/maprenderer.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QToolButton;

namespace Summit {

class CountryModel;
class DatasetDocument;
class MapCanvas;
class MapGeometry;

/**
 * The membership map: countries coloured by their CIS status on a chosen date (CountryModel),
 * an attendance overlay for one summit (present / absent / unknown as symbols, the host city as
 * a star, bilateral talks as arcs from the host city), tooltips with the leader and the reason
 * for an absence, and click-to-select that the window turns into a country filter.
 *
 * The map drives the CountryModel's date: the date control and the summit presets set it, and
 * a date set elsewhere shows up here. Countries outside the dataset are drawn grey for context;
 * disputed areas hatched, as neither claimant's.
 */
class MapView : public QWidget, public Exportable
{
    Q_OBJECT

public:
    MapView(DatasetDocument *document, CountryModel *countries, QWidget *parent = nullptr);

    QDate date() const;
    void setDate(const QDate &date);
    /** The summit whose attendance is overlaid; empty for none. */
    QString summitId() const { return m_summitId; }
    void setSummit(const QString &summitId);
    QString selectedCountry() const { return m_selected; }

    MapCanvas *canvas() const { return m_canvas; }
    QDateEdit *dateEdit() const { return m_dateEdit; }
    QComboBox *summitCombo() const { return m_summitCombo; }
    /** One button per summit: sets the date to the summit's and overlays its attendance. */
    QList<QToolButton *> presetButtons() const { return m_presets; }
    /** The tooltip of a shape (country code or disputed area id), as plain text. */
    QString toolTipFor(const QString &code) const;
    /** Where a country's label sits on the canvas at the current zoom (inside the country). */
    QPoint canvasPositionOf(const QString &code) const;

    QString exportName() const override { return QStringLiteral("map"); }
    QString exportTitle() const override;
    QStringList citedDocuments(ExportExtent extent) const override;
    void renderContent(QPainter *painter, const QRectF &target, ExportExtent extent) override;
    bool applyExportArguments(
        const QStringList &summitIds, const QDate &date, QString *error) override;

public slots:
    /** Selects @p code (empty clears) without emitting countryActivated. */
    void setSelectedCountry(const QString &code);

signals:
    /** The user selected a country (its code) or cleared the selection (empty). */
    void countryActivated(const QString &code);

private:
    QWidget *createControls();
    void rebuildSummitControls();
    void updateScene();
    MapScene buildScene() const;
    void addOverlay(MapScene &scene) const;
    void handleClick(const QString &code);
    void clearSelection();
    QString summitLabel(const QString &summitId) const;
    QString countryToolTip(const QString &code) const;
    QString attendanceLine(const QString &code) const;
    QStringList datasetCodes() const;
    /** The dataset's countries the map draws, by name: what the keyboard walks. */
    QStringList navigableCodes() const;
    /** What a screen reader reads for a country: status on the date, attendance if overlaid. */
    QString accessibleCountryName(const QString &code) const;

    DatasetDocument *m_document;
    CountryModel *m_countries;
    const MapGeometry &m_geometry;
    MapRenderer m_exportRenderer;
    MapCanvas *m_canvas;
    QDateEdit *m_dateEdit;
    QComboBox *m_summitCombo;
    QHBoxLayout *m_presetLayout;
    QList<QToolButton *> m_presets;
    QString m_summitId;
    QString m_selected;
};

} // namespace Summit
