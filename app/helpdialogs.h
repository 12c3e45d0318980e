// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QAction;
class QMenuBar;
class QWidget;

namespace Summit {

/** Help > Keyboard Shortcuts and Help > User Guide. */
namespace HelpDialogs {

/** One shortcut of the window: the menu path of its action and its key sequence as shown. */
struct Shortcut
{
    QString command; ///< "File › Open Dataset…"
    QString keys; ///< "Ctrl+O", in the platform's notation
};

/**
 * Every shortcut of the actions in @p menuBar's menus, in menu order, read from the actions
 * themselves so that the list cannot drift from what the keys do.
 */
QList<Shortcut> shortcuts(const QMenuBar *menuBar);
/** The shortcuts as an HTML table. */
QString shortcutsHtml(const QList<Shortcut> &shortcuts);
/** The user guide's text: what each tab shows and how the window is used. */
QString userGuideHtml();

void showKeyboardShortcuts(const QMenuBar *menuBar, QWidget *parent);
void showUserGuide(QWidget *parent);

} // namespace HelpDialogs

} // namespace Summit
