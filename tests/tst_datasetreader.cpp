// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetreader.h"

#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>
#include <sys/resource.h>
#include <utility>

using namespace Summit;

/**
 * DatasetReader against docs/data-format.md: valid files, one case per kind of error with its
 * exact position, and inputs meant to crash or hang a parser.
 */
class TestDatasetReader : public QObject
{
    Q_OBJECT

private slots:
    void validInputs_data();
    void validInputs();
    void readsValues();
    void syntaxErrors_data();
    void syntaxErrors();
    void validationErrors_data();
    void validationErrors();
    void allErrorsReported();
    void errorLimit();
    void errorLimitKeepsFirstInFile();
    void deepNesting();
    void binaryGarbage();
    void truncatedPrefixes();
    void corruptedBytes();
    void readFileValid();
    void readFileFixture();
    void fileSizeLimit();
    void missingFile();
    void directory();
    void diagnosticToString_data();
    void diagnosticToString();
    void malformedFiles_data();
    void malformedFiles();
};

namespace {

const QString FileName = QStringLiteral("data.json");

/** A small valid file that uses every part of the format; the cases below edit it. */
QByteArray baseJson()
{
    static const QByteArray json = [] {
        QFile file(QStringLiteral(SUMMIT_TEST_DATA_DIR "/reader-base.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        return file.readAll();
    }();
    return json;
}

/** Marks, in an edit, where the error is expected; it is removed from the input. */
constexpr char Marker[] = "\u2038";

using Edit = std::pair<const char *, const char *>;

/** Line and column (in code points) of @p offset, worked out independently of the reader. */
std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    const QByteArray before = text.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const auto column = QString::fromUtf8(before.mid(lineStart)).toUcs4().size() + 1;
    return { int(before.count('\n')) + 1, int(column) };
}

/** baseJson() with each edit's text replaced; every edit must match exactly once. */
QByteArray edited(std::initializer_list<Edit> edits)
{
    QByteArray text = baseJson();
    for (const auto &[from, to] : edits) {
        const qsizetype at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0)
            qFatal("test edit \"%s\" does not match exactly once", from);
        text.replace(at, qstrlen(from), to);
    }
    return text;
}

int lineOf(const char *text)
{
    return lineAndColumn(baseJson(), baseJson().indexOf(text)).first;
}

void addColumns()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("count");
}

/** A case at an explicit position. */
void addRow(const char *name, const QByteArray &json, int line, int column, const QString &message,
    int count = 1)
{
    QTest::newRow(name) << json << line << column << message << count;
}

/** A case whose edits put the Marker where the error is expected. */
void addEdited(
    const char *name, std::initializer_list<Edit> edits, const QString &message, int count = 1)
{
    QByteArray json = edited(edits);
    const qsizetype at = json.indexOf(Marker);
    if (at < 0)
        qFatal("test case \"%s\" has no marker", name);
    json.remove(at, qstrlen(Marker));
    const auto [line, column] = lineAndColumn(json, at);
    addRow(name, json, line, column, message, count);
}

QString listed(const QList<Diagnostic> &errors)
{
    QStringList lines;
    for (const Diagnostic &error : errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

/** Checks that @p json fails with an error at @p line:@p column containing @p message. */
void expectError(const QByteArray &json, int line, int column, const QString &message, int count)
{
    const DatasetReader::Result result = DatasetReader::readData(json, FileName);
    QVERIFY(!result.ok());
    QVERIFY(!result.dataset.has_value());
    const bool found = std::any_of(result.errors.cbegin(), result.errors.cend(), [&](auto &error) {
        return error.line == line && error.column == column && error.message.contains(message)
            && error.file == FileName;
    });
    const QString expected
        = QStringLiteral("%1:%2:%3: ...%4...").arg(FileName).arg(line).arg(column).arg(message);
    QVERIFY2(found,
        qPrintable(QStringLiteral("expected %1\ngot:\n%2").arg(expected, listed(result.errors))));
    QVERIFY2(result.errors.size() == count,
        qPrintable(QStringLiteral("expected %1 error(s), got:\n%2")
                       .arg(count)
                       .arg(listed(result.errors))));
}

/** The check of a row made by addColumns(). */
void expectErrorOfRow()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QFETCH(int, count);

    expectError(json, line, column, message, count);
}

QByteArray minimalJson(const QByteArray &extra = {})
{
    return R"({"formatVersion": 1, "documents": [], "countries": [], "people": [], )"
           R"("summits": [], "events": [], "tradeFigures": [])"
        + extra + "}";
}

} // namespace

