// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/sourceparagraphdialog.h"

#include "models/datasetdocument.h"
#include "models/sourceformat.h"
#include "models/sourcelibrary.h"
#include "views/common/documentaddress.h"

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
    , m_address(new DocumentAddress(this))
    , m_status(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_chooseFolder(new QPushButton(tr("Choose Folder of Articles…"), this))
{
    setWindowTitle(tr("Source Paragraph"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Source paragraph"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_chooseFolder, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_chooseFolder, &QPushButton::clicked, this, &SourceParagraphDialog::chooseFolder);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_address);
    layout->addWidget(m_status);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(720, 460);
}

void SourceParagraphDialog::showParagraph(const QString &documentId, int paragraph, int sentence)
{
    SourceRef source { documentId, paragraph };
    if (sentence > 0) {
        // The link names the sentence; its fingerprint is the one the dataset records for it.
        forEachSource(m_document->dataset(), [&](const QString &, const SourceRef &cited) {
            if (cited.document == documentId && cited.paragraph == paragraph
                && cited.sentence == sentence && !cited.fingerprint.isEmpty())
                source = cited;
        });
    }
    showSource(source);
}

void SourceParagraphDialog::showSource(const SourceRef &source)
{
    m_source = source;
    refresh();
}

void SourceParagraphDialog::refresh()
{
    const Dataset &dataset = m_document->dataset();
    const QString where = m_source.sentence > 0
        ? tr("paragraph %1, sentence %2").arg(m_source.paragraph).arg(m_source.sentence)
        : tr("paragraph %1").arg(m_source.paragraph);
    m_heading->setText(
        QStringLiteral("%1\n%2").arg(formatDocument(dataset, m_source.document), where));
    m_address->setDocument(dataset.document(m_source.document));
    m_text->setHtml(paragraphHtml());
    const QString status = sentenceStatus();
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    // A changed copy is a warning, not a caption: it says the highlight cannot be trusted.
    QFont font = m_status->font();
    font.setBold(m_location.status == SentenceLocation::NotFound);
    m_status->setFont(font);
    if (m_location.found())
        m_text->scrollToAnchor(QStringLiteral("cited"));
}

QString SourceParagraphDialog::shownText() const
{
    QString text = m_heading->text() + QLatin1Char('\n');
    if (!m_address->url().isEmpty())
        text += m_address->url() + QLatin1Char('\n');
    if (!m_status->text().isEmpty())
        text += m_status->text() + QLatin1Char('\n');
    return text + m_text->toPlainText();
}

QString SourceParagraphDialog::sentenceStatus() const
{
    switch (m_location.status) {
    case SentenceLocation::NoAnchor:
        return {};
    case SentenceLocation::Found:
        return tr("The highlighted sentence is the one the fact rests on.");
    case SentenceLocation::Moved: {
        const QString there = m_location.firstParagraph == m_location.lastParagraph
            ? tr("there it is in paragraph %1").arg(m_location.firstParagraph + 1)
            : tr("there it runs over paragraphs %1–%2")
                  .arg(m_location.firstParagraph + 1)
                  .arg(m_location.lastParagraph + 1);
        return tr("The highlighted sentence is the one the fact rests on. Your copy breaks its "
                  "lines or paragraphs differently: %1, where the dataset records paragraph %2, "
                  "sentence %3.")
            .arg(there)
            .arg(m_source.paragraph)
            .arg(m_source.sentence);
    }
    case SentenceLocation::NotFound:
        return tr("This copy of the report has changed since the fact was recorded: the cited "
                  "sentence was not found. The paragraph is shown as your copy has it.");
    }
    return {};
}

QString SourceParagraphDialog::paragraphHtml()
{
    m_location = {};
    m_highlighted.clear();
    const Document *document = m_document->dataset().document(m_source.document);
    if (!document)
        return tr("<p>The dataset has no document “%1”.</p>")
            .arg(m_source.document.toHtmlEscaped());
    const auto paragraphs = m_library->paragraphs(*document);
    if (!paragraphs) {
        const QString folders = m_library->folders().isEmpty()
            ? tr("no folder has been chosen yet")
            : tr("looked in: %1").arg(m_library->folders().join(QStringLiteral("; ")));
        return tr("<p>Summit Viewer does not ship the articles it cites; its facts are in its "
                  "own words. To read this paragraph, keep a copy of the article as "
                  "<b>%1</b> in a folder and choose that folder below, or open the article's "
                  "address above.</p>"
                  "<p><small>(%2)</small></p>")
            .arg(document->file.toHtmlEscaped(), folders.toHtmlEscaped());
    }
    m_location = locateSentence(*paragraphs, m_source);
    // The cited lines: where the sentence was found, else the recorded paragraph.
    int first = m_source.paragraph - 1;
    int last = first;
    if (m_location.found()) {
        first = m_location.firstParagraph;
        last = m_location.lastParagraph;
    } else if (first < 0 || first >= paragraphs->size()) {
        return tr("<p>Your copy of %1 has %2 paragraphs, so it has no paragraph %3: it may be "
                  "a different version of the article than the one the dataset cites.</p>")
            .arg(document->file.toHtmlEscaped())
            .arg(paragraphs->size())
            .arg(m_source.paragraph);
    }
    // The cited lines between their neighbours, which are greyed: context, not the citation.
    QString html;
    QStringList highlighted;
    const auto add = [&](int index, bool cited) {
        if (index < 0 || index >= paragraphs->size())
            return;
        const QString &text = paragraphs->at(index);
        const auto [start, length] = m_location.spanIn(index, text.size());
        QString body = text.toHtmlEscaped();
        if (cited && length > 0) {
            highlighted.append(text.mid(start, length));
            body = text.left(start).toHtmlEscaped()
                + (index == first ? QStringLiteral("<a name='cited'></a>") : QString())
                + QStringLiteral("<span style='background-color:#ffe066;color:#000000'>")
                + text.mid(start, length).toHtmlEscaped() + QStringLiteral("</span>")
                + text.mid(start + length).toHtmlEscaped();
        }
        html += cited
            ? QStringLiteral("<p><b>%1.</b> %2</p>").arg(index + 1).arg(body)
            : QStringLiteral("<p style='color:#808080'>%1. %2</p>").arg(index + 1).arg(body);
    };
    add(first - 1, false);
    for (int index = first; index <= last; ++index)
        add(index, true);
    add(last + 1, false);
    m_highlighted = highlighted.join(QLatin1Char(' '));
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
    refresh();
}

} // namespace Summit
