// SPDX-License-Identifier: GPL-3.0-or-later
// The vLLM and llama.cpp methods: layouts and budgets worked by hand (see the
// comments for the arithmetic), then the published start-up printouts of
// tests/data/engine-measurements.json, each within its stated tolerance.
#include "ByteUnit.h"
#include "Catalog.h"
#include "ConfigSearch.h"
#include "Pricing.h"
#include "FitAnalyzer.h"
#include "EngineLog.h"
#include "LaunchCommand.h"
#include "LlamaCppFit.h"
#include "MindiePlan.h"
#include "Scenario.h"
#include "OllamaPlan.h"
#include "SglangPlan.h"
#include "TrtLlmPlan.h"
#include "VllmPlan.h"

#include <QFile>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>

using namespace vram;

namespace {
constexpr qint64 MiB = qint64(1) << 20;

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(VRAM_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The catalogue plus the models only the measurements use.
const Catalog &catalog()
{
    static const Catalog c = [] {
        Catalog built = Catalog::builtIn();
        Catalog extra;
        if (!extra.loadModels(readData(QStringLiteral("measurement-models.json")), QStringLiteral("measurement-models.json")))
            qFatal("%s", qPrintable(extra.error()));
        for (const ModelSpec &m : extra.models())
            built.addModel(m);
        return built;
    }();
    return c;
}

EstimateInput input(const QString &model, const QString &weights, const QString &kv, EstimateMethod method,
                    qint64 tokens, qint64 concurrency, EngineSettings engine = {})
{
    const Catalog &c = catalog();
    if (!c.model(model) || !c.dataType(weights) || !c.dataType(kv))
        qFatal("unknown model or type: %s %s %s", qPrintable(model), qPrintable(weights), qPrintable(kv));
    return EstimateInput{*c.model(model), *c.dataType(weights), *c.dataType(kv), method, tokens, concurrency, 100000, engine};
}

// The llama.cpp figures worked by hand before flash attention was planned are without it.
EngineSettings noFlashAttention()
{
    EngineSettings e;
    e.flashAttention = EngineSettings::FlashAttention::Off;
    return e;
}

EngineSettings tensorParallel(int tp)
{
    EngineSettings e;
    e.tensorParallel = tp;
    return e;
}

const GpuSpec &gpu(const QString &id)
{
    return *catalog().gpu(id);
}
} // namespace

class TestEngines : public QObject
{
    Q_OBJECT

private slots:
    void vllmShardsKvHeads_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("tp");
        QTest::addColumn<int>("kvHeadsPerRank");
        QTest::addColumn<qint64>("bytesPerToken");
        // Llama-3 8B: 32 layers × 2 × 8 heads × 128 × 2 B = 131,072 B; TP2 keeps 4 heads, 65,536 B.
        QTest::newRow("llama-3-8b tp1") << "llama-3-8b" << 1 << 8 << qint64(131072);
        QTest::newRow("llama-3-8b tp2") << "llama-3-8b" << 2 << 4 << qint64(65536);
        // TP8 = KV heads: one each. TP16 > 8 KV heads: each rank keeps a copy of one head, still 16,384 B.
        QTest::newRow("llama-3-70b tp8") << "llama-3-70b" << 8 << 1 << qint64(80 * 2 * 128 * 2);
        QTest::newRow("llama-3-70b tp16") << "llama-3-70b" << 16 << 1 << qint64(80 * 2 * 128 * 2);
        // MLA: every rank holds the whole latent, 61 layers × (512 + 64) × 2 B = 70,272 B.
        QTest::newRow("deepseek-v3 tp8") << "deepseek-v3" << 8 << 0 << qint64(70272);
    }

    void vllmShardsKvHeads()
    {
        QFETCH(QString, model);
        QFETCH(int, tp);
        QFETCH(int, kvHeadsPerRank);
        QFETCH(qint64, bytesPerToken);
        const MemoryModel m(input(model, QStringLiteral("bf16"), QStringLiteral("bf16"), EstimateMethod::Vllm, 4096, 1,
                                  tensorParallel(tp)));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        QCOMPARE(m.vllm().kvHeadsPerRank, kvHeadsPerRank);
        QCOMPARE(m.vllm().kvBytesPerToken, bytesPerToken);
        QCOMPARE(m.vllm().blockBytes, 16 * bytesPerToken);
        // Pooled over the ranks, the chart's KV per token is TP × the rank's.
        QCOMPARE(m.bytes().kvPerToken, tp * bytesPerToken);
    }

