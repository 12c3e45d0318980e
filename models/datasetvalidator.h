// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/dataset.h"
#include "models/jsondocument.h"
#include "models/jsonobjectreader.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <span>
#include <string_view>
#include <vector>

namespace Summit {

/**
 * Checks a parsed data file against docs/data-format.md while building the Dataset from it.
 *
 * One pass reads every object, reporting type, form and range errors and collecting ids. A
 * reference (a source's document, an event's summit, ...) whose target is not known yet is kept
 * and checked at the end, so a reference may come before the definition it points to. Once an error
 * is found the entities are no longer kept (the dataset will be thrown away), which bounds the
 * memory a huge broken file can take.
 */
class DatasetValidator
{
public:
    using Node = JsonDocument::Node;

    DatasetValidator(const JsonDocument &json, ValidationErrors &errors);

    /** Validates the whole file; the dataset is complete only if no error was reported. */
    Dataset run();

private:
    enum Kind
    {
        DocumentKind,
        CountryKind,
        PersonKind,
        SummitKind,
        EventKind,
        TradeKind,
        KindCount
    };
    /** A reference to an id not seen yet when it was read; checked at the end. */
    struct Reference
    {
        Kind kind;
        Node node;
    };
    struct ParagraphCheck
    {
        Node document;
        int paragraph;
        Node node;
    };
    /** A derived figure's 'derivedFrom' and 'valueUsd' nodes, checked once all are read. */
    struct Derivation
    {
        Node from;
        Node value; ///< 0 when missing
    };
    /** An attendance's person and country, both string nodes. */
    struct RepresentativeCheck
    {
        Node person;
        Node country;
    };

    bool checkFormatVersion();
    template<typename Read>
    void forEachObject(JsonObjectReader &parent, std::string_view field, Read read,
        JsonObjectReader::Need need = JsonObjectReader::Need::Required);
    template<typename T>
    void readList(JsonObjectReader &parent, std::string_view field, QList<T> &list,
        T (DatasetValidator::*read)(Node),
        JsonObjectReader::Need need = JsonObjectReader::Need::Required);
    JsonObjectReader objectReader(
        Node node, const char *what, std::span<const std::string_view> fields);

    Document readDocument(Node node);
    Country readCountry(Node node);
    Membership readMembership(Node node, const QString &country);
    Person readPerson(Node node);
    Summit readSummit(Node node);
    Attendance readAttendance(Node node, const QString &summit, QHash<QString, Node> &seen);
    Event readEvent(Node node);
    TradeFigure readTradeFigure(Node node);
    Proposal readProposal(Node node);
    void checkProposals(const Dataset &dataset);
    void checkDerivation(JsonObjectReader &object, const TradeFigure &figure);
    void checkBilateral(JsonObjectReader &object, const TradeFigure &figure);
    void checkDerivations(const QList<TradeFigure> &figures);
    template<typename Describe>
    Sources readSources(JsonObjectReader &object, Describe describe, bool mayBeEmpty = false);
    SourceRef readSourceRef(Node node);
    // Format 2.
    QDate readDateEnd(JsonObjectReader &object, const QDate &start);
    Review readReview(JsonObjectReader &parent);
    SummitReport readSummitReport(Node node, const QString &summit);
    EventReport readEventReport(Node node, const QString &event);
    void readSentence(JsonObjectReader &object, SourceRef &source);

    QString defineId(JsonObjectReader &object, Kind kind);
    QString reference(JsonObjectReader &object, std::string_view field, Kind kind,
        JsonObjectReader::Need need = JsonObjectReader::Need::Required);
    QStringList references(JsonObjectReader &object, std::string_view field, Kind kind);
    QByteArrayView keyOf(Node node);
    void checkReference(const Reference &reference, bool final);
    void checkParagraph(const ParagraphCheck &check, bool final);
    void checkRepresentative(const RepresentativeCheck &check, bool final);
    void checkReferences();
    int lineOf(Node node) const;

    const JsonDocument &m_json;
    ValidationErrors &m_errors;
    StringPool m_pool;
    int m_version = Dataset::FormatVersion; ///< the file's formatVersion, 1 or 2
    bool m_proposalFile = false; ///< the file has "proposals": written by --propose
    std::vector<Node> m_proposalFacts; ///< each proposal's "fact" node, checked at the end
    // Keyed by the ids' bytes (StringPool::key), so that looking one up decodes nothing.
    QHash<QByteArrayView, Node> m_ids[KindCount]; ///< where each id was first defined
    QHash<QByteArrayView, int> m_paragraphCounts;
    QHash<QByteArrayView, Node> m_personCountries; ///< a person's 'country' node, or 0
    // Checks that could not be settled when met, for checkReferences().
    std::vector<Reference> m_references;
    std::vector<ParagraphCheck> m_paragraphChecks;
    std::vector<RepresentativeCheck> m_representativeChecks;
    std::vector<Derivation> m_derivations;
    std::vector<Node> m_listNodes; ///< reused by references(), to spare an allocation per list
};

} // namespace Summit
