// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/summitcomparisonmodel.h"

#include "models/agreement.h"
#include "models/datasetdocument.h"
#include "models/sourceformat.h"

#include <algorithm>
#include <functional>
#include <tuple>
#include <utility>

namespace Summit {

namespace {

const QString sectionSummit = QStringLiteral("Summit");
const QString sectionAttendance = QStringLiteral("Attendance");
const QString sectionBilateral = QStringLiteral("Bilateral talks with the host");
const QString sectionTrade = QStringLiteral("Trade figures");
const QString sectionTopics = QStringLiteral("Topics and announcements");
const QString noSummit = QStringLiteral("—");

QString countryName(const Dataset &dataset, const QString &code)
{
    const Country *country = dataset.country(code);
    return country ? country->name : code;
}

void sortByCountryName(const Dataset &dataset, QStringList &codes)
{
    std::sort(codes.begin(), codes.end(), [&dataset](const QString &a, const QString &b) {
        return countryName(dataset, a).localeAwareCompare(countryName(dataset, b)) < 0;
    });
}

void appendUnique(QStringList &list, const QString &value)
{
    if (!list.contains(value))
        list.append(value);
}

void appendSources(Sources &sources, const Sources &more)
{
    for (const SourceRef &source : more) {
        if (!sources.contains(source))
            sources.append(source);
    }
}

QString attendanceText(const Dataset &dataset, const Attendance *attendance)
{
    // A country the summit does not list is as unknown as one listed as unknown.
    if (!attendance || attendance->status == Presence::Unknown)
        return QStringLiteral("unknown");
    if (attendance->status == Presence::Absent)
        return attendance->reason.isEmpty() ? QStringLiteral("absent")
                                            : QStringLiteral("absent — %1").arg(attendance->reason);
    const Person *person = dataset.person(attendance->person);
    return person ? QStringLiteral("present (%1)").arg(person->name) : QStringLiteral("present");
}

QList<const Event *> eventsOf(const Dataset &dataset, const Summit *summit, const QString &kind)
{
    QList<const Event *> events;
    if (!summit)
        return events;
    for (const Event &event : dataset.events) {
        if (event.summit == summit->id && (kind.isEmpty() || event.kind == kind))
            events.append(&event);
    }
    return events;
}

/** Countries of an event, including those it reaches only through a participant. */
QStringList eventCountries(const Dataset &dataset, const Event &event)
{
    QStringList codes = event.countries;
    for (const QString &id : event.participants) {
        if (const Person *person = dataset.person(id))
            appendUnique(codes, person->country);
    }
    return codes;
}

/** The bilateral events of @p summit in which @p country met the host. */
QList<const Event *> talksWith(const Dataset &dataset, const Summit *summit, const QString &country)
{
    QList<const Event *> talks;
    for (const Event *event : eventsOf(dataset, summit, QStringLiteral("bilateral"))) {
        if (eventCountries(dataset, *event).contains(country))
            talks.append(event);
    }
    return talks;
}

QString tradeKey(const TradeFigure &figure)
{
    QStringList countries = figure.countries;
    countries.sort();
    return figure.scope + QLatin1Char('/') + countries.join(QLatin1Char(','));
}

/** The figures cited at @p summit; derived values were not cited by anyone. */
QList<const TradeFigure *> citedFigures(const Dataset &dataset, const Summit *summit)
{
    QList<const TradeFigure *> figures;
    if (!summit)
        return figures;
    for (const TradeFigure &figure : dataset.tradeFigures) {
        if (figure.summit == summit->id && !figure.derived)
            figures.append(&figure);
    }
    return figures;
}

QString figureText(const TradeFigure &figure)
{
    QString text
        = formatUsd(figure.valueUsd, figure.qualifier) + QStringLiteral(", ") + periodLabel(figure);
    if (figure.changePercent)
        text += QStringLiteral(", %1%2% on a year earlier")
                    .arg(*figure.changePercent > 0 ? QStringLiteral("+") : QString())
                    .arg(QString::number(*figure.changePercent)); // as stated: "2", not "2.0"
    return text;
}

} // namespace

SummitComparisonModel::SummitComparisonModel(const DatasetDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &DatasetDocument::aboutToReplaceDataset, this,
        &SummitComparisonModel::beginResetModel);
    connect(document, &DatasetDocument::datasetReplaced, this, [this] {
        resetToDataset();
        endResetModel();
        emit summitsChanged(m_summitA, m_summitB);
    });
    // Derived values are left out of the comparison, so their recomputation changes nothing.
    connect(document, &DatasetDocument::tradeFigureChanged, this, [this](int index) {
        const auto &figures = m_document->dataset().tradeFigures;
        if (index >= 0 && index < figures.size() && !figures[index].derived)
            refreshValues();
    });
    // Attendance cells show the preferred report and leave out those set aside.
    connect(document, &DatasetDocument::reviewChanged, this, &SummitComparisonModel::refreshValues);
    resetToDataset();
}

