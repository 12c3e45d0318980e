// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/map/maplegend.h"

#include "models/sourceformat.h"
#include "views/map/mapgeometry.h"
#include "views/map/maprenderer.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>

namespace Summit {

namespace {

QFont rowFont(const MapLegend::Row &row, qreal unit)
{
    switch (row.kind) {
    case MapLegend::Row::Heading:
        return MapStyle::font(MapFont::Strong, unit);
    case MapLegend::Row::Note:
        return MapStyle::font(MapFont::Small, unit);
    default:
        return MapStyle::font(MapFont::Text, unit);
    }
}

const MembershipStatus AllStatuses[] = {
    MembershipStatus::Full,
    MembershipStatus::Associate,
    MembershipStatus::ParticipationSuspended,
    MembershipStatus::ParticipationCeased,
    MembershipStatus::UnratifiedParticipant,
    MembershipStatus::Unknown,
};

// Breaks @p layout into lines of @p width; returns the height of the text.
qreal wrap(QTextLayout &layout, qreal width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

} // namespace

MapLegend::MapLegend(const MapGeometry &geometry)
    : m_geometry(geometry)
{
}

void MapLegend::paint(
    QPainter *painter, const QRectF &area, const MapScene &scene, qreal unit) const
{
    painter->fillRect(area, Qt::white);
    painter->setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 1));
    painter->drawLine(area.topLeft(), area.bottomLeft());
    const QList<Row> content = rows(scene);
    const qreal padding = 10 * unit;
    const QRectF inner = area.adjusted(padding, padding, -padding / 2, -padding);
    // Shrink until it fits: the text wraps differently at each size, so measure again.
    QList<RowBoxes> boxes;
    for (int attempt = 0; attempt < 4; ++attempt) {
        const qreal height = layOut(content, inner, unit, &boxes);
        if (height <= inner.height())
            break;
        unit *= qMax(0.6, inner.height() / height * 0.97);
    }
    for (qsizetype i = 0; i < content.size(); ++i) {
        const Row &row = content.at(i);
        if (!boxes.at(i).key.isEmpty())
            paintKey(painter, row, boxes.at(i).key, unit);
        painter->setPen(row.kind == Row::Note ? QColor(0x50, 0x50, 0x50) : Qt::black);
        // On whole pixels, so that each glyph is rasterised once (see paintHaloText).
        boxes.at(i).text->draw(painter, boxes.at(i).textOrigin.toPoint());
    }
}

QList<MapLegend::Row> MapLegend::rows(const MapScene &scene) const
{
    QList<Row> result;
    result.append({ Row::Heading, QStringLiteral("CIS status on %1").arg(formatDate(scene.date)) });
    for (MembershipStatus status : AllStatuses) {
        const auto &values = scene.statuses;
        if (std::find(values.cbegin(), values.cend(), status) != values.cend()) {
            result.append(
                { Row::Area, membershipStatusLabel(status), MapStyle::statusStyle(status) });
        }
    }
    result.append({ Row::Area, QStringLiteral("Not in the dataset (context only)"),
        MapStyle::contextStyle() });
    result.append({ Row::Area, QStringLiteral("Disputed (%1)").arg(disputedNames()),
        MapStyle::disputedStyle() });
    addAttendanceRows(result, scene);
    if (std::find(scene.statuses.cbegin(), scene.statuses.cend(), MembershipStatus::Unknown)
        != scene.statuses.cend()) {
        result.append({ Row::Note,
            QStringLiteral("Unknown: no source states the status on this date. A status the "
                           "reports give without a start is shown only from the report's "
                           "date.") });
    }
    result.append({ Row::Note, disputedNote() });
    result.append({ Row::Note,
        QStringLiteral("Borders: Natural Earth (public domain). Click a country "
                       "for its membership history with sources.") });
    return result;
}