void TestDatasetReader::validInputs_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("base") << baseJson();
    QTest::newRow("all lists empty") << minimalJson();
    QTest::newRow("no trailing newline") << baseJson().trimmed();
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + baseJson();
    QTest::newRow("CRLF line ends") << baseJson().replace("\n", "\r\n");
    QTest::newRow("tabs") << baseJson().replace("  ", "\t");
    QTest::newRow("minified") << baseJson().replace("\n", "").replace("  ", "");
    QTest::newRow("lists in another order")
        << QByteArray(R"({"tradeFigures": [], "events": [], "summits": [], "people": [], )"
                      R"("countries": [], "documents": [], "formatVersion": 1})");
    QTest::newRow("escaped key and value") << edited(
        { { R"("title": "Talks")", R"("\u0074itle": "Tal\u006bs \"\/\\\n\u00e9\ud83d\ude00")" } });
    QTest::newRow("formatVersion 1.0")
        << edited({ { R"("formatVersion": 1)", R"("formatVersion": 1.0)" } });
    QTest::newRow("exponent numbers") << edited({ { "83700000000", "8.37E+10" },
        { R"("changePercent": 5.5)", R"("changePercent": -55e-1)" } });
    QTest::newRow("time with seconds") << edited({ { R"("11:00")", R"("11:00:30")" } });
    QTest::newRow("partial dates by month and day")
        << edited({ { R"("to": "2022")", R"("to": "2022-03")" },
               { R"("from": "2022")", R"("from": "2022-03-01")" } });
    QTest::newRow("derived figure with statedBy")
        << edited({ { R"("derived": true,)", R"("statedBy": "putin", "derived": true,)" } });
    QTest::newRow("derived figure naming its base") << edited({ { R"("valueUsd": 1500000000,)",
                                                                    R"("valueUsd": 79336492891,)" },
        { R"("formula": "t-cis / 2",)", R"("formula": "t-cis / 2", "derivedFrom": "t-cis",)" } });
    QTest::newRow("explicit derived false")
        << edited({ { R"("statedBy": "putin",)", R"("statedBy": "putin", "derived": false,)" } });
    QTest::newRow("tiny positive number")
        << edited({ { R"("changePercent": 5.5)", R"("changePercent": 1e-400)" } });
    QTest::newRow("non-ASCII text")
        << edited({ { "Saint Petersburg", "Санкт-Петербург 🏛" } });
    QTest::newRow("control character escaped")
        << edited({ { "The leaders met.", R"(\u0001\u001f\t)" } });
}

void TestDatasetReader::validInputs()
{
    QFETCH(QByteArray, json);

    const DatasetReader::Result result = DatasetReader::readData(json, FileName);
    QVERIFY2(result.ok(), qPrintable(listed(result.errors)));
    QVERIFY(result.errors.isEmpty());
}

void TestDatasetReader::readsValues()
{
    const DatasetReader::Result result = DatasetReader::readData(baseJson(), FileName);
    QVERIFY2(result.ok(), qPrintable(listed(result.errors)));
    const Dataset &data = *result.dataset;

    QCOMPARE(data.documents.size(), 1);
    const Document &document = data.documents.first();
    QCOMPARE(document.publisher, QString());
    QCOMPARE(document.published, QDate(2023, 12, 27));
    QCOMPARE(document.file, QStringLiteral("report.txt"));
    QCOMPARE(document.paragraphs, 17);

    QCOMPARE(data.countries.size(), 3);
    const Country &moldova = data.countries.at(2);
    QCOMPARE(moldova.memberships.size(), 2);
    // "full" until 2022 has no start; its only source dates from 2023, after that end, so the
    // reader dates it there and it holds on no day (unknown), rather than from any start.
    QCOMPARE(moldova.memberships.at(0).attested, QDate(2023, 12, 27));
    QVERIFY(moldova.statusAt(QDate(2021, 12, 31)) == MembershipStatus::Unknown);
    QVERIFY(moldova.statusAt(QDate(2022, 1, 1)) == MembershipStatus::ParticipationSuspended);
    QCOMPARE(moldova.memberships.at(1).sources, Sources({ { QStringLiteral("doc-2023"), 17 } }));

    QCOMPARE(data.people.at(1).role, QStringLiteral("Prime Minister"));
    const Summit::Summit &summit = data.summits.first();
    QCOMPARE(summit.venue, QString());
    QCOMPARE(summit.attendance.size(), 3);
    QVERIFY(summit.attendance.at(2).status == Presence::Unknown);
    QCOMPARE(summit.attendance.at(2).sources, Sources({ { QStringLiteral("doc-2023"), 2 } }));
    QCOMPARE(summit.attendance.at(2).note, QStringLiteral("Not among the leaders named."));
    QCOMPARE(summit.attendance.at(2).person, QString());

    const Event &event = data.events.first();
    QCOMPARE(event.time, QTime(11, 0));
    QCOMPARE(event.participants, QStringList({ "putin", "pashinyan" }));
    QCOMPARE(event.location, QString());

    const TradeFigure &stated = data.tradeFigures.at(0);
    QCOMPARE(stated.valueUsd, 83700000000.0);
    QVERIFY(stated.qualifier == Qualifier::Almost);
    QCOMPARE(stated.changePercent, std::optional<double>(5.5));
    QCOMPARE(stated.periodMonths(), 10);
    QVERIFY(!stated.derived);
    const TradeFigure &derived = data.tradeFigures.at(1);
    QVERIFY(derived.derived);
    QCOMPARE(derived.statedBy, QString());
    QCOMPARE(derived.formula, QStringLiteral("t-cis / 2"));
    QVERIFY(!derived.changePercent.has_value());
}

void TestDatasetReader::syntaxErrors_data()
{
    addColumns();
    addRow("empty file", "", 1, 1, "syntax error: file is empty");
    addRow("only whitespace", "  \n\t ", 1, 1, "syntax error: file is empty");
    addRow("only a byte order mark", "\xEF\xBB\xBF", 1, 1, "syntax error: file is empty");
    addRow("trailing comma in object", "{\n  \"formatVersion\": 1,\n}", 2, 21,
        "syntax error: trailing comma before '}'");
    addRow("trailing comma in array", "[1, 2,]", 1, 6, "syntax error: trailing comma before ']'");
    addRow("missing comma", "{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3,
        "syntax error: expected ',' or '}' after an object member");
    addRow("missing comma in array", "[1 2]", 1, 4,
        "syntax error: expected ',' or ']' after an array element");
    addRow("missing colon", "{\"a\" 1}", 1, 6, "syntax error: expected ':' after an object key");
    addRow("unquoted key", "{a: 1}", 1, 2, "syntax error: expected an object key in double quotes");
    addRow("single quotes", "{'a': 1}", 1, 2, "expected an object key in double quotes");
    addRow("line comment", "{ // note\n}", 1, 3, "syntax error: comments are not allowed");
    addRow(
        "comment after a value", "[1 /* one */]", 1, 4, "syntax error: comments are not allowed");
    addRow("block comment", "{\"a\": /* x */ 1}", 1, 7, "syntax error: comments are not allowed");
    addRow("NaN", "{\"a\": NaN}", 1, 7, "NaN and Infinity are not allowed");
    addRow("Infinity", "[Infinity]", 1, 2, "NaN and Infinity are not allowed");
    addRow("minus Infinity", "[-Infinity]", 1, 3, "expected a digit after '-'");
    addRow("leading zero", "{\"a\": 01}", 1, 7, "syntax error: leading zeros are not allowed");
    addRow("negative leading zero", "[-00]", 1, 2, "leading zeros are not allowed");
    addRow("plus sign", "[+1]", 1, 2, "syntax error: expected a value, got '+'");
    addRow("bare decimal point", "[.5]", 1, 2, "expected a value, got '.'");
    addRow("no digit after point", "[1.]", 1, 4, "expected a digit after the decimal point");
    addRow("no digit in exponent", "[1e]", 1, 4, "expected a digit in the exponent");
    addRow("hex number", "[0x1F]", 1, 3, "expected ',' or ']' after an array element");
    addRow("number out of range", "[1e400]", 1, 2, "number out of range");
    addRow(
        "negative number out of range", "{\n  \"a\": -1.5e99999\n}", 2, 8, "number out of range");
    addRow("invalid literal", "[tru]", 1, 2, "syntax error: invalid literal");
    addRow("capitalised literal", "[True]", 1, 2, "expected a value, got 'T'");
    addRow("tab in string", "{\"a\": \"x\ty\"}", 1, 9,
        "syntax error: unescaped control character U+0009 in string");
    addRow("line break in string", "{\"a\": \"x\ny\"}", 1, 9, "unescaped control character U+000A");
    addRow(
        "NUL in string", QByteArray("[\"a\0b\"]", 7), 1, 4, "unescaped control character U+0000");
    addRow("invalid escape", "{\"a\": \"\\q\"}", 1, 8,
        "syntax error: invalid escape: backslash followed by 'q'");
    addRow("short \\u escape", "[\"\\u12\"]", 1, 3, "invalid \\u escape");
    addRow("lone high surrogate", "{\"a\": \"\\uD800\"}", 1, 8,
        "syntax error: lone surrogate \\uD800");
    addRow("high surrogate then letter", "[\"\\ud83dx\"]", 1, 3, "lone surrogate \\uD83D");
    addRow("two high surrogates", "[\"\\ud83d\\ud83d\"]", 1, 3, "lone surrogate \\uD83D");
    addRow("lone low surrogate", "[\"\\uDC00\"]", 1, 3, "lone surrogate \\uDC00");
    addRow("unterminated string", "{\"a\": \"abc", 1, 7,
        "syntax error: the file ends early, inside a string that begins here");
    addRow("unexpected end", "{\"a\": ", 1, 7, "syntax error: unexpected end of file");
    addRow("unclosed object", "{\n  \"a\": 1\n", 3, 1, "syntax error: unexpected end of file");
    addRow("trailing garbage", "{} x", 1, 4,
        "syntax error: unexpected data after the top-level value");
    addRow("two top-level values", "{}\n{}", 2, 1, "unexpected data after the top-level value");
    addRow("bare comma", "[,]", 1, 2, "expected a value, got ','");
    addRow("invalid UTF-8 byte", "\xFF", 1, 1, "syntax error: invalid UTF-8");
    addRow("truncated UTF-8 in string", "{\"a\": \"\xC3(\"}", 1, 8,
        "syntax error: invalid UTF-8 in string");
    addRow("overlong UTF-8", "[\"\xC0\xAF\"]", 1, 3, "invalid UTF-8 in string");
    addRow("UTF-8 surrogate", "[\"\xED\xA0\x80\"]", 1, 3, "invalid UTF-8 in string");
    addRow("UTF-8 beyond U+10FFFF", "[\"\xF4\x90\x80\x80\"]", 1, 3, "invalid UTF-8 in string");
    addRow("stray continuation byte", "[\"ok\x80\"]", 1, 5, "invalid UTF-8 in string");
    // Columns count code points: the Cyrillic key is four, the emoji one.
    addRow("column after Cyrillic", "{\"ключ\": tru}", 1, 10, "invalid literal");
    addRow("column after emoji", "{\"😀\": x}", 1, 7, "expected a value, got 'x'");
    addRow("column after byte order mark", "\xEF\xBB\xBF{ x", 1, 3, "expected an object key");
    addRow("non-breaking space", "[\xC2\xA0 1]", 1, 2, "expected a value, got U+00A0");
    addRow("65 levels", QByteArray(65, '['), 1, 65, "nesting deeper than 64 levels");
    addRow("64 levels are allowed", QByteArray(64, '[') + QByteArray(64, ']'), 1, 1,
        "the top level must be an object, not an array");
}

void TestDatasetReader::syntaxErrors()
{
    expectErrorOfRow();
}

void TestDatasetReader::validationErrors_data()
{
    addColumns();

    // The top level.
    addRow("top level is an array", "[]", 1, 1, "the top level must be an object, not an array");
    addRow("top level is a string", "\"x\"", 1, 1, "the top level must be an object, not a string");
    addRow("missing list",
        R"({"formatVersion": 1, "documents": [], "countries": [], )"
        R"("people": [], "summits": [], "events": []})",
        1, 1, "missing required field 'tradeFigures' in top-level object");
    addEdited("unsupported formatVersion",
        { { R"("formatVersion": 1)", "\"formatVersion\": \u20383" } },
        "unsupported formatVersion 3 (this version reads 1 and 2)");
    addEdited("unsupported formatVersion is the only error",
        { { R"("formatVersion": 1)", "\"formatVersion\": \u20383, \"newThing\": 3" },
            { R"("valueUsd": 1500000000)", R"("valueUsd": "lots")" } },
        "unsupported formatVersion 3");
    addEdited("formatVersion as a string",
        { { R"("formatVersion": 1)", "\"formatVersion\": \u2038\"1\"" } },
        "'formatVersion' must be an integer, not a string");
    addEdited("formatVersion with a fraction",
        { { R"("formatVersion": 1)", "\"formatVersion\": \u20381.5" } },
        "'formatVersion' must be an integer, got 1.5");
    addEdited("missing formatVersion", { { "{\n  \"formatVersion\": 1,", "\u2038{" } },
        "missing required field 'formatVersion' in top-level object");
    addEdited("list is an object",
        { { R"("people": [)", "\"people\": \u2038{ \"x\": [" },
            { "\"ARM\" }\n  ],", "\"ARM\" }\n  ]}," } },
        "'people' must be an array, not an object", 6);
    addRow("entries are not objects",
        minimalJson().replace(R"("people": [])", R"("people": [ 7 ])"), 1, 68,
        "'people' entries must be objects, not a number");

    // Types.
    addEdited("wrong type",
        { { R"("valueUsd": 83700000000)", "\"valueUsd\": \u2038\"83700000000\"" } },
        "'valueUsd' must be a number, not a string");
    addEdited("null for a string", { { R"("title": "Talks")", "\"title\": \u2038null" } },
        "'title' must be a string, not null");
    addEdited("number for nullable string",
        { { R"("publisher": null)", "\"publisher\": \u20385" } },
        "'publisher' must be a string or null, not a number");
    addEdited("array for a date",
        { { R"("date": "2023-12-26",
      "order")",
            "\"date\": \u2038[],\n      \"order\"" } },
        "'date' must be a date string (YYYY-MM-DD), not an array");
    addEdited("string for a boolean", { { R"("derived": true)", "\"derived\": \u2038\"yes\"" } },
        "'derived' must be true or false, not a string", 3);
    addEdited("number in a string list",
        { { R"([ "putin", "pashinyan" ])", "[ \"putin\", \u20387 ]" } },
        "'participants' entries must be strings, not a number");
    addEdited("object for sources",
        { { R"("sources": [ { "document": "doc-2023", "paragraph": 3 } ])",
            "\"sources\": \u2038{ \"document\": \"doc-2023\", \"paragraph\": 3 }" } },
        "'sources' must be an array, not an object");
    addEdited("integer with a fraction", { { R"("order": 0)", "\"order\": \u20381.5" } },
        "'order' must be an integer, got 1.5");
    addEdited("integer out of range", { { R"("order": 0)", "\"order\": \u20381e10" } },
        "'order' is out of range: 1e10");

    // Format 2: its fields, and the same fields in a file that says version 1.
    const Edit v2 { R"("formatVersion": 1)", R"("formatVersion": 2)" };
    addEdited("v2 field in a version 1 file",
        { { R"("paragraphs": 17)",
            "\"paragraphs\": 17, \u2038\"url\": \"https://example.org/a\"" } },
        "field 'url' is new in format 2, but the file says formatVersion 1");
    addEdited("expected in a version 1 file",
        { { R"("status": "unknown")", "\"status\": \u2038\"expected\"" } },
        "'status' must be one of present, absent, unknown; got \"expected\"");
    addEdited("duplicate attendance in a version 1 file",
        { { R"({ "country": "MDA", "status")", "{ \"country\": \u2038\"ARM\", \"status\"" } },
        QStringLiteral("duplicate attendance country 'ARM' in summit 'spb-2023' (first listed at "
                       "line %1)")
            .arg(lineOf(R"({ "country": "ARM")")));
    addEdited("bad language",
        { v2, { R"("paragraphs": 17)", "\"paragraphs\": 17, \"language\": \u2038\"English\"" } },
        "'language' must be an ISO 639-1 code such as \"en\" or \"ru\", got \"English\"");
    addEdited("sentence 0",
        { v2, { R"("paragraph": 3 } ])", "\"paragraph\": 3, \"sentence\": \u20380 } ]" } },
        "sentence 0 is out of range: sentences are counted from 1");
    addEdited("fingerprint not hex",
        { v2,
            { R"("paragraph": 3 } ])",
                "\"paragraph\": 3, \"sentence\": 1, \"fingerprint\": \u2038\"XYZ\" } ]" } },
        "'fingerprint' must be 8 lower-case hex digits, got \"XYZ\"");
    addEdited("fingerprint without its sentence",
        { v2,
            { R"("paragraph": 3 } ])",
                "\"paragraph\": 3, \"fingerprint\": \u2038\"0a1b2c3d\" } ]" } },
        "a 'fingerprint' needs the 'sentence' it is the fingerprint of");
    addEdited("set aside without a reason",
        { v2,
            { R"("paragraph": 5 } ] })",
                "\"paragraph\": 5 } ], \"review\": \u2038{ \"verdict\": \"set-aside\" } }" } },
        "a report set aside needs the 'reason' it was set aside for");
    addEdited("unknown verdict",
        { v2,
            { R"("paragraph": 5 } ] })",
                "\"paragraph\": 5 } ], \"review\": { \"verdict\": \u2038\"wrong\" } }" } },
        "'verdict' must be one of preferred, set-aside; got \"wrong\"");
    addEdited("dateEnd before date",
        { v2,
            { "\"date\": \"2023-12-26\",\n      \"city\"",
                "\"date\": \"2023-12-26\", \"dateEnd\": \u2038\"2023-12-25\",\n      \"city\"" } },
        "'dateEnd' (2023-12-25) must be after 'date' (2023-12-26); leave it out for one day");
    addEdited("summit report that says nothing",
        { v2,
            { "\"paragraph\": 1 } ]\n    }",
                "\"paragraph\": 1 } ],\n      \"otherReports\": [ \u2038{ \"sources\": [ { "
                "\"document\": \"doc-2023\", \"paragraph\": 2 } ] } ]\n    }" } },
        "a summit report needs a 'date' or a 'venue': what does it say?");
    // Proposal files (--propose): their list, and what only they may leave out.
    addEdited("proposals in a version 1 file",
        { { "\"tradeFigures\": [", "\u2038\"proposals\": [],\n  \"tradeFigures\": [" } },
        "field 'proposals' is new in format 2, but the file says formatVersion 1");
    addEdited("proposal naming no fact",
        { v2,
            { "\"tradeFigures\": [",
                "\"proposals\": [ { \"fact\": \u2038\"trade:t-none\", \"confidence\": 0.5, "
                "\"relation\": \"new\" } ],\n  \"tradeFigures\": [" } },
        "proposal names no fact of this file: \"trade:t-none\" (expected summit:ID, "
        "attendance:SUMMIT/CODE/N, event:ID, trade:ID or person:ID)");
    addEdited("proposal's confidence above 1",
        { v2,
            { "\"tradeFigures\": [",
                "\"proposals\": [ { \"fact\": \"trade:t-cis\", \"confidence\": \u20381.5, "
                "\"relation\": \"new\" } ],\n  \"tradeFigures\": [" } },
        "'confidence' must be between 0 and 1, got 1.5");
    addEdited("undated summit outside a proposal file",
        { v2,
            { "\"date\": \"2023-12-26\",\n      \"city\"",
                "\"date\": \u2038null,\n      \"city\"" } },
        "'date' must be a date string (YYYY-MM-DD), not null");
    addEdited("scope other outside a proposal file",
        { v2, { R"("scope": "russia-cis")", "\"scope\": \u2038\"other\"" } },
        "'scope' must be one of cis-internal, russia-cis, bilateral; got \"other\"");

    addEdited("statement with a space",
        { v2,
            { R"("statedBy": "putin",)",
                "\"statedBy\": \"putin\", \"statement\": \u2038\"a b\"," } },
        "'statement' must be made of letters, digits, '-', '_' and '.', got \"a b\"");

    // Missing and unknown fields.
    addEdited("missing required field",
        { { "{\n      \"id\": \"e1\",", "\u2038{\n      \"id\": \"e1\"," },
            { "\"kind\": \"plenary\",\n      \"date\": \"2023-12-26\",\n",
                "\"kind\": \"plenary\",\n" } },
        "missing required field 'date' in event");
    addEdited("missing nullable field",
        { { "      \"venue\": null,\n", "" },
            { "{\n      \"id\": \"spb-2023\"", "\u2038{\n      \"id\": \"spb-2023\"" } },
        "missing required field 'venue' in summit");
    addEdited("missing paragraph",
        { { R"({ "document": "doc-2023", "paragraph": 3 })",
            "\u2038{ \"document\": \"doc-2023\" }" } },
        "missing required field 'paragraph' in source");
    addEdited("unknown field",
        { { R"("valueUsd": 1500000000,)", "\u2038\"vaule\": 1, \"valueUsd\": 1500000000," } },
        "unknown field 'vaule' in trade figure");
    addEdited("unknown top-level field",
        { { R"("formatVersion": 1,)", "\"formatVersion\": 1, \u2038\"extra\": {}," } },
        "unknown field 'extra' in top-level object");
    addEdited("duplicate field",
        { { R"("title": "Talks",)", "\"title\": \"Talks\", \u2038\"title\": \"Again\"," } },
        "duplicate field 'title' in event");
    addEdited("column counts code points",
        { { R"("title": "Informal summit",)", "\"title\": \"Саммит 😀\", \u2038\"vaule\": 1," } },
        "unknown field 'vaule' in summit");

    // References.
    addEdited("unknown person", { { R"("statedBy": "putin")", "\"statedBy\": \u2038\"putln\"" } },
        "unknown person 'putln' (no such id in 'people')");
    addEdited("unknown country", { { R"("host": "RUS")", "\"host\": \u2038\"XYZ\"" } },
        "unknown country 'XYZ' (no such code in 'countries')");
    addEdited("unknown summit",
        { { "\"summit\": \"spb-2023\",\n      \"kind\"",
            "\"summit\": \u2038\"spb-2024\",\n      \"kind\"" } },
        "unknown summit 'spb-2024' (no such id in 'summits')");
    addEdited("unknown document",
        { { R"({ "document": "doc-2023", "paragraph": 3 })",
            "{ \"document\": \u2038\"doc-2022\", \"paragraph\": 3 }" } },
        "unknown document 'doc-2022' (no such id in 'documents')");
    addEdited("unknown participant",
        { { R"([ "putin", "pashinyan" ])", "[ \"putin\", \u2038\"tokayev\" ]" } },
        "unknown person 'tokayev'");
    addEdited("unknown person's country",
        { { R"("role": "President", "country": "RUS")",
            "\"role\": \"President\", \"country\": \u2038\"rus\"" } },
        "unknown country 'rus'");

    // Sources.
    addEdited("event without sources",
        { { R"("sources": [ { "document": "doc-2023", "paragraph": 3 } ])",
            "\"sources\": \u2038[]" } },
        "event 'e1' has no sources; every fact needs at least one");
    addEdited("summit without sources",
        { { R"("sources": [ { "document": "doc-2023", "paragraph": 1 } ])",
            "\"sources\": \u2038[]" } },
        "summit 'spb-2023' has no sources");
    addEdited("trade figure without sources",
        { { R"("sources": [ { "document": "doc-2023", "paragraph": 6 } ])",
            "\"sources\": \u2038[]" } },
        "trade figure 't-arm' has no sources");
    addEdited("membership without sources",
        { { R"("sources": [ { "document": "doc-2023", "paragraph": 15 } ])",
            "\"sources\": \u2038[]" } },
        "membership of 'RUS' has no sources");
    addEdited("attendance without sources",
        { { R"("sources": [ { "document": "doc-2023", "paragraph": 5 } ])",
            "\"sources\": \u2038[]" } },
        "attendance of 'ARM' at summit 'spb-2023' has no sources");
    // "Unknown" is sourced too: the passages that report the summit without the country.
    addEdited("unknown attendance without sources",
        { { R"("note": "Not among the leaders named.", "sources": [ { "document": "doc-2023", "paragraph": 2 } ])",
            "\"note\": \"Not among the leaders named.\", \"sources\": \u2038[]" } },
        "attendance of 'MDA' at summit 'spb-2023' has no sources");
    addEdited("paragraph out of range", { { R"("paragraph": 3 })", "\"paragraph\": \u203840 }" } },
        "paragraph 40 is out of range: document 'doc-2023' has 17 paragraphs");
    addEdited("paragraph zero", { { R"("paragraph": 3 })", "\"paragraph\": \u20380 }" } },
        "paragraph 0 is out of range");
    addEdited("paragraph with a fraction",
        { { R"("paragraph": 3 })", "\"paragraph\": \u20381.5 }" } },
        "'paragraph' must be an integer, got 1.5");
    addEdited("no paragraphs", { { R"("paragraphs": 17)", "\"paragraphs\": \u20380" } },
        "'paragraphs' must be at least 1, got 0");

    // Dates, times and words.
    addEdited("bad date",
        { { "\"kind\": \"plenary\",\n      \"date\": \"2023-12-26\"",
            "\"kind\": \"plenary\",\n      \"date\": \u2038\"2023-13-01\"" } },
        "'date' must be a date (YYYY-MM-DD), got \"2023-13-01\"");
    addEdited("date without leading zero",
        { { R"("periodStart": "2023-01-01",
      "periodEnd": "2023-10-31")",
            "\"periodStart\": \u2038\"2023-1-01\",\n      \"periodEnd\": \"2023-10-31\"" } },
        "'periodStart' must be a date (YYYY-MM-DD), got \"2023-1-01\"");
    addEdited("30 February",
        { { R"("published": "2023-12-27")", "\"published\": \u2038\"2023-02-30\"" } },
        "'published' must be a date (YYYY-MM-DD), got \"2023-02-30\"");
    addEdited("date with time",
        { { R"("published": "2023-12-27")", "\"published\": \u2038\"2023-12-27T10:00\"" } },
        "'published' must be a date");
    addEdited("bad partial date", { { R"("to": "2022")", "\"to\": \u2038\"2022-13\"" } },
        "'to' must be a partial date (YYYY, YYYY-MM or YYYY-MM-DD), got \"2022-13\"");
    addEdited("bad time", { { R"("time": "11:00")", "\"time\": \u2038\"25:00\"" } },
        "'time' must be a time (HH:MM or HH:MM:SS), got \"25:00\"");
    addEdited("time without leading zero", { { R"("time": "11:00")", "\"time\": \u2038\"9:00\"" } },
        "'time' must be a time");
    addEdited("bad event kind", { { R"("kind": "plenary")", "\"kind\": \u2038\"meeting\"" } },
        "'kind' must be one of plenary, bilateral, visit, statement, proposal, announcement, "
        "council-session; got \"meeting\"");
    addEdited("bad membership status",
        { { R"({ "status": "full", "sources": [ { "document": "doc-2023", "paragraph": 15 } ] })",
            "{ \"status\": \u2038\"member\", \"sources\": [ { \"document\": \"doc-2023\", "
            "\"paragraph\": 15 } ] }" } },
        "'status' must be one of full, associate, participation-suspended, "
        "participation-ceased, unratified-participant; got \"member\"");
    // A derived figure that names its base must follow from it.
    addEdited("derivedFrom an unknown figure",
        { { R"("formula": "t-cis / 2",)",
            "\"formula\": \"t-cis / 2\", \"derivedFrom\": \u2038\"t-nope\"," } },
        "unknown trade figure 't-nope'");
    addEdited("derivedFrom on a stated figure",
        { { R"("changePercent": 5.5,)",
            "\"changePercent\": 5.5, \"derivedFrom\": \u2038\"t-arm\"," } },
        "'derivedFrom' is only allowed on a derived figure");
    addEdited("derivedFrom a derived figure",
        { { R"("formula": "t-cis / 2",)",
            "\"formula\": \"t-cis / 2\", \"derivedFrom\": \u2038\"t-arm\"," } },
        "'derivedFrom' names trade figure 't-arm', which is derived itself");
    addEdited("derivedFrom a figure without a change",
        { { R"("changePercent": 5.5,)", "" },
            { R"("formula": "t-cis / 2",)",
                "\"formula\": \"t-cis / 2\", \"derivedFrom\": \u2038\"t-cis\"," } },
        "'derivedFrom' names trade figure 't-cis', which states no 'changePercent' to derive "
        "from");
    addEdited("derived value that does not follow",
        { { R"("valueUsd": 1500000000,)", "\"valueUsd\": \u20381500000000," },
            { R"("formula": "t-cis / 2",)",
                R"("formula": "t-cis / 2", "derivedFrom": "t-cis",)" } },
        "'valueUsd' 1500000000 does not follow from trade figure 't-cis' (expected about "
        "79336492891)");
    addEdited("bad presence", { { R"("status": "unknown")", "\"status\": \u2038\"maybe\"" } },
        "'status' must be one of present, absent, unknown; got \"maybe\"");
    addEdited("bad qualifier",
        { { R"("qualifier": "almost")", "\"qualifier\": \u2038\"nearly\"" } },
        "'qualifier' must be one of exact, approximately, almost, over, under; got \"nearly\"");
    addEdited("bad scope", { { R"("scope": "russia-cis")", "\"scope\": \u2038\"world\"" } },
        "'scope' must be one of cis-internal, russia-cis, bilateral; got \"world\"");

    // Ids.
    addEdited("duplicate trade figure id", { { R"("id": "t-arm")", "\"id\": \u2038\"t-cis\"" } },
        QStringLiteral("duplicate trade figure id 't-cis' (first defined at line %1)")
            .arg(lineOf(R"("id": "t-cis")")));
    addEdited("duplicate event id",
        { { "  ],\n  \"tradeFigures\"",
            "    ,{ \"id\": \u2038\"e1\", \"summit\": \"spb-2023\", \"kind\": \"visit\", "
            "\"date\": \"2023-12-26\", \"order\": 1, \"title\": \"t\", \"summary\": \"s\", "
            "\"sources\": [ { \"document\": \"doc-2023\", \"paragraph\": 3 } ] }\n  ],\n  "
            "\"tradeFigures\"" } },
        QStringLiteral("duplicate event id 'e1' (first defined at line %1)")
            .arg(lineOf(R"("id": "e1")")));
    addEdited("duplicate country code", { { R"("code": "MDA")", "\"code\": \u2038\"ARM\"" } },
        QStringLiteral("duplicate country code 'ARM' (first defined at line %1)")
            .arg(lineOf(R"("code": "ARM")")),
        2);
    addEdited("invalid id characters", { { R"("id": "e1")", "\"id\": \u2038\"e 1\"" } },
        "'id' must be made of letters, digits, '-', '_' and '.', got \"e 1\"");
    addEdited("empty id", { { R"("id": "e1")", "\"id\": \u2038\"\"" } },
        "'id' must be made of letters, digits");
    addEdited("invalid country code", { { R"("code": "MDA")", "\"code\": \u2038\"Mda\"" } },
        "'code' must be three capital letters (ISO 3166-1 alpha-3), got \"Mda\"", 2);

    // Rules between fields.
    addEdited("attendance person of another country",
        { { R"({ "country": "ARM", "person": "pashinyan")",
            "{ \"country\": \"ARM\", \"person\": \u2038\"putin\"" } },
        "person 'putin' is of country 'RUS', but this attendance is for 'ARM'");
    addEdited("duplicate attendance country",
        { { R"({ "country": "MDA", "status": "unknown")",
            "{ \"country\": \u2038\"ARM\", \"status\": \"unknown\"" } },
        QStringLiteral(
            "duplicate attendance country 'ARM' in summit 'spb-2023' (first listed at line %1)")
            .arg(lineOf(R"({ "country": "ARM")")));
    addEdited("bilateral with one country",
        { { "\"countries\": [ \"RUS\", \"ARM\" ],\n      \"periodStart\"",
            "\"countries\": \u2038[ \"RUS\" ],\n      \"periodStart\"" } },
        "a bilateral trade figure needs exactly two 'countries', got 1");
    addEdited("bilateral without countries",
        { { "      \"countries\": [ \"RUS\", \"ARM\" ],\n      \"periodStart\"",
              "      \"periodStart\"" },
            { "{\n      \"id\": \"t-arm\"", "\u2038{\n      \"id\": \"t-arm\"" } },
        "a bilateral trade figure needs exactly two 'countries', got 0");
    addEdited("bilateral with one country twice",
        { { "\"countries\": [ \"RUS\", \"ARM\" ],\n      \"periodStart\"",
            "\"countries\": \u2038[ \"RUS\", \"RUS\" ],\n      \"periodStart\"" } },
        "a bilateral trade figure needs two different countries, got 'RUS' twice");
    addEdited("derived without formula",
        { { ",\n      \"formula\": \"t-cis / 2\"", "" },
            { "{\n      \"id\": \"t-arm\"", "\u2038{\n      \"id\": \"t-arm\"" } },
        "missing required field 'formula' in trade figure");
    addEdited("formula without derived",
        { { "\"summit\": \"spb-2023\",\n      \"sources\"",
            "\"summit\": \"spb-2023\",\n      \"formula\": \u2038\"x\",\n      \"sources\"" } },
        "'formula' is only allowed on a derived figure");
    addEdited("statedBy missing on a stated figure",
        { { "      \"statedBy\": \"putin\",\n", "" },
            { "{\n      \"id\": \"t-cis\"", "\u2038{\n      \"id\": \"t-cis\"" } },
        "missing required field 'statedBy' in trade figure (only a derived figure may leave it "
        "out)");
    addEdited("periodEnd before periodStart",
        { { R"("periodEnd": "2023-10-31")", "\"periodEnd\": \u2038\"2022-10-31\"" } },
        "'periodEnd' (2022-10-31) must not be before 'periodStart' (2023-01-01)");
    addEdited("membership 'to' before 'from'",
        { { R"("from": "2022", "sources")",
            "\"from\": \"2022\", \"to\": \u2038\"2021\", \"sources\"" } },
        "'to' (2021) must be after 'from' (2022)");
    addEdited("membership 'to' equal to 'from'",
        { { R"("from": "2022", "sources")",
            "\"from\": \"2022\", \"to\": \u2038\"2022-01-01\", \"sources\"" } },
        "'to' (2022-01-01) must be after 'from' (2022)");
    addEdited("negative valueUsd", { { R"("valueUsd": 1500000000)", "\"valueUsd\": \u2038-5" } },
        "'valueUsd' must not be negative, got -5");
    addEdited("negative order", { { R"("order": 0)", "\"order\": \u2038-1" } },
        "'order' must not be negative, got -1");
}

