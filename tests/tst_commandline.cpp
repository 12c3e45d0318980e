// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a user meets it: exit codes, messages, and the files it writes.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
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
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

QString fixture(const char *name)
{
    return QStringLiteral(SUMMIT_TEST_DATA_DIR "/") + QString::fromLatin1(name);
}

} // namespace

/** Tests of summit-viewer's options and exit codes. */
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void exitCodesAndMessages_data();
    void exitCodesAndMessages();
    void dumpPassesCheckAndRoundTrips();
    void dumpOfAGivenFile();
    void dumpToAnUnwritablePathLeavesNoFile();
    void selfTestOpensTheWindow();
    void fileGivenAloneOpensInTheWindow();
    void listExportsNamesEveryView();
    void exportWritesEachFormat_data();
    void exportWritesEachFormat();
    void exportErrorsLeaveNoFile_data();
    void exportErrorsLeaveNoFile();
    void failedExportKeepsTheExistingFile();
    void timelineExtent();
    void reportsExportAsCsv();

private:
    QTemporaryDir m_dir;
};

void TestCommandLine::exitCodesAndMessages_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutContains");
    QTest::addColumn<QString>("stderrContains");

    const QString builtin = QStringLiteral(SUMMIT_BUILTIN_DATASET);
    QTest::newRow("help") << QStringList { QStringLiteral("--help") } << 0
                          << QStringLiteral("--check <FILE>") << QString();
    QTest::newRow("help names the program")
        << QStringList { QStringLiteral("--help") } << 0
        << QStringLiteral("Usage: summit-viewer [options]") << QString();
    QTest::newRow("version") << QStringList { QStringLiteral("--version") } << 0
                             << QStringLiteral("summit-viewer 0.") << QString();
    QTest::newRow("check built-in")
        << QStringList { QStringLiteral("--check"), builtin } << 0
        << QStringLiteral("2 summits, 17 events, 5 trade figures") << QString();
    QTest::newRow("check invalid")
        << QStringList { QStringLiteral("--check"), fixture("invalid-three-errors.json") } << 1
        << QString() << QStringLiteral("invalid-three-errors.json:");
    QTest::newRow("check syntax error")
        << QStringList { QStringLiteral("--check"), fixture("truncated.json") } << 1 << QString()
        << QStringLiteral("truncated.json:");
    QTest::newRow("check missing file")
        << QStringList { QStringLiteral("--check"), QStringLiteral("/nonexistent/x.json") } << 2
        << QString() << QStringLiteral("/nonexistent/x.json: no such file");
    QTest::newRow("check without file") << QStringList { QStringLiteral("--check") } << 2
                                        << QString() << QStringLiteral("Missing value");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") } << 2
                                    << QString() << QStringLiteral("Unknown option 'frobnicate'");
    QTest::newRow("stray argument") << QStringList {
        QStringLiteral("--dump-data"), QStringLiteral("-"), QStringLiteral("data.json")
    } << 2 << QString() << QStringLiteral("Unexpected argument 'data.json'");
    QTest::newRow("two files for the window")
        << QStringList { QStringLiteral("a.json"), QStringLiteral("b.json") } << 2 << QString()
        << QStringLiteral("Unexpected argument 'b.json': the window opens one FILE");
    QTest::newRow("file and --data")
        << QStringList { QStringLiteral("a.json"), QStringLiteral("--data"), builtin } << 2
        << QString() << QStringLiteral("as FILE or with --data, not both");
    QTest::newRow("help names FILE")
        << QStringList { QStringLiteral("--help") } << 0 << QStringLiteral("[FILE]") << QString();
    QTest::newRow("two modes") << QStringList { QStringLiteral("--check"), builtin,
        QStringLiteral("--dump-data"), QStringLiteral("-") }
                               << 2 << QString() << QStringLiteral("cannot be combined");
    QTest::newRow("data missing") << QStringList { QStringLiteral("--data"),
        QStringLiteral("/nonexistent/y.json"), QStringLiteral("--dump-data"), QStringLiteral("-") }
                                  << 2 << QString()
                                  << QStringLiteral("--data: /nonexistent/y.json: no such file");
    QTest::newRow("data invalid") << QStringList { QStringLiteral("--data"),
        fixture("invalid-three-errors.json"), QStringLiteral("--dump-data"), QStringLiteral("-") }
                                  << 1 << QString() << QStringLiteral("invalid-three-errors.json:");
    QTest::newRow("dump to stdout")
        << QStringList { QStringLiteral("--dump-data"), QStringLiteral("-") } << 0
        << QStringLiteral("\"formatVersion\": 2") << QString();
}

void TestCommandLine::exitCodesAndMessages()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutContains);
    QFETCH(QString, stderrContains);
    const Run result = run(arguments);
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.err));
    QVERIFY2(result.out.contains(stdoutContains), qPrintable(result.out.left(400)));
    QVERIFY2(result.err.contains(stderrContains), qPrintable(result.err));
}

