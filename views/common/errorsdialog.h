// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/datasetreader.h"

#include <QDialog>

class QPlainTextEdit;

namespace Summit {

/** Lists the problems of a data file that could not be opened, one "FILE:LINE:COL: ..." a line. */
class ErrorsDialog : public QDialog
{
    Q_OBJECT

public:
    ErrorsDialog(
        const QString &fileName, const QList<Diagnostic> &errors, QWidget *parent = nullptr);

    QString text() const;

private:
    QPlainTextEdit *m_list;
};

} // namespace Summit