void TestDatasetReader::validationErrors()
{
    expectErrorOfRow();
}

void TestDatasetReader::allErrorsReported()
{
    const QByteArray json = edited({ { R"("statedBy": "putin")", R"("statedBy": "putln")" },
        { R"("time": "11:00")", R"("time": "25:00")" },
        { R"("paragraphs": 17)", R"("paragraphs": "17")" } });
    const DatasetReader::Result result = DatasetReader::readData(json, FileName);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 3);
    // In file order, whatever order they were found in.
    QVERIFY2(result.errors.at(0).message.startsWith("'paragraphs' must be an integer"),
        qPrintable(listed(result.errors)));
    QVERIFY(result.errors.at(1).message.startsWith("'time' must be a time"));
    QVERIFY(result.errors.at(2).message.startsWith("unknown person 'putln'"));
    QVERIFY(result.errors.at(0).line < result.errors.at(1).line);
    QVERIFY(result.errors.at(1).line < result.errors.at(2).line);
}

namespace {

/** A person entry whose country does not exist: one error each. */
QByteArray badPeople(int count)
{
    QByteArray people;
    for (int i = 0; i < count; ++i) {
        people += (i ? ",\n" : "\n") + QByteArray("  {\"id\": \"p") + QByteArray::number(i)
            + R"(", "name": "n", "role": "r", "country": "XXX"})";
    }
    return people;
}

} // namespace

