// SPDX-License-Identifier: GPL-3.0-or-later
// The memory model against figures worked by hand from each model's config.json
// (see resources/data/models.json for the sources) and the seed article.
#include "Catalog.h"
#include "KvProfile.h"
#include "Language.h"
#include "MemoryModel.h"

#include <QTest>

using namespace vram;

namespace {
const Catalog &catalog()
{
    return Catalog::builtIn();
}

EstimateInput makeInput(const QString &model, const QString &weights, const QString &kv, qint64 tokens,
                        qint64 concurrency, EstimateMethod method = EstimateMethod::Exact)
{
    const ModelSpec *m = catalog().model(model);
    const DataType *w = catalog().dataType(weights);
    const DataType *k = catalog().dataType(kv);
    if (!m || !w || !k)
        qFatal("unknown id in test data");
    return EstimateInput{*m, *w, *k, method, tokens, concurrency, 100000, {}};
}

ModelSpec syntheticModel()
{
    ModelSpec m;
    m.id = QStringLiteral("synthetic");
    m.parameters = m.nominalParameters = 1000;
    m.layers = 2;
    m.hidden = 40;
    m.heads = 4;
    m.kvHeads = 4;
    m.headDim = 10;
    m.vocab = 10;
    m.maxContext = 100;
    return m;
}
} // namespace

