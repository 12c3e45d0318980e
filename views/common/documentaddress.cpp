// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/documentaddress.h"

#include "models/dataset.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace Summit {

namespace {

DocumentAddress::Opener &opener()
{
    static DocumentAddress::Opener instance;
    return instance;
}

} // namespace

DocumentAddress::DocumentAddress(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(tr("Address:"), this))
    , m_address(new QLineEdit(this))
    , m_open(new QPushButton(tr("Open in Browser"), this))
{
    // A read-only line: a long address scrolls instead of widening the dialog, and can be copied.
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Address of the report"));
    m_caption->setBuddy(m_address);
    connect(m_open, &QPushButton::clicked, this, &DocumentAddress::open);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_address, 1);
    layout->addWidget(m_open);
    setDocument(nullptr);
}

void DocumentAddress::setDocument(const Document *document)
{
    m_url = document ? document->url : QString();
    m_address->setText(m_url.isEmpty() ? tr("not recorded in the dataset") : m_url);
    m_address->setCursorPosition(0);
    m_address->setEnabled(!m_url.isEmpty());
    m_open->setEnabled(!m_url.isEmpty());
    m_open->setToolTip(m_url.isEmpty() ? tr("The dataset records no address for this report")
                                       : tr("Open %1 in the web browser").arg(m_url));
}

void DocumentAddress::setOpener(Opener replacement)
{
    opener() = std::move(replacement);
}

void DocumentAddress::open()
{
    const QUrl url(m_url, QUrl::StrictMode);
    // Only a web address: a dataset is a file from anywhere and must not launch programs.
    const bool web = url.isValid()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
    const bool opened = web && (opener() ? opener()(url) : QDesktopServices::openUrl(url));
    if (!opened)
        QMessageBox::warning(this, tr("Open in Browser"),
            web ? tr("No web browser could be started for %1.").arg(m_url)
                : tr("“%1” is not a web address, so it is not opened.").arg(m_url));
}

} // namespace Summit
