// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/jsonobjectreader.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>

namespace Summit {

namespace {

using Type = JsonDocument::Type;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/** The number written with @p count ASCII digits at @p from, or -1. */
int digitsAt(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        if (!isAsciiDigit(text[i]))
            return -1;
        value = value * 10 + (text[i].unicode() - '0');
    }
    return value;
}

/** Exactly YYYY-MM-DD: QDate::fromString(Qt::ISODate) would take more than the format allows. */
QDate parseDate(const QString &text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day);
}

QTime parseTime(const QString &text)
{
    const bool withSeconds = text.size() == 8;
    if ((text.size() != 5 && !withSeconds) || text[2] != u':' || (withSeconds && text[5] != u':'))
        return {};
    const int hour = digitsAt(text, 0, 2);
    const int minute = digitsAt(text, 3, 2);
    const int second = withSeconds ? digitsAt(text, 6, 2) : 0;
    if (!QTime::isValid(hour, minute, second))
        return {};
    return QTime(hour, minute, second);
}

PartialDate parsePartialDate(const QString &text)
{
    // PartialDate's pattern uses \d, which also matches non-ASCII digits.
    const bool ascii = std::all_of(
        text.cbegin(), text.cend(), [](QChar c) { return isAsciiDigit(c) || c == u'-'; });
    return ascii ? PartialDate::fromIsoString(text) : PartialDate {};
}

QLatin1StringView latin1(std::string_view text)
{
    return QLatin1StringView(text.data(), qsizetype(text.size()));
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + JsonObjectReader::printable(text) + QLatin1Char('"');
}

} // namespace

bool ValidationErrors::accepts(qsizetype offset) const
{
    if (m_heap.size() < std::size_t(m_limit))
        return true;
    return m_limit > 0 && offset < m_heap.front().offset;
}

bool ValidationErrors::comesBefore(const Entry &a, const Entry &b)
{
    return a.offset != b.offset ? a.offset < b.offset : a.sequence < b.sequence;
}

void ValidationErrors::keep(qsizetype offset, QString message)
{
    Entry entry { offset, m_total, std::move(message) };
    if (m_heap.size() < std::size_t(m_limit)) {
        m_heap.push_back(std::move(entry));
        std::push_heap(m_heap.begin(), m_heap.end(), comesBefore);
        return;
    }
    std::pop_heap(m_heap.begin(), m_heap.end(), comesBefore);
    m_heap.back() = std::move(entry);
    std::push_heap(m_heap.begin(), m_heap.end(), comesBefore);
}

std::vector<ValidationErrors::Error> ValidationErrors::sorted() const
{
    std::vector<Entry> entries = m_heap;
    std::sort_heap(entries.begin(), entries.end(), comesBefore);
    std::vector<Error> errors;
    errors.reserve(entries.size());
    for (Entry &entry : entries)
        errors.push_back({ entry.offset, std::move(entry.message) });
    return errors;
}

QString StringPool::get(Node node)
{
    // Long strings are titles and summaries: unique, not worth a hash lookup.
    constexpr qsizetype Longest = 64;
    constexpr qsizetype MaxStrings = qsizetype(1) << 20;
    const QByteArrayView raw = m_json.rawString(node);
    if (raw.size() > Longest || m_strings.size() >= MaxStrings)
        return m_json.string(node);
    const QByteArrayView bytes = key(node);
    const auto found = m_strings.constFind(bytes);
    if (found != m_strings.cend())
        return *found;
    const QString text = m_json.string(node);
    m_strings.insert(bytes, text);
    return text;
}

QByteArrayView StringPool::key(Node node)
{
    if (!m_json.hasEscapes(node))
        return m_json.rawString(node);
    m_decodedKeys.push_back(m_json.string(node).toUtf8());
    return m_decodedKeys.back();
}

