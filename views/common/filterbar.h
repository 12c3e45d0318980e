// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace Summit {

class DatasetDocument;
class EventFilterProxyModel;

/**
 * The row of filter controls above the event list: summit, country, person, kind and a search
 * field. It only edits the proxy's filters, so every view fed by the same proxy follows.
 */
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    FilterBar(
        const DatasetDocument *document, EventFilterProxyModel *proxy, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }

public slots:
    /** Fills the choices from the dataset; called when the dataset is replaced. */
    void repopulate();
    /** Shows the proxy's current filters (after a change made elsewhere, e.g. a map click). */
    void syncFromProxy();

    /** What each combo filters (its tooltip, with the current choice after it). */
    static QString summitTip();
    static QString countryTip();
    static QString personTip();
    static QString kindTip();

private:
    void applyChoices();

    const DatasetDocument *m_document;
    EventFilterProxyModel *m_proxy;
    QComboBox *m_summit;
    QComboBox *m_country;
    QComboBox *m_person;
    QComboBox *m_kind;
    QLineEdit *m_search;
    bool m_updating = false; ///< Guards against feedback while the combos are refilled.
};

} // namespace Summit
