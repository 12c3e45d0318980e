// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetvalidator.h"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace Summit {

namespace {

using Type = JsonDocument::Type;
using Need = JsonObjectReader::Need;

// The keys each object may have, as in the tables of docs/data-format.md.
constexpr std::string_view TopLevelFields[] = { "formatVersion", "documents", "countries", "people",
    "summits", "events", "tradeFigures", "proposals" };
// In the order dumps write them. V2Only names the fields of format 2, refused in a version 1 file.
constexpr std::string_view DocumentFields[] = { "id", "title", "publisher", "published", "file",
    "paragraphs", "url", "language", "retrieved" };
constexpr std::string_view CountryFields[] = { "code", "name", "memberships" };
constexpr std::string_view MembershipFields[] = { "status", "from", "to", "note", "sources" };
constexpr std::string_view PersonFields[] = { "id", "name", "role", "country" };
constexpr std::string_view SummitFields[] = { "id", "title", "date", "dateEnd", "city", "venue",
    "host", "note", "attendance", "sources", "review", "otherReports" };
constexpr std::string_view AttendanceFields[]
    = { "country", "person", "status", "reason", "note", "sources", "review" };
constexpr std::string_view EventFields[]
    = { "id", "summit", "kind", "planned", "date", "order", "time", "title", "summary",
          "participants", "countries", "location", "topics", "sources", "review", "otherReports" };
constexpr std::string_view TradeFigureFields[] = { "id", "valueUsd", "qualifier", "scope",
    "countries", "periodStart", "periodEnd", "changePercent", "statedBy", "statement", "summit",
    "derived", "formula", "derivedFrom", "note", "sources", "review", "reportedValueUsd" };
constexpr std::string_view SourceFields[] = { "document", "paragraph", "sentence", "fingerprint" };
constexpr std::string_view ReviewFields[] = { "verdict", "reason" };
constexpr std::string_view SummitReportFields[]
    = { "date", "dateEnd", "venue", "sources", "review" };
constexpr std::string_view EventReportFields[]
    = { "date", "time", "location", "sources", "review" };
constexpr std::string_view ProposalFields[]
    = { "fact", "confidence", "relation", "relatedId", "detail", "rule" };
constexpr std::string_view V2Only[]
    = { "url", "language", "retrieved", "dateEnd", "review", "otherReports", "planned", "statement",
          "sentence", "fingerprint", "proposals", "reportedValueUsd" };

/** How messages name an id of each kind, and the list that defines it. */
struct KindNames
{
    const char *noun;
    const char *key;
    const char *list;
};
constexpr KindNames Kinds[] = {
    { "document", "id", "documents" },
    { "country", "code", "countries" },
    { "person", "id", "people" },
    { "summit", "id", "summits" },
    { "event", "id", "events" },
    { "trade figure", "id", "tradeFigures" },
};

QLatin1StringView latin1(const char *text)
{
    return QLatin1StringView(text);
}

QLatin1StringView latin1(std::string_view text)
{
    return QLatin1StringView(text.data(), qsizetype(text.size()));
}

QString shown(const QString &text)
{
    return JsonObjectReader::printable(text);
}

/** "event 'e1'", or just "event" when the id is missing. */
QString named(const char *noun, const QString &id)
{
    if (id.isEmpty())
        return latin1(noun);
    return QStringLiteral("%1 '%2'").arg(latin1(noun), shown(id));
}

bool isIdCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'
        || u == '_' || u == '.';
}

bool isCountryCode(const QString &code)
{
    return code.size() == 3
        && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

// The allowed words, made once: choice() hands out these strings instead of new copies.
const QStringList &membershipWords()
{
    static const QStringList words = membershipStatusNames();
    return words;
}

const QStringList &presenceWords(int version)
{
    static const QStringList v1
        = { toString(Presence::Present), toString(Presence::Absent), toString(Presence::Unknown) };
    static const QStringList v2 = v1 + QStringList { toString(Presence::Expected) };
    return version == 1 ? v1 : v2;
}

const QStringList &eventKindWords()
{
    static const QStringList words = eventKinds();
    return words;
}

const QStringList &qualifierWords(int version)
{
    static const QStringList v2 = qualifierNames();
    static const QStringList v1 = [] {
        QStringList words = v2;
        words.removeAll(toString(Qualifier::SlightlyOver));
        return words;
    }();
    return version == 1 ? v1 : v2;
}

const QStringList &verdictWords()
{
    static const QStringList words = { toString(Review::Preferred), toString(Review::SetAside) };
    return words;
}

bool isFingerprint(const QString &text)
{
    return text.size() == 8 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

bool isLanguageCode(const QString &text)
{
    return (text.size() == 2 || text.size() == 3)
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; });
}