void TestDatasetReader::errorLimit()
{
    const int errorCount = DatasetReader::MaxErrors + 5;
    const QByteArray json = R"({"formatVersion": 1, "documents": [], "countries": [], "people": [)"
        + badPeople(errorCount) + R"(], "summits": [], "events": [], "tradeFigures": []})";
    const DatasetReader::Result result = DatasetReader::readData(json, FileName);
    QCOMPARE(result.errors.size(), DatasetReader::MaxErrors + 1);
    QCOMPARE(result.errors.at(0).line, 2);
    QCOMPARE(result.errors.at(DatasetReader::MaxErrors - 1).line, DatasetReader::MaxErrors + 1);
    const Diagnostic &last = result.errors.last();
    QCOMPARE(last.line, 0);
    QCOMPARE(last.message, QStringLiteral("... and 5 more errors"));
    QCOMPARE(last.toString(), QStringLiteral("data.json: ... and 5 more errors"));
}

void TestDatasetReader::errorLimitKeepsFirstInFile()
{
    // Trade figures are checked last but come first in this file: they must be the ones kept.
    QByteArray figures;
    for (int i = 0; i < 600; ++i)
        figures += QByteArray(i ? ",\n" : "\n") + "  {}";
    const QByteArray json = "{\"tradeFigures\": [" + figures + R"(],
"formatVersion": 1, "documents": [], "countries": [], "people": [)"
        + badPeople(600) + R"(], "summits": [], "events": []})";
    const DatasetReader::Result result = DatasetReader::readData(json, FileName);
    QCOMPARE(result.errors.size(), DatasetReader::MaxErrors + 1);
    // Each {} misses 8 required fields (statedBy included): 4800 errors before the people.
    QCOMPARE(result.errors.at(0).line, 2);
    QCOMPARE(result.errors.at(DatasetReader::MaxErrors - 1).line,
        2 + (DatasetReader::MaxErrors - 1) / 8);
    for (qsizetype i = 1; i < DatasetReader::MaxErrors; ++i)
        QVERIFY(result.errors.at(i - 1).line <= result.errors.at(i).line);
    QCOMPARE(result.errors.last().message,
        QStringLiteral("... and %1 more errors").arg(600 * 8 + 600 - DatasetReader::MaxErrors));
}

