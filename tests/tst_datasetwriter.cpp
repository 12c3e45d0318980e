// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datasetreader.h"
#include "models/datasetwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Summit;

/** DatasetWriter: the canonical dump, its round trip through the reader, and writing files. */
class TestDatasetWriter : public QObject
{
    Q_OBJECT

private slots:
    void tinyDatasetText();
    void roundTrip_data();
    void roundTrip();
    void numbers_data();
    void numbers();
    void strings_data();
    void strings();
    void writeFile();
    void writeFileInMissingDirectory();
    void builtinDatasetRoundTrip();
    void filesRoundTrip_data();
    void filesRoundTrip();
    void versionOneMigratesWithoutLoss();
    void formatTwoFieldsSurvive();
};

namespace {

Sources source(int paragraph)
{
    return { { QStringLiteral("doc-1"), paragraph } };
}

PartialDate partial(const char *text)
{
    return PartialDate::fromIsoString(QString::fromLatin1(text));
}

/** One of everything, with no optional field set and the nullable ones null. */
Dataset bareDataset()
{
    Document document;
    document.id = "doc-1";
    document.title = "A report";
    document.paragraphs = 4;
    Country country;
    country.code = "RUS";
    country.name = "Russia";
    Summit::Summit summit;
    summit.id = "spb-2023";
    summit.title = "Informal summit";
    summit.date = QDate(2023, 12, 26);
    summit.city = "Saint Petersburg";
    summit.host = "RUS";
    summit.sources = source(1);
    Event event;
    event.id = "e1";
    event.summit = "spb-2023";
    event.kind = "plenary";
    event.date = QDate(2023, 12, 26);
    event.title = "Talks";
    event.summary = "The leaders met.";
    event.sources = source(2);
    TradeFigure figure;
    figure.id = "t1";
    figure.valueUsd = 83700000000;
    figure.scope = "russia-cis";
    figure.periodStart = QDate(2023, 1, 1);
    figure.periodEnd = QDate(2023, 10, 31);
    figure.statedBy = "putin";
    figure.sources = source(3);

    Dataset data;
    data.documents = { document };
    data.countries = { country };
    data.people = { Person { "putin", "Vladimir Putin", "President", "RUS" } };
    data.summits = { summit };
    data.events = { event };
    data.tradeFigures = { figure };
    return data;
}

/** Every optional field set, every nullable one given. */
Dataset fullDataset()
{
    Dataset data = bareDataset();
    data.documents = {
        Document { "doc-1", "A report", "TASS", QDate(2023, 12, 27), "report.txt", 4 },
        Document { "doc-2", "Another report", "Anadolu Agency", QDate(2025, 12, 22), "b.txt", 9 },
    };
    data.countries = {
        Country { "RUS", "Russia",
            { Membership {
                MembershipStatus::Full, partial("1991-12-21"), {}, "A founder.", source(1) } } },
        Country { "MDA", "Moldova",
            { Membership { MembershipStatus::Full, partial("1991"), partial("2022-05"),
                  "Until May.", source(2) },
                Membership { MembershipStatus::ParticipationSuspended, partial("2022-05"),
                    partial("2030"), "Stays away.", source(3) } } },
    };
    data.people.append(Person { "sandu", "Maia Sandu", "President", "MDA" });
    Summit::Summit &summit = data.summits.first();
    summit.venue = "Konstantinovsky Palace";
    summit.note = "The year is given by the report.";
    summit.attendance = {
        Attendance { "RUS", "putin", Presence::Present, {}, {}, source(1) },
        Attendance { "MDA", "sandu", Presence::Absent, "Did not attend.", {}, source(2) },
    };
    Event &event = data.events.first();
    event.order = 3;
    event.time = QTime(14, 30, 15);
    event.participants = { "putin", "sandu" };
    event.countries = { "RUS", "MDA" };
    event.location = "Main hall";
    event.topics = { "trade", "energy" };
    event.sources = { { "doc-1", 2 }, { "doc-2", 9 } };
    TradeFigure &figure = data.tradeFigures.first();
    figure.qualifier = Qualifier::Approximately;
    figure.scope = "bilateral";
    figure.countries = { "RUS", "MDA" };
    figure.changePercent = -3.25;
    figure.summit = "spb-2023";
    figure.derived = true;
    figure.formula = "stated total - other partners";
    figure.note = "Computed.";
    return data;
}

QString listed(const QList<Diagnostic> &errors)
{
    QStringList lines;
    for (const Diagnostic &error : errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

/** Reads @p json back, failing the test on any error. */
Dataset reread(const QByteArray &json)
{
    const DatasetReader::Result result = DatasetReader::readData(json, QStringLiteral("dump.json"));
    if (!result.ok())
        qWarning().noquote() << listed(result.errors) << "\nin:\n" << json;
    return result.dataset.value_or(Dataset());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestDatasetWriter::tinyDatasetText()
{
    Dataset data = bareDataset();
    data.tradeFigures.first().changePercent = 5.5;
    Attendance unknown;
    unknown.country = "RUS";
    unknown.note = "Not named.";
    unknown.sources = { { "doc-1", 3 } };
    data.summits.first().attendance = { unknown };

    const QByteArray expected = R"({
  "formatVersion": 2,
  "documents": [
    {
      "id": "doc-1",
      "title": "A report",
      "publisher": null,
      "published": null,
      "paragraphs": 4
    }
  ],
  "countries": [
    {
      "code": "RUS",
      "name": "Russia",
      "memberships": []
    }
  ],
  "people": [
    {
      "id": "putin",
      "name": "Vladimir Putin",
      "role": "President",
      "country": "RUS"
    }
  ],
  "summits": [
    {
      "id": "spb-2023",
      "title": "Informal summit",
      "date": "2023-12-26",
      "city": "Saint Petersburg",
      "venue": null,
      "host": "RUS",
      "attendance": [
        {
          "country": "RUS",
          "status": "unknown",
          "note": "Not named.",
          "sources": [
            {
              "document": "doc-1",
              "paragraph": 3
            }
          ]
        }
      ],
      "sources": [
        {
          "document": "doc-1",
          "paragraph": 1
        }
      ]
    }
  ],
  "events": [
    {
      "id": "e1",
      "summit": "spb-2023",
      "kind": "plenary",
      "date": "2023-12-26",
      "order": 0,
      "title": "Talks",
      "summary": "The leaders met.",
      "sources": [
        {
          "document": "doc-1",
          "paragraph": 2
        }
      ]
    }
  ],
  "tradeFigures": [
    {
      "id": "t1",
      "valueUsd": 83700000000,
      "qualifier": "exact",
      "scope": "russia-cis",
      "periodStart": "2023-01-01",
      "periodEnd": "2023-10-31",
      "changePercent": 5.5,
      "statedBy": "putin",
      "sources": [
        {
          "document": "doc-1",
          "paragraph": 3
        }
      ]
    }
  ]
}
)";
    QCOMPARE(DatasetWriter::toJson(data), expected);
    QCOMPARE(DatasetWriter::toJson(reread(expected)), expected);
}

void TestDatasetWriter::roundTrip_data()
{
    QTest::addColumn<Dataset>("dataset");

    QTest::newRow("no optional field") << bareDataset();
    QTest::newRow("every optional field") << fullDataset();
    QTest::newRow("empty") << Dataset();
}

void TestDatasetWriter::roundTrip()
{
    QFETCH(Dataset, dataset);

    const QByteArray first = DatasetWriter::toJson(dataset);
    const Dataset read = reread(first);
    QCOMPARE(DatasetWriter::toJson(read), first);
    QCOMPARE(read.events.size(), dataset.events.size());
    if (!dataset.events.isEmpty()) {
        QCOMPARE(read.events.first().time, dataset.events.first().time);
        QCOMPARE(read.events.first().topics, dataset.events.first().topics);
        QCOMPARE(
            read.tradeFigures.first().changePercent, dataset.tradeFigures.first().changePercent);
        QCOMPARE(read.tradeFigures.first().derived, dataset.tradeFigures.first().derived);
        QCOMPARE(read.documents.first().published, dataset.documents.first().published);
    }
    for (qsizetype i = 0; i < dataset.countries.size(); ++i) {
        const auto &memberships = dataset.countries.at(i).memberships;
        for (qsizetype j = 0; j < memberships.size(); ++j) {
            QCOMPARE(read.countries.at(i).memberships.at(j).from, memberships.at(j).from);
            QCOMPARE(read.countries.at(i).memberships.at(j).to, memberships.at(j).to);
        }
    }
}

void TestDatasetWriter::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");

    QTest::newRow("whole, written out") << 83700000000.0 << "83700000000";
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("negative zero") << -0.0 << "-0";
    QTest::newRow("one decimal") << 5.5 << "5.5";
    QTest::newRow("negative") << -3.25 << "-3.25";
    QTest::newRow("0.1") << 0.1 << "0.1";
    QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << "0.30000000000000004";
    QTest::newRow("1e20 in full") << 1e20 << "100000000000000000000";
    QTest::newRow("1e21 with exponent") << 1e21 << "1e+21";
    QTest::newRow("2^53") << 9007199254740992.0 << "9007199254740992";
    QTest::newRow("small") << 1.5e-7 << "1.5e-07";
    QTest::newRow("smallest subnormal") << 5e-324 << "5e-324";
    QTest::newRow("largest") << 1.7976931348623157e308 << "1.7976931348623157e+308";
    QTest::newRow("many digits") << 123456.789 << "123456.789";
}

void TestDatasetWriter::numbers()
{
    QFETCH(double, value);
    QFETCH(QString, text);

    Dataset data = bareDataset();
    data.tradeFigures.first().changePercent = value;
    const QByteArray json = DatasetWriter::toJson(data);
    const QByteArray line = "\"changePercent\": " + text.toLatin1() + ",\n";
    QVERIFY2(json.contains(line), json.constData());

    const Dataset read = reread(json);
    QVERIFY(!read.tradeFigures.isEmpty());
    const double back = read.tradeFigures.first().changePercent.value_or(-1);
    QCOMPARE(back, value);
    QCOMPARE(std::signbit(back), std::signbit(value));
}

void TestDatasetWriter::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("plain") << "Talks" << QByteArray(R"("Talks")");
    QTest::newRow("quote and backslash")
        << R"(say "hi" \ done)" << QByteArray(R"("say \"hi\" \\ done")");
    QTest::newRow("short escapes") << "a\nb\tc\rd\be\ff" << QByteArray(R"("a\nb\tc\rd\be\ff")");
    QTest::newRow("other control characters")
        << QString(QChar(0x01)) + QChar(0x1F) + QChar(0) << QByteArray(R"("\u0001\u001f\u0000")");
    QTest::newRow("slash and DEL kept") << "a/b\x7F" << QByteArray("\"a/b\x7F\"");
    QTest::newRow("Cyrillic as UTF-8") << "Санкт-Петербург" << QByteArray("\"Санкт-Петербург\"");
    QTest::newRow("emoji as UTF-8") << "🏛" << QByteArray("\"🏛\"");
    QTest::newRow("line separator kept") << QString(QChar(0x2028)) << QByteArray("\"\u2028\"");
}

