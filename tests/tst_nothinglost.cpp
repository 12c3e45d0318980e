// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost: every writer (exports, dataset dumps, saved settings) fails without touching the
// file that was there before and without leaving a temporary file behind, whether the writer is
// killed midway, the folder is read-only, the path cannot be opened or the disk is full.
//
// The read-only and disk-full cases mount small tmpfs file systems. That needs root (as in CI)
// and a private mount namespace, which main() enters before Qt starts any thread, so nothing
// is ever mounted outside this process. Without them those rows are skipped, saying why.

#include "app/exportcatalog.h"
#include "app/mainwindow.h"
#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "models/datasetwriter.h"
#include "views/export/exportable.h"
#include "views/export/exporter.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace Summit;

namespace {

/** Whether this process runs in a mount namespace of its own (set by main()). */
bool privateMounts = false;
QByteArray privateMountsProblem;

enum class Writer
{
    CliExport, ///< summit-viewer --export timeline --output FILE
    CliDump, ///< summit-viewer --dump-data FILE
    ExporterApi, ///< Exporter::write, as File > Export… calls it
    DatasetWriterApi, ///< DatasetWriter::writeFile, as File > Save calls it
    Settings ///< MainWindow's settings, written through QSettings when it closes
};

enum class Failure
{
    Killed, ///< SIGKILL while the writer works
    ReadOnly, ///< the target's folder is read-only
    Unopenable, ///< a component of the path is a regular file
    DiskFull ///< a 64 KiB tmpfs with no space left
};

const QByteArray oldContent = "old content the user had; it must survive every failure\n";
const QByteArray oldSettings = "[old]\nkey=the user's setting\n";

bool isRoot()
{
    return geteuid() == 0;
}

/** Mounts a tmpfs of @p size at @p path (inside our private namespace); an error or empty. */
QString mountTmpfs(const QString &path, const QByteArray &size)
{
    const QByteArray options = "size=" + size + ",mode=0755";
    if (mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", 0, options.constData()) != 0)
        return QStringLiteral("mount tmpfs at %1: %2")
            .arg(path, QString::fromLocal8Bit(strerror(errno)));
    return QString();
}

QString remountReadOnly(const QString &path)
{
    if (mount(
            "tmpfs", QFile::encodeName(path).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr)
        != 0)
        return QStringLiteral("remount %1 read-only: %2")
            .arg(path, QString::fromLocal8Bit(strerror(errno)));
    return QString();
}

/** Writes @p bytes to @p path with plain QFile (test setup, not a product write). */
bool writePlain(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

/** Fills the file system holding @p folder until it has no byte left. */
bool fillDisk(const QString &folder)
{
    QFile filler(QDir(folder).filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    const QByteArray block(1024, 'x');
    while (filler.write(block) == block.size()) { }
    // Byte by byte for the rest of the last page, so not even a small write fits.
    while (filler.write("x", 1) == 1) { }
    return true;
}

bool hasOpenFileUnder(qint64 pid, const QString &folder)
{
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    const QString prefix = folder + QLatin1Char('/');
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        if (QFile::symLinkTarget(fds.filePath(fd)).startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace

/** Every writer × every failure: the old file stays byte-identical, nothing is left behind. */
class TestNothingLost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oldFileSurvives_data();
    void oldFileSurvives();
    void killedDumpNeverLeavesHalfAFile();
    void settingsStayAtomic();

private:
    /** Runs summit-viewer; the exit code, or -1 when it crashed or was killed. */
    int runViewer(const QStringList &arguments, QString *standardError, Failure failure,
        const QString &folder);

    Dataset m_builtin;
};

void TestNothingLost::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(SUMMIT_VIEWER_EXE)).isExecutable());
    const auto result = DatasetReader::readFile(QStringLiteral(SUMMIT_BUILTIN_DATASET));
    QVERIFY(result.ok());
    m_builtin = *result.dataset;
    qInfo("private mount namespace: %s", privateMounts ? "yes" : privateMountsProblem.constData());
}

void TestNothingLost::oldFileSurvives_data()
{
    QTest::addColumn<Writer>("writer");
    QTest::addColumn<Failure>("failure");
    const std::pair<Writer, const char *> writers[] = { { Writer::CliExport, "cli export" },
        { Writer::CliDump, "cli dump" }, { Writer::ExporterApi, "Exporter" },
        { Writer::DatasetWriterApi, "DatasetWriter" }, { Writer::Settings, "settings" } };
    const std::pair<Failure, const char *> failures[]
        = { { Failure::Killed, "killed" }, { Failure::ReadOnly, "read-only folder" },
              { Failure::Unopenable, "unopenable path" }, { Failure::DiskFull, "disk full" } };
    for (const auto &[writer, writerName] : writers) {
        for (const auto &[failure, failureName] : failures) {
            // Only a process can be killed; the in-process writers are the same code the
            // killed summit-viewer runs (see killedDumpNeverLeavesHalfAFile for the dump).
            if (failure == Failure::Killed && writer != Writer::CliExport)
                continue;
            QTest::addRow("%s, %s", writerName, failureName) << writer << failure;
        }
    }
}

int TestNothingLost::runViewer(
    const QStringList &arguments, QString *standardError, Failure failure, const QString &folder)
{
    QProcess process;
    process.start(QStringLiteral(SUMMIT_VIEWER_EXE), arguments);
    if (!process.waitForStarted())
        return -3;
    if (failure == Failure::Killed) {
        // Kill it only once it holds its output open in the target folder: midway for sure.
        QElapsedTimer clock;
        clock.start();
        bool writing = false;
        while (!writing && process.state() == QProcess::Running && clock.elapsed() < 120'000) {
            writing = hasOpenFileUnder(process.processId(), folder);
            if (!writing)
                process.waitForFinished(2);
        }
        if (!writing) {
            process.kill();
            process.waitForFinished();
            return -4;
        }
        ::kill(pid_t(process.processId()), SIGKILL);
    }
    process.waitForFinished(300'000);
    *standardError = QString::fromLocal8Bit(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestNothingLost::oldFileSurvives()
{
    QFETCH(Writer, writer);
    QFETCH(Failure, failure);

    const bool needsMount
        = failure == Failure::DiskFull || (failure == Failure::ReadOnly && isRoot());
    if (needsMount && !privateMounts)
        QSKIP(qPrintable(QStringLiteral("needs a small tmpfs: run as root so that the test can "
                                        "mount one in a private mount namespace (%1)")
                             .arg(QString::fromLatin1(privateMountsProblem))));

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QString folder = scratch.filePath(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(folder));
    // Mounted over the folder, so QTemporaryDir's removal never meets a mount point: the
    // namespace's mounts vanish with the process, and cleanup() unmounts them anyway.
    struct Unmount
    {
        QString path;
        ~Unmount()
        {
            if (!path.isEmpty())
                umount2(QFile::encodeName(path).constData(), MNT_DETACH);
        }
    } unmount;
    if (needsMount) {
        const QString error = mountTmpfs(
            folder, failure == Failure::DiskFull ? QByteArray("64k") : QByteArray("1m"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        unmount.path = folder;
    } else if (failure == Failure::Killed && privateMounts) {
        // Room for the temporary file a killed writer may have started.
        QVERIFY(mountTmpfs(folder, "512m").isEmpty());
        unmount.path = folder;
    }

    const bool exporting = writer == Writer::CliExport || writer == Writer::ExporterApi;
    QString target;
    QString kept; // the file that must stay byte-identical
    QByteArray keptBytes = oldContent;
    if (writer == Writer::Settings) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
            failure == Failure::Unopenable ? folder + QStringLiteral("/blocker") : folder);
        // QSettings puts the file in a folder named after the organization.
        const QString confFolder = QDir(folder).filePath(QCoreApplication::organizationName());
        if (failure == Failure::Unopenable) {
            kept = QDir(folder).filePath(QStringLiteral("blocker"));
        } else {
            QVERIFY(QDir().mkpath(confFolder));
            kept = QDir(confFolder)
                       .filePath(QCoreApplication::applicationName() + QStringLiteral(".conf"));
            keptBytes = oldSettings;
        }
        folder = failure == Failure::Unopenable ? folder : confFolder;
        target = kept;
    } else {
        const QString name
            = exporting ? QStringLiteral("target.png") : QStringLiteral("target.json");
        if (failure == Failure::Unopenable) {
            kept = QDir(folder).filePath(QStringLiteral("blocker"));
            target = kept + QLatin1Char('/') + name;
        } else {
            kept = QDir(folder).filePath(name);
            target = kept;
        }
    }
    QVERIFY(writePlain(kept, keptBytes));

    if (failure == Failure::ReadOnly) {
        if (needsMount) {
            const QString error = remountReadOnly(unmount.path);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        } else {
            QVERIFY(QFile::setPermissions(folder,
                QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                    | QFileDevice::ExeGroup));
        }
    }
    if (failure == Failure::DiskFull)
        QVERIFY(fillDisk(unmount.path));
    const QStringList before = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);

    QString error;
    switch (writer) {
    case Writer::CliExport:
    case Writer::CliDump: {
        const QStringList arguments = writer == Writer::CliDump
            ? QStringList { QStringLiteral("--dump-data"), target }
            : QStringList { QStringLiteral("--export"), QStringLiteral("timeline"),
                  QStringLiteral("--output"), target, QStringLiteral("--size"),
                  // Large, so that it is still painting when it is killed.
                  failure == Failure::Killed ? QStringLiteral("9000x9000")
                                             : QStringLiteral("800x500") };
        const int status = runViewer(arguments, &error, failure, folder);
        if (failure == Failure::Killed) {
            QCOMPARE(status, -1);
        } else {
            // The documented exit code for a file that cannot be written: 2, and a message
            // naming the option and the file.
            QCOMPARE(status, 2);
            const QString expected
                = QStringLiteral("summit-viewer: %1: cannot write %2: ")
                      .arg(writer == Writer::CliDump ? QStringLiteral("--dump-data")
                                                     : QStringLiteral("--output"),
                          target);
            // Qt may warn on stderr first (XDG_RUNTIME_DIR unset): look for the line.
            const QStringList lines = error.split(QLatin1Char('\n'));
            QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                         [&](const QString &line) { return line.startsWith(expected); }),
                qPrintable(error));
        }
        break;
    }
    case Writer::ExporterApi: {
        DatasetDocument document;
        document.setDataset(m_builtin);
        ExportCatalog catalog(&document);
        Exportable *view = catalog.exportable(QStringLiteral("timeline"));
        QVERIFY(view);
        ExportOptions options;
        options.path = target;
        options.size = QSize(800, 500);
        options.title = view->exportTitle();
        QVERIFY(!Exporter::write(*view, options, &error));
        QVERIFY2(
            error.startsWith(QStringLiteral("cannot write %1: ").arg(target)), qPrintable(error));
        break;
    }
    case Writer::DatasetWriterApi:
        QVERIFY(!DatasetWriter::writeFile(m_builtin, target, &error));
        QVERIFY2(
            error.startsWith(QStringLiteral("cannot write %1: ").arg(target)), qPrintable(error));
        break;
    case Writer::Settings: {
        // The window writes its geometry and splitter when it closes.
        DatasetDocument document;
        document.setDataset(m_builtin);
        {
            MainWindow window(&document);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.close());
        }
        QSettings settings;
        settings.setValue(QStringLiteral("probe"), 1);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::AccessError);
        break;
    }
    }

