// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a user meets it: exit codes, messages, and the files it writes.

#include <QFile>
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
    QTest::newRow("stray argument") << QStringList { QStringLiteral("data.json") } << 2 << QString()
                                    << QStringLiteral("Unexpected argument");
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
        << QStringLiteral("\"formatVersion\": 1") << QString();
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
