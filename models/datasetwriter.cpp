// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetwriter.h"

#include <QFile>
#include <QSaveFile>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <vector>

namespace Summit {

namespace {

/**
 * Writes JSON in the canonical layout: every member and element on a line of its own, indented
 * by two spaces per level, "key": value with one space, empty arrays as [].
 */
class CanonicalJson
{
public:
    QByteArray take() { return std::move(m_out); }

    void beginObject() { open('{', false); }
    void endObject() { close('}'); }
    void beginArray() { open('[', true); }
    void endArray() { close(']'); }
    void key(const char *name);

    void string(const QString &text);
    void number(double value);
    void integer(int value) { m_out += QByteArray::number(value); }
    void null() { m_out += "null"; }
    void boolean(bool value) { m_out += value ? "true" : "false"; }
    /** Starts an array element; object members start with key(). */
    void element() { newItem(); }

private:
    struct Level
    {
        bool array;
        bool empty;
    };
    void open(char bracket, bool array);
    void close(char bracket);
    void newItem();

    QByteArray m_out;
    std::vector<Level> m_levels;
};

void CanonicalJson::open(char bracket, bool array)
{
    m_out += bracket;
    m_levels.push_back({ array, true });
}

void CanonicalJson::close(char bracket)
{
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty) {
        m_out += '\n';
        m_out.append(qsizetype(m_levels.size()) * 2, ' ');
    }
    m_out += bracket;
}

void CanonicalJson::newItem()
{
    if (!m_levels.back().empty)
        m_out += ',';
    m_levels.back().empty = false;
    m_out += '\n';
    m_out.append(qsizetype(m_levels.size()) * 2, ' ');
}

void CanonicalJson::key(const char *name)
{
    newItem();
    m_out += '"';
    m_out += name;
    m_out += "\": ";
}

void CanonicalJson::string(const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    m_out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                m_out += "\\u00";
                m_out += hex[uchar(c) >> 4];
                m_out += hex[uchar(c) & 0xF];
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

/**
 * The shortest text that reads back as the same double. Whole numbers below 1e21 are written out
 * in full (83700000000, not 8.37e+10), which is how people write amounts of money.
 */
void CanonicalJson::number(double value)
{
    if (!std::isfinite(value)) {
        null(); // JSON has no infinity; the reader will refuse the null, as it should
        return;
    }
    char buffer[64];
    const bool whole = std::trunc(value) == value && std::abs(value) < 1e21;
    const auto result = whole
        ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
        : std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out.append(buffer, result.ptr - buffer);
}

/** Writes each type of the format in the field order of docs/data-format.md. */
class DatasetDumper
{
public:
    QByteArray dump(const Dataset &dataset);

private:
    void field(const char *name, const QString &text);
    void optionalField(const char *name, const QString &text);
    void nullableField(const char *name, const QString &text);
    void field(const char *name, int value);
    void field(const char *name, const QDate &date);
    void optionalField(const char *name, const PartialDate &date);
    void optionalField(const char *name, const QStringList &list);
    template<typename T>
    void list(const char *name, const QList<T> &items, void (DatasetDumper::*write)(const T &));

    void write(const Document &document);
    void write(const Country &country);
    void write(const Membership &membership);
    void write(const Person &person);
    void write(const Summit &summit);
    void write(const Attendance &attendance);
    void write(const Event &event);
    void write(const TradeFigure &figure);
    void write(const SourceRef &source);
    void write(const SummitReport &report);
    void write(const EventReport &report);
    void write(const Review &review);
    void write(const Proposal &proposal);
    void optionalDate(const char *name, const QDate &date);

    CanonicalJson m_json;
};

void DatasetDumper::field(const char *name, const QString &text)
{
    m_json.key(name);
    m_json.string(text);
}

void DatasetDumper::optionalField(const char *name, const QString &text)
{
    if (!text.isEmpty())
        field(name, text);
}

void DatasetDumper::nullableField(const char *name, const QString &text)
{
    if (text.isEmpty()) {
        m_json.key(name);
        m_json.null();
    } else {
        field(name, text);
    }
}

void DatasetDumper::field(const char *name, int value)
{
    m_json.key(name);
    m_json.integer(value);
}

void DatasetDumper::field(const char *name, const QDate &date)
{
    nullableField(name, date.isValid() ? date.toString(Qt::ISODate) : QString());
}

void DatasetDumper::optionalDate(const char *name, const QDate &date)
{
    if (date.isValid())
        field(name, date.toString(Qt::ISODate));
}

void DatasetDumper::optionalField(const char *name, const PartialDate &date)
{
    if (!date.isNull())
        field(name, date.toIsoString());
}

void DatasetDumper::optionalField(const char *name, const QStringList &list)
{
    if (list.isEmpty())
        return;
    m_json.key(name);
    m_json.beginArray();
    for (const QString &text : list) {
        m_json.element();
        m_json.string(text);
    }
    m_json.endArray();
}

template<typename T>
void DatasetDumper::list(
    const char *name, const QList<T> &items, void (DatasetDumper::*write)(const T &))
{
    m_json.key(name);
    m_json.beginArray();
    for (const T &item : items) {
        m_json.element();
        (this->*write)(item);
    }
    m_json.endArray();
}

QByteArray DatasetDumper::dump(const Dataset &dataset)
{
    m_json.beginObject();
    field("formatVersion", Dataset::FormatVersion);
    list<Document>("documents", dataset.documents, &DatasetDumper::write);
    list<Country>("countries", dataset.countries, &DatasetDumper::write);
    list<Person>("people", dataset.people, &DatasetDumper::write);
    list<Summit>("summits", dataset.summits, &DatasetDumper::write);
    list<Event>("events", dataset.events, &DatasetDumper::write);
    list<TradeFigure>("tradeFigures", dataset.tradeFigures, &DatasetDumper::write);
    if (dataset.isProposal)
        list<Proposal>("proposals", dataset.proposals, &DatasetDumper::write);
    m_json.endObject();
    QByteArray out = m_json.take();
    out += '\n';
    return out;
}

void DatasetDumper::write(const Document &document)
{
    m_json.beginObject();
    field("id", document.id);
    field("title", document.title);
    nullableField("publisher", document.publisher);
    field("published", document.published);
    optionalField("file", document.file);
    field("paragraphs", document.paragraphs);
    optionalField("url", document.url);
    optionalField("language", document.language);
    optionalDate("retrieved", document.retrieved);
    m_json.endObject();
}

void DatasetDumper::write(const Country &country)
{
    m_json.beginObject();
    field("code", country.code);
    field("name", country.name);
    list<Membership>("memberships", country.memberships, &DatasetDumper::write);
    m_json.endObject();
}

void DatasetDumper::write(const Membership &membership)
{
    m_json.beginObject();
    field("status", toString(membership.status));
    optionalField("from", membership.from);
    optionalField("to", membership.to);
    optionalField("note", membership.note);
    list<SourceRef>("sources", membership.sources, &DatasetDumper::write);
    m_json.endObject();
}

void DatasetDumper::write(const Person &person)
{
    m_json.beginObject();
    field("id", person.id);
    field("name", person.name);
    field("role", person.role);
    field("country", person.country);
    m_json.endObject();
}

void DatasetDumper::write(const Summit &summit)
{
    m_json.beginObject();
    field("id", summit.id);
    field("title", summit.title);
    field("date", summit.date);
    optionalDate("dateEnd", summit.dateEnd);
    field("city", summit.city);
    nullableField("venue", summit.venue);
    optionalField("host", summit.host); // required, except in a proposal (unknown host)
    optionalField("note", summit.note);
    list<Attendance>("attendance", summit.attendance, &DatasetDumper::write);
    list<SourceRef>("sources", summit.sources, &DatasetDumper::write);
    write(summit.review);
    if (!summit.otherReports.isEmpty())
        list<SummitReport>("otherReports", summit.otherReports, &DatasetDumper::write);
    m_json.endObject();
}

void DatasetDumper::write(const Attendance &attendance)
{
    m_json.beginObject();
    field("country", attendance.country);
    optionalField("person", attendance.person);
    field("status", toString(attendance.status));
    optionalField("reason", attendance.reason);
    optionalField("note", attendance.note);
    list<SourceRef>("sources", attendance.sources, &DatasetDumper::write);
    write(attendance.review);
    m_json.endObject();
}

void DatasetDumper::write(const Event &event)
{
    m_json.beginObject();
    field("id", event.id);
    field("summit", event.summit);
    field("kind", event.kind);
    if (event.planned) {
        m_json.key("planned");
        m_json.boolean(true);
    }
    field("date", event.date);
    field("order", event.order);
    // Seconds only where a source gives them; QTime cannot tell "12:30" from "12:30:00".
    if (event.time.isValid())
        field("time", event.time.toString(event.time.second() ? u"HH:mm:ss" : u"HH:mm"));
    field("title", event.title);
    field("summary", event.summary);
    optionalField("participants", event.participants);
    optionalField("countries", event.countries);
    optionalField("location", event.location);
    optionalField("topics", event.topics);
    list<SourceRef>("sources", event.sources, &DatasetDumper::write);
    write(event.review);
    if (!event.otherReports.isEmpty())
        list<EventReport>("otherReports", event.otherReports, &DatasetDumper::write);
    m_json.endObject();
}

void DatasetDumper::write(const TradeFigure &figure)
{
    m_json.beginObject();
    field("id", figure.id);
    m_json.key("valueUsd");
    m_json.number(figure.valueUsd);
    if (figure.reportedValueUsd) {
        m_json.key("reportedValueUsd");
        m_json.number(*figure.reportedValueUsd);
    }
    field("qualifier", toString(figure.qualifier));
    field("scope", figure.scope);
    optionalField("countries", figure.countries);
    field("periodStart", figure.periodStart);
    field("periodEnd", figure.periodEnd);
    if (figure.changePercent) {
        m_json.key("changePercent");
        m_json.number(*figure.changePercent);
    }
    optionalField("statedBy", figure.statedBy);
    optionalField("statement", figure.statement);
    optionalField("summit", figure.summit);
    if (figure.derived) {
        m_json.key("derived");
        m_json.boolean(true);
    }
    optionalField("formula", figure.formula);
    optionalField("derivedFrom", figure.derivedFrom);
    optionalField("note", figure.note);
    list<SourceRef>("sources", figure.sources, &DatasetDumper::write);
    write(figure.review);
    m_json.endObject();
}

void DatasetDumper::write(const SourceRef &source)
{
    m_json.beginObject();
    field("document", source.document);
    field("paragraph", source.paragraph);
    if (source.sentence > 0)
        field("sentence", source.sentence);
    optionalField("fingerprint", source.fingerprint);
    m_json.endObject();
}

void DatasetDumper::write(const SummitReport &report)
{
    m_json.beginObject();
    optionalDate("date", report.date);
    optionalDate("dateEnd", report.dateEnd);
    optionalField("venue", report.venue);
    list<SourceRef>("sources", report.sources, &DatasetDumper::write);
    write(report.review);
    m_json.endObject();
}

void DatasetDumper::write(const EventReport &report)
{
    m_json.beginObject();
    field("date", report.date);
    if (report.time.isValid())
        field("time", report.time.toString(report.time.second() ? u"HH:mm:ss" : u"HH:mm"));
    optionalField("location", report.location);
    list<SourceRef>("sources", report.sources, &DatasetDumper::write);
    write(report.review);
    m_json.endObject();
}

void DatasetDumper::write(const Proposal &proposal)
{
    m_json.beginObject();
    field("fact", proposal.fact);
    m_json.key("confidence");
    m_json.number(proposal.confidence);
    field("relation", proposal.relation);
    optionalField("relatedId", proposal.relatedId);
    optionalField("detail", proposal.detail);
    optionalField("rule", proposal.rule);
    m_json.endObject();
}

/** A review is written as the "review" member of its report, and only when there is one. */
void DatasetDumper::write(const Review &review)
{
    if (review.verdict == Review::None)
        return;
    m_json.key("review");
    m_json.beginObject();
    field("verdict", toString(review.verdict));
    optionalField("reason", review.reason);
    m_json.endObject();
}

bool failed(QString *error, const QString &path, const QString &reason)
{
    if (error)
        *error = QStringLiteral("cannot write %1: %2").arg(path, reason);
    return false;
}

bool writeStandardOutput(const QByteArray &json, QString *error)
{
    QFile out;
    const QString name = QStringLiteral("standard output");
    if (!out.open(stdout, QIODevice::WriteOnly))
        return failed(error, name, out.errorString());
    if (out.write(json) != json.size() || !out.flush())
        return failed(error, name, out.errorString());
    return true;
}

} // namespace

QByteArray DatasetWriter::toJson(const Dataset &dataset)
{
    return DatasetDumper().dump(dataset);
}

bool DatasetWriter::writeFile(const Dataset &dataset, const QString &path, QString *error)
{
    const QByteArray json = toJson(dataset);
    if (path == QLatin1StringView("-"))
        return writeStandardOutput(json, error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(error, path, file.errorString());
    if (file.write(json) != json.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failed(error, path, reason);
    }
    if (!file.commit())
        return failed(error, path, file.errorString());
    return true;
}

} // namespace Summit
