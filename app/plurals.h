// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTranslator>

namespace Summit {

/**
 * The English plural forms of the interface's counts. Texts are written once, as
 * tr("%n problem(s)", nullptr, n), the way Qt's translations expect; without a translation Qt
 * shows "1 problem(s)". This translator, installed first, reads "(s)" as the English plural:
 * "1 problem", "3 problems". A real translation installed later takes precedence.
 */
class EnglishPlurals : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
        const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

    /** Installs one on the application (once; later calls do nothing). */
    static void install();
};

} // namespace Summit
