// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Summit {

/**
 * File > Open Recent: the datasets opened last, newest first, kept in QSettings so that every
 * window and every run shares them. A file that is gone is dropped when the user picks it.
 */
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 8;

    /** Fills @p menu now and whenever the list changes. */
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    QStringList files() const;
    /** Puts @p path (made absolute) first. */
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

signals:
    /** The user picked @p path in the menu, and it still exists. */
    void fileChosen(const QString &path);
    /** The user picked @p path, which no longer exists; it has been dropped from the list. */
    void fileMissing(const QString &path);

private:
    void store(const QStringList &files);
    void rebuildMenu();

    QMenu *m_menu;
};

} // namespace Summit