void MapLegend::addAttendanceRows(QList<Row> &rows, const MapScene &scene) const
{
    if (scene.summitLabel.isEmpty())
        return;
    rows.append({ Row::Heading, QStringLiteral("Attendance, %1").arg(scene.summitLabel) });
    rows.append({ Row::Symbol, QStringLiteral("Present (leader came)"), {}, Presence::Present });
    rows.append({ Row::Symbol, QStringLiteral("Absent"), {}, Presence::Absent });
    rows.append(
        { Row::Symbol, QStringLiteral("Unknown: the sources do not say"), {}, Presence::Unknown });
    // Only where a report announced a leader before the summit (format 2's "expected").
    if (std::find(scene.presence.cbegin(), scene.presence.cend(), Presence::Expected)
        != scene.presence.cend()) {
        rows.append({ Row::Symbol, QStringLiteral("Expected: announced before, not reported after"),
            {}, Presence::Expected });
    }
    if (!scene.reportsDiffer.isEmpty()) {
        rows.append({ Row::ReportsDiffer,
            QStringLiteral("Reports differ on whether the leader came"), {}, Presence::Unknown });
    }
    if (!scene.hostCity.isEmpty())
        rows.append({ Row::Star, QStringLiteral("Host city: %1").arg(scene.hostCity) });
    rows.append({ Row::Arc,
        scene.partners.isEmpty()
            ? QStringLiteral("Bilateral talks with the host: none in the sources")
            : QStringLiteral("Bilateral talks with the host") });
}

QString MapLegend::disputedNames() const
{
    QStringList names;
    for (const MapFeature &feature : m_geometry.features()) {
        if (feature.disputed)
            names.append(feature.name);
    }
    return names.join(QStringLiteral(", "));
}

QString MapLegend::disputedNote() const
{
    QStringList parts;
    for (const MapFeature &feature : m_geometry.features()) {
        if (feature.disputed)
            parts.append(QStringLiteral("%1: %2.").arg(feature.name, feature.note));
    }
    return QStringLiteral("Hatched areas are disputed and coloured as neither claimant's. ")
        + parts.join(QLatin1Char(' '));
}

qreal MapLegend::layOut(
    const QList<Row> &rows, const QRectF &area, qreal unit, QList<RowBoxes> *boxes) const
{
    const qreal keyWidth = 26 * unit;
    const qreal gap = 7 * unit;
    boxes->clear();
    qreal y = area.top();
    for (const Row &row : rows) {
        const bool keyed = row.kind != Row::Heading && row.kind != Row::Note;
        const qreal textLeft = keyed ? area.left() + keyWidth + gap : area.left();
        if (row.kind == Row::Heading && y > area.top())
            y += gap;
        if (row.kind == Row::Note)
            y += gap / 2;
        auto text = std::make_shared<QTextLayout>(row.text, rowFont(row, unit));
        const qreal textHeight = wrap(*text, area.right() - textLeft);
        const qreal height = qMax(textHeight, keyed ? 16 * unit : 0.0);
        boxes->append({ keyed ? QRectF(area.left(), y, keyWidth, height) : QRectF(),
            QPointF(textLeft, y + (height - textHeight) / 2), text });
        y += height + gap * (row.kind == Row::Heading ? 0.6 : 0.5);
    }
    return y - area.top();
}

void MapLegend::paintKey(QPainter *painter, const Row &row, const QRectF &key, qreal unit) const
{
    const QPointF centre = key.center();
    switch (row.kind) {
    case Row::Area: {
        QPainterPath swatch;
        swatch.addRect(QRectF(key.left(), centre.y() - 7 * unit, key.width(), 14 * unit));
        MapStyle::paintArea(painter, swatch, row.style, unit);
        painter->strokePath(swatch, QPen(QColor(0x90, 0x90, 0x90), 0.8 * unit));
        break;
    }
    case Row::Symbol:
        MapStyle::paintPresence(painter, centre, 7.5 * unit, row.presence);
        break;
    case Row::ReportsDiffer:
        MapStyle::paintPresence(painter, centre, 7.5 * unit, row.presence);
        MapStyle::paintReportsDiffer(painter, centre, 7.5 * unit);
        break;
    case Row::Star:
        MapStyle::paintHostStar(painter, centre, 10 * unit);
        break;
    case Row::Arc:
        MapStyle::paintArc(painter, QPointF(key.left(), centre.y() + 4 * unit),
            QPointF(key.right(), centre.y() + 4 * unit), unit);
        break;
    case Row::Heading:
    case Row::Note:
        break;
    }
}

} // namespace Summit
