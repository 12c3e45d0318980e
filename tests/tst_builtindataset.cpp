// SPDX-License-Identifier: GPL-3.0-or-later
// Checks the built-in dataset against the articles it was written from: that it loads, that its
// paragraph references point at paragraphs that really state the fact, that every fact of the
// articles is in it, and that no sentence of an article was copied into it.

#include "models/dataset.h"
#include "models/datasetreader.h"
#include "models/datasetwriter.h"
#include "models/extract/sentencesplitter.h"
#include "models/sentencelocator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Summit;

namespace {

/** The non-empty lines of a source article: paragraph N is element N - 1. */
QStringList paragraphsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList paragraphs;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            paragraphs.append(line);
    }
    return paragraphs;
}

QStringList words(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}$.%]+"));
    QStringList result;
    for (QString word : text.toLower().split(nonWord, Qt::SkipEmptyParts)) {
        while (word.endsWith(QLatin1Char('.')))
            word.chop(1);
        if (!word.isEmpty())
            result.append(word);
    }
    return result;
}

QStringList ngrams(const QString &text, int n)
{
    const QStringList list = words(text);
    QStringList result;
    for (qsizetype i = 0; i + n <= list.size(); ++i)
        result.append(list.mid(i, n).join(QLatin1Char(' ')));
    return result;
}

QString lastName(const QString &name)
{
    return name.section(QLatin1Char(' '), -1);
}

} // namespace

/** Tests of resources/data/summits.json against ../shared/sources. */
class TestBuiltinDataset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsWithoutErrors();
    void dumpRoundTrips();
    void documentsMatchTheirFiles();
    void eventParagraphs_data();
    void eventParagraphs();
    void attendanceNamesAreInTheirParagraphs();
    void tradeFiguresAreInTheirParagraphs();
    void membershipFactsAreInTheirParagraphs();
    void unknownsStayUnknown();
    void noSentenceIsCopied();
    void documentsHaveAddresses();
    void everySourceNamesItsSentence();
    void fingerprintsMatchTheSources();
    void tradeAnchorsStateTheValue();

private:
    QString paragraph(const SourceRef &source) const;
    QString citedText(const Sources &sources) const;
    QString sentence(const SourceRef &source) const;
    void requireSources() const;

    Dataset m_dataset;
    QHash<QString, QStringList> m_paragraphs; ///< document id -> paragraphs of its file
};

void TestBuiltinDataset::initTestCase()
{
    const auto result = DatasetReader::readFile(QStringLiteral(SUMMIT_BUILTIN_DATASET));
    for (const Diagnostic &error : result.errors)
        qWarning().noquote() << error.toString();
    QVERIFY(result.ok());
    m_dataset = *result.dataset;
    const QDir sources(QStringLiteral(SUMMIT_SOURCES_DIR));
    for (const Document &document : m_dataset.documents) {
        const QStringList paragraphs = paragraphsOf(sources.filePath(document.file));
        if (!paragraphs.isEmpty())
            m_paragraphs.insert(document.id, paragraphs);
    }
}

void TestBuiltinDataset::requireSources() const
{
    if (m_paragraphs.size() != m_dataset.documents.size())
        QSKIP("The source articles are not beside the project (SUMMIT_SOURCES_DIR)");
}

QString TestBuiltinDataset::paragraph(const SourceRef &source) const
{
    return m_paragraphs.value(source.document).value(source.paragraph - 1);
}

QString TestBuiltinDataset::citedText(const Sources &sources) const
{
    QStringList texts;
    for (const SourceRef &source : sources)
        texts.append(paragraph(source));
    return texts.join(QLatin1Char('\n'));
}

void TestBuiltinDataset::loadsWithoutErrors()
{
    QCOMPARE(m_dataset.documents.size(), 2);
    QCOMPARE(m_dataset.summits.size(), 2);
    QCOMPARE(m_dataset.summits.at(0).date, QDate(2023, 12, 26));
    QCOMPARE(m_dataset.summits.at(1).date, QDate(2025, 12, 22));
    QCOMPARE(m_dataset.tradeFigures.size(), 5);
}