void TestDatasetReader::deepNesting()
{
    const DatasetReader::Result arrays = DatasetReader::readData(QByteArray(100000, '['), FileName);
    QCOMPARE(arrays.errors.size(), 1);
    QCOMPARE(arrays.errors.first().toString(),
        QStringLiteral("data.json:1:65: nesting deeper than 64 levels"));

    const DatasetReader::Result objects
        = DatasetReader::readData(QByteArray("{\"a\":").repeated(100000), FileName);
    QCOMPARE(objects.errors.size(), 1);
    QCOMPARE(objects.errors.first().column, 64 * 5 + 1);
}

void TestDatasetReader::binaryGarbage()
{
    QRandomGenerator random(20231226);
    for (int round = 0; round < 200; ++round) {
        QByteArray bytes(random.bounded(1, 4096), Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        const DatasetReader::Result result = DatasetReader::readData(bytes, FileName);
        QVERIFY(!result.ok());
        QVERIFY(!result.errors.isEmpty());
    }
}

void TestDatasetReader::truncatedPrefixes()
{
    const QByteArray json = baseJson().trimmed();
    for (qsizetype length = 0; length < json.size(); ++length) {
        const DatasetReader::Result result = DatasetReader::readData(json.left(length), FileName);
        QVERIFY2(!result.errors.isEmpty(), qPrintable(QString::number(length)));
        QVERIFY(!result.ok());
    }
    QVERIFY(DatasetReader::readData(json, FileName).ok());
}

void TestDatasetReader::corruptedBytes()
{
    // Every byte in turn replaced by characters that matter to a parser: nothing may crash,
    // and whatever fails says where.
    const QByteArray json = baseJson();
    for (const char replacement : { '"', '{', ']', ',', '\\', '\0', '\xFF', '9', ' ' }) {
        for (qsizetype i = 0; i < json.size(); ++i) {
            QByteArray copy = json;
            copy[i] = replacement;
            const DatasetReader::Result result = DatasetReader::readData(copy, FileName);
            for (const Diagnostic &error : result.errors)
                QVERIFY(error.line > 0 || error.message.startsWith("... and"));
        }
    }
}

void TestDatasetReader::readFileValid()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(edited({ { R"("order": 0)", R"("order": -1)" } }));
    file.close();

    const DatasetReader::Result bad = DatasetReader::readFile(path);
    QCOMPARE(bad.errors.size(), 1);
    QVERIFY(bad.errors.first().toString().startsWith(path + QStringLiteral(":")));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(baseJson());
    file.close();
    const DatasetReader::Result good = DatasetReader::readFile(path);
    QVERIFY2(good.ok(), qPrintable(listed(good.errors)));
    QCOMPARE(good.dataset->events.size(), 1);
}

