// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/windowgeometry.h"

#include <algorithm>

namespace Summit::WindowGeometry {

QRect initial(const QRect &available, QSize preferred)
{
    const QSize room = (available.size() - FrameAllowance).expandedTo(QSize(1, 1));
    const QSize size = preferred.boundedTo(room);
    QRect geometry(QPoint(), size);
    geometry.moveCenter(available.center());
    // The title bar goes above the client area: keep it on the screen.
    geometry.moveTop(std::max(geometry.top(), available.top() + FrameAllowance.height() / 2));
    return geometry;
}

bool fitsOnAScreen(const QRect &frame, const QList<QRect> &screens)
{
    // Window managers draw a few pixels of frame beyond the work area of a maximised window.
    constexpr int Slack = 8;
    for (const QRect &screen : screens) {
        if (screen.adjusted(-Slack, -Slack, Slack, Slack).contains(frame))
            return true;
    }
    return false;
}

} // namespace Summit::WindowGeometry