JsonObjectReader::JsonObjectReader(const JsonDocument &json, ValidationErrors &errors,
    StringPool &pool, Node object, QLatin1StringView what, std::span<const std::string_view> fields)
    : m_json(json)
    , m_errors(errors)
    , m_pool(pool)
    , m_object(object)
    , m_what(what)
    , m_fields(fields)
{
    Q_ASSERT(fields.size() <= std::size_t(MaxFields));
    int expected = 0;
    for (Node key = JsonDocument::firstChild(object); key != json.end(object);
         key = json.nextKey(key)) {
        const int index = indexOfKey(key, expected);
        expected = index + 1;
        if (index >= 0 && m_values[index] == 0) {
            m_values[index] = key + 1;
            continue;
        }
        report(key, [&] {
            return QStringLiteral("%1 field '%2' in %3")
                .arg(index < 0 ? QLatin1StringView("unknown") : QLatin1StringView("duplicate"),
                    printable(json.string(key)), m_what);
        });
    }
}

/** Tries @p expected first: keys mostly come in the order of the field list, as dumps write them.
 */
int JsonObjectReader::indexOfKey(Node key, int expected) const
{
    const int count = int(m_fields.size());
    for (int step = 0; step < count; ++step) {
        const int i = (expected + step) % count;
        if (m_json.stringEquals(key, QByteArrayView(m_fields[i].data(), m_fields[i].size())))
            return i;
    }
    return -1;
}

int JsonObjectReader::indexOf(std::string_view field) const
{
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        if (field == m_fields[i])
            return int(i);
    }
    Q_ASSERT_X(false, "JsonObjectReader", "asked for a field that is not in the list");
    return -1;
}

JsonObjectReader::Node JsonObjectReader::value(std::string_view field) const
{
    const int index = indexOf(field);
    return index < 0 ? 0 : m_values[index];
}

JsonObjectReader::Node JsonObjectReader::present(std::string_view field, Need need)
{
    const Node node = value(field);
    if (node == 0 && need == Need::Required) {
        report(m_object, [&] {
            return QStringLiteral("missing required field '%1' in %2").arg(latin1(field), m_what);
        });
    }
    return node;
}

bool JsonObjectReader::hasType(Node node, std::string_view field, Type type, const char *expected)
{
    const Type actual = m_json.type(node);
    if (actual == type)
        return true;
    report(node, [&] {
        return QStringLiteral("'%1' must be %2, not %3")
            .arg(latin1(field), QLatin1StringView(expected), typeName(actual));
    });
    return false;
}

JsonObjectReader::Node JsonObjectReader::stringNode(std::string_view field, Need need)
{
    const Node node = present(field, need);
    return node != 0 && hasType(node, field, Type::String, "a string") ? node : 0;
}

QString JsonObjectReader::string(std::string_view field, Need need)
{
    const Node node = stringNode(field, need);
    return node != 0 ? m_json.string(node) : QString();
}

QString JsonObjectReader::sharedString(std::string_view field, Need need)
{
    const Node node = stringNode(field, need);
    return node != 0 ? m_pool.get(node) : QString();
}

QString JsonObjectReader::nullableString(std::string_view field)
{
    const Node node = present(field, Need::Required);
    if (node == 0 || m_json.type(node) == Type::Null
        || !hasType(node, field, Type::String, "a string or null"))
        return {};
    return m_json.string(node);
}

QString JsonObjectReader::choice(std::string_view field, const QStringList &allowed)
{
    const Node node = stringNode(field);
    if (node == 0)
        return {};
    const QByteArrayView raw = m_json.rawString(node);
    for (const QString &word : allowed) {
        if (!m_json.hasEscapes(node) ? word == QLatin1StringView(raw) : word == m_json.string(node))
            return word;
    }
    report(node, [&] {
        return QStringLiteral("'%1' must be one of %2; got %3")
            .arg(latin1(field), allowed.join(QLatin1StringView(", ")), quoted(m_json.string(node)));
    });
    return {};
}

QString JsonObjectReader::text(std::string_view field, const char *expected, Node *node)
{
    *node = present(field, Need::Optional);
    if (*node == 0 || !hasType(*node, field, Type::String, expected)) {
        *node = 0;
        return {};
    }
    return m_json.string(*node);
}

QDate JsonObjectReader::date(std::string_view field, Need need)
{
    if (present(field, need) == 0)
        return {};
    Node node = 0;
    const QString text = this->text(field, "a date string (YYYY-MM-DD)", &node);
    const QDate date = parseDate(text);
    if (node != 0 && !date.isValid()) {
        report(node, [&] {
            return QStringLiteral("'%1' must be a date (YYYY-MM-DD), got %2")
                .arg(latin1(field), quoted(text));
        });
    }
    return date;
}

