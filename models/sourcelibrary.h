// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Summit {

struct Document;

/**
 * The user's local copies of the source articles, looked up by a document's `file` name in a
 * list of folders. The project ships no article text (its facts are in our own words); with a
 * copy at hand, the viewer can show the very paragraph a fact cites. A paragraph is a non-empty
 * line, counted from 1, as the data format defines it.
 */
class SourceLibrary
{
public:
    /** Articles larger than this are not read: a source is a news report, not a book. */
    static constexpr qint64 MaxFileSize = 4 * 1024 * 1024;

    void setFolders(const QStringList &folders);
    QStringList folders() const { return m_folders; }

    /** The path of @p document's file in the first folder that holds it, or empty. */
    QString pathOf(const Document &document) const;
    /** The paragraphs of @p document's file (read once, then kept), or nullopt if not found. */
    std::optional<QStringList> paragraphs(const Document &document) const;

private:
    QStringList m_folders;
    mutable QHash<QString, QStringList> m_cache; ///< by path
};

} // namespace Summit