const QStringList &scopeWords(bool proposalFile)
{
    static const QStringList words = tradeScopes();
    // A proposal may be a measure outside the Commonwealth, proposed so that the reviewer sees
    // it was not taken for a CIS one; it never joins a dataset as it is.
    static const QStringList proposed = tradeScopes() << QStringLiteral("other");
    return proposalFile ? proposed : words;
}

} // namespace

DatasetValidator::DatasetValidator(const JsonDocument &json, ValidationErrors &errors)
    : m_json(json)
    , m_errors(errors)
    , m_pool(json)
{
}

JsonObjectReader DatasetValidator::objectReader(
    Node node, const char *what, std::span<const std::string_view> fields)
{
    JsonObjectReader reader(m_json, m_errors, m_pool, node, latin1(what), fields);
    if (m_version == 1) {
        // A version 1 file that uses a field of version 2 says one thing and does another.
        for (const std::string_view field : V2Only) {
            if (std::find(fields.begin(), fields.end(), field) == fields.end())
                continue; // reader.value() asserts that a field is one of the object's
            if (const Node value = reader.value(field); value != 0) {
                reader.report(value - 1, [&] {
                    return QStringLiteral("field '%1' is new in format 2, but the file says "
                                          "formatVersion 1")
                        .arg(latin1(field));
                });
            }
        }
    }
    return reader;
}

Dataset DatasetValidator::run()
{
    const Node root = JsonDocument::root();
    if (m_json.type(root) != Type::Object) {
        m_errors.add(m_json.offset(root), [&] {
            return QStringLiteral("the top level must be an object, not %1")
                .arg(JsonObjectReader::typeName(m_json.type(root)));
        });
        return {};
    }
    if (!checkFormatVersion())
        return {};
    JsonObjectReader top = objectReader(root, "top-level object", TopLevelFields);
    top.integer("formatVersion");
    m_proposalFile = top.has("proposals");
    // Read in this order whatever the file's order: every reference then points backwards and
    // is resolved on the spot, so only bad ones are kept for the end.
    Dataset dataset;
    readList(top, "documents", dataset.documents, &DatasetValidator::readDocument);
    readList(top, "countries", dataset.countries, &DatasetValidator::readCountry);
    readList(top, "people", dataset.people, &DatasetValidator::readPerson);
    readList(top, "summits", dataset.summits, &DatasetValidator::readSummit);
    readList(top, "events", dataset.events, &DatasetValidator::readEvent);
    readList(top, "tradeFigures", dataset.tradeFigures, &DatasetValidator::readTradeFigure);
    readList(top, "proposals", dataset.proposals, &DatasetValidator::readProposal, Need::Optional);
    dataset.isProposal = m_proposalFile;
    checkReferences();
    checkDerivations(dataset.tradeFigures);
    if (m_errors.isEmpty())
        checkProposals(dataset);
    return dataset;
}

/**
 * A file of another version gets that one error: the rest of it follows rules this version
 * does not know, and a list of "unknown field" errors would only hide the real problem.
 * A missing or malformed version is reported with the other fields instead.
 */
bool DatasetValidator::checkFormatVersion()
{
    const Node root = JsonDocument::root();
    for (Node key = JsonDocument::firstChild(root); key != m_json.end(root);
         key = m_json.nextKey(key)) {
        const Node value = key + 1;
        if (!m_json.stringEquals(key, "formatVersion") || m_json.type(value) != Type::Number)
            continue;
        const double version = m_json.number(value);
        if (version == 1 || version == 2) {
            m_version = int(version);
            return true;
        }
        if (std::trunc(version) != version)
            return true; // reported as "must be an integer" with the other fields
        m_errors.add(m_json.offset(value), [&] {
            return QStringLiteral("unsupported formatVersion %1 (this version reads 1 and 2)")
                .arg(shown(QString::fromUtf8(m_json.literal(value))));
        });
        return false;
    }
    return true;
}

/** Calls @p read for each object in the array @p field, reporting entries of other types. */
template<typename Read>
void DatasetValidator::forEachObject(
    JsonObjectReader &parent, std::string_view field, Read read, Need need)
{
    const Node array = parent.array(field, need);
    if (array == 0)
        return;
    for (Node item = JsonDocument::firstChild(array); item != m_json.end(array);
         item = m_json.next(item)) {
        if (m_json.type(item) == Type::Object) {
            read(item);
            continue;
        }
        parent.report(item, [&] {
            return QStringLiteral("'%1' entries must be objects, not %2")
                .arg(latin1(field), JsonObjectReader::typeName(m_json.type(item)));
        });
    }
}

