// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace Summit {

class DatasetDocument;
class SourceLibrary;

/**
 * Shows one cited paragraph of a source article, read from the user's own copy, between its
 * neighbours, so that a fact can be checked against the words it comes from. Summit Viewer does
 * not ship the articles: where no copy is found, the dialog says which file it needs and lets
 * the user choose the folder that holds it.
 */
class SourceParagraphDialog : public QDialog
{
    Q_OBJECT

public:
    SourceParagraphDialog(
        const DatasetDocument *document, SourceLibrary *library, QWidget *parent = nullptr);

    /** Shows @p paragraph of @p documentId (1-based, among the file's non-empty lines). */
    void showParagraph(const QString &documentId, int paragraph);
    /** What the dialog shows, as plain text (for tests and screen readers). */
    QString shownText() const;

signals:
    /** The user chose a folder of articles; the caller adds it to the library and settings. */
    void folderChosen(const QString &folder);

private:
    void chooseFolder();
    QString paragraphHtml() const;

    const DatasetDocument *m_document;
    SourceLibrary *m_library;
    QLabel *m_heading;
    QTextBrowser *m_text;
    QPushButton *m_chooseFolder;
    QString m_documentId;
    int m_paragraph = 0;
};

} // namespace Summit