    void vllmRefusesWhatVllmRefuses_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("kv");
        QTest::addColumn<int>("tp");
        QTest::addColumn<QString>("fragment");
        // LLaMA-2 13B has 40 attention heads: 3 does not divide them.
        QTest::newRow("heads") << "llama-2-13b" << "fp16" << 3 << "40 attention heads";
        // Falcon-180B: 232 heads divide by 29, but its 8 KV heads and 29 do not divide one another.
        QTest::newRow("kv heads") << "falcon-180b" << "fp16" << 29 << "8 KV heads";
        QTest::newRow("q4_0 cache") << "llama-3-8b" << "q4_0" << 1 << "no Q4_0 KV cache";
    }

    void vllmRefusesWhatVllmRefuses()
    {
        QFETCH(QString, model);
        QFETCH(QString, kv);
        QFETCH(int, tp);
        QFETCH(QString, fragment);
        const MemoryModel m(input(model, QStringLiteral("fp16"), kv, EstimateMethod::Vllm, 4096, 1, tensorParallel(tp)));
        QVERIFY(!m.isValid());
        QVERIFY2(m.error().contains(fragment), qPrintable(m.error()));
        QVERIFY(!m.bytes().ok);
    }

    void vllmPlanByHand()
    {
        // Llama-3.1 8B bf16 on an RTX 3090, max_model_len 20,000, eager, as in vllm-project/vllm#10517.
        EngineSettings e;
        e.maxNumBatchedTokens = 20000;
        e.enforceEager = true;
        const MemoryModel m(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                  EstimateMethod::Vllm, 20000, 1, e));
        const VllmPlan p = VllmPlan::build(m, gpu(QStringLiteral("rtx-3090")));
        // CUDA total 23.58 GiB = 25,318,832,210 B; × 0.9 = 22,786,948,989 B.
        QVERIFY(p.cudaTotalKnown);
        QCOMPARE(p.cudaTotal, qint64(25318832210));
        QCOMPARE(p.budget, qint64(22786948989));
        // Activation: 20,000 × 11 × 4,096 × 2 + 256 × 128,256 × 16 = 1,802,240,000 + 525,336,576.
        QCOMPARE(m.vllm().activation, qint64(2327576576));
        // 22,786,948,989 − 16,060,522,496 − 2,327,576,576 − 375,809,638 = 4,023,040,279.
        QCOMPARE(p.availableKv, qint64(4023040279));
        // ⌊4,023,040,279 / 2,097,152⌋ = 1,918 blocks = 30,688 tokens; 1,918 / 1,250 = 1.5344.
        QCOMPARE(p.numBlocks, qint64(1918));
        QCOMPARE(p.kvCacheTokens, qint64(30688));
        QCOMPARE(p.kvCacheBytes, qint64(1918) * 2097152);
        QCOMPARE(p.blocksPerRequest, qint64(1250));
        QCOMPARE(p.maxConcurrency, 1.5344);
        QVERIFY(p.starts);
        QVERIFY(p.scenarioFits);
        // Per GPU: 16,060,522,496 + 2,327,576,576 + 375,809,638 + 1,250 × 2,097,152.
        QCOMPARE(p.perGpuBytes, qint64(16060522496) + 2327576576 + 375809638 + qint64(1250) * 2097152);
        QCOMPARE(m.bytes().total, p.perGpuBytes);
    }

    void vllmGroupsHybridLayers_data()
    {
        // vLLM's hybrid allocator (kv_cache_utils.py, _get_kv_cache_groups_uniform_page_size): the rarer
        // kind's count as group size, or the commoner's when it has fewer than 1.5 times as many.
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("layers");      // 0: the catalogue's
        QTest::addColumn<int>("globalEvery"); // 0: the catalogue's
        QTest::addColumn<int>("stages");
        QTest::addColumn<int>("fullGroups");
        QTest::addColumn<int>("slidingGroups");
        QTest::addColumn<int>("groupLayers");
        // 12 sliding and 12 full layers: two groups of 12.
        QTest::newRow("gpt-oss-20b 12+12") << "gpt-oss-20b" << 0 << 0 << 1 << 1 << 1 << 12;
        QTest::newRow("gpt-oss-120b 18+18") << "gpt-oss-120b" << 0 << 0 << 1 << 1 << 1 << 18;
        // Two stages of 18 layers: 9 of each kind on each.
        QTest::newRow("gpt-oss-120b, 2 stages") << "gpt-oss-120b" << 0 << 0 << 2 << 1 << 1 << 9;
        QTest::newRow("gemma-2-9b 21+21") << "gemma-2-9b" << 0 << 0 << 1 << 1 << 1 << 21;
        // Gemma 3 270M: 3 full (layers 5, 11, 17) and 15 sliding: 5 sliding groups of 3.
        QTest::newRow("gemma-3-270m 3+15") << "gemma-3-270m" << 0 << 0 << 1 << 1 << 5 << 3;
        // Gemma 3 27B's pattern, 62 layers of which every 6th is full: 10 full and 52 sliding make
        // one full group and ⌈52 / 10⌉ = 6 sliding groups of 10 layers, the last padded (70 in all).
        QTest::newRow("62 layers, every 6th full") << "gemma-2-27b" << 62 << 6 << 1 << 1 << 6 << 10;
        // One kind of layer, one group of all of them; a model whose every layer slides runs through
        // vLLM's Llama code without a window.
        QTest::newRow("llama-3.1-8b") << "llama-3.1-8b" << 0 << 0 << 1 << 1 << 0 << 32;
        QTest::newRow("mistral-7b all sliding") << "mistral-7b" << 0 << 0 << 1 << 1 << 0 << 32;
    }

    void vllmGroupsHybridLayers()
    {
        QFETCH(QString, model);
        QFETCH(int, layers);
        QFETCH(int, globalEvery);
        QFETCH(int, stages);
        QFETCH(int, fullGroups);
        QFETCH(int, slidingGroups);
        QFETCH(int, groupLayers);
        EngineSettings e;
        e.pipelineParallel = stages;
        EstimateInput in = input(model, QStringLiteral("bf16"), QStringLiteral("bf16"), EstimateMethod::Vllm, 4096, 1, e);
        if (layers > 0)
            in.model.layers = layers;
        if (globalEvery > 0)
            in.model.globalEvery = globalEvery;
        const VllmLayout l = VllmLayout::build(in, 1000000);
        QVERIFY2(l.isValid(), qPrintable(l.error));
        QCOMPARE(l.fullGroups, fullGroups);
        QCOMPARE(l.slidingGroups, slidingGroups);
        QCOMPARE(l.groupLayers, groupLayers);
        // A block id is one 16-token page in each of a group's layers.
        const qint64 pageBytes = 16 * 2 * 2 * qint64(in.model.kvHeads) * in.model.headDim;
        QCOMPARE(l.blockBytes, groupLayers * pageBytes);
    }

    void vllmHybridRequestByHand()
    {
        // gpt-oss-120b with --max-num-batched-tokens 1024 and max_model_len 131,072 on one H100, as in
        // vllm-project/vllm#27508. A page: 16 tokens × 2 × 8 KV heads × 64 × 2 B = 32,768 B; a block id
        // 18 pages = 589,824 B.
        EngineSettings e;
        e.maxNumBatchedTokens = 1024;
        e.gpuMemoryUtilizationPpm = 950000;
        const MemoryModel m(input(QStringLiteral("gpt-oss-120b"), QStringLiteral("int4"), QStringLiteral("bf16"),
                                  EstimateMethod::Vllm, 131072, 1, e));
        const VllmPlan p = VllmPlan::build(m, gpu(QStringLiteral("h100-80gb")));
        QCOMPARE(p.blockBytes, qint64(589824));
        // Full group ⌈131,072 / 16⌉ = 8,192 blocks; sliding group ⌈min(128 − 1 + 1,024, 131,072) / 16⌉ + 1 = 73.
        QCOMPARE(m.vllm().slidingCapTokens, qint64(1151));
        QCOMPARE(p.blocksPerRequest, qint64(8265));
        // 8,265 × 589,824 = 4,874,895,360 B: the "4.54 GiB KV cache is needed" vLLM printed.
        QCOMPARE(p.blocksPerRequest * p.blockBytes, qint64(4874895360));
        // The cache's size counts one group's share of the block ids; the concurrency divides by 8,265.
        QCOMPARE(p.numBlocks, p.availableKv / 589824);
        QCOMPARE(p.kvCacheTokens, p.numBlocks / 2 * 16);
        QCOMPARE(p.maxConcurrency, double(p.numBlocks) / 8265.0);
        // Later vLLM prints the size as concurrency × max_model_len: ⌊blocks × 131,072 / 8,265⌋, almost
        // twice the older figure here, since a request's sliding group needs 73 blocks, not 8,192.
        QCOMPARE(p.kvCacheTokensByConcurrency, p.numBlocks * 131072 / 8265);
        QVERIFY(p.kvCacheTokensByConcurrency > p.kvCacheTokens * 19 / 10);
        // The longest max_model_len: 73 sliding blocks, the rest full, 16 tokens each.
        QCOMPARE(p.largestModelLen, (p.numBlocks - 73) * 16);
        // The scenario's bar is the same request: 8,265 blocks.
        QCOMPARE(m.bytes().kvCache, qint64(4874895360));
        // At 4,096 tokens, 8 requests: 256 full blocks and min(256, 73) sliding ones each, 329 in all.
        const MemoryModel shorter(input(QStringLiteral("gpt-oss-120b"), QStringLiteral("int4"), QStringLiteral("bf16"),
                                        EstimateMethod::Vllm, 4096, 8, e));
        QCOMPARE(shorter.bytes().kvCache, qint64(8) * 329 * 589824);
        const QString formula = shorter.explain(ByteUnit::GB, QLocale::c()).kvCache.formula;
        QVERIFY2(formula.contains(QStringLiteral("sliding-window group"))
                     && formula.contains(QStringLiteral(" × min(256, ⌈(128 − 1 + 1,024) / 16⌉ + 1) = 73 block")),
                 qPrintable(formula));
        // With the default 8,192 batched tokens the cap is ⌈8,319 / 16⌉ + 1 = 521: all 256 stay.
        const MemoryModel defaults(input(QStringLiteral("gpt-oss-120b"), QStringLiteral("int4"), QStringLiteral("bf16"),
                                         EstimateMethod::Vllm, 4096, 8));
        QCOMPARE(defaults.bytes().kvCache, qint64(8) * 512 * 589824);
    }

    void vllmPagesRecurrentState_data()
    {
        // vLLM's hybrid allocator with recurrent layers (HybridAttentionMambaModelConfig): a state page per
        // layer, the attention block grown to 16 × ⌈state page / (16 × one token's K and V in a layer)⌉ tokens
        // and the state page padded to the attention page; groups as for sliding windows.
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("tp");
        QTest::addColumn<qint64>("stateBytes");  // one layer's state on one GPU
        QTest::addColumn<qint64>("blockTokens");
        QTest::addColumn<int>("stateGroups");
        QTest::addColumn<int>("groupLayers");
        // Qwen3-Next: state 1,097,728 B a layer; K and V 2 × 2 KV heads × 256 × 2 B = 2,048 B a token:
        // ⌈1,097,728 / 32,768⌉ = 34 → 544 tokens; 12 attention and 36 Gated DeltaNet layers: 1 + 3 groups of 12.
        QTest::newRow("qwen3-next, 1 GPU") << "qwen3-next-80b-a3b" << 1 << qint64(1097728) << qint64(544) << 3 << 12;
        // Four GPUs: a quarter of the state, 274,432 B, and one KV head each, 1,024 B: ⌈274,432 / 16,384⌉ = 17
        // → 272 tokens.
        QTest::newRow("qwen3-next, 4 GPUs") << "qwen3-next-80b-a3b" << 4 << qint64(274432) << qint64(272) << 3 << 12;
        // Nemotron-H 8B: 2,158,592 B a layer; 2 × 8 × 128 × 2 B = 4,096 B a token: ⌈2,158,592 / 65,536⌉ = 33
        // → 528 tokens; 4 attention and 24 Mamba-2 layers (the MLP-only ones join no group): 1 + 6 groups of 4.
        QTest::newRow("nemotron-h-8b") << "nemotron-h-8b" << 1 << qint64(2158592) << qint64(528) << 6 << 4;
    }

    void vllmPagesRecurrentState()
    {
        QFETCH(QString, model);
        QFETCH(int, tp);
        QFETCH(qint64, stateBytes);
        QFETCH(qint64, blockTokens);
        QFETCH(int, stateGroups);
        QFETCH(int, groupLayers);
        // INT4 weights, so that the model fits on one H100 (the layout does not depend on them).
        const MemoryModel m(input(model, QStringLiteral("int4"), QStringLiteral("bf16"), EstimateMethod::Vllm, 131072, 8,
                                  tensorParallel(tp)));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const VllmLayout &l = m.vllm();
        QCOMPARE(l.statePageBytes, stateBytes);
        QCOMPARE(l.blockTokens, blockTokens);
        QCOMPARE(l.fullGroups, 1);
        QCOMPARE(l.stateGroups, stateGroups);
        QCOMPARE(l.groupLayers, groupLayers);
        const qint64 tokenBytes = 2 * 2 * qint64(std::max(1, m.input().model.kvHeads / tp)) * m.input().model.headDim;
        QCOMPARE(l.blockBytes, blockTokens * groupLayers * tokenBytes);
        // A request: ⌈131,072 / block⌉ attention blocks and one block in each state group.
        const qint64 blocks = (131072 + blockTokens - 1) / blockTokens + stateGroups;
        QCOMPARE(l.requestBlocks(131072), blocks);
        QCOMPARE(m.bytes().kvCache, 8 * blocks * l.blockBytes * tp);
        QCOMPARE(m.bytes().recurrentState, qint64(8) * stateGroups * l.blockBytes * tp);
        // The printed cache size counts one group's share of the block ids, in the grown blocks.
        const VllmPlan p = VllmPlan::build(m, gpu(QStringLiteral("h100-80gb")));
        QCOMPARE(p.blockTokens, blockTokens);
        QVERIFY(p.availableKv > 0);
        QCOMPARE(p.numBlocks, p.availableKv / l.blockBytes);
        QCOMPARE(p.kvCacheTokens, p.numBlocks / (1 + stateGroups) * blockTokens);
        QCOMPARE(p.blocksPerRequest, blocks);
    }

    void vllmRefusesARecurrentSplitItDoesNotModel()
    {
        // Nemotron-H 8B on 16 GPUs: its 32 heads and 8 KV heads accept the split, and its 8 Mamba-2 groups are
        // replicated to one a rank: 3 × (128 × 64 + 2 × 16 × 128) / 16 = 2,304 convolution values, not 30,720 / 16.
        const MemoryModel m(input(QStringLiteral("nemotron-h-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                  EstimateMethod::Vllm, 8192, 1, tensorParallel(16)));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        QCOMPARE(m.input().model.convStateElementsPerRank(16), qint64(2304));
        // Without d_state (a library entry saved before it was kept) the replicated split cannot be worked out:
        // the planner says so rather than guess.
        EstimateInput in = m.input();
        in.model.recurrentStateSize = 0;
        const MemoryModel unknown(in);
        QVERIFY(!unknown.isValid());
        QVERIFY2(unknown.error().contains(QStringLiteral("8 groups")), qPrintable(unknown.error()));
    }

    void vllmStopsWhenOneRequestDoesNotFit()
    {
        EngineSettings e;
        e.maxNumBatchedTokens = 20000;
        e.enforceEager = true;
        e.maxModelLen = 40000;
        const MemoryModel m(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                  EstimateMethod::Vllm, 20000, 1, e));
        const VllmPlan p = VllmPlan::build(m, gpu(QStringLiteral("rtx-3090")));
        // 2,500 blocks needed, 1,918 there: vLLM stops and says 30,688 tokens would fit.
        QVERIFY(!p.starts);
        QCOMPARE(p.largestModelLen, qint64(30688));
        QVERIFY2(p.error.contains(QStringLiteral("30,688")), qPrintable(p.error));
        // The scenario's own 20,000 tokens would fit, but the engine never starts.
        QVERIFY(!FitAnalyzer::analyze(m, {gpu(QStringLiteral("rtx-3090")), 1}).fits);
    }

    void vllmCountsOnlyAcceptedTensorParallelSizes()
    {
        // LLaMA-2 13B fp16, 4,096 tokens, one request, on T4s (no CUDA total: 16,106,127,360 B × 0.9
        // = 14,495,514,624 B a GPU). TP2: 13,015,864,320 B of weights per GPU + 1,053,818,880 activation
        // + 375,809,638 + 536,870,912 graphs + 1,677,721,600 KV = 16.66 GB: too much.
        // 3 does not divide 40 heads, so 3 GPUs run as TP 1 × 3 pipeline stages of ⌈40 / 3⌉ = 14 layers:
        // 26,031,728,640 × 14 / 40 = 9,111,105,024 B of weights + the same overhead, NCCL's 139,586,437 B
        // on these PCIe-only cards among it, + 256 blocks × 16 × 14 layers × 20,480 B = 1,174,405,120 B
        // of KV = 12,391,596,011 B. It fits.
        const MemoryModel m(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                  EstimateMethod::Vllm, 4096, 1));
        QCOMPARE(FitAnalyzer::usableBytesPerGpu(m.input(), gpu(QStringLiteral("t4"))), qint64(14495514624));
        QCOMPARE(FitAnalyzer::gpusNeeded(m, gpu(QStringLiteral("t4"))), qint64(3));
        const FitResult onThree = FitAnalyzer::analyze(m, {gpu(QStringLiteral("t4")), 3});
        QVERIFY2(onThree.valid, qPrintable(onThree.error));
        QVERIFY(onThree.fits);
        QCOMPARE(onThree.vllm->layout.tensorParallel, 1);
        QCOMPARE(onThree.vllm->layout.pipelineParallel, 3);
        QCOMPARE(onThree.vllm->layout.stageLayers, 14);
        QCOMPARE(onThree.vllm->layout.weights, qint64(9111105024));
        QCOMPARE(onThree.vllm->perGpuBytes, qint64(12391596011));
        // Asked for one stage (--pipeline-parallel-size 1), 3 GPUs are refused with the counts that work.
        EngineSettings oneStage;
        oneStage.pipelineStages = 1;
        const MemoryModel single(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                       EstimateMethod::Vllm, 4096, 1, oneStage));
        QCOMPARE(FitAnalyzer::gpusNeeded(single, gpu(QStringLiteral("t4"))), qint64(4));
        const FitResult refused = FitAnalyzer::analyze(single, {gpu(QStringLiteral("t4")), 3});
        QVERIFY(!refused.valid);
        QVERIFY(refused.error.contains(QStringLiteral("40 attention heads")));
        QVERIFY2(refused.error.contains(QStringLiteral("Nearest counts vLLM accepts: 2, 4.")), qPrintable(refused.error));
    }

    // vLLM has no ceiling of its own on the tensor-parallel size, and pipeline parallelism
    // takes the GPUs tensor parallelism cannot.
    void vllmSplitsAnyCountItAccepts_data()
    {
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("kvHeads");
        QTest::addColumn<int>("layers");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<int>("stages");
        QTest::addColumn<int>("tp");
        QTest::addColumn<int>("pp");
        QTest::newRow("96 heads on 96 GPUs") << 96 << 8 << 96 << 96 << 0 << 96 << 1;
        QTest::newRow("70B on 64") << 64 << 8 << 80 << 64 << 0 << 64 << 1;
        QTest::newRow("70B on 65: 65 stages") << 64 << 8 << 80 << 65 << 0 << 1 << 65;
        QTest::newRow("70B on 96: TP 32 × 3") << 64 << 8 << 80 << 96 << 0 << 32 << 3;
        QTest::newRow("70B on 4096: TP 64 × 64") << 64 << 8 << 80 << 4096 << 0 << 64 << 64;
        QTest::newRow("asked for 2 stages of 8") << 64 << 8 << 80 << 16 << 2 << 8 << 2;
        QTest::newRow("13B on 97: none") << 40 << 40 << 40 << 97 << 0 << 0 << 0;
        QTest::newRow("3 stages of 16 GPUs asked on 16") << 64 << 8 << 80 << 16 << 3 << 0 << 0;
    }
    void vllmSplitsAnyCountItAccepts()
    {
        QFETCH(int, heads);
        QFETCH(int, kvHeads);
        QFETCH(int, layers);
        QFETCH(int, gpus);
        QFETCH(int, stages);
        QFETCH(int, tp);
        QFETCH(int, pp);
        ModelSpec m = *catalog().model(QStringLiteral("llama-2-70b"));
        m.heads = heads;
        m.kvHeads = kvHeads;
        m.layers = layers;
        const auto split = VllmLayout::split(m, gpus, stages);
        QCOMPARE(split.has_value(), tp > 0);
        if (split) {
            QCOMPARE(split->tensorParallel, tp);
            QCOMPARE(split->pipelineParallel, pp);
        }
    }

    // Past every count the search tries, the answer is "none", not 0 GPUs that fit.
    void vllmFewestGpusCanBeNone()
    {
        EngineSettings e;
        e.maxNumBatchedTokens = 2000000; // an activation peak larger than any GPU's budget
        const MemoryModel m(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                  EstimateMethod::Vllm, 4096, 1, e));
        QCOMPARE(FitAnalyzer::gpusNeeded(m, gpu(QStringLiteral("h100-80gb"))), qint64(0));
    }

    // vLLM refuses a max_model_len above the model's context before it loads anything.
    void vllmRefusesAMaxModelLenBeyondTheContext()
    {
        EngineSettings e;
        e.maxModelLen = 8192; // LLaMA-2's context is 4,096
        const MemoryModel m(input(QStringLiteral("llama-2-7b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                  EstimateMethod::Vllm, 4096, 1, e));
        const VllmPlan plan = VllmPlan::build(m, gpu(QStringLiteral("h100-80gb")));
        QVERIFY(!plan.starts);
        QVERIFY2(plan.error.contains(QStringLiteral("greater than the 4,096 tokens")), qPrintable(plan.error));
        QVERIFY(!FitAnalyzer::analyze(m, {gpu(QStringLiteral("h100-80gb")), 1}).fits);
    }

    void llamaCppPadsCells_data()
    {
        QTest::addColumn<qint64>("tokens");
        QTest::addColumn<qint64>("sequences");
        QTest::addColumn<qint64>("cells");
        QTest::newRow("exact") << qint64(4096) << qint64(1) << qint64(4096);
        QTest::newRow("up to 256") << qint64(1000) << qint64(1) << qint64(1024);
        // -c 1024 -np 3: 1,024 / 3 = 341 → 512 a stream (1,536 cells in all).
        QTest::newRow("three slots") << qint64(341) << qint64(3) << qint64(512);
        QTest::newRow("four slots") << qint64(256) << qint64(4) << qint64(256);
        // 300 → n_ctx 512; 512 / 3 = 170 → 256.
        QTest::newRow("small") << qint64(100) << qint64(3) << qint64(256);
        // The solvers probe zero requests and zero tokens.
        QTest::newRow("no sequences") << qint64(4096) << qint64(0) << qint64(0);
        QTest::newRow("no tokens") << qint64(0) << qint64(4) << qint64(0);
    }

    void llamaCppPadsCells()
    {
        QFETCH(qint64, tokens);
        QFETCH(qint64, sequences);
        QFETCH(qint64, cells);
        QCOMPARE(LlamaCppLayout::cellsPerSequence(tokens, sequences), cells);
    }

    void llamaCppQuantizedCacheRows()
    {
        // Llama-3 8B, q8_0: a 1,024-value row is 32 blocks × 34 B = 1,088 B; K + V × 32 layers = 69,632 B a cell.
        const MemoryModel m(input(QStringLiteral("llama-3-8b"), QStringLiteral("fp16"), QStringLiteral("q8_0"),
                                  EstimateMethod::LlamaCpp, 4096, 1));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        QCOMPARE(m.llamaCpp().fullBytesPerCell(), qint64(69632));
        QCOMPARE(m.llamaCpp().memoryAt(4096, 1).kvBytes, qint64(69632) * 4096);
        QCOMPARE(m.bytes().kvCache, qint64(69632) * 4096);
    }

    void llamaCppKeepsRecurrentStateInF32()
    {
        // Qwen3-Next with -np 4 and 4 × 32,768 tokens: K and V only in its 12 attention layers, 12 × 2 × 2 KV heads
        // × 256 × 2 B = 24,576 B a cell; each of its 36 Gated DeltaNet layers one cell a sequence of R (3 × 8,192
        // = 24,576 values) and S (32 × 128 × 128 = 524,288 values), in F32 (llama_memory_recurrent):
        // 2,195,456 B. 4 × 32,768 × 24,576 + 4 × 36 × 2,195,456 = 3,221,225,472 + 316,145,664.
        const MemoryModel m(input(QStringLiteral("qwen3-next-80b-a3b"), QStringLiteral("q4_k_m"), QStringLiteral("fp16"),
                                  EstimateMethod::LlamaCpp, 32768, 4));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const LlamaCppLayout &l = m.llamaCpp();
        QCOMPARE(l.fullBytesPerCell(), qint64(24576));
        QCOMPARE(l.recurrentLayers(), 36);
        QCOMPARE(l.recurrentBytesPerSequence(), qint64(2195456));
        const LlamaCppMemory mem = l.memoryAt(32768, 4);
        QCOMPARE(mem.kvBytes, qint64(3221225472) + 316145664);
        QCOMPARE(mem.recurrentBytes, qint64(316145664));
        QCOMPARE(m.bytes().kvCache, qint64(3221225472) + 316145664);
        QCOMPARE(m.bytes().recurrentState, qint64(316145664));
        // A Q8_0 cache (with flash attention) shrinks K and V rows to 16 blocks × 34 B; R and S stay F32.
        EngineSettings q8;
        q8.flashAttention = EngineSettings::FlashAttention::On;
        const MemoryModel quantized(input(QStringLiteral("qwen3-next-80b-a3b"), QStringLiteral("q4_k_m"),
                                          QStringLiteral("q8_0"), EstimateMethod::LlamaCpp, 32768, 4, q8));
        QVERIFY2(quantized.isValid(), qPrintable(quantized.error()));
        QCOMPARE(quantized.llamaCpp().fullBytesPerCell(), qint64(12) * 2 * 16 * 34);
        QCOMPARE(quantized.bytes().recurrentState, qint64(316145664));
        // Half the layers offloaded (-ngl 24, the last 24): 6 attention and 18 recurrent layers on the GPU.
        EngineSettings half;
        half.gpuLayers = 24;
        const MemoryModel partial(input(QStringLiteral("qwen3-next-80b-a3b"), QStringLiteral("q4_k_m"),
                                        QStringLiteral("fp16"), EstimateMethod::LlamaCpp, 32768, 4, half));
        QCOMPARE(partial.bytes().kvCache, qint64(4) * 32768 * 6 * 2048 + qint64(4) * 18 * 2195456);
        QCOMPARE(partial.bytes().recurrentState, qint64(4) * 18 * 2195456);
        // Ollama's runner is not llama.cpp's for these models: it says it does not model them.
        const MemoryModel ollama(input(QStringLiteral("qwen3-next-80b-a3b"), QStringLiteral("q4_k_m"),
                                       QStringLiteral("fp16"), EstimateMethod::Ollama, 32768, 4));
        QVERIFY(!ollama.isValid());
    }

    void llamaCppSlidingCacheStaysF16()
    {
        // Gemma-2 9B, q8_0, 8,192 tokens: 21 global layers of 2 × 2,176 B and 21 sliding
        // layers kept in F16 (2 × 4,096 B). Sliding cells: min(8,192, 4,096 + 512) = 4,608.
        const MemoryModel m(input(QStringLiteral("gemma-2-9b"), QStringLiteral("fp16"), QStringLiteral("q8_0"),
                                  EstimateMethod::LlamaCpp, 8192, 1));
        QCOMPARE(m.llamaCpp().fullBytesPerCell(), qint64(91392));
        QCOMPARE(m.llamaCpp().swaBytesPerCell(), qint64(172032));
        const LlamaCppMemory mem = m.llamaCpp().memoryAt(8192, 1);
        QCOMPARE(mem.swaCellsPerSequence, qint64(4608));
        QCOMPARE(mem.kvBytes, qint64(8192) * 91392 + qint64(4608) * 172032);
    }

    void vllmPagesTheIndexerBesideTheLatent_data()
    {
        QTest::addColumn<QString>("cache");
        QTest::addColumn<qint64>("latent");
        QTest::addColumn<qint64>("perToken");
        // DeepSeek-V3.2-Exp, 61 MLA layers: each keeps its latent and its lightning-indexer keys, 128 FP8
        // values and a float32 scale, 132 B (DeepseekV32IndexerCache). BF16: 576 × 2 B = 1,152 B of latent;
        // FP8 becomes fp8_ds_mla, 656 B (MLAAttentionSpec.real_page_size_bytes).
        // 61 × (1,152 + 132) = 78,324; 61 × (656 + 132) = 48,068.
        QTest::newRow("bf16") << QStringLiteral("bf16") << qint64(1152) << qint64(78324);
        QTest::newRow("fp8") << QStringLiteral("fp8") << qint64(656) << qint64(48068);
    }

    void vllmPagesTheIndexerBesideTheLatent()
    {
        QFETCH(QString, cache);
        QFETCH(qint64, latent);
        QFETCH(qint64, perToken);
        // On 8 × H200: every rank keeps the whole latent and indexer (MLA is not split over heads), in
        // 64-token blocks (FlashMLA-sparse), one group of both pages in every layer: a block id is
        // 64 × per-token bytes; a request of 131,072 tokens takes 2,048 of them on each GPU.
        EngineSettings e;
        e.tensorParallel = 8;
        e.maxModelLen = 131072;
        const MemoryModel m(input(QStringLiteral("deepseek-v3.2"), QStringLiteral("fp8"), cache, EstimateMethod::Vllm,
                                  131072, 1, e));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const VllmLayout &l = m.vllm();
        QCOMPARE(l.latentBytes, latent);
        QCOMPARE(l.indexerBytes, qint64(132));
        QCOMPARE(l.blockTokens, qint64(64));
        QCOMPARE(l.groups(), 1);
        QCOMPARE(l.kvBytesPerToken, perToken);
        QCOMPARE(l.blockBytes, 64 * perToken);
        QCOMPARE(m.bytes().kvCache, qint64(2048) * 64 * perToken * 8);
        const MemoryBreakdown why = m.explain(ByteUnit::GB, QLocale(QLocale::English));
        QVERIFY2(why.kvPerToken.formula.contains(QLatin1String("132 B indexer key")), qPrintable(why.kvPerToken.formula));
        // vLLM's start-up figures count 64-token blocks: the GPU KV cache is whole blocks of them.
        const VllmPlan plan = VllmPlan::build(m, *catalog().gpu(QStringLiteral("h200-141gb")));
        QCOMPARE(plan.blockTokens, qint64(64));
        QCOMPARE(plan.blockBytes, 64 * perToken);
        QCOMPARE(plan.kvCacheTokens, plan.numBlocks * 64);
        QVERIFY(plan.numBlocks > 0);
    }

    void llamaCppGivesGptOssWindowsTheirOwnCache()
    {
        // gpt-oss-20b, one sequence of 131,072 tokens: 12 full layers of 2 × 8 × 64 × 2 B = 2,048 B a cell, and
        // 12 sliding layers of 128 tokens in a cache of min(131,072, 128 + 512) padded to 256 = 768 cells —
        // "creating SWA KV cache, size = 768 cells", 3,072.00 MiB and 18.00 MiB in public llama-server logs.
        // The attention sinks are weights (one logit a head), not cache.
        const MemoryModel m(input(QStringLiteral("gpt-oss-20b"), QStringLiteral("file"), QStringLiteral("fp16"),
                                  EstimateMethod::LlamaCpp, 131072, 1));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const LlamaCppMemory mem = m.llamaCpp().memoryAt(131072, 1);
        QCOMPARE(mem.cellsPerSequence, qint64(131072));
        QCOMPARE(mem.swaCellsPerSequence, qint64(768));
        QVERIFY(!mem.swaHoldsChunks);
        QCOMPARE(qint64(131072) * m.llamaCpp().fullBytesPerCell(), qint64(3072) * 1048576);
        QCOMPARE(qint64(768) * m.llamaCpp().swaBytesPerCell(), qint64(18) * 1048576);
        QCOMPARE(mem.kvBytes, qint64(3090) * 1048576);
    }

    void llamaCppKeepsChunkedLayersInTheWindowCache_data()
    {
        QTest::addColumn<qint64>("tokens");
        QTest::addColumn<qint64>("sequences");
        QTest::addColumn<qint64>("chunkCells");
        QTest::addColumn<qint64>("kvBytes");
        // Llama 4 Scout (config.json: 48 layers, every 4th full, 8 KV heads × 128): 12 full layers of
        // 2 × 8 × 128 × 2 B = 4,096 B a cell (49,152 B) and 36 chunked layers (147,456 B) that llama.cpp
        // keeps in its sliding-window cache of min(cells, 8,192 + 512) padded to 256 per stream
        // (llama_load_hparams_llama4 sets n_swa 8,192; llama_kv_cache_iswa sizes the cache).
        // 4,096 tokens: both caches hold 4,096 cells, 4,096 × 196,608.
        QTest::newRow("4K × 1") << qint64(4096) << qint64(1) << qint64(4096) << qint64(805306368);
        QTest::newRow("4K × 8") << qint64(4096) << qint64(8) << qint64(4096) << qint64(6442450944);
        // 131,072 tokens: 131,072 × 49,152 + 8,704 × 147,456 = 6,442,450,944 + 1,283,457,024.
        QTest::newRow("128K × 1") << qint64(131072) << qint64(1) << qint64(8704) << qint64(7725907968);
        QTest::newRow("128K × 8") << qint64(131072) << qint64(8) << qint64(8704) << qint64(61807263744);
    }

    void llamaCppKeepsChunkedLayersInTheWindowCache()
    {
        QFETCH(qint64, tokens);
        QFETCH(qint64, sequences);
        QFETCH(qint64, chunkCells);
        QFETCH(qint64, kvBytes);
        const MemoryModel m(input(QStringLiteral("llama-4-scout"), QStringLiteral("q4_k_m"), QStringLiteral("fp16"),
                                  EstimateMethod::LlamaCpp, tokens, sequences));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const LlamaCppLayout &l = m.llamaCpp();
        QCOMPARE(l.windowedLayers(), 36);
        QVERIFY(l.chunkedWindow());
        QCOMPARE(l.fullBytesPerCell(), qint64(49152));
        QCOMPARE(l.swaBytesPerCell(), qint64(147456));
        const LlamaCppMemory mem = l.memoryAt(tokens, sequences);
        QCOMPARE(mem.swaCellsPerSequence, chunkCells);
        QVERIFY(mem.swaHoldsChunks);
        QCOMPARE(mem.kvBytes, kvBytes);
        QCOMPARE(m.bytes().kvCache, kvBytes);
        const MemoryBreakdown why = m.explain(ByteUnit::GB, QLocale(QLocale::English));
        QVERIFY2(why.kvPerToken.formula.contains(QLatin1String("36 chunked-attention layers")), qPrintable(why.kvPerToken.formula));
        QVERIFY2(why.kvCache.formula.contains(QLatin1String("cells of the chunk cache")), qPrintable(why.kvCache.formula));
        // The exact method caps a chunked layer at one chunk too, without llama.cpp's ubatch and padding.
        const MemoryModel exact(input(QStringLiteral("llama-4-scout"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                      EstimateMethod::Exact, tokens, sequences));
        QVERIFY(exact.bytes().kvCache <= kvBytes);
    }

    void llamaCppFitOffloadsTheLayersThatLeaveItsTarget()
    {
        // llama.cpp's --fit with -c set and -ngl unset: Llama-2 13B F16 at 4,096 tokens on one RTX 4090
        // (CUDA total 25,426,206,392 B; target 1,024 MiB free, so 24,352,464,568 B). Of the 26,031,728,640 B
        // of weights, the token embeddings and the output head are 32,000 × 5,120 × 2 = 327,680,000 B each,
        // so a layer is 25,376,368,640 / 40 = 634,409,216 B, with 4,096 × 20,480 = 83,886,080 B of K and V;
        // the compute buffer is 76,021,760 B. 33 layers use 33 × 718,295,296 + 76,021,760 = 23,779,766,528 B,
        // 34 would use 24,498,061,824 B. So -ngl 33, the output head with the host.
        const EstimateInput in = input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                       EstimateMethod::LlamaCpp, 4096, 1);
        const MemoryModel m(in);
        QCOMPARE(m.weightsBytes(), qint64(26031728640));
        QCOMPARE(m.llamaCpp().computeBufferFor(4096, 1), qint64(76021760));
        const LlamaCppFit fit = LlamaCppFit::fit(in, m.weightsBytes(), {gpu(QStringLiteral("rtx-4090"))});
        QVERIFY2(fit.error.isEmpty(), qPrintable(fit.error));
        QVERIFY(fit.changed);
        QVERIFY(!fit.wholeLayersOnly);
        QCOMPARE(fit.gpuLayers, 33);
        QCOMPARE(fit.layersPerDevice, QList<int>{33});

        // Where every layer leaves the target free, nothing changes: the 8B at 4,096 tokens.
        const EstimateInput small = input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                          EstimateMethod::LlamaCpp, 4096, 1);
        const LlamaCppFit unchanged = LlamaCppFit::fit(small, MemoryModel(small).weightsBytes(), {gpu(QStringLiteral("rtx-4090"))});
        QVERIFY(!unchanged.changed);
        QCOMPARE(unchanged.gpuLayers, -1);
        QCOMPARE(unchanged.layersPerDevice, QList<int>{33}); // 32 layers and the output head

        // Two GPUs, back to front: the last GPU is filled first, then the first, each to its target.
        // The 13B at 32,768 tokens on an RTX 3090 and an RTX 4090: every layer does not fit.
        const EstimateInput longer = input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                           EstimateMethod::LlamaCpp, 32768, 1);
        const QList<GpuSpec> two{gpu(QStringLiteral("rtx-3090")), gpu(QStringLiteral("rtx-4090"))};
        const qint64 weights = MemoryModel(longer).weightsBytes();
        const LlamaCppFit both = LlamaCppFit::fit(longer, weights, two);
        QVERIFY2(both.error.isEmpty(), qPrintable(both.error));
        QVERIFY(both.changed);
        QCOMPARE(both.layersPerDevice.size(), 2);
        QCOMPARE(both.gpuLayers, both.layersPerDevice.at(0) + both.layersPerDevice.at(1));
        // Each count is the largest that leaves its GPU the target: checked against the layout itself.
        const auto used = [&](const QList<int> &per) {
            EstimateInput probe = longer;
            probe.engine.gpuLayers = per.at(0) + per.at(1);
            probe.engine.tensorSplit = {qint64(per.at(0)) * kPpm, qint64(per.at(1)) * kPpm};
            return LlamaCppLayout::build(probe, weights).split(two, 32768, 1);
        };
        const QList<LlamaCppDevice> placed = used(both.layersPerDevice);
        for (int i = 0; i < 2; ++i)
            QVERIFY(placed.at(i).bytes() <= two.at(i).allocatableBytes() - kLlamaCppFitTargetBytes);
        QCOMPARE(placed.at(1).layers + (placed.at(1).output ? 1 : 0), both.layersPerDevice.at(1));
        QVERIFY(!placed.at(1).output); // the output head needs the 41st slot, which did not fit
        const QList<LlamaCppDevice> oneMoreLast = used({0, both.layersPerDevice.at(1) + 1});
        QVERIFY(oneMoreLast.at(1).bytes() > two.at(1).allocatableBytes() - kLlamaCppFitTargetBytes);
        const QList<LlamaCppDevice> oneMoreFirst = used({both.layersPerDevice.at(0) + 1, both.layersPerDevice.at(1)});
        QVERIFY(oneMoreFirst.at(0).bytes() > two.at(0).allocatableBytes() - kLlamaCppFitTargetBytes);

        // llama.cpp fits only what the user left to it: not a set -ngl, --tensor-split or row split.
        QVERIFY(LlamaCppFit::applies(longer, two));
        EstimateInput set = longer;
        set.engine.gpuLayers = 20;
        QVERIFY(!LlamaCppFit::applies(set, two));
        set = longer;
        set.engine.tensorSplit = {3 * kPpm, kPpm};
        QVERIFY(!LlamaCppFit::applies(set, two));
        QVERIFY(LlamaCppFit::applies(set, {two.first()})); // one GPU: the split means nothing
        set = longer;
        set.engine.splitMode = EngineSettings::SplitMode::Row;
        QVERIFY(!LlamaCppFit::applies(set, two));

        // Unified memory: --fit counts the GPU's own buffers against Metal's working set, not the host's part
        // of the same memory. LLaMA-2 70B F16 (138 GB) on an M4 Max (107.52 GiB): some layers, each leaving the
        // target, one more would not.
        const EstimateInput big = input(QStringLiteral("llama-2-70b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                        EstimateMethod::LlamaCpp, 4096, 1);
        const GpuSpec &mac = gpu(QStringLiteral("m4-max-128gb"));
        const qint64 bigWeights = MemoryModel(big).weightsBytes();
        const LlamaCppFit onMac = LlamaCppFit::fit(big, bigWeights, {mac});
        QVERIFY2(onMac.error.isEmpty(), qPrintable(onMac.error));
        QVERIFY(onMac.changed);
        QVERIFY(onMac.gpuLayers > 0 && onMac.gpuLayers < 80);
        const auto gpuPart = [&](int layers) {
            EstimateInput probe = big;
            probe.engine.gpuLayers = layers;
            const LlamaCppDevice d = LlamaCppLayout::build(probe, bigWeights).split({mac}, 4096, 1).first();
            return d.weights + d.kv + d.compute;
        };
        QVERIFY(gpuPart(onMac.gpuLayers) <= mac.allocatableBytes() - kLlamaCppFitTargetBytes);
        QVERIFY(gpuPart(onMac.gpuLayers + 1) > mac.allocatableBytes() - kLlamaCppFitTargetBytes);
    }

    void llamaCppSplitsLayersBetweenGpuAndHost_data()
    {
        QTest::addColumn<int>("ngl");
        QTest::addColumn<qint64>("gpuWeights");
        QTest::addColumn<qint64>("gpuKv");
        // Llama-3 8B fp16: embeddings and head 128,256 × 4,096 × 2 B = 1,050,673,152 B each; the 32
        // layers 16,060,522,496 − 2 × that = 13,959,176,192 B. KV at 4,096 cells: 536,870,912 B.
        QTest::newRow("all") << -1 << qint64(13959176192) + 1050673152 << qint64(536870912);
        QTest::newRow("half") << 16 << qint64(6979588096) << qint64(268435456);
        QTest::newRow("layers only") << 32 << qint64(13959176192) << qint64(536870912);
        QTest::newRow("layers and head") << 33 << qint64(13959176192) + 1050673152 << qint64(536870912);
        QTest::newRow("none") << 0 << qint64(0) << qint64(0);
    }

    void llamaCppSplitsLayersBetweenGpuAndHost()
    {
        QFETCH(int, ngl);
        QFETCH(qint64, gpuWeights);
        QFETCH(qint64, gpuKv);
        EngineSettings e;
        e.gpuLayers = ngl;
        const MemoryModel m(input(QStringLiteral("llama-3-8b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                  EstimateMethod::LlamaCpp, 4096, 1, e));
        const LlamaCppMemory mem = m.llamaCpp().memoryAt(4096, 1);
        QCOMPARE(mem.gpuWeights, gpuWeights);
        QCOMPARE(mem.cpuWeights, qint64(16060522496) - gpuWeights);
        QCOMPARE(mem.gpuKv, gpuKv);
        QCOMPARE(mem.cpuKv, qint64(536870912) - gpuKv);
        // The chart shows the GPU's part; with no layer there the compute buffer is on the host too.
        QCOMPARE(m.bytes().total, mem.gpuBytes());
        QCOMPARE(mem.gpuBytes() == 0, ngl == 0);
        // The host keeps 128,256 × 4 B of output logits per sequence.
        QCOMPARE(mem.cpuBuffers, qint64(513024) + (ngl == 0 ? mem.computeBuffer : 0));
    }

    void absurdInputsGiveAnErrorNotAWrappedNumber_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("vllm") << int(EstimateMethod::Vllm);
        QTest::newRow("llamacpp") << int(EstimateMethod::LlamaCpp);
    }

    void absurdInputsGiveAnErrorNotAWrappedNumber()
    {
        QFETCH(int, method);
        // 2^30 tokens × 2^24 requests of GPT-3: about 2^76 bytes of cache.
        const MemoryModel m(input(QStringLiteral("gpt-3-175b"), QStringLiteral("fp32"), QStringLiteral("fp32"),
                                  EstimateMethod(method), kMaxTokens, kMaxConcurrency));
        QVERIFY(m.isValid());
        QVERIFY(!m.bytes().ok);
        QVERIFY(!m.explain(ByteUnit::GB, QLocale::c()).error.isEmpty());
        // The fit analysis reports no result rather than a wrapped one.
        const FitResult fit = FitAnalyzer::analyze(m, {gpu(QStringLiteral("h100-80gb")), 1});
        QVERIFY(!fit.valid);
        if (EstimateMethod(method) == EstimateMethod::Vllm) {
            const VllmPlan plan = VllmPlan::build(m, gpu(QStringLiteral("h100-80gb")));
            QVERIFY(!plan.error.isEmpty());
        }
    }

    void measurements_data()
    {
        QTest::addColumn<QJsonObject>("m");
        const QJsonObject doc = QJsonDocument::fromJson(readData(QStringLiteral("engine-measurements.json"))).object();
        const QJsonArray all = doc.value(QLatin1String("measurements")).toArray();
        QVERIFY(all.size() >= 15);
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o.value(QLatin1String("id")).toString())) << o;
        }
    }

    // What the planner predicts for one row of engine-measurements.json; -1 for an unknown quantity.
    // Checks on the way fail the calling test (QTest::currentTestFailed()).
    static void predict(const QJsonObject &m, double &predicted)
    {
        const QString engine = m.value(QLatin1String("engine")).toString();
        const QJsonObject settings = m.value(QLatin1String("settings")).toObject();
        EngineSettings e;
        e.tensorParallel = m.value(QLatin1String("gpu_count")).toInt(1);
        e.maxNumBatchedTokens = settings.value(QLatin1String("max_num_batched_tokens")).toInteger(e.maxNumBatchedTokens);
        e.maxNumSeqs = settings.value(QLatin1String("max_num_seqs")).toInteger(e.maxNumSeqs);
        // Versions that captured CUDA graphs after sizing the KV cache left them out of the budget.
        e.graphsAfterKvCache = !settings.value(QLatin1String("graphs_in_budget")).toBool(true);
        // Logs from before llama.cpp's --flash-attn auto (mid 2025) ran without it.
        if (settings.contains(QLatin1String("flash_attn")))
            e.flashAttention = parseFlashAttention(settings.value(QLatin1String("flash_attn")).toString()).value();
        e.ubatch = settings.value(QLatin1String("ubatch")).toInteger(e.ubatch);
        e.cacheTypeV = settings.value(QLatin1String("cache_type_v")).toString();
        e.ollamaLegacyScheduler = settings.value(QLatin1String("ollama_legacy_scheduler")).toBool();
        e.enforceEager = settings.value(QLatin1String("enforce_eager")).toBool();
        e.vllmAscendWholeStatePages = settings.value(QLatin1String("vllm_ascend_whole_state_pages")).toBool();
        if (settings.contains(QLatin1String("gpu_memory_utilization")))
            e.gpuMemoryUtilizationPpm = parseFractionPpm(settings.value(QLatin1String("gpu_memory_utilization")).toString()).value();
        const EstimateMethod method = parseMethod(engine).value();
        e.trtMaxNumTokens = settings.value(QLatin1String("max_num_tokens")).toInteger(e.trtMaxNumTokens);
        e.trtMaxBatchSize = settings.value(QLatin1String("max_batch_size")).toInteger(e.trtMaxBatchSize);
        e.tokensPerBlock = settings.value(QLatin1String("tokens_per_block")).toInteger(e.tokensPerBlock);
        e.pageSize = settings.value(QLatin1String("page_size")).toInteger(e.pageSize);
        e.sglangPiecewiseCudaGraph = settings.value(QLatin1String("piecewise_cuda_graph")).toBool(e.sglangPiecewiseCudaGraph);
        if (settings.contains(QLatin1String("free_gpu_memory_fraction")))
            e.freeGpuMemoryFractionPpm = parseFractionPpm(settings.value(QLatin1String("free_gpu_memory_fraction")).toString()).value();
        if (settings.contains(QLatin1String("mem_fraction_static")))
            e.memFractionStaticPpm = parseFractionPpm(settings.value(QLatin1String("mem_fraction_static")).toString()).value();
        const MemoryModel model(input(m.value(QLatin1String("model")).toString(), m.value(QLatin1String("weights")).toString(),
                                      m.value(QLatin1String("kv")).toString(), method,
                                      m.value(QLatin1String("tokens")).toInteger(), m.value(QLatin1String("concurrency")).toInteger(), e));
        QVERIFY2(model.isValid(), qPrintable(model.error()));

        const QString quantity = m.value(QLatin1String("quantity")).toString();
        predicted = -1;
        if (method == EstimateMethod::LlamaCpp) {
            const LlamaCppMemory mem = model.llamaCpp().memoryAt(model.input().tokens, model.input().concurrency);
            if (quantity == QLatin1String("kv_cache_bytes"))
                predicted = double(mem.kvBytes);
            else if (quantity == QLatin1String("compute_buffer_bytes"))
                predicted = double(mem.computeBuffer);
            else if (quantity == QLatin1String("recurrent_state_bytes"))
                predicted = double(mem.recurrentBytes);
        } else if (method == EstimateMethod::Sglang) {
            const SglangPlan plan = SglangPlan::build(model, gpu(m.value(QLatin1String("gpu")).toString()));
            if (quantity == QLatin1String("max_total_num_tokens"))
                predicted = double(plan.maxTotalNumTokens);
            else if (quantity == QLatin1String("k_size_for_printed_tokens")) // SGLang's "K size" for the printed count
                predicted = double((settings.value(QLatin1String("printed_tokens")).toInteger() + plan.pageSize) * plan.cellBytes / 2);
            else if (quantity == QLatin1String("kv_size_for_printed_tokens")) // an MLA pool's one "KV size"
                predicted = double((settings.value(QLatin1String("printed_tokens")).toInteger() + plan.pageSize) * plan.cellBytes);
            else if (quantity == QLatin1String("max_total_num_tokens_for_printed_memory")) {
                // profile_max_num_token with the free memory the log printed before and after loading (GiB)
                const double before = settings.value(QLatin1String("printed_free_before_gib")).toString().toDouble();
                const double after = settings.value(QLatin1String("printed_free_after_gib")).toString().toDouble();
                const double fraction = double(plan.memFractionStaticPpm) / 1e6;
                predicted = std::floor((after - before * (1 - fraction)) * 1073741824.0 / double(plan.cellBytes));
            }
        } else if (method == EstimateMethod::Ollama) {
            // Ollama budgets from the free memory its log names ("memory.available"), not a card's total.
            GpuSpec card = gpu(m.value(QLatin1String("gpu")).toString());
            card.cudaTotalBytes = settings.value(QLatin1String("gpu_available_bytes")).toInteger(card.cudaTotalBytes);
            const FitResult fit = FitAnalyzer::analyze(model, {card, 1, {}});
            QVERIFY(fit.ollama);
            if (quantity == QLatin1String("memory_required_kv"))
                predicted = double(fit.ollama->kv);
            else if (quantity == QLatin1String("memory_graph_full"))
                predicted = double(fit.ollama->graph);
            else if (quantity == QLatin1String("layers_offload"))
                predicted = double(fit.ollama->layers);
        } else if (method == EstimateMethod::TrtLlm) {
            const TrtLlmPlan plan = TrtLlmPlan::build(model, gpu(m.value(QLatin1String("gpu")).toString()));
            if (quantity == QLatin1String("max_tokens_in_paged_kv_cache"))
                predicted = double(plan.maxTokens);
            else if (quantity == QLatin1String("tokens_for_printed_estimate")) { // the printed estimate in whole blocks
                const qint64 block = model.input().engine.tokensPerBlock;
                predicted = double(settings.value(QLatin1String("printed_estimate")).toInteger() / block * block);
            } else if (quantity == QLatin1String("tokens_for_printed_bytes")) // the printed allocation ÷ the planner's kv size
                predicted = double(settings.value(QLatin1String("printed_bytes")).toInteger() / plan.kvBytesPerToken);
            else if (quantity == QLatin1String("max_tokens_for_printed_free")) { // the fraction of the printed free memory, in blocks
                const double free = settings.value(QLatin1String("printed_free_gib")).toString().toDouble() * 1073741824.0;
                const qint64 block = model.input().engine.tokensPerBlock;
                predicted = std::floor(free * double(model.input().engine.freeGpuMemoryFractionPpm) / 1e6
                                       / double(plan.kvBytesPerToken * block)) * double(block);
            }
        } else {
            // A log that printed the device's total is planned from it (CANN's total moves with its version).
            GpuSpec card = gpu(m.value(QLatin1String("gpu")).toString());
            card.cudaTotalBytes = settings.value(QLatin1String("gpu_total_bytes")).toInteger(card.cudaTotalBytes);
            const VllmPlan plan = VllmPlan::build(model, card);
            // Paging only: the blocks the printed available memory holds.
            QVERIFY(plan.blockBytes > 0);
            const qint64 printedBlocks = settings.value(QLatin1String("available_kv_bytes")).toInteger() / plan.blockBytes;
            if (quantity == QLatin1String("num_gpu_blocks"))
                predicted = double(plan.numBlocks);
            else if (quantity == QLatin1String("kv_cache_tokens"))
                predicted = double(plan.kvCacheTokens);
            else if (quantity == QLatin1String("max_concurrency"))
                predicted = plan.maxConcurrency;
            else if (quantity == QLatin1String("available_kv_bytes"))
                predicted = double(plan.availableKv);
            else if (quantity == QLatin1String("kv_needed_for_max_model_len")) // one request of max_model_len
                predicted = double(plan.blocksPerRequest * plan.blockBytes);
            else if (quantity == QLatin1String("attention_block_tokens")) // the hybrid allocator's block
                predicted = double(model.vllm().blockTokens);
            else if (quantity == QLatin1String("largest_model_len")) {
                QVERIFY2(!plan.starts, "vLLM refused to start; the planner must refuse as well");
                predicted = double(plan.largestModelLen);
            } else if (quantity == QLatin1String("kv_cache_tokens_for_available")) {
                predicted = double(printedBlocks / plan.layout.groups() * plan.blockTokens);
            } else if (quantity == QLatin1String("max_concurrency_for_available")) { // printed with two decimals
                predicted = std::round(double(printedBlocks) / double(plan.blocksPerRequest) * 100.0) / 100.0;
            }
        }
    }

    void measurements()
    {
        QFETCH(QJsonObject, m);
        double predicted = -1;
        predict(m, predicted);
        if (QTest::currentTestFailed())
            return;
        const QString quantity = m.value(QLatin1String("quantity")).toString();
        const double measured = m.value(QLatin1String("measured")).toDouble();
        QVERIFY2(predicted >= 0, qPrintable(QStringLiteral("unknown quantity ") + quantity));
        const double errorPercent = (predicted - measured) / measured * 100.0;
        const double tolerance = m.value(QLatin1String("tolerance_percent")).toDouble();
        qInfo("| %s | %s | %.6g | %.6g | %+.1f%% |", qPrintable(m.value(QLatin1String("id")).toString()),
              qPrintable(quantity), measured, predicted, errorPercent);
        if (m.contains(QLatin1String("known_miss")))
            QEXPECT_FAIL("", qPrintable(m.value(QLatin1String("known_miss")).toString()), Continue);
        if (tolerance == 0)
            QCOMPARE(predicted, measured);
        else
            QVERIFY2(std::abs(errorPercent) <= tolerance,
                     qPrintable(QStringLiteral("off by %1%, tolerance %2%").arg(errorPercent).arg(tolerance)));
    }

    void wholePredictionsOnAverage_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<int>("rows");
        QTest::addColumn<double>("goalPercent");
        // Issue #18's goal: SGLang's and TensorRT-LLM's token counts within 3 % on average, predicted from
        // the catalogue alone (not from the memory a log printed), known misses included.
        QTest::newRow("SGLang") << "sglang" << "max_total_num_tokens" << 7 << 3.0;
        QTest::newRow("TensorRT-LLM") << "trtllm" << "max_tokens_in_paged_kv_cache" << 5 << 3.0;
    }

    void wholePredictionsOnAverage()
    {
        QFETCH(QString, engine);
        QFETCH(QString, quantity);
        QFETCH(int, rows);
        QFETCH(double, goalPercent);
        const QJsonObject doc = QJsonDocument::fromJson(readData(QStringLiteral("engine-measurements.json"))).object();
        double sum = 0;
        int count = 0;
        for (const QJsonValue &v : doc.value(QLatin1String("measurements")).toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(QLatin1String("engine")).toString() != engine || m.value(QLatin1String("quantity")).toString() != quantity)
                continue;
            double predicted = -1;
            predict(m, predicted);
            if (QTest::currentTestFailed())
                return;
            const double measured = m.value(QLatin1String("measured")).toDouble();
            sum += std::abs(predicted - measured) / measured * 100.0;
            ++count;
        }
        QCOMPARE(count, rows);
        const double mean = sum / count;
        qInfo("%s: whole predictions off by %.2f%% on average over %d published printouts", qPrintable(engine), mean, count);
        if (engine == QLatin1String("trtllm"))
            QEXPECT_FAIL("TensorRT-LLM", "the two engines built for trtllm-build's default max_batch_size of 2,048 kept "
                                         "6–8.4 GiB of runtime and decoder buffers the plan does not model (+29 %, +189 %)",
                         Continue);
        QVERIFY2(mean <= goalPercent, qPrintable(QStringLiteral("%1% on average").arg(mean)));
    }

    void measurementsCoverSixModels()
    {
        const QJsonObject doc = QJsonDocument::fromJson(readData(QStringLiteral("engine-measurements.json"))).object();
        QSet<QString> models;
        QSet<QString> settings;
        for (const QJsonValue &v : doc.value(QLatin1String("measurements")).toArray()) {
            const QJsonObject o = v.toObject();
            QVERIFY2(o.value(QLatin1String("source")).toString().startsWith(QLatin1String("https://")),
                     "every measurement names its thread or page");
            // Where the figure came from a log, the log is kept and says where it was published; a figure
            // its source quotes without log lines says how it was quoted.
            QVERIFY2(o.contains(QLatin1String("log")) != o.contains(QLatin1String("quoted")),
                     qPrintable(o.value(QLatin1String("id")).toString() + QStringLiteral(": a log or how it was quoted, not both")));
            if (o.contains(QLatin1String("log"))) {
                const QByteArray log = readData(QStringLiteral("logs/") + o.value(QLatin1String("log")).toString());
                QVERIFY(log.contains(o.value(QLatin1String("source")).toString().toUtf8()));
            }
            models.insert(o.value(QLatin1String("model")).toString());
            settings.insert(o.value(QLatin1String("model")).toString() + o.value(QLatin1String("gpu")).toString()
                            + QString::number(o.value(QLatin1String("gpu_count")).toInt())
                            + QString::number(o.value(QLatin1String("tokens")).toInteger())
                            + QString::number(o.value(QLatin1String("concurrency")).toInteger()));
        }
        QVERIFY(models.size() >= 6);
        QVERIFY(settings.size() >= 15);
    }

    void cheapestConfiguration()
    {
        // LLaMA-2 13B fp16, exact, 4,096 tokens, one request: 32,325,889,024 B with 10 % overhead.
        // Fewest GPUs of each kind × its price (gpus.json): V100 1 × $0.29, RTX 3090 2 × $0.39 = $0.78,
        // RTX 4090 2 × $0.60 = $1.20, RTX 5090 1 × $1.22, L40S 1 × $1.40, L4 2 × $0.78 = $1.56,
        // RTX PRO 6000 $1.57, MI300X $1.85, A100 40GB $1.99, T4 3 × $0.79 = $2.37 (2 × 16.11 GB is short
        // by 0.11 GB), A10 2 × $1.39 = $2.78, A100 80GB $2.79, H100 $3.99, H200 $6.35, B200 $6.69; the
        // L20, Ascend 910B/C, H20, the unified-memory machines, H200 NVL, GB200, B300, GB300 and MI355X have
        // no price and come last, smaller first.
        const MemoryModel m(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                  EstimateMethod::Exact, 4096, 1));
        QCOMPARE(m.bytes().total, qint64(32325889024));
        const QList<ConfigOption> ranked = ConfigSearch::rank(m, catalog().gpus());
        QStringList order;
        QList<qint64> cents;
        for (const ConfigOption &o : ranked) {
            order << QStringLiteral("%1x%2").arg(o.config.count).arg(o.config.gpu.id);
            cents << o.costCentsPerHour;
        }
        QCOMPARE(order.join(QLatin1Char(' ')),
                 QStringLiteral("1xv100-32gb 2xrtx-3090 2xrtx-4090 1xrtx-5090 1xl40s 2xl4 1xrtx-pro-6000 1xmi300x 1xa100-40gb "
                                "3xt4 2xa10 1xa100-80gb 1xh100-80gb 1xh200-141gb 1xb200 2xrtx-a4000 1xl20 1xascend-910b 1xascend-910c 1xh20-96gb "
                                "1xryzen-ai-max-395-128gb 1xm4-max-128gb 1xdgx-spark 1xh200-nvl 1xgb200 1xmi325x 1xb300 1xgb300 1xmi355x 1xm3-ultra-512gb"));
        QCOMPARE(cents, QList<qint64>({29, 78, 120, 122, 140, 156, 157, 185, 199, 237, 278, 279, 399, 635, 669, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        QStringList unpriced;
        for (const char *id : {"rtx-a4000", "l20", "ascend-910b", "ascend-910c", "h20-96gb", "m4-max-128gb", "ryzen-ai-max-395-128gb",
                               "dgx-spark", "h200-nvl", "gb200", "mi325x", "b300", "gb300", "mi355x", "m3-ultra-512gb"})
            unpriced << catalog().gpu(QLatin1String(id))->displayName();
        QCOMPARE(ConfigSearch::unpriced(catalog().gpus()), unpriced);
        const auto best = ConfigSearch::cheapest(m, catalog().gpus());
        QVERIFY(best);
        QCOMPARE(best->costCentsPerHour, qint64(29));
        // Llama-3 70B (156,694,549,299 B) needs several: five V100 (170.29 GB) at 5 × $0.29 = $1.45
        // beat one MI300X ($1.85) and two A100 80GB ($5.58).
        const MemoryModel big(input(QStringLiteral("llama-3-70b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                    EstimateMethod::Exact, 4096, 1));
        QCOMPARE(big.bytes().total, qint64(156694549299));
        const auto bigBest = ConfigSearch::cheapest(big, catalog().gpus());
        QVERIFY(bigBest);
        QCOMPARE(bigBest->config.gpu.id, QStringLiteral("v100-32gb"));
        QCOMPARE(bigBest->config.count, 5);
        QCOMPARE(bigBest->costCentsPerHour, qint64(145));
        // A kind the user prices joins the ranking: an Ascend 910B at $0.20 an hour is now the cheapest.
        Catalog priced = catalog();
        QVERIFY(priced.setGpuPrice(QStringLiteral("ascend-910b"), 20, QStringLiteral("mine")));
        unpriced.removeOne(catalog().gpu(QStringLiteral("ascend-910b"))->displayName());
        QCOMPARE(ConfigSearch::unpriced(priced.gpus()), unpriced);
        QCOMPARE(ConfigSearch::cheapest(m, priced.gpus())->config.gpu.id, QStringLiteral("ascend-910b"));
    }

    void configurationCost_data()
    {
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("usdCents");
        QTest::addColumn<QString>("usdHour");
        QTest::addColumn<QString>("usdMonth");
        QTest::addColumn<QString>("cnyHour");
        QTest::addColumn<QString>("cnyMonth");
        // Month = 730 hours; CNY at the default 7.10: 398 × 7.1 = 2,825.8 fen → ¥28.26;
        // 398 × 730 = 290,540 cents = $2,905.40 → × 7.1 = ¥20,628.34.
        QTest::newRow("2 × A100 40GB") << "a100-40gb" << 2 << qint64(398) << "$3.98" << "$2,905.40" << "¥28.26" << "¥20,628.34";
        // 8 × 669 = 5,352 cents; × 730 = 3,906,960 cents = $39,069.60; × 7.1 = ¥277,394.16.
        QTest::newRow("8 × B200") << "b200" << 8 << qint64(5352) << "$53.52" << "$39,069.60" << "¥379.99" << "¥277,394.16";
    }

    void configurationCost()
    {
        QFETCH(QString, gpu);
        QFETCH(int, count);
        QFETCH(qint64, usdCents);
        const MemoryModel m(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                  EstimateMethod::Exact, 4096, 1));
        const FitResult fit = FitAnalyzer::analyze(m, {*catalog().gpu(gpu), count});
        QCOMPARE(fit.costCentsPerHour, usdCents);
        const QLocale c(QLocale::English);
        PriceSettings usd;
        QTEST(usd.format(fit.costCentsPerHour, c), "usdHour");
        QTEST(usd.format(fit.costCentsPerHour * PriceSettings::kHoursPerMonth, c), "usdMonth");
        PriceSettings cny;
        cny.currency = Currency::CNY;
        QTEST(cny.format(fit.costCentsPerHour, c), "cnyHour");
        QTEST(cny.format(fit.costCentsPerHour * PriceSettings::kHoursPerMonth, c), "cnyMonth");
    }

    void cheapestFittingConfiguration()
    {
        // 65.54 GB (the article's example): 1 × A100 40GB does not fit; 2 × A100 40GB ($3.98) and
        // 1 × A100 80GB ($2.79) do; the H100 ($3.99) too. The cheapest that fits is the A100 80GB.
        const MemoryModel m(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                  EstimateMethod::Exact, 4096, 10));
        QList<FitResult> fits;
        for (const auto &[id, n] : {std::pair{"a100-40gb", 1}, std::pair{"a100-40gb", 2}, std::pair{"a100-80gb", 1},
                                    std::pair{"h100-80gb", 1}})
            fits << FitAnalyzer::analyze(m, {*catalog().gpu(QString::fromLatin1(id)), n});
        QVERIFY(!fits.at(0).fits);
        QCOMPARE(FitAnalyzer::cheapestFitting(fits), 2);
        fits[2].config.gpu.priceCentsPerHour = 0; // unpriced: never the cheapest
        fits[2].costCentsPerHour = 0;
        QCOMPARE(FitAnalyzer::cheapestFitting(fits), 1);
        QCOMPARE(FitAnalyzer::cheapestFitting(fits.mid(0, 1)), -1);
    }

    void priceSettings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::newRow("defaults") << QByteArray("{}") << true;
        QTest::newRow("CNY at 7.2") << QByteArray(R"({"currency":"CNY","cny_per_usd_ppm":7200000})") << true;
        QTest::newRow("unknown currency") << QByteArray(R"({"currency":"EUR"})") << false;
        QTest::newRow("zero rate") << QByteArray(R"({"cny_per_usd_ppm":0})") << false;
        QTest::newRow("absurd rate") << QByteArray(R"({"cny_per_usd_ppm":1e15})") << false;
        QTest::newRow("fractional rate") << QByteArray(R"({"cny_per_usd_ppm":1.5})") << false;
    }

    void priceSettings()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QString error;
        const auto p = PriceSettings::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QCOMPARE(p.has_value(), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (p)
            QCOMPARE(PriceSettings::fromJson(p->toJson(), &error), p);
        // A typed ¥10.00 at 7.10 is 141 US cents (140.8 rounded), and shows as ¥10.01 again.
        PriceSettings cny;
        cny.currency = Currency::CNY;
        QCOMPARE(cny.toUsdCents(1000), qint64(141));
        QCOMPARE(cny.toDisplayCents(141), qint64(1001));
    }

    void sglangDefaults_data()
    {
        // ServerArgs._handle_gpu_memory_settings (SGLang 0.5): by nvidia-smi's MiB, a chunked prefill
        // size and a largest graph batch; reserved = 512 + 1.5 × chunk + 2 × batch + 128 × GPUs MiB,
        // + 8 MiB for each piecewise CUDA graph size (4…32 by 4, 48…256 by 16, 288…512 by 32,
        // 576…1,024 by 64, 1,280…4,096 by 256, then by 512, up to the chunk, or 2,048 with MLA)
        // (at least 10,240 above 60 GiB); mem_fraction_static = round((MiB − reserved) / MiB, 3).
        QTest::addColumn<QString>("gpuId");
        QTest::addColumn<QString>("modelId");
        QTest::addColumn<int>("tp");
        QTest::addColumn<bool>("piecewise");
        QTest::addColumn<qint64>("chunk");
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("sizes");
        QTest::addColumn<qint64>("reserved");
        QTest::addColumn<qint64>("fractionPpm");
        const QString llama = QStringLiteral("llama-3.1-8b");
        // 15,360 MiB: 512 + 3,072 + 16 + 128 + 42 × 8 = 4,064; 11,296 / 15,360 = 0.7354.
        QTest::newRow("T4") << "t4" << llama << 1 << true << qint64(2048) << 8 << 42 << qint64(4064) << qint64(735000);
        // Without piecewise graphs: 3,728; 11,632 / 15,360 = 0.7573.
        QTest::newRow("T4, no piecewise") << "t4" << llama << 1 << false << qint64(2048) << 8 << 0 << qint64(3728) << qint64(757000);
        // 24,564 MiB: 512 + 3,072 + 48 + 128 + 336 = 4,096; 20,468 / 24,564 = 0.8333.
        QTest::newRow("RTX 4090") << "rtx-4090" << llama << 1 << true << qint64(2048) << 24 << 42 << qint64(4096) << qint64(833000);
        // 40,960 MiB: 512 + 6,144 + 64 + 128 + 50 × 8 = 7,248; 33,712 / 40,960 = 0.8230.
        QTest::newRow("A100 40GB") << "a100-40gb" << llama << 1 << true << qint64(4096) << 32 << 50 << qint64(7248) << qint64(823000);
        // 81,559 MiB: 512 + 12,288 + 512 + 128 + 58 × 8 = 13,904; 67,655 / 81,559 = 0.8295.
        QTest::newRow("H100") << "h100-80gb" << llama << 1 << true << qint64(8192) << 256 << 58 << qint64(13904) << qint64(830000);
        // TP 8: 512 + 12,288 + 1,024 + 1,024 + 464 = 15,312; 66,247 / 81,559 = 0.8123.
        QTest::newRow("H100, TP 8") << "h100-80gb" << llama << 8 << true << qint64(8192) << 512 << 58 << qint64(15312) << qint64(812000);
        // MLA captures up to 2,048 tokens: 42 sizes; 14,848 + 336 = 15,184; 66,375 / 81,559 = 0.8138.
        QTest::newRow("H100, TP 8, MLA") << "h100-80gb" << "deepseek-v3" << 8 << true << qint64(8192) << 512 << 42 << qint64(15184)
                                         << qint64(814000);
        // 183,359 MiB: 512 + 24,576 + 1,024 + 128 + 74 × 8 = 26,832; 156,527 / 183,359 = 0.8537 — the
        // 992,896 tokens of SGLang's own Qwen3-8B start-up log (see engine-measurements.json).
        QTest::newRow("B200") << "b200" << llama << 1 << true << qint64(16384) << 512 << 74 << qint64(26832) << qint64(854000);
        // Without: 26,240; 157,119 / 183,359 = 0.8569.
        QTest::newRow("B200, no piecewise") << "b200" << llama << 1 << false << qint64(16384) << 512 << 0 << qint64(26240)
                                            << qint64(857000);
    }

    void sglangDefaults()
    {
        QFETCH(QString, gpuId);
        QFETCH(QString, modelId);
        QFETCH(int, tp);
        QFETCH(bool, piecewise);
        QFETCH(qint64, chunk);
        QFETCH(int, batch);
        QFETCH(int, sizes);
        QFETCH(qint64, reserved);
        QFETCH(qint64, fractionPpm);
        EngineSettings e;
        e.tensorParallel = tp;
        e.sglangPiecewiseCudaGraph = piecewise;
        const EstimateInput in = input(modelId, QStringLiteral("bf16"), QStringLiteral("bf16"), EstimateMethod::Sglang, 4096, 1, e);
        const SglangDefaults d = SglangDefaults::forGpu(gpu(gpuId), in);
        QCOMPARE(d.chunkedPrefillSize, chunk);
        QCOMPARE(d.cudaGraphMaxBs, batch);
        QCOMPARE(d.piecewiseGraphSizes, sizes);
        QCOMPARE(d.reservedMiB, reserved);
        QCOMPARE(d.memFractionStaticPpm, fractionPpm);
    }

    void sglangPool()
    {
        // Llama-3.1 8B in BF16 on one H100 at --mem-fraction-static 0.88 (profile_max_num_token):
        // free before loading = CUDA total 85,061,827,297 − 375,809,638 (context) = 84,686,017,659 B;
        // after the 16,060,522,496 B of weights 68,625,495,163 B; the pool's room is that less
        // ⌊84,686,017,659 × 0.12⌋ = 10,162,322,119, i.e. 58,463,173,044 B, ÷ 131,072 B a token =
        // 446,038 tokens. Requests: min(⌊446,038 × 512 / 131,072⌋ clamped to 2,048…4,096, + 1 spare slot of the
        // request pool, 446,038 / 2) = 2,049, as SGLang's logs of this setting print (max_running_requests=2049).
        EngineSettings e;
        e.memFractionStaticPpm = 880000;
        const MemoryModel m(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                  EstimateMethod::Sglang, 8192, 16, e));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const SglangPlan p = SglangPlan::build(m, gpu(QStringLiteral("h100-80gb")));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.freeBefore, qint64(84686017659));
        QCOMPARE(p.freeAfter, qint64(68625495163));
        QCOMPARE(p.rest, qint64(58463173044));
        QCOMPARE(p.maxTotalNumTokens, qint64(446038));
        QCOMPARE(p.kvPoolBytes, qint64(446038 + 1) * 131072); // and the padding page of one token
        QCOMPARE(p.maxRunningRequests, qint64(2049));
        QCOMPARE(p.contextLength, qint64(131072));
        QVERIFY(p.starts);
        QVERIFY(p.scenarioFits); // 16 × 8,192 = 131,072 tokens of 446,038
        // The window's bars: weights and the scenario's tokens, nothing else inside the static share.
        QCOMPARE(m.bytes().kvCache, qint64(16) * 8192 * 131072);
        QCOMPARE(m.bytes().overhead, qint64(0));
        const FitResult fit = FitAnalyzer::analyze(m, {gpu(QStringLiteral("h100-80gb")), 1, {}});
        QVERIFY(fit.fits);
        QVERIFY(fit.sglang);
        QCOMPARE(fit.capacity, qint64(84686017659) * 88 / 100);

        // --page-size 64: whole pages, 446,016 tokens; a request of 8,192 is 128 pages.
        e.pageSize = 64;
        const SglangPlan paged = SglangPlan::build(MemoryModel(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"),
                                                                    QStringLiteral("bf16"), EstimateMethod::Sglang, 8200, 1, e)),
                                                   gpu(QStringLiteral("h100-80gb")));
        QCOMPARE(paged.maxTotalNumTokens, qint64(446016));
        QCOMPARE(paged.scenarioTokens, qint64(8256)); // 8,200 in pages of 64
        // --max-total-tokens 100,000 caps the pool; the requests: min(2,049, 50,000).
        e.pageSize = 1;
        e.maxTotalTokens = 100000;
        const SglangPlan capped = SglangPlan::build(MemoryModel(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"),
                                                                     QStringLiteral("bf16"), EstimateMethod::Sglang, 8192, 16, e)),
                                                    gpu(QStringLiteral("h100-80gb")));
        QCOMPARE(capped.maxTotalNumTokens, qint64(100000));
        QCOMPARE(capped.maxRunningRequests, qint64(2049));
        // 13 requests of 8,192 = 106,496 tokens do not all run at once.
        e.maxRunningRequests = 12;
        const SglangPlan queued = SglangPlan::build(MemoryModel(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"),
                                                                     QStringLiteral("bf16"), EstimateMethod::Sglang, 8192, 13, e)),
                                                    gpu(QStringLiteral("h100-80gb")));
        QCOMPARE(queued.maxRunningRequests, qint64(12));
        QVERIFY(queued.starts);
        QVERIFY(!queued.scenarioFits);
    }

    void multiGpuStartUpFollowsTheLink_data()
    {
        QTest::addColumn<QString>("gpuId");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<qint64>("startUp");
        // The CUDA context (375,809,638 B) and, with tensor parallelism, torch.distributed's buffers:
        // 2.01 GiB (2,158,221,066 B) on NVLink-linked GPUs, 0.13 GiB (139,586,437 B) on PCIe-only ones.
        QTest::newRow("one L4") << "l4" << 1 << qint64(375809638);
        QTest::newRow("4 × L4, PCIe only") << "l4" << 4 << qint64(375809638 + 139586437);
        QTest::newRow("4 × H100, NVLink") << "h100-80gb" << 4 << qint64(375809638 + 2158221066);
        QTest::newRow("2 × RTX 4090, PCIe only") << "rtx-4090" << 2 << qint64(375809638 + 139586437);
        // HCCL's buffers on Ascend NPUs are not modelled.
        QTest::newRow("4 × Ascend 910B") << "ascend-910b" << 4 << qint64(375809638);
    }

    void multiGpuStartUpFollowsTheLink()
    {
        QFETCH(QString, gpuId);
        QFETCH(int, gpus);
        QFETCH(qint64, startUp);
        const GpuSpec g = gpu(gpuId);
        EngineSettings e;
        e.tensorParallel = gpus;
        e.memFractionStaticPpm = 850000;
        // Inputs made without the GPU's platform: each plan takes the link of the GPU it is built on.
        const MemoryModel sglang(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                       EstimateMethod::Sglang, 4096, 1, e));
        const SglangPlan s = SglangPlan::build(sglang, g);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.freeBefore, g.allocatableBytes() - startUp);
        QCOMPARE(SglangPlan::budgetFor(g, sglang.input()), (g.allocatableBytes() - startUp) * 85 / 100);
        const MemoryModel trt(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                    EstimateMethod::TrtLlm, 4096, 1, e));
        const TrtLlmPlan t = TrtLlmPlan::build(trt, g);
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(t.nonTorch, startUp);
        // The window's bars take the same figure once the input is on that GPU's platform.
        const MemoryModel onGpu(trt.input().onPlatform(g));
        QCOMPARE(onGpu.bytes().overhead, qint64(gpus) * (t.activation + startUp));
        // vLLM counts the same as non-torch memory.
        const MemoryModel vllm(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                     EstimateMethod::Vllm, 4096, 1, e));
        const VllmPlan v = VllmPlan::build(vllm, g);
        QVERIFY2(v.error.isEmpty(), qPrintable(v.error));
        QCOMPARE(v.layout.nonTorch, startUp);
    }

    void sglangFreeMemoryOnFourL4s()
    {
        // QwQ 32B in BF16 over 4 × L4 (llms-in-clouds' SGLang 0.4.3 log): CUDA's 23,579,370,455 B (21.96 GiB,
        // vllm#12539) less the context and the PCIe-only start-up, 23,063,974,380 B, where the log printed
        // 21.63 GiB; the weights a rank, 32,763,876,352 × 2 / 4 = 16,381,938,176 B.
        EngineSettings e;
        e.tensorParallel = 4;
        e.memFractionStaticPpm = 850000;
        const SglangPlan p = SglangPlan::build(MemoryModel(input(QStringLiteral("qwq-32b"), QStringLiteral("bf16"),
                                                                 QStringLiteral("bf16"), EstimateMethod::Sglang, 4096, 1, e)),
                                               gpu(QStringLiteral("l4")));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QVERIFY(p.cudaTotalKnown);
        QCOMPARE(p.freeBefore, qint64(23063974380));
        QCOMPARE(p.weights, qint64(16381938176));
        // Room: 23,063,974,380 − 16,381,938,176 − ⌊23,063,974,380 × 0.15⌋ (3,459,596,157) = 3,222,440,047 B,
        // ÷ 64 layers × 2 KV heads × 128 × 2 × 2 B = 65,536 B a token: 49,170 tokens.
        QCOMPARE(p.rest, qint64(3222440047));
        QCOMPARE(p.maxTotalNumTokens, qint64(49170));
    }

    void sglangRefuses()
    {
        // Llama-2 70B in FP16 (137.9 GB) on one H100: the weights leave no room, as SGLang says.
        const MemoryModel big(input(QStringLiteral("llama-2-70b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                    EstimateMethod::Sglang, 4096, 1));
        QVERIFY2(big.isValid(), qPrintable(big.error()));
        const SglangPlan none = SglangPlan::build(big, gpu(QStringLiteral("h100-80gb")));
        QVERIFY(!none.starts);
        QVERIFY2(none.error.contains(QStringLiteral("Not enough memory")), qPrintable(none.error));
        // Two are not enough either: 68.97 GB of weights each against a share of (85.06 − 0.38 − 2.16 GB)
        // × 0.834 = 68.83 GB. Three are, as three pipeline stages of up to 27 layers (the 64 heads do not
        // divide by 3): about 46.5 GB each.
        QCOMPARE(FitAnalyzer::gpusNeeded(big, gpu(QStringLiteral("h100-80gb"))), qint64(3));
        // A context longer than the model's is refused before anything loads.
        EngineSettings e;
        e.contextLength = 8192;
        const MemoryModel longer(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                       EstimateMethod::Sglang, 4096, 1, e));
        QVERIFY2(SglangPlan::build(longer, gpu(QStringLiteral("h100-80gb"))).error.contains(QStringLiteral("--context-length")),
                 "context length");
        // No Q8_0 cache in SGLang; 3 GPUs do not divide LLaMA-2 13B's 40 heads.
        QVERIFY(!MemoryModel(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("q8_0"),
                                   EstimateMethod::Sglang, 4096, 1)).isValid());
        e = {};
        e.tensorParallel = 3;
        const MemoryModel three(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                      EstimateMethod::Sglang, 4096, 1, e));
        QVERIFY(!three.isValid());
        QVERIFY2(three.error().contains(QStringLiteral("SGLang cannot run this model on 3 GPUs")), qPrintable(three.error()));
    }

    void sglangNsaPoolHoldsTheIndexerKeys_data()
    {
        // DeepSeek-V3.2-Exp under SGLang on 8 × B200 (TP 8): its NSA pool keeps, per token and layer, the
        // latent — FP8: 512 FP8 values + 4 × 4 B scales + 64 × 2 B RoPE = 656 B; BF16: 576 × 2 = 1,152 B —
        // and the indexer's key, 128 FP8 values + a 4 B scale = 132 B, whole on every rank; 61 layers.
        QTest::addColumn<QString>("kv");
        QTest::addColumn<qint64>("cell");
        QTest::newRow("FP8 (Blackwell's default)") << "fp8" << qint64(61 * (656 + 132));
        QTest::newRow("BF16 (Hopper's)") << "bf16" << qint64(61 * (1152 + 132));
    }

    void sglangNsaPoolHoldsTheIndexerKeys()
    {
        QFETCH(QString, kv);
        QFETCH(qint64, cell);
        EngineSettings e;
        e.tensorParallel = 8;
        e.pageSize = 1; // SGLang pages the NSA pool in 64 tokens whatever was asked
        const MemoryModel m(input(QStringLiteral("deepseek-v3.2"), QStringLiteral("fp8"), kv, EstimateMethod::Sglang, 4100, 1, e));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        QCOMPARE(SglangPlan::pageSizeFor(m.input()), qint64(64));
        const SglangPlan p = SglangPlan::build(m, gpu(QStringLiteral("b200")));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.cellBytes, cell);
        QCOMPARE(p.maxTotalNumTokens % 64, qint64(0));
        QCOMPARE(p.kvPoolBytes, (p.maxTotalNumTokens + 64) * cell); // with its padding page
        // One request of 4,100 tokens takes 65 pages, 4,160 tokens, on each of the 8 GPUs.
        QCOMPARE(SglangPlan::requestBytes(m, 4100), qint64(4160) * cell * 8);
        QVERIFY2(m.explain(ByteUnit::GB, QLocale::c()).kvPerToken.formula.contains(QStringLiteral("132 B indexer key")),
                 qPrintable(m.explain(ByteUnit::GB, QLocale::c()).kvPerToken.formula));
    }

    void llamaCppDsaCacheHoldsTheIndexerKeys_data()
    {
        // DeepSeek-V3.2-Exp under llama.cpp (llama_kv_cache_dsa, b9411 and later): per cell and layer the
        // main cache's latent row (512 + 64) and the indexer cache's key (128), K only — an MLA model's
        // caches keep no V — both in -ctk's type; 61 layers.
        QTest::addColumn<QString>("kv");
        QTest::addColumn<qint64>("cell");
        QTest::newRow("F16") << "fp16" << qint64(61 * (576 * 2 + 128 * 2));
        // Q8_0: 34 B per 32 values: 18 × 34 + 4 × 34.
        QTest::newRow("Q8_0") << "q8_0" << qint64(61 * (18 * 34 + 4 * 34));
    }

    void llamaCppDsaCacheHoldsTheIndexerKeys()
    {
        QFETCH(QString, kv);
        QFETCH(qint64, cell);
        const MemoryModel m(input(QStringLiteral("deepseek-v3.2"), QStringLiteral("q4_k_m"), kv, EstimateMethod::LlamaCpp, 4096, 2));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        QCOMPARE(m.llamaCpp().fullBytesPerCell(), cell);
        // Two sequences of 4,096 cells each (n_ctx 8,192 split into two streams).
        QCOMPARE(m.llamaCpp().memoryAt(4096, 2).kvBytes, cell * 8192);
        // Ollama is not modelled for it and says so.
        const MemoryModel ollama(input(QStringLiteral("deepseek-v3.2"), QStringLiteral("q4_k_m"), kv, EstimateMethod::Ollama, 4096, 1));
        QVERIFY(!ollama.isValid());
        QVERIFY2(ollama.error().contains(QStringLiteral("indexer")), qPrintable(ollama.error()));
    }

    void sglangPoolsSlidingWindowsApart()
    {
        // gpt-oss-120b (GptOssForCausalLM, one of SGLang's is_hybrid_swa_model classes) on one H100:
        // set_num_tokens_hybrid_swa. A layer's K and V of a token: 2 × 8 KV heads × 64 × 2 B = 2,048 B;
        // the profiled cell counts all 36 layers, 73,728 B. The profiled tokens' bytes are then shared
        // so that the 18 full layers hold F tokens and the 18 windowed layers 0.8 F:
        // F = ⌊profiled × 73,728 / (2,048 × (18 + 0.8 × 18))⌋ = ⌊profiled × 10 / 9⌋.
        EngineSettings e;
        e.memFractionStaticPpm = 900000;
        const MemoryModel m(input(QStringLiteral("gpt-oss-120b"), QStringLiteral("file"), QStringLiteral("bf16"),
                                  EstimateMethod::Sglang, 32768, 2, e));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        QCOMPARE(m.input().model.architecture, QStringLiteral("GptOssForCausalLM"));
        const SglangPlan p = SglangPlan::build(m, gpu(QStringLiteral("h100-80gb")));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QVERIFY(p.slidingPool);
        QCOMPARE(p.fullLayers, 18);
        QCOMPARE(p.windowedLayers, 18);
        QCOMPARE(p.window, 128);
        QCOMPARE(p.cellBytes, qint64(73728));
        QCOMPARE(p.profiledTokens, p.rest / 73728);
        QCOMPARE(p.maxTotalNumTokens, p.profiledTokens * 10 / 9);
        QCOMPARE(p.swaTokens, p.maxTotalNumTokens * 4 / 5);
        // Both pools with their padding page of one token.
        QCOMPARE(p.kvPoolBytes, (p.maxTotalNumTokens + 1 + p.swaTokens + 1) * 18 * 2048);
        QVERIFY(p.kvPoolBytes - 2 * 18 * 2048 <= p.rest);
        // A request keeps all its tokens in the full layers and at most the 128-token window in the others:
        // (32,768 × 18 + 128 × 18) × 2,048 B = 1,212,678,144 B.
        QCOMPARE(SglangPlan::requestBytes(m, 32768), qint64(1212678144));
        QCOMPARE(m.bytes().kvCache, qint64(2) * 1212678144);
        const QString formula = m.explain(ByteUnit::GB, QLocale::c()).kvCache.formula;
        QVERIFY2(formula.contains(QStringLiteral("128 tokens (the window) × 18 windowed layers")), qPrintable(formula));
        // Short requests fill the windowed pool first: at 128 tokens each, ⌊swa / 128⌋ requests, fewer
        // than the full pool's ⌊full / 128⌋.
        QCOMPARE(p.maxConcurrencyAt(128), std::min(p.maxRunningRequests, p.swaTokens / 128));
        QVERIFY(p.swaTokens / 128 < p.maxTotalNumTokens / 128);
        QCOMPARE(p.maxConcurrencyAt(32768), p.maxTotalNumTokens / 32768);
        // Gemma 2 is not among those classes: SGLang keeps its sliding layers in the full pool, every
        // token in each of its 42 layers, and the formula says so.
        const MemoryModel gemma(input(QStringLiteral("gemma-2-9b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                      EstimateMethod::Sglang, 8192, 2));
        QVERIFY2(gemma.isValid(), qPrintable(gemma.error()));
        QVERIFY(!SglangPlan::poolsWindows(gemma.input().model));
        QCOMPARE(gemma.bytes().kvCache, qint64(2) * 8192 * 42 * 2 * 8 * 256 * 2);
        const QString gemmaFormula = gemma.explain(ByteUnit::GB, QLocale::c()).kvCache.formula;
        QVERIFY2(gemmaFormula.contains(QStringLiteral("keeps no window pool")), qPrintable(gemmaFormula));
        // A log's pool lines are read and set beside the plan's.
        const EngineLog log = EngineLog::read(QStringLiteral(
            "Use sliding window memory pool. full_layer_tokens=1710, swa_layer_tokens=1368"));
        QCOMPARE(log.figure(QStringLiteral("max_total_num_tokens")), std::optional<double>(1710));
        QCOMPARE(log.figure(QStringLiteral("swa_layer_tokens")), std::optional<double>(1368));
    }

    void mamba2GroupsReplicatedUnderTensorParallelism()
    {
        // Granite-4.0-H-Tiny has one Mamba-2 group (48 heads of 64, d_state 128, d_conv 4): over 2 GPUs vLLM and
        // SGLang replicate the group so each rank holds the one its 24 heads need (extra_groups_for_head_shards,
        // mamba2_state_shape): the convolution state on a rank is 3 × (3,072 / 2 + 2 × 128) = 5,376 values, the
        // SSM state 24 × 64 × 128 = 196,608 — where splitting the whole by 2 would give 4,992.
        const ModelSpec m = *catalog().model(QStringLiteral("granite-4.0-h-tiny"));
        QCOMPARE(m.convStateElementsPerRank(1), qint64(9984));
        QCOMPARE(m.convStateElementsPerRank(2), qint64(5376));
        QCOMPARE(m.ssmStateElementsPerRank(2), qint64(196608));
        QCOMPARE(m.convStateElementsPerRank(4), qint64(3 * (768 + 256)));
        QCOMPARE(m.convStateElementsPerRank(5), qint64(-1)); // 48 heads do not divide by 5
        // vLLM: one state page holds 5,376 × 2 B + 196,608 × 2 B = 403,968 B on each of the 2 GPUs.
        EngineSettings e;
        e.tensorParallel = 2;
        const MemoryModel vllm(input(QStringLiteral("granite-4.0-h-tiny"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                     EstimateMethod::Vllm, 8192, 4, e));
        QVERIFY2(vllm.isValid(), qPrintable(vllm.error()));
        QCOMPARE(vllm.vllm().statePageBytes, qint64(403968));
        // SGLang: 36 Mamba layers × (5,376 × 2 B + 196,608 × 4 B in float32) = 28,698,624 B a request a GPU.
        const MemoryModel sglang(input(QStringLiteral("granite-4.0-h-tiny"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                       EstimateMethod::Sglang, 8192, 4, e));
        QVERIFY2(sglang.isValid(), qPrintable(sglang.error()));
        QCOMPARE(SglangPlan::statePerRequestFor(sglang.input().model, 2), qint64(28698624));
        // Gated DeltaNet groups are not replicated: Qwen3-Next's 16 key heads over 3 GPUs stay refused.
        QCOMPARE(catalog().model(QStringLiteral("qwen3-next-80b-a3b"))->convStateElementsPerRank(3), qint64(-1));
    }

    void sglangStatePoolMatchesPublishedLogs_data()
    {
        // SGLang 0.5.21 serving Nemotron-3 Nano Omni 30B-A3B (the Nemotron-3 Nano language model) at
        // --tp 4 with the SSM state in float32, three boots with their printed pools
        // (a published test log of the image xomoxcc/dgx-spark-sglang:0.5.21-sm121, 2026-10-08/09, "Mamba Cache is allocated"): the printed
        // sizes are SGLang's "GB" (GiB) to two decimals. By hand, per rank and state: 23 Mamba-2 layers
        // × (64 heads / 4 × 64 × 128 × 4 B = 524,288 B of SSM state and 3 × 6,144 / 4 × 2 B = 9,216 B
        // of convolution state); 2,212 states (2,211 + 1) × 12,058,624 B = 24.84 GiB, where 2,211
        // would print 24.83.
        QTest::addColumn<qint64>("cacheSize");
        QTest::addColumn<QString>("convPrinted");
        QTest::addColumn<QString>("ssmPrinted");
        QTest::newRow("case 01") << qint64(2211) << QStringLiteral("0.44") << QStringLiteral("24.84");
        QTest::newRow("case 03") << qint64(2230) << QString() << QStringLiteral("25.06");
        QTest::newRow("case 06") << qint64(2225) << QString() << QStringLiteral("25.00");
    }

    void sglangStatePoolMatchesPublishedLogs()
    {
        QFETCH(qint64, cacheSize);
        QFETCH(QString, convPrinted);
        QFETCH(QString, ssmPrinted);
        const ModelSpec m = *catalog().model(QStringLiteral("nemotron-3-nano-30b-a3b"));
        QCOMPARE(SglangPlan::ssmStatePerRequestFor(m, 4), qint64(12058624));
        QCOMPARE(SglangPlan::convStatePerRequestFor(m, 4), qint64(211968));
        const auto printed = [](qint64 bytes) { return QString::number(double(bytes) / 1073741824.0, 'f', 2); };
        QCOMPARE(printed(SglangPlan::ssmPoolBytes(m, 4, cacheSize)), ssmPrinted);
        if (!convPrinted.isEmpty())
            QCOMPARE(printed(SglangPlan::convPoolBytes(m, 4, cacheSize)), convPrinted);
    }

    void sglangPoolsAHybridModelsState()
    {
        // Qwen3-Next-80B-A3B in BF16 on 4 × H100 at --mem-fraction-static 0.85 (sgl-project/sglang,
        // model_runner_kv_cache_mixin.py: profile_max_num_token, handle_max_mamba_cache, init_memory). One
        // request's state on each rank: 36 Gated DeltaNet layers × (3 × 8,192 / 4 = 6,144 convolution values
        // × 2 B + 32 × 128 × 128 / 4 = 131,072 SSM values × 4 B in float32, SGLang's --mamba-ssm-dtype) =
        // 36 × 536,576 = 19,316,736 B. The pools' room is split 0.9 : 1 (mamba_full_memory_ratio): the state
        // pool takes ⌊room × 0.9 / 1.9 / 19,316,736⌋ whole states, the KV pool the rest at 12 attention
        // layers × K and V of one KV head of 256 in BF16 = 12,288 B a token; with the radix cache and its
        // extra buffers a running request may hold five states, so the state pool caps the running requests
        // at a fifth of it.
        EngineSettings e;
        e.tensorParallel = 4;
        e.memFractionStaticPpm = 850000;
        const MemoryModel m(input(QStringLiteral("qwen3-next-80b-a3b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                  EstimateMethod::Sglang, 32768, 8, e));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const SglangPlan p = SglangPlan::build(m, gpu(QStringLiteral("h100-80gb")));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.statePerRequest, qint64(19316736));
        QCOMPARE(p.cellBytes, qint64(12288));
        QVERIFY(p.sharedRest > 0);
        QCOMPARE(p.mambaCacheSize, p.sharedRest * 9 / 19 / 19316736);
        // The pool allocates one state more than it counts (slot 0 is kept aside): 36 × 6,144 × 2 B of
        // convolution and 36 × 131,072 × 4 B of SSM state each.
        QCOMPARE(p.convStateBytes, (p.mambaCacheSize + 1) * 442368);
        QCOMPARE(p.ssmStateBytes, (p.mambaCacheSize + 1) * 18874368);
        QCOMPARE(p.rest, p.sharedRest - p.mambaCacheSize * 19316736);
        QCOMPARE(p.maxTotalNumTokens, p.rest / 12288);
        // Gated DeltaNet takes SGLang's extra_buffer strategy by default: 3 + 2 states a running request.
        QCOMPARE(p.statesPerRunningRequest, 5);
        const qint64 requestSlots = std::clamp<qint64>(p.maxTotalNumTokens * 512 / 262144, 2048, 4096) + 1;
        QCOMPARE(p.maxRunningRequests, std::min({requestSlots, p.maxTotalNumTokens / 2, p.mambaCacheSize / 5}));
        QVERIFY(p.maxRunningRequests < requestSlots); // the state pool is what binds
        // The window's bars: the 8 requests' tokens and their states on the 4 GPUs, the state a part of its own.
        QCOMPARE(m.bytes().recurrentState, qint64(8) * 19316736 * 4);
        QCOMPARE(m.bytes().kvCache, qint64(8) * 32768 * 12288 * 4 + qint64(8) * 19316736 * 4);
        const QString formula = m.explain(ByteUnit::GB, QLocale::c()).recurrentState.formula;
        QVERIFY2(formula.contains(QStringLiteral("float32")), qPrintable(formula));
        // A state split that would replicate groups is refused by name, before vLLM's layout speaks: 3 GPUs
        // do not divide Qwen3-Next's 16 key heads.
        e.tensorParallel = 3;
        const MemoryModel three(input(QStringLiteral("qwen3-next-80b-a3b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                      EstimateMethod::Sglang, 32768, 8, e));
        QVERIFY(!three.isValid());
        QVERIFY2(three.error().contains(QStringLiteral("SGLang's split")), qPrintable(three.error()));
        // A static share that leaves the pools about 100 MB holds ⌊100 MB × 9/19 / 19,316,736⌋ = 2 states,
        // fewer than the 5 one running request may hold: SGLang would start and run nothing.
        e.tensorParallel = 4;
        e.memFractionStaticPpm = int((Wide(p.weights) + 100000000) * 1000000 / p.freeBefore + 1);
        const MemoryModel starved(input(QStringLiteral("qwen3-next-80b-a3b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                        EstimateMethod::Sglang, 32768, 8, e));
        const SglangPlan none = SglangPlan::build(starved, gpu(QStringLiteral("h100-80gb")));
        QCOMPARE(none.mambaCacheSize, qint64(2));
        QVERIFY(!none.starts);
        QVERIFY2(none.error.contains(QStringLiteral("holds 2 recurrent state")) && none.error.contains(QStringLiteral("the 5 one")),
                 qPrintable(none.error));
        QVERIFY(!FitAnalyzer::analyze(starved, {gpu(QStringLiteral("h100-80gb")), 4}).fits);
        // SGLang's own line for the state pool is read from a log (kvcache-ai/ktransformers#1870, Qwen3.5 on two
        // GPUs) and set beside the plan's count.
        const EngineLog log = EngineLog::read(QStringLiteral(
            "[2026-02-27 17:10:28 TP0] Mamba Cache is allocated. max_mamba_cache_size: 82, conv_state size: 0.13GB, "
            "ssm_state size: 7.29GB \n[2026-02-27 17:10:28 TP0] KV Cache is allocated. #tokens: 580364, K size: 4.15 GB, "
            "V size: 4.15 GB"));
        QCOMPARE(log.engine, std::optional<EstimateMethod>(EstimateMethod::Sglang));
        QCOMPARE(log.figure(QStringLiteral("max_mamba_cache_size")), std::optional<double>(82));
        QCOMPARE(log.figure(QStringLiteral("ssm_state_size")), std::optional<double>(7.29 * 1073741824.0));
        QCOMPARE(log.figure(QStringLiteral("max_total_num_tokens")), std::optional<double>(580364));
    }

    void vllmOnAscendUses128TokenBlocks()
    {
        // vLLM-Ascend pages the cache in 128-token blocks and budgets from CANN's total, 61.27 GiB
        // (65,788,161,556 B) on a 64 GiB 910B. Llama-3.1 8B BF16 on one: budget
        // ⌊65,788,161,556 × 0.9⌋ = 59,209,345,400 B — the "(0.9, 55.14 GiB)" vLLM-Ascend prints in
        // vllm-ascend#8289 — less weights 16,060,522,496, activation 8,192 × 11 × 4,096 × 2 + 256 ×
        // 128,256 × 16 = 1,263,534,080 and non-torch 375,809,638 = 41,509,479,186 B: vLLM-Ascend captures
        // its graphs after the KV cache (worker.py, determine_available_memory), outside the budget. A
        // block is 128 × 131,072 = 16,777,216 B, so 2,474 blocks, 316,672 tokens. vLLM's own 16-token
        // blocks, with its graphs (536,870,912) in the budget, would give 19,537 blocks, 312,592 tokens.
        const MemoryModel m(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                  EstimateMethod::Vllm, 8200, 1));
        const VllmPlan ascend = VllmPlan::build(m, gpu(QStringLiteral("ascend-910b")));
        QVERIFY2(ascend.error.isEmpty(), qPrintable(ascend.error));
        QVERIFY(ascend.cudaTotalKnown);
        QCOMPARE(ascend.budget, qint64(59209345400));
        QCOMPARE(formatBytesIn(ascend.budget, ByteUnit::GiB, QLocale::c()), QStringLiteral("55.14 GiB"));
        QCOMPARE(ascend.availableKv, qint64(41509479186));
        QVERIFY(ascend.graphsOutsideBudget);
        QCOMPARE(ascend.blockTokens, qint64(128));
        QCOMPARE(ascend.numBlocks, qint64(2474));
        QCOMPARE(ascend.kvCacheTokens, qint64(316672));
        QCOMPARE(ascend.blocksPerRequest, qint64(65)); // ⌈8,200 / 128⌉
        QCOMPARE(ascend.scenarioKvBytes, qint64(65) * 16777216);
        GpuSpec same = gpu(QStringLiteral("ascend-910b"));
        same.vllmBlockTokens = 0;
        const VllmPlan cuda = VllmPlan::build(m, same);
        QVERIFY(!cuda.graphsOutsideBudget);
        QCOMPARE(cuda.numBlocks, qint64(19537));
        QCOMPARE(cuda.kvCacheTokens, qint64(312592));
    }

    void vllmAscendPagesAHybridModelAsItsVersionDoes_data()
    {
        QTest::addColumn<bool>("wholeStatePages");
        QTest::addColumn<qint64>("blockTokens");
        QTest::addColumn<qint64>("pageBytes");
        QTest::addColumn<qint64>("numBlocks");
        QTest::addColumn<qint64>("kvCacheTokens");
        QTest::addColumn<qint64>("blocksPerRequest");
        // Qwen3-Next on four 910Bs: a Gated DeltaNet layer's state on a rank is SSM 8 heads × 128 × 128 × 2 B =
        // 262,144 B and conv 2,048 × 3 × 2 B = 12,288 B; one token's K in an attention layer is 1 KV head ×
        // 256 × 2 B = 512 B (K and V 1,024 B). From 0.16: 128 × ⌈262,144 / (128 × 512)⌉ = 512 tokens, whose
        // K holds the SSM state exactly; a page is 512 × 1,024 + 12,288 = 536,576 B. Before: 128 × ⌈274,432 /
        // (128 × 1,024)⌉ = 384 tokens, a page 393,216 B. Budget ⌊65,788,161,556 × 0.8⌋ = 52,630,529,244 less
        // weights 39,837,195,648, activation 4,096 × 11 × 2,048 × 2 + 256 × 151,936 × 16 = 806,879,232 and
        // non-torch 375,809,638 (graphs after the cache) leaves 11,610,644,726 B for 4 groups of 12 layers.
        QTest::newRow("0.16 and later") << false << qint64(512) << qint64(536576) << qint64(1803) // ⌊…/ 6,438,912⌋
                                        << qint64(450 * 512) << qint64(64 + 3);
        QTest::newRow("before 0.16") << true << qint64(384) << qint64(393216) << qint64(2460) // ⌊…/ 4,718,592⌋
                                     << qint64(615 * 384) << qint64(86 + 3);
    }

    void vllmAscendPagesAHybridModelAsItsVersionDoes()
    {
        QFETCH(bool, wholeStatePages);
        QFETCH(qint64, blockTokens);
        QFETCH(qint64, pageBytes);
        QFETCH(qint64, numBlocks);
        QFETCH(qint64, kvCacheTokens);
        QFETCH(qint64, blocksPerRequest);
        EngineSettings e = tensorParallel(4);
        e.gpuMemoryUtilizationPpm = 800000;
        e.maxNumBatchedTokens = 4096;
        e.vllmAscendWholeStatePages = wholeStatePages;
        const MemoryModel m(input(QStringLiteral("qwen3-next-80b-a3b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                  EstimateMethod::Vllm, 32768, 1, e));
        const VllmPlan plan = VllmPlan::build(m, gpu(QStringLiteral("ascend-910b")));
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(plan.layout.ssmPageBytes, qint64(262144));
        QCOMPARE(plan.layout.convPageBytes, qint64(12288));
        QCOMPARE(plan.availableKv, qint64(11610644726));
        QCOMPARE(plan.blockTokens, blockTokens);
        QCOMPARE(plan.blockBytes, 12 * pageBytes);
        QCOMPARE(plan.numBlocks, numBlocks);
        QCOMPARE(plan.kvCacheTokens, kvCacheTokens);
        QCOMPARE(plan.blocksPerRequest, blocksPerRequest);
        // Planned for the NPUs, the model's own layout (the bars, the formulas) pages as the plan does.
        EngineSettings onNpu = e;
        onNpu.platformBlockTokens = 128;
        const MemoryModel npu(input(QStringLiteral("qwen3-next-80b-a3b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                    EstimateMethod::Vllm, 32768, 1, onNpu));
        QCOMPARE(npu.vllm().blockTokens, blockTokens);
        QCOMPARE(npu.vllm().blockBytes, 12 * pageBytes);
        QCOMPARE(npu.bytes().kvCache, 4 * plan.scenarioKvBytes);
        QVERIFY(npu.vllm().graphsOutsideBudget);
        // vLLM on a GPU keeps its own rule: 16 × ⌈274,432 / (16 × 1,024)⌉ = 272 tokens, whatever the version.
        GpuSpec cuda = gpu(QStringLiteral("ascend-910b"));
        cuda.vllmBlockTokens = 0;
        QCOMPARE(VllmPlan::build(m, cuda).blockTokens, qint64(272));
    }

    void vllmAscendRefusesAStateItsKBlocksCannotHold()
    {
        // An SSM state of 32 heads × 128 × 100 (not Qwen3-Next's 128): 204,800 B on each of four ranks is
        // 3.125 K blocks of 128 × 512 B, and vLLM-Ascend 0.16 stops on its alignment assertion; before
        // 0.16 the whole state was padded up to a block instead.
        ModelSpec model = *catalog().model(QStringLiteral("qwen3-next-80b-a3b"));
        model.ssmStateElements = qint64(32) * 128 * 100;
        EngineSettings e = tensorParallel(4);
        EstimateInput in = input(QStringLiteral("qwen3-next-80b-a3b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                 EstimateMethod::Vllm, 4096, 1, e);
        in.model = model;
        const VllmPlan refused = VllmPlan::build(MemoryModel(in), gpu(QStringLiteral("ascend-910b")));
        QVERIFY(refused.error.contains(QStringLiteral("Cannot align ssm_page_size and attn_page_size")));
        QVERIFY2(refused.error.contains(QStringLiteral("(204,800 B) is not a whole number of 128-token K blocks of 65,536 B")),
                 qPrintable(refused.error));
        QVERIFY(!refused.starts);
        in.engine.vllmAscendWholeStatePages = true;
        const VllmPlan older = VllmPlan::build(MemoryModel(in), gpu(QStringLiteral("ascend-910b")));
        QVERIFY2(older.error.isEmpty(), qPrintable(older.error));
        QCOMPARE(older.blockTokens, qint64(256)); // 128 × ⌈(204,800 + 12,288) / (128 × 1,024)⌉
    }

    void vllmAscendLogsSayWhichPagesTheyUsed()
    {
        // vLLM-Ascend follows vLLM's versions: the 0.13 run of vllm-ascend#6250 paged Qwen3-Next whole states.
        const QString text = QString::fromUtf8(readData(QStringLiteral("logs/vllm-ascend-6250.log")));
        EstimateInput in = input(QStringLiteral("qwen3-next-80b-a3b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                 EstimateMethod::Vllm, 4096, 4);
        EngineLog::read(text).applyTo(in);
        QVERIFY(in.engine.vllmAscendWholeStatePages);
        QCOMPARE(in.engine.gpuMemoryUtilizationPpm, qint64(800000));
        QCOMPARE(in.engine.maxNumBatchedTokens, qint64(4096));
        QCOMPARE(in.engine.tensorParallel, 4);
        QCOMPARE(in.tokens, qint64(32768));
        QCOMPARE(in.concurrency, qint64(1));
        // The same lines from vLLM 0.16: the current pages.
        EstimateInput newer = in;
        EngineLog::read(QString(text).replace(QStringLiteral("0.13.0"), QStringLiteral("0.16.0"))).applyTo(newer);
        QVERIFY(!newer.engine.vllmAscendWholeStatePages);
        // Without vLLM-Ascend's platform line the log is CUDA vLLM's, which has no such pages.
        EstimateInput cuda = in;
        EngineLog::read(QString(text).remove(QStringLiteral("Platform plugin ascend is activated"))).applyTo(cuda);
        QVERIFY(!cuda.engine.vllmAscendWholeStatePages);
    }

    void engineVersionsReadAsTheirRelease_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // -1: not a version
        QTest::newRow("release") << QStringLiteral("0.16.0") << 1600;
        QTest::newRow("two parts") << QStringLiteral("0.16") << 1600;
        QTest::newRow("v prefix") << QStringLiteral("v0.30.1") << 3001;
        QTest::newRow("rc") << QStringLiteral("0.14.0rc1") << 1400;
        QTest::newRow("dashed rc") << QStringLiteral("0.12.6-rc0") << 1206;
        QTest::newRow("post") << QStringLiteral("0.11.0.post1") << 1100;
        QTest::newRow("word") << QStringLiteral("latest") << -1;
        QTest::newRow("trailing build") << QStringLiteral("0.16.0rc2.dev3+g978a37c82") << -1;
        QTest::newRow("three digits") << QStringLiteral("100.1") << -1;
    }

    void engineVersionsReadAsTheirRelease()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(parseEngineVersion(text).value_or(-1), expected);
    }

    void mindieSizesItsCacheAsDocumented()
    {
        // MindIE's documented rule (MIE05E01000A): kv_cache = total × NPU_MEMORY_FRACTION − weights − workspace.
        // Llama-3.1 8B BF16 on one Ascend 910B (CANN's total 65,788,161,556 B), 8,192 tokens, defaults: budget
        // ⌊65,788,161,556 × 0.8⌋ = 52,630,529,244 B, less weights 16,060,522,496 and the warm-up workspace of
        // 8,192 tokens 8,192 × 11 × 4,096 × 2 + 256 × 128,256 × 16 = 1,263,534,080 B = 35,306,472,668 B; a block
        // of 128 tokens is 128 × 131,072 = 16,777,216 B: 2,104 blocks, 269,312 tokens, 2,104 / 64 = 32.875
        // requests of 8,192 tokens.
        const MemoryModel m(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                  EstimateMethod::Mindie, 8192, 1));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const GpuSpec &npu = gpu(QStringLiteral("ascend-910b"));
        const MindiePlan p = MindiePlan::build(m, npu);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QVERIFY(p.totalKnown);
        QCOMPARE(p.budget, qint64(52630529244));
        QCOMPARE(p.weights, qint64(16060522496));
        QCOMPARE(p.workspace, qint64(1263534080));
        QCOMPARE(p.kvBytes, qint64(35306472668));
        QCOMPARE(p.blockBytes, qint64(16777216));
        QCOMPARE(p.numBlocks, qint64(2104));
        QCOMPARE(p.kvTokens, qint64(269312));
        QCOMPARE(p.blocksPerRequest, qint64(64));
        QCOMPARE(p.maxConcurrency, 32.875);
        QVERIFY(p.starts && p.scenarioFits);
        QCOMPARE(MindiePlan::usableBytes(m, npu), qint64(52630529244));
        QCOMPARE(FitAnalyzer::usableBytesPerGpu(m.input(), npu), qint64(52630529244));

        // npuMemSize 20 GiB fixes the cache: 21,474,836,480 / 16,777,216 = 1,280 blocks.
        EngineSettings fixed;
        fixed.npuMemSizeGiB = 20;
        const MemoryModel f(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                  EstimateMethod::Mindie, 8192, 1, fixed));
        const MindiePlan pf = MindiePlan::build(f, npu);
        QVERIFY(pf.fixedSize);
        QCOMPARE(pf.numBlocks, qint64(1280));
        QCOMPARE(MindiePlan::usableBytes(f, npu), qint64(16060522496) + 1263534080 + (qint64(20) << 30));
        // 64 blocks of 128 = 8,192 tokens a request: 1,280 / 64 = 20 requests exactly.
        QCOMPARE(pf.maxConcurrency, 20.0);

        // Too little: LLaMA-2 70B F16 on one NPU leaves no block, as MindIE's MIE05E01000A says.
        const MindiePlan none = MindiePlan::build(MemoryModel(input(QStringLiteral("llama-2-70b"), QStringLiteral("fp16"),
                                                                    QStringLiteral("fp16"), EstimateMethod::Mindie, 4096, 1)),
                                                  npu);
        QVERIFY(!none.starts);
        QVERIFY2(none.error.contains(QStringLiteral("MIE05E01000A")), qPrintable(none.error));
        // With a larger fixed npuMemSize than the NPU holds beside the weights, it cannot start either.
        EngineSettings huge;
        huge.npuMemSizeGiB = 60;
        const MindiePlan over = MindiePlan::build(MemoryModel(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"),
                                                                    QStringLiteral("bf16"), EstimateMethod::Mindie, 8192, 1, huge)),
                                                  npu);
        QVERIFY(!over.starts);
        QVERIFY2(over.error.contains(QStringLiteral("npuMemSize 60 GiB")), qPrintable(over.error));

        // A plan of another method says which it is not.
        const MemoryModel exact(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                      EstimateMethod::Exact, 8192, 1));
        QCOMPARE(MindiePlan::build(exact, npu).error, QStringLiteral("The estimate does not use the MindIE method."));
        QCOMPARE(VllmPlan::build(exact, npu).error, QStringLiteral("The estimate does not use the vLLM method."));

        // MindIE runs on Ascend NPUs only.
        const MindiePlan cuda = MindiePlan::build(m, gpu(QStringLiteral("h100-80gb")));
        QVERIFY(!cuda.starts);
        QVERIFY2(cuda.error.contains(QStringLiteral("Ascend NPUs only")), qPrintable(cuda.error));
        QCOMPARE(FitAnalyzer::gpusNeeded(m, gpu(QStringLiteral("h100-80gb"))), qint64(0));

        // The fewest NPUs: the 70B's 128.5 GiB of weights split as vLLM splits them (three pipeline stages where
        // the heads do not divide by three): 42.8 GiB a stage, which 49.02 GiB holds with the workspace and a block.
        const qint64 needed = FitAnalyzer::gpusNeeded(MemoryModel(input(QStringLiteral("llama-2-70b"), QStringLiteral("fp16"),
                                                                        QStringLiteral("fp16"), EstimateMethod::Mindie, 4096, 1)),
                                                      npu);
        QCOMPARE(needed, qint64(3));
    }

    void sglangAndTrtLlmChargeWindowsInFull()
    {
        // Gemma-2 9B's 21 sliding layers are charged every token under SGLang and TensorRT-LLM: 344,064 B a
        // token for all 42 layers. SGLang does so itself (Gemma2ForCausalLM is not one of its sliding-pool
        // classes), and the formula says so; TensorRT-LLM's windowed pool is not modelled, so its figure is
        // an upper bound.
        const std::pair<EstimateMethod, const char *> cases[] = {
            {EstimateMethod::Sglang, "SGLang keeps no window pool for this architecture: its 21 sliding-window layers hold every token"},
            {EstimateMethod::TrtLlm, "21 sliding-window layers included: an upper bound"}};
        for (const auto &[method, says] : cases) {
            const MemoryModel m(input(QStringLiteral("gemma-2-9b"), QStringLiteral("bf16"), QStringLiteral("bf16"), method,
                                      8192, 1));
            QVERIFY2(m.isValid(), qPrintable(m.error()));
            QCOMPARE(m.vllm().kvBytesPerToken, qint64(344064));
            QCOMPARE(m.bytes().kvCache, qint64(8192) * 344064);
            const QString formula = m.explain(ByteUnit::GB, QLocale::c()).kvCache.formula;
            QVERIFY2(formula.contains(QLatin1String(says)), qPrintable(formula));
        }
        // A model without windows says nothing of the kind.
        const MemoryModel llama(input(QStringLiteral("llama-3-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                      EstimateMethod::Sglang, 8192, 1));
        const QString plain = llama.explain(ByteUnit::GB, QLocale::c()).kvCache.formula;
        QVERIFY(!plain.contains(QStringLiteral("upper bound")) && !plain.contains(QStringLiteral("window")));
    }

    void engineWeightsKeepEmbeddingsAt16Bits_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("weights");
        QTest::addColumn<int>("method");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<bool>("kept"); // the table kept at 16 bits
        // Qwen2.5 0.5B: 494,032,768 parameters, its head tied to the 151,936 × 896 = 136,134,656 embeddings.
        // Engines that load a checkpoint keep that table at 16 bits under INT8: 357,898,112 + 2 × 136,134,656.
        QTest::newRow("vLLM int8, tied head") << "qwen2.5-0.5b" << "int8" << int(EstimateMethod::Vllm) << qint64(630167424) << true;
        QTest::newRow("TensorRT-LLM int8") << "qwen2.5-0.5b" << "int8" << int(EstimateMethod::TrtLlm) << qint64(630167424) << true;
        // LLaMA-2 7B, head untied: 2 × 32,000 × 4,096 = 262,144,000 at 2 B, 6,476,271,616 at a byte (FP8).
        QTest::newRow("SGLang fp8, own head") << "llama-2-7b" << "fp8" << int(EstimateMethod::Sglang) << qint64(7000559616) << true;
        // 16-bit weights, the exact formula and llama.cpp's GGUF types (6,738,415,616 × 34 / 32 B in Q8_0): every
        // parameter alike.
        QTest::newRow("vLLM fp16") << "qwen2.5-0.5b" << "fp16" << int(EstimateMethod::Vllm) << qint64(988065536) << false;
        QTest::newRow("exact int8") << "qwen2.5-0.5b" << "int8" << int(EstimateMethod::Exact) << qint64(494032768) << false;
        QTest::newRow("llama.cpp q8_0") << "llama-2-7b" << "q8_0" << int(EstimateMethod::LlamaCpp) << qint64(7159566592) << false;
    }

    void engineWeightsKeepEmbeddingsAt16Bits()
    {
        QFETCH(QString, model);
        QFETCH(QString, weights);
        QFETCH(int, method);
        QFETCH(qint64, bytes);
        QFETCH(bool, kept);
        const MemoryModel m(input(model, weights, QStringLiteral("fp16"), EstimateMethod(method), 4096, 1));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        QCOMPARE(m.weightsBytes(), bytes);
        // The formula says which parameters it kept at 16 bits.
        const QString formula = m.explain(ByteUnit::GB, QLocale::c()).weights.formula;
        QCOMPARE(formula.contains(QStringLiteral("token embeddings and output head")), kept);
    }

    void trtLlmSecondaryPool_data()
    {
        // BaseKVCacheManager::calculateMaxNumBlocks: host_cache_size ÷ the kv size a token (LLaMA-2 7B with an
        // FP16 cache: 32 layers × 2 × 4,096 × 2 B = 524,288 B), then whole blocks of tokens_per_block (32).
        QTest::addColumn<qint64>("hostBytes");
        QTest::addColumn<qint64>("blocks");
        QTest::newRow("none") << qint64(0) << qint64(0);
        QTest::newRow("10 GiB: 20,480 tokens") << (qint64(10) << 30) << qint64(640);
        QTest::newRow("a token short of a block more") << (qint64(10) << 30) + 31 * 524288 << qint64(640);
        QTest::newRow("a block more") << (qint64(10) << 30) + 32 * 524288 << qint64(641);
        QTest::newRow("1 MiB: 2 tokens, no whole block") << (qint64(1) << 20) << qint64(0);
    }

    void trtLlmSecondaryPool()
    {
        QFETCH(qint64, hostBytes);
        QFETCH(qint64, blocks);
        EngineSettings e;
        e.trtHostCacheBytes = hostBytes;
        const MemoryModel m(input(QStringLiteral("llama-2-7b"), QStringLiteral("int8"), QStringLiteral("fp16"), EstimateMethod::TrtLlm, 4096, 1, e));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const TrtLlmPlan p = TrtLlmPlan::build(m, gpu(QStringLiteral("a100-80gb")));
        QCOMPARE(p.kvBytesPerToken, qint64(524288));
        QCOMPARE(p.secondaryBlocks, blocks);
        QCOMPARE(p.secondaryBytes, blocks * 32 * 524288);
        // The host pool does not change the GPU's.
        QCOMPARE(p.maxTokens, TrtLlmPlan::build(MemoryModel(input(QStringLiteral("llama-2-7b"), QStringLiteral("int8"), QStringLiteral("fp16"),
                                                                  EstimateMethod::TrtLlm, 4096, 1)),
                                                gpu(QStringLiteral("a100-80gb"))).maxTokens);
    }

    void trtLlmPagedCache()
    {
        // LLaMA-2 7B with INT8 weights on one A100 80GB, max_num_tokens 4,096 (the settings of
        // NVIDIA/TensorRT-LLM#1400): the weights are 6,476,271,616 parameters at a byte and the token
        // embeddings and output head (2 × 32,000 × 4,096 = 262,144,000) at two, 7,000,559,616 B; the
        // profiled peak = those + the pass 4,096 × 11 × 4,096 × 2 + 32,000 × 16 = 369,610,752 + CUDA
        // context 375,809,638 = 7,745,980,006 B; the cache ⌊(84,986,665,370 − 7,745,980,006) × 0.9⌋ =
        // 69,516,616,827 B, ÷ 524,288 B a token = 132,592 tokens, 132,576 in blocks of 32.
        EngineSettings e;
        e.trtMaxNumTokens = 4096;
        e.trtMaxBatchSize = 1;
        const MemoryModel m(input(QStringLiteral("llama-2-7b"), QStringLiteral("int8"), QStringLiteral("fp16"),
                                  EstimateMethod::TrtLlm, 4096, 1, e));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const TrtLlmPlan p = TrtLlmPlan::build(m, gpu(QStringLiteral("a100-80gb")));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.weights, qint64(7000559616));
        QCOMPARE(p.activation, qint64(369610752));
        QCOMPARE(p.peak, qint64(7745980006));
        QCOMPARE(p.availableKv, qint64(69516616827));
        QCOMPARE(p.kvBytesPerToken, qint64(524288));
        QCOMPARE(p.maxTokens, qint64(132576));
        QVERIFY(p.starts && p.scenarioFits);
        // Two requests do not fit a max_batch_size of 1; max_tokens caps the cache.
        EstimateInput two = m.input();
        two.concurrency = 2;
        QVERIFY(!TrtLlmPlan::build(MemoryModel(two), gpu(QStringLiteral("a100-80gb"))).scenarioFits);
        two.concurrency = 1;
        two.engine.trtMaxTokens = 10000;
        QCOMPARE(TrtLlmPlan::build(MemoryModel(two), gpu(QStringLiteral("a100-80gb"))).maxTokens, qint64(9984)); // 312 blocks
        // The capacity line is the peak and the cache's share: 7,745,980,006 + 69,516,616,827 B.
        QCOMPARE(FitAnalyzer::usableBytesPerGpu(m.input(), gpu(QStringLiteral("a100-80gb"))), qint64(77262596833));
        QVERIFY(FitAnalyzer::analyze(m, {gpu(QStringLiteral("a100-80gb")), 1, {}}).fits);
        // LLaMA-2 70B FP16 on one: no block at all, as TensorRT-LLM would fail.
        const TrtLlmPlan none = TrtLlmPlan::build(MemoryModel(input(QStringLiteral("llama-2-70b"), QStringLiteral("fp16"),
                                                                   QStringLiteral("fp16"), EstimateMethod::TrtLlm, 4096, 1)),
                                                  gpu(QStringLiteral("a100-80gb")));
        QVERIFY(!none.starts);
        QVERIFY2(none.error.contains(QStringLiteral("cannot start")), qPrintable(none.error));
    }

    void ollamaOffload()
    {
        // Ollama before 0.30, its scheduler's own estimate.
        // LLaMA-2 13B in F16 at num_ctx 4,096, one sequence, flash attention off (the buffers worked by
        // hand in llamaCppSplitsOverDevices): a layer is 634,409,216 B of weights + 83,886,080 B of KV =
        // 718,295,296 B; the graph 419,430,400 B; the output head 327,680,000 B.
        // One RTX 4090 (25,426,206,392 B): Ollama holds 457 MiB (479,199,232 B) and one spare layer, then
        // places layers from the last while free > held + graph + the layer: k < (25,426,206,392 −
        // 1,197,494,528 − 419,430,400) / 718,295,296 = 33.1, so 33 layers; the other 7 and the head stay
        // on the CPU. Ollama's figures: partial = 1,197,494,528 + 33 × 718,295,296 + 419,430,400 =
        // 25,320,669,696 B; full = that + 7 × 718,295,296 + 327,680,000 = 30,676,416,768 B.
        EngineSettings e = noFlashAttention();
        e.ollamaLegacyScheduler = true;
        const MemoryModel m(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                  EstimateMethod::Ollama, 4096, 1, e));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const GpuSpec &g = gpu(QStringLiteral("rtx-4090"));
        const OllamaPlan one = OllamaPlan::build(m, {g, 1, {}});
        QVERIFY(!one.fitted);
        QVERIFY2(one.error.isEmpty(), qPrintable(one.error));
        QCOMPARE(one.layersModel, 41);
        QCOMPARE(one.layers, 33);
        QVERIFY(!one.fullyLoaded);
        QCOMPARE(one.graph, qint64(419430400));
        QCOMPARE(one.kv, qint64(40) * 83886080);
        QCOMPARE(one.requiredPartial, qint64(25320669696));
        QCOMPARE(one.requiredFull, qint64(30676416768));
        // llama.cpp with -ngl 33: layers 7–39 and their KV on the GPU with the buffer; the rest, both
        // embedding matrices and a row of logits on the host.
        QCOMPARE(one.memory.gpuBytes(), qint64(33) * 634409216 + qint64(33) * 83886080 + 419430400);
        QCOMPARE(one.memory.cpuBytes(), qint64(7) * 634409216 + 2 * qint64(327680000) + qint64(7) * 83886080 + 128000);
        QCOMPARE(one.devices.size(), 1);
        QVERIFY(one.devices.first().fits());
        const FitResult fitOne = FitAnalyzer::analyze(m, {g, 1, {}});
        QVERIFY(!fitOne.fits); // it runs, but not all on the GPU
        QVERIFY(fitOne.ollama);

        // Two: every layer fits. Ollama deals the layers out in turn from the last (odd ones to the
        // second GPU), the head to the first: 21 and 20 as --tensor-split; llama.cpp then gives the
        // first GPU slots p < 41 × 21/41, i.e. 21 layers, and the second 19 layers and the head.
        const OllamaPlan two = OllamaPlan::build(m, {g, 2, {}});
        QVERIFY(two.fullyLoaded);
        QCOMPARE(two.layers, 41);
        QCOMPARE(two.tensorSplit, QList<int>({21, 20}));
        QCOMPARE(two.devices.size(), 2);
        QCOMPARE(two.devices.at(0).layers, 21);
        QCOMPARE(two.devices.at(1).layers, 19);
        QVERIFY(two.devices.at(1).output);
        QVERIFY(FitAnalyzer::analyze(m, {g, 2, {}}).fits);
        QCOMPARE(FitAnalyzer::gpusNeeded(m, g), qint64(2));

        // num_gpu 10 caps the offload; OLLAMA_GPU_OVERHEAD takes room first: 8 GiB leaves
        // (25,426,206,392 − 8,589,934,592 − 1,616,924,928) / 718,295,296 = 21.2, so 21 layers.
        e.gpuLayers = 10;
        QCOMPARE(OllamaPlan::build(MemoryModel(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                                     EstimateMethod::Ollama, 4096, 1, e)), {g, 1, {}}).layers, 10);
        e.gpuLayers = -1;
        e.ollamaGpuOverhead = qint64(8) << 30;
        QCOMPARE(OllamaPlan::build(MemoryModel(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                                     EstimateMethod::Ollama, 4096, 1, e)), {g, 1, {}}).layers, 21);
        // A GPU too small for the graph, the minimum and two layers takes none: all on the CPU.
        const OllamaPlan none = OllamaPlan::build(m, {gpu(QStringLiteral("t4")), 0 + 1, {}});
        QVERIFY(none.layers > 0); // a T4 holds some
        GpuSpec tiny = g;
        tiny.cudaTotalBytes = qint64(2) << 30;
        const OllamaPlan cpu = OllamaPlan::build(m, {tiny, 1, {}});
        QCOMPARE(cpu.layers, 0);
        QVERIFY(cpu.devices.isEmpty());
        QCOMPARE(cpu.memory.gpuBytes(), qint64(0));
    }

    void ollamaLeavesTheLayersToLlamaCppFit()
    {
        // Ollama 0.30 and later runs llama-server, and llama.cpp's --fit places the layers. LLaMA-2 13B F16 at
        // num_ctx 4,096 on one RTX 4090 without flash attention: a layer is 718,295,296 B with its K and V, the
        // compute buffer 419,430,400 B, the target 25,426,206,392 − 1,073,741,824 = 24,352,464,568 B free:
        // 33 layers use 33 × 718,295,296 + 419,430,400 = 24,123,175,168 B, 34 would use 24,841,470,464 B.
        // (Ollama's own scheduler also chose 33 here, from another rule: see ollamaOffload.)
        EngineSettings e = noFlashAttention();
        const GpuSpec &g = gpu(QStringLiteral("rtx-4090"));
        const MemoryModel m(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                  EstimateMethod::Ollama, 4096, 1, e));
        const OllamaPlan one = OllamaPlan::build(m, {g, 1, {}});
        QVERIFY2(one.error.isEmpty(), qPrintable(one.error));
        QVERIFY(one.fitted);
        QVERIFY(one.fitChanged);
        QCOMPARE(one.layers, 33);
        QCOMPARE(one.layersModel, 41);
        QVERIFY(!one.fullyLoaded);
        QCOMPARE(one.requiredPartial, qint64(24123175168));
        QCOMPARE(one.gpuAllocations, QList<qint64>{qint64(24123175168)});
        // The run's whole: the GPU's part and the host's — 7 layers, both embedding matrices, their K and V
        // and a row of logits.
        QCOMPARE(one.requiredFull, qint64(24123175168) + 7 * qint64(634409216) + 2 * qint64(327680000) + 7 * qint64(83886080) + 128000);
        QCOMPARE(one.kv, qint64(40) * 83886080);
        QCOMPARE(one.graph, qint64(419430400));

        // OLLAMA_GPU_OVERHEAD no longer reaches the runner: the same 33 layers.
        EngineSettings overhead = e;
        overhead.ollamaGpuOverhead = qint64(8) << 30;
        QCOMPARE(OllamaPlan::build(MemoryModel(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                                     EstimateMethod::Ollama, 4096, 1, overhead)), {g, 1, {}}).layers, 33);
        // num_gpu set: -ngl as given, --fit leaves it.
        EngineSettings ten = e;
        ten.gpuLayers = 10;
        const OllamaPlan capped = OllamaPlan::build(MemoryModel(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"),
                                                                      QStringLiteral("fp16"), EstimateMethod::Ollama, 4096, 1, ten)),
                                                    {g, 1, {}});
        QCOMPARE(capped.layers, 10);
        QVERIFY(!capped.fitChanged);

        // Two: every layer leaves each its target, so nothing changes; llama.cpp splits by free memory.
        const OllamaPlan two = OllamaPlan::build(m, {g, 2, {}});
        QVERIFY(two.fullyLoaded);
        QVERIFY(!two.fitChanged);
        QCOMPARE(two.layers, 41);
        QCOMPARE(two.tensorSplit.size(), 2);
        QCOMPARE(two.tensorSplit.at(0) + two.tensorSplit.at(1), 41);
        QVERIFY(FitAnalyzer::analyze(m, {g, 2, {}}).fits);
        QCOMPARE(FitAnalyzer::gpusNeeded(m, g), qint64(2));
        // What the Ollama method may fill on a GPU: all but llama.cpp's target.
        QCOMPARE(FitAnalyzer::usableBytesPerGpu(m.input(), g), g.allocatableBytes() - kLlamaCppFitTargetBytes);
    }

    void llamaCppFlashAttention_data()
    {
        // Llama-3.1 8B (32 layers, hidden 4,096, 32 heads of 128, 8 KV heads, vocab 128,256), one sequence.
        // Logits: ub × 4 × (128,256 + 4,096) = ub × 529,408 B, 271,056,896 B at -ub 512.
        // With flash attention: ub × (6 × cells (f32 mask + f16 copy) + 4 × (2 × 32 × 128 + 2 × 4,096)).
        // Without: ub × 4 × (32 × cells + 4 × 4,096) + cells × 1,024 × 2 (the transposed V).
        QTest::addColumn<QString>("fa");
        QTest::addColumn<qint64>("tokens");
        QTest::addColumn<qint64>("ubatch");
        QTest::addColumn<bool>("resolvedOn");
        QTest::addColumn<qint64>("compute");
        // 512 × (24,576 + 65,536) = 46,137,344 B: below the logits, which set the buffer (258.5 MiB).
        QTest::newRow("on, 4,096 cells: logits") << "on" << qint64(4096) << qint64(512) << true << qint64(271056896);
        // 512 × (786,432 + 65,536) = 436,207,616 B (416 MiB).
        QTest::newRow("on, 131,072 cells: mask") << "on" << qint64(131072) << qint64(512) << true << qint64(436207616);
        // auto: the CUDA kernels take head size 128, so the same.
        QTest::newRow("auto, 131,072 cells") << "auto" << qint64(131072) << qint64(512) << true << qint64(436207616);
        // 2,048 × (4,194,304 + 16,384) + 268,435,456 = 8,891,924,480 B: 20 times as much.
        QTest::newRow("off, 131,072 cells") << "off" << qint64(131072) << qint64(512) << false << qint64(8891924480);
        // -ub 4096: 4,096 × 851,968 = 3,489,660,928 B, above the logits' 2,168,455,168 B.
        QTest::newRow("on, 131,072 cells, -ub 4096") << "on" << qint64(131072) << qint64(4096) << true << qint64(3489660928);
    }

    void llamaCppFlashAttention()
    {
        QFETCH(QString, fa);
        QFETCH(qint64, tokens);
        QFETCH(qint64, ubatch);
        QFETCH(bool, resolvedOn);
        QFETCH(qint64, compute);
        EngineSettings engine;
        engine.flashAttention = *parseFlashAttention(fa);
        engine.ubatch = ubatch;
        const MemoryModel m(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                  EstimateMethod::LlamaCpp, tokens, 1, engine));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        QCOMPARE(m.llamaCpp().flashAttention(), resolvedOn);
        QCOMPARE(m.llamaCpp().memoryAt(tokens, 1).computeBuffer, compute);
        QCOMPARE(m.bytes().overhead, compute); // llama.cpp's overhead is its compute buffer
        const QString formula = m.explain(ByteUnit::GB, QLocale::c()).overhead.formula;
        QVERIFY2(formula.contains(resolvedOn ? QStringLiteral(", with flash attention") : QStringLiteral(", without flash attention")),
                 qPrintable(formula));
    }

    void llamaCppFlashAttentionAutoAndCacheTypes()
    {
        // auto keeps flash attention off for a head size the CUDA kernels lack (120 here).
        ModelSpec odd = catalog().model(QStringLiteral("llama-3.1-8b")) ? *catalog().model(QStringLiteral("llama-3.1-8b")) : ModelSpec{};
        odd.headDim = 120;
        odd.headDimExplicit = true;
        EstimateInput in{odd, *catalog().dataType(QStringLiteral("fp16")), *catalog().dataType(QStringLiteral("fp16")),
                         EstimateMethod::LlamaCpp, 4096, 1, 100000, {}};
        const MemoryModel autoOff(in);
        QVERIFY2(autoOff.isValid(), qPrintable(autoOff.error()));
        QVERIFY(!autoOff.llamaCpp().flashAttention());
        QVERIFY(autoOff.llamaCpp().flashAttentionReason().contains(QStringLiteral("120")));
        // A quantized V cache without flash attention: llama.cpp refuses to start, so does the planner.
        in.model = *catalog().model(QStringLiteral("llama-3.1-8b"));
        in.engine.flashAttention = EngineSettings::FlashAttention::Off;
        in.kvCache = *catalog().dataType(QStringLiteral("q8_0"));
        const MemoryModel refused(in);
        QVERIFY(!refused.isValid());
        QVERIFY2(refused.error().contains(QStringLiteral("flash attention")), qPrintable(refused.error()));
        // -ctk q8_0 -ctv q4_0 at 4,096 cells: a K row of 1,024 values is 32 blocks × 34 B = 1,088 B,
        // a V row 32 × 18 B = 576 B; 32 layers × 1,664 B × 4,096 cells = 218,103,808 B (208 MiB).
        in.engine.flashAttention = EngineSettings::FlashAttention::Auto;
        in.engine.cacheTypeV = QStringLiteral("q4_0");
        const MemoryModel mixed(in);
        QVERIFY2(mixed.isValid(), qPrintable(mixed.error()));
        QCOMPARE(mixed.llamaCpp().memoryAt(4096, 1).kvBytes, qint64(218103808));
        const QString kvFormula = mixed.explain(ByteUnit::GB, QLocale::c()).kvCache.formula;
        QVERIFY2(kvFormula.contains(QStringLiteral("(K Q8_0, V Q4_0)")), qPrintable(kvFormula));
        // A type llama.cpp has no V cache for is refused by name.
        in.engine.cacheTypeV = QStringLiteral("int4");
        QVERIFY(!in.engine.validate().isEmpty());
        QVERIFY(!MemoryModel(in).isValid());
    }

    void llamaCppSplitsOverDevices_data()
    {
        // LLaMA-2 13B in F16 (40 layers, hidden 5,120, vocab 32,000, untied): 26,031,728,640 B of
        // weights; the token embeddings (163,840,000 × 2 B = 327,680,000 B) stay on the host, the
        // output head is as large, each layer 25,376,368,640 / 40 = 634,409,216 B. 4,096 tokens, one
        // sequence: 4,096 cells × 2 × 5,120 × 2 B = 83,886,080 B of KV per layer. Compute buffer
        // (-ub 512, no flash attention): scores 512 × 4 × (40 × 4,096 + 4 × 5,120) + 4,096 × 5,120 ×
        // 2 = 419,430,400 B, above the logits' 512 × 4 × (32,000 + 5,120) = 76,021,760 B.
        // Layer split (llama_model::load_tensors): 41 slots (40 layers, then the output head); slot p
        // goes to the first GPU whose cumulative share exceeds p / 41.
        QTest::addColumn<QString>("gpuList");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("split");
        QTest::addColumn<QList<int>>("layers");
        QTest::addColumn<QList<qint64>>("bytes");
        QTest::addColumn<bool>("fits");
        // By free memory (CUDA totals 25,426,206,392 and 25,318,832,210 B): the 4090's share is
        // 0.50106, so slots 0–20 (21 layers) on it; 19 layers and the output head on the 3090.
        // 4090: 21 × 634,409,216 + 21 × 83,886,080 + 419,430,400 = 15,503,631,616 B.
        // 3090: 19 × 634,409,216 + 327,680,000 + 19 × 83,886,080 + 419,430,400 = 14,394,721,024 B.
        QTest::newRow("4090 + 3090, by free memory")
            << "rtx-4090,rtx-3090" << "layer" << "" << QList<int>{21, 19}
            << QList<qint64>{15503631616, 14394721024} << true;
        // --tensor-split 3,1: slots p with 3 × 41 > 4p, p ≤ 30: 31 layers on the 4090.
        // 4090: 31 × (634,409,216 + 83,886,080) + 419,430,400 = 22,686,584,576 B;
        // 3090: 9 × (634,409,216 + 83,886,080) + 327,680,000 + 419,430,400 = 7,211,768,064 B.
        QTest::newRow("4090 + 3090, --tensor-split 3,1")
            << "rtx-4090,rtx-3090" << "layer" << "3,1" << QList<int>{31, 9}
            << QList<qint64>{22686584576, 7211768064} << true;
        // --tensor-split 1,0: everything on the 4090, which cannot hold 29,478,922,240 B.
        QTest::newRow("4090 + 3090, --tensor-split 1,0")
            << "rtx-4090,rtx-3090" << "layer" << "1,0" << QList<int>{40, 0}
            << QList<qint64>{29478922240, 0} << false;
        // Row split: the layers' 25,376,368,640 B cut by the shares: 4090 ⌊W × 25,426,206,392 /
        // 50,745,038,602⌋ = 12,715,031,938 B plus the output head, all KV (3,355,443,200 B) and the
        // compute buffer: 16,817,585,538 B; the 3090 holds the rest, 12,661,336,702 B.
        QTest::newRow("4090 + 3090, --split-mode row")
            << "rtx-4090,rtx-3090" << "row" << "" << QList<int>{40, 40}
            << QList<qint64>{16817585538, 12661336702} << true;
        // Two equal GPUs: shares 0.5, slots p < 20.5, so 21 layers on the first.
        QTest::newRow("2 × 4090") << "rtx-4090,rtx-4090" << "layer" << "" << QList<int>{21, 19}
                                  << QList<qint64>{15503631616, 14394721024} << true;
    }

    void llamaCppSplitsOverDevices()
    {
        QFETCH(QString, gpuList);
        const QStringList gpus = gpuList.split(QLatin1Char(','));
        QFETCH(QString, mode);
        QFETCH(QString, split);
        QFETCH(QList<int>, layers);
        QFETCH(QList<qint64>, bytes);
        QFETCH(bool, fits);
        EngineSettings engine;
        engine.splitMode = *parseSplitMode(mode);
        engine.tensorSplit = *parseTensorSplit(split);
        engine.flashAttention = EngineSettings::FlashAttention::Off; // the buffers above are without it
        const MemoryModel m(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                  EstimateMethod::LlamaCpp, 4096, 1, engine));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        QCOMPARE(m.weightsBytes(), qint64(26031728640));
        GpuConfig config{*catalog().gpu(gpus.first()), 1, {}};
        for (const QString &id : gpus.mid(1))
            config.more.append({*catalog().gpu(id), 1});
        const FitResult fit = FitAnalyzer::analyze(m, config);
        QVERIFY(fit.valid);
        QCOMPARE(fit.devices.size(), gpus.size());
        for (int i = 0; i < gpus.size(); ++i) {
            QCOMPARE(fit.devices.at(i).layers, layers.at(i));
            QCOMPARE(fit.devices.at(i).bytes(), bytes.at(i));
        }
        QCOMPARE(fit.fits, fits);
        QCOMPARE(fit.total, bytes.at(0) + bytes.at(1));
    }

    void llamaCppOnUnifiedMemory()
    {
        // A DGX Spark of 128 GB (unified): the host's part of the run, the token embeddings
        // (327,680,000 B) and one row of f32 logits (32,000 × 4 = 128,000 B), shares the memory:
        // 40 × 634,409,216 + 327,680,000 + 40 × 83,886,080 + 419,430,400 + 327,808,000 = 29,806,730,240 B.
        GpuSpec spark;
        spark.id = QStringLiteral("spark");
        spark.name = QStringLiteral("DGX Spark");
        spark.memoryBytes = 128'000'000'000;
        spark.unifiedMemory = true;
        const MemoryModel m(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                  EstimateMethod::LlamaCpp, 4096, 1, noFlashAttention()));
        const FitResult fit = FitAnalyzer::analyze(m, {spark, 1, {}});
        QCOMPARE(fit.devices.size(), 1);
        QCOMPARE(fit.devices.first().host, qint64(327808000));
        QCOMPARE(fit.devices.first().bytes(), qint64(29806730240));
        QCOMPARE(fit.headroom, qint64(128'000'000'000) - 29806730240);
    }

    void fewestGpusHonourTheSplit()
    {
        // One RTX 4090 cannot hold 29,478,922,240 B; on two, each holds its part (above): 2.
        // At 2,048 tokens × 40 requests: 2,048 cells per sequence, 40 × 2,048 × 20,480 B =
        // 1,677,721,600 B of KV per layer, compute buffer 512 × 4 × (40 × 2,048 + 20,480) + 2,048 ×
        // 10,240 = 230,686,720 B. In all 25,704,048,640 + 40 × 1,677,721,600 + 230,686,720 =
        // 93,043,599,360 B: pooled, ⌈÷ 25,426,206,392⌉ = 4 GPUs. Split over 4, the first takes
        // slots p < 41/4 (11 layers): 11 × (634,409,216 + 1,677,721,600) + 230,686,720 =
        // 25,664,125,696 B, more than it has; over 5 it takes 9. So 5.
        const MemoryModel small(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                      EstimateMethod::LlamaCpp, 4096, 1, noFlashAttention()));
        const GpuSpec gpu = *catalog().gpu(QStringLiteral("rtx-4090"));
        QCOMPARE(FitAnalyzer::gpusNeeded(small, gpu), qint64(2));
        const MemoryModel big(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                    EstimateMethod::LlamaCpp, 2048, 40, noFlashAttention()));
        QCOMPARE(big.bytes().total, qint64(93043599360));
        QCOMPARE(FitAnalyzer::gpusNeeded(big.bytes().total, gpu.allocatableBytes()), qint64(4));
        QCOMPARE(FitAnalyzer::gpusNeeded(big, gpu), qint64(5));
        const FitResult four = FitAnalyzer::analyze(big, {gpu, 4, {}});
        QCOMPARE(four.devices.first().layers, 11);
        QCOMPARE(four.devices.first().bytes(), qint64(25664125696));
        QVERIFY(!four.fits);
        QCOMPARE(four.headroom, qint64(25426206392) - 25664125696);
    }

    void vllmLaunchCommandRoundTrips()
    {
        // Llama-3.1-8B on an RTX 3090, 20,000 tokens, eager (vllm-project/vllm#10517): 1,918 blocks of
        // 16 tokens × 131,072 B (2 × 2 B × 32 layers × 8 KV heads × 128) = 4,022,337,536 B pinned.
        EngineSettings engine;
        engine.maxNumBatchedTokens = 20000;
        engine.enforceEager = true;
        const MemoryModel m(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                  EstimateMethod::Vllm, 20000, 1, engine));
        const FitResult fit = FitAnalyzer::analyze(m, {*catalog().gpu(QStringLiteral("rtx-3090")), 1, {}});
        QCOMPARE(fit.vllm->numBlocks, qint64(1918));
        const LaunchCommand c = LaunchCommand::build(m, fit);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.text(), QStringLiteral("vllm serve meta-llama/Llama-3.1-8B --tensor-parallel-size 1 --max-model-len 20000 "
                                          "--gpu-memory-utilization 0.9 --max-num-seqs 256 --max-num-batched-tokens 20000 "
                                          "--dtype bfloat16 --enforce-eager --kv-cache-memory-bytes 4022337536"));
        QString error;
        const auto back = VllmServeSettings::parse(c.arguments, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->tensorParallel, fit.vllm->layout.tensorParallel);
        QCOMPARE(back->maxModelLen, qint64(20000));
        QCOMPARE(back->gpuMemoryUtilizationPpm, engine.gpuMemoryUtilizationPpm);
        QCOMPARE(back->maxNumSeqs, engine.maxNumSeqs);
        QCOMPARE(back->maxNumBatchedTokens, engine.maxNumBatchedTokens);
        QCOMPARE(back->enforceEager, true);
        QCOMPARE(back->kvCacheMemoryBytes, fit.vllm->kvCacheBytes);
        QCOMPARE(back->kvCacheMemoryBytes, qint64(1918) * 16 * 131072);
        QCOMPARE(back->dtype, QStringLiteral("bfloat16"));
        // vLLM 0.10.0 has no --kv-cache-memory-bytes: not emitted, and the note says so.
        const LaunchCommand old = LaunchCommand::build(m, fit, *LaunchCommand::parseVllmVersion(QStringLiteral("0.10.0")));
        QVERIFY(!old.arguments.contains(QStringLiteral("--kv-cache-memory-bytes")));
        QVERIFY(old.notes.join(QLatin1Char(' ')).contains(QLatin1String("0.10.1")));
        QCOMPARE(LaunchCommand::parseVllmVersion(QStringLiteral("0.10.1")), std::optional<int>(1001));
        QVERIFY(!LaunchCommand::parseVllmVersion(QStringLiteral("latest")));
    }

    void vllmLaunchCommandSplitsAndRefuses()
    {
        // LLaMA-2 13B on 3 GPUs: TP 1 × 3 pipeline stages (the heads refuse TP 3).
        const MemoryModel m(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                  EstimateMethod::Vllm, 4096, 1));
        const FitResult three = FitAnalyzer::analyze(m, {*catalog().gpu(QStringLiteral("a100-40gb")), 3, {}});
        const LaunchCommand c = LaunchCommand::build(FitAnalyzer::modelFor(m, 3, three.config.gpu), three);
        QString error;
        const auto back = VllmServeSettings::parse(c.arguments, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->tensorParallel, 1);
        QCOMPARE(back->pipelineParallel, 3);
        QCOMPARE(back->dtype, QStringLiteral("float16"));
        // A request longer than the context: vLLM would refuse, so there is no command.
        const MemoryModel tooLong(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                        EstimateMethod::Vllm, 8192, 1));
        const LaunchCommand refused =
            LaunchCommand::build(tooLong, FitAnalyzer::analyze(tooLong, {*catalog().gpu(QStringLiteral("a100-80gb")), 1, {}}));
        QVERIFY(!refused.error.isEmpty());
        QVERIFY(refused.arguments.isEmpty());
        // The rules of thumb have no engine to start.
        const MemoryModel exact(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                      EstimateMethod::Exact, 4096, 1));
        QVERIFY(!LaunchCommand::build(exact, FitAnalyzer::analyze(exact, {*catalog().gpu(QStringLiteral("a100-80gb")), 1, {}}))
                     .error.isEmpty());
    }

    void sglangLaunchCommandRoundTrips()
    {
        // Llama-3.1 8B BF16 on 2 × H100 with 16-token pages, a pool cap, a running limit and no piecewise
        // graphs: the command writes out what the plan used, and reads back to the same settings.
        EngineSettings e;
        e.pageSize = 16;
        e.maxTotalTokens = 100000;
        e.maxRunningRequests = 64;
        e.sglangPiecewiseCudaGraph = false;
        const MemoryModel m(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                  EstimateMethod::Sglang, 8192, 4, e));
        const FitResult fit = FitAnalyzer::analyze(m, {gpu(QStringLiteral("h100-80gb")), 2, {}});
        QVERIFY(fit.sglang && fit.sglang->starts);
        const LaunchCommand c = LaunchCommand::build(FitAnalyzer::modelFor(m, 2, fit.config.gpu), fit);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QString error;
        const auto back = SglangLaunchSettings::parse(c.arguments, &error);
        QVERIFY2(back, qPrintable(error + QStringLiteral(": ") + c.text()));
        QCOMPARE(back->model, QStringLiteral("meta-llama/Llama-3.1-8B"));
        QCOMPARE(back->tensorParallel, 2);
        QCOMPARE(back->memFractionStaticPpm, fit.sglang->memFractionStaticPpm);
        QCOMPARE(back->memFractionStaticPpm, qint64(834000)); // (81,559 − 13,568 reserved) / 81,559 without piecewise graphs
        QCOMPARE(back->contextLength, fit.sglang->contextLength);
        QCOMPARE(back->pageSize, qint64(16));
        QCOMPARE(back->chunkedPrefillSize, fit.sglang->defaults.chunkedPrefillSize);
        QCOMPARE(back->maxTotalTokens, qint64(100000));
        QCOMPARE(back->maxRunningRequests, qint64(64));
        QCOMPARE(back->piecewiseCudaGraph, false);
        QCOMPARE(back->dtype, QStringLiteral("bfloat16"));
        // gpt-oss-120b's sliding pool: the ratio goes out and comes back.
        EngineSettings swa;
        swa.swaFullTokensRatioPpm = 500000;
        const MemoryModel oss(input(QStringLiteral("gpt-oss-120b"), QStringLiteral("file"), QStringLiteral("bf16"),
                                    EstimateMethod::Sglang, 32768, 2, swa));
        const FitResult ossFit = FitAnalyzer::analyze(oss, {gpu(QStringLiteral("h100-80gb")), 1, {}});
        const auto ossBack = SglangLaunchSettings::parse(LaunchCommand::build(oss, ossFit).arguments, &error);
        QVERIFY2(ossBack, qPrintable(error));
        QCOMPARE(ossBack->swaFullTokensRatioPpm, qint64(500000));
        QCOMPARE(ossBack->piecewiseCudaGraph, true);
        QVERIFY(!SglangLaunchSettings::parse({QStringLiteral("serve"), QStringLiteral("x")}, &error));
    }

    void ollamaAndTrtLlmCommandsRoundTrip()
    {
        // Ollama, Llama-3.1 8B Q4_K_M, 4 × 8,192 tokens with a q8_0 cache (which needs flash attention) and
        // 512 MiB kept free by the pre-0.30 scheduler.
        EngineSettings e;
        e.ollamaGpuOverhead = 512 * 1048576;
        e.ollamaLegacyScheduler = true;
        const MemoryModel m(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("q4_k_m"), QStringLiteral("q8_0"),
                                  EstimateMethod::Ollama, 8192, 4, e));
        const FitResult fit = FitAnalyzer::analyze(m, {gpu(QStringLiteral("rtx-4090")), 1, {}});
        const LaunchCommand c = LaunchCommand::build(m, fit);
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QString error;
        const auto back = OllamaServeSettings::parse(c.arguments, &error);
        QVERIFY2(back, qPrintable(error + QStringLiteral(": ") + c.text()));
        QCOMPARE(back->contextLength, qint64(8192));
        QCOMPARE(back->numParallel, qint64(4));
        QCOMPARE(back->kvCacheType, QStringLiteral("q8_0"));
        QCOMPARE(back->flashAttention, m.llamaCpp().flashAttention());
        QVERIFY(back->flashAttention);
        QCOMPARE(back->gpuOverhead, qint64(512) * 1048576);
        QVERIFY(!OllamaServeSettings::parse({QStringLiteral("OLLAMA_NUM_PARALLEL=x"), QStringLiteral("ollama"), QStringLiteral("serve")}, &error));

        // TensorRT-LLM, Llama-3.1 8B on 2 × H100 at 8,192 tokens.
        const MemoryModel t(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                  EstimateMethod::TrtLlm, 8192, 1));
        const FitResult tFit = FitAnalyzer::analyze(t, {gpu(QStringLiteral("h100-80gb")), 2, {}});
        const LaunchCommand tc = LaunchCommand::build(FitAnalyzer::modelFor(t, 2, tFit.config.gpu), tFit);
        QVERIFY2(tc.error.isEmpty(), qPrintable(tc.error));
        const auto tBack = TrtLlmServeSettings::parse(tc.arguments, &error);
        QVERIFY2(tBack, qPrintable(error + QStringLiteral(": ") + tc.text()));
        QCOMPARE(tBack->tensorParallel, 2);
        QCOMPARE(tBack->maxSeqLen, qint64(8192));
        QCOMPARE(tBack->maxBatchSize, EngineSettings{}.trtMaxBatchSize);
        QCOMPARE(tBack->maxNumTokens, EngineSettings{}.trtMaxNumTokens);
        QCOMPARE(tBack->freeGpuMemoryFractionPpm, EngineSettings{}.freeGpuMemoryFractionPpm);
    }

    void llamaServerCommandRoundTrips()
    {
        // LLaMA-2 13B, 4,096 tokens × 2 sequences, q8_0 K and q4_0 V cache with flash attention,
        // on an RTX 4090 + RTX 3090 split 3:1.
        EngineSettings engine;
        engine.tensorSplit = {3000000, 1000000};
        engine.flashAttention = EngineSettings::FlashAttention::On;
        engine.cacheTypeV = QStringLiteral("q4_0");
        const MemoryModel m(input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("q8_0"),
                                  EstimateMethod::LlamaCpp, 4096, 2, engine));
        const GpuConfig mixed{*catalog().gpu(QStringLiteral("rtx-4090")), 1, {{*catalog().gpu(QStringLiteral("rtx-3090")), 1}}};
        const LaunchCommand c = LaunchCommand::build(m, FitAnalyzer::analyze(m, mixed));
        QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
        QCOMPARE(c.text(), QStringLiteral("llama-server -m llama-2-13b.gguf -c 8192 -np 2 -ngl 41 -ub 512 -fa on -ctk q8_0 "
                                          "-ctv q4_0 --split-mode layer --tensor-split 3,1"));
        QString error;
        const auto back = LlamaServerSettings::parse(c.arguments, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->contextSize / back->parallel, qint64(4096));
        QCOMPARE(back->parallel, qint64(2));
        QCOMPARE(back->gpuLayers, 41); // 40 layers and the output head
        QCOMPARE(back->cacheTypeK, QStringLiteral("q8_0"));
        QCOMPARE(parseLlamaCppCacheType(back->cacheTypeV), std::optional<QString>(engine.cacheTypeV));
        QCOMPARE(parseFlashAttention(back->flashAttention), std::optional(engine.flashAttention));
        QCOMPARE(parseTensorSplit(back->tensorSplit), std::optional<QList<qint64>>(engine.tensorSplit));
        QCOMPARE(parseSplitMode(back->splitMode), std::optional<EngineSettings::SplitMode>(EngineSettings::SplitMode::Layer));
        // An imported file keeps its path, quoted where the shell needs it.
        EstimateInput in = m.input();
        in.model.configSource = QStringLiteral("/models/my model's.gguf");
        const LaunchCommand quoted = LaunchCommand::build(MemoryModel(in), FitAnalyzer::analyze(MemoryModel(in), mixed));
        QVERIFY2(quoted.text().startsWith(QStringLiteral("llama-server -m '/models/my model'\\''s.gguf' -c 8192")),
                 qPrintable(quoted.text()));
        QCOMPARE(LlamaServerSettings::parse(quoted.arguments, &error)->model, in.model.configSource);
    }

    void readsSglangLog()
    {
        // vllm-project/vllm#21348: SGLang's launch command and pool line for Qwen3-235B-A22B-FP8 on 4 × H100.
        const EngineLog log = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/sglang-vllm21348.log"))));
        QCOMPARE(log.engine, std::optional<EstimateMethod>(EstimateMethod::Sglang));
        QCOMPARE(log.settings.value(QStringLiteral("tp_size")), QStringLiteral("4"));
        QCOMPARE(log.settings.value(QStringLiteral("mem_fraction_static")), QStringLiteral("0.93"));
        QCOMPARE(log.figure(QStringLiteral("max_total_num_tokens")), std::optional<double>(367404));
        QCOMPARE(log.figure(QStringLiteral("k_size")), std::optional<double>(8.23 * 1073741824.0)); // SGLang's GB are GiB
        QCOMPARE(log.gpuCount(), 4);
        EstimateInput in = input(QStringLiteral("qwen3-235b-a22b"), QStringLiteral("fp8"), QStringLiteral("bf16"),
                                 EstimateMethod::Exact, 4096, 1);
        log.applyTo(in);
        QCOMPARE(in.method, EstimateMethod::Sglang);
        QCOMPARE(in.engine.tensorParallel, 4);
        QCOMPARE(in.engine.memFractionStaticPpm, qint64(930000));
        const MemoryModel m(in);
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const QList<LogComparison> rows = compareWithPlan(log, m, FitAnalyzer::analyze(m, {gpu(QStringLiteral("h100-80gb")), 4, {}}));
        QCOMPARE(rows.size(), 2);
        // The pool: 367,068 planned against 367,404 printed (the measured table's −0.1 %); the K size of
        // the plan's own pool is as much larger.
        QCOMPARE(rows.at(0).id, QStringLiteral("max_total_num_tokens"));
        QCOMPARE(rows.at(0).planned, 367068.0);
        QVERIFY(std::abs(*rows.at(1).differencePercent() - *rows.at(0).differencePercent()) < 0.1);
    }

    void readsSglangPiecewiseGraphsAndPrintedFloats()
    {
        // SGLang v0.5.8 on 8 × MI355X (ajith-sirra-amd/Issues): the fraction it computed for a multimodal
        // model, printed as a float, is taken to the ppm; enable_piecewise_cuda_graph=False (opt-in then)
        // turns the piecewise graphs' reserve off; an MLA pool prints one "KV size".
        const EngineLog kimi = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/sglang-kimi-k25-8xmi355x.log"))));
        EstimateInput in = input(QStringLiteral("kimi-k2"), QStringLiteral("fp8"), QStringLiteral("bf16"), EstimateMethod::Exact, 4096, 1);
        kimi.applyTo(in);
        QCOMPARE(in.method, EstimateMethod::Sglang);
        QCOMPARE(in.engine.tensorParallel, 8);
        QCOMPARE(in.engine.memFractionStaticPpm, qint64(826041));
        QVERIFY(!in.engine.sglangPiecewiseCudaGraph);
        const MemoryModel m(in);
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const FitResult fit = FitAnalyzer::analyze(m, {gpu(QStringLiteral("mi355x")), 8, {}});
        QVERIFY(fit.sglang);
        QCOMPARE(fit.sglang->cellBytes, qint64(70272)); // 61 × (512 + 64) × 2 B, whole on every rank
        bool comparedKvSize = false;
        for (const LogComparison &c : compareWithPlan(kimi, m, fit))
            if (c.id == QLatin1String("kv_size")) {
                comparedKvSize = true;
                QCOMPARE(c.printed, 160.63 * 1073741824.0);
                QCOMPARE(c.planned, double(fit.sglang->kvPoolBytes));
            }
        QVERIFY(comparedKvSize);

        // SGLang's own Qwen3-8B reference log of April 2026: the page size its attention backend chose and
        // the piecewise graphs it captured by default.
        const EngineLog qwen = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/sglang-qwen3-8b-skill-reference.log"))));
        EngineSettings off;
        off.sglangPiecewiseCudaGraph = false;
        EstimateInput q = input(QStringLiteral("qwen3-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"), EstimateMethod::Exact, 4096, 1, off);
        qwen.applyTo(q);
        QCOMPARE(q.engine.pageSize, qint64(64));
        QVERIFY(q.engine.sglangPiecewiseCudaGraph);
        QCOMPARE(q.engine.memFractionStaticPpm, qint64(0)); // not printed: SGLang's default, 0.854 on a B200
        const MemoryModel qm(q);
        QCOMPARE(SglangPlan::build(qm, gpu(QStringLiteral("b200"))).memFractionStaticPpm, qint64(854000));

        // "--disable-piecewise-cuda-graph" on a command line, and the line SGLang prints for it, turn it off.
        for (const QString &line : {QStringLiteral("python3 -m sglang.launch_server --model-path Qwen/Qwen3-8B --disable-piecewise-cuda-graph"),
                                    QStringLiteral("[2026-05-23 07:41:00] Disable piecewise CUDA graph because --disable-piecewise-cuda-graph is set"),
                                    QStringLiteral("server_args=ServerArgs(model_path='Qwen/Qwen3-8B', disable_piecewise_cuda_graph=True)")}) {
            const EngineLog log = EngineLog::read(line + QStringLiteral("\n[TP0] KV Cache is allocated. #tokens: 1000, K size: 0.07 GB, V size: 0.07 GB"));
            EstimateInput d = input(QStringLiteral("qwen3-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"), EstimateMethod::Exact, 4096, 1);
            log.applyTo(d);
            QVERIFY2(!d.engine.sglangPiecewiseCudaGraph, qPrintable(line));
        }
    }

    void comparesTheCacheSizeTheWayTheLogPrintsIt()
    {
        // gpt-oss-120b at 131,072 tokens on one H100 (the plan of vllmHybridRequestByHand). A log whose
        // "GPU KV cache size" is its maximum concurrency × max_model_len (vLLM of 2026) is compared with the
        // plan's figure of that kind; an older log's with blocks ÷ groups × 16. The figures are made up for the
        // comparison, not measurements.
        EngineSettings e;
        e.maxNumBatchedTokens = 1024;
        e.gpuMemoryUtilizationPpm = 950000;
        const MemoryModel m(input(QStringLiteral("gpt-oss-120b"), QStringLiteral("int4"), QStringLiteral("bf16"),
                                  EstimateMethod::Vllm, 131072, 1, e));
        const FitResult fit = FitAnalyzer::analyze(m, {gpu(QStringLiteral("h100-80gb")), 1, {}});
        QVERIFY(fit.vllm);
        const auto logWith = [](double tokens, double concurrency) {
            EngineLog log;
            log.engine = EstimateMethod::Vllm;
            log.settings.insert(QStringLiteral("max_model_len"), QStringLiteral("131072"));
            log.figures << LogFigure{QStringLiteral("kv_cache_tokens"), tokens, false, QString()}
                        << LogFigure{QStringLiteral("max_concurrency"), concurrency, false, QString()};
            return log;
        };
        const auto plannedTokens = [&](const EngineLog &log) {
            for (const LogComparison &c : compareWithPlan(log, m, fit))
                if (c.id == QLatin1String("kv_cache_tokens"))
                    return c.planned;
            return -1.0;
        };
        // 2.00 × 131,072 = 262,144: printed as concurrency × length.
        QCOMPARE(plannedTokens(logWith(262144, 2.00)), double(fit.vllm->kvCacheTokensByConcurrency));
        // 140,000 tokens beside 2.00×: the older way.
        QCOMPARE(plannedTokens(logWith(140000, 2.00)), double(fit.vllm->kvCacheTokens));
        // A profile learnt from the newer log gives back its size: 2.00 requests of 8,265 blocks, 16,530 blocks,
        // whatever the plan had before, within one block.
        EstimateInput calibrated = m.input();
        calibrated.engine.calibration = learnCalibration(logWith(262144, 2.00), m, fit, QStringLiteral("2026 log"));
        const MemoryModel again(calibrated);
        const FitResult refit = FitAnalyzer::analyze(again, {gpu(QStringLiteral("h100-80gb")), 1, {}});
        QVERIFY(refit.vllm);
        QVERIFY2(std::abs(refit.vllm->numBlocks - 16530) <= 1, qPrintable(QString::number(refit.vllm->numBlocks)));
    }

    void readsTrtLlmLog()
    {
        // NVIDIA/TensorRT-LLM#1400: the cache lines of TensorRT-LLM 0.8's runtime for LLaMA-2 7B INT8 on an A100 80GB.
        const EngineLog log = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/trtllm-1400.log"))));
        QCOMPARE(log.engine, std::optional<EstimateMethod>(EstimateMethod::TrtLlm));
        QCOMPARE(log.figure(QStringLiteral("kv_pool_bytes")), std::optional<double>(69524783104.0));
        QCOMPARE(log.figure(QStringLiteral("max_tokens_in_paged_kv_cache")), std::optional<double>(132608));
        EngineSettings e;
        e.trtMaxNumTokens = 4096;
        e.trtMaxBatchSize = 1;
        EstimateInput in = input(QStringLiteral("llama-2-7b"), QStringLiteral("int8"), QStringLiteral("fp16"),
                                 EstimateMethod::Exact, 4096, 4, e);
        log.applyTo(in);
        QCOMPARE(in.method, EstimateMethod::TrtLlm);
        QCOMPARE(in.concurrency, qint64(1));
        const MemoryModel m(in);
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const QList<LogComparison> rows = compareWithPlan(log, m, FitAnalyzer::analyze(m, {gpu(QStringLiteral("a100-80gb")), 1, {}}));
        QCOMPARE(rows.size(), 2);
        // The plan's 132,576 tokens (worked in trtLlmPagedCache) beside the printed 132,608: −0.02 %.
        QCOMPARE(rows.at(1).id, QStringLiteral("max_tokens_in_paged_kv_cache"));
        QCOMPARE(rows.at(1).planned, 132576.0);
        QVERIFY(std::abs(*rows.at(1).differencePercent() + 0.024) < 0.001);
        // The newer PyTorch backend's lines are read too (the format KvCacheCreator prints; the figures are made up
        // for the parser, not a measurement).
        const EngineLog newer = EngineLog::read(QStringLiteral(
            "[TensorRT-LLM][INFO] Peak memory during memory usage profiling (torch + non-torch): 15.12 GiB, "
            "available KV cache memory when calculating max tokens: 55.31 GiB, fraction is set 0.9, kv size is 524288, "
            "device total memory 79.15 GiB\n[TensorRT-LLM][INFO] Allocated 49.78 GiB for max tokens in paged KV cache (101952)."));
        QCOMPARE(newer.engine, std::optional<EstimateMethod>(EstimateMethod::TrtLlm));
        QCOMPARE(newer.figure(QStringLiteral("peak_memory")), std::optional<double>(15.12 * 1073741824.0));
        QCOMPARE(newer.figure(QStringLiteral("device_total")), std::optional<double>(79.15 * 1073741824.0));
        QCOMPARE(newer.figure(QStringLiteral("kv_pool_bytes")), std::optional<double>(49.78 * 1073741824.0));
        QCOMPARE(newer.figure(QStringLiteral("max_tokens_in_paged_kv_cache")), std::optional<double>(101952));
    }

    void readsTrtLlmEngineRuntimeLog()
    {
        // TensorRT-LLM's own memory page (reference/memory.md): the engine runtime's lines before the cache, its
        // block size, and the engine beside the plan's weights. The page names no model; its figures fit
        // Llama-2 7B with FP8 weights and cache on an H100 (tests/data/engine-measurements.json).
        const EngineLog log = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/trtllm-docs-memory.log"))));
        QCOMPARE(log.engine, std::optional<EstimateMethod>(EstimateMethod::TrtLlm));
        QCOMPARE(log.figure(QStringLiteral("engine_size")), std::optional<double>(6695.0 * 1048576.0));
        QCOMPARE(log.figure(QStringLiteral("runtime_buffers")), std::optional<double>(43.29 * 1048576.0));
        QCOMPARE(log.settings.value(QStringLiteral("tokens_per_block")), QStringLiteral("64"));
        EstimateInput in = input(QStringLiteral("llama-2-7b"), QStringLiteral("fp8"), QStringLiteral("fp8"),
                                 EstimateMethod::Exact, 4096, 8);
        log.applyTo(in);
        QCOMPARE(in.method, EstimateMethod::TrtLlm);
        QCOMPARE(in.engine.tokensPerBlock, qint64(64));
        const MemoryModel m(in);
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const QList<LogComparison> rows = compareWithPlan(log, m, FitAnalyzer::analyze(m, {gpu(QStringLiteral("h100-80gb")), 1, {}}));
        QStringList ids;
        for (const LogComparison &r : rows)
            ids << r.id;
        QCOMPARE(ids.join(QLatin1Char(' ')), QStringLiteral("engine_size device_total free_for_kv secondary_blocks kv_pool_bytes max_tokens_in_paged_kv_cache"));
        // 7,000,559,616 B of weights (FP8, the embeddings and head at 16 bits, worked in trtLlmPagedCache)
        // beside the 6,695 MiB engine: −0.3 %.
        QCOMPARE(rows.first().planned, 7000559616.0);
        QVERIFY(std::abs(*rows.first().differencePercent() + 0.28) < 0.01);
        // 4,127 blocks of 64 in the plan (264,128 tokens, in the measured table) beside the printed 259,840.
        QCOMPARE(rows.last().planned, 264128.0);
        // What the runtime held that the plan has no term for is listed, not compared.
        const QList<LogComparison> others = figuresNotPlanned(log, rows);
        QStringList otherIds;
        for (const LogComparison &r : others) {
            otherIds << r.id;
            QVERIFY(!r.compared);
            QVERIFY(!r.differencePercent());
            QVERIFY(!r.name.isEmpty() && r.name != r.id);
        }
        QCOMPARE(otherIds.join(QLatin1Char(' ')), QStringLiteral("execution_context runtime_buffers decoder_buffers"));
        QCOMPARE(others.at(1).printed, 43.29 * 1048576.0);
        // A byte count under 1,024 prints as "B" (MemoryCounters::bytesToString).
        QCOMPARE(EngineLog::read(QStringLiteral("[TensorRT-LLM][INFO] [MemUsageChange] Allocated 0.00 B GPU memory for decoder."))
                     .figure(QStringLiteral("decoder_buffers")),
                 std::optional<double>(0.0));
    }

    void trtLlmEngineKeepsATiedHeadOfItsOwn()
    {
        // TensorRT-LLM#1188: Qwen2.5 0.5B, INT8 weights, a 875 MiB engine. The plan's weights: the tied
        // embedding 151,936 × 896 = 136,134,656 parameters at 2 B and the other 357,898,112 at a byte,
        // 630,167,424 B; the engine holds the head once more, 272,269,312 B: 902,436,736 B = 860.63 MiB, −1.6 %.
        const EngineLog log = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/trtllm-1188.log"))));
        EstimateInput in = input(QStringLiteral("qwen2.5-0.5b"), QStringLiteral("int8"), QStringLiteral("fp16"),
                                 EstimateMethod::Exact, 2048, 1);
        log.applyTo(in);
        const MemoryModel m(in);
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const QList<LogComparison> rows = compareWithPlan(log, m, FitAnalyzer::analyze(m, {gpu(QStringLiteral("rtx-a4000")), 1, {}}));
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().id, QStringLiteral("engine_size"));
        QCOMPARE(rows.first().planned, 902436736.0);
        QVERIFY2(std::abs(*rows.first().differencePercent() + 1.64) < 0.01, qPrintable(QString::number(*rows.first().differencePercent())));
    }

    void logModelNamesMatchTheCatalogue_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("id"); // empty: no catalogue model
        const QString vllm = QStringLiteral("INFO llm_engine.py:249] Initializing an LLM engine (v0.6.4) with config: model='%1', "
                                            "dtype=torch.bfloat16, max_seq_len=8192");
        QTest::newRow("as in the config source") << vllm.arg(QStringLiteral("Qwen/Qwen3-32B")) << "qwen3-32b";
        QTest::newRow("a local folder") << vllm.arg(QStringLiteral("/mnt/models/Qwen3-32B")) << "qwen3-32b";
        // SGLang's documentation notebook serves the instruct model; the catalogue holds the base's config.
        QTest::newRow("instruct sibling") << vllm.arg(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct")) << "llama-3.1-8b";
        QTest::newRow("renamed Meta- prefix") << vllm.arg(QStringLiteral("meta-llama/Meta-Llama-3-8B-Instruct")) << "llama-3-8b";
        QTest::newRow("base of an instruct source") << vllm.arg(QStringLiteral("Qwen/Qwen2.5-7B")) << "qwen2.5-7b";
        QTest::newRow("-it of a base source") << vllm.arg(QStringLiteral("google/gemma-2-9b-it")) << "gemma-2-9b";
        QTest::newRow("-hf") << vllm.arg(QStringLiteral("meta-llama/Llama-2-13b-chat-hf")) << "llama-2-13b";
        // A quantized copy is other weights; an unknown model is none.
        QTest::newRow("FP8 copy") << vllm.arg(QStringLiteral("Qwen/Qwen3-8B-FP8")) << "";
        QTest::newRow("unknown") << vllm.arg(QStringLiteral("Qwen/Qwen1.5-110B-Chat")) << "";
        QTest::newRow("suffix alone") << vllm.arg(QStringLiteral("org/-instruct")) << "";
    }

    void logModelNamesMatchTheCatalogue()
    {
        QFETCH(QString, line);
        QFETCH(QString, id);
        const ModelSpec *m = EngineLog::read(line).catalogueModel(catalog());
        QCOMPARE(m ? m->id : QString(), id);
    }

    void comparesVllmRefusal()
    {
        // vllm-project/vllm#27508: gpt-oss-120b on one H100 refused with "4.54 GiB KV cache is needed"; the
        // plan's one request of 131,072 tokens (8,192 full and 73 sliding blocks of 18 layers' pages, worked in
        // vllmHybridRequestByHand) stands beside it, and every printed figure is compared.
        const EngineLog log = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/vllm-27508.log"))));
        EngineSettings e;
        e.maxNumBatchedTokens = 1024;
        EstimateInput in = input(QStringLiteral("gpt-oss-120b"), QStringLiteral("int4"), QStringLiteral("bf16"),
                                 EstimateMethod::Exact, 4096, 1, e);
        log.applyTo(in);
        QCOMPARE(in.tokens, qint64(131072));
        const MemoryModel m(in);
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const QList<LogComparison> rows = compareWithPlan(log, m, FitAnalyzer::analyze(m, {gpu(QStringLiteral("h100-80gb")), 1, {}}));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).id, QStringLiteral("kv_needed"));
        QCOMPARE(rows.at(1).planned, 4874895360.0);
        QVERIFY(std::abs(*rows.at(1).differencePercent()) < 0.01);
        QVERIFY(figuresNotPlanned(log, rows).isEmpty());
    }

    void vllmLogsReadAsTheirEngineRan()
    {
        // vllm-project/vllm#10517: Llama-3.1 8B on an RTX 3090 under vLLM 0.6.4 (V0) at max_model_len 20,000 and
        // 29,000. Read from the logs alone the plan takes V0's whole-prompt profiling and its CUDA graphs
        // outside the budget, and gives the measured table's figures (1,918 and 1,531 blocks against 1,952 and
        // 1,478). A profile learnt from the 20,000 log reproduces that log, but does not carry to the other
        // length: the plan's error is −1.7 % at 20,000 tokens and +3.6 % at 29,000, so the correction the
        // first asks for overshoots at the second. Profiles are for the setup they were learnt on.
        const EngineLog short20k = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/vllm-10517-20000.log"))));
        const EngineLog long29k = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/vllm-10517-29000.log"))));
        const GpuConfig gpu3090{gpu(QStringLiteral("rtx-3090")), 1, {}};
        const auto planFor = [&](const EngineLog &log, const Calibration &cal) {
            EstimateInput in = input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                     EstimateMethod::Exact, 4096, 1);
            log.applyTo(in);
            in.engine.calibration = cal;
            return MemoryModel(in);
        };
        const MemoryModel plain20k = planFor(short20k, {});
        QCOMPARE(plain20k.input().tokens, qint64(20000));
        QCOMPARE(plain20k.input().engine.maxNumBatchedTokens, qint64(20000));
        QVERIFY(plain20k.input().engine.graphsAfterKvCache);
        const FitResult fit20k = FitAnalyzer::analyze(plain20k, gpu3090);
        QCOMPARE(fit20k.vllm->numBlocks, qint64(1918));
        const MemoryModel plain29k = planFor(long29k, {});
        QCOMPARE(FitAnalyzer::analyze(plain29k, gpu3090).vllm->numBlocks, qint64(1531));
        const Calibration cal = learnCalibration(short20k, plain20k, fit20k, QStringLiteral("3090 20k"));
        // Back on its own log, to the rounding of the printed 3.81 GiB (± 0.005 GiB, 2.5 blocks of 2 MiB).
        QVERIFY(std::abs(FitAnalyzer::analyze(planFor(short20k, cal), gpu3090).vllm->numBlocks - 1952) <= 3);
        const qint64 after = FitAnalyzer::analyze(planFor(long29k, cal), gpu3090).vllm->numBlocks;
        QVERIFY2(after > 1531, qPrintable(QString::number(after)));
        QCOMPARE(after, qint64(1564)); // the README's figure
    }

    void sglangCalibrationCarriesToAnotherLog()
    {
        // Two printouts of one setting two months apart: SGLang's documentation notebook (January 2025, 444,500
        // tokens) and sgl-project/sglang#4760 (March 2025, 442,750), Llama-3.1-8B in BF16 on one H100 at
        // mem_fraction_static 0.88. The plan says 446,038 (+0.3 % and +0.7 %); a profile learnt from the first
        // log moves the pool by what that log showed, and predicts the second within 0.4 %.
        const EngineLog docs = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/sglang-docs-send-request-2025-01.log"))));
        QCOMPARE(docs.engine, std::optional<EstimateMethod>(EstimateMethod::Sglang));
        QCOMPARE(docs.settings.value(QStringLiteral("mem_fraction_static")), QStringLiteral("0.88"));
        QCOMPARE(docs.figure(QStringLiteral("max_total_num_tokens")), std::optional<double>(444500));
        QCOMPARE(docs.figure(QStringLiteral("free_before")), std::optional<double>(78.81 * 1073741824.0));
        const EngineLog pr = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/sglang-pr4760.log"))));
        QCOMPARE(pr.figure(QStringLiteral("max_total_num_tokens")), std::optional<double>(442750));
        EstimateInput in = input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                 EstimateMethod::Exact, 4096, 1);
        docs.applyTo(in);
        QCOMPARE(in.method, EstimateMethod::Sglang);
        QCOMPARE(in.engine.memFractionStaticPpm, qint64(880000));
        const GpuConfig one{gpu(QStringLiteral("h100-80gb")), 1, {}};
        const MemoryModel plain(in);
        const FitResult fit = FitAnalyzer::analyze(plain, one);
        QVERIFY(fit.sglang);
        // 32 layers × K and V × 8 KV heads × 128 × 2 B = 131,072 B a token.
        QCOMPARE(fit.sglang->cellBytes, qint64(131072));
        QCOMPARE(fit.sglang->maxTotalNumTokens, qint64(446038));
        in.engine.calibration = learnCalibration(docs, plain, fit, QStringLiteral("sglang docs"));
        const MemoryModel calibrated(in);
        const FitResult after = FitAnalyzer::analyze(calibrated, one);
        QCOMPARE(after.sglang->maxTotalNumTokens, qint64(444500));
        const double before = (446038.0 - 442750.0) / 442750.0 * 100.0;
        const double now = (double(after.sglang->maxTotalNumTokens) - 442750.0) / 442750.0 * 100.0;
        QVERIFY2(now < before && now < 0.4, qPrintable(QStringLiteral("%1 % → %2 %").arg(before).arg(now)));
    }

    void calibratesSglangTrtLlmAndOllama()
    {
        // A profile from each engine's log moves the term that engine's log shows: SGLang's and TensorRT-LLM's pool
        // per GPU, Ollama's graph. Applied to the same setup the plan then prints what the log printed; kept in a
        // profile and a scenario it survives JSON; the window and the CLI show it as "calibrated from NAME".
        {
            const EngineLog log = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/sglang-vllm21348.log"))));
            EstimateInput in = input(QStringLiteral("qwen3-235b-a22b"), QStringLiteral("fp8"), QStringLiteral("bf16"),
                                     EstimateMethod::Exact, 4096, 1);
            log.applyTo(in);
            const GpuConfig four{gpu(QStringLiteral("h100-80gb")), 4, {}};
            const MemoryModel plain(in);
            const FitResult fit = FitAnalyzer::analyze(plain, four);
            QVERIFY(fit.sglang);
            QCOMPARE(fit.sglang->maxTotalNumTokens, qint64(367068));
            const Calibration cal = learnCalibration(log, plain, fit, QStringLiteral("sglang h100"));
            // 367,404 tokens × 48,128 B a token per GPU (94 layers × K and V × one of four KV heads × 128 × 2 B)
            // = 17,682,419,712 B, against the plan's room.
            QCOMPARE(fit.sglang->cellBytes, qint64(48128));
            QCOMPARE(cal.kvPool, qint64(367404) * 48128 - fit.sglang->rest);
            QVERIFY(cal.kvPool > 0); // the plan is 336 tokens short
            in.engine.calibration = cal;
            const MemoryModel calibrated(in);
            const FitResult after = FitAnalyzer::analyze(calibrated, four);
            QVERIFY(after.sglang);
            QCOMPARE(after.sglang->maxTotalNumTokens, qint64(367404));
            QVERIFY2(calibrated.explain(ByteUnit::GB, QLocale::c()).overhead.formula.contains(QStringLiteral("calibrated from sglang h100")),
                     qPrintable(calibrated.explain(ByteUnit::GB, QLocale::c()).overhead.formula));
            QString error;
            QCOMPARE(Calibration::fromJson(cal.toJson(), &error), std::optional<Calibration>(cal));
        }
        {
            const EngineLog log = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/trtllm-1400.log"))));
            EngineSettings e;
            e.trtMaxNumTokens = 4096;
            e.trtMaxBatchSize = 1;
            EstimateInput in = input(QStringLiteral("llama-2-7b"), QStringLiteral("int8"), QStringLiteral("fp16"),
                                     EstimateMethod::Exact, 4096, 1, e);
            log.applyTo(in);
            const GpuConfig one{gpu(QStringLiteral("a100-80gb")), 1, {}};
            const MemoryModel plain(in);
            const FitResult fit = FitAnalyzer::analyze(plain, one);
            QVERIFY(fit.trtllm);
            QCOMPARE(fit.trtllm->maxTokens, qint64(132576));
            const Calibration cal = learnCalibration(log, plain, fit, QStringLiteral("trt a100"));
            // 132,608 × 524,288 B a token against the plan's available memory.
            QCOMPARE(cal.kvPool, qint64(132608) * 524288 - fit.trtllm->availableKv);
            in.engine.calibration = cal;
            const MemoryModel calibrated(in);
            const FitResult after = FitAnalyzer::analyze(calibrated, one);
            QVERIFY(after.trtllm);
            QCOMPARE(after.trtllm->maxTokens, qint64(132608));
        }
        {
            const EngineLog log = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/ollama-5913.log"))));
            EstimateInput in = input(QStringLiteral("llama-3-70b"), QStringLiteral("q4_0"), QStringLiteral("fp16"),
                                     EstimateMethod::Exact, 4096, 4);
            log.applyTo(in);
            in.engine.flashAttention = EngineSettings::FlashAttention::Off;
            GpuSpec card = gpu(QStringLiteral("rtx-3090"));
            card.cudaTotalBytes = qint64(24) << 30;
            const MemoryModel plain(in);
            const FitResult fit = FitAnalyzer::analyze(plain, {card, 1, {}});
            QVERIFY(fit.ollama);
            const Calibration cal = learnCalibration(log, plain, fit, QStringLiteral("ollama 24g"));
            // Ollama's 313 MiB graph against llama.cpp's 324 MiB buffer.
            QCOMPARE(cal.computeBuffer, qint64(313) * 1048576 - fit.ollama->graph);
            QVERIFY(cal.computeBuffer < 0);
            in.engine.calibration = cal;
            const MemoryModel calibrated(in);
            const FitResult after = FitAnalyzer::analyze(calibrated, {card, 1, {}});
            QVERIFY(after.ollama);
            QCOMPARE(after.ollama->graph, qint64(313) * 1048576);
        }
    }

    void readsOllamaLog()
    {
        // ollama/ollama#5913: Ollama's offload line and runner command for llama3:70b on a 24 GiB ROCm GPU.
        const EngineLog log = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/ollama-5913.log"))));
        QCOMPARE(log.engine, std::optional<EstimateMethod>(EstimateMethod::Ollama));
        QCOMPARE(log.figure(QStringLiteral("layers_offload")), std::optional<double>(43));
        QCOMPARE(log.figure(QStringLiteral("memory_required_full")), std::optional<double>(43.1 * 1073741824.0));
        QCOMPARE(log.figure(QStringLiteral("memory_required_kv")), std::optional<double>(640.0 * 1048576.0));
        QCOMPARE(log.figure(QStringLiteral("memory_graph_full")), std::optional<double>(313.0 * 1048576.0));
        EstimateInput in = input(QStringLiteral("llama-3-70b"), QStringLiteral("q4_0"), QStringLiteral("fp16"),
                                 EstimateMethod::Exact, 4096, 4);
        log.applyTo(in);
        QCOMPARE(in.method, EstimateMethod::Ollama);
        QCOMPARE(in.tokens, qint64(2048)); // --ctx-size 2048 --parallel 1
        QCOMPARE(in.concurrency, qint64(1));
        QCOMPARE(in.engine.gpuLayers, -1);
        in.engine.flashAttention = EngineSettings::FlashAttention::Off; // Ollama of July 2024 ran without
        const MemoryModel m(in);
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        GpuSpec card = gpu(QStringLiteral("rtx-3090"));
        card.cudaTotalBytes = qint64(24) << 30; // memory.available="[24.0 GiB]"
        const QList<LogComparison> rows = compareWithPlan(log, m, FitAnalyzer::analyze(m, {card, 1, {}}));
        QHash<QString, LogComparison> byId;
        for (const LogComparison &r : rows)
            byId.insert(r.id, r);
        // The KV cache is llama.cpp's arithmetic: 80 layers × 2,048 cells × 2 × 1,024 × 2 B = 640 MiB, exact.
        QCOMPARE(byId.value(QStringLiteral("memory_required_kv")).planned, 640.0 * 1048576.0);
        // The graph: llama.cpp's 324 MiB buffer against Ollama's estimate of 313 MiB.
        QVERIFY(std::abs(*byId.value(QStringLiteral("memory_graph_full")).differencePercent()) < 5);
        // The layers: 49 planned against 43 — (25,769,803,776 − 457 MiB − a spare layer − the graph) /
        // 489,694,265 B a layer = 49.95. The catalogue's uniform Q4_0 is 36.96 GiB where the file
        // holds 39.9 GiB, and Ollama of 2024 budgeted a 1.3 GiB graph for a partial offload (README).
        QCOMPARE(byId.value(QStringLiteral("layers_offload")).printed, 43.0);
        QCOMPARE(byId.value(QStringLiteral("layers_offload")).planned, 49.0);
    }

    void readsOllamaLlamaServerLog()
    {
        // Ollama 0.30 and later logs the llama-server it starts, then llama-server's own lines. No such log
        // has been published in a thread yet: these lines follow the formats of llm/llama_server.go
        // (startLlamaServer), server/routes.go's "server config" and llama.cpp's prints, with the figures the
        // plan gives for LLaMA-2 13B F16 at num_ctx 4,096 on an RTX 4090 without flash attention.
        const QString text = QStringLiteral(
            "time=2026-06-02T10:00:00.000Z level=INFO source=routes.go:1600 msg=\"server config\" "
            "env=\"map[OLLAMA_FLASH_ATTENTION:false OLLAMA_GPU_OVERHEAD:0 OLLAMA_KV_CACHE_TYPE: OLLAMA_NUM_PARALLEL:1]\"\n"
            "time=2026-06-02T10:00:01.000Z level=INFO source=llama_server.go:440 msg=\"starting llama-server\" "
            "cmd=\"/usr/lib/ollama/llama-server --model /root/.ollama/models/blobs/sha256-0a1b --port 41233 --host 127.0.0.1 "
            "--no-webui --offline -c 4096 -np 1 --flash-attn off\"\n"
            "load_tensors: offloaded 33/41 layers to GPU\n"
            "load_tensors:        CUDA0 model buffer size = 19965.54 MiB\n"
            "llama_kv_cache:      CUDA0 KV buffer size =  2640.00 MiB\n"
            "llama_context:      CUDA0 compute buffer size =   400.00 MiB\n");
        const EngineLog log = EngineLog::read(text);
        QCOMPARE(log.engine, std::optional<EstimateMethod>(EstimateMethod::Ollama));
        QCOMPARE(log.figure(QStringLiteral("offloaded_layers")), std::optional<double>(33));
        EstimateInput in = input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                 EstimateMethod::Exact, 8192, 4);
        log.applyTo(in);
        QCOMPARE(in.method, EstimateMethod::Ollama);
        QVERIFY(!in.engine.ollamaLegacyScheduler);
        QCOMPARE(in.tokens, qint64(4096)); // -c 4096 -np 1
        QCOMPARE(in.concurrency, qint64(1));
        QCOMPARE(in.engine.gpuLayers, -1); // no -ngl: --fit places the layers
        // --flash-attn off on the command line, not the server config's "false" (which 0.30 reads as auto).
        QCOMPARE(in.engine.flashAttention, EngineSettings::FlashAttention::Off);
        const MemoryModel m(in);
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const FitResult fit = FitAnalyzer::analyze(m, {gpu(QStringLiteral("rtx-4090")), 1, {}});
        QVERIFY(fit.ollama && fit.ollama->fitted);
        QHash<QString, LogComparison> byId;
        for (const LogComparison &r : compareWithPlan(log, m, fit))
            byId.insert(r.id, r);
        QCOMPARE(byId.value(QStringLiteral("offloaded_layers")).planned, 33.0);
        QCOMPARE(byId.value(QStringLiteral("kv_buffer")).planned, 33.0 * 83886080.0); // 2,640 MiB
        QCOMPARE(byId.value(QStringLiteral("compute_buffer")).planned, 419430400.0); // 400 MiB
        // A calibration from it takes llama-server's compute buffer as the graph: here nothing to correct.
        QCOMPARE(learnCalibration(log, m, fit, QStringLiteral("mine")).computeBuffer, qint64(0));
        // Without the llama-server line the log is the older scheduler's.
        EstimateInput legacy = input(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                     EstimateMethod::Exact, 8192, 4);
        EngineLog::read(QString(text).replace(QStringLiteral("starting llama-server"), QStringLiteral("starting llama server"))).applyTo(legacy);
        QVERIFY(legacy.engine.ollamaLegacyScheduler);
    }

    void readsLlamaCppLog()
    {
        // llama-server's own lines (fedora-copr/logdetective#106): -c 32768, flash attention off, one GPU.
        const EngineLog log = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/llamacpp-logdetective-106.log"))));
        QCOMPARE(log.engine, std::optional<EstimateMethod>(EstimateMethod::LlamaCpp));
        QVERIFY(log.problem().isEmpty());
        QCOMPARE(log.settings.value(QStringLiteral("n_ctx")), QStringLiteral("32768"));
        QCOMPARE(log.settings.value(QStringLiteral("n_ubatch")), QStringLiteral("512"));
        QCOMPARE(log.settings.value(QStringLiteral("flash_attn")), QStringLiteral("0"));
        // 4096.00 MiB and 2144.00 MiB on CUDA0, 4096.00 MiB of cache in all; the host's compute buffer is not the GPU's.
        QCOMPARE(log.figure(QStringLiteral("kv_buffer")), std::optional<double>(4294967296.0));
        QCOMPARE(log.figure(QStringLiteral("compute_buffer")), std::optional<double>(2248146944.0));
        QVERIFY(!log.figure(QStringLiteral("model_buffer")));
        // Beside the plan for the same run: both exact (the compute-buffer rule was fitted to this log).
        EstimateInput in = input(QStringLiteral("mistral-7b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                 EstimateMethod::LlamaCpp, 4096, 1);
        log.applyTo(in);
        QCOMPARE(in.tokens, qint64(32768));
        QCOMPARE(in.engine.flashAttention, EngineSettings::FlashAttention::Off); // "flash_attn = 0"
        QVERIFY(in.engine.cacheTypeV.isEmpty());
        const MemoryModel m(in);
        const QList<LogComparison> rows =
            compareWithPlan(log, m, FitAnalyzer::analyze(m, {*catalog().gpu(QStringLiteral("rtx-4090")), 1, {}}));
        QCOMPARE(rows.size(), 3); // KV buffer, the whole cache and the compute buffer
        for (const LogComparison &row : rows) {
            QVERIFY2(row.differencePercent(), qPrintable(row.id));
            QCOMPARE(*row.differencePercent(), 0.0);
        }
    }

    void readsLlamaCppFlashAttentionLog()
    {
        // bjodah/bug-reproducer-llamacpp-json-parse: Qwen3 14B Q8_0 on an RTX 3090 with --flash-attn, a Q8_0
        // cache and -c 32768 (build 5505). The plan's flash-attention rule, read from llama.cpp's graph code
        // and not fitted to this log, gives its 306.75 MiB compute buffer to the byte, and the cache's
        // 2,720 MiB: 32,768 cells × 40 layers × 2 × 1,024 values in Q8_0's 34 bytes a block of 32.
        const EngineLog log = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/llamacpp-qwen3-14b-fa.log"))));
        QCOMPARE(log.engine, std::optional<EstimateMethod>(EstimateMethod::LlamaCpp));
        // llama-server's own command line takes Ollama's runner flags; it is still llama.cpp's log.
        const EngineLog withCommand = EngineLog::read(QStringLiteral(
            "Starting program: /build/bin/llama-server --port 7476 --flash-attn --ctx-size 32768\n") + QString::fromUtf8(readData(QStringLiteral("logs/llamacpp-qwen3-14b-fa.log"))));
        QCOMPARE(withCommand.engine, std::optional<EstimateMethod>(EstimateMethod::LlamaCpp));
        QCOMPARE(log.settings.value(QStringLiteral("flash_attn")), QStringLiteral("1"));
        QCOMPARE(log.settings.value(QStringLiteral("type_k")), QStringLiteral("q8_0"));
        QCOMPARE(log.figure(QStringLiteral("compute_buffer")), std::optional<double>(306.75 * 1048576.0));
        QCOMPARE(log.figure(QStringLiteral("kv_buffer")), std::optional<double>(2720.0 * 1048576.0));
        Catalog extra = catalog();
        QString error;
        QVERIFY2(extra.loadModels(readData(QStringLiteral("measurement-models.json")), QStringLiteral("measurement-models.json")),
                 qPrintable(extra.error()));
        EstimateInput in{*extra.model(QStringLiteral("qwen3-14b")), *extra.dataType(QStringLiteral("q8_0")),
                         *extra.dataType(QStringLiteral("q8_0")), EstimateMethod::Exact, 4096, 1, 100000, {}};
        log.applyTo(in);
        QCOMPARE(in.method, EstimateMethod::LlamaCpp);
        QCOMPARE(in.tokens, qint64(32768));
        QCOMPARE(in.engine.flashAttention, EngineSettings::FlashAttention::On);
        const MemoryModel m(in);
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        const QList<LogComparison> rows =
            compareWithPlan(log, m, FitAnalyzer::analyze(m, {*catalog().gpu(QStringLiteral("rtx-3090")), 1, {}}));
        QVERIFY(rows.size() >= 2);
        for (const LogComparison &row : rows) {
            if (row.id != QLatin1String("kv_buffer") && row.id != QLatin1String("compute_buffer"))
                continue;
            QVERIFY2(row.differencePercent(), qPrintable(row.id));
            QCOMPARE(*row.differencePercent(), 0.0);
        }
    }

    void everyLogIsReadWhole_data()
    {
        // Every published log kept in tests/data/logs is described in expected.json: its engine, every
        // figure the reader must take from it (as printed, with the printed unit) and settings it must find.
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonObject>("expected");
        const QJsonObject all = QJsonDocument::fromJson(readData(QStringLiteral("logs/expected.json"))).object();
        const QDir dir(QStringLiteral(VRAM_TEST_DATA_DIR "/logs"));
        const QStringList files = dir.entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 15);
        for (const QString &file : files) {
            QVERIFY2(all.contains(file), qPrintable(file + QStringLiteral(" is not described in expected.json")));
            QTest::newRow(qPrintable(file)) << file << all.value(file).toObject();
        }
        QCOMPARE(all.size(), files.size());
    }

    void everyLogIsReadWhole()
    {
        QFETCH(QString, file);
        QFETCH(QJsonObject, expected);
        const QString text = QString::fromUtf8(readData(QStringLiteral("logs/") + file));
        QVERIFY2(text.startsWith(QLatin1String("# Source: https://")), "every log names where it was published");
        const EngineLog log = EngineLog::read(text);
        QCOMPARE(log.engine, parseMethod(expected.value(QLatin1String("engine")).toString()));
        // "14.9888 GiB" → the bytes the reader must give: the engines' GB and MB are binary.
        const auto value = [](const QString &printed) {
            const QStringList parts = printed.split(QLatin1Char(' '));
            const double number = parts.first().toDouble();
            if (parts.size() == 1)
                return number;
            return number * (parts.last().startsWith(QLatin1Char('G')) ? 1073741824.0 : 1048576.0);
        };
        const QJsonObject figures = expected.value(QLatin1String("figures")).toObject();
        QStringList read;
        for (const LogFigure &f : log.figures)
            read << f.id + QLatin1Char('=') + QString::number(f.value, 'f', 2);
        QCOMPARE(log.figures.size(), figures.size());
        for (auto it = figures.begin(); it != figures.end(); ++it) {
            const std::optional<double> got = log.figure(it.key());
            QVERIFY2(got, qPrintable(it.key() + QStringLiteral(" not read; read: ") + read.join(QStringLiteral(", "))));
            QCOMPARE(*got, value(it.value().toString()));
        }
        const QJsonObject settings = expected.value(QLatin1String("settings")).toObject();
        for (auto it = settings.begin(); it != settings.end(); ++it)
            QCOMPARE(log.settings.value(it.key()), it.value().toString());
    }

    void describesCalibrations()
    {
        // The profile listings name every correction in GiB; a method's formula only its own, in its unit.
        Calibration c;
        c.nonTorch = -72351744;     // 69.00 MiB, 72.35 MB
        c.activation = 1073741824;  // 1.00 GiB
        c.kvPool = -289910292;      // 276.48 MiB (below a GiB the binary unit steps down)
        QCOMPARE(describeCalibration(c, QLocale::c()),
                 QStringLiteral("non-torch −69.00 MiB, activation peak +1.00 GiB, KV pool −276.48 MiB"));
        QCOMPARE(describeCalibration(c, QLocale::c(), ByteUnit::GB, {CalibrationTerm::Activation, CalibrationTerm::NonTorch}),
                 QStringLiteral("non-torch −72.35 MB, activation peak +1.07 GB"));
        QCOMPARE(describeCalibration(c, QLocale::c(), ByteUnit::GB, {CalibrationTerm::ComputeBuffer}), QString());
        const MemoryModel m(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"), EstimateMethod::Sglang,
                                  4096, 1, [&] { EngineSettings e; e.calibration = c; e.calibration.name = QStringLiteral("run"); return e; }()));
        QVERIFY2(m.explain(ByteUnit::GiB, QLocale::c()).overhead.formula.endsWith(QStringLiteral("; calibrated from run: KV pool −276.48 MiB")),
                 qPrintable(m.explain(ByteUnit::GiB, QLocale::c()).overhead.formula));
    }

    void readsTrtLlmPyTorchBackendSettings()
    {
        // TensorRT-LLM#6294: the PyTorch backend prints the fraction as the float32 it holds and the batch limit
        // as max_num_requests; the plan takes both, and compares its own estimate with the printed one.
        const EngineLog log = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/trtllm-6294.log"))));
        EstimateInput in = input(QStringLiteral("llama-3.1-8b"), QStringLiteral("fp8"), QStringLiteral("fp8"),
                                 EstimateMethod::Exact, 157, 1);
        log.applyTo(in);
        QCOMPARE(in.method, EstimateMethod::TrtLlm);
        QCOMPARE(in.engine.freeGpuMemoryFractionPpm, qint64(800000));
        QCOMPARE(in.engine.trtMaxBatchSize, qint64(4096));
        QCOMPARE(in.engine.trtMaxNumTokens, qint64(23552));
        QCOMPARE(in.engine.tokensPerBlock, qint64(32));
        const TrtLlmPlan plan = TrtLlmPlan::build(MemoryModel(in), gpu(QStringLiteral("h100-80gb")));
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        // (85,061,827,297 − 11,581,113,958 peak) × 0.8 ÷ 65,536 B a token: 896,981 tokens, 896,960 in blocks of 32.
        QCOMPARE(plan.estimatedTokens, qint64(896981));
        QCOMPARE(plan.maxTokens, qint64(896960));
        QCOMPARE(*log.figure(QStringLiteral("estimated_max_tokens")), 860308.0);
    }

    void readsVllmWorkerLines()
    {
        // Several tensor-parallel workers print the same profiling lines (vllm-project/vllm#14447): each figure once.
        const EngineLog log = EngineLog::read(QString::fromUtf8(readData(QStringLiteral("logs/vllm-pr14447-workers.log"))));
        QCOMPARE(log.engine, std::optional<EstimateMethod>(EstimateMethod::Vllm));
        QCOMPARE(log.figures.size(), 6);
        const double gib = 1073741824.0;
        QCOMPARE(*log.figure(QStringLiteral("weights")), 21.21 * gib);
        QCOMPARE(*log.figure(QStringLiteral("non_torch")), 0.20 * gib);
        QCOMPARE(*log.figure(QStringLiteral("activation_peak")), 0.37 * gib);
        QCOMPARE(*log.figure(QStringLiteral("available_kv")), 1.57 * gib);
        QCOMPARE(*log.figure(QStringLiteral("total_gpu_memory")), 23.58 * gib);
        QCOMPARE(*log.figure(QStringLiteral("budget")), 23.35 * gib);
        QCOMPARE(log.settings.value(QStringLiteral("gpu_memory_utilization")), QStringLiteral("0.99"));
    }

    void readsVllmV1Lines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("value");
        // The lines of vLLM V1 (0.8 and later) as README's example quotes them (vllm-project/vllm#10517 and kin).
        QTest::newRow("available") << "INFO 03-12 14:57:58 [gpu_worker.py:358] Available KV cache memory: 3.75 GiB"
                                   << "available_kv" << 3.75 * 1073741824.0;
        QTest::newRow("tokens") << "INFO [kv_cache_utils.py:1305] GPU KV cache size: 175,856 tokens" << "kv_cache_tokens" << 175856.0;
        QTest::newRow("concurrency") << "INFO [kv_cache_utils.py:634] Maximum concurrency for 20,000 tokens per request: 1.56x"
                                     << "max_concurrency" << 1.56;
        QTest::newRow("V0 blocks") << "INFO 11-20 [executor_base.py:105] # GPU blocks: 1952, # CPU blocks: 2048"
                                   << "num_gpu_blocks" << 1952.0;
        QTest::newRow("weights loaded") << "INFO [gpu_model_runner.py:1112] Model loading took 14.9595 GiB and 4.2 seconds"
                                        << "weights" << 14.9595 * 1073741824.0;
        QTest::newRow("graphs") << "INFO [model_runner.py:1518] Graph capturing finished in 5 secs, took 0.52 GiB"
                                << "cuda_graphs" << 0.52 * 1073741824.0;
    }

    void readsVllmV1Lines()
    {
        QFETCH(QString, line);
        QFETCH(QString, id);
        QFETCH(double, value);
        const EngineLog log = EngineLog::read(QStringLiteral("noise before\n") + line + QStringLiteral("\nnoise after"));
        QCOMPARE(log.engine, std::optional<EstimateMethod>(EstimateMethod::Vllm));
        QCOMPARE(log.figure(id), std::optional<double>(value));
    }

    void unreadableLogSaysWhatItLookedFor()
    {
        const EngineLog log = EngineLog::read(QStringLiteral("Hello\nThis is not a start-up log.\n"));
        QVERIFY(!log.engine);
        QVERIFY(log.problem().contains(QStringLiteral("GPU KV cache size")));
        QVERIFY(log.problem().contains(QStringLiteral("compute buffer size")));
        QVERIFY(EngineLog::read(QString(30000, QLatin1Char('x'))).figures.isEmpty());
    }

    void calibrationReproducesItsLog()
    {
        // Llama-3.1-8B on an RTX 3090 (vllm-project/vllm#10517, vLLM 0.6.4 V0): 1,952 blocks at 20,000
        // tokens, 1,478 at 29,000, each run with max_num_batched_tokens = the tokens and CUDA graphs
        // captured after the cache. Calibrated on the first run, the plan prints what that run printed.
        const auto runAt = [&](qint64 tokens, const Calibration &cal) {
            EngineSettings e;
            e.maxNumBatchedTokens = tokens;
            e.enforceEager = true;
            e.calibration = cal;
            const MemoryModel m(input(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), QStringLiteral("bf16"),
                                      EstimateMethod::Vllm, tokens, 1, e));
            return std::pair{m, FitAnalyzer::analyze(m, {*catalog().gpu(QStringLiteral("rtx-3090")), 1, {}})};
        };
        const auto [first, firstFit] = runAt(20000, {});
        const EngineLog log = EngineLog::read(QStringLiteral("INFO 11-20 executor_base.py:105] # GPU blocks: 1952, # CPU blocks: 2048"));
        const Calibration cal = learnCalibration(log, first, firstFit, QStringLiteral("3090 run"));
        QVERIFY(!cal.isEmpty());
        QCOMPARE(cal.name, QStringLiteral("3090 run"));
        // The planner had 1,918 blocks: its available KV memory falls short of 1,952 blocks of 2,097,152 B
        // by between 34 and 35 blocks, charged back to non-torch memory.
        QCOMPARE(firstFit.vllm->numBlocks, qint64(1918));
        QCOMPARE(cal.nonTorch, firstFit.vllm->availableKv - 1952 * qint64(2097152));
        QVERIFY(cal.nonTorch < -34 * qint64(2097152) + 2097152 && cal.nonTorch >= -35 * qint64(2097152));
        QCOMPARE(runAt(20000, cal).second.vllm->numBlocks, qint64(1952));
        // It does not carry to the second run: the planner's 1,531 blocks at 29,000 tokens become 1,565
        // (printed: 1,478). Its error there has the other sign, so what it misses grows with the batched
        // tokens — the activation peak's slope — which one log's blocks cannot tell from a constant. A
        // calibration holds for the setting it came from (README, "Reading engine logs").
        QCOMPARE(runAt(29000, {}).second.vllm->numBlocks, qint64(1531));
        QCOMPARE(runAt(29000, cal).second.vllm->numBlocks, qint64(1565));
        // A llama.cpp log corrects the compute buffer; the correction survives a round trip.
        const EngineLog llama = EngineLog::read(QStringLiteral("llama_new_context_with_model:      CUDA0 compute buffer size =  2200.00 MiB"));
        const MemoryModel mistral(input(QStringLiteral("mistral-7b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                        EstimateMethod::LlamaCpp, 32768, 1, noFlashAttention()));
        const Calibration c2 = learnCalibration(llama, mistral, {}, QStringLiteral("mistral"));
        QCOMPARE(c2.computeBuffer, qint64(2200) * 1048576 - 2248146944);
        QString error;
        QCOMPARE(Calibration::fromJson(c2.toJson(), &error), std::optional<Calibration>(c2));
    }

    void engineSettingsRoundTrip()
    {
        EngineSettings e;
        e.tensorParallel = 4;
        e.gpuMemoryUtilizationPpm = 950000;
        e.maxModelLen = 32768;
        e.enforceEager = true;
        e.gpuLayers = 20;
        // The engines added later: SGLang, Ollama, llama.cpp's flash attention and V cache type.
        e.memFractionStaticPpm = 880000;
        e.sglangChunkedPrefillSize = 4096;
        e.maxTotalTokens = 100000;
        e.maxRunningRequests = 64;
        e.pageSize = 16;
        e.contextLength = 32768;
        e.ollamaGpuOverhead = qint64(1) << 30;
        e.ollamaLegacyScheduler = true;
        e.vllmAscendWholeStatePages = true;
        e.npuMemoryFractionPpm = 920000;
        e.npuMemSizeGiB = 24;
        e.cacheBlockSize = 64;
        e.maxPrefillTokens = 16384;
        e.flashAttention = EngineSettings::FlashAttention::Off;
        e.cacheTypeV = QStringLiteral("q4_0");
        const auto back = EngineSettings::fromJson(e.toJson(), nullptr);
        QVERIFY(back);
        QCOMPARE(*back, e);
        // Older scenario files have no engine block: defaults.
        QCOMPARE(*EngineSettings::fromJson({}, nullptr), EngineSettings{});
    }

    void engineSettingsRejectCorruptValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("fraction") << "tensor_parallel" << QJsonValue(2.5);
        QTest::newRow("huge") << "max_model_len" << QJsonValue(1e300);
        QTest::newRow("zero tp") << "tensor_parallel" << QJsonValue(0);
        QTest::newRow("util above 1") << "gpu_memory_utilization_ppm" << QJsonValue(1000001);
        QTest::newRow("string") << "ubatch" << QJsonValue(QStringLiteral("512"));
        QTest::newRow("eager not bool") << "enforce_eager" << QJsonValue(1);
        QTest::newRow("Ollama scheduler not bool") << "ollama_legacy_scheduler" << QJsonValue(QStringLiteral("0.29"));
        QTest::newRow("vLLM-Ascend pages not bool") << "vllm_ascend_whole_state_pages" << QJsonValue(QStringLiteral("0.13"));
        QTest::newRow("npuMemSize 0") << "npu_mem_size" << QJsonValue(0);
        QTest::newRow("npuMemSize 2 TiB") << "npu_mem_size" << QJsonValue(2048);
        QTest::newRow("cacheBlockSize 256") << "cache_block_size" << QJsonValue(256);
        QTest::newRow("NPU fraction 0") << "npu_memory_fraction_ppm" << QJsonValue(0);
        QTest::newRow("fraction of one") << "mem_fraction_static_ppm" << QJsonValue(1000000);
        QTest::newRow("negative pool cap") << "max_total_tokens" << QJsonValue(-5);
        QTest::newRow("page size 0") << "page_size" << QJsonValue(0);
        QTest::newRow("page size 1e9") << "page_size" << QJsonValue(1e9);
        QTest::newRow("overhead past 1 TiB") << "ollama_gpu_overhead" << QJsonValue(2e12);
        QTest::newRow("overhead text") << "ollama_gpu_overhead" << QJsonValue(QStringLiteral("1G"));
        QTest::newRow("flash attention maybe") << "flash_attn" << QJsonValue(QStringLiteral("maybe"));
        QTest::newRow("V cache Q4_K") << "cache_type_v" << QJsonValue(QStringLiteral("q4_k"));
        QTest::newRow("V cache number") << "cache_type_v" << QJsonValue(4);
    }

    void engineSettingsRejectCorruptValues()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QString error;
        QVERIFY(!EngineSettings::fromJson(QJsonObject{{key, value}}, &error));
        QVERIFY(!error.isEmpty());
    }

    void scenarioCarriesEngineAndTensorParallel()
    {
        Scenario s;
        s.method = EstimateMethod::Vllm;
        s.engine.gpuMemoryUtilizationPpm = 850000;
        s.gpus = {{QStringLiteral("h100-80gb"), 4}};
        QString error;
        const auto back = Scenario::fromJson(s.toJson(), catalog(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->engine.gpuMemoryUtilizationPpm, qint64(850000));
        // vLLM runs tensor-parallel over the first GPU row.
        const auto in = back->toInput(catalog(), &error);
        QVERIFY(in);
        QCOMPARE(in->engine.tensorParallel, 4);
        QJsonObject corrupt = s.toJson();
        corrupt.insert(QStringLiteral("engine"), QJsonObject{{QStringLiteral("ubatch"), -5}});
        QVERIFY(!Scenario::fromJson(corrupt, catalog(), &error));
        QVERIFY(error.contains(QStringLiteral("engine")));
    }
};

QTEST_GUILESS_MAIN(TestEngines)
#include "tst_engines.moc"
