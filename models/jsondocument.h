// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace Summit {

/**
 * A strictly parsed JSON text (RFC 8259) that knows where each of its values and object keys
 * starts, which QJsonDocument does not; the dataset reader needs it to point at the line and
 * column of a bad value.
 *
 * Layout, chosen so that a 600 MB file stays affordable: the nodes (values and object keys) sit
 * in one flat vector in document order, 8 bytes each: the byte offset where the node starts and
 * one extra word. The type is the byte at that offset ('{', '[', '"', 't', 'f', 'n' or the start
 * of a number), so it costs nothing to store. A container's extra word is the index one past its
 * last descendant, which is also its next sibling; its first child, if any, follows it directly.
 * An object's children are its keys and values, alternately. A string's extra word is its raw
 * length in bytes plus a flag for escapes; a number's is its length in bytes.
 *
 * Strings are decoded and numbers converted only when asked for, and line and column are worked
 * out from the offset only when asked for (an error message is being written); parsing has
 * already checked that every string and number is well-formed.
 *
 * Not thread-safe: position() fills a line index on first use and remembers where it counted to.
 */
class JsonDocument
{
public:
    using Node = quint32; ///< index of a node; 0 is the top-level value

    enum class Type
    {
        Null,
        Boolean,
        Number,
        String,
        Array,
        Object
    };

    struct Position
    {
        int line = 0; ///< 1-based
        int column = 0; ///< 1-based, in Unicode code points
    };

    /**
     * Parses @p data, allowing at most @p maxDepth nested arrays and objects. On failure returns
     * false, and errorMessage() and errorOffset() say what and where.
     */
    bool parse(const QByteArray &data, int maxDepth);
    QString errorMessage() const { return m_errorMessage; }
    qsizetype errorOffset() const { return m_errorOffset; }

    static constexpr Node root() { return 0; }
    Type type(Node node) const;
    qsizetype offset(Node node) const { return m_nodes[node].offset; }
    Position position(qsizetype offset) const;
    Position position(Node node) const { return position(offset(node)); }

    /** Children of an array or object: from firstChild() while != end(), stepping with next(). */
    static constexpr Node firstChild(Node container) { return container + 1; }
    Node end(Node container) const { return m_nodes[container].extra; }
    Node next(Node node) const;
    /** An object's members: keys from firstChild(), value of a key is key + 1. */
    Node nextKey(Node key) const { return next(key + 1); }
    int childCount(Node container) const;

    bool boolean(Node node) const;
    double number(Node node) const;
    /** The text of a scalar as written in the file, e.g. "1.5e3", for messages. */
    QByteArrayView literal(Node node) const;
    QString string(Node node) const;
    /** Compares a string node with @p ascii without decoding it where it has no escapes. */
    bool stringEquals(Node node, QByteArrayView ascii) const;
    /** The bytes between a string's quotes, escapes left as written. */
    QByteArrayView rawString(Node node) const;
    bool hasEscapes(Node node) const { return m_nodes[node].extra & EscapeFlag; }

private:
    class Parser;
    friend class Parser;

    struct Entry
    {
        quint32 offset;
        quint32 extra;
    };
    static constexpr quint32 EscapeFlag = 0x80000000u;

    void buildLineIndex() const;

    QByteArray m_data;
    std::vector<Entry> m_nodes;
    mutable std::vector<quint32> m_lineStarts;
    mutable qsizetype m_cursorOffset = -1; ///< the last offset position() counted to
    mutable int m_cursorColumn = 0;
    QString m_errorMessage;
    qsizetype m_errorOffset = -1;
};

} // namespace Summit