void TestDatasetReader::readFileFixture()
{
    // The fixture the window and command-line tests also use: three unrelated errors.
    const QString path = QStringLiteral(SUMMIT_TEST_DATA_DIR "/invalid-three-errors.json");
    const DatasetReader::Result result = DatasetReader::readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 3);
    for (const Diagnostic &error : result.errors) {
        QCOMPARE(error.file, path);
        QVERIFY(error.line > 0);
    }
}

namespace {

/** The peak resident memory of this process so far, in KiB (Linux: ru_maxrss is in KiB). */
qint64 peakMemoryKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

void TestDatasetReader::fileSizeLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Sparse: costs no disk, and the reader must refuse it before reading a byte.
    QVERIFY(file.resize(DatasetReader::MaxFileSize + 1));
    file.close();

    // Refused before reading: reading it whole would raise this process's peak memory by a
    // gigabyte (the zero pages of a sparse file still fill the buffer). The peak is the
    // kernel's high-water mark, so the check holds whatever ran before.
    const qint64 peakBefore = peakMemoryKiB();
    const DatasetReader::Result result = DatasetReader::readFile(path);
    const qint64 peakGrowth = peakMemoryKiB() - peakBefore;
    QVERIFY2(
        peakGrowth < 64 * 1024, qPrintable(QStringLiteral("peak grew by %1 KiB").arg(peakGrowth)));
    QCOMPARE(result.errors.size(), 1);
    const Diagnostic &error = result.errors.first();
    QCOMPARE(error.message,
        QStringLiteral("file too large: 1073741825 bytes, the limit is 1073741824 bytes (1 GiB)"));
    QCOMPARE(error.line, 0);
    QVERIFY2(error.message.contains(QString::number(DatasetReader::MaxFileSize + 1)),
        qPrintable(error.message));
    QVERIFY(error.message.contains(QString::number(DatasetReader::MaxFileSize)));
    QVERIFY(error.toString().startsWith(path + QStringLiteral(": file too large")));
}

