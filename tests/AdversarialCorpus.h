// SPDX-License-Identifier: GPL-3.0-or-later
// The adversarial corpus (tests/data/adversarial/cases.json): each case makes its
// input in a scratch folder — stored files, files generated to size, FIFOs,
// device links, symlink loops — then either runs the program as a user would or
// calls one reader in-process. tst_adversarial checks every case's answer;
// bench_adversarial measures each one's time and peak memory.
#pragma once

#include "Catalog.h"
#include "ModelFiles.h"
#include "ModelLibrary.h"
#include "ScenarioFile.h"
#include "SettingsStore.h"

#include <QtEndian>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace corpus {

struct Case {
    QString cls;         // the class of input ("special files", …)
    QString name;
    QJsonArray prepare;  // steps that make the input
    QStringList cli;     // arguments for the program, or empty
    QJsonObject read;    // {"library"|"scenario"|"settings": path} for an in-process reader
    qint64 fileSizeLimit = 0; // bytes (setrlimit RLIMIT_FSIZE) for the run, 0: none
    int exit = 0;        // the program's exit code
    QStringList says;    // what stderr (or the reader's message) must contain
    QStringList prints;  // what stdout must contain
    QString unchanged;   // a file the run must leave byte for byte
};

inline QString dataDir()
{
    return QStringLiteral(VRAM_TEST_DATA_DIR "/adversarial");
}