template<typename T>
void DatasetValidator::readList(JsonObjectReader &parent, std::string_view field, QList<T> &list,
    T (DatasetValidator::*read)(Node), Need need)
{
    if (const Node array = parent.value(field); array != 0 && m_json.type(array) == Type::Array)
        list.reserve(m_json.childCount(array));
    forEachObject(
        parent, field,
        [&](Node node) {
            T item = (this->*read)(node);
            if (m_errors.isEmpty())
                list.append(std::move(item));
        },
        need);
}

Document DatasetValidator::readDocument(Node node)
{
    JsonObjectReader object = objectReader(node, "document", DocumentFields);
    Document document;
    document.id = defineId(object, DocumentKind);
    document.title = object.string("title");
    document.publisher = object.nullableString("publisher");
    document.published = object.nullableDate("published");
    document.file = object.string("file", Need::Optional);
    if (const auto paragraphs = object.integer("paragraphs")) {
        if (*paragraphs < 1) {
            object.report(object.value("paragraphs"), [&] {
                return QStringLiteral("'paragraphs' must be at least 1, got %1").arg(*paragraphs);
            });
        } else {
            document.paragraphs = *paragraphs;
            const QByteArrayView id = keyOf(object.value("id"));
            if (!id.isEmpty() && !m_paragraphCounts.contains(id))
                m_paragraphCounts.insert(id, *paragraphs);
        }
    }
    document.url = object.string("url", Need::Optional);
    document.language = object.sharedString("language", Need::Optional);
    if (!document.language.isEmpty() && !isLanguageCode(document.language)) {
        object.report(object.value("language"), [&] {
            return QStringLiteral("'language' must be an ISO 639-1 code such as \"en\" or "
                                  "\"ru\", got \"%1\"")
                .arg(shown(document.language));
        });
    }
    document.retrieved = object.date("retrieved", Need::Optional);
    return document;
}

Country DatasetValidator::readCountry(Node node)
{
    JsonObjectReader object = objectReader(node, "country", CountryFields);
    Country country;
    country.code = defineId(object, CountryKind);
    country.name = object.string("name");
    forEachObject(object, "memberships",
        [&](Node item) { country.memberships.append(readMembership(item, country.code)); });
    return country;
}

Membership DatasetValidator::readMembership(Node node, const QString &country)
{
    JsonObjectReader object = objectReader(node, "membership", MembershipFields);
    Membership membership;
    membership.status = membershipStatusFromString(object.choice("status", membershipWords()))
                            .value_or(MembershipStatus::Unknown);
    membership.from = object.partialDate("from");
    membership.to = object.partialDate("to");
    if (!membership.from.isNull() && !membership.to.isNull()
        && membership.to.date <= membership.from.date) {
        object.report(object.value("to"), [&] {
            return QStringLiteral("'to' (%1) must be after 'from' (%2)")
                .arg(membership.to.toIsoString(), membership.from.toIsoString());
        });
    }
    membership.note = object.string("note", Need::Optional);
    membership.sources = readSources(object, [&] { return named("membership of", country); });
    return membership;
}

Person DatasetValidator::readPerson(Node node)
{
    JsonObjectReader object = objectReader(node, "person", PersonFields);
    Person person;
    person.id = defineId(object, PersonKind);
    person.name = object.string("name");
    person.role = object.sharedString("role");
    person.country = reference(object, "country", CountryKind);
    const QByteArrayView id = keyOf(object.value("id"));
    if (!id.isEmpty() && !m_personCountries.contains(id))
        m_personCountries.insert(id, person.country.isEmpty() ? 0 : object.value("country"));
    return person;
}

Summit DatasetValidator::readSummit(Node node)
{
    JsonObjectReader object = objectReader(node, "summit", SummitFields);
    Summit summit;
    summit.id = defineId(object, SummitKind);
    summit.title = object.string("title");
    // A proposal keeps what its report leaves out (a date, a host) unknown rather than guessed.
    summit.date = m_proposalFile ? object.nullableDate("date") : object.date("date");
    summit.dateEnd = readDateEnd(object, summit.date);
    summit.city = object.sharedString("city");
    summit.venue = object.nullableString("venue");
    summit.host
        = reference(object, "host", CountryKind, m_proposalFile ? Need::Optional : Need::Required);
    summit.note = object.string("note", Need::Optional);
    QHash<QString, Node> seen;
    forEachObject(object, "attendance",
        [&](Node item) { summit.attendance.append(readAttendance(item, summit.id, seen)); });
    summit.sources = readSources(object, [&] { return named("summit", summit.id); });
    summit.review = readReview(object);
    forEachObject(
        object, "otherReports",
        [&](Node item) { summit.otherReports.append(readSummitReport(item, summit.id)); },
        Need::Optional);
    return summit;
}

