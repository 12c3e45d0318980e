// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tradefiguremodel.h"

#include "models/datasetdocument.h"
#include "models/sourceformat.h"

#include <QStringList>

#include <cmath>

namespace Summit {

namespace {

constexpr double billion = 1e9;

QString qualifierText(Qualifier qualifier)
{
    return qualifier == Qualifier::Exact ? QStringLiteral("exact") : qualifierWord(qualifier);
}

QString changeText(const TradeFigure &figure)
{
    if (!figure.changePercent)
        return QStringLiteral("not stated");
    const double change = *figure.changePercent;
    return QStringLiteral("%1%2%")
        .arg(change > 0 ? QStringLiteral("+") : QString())
        .arg(QString::number(change));
}

QString statedByText(const Dataset &dataset, const TradeFigure &figure)
{
    if (figure.statedBy.isEmpty())
        return figure.derived ? QStringLiteral("computed, not stated")
                              : QStringLiteral("not stated");
    const Person *person = dataset.person(figure.statedBy);
    return person ? person->name : figure.statedBy;
}

QString summitText(const Dataset &dataset, const TradeFigure &figure)
{
    const Summit *summit = dataset.summit(figure.summit);
    return summit ? summit->title : figure.summit;
}

QString toolTip(const Dataset &dataset, const TradeFigure &figure)
{
    const QString hedge = figure.qualifier == Qualifier::Exact
        ? QStringLiteral("none (stated without one)")
        : qualifierWord(figure.qualifier);
    const QString edited = editedNote(figure);
    QStringList lines {
        QStringLiteral("Value: %1%2")
            .arg(formatFigureValue(dataset, figure),
                edited.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(edited)),
        QStringLiteral("Hedge: %1").arg(hedge),
        QStringLiteral("Period: %1, %2 to %3")
            .arg(periodLabel(figure), formatDate(figure.periodStart), formatDate(figure.periodEnd)),
        QStringLiteral("Scope: %1").arg(scopeLabel(dataset, figure)),
        QStringLiteral("Change year on year: %1").arg(changeText(figure)),
        QStringLiteral("Stated by: %1").arg(statedByText(dataset, figure)),
    };
    if (figure.derived)
        lines.append(QStringLiteral("Derived: %1").arg(derivationText(dataset, figure)));
    if (!figure.note.isEmpty())
        lines.append(QStringLiteral("Note: %1").arg(figure.note));
    if (figure.review.verdict == Review::SetAside)
        lines.append(QStringLiteral("Set aside by you: %1").arg(figure.review.reason));
    else if (figure.review.verdict == Review::Preferred)
        lines.append(
            QStringLiteral("Preferred by you%1")
                .arg(figure.review.reason.isEmpty() ? QString()
                                                    : QStringLiteral(": ") + figure.review.reason));
    lines.append(QStringLiteral("Sources:\n") + formatSources(dataset, figure.sources));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TradeFigureModel::TradeFigureModel(DatasetDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &DatasetDocument::aboutToReplaceDataset, this,
        &TradeFigureModel::beginResetModel);
    connect(document, &DatasetDocument::datasetReplaced, this, &TradeFigureModel::endResetModel);
    connect(document, &DatasetDocument::tradeFigureChanged, this,
        &TradeFigureModel::announceRowChanged);
}

int TradeFigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->dataset().tradeFigures.size());
}

int TradeFigureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TradeFigureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TradeFigure &figure = m_document->dataset().tradeFigures.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(figure, index.column());
    case Qt::EditRole:
        // The value as stated, to its precision: "83.7", never "83.70" or 83700000000.
        return index.column() == ValueColumn ? QVariant(formatBillions(figure.valueUsd))
                                             : QVariant();
    case Qt::ToolTipRole:
        return toolTip(m_document->dataset(), figure);
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == ChangeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return roleData(figure, role);
    }
}

QVariant TradeFigureModel::roleData(const TradeFigure &figure, int role) const
{
    switch (role) {
    case IdRole:
        return figure.id;
    case ValueUsdRole:
        return figure.valueUsd;
    case ValueBillionsRole:
        return figure.valueUsd / billion;
    case QualifierRole:
        return toString(figure.qualifier);
    case ScopeRole:
        return figure.scope;
    case ScopeLabelRole:
        return scopeLabel(m_document->dataset(), figure);
    case PeriodLabelRole:
        return periodLabel(figure);
    case PeriodMonthsRole:
        return figure.periodMonths();
    case DerivedRole:
        return figure.derived;
    case FormulaRole:
        return derivationText(m_document->dataset(), figure);
    case SummitIdRole:
        return figure.summit;
    case SourcesRole:
        return formatSources(m_document->dataset(), figure.sources);
    case EditedRole:
        return figure.reportedValueUsd.has_value();
    case EditedNoteRole:
        return editedNote(figure);
    case CountriesRole:
        return figure.countries;
    default:
        return {};
    }
}

QString TradeFigureModel::displayText(const TradeFigure &figure, int column) const
{
    const Dataset &dataset = m_document->dataset();
    switch (column) {
    case ScopeColumn:
        return scopeLabel(dataset, figure);
    case PeriodColumn:
        return periodLabel(figure);
    case ValueColumn: {
        const QString edited = editedNote(figure);
        const QString value = formatFigureValue(dataset, figure);
        return edited.isEmpty() ? value : QStringLiteral("%1 (%2)").arg(value, edited);
    }
    case QualifierColumn:
        return qualifierText(figure.qualifier);
    case ChangeColumn:
        return changeText(figure);
    case StatedByColumn:
        return statedByText(dataset, figure);
    case SummitColumn:
        return summitText(dataset, figure);
    case DerivedColumn:
        return figure.derived ? QStringLiteral("derived") : QStringLiteral("stated");
    default:
        return {};
    }
}

QVariant TradeFigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ScopeColumn:
        return QStringLiteral("Scope");
    case PeriodColumn:
        return QStringLiteral("Period");
    case ValueColumn:
        return QStringLiteral("Value as stated");
    case QualifierColumn:
        return QStringLiteral("Hedge");
    case ChangeColumn:
        return QStringLiteral("Change");
    case StatedByColumn:
        return QStringLiteral("Stated by");
    case SummitColumn:
        return QStringLiteral("Summit");
    case DerivedColumn:
        return QStringLiteral("Origin");
    default:
        return {};
    }
}

Qt::ItemFlags TradeFigureModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return flags;
    // A derived value follows from the stated ones; editing it would contradict its formula.
    if (index.column() == ValueColumn
        && !m_document->dataset().tradeFigures.at(index.row()).derived)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TradeFigureModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != ValueColumn || (role != Qt::EditRole && role != ValueUsdRole))
        return false;
    if (m_document->dataset().tradeFigures.at(index.row()).derived)
        return false;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return false;
    // Billions typed by hand carry binary noise (83.7 * 1e9); the data holds whole dollars.
    const double valueUsd = role == Qt::EditRole ? std::round(number * billion) : number;
    // The document announces the change; announceRowChanged() turns it into dataChanged.
    return m_document->setTradeFigureValue(index.row(), valueUsd);
}

void TradeFigureModel::announceRowChanged(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Summit
