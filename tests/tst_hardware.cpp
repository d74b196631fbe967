// SPDX-License-Identifier: GPL-3.0-or-later
// The hardware side: the user's GPUs and prices (library, scenario files, CLI, window), the
// currency, and the cost of each configuration.
#include "Catalog.h"
#include "FitAnalyzer.h"
#include "GpuEditDialog.h"
#include "GpuLibrary.h"
#include "LaunchCommand.h"
#include "Language.h"
#include "ManageGpusDialog.h"
#include "ScenarioFile.h"
#include "WindowFixture.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTextCursor>
#include <QTextDocument>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace vram;
using windowfixture::child;

namespace {
const Catalog &builtIn()
{
    return Catalog::builtIn();
}

// An RTX 4090 with 24,564 MiB (nvidia-smi) at $0.50 an hour, and a unified-memory box.
const QByteArray kTwoGpus = R"({"gpus":[
  {"id":"my-4090","name":"My RTX 4090","vendor":"NVIDIA","memory_bytes":25757220864,"price_cents_per_hour":50},
  {"id":"my-spark","name":"My DGX Spark","vendor":"NVIDIA","memory_bytes":128000000000,"unified_memory":true}]})";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// The CLI with its user data in `dataHome`, as a user with that home would run it.
Run runCli(const QString &dataHome, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VRAM_PLANNER_EXE), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    if (!p.waitForFinished(60000))
        qFatal("vram-planner did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestHardware : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Language::install(QStringLiteral("en")); // plural forms ("1 GPU", "2 GPUs") come from it
    }

    void libraryRoundTrip()
    {
        QTemporaryDir dir;
        GpuLibrary library(dir.filePath(QStringLiteral("gpus.json")));
        QString error;
        QVERIFY(library.load(&error)); // missing: empty
        const auto gpus = GpuLibrary::parse(kTwoGpus, QStringLiteral("two.json"), &error);
        QVERIFY2(gpus, qPrintable(error));
        for (const GpuSpec &g : *gpus)
            QVERIFY2(library.put(g, builtIn(), &error), qPrintable(error));
        library.setPrice(QStringLiteral("ascend-910b"), 120);
        QVERIFY2(library.save(&error), qPrintable(error));

        GpuLibrary back(library.path());
        QVERIFY2(back.load(&error), qPrintable(error));
        QCOMPARE(back.gpus().size(), 2);
        QCOMPARE(back.gpus().at(0).memoryBytes, qint64(25757220864));
        QCOMPARE(back.gpus().at(0).priceCentsPerHour, qint64(50));
        QVERIFY(back.gpus().at(1).unifiedMemory);
        QVERIFY(back.gpus().at(1).userDefined);
        QCOMPARE(back.priceOverrides().value(QStringLiteral("ascend-910b")), qint64(120));

        Catalog all = builtIn();
        back.applyTo(all);
        QCOMPARE(all.gpus().size(), builtIn().gpus().size() + 2);
        QCOMPARE(all.gpu(QStringLiteral("ascend-910b"))->priceCentsPerHour, qint64(120));
        QVERIFY(!builtIn().gpu(QStringLiteral("ascend-910b"))->priceCentsPerHour); // the built-in one is untouched

        // A built-in id cannot be taken; editing replaces; removing drops the GPU and its price.
        GpuSpec clash = back.gpus().at(0);
        clash.id = QStringLiteral("h100-80gb");
        QVERIFY(!back.put(clash, builtIn(), &error));
        QVERIFY(error.contains(QLatin1String("h100-80gb")));
        GpuSpec edited = back.gpus().at(0);
        edited.priceCentsPerHour = 45;
        QVERIFY(back.put(edited, builtIn(), &error));
        QCOMPARE(back.gpus().size(), 2);
        QCOMPARE(back.gpus().at(0).priceCentsPerHour, qint64(45));
        QVERIFY(back.remove(QStringLiteral("my-spark")));
        QVERIFY(!back.remove(QStringLiteral("my-spark")));
    }

    void badGpuFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message"); // a part of the message that names the problem
        QTest::newRow("not JSON") << QByteArray("{\"gpus\": [") << "not valid JSON";
        QTest::newRow("no list") << QByteArray(R"({"gpu": {}})") << "\"gpus\"";
        QTest::newRow("zero capacity")
            << QByteArray(R"({"gpus":[{"id":"z","name":"Zero","vendor":"V","memory_bytes":0}]})") << "between 1 MiB and 64 TiB";
        QTest::newRow("absurd capacity")
            << QByteArray(R"({"gpus":[{"id":"z","name":"Big","vendor":"V","memory_bytes":1e15}]})") << "between 1 MiB and 64 TiB";
        QTest::newRow("negative price")
            << QByteArray(R"({"gpus":[{"id":"z","name":"Z","vendor":"V","memory_bytes":1073741824,"price_cents_per_hour":-5}]})")
            << "price_cents_per_hour";
        QTest::newRow("text capacity")
            << QByteArray(R"({"gpus":[{"id":"z","name":"Z","vendor":"V","memory_bytes":"24GB"}]})") << "memory_bytes";
        QTest::newRow("no name")
            << QByteArray(R"({"gpus":[{"id":"z","name":" ","vendor":"V","memory_bytes":1073741824}]})") << "name";
        QTest::newRow("no id") << QByteArray(R"({"gpus":[{"name":"Z","vendor":"V","memory_bytes":1073741824}]})") << "\"id\"";
        QTest::newRow("CUDA total above memory")
            << QByteArray(R"({"gpus":[{"id":"z","name":"Z","vendor":"V","memory_bytes":1073741824,"cuda_total_bytes":2147483648}]})")
            << "cuda_total_bytes";
    }

    void badGpuFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!GpuLibrary::parse(json, QStringLiteral("mine.json"), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("mine.json")) || message == QLatin1String("between 1 MiB and 64 TiB"),
                 qPrintable(error));
    }

    void settingsKeepRowsOfUserGpus()
    {
        // The window saves its scenario with the settings; a row of the user's own GPU and the
        // currency come back in the next run, which loads the same GPU list.
        QTemporaryDir dir;
        GpuLibrary library(dir.filePath(QStringLiteral("gpus.json")));
        QString error;
        const auto mine = GpuLibrary::parse(kTwoGpus, QStringLiteral("two.json"), &error);
        QVERIFY(mine);
        for (const GpuSpec &g : *mine)
            QVERIFY(library.put(g, builtIn(), &error));
        Catalog all = builtIn();
        library.applyTo(all);
        Scenario s;
        s.gpus = {{QStringLiteral("my-4090"), 2}, {QStringLiteral("my-spark"), 1}};
        s.prices.currency = Currency::CNY;
        {
            SettingsStore settings(dir.filePath(QStringLiteral("settings.ini")));
            settings.saveScenario(s);
        }
        SettingsStore settings(dir.filePath(QStringLiteral("settings.ini")));
        const Scenario back = settings.loadScenario(all);
        QCOMPARE(back.gpus.size(), 2);
        QCOMPARE(back.gpus.first().gpuId, QStringLiteral("my-4090"));
        QCOMPARE(back.prices.currency, Currency::CNY);
        {
            MainWindow window(&settings, builtIn(), nullptr, &library);
            QCOMPARE(window.scenario().gpus.size(), 2);
            QCOMPARE(window.scenario().gpus.at(1).gpuId, QStringLiteral("my-spark"));
        }
    }

    void damagedLibraryIsLeftAlone()
    {
        QTemporaryDir dir;
        const QByteArray damaged = R"({"gpus":[{"id":"x","name":"X","vendor":"V","memory_bytes":-1}]})";
        const QString path = writeFile(dir, QStringLiteral("gpus.json"), damaged);
        GpuLibrary library(path);
        QString error;
        QVERIFY(!library.load(&error));
        QVERIFY(error.contains(QLatin1String("memory_bytes")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), damaged);
        const QString badPrice = writeFile(dir, QStringLiteral("p.json"),
                                           R"({"gpus":[],"price_overrides":[{"id":"h100-80gb","price_cents_per_hour":0}]})");
        QVERIFY(!GpuLibrary(badPrice).load(&error));
        QVERIFY2(error.contains(QLatin1String("h100-80gb")), qPrintable(error));
    }

    void scenarioFileCarriesUserGpus()
    {
        QTemporaryDir dir;
        QString error;
        Catalog withMine = builtIn();
        const auto gpus = GpuLibrary::parse(kTwoGpus, QStringLiteral("two.json"), &error);
        for (const GpuSpec &g : *gpus)
            withMine.addGpu(g);
        Scenario s;
        s.gpus = {{QStringLiteral("my-4090"), 2}, {QStringLiteral("a100-80gb"), 1}};
        s.prices.currency = Currency::CNY;
        s.prices.cnyPerUsdPpm = 7'250'000;
        const QString path = dir.filePath(QStringLiteral("mine.vramplan"));
        QVERIFY2(ScenarioFile::save(path, QStringLiteral("mine"), s, withMine, &error), qPrintable(error));

        // Opened where only the built-in catalogue is known: the file brings its GPU.
        const auto back = ScenarioFile::load(path, builtIn(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->gpus.size(), 1); // the one it uses, not every GPU of the user
        QCOMPARE(back->gpus.first().id, QStringLiteral("my-4090"));
        QCOMPARE(back->gpus.first().priceCentsPerHour, qint64(50));
        QCOMPARE(back->scenario.gpus.first().count, 2);
        QCOMPARE(back->scenario.prices, s.prices);

        // Without the GPU in the file, the message names the missing GPU.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        root.remove(QStringLiteral("gpus"));
        const QString stripped = writeFile(dir, QStringLiteral("stripped.vramplan"), QJsonDocument(root).toJson());
        QVERIFY(!ScenarioFile::load(stripped, builtIn(), &error));
        QVERIFY2(error.contains(QLatin1String("my-4090")), qPrintable(error));
    }

    void cliAddsListsUsesAndRemovesGpus()
    {
        QTemporaryDir home;
        const QString file = writeFile(home, QStringLiteral("mine.json"), kTwoGpus);
        const Run add = runCli(home.path(), {QStringLiteral("gpus"), QStringLiteral("--add"), file});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        QVERIFY(add.out.contains(QLatin1String("My RTX 4090")));

        const Run list = runCli(home.path(), {QStringLiteral("gpus")});
        QVERIFY(list.out.contains(QLatin1String("My RTX 4090 (yours)")));
        QVERIFY(list.out.contains(QLatin1String("My DGX Spark (unified memory) (yours)")));
        QVERIFY(list.out.contains(QLatin1String("$0.50 an hour")));

        // LLaMA-2 13B fp16, one request: 32.33 GB; two of the user's 4090s (51.51 GB) hold it at
        // 2 × $0.50 = $1.00 an hour, $730.00 a month, cheaper than the catalogue's V100 ($0.29) is not:
        // so the V100 stays the cheapest listed kind.
        const Run est = runCli(home.path(), {QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-2-13b"),
                                             QStringLiteral("--gpu"), QStringLiteral("2xmy-4090"), QStringLiteral("--json")});
        QVERIFY2(est.exitCode == 0, qPrintable(est.err));
        const QJsonObject o = QJsonDocument::fromJson(est.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("gpu")).toString(), QStringLiteral("my-4090"));
        QCOMPARE(o.value(QLatin1String("fits")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("usd_cents_per_hour")).toInteger(), qint64(100));
        QCOMPARE(o.value(QLatin1String("price_per_month")).toDouble(), 730.0);
        // The kinds without a price, smaller first, the user's own last.
        QJsonArray unpriced;
        for (const char *id : {"rtx-a4000", "l20", "ascend-910b", "ascend-910c", "h20-96gb", "m4-max-128gb", "ryzen-ai-max-395-128gb",
                               "dgx-spark", "h200-nvl", "gb200", "mi325x", "b300", "gb300", "mi355x", "m3-ultra-512gb", "my-spark"})
            unpriced.append(QLatin1String(id));
        QCOMPARE(o.value(QLatin1String("unpriced_gpus")).toArray(), unpriced);

        // The same in yuan at 7.2: 100 × 7.2 = 720 fen an hour.
        const Run cny = runCli(home.path(), {QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-2-13b"),
                                             QStringLiteral("--gpu"), QStringLiteral("2xmy-4090"), QStringLiteral("--currency"),
                                             QStringLiteral("CNY"), QStringLiteral("--cny-per-usd"), QStringLiteral("7.2")});
        QVERIFY2(cny.out.contains(QStringLiteral("¥7.20 an hour · ¥5,256.00 a month")), qPrintable(cny.out));
        QVERIFY(cny.out.contains(QLatin1String("Rate: 1 USD = 7.2000 CNY.")));

        const Run remove = runCli(home.path(), {QStringLiteral("gpus"), QStringLiteral("--remove"), QStringLiteral("my-4090")});
        QCOMPARE(remove.exitCode, 0);
        QVERIFY(!runCli(home.path(), {QStringLiteral("gpus")}).out.contains(QLatin1String("My RTX 4090")));
        const Run gone = runCli(home.path(), {QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-2-13b"),
                                              QStringLiteral("--gpu"), QStringLiteral("my-4090")});
        QCOMPARE(gone.exitCode, 2);
    }

    void cliPrintsLaunchCommands()
    {
        QTemporaryDir home;
        // The #10517 setting (worked in tst_engines): 1,918 blocks of 2,097,152 B pinned.
        const Run vllm = runCli(home.path(), {QStringLiteral("command"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
                                              QStringLiteral("--engine"), QStringLiteral("vllm"), QStringLiteral("--weights"),
                                              QStringLiteral("bf16"), QStringLiteral("--gpu"), QStringLiteral("rtx-3090"),
                                              QStringLiteral("--tokens"), QStringLiteral("20000"),
                                              QStringLiteral("--max-num-batched-tokens"), QStringLiteral("20000"),
                                              QStringLiteral("--enforce-eager"), QStringLiteral("--json")});
        QVERIFY2(vllm.exitCode == 0, qPrintable(vllm.err));
        const QJsonObject o = QJsonDocument::fromJson(vllm.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("program")).toString(), QStringLiteral("vllm"));
        QStringList args;
        for (const QJsonValue &v : o.value(QLatin1String("arguments")).toArray())
            args << v.toString();
        QString error;
        const auto back = VllmServeSettings::parse(args, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->kvCacheMemoryBytes, qint64(1918) * 2097152);
        QCOMPARE(back->maxNumBatchedTokens, qint64(20000));
        // An older vLLM: no --kv-cache-memory-bytes.
        const Run old = runCli(home.path(), {QStringLiteral("command"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
                                             QStringLiteral("--engine"), QStringLiteral("vllm"), QStringLiteral("--gpu"),
                                             QStringLiteral("h100-80gb"), QStringLiteral("--engine-version"), QStringLiteral("0.9.2")});
        QCOMPARE(old.exitCode, 0);
        QVERIFY(old.out.startsWith(QLatin1String("vllm serve meta-llama/Llama-3.1-8B --tensor-parallel-size 1")));
        QVERIFY(!old.out.section(QLatin1Char('\n'), 0, 0).contains(QLatin1String("--kv-cache-memory-bytes")));
        QVERIFY(old.out.contains(QLatin1String("# vLLM before 0.10.1")));
        // Refusals: no GPU, an engine not modelled (TGI), a version that is none.
        for (const QStringList &bad : {QStringList{QStringLiteral("--engine"), QStringLiteral("vllm")},
                                       QStringList{QStringLiteral("--engine"), QStringLiteral("tgi"), QStringLiteral("--gpu"),
                                                   QStringLiteral("h100-80gb")},
                                       QStringList{QStringLiteral("--engine"), QStringLiteral("vllm"), QStringLiteral("--gpu"),
                                                   QStringLiteral("h100-80gb"), QStringLiteral("--engine-version"),
                                                   QStringLiteral("latest")}}) {
            const Run r = runCli(home.path(), QStringList{QStringLiteral("command"), QStringLiteral("--model"),
                                                          QStringLiteral("llama-2-13b")} + bad);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(!r.err.isEmpty());
        }
    }

    void calibrationProfilesFromALog()
    {
        // vllm-project/vllm#10517: Llama-3.1-8B on an RTX 3090 printed 1,952 blocks at 20,000 tokens; the
        // planner has 1,918 (tst_engines). A profile learned from that line makes the plan print 1,952.
        QTemporaryDir home;
        const QString log = writeFile(home, QStringLiteral("vllm.log"),
            "INFO 11-20 llm_engine.py:249] Initializing an LLM engine (v0.6.4) with config: model='meta-llama/Llama-3.1-8B', "
            "dtype=torch.bfloat16, max_seq_len=20000, tensor_parallel_size=1, pipeline_parallel_size=1, enforce_eager=True\n"
            "INFO 11-20 arg_utils.py] non-default args: {'max_num_batched_tokens': 20000}\n"
            "INFO 11-20 executor_base.py:105] # GPU blocks: 1952, # CPU blocks: 2048\n");
        const Run learn = runCli(home.path(), {QStringLiteral("calibrate"), QStringLiteral("--log"), log, QStringLiteral("--gpu"),
                                               QStringLiteral("rtx-3090"), QStringLiteral("--save-profile"), QStringLiteral("3090 run")});
        QVERIFY2(learn.exitCode == 0, qPrintable(learn.err));
        QVERIFY2(learn.out.contains(QStringLiteral("GPU blocks    1,952    1,918       -1.7%")), qPrintable(learn.out));
        const QStringList estimate{QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
                                   QStringLiteral("--method"), QStringLiteral("vllm"), QStringLiteral("--weights"), QStringLiteral("bf16"),
                                   QStringLiteral("--gpu"), QStringLiteral("rtx-3090"), QStringLiteral("--tokens"), QStringLiteral("20000"),
                                   QStringLiteral("--max-num-batched-tokens"), QStringLiteral("20000"), QStringLiteral("--enforce-eager"),
                                   QStringLiteral("--json")};
        const QJsonObject plain = QJsonDocument::fromJson(runCli(home.path(), estimate).out.toUtf8()).object();
        QCOMPARE(plain.value(QLatin1String("num_gpu_blocks")).toInteger(), qint64(1918));
        const Run calibrated = runCli(home.path(), estimate + QStringList{QStringLiteral("--profile"), QStringLiteral("3090 run")});
        const QJsonObject o = QJsonDocument::fromJson(calibrated.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("num_gpu_blocks")).toInteger(), qint64(1952));
        QCOMPARE(o.value(QLatin1String("kv_cache_tokens")).toInteger(), qint64(1952) * 16);
        // The text says where the correction came from.
        QStringList text = estimate;
        text.removeLast();
        const Run shown = runCli(home.path(), text + QStringList{QStringLiteral("--profile"), QStringLiteral("3090 run")});
        QVERIFY2(shown.out.contains(QStringLiteral("calibrated from 3090 run: non-torch −")), qPrintable(shown.out));
        // Listed, renamed, removed; a profile of another engine is refused by name.
        QVERIFY(runCli(home.path(), {QStringLiteral("calibrate"), QStringLiteral("--list-profiles")}).out.contains(QStringLiteral("3090 run")));
        QCOMPARE(runCli(home.path(), {QStringLiteral("calibrate"), QStringLiteral("--rename-profile"), QStringLiteral("3090 run=mine")}).exitCode, 0);
        const Run wrongEngine = runCli(home.path(), {QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
                                                     QStringLiteral("--method"), QStringLiteral("llamacpp"), QStringLiteral("--profile"),
                                                     QStringLiteral("mine")});
        QCOMPARE(wrongEngine.exitCode, 2);
        QVERIFY2(wrongEngine.err.contains(QStringLiteral("calibrates vLLM")), qPrintable(wrongEngine.err));
        QCOMPARE(runCli(home.path(), {QStringLiteral("calibrate"), QStringLiteral("--remove-profile"), QStringLiteral("mine")}).exitCode, 0);
        QVERIFY(!runCli(home.path(), {QStringLiteral("calibrate"), QStringLiteral("--list-profiles")}).out.contains(QStringLiteral("mine")));
        QCOMPARE(runCli(home.path(), estimate + QStringList{QStringLiteral("--profile"), QStringLiteral("mine")}).exitCode, 2);
    }

    void cliRefusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero capacity")
            << QByteArray(R"({"gpus":[{"id":"z","name":"Zero","vendor":"V","memory_bytes":0}]})")
            << QStringList{QStringLiteral("gpus"), QStringLiteral("--add"), QStringLiteral("FILE")} << "between 1 MiB and 64 TiB";
        QTest::newRow("built-in id")
            << QByteArray(R"({"gpus":[{"id":"h100-80gb","name":"Mine","vendor":"V","memory_bytes":1073741824}]})")
            << QStringList{QStringLiteral("gpus"), QStringLiteral("--add"), QStringLiteral("FILE")} << "built-in GPU";
        QTest::newRow("missing file") << QByteArray()
            << QStringList{QStringLiteral("gpus"), QStringLiteral("--add"), QStringLiteral("/nonexistent/gpus.json")}
            << "Cannot read the GPU file";
        QTest::newRow("unknown currency") << QByteArray()
            << QStringList{QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-2-13b"),
                           QStringLiteral("--currency"), QStringLiteral("EUR")} << "--currency must be USD or CNY";
        QTest::newRow("zero rate") << QByteArray()
            << QStringList{QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-2-13b"),
                           QStringLiteral("--cny-per-usd"), QStringLiteral("0")} << "--cny-per-usd must be";
        QTest::newRow("remove unknown") << QByteArray()
            << QStringList{QStringLiteral("gpus"), QStringLiteral("--remove"), QStringLiteral("h100-80gb")}
            << "is not one of your GPUs";
    }

    void cliRefusesBadInput()
    {
        QFETCH(QByteArray, file);
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir home;
        if (!file.isEmpty())
            arguments.replace(arguments.indexOf(QStringLiteral("FILE")), writeFile(home, QStringLiteral("g.json"), file));
        const Run r = runCli(home.path(), arguments);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("vram-planner/user-gpus.json")))); // nothing written
    }

    void editDialogChecksWhatIsTyped()
    {
        PriceSettings cny;
        cny.currency = Currency::CNY;
        GpuEditDialog dialog(GpuSpec{}, cny);
        auto *name = child<QLineEdit>(&dialog, "gpuName");
        auto *memory = child<QDoubleSpinBox>(&dialog, "gpuMemory");
        auto *unit = child<QComboBox>(&dialog, "gpuMemoryUnit");
        auto *price = child<QDoubleSpinBox>(&dialog, "gpuPrice");
        auto *error = child<QLabel>(&dialog, "gpuError");
        QTest::keyClicks(name, QStringLiteral("Lab 3090"));
        memory->clear();
        QTest::keyClicks(memory, QStringLiteral("0"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted); // a zero capacity is refused with a message
        QVERIFY2(error->text().contains(QLatin1String("between 1 MiB and 64 TiB")), qPrintable(error->text()));
        // 24,576 MiB as nvidia-smi shows an RTX 3090: 25,769,803,776 B; ¥2.84 at 7.10 = 40 US cents.
        memory->clear();
        QTest::keyClicks(memory, QStringLiteral("24576"));
        unit->setCurrentIndex(0);
        price->clear();
        QTest::keyClicks(price, QStringLiteral("2.84"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.gpu().memoryBytes, qint64(25769803776));
        QCOMPARE(dialog.gpu().priceCentsPerHour, qint64(40));
        QCOMPARE(dialog.gpu().id, QStringLiteral("user-lab-3090"));
        QVERIFY(dialog.gpu().userDefined);
        QVERIFY(!dialog.gpu().pcieOnly);
        // Cards without NVLink: the engines' multi-GPU start-up is planned smaller.
        QTest::mouseClick(child<QCheckBox>(&dialog, "gpuPcieOnly"), Qt::LeftButton);
        dialog.accept();
        QVERIFY(dialog.gpu().pcieOnly);
        QVERIFY(!dialog.gpu().linkSource.isEmpty());
    }

    void windowPlansOnTheUsersGpusAndShowsCosts()
    {
        QTemporaryDir dir;
        SettingsStore settings(dir.filePath(QStringLiteral("settings.ini")));
        GpuLibrary library(dir.filePath(QStringLiteral("gpus.json")));
        const auto shown = windowfixture::showWindow(&settings, &library);
        QVERIFY(shown);
        MainWindow &window = *shown;

        // The dialog imports a file; the window's GPU kinds follow.
        {
            ManageGpusDialog dialog(&library, builtIn(), window.scenario().prices, &window);
            QString error;
            QVERIFY2(dialog.importFile(writeFile(dir, QStringLiteral("mine.json"), kTwoGpus), &error), qPrintable(error));
            auto *table = child<QTableWidget>(&dialog, "gpuTable");
            QCOMPARE(table->rowCount(), int(builtIn().gpus().size()) + 2);
            auto *currency = child<QComboBox>(&dialog, "currencyCombo");
            currency->setCurrentIndex(1);
            // The table shows the catalogue's H100 price in yuan: 399 × 7.1 = 2,832.9 fen.
            const QList<QTableWidgetItem *> h100 = table->findItems(QStringLiteral("¥28.33"), Qt::MatchExactly);
            QCOMPARE(h100.size(), 1);
            QCOMPARE(dialog.prices().currency, Currency::CNY);
            // A bad file changes nothing.
            QVERIFY(!dialog.importFile(writeFile(dir, QStringLiteral("bad.json"), "{\"gpus\": 1}"), &error));
            QVERIFY2(error.contains(QLatin1String("bad.json")), qPrintable(error));
            QCOMPARE(library.gpus().size(), 2);
        }
        window.reloadGpus();
        auto *kinds = child<QComboBox>(&window, "gpuKindCombo");
        QVERIFY(kinds->findData(QStringLiteral("my-4090")) >= 0);

        // LLaMA-2 13B, 4,096 tokens, 10 requests: 65.54 GB. 3 × my 4090 (77.27 GB) fit at $1.50 an
        // hour, 1 × A100 80GB at $2.79: the user's GPUs are the cheapest that fits, marked ★.
        Scenario s = window.scenario();
        s.modelId = QStringLiteral("llama-2-13b");
        s.tokens = 4096;
        s.concurrency = 10;
        s.gpus = {{QStringLiteral("a100-80gb"), 1}, {QStringLiteral("my-4090"), 3}};
        window.setScenario(s);
        window.flushAnswer();
        const QString answer = window.answerPanel()->toPlainText();
        QVERIFY2(answer.contains(QStringLiteral("$2.79 an hour · $2,036.70 a month")), qPrintable(answer));
        QVERIFY2(answer.contains(QStringLiteral("★ cheapest that fits: $1.50 an hour · $1,095.00 a month")), qPrintable(answer));
        QCOMPARE(FitAnalyzer::cheapestFitting(window.reportContent().fits), 1);

        // Removing the user's GPU drops the row that used it.
        QVERIFY(library.remove(QStringLiteral("my-4090")));
        window.reloadGpus();
        QCOMPARE(window.scenario().gpus.size(), 1);
        QVERIFY(kinds->findData(QStringLiteral("my-4090")) < 0);
    }

    void eachRowIsPlannedOnItsOwn()
    {
        QTemporaryDir dir;
        SettingsStore settings(dir.filePath(QStringLiteral("settings.ini")));
        const auto shown = windowfixture::showWindow(&settings);
        QVERIFY(shown);
        MainWindow &window = *shown;
        // Llama-3.1 8B under vLLM on 1 and on 2 H100s: each count has its own layout, so its own
        // total (the per-GPU overhead counts once per GPU).
        Scenario s = window.scenario();
        s.modelId = QStringLiteral("llama-3.1-8b");
        s.weightsId = s.kvCacheId = QStringLiteral("bf16");
        s.method = EstimateMethod::Vllm;
        s.tokens = 8192;
        s.concurrency = 4;
        s.gpus = {{QStringLiteral("h100-80gb"), 1}, {QStringLiteral("h100-80gb"), 2}};
        s.plannedRow = 0;
        window.setScenario(s);
        window.flushAnswer();
        const auto totalOn = [&](int gpus) {
            Scenario one = s;
            one.gpus = {{QStringLiteral("h100-80gb"), gpus}};
            return MemoryModel(*one.toInput(builtIn(), nullptr)).bytes().total;
        };
        QVERIFY(totalOn(1) != totalOn(2));
        const auto currentTotal = [&] {
            const MemoryChart::Content c = window.chart()->content();
            for (const ChartBar &b : c.data.bars)
                if (b.current)
                    return b.total;
            return qint64(-1);
        };
        QCOMPARE(currentTotal(), totalOn(1));
        QCOMPARE(window.chart()->content().capacities.size(), 1); // only the line of the planned count
        QVERIFY(window.chart()->content().title.endsWith(QLatin1String("on 1 GPU")));
        // The answer plans both rows, each on its own count.
        QCOMPARE(window.reportContent().fits.size(), 2);
        QCOMPARE(window.reportContent().fits.at(0).total, totalOn(1));
        QCOMPARE(window.reportContent().fits.at(1).total, totalOn(2));

        // Selecting the second row plans the bars for it.
        auto *list = child<QListWidget>(&window, "gpuList");
        QVERIFY2(list->item(1)->text().startsWith(QStringLiteral("✓")), qPrintable(list->item(1)->text()));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
        window.flushAnswer();
        QCOMPARE(window.scenario().plannedRow, 1);
        QVERIFY(list->item(1)->text().startsWith(QStringLiteral("▸ ")));
        QCOMPARE(currentTotal(), totalOn(2));
        QVERIFY(window.chart()->content().title.endsWith(QLatin1String("on 2 GPUs")));
        QCOMPARE(window.chart()->content().capacities.size(), 1);
        QCOMPARE(window.chart()->content().capacities.first().count, 2);
        // Undo goes back to the first row's plan.
        window.undoStack()->undo();
        window.flushAnswer();
        QCOMPARE(window.scenario().plannedRow, 0);
        QCOMPARE(currentTotal(), totalOn(1));
    }

    void launchCommandIsShownAndCopied()
    {
        QTemporaryDir dir;
        SettingsStore settings(dir.filePath(QStringLiteral("settings.ini")));
        const auto shown = windowfixture::showWindow(&settings);
        QVERIFY(shown);
        MainWindow &window = *shown;
        Scenario s = window.scenario();
        s.modelId = QStringLiteral("llama-3.1-8b");
        s.weightsId = s.kvCacheId = QStringLiteral("bf16");
        s.method = EstimateMethod::Vllm;
        s.tokens = 32768;
        s.concurrency = 16;
        s.gpus = {{QStringLiteral("h100-80gb"), 1}, {QStringLiteral("h100-80gb"), 2}};
        s.plannedRow = 1;
        window.setScenario(s);
        window.flushAnswer();
        // The command starts the planned row: two GPUs, tensor parallel 2.
        const Scenario two = [&] { Scenario t = s; t.gpus = {{QStringLiteral("h100-80gb"), 2}}; t.plannedRow = 0; return t; }();
        const MemoryModel model(*two.toInput(builtIn(), nullptr));
        const QString command =
            LaunchCommand::build(model, FitAnalyzer::analyze(model, two.gpuConfigs(builtIn()).first())).text();
        QVERIFY(command.contains(QLatin1String("--tensor-parallel-size 2")));
        auto *answer = window.answerPanel();
        QVERIFY2(answer->toPlainText().contains(command), qPrintable(answer->toPlainText()));

        // Click its Copy link: the clipboard holds the command, the status bar says so.
        QSignalSpy copied(answer, &AnswerPanel::commandCopied);
        QTextCursor link = answer->document()->find(QStringLiteral("Copy"));
        QVERIFY(!link.isNull());
        link.setPosition(link.selectionStart() + 1);
        answer->setTextCursor(link);
        answer->ensureCursorVisible();
        const QPoint at = answer->cursorRect(link).center();
        QTest::mouseClick(answer->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(copied.count(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), command);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Copied the launch command"));

        // The rules of thumb have no command.
        s.method = EstimateMethod::Exact;
        window.setScenario(s);
        window.flushAnswer();
        QVERIFY(!answer->toPlainText().contains(QLatin1String("Launch command")));
    }

    void plannedRowRoundTrips()
    {
        Scenario s;
        s.plannedRow = 2;
        QString error;
        const auto back = Scenario::fromJson(s.toJson(), builtIn(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->plannedRow, 2);
        QCOMPARE(back->plannedGpuCount(), 2); // the default third row: 2 × H100 80GB
        QJsonObject json = s.toJson();
        json.insert(QStringLiteral("planned_row"), 3); // only three rows
        QVERIFY(!Scenario::fromJson(json, builtIn(), &error));
        QVERIFY(error.contains(QLatin1String("planned_row")));
        json.remove(QStringLiteral("planned_row")); // older files: the first row
        QCOMPARE(Scenario::fromJson(json, builtIn(), &error)->plannedRow, 0);
    }

    void mixedRowSplitInTheWindow()
    {
        QTemporaryDir dir;
        SettingsStore settings(dir.filePath(QStringLiteral("settings.ini")));
        const auto shown = windowfixture::showWindow(&settings);
        QVERIFY(shown);
        MainWindow &window = *shown;
        Scenario s = window.scenario();
        s.modelId = QStringLiteral("llama-2-13b");
        s.weightsId = s.kvCacheId = QStringLiteral("fp16");
        s.method = EstimateMethod::LlamaCpp;
        s.tokens = 4096;
        s.concurrency = 1;
        s.gpus = {{QStringLiteral("rtx-4090"), 1}};
        s.engine.flashAttention = EngineSettings::FlashAttention::Off; // the buffers of tst_engines
        window.setScenario(s);

        // Select the row, pick 1 × RTX 3090 and add it to the row: one machine with both cards.
        auto *list = child<QListWidget>(&window, "gpuList");
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        auto *kind = child<QComboBox>(&window, "gpuKindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("rtx-3090")));
        child<QSpinBox>(&window, "gpuCountSpin")->setValue(1);
        QTest::mouseClick(child<QPushButton>(&window, "mixGpuButton"), Qt::LeftButton);
        window.flushAnswer();
        QCOMPARE(window.scenario().gpus.size(), 1);
        QCOMPARE(window.scenario().gpus.first().more.size(), 1);
        QCOMPARE(window.scenario().gpus.first().more.first().first, QStringLiteral("rtx-3090"));
        // The parts worked by hand in tst_engines: 21 layers on the 4090, 19 and the head on the 3090.
        QString answer = window.answerPanel()->toPlainText();
        QVERIFY2(answer.contains(QStringLiteral("GPU 0 (RTX 4090 24GB): 21 layers: weights 13.32 GB, KV cache 1.76 GB, "
                                                "compute buffer 419.43 MB; 15.50 GB of 25.43 GB")),
                 qPrintable(answer));
        QVERIFY(answer.contains(QStringLiteral("GPU 1 (RTX 3090 24GB): 19 layers and the output head")));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("1 × RTX 4090 24GB + 1 × RTX 3090 24GB")));

        // --tensor-split 3,1 typed in: 31 layers on the 4090.
        auto *split = child<QLineEdit>(&window, "tensorSplitEdit");
        QVERIFY(split->isVisible());
        QTest::keyClicks(split, QStringLiteral("3,1"));
        window.flushAnswer();
        QCOMPARE(window.scenario().engine.tensorSplit, (QList<qint64>{3000000, 1000000}));
        answer = window.answerPanel()->toPlainText();
        QVERIFY2(answer.contains(QStringLiteral("GPU 0 (RTX 4090 24GB): 31 layers")), qPrintable(answer));
        // Row split: the 3090 holds only its cut of the matrices.
        auto *mode = child<QComboBox>(&window, "splitModeCombo");
        mode->setCurrentIndex(mode->findData(QStringLiteral("row")));
        window.flushAnswer();
        QCOMPARE(window.scenario().engine.splitMode, EngineSettings::SplitMode::Row);
        answer = window.answerPanel()->toPlainText();
        QVERIFY2(answer.contains(QStringLiteral("GPU 1 (RTX 3090 24GB): 40 layers: weights 6.34 GB, KV cache 0 B, compute buffer 0 B")),
                 qPrintable(answer));
        // Undo goes back step by step to the layer split.
        window.undoStack()->undo();
        window.flushAnswer();
        QCOMPARE(window.scenario().engine.splitMode, EngineSettings::SplitMode::Layer);
    }

    void mixedRowsRoundTrip()
    {
        Scenario s;
        s.gpus = {{QStringLiteral("rtx-4090"), 2, {{QStringLiteral("rtx-3090"), 1}}}};
        s.engine.tensorSplit = {2000000, 2000000, 1000000};
        s.engine.splitMode = EngineSettings::SplitMode::Row;
        s.engine.mainGpu = 2;
        s.engine.calibration = {QStringLiteral("my 4090s"), -71303168, 1048576, 0, 0}; // a scenario file keeps the profile it used
        QString error;
        const auto back = Scenario::fromJson(s.toJson(), builtIn(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == s);
        QCOMPARE(back->gpuConfigs(builtIn()).first().label(), QStringLiteral("2 × RTX 4090 24GB + 1 × RTX 3090 24GB"));
        QCOMPARE(back->plannedGpuCount(), 3);
        QJsonObject json = s.toJson();
        QJsonArray rows = json.value(QLatin1String("gpus")).toArray();
        QJsonObject row = rows.first().toObject();
        row.insert(QStringLiteral("with"), QJsonArray{QJsonObject{{QStringLiteral("gpu"), QStringLiteral("nope")},
                                                                  {QStringLiteral("count"), 1}}});
        rows.replace(0, row);
        json.insert(QStringLiteral("gpus"), rows);
        QVERIFY(!Scenario::fromJson(json, builtIn(), &error));
        QVERIFY2(error.contains(QLatin1String("nope")), qPrintable(error));
        QCOMPARE(parseGpuConfigRef(QStringLiteral("2xrtx-4090+rtx-3090")).more.size(), 1);
        QVERIFY(parseGpuConfigRef(QStringLiteral("rtx-4090+")).gpuId.isEmpty());
    }

    void cliPlansMixedMachines()
    {
        QTemporaryDir home;
        const Run r = runCli(home.path(), {QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-2-13b"),
                                           QStringLiteral("--method"), QStringLiteral("llamacpp"), QStringLiteral("--gpu"),
                                           QStringLiteral("rtx-4090+rtx-3090"), QStringLiteral("--tensor-split"),
                                           QStringLiteral("3,1"), QStringLiteral("--flash-attn"), QStringLiteral("off"),
                                           QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("gpu_count")).toInt(), 2);
        const QJsonArray devices = o.value(QLatin1String("devices")).toArray();
        QCOMPARE(devices.size(), 2);
        QCOMPARE(devices.at(0).toObject().value(QLatin1String("total_bytes")).toInteger(), qint64(22686584576));
        QCOMPARE(devices.at(1).toObject().value(QLatin1String("total_bytes")).toInteger(), qint64(7211768064));
        QCOMPARE(devices.at(1).toObject().value(QLatin1String("output_head")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("usd_cents_per_hour")).toInteger(), qint64(99)); // $0.60 + $0.39

        for (const auto &[option, value, message] :
             {std::tuple{"--tensor-split", "3,x", "--tensor-split must be"}, std::tuple{"--split-mode", "rows", "--split-mode must be"},
              std::tuple{"--tensor-split", "0,0", "--tensor-split must be"}, std::tuple{"--main-gpu", "-1", "--main-gpu must be"}}) {
            const Run bad = runCli(home.path(), {QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-2-13b"),
                                                 QStringLiteral("--method"), QStringLiteral("llamacpp"),
                                                 QString::fromLatin1(option), QString::fromLatin1(value)});
            QCOMPARE(bad.exitCode, 2);
            QVERIFY2(bad.err.contains(QString::fromLatin1(message)), qPrintable(bad.err));
        }
        const Run unknown = runCli(home.path(), {QStringLiteral("estimate"), QStringLiteral("--model"), QStringLiteral("llama-2-13b"),
                                                 QStringLiteral("--gpu"), QStringLiteral("rtx-4090+rtx-9090")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("rtx-4090+rtx-9090")));
    }
};

QTEST_MAIN(TestHardware)
#include "tst_hardware.moc"