QDate JsonObjectReader::nullableDate(std::string_view field)
{
    const Node node = value(field);
    if (node != 0 && m_json.type(node) == Type::Null)
        return {};
    if (node != 0 && m_json.type(node) != Type::String) {
        hasType(node, field, Type::String, "a date string (YYYY-MM-DD) or null");
        return {};
    }
    return date(field);
}

PartialDate JsonObjectReader::partialDate(std::string_view field)
{
    Node node = 0;
    const QString text = this->text(field, "a date string", &node);
    const PartialDate date = parsePartialDate(text);
    if (node != 0 && date.isNull()) {
        report(node, [&] {
            return QStringLiteral(
                "'%1' must be a partial date (YYYY, YYYY-MM or YYYY-MM-DD), got %2")
                .arg(latin1(field), quoted(text));
        });
    }
    return date;
}

QTime JsonObjectReader::time(std::string_view field)
{
    Node node = 0;
    const QString text = this->text(field, "a time string (HH:MM or HH:MM:SS)", &node);
    const QTime time = parseTime(text);
    if (node != 0 && !time.isValid()) {
        report(node, [&] {
            return QStringLiteral("'%1' must be a time (HH:MM or HH:MM:SS), got %2")
                .arg(latin1(field), quoted(text));
        });
    }
    return time;
}

std::optional<double> JsonObjectReader::number(std::string_view field, Need need)
{
    const Node node = present(field, need);
    if (node == 0 || !hasType(node, field, Type::Number, "a number"))
        return std::nullopt;
    return m_json.number(node);
}

std::optional<int> JsonObjectReader::integer(std::string_view field, Need need)
{
    const Node node = present(field, need);
    if (node == 0 || !hasType(node, field, Type::Number, "an integer"))
        return std::nullopt;
    const double value = m_json.number(node);
    const bool integral = std::trunc(value) == value;
    if (integral && value >= std::numeric_limits<int>::min()
        && value <= std::numeric_limits<int>::max())
        return int(value);
    report(node, [&] {
        return QString::fromLatin1(
            integral ? "'%1' is out of range: %2" : "'%1' must be an integer, got %2")
            .arg(latin1(field), printable(QString::fromUtf8(m_json.literal(node))));
    });
    return std::nullopt;
}

bool JsonObjectReader::boolean(std::string_view field)
{
    const Node node = present(field, Need::Optional);
    return node != 0 && hasType(node, field, Type::Boolean, "true or false")
        && m_json.boolean(node);
}

QStringList JsonObjectReader::stringList(std::string_view field, std::vector<Node> *nodes)
{
    const Node node = present(field, Need::Optional);
    if (node == 0 || !hasType(node, field, Type::Array, "an array of strings"))
        return {};
    QStringList list;
    list.reserve(m_json.childCount(node));
    for (Node item = JsonDocument::firstChild(node); item != m_json.end(node);
         item = m_json.next(item)) {
        if (m_json.type(item) != Type::String) {
            report(item, [&] {
                return QStringLiteral("'%1' entries must be strings, not %2")
                    .arg(latin1(field), typeName(m_json.type(item)));
            });
            continue;
        }
        list.append(m_pool.get(item));
        if (nodes)
            nodes->push_back(item);
    }
    return list;
}

JsonObjectReader::Node JsonObjectReader::array(std::string_view field, Need need)
{
    const Node node = present(field, need);
    if (node == 0 || !hasType(node, field, Type::Array, "an array"))
        return 0;
    return node;
}

QString JsonObjectReader::printable(const QString &text)
{
    constexpr qsizetype Longest = 80;
    QString result;
    for (qsizetype i = 0; i < text.size() && i < Longest; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 || c == 0x7F)
            result += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            result += text[i];
    }
    if (text.size() > Longest)
        result += QLatin1StringView("...");
    return result;
}

QString JsonObjectReader::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Boolean:
        return QStringLiteral("a boolean");
    case Type::Number:
        return QStringLiteral("a number");
    case Type::String:
        return QStringLiteral("a string");
    case Type::Array:
        return QStringLiteral("an array");
    case Type::Object:
        break;
    }
    return QStringLiteral("an object");
}

} // namespace Summit
