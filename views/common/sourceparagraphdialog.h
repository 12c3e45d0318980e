// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"
#include "models/sentencelocator.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace Summit {

class DatasetDocument;
class DocumentAddress;
class SourceLibrary;

/**
 * Shows one cited paragraph of a source article, read from the user's own copy, between its
 * neighbours, so that a fact can be checked against the words it comes from. Where the source
 * names a sentence (format 2), that sentence is found by its fingerprint whatever the copy's line
 * breaks, highlighted and scrolled to; where the copy no longer has it, the dialog says so. The
 * report's publisher, title and address are shown too, with a button to open the address:
 * Summit Viewer does not ship the articles, and where no copy is found the dialog says which
 * file it needs and lets the user choose the folder that holds it.
 */
class SourceParagraphDialog : public QDialog
{
    Q_OBJECT

public:
    SourceParagraphDialog(
        const DatasetDocument *document, SourceLibrary *library, QWidget *parent = nullptr);

    /**
     * Shows @p paragraph of @p documentId (1-based, among the file's non-empty lines) and, if
     * @p sentence is given, highlights it (its fingerprint is the one the dataset records for
     * that sentence).
     */
    void showParagraph(const QString &documentId, int paragraph, int sentence = 0);
    /** Shows the paragraph @p source cites and highlights its sentence, if it names one. */
    void showSource(const SourceRef &source);

    /** What the dialog shows, as plain text (for tests and screen readers). */
    QString shownText() const;
    /** The highlighted text as shown (line breaks of the copy made spaces); empty if none. */
    QString highlightedText() const { return m_highlighted; }
    /** Where the cited sentence was found in the copy, as last shown. */
    SentenceLocation location() const { return m_location; }
    DocumentAddress *address() const { return m_address; }

signals:
    /** The user chose a folder of articles; the caller adds it to the library and settings. */
    void folderChosen(const QString &folder);

private:
    void chooseFolder();
    void refresh();
    QString paragraphHtml();
    QString sentenceStatus() const;

    const DatasetDocument *m_document;
    SourceLibrary *m_library;
    QLabel *m_heading;
    DocumentAddress *m_address;
    QLabel *m_status;
    QTextBrowser *m_text;
    QPushButton *m_chooseFolder;
    SourceRef m_source;
    SentenceLocation m_location;
    QString m_highlighted;
};

} // namespace Summit