void TestDatasetWriter::strings()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, json);

    Dataset data = bareDataset();
    data.events.first().summary = text;
    const QByteArray dump = DatasetWriter::toJson(data);
    QVERIFY2(dump.contains("\"summary\": " + json + ",\n"), dump.constData());
    const Dataset read = reread(dump);
    QVERIFY(!read.events.isEmpty());
    QCOMPARE(read.events.first().summary, text);
}

void TestDatasetWriter::writeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("dump.json"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(100000, 'x'));
    old.close();

    QString error = QStringLiteral("untouched");
    QVERIFY(DatasetWriter::writeFile(fullDataset(), path, &error));
    QCOMPARE(error, QStringLiteral("untouched"));
    QCOMPARE(readAll(path), DatasetWriter::toJson(fullDataset()));
    // QSaveFile leaves no temporary file behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({ "dump.json" }));

    QVERIFY(DatasetWriter::writeFile(bareDataset(), path, nullptr));
    QCOMPARE(readAll(path), DatasetWriter::toJson(bareDataset()));
}

void TestDatasetWriter::writeFileInMissingDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/dump.json"));

    QString error;
    QVERIFY(!DatasetWriter::writeFile(bareDataset(), path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write %1: ").arg(path)), qPrintable(error));
    QVERIFY(error.size() > QStringLiteral("cannot write %1: ").arg(path).size());
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    QVERIFY(!DatasetWriter::writeFile(bareDataset(), path, nullptr));
}

void TestDatasetWriter::builtinDatasetRoundTrip()
{
    const QString path = QStringLiteral(SUMMIT_BUILTIN_DATASET);
    if (!QFile::exists(path))
        QSKIP("the built-in dataset is not there yet");
    const DatasetReader::Result result = DatasetReader::readFile(path);
    QVERIFY2(result.ok(), qPrintable(listed(result.errors)));
    const QByteArray first = DatasetWriter::toJson(*result.dataset);
    QCOMPARE(DatasetWriter::toJson(reread(first)), first);
}

void TestDatasetWriter::filesRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("version 1 file") << QStringLiteral(SUMMIT_TEST_DATA_DIR "/reader-base.json");
    QTest::newRow("version 2 file, reports that differ")
        << QStringLiteral(SUMMIT_TEST_DATA_DIR "/reports-differ.json");
    QTest::newRow("built-in dataset") << QStringLiteral(SUMMIT_BUILTIN_DATASET);
}

