// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in catalogues, and how broken catalogue files are refused.
#include "Catalog.h"
#include "GpuConfig.h"
#include "Language.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vram;

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    // Ascend is sold in China as 昇腾, and it is an NPU: the Chinese interface says so.
    void localNamesFollowTheLanguage()
    {
        const GpuSpec *ascend = Catalog::builtIn().gpu(QStringLiteral("ascend-910b"));
        QVERIFY(ascend);
        QVERIFY(Language::install(QStringLiteral("zh_CN")));
        QCOMPARE(ascend->displayName(), QStringLiteral("昇腾 910B NPU 64GB"));
        QCOMPARE((GpuConfig{*ascend, 2}).label(), QStringLiteral("2 × 昇腾 910B NPU 64GB"));
        QVERIFY(Language::install(QStringLiteral("en")));
        QCOMPARE(ascend->displayName(), QStringLiteral("Ascend 910B NPU 64GB"));
        // Kinds without a local name keep theirs.
        QCOMPARE(Catalog::builtIn().gpu(QStringLiteral("h100-80gb"))->displayName(), QStringLiteral("H100 80GB"));
    }

    void builtInLoads()
    {
        const Catalog &c = Catalog::builtIn();
        QVERIFY2(c.error().isEmpty(), qPrintable(c.error()));
        QVERIFY(c.models().size() >= 20);
        QVERIFY(c.gpus().size() >= 15);
        QVERIFY(c.dataTypes().size() >= 16);
    }

    void pcieOnlyGpusCiteTheirLink()
    {
        // Every built-in board marked PCIe-only says where that is stated; NVLink boards are not marked.
        int pcieOnly = 0;
        for (const GpuSpec &g : Catalog::builtIn().gpus()) {
            if (!g.pcieOnly)
                continue;
            ++pcieOnly;
            QVERIFY2(g.linkSource.contains(QLatin1String("https://")), qPrintable(g.id));
            // What a user's GPU file keeps of it.
            Catalog again;
            QVERIFY(again.loadGpus(QJsonDocument(QJsonObject{{QStringLiteral("gpus"), QJsonArray{g.toJson()}}}).toJson(),
                                   QStringLiteral("again")));
            QVERIFY(again.gpus().first().pcieOnly);
            QCOMPARE(again.gpus().first().linkSource, g.linkSource);
        }
        QVERIFY(pcieOnly >= 5);
        QVERIFY(Catalog::builtIn().gpu(QStringLiteral("l4"))->pcieOnly);
        QVERIFY(!Catalog::builtIn().gpu(QStringLiteral("h100-80gb"))->pcieOnly);
        QVERIFY(!Catalog::builtIn().gpu(QStringLiteral("h100-80gb"))->toJson().contains(QStringLiteral("pcie_only")));
    }

    void requiredModels_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"llama-2-7b", "llama-2-13b", "llama-2-70b", "llama-3-8b", "llama-3-70b", "llama-3.1-405b",
                               "deepseek-r1-distill-llama-70b", "deepseek-v3", "qwen2.5-7b", "qwen2.5-72b", "qwen3-32b",
                               "mistral-7b", "mixtral-8x7b", "gemma-2-9b", "gemma-2-27b", "phi-3-mini", "gpt-3-175b",
                               "falcon-7b", "falcon-180b"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void requiredModels()
    {
        QFETCH(QString, id);
        const ModelSpec *m = Catalog::builtIn().model(id);
        QVERIFY(m);
        QVERIFY(m->validate().isEmpty());
        QVERIFY(!m->parametersSource.isEmpty());
        QVERIFY(!m->configSource.isEmpty());
    }

    void attentionKinds()
    {
        const Catalog &c = Catalog::builtIn();
        QCOMPARE(c.model(QStringLiteral("llama-2-13b"))->attentionKind(), AttentionKind::MultiHead);
        QCOMPARE(c.model(QStringLiteral("llama-3-70b"))->attentionKind(), AttentionKind::GroupedQuery);
        QCOMPARE(c.model(QStringLiteral("falcon-7b"))->attentionKind(), AttentionKind::MultiQuery);
        QCOMPARE(c.model(QStringLiteral("deepseek-v3"))->attentionKind(), AttentionKind::MultiHeadLatent);
        QVERIFY(c.model(QStringLiteral("mixtral-8x7b"))->isMixtureOfExperts());
        QVERIFY(c.model(QStringLiteral("qwen3-32b"))->headDimExplicit);
        // Gemma 2 alternates: layer 0 slides, layer 1 is global.
        const ModelSpec *gemma = c.model(QStringLiteral("gemma-2-9b"));
        QVERIFY(gemma->layerKind(0) == LayerKind::Sliding);
        QVERIFY(gemma->layerKind(1) != LayerKind::Sliding);
        QCOMPARE(gemma->slidingLayerCount(), 21);
    }

    void gpuCapacities_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("bytes");
        // nvidia-smi MiB × 2^20 (sources in gpus.json).
        QTest::newRow("a10") << "a10" << qint64(23028) * 1048576;
        QTest::newRow("a100-40gb") << "a100-40gb" << qint64(40960) * 1048576;
        QTest::newRow("a100-80gb") << "a100-80gb" << qint64(81920) * 1048576;
        QTest::newRow("h100-80gb") << "h100-80gb" << qint64(85520809984);
        QTest::newRow("h200-141gb") << "h200-141gb" << qint64(143771) * 1048576;
        QTest::newRow("b200") << "b200" << qint64(183359) * 1048576;
        QTest::newRow("l4") << "l4" << qint64(23034) * 1048576;
        QTest::newRow("l40s") << "l40s" << qint64(46068) * 1048576;
        QTest::newRow("t4") << "t4" << qint64(15360) * 1048576;
        QTest::newRow("v100-32gb") << "v100-32gb" << qint64(32480) * 1048576;
        QTest::newRow("rtx-3090") << "rtx-3090" << qint64(24576) * 1048576;
        QTest::newRow("rtx-4090") << "rtx-4090" << qint64(24564) * 1048576;
        QTest::newRow("rtx-5090") << "rtx-5090" << qint64(32607) * 1048576;
        QTest::newRow("mi300x") << "mi300x" << qint64(201310208) * 1024;
        QTest::newRow("ascend-910b") << "ascend-910b" << qint64(65536) * 1048576;
        QTest::newRow("l20") << "l20" << qint64(46068) * 1048576;
        QTest::newRow("h200-nvl") << "h200-nvl" << qint64(143771) * 1048576;
        QTest::newRow("rtx-pro-6000") << "rtx-pro-6000" << qint64(97887) * 1048576;
        QTest::newRow("b300") << "b300" << qint64(275040) * 1048576;
        QTest::newRow("gb200") << "gb200" << qint64(189471) * 1048576;
        QTest::newRow("gb300") << "gb300" << qint64(284208) * 1048576;
        // Unified memory: the GPU's share, Metal's recommendedMaxWorkingSetSize — 107.52 GiB on a 128 GB Mac
        // under macOS 26 (107.52 × 2^30 = 115,448,720,916.48), 464 GiB on the 512 GB M3 Ultra (MB of 10^6 B).
        QTest::newRow("m4-max-128gb") << "m4-max-128gb" << qint64(115448720916);
        QTest::newRow("m3-ultra-512gb") << "m3-ultra-512gb" << qint64(464) * 1073741824;
        // Strix Halo: the most AMD's Variable Graphics Memory carves out of 128 GB.
        QTest::newRow("ryzen-ai-max-395-128gb") << "ryzen-ai-max-395-128gb" << qint64(96) * 1073741824;
        // DGX Spark: CUDA's total of the GB10's unified memory as vLLM prints it, 121.69 GiB (NVML has no
        // framebuffer figure there): 121.69 × 2^30 = 130,663,642,562.56, to the byte 130,663,642,563.
        QTest::newRow("dgx-spark") << "dgx-spark" << qint64(130663642563);
        // MI325X: PyTorch's 255.98 GiB (vllm#41962), 256 GiB less the 16 MiB its siblings report.
        QTest::newRow("mi325x") << "mi325x" << qint64(262128) * 1048576;
        QTest::newRow("mi355x") << "mi355x" << qint64(309220868096);
        // Ascend 910C: each of its two dies is an NPU of 64 GiB, as the 910B.
        QTest::newRow("ascend-910c") << "ascend-910c" << qint64(65536) * 1048576;
    }

    void gpuCapacities()
    {
        QFETCH(QString, id);
        QFETCH(qint64, bytes);
        const GpuSpec *g = Catalog::builtIn().gpu(id);
        QVERIFY(g);
        QCOMPARE(g->memoryBytes, bytes);
        QVERIFY(!g->source.isEmpty());
        // Only the machines whose GPU shares the system memory are marked so.
        QCOMPARE(g->unifiedMemory, g->vendor == QLatin1String("Apple") || id == QLatin1String("dgx-spark")
                                       || id.startsWith(QLatin1String("ryzen-ai-max")));
    }

    // What CUDA (or CANN) reports as total, which the engine methods budget from: the printed GiB
    // (rounded to 0.01) times 2^30, to the nearest byte, each cited in gpus.json.
    void allocatableTotals_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("bytes");
        // H200 NVL: vLLM's "(112.72/139.8 GiB)": 139.80 × 2^30 = 150,109,106,995.2.
        QTest::newRow("h200-nvl") << "h200-nvl" << qint64(150109106995);
        // H200 (SXM), same nvidia-smi total, prints 139.81: 150,119,844,413.44.
        QTest::newRow("h200-141gb") << "h200-141gb" << qint64(150119844413);
        // B200 178.35 GiB: 191,501,854,310.4.
        QTest::newRow("b200") << "b200" << qint64(191501854310);
        // L4 21.96 GiB: 23,579,370,455.04.
        QTest::newRow("l4") << "l4" << qint64(23579370455);
        // Ascend 910B: CANN's 61.27 GiB: 65,788,161,556.48.
        QTest::newRow("ascend-910b") << "ascend-910b" << qint64(65788161556);
        // A GPU without a CUDA figure budgets from its nvidia-smi total.
        QTest::newRow("l20") << "l20" << qint64(46068) * 1048576;
    }

    void allocatableTotals()
    {
        QFETCH(QString, id);
        QFETCH(qint64, bytes);
        const GpuSpec *g = Catalog::builtIn().gpu(id);
        QVERIFY(g);
        QCOMPARE(g->allocatableBytes(), bytes);
        QVERIFY(g->cudaTotalBytes == 0 || !g->cudaSource.isEmpty());
    }

    void everyDataTypeHasASource()
    {
        for (const DataType &t : Catalog::builtIn().dataTypes())
            QVERIFY2(!t.source.isEmpty(), qPrintable(t.id));
        QCOMPARE(Catalog::builtIn().dataType(QStringLiteral("q8_0"))->bitsPerElement(), 8.5);
        QCOMPARE(Catalog::builtIn().dataType(QStringLiteral("q6_k"))->bitsPerElement(), 6.5625);
    }

    void malformedModelFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const QByteArray good = R"({"id":"m","name":"M","family":"F","parameters":100,"nominal_parameters":100,
            "parameters_source":"s","config_source":"s","config":{"num_hidden_layers":2,"hidden_size":8,
            "num_attention_heads":2,"vocab_size":10,"max_position_embeddings":16}})";
        const auto wrap = [](const QByteArray &entry) { return "{\"models\":[" + entry + "]}"; };
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("truncated") << QByteArray(R"({"models":[{"id":"m")") << "not valid JSON";
        QTest::newRow("array at top") << QByteArray("[]") << "expected an object";
        QTest::newRow("models not a list") << QByteArray(R"({"models":{}})") << "expected an object";
        QTest::newRow("entry not an object") << QByteArray(R"({"models":[42]})") << "object";
        QTest::newRow("missing id") << QByteArray(R"({"models":[{"name":"x"}]})") << "\"id\"";
        QTest::newRow("string for a number") << wrap(QByteArray(good).replace("\"parameters\":100", "\"parameters\":\"100\""))
                                             << "\"parameters\"";
        QTest::newRow("fractional layers") << wrap(QByteArray(good).replace("\"num_hidden_layers\":2", "\"num_hidden_layers\":2.5"))
                                           << "num_hidden_layers";
        QTest::newRow("zero layers") << wrap(QByteArray(good).replace("\"num_hidden_layers\":2", "\"num_hidden_layers\":0"))
                                     << "num_hidden_layers";
        QTest::newRow("huge layers") << wrap(QByteArray(good).replace("\"num_hidden_layers\":2", "\"num_hidden_layers\":1e300"))
                                     << "num_hidden_layers";
        QTest::newRow("negative params") << wrap(QByteArray(good).replace("\"parameters\":100", "\"parameters\":-100"))
                                         << "parameters";
        QTest::newRow("config missing") << wrap(QByteArray(good).replace("\"config\":{", "\"cfg\":{")) << "config";
        QTest::newRow("duplicate id") << wrap(good + "," + good) << "twice";
        QTest::newRow("unknown recurrent mixer")
            << wrap(QByteArray(good).replace("\"vocab_size\":10", "\"vocab_size\":10,\"recurrent_mixer\":\"rwkv\""))
            << "recurrent_mixer";
        QTest::newRow("recurrent mixer not a string")
            << wrap(QByteArray(good).replace("\"vocab_size\":10", "\"vocab_size\":10,\"recurrent_mixer\":2"))
            << "recurrent_mixer";
    }

    void malformedModelFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        Catalog c;
        QVERIFY(!c.loadModels(json, QStringLiteral("test.json")));
        QVERIFY2(c.error().contains(mentions), qPrintable(c.error()));
        QVERIFY(c.error().contains(QStringLiteral("test.json")));
        QVERIFY(c.models().isEmpty());
    }

    void validMinimalModelLoads()
    {
        Catalog c;
        QVERIFY2(c.loadModels(R"({"models":[{"id":"m","name":"M","family":"F","parameters":100,"nominal_parameters":100,
            "parameters_source":"s","config_source":"s","config":{"num_hidden_layers":2,"hidden_size":8,
            "num_attention_heads":2,"vocab_size":10,"max_position_embeddings":16}}]})",
                              QStringLiteral("test.json")),
                 qPrintable(c.error()));
        QCOMPARE(c.models().size(), 1);
        QCOMPARE(c.models().first().kvHeads, 2); // defaults to the attention heads
        QCOMPARE(c.models().first().headDim, 4);
    }

    void malformedGpuAndTypeFiles()
    {
        Catalog c;
        QVERIFY(!c.loadGpus(R"({"gpus":[{"id":"g","name":"G","vendor":"V","memory_bytes":-1,"source":"s"}]})",
                            QStringLiteral("g.json")));
        QVERIFY(c.error().contains(QStringLiteral("memory_bytes")));
        QVERIFY(!c.loadDataTypes(R"({"data_types":[{"id":"t","name":"T","kind":"weird","block_elements":1,
            "block_bytes":1,"source":"s"}]})",
                                 QStringLiteral("t.json")));
        QVERIFY(c.error().contains(QStringLiteral("kind")));
        QVERIFY(!c.loadDataTypes(R"({"data_types":[{"id":"t","name":"T","kind":"block","block_elements":0,
            "block_bytes":1,"source":"s"}]})",
                                 QStringLiteral("t.json")));
        QVERIFY(c.error().contains(QStringLiteral("block")));
    }

    void unknownIdsAreNull()
    {
        QVERIFY(!Catalog::builtIn().model(QStringLiteral("gpt-9")));
        QVERIFY(!Catalog::builtIn().gpu(QStringLiteral("h900")));
        QVERIFY(!Catalog::builtIn().dataType(QStringLiteral("fp3")));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
