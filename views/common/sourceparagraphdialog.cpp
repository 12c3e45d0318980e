// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/sourceparagraphdialog.h"

#include "models/datasetdocument.h"
#include "models/sourceformat.h"
#include "models/sourcelibrary.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Summit {

SourceParagraphDialog::SourceParagraphDialog(
    const DatasetDocument *document, SourceLibrary *library, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_library(library)
    , m_heading(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_chooseFolder(new QPushButton(tr("Choose Folder of Articles…"), this))
{
    setWindowTitle(tr("Source Paragraph"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Source paragraph"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_chooseFolder, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_chooseFolder, &QPushButton::clicked, this, &SourceParagraphDialog::chooseFolder);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

void SourceParagraphDialog::showParagraph(const QString &documentId, int paragraph)
{
    m_documentId = documentId;
    m_paragraph = paragraph;
    m_heading->setText(tr("%1, paragraph %2")
                           .arg(formatDocument(m_document->dataset(), documentId))
                           .arg(paragraph));
    m_text->setHtml(paragraphHtml());
}

QString SourceParagraphDialog::shownText() const
{
    return m_heading->text() + QLatin1Char('\n') + m_text->toPlainText();
}

QString SourceParagraphDialog::paragraphHtml() const
{
    const Document *document = m_document->dataset().document(m_documentId);
    if (!document)
        return tr("<p>The dataset has no document “%1”.</p>").arg(m_documentId.toHtmlEscaped());
    const auto paragraphs = m_library->paragraphs(*document);
    if (!paragraphs) {
        const QString folders = m_library->folders().isEmpty()
            ? tr("no folder has been chosen yet")
            : tr("looked in: %1").arg(m_library->folders().join(QStringLiteral("; ")));
        return tr("<p>Summit Viewer does not ship the articles it cites; its facts are in its "
                  "own words. To read this paragraph, keep a copy of the article as "
                  "<b>%1</b> in a folder and choose that folder below.</p>"
                  "<p><small>(%2)</small></p>")
            .arg(document->file.toHtmlEscaped(), folders.toHtmlEscaped());
    }
    if (m_paragraph < 1 || m_paragraph > paragraphs->size())
        return tr("<p>Your copy of %1 has %2 paragraphs, so it has no paragraph %3: it may be "
                  "a different version of the article than the one the dataset cites.</p>")
            .arg(document->file.toHtmlEscaped())
            .arg(paragraphs->size())
            .arg(m_paragraph);
    // The cited paragraph between its neighbours, which are greyed: context, not the citation.
    QString html;
    const auto add = [&](int number, bool cited) {
        if (number < 1 || number > paragraphs->size())
            return;
        const QString text = paragraphs->at(number - 1).toHtmlEscaped();
        html += cited ? QStringLiteral("<p><b>%1.</b> %2</p>").arg(number).arg(text)
                      : QStringLiteral("<p style='color:#808080'>%1. %2</p>").arg(number).arg(text);
    };
    add(m_paragraph - 1, false);
    add(m_paragraph, true);
    add(m_paragraph + 1, false);
    return html
        + tr("<p><small>The words of the article, from your copy at %1.</small></p>")
              .arg(m_library->pathOf(*document).toHtmlEscaped());
}

void SourceParagraphDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of Articles"));
    if (folder.isEmpty())
        return;
    emit folderChosen(folder);
    m_text->setHtml(paragraphHtml());
}

} // namespace Summit
