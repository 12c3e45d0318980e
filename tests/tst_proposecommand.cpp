// SPDX-License-Identifier: GPL-3.0-or-later
// summit-viewer --propose as a user meets it: exit codes, messages and the dataset it writes.
// The reports are written here, in our own words.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SUMMIT_VIEWER_EXE), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
        process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError()) };
}

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

const QByteArray englishReport = "Leaders gather for the year's last meeting\n"
                                 "\n"
                                 "The informal CIS summit began in St. Petersburg today.\n"
                                 "It was attended by Kazakh President Kassym-Jomart Tokayev and "
                                 "President of Belarus Alexander Lukashenko.\n"
                                 "Azerbaijani President Ilham Aliyev would not be able to attend "
                                 "because of his schedule.\n"
                                 "Putin met with Tokayev. He said Russia's trade with CIS members "
                                 "reached almost $90 billion in the first ten months of this "
                                 "year.\n";

QJsonObject first(const QJsonObject &root, const char *list)
{
    return root.value(QLatin1String(list)).toArray().first().toObject();
}

/** The proposal about @p fact ("summit:ID", "attendance:SUMMIT/CODE/1", ...). */
QJsonObject proposalOf(const QJsonObject &root, const QString &fact)
{
    for (const QJsonValue &entry : root.value(QStringLiteral("proposals")).toArray()) {
        if (entry.toObject().value(QStringLiteral("fact")).toString() == fact)
            return entry.toObject();
    }
    return {};
}

QJsonObject attendanceOf(const QJsonObject &summit, const char *country)
{
    for (const QJsonValue &entry : summit.value(QStringLiteral("attendance")).toArray()) {
        if (entry.toObject().value(QStringLiteral("country")).toString() == QLatin1String(country))
            return entry.toObject();
    }
    return {};
}

} // namespace

/** Tests of summit-viewer --propose. */
class TestProposeCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void proposesAgainstTheBuiltInDataset();
    void relationsAgainstAnotherBase();
    void savedPageAndRussian();
    void helpMentionsPropose();
    void outputIsAProposalFile();

private:
    QTemporaryDir m_dir;
};

void TestProposeCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestProposeCommand::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString good = write(m_dir, "good.txt", englishReport);
    const QString empty = write(m_dir, "empty.txt", QByteArray("\n  \n"));
    const QString binary = write(m_dir, "image.txt", QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
    const QString latin1 = write(m_dir, "latin1.txt", QByteArray("Saint P\xE9tersbourg summit"));
    const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
    const QString invalidBase = write(m_dir, "base.json", QByteArray("{ \"formatVersion\": 1 }"));
    QTest::newRow("missing file") << QStringList { "--propose", missing } << 2
                                  << "--propose: " + missing + ": no such file";
    QTest::newRow("empty file") << QStringList { "--propose", empty } << 2
                                << "--propose: " + empty + ": the report is empty";
    QTest::newRow("binary file") << QStringList { "--propose", binary } << 2
                                 << binary + ": binary data";
    QTest::newRow("not UTF-8") << QStringList { "--propose", latin1 } << 2
                               << latin1 + ": not UTF-8";
    QTest::newRow("a folder") << QStringList { "--propose", m_dir.path() } << 2
                              << "not a regular file";
    QTest::newRow("unknown language") << QStringList { "--propose", good, "--language",
        "de" } << 2 << "--language: 'de' is not a language the engine reads (en, ru)";
    QTest::newRow("bad date") << QStringList { "--propose", good, "--published", "2025-13-01" } << 2
                              << "--published: '2025-13-01' is not a date (YYYY-MM-DD)";
    QTest::newRow("option without value")
        << QStringList { "--propose", good, "--url" } << 2 << "Missing value after '--url'.";
    QTest::newRow("an export option") << QStringList { "--propose", good, "--size", "10x10" } << 2
                                      << "--output, --size, --summits, --date, --title and "
                                         "--extent go with --export.";
    QTest::newRow("with another mode")
        << QStringList { "--propose", good, "--check", good } << 2 << "cannot be combined";
    QTest::newRow("report options without --propose") << QStringList { "--url",
        "https://example.org" } << 2 << "--url, --published and --language go with --propose.";
    QTest::newRow("unknown option")
        << QStringList { "--propose", good, "--frobnicate" } << 2 << "Unknown option 'frobnicate'.";
    QTest::newRow("no report") << QStringList { "--propose" } << 2 << "--propose: no report given";
    QTest::newRow("option twice") << QStringList { "--propose", good, "--url=a", "--url=b" } << 2
                                  << "Option '--url' is given more than once.";
    QTest::newRow("missing base") << QStringList { "--propose", good, "--data", missing } << 2
                                  << "--data: " + missing + ": no such file";
    QTest::newRow("invalid base") << QStringList { "--propose", good, "--data", invalidBase } << 1
                                  << "missing required field";
}