Attendance DatasetValidator::readAttendance(
    Node node, const QString &summit, QHash<QString, Node> &seen)
{
    JsonObjectReader object = objectReader(node, "attendance", AttendanceFields);
    Attendance attendance;
    attendance.country = reference(object, "country", CountryKind);
    const Node countryNode = object.value("country");
    // Format 2 lists one entry per report: several entries of one country are its reports.
    if (m_version == 1 && countryNode != 0 && m_json.type(countryNode) == Type::String) {
        if (const auto first = seen.constFind(attendance.country); first != seen.cend()) {
            object.report(countryNode, [&] {
                return QStringLiteral("duplicate attendance country '%1' in %2 (first listed at "
                                      "line %3)")
                    .arg(shown(attendance.country), named("summit", summit))
                    .arg(lineOf(*first));
            });
        } else {
            seen.insert(attendance.country, countryNode);
        }
    }
    attendance.person = reference(object, "person", PersonKind, Need::Optional);
    if (!attendance.person.isEmpty() && !attendance.country.isEmpty())
        checkRepresentative({ object.value("person"), countryNode }, false);
    const QString status = object.choice("status", presenceWords(m_version));
    attendance.status = presenceFromString(status).value_or(Presence::Unknown);
    attendance.reason = object.string("reason", Need::Optional);
    attendance.note = object.string("note", Need::Optional);
    const auto describe = [&] {
        return QStringLiteral("%1 at %2")
            .arg(named("attendance of", attendance.country), named("summit", summit));
    };
    // An unknown attendance is sourced too: the passages that report the summit without this
    // country are what make it unknown, and the user can check them.
    attendance.sources = readSources(object, describe, false);
    attendance.review = readReview(object);
    return attendance;
}

Event DatasetValidator::readEvent(Node node)
{
    JsonObjectReader object = objectReader(node, "event", EventFields);
    Event event;
    event.id = defineId(object, EventKind);
    event.summit = reference(object, "summit", SummitKind);
    event.kind = object.choice("kind", eventKindWords());
    event.date = m_proposalFile ? object.nullableDate("date") : object.date("date");
    if (const auto order = object.integer("order")) {
        if (*order < 0) {
            object.report(object.value("order"),
                [&] { return QStringLiteral("'order' must not be negative, got %1").arg(*order); });
        } else {
            event.order = *order;
        }
    }
    event.time = object.time("time");
    event.title = object.string("title");
    event.summary = object.string("summary");
    event.participants = references(object, "participants", PersonKind);
    event.countries = references(object, "countries", CountryKind);
    event.location = object.sharedString("location", Need::Optional);
    event.topics = object.stringList("topics");
    event.sources = readSources(object, [&] { return named("event", event.id); });
    event.planned = object.boolean("planned");
    event.review = readReview(object);
    forEachObject(
        object, "otherReports",
        [&](Node item) { event.otherReports.append(readEventReport(item, event.id)); },
        Need::Optional);
    return event;
}

