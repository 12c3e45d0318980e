// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/filterbar.h"

#include "models/datasetdocument.h"
#include "models/eventfilterproxymodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace Summit {

namespace {

QComboBox *makeCombo(const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QString kindLabel(const QString &kind)
{
    QString label = kind;
    label.replace(QLatin1Char('-'), QLatin1Char(' '));
    return label.left(1).toUpper() + label.mid(1);
}

} // namespace

FilterBar::FilterBar(const DatasetDocument *document, EventFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_proxy(proxy)
    , m_summit(makeCombo(tr("Summit filter"), this))
    , m_country(makeCombo(tr("Country filter"), this))
    , m_person(makeCombo(tr("Person filter"), this))
    , m_kind(makeCombo(tr("Kind filter"), this))
    , m_search(new QLineEdit(this))
{
    m_search->setPlaceholderText(tr("Search events (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search events"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    for (QComboBox *combo : { m_summit, m_country, m_person, m_kind })
        layout->addWidget(combo);

    for (QComboBox *combo : { m_summit, m_country, m_person, m_kind })
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::applyChoices);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::applyChoices);
    connect(m_proxy, &EventFilterProxyModel::filterChanged, this, &FilterBar::syncFromProxy);
    connect(m_document, &DatasetDocument::datasetReplaced, this, &FilterBar::repopulate);
    repopulate();
}

void FilterBar::repopulate()
{
    m_updating = true;
    const Dataset &dataset = m_document->dataset();
    for (QComboBox *combo : { m_summit, m_country, m_person, m_kind })
        combo->clear();
    m_summit->addItem(tr("All summits"), QString());
    for (const Summit &summit : dataset.summits)
        m_summit->addItem(summit.title, summit.id);
    m_country->addItem(tr("All countries"), QString());
    for (const Country &country : dataset.countries)
        m_country->addItem(country.name, country.code);
    m_person->addItem(tr("All people"), QString());
    for (const Person &person : dataset.people)
        m_person->addItem(person.name, person.id);
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &kind : eventKinds())
        m_kind->addItem(kindLabel(kind), kind);
    m_updating = false;
    syncFromProxy();
}

void FilterBar::syncFromProxy()
{
    if (m_updating)
        return;
    m_updating = true;
    selectData(m_summit, m_proxy->summitFilter());
    selectData(m_country, m_proxy->countryFilter());
    selectData(m_person, m_proxy->personFilter());
    const QStringList kinds = m_proxy->kindFilter();
    selectData(m_kind, kinds.size() == 1 ? kinds.first() : QString());
    if (m_search->text() != m_proxy->textFilter())
        m_search->setText(m_proxy->textFilter());
    m_updating = false;
}

void FilterBar::applyChoices()
{
    if (m_updating)
        return;
    m_updating = true;
    m_proxy->setSummitFilter(m_summit->currentData().toString());
    m_proxy->setCountryFilter(m_country->currentData().toString());
    m_proxy->setPersonFilter(m_person->currentData().toString());
    const QString kind = m_kind->currentData().toString();
    m_proxy->setKindFilter(kind.isEmpty() ? QStringList() : QStringList { kind });
    m_proxy->setTextFilter(m_search->text().trimmed());
    m_updating = false;
}

} // namespace Summit
