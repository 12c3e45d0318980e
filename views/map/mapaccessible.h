// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QStringList>

namespace Summit {

class MapCanvas;

/**
 * What a screen reader sees of the map: a list with one item per country of the dataset that the
 * map draws (MapCanvas::countries(), in MapView's order: by name), each named with its status on
 * the date shown and, when a summit's attendance is overlaid, its attendance; the description is
 * the shape's tooltip. An item is selected when it is the country filter, focused when the
 * keyboard is on it (Page Down, Page Up) and the map has the focus, offscreen when zoomed or
 * panned out of view. Countries outside the dataset and disputed areas, drawn for orientation
 * only, are not listed.
 *
 * MapCanvas tells assistive technologies through announceFocus() and announceSelection().
 */
class MapAccessible : public QAccessibleWidget
{
public:
    explicit MapAccessible(MapCanvas *canvas);
    ~MapAccessible() override;

    /** Registers the factory that gives every MapCanvas this interface; idempotent. */
    static void install();
    /** Sends Focus for the focused country, if @p canvas has the focus. */
    static void announceFocus(MapCanvas *canvas);
    /** Sends Selection for the selected country, or SelectionRemove for @p before. */
    static void announceSelection(MapCanvas *canvas, const QString &before);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    MapCanvas *canvas() const;

private:
    /** Releases the item interfaces of countries no longer listed. */
    void sync() const;

    mutable QStringList m_codes;
    mutable QHash<QString, QAccessible::Id> m_children;
};

} // namespace Summit
