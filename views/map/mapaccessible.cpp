// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/map/mapaccessible.h"

#include "views/map/mapcanvas.h"

#include <QPointer>
#include <QWindow>

namespace Summit {

namespace {

/** One country of the map, known by its code; everything it says is asked of the canvas. */
class MapCountryAccessible : public QAccessibleInterface
{
public:
    MapCountryAccessible(MapCanvas *canvas, const QString &code)
        : m_canvas(canvas)
        , m_code(code)
    {
    }

    bool isValid() const override { return m_canvas && m_canvas->countries().contains(m_code); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return m_canvas ? m_canvas->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_canvas ? QAccessible::queryAccessibleInterface(m_canvas) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text text) const override
    {
        if (!isValid())
            return QString();
        if (text == QAccessible::Name)
            return m_canvas->itemText(m_code, false);
        if (text == QAccessible::Description)
            return m_canvas->itemText(m_code, true);
        return QString();
    }
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local
            = m_canvas->shapeRect(m_code).intersected(m_canvas->mapArea()).toAlignedRect();
        return QRect(m_canvas->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invisible = true;
            return state;
        }
        state.selectable = true;
        state.focusable = true;
        state.selected = m_canvas->scene().selected == m_code;
        state.focused = m_canvas->hasFocus() && m_canvas->focusedCode() == m_code;
        state.offscreen = !m_canvas->shapeRect(m_code).intersects(m_canvas->mapArea());
        return state;
    }

private:
    QPointer<MapCanvas> m_canvas;
    QString m_code;
};

QAccessibleInterface *mapFactory(const QString &key, QObject *object)
{
    if (key != QLatin1String(MapCanvas::staticMetaObject.className()))
        return nullptr;
    auto *canvas = qobject_cast<MapCanvas *>(object);
    return canvas ? new MapAccessible(canvas) : nullptr;
}

void announce(MapCanvas *canvas, QAccessible::Event type, const QString &code)
{
    auto *map = dynamic_cast<MapAccessible *>(QAccessible::queryAccessibleInterface(canvas));
    const int index = canvas->countries().indexOf(code);
    if (!map || index < 0)
        return;
    QAccessibleEvent event(canvas, type);
    event.setChild(index);
    QAccessible::updateAccessibility(&event);
}

} // namespace

MapAccessible::MapAccessible(MapCanvas *canvas)
    : QAccessibleWidget(canvas, QAccessible::List)
{
}

MapAccessible::~MapAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

void MapAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(mapFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

MapCanvas *MapAccessible::canvas() const
{
    return static_cast<MapCanvas *>(widget());
}

void MapAccessible::sync() const
{
    const QStringList &codes = canvas()->countries();
    if (codes == m_codes)
        return;
    m_codes = codes;
    for (auto it = m_children.begin(); it != m_children.end();) {
        if (m_codes.contains(it.key())) {
            ++it;
        } else {
            QAccessible::deleteAccessibleInterface(it.value());
            it = m_children.erase(it);
        }
    }
}

int MapAccessible::childCount() const
{
    return int(canvas()->countries().size());
}

QAccessibleInterface *MapAccessible::child(int index) const
{
    sync();
    if (index < 0 || index >= m_codes.size())
        return nullptr;
    const QString &code = m_codes.at(index);
    if (const auto known = m_children.constFind(code); known != m_children.cend())
        return QAccessible::accessibleInterface(*known);
    auto *item = new MapCountryAccessible(canvas(), code);
    m_children.insert(code, QAccessible::registerAccessibleInterface(item));
    return item;
}

int MapAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    sync();
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        if (QAccessible::accessibleInterface(it.value()) == child)
            return int(m_codes.indexOf(it.key()));
    }
    return -1;
}

QAccessibleInterface *MapAccessible::childAt(int x, int y) const
{
    const QString code = canvas()->codeAt(canvas()->mapFromGlobal(QPoint(x, y)));
    const qsizetype index = code.isEmpty() ? -1 : canvas()->countries().indexOf(code);
    return index < 0 ? nullptr : child(int(index));
}

QAccessibleInterface *MapAccessible::focusChild() const
{
    if (!canvas()->hasFocus())
        return nullptr;
    const qsizetype index = canvas()->countries().indexOf(canvas()->focusedCode());
    return index < 0 ? nullptr : child(int(index));
}

void MapAccessible::announceFocus(MapCanvas *canvas)
{
    if (QAccessible::isActive() && canvas->hasFocus())
        announce(canvas, QAccessible::Focus, canvas->focusedCode());
}

void MapAccessible::announceSelection(MapCanvas *canvas, const QString &before)
{
    if (!QAccessible::isActive())
        return;
    const QString &selected = canvas->scene().selected;
    if (selected.isEmpty())
        announce(canvas, QAccessible::SelectionRemove, before);
    else
        announce(canvas, QAccessible::Selection, selected);
}

} // namespace Summit
