// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"
#include "models/jsondocument.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QHash>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QTime>

#include <array>
#include <concepts>
#include <deque>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace Summit {

/**
 * The errors found in one file, each at a byte offset. Keeps the @c limit errors that come first
 * in the file and only counts the others, so that a file with millions of errors costs neither
 * the memory nor the time to word messages nobody will read: the message is made only when kept.
 */
class ValidationErrors
{
public:
    struct Error
    {
        qsizetype offset;
        QString message;
    };

    explicit ValidationErrors(int limit)
        : m_limit(limit)
    {
    }

    template<std::invocable MakeMessage> void add(qsizetype offset, MakeMessage &&makeMessage)
    {
        const bool wanted = accepts(offset);
        ++m_total;
        if (wanted)
            keep(offset, makeMessage());
    }
    bool isEmpty() const { return m_total == 0; }
    qint64 total() const { return m_total; }
    /** The errors kept, in file order; errors at one offset keep the order they were found in. */
    std::vector<Error> sorted() const;

private:
    struct Entry
    {
        qsizetype offset;
        qint64 sequence;
        QString message;
    };
    static bool comesBefore(const Entry &a, const Entry &b);
    bool accepts(qsizetype offset) const;
    void keep(qsizetype offset, QString message);

    int m_limit;
    qint64 m_total = 0;
    std::vector<Entry> m_heap; ///< max-heap on (offset, sequence): the first to drop is on top
};

/**
 * Shares one QString among the equal short strings of a file (ids, country codes, topics), which
 * a big file repeats hundreds of thousands of times; also gives each string a byte key that
 * stays valid while the pool lives, for hashing ids without decoding them.
 */
class StringPool
{
public:
    using Node = JsonDocument::Node;

    explicit StringPool(const JsonDocument &json)
        : m_json(json)
    {
    }

    /** The text of string @p node, shared with every equal string asked for before. */
    QString get(Node node);
    /** The UTF-8 text of string @p node: its bytes in the file unless it has escapes. */
    QByteArrayView key(Node node);

private:
    const JsonDocument &m_json;
    QHash<QByteArrayView, QString> m_strings;
    std::deque<QByteArray>
        m_decodedKeys; ///< keys of strings with escapes; a deque never moves them
};

/**
 * Reads the members of one JSON object of the data format. The constructor reports unknown and
 * repeated keys; the getters report a missing required field (at the object's opening brace) and
 * a value of the wrong type or form (at the value), and return an empty value after an error.
 */
class JsonObjectReader
{
public:
    using Node = JsonDocument::Node;
    enum class Need
    {
        Required,
        Optional
    };
    static constexpr int MaxFields = 20;

    /** @p what names the object in messages ("event"); @p fields are all the keys it may have. */
    JsonObjectReader(const JsonDocument &json, ValidationErrors &errors, StringPool &pool,
        Node object, QLatin1StringView what, std::span<const std::string_view> fields);

    Node object() const { return m_object; }
    QLatin1StringView what() const { return m_what; }
    /** The value of @p field, or 0 (never a member's index) when it is absent. */
    Node value(std::string_view field) const;
    bool has(std::string_view field) const { return value(field) != 0; }

    /** The value of @p field if it is a string, else 0 (after reporting what is wrong). */
    Node stringNode(std::string_view field, Need need = Need::Required);
    QString string(std::string_view field, Need need = Need::Required);
    /** A string that recurs across the file (an id, a code), taken from the pool. */
    QString sharedString(std::string_view field, Need need = Need::Required);
    QString nullableString(std::string_view field);
    /** A required string that must be one of @p allowed; returns the entry of @p allowed. */
    QString choice(std::string_view field, const QStringList &allowed);
    QDate date(std::string_view field, Need need = Need::Required);
    QDate nullableDate(std::string_view field);
    PartialDate partialDate(std::string_view field);
    QTime time(std::string_view field);
    std::optional<double> number(std::string_view field, Need need = Need::Required);
    std::optional<int> integer(std::string_view field, Need need = Need::Required);
    bool boolean(std::string_view field);
    /** An optional array of pooled strings; @p nodes, if given, receives the node of each. */
    QStringList stringList(std::string_view field, std::vector<Node> *nodes = nullptr);
    /** An array; 0 when absent (reported if required) or of another type (reported). */
    Node array(std::string_view field, Need need = Need::Required);

    /** Reports an error at @p node; @p makeMessage is called only if the error is kept. */
    template<std::invocable MakeMessage> void report(Node node, MakeMessage &&makeMessage)
    {
        m_errors.add(m_json.offset(node), std::forward<MakeMessage>(makeMessage));
    }
    void report(Node node, const QString &message)
    {
        report(node, [&] { return message; });
    }

    /** @p text fit for a one-line message: control characters escaped, long text shortened. */
    static QString printable(const QString &text);
    /** The type of @p node as a message says it: "a string", "an array", "null", ... */
    static QString typeName(JsonDocument::Type type);

private:
    int indexOf(std::string_view field) const;
    int indexOfKey(Node key, int expected) const;
    Node present(std::string_view field, Need need);
    bool hasType(Node node, std::string_view field, JsonDocument::Type type, const char *expected);
    /** The string of an optional field that must be a string, or an empty one. */
    QString text(std::string_view field, const char *expected, Node *node);

    const JsonDocument &m_json;
    ValidationErrors &m_errors;
    StringPool &m_pool;
    Node m_object;
    QLatin1StringView m_what;
    std::span<const std::string_view> m_fields;
    std::array<Node, MaxFields> m_values {};
};

} // namespace Summit
