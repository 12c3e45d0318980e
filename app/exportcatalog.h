// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace Summit {

class DatasetDocument;
class Exportable;

/**
 * Every view that can be exported by name, created on demand with the models it needs and
 * without a window: the command line's --export and --list-exports use it.
 */
class ExportCatalog
{
public:
    explicit ExportCatalog(DatasetDocument *document);
    ~ExportCatalog();

    /** The exportable names for the current dataset, in menu order. */
    QStringList names() const;
    /** The view exported as @p name, or nullptr for an unknown name. Owned by the catalog. */
    Exportable *exportable(const QString &name);

private:
    struct Views;
    DatasetDocument *m_document;
    std::unique_ptr<Views> m_views;
};

} // namespace Summit