void TestCommandLine::dumpPassesCheckAndRoundTrips()
{
    QVERIFY(m_dir.isValid());
    const QString first = m_dir.filePath(QStringLiteral("first.json"));
    const QString second = m_dir.filePath(QStringLiteral("second.json"));
    QCOMPARE(run({ QStringLiteral("--dump-data"), first }).exitCode, 0);
    const Run check = run({ QStringLiteral("--check"), first });
    QCOMPARE(check.exitCode, 0);
    QVERIFY(check.out.contains(QStringLiteral("17 events")));
    QCOMPARE(
        run({ QStringLiteral("--data"), first, QStringLiteral("--dump-data"), second }).exitCode,
        0);
    QFile a(first), b(second);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
}

void TestCommandLine::dumpOfAGivenFile()
{
    const Run result = run({ QStringLiteral("--data"), fixture("minimal.json"),
        QStringLiteral("--dump-data"), QStringLiteral("-") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("\"events\": []")));
}

void TestCommandLine::dumpToAnUnwritablePathLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/dir/out.json"));
    const Run result = run({ QStringLiteral("--dump-data"), path });
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(path), qPrintable(result.err));
    QVERIFY(!QFile::exists(path));
}

void TestCommandLine::selfTestOpensTheWindow()
{
    const Run result = run({ QStringLiteral("--self-test") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
    QVERIFY(result.out.contains(QStringLiteral("window shows 17 of 17 events")));
}

void TestCommandLine::fileGivenAloneOpensInTheWindow()
{
    // `summit-viewer FILE.json`, as a file manager's "Open with" runs it.
    const QString file = fixture("reports-differ.json");
    const Run opened = run({ QStringLiteral("--self-test"), file });
    QVERIFY2(opened.exitCode == 0, qPrintable(opened.err + opened.out));
    QVERIFY2(
        opened.out.contains(QStringLiteral("self-test: dataset ") + file), qPrintable(opened.out));
    QVERIFY(!opened.out.contains(QStringLiteral("of 17 events")));
    // A bad file leaves the window on the built-in data (its problems are shown there).
    const Run bad = run({ QStringLiteral("--self-test"), fixture("truncated.json") });
    QVERIFY2(bad.exitCode == 0, qPrintable(bad.err + bad.out));
    QVERIFY(bad.out.contains(QStringLiteral("window shows 17 of 17 events")));
    QVERIFY(bad.out.contains(QStringLiteral("self-test: dataset built-in")));
}

void TestCommandLine::listExportsNamesEveryView()
{
    const Run result = run({ QStringLiteral("--list-exports") });
    QCOMPARE(result.exitCode, 0);
    const QStringList names = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const char *name :
        { "trade-headline", "trade-armenia-russia", "comparison", "timeline", "map", "reports" })
        QVERIFY2(names.contains(QLatin1String(name)), qPrintable(result.out));
}

void TestCommandLine::exportWritesEachFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("extension");
    for (const char *name :
        { "trade-headline", "trade-armenia-russia", "comparison", "timeline", "map", "reports" }) {
        for (const char *extension : { "png", "svg", "pdf" })
            QTest::addRow("%s.%s", name, extension)
                << QString::fromLatin1(name) << QString::fromLatin1(extension);
    }
}

void TestCommandLine::exportWritesEachFormat()
{
    QFETCH(QString, name);
    QFETCH(QString, extension);
    const QString path = m_dir.filePath(name + QLatin1Char('.') + extension);
    QStringList arguments { QStringLiteral("--export"), name, QStringLiteral("--output"), path,
        QStringLiteral("--size"), QStringLiteral("900x700") };
    // The built-in dataset states no fact twice: the reports view gets a file that does.
    if (name == QLatin1String("reports"))
        arguments << QStringLiteral("--data")
                  << QStringLiteral(SUMMIT_TEST_DATA_DIR "/reports-differ.json");
    const Run result = run(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (extension == QLatin1String("png")) {
        const QImage image = QImage::fromData(bytes, "PNG");
        QCOMPARE(image.size(), QSize(900, 700));
    } else if (extension == QLatin1String("svg")) {
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("Made with Summit Viewer"));
    } else {
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page "), 1);
    }
}