void TestProposeCommand::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestProposeCommand::proposesAgainstTheBuiltInDataset()
{
    const QString path = write(m_dir, "report.txt", englishReport);
    const Run result = run(
        { "--propose", path, "--published", "2025-12-22", "--url", "https://example.org/news/1" });
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), 2);

    const QJsonObject document = first(root, "documents");
    QCOMPARE(document.value(QStringLiteral("paragraphs")).toInt(), 5);
    QCOMPARE(document.value(QStringLiteral("published")).toString(), QStringLiteral("2025-12-22"));
    QCOMPARE(document.value(QStringLiteral("url")).toString(),
        QStringLiteral("https://example.org/news/1"));
    QCOMPARE(document.value(QStringLiteral("language")).toString(), QStringLiteral("en"));

    const QJsonObject summit = first(root, "summits");
    const QString summitId = summit.value(QStringLiteral("id")).toString();
    QCOMPARE(summit.value(QStringLiteral("date")).toString(), QStringLiteral("2025-12-22"));
    const QJsonObject summitProposal = proposalOf(root, QStringLiteral("summit:") + summitId);
    QCOMPARE(
        summitProposal.value(QStringLiteral("relation")).toString(), QStringLiteral("confirms"));
    QCOMPARE(
        summitProposal.value(QStringLiteral("relatedId")).toString(), QStringLiteral("cis-2025"));
    QCOMPARE(summitProposal.value(QStringLiteral("rule")).toString(), QStringLiteral("cis"));

    // Against the built-in dataset: Kazakhstan confirms, Belarus fills an unknown, Azerbaijan
    // confirms its absence.
    const auto relation = [&](const char *country) {
        return proposalOf(
            root, QStringLiteral("attendance:%1/%2/1").arg(summitId, QLatin1String(country)))
            .value(QStringLiteral("relation"))
            .toString();
    };
    QCOMPARE(relation("KAZ"), QStringLiteral("confirms"));
    QCOMPARE(relation("BLR"), QStringLiteral("fills-unknown"));
    QCOMPARE(relation("AZE"), QStringLiteral("confirms"));
    const QJsonObject absent = attendanceOf(summit, "AZE");
    QCOMPARE(absent.value(QStringLiteral("status")).toString(), QStringLiteral("absent"));
    QCOMPARE(absent.value(QStringLiteral("reason")).toString(), QStringLiteral("busy schedule"));
    const QJsonObject source = absent.value(QStringLiteral("sources")).toArray().first().toObject();
    QCOMPARE(source.value(QStringLiteral("paragraph")).toInt(), 4);
    QCOMPARE(source.value(QStringLiteral("sentence")).toInt(), 1);
    // The fingerprint of "Azerbaijani President Ilham Aliyev would not be able to attend because
    // of his schedule." (docs/data-format.md): eight hex digits, never the sentence itself.
    QCOMPARE(source.value(QStringLiteral("fingerprint")).toString().size(), 8);
    QVERIFY(!result.out.contains("would not be able to attend"));

    const QJsonObject meeting = first(root, "events");
    QCOMPARE(meeting.value(QStringLiteral("kind")).toString(), QStringLiteral("bilateral"));
    QCOMPARE(meeting.value(QStringLiteral("countries")).toArray(), QJsonArray({ "KAZ", "RUS" }));
    QCOMPARE(
        proposalOf(root, QStringLiteral("event:") + meeting.value(QStringLiteral("id")).toString())
            .value(QStringLiteral("relatedId"))
            .toString(),
        QStringLiteral("e2025-bilateral-kazakhstan"));

    const QJsonObject figure = first(root, "tradeFigures");
    QCOMPARE(figure.value(QStringLiteral("valueUsd")).toDouble(), 90e9);
    QCOMPARE(figure.value(QStringLiteral("qualifier")).toString(), QStringLiteral("almost"));
    QCOMPARE(figure.value(QStringLiteral("scope")).toString(), QStringLiteral("russia-cis"));
    QCOMPARE(figure.value(QStringLiteral("periodEnd")).toString(), QStringLiteral("2025-10-31"));
    QCOMPARE(
        proposalOf(root, QStringLiteral("trade:") + figure.value(QStringLiteral("id")).toString())
            .value(QStringLiteral("relatedId"))
            .toString(),
        QStringLiteral("t-russia-cis-2025-jan-oct"));

    // The people it refers to are listed, with their relation to the base.
    bool putin = false;
    for (const QJsonValue &person : root.value(QStringLiteral("people")).toArray())
        putin = putin
            || person.toObject().value(QStringLiteral("id")).toString() == QLatin1String("putin");
    QVERIFY(putin);
}

