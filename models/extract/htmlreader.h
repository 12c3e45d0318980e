// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/extract/report.h"

#include <QByteArray>
#include <QStringList>

namespace Summit::Extract {

/** The article text of a saved web page, as blocks, and what its head says about it. */
struct HtmlPage
{
    QStringList blocks;
    ReportMetadata metadata;
};

/**
 * Reads a saved web page without a DOM: one forward pass over the tags, in linear time and
 * memory whatever the input (it is untrusted). Text inside script, style, noscript, template,
 * svg, iframe, form, nav, header, footer, aside and figure is dropped; headings, paragraphs,
 * list items, table cells and line breaks end a block. Where the page has an <article> (or else
 * a <main>), only the blocks inside it are kept. Character references are decoded. The head
 * gives <title>, og:title, og:site_name, og:url, article:published_time, the canonical link and
 * <html lang>. Bytes that are not UTF-8 are read as windows-1251 when the page declares it,
 * else as Latin-1.
 */
class HtmlReader
{
public:
    static HtmlPage read(const QByteArray &bytes);

    /** Decodes &amp;, &#8212;, &#x2014;, &nbsp;, &laquo; and the other common references. */
    static QString decodeEntities(QStringView text);
};

} // namespace Summit::Extract
