// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QUrl;

namespace Summit {

struct Document;

/**
 * A report's address (format 2's `url`) with a button that opens it in the browser, so that a
 * user without a copy of the report can still reach it. Where the dataset records no address it
 * says so and the button is disabled.
 */
class DocumentAddress : public QWidget
{
    Q_OBJECT

public:
    /** Opens an address; QDesktopServices::openUrl unless a test puts its own in. */
    using Opener = std::function<bool(const QUrl &)>;

    explicit DocumentAddress(QWidget *parent = nullptr);

    /** Shows @p document's address; nullptr shows none. */
    void setDocument(const Document *document);
    QString url() const { return m_url; }
    QPushButton *openButton() const { return m_open; }

    /** Replaces how every DocumentAddress opens an address; an empty one restores the default. */
    static void setOpener(Opener opener);

private:
    void open();

    QLabel *m_caption;
    QLineEdit *m_address;
    QPushButton *m_open;
    QString m_url;
};

} // namespace Summit