    QFile survivor(kept);
    QVERIFY(survivor.open(QIODevice::ReadOnly));
    QCOMPARE(survivor.readAll(), keptBytes);
    // No temporary file (QSaveFile's, or QSettings' lock) is left beside it.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System), before);
    if (failure == Failure::ReadOnly && !needsMount)
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestNothingLost::killedDumpNeverLeavesHalfAFile()
{
    // A dump is one write between open and commit, too quick to catch the way the export row
    // does. Kill it at delays spread over its whole run instead: each time the file must hold
    // either the old bytes or the complete new dump, never part of one.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString target = scratch.filePath(QStringLiteral("target.json"));
    const QByteArray complete = DatasetWriter::toJson(m_builtin);
    int keptOld = 0;
    int replaced = 0;
    for (int delay : { 0, 2, 5, 10, 20, 30, 50, 80, 120, 200, 400, 800 }) {
        QVERIFY(writePlain(target, oldContent));
        QProcess process;
        process.start(QStringLiteral(SUMMIT_VIEWER_EXE), { QStringLiteral("--dump-data"), target });
        QVERIFY(process.waitForStarted());
        if (!process.waitForFinished(delay)) {
            ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished();
        }
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes == oldContent || bytes == complete,
            qPrintable(QStringLiteral("after %1 ms: %2 bytes").arg(delay).arg(bytes.size())));
        ++(bytes == oldContent ? keptOld : replaced);
        QCOMPARE(QDir(scratch.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
            QStringList { QStringLiteral("target.json") });
    }
    qInfo("killed dumps: %d kept the old file, %d had finished", keptOld, replaced);
    QVERIFY(keptOld > 0); // the earliest kills land before the dump is written
}

void TestNothingLost::settingsStayAtomic()
{
    // QSettings writes through QSaveFile as long as atomic sync is required (the default); a
    // QSettings that does not require it may write the file in place. Ours never turns it off.
    QSettings settings;
    QVERIFY(settings.isAtomicSyncRequired());
    const QDir root(QStringLiteral(SUMMIT_SOURCE_ROOT));
    for (const QString &layer :
        { QStringLiteral("models"), QStringLiteral("views"), QStringLiteral("app") }) {
        // Every area's folder too (views/timeline, views/map, ...).
        QDirIterator it(root.filePath(layer), { QStringLiteral("*.cpp"), QStringLiteral("*.h") },
            QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("setAtomicSyncRequired"), qPrintable(path));
            ++files;
        }
        QVERIFY(files > 0);
    }
}

/** Enters a private mount namespace while the process still has a single thread. */
void enterPrivateMounts()
{
    if (!isRoot()) {
        privateMountsProblem = "not root";
        return;
    }
    if (unshare(CLONE_NEWNS) != 0) {
        privateMountsProblem = QByteArray("unshare(CLONE_NEWNS): ") + strerror(errno);
        return;
    }
    // Mounts made here must not propagate back to the rest of the system.
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        privateMountsProblem = QByteArray("make / private: ") + strerror(errno);
        return;
    }
    privateMounts = true;
}

int main(int argc, char **argv)
{
    enterPrivateMounts();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_nothinglost"));
    TestNothingLost test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nothinglost.moc"