QStringList SummitComparisonModel::sectionNames()
{
    return { sectionSummit, sectionAttendance, sectionBilateral, sectionTrade, sectionTopics };
}

QStringList SummitComparisonModel::defaultSummits(const Dataset &dataset)
{
    QList<const Summit *> summits;
    for (const Summit &summit : dataset.summits)
        summits.append(&summit);
    std::stable_sort(summits.begin(), summits.end(),
        [](const Summit *a, const Summit *b) { return a->date < b->date; });
    QStringList ids;
    for (int i = 0; i < summits.size() && i < 2; ++i)
        ids.append(summits.at(i)->id);
    return ids;
}

void SummitComparisonModel::resetToDataset()
{
    // Keep the chosen pair across a reload when both summits are still there.
    const Dataset &dataset = m_document->dataset();
    if (!dataset.summit(m_summitA) || !dataset.summit(m_summitB)) {
        const QStringList ids = defaultSummits(dataset);
        m_summitA = ids.value(0);
        m_summitB = ids.value(1);
    }
    m_rows = buildRows();
}

bool SummitComparisonModel::setSummits(const QString &a, const QString &b)
{
    const Dataset &dataset = m_document->dataset();
    if (!dataset.summit(a) || !dataset.summit(b))
        return false;
    if (a == m_summitA && b == m_summitB)
        return true;
    beginResetModel();
    m_summitA = a;
    m_summitB = b;
    m_rows = buildRows();
    endResetModel();
    emit summitsChanged(a, b);
    return true;
}

void SummitComparisonModel::refreshValues()
{
    QList<Row> rows = buildRows();
    const bool sameRows = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
            [](const Row &x, const Row &y) { return x.key == y.key; });
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<SummitComparisonModel::Row> SummitComparisonModel::buildRows() const
{
    const Dataset &dataset = m_document->dataset();
    const Summit *a = dataset.summit(m_summitA);
    const Summit *b = dataset.summit(m_summitB);
    QList<Row> rows;
    if (!a && !b)
        return rows;
    addSummitRows(rows, a, b);
    addAttendanceRows(rows, a, b);
    addBilateralRows(rows, a, b);
    addTradeRows(rows, a, b);
    addTopicRows(rows, a, b);
    return rows;
}

void SummitComparisonModel::addSummitRows(QList<Row> &rows, const Summit *a, const Summit *b) const
{
    using Field = std::function<QString(const Summit &)>;
    const QList<std::tuple<QString, QString, Field>> fields {
        { QStringLiteral("date"), QStringLiteral("Date"),
            [](const Summit &s) { return formatDate(s.date); } },
        { QStringLiteral("city"), QStringLiteral("City"), [](const Summit &s) { return s.city; } },
        { QStringLiteral("venue"), QStringLiteral("Venue"),
            [](const Summit &s) {
                return s.venue.isEmpty() ? QStringLiteral("not stated") : s.venue;
            } },
    };
    for (const auto &[key, aspect, field] : fields) {
        rows.append(
            { sectionSummit, QStringLiteral("summit/") + key, aspect, a ? field(*a) : noSummit,
                b ? field(*b) : noSummit, a ? a->sources : Sources(), b ? b->sources : Sources() });
    }
}

/** One summit's cell for @p country: what its reports come to (summarizeAttendance()). */
QString attendanceCell(const Dataset &dataset, const Summit *summit, const QString &country,
    Sources &sources, bool *reportsDiffer)
{
    const AttendanceSummary summary = summarizeAttendance(dataset, *summit, country);
    QStringList readings;
    const Attendance *shown = nullptr;
    for (const Attendance &entry : summit->attendance) {
        if (entry.country != country || entry.review.verdict == Review::SetAside)
            continue;
        appendSources(sources, entry.sources);
        appendUnique(readings, toString(entry.status));
        if (!shown || entry.review.verdict == Review::Preferred
            || (shown->review.verdict != Review::Preferred && entry.status == summary.status))
            shown = &entry;
    }
    if (summary.relation == Relation::Differ) {
        *reportsDiffer = true;
        if (shown && shown->review.verdict == Review::Preferred)
            return QStringLiteral("reports differ; preferred: %1")
                .arg(attendanceText(dataset, shown));
        return QStringLiteral("reports differ: %1").arg(readings.join(QStringLiteral(", ")));
    }
    return attendanceText(dataset, shown && shown->status == summary.status ? shown : nullptr);
}

