// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/errorsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Summit {

ErrorsDialog::ErrorsDialog(
    const QString &fileName, const QList<Diagnostic> &errors, QWidget *parent)
    : QDialog(parent)
    , m_list(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Cannot open %1").arg(QFileInfo(fileName).fileName()));
    auto *label = new QLabel(tr("<b>%1</b> was not opened: it has %n problem(s). "
                                "The data you had is unchanged.",
                                 nullptr, int(errors.size()))
                                 .arg(fileName.toHtmlEscaped()),
        this);
    label->setWordWrap(true);

    QStringList lines;
    for (const Diagnostic &error : errors)
        lines.append(error.toString());
    m_list->setReadOnly(true);
    // A message can be longer than the dialog is wide: wrapped, it is read without scrolling.
    m_list->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_list->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setPlainText(lines.join(QLatin1Char('\n')));
    m_list->setAccessibleName(tr("Problems"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(
        copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 360);
}

QString ErrorsDialog::text() const
{
    return m_list->toPlainText();
}

} // namespace Summit
