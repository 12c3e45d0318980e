// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/reports/reportsstyle.h"

namespace Summit::ReportsStyle {

QColor relationFill(Relation relation)
{
    switch (relation) {
    case Relation::Differ:
        return QColor(0xf6, 0xc6, 0xc0); // red: they cannot all be right
    case Relation::ReadDifferently:
        return QColor(0xfa, 0xe0, 0xa8); // amber
    case Relation::ChangeOfPlan:
        return QColor(0xc9, 0xdc, 0xf2); // blue: both true, of different moments
    case Relation::FillsUnknown:
        return QColor(0xdd, 0xd4, 0xee); // violet
    case Relation::Agree:
        return QColor(0xd2, 0xea, 0xcf); // green
    }
    return Qt::white;
}

QColor setAsideFill()
{
    return QColor(0xf2, 0xf2, 0xf2);
}

QColor setAsideText()
{
    return QColor(0x70, 0x70, 0x70);
}

QList<Relation> legendOrder()
{
    return { Relation::Differ, Relation::ReadDifferently, Relation::ChangeOfPlan,
        Relation::FillsUnknown, Relation::Agree };
}

} // namespace Summit::ReportsStyle