void SummitComparisonModel::addAttendanceRows(
    QList<Row> &rows, const Summit *a, const Summit *b) const
{
    const Dataset &dataset = m_document->dataset();
    QStringList countries;
    for (const Summit *summit : { a, b }) {
        if (!summit)
            continue;
        for (const Attendance &attendance : summit->attendance)
            appendUnique(countries, attendance.country);
    }
    sortByCountryName(dataset, countries);
    for (const QString &code : std::as_const(countries)) {
        Row row { sectionAttendance, QStringLiteral("attendance/") + code,
            countryName(dataset, code), noSummit, noSummit, {}, {} };
        row.countries = { code };
        if (a)
            row.a = attendanceCell(dataset, a, code, row.sourcesA, &row.reportsDiffer);
        if (b)
            row.b = attendanceCell(dataset, b, code, row.sourcesB, &row.reportsDiffer);
        rows.append(row);
    }
}

void SummitComparisonModel::addBilateralRows(
    QList<Row> &rows, const Summit *a, const Summit *b) const
{
    const Dataset &dataset = m_document->dataset();
    QStringList partners;
    for (const Summit *summit : { a, b }) {
        for (const Event *event : eventsOf(dataset, summit, QStringLiteral("bilateral"))) {
            for (const QString &code : eventCountries(dataset, *event)) {
                if (code != summit->host)
                    appendUnique(partners, code);
            }
        }
    }
    sortByCountryName(dataset, partners);
    const auto cell = [&](const Summit *summit, const QString &code, Sources &sources) {
        if (!summit)
            return noSummit;
        const QList<const Event *> talks = talksWith(dataset, summit, code);
        for (const Event *event : talks)
            appendSources(sources, event->sources);
        // The reports may not list every meeting: no talks reported is not "did not meet". Talks
        // only announced (format 2's planned) are not talks held.
        const bool held = std::any_of(
            talks.cbegin(), talks.cend(), [](const Event *event) { return !event->planned; });
        return talks.isEmpty() ? QStringLiteral("none reported")
            : held             ? QStringLiteral("met")
                               : QStringLiteral("announced, not reported as held");
    };
    for (const QString &code : std::as_const(partners)) {
        Row row { sectionBilateral, QStringLiteral("bilateral/") + code, countryName(dataset, code),
            {}, {}, {}, {} };
        row.countries = { code };
        row.a = cell(a, code, row.sourcesA);
        row.b = cell(b, code, row.sourcesB);
        rows.append(row);
    }
}

void SummitComparisonModel::addTradeRows(QList<Row> &rows, const Summit *a, const Summit *b) const
{
    const Dataset &dataset = m_document->dataset();
    const QList<const TradeFigure *> figuresA = citedFigures(dataset, a);
    const QList<const TradeFigure *> figuresB = citedFigures(dataset, b);
    QStringList keys;
    QStringList labels;
    QList<QStringList> parties;
    for (const TradeFigure *figure : figuresA + figuresB) {
        if (!keys.contains(tradeKey(*figure))) {
            keys.append(tradeKey(*figure));
            labels.append(scopeLabel(dataset, *figure));
            parties.append(figure->countries);
        }
    }
    const auto cell = [](const Summit *summit, const QList<const TradeFigure *> &figures,
                          const QString &key, Sources &sources) {
        if (!summit)
            return noSummit;
        QStringList lines;
        for (const TradeFigure *figure : figures) {
            if (tradeKey(*figure) != key)
                continue;
            lines.append(figureText(*figure));
            appendSources(sources, figure->sources);
        }
        return lines.isEmpty() ? QStringLiteral("none cited") : lines.join(QLatin1Char('\n'));
    };
    for (int i = 0; i < keys.size(); ++i) {
        Row row { sectionTrade, QStringLiteral("trade/") + keys.at(i), labels.at(i), {}, {}, {},
            {} };
        row.countries = parties.at(i);
        row.a = cell(a, figuresA, keys.at(i), row.sourcesA);
        row.b = cell(b, figuresB, keys.at(i), row.sourcesB);
        rows.append(row);
    }
}

void SummitComparisonModel::addTopicRows(QList<Row> &rows, const Summit *a, const Summit *b) const
{
    const QList<std::pair<QString, QString>> kinds {
        { QStringLiteral("announcement"), QStringLiteral("Announcements") },
        { QStringLiteral("proposal"), QStringLiteral("Proposals") },
        { QStringLiteral("statement"), QStringLiteral("Statements") },
    };
    for (const auto &[kind, aspect] : kinds) {
        Row row { sectionTopics, QStringLiteral("topics/") + kind, aspect, {}, {}, {}, {} };
        row.a = eventTitles(a, kind, row.sourcesA);
        row.b = eventTitles(b, kind, row.sourcesB);
        rows.append(row);
    }
    Row row { sectionTopics, QStringLiteral("topics/all"), QStringLiteral("Topics raised"), {}, {},
        {}, {} };
    row.a = topics(a, row.sourcesA);
    row.b = topics(b, row.sourcesB);
    rows.append(row);
}