void TestProposeCommand::relationsAgainstAnotherBase()
{
    const QString path = write(m_dir, "report2.txt", englishReport);
    const Run result = run({ "--propose", path, "--published", "2025-12-22", "--data",
        QStringLiteral(SUMMIT_TEST_DATA_DIR "/minimal.json") });
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(proposalOf(root,
                 QStringLiteral("summit:")
                     + first(root, "summits").value(QStringLiteral("id")).toString())
                 .value(QStringLiteral("relation"))
                 .toString(),
        QStringLiteral("new"));
}

void TestProposeCommand::savedPageAndRussian()
{
    const QByteArray page
        = "<html lang=\"ru\"><head><title>Страница</title>"
          "<meta property=\"article:published_time\" content=\"2025-12-22\">"
          "</head><body><nav>Меню сайта</nav><article>"
          "<p>Неформальный саммит СНГ начался в Петербурге.</p>"
          "<p>Президент Азербайджана не приедет на саммит из-за плотного графика.</p>"
          "</article><footer>Подвал</footer></body></html>";
    const QString path = write(m_dir, "page.html", page);
    const Run result = run({ "--propose", path });
    QCOMPARE(result.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(first(root, "documents").value(QStringLiteral("language")).toString(),
        QStringLiteral("ru"));
    const QJsonObject summit = first(root, "summits");
    QCOMPARE(summit.value(QStringLiteral("date")).toString(), QStringLiteral("2025-12-22"));
    const QJsonObject absent = attendanceOf(summit, "AZE");
    QCOMPARE(absent.value(QStringLiteral("status")).toString(), QStringLiteral("absent"));
    QCOMPARE(absent.value(QStringLiteral("sources"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("paragraph"))
                 .toInt(),
        2);
}

void TestProposeCommand::helpMentionsPropose()
{
    const Run result = run({ "--help" });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("--propose REPORT..."));
}

/** What --propose writes, --check reads as a proposal file; --data refuses to show it. */
void TestProposeCommand::outputIsAProposalFile()
{
    const QString report = write(m_dir, "report3.txt", englishReport);
    const Run proposed = run({ "--propose", report, "--published", "2025-12-22" });
    QCOMPARE(proposed.exitCode, 0);
    const QString proposal = write(m_dir, "proposal.json", proposed.out);

    const Run checked = run({ "--check", proposal });
    QCOMPARE(checked.exitCode, 0);
    QVERIFY2(checked.out.contains("(a proposal file: "), checked.out.constData());

    const Run shown = run({ "--data", proposal, "--export", "timeline", "--output",
        m_dir.filePath(QStringLiteral("never.png")) });
    QCOMPARE(shown.exitCode, 1);
    QVERIFY2(shown.err.contains(QLatin1String("proposals written by --propose, not a dataset")),
        qPrintable(shown.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.png"))));
}

QTEST_GUILESS_MAIN(TestProposeCommand)
#include "tst_proposecommand.moc"