void TestDatasetReader::missingFile()
{
    const QString path = QStringLiteral("/nonexistent-summit-dir/data.json");
    const DatasetReader::Result result = DatasetReader::readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().line, 0);
    QCOMPARE(result.errors.first().column, 0);
    QCOMPARE(result.errors.first().toString(),
        path + QStringLiteral(": cannot open: No such file or directory"));
}

void TestDatasetReader::directory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const DatasetReader::Result result = DatasetReader::readFile(dir.path());
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().toString().startsWith(dir.path() + QStringLiteral(": ")),
        qPrintable(result.errors.first().toString()));
}

void TestDatasetReader::diagnosticToString_data()
{
    QTest::addColumn<Diagnostic>("diagnostic");
    QTest::addColumn<QString>("text");

    QTest::newRow("positioned") << Diagnostic { "data.json", 14, 7, "missing field" }
                                << "data.json:14:7: missing field";
    QTest::newRow("whole file") << Diagnostic { "data.json", 0, 0, "cannot open: gone" }
                                << "data.json: cannot open: gone";
    QTest::newRow("percent signs kept")
        << Diagnostic { "%1.json", 1, 2, "got \"%2\"" } << "%1.json:1:2: got \"%2\"";
}

void TestDatasetReader::diagnosticToString()
{
    QFETCH(Diagnostic, diagnostic);
    QFETCH(QString, text);

    QCOMPARE(diagnostic.toString(), text);
}

namespace {

/** In a malformedFiles row's content, where the padding lines go. */
constexpr char PaddingMark[] = "<padding>";
/** One padding line: 99 spaces and a line feed, so that N lines are N * 100 bytes. */
constexpr qsizetype PaddingLineSize = 100;

void addMalformedColumns()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("paddingLines");
    QTest::addColumn<qint64>("sparseSize");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("lastMessage");
}

/**
 * A file whose first error is expected where the Marker is (removed from the file); the line and
 * column come from lineAndColumn(), not from the reader. @p lastMessage, if given, is the
 * whole-file line that must end the list.
 */
void addMalformed(const char *name, QByteArray content, const QString &message, int count = 1,
    const QString &lastMessage = {})
{
    const qsizetype at = content.indexOf(Marker);
    if (at < 0)
        qFatal("test case \"%s\" has no marker", name);
    content.remove(at, qstrlen(Marker));
    const auto [line, column] = lineAndColumn(content, at);
    QTest::newRow(name) << content << qint64(0) << qint64(0) << line << column << message << count
                        << lastMessage;
}