void TestDatasetWriter::filesRoundTrip()
{
    // Dump, load, dump: the same bytes, whatever version the file was.
    QFETCH(QString, path);
    const auto loaded = DatasetReader::readFile(path);
    QVERIFY(loaded.ok());
    const QByteArray first = DatasetWriter::toJson(*loaded.dataset);
    QVERIFY(first.contains("\"formatVersion\": 2,"));
    QCOMPARE(DatasetWriter::toJson(reread(first)), first);
}

void TestDatasetWriter::versionOneMigratesWithoutLoss()
{
    // A version 1 file says nothing format 2 added, so its migrated dump holds exactly its
    // content: the same JSON values, only the version changed.
    QFile file(QStringLiteral(SUMMIT_TEST_DATA_DIR "/reader-base.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    QJsonObject before = QJsonDocument::fromJson(original).object();
    QCOMPARE(before.value(QStringLiteral("formatVersion")).toInt(), 1);
    const auto loaded = DatasetReader::readData(original, file.fileName());
    QVERIFY(loaded.ok());
    QJsonObject after = QJsonDocument::fromJson(DatasetWriter::toJson(*loaded.dataset)).object();
    QCOMPARE(after.value(QStringLiteral("formatVersion")).toInt(), 2);
    before.remove(QStringLiteral("formatVersion"));
    after.remove(QStringLiteral("formatVersion"));
    QCOMPARE(after, before);
}

void TestDatasetWriter::formatTwoFieldsSurvive()
{
    const auto loaded
        = DatasetReader::readFile(QStringLiteral(SUMMIT_TEST_DATA_DIR "/reports-differ.json"));
    QVERIFY(loaded.ok());
    const Dataset read = reread(DatasetWriter::toJson(*loaded.dataset));
    const Document &brief = read.documents.first();
    QCOMPARE(brief.url, QStringLiteral("https://example.org/brief-2024"));
    QCOMPARE(brief.language, QStringLiteral("en"));
    QCOMPARE(brief.retrieved, QDate(2026, 12, 1));
    const Summit::Summit &s2024 = read.summits.first();
    QCOMPARE(toString(s2024.attendance[1].review.verdict), toString(Review::Preferred));
    QCOMPARE(toString(s2024.attendance[3].review.verdict), toString(Review::SetAside));
    QVERIFY(s2024.attendance[3].review.reason.startsWith(QStringLiteral("The two reports")));
    QCOMPARE(s2024.attendance[1].sources.first().sentence, 2);
    QCOMPARE(s2024.attendance[1].sources.first().fingerprint, QStringLiteral("b6fe9826"));
    const Summit::Summit &s2025 = read.summits.last();
    QCOMPARE(toString(s2025.attendance[3].status), toString(Presence::Expected));
    QCOMPARE(s2025.otherReports.size(), 1);
    QCOMPARE(s2025.otherReports.first().date, QDate(2025, 12, 21));
    QCOMPARE(s2025.otherReports.first().dateEnd, QDate(2025, 12, 22));
    QVERIFY(read.events.last().planned);
    QVERIFY(!read.events.first().planned);
    QCOMPARE(toString(read.tradeFigures[2].qualifier), toString(Qualifier::SlightlyOver));
    QCOMPARE(read.tradeFigures[4].statement, QStringLiteral("host-figure-2025"));
}

QTEST_GUILESS_MAIN(TestDatasetWriter)
#include "tst_datasetwriter.moc"
