// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sourcemodel.h"

#include "models/datasetdocument.h"
#include "models/sourceformat.h"

#include <QHash>
#include <QSet>

namespace Summit {

namespace {

/** Adds one citation per fact to each document the fact cites, however many paragraphs. */
class CitationCounter
{
public:
    explicit CitationCounter(const QList<Document> &documents)
        : m_counts(documents.size(), 0)
    {
        for (int row = 0; row < documents.size(); ++row)
            m_rows.insert(documents.at(row).id, row);
    }

    void addFact(const Sources &sources)
    {
        QSet<int> cited;
        for (const SourceRef &source : sources) {
            const int row = m_rows.value(source.document, -1);
            if (row >= 0 && !cited.contains(row)) {
                cited.insert(row);
                ++m_counts[row];
            }
        }
    }

    template<typename Fact> void addFacts(const QList<Fact> &facts)
    {
        for (const Fact &fact : facts)
            addFact(fact.sources);
    }

    QList<int> counts() const { return m_counts; }

private:
    QHash<QString, int> m_rows;
    QList<int> m_counts;
};

} // namespace

SourceModel::SourceModel(const DatasetDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &DatasetDocument::aboutToReplaceDataset, this, &SourceModel::beginResetModel);
    connect(document, &DatasetDocument::datasetReplaced, this, [this] {
        countCitations();
        endResetModel();
    });
    countCitations();
}

int SourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->dataset().documents.size());
}

int SourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Document &document = m_document->dataset().documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(document, index.row(), index.column());
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? QVariant(document.title) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == ParagraphsColumn || index.column() == CitationsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return document.id;
    default:
        return {};
    }
}

QVariant SourceModel::displayData(const Document &document, int row, int column) const
{
    switch (column) {
    case TitleColumn:
        return document.title;
    case PublisherColumn:
        return document.publisher.isEmpty() ? QStringLiteral("publisher not named")
                                            : document.publisher;
    case PublishedColumn:
        return document.published.isNull() ? QStringLiteral("date not given")
                                           : formatDate(document.published);
    case FileColumn:
        return document.file;
    case ParagraphsColumn:
        return document.paragraphs;
    case CitationsColumn:
        return m_citations.value(row);
    default:
        return {};
    }
}

QVariant SourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return QStringLiteral("Title");
    case PublisherColumn:
        return QStringLiteral("Publisher");
    case PublishedColumn:
        return QStringLiteral("Published");
    case FileColumn:
        return QStringLiteral("File");
    case ParagraphsColumn:
        return QStringLiteral("Paragraphs");
    case CitationsColumn:
        return QStringLiteral("Citations");
    default:
        return {};
    }
}

void SourceModel::countCitations()
{
    const Dataset &dataset = m_document->dataset();
    CitationCounter counter(dataset.documents);
    for (const Country &country : dataset.countries)
        counter.addFacts(country.memberships);
    for (const Summit &summit : dataset.summits) {
        counter.addFact(summit.sources);
        counter.addFacts(summit.attendance);
    }
    counter.addFacts(dataset.events);
    counter.addFacts(dataset.tradeFigures);
    m_citations = counter.counts();
}

} // namespace Summit