QByteArray marked(QByteArray text, const char *before)
{
    const qsizetype at = text.indexOf(before);
    if (at < 0)
        qFatal("\"%s\" is not in the text", before);
    return text.insert(at, Marker);
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(SUMMIT_TEST_DATA_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

/** Writes @p content to @p path, with @p paddingLines blank lines in place of the PaddingMark. */
bool writeMalformed(const QString &path, const QByteArray &content, qint64 paddingLines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const qsizetype mark = paddingLines > 0 ? content.indexOf(PaddingMark) : -1;
    if (mark < 0)
        return file.write(content) == content.size();
    if (file.write(content.left(mark)) != mark)
        return false;
    // Written in blocks of ten thousand lines: a 300 MB file without a 300 MB buffer.
    constexpr qint64 BlockLines = 10000;
    const QByteArray line = QByteArray(PaddingLineSize - 1, ' ') + '\n';
    const QByteArray block = line.repeated(BlockLines);
    for (qint64 left = paddingLines; left > 0; left -= BlockLines) {
        const QByteArray &chunk = left >= BlockLines ? block : line.repeated(left);
        if (file.write(chunk) != chunk.size())
            return false;
    }
    const QByteArray rest = content.mid(mark + qstrlen(PaddingMark));
    return file.write(rest) == rest.size();
}

} // namespace

void TestDatasetReader::malformedFiles_data()
{
    // The table of docs/reliability.md ("Malformed input"): files as a user might be given them,
    // each read from disk, with the whole first message, its line and column, and how many
    // errors there are. Cases of single fields are in syntaxErrors and validationErrors.
    addMalformedColumns();

    // Truncated.
    addMalformed("empty file", QByteArray(Marker), "syntax error: file is empty");
    addMalformed("truncated in a key (tests/data/truncated.json)",
        marked(fixture("truncated.json"), "\"file"),
        "syntax error: the file ends early, inside a string that begins here");
    {
        const QByteArray base = baseJson();
        const QByteArray cut = base.left(base.indexOf("\"paragraphs\": 17") + 16);
        addMalformed(
            "truncated after a value", cut + Marker, "syntax error: unexpected end of file");
        addMalformed("truncated inside a number", base.left(base.indexOf("83700") + 5) + Marker,
            "syntax error: unexpected end of file");
    }

    // Wrong types, one per kind of field not in validationErrors.
    addMalformed("list is null",
        edited({ { R"("memberships": [])", "\"memberships\": \u2038null" } }),
        "'memberships' must be an array, not null");
    addMalformed("number is a boolean",
        edited({ { R"("changePercent": 5.5)", "\"changePercent\": \u2038true" } }),
        "'changePercent' must be a number, not a boolean");
    addMalformed("optional string is a number",
        edited({ { R"("note": "Not among the leaders named.")", "\"note\": \u203842" } }),
        "'note' must be a string, not a number");
    addMalformed("integer is a string",
        edited({ { R"("paragraphs": 17)", "\"paragraphs\": \u2038\"17\"" } }),
        "'paragraphs' must be an integer, not a string");
    addMalformed("entry is an array",
        edited({ { R"({ "country": "RUS", "person": "putin")",
            "\u2038[ \"RUS\" ], { \"country\": \"RUS\", \"person\": \"putin\"" } }),
        "'attendance' entries must be objects, not an array");
    addMalformed("code list is a string",
        edited({ { R"("countries": [ "RUS", "ARM" ],
      "topics")",
            "\"countries\": \u2038\"RUS, ARM\",\n      \"topics\"" } }),
        "'countries' must be an array of strings, not a string");
    addMalformed("paragraph is a string",
        edited({ { R"("paragraph": 4 })", "\"paragraph\": \u2038\"4\" }" } }),
        "'paragraph' must be an integer, not a string");

    // Duplicate ids, in the lists validationErrors does not cover.
    addMalformed("duplicate document id",
        edited({ { "  ],\n  \"countries\"",
            "  ,{ \"id\": \u2038\"doc-2023\", \"title\": \"t\", \"publisher\": null, "
            "\"published\": null, \"paragraphs\": 1 }\n  ],\n  \"countries\"" } }),
        QStringLiteral("duplicate document id 'doc-2023' (first defined at line %1)")
            .arg(lineOf(R"("id": "doc-2023")")));
    addMalformed("duplicate person id",
        edited({ { R"("country": "ARM" })",
            "\"country\": \"ARM\" },\n    { \"id\": \u2038\"putin\", \"name\": \"V\", \"role\": "
            "\"r\", \"country\": \"RUS\" }" } }),
        QStringLiteral("duplicate person id 'putin' (first defined at line %1)")
            .arg(lineOf(R"({ "id": "putin")")));
    addMalformed("duplicate summit id",
        edited({ { "  ],\n  \"events\"",
            "  ,{ \"id\": \u2038\"spb-2023\", \"title\": \"t\", \"date\": \"2023-12-26\", "
            "\"city\": \"c\", \"venue\": null, \"host\": \"RUS\", \"attendance\": [], "
            "\"sources\": [ { \"document\": \"doc-2023\", \"paragraph\": 1 } ] }\n  ],\n  "
            "\"events\"" } }),
        QStringLiteral("duplicate summit id 'spb-2023' (first defined at line %1)")
            .arg(lineOf(R"("id": "spb-2023")")));

    // Dangling references, from the fields validationErrors does not cover.
    addMalformed("dangling person (attendance)",
        edited({ { R"("person": "pashinyan")", "\"person\": \u2038\"nobody\"" } }),
        "unknown person 'nobody' (no such id in 'people')");
    addMalformed("dangling country (event countries)",
        edited({ { R"("countries": [ "RUS", "ARM" ],
      "topics")",
            "\"countries\": [ \"RUS\", \u2038\"KAZ\" ],\n      \"topics\"" } }),
        "unknown country 'KAZ' (no such code in 'countries')");
    addMalformed("dangling summit (trade figure)",
        edited({ { "\"summit\": \"spb-2023\",\n      \"sources\"",
            "\"summit\": \u2038\"spb-2022\",\n      \"sources\"" } }),
        "unknown summit 'spb-2022' (no such id in 'summits')");
    addMalformed("dangling document (membership source)",
        edited({ { R"({ "document": "doc-2023", "paragraph": 15 })",
            "{ \"document\": \u2038\"doc-1991\", \"paragraph\": 15 }" } }),
        "unknown document 'doc-1991' (no such id in 'documents')");

    // A fact without sources: the field left out rather than empty.
    addMalformed("summit without a sources field",
        edited(
            { { ",\n      \"sources\": [ { \"document\": \"doc-2023\", \"paragraph\": 1 } ]", "" },
                { "{\n      \"id\": \"spb-2023\"", "\u2038{\n      \"id\": \"spb-2023\"" } }),
        "missing required field 'sources' in summit");

    // Ten thousand errors: the first MaxErrors in file order, then one line for the rest.
    addMalformed("ten thousand errors",
        marked(R"({"formatVersion": 1, "documents": [], "countries": [], "people": [)"
                + badPeople(10000) + R"(], "summits": [], "events": [], "tradeFigures": []})",
            "\"XXX\""),
        "unknown country 'XXX' (no such code in 'countries')", DatasetReader::MaxErrors + 1,
        QStringLiteral("... and %1 more errors").arg(10000 - DatasetReader::MaxErrors));

    // Deep nesting, inside a dataset: the top-level object is level 1.
    addMalformed("arrays nested 100 deep",
        minimalJson().replace(R"("documents": [])",
            "\"documents\": " + QByteArray(63, '[') + Marker + QByteArray(37, '[')
                + QByteArray(100, ']')),
        "nesting deeper than 64 levels");
    addMalformed("objects nested 100 deep",
        minimalJson().replace(R"("documents": [])",
            "\"documents\": " + QByteArray("{\"a\": ").repeated(63) + Marker
                + QByteArray("{\"a\": ").repeated(37) + "1" + QByteArray(100, '}')),
        "nesting deeper than 64 levels");

    // Invalid UTF-8.
    addMalformed("Latin-1 in a string",
        edited({ { R"("city": "Saint Petersburg")", "\"city\": \"Saint P\u2038\xE9tersbourg\"" } }),
        "syntax error: invalid UTF-8 in string");
    addMalformed("invalid UTF-8 after Cyrillic",
        edited({ { R"("name": "Russia")", "\"name\": \"Россия \u2038\xD0\"" } }),
        "syntax error: invalid UTF-8 in string");
    addMalformed("invalid UTF-8 where a value goes",
        edited({ { R"("formatVersion": 1,)",
            "\"formatVersion\": \u2038\xFF"
            "1," } }),
        "syntax error: invalid UTF-8");
    addMalformed("UTF-16 file", QByteArray(Marker) + QByteArray("\xFF\xFE{\0\"\0", 6),
        "syntax error: invalid UTF-8");

    // Binary garbage.
    addMalformed("PNG image", QByteArray(Marker) + QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16),
        "syntax error: invalid UTF-8");
    addMalformed("NUL bytes", QByteArray(Marker) + QByteArray(64, '\0'),
        "syntax error: expected a value, got U+0000");
    addMalformed("gzip data", QByteArray(Marker) + QByteArray("\x1F\x8B\x08\0\0\0\0\0", 8),
        "syntax error: expected a value, got U+001F");

    // Huge numbers.
    addMalformed("number above the double range",
        edited({ { R"("valueUsd": 83700000000)", "\"valueUsd\": \u20381e400" } }),
        "number out of range");
    addMalformed("a thousand digits",
        edited(
            { { R"("valueUsd": 83700000000)", "\"valueUsd\": \u20381" + QByteArray(1000, '0') } }),
        "number out of range");
    addMalformed("integer above 2^64",
        edited({ { R"("paragraph": 4 })", "\"paragraph\": \u203818446744073709551617 }" } }),
        "'paragraph' is out of range: 18446744073709551617");
    addMalformed("huge formatVersion",
        edited({ { R"("formatVersion": 1)", "\"formatVersion\": \u20381e300" } }),
        "unsupported formatVersion 1e300 (this version reads 1 and 2)");

    // Several hundred megabytes: three million blank lines, then an error. The reader gets
    // through it and counts lines correctly that far down.
    QTest::newRow("300 MB with an error at the end")
        << minimalJson(QByteArray(",\n") + PaddingMark + "  \"extra\": 1") << qint64(3000000)
        << qint64(0) << 3000002 << 3 << QStringLiteral("unknown field 'extra' in top-level object")
        << 1 << QString();

    // Above the size limit: a sparse file, refused by its size (fileSizeLimit checks that it is
    // not read).
    QTest::newRow("above the size limit")
        << QByteArray("{") << qint64(0) << DatasetReader::MaxFileSize + 1 << 0 << 0
        << QStringLiteral("file too large: %1 bytes, the limit is %2 bytes (1 GiB)")
               .arg(DatasetReader::MaxFileSize + 1)
               .arg(DatasetReader::MaxFileSize)
        << 1 << QString();
}

void TestDatasetReader::malformedFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, paddingLines);
    QFETCH(qint64, sparseSize);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QFETCH(int, count);
    QFETCH(QString, lastMessage);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.json"));
    QVERIFY(writeMalformed(path, content, paddingLines));
    if (sparseSize > 0) {
        QFile file(path);
        QVERIFY(file.resize(sparseSize));
    }
    if (paddingLines > 0)
        QCOMPARE(QFileInfo(path).size(),
            content.size() - qstrlen(PaddingMark) + paddingLines * PaddingLineSize);

    DatasetReader::Result result = DatasetReader::readFile(path);
    QVERIFY(!result.ok());
    QVERIFY(!result.errors.isEmpty());
    const Diagnostic &first = result.errors.first();
    const QString got = QStringLiteral("\ngot:\n") + listed(result.errors.mid(0, 5));
    QVERIFY2(first.message == message, qPrintable(QStringLiteral("message ") + message + got));
    QVERIFY2(first.line == line && first.column == column,
        qPrintable(QStringLiteral("at %1:%2").arg(line).arg(column) + got));
    QCOMPARE(first.file, path);
    QCOMPARE(result.errors.size(), count);
    if (!lastMessage.isEmpty()) {
        QCOMPARE(result.errors.last().message, lastMessage);
        QCOMPARE(result.errors.last().line, 0);
    }
}

QTEST_GUILESS_MAIN(TestDatasetReader)
#include "tst_datasetreader.moc"
