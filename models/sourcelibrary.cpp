// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sourcelibrary.h"

#include "models/dataset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Summit {

void SourceLibrary::setFolders(const QStringList &folders)
{
    m_folders = folders;
    m_cache.clear();
}

QString SourceLibrary::pathOf(const Document &document) const
{
    // Only a plain file name is looked up: a dataset must not point the viewer elsewhere.
    if (document.file.isEmpty() || QFileInfo(document.file).fileName() != document.file)
        return {};
    for (const QString &folder : m_folders) {
        const QFileInfo info(QDir(folder).filePath(document.file));
        if (info.isFile() && info.isReadable() && info.size() <= MaxFileSize)
            return info.absoluteFilePath();
    }
    return {};
}

std::optional<QStringList> SourceLibrary::paragraphs(const Document &document) const
{
    const QString path = pathOf(document);
    if (path.isEmpty())
        return std::nullopt;
    if (const auto cached = m_cache.constFind(path); cached != m_cache.cend())
        return *cached;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QStringList paragraphs;
    const QString text = QString::fromUtf8(file.read(MaxFileSize));
    for (QStringView line : QStringView(text).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            paragraphs.append(trimmed.toString());
    }
    m_cache.insert(path, paragraphs);
    return paragraphs;
}

} // namespace Summit