void TestBuiltinDataset::dumpRoundTrips()
{
    const QByteArray first = DatasetWriter::toJson(m_dataset);
    const auto reread = DatasetReader::readData(first, QStringLiteral("dump.json"));
    QVERIFY(reread.ok());
    QCOMPARE(DatasetWriter::toJson(*reread.dataset), first);
}

void TestBuiltinDataset::documentsMatchTheirFiles()
{
    requireSources();
    for (const Document &document : m_dataset.documents) {
        const QStringList paragraphs = m_paragraphs.value(document.id);
        // The 2025 page ends with links to unrelated stories: those lines are not paragraphs
        // of the article, so the document may count fewer paragraphs than the file has lines.
        QVERIFY2(document.paragraphs <= paragraphs.size(), qPrintable(document.id));
        QVERIFY2(document.paragraphs >= paragraphs.size() - 5, qPrintable(document.id));
    }
    QVERIFY(paragraph({ QStringLiteral("anadolu-2025-12-22"), 5 })
                .contains(QStringLiteral("22 December 2025")));
    QVERIFY(paragraph({ QStringLiteral("anadolu-2025-12-22"), 4 })
                .contains(QStringLiteral("Anadolu Agency")));
}

void TestBuiltinDataset::eventParagraphs_data()
{
    QTest::addColumn<QString>("eventId");
    QTest::addColumn<QStringList>("mustBeCited");

    auto row = [](const char *id, std::initializer_list<const char *> words) {
        QStringList list;
        for (const char *word : words)
            list.append(QString::fromUtf8(word));
        QTest::newRow(id) << QString::fromLatin1(id) << list;
    };
    row("e2023-museum-tour", { "Pavlovsk", "Tsarskoye Selo", "Peterhof" });
    row("e2023-informal-meeting", { "Konstantin Palace", "December 26", "Tajik", "security" });
    row("e2023-putin-opening", { "good tradition", "review CIS activities" });
    row("e2023-chairmanship-plan", { "chairmanship", "150 items" });
    row("e2023-trade-figure", { "83.7", "2.0 percent", "ten months" });
    row("e2023-culture-proposals", { "Film Arts", "Film Award", "Intervision", "sport" });
    row("e2023-bilateral-kazakhstan", { "bilateral", "Kazakh" });
    row("e2023-bilateral-uzbekistan", { "bilateral", "Uzbek" });
    row("e2023-peskov-assessment", { "Peskov", "successful", "compared their views" });
    row("e2025-aliyev-absence", { "Aliyev", "busy work schedule", "Azertac" });
    row("e2025-informal-meeting", { "informal meeting", "security issues" });
    row("e2025-putin-trade", { "almost $90 billion", "logistics corridors" });
    row("e2025-putin-security-world-order", { "terrorism", "corruption", "UN" });
    row("e2025-eurasian-council", { "Supreme Eurasian Economic Council" });
    row("e2025-bilateral-tajikistan", { "Hermitage", "condolences", "law enforcement", "probe" });
    row("e2025-bilateral-armenia", { "Pashinyan", "$11 billion", "nuclear", "rail freight" });
    row("e2025-bilateral-kazakhstan", { "Tokayev", "contentious", "alliance" });
}

void TestBuiltinDataset::eventParagraphs()
{
    requireSources();
    QFETCH(QString, eventId);
    QFETCH(QStringList, mustBeCited);
    const Event *event = m_dataset.event(eventId);
    QVERIFY2(event, "the article's event is missing from the dataset");
    const QString cited = citedText(event->sources);
    for (const QString &word : mustBeCited)
        QVERIFY2(cited.contains(word), qPrintable(word + QStringLiteral(" not in cited text")));
}