class TestMemoryModel : public QObject
{
    Q_OBJECT

private slots:
    // One rule for every figure: the unit of the chosen family that puts the value at 1 or more.
    void bytesInAUnitThatFits_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<bool>("decimal");
        QTest::addColumn<QString>("shown");
        QTest::newRow("zero") << qint64(0) << true << "0 B";
        QTest::newRow("999 B") << qint64(999) << true << "999 B";
        QTest::newRow("1,000 B") << qint64(1000) << true << "1.00 kB";
        QTest::newRow("1,023 B in KiB") << qint64(1023) << false << "1,023 B";
        QTest::newRow("KV per token, kB") << qint64(819200) << true << "819.20 kB";
        QTest::newRow("KV per token, KiB") << qint64(819200) << false << "800.00 KiB";
        QTest::newRow("half a GiB in MB") << qint64(536870912) << true << "536.87 MB";
        QTest::newRow("article's KV cache") << qint64(33554432000) << true << "33.55 GB";
        QTest::newRow("article's KV cache, GiB") << qint64(33554432000) << false << "31.25 GiB";
        QTest::newRow("DeepSeek-V3 FP16") << qint64(1342052838400) << true << "1.34 TB";
        QTest::newRow("a petabyte cache") << qint64(5160960000000000) << true << "5.16 PB";
        QTest::newRow("2^63 − 1") << std::numeric_limits<qint64>::max() << true << "9.22 EB";
        QTest::newRow("2^63 − 1, EiB") << std::numeric_limits<qint64>::max() << false << "8.00 EiB";
        QTest::newRow("negative headroom") << qint64(-22600000000) << true << "-22.60 GB";
    }
    void bytesInAUnitThatFits()
    {
        QFETCH(qint64, bytes);
        QFETCH(bool, decimal);
        QFETCH(QString, shown);
        QCOMPARE(formatBytes(bytes, decimal ? ByteUnit::GB : ByteUnit::GiB, QLocale(QLocale::English)), shown);
    }

    void initTestCase()
    {
        // The English plural forms ("1 request", "10 requests") come from its translation file.
        QVERIFY(Language::install(QStringLiteral("en")));
        QVERIFY2(catalog().error().isEmpty(), qPrintable(catalog().error()));
    }

    void kvPerTokenEveryCatalogueModel_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("expected");
        // 2 (K and V) × 2 B × layers × KV heads × head_dim, or 2 B × layers × (latent + RoPE) for MLA.
        QTest::newRow("llama-2-7b MHA 2*2*32*32*128") << "llama-2-7b" << qint64(524288);
        QTest::newRow("llama-2-13b MHA 2*2*40*5120") << "llama-2-13b" << qint64(819200);
        QTest::newRow("llama-2-70b GQA 2*2*80*8*128") << "llama-2-70b" << qint64(327680);
        QTest::newRow("llama-3-8b GQA 2*2*32*8*128") << "llama-3-8b" << qint64(131072);
        QTest::newRow("llama-3.1-8b GQA 2*2*32*8*128") << "llama-3.1-8b" << qint64(131072);
        QTest::newRow("llama-3-70b GQA 2*2*80*8*128") << "llama-3-70b" << qint64(327680);
        QTest::newRow("llama-3.1-405b GQA 2*2*126*8*128") << "llama-3.1-405b" << qint64(516096);
        QTest::newRow("r1-distill-70b GQA 2*2*80*8*128") << "deepseek-r1-distill-llama-70b" << qint64(327680);
        QTest::newRow("r1-distill-qwen-7b GQA 2*2*28*4*128") << "deepseek-r1-distill-qwen-7b" << qint64(57344);
        QTest::newRow("deepseek-v3 MLA 2*61*(512+64)") << "deepseek-v3" << qint64(70272);
        QTest::newRow("qwen2.5-0.5b GQA 2*2*24*2*64") << "qwen2.5-0.5b" << qint64(12288);
        QTest::newRow("qwen2.5-7b GQA 2*2*28*4*128") << "qwen2.5-7b" << qint64(57344);
        QTest::newRow("qwen2.5-72b GQA 2*2*80*8*128") << "qwen2.5-72b" << qint64(327680);
        QTest::newRow("qwen3-1.7b GQA 2*2*28*8*128") << "qwen3-1.7b" << qint64(114688);
        QTest::newRow("qwen3-8b head_dim 2*2*36*8*128") << "qwen3-8b" << qint64(147456);
        QTest::newRow("qwen3-32b head_dim 128!=5120/64") << "qwen3-32b" << qint64(262144);
        QTest::newRow("qwen3-235b-a22b GQA 2*2*94*4*128") << "qwen3-235b-a22b" << qint64(192512);
        QTest::newRow("mistral-7b GQA 2*2*32*8*128") << "mistral-7b" << qint64(131072);
        QTest::newRow("mixtral-8x7b GQA 2*2*32*8*128") << "mixtral-8x7b" << qint64(131072);
        QTest::newRow("gemma-2-9b head_dim 2*2*42*8*256") << "gemma-2-9b" << qint64(344064);
        QTest::newRow("gemma-2-27b head_dim 2*2*46*16*128") << "gemma-2-27b" << qint64(376832);
        QTest::newRow("phi-3-mini MHA 2*2*32*3072") << "phi-3-mini" << qint64(393216);
        QTest::newRow("gpt-3 MHA 2*2*96*12288") << "gpt-3-175b" << qint64(4718592);
        QTest::newRow("falcon-7b MQA 2*2*32*1*64") << "falcon-7b" << qint64(8192);
        QTest::newRow("falcon-180b GQA 2*2*80*8*64") << "falcon-180b" << qint64(163840);
        // Only the 12 gated-attention layers cache K and V; the 36 Gated DeltaNet layers keep a state per sequence.
        QTest::newRow("qwen3-next hybrid 2*2*12*2*256") << "qwen3-next-80b-a3b" << qint64(24576);
        // 4 attention layers; 24 Mamba-2 layers keep a state, 24 MLP-only layers nothing.
        QTest::newRow("nemotron-h hybrid 2*2*4*8*128") << "nemotron-h-8b" << qint64(16384);
        // Every layer caches K and V per token before the window; half of them keep only 128 tokens.
        QTest::newRow("gpt-oss-20b GQA 2*2*24*8*64") << "gpt-oss-20b" << qint64(49152);
        QTest::newRow("gpt-oss-120b GQA 2*2*36*8*64") << "gpt-oss-120b" << qint64(73728);
        QTest::newRow("glm-4.5-air GQA 2*2*46*8*128") << "glm-4.5-air" << qint64(188416);
        QTest::newRow("glm-4.6 GQA 2*2*92*8*128") << "glm-4.6" << qint64(376832);
        QTest::newRow("glm-4.7 GQA 2*2*92*8*128") << "glm-4.7" << qint64(376832);
        // 6 attention layers; 23 Mamba-2 layers keep a state, 23 expert layers nothing.
        QTest::newRow("nemotron-3-nano hybrid 2*2*6*2*128") << "nemotron-3-nano-30b-a3b" << qint64(6144);
        QTest::newRow("minimax-m2 GQA 2*2*62*8*128") << "minimax-m2" << qint64(253952);
        // Every layer caches per token before its chunk (36 of 48 keep at most 8,192 tokens).
        QTest::newRow("llama-4-scout GQA 2*2*48*8*128") << "llama-4-scout" << qint64(196608);
        // Five of every six layers keep a 1,024-token window.
        QTest::newRow("gemma-3-27b GQA 2*2*62*16*128") << "gemma-3-27b" << qint64(507904);
        QTest::newRow("gemma-3-4b GQA 2*2*34*4*256") << "gemma-3-4b" << qint64(139264);
        QTest::newRow("gemma-3-12b GQA 2*2*48*8*256") << "gemma-3-12b" << qint64(393216);
        QTest::newRow("qwen3-vl-8b as qwen3-8b 2*2*36*8*128") << "qwen3-vl-8b" << qint64(147456);
        QTest::newRow("mistral-small-3.1 GQA 2*2*40*8*128") << "mistral-small-3.1" << qint64(163840);
        QTest::newRow("phi-4 GQA 2*2*40*10*128") << "phi-4" << qint64(204800);
        QTest::newRow("command-r MHA 2*2*40*64*128") << "command-r" << qint64(1310720);
        QTest::newRow("command-a GQA 2*2*64*8*128") << "command-a" << qint64(262144);
        // MLA latent in 16-bit and the indexer's FP8 key with a float32 scale: 61 × (2 × 576 + 132).
        QTest::newRow("deepseek-v3.2 MLA + indexer 61*(2*576+132)") << "deepseek-v3.2" << qint64(78324);
        // 4 attention layers among 32; the 28 Mamba-1 layers keep a state.
        QTest::newRow("jamba-v0.1 hybrid 2*2*4*8*128") << "jamba-v0.1" << qint64(16384);
        QTest::newRow("granite-4.0-h-tiny hybrid 2*2*4*4*128") << "granite-4.0-h-tiny" << qint64(8192);
        QTest::newRow("qwen3.5-35b-a3b hybrid 2*2*10*2*256") << "qwen3.5-35b-a3b" << qint64(20480);
        QTest::newRow("kimi-k2 MLA 2*61*(512+64)") << "kimi-k2" << qint64(70272);
    }

    void kvPerTokenEveryCatalogueModel()
    {
        QFETCH(QString, model);
        QFETCH(qint64, expected);
        const MemoryModel m(makeInput(model, QStringLiteral("fp16"), QStringLiteral("fp16"), 1, 1));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        QCOMPARE(m.bytes().kvPerToken, expected);
    }

    void everyCatalogueModelIsCovered()
    {
        // A model added to the catalogue must get a hand-worked row above.
        QCOMPARE(catalog().models().size(), 48);
    }

    void weightsEveryPrecision_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<qint64>("expected");
        // LLaMA-2 13B: 13,015,864,320 parameters. Block types: ceil(P / block) × block bytes.
        QTest::newRow("fp32 ×4") << "fp32" << qint64(52063457280);
        QTest::newRow("fp16 ×2") << "fp16" << qint64(26031728640);
        QTest::newRow("bf16 ×2") << "bf16" << qint64(26031728640);
        QTest::newRow("fp8 ×1") << "fp8" << qint64(13015864320);
        QTest::newRow("int8 ×1") << "int8" << qint64(13015864320);
        QTest::newRow("int4 ÷2") << "int4" << qint64(6507932160);
        QTest::newRow("q8_0 34/32") << "q8_0" << qint64(13829355840);
        QTest::newRow("q4_0 18/32") << "q4_0" << qint64(7321423680);
        QTest::newRow("q4_1 20/32") << "q4_1" << qint64(8134915200);
        QTest::newRow("q5_0 22/32") << "q5_0" << qint64(8948406720);
        QTest::newRow("q5_1 24/32") << "q5_1" << qint64(9761898240);
        QTest::newRow("q2_k 84/256") << "q2_k" << qint64(4270830480);
        QTest::newRow("q3_k 110/256") << "q3_k" << qint64(5592754200);
        QTest::newRow("q4_k 144/256") << "q4_k" << qint64(7321423680);
        QTest::newRow("q5_k 176/256") << "q5_k" << qint64(8948406720);
        QTest::newRow("q6_k 210/256") << "q6_k" << qint64(10677076200);
        QTest::newRow("q4_k_s 4.67 bpw") << "q4_k_s" << qint64(7598010797);
        QTest::newRow("q4_k_m 4.90 bpw") << "q4_k_m" << qint64(7972216896);
        QTest::newRow("q5_k_s 5.57 bpw") << "q5_k_s" << qint64(9062295533);
        QTest::newRow("q5_k_m 5.70 bpw") << "q5_k_m" << qint64(9273803328);
    }

    void weightsEveryPrecision()
    {
        QFETCH(QString, type);
        QFETCH(qint64, expected);
        const MemoryModel m(makeInput(QStringLiteral("llama-2-13b"), type, QStringLiteral("fp16"), 1, 1));
        QVERIFY2(m.isValid(), qPrintable(m.error()));
        QCOMPARE(m.weightsBytes(), expected);
    }

    void kvPrecisions_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("type");
        QTest::addColumn<qint64>("expected");
        // Llama-3 8B: a K row is 8 × 128 = 1024 values; 32 layers; K and V.
        QTest::newRow("fp32 2*4*32*1024") << "llama-3-8b" << "fp32" << qint64(262144);
        QTest::newRow("bf16 2*2*32*1024") << "llama-3-8b" << "bf16" << qint64(131072);
        QTest::newRow("fp8 2*1*32*1024") << "llama-3-8b" << "fp8" << qint64(65536);
        QTest::newRow("q8_0 2*32*(32 blocks*34)") << "llama-3-8b" << "q8_0" << qint64(69632);
        QTest::newRow("q4_0 2*32*(32 blocks*18)") << "llama-3-8b" << "q4_0" << qint64(36864);
        // Falcon-7B: a row is 64 values = 2 blocks of 32.
        QTest::newRow("falcon q4_0 2*32*(2*18)") << "falcon-7b" << "q4_0" << qint64(2304);
        // MLA latent 576 values = 18 blocks of 32.
        QTest::newRow("deepseek-v3 q8_0 61*(18*34)") << "deepseek-v3" << "q8_0" << qint64(37332);
    }

    void kvPrecisions()
    {
        QFETCH(QString, model);
        QFETCH(QString, type);
        QFETCH(qint64, expected);
        const MemoryModel m(makeInput(model, QStringLiteral("fp16"), type, 1, 1));
        QCOMPARE(m.bytes().kvPerToken, expected);
    }

    void partialBlocksRoundUpPerRow()
    {
        // 4 KV heads × 10 = 40 values per row: two Q8_0 blocks (68 B), not 40 × 34/32 = 42.5 B.
        const ModelSpec model = syntheticModel();
        EstimateInput in{model, *catalog().dataType(QStringLiteral("fp16")), *catalog().dataType(QStringLiteral("q8_0")),
                         EstimateMethod::Exact, 1, 1, 0, {}};
        QCOMPARE(MemoryModel(in).bytes().kvPerToken, qint64(2 * 2 * 68));
    }

    void articleWorkedExample()
    {
        // The article: 13e9 × 2 B = 26 GB; 2 × 2 × 40 × 5120 = 819,200 B per token;
        // × 4096 × 10 = 33,554,432,000 B; overhead 10 % of the sum.
        const MemoryModel m(makeInput(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"), 4096,
                                      10, EstimateMethod::Article));
        const MemoryBytes b = m.bytes();
        QVERIFY(b.ok);
        QCOMPARE(b.weights, qint64(26000000000));
        QCOMPARE(b.kvPerToken, qint64(819200));
        QCOMPARE(b.kvCache, qint64(33554432000));
        QCOMPARE(b.overhead, qint64(5955443200));
        QCOMPARE(b.total, qint64(65509875200));
    }

    void exactWorkedExample()
    {
        const MemoryModel m(makeInput(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"), 4096, 10));
        const MemoryBytes b = m.bytes();
        QCOMPARE(m.parameters(), qint64(13015864320));
        QCOMPARE(b.weights, qint64(26031728640));
        QCOMPARE(b.kvCache, qint64(33554432000));
        QCOMPARE(b.overhead, qint64(5958616064));
        QCOMPARE(b.total, qint64(65544776704));
    }

    void articleMethodIgnoresGqa()
    {
        // The article's formula uses hidden (8192) where Llama-3 70B stores 8 × 128 = 1024: 8× too much.
        const MemoryModel article(makeInput(QStringLiteral("llama-3-70b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                            1, 1, EstimateMethod::Article));
        QCOMPARE(article.bytes().kvPerToken, qint64(2 * 2 * 80 * 8192));
        QCOMPARE(article.weightsBytes(), qint64(140000000000));
    }

    void slidingWindow_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("tokens");
        QTest::addColumn<qint64>("expected");
        // Gemma-2 9B: 21 global + 21 sliding layers of 2 × 2 B × 8 × 256 = 8192 B; window 4096.
        QTest::newRow("gemma-2-9b below window") << "gemma-2-9b" << qint64(2048) << qint64(344064LL * 2048);
        QTest::newRow("gemma-2-9b at window") << "gemma-2-9b" << qint64(4096) << qint64(344064LL * 4096);
        QTest::newRow("gemma-2-9b past window") << "gemma-2-9b" << qint64(8192)
                                                << qint64(172032LL * 8192 + 172032LL * 4096);
        // Mistral 7B v0.1: every layer slides over 4096 tokens.
        QTest::newRow("mistral 1000") << "mistral-7b" << qint64(1000) << qint64(131072LL * 1000);
        QTest::newRow("mistral 32768") << "mistral-7b" << qint64(32768) << qint64(131072LL * 4096);
        // Phi-3-mini 4K declares sliding_window 2047.
        QTest::newRow("phi-3-mini 4096") << "phi-3-mini" << qint64(4096) << qint64(393216LL * 2047);
        // Gemma-2 27B: 46 layers, 23 global, 23 sliding of 2 × 2 × 16 × 128 = 8192 B.
        QTest::newRow("gemma-2-27b 8192") << "gemma-2-27b" << qint64(8192)
                                          << qint64(23LL * 8192 * 8192 + 23LL * 8192 * 4096);
    }

    void slidingWindow()
    {
        QFETCH(QString, model);
        QFETCH(qint64, tokens);
        QFETCH(qint64, expected);
        const MemoryModel m(makeInput(model, QStringLiteral("fp16"), QStringLiteral("fp16"), tokens, 1));
        QCOMPARE(m.bytes().kvCache, expected);
    }

    void concurrencyScalesKvLinearly()
    {
        const MemoryModel m(makeInput(QStringLiteral("deepseek-v3"), QStringLiteral("fp8"), QStringLiteral("fp16"), 163840, 7));
        QCOMPARE(m.bytes().kvCache, qint64(70272LL * 163840 * 7));
        QCOMPARE(m.weightsBytes(), qint64(671026419200));
    }

    void hugeInputsStayExact()
    {
        // 405B × 1M tokens × 10,000 requests: 516,096 B × 10^10 = 5.16 PB of KV, exactly.
        const MemoryModel m(makeInput(QStringLiteral("llama-3.1-405b"), QStringLiteral("fp16"), QStringLiteral("fp16"),
                                      1000000, 10000));
        const MemoryBytes b = m.bytes();
        QVERIFY(b.ok);
        QCOMPARE(b.weights, qint64(811706777600));
        QCOMPARE(b.kvCache, qint64(5160960000000000));
        QCOMPARE(b.overhead, qint64(516177170677760));
        QCOMPARE(b.total, qint64(5677948877455360));
    }

    void overflowIsAnErrorNotAWrap()
    {
        // GPT-3 at the input limits: 4,718,592 B × 2^30 × 2^24 ≈ 8.5e22 B, beyond 2^63.
        const MemoryModel m(makeInput(QStringLiteral("gpt-3-175b"), QStringLiteral("fp32"), QStringLiteral("fp32"),
                                      kMaxTokens, kMaxConcurrency));
        QVERIFY(m.isValid());
        QVERIFY(!m.bytes().ok);
        const MemoryBreakdown b = m.explain(ByteUnit::GB, QLocale::c());
        QVERIFY(b.error.contains(QStringLiteral("9.2 EB")));
    }

    void invalidInputNamesTheField_data()
    {
        QTest::addColumn<int>("layers");
        QTest::addColumn<int>("hidden");
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("kvHeads");
        QTest::addColumn<qint64>("tokens");
        QTest::addColumn<qint64>("concurrency");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("zero layers") << 0 << 40 << 4 << 4 << qint64(1) << qint64(1) << "num_hidden_layers";
        QTest::newRow("negative hidden") << 2 << -40 << 4 << 4 << qint64(1) << qint64(1) << "hidden_size";
        QTest::newRow("heads not dividing hidden") << 2 << 42 << 4 << 4 << qint64(1) << qint64(1) << "head_dim";
        QTest::newRow("kv heads not dividing heads") << 2 << 40 << 4 << 3 << qint64(1) << qint64(1) << "key/value";
        QTest::newRow("more kv heads than heads") << 2 << 40 << 4 << 8 << qint64(1) << qint64(1) << "num_key_value_heads";
        QTest::newRow("zero tokens") << 2 << 40 << 4 << 4 << qint64(0) << qint64(1) << "Tokens";
        QTest::newRow("negative tokens") << 2 << 40 << 4 << 4 << qint64(-5) << qint64(1) << "Tokens";
        QTest::newRow("too many tokens") << 2 << 40 << 4 << 4 << kMaxTokens + 1 << qint64(1) << "Tokens";
        QTest::newRow("zero concurrency") << 2 << 40 << 4 << 4 << qint64(1) << qint64(0) << "Concurrent";
    }

    void invalidInputNamesTheField()
    {
        QFETCH(int, layers);
        QFETCH(int, hidden);
        QFETCH(int, heads);
        QFETCH(int, kvHeads);
        QFETCH(qint64, tokens);
        QFETCH(qint64, concurrency);
        QFETCH(QString, mentions);
        ModelSpec model = syntheticModel();
        model.layers = layers;
        model.hidden = hidden;
        model.heads = heads;
        model.kvHeads = kvHeads;
        model.headDim = heads > 0 ? hidden / heads : 0;
        const DataType fp16 = *catalog().dataType(QStringLiteral("fp16"));
        const MemoryModel m(EstimateInput{model, fp16, fp16, EstimateMethod::Exact, tokens, concurrency, 100000, {}});
        QVERIFY(!m.isValid());
        QVERIFY2(m.error().contains(mentions), qPrintable(m.error()));
        QVERIFY(!m.bytes().ok);
    }

    void wrongPrecisionRoleIsRejected()
    {
        // Q4_K_M is a file mix for weights; it cannot describe a KV cache.
        const MemoryModel m(makeInput(QStringLiteral("llama-2-7b"), QStringLiteral("fp16"), QStringLiteral("q4_k_m"), 1, 1));
        QVERIFY(!m.isValid());
        QVERIFY(m.error().contains(QStringLiteral("q4_k_m")));
    }

    void formulasShowTheValues_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("kvFormula");
        QTest::addColumn<QString>("weightsFormula");
        QTest::newRow("article") << int(EstimateMethod::Article) << "llama-2-13b"
                                 << "2 × 2 B × 40 layers × 5120 hidden = 819,200 B"
                                 << "13,000,000,000 parameters × 2 B (FP16) = 26.00 GB";
        QTest::newRow("exact GQA") << int(EstimateMethod::Exact) << "llama-3-70b"
                                   << "2 × 2 B × 80 layers × 8 KV heads × 128 head dim = 327,680 B"
                                   << "70,553,706,496 parameters × 2 B (FP16) = 141.11 GB";
        QTest::newRow("exact MLA") << int(EstimateMethod::Exact) << "deepseek-v3"
                                   << "2 B × 61 layers × (512 latent + 64 RoPE) = 70,272 B"
                                   << "671,026,419,200 parameters × 2 B (FP16) = 1.34 TB";
    }

    void formulasShowTheValues()
    {
        QFETCH(int, method);
        QFETCH(QString, model);
        QFETCH(QString, kvFormula);
        QFETCH(QString, weightsFormula);
        const MemoryModel m(makeInput(model, QStringLiteral("fp16"), QStringLiteral("fp16"), 4096, 10,
                                      EstimateMethod(method)));
        const MemoryBreakdown b = m.explain(ByteUnit::GB, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(b.kvPerToken.formula, kvFormula);
        QCOMPARE(b.weights.formula, weightsFormula);
    }

    void kvCacheFormulaArticleStyle()
    {
        const MemoryModel m(makeInput(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"), 4096,
                                      10, EstimateMethod::Article));
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const MemoryBreakdown gb = m.explain(ByteUnit::GB, en);
        QCOMPARE(gb.kvCache.formula, QStringLiteral("819,200 B × 4,096 tokens × 10 requests = 33.55 GB"));
        QCOMPARE(gb.overhead.formula, QStringLiteral("10% × (26.00 GB + 33.55 GB) = 5.96 GB"));
        QCOMPARE(gb.total.formula, QStringLiteral("26.00 GB + 33.55 GB + 5.96 GB = 65.51 GB"));
        const MemoryBreakdown gib = m.explain(ByteUnit::GiB, en);
        QCOMPARE(gib.kvCache.formula, QStringLiteral("819,200 B × 4,096 tokens × 10 requests = 31.25 GiB"));
    }

    void pluralsInFormulas()
    {
        const MemoryModel m(makeInput(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"), 1, 1,
                                      EstimateMethod::Article));
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(m.explain(ByteUnit::GB, en).kvCache.formula, QStringLiteral("819,200 B × 1 token × 1 request = 819.20 kB"));
    }

    void slidingFormulaNamesTheWindow()
    {
        const MemoryModel m(makeInput(QStringLiteral("gemma-2-9b"), QStringLiteral("fp16"), QStringLiteral("fp16"), 8192, 2));
        const QString f = m.explain(ByteUnit::GB, QLocale(QLocale::English, QLocale::UnitedStates)).kvCache.formula;
        QCOMPARE(f, QStringLiteral("(172,032 B × 8,192 tokens (21 full layers) + 172,032 B × min(8,192, 4,096) tokens "
                                   "(21 sliding layers)) × 2 requests = 4.23 GB"));
    }

    void overheadFraction_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ppm");
        QTest::newRow("0.1") << "0.1" << qint64(100000);
        QTest::newRow("0.10") << "0.10" << qint64(100000);
        QTest::newRow("10%") << "10%" << qint64(100000);
        QTest::newRow("12.5%") << "12.5%" << qint64(125000);
        QTest::newRow("0") << "0" << qint64(0);
        QTest::newRow("0.000001") << "0.000001" << qint64(1);
        QTest::newRow("1.5") << "1.5" << qint64(1500000);
        QTest::newRow("trailing zeros past ppm") << "0.1000000" << qint64(100000);
        QTest::newRow("below ppm") << "0.0000001" << qint64(-1);
        QTest::newRow("negative") << "-0.1" << qint64(-1);
        QTest::newRow("over 10") << "11" << qint64(-1);
        QTest::newRow("text") << "ten" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
    }

    void overheadFraction()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ppm);
        QCOMPARE(parseFractionPpm(text).value_or(-1), ppm);
    }

    void percentText()
    {
        QCOMPARE(formatPpmAsPercent(100000), QStringLiteral("10%"));
        QCOMPARE(formatPpmAsPercent(125000), QStringLiteral("12.5%"));
        QCOMPARE(formatPpmAsPercent(1), QStringLiteral("0.0001%"));
    }

    void overheadIsAdjustable()
    {
        EstimateInput in = makeInput(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), QStringLiteral("fp16"), 4096, 10,
                                     EstimateMethod::Article);
        in.overheadPpm = 0;
        QCOMPARE(MemoryModel(in).bytes().total, qint64(59554432000));
        in.overheadPpm = 200000;
        QCOMPARE(MemoryModel(in).bytes().overhead, qint64(11910886400));
    }
};

QTEST_GUILESS_MAIN(TestMemoryModel)
#include "tst_memorymodel.moc"
