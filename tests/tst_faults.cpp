// SPDX-License-Identifier: GPL-3.0-or-later
// Every writer under real write failures: a file-size limit (setrlimit, as
// `ulimit -f` sets it, with SIGXFSZ ignored) and a full 64 KiB tmpfs (mounted
// when the suite runs as root). A failed write must say why, name the file and
// leave the old file byte for byte, with no temporary file beside it.
#include "ChartExporter.h"
#include "FileSizeLimit.h"
#include "Language.h"
#include "MainWindow.h"
#include "GpuLibrary.h"
#include "ModelLibrary.h"
#include "PlanSnapshot.h"
#include "ReportWriter.h"
#include "ScenarioFile.h"
#include "SettingsStore.h"
#include "UserFile.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace vram;

namespace {
const QByteArray kOldContent = "the user's file, which a failed write must not touch\n";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool writeOld(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(kOldContent) == kOldContent.size();
}

// One writer: writes to `path`, returns its error message (empty on success).
using Writer = std::function<QString(const QString &path)>;

QString viaError(const std::function<bool(QString *)> &write)
{
    QString error;
    return write(&error) ? QString() : error;
}
} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_fullDisk; // a mounted, filled tmpfs, or empty when this run may not mount one

    QMap<QString, Writer> writers() const
    {
        const PlanSnapshot snap = PlanSnapshot::build(Scenario(), Catalog::builtIn());
        QMap<QString, Writer> w;
        for (const char *ext : {"png", "svg", "pdf"})
            w.insert(QStringLiteral("chart.%1").arg(QLatin1String(ext)), [snap](const QString &p) {
                return viaError([&](QString *e) { return ChartExporter::exportChart(snap.chart, p, QSize(800, 450), 1, e); });
            });
        w.insert(QStringLiteral("table.csv"), [snap](const QString &p) {
            return viaError([&](QString *e) { return ChartExporter::writeText(p, QString(4096, QLatin1Char('x')), e); });
        });
        w.insert(QStringLiteral("report.pdf"), [snap](const QString &p) {
            return viaError([&](QString *e) { return ReportWriter::writePdf(snap.report(), p, e); });
        });
        w.insert(QStringLiteral("scenario.vramplan"), [](const QString &p) {
            return viaError([&](QString *e) {
                return ScenarioFile::save(p, QString(3000, QLatin1Char('n')), Scenario(), Catalog::builtIn(), e);
            });
        });
        w.insert(QStringLiteral("imported-models.json"), [](const QString &p) {
            return viaError([&](QString *e) {
                ModelLibrary library(p);
                for (int i = 0; i < 8; ++i) {
                    ModelSpec m = *Catalog::builtIn().model(QStringLiteral("llama-2-13b"));
                    m.name = QStringLiteral("Imported %1").arg(i);
                    library.add(m, {});
                }
                return library.save(e);
            });
        });
        w.insert(QStringLiteral("user-gpus.json"), [](const QString &p) {
            return viaError([&](QString *e) {
                GpuLibrary library(p);
                for (int i = 0; i < 40; ++i) {
                    GpuSpec g = *Catalog::builtIn().gpu(QStringLiteral("rtx-4090"));
                    g.id = QStringLiteral("mine-%1").arg(i);
                    g.name = QStringLiteral("My card %1").arg(i);
                    library.put(g, Catalog::builtIn(), e);
                    library.setPrice(QStringLiteral("h100-80gb"), 250);
                }
                return library.save(e);
            });
        });
        return w;
    }

    void verifyUntouched(const QString &path, const QString &error, const QString &cause)
    {
        QVERIFY2(!error.isEmpty(), "the write reported success");
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(cause), qPrintable(error));
        QCOMPARE(readAll(path), kOldContent);
        // QSaveFile's temporary file is gone too.
        const QStringList left = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : left)
            QVERIFY2(!name.startsWith(QFileInfo(path).fileName() + QLatin1Char('.')), qPrintable(name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Language::install(QStringLiteral("en")));
        std::signal(SIGXFSZ, SIG_IGN);
        // A 64 KiB tmpfs, filled: only root may mount it (CI runs as root).
        const QString mountPoint = m_dir.filePath(QStringLiteral("full"));
        QDir().mkpath(mountPoint);
        if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0, "size=64k") == 0)
            m_fullDisk = mountPoint;
    }

    void cleanupTestCase()
    {
        if (!m_fullDisk.isEmpty())
            ::umount(QFile::encodeName(m_fullDisk).constData());
    }

    void writersWork()
    {
        const auto all = writers();
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QString path = m_dir.filePath(QStringLiteral("ok-") + it.key());
            QVERIFY(writeOld(path));
            const QString error = it.value()(path);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(readAll(path) != kOldContent);
        }
    }

    void writersPastTheFileSizeLimit_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : writers().keys())
            QTest::newRow(qPrintable(name)) << name;
    }
    void writersPastTheFileSizeLimit()
    {
        QFETCH(QString, name);
        const Writer write = writers().value(name);
        const QString path = m_dir.filePath(QStringLiteral("limit-") + name);
        QVERIFY(writeOld(path));
        QString error;
        {
            const testfaults::FileSizeLimit limit(1024);
            error = write(path);
        }
        verifyUntouched(path, error, QStringLiteral("size limit"));
    }

    void writersOnAFullDisk_data() { writersPastTheFileSizeLimit_data(); }
    void writersOnAFullDisk()
    {
        if (m_fullDisk.isEmpty())
            QSKIP("mounting a small tmpfs needs root; CI runs as root");
        QFETCH(QString, name);
        const QString path = m_fullDisk + QLatin1Char('/') + name;
        QFile::remove(path);
        QVERIFY(writeOld(path));
        // Fill what is left, then write.
        const QString filler = m_fullDisk + QStringLiteral("/filler");
        {
            QFile fill(filler);
            QVERIFY(fill.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'f');
            while (fill.write(block) == block.size() && fill.flush()) {
            }
        }
        const QString error = writers().value(name)(path);
        QFile::remove(filler);
        verifyUntouched(path, error, QStringLiteral("disk is full"));
        QFile::remove(path);
    }

    // The headless commands the same way, as a user runs them: `ulimit -f 1` in the shell.
    void commandsPastTheFileSizeLimit_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("file");
        for (const char *file : {"g.csv", "g.md", "g.svg", "g.pdf", "g.png"})
            QTest::newRow(file) << QStringList{QStringLiteral("export")} << QString::fromLatin1(file);
        QTest::newRow("report") << QStringList{QStringLiteral("report")} << QStringLiteral("r.pdf");
        QTest::newRow("screenshot") << QStringList{QStringLiteral("--size"), QStringLiteral("800x500"),
                                                   QStringLiteral("--screenshot")}
                                    << QStringLiteral("s.png");
    }
    void commandsPastTheFileSizeLimit()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, file);
        const QString path = m_dir.filePath(QStringLiteral("cli-") + file);
        QVERIFY(writeOld(path));
        QProcess p;
        p.setChildProcessModifier([] {
            rlimit limit {};
            getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = 64;
            setrlimit(RLIMIT_FSIZE, &limit);
        });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        const QStringList out = arguments.last() == QLatin1String("--screenshot") ? QStringList{path}
                                                                                   : QStringList{QStringLiteral("--out"), path};
        p.start(QStringLiteral(VRAM_PLANNER_EXE), QStringList{QStringLiteral("--lang=zh_CN")} + arguments + out);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit); // not killed by SIGXFSZ
        QCOMPARE(p.exitCode(), 1);
        const QString error = QString::fromUtf8(p.readAllStandardError());
        // Translated: "无法写入“…”：文件将超出为本程序设置的大小上限（ulimit -f）"
        verifyUntouched(path, error, QStringLiteral("ulimit -f"));
        QVERIFY2(error.contains(QStringLiteral("无法写入")), qPrintable(error));
    }

    // The window reports a failed save in a message box and keeps the old file.
    void theWindowSaysSo()
    {
        QTemporaryDir settingsDir;
        SettingsStore settings(settingsDir.filePath(QStringLiteral("s.ini")));
        MainWindow window(&settings, Catalog::builtIn());
        const QString path = m_dir.filePath(QStringLiteral("window.vramplan"));
        QVERIFY(writeOld(path));
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->close();
            }
        });
        bool saved = true;
        {
            const testfaults::FileSizeLimit limit(256);
            saved = window.saveScenarioTo(path);
        }
        QVERIFY(!saved);
        QTRY_VERIFY(!shown.isEmpty());
        verifyUntouched(path, shown, QStringLiteral("size limit"));
    }
};

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
