// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/filterbar.h"

#include "models/datasetdocument.h"
#include "models/eventfilterproxymodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <utility>

namespace Summit {

namespace {

QComboBox *makeCombo(const QString &accessibleName, const QString &toolTip, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(toolTip);
    // Sized to its longest choice, the bar would be as wide as the longest summit title and
    // person's name together, and the window could not be narrower. A few characters show;
    // the list opens as wide as its choices, and the tooltip names the one chosen.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    combo->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return combo;
}

/** The combo's tooltip: what it filters, and the whole of the current choice. */
void updateToolTip(QComboBox *combo, const QString &what)
{
    combo->setToolTip(combo->currentIndex() > 0
            ? QStringLiteral("%1\n%2").arg(what, combo->currentText())
            : what);
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
    , m_summit(makeCombo(tr("Summit filter"), summitTip(), this))
    , m_country(makeCombo(tr("Country filter"), countryTip(), this))
    , m_person(makeCombo(tr("Person filter"), personTip(), this))
    , m_kind(makeCombo(tr("Kind filter"), kindTip(), this))
    , m_search(new QLineEdit(this))
{
    m_search->setPlaceholderText(tr("Search events (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search events"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The search field keeps at least room for its placeholder; the combos share the rest.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText())
        + 4 * m_search->fontMetrics().averageCharWidth());
    layout->addWidget(m_search, 3);
    for (QComboBox *combo : { m_summit, m_country, m_person, m_kind })
        layout->addWidget(combo, 2);

    for (QComboBox *combo : { m_summit, m_country, m_person, m_kind })
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::applyChoices);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::applyChoices);
    const std::pair<QComboBox *, QString> tips[] = { { m_summit, summitTip() },
        { m_country, countryTip() }, { m_person, personTip() }, { m_kind, kindTip() } };
    for (const auto &[combo, tip] : tips) {
        connect(combo, &QComboBox::currentIndexChanged, combo,
            [combo = combo, tip = tip] { updateToolTip(combo, tip); });
    }
    connect(m_proxy, &EventFilterProxyModel::filterChanged, this, &FilterBar::syncFromProxy);
    connect(m_document, &DatasetDocument::datasetReplaced, this, &FilterBar::repopulate);
    repopulate();
}

QString FilterBar::summitTip()
{
    return tr("Show the events of one summit only");
}

QString FilterBar::countryTip()
{
    return tr("Show the events a country took part in (a click on the map chooses it too)");
}

QString FilterBar::personTip()
{
    return tr("Show the events a person took part in");
}

QString FilterBar::kindTip()
{
    return tr("Show one kind of event: a plenary session, bilateral talks, a visit, a statement…");
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