inline QList<Case> load()
{
    QFile file(dataDir() + QStringLiteral("/cases.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the adversarial corpus");
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    QList<Case> cases;
    for (const QJsonValue &v : doc.object().value(QLatin1String("cases")).toArray()) {
        const QJsonObject o = v.toObject();
        Case c;
        c.cls = o.value(QLatin1String("class")).toString();
        c.name = o.value(QLatin1String("name")).toString();
        c.prepare = o.value(QLatin1String("prepare")).toArray();
        for (const QJsonValue &a : o.value(QLatin1String("cli")).toArray())
            c.cli << a.toString();
        c.read = o.value(QLatin1String("read")).toObject();
        c.fileSizeLimit = o.value(QLatin1String("file_size_limit")).toInteger();
        c.exit = o.value(QLatin1String("exit")).toInt();
        for (const QJsonValue &s : o.value(QLatin1String("says")).toArray())
            c.says << s.toString();
        for (const QJsonValue &s : o.value(QLatin1String("prints")).toArray())
            c.prints << s.toString();
        c.unchanged = o.value(QLatin1String("unchanged")).toString();
        cases << c;
    }
    if (cases.isEmpty())
        qFatal("the adversarial corpus has no cases");
    return cases;
}

// "{dir}/x" → the scratch folder's x; "{ff}" → the byte 0xFF (a name not valid as UTF-8).
inline QByteArray expand(const QString &text, const QString &dir)
{
    QString s = text;
    s.replace(QLatin1String("{dir}"), dir);
    QByteArray bytes = s.toUtf8();
    bytes.replace("{ff}", "\xff");
    return bytes;
}

// A GGUF from a spec: the tiny llama's keys (under the spec's "arch"), with "set"
// entries [key, type, value] replacing or adding keys, and "tensors" extra tensors.
inline QByteArray gguf(const QJsonObject &spec)
{
    const QByteArray arch = spec.value(QLatin1String("arch")).toString(QStringLiteral("llama")).toUtf8();
    const QString a = QString::fromUtf8(arch);
    const QString str = QStringLiteral("str"), u32 = QStringLiteral("u32");
    QList<QJsonArray> kv = {
        QJsonArray{QStringLiteral("general.architecture"), str, a},
        QJsonArray{QStringLiteral("general.name"), str, QStringLiteral("Corpus model")},
        QJsonArray{a + QStringLiteral(".block_count"), u32, 2},
        QJsonArray{a + QStringLiteral(".embedding_length"), u32, 256},
        QJsonArray{a + QStringLiteral(".attention.head_count"), u32, 4},
        QJsonArray{a + QStringLiteral(".attention.head_count_kv"), u32, 2},
        QJsonArray{a + QStringLiteral(".context_length"), u32, 2048},
    };
    for (const QJsonValue &v : spec.value(QLatin1String("set")).toArray()) {
        const QJsonArray e = v.toArray();
        const QString key = e.at(0).toString().replace(QLatin1String("{arch}"), QString::fromUtf8(arch));
        kv.erase(std::remove_if(kv.begin(), kv.end(), [&](const QJsonArray &k) { return k.at(0).toString() == key; }),
                 kv.end());
        kv.append({key, e.at(1), e.at(2)});
    }
    testfiles::GgufWriter w;
    for (const QJsonArray &e : kv) {
        const QByteArray key = e.at(0).toString().toUtf8();
        const QString type = e.at(1).toString();
        if (type == QLatin1String("str"))
            w.kvString(key, e.at(2).isDouble() ? QByteArray(e.at(2).toInt(), 'n') : e.at(2).toString().toUtf8());
        else if (type == QLatin1String("u64"))
            w.kvU64(key, e.at(2).toString().toULongLong());
        else if (type == QLatin1String("i32"))
            w.kvI32(key, e.at(2).toInt());
        else
            w.kvU32(key, quint32(e.at(2).toInteger()));
    }
    w.tensor("token_embd.weight", {256, 300}, 12);
    const int extra = spec.value(QLatin1String("tensors")).toInt();
    for (int i = 0; i < extra; ++i)
        w.tensor("blk." + QByteArray::number(i) + ".w", {256}, 0);
    QByteArray bytes = w.bytes();
    // A declared tensor count no file could hold, for the header checks.
    if (spec.contains(QLatin1String("declare_tensors"))) {
        char b[8];
        qToLittleEndian(quint64(spec.value(QLatin1String("declare_tensors")).toInteger()), b);
        std::copy(b, b + 8, bytes.begin() + 8);
    }
    return bytes;
}

// A safetensors file with `tensors` tensors and its JSON header padded to `header_bytes`.
inline QByteArray safetensors(const QJsonObject &spec)
{
    QList<testfiles::SafeTensor> tensors;
    const int count = spec.value(QLatin1String("tensors")).toInt(1);
    for (int i = 0; i < count; ++i)
        tensors.append({QStringLiteral("t%1").arg(i), QStringLiteral("BF16"), {2}, 2});
    QByteArray bytes = testfiles::safetensors(tensors);
    const qint64 pad = spec.value(QLatin1String("header_bytes")).toInteger();
    const quint64 length = qFromLittleEndian<quint64>(bytes.constData());
    if (pad > qint64(length)) {
        // JSON allows any amount of whitespace after the object.
        const QByteArray json = bytes.mid(8, qsizetype(length)) + QByteArray(pad - qint64(length), ' ');
        char b[8];
        qToLittleEndian(quint64(json.size()), b);
        bytes = QByteArray(b, 8) + json + bytes.mid(8 + qsizetype(length));
    }
    return bytes;
}

// A config.json: a stored base with "set" fields replaced by raw JSON text ("1e300", "-1").
inline QByteArray config(const QJsonObject &spec)
{
    QFile base(dataDir() + QStringLiteral("/configs/") + spec.value(QLatin1String("base")).toString() + QStringLiteral(".json"));
    if (!base.open(QIODevice::ReadOnly))
        qFatal("no corpus config %s", qPrintable(base.fileName()));
    QByteArray text = base.readAll().trimmed();
    QJsonObject set = spec.value(QLatin1String("set")).toObject();
    // "repeat": {"key": ["n", 100000]}: a string of 100,000 "n".
    const QJsonObject repeat = spec.value(QLatin1String("repeat")).toObject();
    for (auto it = repeat.begin(); it != repeat.end(); ++it)
        set.insert(it.key(), QLatin1Char('"') + it.value()[0].toString().repeated(it.value()[1].toInt()) + QLatin1Char('"'));
    for (auto it = set.begin(); it != set.end(); ++it) {
        // Drop the key if present, then append it with the raw value: JSON keeps the last.
        const QByteArray value = it.value().isString() ? it.value().toString().toUtf8()
                                                       : QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        text.chop(1); // the closing brace
        text += ", \"" + it.key().toUtf8() + "\": " + value + "}";
    }
    return text;
}

inline bool writeFile(const QByteArray &path, const QByteArray &bytes)
{
    QFile f(QString::fromUtf8(path));
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Makes the case's input under `dir`; false (and why) when a step fails.
inline bool prepare(const Case &c, const QString &dir, QString *why)
{
    for (const QJsonValue &v : c.prepare) {
        const QJsonObject step = v.toObject();
        const auto at = [&](const char *key) { return expand(step.value(QLatin1String(key)).toString(), dir); };
        bool ok = true;
        if (step.contains(QLatin1String("mkdir"))) {
            ok = QDir().mkpath(QString::fromUtf8(at("mkdir")));
        } else if (step.contains(QLatin1String("symlink"))) {
            ok = ::symlink(at("to").constData(), at("symlink").constData()) == 0;
        } else if (step.contains(QLatin1String("fifo"))) {
            ok = ::mkfifo(at("fifo").constData(), 0600) == 0;
        } else if (step.contains(QLatin1String("sparse"))) {
            QFile f(QString::fromUtf8(at("sparse")));
            ok = f.open(QIODevice::WriteOnly) && f.resize(step.value(QLatin1String("bytes")).toInteger());
        } else if (step.contains(QLatin1String("write"))) {
            // text, then `piece` `repeat` times, then `after`: large inputs stay small here.
            const QByteArray bytes = step.value(QLatin1String("text")).toString().toUtf8()
                                   + step.value(QLatin1String("piece")).toString().toUtf8().repeated(
                                       step.value(QLatin1String("repeat")).toInt())
                                   + step.value(QLatin1String("after")).toString().toUtf8();
            ok = writeFile(at("write"), bytes);
        } else if (step.contains(QLatin1String("config"))) {
            ok = writeFile(at("config"), config(step));
        } else if (step.contains(QLatin1String("gguf"))) {
            const int shards = step.value(QLatin1String("shards")).toInt(0);
            if (shards == 0)
                ok = writeFile(at("gguf"), gguf(step));
            for (int i = 1; i <= shards && ok; ++i) // "{dir}/m" → m-00001-of-00008.gguf …
                ok = writeFile(at("gguf") + QStringLiteral("-%1-of-%2.gguf")
                                                .arg(i, 5, 10, QLatin1Char('0'))
                                                .arg(shards, 5, 10, QLatin1Char('0'))
                                                .toUtf8(),
                               gguf(step));
        } else if (step.contains(QLatin1String("safetensors"))) {
            const int shards = step.value(QLatin1String("shards")).toInt(0);
            if (shards == 0)
                ok = writeFile(at("safetensors"), safetensors(step));
            for (int i = 1; i <= shards && ok; ++i)
                ok = writeFile(at("safetensors") + QStringLiteral("-%1.safetensors").arg(i).toUtf8(), safetensors(step));
        } else {
            ok = false;
        }
        if (!ok) {
            *why = QStringLiteral("step %1 failed").arg(QString::fromUtf8(QJsonDocument(step).toJson(QJsonDocument::Compact)));
            return false;
        }
    }
    return true;
}

struct Result {
    int exitCode = -1;
    bool finished = false; // false: killed after the timeout (a hang)
    QByteArray out;
    QByteArray err;
    double seconds = 0;
    qint64 peakKiB = 0;    // the child's peak resident memory
};

// Runs a child that calls `body` (which returns its exit code) with stdout and stderr
// on pipes (a file-size limit must not cut its messages), a file-size limit and a
// timeout, and measures it (wait4's rusage).
template<typename Body>
Result runChild(const Body &body, qint64 fileSizeLimit, int timeoutSeconds)
{
    int out[2], err[2];
    if (pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0)
        qFatal("pipe failed");
    timespec start {};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        dup2(err[1], STDERR_FILENO);
        if (fileSizeLimit > 0) {
            rlimit limit {};
            getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = rlim_t(fileSizeLimit);
            setrlimit(RLIMIT_FSIZE, &limit);
            std::signal(SIGXFSZ, SIG_IGN);
        }
        _exit(body());
    }
    close(out[1]);
    close(err[1]);
    fcntl(out[0], F_SETFL, O_NONBLOCK);
    fcntl(err[0], F_SETFL, O_NONBLOCK);
    Result r;
    const auto drain = [&] {
        char buffer[65536];
        for (auto [fd, into] : {std::pair{out[0], &r.out}, std::pair{err[0], &r.err}})
            for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
                into->append(buffer, n);
    };
    int status = 0;
    rusage usage {};
    for (int waited = 0;; ++waited) {
        drain();
        if (wait4(pid, &status, WNOHANG, &usage) == pid) {
            r.finished = true;
            break;
        }
        if (waited >= timeoutSeconds * 1000) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            break;
        }
        usleep(1000);
    }
    drain();
    close(out[0]);
    close(err[0]);
    timespec end {};
    clock_gettime(CLOCK_MONOTONIC, &end);
    r.seconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    r.peakKiB = usage.ru_maxrss;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

// The readers the program uses at start-up or on File → Open, called in-process:
// their message (or a short account of what they read) for the expectations.
inline QString readInProcess(const Case &c, const QString &dir)
{
    const auto path = [&](const char *key) { return QString::fromUtf8(expand(c.read.value(QLatin1String(key)).toString(), dir)); };
    QString error;
    if (c.read.contains(QLatin1String("library"))) {
        vram::ModelLibrary library(path("library"));
        return library.load(&error) ? QStringLiteral("loaded %1 models").arg(library.models().size()) : error;
    }
    if (c.read.contains(QLatin1String("scenario"))) {
        const auto file = vram::ScenarioFile::load(path("scenario"), vram::Catalog::builtIn(), &error);
        return file ? QStringLiteral("loaded, name of %1 characters").arg(file->name.size()) : error;
    }
    if (c.read.contains(QLatin1String("settings"))) {
        SettingsStore settings(path("settings"));
        const vram::Scenario scenario = settings.loadScenario(vram::Catalog::builtIn());
        settings.saveScenario(scenario);
        settings.sync(); // what the window does at exit: the cost of writing back counts too
        return QStringLiteral("%1\nrecent files: %2\nweights: %3")
            .arg(settings.notice())
            .arg(settings.recentFiles().size())
            .arg(scenario.weightsId);
    }
    return QStringLiteral("no reader named");
}

// Runs one case: the program with its arguments, or its reader in a child process.
inline Result run(const Case &c, const QByteArray &program, const QString &dir, int timeoutSeconds = 20)
{
    if (!c.cli.isEmpty()) {
        // Everything the child needs is built here: after fork() it only execs.
        QList<QByteArray> args{program};
        for (const QString &a : c.cli)
            args << expand(a, dir);
        std::vector<char *> argv;
        for (QByteArray &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        QByteArray platform("QT_QPA_PLATFORM=offscreen");
        std::vector<char *> envp{platform.data()};
        for (char **e = environ; *e; ++e)
            if (strncmp(*e, "QT_QPA_PLATFORM=", 16) != 0)
                envp.push_back(*e);
        envp.push_back(nullptr);
        return runChild(
            [&] {
                execve(program.constData(), argv.data(), envp.data());
                return 127;
            },
            c.fileSizeLimit, timeoutSeconds);
    }
    return runChild(
        [&] {
            const QByteArray message = readInProcess(c, dir).toUtf8();
            (void)!::write(STDERR_FILENO, message.constData(), size_t(message.size()));
            return 0;
        },
        c.fileSizeLimit, timeoutSeconds);
}

} // namespace corpus
