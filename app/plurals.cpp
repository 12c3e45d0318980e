// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/plurals.h"

#include <QCoreApplication>

#include <cstring>

namespace Summit {

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    // A null string leaves the text to the next translator, or to the source text itself.
    if (n < 0 || !sourceText || !std::strstr(sourceText, "(s)"))
        return {};
    QString text = QString::fromUtf8(sourceText);
    text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

void EnglishPlurals::install()
{
    static EnglishPlurals *installed = nullptr;
    if (installed || !QCoreApplication::instance())
        return;
    installed = new EnglishPlurals(QCoreApplication::instance());
    QCoreApplication::installTranslator(installed);
}

} // namespace Summit