void TestCommandLine::exportErrorsLeaveNoFile_data()
{
    QTest::addColumn<QStringList>("extra"); ///< after --export NAME --output FILE
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file"); ///< relative to the temporary folder
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown view") << QStringList() << QStringLiteral("pie-chart")
                                  << QStringLiteral("a.png")
                                  << QStringLiteral("--export: unknown view 'pie-chart'");
    QTest::newRow("unsupported type")
        << QStringList() << QStringLiteral("map") << QStringLiteral("b.txt")
        << QStringLiteral("unsupported file type (use .png, .svg, .pdf, or .csv for a table)");
    QTest::newRow("csv of a view that is not a table")
        << QStringList() << QStringLiteral("map") << QStringLiteral("k.csv")
        << QStringLiteral("'map' cannot be written as CSV; .csv works with --export reports");
    QTest::newRow("size too small")
        << QStringList { QStringLiteral("--size"), QStringLiteral("10x10") }
        << QStringLiteral("map") << QStringLiteral("c.png") << QStringLiteral("--size: '10x10'");
    QTest::newRow("size too large")
        << QStringList { QStringLiteral("--size"), QStringLiteral("5000000x2") }
        << QStringLiteral("timeline") << QStringLiteral("d.png")
        << QStringLiteral("--size: '5000000x2'");
    QTest::newRow("size not a size")
        << QStringList { QStringLiteral("--size"), QStringLiteral("big") }
        << QStringLiteral("comparison") << QStringLiteral("e.png") << QStringLiteral("--size");
    QTest::newRow("folder that does not exist")
        << QStringList() << QStringLiteral("trade-headline") << QStringLiteral("no/such/f.png")
        << QStringLiteral("--output");
    QTest::newRow("date that is not a date")
        << QStringList { QStringLiteral("--date"), QStringLiteral("2025-13-40") }
        << QStringLiteral("map") << QStringLiteral("g.png")
        << QStringLiteral("--date: '2025-13-40'");
    QTest::newRow("unknown summit")
        << QStringList { QStringLiteral("--summits"), QStringLiteral("cis-1999") }
        << QStringLiteral("map") << QStringLiteral("h.png") << QStringLiteral("cis-1999");
    QTest::newRow("extent not full or visible")
        << QStringList { QStringLiteral("--extent"), QStringLiteral("half") }
        << QStringLiteral("timeline") << QStringLiteral("i.png")
        << QStringLiteral("--extent: 'half' is not one of full, visible");
    QTest::newRow("extent of a view without one")
        << QStringList { QStringLiteral("--extent"), QStringLiteral("visible") }
        << QStringLiteral("map") << QStringLiteral("j.png")
        << QStringLiteral("--extent does not apply to 'map'");
}

void TestCommandLine::exportErrorsLeaveNoFile()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, name);
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(file);
    const Run result = run(
        QStringList { QStringLiteral("--export"), name, QStringLiteral("--output"), path } + extra);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(path));
    // Nothing half-written either: no temporary file of QSaveFile is left in the folder.
    const QStringList left = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);
    for (const QString &entry : left)
        QVERIFY2(!entry.startsWith(QFileInfo(path).fileName()), qPrintable(entry));
}

void TestCommandLine::failedExportKeepsTheExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.png"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the user's earlier export");
    }
    const Run result
        = run({ QStringLiteral("--export"), QStringLiteral("map"), QStringLiteral("--output"), path,
            QStringLiteral("--summits"), QStringLiteral("cis-1999") });
    QCOMPARE(result.exitCode, 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("the user's earlier export"));
}

void TestCommandLine::timelineExtent()
{
    // Without --size, the whole extent takes a width that keeps its days legible; the visible
    // window keeps a screen's width. Both are PNGs of the size the view prefers.
    QSize sizes[2];
    for (const int i : { 0, 1 }) {
        const QString extent = i == 0 ? QStringLiteral("full") : QStringLiteral("visible");
        const QString path = m_dir.filePath(QStringLiteral("extent-%1.png").arg(extent));
        const Run result = run({ QStringLiteral("--export"), QStringLiteral("timeline"),
            QStringLiteral("--output"), path, QStringLiteral("--extent"), extent });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        sizes[i] = QImage(path).size();
        QVERIFY(!sizes[i].isEmpty());
    }
    QCOMPARE(sizes[1].width(), 1600);
    QVERIFY2(sizes[0].width() > sizes[1].width(), qPrintable(QString::number(sizes[0].width())));
    QVERIFY(sizes[0].width() <= 20000);
    QCOMPARE(sizes[0].height(), sizes[1].height());
    // --extent alone is an export detail.
    const Run alone = run({ QStringLiteral("--extent"), QStringLiteral("full") });
    QCOMPARE(alone.exitCode, 2);
    QVERIFY2(
        alone.err.contains(QStringLiteral("--extent go with --export")), qPrintable(alone.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

void TestCommandLine::reportsExportAsCsv()
{
    // Headless, like every export: one line per report of a fact stated more than once.
    const QString path = m_dir.filePath(QStringLiteral("reports.csv"));
    const Run result = run({ QStringLiteral("--export"), QStringLiteral("reports"),
        QStringLiteral("--output"), path, QStringLiteral("--data"),
        QStringLiteral(SUMMIT_TEST_DATA_DIR "/reports-differ.json") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QVERIFY(lines.first().startsWith(QStringLiteral("Summit,Fact,")));
    QCOMPARE(lines.last(), QString()); // the file ends with a line break
    QCOMPARE(lines.size() - 2, 16); // 16 reports of 7 facts in the made-up dataset
    QVERIFY(lines.contains(QStringLiteral("\"Informal meeting, December 2025\",the meeting's dates,"
                                          "21\u201322 Dec 2025,\"Host Office, 22 Dec 2025\","
                                          "paragraph 1,differ,yes,no,host-2025,1,")));
}