TradeFigure DatasetValidator::readTradeFigure(Node node)
{
    JsonObjectReader object = objectReader(node, "trade figure", TradeFigureFields);
    TradeFigure figure;
    figure.id = defineId(object, TradeKind);
    if (const auto value = object.number("valueUsd")) {
        if (*value < 0) {
            object.report(object.value("valueUsd"), [&] {
                return QStringLiteral("'valueUsd' must not be negative, got %1")
                    .arg(shown(QString::fromUtf8(m_json.literal(object.value("valueUsd")))));
            });
        } else {
            figure.valueUsd = *value;
        }
    }
    figure.qualifier = qualifierFromString(object.choice("qualifier", qualifierWords(m_version)))
                           .value_or(Qualifier::Exact);
    figure.scope = object.choice("scope", scopeWords(m_proposalFile));
    figure.countries = references(object, "countries", CountryKind);
    figure.periodStart
        = m_proposalFile ? object.nullableDate("periodStart") : object.date("periodStart");
    figure.periodEnd = m_proposalFile ? object.nullableDate("periodEnd") : object.date("periodEnd");
    if (figure.periodStart.isValid() && figure.periodEnd.isValid()
        && figure.periodEnd < figure.periodStart) {
        object.report(object.value("periodEnd"), [&] {
            return QStringLiteral("'periodEnd' (%1) must not be before 'periodStart' (%2)")
                .arg(figure.periodEnd.toString(Qt::ISODate),
                    figure.periodStart.toString(Qt::ISODate));
        });
    }
    figure.changePercent = object.number("changePercent", Need::Optional);
    figure.statedBy = reference(object, "statedBy", PersonKind, Need::Optional);
    figure.summit = reference(object, "summit", SummitKind, Need::Optional);
    figure.derived = object.boolean("derived");
    figure.formula = object.string("formula", Need::Optional);
    figure.derivedFrom = reference(object, "derivedFrom", TradeKind, Need::Optional);
    if (const Node from = object.value("derivedFrom"); from != 0 && !figure.derivedFrom.isEmpty())
        m_derivations.push_back({ from, object.value("valueUsd") });
    figure.note = object.string("note", Need::Optional);
    checkDerivation(object, figure);
    checkBilateral(object, figure);
    figure.sources = readSources(object, [&] { return named("trade figure", figure.id); });
    figure.statement = object.sharedString("statement", Need::Optional);
    if (!figure.statement.isEmpty()
        && !std::all_of(figure.statement.cbegin(), figure.statement.cend(), isIdCharacter)) {
        object.report(object.value("statement"), [&] {
            return QStringLiteral(
                "'statement' must be made of letters, digits, '-', '_' and '.', got \"%1\"")
                .arg(shown(figure.statement));
        });
    }
    figure.review = readReview(object);
    figure.reportedValueUsd = object.number("reportedValueUsd", Need::Optional);
    if (figure.reportedValueUsd && *figure.reportedValueUsd < 0)
        object.report(object.value("reportedValueUsd"),
            [] { return QStringLiteral("'reportedValueUsd' must not be negative"); });
    return figure;
}

Proposal DatasetValidator::readProposal(Node node)
{
    JsonObjectReader object = objectReader(node, "proposal", ProposalFields);
    Proposal proposal;
    proposal.fact = object.string("fact");
    if (const Node fact = object.value("fact"); fact != 0 && m_json.type(fact) == Type::String)
        m_proposalFacts.push_back(fact);
    if (const auto confidence = object.number("confidence")) {
        if (*confidence < 0 || *confidence > 1) {
            object.report(object.value("confidence"), [&] {
                return QStringLiteral("'confidence' must be between 0 and 1, got %1")
                    .arg(*confidence);
            });
        } else {
            proposal.confidence = *confidence;
        }
    }
    static const QStringList relations = proposalRelations();
    proposal.relation = object.choice("relation", relations);
    proposal.relatedId = object.sharedString("relatedId", Need::Optional);
    proposal.detail = object.string("detail", Need::Optional);
    proposal.rule = object.sharedString("rule", Need::Optional);
    return proposal;
}

/** Each proposal names a fact of the file, in the form Proposal::fact documents. */
void DatasetValidator::checkProposals(const Dataset &dataset)
{
    const auto exists = [&](const QString &fact) {
        const qsizetype colon = fact.indexOf(QLatin1Char(':'));
        const QString kind = fact.left(colon);
        const QString id = colon < 0 ? QString() : fact.mid(colon + 1);
        if (kind == QLatin1String("summit"))
            return dataset.summit(id) != nullptr;
        if (kind == QLatin1String("event"))
            return dataset.event(id) != nullptr;
        if (kind == QLatin1String("trade"))
            return dataset.tradeFigure(id) != nullptr;
        if (kind == QLatin1String("person"))
            return dataset.person(id) != nullptr;
        if (kind != QLatin1String("attendance"))
            return false;
        const QStringList parts = id.split(QLatin1Char('/'));
        const Summit *summit = parts.size() == 3 ? dataset.summit(parts.at(0)) : nullptr;
        bool ok = false;
        const int n = parts.size() == 3 ? parts.at(2).toInt(&ok) : 0;
        if (!summit || !ok || n < 1)
            return false;
        return std::count_if(summit->attendance.cbegin(), summit->attendance.cend(),
                   [&](const Attendance &a) { return a.country == parts.at(1); })
            >= n;
    };
    for (const Node node : m_proposalFacts) {
        const QString fact = m_pool.get(node);
        if (exists(fact))
            continue;
        m_errors.add(m_json.offset(node), [&] {
            return QStringLiteral("proposal names no fact of this file: \"%1\" (expected "
                                  "summit:ID, attendance:SUMMIT/CODE/N, event:ID, trade:ID or "
                                  "person:ID)")
                .arg(shown(fact));
        });
    }
}

