// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jsondocument.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

namespace Summit {

namespace {

constexpr QByteArrayView ByteOrderMark("\xEF\xBB\xBF");

/** The bytes at which a string scan has to stop and look: quote, backslash, control, non-ASCII. */
constexpr auto StringStops = [] {
    std::array<bool, 256> stops {};
    for (int c = 0; c < 256; ++c)
        stops[c] = c == '"' || c == '\\' || c < 0x20 || c >= 0x80;
    return stops;
}();

bool isContainerByte(char c)
{
    return c == '{' || c == '[';
}

bool isDigit(int c)
{
    return c >= '0' && c <= '9';
}

int hexValue(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/** Reads four hex digits at @p p (at least four bytes must be readable). */
int hexQuad(const uchar *p)
{
    int unit = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

/**
 * Length of the well-formed UTF-8 sequence at @p p, or 0 when it is ill-formed: a stray
 * continuation byte, an overlong form, a surrogate, a code point above U+10FFFF or a cut-off end.
 */
int utf8Length(const uchar *p, qsizetype available)
{
    const uchar lead = p[0];
    if (lead < 0x80)
        return 1;
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (available < length || p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

QString hex4(uint unit)
{
    return QStringLiteral("%1").arg(unit, 4, 16, QLatin1Char('0')).toUpper();
}

/**
 * Whether a literal that std::from_chars found out of range is too large rather than too close
 * to zero: the decimal exponent of its first significant digit decides.
 */
bool overflows(const char *begin, const char *end)
{
    const char *p = begin + (*begin == '-' ? 1 : 0);
    while (p < end && *p == '0')
        ++p;
    const char *integerStart = p;
    while (p < end && isDigit(*p))
        ++p;
    qint64 magnitude = p - integerStart - 1;
    if (p < end && *p == '.') {
        ++p;
        if (magnitude < 0) {
            while (p < end && *p == '0') {
                --magnitude;
                ++p;
            }
        }
        while (p < end && isDigit(*p))
            ++p;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        const bool negative = *p == '-';
        if (*p == '-' || *p == '+')
            ++p;
        qint64 exponent = 0;
        for (; p < end && exponent < 1000000000; ++p)
            exponent = exponent * 10 + (*p - '0');
        magnitude += negative ? -exponent : exponent;
    }
    return magnitude > 0;
}

} // namespace

/**
 * Builds the node vector of a JsonDocument. It keeps the open containers on a stack of its own
 * instead of recursing, so no input can overflow the call stack.
 */
class JsonDocument::Parser
{
public:
    Parser(JsonDocument &document, int maxDepth)
        : m_document(document)
        , m_nodes(document.m_nodes)
        , m_data(reinterpret_cast<const uchar *>(document.m_data.constData()))
        , m_size(document.m_data.size())
        , m_maxDepth(maxDepth)
    {
    }

    bool run();

private:
    bool value();
    bool containerStep();
    bool memberKey();
    bool open();
    void close();
    bool string();
    bool escape();
    bool unicodeEscape();
    bool number();
    bool digits(const char *what);
    bool literal(QByteArrayView word);
    bool unexpectedValue();

    void skipWhitespace();
    void skipPlainStringBytes();
    int peek() const { return m_pos < m_size ? m_data[m_pos] : -1; }
    bool startsWith(QByteArrayView text) const;
    QString describe(qsizetype offset) const;
    bool fail(qsizetype offset, const QString &message);
    bool fail(qsizetype offset, const char *message);
    bool failAtEnd() { return fail(m_pos, "syntax error: unexpected end of file"); }

    JsonDocument &m_document;
    std::vector<Entry> &m_nodes;
    const uchar *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_maxDepth;
    std::vector<Node> m_open; ///< containers whose closing bracket is still to come
    bool m_justOpened = false;
};

bool JsonDocument::Parser::run()
{
    // RFC 8259 lets a parser ignore a byte order mark; editors on Windows still write one.
    if (startsWith(ByteOrderMark))
        m_pos = ByteOrderMark.size();
    skipWhitespace();
    if (m_pos == m_size)
        return fail(0, "syntax error: file is empty");
    if (!value())
        return false;
    while (!m_open.empty()) {
        if (!containerStep())
            return false;
    }
    skipWhitespace();
    if (m_pos != m_size)
        return fail(m_pos, "syntax error: unexpected data after the top-level value");
    return true;
}

bool JsonDocument::Parser::value()
{
    switch (peek()) {
    case '{':
    case '[':
        return open();
    case '"':
        return string();
    case 't':
        return literal("true");
    case 'f':
        return literal("false");
    case 'n':
        return literal("null");
    default:
        if (peek() == '-' || isDigit(peek()))
            return number();
    }
    return unexpectedValue();
}

/** Handles what follows an opening bracket or a complete member or element. */
bool JsonDocument::Parser::containerStep()
{
    skipWhitespace();
    const bool inObject = m_data[m_nodes[m_open.back()].offset] == '{';
    const char closer = inObject ? '}' : ']';
    if (peek() == closer) {
        ++m_pos;
        close();
        m_justOpened = false;
        return true;
    }
    if (peek() < 0)
        return failAtEnd();
    if (!m_justOpened) {
        if (peek() == '/')
            return fail(m_pos, "syntax error: comments are not allowed");
        if (peek() != ',') {
            return fail(m_pos,
                inObject ? "syntax error: expected ',' or '}' after an object member"
                         : "syntax error: expected ',' or ']' after an array element");
        }
        const qsizetype comma = m_pos++;
        skipWhitespace();
        if (peek() == closer)
            return fail(
                comma, QStringLiteral("syntax error: trailing comma before '%1'").arg(closer));
    }
    m_justOpened = false;
    if (inObject && !memberKey())
        return false;
    return value();
}

bool JsonDocument::Parser::memberKey()
{
    if (peek() < 0)
        return failAtEnd();
    if (peek() == '/')
        return fail(m_pos, "syntax error: comments are not allowed");
    if (peek() != '"')
        return fail(m_pos, "syntax error: expected an object key in double quotes");
    if (!string())
        return false;
    skipWhitespace();
    if (peek() < 0)
        return failAtEnd();
    if (peek() != ':')
        return fail(m_pos, "syntax error: expected ':' after an object key");
    ++m_pos;
    skipWhitespace();
    return true;
}

bool JsonDocument::Parser::open()
{
    if (int(m_open.size()) >= m_maxDepth)
        return fail(m_pos, QStringLiteral("nesting deeper than %1 levels").arg(m_maxDepth));
    m_open.push_back(Node(m_nodes.size()));
    m_nodes.push_back({ quint32(m_pos), 0 });
    ++m_pos;
    m_justOpened = true;
    return true;
}

void JsonDocument::Parser::close()
{
    m_nodes[m_open.back()].extra = quint32(m_nodes.size());
    m_open.pop_back();
}

bool JsonDocument::Parser::string()
{
    // At the opening quote: where the string began is where a user looks for the cut.
    static constexpr const char *EndsInString
        = "syntax error: the file ends early, inside a string that begins here";
    const qsizetype start = m_pos++;
    bool escaped = false;
    for (;;) {
        skipPlainStringBytes();
        if (m_pos >= m_size)
            return fail(start, EndsInString);
        const uchar c = m_data[m_pos];
        if (c == '"')
            break;
        if (c == '\\') {
            if (m_pos + 1 >= m_size)
                return fail(start, EndsInString);
            if (!escape())
                return false;
            escaped = true;
        } else if (c < 0x20) {
            return fail(m_pos,
                QStringLiteral("syntax error: unescaped control character %1 in string "
                               "(write it as \\u%2%3)")
                    .arg(describe(m_pos), hex4(c),
                        QLatin1StringView(c == '\n' ? ", or close the string" : "")));
        } else {
            const int length = utf8Length(m_data + m_pos, m_size - m_pos);
            if (length == 0)
                return fail(m_pos, "syntax error: invalid UTF-8 in string");
            m_pos += length;
        }
    }
    const auto length = quint32(m_pos - start - 1);
    ++m_pos;
    m_nodes.push_back({ quint32(start), length | (escaped ? EscapeFlag : 0) });
    return true;
}

/** The hot loop of parsing: most bytes of a data file are plain ASCII inside strings. */
void JsonDocument::Parser::skipPlainStringBytes()
{
    const uchar *p = m_data + m_pos;
    const uchar *end = m_data + m_size;
    while (p != end && !StringStops[*p])
        ++p;
    m_pos = p - m_data;
}

bool JsonDocument::Parser::escape()
{
    if (m_pos + 1 >= m_size)
        return fail(m_pos, "syntax error: string is not closed");
    switch (m_data[m_pos + 1]) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        m_pos += 2;
        return true;
    case 'u':
        return unicodeEscape();
    }
    if (utf8Length(m_data + m_pos + 1, m_size - m_pos - 1) == 0)
        return fail(m_pos + 1, "syntax error: invalid UTF-8 in string");
    return fail(m_pos,
        QStringLiteral("syntax error: invalid escape: backslash followed by %1")
            .arg(describe(m_pos + 1)));
}

bool JsonDocument::Parser::unicodeEscape()
{
    const qsizetype at = m_pos;
    const int unit = m_pos + 6 <= m_size ? hexQuad(m_data + m_pos + 2) : -1;
    if (unit < 0)
        return fail(at, "syntax error: invalid \\u escape (expected four hex digits)");
    m_pos += 6;
    const bool high = unit >= 0xD800 && unit <= 0xDBFF;
    const bool low = unit >= 0xDC00 && unit <= 0xDFFF;
    if (!high && !low)
        return true;
    if (high && startsWith("\\u") && m_pos + 6 <= m_size) {
        const int next = hexQuad(m_data + m_pos + 2);
        if (next >= 0xDC00 && next <= 0xDFFF) {
            m_pos += 6;
            return true;
        }
    }
    return fail(at,
        QStringLiteral("syntax error: lone surrogate \\u%1 in string (a surrogate must be "
                       "a high one, \\uD800 to \\uDBFF, followed by a low one)")
            .arg(hex4(uint(unit))));
}

bool JsonDocument::Parser::number()
{
    const qsizetype start = m_pos;
    if (peek() == '-')
        ++m_pos;
    if (peek() == '0') {
        ++m_pos;
        if (isDigit(peek()))
            return fail(start, "syntax error: leading zeros are not allowed in numbers");
    } else if (!digits("syntax error: expected a digit after '-'")) {
        return false;
    }
    if (peek() == '.') {
        ++m_pos;
        if (!digits("syntax error: expected a digit after the decimal point"))
            return false;
    }
    if (peek() == 'e' || peek() == 'E') {
        ++m_pos;
        if (peek() == '+' || peek() == '-')
            ++m_pos;
        if (!digits("syntax error: expected a digit in the exponent"))
            return false;
    }
    const auto *begin = reinterpret_cast<const char *>(m_data + start);
    const auto *end = reinterpret_cast<const char *>(m_data + m_pos);
    double value = 0;
    if (std::from_chars(begin, end, value).ec == std::errc::result_out_of_range
        && overflows(begin, end))
        return fail(start, "number out of range");
    m_nodes.push_back({ quint32(start), quint32(m_pos - start) });
    return true;
}

bool JsonDocument::Parser::digits(const char *what)
{
    if (!isDigit(peek()))
        return peek() < 0 ? failAtEnd() : fail(m_pos, what);
    while (isDigit(peek()))
        ++m_pos;
    return true;
}

bool JsonDocument::Parser::literal(QByteArrayView word)
{
    if (!startsWith(word))
        return fail(m_pos, "syntax error: invalid literal (expected true, false or null)");
    m_nodes.push_back({ quint32(m_pos), 0 });
    m_pos += word.size();
    return true;
}

bool JsonDocument::Parser::unexpectedValue()
{
    const int c = peek();
    if (c < 0)
        return failAtEnd();
    if (c == '/')
        return fail(m_pos, "syntax error: comments are not allowed");
    if (startsWith("NaN") || startsWith("Infinity"))
        return fail(m_pos, "syntax error: NaN and Infinity are not allowed");
    if (utf8Length(m_data + m_pos, m_size - m_pos) == 0)
        return fail(m_pos, "syntax error: invalid UTF-8");
    return fail(
        m_pos, QStringLiteral("syntax error: expected a value, got %1").arg(describe(m_pos)));
}

void JsonDocument::Parser::skipWhitespace()
{
    const uchar *p = m_data + m_pos;
    const uchar *end = m_data + m_size;
    while (p != end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
    m_pos = p - m_data;
}

bool JsonDocument::Parser::startsWith(QByteArrayView text) const
{
    return m_size - m_pos >= text.size()
        && std::memcmp(m_data + m_pos, text.data(), text.size()) == 0;
}

/** "'x'" for a printable ASCII character, "U+00A0" for anything else (which is valid UTF-8). */
QString JsonDocument::Parser::describe(qsizetype offset) const
{
    const uchar c = m_data[offset];
    if (c > 0x20 && c < 0x7F)
        return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
    const int length = utf8Length(m_data + offset, m_size - offset);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(m_data + offset), length);
    char32_t codePoint = text.isEmpty() ? 0 : text[0].unicode();
    if (text.size() > 1 && text[0].isHighSurrogate())
        codePoint = QChar::surrogateToUcs4(text[0], text[1]);
    return QStringLiteral("U+") + hex4(codePoint);
}

bool JsonDocument::Parser::fail(qsizetype offset, const QString &message)
{
    m_document.m_errorMessage = message;
    m_document.m_errorOffset = offset;
    return false;
}

bool JsonDocument::Parser::fail(qsizetype offset, const char *message)
{
    return fail(offset, QString::fromLatin1(message));
}

bool JsonDocument::parse(const QByteArray &data, int maxDepth)
{
    m_data = data;
    m_nodes.clear();
    m_lineStarts.clear();
    m_cursorOffset = -1;
    m_errorMessage.clear();
    m_errorOffset = -1;
    // Offsets and string lengths are 31-bit; the reader refuses files of over 1 GiB anyway.
    if (data.size() >= qsizetype(EscapeFlag)) {
        m_errorMessage = QStringLiteral("file too large to parse (2 GiB or more)");
        m_errorOffset = 0;
        return false;
    }
    // Indented data files spend 15 to 20 bytes per node, minified ones about 12. Reserving
    // generously costs address space only, while a regrowth would copy every node.
    m_nodes.reserve(std::size_t(data.size() / 10 + 16));
    const bool ok = Parser(*this, maxDepth).run();
    if (!ok)
        m_nodes.clear();
    return ok;
}

JsonDocument::Type JsonDocument::type(Node node) const
{
    switch (m_data[m_nodes[node].offset]) {
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case '"':
        return Type::String;
    case 't':
    case 'f':
        return Type::Boolean;
    case 'n':
        return Type::Null;
    }
    return Type::Number;
}

JsonDocument::Node JsonDocument::next(Node node) const
{
    return isContainerByte(m_data[m_nodes[node].offset]) ? m_nodes[node].extra : node + 1;
}

int JsonDocument::childCount(Node container) const
{
    int count = 0;
    for (Node child = firstChild(container); child != end(container); child = next(child))
        ++count;
    return count;
}

bool JsonDocument::boolean(Node node) const
{
    return m_data[m_nodes[node].offset] == 't';
}

double JsonDocument::number(Node node) const
{
    const QByteArrayView text = literal(node);
    double value = 0;
    // The parser refused overflows, so "out of range" here means too close to zero.
    if (std::from_chars(text.begin(), text.end(), value).ec == std::errc::result_out_of_range)
        return text.startsWith('-') ? -0.0 : 0.0;
    return value;
}

QByteArrayView JsonDocument::literal(Node node) const
{
    const Entry &entry = m_nodes[node];
    const char *begin = m_data.constData() + entry.offset;
    switch (type(node)) {
    case Type::Number:
        return { begin, qsizetype(entry.extra) };
    case Type::Boolean:
        return { begin, *begin == 't' ? 4 : 5 };
    case Type::Null:
        return { begin, 4 };
    default:
        break;
    }
    return {};
}

QByteArrayView JsonDocument::rawString(Node node) const
{
    const Entry &entry = m_nodes[node];
    return { m_data.constData() + entry.offset + 1, qsizetype(entry.extra & ~EscapeFlag) };
}

QString JsonDocument::string(Node node) const
{
    const QByteArrayView raw = rawString(node);
    if (!(m_nodes[node].extra & EscapeFlag))
        return QString::fromUtf8(raw);
    QString result;
    result.reserve(raw.size());
    qsizetype run = 0;
    qsizetype i = 0;
    while (i < raw.size()) {
        if (raw[i] != '\\') {
            ++i;
            continue;
        }
        result += QString::fromUtf8(raw.sliced(run, i - run));
        const char kind = raw[i + 1];
        if (kind == 'u') {
            result += QChar(char16_t(hexQuad(reinterpret_cast<const uchar *>(raw.data() + i + 2))));
            i += 6;
        } else {
            static constexpr char from[] = "bfnrt";
            static constexpr char to[] = "\b\f\n\r\t";
            const char *found = std::strchr(from, kind);
            result += QLatin1Char(found ? to[found - from] : kind);
            i += 2;
        }
        run = i;
    }
    result += QString::fromUtf8(raw.sliced(run));
    return result;
}

bool JsonDocument::stringEquals(Node node, QByteArrayView ascii) const
{
    if (!(m_nodes[node].extra & EscapeFlag))
        return rawString(node) == ascii;
    return string(node) == QLatin1StringView(ascii);
}

void JsonDocument::buildLineIndex() const
{
    m_lineStarts.push_back(0);
    const char *begin = m_data.constData();
    const char *end = begin + m_data.size();
    for (const char *p = begin; (p = static_cast<const char *>(std::memchr(p, '\n', end - p)));) {
        ++p;
        m_lineStarts.push_back(quint32(p - begin));
    }
}

JsonDocument::Position JsonDocument::position(qsizetype offset) const
{
    if (m_lineStarts.empty())
        buildLineIndex();
    offset = std::clamp<qsizetype>(offset, 0, m_data.size());
    const auto after
        = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), quint32(offset));
    const int line = int(after - m_lineStarts.cbegin());
    qsizetype start = *(after - 1);
    if (start == 0 && m_data.startsWith(ByteOrderMark) && offset >= ByteOrderMark.size())
        start = ByteOrderMark.size();
    // Columns count code points: every byte but a UTF-8 continuation byte starts one. Positions
    // are mostly asked for in file order, so counting resumes from the previous one on the same
    // line; a minified file is one long line.
    int column = 1;
    if (m_cursorOffset >= start && m_cursorOffset <= offset) {
        column = m_cursorColumn;
        start = m_cursorOffset;
    }
    for (qsizetype i = start; i < offset; ++i)
        column += (uchar(m_data[i]) & 0xC0) != 0x80;
    m_cursorOffset = offset;
    m_cursorColumn = column;
    return { line, column };
}

} // namespace Summit