void TestBuiltinDataset::attendanceNamesAreInTheirParagraphs()
{
    requireSources();
    for (const Summit::Summit &summit : m_dataset.summits) {
        for (const Attendance &attendance : summit.attendance) {
            if (attendance.status == Presence::Unknown) {
                // Unknown is sourced by the passages that report the summit without the
                // country: none of them may name one of its people, or it would not be unknown.
                QVERIFY2(!attendance.sources.isEmpty() && !attendance.note.isEmpty(),
                    qPrintable(attendance.country));
                const QString cited = citedText(attendance.sources);
                for (const Person &person : m_dataset.people) {
                    if (person.country == attendance.country)
                        QVERIFY2(!cited.contains(lastName(person.name)), qPrintable(person.name));
                }
                continue;
            }
            const Person *person = m_dataset.person(attendance.person);
            QVERIFY(person);
            const QString cited = citedText(attendance.sources);
            QVERIFY2(cited.contains(lastName(person->name)), qPrintable(person->name));
        }
    }
}

void TestBuiltinDataset::tradeFiguresAreInTheirParagraphs()
{
    requireSources();
    for (const TradeFigure &figure : m_dataset.tradeFigures) {
        const QString cited = citedText(figure.sources);
        // A derived value is not in the article; its input, the 2023 figure, is.
        const double stated = figure.derived ? 83.7e9 : figure.valueUsd;
        const QString billions = QString::number(stated / 1e9, 'g', 4) + QStringLiteral(" billion");
        QVERIFY2(cited.contains(billions), qPrintable(figure.id + QLatin1Char(' ') + billions));
    }
}

void TestBuiltinDataset::membershipFactsAreInTheirParagraphs()
{
    requireSources();
    for (const Country &country : m_dataset.countries) {
        for (const Membership &membership : country.memberships) {
            const QString cited = citedText(membership.sources);
            QVERIFY2(cited.contains(country.name), qPrintable(country.name));
            for (const PartialDate &date : { membership.from, membership.to }) {
                if (!date.isNull())
                    QVERIFY2(cited.contains(QString::number(date.date.year())),
                        qPrintable(country.name));
            }
        }
    }
    // The reports do not say since when Moldova was a full member: before the suspension of
    // 2022 its status is unknown, and the undated "full" entry starts at the 2023 report.
    QCOMPARE(toString(m_dataset.country(QStringLiteral("MDA"))->statusAt(QDate(2021, 6, 1))),
        toString(MembershipStatus::Unknown));
    QCOMPARE(toString(m_dataset.country(QStringLiteral("TKM"))->statusAt(QDate(1992, 6, 1))),
        toString(MembershipStatus::Unknown));
    QCOMPARE(toString(m_dataset.country(QStringLiteral("TKM"))->statusAt(QDate(2023, 12, 26))),
        toString(MembershipStatus::Associate));
    QCOMPARE(toString(m_dataset.country(QStringLiteral("MDA"))->statusAt(QDate(2023, 12, 26))),
        toString(MembershipStatus::ParticipationSuspended));
    QCOMPARE(toString(m_dataset.country(QStringLiteral("UKR"))->statusAt(QDate(2023, 12, 26))),
        toString(MembershipStatus::ParticipationCeased));
    QCOMPARE(toString(m_dataset.country(QStringLiteral("TKM"))->statusAt(QDate(2025, 12, 22))),
        toString(MembershipStatus::Associate));
}

void TestBuiltinDataset::unknownsStayUnknown()
{
    const Summit::Summit *summit2025 = m_dataset.summit(QStringLiteral("cis-2025"));
    QVERIFY(summit2025);
    QVERIFY(summit2025->venue.isEmpty()); // the article names no venue for the leaders' meeting
    QSet<QString> unknown;
    for (const Attendance &attendance : summit2025->attendance) {
        if (attendance.status == Presence::Unknown)
            unknown.insert(attendance.country);
    }
    const QSet<QString> expected { QStringLiteral("BLR"), QStringLiteral("KGZ"),
        QStringLiteral("TKM"), QStringLiteral("UZB"), QStringLiteral("MDA") };
    QCOMPARE(unknown, expected);
    QVERIFY(m_dataset.documents.at(0).publisher.isEmpty());
    QVERIFY(m_dataset.documents.at(0).published.isNull());
}