/** A stated figure names who stated it; a derived one says how it was computed instead. */
void DatasetValidator::checkDerivation(JsonObjectReader &object, const TradeFigure &figure)
{
    if (!figure.derived && !object.has("statedBy") && !m_proposalFile) {
        object.report(object.object(),
            QStringLiteral("missing required field 'statedBy' in trade figure (only a "
                           "derived figure may leave it out)"));
    }
    const Node formula = object.value("formula");
    if (figure.derived && formula == 0) {
        object.report(object.object(),
            QStringLiteral("missing required field 'formula' in trade figure (a derived "
                           "figure must say how it is computed)"));
    } else if (figure.derived && m_json.type(formula) == Type::String && figure.formula.isEmpty()) {
        object.report(formula, QStringLiteral("'formula' of a derived figure must not be empty"));
    } else if (!figure.derived && formula != 0) {
        object.report(formula,
            QStringLiteral("'formula' is only allowed on a derived figure (one with "
                           "\"derived\": true)"));
    }
    if (const Node from = object.value("derivedFrom"); !figure.derived && from != 0) {
        object.report(from,
            QStringLiteral("'derivedFrom' is only allowed on a derived figure (one with "
                           "\"derived\": true)"));
    }
}

/**
 * A derived figure that names its base must follow from it: the base states a change and is
 * itself stated, and the value is the base over (1 + change / 100), give or take rounding.
 */
void DatasetValidator::checkDerivations(const QList<TradeFigure> &figures)
{
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < figures.size(); ++i)
        indexOf.insert(figures[i].id, i);
    for (const Derivation &derivation : m_derivations) {
        const QString id = m_json.string(derivation.from);
        const qsizetype at = indexOf.value(id, -1);
        if (at < 0)
            continue; // an unknown id: checkReferences() reports it
        const TradeFigure &base = figures[at];
        const auto expected = base.previousYearValue();
        if (base.derived || !expected) {
            m_errors.add(m_json.offset(derivation.from), [&] {
                return QStringLiteral("'derivedFrom' names trade figure '%1', which %2")
                    .arg(shown(id),
                        base.derived ? QStringLiteral("is derived itself")
                                     : QStringLiteral("states no 'changePercent' to derive from"));
            });
            continue;
        }
        const Node value = derivation.value;
        if (value == 0 || m_json.type(value) != Type::Number)
            continue; // reported where it was read
        const double stated = m_json.number(value);
        if (std::abs(stated - *expected) > 0.005 * std::abs(*expected)) {
            m_errors.add(m_json.offset(value), [&] {
                return QStringLiteral("'valueUsd' %1 does not follow from trade figure '%2' "
                                      "(expected about %3)")
                    .arg(QString::number(stated, 'f', 0), shown(id),
                        QString::number(*expected, 'f', 0));
            });
        }
    }
}

void DatasetValidator::checkBilateral(JsonObjectReader &object, const TradeFigure &figure)
{
    const Node countries = object.value("countries");
    if (figure.scope != QLatin1StringView("bilateral")
        || (countries != 0 && m_json.type(countries) != Type::Array))
        return;
    const auto count = figure.countries.size();
    if (count == 2 && figure.countries[0] != figure.countries[1])
        return;
    object.report(countries != 0 ? countries : object.object(), [&] {
        if (count == 2) {
            return QStringLiteral("a bilateral trade figure needs two different countries, got "
                                  "'%1' twice")
                .arg(shown(figure.countries[0]));
        }
        return QStringLiteral("a bilateral trade figure needs exactly two 'countries', got %1")
            .arg(count);
    });
}

/** @p describe names the fact for the message, and is only called if there is one. */
template<typename Describe>
Sources DatasetValidator::readSources(JsonObjectReader &object, Describe describe, bool mayBeEmpty)
{
    Sources sources;
    forEachObject(object, "sources", [&](Node item) { sources.append(readSourceRef(item)); });
    const Node array = object.value("sources");
    if (array != 0 && m_json.type(array) == Type::Array
        && JsonDocument::firstChild(array) == m_json.end(array) && !mayBeEmpty) {
        object.report(array, [&] {
            return QStringLiteral("%1 has no sources; every fact needs at least one")
                .arg(describe());
        });
    }
    return sources;
}

