// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/extract/htmlreader.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Summit::Extract {

namespace {

bool isSkipped(QStringView tag)
{
    static const QStringList skipped { QStringLiteral("script"), QStringLiteral("style"),
        QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("svg"),
        QStringLiteral("iframe"), QStringLiteral("form"), QStringLiteral("nav"),
        QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("aside"),
        QStringLiteral("figure"), QStringLiteral("select"), QStringLiteral("button") };
    return skipped.contains(tag);
}

bool endsBlock(QStringView tag)
{
    static const QStringList blocks { QStringLiteral("p"), QStringLiteral("h1"),
        QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("li"), QStringLiteral("br"), QStringLiteral("div"),
        QStringLiteral("tr"), QStringLiteral("td"), QStringLiteral("th"),
        QStringLiteral("blockquote"), QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("main"), QStringLiteral("dt"), QStringLiteral("dd"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("table"), QStringLiteral("pre"),
        QStringLiteral("title"), QStringLiteral("body"), QStringLiteral("hr") };
    return blocks.contains(tag);
}

QString attribute(QStringView tagText, const QString &name)
{
    const QRegularExpression pattern(QStringLiteral("\\b") + name
            + QStringLiteral("\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto match = pattern.match(tagText);
    if (!match.hasMatch())
        return {};
    for (int i = 1; i <= 3; ++i) {
        if (match.capturedLength(i) > 0)
            return HtmlReader::decodeEntities(match.capturedView(i)).trimmed();
    }
    return {};
}

QString decodeBytes(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    const QByteArray head = bytes.left(4096).toLower();
    if (head.contains("windows-1251") || head.contains("cp1251")) {
        QStringDecoder cp1251("windows-1251");
        if (cp1251.isValid())
            return cp1251.decode(bytes);
    }
    return QString::fromLatin1(bytes);
}

/** The state of the single pass: the block being collected and where we are in the tree. */
class Scanner
{
public:
    explicit Scanner(const QString &text)
        : m_text(text)
    {
    }

    HtmlPage run();

private:
    void handleTag(QStringView inner);
    void handleMeta(QStringView inner);
    void flush();
    void appendText(QStringView text);
    qsizetype skipRawText(qsizetype from, QStringView tag);

    const QString &m_text;
    HtmlPage m_page;
    QString m_block;
    QString m_title;
    int m_skipDepth = 0;
    int m_articleDepth = 0;
    int m_mainDepth = 0;
    bool m_inTitle = false;
    QStringList m_articleBlocks;
    QStringList m_mainBlocks;
};

HtmlPage Scanner::run()
{
    qsizetype i = 0;
    const qsizetype n = m_text.size();
    while (i < n) {
        const qsizetype lt = m_text.indexOf(QLatin1Char('<'), i);
        const qsizetype textEnd = lt < 0 ? n : lt;
        if (textEnd > i)
            appendText(QStringView(m_text).mid(i, textEnd - i));
        if (lt < 0)
            break;
        if (QStringView(m_text).mid(lt, 4) == QLatin1String("<!--")) {
            const qsizetype close = m_text.indexOf(QLatin1String("-->"), lt + 4);
            i = close < 0 ? n : close + 3;
            continue;
        }
        const qsizetype gt = m_text.indexOf(QLatin1Char('>'), lt + 1);
        if (gt < 0)
            break;
        const QStringView inner = QStringView(m_text).mid(lt + 1, gt - lt - 1);
        i = gt + 1;
        static const QRegularExpression nameOf(QStringLiteral("^\\s*([A-Za-z][A-Za-z0-9]*)"),
            QRegularExpression::UseUnicodePropertiesOption);
        const auto name = nameOf.match(inner);
        const QString tag = name.hasMatch() ? name.captured(1).toLower() : QString();
        if (!inner.startsWith(QLatin1Char('/'))
            && (tag == QLatin1String("script") || tag == QLatin1String("style"))) {
            i = skipRawText(i, tag);
            continue;
        }
        handleTag(inner);
    }
    flush();
    m_page.metadata.title = m_page.metadata.title.isEmpty() ? m_title : m_page.metadata.title;
    if (!m_articleBlocks.isEmpty())
        m_page.blocks = m_articleBlocks;
    else if (!m_mainBlocks.isEmpty())
        m_page.blocks = m_mainBlocks;
    return std::move(m_page);
}

qsizetype Scanner::skipRawText(qsizetype from, QStringView tag)
{
    const QString close = QStringLiteral("</") + tag.toString();
    const qsizetype end = m_text.indexOf(close, from, Qt::CaseInsensitive);
    if (end < 0)
        return m_text.size();
    const qsizetype gt = m_text.indexOf(QLatin1Char('>'), end);
    return gt < 0 ? m_text.size() : gt + 1;
}

void Scanner::handleTag(QStringView inner)
{
    const bool closing = inner.startsWith(QLatin1Char('/'));
    const QStringView body = closing ? inner.mid(1) : inner;
    static const QRegularExpression nameOf(QStringLiteral("^\\s*([A-Za-z][A-Za-z0-9]*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const auto name = nameOf.match(body);
    if (!name.hasMatch())
        return;
    const QString tag = name.captured(1).toLower();
    const bool selfClosing = inner.endsWith(QLatin1Char('/'));
    if (tag == QLatin1String("meta") || tag == QLatin1String("link")
        || tag == QLatin1String("html")) {
        handleMeta(inner);
        return;
    }
    if (tag == QLatin1String("title") && m_skipDepth == 0) {
        flush();
        m_inTitle = !closing;
        return;
    }
    if (isSkipped(tag)) {
        if (selfClosing)
            return;
        flush();
        m_skipDepth = std::max(0, m_skipDepth + (closing ? -1 : 1));
        return;
    }
    if (endsBlock(tag))
        flush();
    if (selfClosing)
        return;
    if (tag == QLatin1String("article"))
        m_articleDepth = std::max(0, m_articleDepth + (closing ? -1 : 1));
    else if (tag == QLatin1String("main"))
        m_mainDepth = std::max(0, m_mainDepth + (closing ? -1 : 1));
}

void Scanner::handleMeta(QStringView inner)
{
    ReportMetadata &meta = m_page.metadata;
    if (inner.startsWith(QLatin1String("html"), Qt::CaseInsensitive)) {
        meta.language = attribute(inner, QStringLiteral("lang")).left(2).toLower();
        return;
    }
    const QString property = attribute(inner, QStringLiteral("property")).toLower();
    const QString key
        = property.isEmpty() ? attribute(inner, QStringLiteral("name")).toLower() : property;
    const QString content = attribute(inner, QStringLiteral("content"));
    if (key == QLatin1String("og:title"))
        meta.title = content;
    else if (key == QLatin1String("og:site_name"))
        meta.publisher = content;
    else if (key == QLatin1String("og:url") && meta.url.isEmpty())
        meta.url = content;
    else if (key == QLatin1String("article:published_time") && meta.published.isNull())
        meta.published = QDate::fromString(content.left(10), Qt::ISODate);
    else if (attribute(inner, QStringLiteral("rel")).toLower() == QLatin1String("canonical")
        && meta.url.isEmpty())
        meta.url = attribute(inner, QStringLiteral("href"));
}

void Scanner::appendText(QStringView text)
{
    if (m_skipDepth > 0)
        return;
    if (m_inTitle) {
        m_title += HtmlReader::decodeEntities(text);
        return;
    }
    m_block += HtmlReader::decodeEntities(text);
}

void Scanner::flush()
{
    if (m_inTitle) {
        m_title = m_title.simplified();
        return;
    }
    const QString block = m_block.simplified();
    m_block.clear();
    if (block.isEmpty())
        return;
    m_page.blocks.append(block);
    if (m_articleDepth > 0)
        m_articleBlocks.append(block);
    if (m_mainDepth > 0)
        m_mainBlocks.append(block);
}

} // namespace

HtmlPage HtmlReader::read(const QByteArray &bytes)
{
    const QString text = decodeBytes(bytes);
    return Scanner(text).run();
}

QString HtmlReader::decodeEntities(QStringView text)
{
    if (!text.contains(QLatin1Char('&')))
        return text.toString();
    static const QHash<QString, QChar> named {
        { QStringLiteral("amp"), QChar(u'&') },
        { QStringLiteral("lt"), QChar(u'<') },
        { QStringLiteral("gt"), QChar(u'>') },
        { QStringLiteral("quot"), QChar(u'"') },
        { QStringLiteral("apos"), QChar(u'\'') },
        { QStringLiteral("nbsp"), QChar(0x00A0) },
        { QStringLiteral("mdash"), QChar(0x2014) },
        { QStringLiteral("ndash"), QChar(0x2013) },
        { QStringLiteral("laquo"), QChar(0x00AB) },
        { QStringLiteral("raquo"), QChar(0x00BB) },
        { QStringLiteral("hellip"), QChar(0x2026) },
        { QStringLiteral("rsquo"), QChar(0x2019) },
        { QStringLiteral("lsquo"), QChar(0x2018) },
        { QStringLiteral("ldquo"), QChar(0x201C) },
        { QStringLiteral("rdquo"), QChar(0x201D) },
        { QStringLiteral("bull"), QChar(0x2022) },
        { QStringLiteral("minus"), QChar(0x2212) },
        { QStringLiteral("thinsp"), QChar(0x2009) },
    };
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const qsizetype semi = c == QLatin1Char('&') ? text.indexOf(QLatin1Char(';'), i) : -1;
        if (semi < 0 || semi - i > 10) {
            out += c;
            ++i;
            continue;
        }
        const QStringView name = text.mid(i + 1, semi - i - 1);
        char32_t code = 0;
        bool ok = false;
        if (name.startsWith(QLatin1Char('#'))) {
            const bool hex = name.size() > 1
                && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
            code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            ok = ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
        } else if (const auto it = named.constFind(name.toString()); it != named.cend()) {
            code = it->unicode();
            ok = true;
        }
        if (!ok) {
            out += c;
            ++i;
            continue;
        }
        out += QString::fromUcs4(&code, 1);
        i = semi + 1;
    }
    return out;
}

} // namespace Summit::Extract