void TestBuiltinDataset::noSentenceIsCopied()
{
    requireSources();
    // Eight words in a row shared with an article is a copied phrase, not a shared name.
    constexpr int runLength = 8;
    QSet<QString> articleRuns;
    for (const QStringList &paragraphs : std::as_const(m_paragraphs)) {
        for (const QString &text : paragraphs) {
            for (const QString &run : ngrams(text, runLength))
                articleRuns.insert(run);
        }
    }
    QFile file(QStringLiteral(SUMMIT_BUILTIN_DATASET));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList ours = ngrams(QString::fromUtf8(file.readAll()), runLength);
    for (const QString &run : ours)
        QVERIFY2(!articleRuns.contains(run), qPrintable(QStringLiteral("copied: ") + run));
}

QString TestBuiltinDataset::sentence(const SourceRef &source) const
{
    return Extract::SentenceSplitter::sentences(paragraph(source)).value(source.sentence - 1);
}

void TestBuiltinDataset::documentsHaveAddresses()
{
    for (const Document &document : m_dataset.documents) {
        QVERIFY2(document.url.isEmpty() || document.url.startsWith(QLatin1String("https://")),
            qPrintable(document.id));
        QCOMPARE(document.language, QStringLiteral("en"));
    }
    // The 2025 page's address spells out its headline word for word, and the repository holds
    // no words of a report: that address is not recorded (docs/data-format.md, "Format 2").
    QVERIFY(!m_dataset.document(QStringLiteral("report-2023"))->url.isEmpty());
}

void TestBuiltinDataset::everySourceNamesItsSentence()
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{8}$"));
    int count = 0;
    forEachSource(m_dataset, [&](const QString &fact, const SourceRef &source) {
        ++count;
        const QString where = QStringLiteral("%1: %2 paragraph %3")
                                  .arg(fact, source.document)
                                  .arg(source.paragraph);
        QVERIFY2(source.sentence >= 1, qPrintable(where));
        QVERIFY2(hex.match(source.fingerprint).hasMatch(), qPrintable(where));
    });
    QVERIFY(count > 100);
}

void TestBuiltinDataset::fingerprintsMatchTheSources()
{
    requireSources();
    forEachSource(m_dataset, [&](const QString &fact, const SourceRef &source) {
        const QString where = QStringLiteral("%1: %2 paragraph %3 sentence %4")
                                  .arg(fact, source.document)
                                  .arg(source.paragraph)
                                  .arg(source.sentence);
        const QString cited = sentence(source);
        QVERIFY2(!cited.isEmpty(), qPrintable(where + QStringLiteral(" does not exist")));
        QVERIFY2(sentenceFingerprint(cited) == source.fingerprint,
            qPrintable(where + QStringLiteral(": fingerprint differs")));
        // What the paragraph dialog does with the user's copy: found where it was recorded.
        QVERIFY2(locateSentence(m_paragraphs.value(source.document), source).status
                == SentenceLocation::Found,
            qPrintable(where));
    });
}

void TestBuiltinDataset::tradeAnchorsStateTheValue()
{
    requireSources();
    // A figure's sentence states its value (a derived one, the change it is computed from):
    // the anchor is the very sentence, not a neighbour in the same paragraph.
    for (const TradeFigure &figure : m_dataset.tradeFigures) {
        const QString stated = figure.derived
            ? QStringLiteral("2.0 percent")
            : QStringLiteral("$%1 billion").arg(figure.valueUsd / 1e9);
        for (const SourceRef &source : figure.sources)
            QVERIFY2(sentence(source).contains(stated), qPrintable(figure.id + u' ' + stated));
    }
}

QTEST_GUILESS_MAIN(TestBuiltinDataset)
#include "tst_builtindataset.moc"