SourceRef DatasetValidator::readSourceRef(Node node)
{
    JsonObjectReader object = objectReader(node, "source", SourceFields);
    SourceRef source;
    source.document = reference(object, "document", DocumentKind);
    const auto paragraph = object.integer("paragraph");
    if (!paragraph)
        return source;
    source.paragraph = *paragraph;
    const Node paragraphNode = object.value("paragraph");
    if (*paragraph < 1) {
        object.report(paragraphNode, [&] {
            return QStringLiteral("paragraph %1 is out of range: paragraphs are counted from 1")
                .arg(*paragraph);
        });
    } else if (!source.document.isEmpty()) {
        checkParagraph({ object.value("document"), *paragraph, paragraphNode }, false);
    }
    readSentence(object, source);
    return source;
}

/** The optional last day of a span that starts on @p start; it must come after it. */
QDate DatasetValidator::readDateEnd(JsonObjectReader &object, const QDate &start)
{
    const QDate end = object.date("dateEnd", Need::Optional);
    if (end.isValid() && start.isValid() && end <= start) {
        object.report(object.value("dateEnd"), [&] {
            return QStringLiteral("'dateEnd' (%1) must be after 'date' (%2); leave it out for "
                                  "one day")
                .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate));
        });
    }
    return end;
}

/** The optional "review" of a report: a verdict, and for "set-aside" the user's reason. */
Review DatasetValidator::readReview(JsonObjectReader &parent)
{
    Review review;
    const Node node = parent.value("review");
    if (node == 0)
        return review;
    if (m_json.type(node) != Type::Object) {
        parent.report(node, [&] {
            return QStringLiteral("'review' must be an object, not %1")
                .arg(JsonObjectReader::typeName(m_json.type(node)));
        });
        return review;
    }
    JsonObjectReader object = objectReader(node, "review", ReviewFields);
    review.verdict
        = reviewVerdictFromString(object.choice("verdict", verdictWords())).value_or(Review::None);
    review.reason = object.string("reason", Need::Optional);
    if (review.verdict == Review::SetAside && review.reason.trimmed().isEmpty()) {
        object.report(
            node, QStringLiteral("a report set aside needs the 'reason' it was set aside for"));
    }
    return review;
}

SummitReport DatasetValidator::readSummitReport(Node node, const QString &summit)
{
    JsonObjectReader object = objectReader(node, "summit report", SummitReportFields);
    SummitReport report;
    report.date = object.date("date", Need::Optional);
    report.dateEnd = readDateEnd(object, report.date);
    report.venue = object.string("venue", Need::Optional);
    if (!object.has("date") && !object.has("venue")) {
        object.report(
            node, QStringLiteral("a summit report needs a 'date' or a 'venue': what does it say?"));
    }
    report.sources = readSources(object, [&] { return named("a report of summit", summit); });
    report.review = readReview(object);
    return report;
}

EventReport DatasetValidator::readEventReport(Node node, const QString &event)
{
    JsonObjectReader object = objectReader(node, "event report", EventReportFields);
    EventReport report;
    report.date = object.date("date");
    report.time = object.time("time");
    report.location = object.sharedString("location", Need::Optional);
    report.sources = readSources(object, [&] { return named("a report of event", event); });
    report.review = readReview(object);
    return report;
}

/** A source's optional sentence and the fingerprint that lets a viewer find it. */
void DatasetValidator::readSentence(JsonObjectReader &object, SourceRef &source)
{
    if (const auto sentence = object.integer("sentence", Need::Optional)) {
        if (*sentence < 1) {
            object.report(object.value("sentence"), [&] {
                return QStringLiteral("sentence %1 is out of range: sentences are counted from 1")
                    .arg(*sentence);
            });
        } else {
            source.sentence = *sentence;
        }
    }
    source.fingerprint = object.string("fingerprint", Need::Optional);
    if (source.fingerprint.isEmpty())
        return;
    if (!isFingerprint(source.fingerprint)) {
        object.report(object.value("fingerprint"), [&] {
            return QStringLiteral("'fingerprint' must be 8 lower-case hex digits, got \"%1\"")
                .arg(shown(source.fingerprint));
        });
    } else if (!object.has("sentence")) {
        object.report(object.value("fingerprint"),
            QStringLiteral("a 'fingerprint' needs the 'sentence' it is the fingerprint of"));
    }
}