QString SummitComparisonModel::eventTitles(
    const Summit *summit, const QString &kind, Sources &sources) const
{
    if (!summit)
        return noSummit;
    QStringList lines;
    for (const Event *event : eventsOf(m_document->dataset(), summit, kind)) {
        lines.append(event->title);
        appendSources(sources, event->sources);
    }
    return lines.isEmpty() ? QStringLiteral("none recorded") : lines.join(QLatin1Char('\n'));
}

QString SummitComparisonModel::topics(const Summit *summit, Sources &sources) const
{
    if (!summit)
        return noSummit;
    QStringList all;
    for (const Event *event : eventsOf(m_document->dataset(), summit, QString())) {
        for (const QString &topic : event->topics)
            appendUnique(all, topic);
        if (!event->topics.isEmpty())
            appendSources(sources, event->sources);
    }
    std::sort(all.begin(), all.end(),
        [](const QString &x, const QString &y) { return x.compare(y, Qt::CaseInsensitive) < 0; });
    return all.isEmpty() ? QStringLiteral("none recorded") : all.join(QStringLiteral(", "));
}

bool SummitComparisonModel::isUnknownText(const QString &text)
{
    return text == QLatin1String("unknown") || text == QLatin1String("not stated");
}

int SummitComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SummitComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SummitComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Dataset &dataset = m_document->dataset();
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == AspectColumn ? row.aspect
            : index.column() == SummitAColumn ? row.a
                                              : row.b;
    case Qt::ToolTipRole:
        return sourcesText(row);
    case DifferenceRole:
        return !row.reportsDiffer && row.a != row.b && !isUnknownText(row.a)
            && !isUnknownText(row.b);
    case UnknownSideRole:
        return !row.reportsDiffer && row.a != row.b
            && (isUnknownText(row.a) || isUnknownText(row.b));
    case ReportsDifferRole:
        return row.reportsDiffer;
    case SourcesRole: {
        Sources all = row.sourcesA;
        appendSources(all, row.sourcesB);
        return formatSources(dataset, all);
    }
    case SectionRole:
        return row.section;
    case KeyRole:
        return row.key;
    case CountriesRole:
        return row.countries;
    case SummitASourcesRole:
        return formatSources(dataset, row.sourcesA);
    case SummitBSourcesRole:
        return formatSources(dataset, row.sourcesB);
    case DocumentsRole: {
        QStringList ids;
        for (const SourceRef &source : row.sourcesA + row.sourcesB)
            appendUnique(ids, source.document);
        return ids;
    }
    default:
        return {};
    }
}

QString SummitComparisonModel::sourcesText(const Row &row) const
{
    const Dataset &dataset = m_document->dataset();
    const auto part = [&](const QString &id, const Sources &sources) {
        const Summit *summit = dataset.summit(id);
        const QString name = summit ? formatDate(summit->date) : noSummit;
        const QString text = sources.isEmpty() ? QStringLiteral("no source states this")
                                               : formatSources(dataset, sources);
        return QStringLiteral("%1:\n%2").arg(name, text);
    };
    return part(m_summitA, row.sourcesA) + QStringLiteral("\n\n") + part(m_summitB, row.sourcesB);
}

QVariant SummitComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == AspectColumn)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("Aspect")) : QVariant();
    const Summit *summit
        = m_document->dataset().summit(section == SummitAColumn ? m_summitA : m_summitB);
    if (role == Qt::DisplayRole)
        return summit ? formatDate(summit->date) : noSummit;
    if (role == Qt::ToolTipRole)
        return summit ? summit->title : QVariant();
    return {};
}

QStringList SummitComparisonModel::citedDocuments() const
{
    QStringList ids;
    for (const Row &row : m_rows) {
        for (const SourceRef &source : row.sourcesA + row.sourcesB)
            appendUnique(ids, source.document);
    }
    return ids;
}

Sources SummitComparisonModel::sourcesOf(int row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return column == SummitAColumn ? m_rows.at(row).sourcesA
        : column == SummitBColumn  ? m_rows.at(row).sourcesB
                                   : Sources();
}

int SummitComparisonModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == key)
            return row;
    }
    return -1;
}

} // namespace Summit
