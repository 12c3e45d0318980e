// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRect>
#include <QSize>

namespace Summit {

/**
 * Where the main window opens. Pure functions of the screens' available geometries (logical
 * pixels, after the scale factor), so that small and scaled screens can be tested without one.
 */
namespace WindowGeometry {

/** The size the window asks for where the screen has room for it. */
inline constexpr QSize Preferred { 1400, 860 };
/** Room left around a window that does not fill the screen: its frame and title bar. */
inline constexpr QSize FrameAllowance { 16, 48 };

/**
 * The window's geometry (without its frame) on a screen whose available area is @p available:
 * @p preferred where it fits with its frame, else as much of the screen as the frame leaves;
 * centred either way.
 */
QRect initial(const QRect &available, QSize preferred = Preferred);

/**
 * Whether a remembered window @p frame (frame included) lies within one of @p screens' available
 * areas, give or take a few pixels of a frame drawn over a screen's edge.
 */
bool fitsOnAScreen(const QRect &frame, const QList<QRect> &screens);

} // namespace WindowGeometry

} // namespace Summit