QString DatasetValidator::defineId(JsonObjectReader &object, Kind kind)
{
    const std::string_view field = Kinds[kind].key;
    const Node node = object.stringNode(field);
    if (node == 0)
        return {};
    // Ids that others refer to come from the pool, so that every reference shares their text.
    const QString id
        = kind == EventKind || kind == TradeKind ? m_json.string(node) : m_pool.get(node);
    if (kind == CountryKind ? !isCountryCode(id)
                            : id.isEmpty() || !std::all_of(id.cbegin(), id.cend(), isIdCharacter)) {
        object.report(node, [&] {
            if (kind == CountryKind)
                return QStringLiteral("'code' must be three capital letters (ISO 3166-1 "
                                      "alpha-3), got \"%1\"")
                    .arg(shown(id));
            return QStringLiteral("'id' must be made of letters, digits, '-', '_' and '.', got "
                                  "\"%1\"")
                .arg(shown(id));
        });
    }
    if (id.isEmpty())
        return id;
    const QByteArrayView key = m_pool.key(node);
    if (const auto first = m_ids[kind].constFind(key); first != m_ids[kind].cend()) {
        object.report(node, [&] {
            return QStringLiteral("duplicate %1 %2 '%3' (first defined at line %4)")
                .arg(latin1(Kinds[kind].noun), latin1(field), shown(id))
                .arg(lineOf(*first));
        });
    } else {
        m_ids[kind].insert(key, node);
    }
    return id;
}

QString DatasetValidator::reference(
    JsonObjectReader &object, std::string_view field, Kind kind, Need need)
{
    const Node node = object.stringNode(field, need);
    if (node == 0)
        return {};
    checkReference({ kind, node }, false);
    return m_pool.get(node);
}

QStringList DatasetValidator::references(
    JsonObjectReader &object, std::string_view field, Kind kind)
{
    m_listNodes.clear();
    const QStringList ids = object.stringList(field, &m_listNodes);
    for (const Node node : m_listNodes)
        checkReference({ kind, node }, false);
    return ids;
}

QByteArrayView DatasetValidator::keyOf(Node node)
{
    return node != 0 && m_json.type(node) == Type::String ? m_pool.key(node) : QByteArrayView();
}

/**
 * The check*() functions settle what they can at once and keep the rest, a reference to an id
 * not seen yet, for checkReferences() (@p final) at the end; keeping every reference would cost
 * a lot of memory on a big file.
 */
void DatasetValidator::checkReference(const Reference &reference, bool final)
{
    if (m_ids[reference.kind].contains(m_pool.key(reference.node)))
        return;
    if (!final) {
        m_references.push_back(reference);
        return;
    }
    m_errors.add(m_json.offset(reference.node), [&] {
        const KindNames &names = Kinds[reference.kind];
        return QStringLiteral("unknown %1 '%2' (no such %3 in '%4')")
            .arg(latin1(names.noun), shown(m_json.string(reference.node)), latin1(names.key),
                latin1(names.list));
    });
}

void DatasetValidator::checkParagraph(const ParagraphCheck &check, bool final)
{
    const auto count = m_paragraphCounts.constFind(m_pool.key(check.document));
    if (count == m_paragraphCounts.cend()) {
        // An unknown document is reported as such; one with a bad count cannot be checked.
        if (!final)
            m_paragraphChecks.push_back(check);
        return;
    }
    if (check.paragraph <= *count)
        return;
    m_errors.add(m_json.offset(check.node), [&] {
        return QStringLiteral("paragraph %1 is out of range: document '%2' has %3 paragraphs")
            .arg(check.paragraph)
            .arg(shown(m_json.string(check.document)))
            .arg(*count);
    });
}

/** An attendance's person must be one of the country it is the attendance of. */
void DatasetValidator::checkRepresentative(const RepresentativeCheck &check, bool final)
{
    const auto country = m_personCountries.constFind(m_pool.key(check.person));
    if (country == m_personCountries.cend()) {
        if (!final)
            m_representativeChecks.push_back(check);
        return;
    }
    // A person without a country, or of an unknown one, is reported as such.
    const QByteArrayView personCountry = keyOf(*country);
    if (personCountry.isEmpty() || !m_ids[CountryKind].contains(personCountry)
        || personCountry == m_pool.key(check.country))
        return;
    m_errors.add(m_json.offset(check.person), [&] {
        return QStringLiteral("person '%1' is of country '%2', but this attendance is for '%3'")
            .arg(shown(m_json.string(check.person)), shown(m_json.string(*country)),
                shown(m_json.string(check.country)));
    });
}

void DatasetValidator::checkReferences()
{
    for (const Reference &reference : m_references)
        checkReference(reference, true);
    for (const ParagraphCheck &check : m_paragraphChecks)
        checkParagraph(check, true);
    for (const RepresentativeCheck &check : m_representativeChecks)
        checkRepresentative(check, true);
}

int DatasetValidator::lineOf(Node node) const
{
    return m_json.position(node).line;
}

} // namespace Summit
