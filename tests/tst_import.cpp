// SPDX-License-Identifier: GPL-3.0-or-later
// Importing config.json, safetensors folders and GGUF files: every extracted
// field and byte count exactly, and every kind of broken input refused cleanly.
#include "Catalog.h"
#include "GgufReader.h"
#include "HfConfig.h"
#include "KvProfile.h"
#include "MemoryModel.h"
#include "Language.h"
#include "ModelImporter.h"
#include "ModelLibrary.h"
#include "ModelFiles.h"
#include "SafetensorsReader.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace vram;
using testfiles::GgufWriter;

namespace {
// ggml type ids
constexpr quint32 F32 = 0, F16 = 1, Q8_0 = 8, Q4_K = 12, Q5_K = 13, Q6_K = 14, BF16 = 30;

GgufWriter tinyLlama(quint32 version = 3)
{
    GgufWriter w(version);
    w.kvString("general.architecture", "llama");
    w.kvString("general.name", "Tiny Llama");
    w.kvU32("general.file_type", 15);
    w.kvU32("llama.block_count", 2);
    w.kvU32("llama.embedding_length", 256);
    w.kvU32("llama.attention.head_count", 4);
    w.kvU32Array("llama.attention.head_count_kv", {2, 2});
    w.kvU32("llama.feed_forward_length", 512);
    w.kvU32("llama.context_length", 2048);
    w.kvStringArray("tokenizer.ggml.tokens", 300);
    w.tensor("token_embd.weight", {256, 300}, Q4_K);   // 300 × 144 B        =  43,200 B
    w.tensor("output.weight", {256, 300}, Q6_K);       // 300 × 210 B        =  63,000 B
    w.tensor("output_norm.weight", {256}, F32);        // 256 × 4 B          =   1,024 B
    w.tensor("blk.0.attn_q.weight", {256, 256}, Q4_K); // 256 × 144 B        =  36,864 B
    w.tensor("blk.0.attn_k.weight", {256, 128}, Q8_0); // 128 × 8 × 34 B     =  34,816 B
    w.tensor("blk.0.ffn_down.weight", {512, 256}, Q5_K); // 256 × 2 × 176 B  =  90,112 B
    w.tensor("blk.0.attn_norm.weight", {256}, F32);    //                    =   1,024 B
    w.tensor("blk.1.attn_v.weight", {256, 128}, F16);  // 32,768 × 2 B       =  65,536 B
    w.tensor("blk.1.ffn_gate.weight", {256, 512}, BF16); // 131,072 × 2 B    = 262,144 B
    return w;
}
constexpr qint64 kTinyParameters = 76800 + 76800 + 256 + 65536 + 32768 + 131072 + 256 + 32768 + 131072;
constexpr qint64 kTinyBytes = 43200 + 63000 + 1024 + 36864 + 34816 + 90112 + 1024 + 65536 + 262144;

QJsonObject tinyConfig()
{
    return {{QStringLiteral("model_type"), QStringLiteral("llama")},
            {QStringLiteral("num_hidden_layers"), 2},
            {QStringLiteral("hidden_size"), 256},
            {QStringLiteral("num_attention_heads"), 4},
            {QStringLiteral("num_key_value_heads"), 2},
            {QStringLiteral("intermediate_size"), 512},
            {QStringLiteral("vocab_size"), 300},
            {QStringLiteral("max_position_embeddings"), 2048}};
}

std::optional<GgufFile> parse(const QByteArray &bytes, QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return GgufReader::read(&buffer, bytes.size(), error);
}

std::optional<SafetensorsHeader> parseSafetensors(const QByteArray &bytes, QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return SafetensorsReader::read(&buffer, bytes.size(), error);
}

QByteArray le64(quint64 v)
{
    char b[8];
    qToLittleEndian(v, b);
    return QByteArray(b, 8);
}

// The config.json fields of each catalogue model, rebuilt from the catalogue with
// each architecture's own key names, as the model's repository publishes them.
QJsonObject configFor(const ModelSpec &m)
{
    // The models of 2024–26 keep their published config.json (the fields the planner reads) in
    // tests/data/configs, where their parameters are also worked by hand.
    QFile stored(QStringLiteral(VRAM_TEST_DATA_DIR "/configs/") + m.id + QStringLiteral(".json"));
    if (stored.open(QIODevice::ReadOnly))
        return QJsonDocument::fromJson(stored.readAll()).object();
    static const QHash<QString, QString> types = {
        {QStringLiteral("LLaMA-2"), QStringLiteral("llama")}, {QStringLiteral("Llama-3"), QStringLiteral("llama")},
        {QStringLiteral("Qwen"), QStringLiteral("qwen2")},     {QStringLiteral("Mistral"), QStringLiteral("mistral")},
        {QStringLiteral("Gemma"), QStringLiteral("gemma2")},   {QStringLiteral("Phi"), QStringLiteral("phi3")},
        {QStringLiteral("Falcon"), QStringLiteral("falcon")},  {QStringLiteral("DeepSeek"), QStringLiteral("llama")},
    };
    QJsonObject c{{QStringLiteral("model_type"), types.value(m.family)},
                  {QStringLiteral("num_hidden_layers"), m.layers},
                  {QStringLiteral("hidden_size"), m.hidden},
                  {QStringLiteral("num_attention_heads"), m.heads},
                  {QStringLiteral("num_key_value_heads"), m.kvHeads},
                  {QStringLiteral("intermediate_size"), m.intermediate},
                  {QStringLiteral("vocab_size"), m.vocab},
                  {QStringLiteral("max_position_embeddings"), m.maxContext},
                  {QStringLiteral("tie_word_embeddings"), m.tiedEmbeddings}};
    if (m.headDimExplicit)
        c.insert(QStringLiteral("head_dim"), m.headDim);
    if (m.slidingWindow > 0)
        c.insert(QStringLiteral("sliding_window"), m.slidingWindow);
    if (m.id.startsWith(QLatin1String("qwen3")))
        c.insert(QStringLiteral("model_type"), QStringLiteral("qwen3"));
    if (m.id == QLatin1String("qwen3-235b-a22b")) {
        c.insert(QStringLiteral("model_type"), QStringLiteral("qwen3_moe"));
        c.insert(QStringLiteral("num_experts"), 128);
        c.insert(QStringLiteral("num_experts_per_tok"), 8);
        c.insert(QStringLiteral("moe_intermediate_size"), 1536);
        c.insert(QStringLiteral("decoder_sparse_step"), 1);
    }
    if (m.id == QLatin1String("qwen3-next-80b-a3b")) {
        // Qwen3-Next names its layer pattern by interval and its linear layers by their own keys;
        // the catalogue's layer_types and recurrent elements must come back from these.
        c.insert(QStringLiteral("model_type"), QStringLiteral("qwen3_next"));
        c.insert(QStringLiteral("torch_dtype"), QStringLiteral("bfloat16"));
        for (const auto &[k, v] : std::initializer_list<std::pair<const char *, int>>{
                 {"full_attention_interval", 4}, {"linear_num_key_heads", 16}, {"linear_num_value_heads", 32},
                 {"linear_key_head_dim", 128}, {"linear_value_head_dim", 128}, {"linear_conv_kernel_dim", 4},
                 {"num_experts", 512}, {"num_experts_per_tok", 10}, {"moe_intermediate_size", 512},
                 {"shared_expert_intermediate_size", 512}, {"decoder_sparse_step", 1}})
            c.insert(QLatin1String(k), v);
    }
    if (m.id == QLatin1String("minimax-m2")) {
        c.insert(QStringLiteral("model_type"), QStringLiteral("minimax_m2"));
        c.insert(QStringLiteral("num_local_experts"), m.experts);
        c.remove(QStringLiteral("num_experts"));
        c.insert(QStringLiteral("use_qk_norm"), true);
        c.insert(QStringLiteral("qk_norm_type"), QStringLiteral("per_layer"));
        c.insert(QStringLiteral("use_routing_bias"), true);
    }
    if (m.id.startsWith(QLatin1String("nemotron"))) {
        // Nemotron-H names its layers by one pattern string and its Mamba-2 mixers by its own keys.
        QString pattern;
        for (int i = 0; i < m.layers; ++i)
            pattern += m.layerKind(i) == LayerKind::Recurrent     ? QLatin1Char('M')
                       : m.layerKind(i) == LayerKind::Feedforward ? (m.experts > 0 ? QLatin1Char('E') : QLatin1Char('-'))
                                                                  : QLatin1Char('*');
        c.insert(QStringLiteral("model_type"), QStringLiteral("nemotron_h"));
        c.insert(QStringLiteral("hybrid_override_pattern"), pattern);
        c.insert(QStringLiteral("torch_dtype"), QStringLiteral("bfloat16"));
        c.remove(QStringLiteral("head_dim"));
        c.insert(QStringLiteral("attention_head_dim"), m.headDim);
        for (const auto &[k, v] : std::initializer_list<std::pair<const char *, int>>{
                 {"mamba_num_heads", 128}, {"mamba_head_dim", 64}, {"n_groups", 8}, {"ssm_state_size", 128},
                 {"conv_kernel", 4}, {"expand", 2}})
            c.insert(QLatin1String(k), v);
    }
    if (m.id == QLatin1String("nemotron-3-nano-30b-a3b")) {
        for (const auto &[k, v] : std::initializer_list<std::pair<const char *, int>>{
                 {"mamba_num_heads", 64}, {"mamba_head_dim", 64}, {"n_groups", 8}, {"ssm_state_size", 128},
                 {"conv_kernel", 4}, {"n_routed_experts", 128}, {"moe_intermediate_size", 1856},
                 {"moe_shared_expert_intermediate_size", 3712}, {"n_shared_experts", 1}})
            c.insert(QLatin1String(k), v);
        c.insert(QStringLiteral("mamba_ssm_cache_dtype"), QStringLiteral("float32"));
        c.remove(QStringLiteral("num_experts"));
    }
    if (m.fileWeightType.startsWith(QStringLiteral("FP8 128×128"))) {
        // Published in FP8 with 128 × 128 block scales, the rest BF16, as their config.json says.
        c.insert(QStringLiteral("torch_dtype"), QStringLiteral("bfloat16"));
        c.insert(QStringLiteral("quantization_config"),
                 QJsonObject{{QStringLiteral("quant_method"), QStringLiteral("fp8")}, {QStringLiteral("fmt"), QStringLiteral("e4m3")},
                             {QStringLiteral("activation_scheme"), QStringLiteral("dynamic")},
                             {QStringLiteral("weight_block_size"), QJsonArray{128, 128}}});
    }
    if (m.id.startsWith(QLatin1String("gpt-oss"))) {
        // gpt-oss names its experts num_local_experts and lists each layer's kind.
        QJsonArray kinds;
        for (int i = 0; i < m.layers; ++i)
            kinds.append(layerKindId(m.layerKind(i)));
        c.insert(QStringLiteral("model_type"), QStringLiteral("gpt_oss"));
        c.insert(QStringLiteral("layer_types"), kinds);
        c.insert(QStringLiteral("num_local_experts"), m.experts);
        c.insert(QStringLiteral("experts_per_token"), m.expertsPerToken);
        c.insert(QStringLiteral("attention_bias"), true);
        c.insert(QStringLiteral("quantization_config"), QJsonObject{{QStringLiteral("quant_method"), QStringLiteral("mxfp4")}});
    }
    if (m.id == QLatin1String("glm-4.5-air")) {
        // GLM-4.5 names its experts as DeepSeek does, with one dense first layer and q/k/v biases.
        c.insert(QStringLiteral("model_type"), QStringLiteral("glm4_moe"));
        c.remove(QStringLiteral("num_experts"));
        for (const auto &[k, v] : std::initializer_list<std::pair<const char *, int>>{
                 {"n_routed_experts", 128}, {"n_shared_experts", 1}, {"moe_intermediate_size", 1408},
                 {"first_k_dense_replace", 1}, {"num_nextn_predict_layers", 1}})
            c.insert(QLatin1String(k), v);
        c.insert(QStringLiteral("attention_bias"), true);
        c.insert(QStringLiteral("use_qk_norm"), false);
    }
    if (m.id.startsWith(QLatin1String("qwen2.5"))) {
        // Qwen2.5 declares a window it does not use.
        c.insert(QStringLiteral("sliding_window"), 131072);
        c.insert(QStringLiteral("use_sliding_window"), false);
    }
    if (m.id == QLatin1String("mixtral-8x7b")) {
        c.insert(QStringLiteral("model_type"), QStringLiteral("mixtral"));
        c.insert(QStringLiteral("num_local_experts"), 8);
        c.insert(QStringLiteral("num_experts_per_tok"), 2);
    }
    if (m.id == QLatin1String("deepseek-v3")) {
        for (const auto &[k, v] : std::initializer_list<std::pair<const char *, int>>{
                 {"q_lora_rank", 1536}, {"kv_lora_rank", 512}, {"qk_rope_head_dim", 64}, {"qk_nope_head_dim", 128},
                 {"v_head_dim", 128}, {"moe_intermediate_size", 2048}, {"n_shared_experts", 1},
                 {"n_routed_experts", 256}, {"num_experts_per_tok", 8}, {"first_k_dense_replace", 3}})
            c.insert(QLatin1String(k), v);
        c.insert(QStringLiteral("model_type"), QStringLiteral("deepseek_v3"));
    }
    if (m.id == QLatin1String("falcon-7b")) {
        // Falcon-7B's own names: n_layer, n_head, multi_query, no context field.
        for (const char *k : {"num_hidden_layers", "num_attention_heads", "num_key_value_heads", "max_position_embeddings",
                              "intermediate_size", "tie_word_embeddings"})
            c.remove(QLatin1String(k));
        c.insert(QStringLiteral("n_layer"), m.layers);
        c.insert(QStringLiteral("n_head"), m.heads);
        c.insert(QStringLiteral("multi_query"), true);
        c.insert(QStringLiteral("new_decoder_architecture"), false);
    }
    if (m.id == QLatin1String("falcon-180b")) {
        c.remove(QStringLiteral("num_key_value_heads"));
        c.remove(QStringLiteral("intermediate_size"));
        c.insert(QStringLiteral("num_kv_heads"), m.kvHeads);
        c.insert(QStringLiteral("new_decoder_architecture"), true);
    }
    return c;
}
} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    using GgufKeys = std::initializer_list<std::pair<const char *, quint32>>;
    // A GGUF header of `arch` with these keys (under the architecture's prefix), optional per-layer arrays
    // and one tensor, written to `name` in the test folder; its path.
    QString gguf(const QString &name, const QByteArray &arch, GgufKeys keys,
                 const QList<std::pair<QByteArray, QList<quint32>>> &arrays = {}) const
    {
        GgufWriter w;
        w.kvString("general.architecture", arch);
        for (const auto &[k, v] : keys)
            w.kvU32(arch + '.' + k, v);
        for (const auto &[k, values] : arrays)
            w.kvU32Array(arch + '.' + k, values);
        w.tensor("token_embd.weight", {1024, 300}, 1);
        return testfiles::write(path(name), w.bytes()) ? path(name) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Language::install(QStringLiteral("en")));
    }

    // --- config.json ---------------------------------------------------------

    void everyCatalogueModelFromItsConfig_data()
    {
        QTest::addColumn<QString>("id");
        for (const ModelSpec &m : Catalog::builtIn().models())
            if (m.id != QLatin1String("gpt-3-175b")) // no config.json was ever published
                QTest::newRow(qPrintable(m.id)) << m.id;
    }

    void everyCatalogueModelFromItsConfig()
    {
        QFETCH(QString, id);
        const ModelSpec &expected = *Catalog::builtIn().model(id);
        QString error;
        const auto got = HfConfig::read(configFor(expected), &error);
        QVERIFY2(got, qPrintable(error));
        QCOMPARE(got->layers, expected.layers);
        QCOMPARE(got->hidden, expected.hidden);
        QCOMPARE(got->heads, expected.heads);
        QCOMPARE(got->kvHeads, expected.kvHeads);
        QCOMPARE(got->headDim, expected.headDim);
        QCOMPARE(got->maxContext, expected.maxContext);
        QCOMPARE(got->slidingWindow, expected.slidingWindow);
        QCOMPARE(got->globalEvery, expected.globalEvery);
        QCOMPARE(got->kvLoraRank, expected.kvLoraRank);
        QCOMPARE(got->qkRopeHeadDim, expected.qkRopeHeadDim);
        QCOMPARE(got->experts, expected.experts);
        QCOMPARE(got->tiedEmbeddings, expected.tiedEmbeddings);
        // The architecture's parameter count equals the catalogue's (the safetensors totals), and so do the
        // bytes as published where the catalogue has them (gpt-oss's MXFP4 experts).
        QCOMPARE(got->parameters, expected.parameters);
        QCOMPARE(got->fileWeightBytes, expected.fileWeightBytes);
    }

    void namedModelsAtFourAndOneHundredTwentyEightK_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("tokens");
        QTest::addColumn<qint64>("requests");
        QTest::addColumn<qint64>("attention");
        QTest::addColumn<qint64>("state");
        // The 2025–26 families without a test of their own at these points, each read from its config.json
        // (the catalogue's config_source; kept in tests/data/configs where the catalogue has no full copy),
        // BF16 cache. Bytes a token, worked by hand (2 for K and V × 2 B × layers × KV heads × head dim):
        //   Qwen3-8B and Qwen3-VL-8B's text model: 36 × 8 × 128 → 147,456;
        //   Qwen3.5-35B-A3B: 10 gated-attention layers × 2 × 256 → 20,480, and 30 Gated DeltaNet layers ×
        //     (24,576 × 2 B + 524,288 × 4 B) = 64,389,120 B of state a request (float32 SSM state);
        //   DeepSeek-V3 and Kimi K2 (MLA, one latent of 512 + 64 a layer, 2 B): 61 × 576 × 2 = 70,272 —
        //     DeepSeek-V3.1's config.json differs from V3's in no field the cache reads;
        //   GLM-4.6 and GLM-4.7 (the same config fields): 92 × 8 × 128 → 376,832; Mistral Small 3.1's text
        //     model: 40 × 8 × 128 → 163,840;
        //   Nemotron-H 8B: 4 attention layers × 8 × 128 → 16,384, and 24 Mamba-2 layers × 2,158,592 B =
        //     51,806,208 B a request.
        // Attention bytes are tokens × requests × bytes a token; the state is requests × state a request.
        QTest::newRow("qwen3-8b 4K x 1") << QStringLiteral("qwen3-8b") << qint64(4096) << qint64(1) << qint64(603979776) << qint64(0);
        QTest::newRow("qwen3-8b 4K x 8") << QStringLiteral("qwen3-8b") << qint64(4096) << qint64(8) << qint64(4831838208) << qint64(0);
        QTest::newRow("qwen3-8b 128K x 1") << QStringLiteral("qwen3-8b") << qint64(131072) << qint64(1) << qint64(19327352832) << qint64(0);
        QTest::newRow("qwen3-8b 128K x 8") << QStringLiteral("qwen3-8b") << qint64(131072) << qint64(8) << qint64(154618822656) << qint64(0);
        QTest::newRow("qwen3-vl-8b 4K x 1") << QStringLiteral("qwen3-vl-8b") << qint64(4096) << qint64(1) << qint64(603979776) << qint64(0);
        QTest::newRow("qwen3-vl-8b 4K x 8") << QStringLiteral("qwen3-vl-8b") << qint64(4096) << qint64(8) << qint64(4831838208) << qint64(0);
        QTest::newRow("qwen3-vl-8b 128K x 1") << QStringLiteral("qwen3-vl-8b") << qint64(131072) << qint64(1) << qint64(19327352832) << qint64(0);
        QTest::newRow("qwen3-vl-8b 128K x 8") << QStringLiteral("qwen3-vl-8b") << qint64(131072) << qint64(8) << qint64(154618822656) << qint64(0);
        QTest::newRow("qwen3.5-35b-a3b 4K x 1") << QStringLiteral("qwen3.5-35b-a3b") << qint64(4096) << qint64(1) << qint64(83886080) << qint64(64389120);
        QTest::newRow("qwen3.5-35b-a3b 4K x 8") << QStringLiteral("qwen3.5-35b-a3b") << qint64(4096) << qint64(8) << qint64(671088640) << qint64(515112960);
        QTest::newRow("qwen3.5-35b-a3b 128K x 1") << QStringLiteral("qwen3.5-35b-a3b") << qint64(131072) << qint64(1) << qint64(2684354560) << qint64(64389120);
        QTest::newRow("qwen3.5-35b-a3b 128K x 8") << QStringLiteral("qwen3.5-35b-a3b") << qint64(131072) << qint64(8) << qint64(21474836480) << qint64(515112960);
        QTest::newRow("deepseek-v3 4K x 1") << QStringLiteral("deepseek-v3") << qint64(4096) << qint64(1) << qint64(287834112) << qint64(0);
        QTest::newRow("deepseek-v3 4K x 8") << QStringLiteral("deepseek-v3") << qint64(4096) << qint64(8) << qint64(2302672896) << qint64(0);
        QTest::newRow("deepseek-v3 128K x 1") << QStringLiteral("deepseek-v3") << qint64(131072) << qint64(1) << qint64(9210691584) << qint64(0);
        QTest::newRow("deepseek-v3 128K x 8") << QStringLiteral("deepseek-v3") << qint64(131072) << qint64(8) << qint64(73685532672) << qint64(0);
        QTest::newRow("kimi-k2 4K x 1") << QStringLiteral("kimi-k2") << qint64(4096) << qint64(1) << qint64(287834112) << qint64(0);
        QTest::newRow("kimi-k2 4K x 8") << QStringLiteral("kimi-k2") << qint64(4096) << qint64(8) << qint64(2302672896) << qint64(0);
        QTest::newRow("kimi-k2 128K x 1") << QStringLiteral("kimi-k2") << qint64(131072) << qint64(1) << qint64(9210691584) << qint64(0);
        QTest::newRow("kimi-k2 128K x 8") << QStringLiteral("kimi-k2") << qint64(131072) << qint64(8) << qint64(73685532672) << qint64(0);
        QTest::newRow("glm-4.6 4K x 1") << QStringLiteral("glm-4.6") << qint64(4096) << qint64(1) << qint64(1543503872) << qint64(0);
        QTest::newRow("glm-4.6 4K x 8") << QStringLiteral("glm-4.6") << qint64(4096) << qint64(8) << qint64(12348030976) << qint64(0);
        QTest::newRow("glm-4.6 128K x 1") << QStringLiteral("glm-4.6") << qint64(131072) << qint64(1) << qint64(49392123904) << qint64(0);
        QTest::newRow("glm-4.6 128K x 8") << QStringLiteral("glm-4.6") << qint64(131072) << qint64(8) << qint64(395136991232) << qint64(0);
        QTest::newRow("glm-4.7 4K x 1") << QStringLiteral("glm-4.7") << qint64(4096) << qint64(1) << qint64(1543503872) << qint64(0);
        QTest::newRow("glm-4.7 4K x 8") << QStringLiteral("glm-4.7") << qint64(4096) << qint64(8) << qint64(12348030976) << qint64(0);
        QTest::newRow("glm-4.7 128K x 1") << QStringLiteral("glm-4.7") << qint64(131072) << qint64(1) << qint64(49392123904) << qint64(0);
        QTest::newRow("glm-4.7 128K x 8") << QStringLiteral("glm-4.7") << qint64(131072) << qint64(8) << qint64(395136991232) << qint64(0);
        QTest::newRow("nemotron-h-8b 4K x 1") << QStringLiteral("nemotron-h-8b") << qint64(4096) << qint64(1) << qint64(67108864) << qint64(51806208);
        QTest::newRow("nemotron-h-8b 4K x 8") << QStringLiteral("nemotron-h-8b") << qint64(4096) << qint64(8) << qint64(536870912) << qint64(414449664);
        QTest::newRow("nemotron-h-8b 128K x 1") << QStringLiteral("nemotron-h-8b") << qint64(131072) << qint64(1) << qint64(2147483648) << qint64(51806208);
        QTest::newRow("nemotron-h-8b 128K x 8") << QStringLiteral("nemotron-h-8b") << qint64(131072) << qint64(8) << qint64(17179869184) << qint64(414449664);
        QTest::newRow("mistral-small-3.1 4K x 1") << QStringLiteral("mistral-small-3.1") << qint64(4096) << qint64(1) << qint64(671088640) << qint64(0);
        QTest::newRow("mistral-small-3.1 4K x 8") << QStringLiteral("mistral-small-3.1") << qint64(4096) << qint64(8) << qint64(5368709120) << qint64(0);
        QTest::newRow("mistral-small-3.1 128K x 1") << QStringLiteral("mistral-small-3.1") << qint64(131072) << qint64(1) << qint64(21474836480) << qint64(0);
        QTest::newRow("mistral-small-3.1 128K x 8") << QStringLiteral("mistral-small-3.1") << qint64(131072) << qint64(8) << qint64(171798691840) << qint64(0);
    }

    void namedModelsAtFourAndOneHundredTwentyEightK()
    {
        QFETCH(QString, id);
        QFETCH(qint64, tokens);
        QFETCH(qint64, requests);
        QFETCH(qint64, attention);
        QFETCH(qint64, state);
        QString error;
        const auto m = HfConfig::read(configFor(*Catalog::builtIn().model(id)), &error);
        QVERIFY2(m, qPrintable(error));
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        const MemoryModel model(EstimateInput{*m, bf16, bf16, EstimateMethod::Exact, tokens, requests, 100000, {}});
        QVERIFY2(model.isValid(), qPrintable(model.error()));
        QCOMPARE(model.bytes().kvCache - model.bytes().recurrentState, attention);
        QCOMPARE(model.bytes().recurrentState, state);
        QCOMPARE(m->parameters, Catalog::builtIn().model(id)->parameters);
    }

    void nemotronHFromConfig()
    {
        // nvidia/Nemotron-H-8B-Base-8K's config.json (https://huggingface.co/nvidia/Nemotron-H-8B-Base-8K/blob/main/config.json),
        // the fields the planner reads. 52 layers, one character each in hybrid_override_pattern: 24
        // Mamba-2 (M), 4 attention (*), 24 MLP-only (-). Worked by hand from transformers' NemotronH:
        //   embeddings and the untied head 2 × 131,072 × 4,096 = 1,073,741,824; final norm 4,096;
        //   Mamba-2: inner 128 × 64 = 8,192, convolution over 8,192 + 2 × 8 × 128 = 10,240 channels;
        //     in_proj 4,096 × (8,192 + 10,240 + 128) = 76,021,760, conv 10,240 × 4 + 10,240 = 51,200,
        //     dt_bias, A_log, D 384, gated norm 8,192, out_proj 8,192 × 4,096 = 33,554,432: 109,635,968;
        //   attention: 4,096 × (32 + 8 + 8) × 128 + 32 × 128 × 4,096 = 41,943,040;
        //   relu² MLP: 2 × 4,096 × 21,504 = 176,160,768; one norm a layer, 52 × 4,096 = 212,992.
        //   1,073,741,824 + 4,096 + 24 × 109,635,968 + 4 × 41,943,040 + 24 × 176,160,768 + 212,992
        //   = 8,100,852,736 — the model's "8B".
        const QByteArray config = R"({"architectures": ["NemotronHForCausalLM"], "attention_bias": false,
            "attention_head_dim": 128, "chunk_size": 128, "conv_kernel": 4, "expand": 2, "hidden_size": 4096,
            "hybrid_override_pattern": "M-M-M-M*-M-M-M-M-M*-M-M-M-M-M*-M-M-M-M-M*-M-M-M-M-M-",
            "intermediate_size": 21504, "mamba_head_dim": 64, "mamba_num_heads": 128, "mamba_proj_bias": false,
            "max_position_embeddings": 8192, "mlp_bias": false, "mlp_hidden_act": "relu2", "model_type": "nemotron_h",
            "n_groups": 8, "num_attention_heads": 32, "num_hidden_layers": 52, "num_key_value_heads": 8,
            "ssm_state_size": 128, "tie_word_embeddings": false, "time_step_limit": [0.0, Infinity],
            "torch_dtype": "bfloat16", "use_bias": false, "use_conv_bias": true, "vocab_size": 131072})";
        QString error;
        const auto m = HfConfig::parse(config, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->recurrentMixer, RecurrentMixer::Mamba2);
        QCOMPARE(m->parameters, qint64(8100852736));
        QCOMPARE(m->layerCount(LayerKind::Recurrent), 24);
        QCOMPARE(m->layerCount(LayerKind::Full), 4);
        QCOMPARE(m->layerCount(LayerKind::Feedforward), 24);
        // The cache: 4 attention layers × 2 × 2 B × 8 × 128 = 16,384 B a token; the MLP-only layers
        // hold nothing; each Mamba-2 layer (3 × 10,240 + 128 × 64 × 128) × 2 B = 2,158,592 B a sequence.
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        QCOMPARE(KvProfile::build(*m, bf16, EstimateMethod::Exact).bytesPerToken(), qint64(16384));
        QCOMPARE(m->recurrentStateBytesPerSequence(), qint64(24) * 2158592);
        // A pattern of the wrong length, or a layer kind not read yet, is refused by name.
        QByteArray shorter = config;
        shorter.replace("M-M-M-M*-M-M-M-M-M*", "M-M-M-M*-M-M-M-M*");
        QVERIFY(!HfConfig::parse(shorter, &error));
        QVERIFY2(error.contains(QStringLiteral("hybrid_override_pattern")), qPrintable(error));
        QByteArray moe = config;
        moe.replace("M-M-M-M*-", "MEMEM*-M-");
        QVERIFY(!HfConfig::parse(moe, &error)); // experts without n_routed_experts
        QVERIFY2(error.contains(QStringLiteral("n_routed_experts")), qPrintable(error));
        QByteArray unknown = config;
        unknown.replace("M-M-M-M*-", "MXM-M*-M-");
        QVERIFY(!HfConfig::parse(unknown, &error));
        QVERIFY2(error.contains(QStringLiteral("\"X\"")), qPrintable(error));
    }

    void nemotron3FromConfig()
    {
        // nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16's config.json
        // (https://huggingface.co/nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16/blob/main/config.json), the fields the
        // planner reads: 52 layers, 23 Mamba-2 (M), 23 mixture-of-experts (E), 6 attention (*). Worked by hand
        // from transformers' NemotronH modules:
        //   embeddings and the untied head 2 × 131,072 × 2,688 = 704,643,072; final norm 2,688;
        //   Mamba-2: inner 64 × 64 = 4,096, convolution over 4,096 + 2 × 8 × 128 = 6,144 channels; in_proj
        //     2,688 × (4,096 + 6,144 + 64) = 27,697,152, conv 6,144 × 4 + 6,144 = 30,720, dt_bias, A_log, D 192,
        //     gated norm 4,096, out_proj 4,096 × 2,688 = 11,010,048: 38,742,208;
        //   attention: 2,688 × 4,096 × 2 + 2 × 2,688 × 256 = 23,396,352;
        //   experts: 128 relu² experts of up and down, 128 × 2 × 2,688 × 1,856 = 1,277,165,568, a shared one
        //     2 × 2,688 × 3,712 = 19,955,712, router 128 × 2,688 + its score bias 128 = 344,192: 1,297,465,472;
        //   one norm a layer, 52 × 2,688 = 139,776.
        //   704,645,760 + 23 × 38,742,208 + 6 × 23,396,352 + 23 × 1,297,465,472 + 139,776 = 31,577,940,288 — the
        //   "30B" of its name, 31.6B in all.
        const QByteArray config = R"({"architectures": ["NemotronHForCausalLM"], "attention_bias": false,
            "chunk_size": 128, "conv_kernel": 4, "expand": 2, "head_dim": 128, "hidden_size": 2688,
            "hybrid_override_pattern": "MEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEMEM*EMEMEMEME", "intermediate_size": 1856,
            "mamba_head_dim": 64, "mamba_num_heads": 64, "mamba_proj_bias": false, "mamba_ssm_cache_dtype": "float32",
            "max_position_embeddings": 262144, "mlp_bias": false, "mlp_hidden_act": "relu2", "model_type": "nemotron_h",
            "moe_intermediate_size": 1856, "moe_shared_expert_intermediate_size": 3712, "n_group": 1, "n_groups": 8,
            "n_routed_experts": 128, "n_shared_experts": 1, "num_attention_heads": 32, "num_experts_per_tok": 6,
            "num_hidden_layers": 52, "num_key_value_heads": 2, "routed_scaling_factor": 2.5, "ssm_state_size": 128,
            "tie_word_embeddings": false, "torch_dtype": "bfloat16", "use_bias": false, "use_conv_bias": true,
            "vocab_size": 131072})";
        QString error;
        const auto m = HfConfig::parse(config, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->parameters, qint64(31577940288));
        QCOMPARE(m->experts, 128);
        QCOMPARE(m->expertsPerToken, 6);
        QCOMPARE(m->layerCount(LayerKind::Recurrent), 23);
        QCOMPARE(m->layerCount(LayerKind::Full), 6);
        QCOMPARE(m->layerCount(LayerKind::Feedforward), 23);
        // The cache: 6 attention layers × 2 × 2 B × 2 KV heads × 128 = 6,144 B a token; each Mamba-2 layer
        // 3 × 6,144 convolution values in BF16 and 64 × 64 × 128 state values in float32
        // (mamba_ssm_cache_dtype): 36,864 + 2,097,152 = 2,134,016 B, 49,082,368 B a sequence over 23.
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        QCOMPARE(KvProfile::build(*m, bf16, EstimateMethod::Exact).bytesPerToken(), qint64(6144));
        QCOMPARE(m->recurrentStateBytesPerSequence(), qint64(49082368));
        for (const auto &[tokens, requests, bytes] :
             {std::tuple{qint64(4096), qint64(1), qint64(74248192)}, std::tuple{qint64(4096), qint64(8), qint64(593985536)},
              std::tuple{qint64(131072), qint64(1), qint64(854388736)},
              std::tuple{qint64(131072), qint64(8), qint64(6835109888)}}) {
            MemoryModel model(EstimateInput{*m, bf16, bf16, EstimateMethod::Exact, tokens, requests, 100000, {}});
            QVERIFY2(model.isValid(), qPrintable(model.error()));
            QCOMPARE(model.bytes().kvCache, bytes);
            QCOMPARE(model.bytes().recurrentState, 49082368 * requests);
        }
        // Nemotron 3.5's spelling, layers_block_type, names the same layers.
        QJsonObject named = QJsonDocument::fromJson(config).object();
        QJsonArray blocks;
        for (const QChar c : named.take(QStringLiteral("hybrid_override_pattern")).toString())
            blocks.append(c == QLatin1Char('M') ? QStringLiteral("mamba") : c == QLatin1Char('E') ? QStringLiteral("moe")
                                                                                                : QStringLiteral("attention"));
        named.insert(QStringLiteral("layers_block_type"), blocks);
        const auto n = HfConfig::read(named, &error);
        QVERIFY2(n, qPrintable(error));
        QCOMPARE(n->parameters, qint64(31577940288));
        QCOMPARE(n->layerKinds, m->layerKinds);
        // Experts in a latent (Nemotron 3 Super's moe_latent_size L): the experts work at width L and two
        // projections of 2,688 × L carry the hidden state in and out. With L = 1,024 each MoE layer loses
        // 128 × 2 × (2,688 − 1,024) × 1,856 = 790,626,304 and gains 2 × 2,688 × 1,024 = 5,505,024.
        named.insert(QStringLiteral("moe_latent_size"), 1024);
        const auto latent = HfConfig::read(named, &error);
        QVERIFY2(latent, qPrintable(error));
        QCOMPARE(latent->parameters, qint64(31577940288) - 23 * (qint64(790626304) - 5505024));
    }

    void jambaFromConfig()
    {
        // ai21labs/Jamba-v0.1's config.json (https://huggingface.co/ai21labs/Jamba-v0.1/blob/main/config.json), the
        // fields the planner reads: 32 layers, attention where i % 8 = 4 (4 layers), Mamba-1 elsewhere (28); experts
        // where i % 2 = 1 (16 layers), a dense MLP elsewhere. Worked by hand from transformers' Jamba modules:
        //   embeddings and the untied head 2 × 65,536 × 4,096 = 536,870,912; final norm 4,096;
        //   attention: 2 × 4,096² + 2 × 4,096 × 1,024 = 41,943,040;
        //   Mamba-1 (inner 8,192, dt rank 256, d_state 16, d_conv 4): in_proj 4,096 × 16,384 = 67,108,864, conv
        //     8,192 × 4 + 8,192 = 40,960, x_proj 8,192 × 288 = 2,359,296, dt_proj 256 × 8,192 + 8,192 = 2,105,344,
        //     A_log 131,072, D 8,192, out_proj 33,554,432, dt/B/C norms 288: 105,308,448;
        //   dense MLP 3 × 4,096 × 14,336 = 176,160,768; experts 16 × 176,160,768 + router 4,096 × 16 = 2,818,637,824;
        //   two norms a layer, 32 × 8,192 = 262,144.
        //   536,875,008 + 4 × 41,943,040 + 28 × 105,308,448 + 16 × 176,160,768 + 16 × 2,818,637,824 + 262,144
        //   = 51,570,323,328 — the card's 52B.
        const QByteArray config = R"({"architectures": ["JambaForCausalLM"], "attn_layer_offset": 4, "attn_layer_period": 8,
            "expert_layer_offset": 1, "expert_layer_period": 2, "hidden_size": 4096, "intermediate_size": 14336,
            "mamba_conv_bias": true, "mamba_d_conv": 4, "mamba_d_state": 16, "mamba_dt_rank": 256, "mamba_expand": 2,
            "mamba_proj_bias": false, "max_position_embeddings": 262144, "model_type": "jamba", "num_attention_heads": 32,
            "num_experts": 16, "num_experts_per_tok": 2, "num_hidden_layers": 32, "num_key_value_heads": 8,
            "tie_word_embeddings": false, "torch_dtype": "bfloat16", "vocab_size": 65536})";
        QString error;
        const auto m = HfConfig::parse(config, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->recurrentMixer, RecurrentMixer::Mamba1);
        QCOMPARE(m->parameters, qint64(51570323328));
        QCOMPARE(m->layerCount(LayerKind::Full), 4);
        QCOMPARE(m->layerCount(LayerKind::Recurrent), 28);
        QCOMPARE(m->layerKind(4), LayerKind::Full);
        // The cache: 4 attention layers × 2 × 2 B × 8 × 128 = 16,384 B a token; each Mamba-1 layer 3 × 8,192
        // convolution values and 8,192 × 16 state values in BF16, 311,296 B; 8,716,288 B a sequence over 28.
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        QCOMPARE(KvProfile::build(*m, bf16, EstimateMethod::Exact).bytesPerToken(), qint64(16384));
        QCOMPARE(m->recurrentStateBytesPerSequence(), qint64(8716288));
        for (const auto &[tokens, requests] : {std::pair{qint64(4096), qint64(1)}, std::pair{qint64(4096), qint64(8)},
                                               std::pair{qint64(131072), qint64(1)}, std::pair{qint64(131072), qint64(8)}}) {
            MemoryModel model(EstimateInput{*m, bf16, bf16, EstimateMethod::Exact, tokens, requests, 100000, {}});
            QVERIFY2(model.isValid(), qPrintable(model.error()));
            QCOMPARE(model.bytes().kvCache, (qint64(16384) * tokens + 8716288) * requests);
        }
        // vLLM pages the state as for Mamba-2: 311,296 B against 4,096 B a token gives ⌈311,296 / 65,536⌉ = 5
        // → 80-token blocks; 4 attention and 28 Mamba layers: 1 + 7 groups of 4.
        const MemoryModel vllm(EstimateInput{*m, bf16, bf16, EstimateMethod::Vllm, 4096, 1, 100000, {}});
        QVERIFY2(vllm.isValid(), qPrintable(vllm.error()));
        QCOMPARE(vllm.vllm().blockTokens, qint64(80));
        QCOMPARE(vllm.vllm().stateGroups, 7);
        QCOMPARE(vllm.vllm().groupLayers, 4);
    }

    void falconH1FromConfig()
    {
        // tiiuae/Falcon-H1-0.5B-Instruct's config.json (https://huggingface.co/tiiuae/Falcon-H1-0.5B-Instruct/blob/main/config.json),
        // the fields the planner reads, as NVIDIA-NeMo/Megatron-Bridge's unit test
        // (tests/unit_tests/models/falcon_h1/test_falcon_h1_bridge.py, FALCON_H1_500M_CONFIG) reproduces it; that copy
        // leaves out mamba_d_ssm, which transformers' FalconH1Config requires to be mamba_n_heads × mamba_d_head =
        // 24 × 64 = 1,536. Attention and a Mamba-2 mixer side by side in all 36 layers (transformers'
        // FalconH1DecoderLayer). Worked by hand from transformers' FalconH1 modules:
        //   embeddings and the untied head 2 × 32,784 × 1,024 = 67,141,632; final norm 1,024;
        //   attention q, k, v, o: 1,024 × 512 + 2 × 1,024 × 128 + 512 × 1,024 = 1,310,720;
        //   Mamba-2 over 1,536 channels, convolution over 1,536 + 2 × 1 × 128 = 1,792: in_proj 1,024 × (1,536 +
        //     1,792 + 24) = 3,432,448, conv 1,792 × 4 + 1,792 = 8,960, dt_bias, A_log, D 72, no gated norm
        //     (mamba_rms_norm false), out_proj 1,536 × 1,024 = 1,572,864: 5,014,344;
        //   gated MLP 3 × 1,024 × 2,048 = 6,291,456; two norms 2,048: 12,618,568 a layer.
        //   67,141,632 + 1,024 + 36 × 12,618,568 = 521,411,104 — the model's "0.5B".
        const QByteArray config = R"({"architectures": ["FalconH1ForCausalLM"], "attention_bias": false,
            "attention_in_multiplier": 1.0, "attention_out_multiplier": 0.9375, "attn_layer_indices": null,
            "embedding_multiplier": 5.656854249492381, "head_dim": 64, "hidden_act": "silu", "hidden_size": 1024,
            "intermediate_size": 2048, "key_multiplier": 0.39062499999999994, "lm_head_multiplier": 0.0390625,
            "mamba_chunk_size": 128, "mamba_conv_bias": true, "mamba_d_conv": 4, "mamba_d_head": 64,
            "mamba_d_ssm": 1536, "mamba_d_state": 128, "mamba_expand": 2, "mamba_n_groups": 1, "mamba_n_heads": 24,
            "mamba_norm_before_gate": false, "mamba_proj_bias": false, "mamba_rms_norm": false, "mamba_use_mlp": true,
            "max_position_embeddings": 16384, "mlp_bias": false, "mlp_multipliers": [0.8838834764831844, 0.5859375],
            "model_type": "falcon_h1", "num_attention_heads": 8, "num_hidden_layers": 36, "num_key_value_heads": 2,
            "projectors_bias": false, "rms_norm_eps": 1e-05, "rope_scaling": null, "rope_theta": 100000000000.0,
            "ssm_in_multiplier": 1.25, "ssm_out_multiplier": 0.23570226039551587, "tie_word_embeddings": false,
            "torch_dtype": "bfloat16", "vocab_size": 32784})";
        QString error;
        const auto m = HfConfig::parse(config, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->recurrentMixer, RecurrentMixer::Mamba2);
        QCOMPARE(m->parameters, qint64(521411104));
        // Every layer attends and keeps a state: 36 full-attention layers, 36 with a state.
        QCOMPARE(m->layerCount(LayerKind::Full), 36);
        QCOMPARE(m->layerCount(LayerKind::Recurrent), 0);
        QVERIFY(m->stateBesideAttention);
        QCOMPARE(m->recurrentLayerCount(), 36);
        // The cache: 36 layers × 2 × 2 B × 2 KV heads × 64 = 18,432 B a token; each layer's state (4 − 1) × 1,792
        // convolution values and 24 × 64 × 128 SSM values in BF16, 403,968 B; 14,542,848 B a sequence.
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        QCOMPARE(KvProfile::build(*m, bf16, EstimateMethod::Exact).bytesPerToken(), qint64(18432));
        QCOMPARE(m->recurrentStateBytesPerSequence(), qint64(14542848));
        for (const auto &[tokens, requests, bytes] :
             {std::tuple{qint64(4096), qint64(1), qint64(90040320)}, std::tuple{qint64(4096), qint64(8), qint64(720322560)},
              std::tuple{qint64(131072), qint64(1), qint64(2430461952)},
              std::tuple{qint64(131072), qint64(8), qint64(19443695616)}}) {
            MemoryModel model(EstimateInput{*m, bf16, bf16, EstimateMethod::Exact, tokens, requests, 100000, {}});
            QVERIFY2(model.isValid(), qPrintable(model.error()));
            QCOMPARE(model.bytes().kvCache, bytes);
            QCOMPARE(model.bytes().recurrentState, qint64(14542848) * requests);
        }
        // vLLM registers each layer's attention and its Mamba mixer as two layers: 36 of each, one group of
        // each; the state page 403,968 B against 512 B a token and layer gives 16 × ⌈403,968 / 8,192⌉ = 800-token
        // blocks.
        const MemoryModel vllm(EstimateInput{*m, bf16, bf16, EstimateMethod::Vllm, 4096, 1, 100000, {}});
        QVERIFY2(vllm.isValid(), qPrintable(vllm.error()));
        QCOMPARE(vllm.vllm().fullGroups, 1);
        QCOMPARE(vllm.vllm().stateGroups, 1);
        QCOMPARE(vllm.vllm().groupLayers, 36);
        QCOMPARE(vllm.vllm().blockTokens, qint64(800));
        // llama.cpp keeps K and V and R and S in every layer (create_memory's filters take every layer for
        // both): 4 sequences of 32,768 cells × 36 × 512 B, and 4 × 36 × 4 B × (5,376 + 196,608) of F32 state.
        const DataType f16 = *Catalog::builtIn().dataType(QStringLiteral("fp16"));
        const MemoryModel llamaCpp(EstimateInput{*m, bf16, f16, EstimateMethod::LlamaCpp, 32768, 4, 100000, {}});
        QVERIFY2(llamaCpp.isValid(), qPrintable(llamaCpp.error()));
        QCOMPARE(llamaCpp.bytes().recurrentState, qint64(4) * 36 * 807936);
        QCOMPARE(llamaCpp.bytes().kvCache, qint64(4) * 32768 * 36 * 512 + qint64(4) * 36 * 807936);
        // Without mamba_d_ssm, FalconH1Config's 1,024 does not make 24 heads of 64: refused by name.
        QByteArray noSsm = config;
        noSsm.replace("\"mamba_d_ssm\": 1536, ", "");
        QVERIFY(!HfConfig::parse(noSsm, &error));
        QVERIFY2(error.contains(QStringLiteral("mamba_d_ssm")), qPrintable(error));
        // mamba_rms_norm adds the gated norm's 1,536 weights a layer.
        QByteArray normed = config;
        normed.replace("\"mamba_rms_norm\": false", "\"mamba_rms_norm\": true");
        const auto withNorm = HfConfig::parse(normed, &error);
        QVERIFY2(withNorm, qPrintable(error));
        QCOMPARE(withNorm->parameters, qint64(521411104) + 36 * 1536);
    }

    void graniteHybridFromConfig()
    {
        // GraniteMoeHybrid as transformers documents it (docs/transformers model_doc/granitemoehybrid, the
        // example config): 8 layers, 6 Mamba-2 and 2 attention, hidden 512, 8 experts of 1,024 and a
        // shared MLP of 512 in every layer, tied embeddings. Worked by hand from transformers'
        // GraniteMoeHybrid modules:
        //   embeddings 49,152 × 512 = 25,165,824; final norm 512;
        //   attention q, k, v, o: 4 × 512 × 512 = 1,048,576;
        //   Mamba-2: inner 2 × 512 = 1,024, convolution over 1,024 + 2 × 1 × 128 = 1,280 channels;
        //     in_proj 512 × (1,024 + 1,280 + 8) = 1,183,744, conv 1,280 × 4 + 1,280 bias = 6,400,
        //     dt_bias, A_log and D 3 × 8 = 24, gated norm 1,024, out_proj 1,024 × 512 = 524,288: 1,715,480;
        //   every layer: router 512 × 8 + experts 8 × 3 × 512 × 1,024 = 12,587,008, shared MLP
        //     3 × 512 × 512 = 786,432, two norms 1,024: 13,374,464.
        //   25,165,824 + 512 + 2 × 1,048,576 + 6 × 1,715,480 + 8 × 13,374,464 = 144,552,080.
        const QByteArray config = R"({"architectures": ["GraniteMoeHybridForCausalLM"], "attention_bias": false,
            "hidden_size": 512, "intermediate_size": 1024, "layer_types": ["mamba", "mamba", "mamba", "attention",
            "mamba", "mamba", "mamba", "attention"], "mamba_chunk_size": 256, "mamba_conv_bias": true, "mamba_d_conv": 4,
            "mamba_d_head": 128, "mamba_d_state": 128, "mamba_expand": 2, "mamba_n_groups": 1, "mamba_n_heads": 8,
            "mamba_proj_bias": false, "max_position_embeddings": 4096, "model_type": "granitemoehybrid",
            "num_attention_heads": 8, "num_experts_per_tok": 2, "num_hidden_layers": 8, "num_key_value_heads": 8,
            "num_local_experts": 8, "position_embedding_type": "nope", "shared_intermediate_size": 512,
            "tie_word_embeddings": true, "torch_dtype": "bfloat16", "vocab_size": 49152})";
        QString error;
        const auto m = HfConfig::parse(config, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->parameters, qint64(144552080));
        QCOMPARE(m->layerCount(LayerKind::Recurrent), 6);
        QCOMPARE(m->layerCount(LayerKind::Full), 2);
        // Mamba-2's state a sequence: (4 − 1) × 1,280 convolution values and 8 × 128 × 128 state values,
        // in BF16: 269,824 B a layer, 1,618,944 B over the 6.
        QCOMPARE(m->convStateElements, qint64(3840));
        QCOMPARE(m->ssmStateElements, qint64(131072));
        QCOMPARE(m->recurrentMixer, RecurrentMixer::Mamba2);
        QCOMPARE(m->recurrentStateBytesPerSequence(), qint64(1618944));
        // The cache per token: the 2 attention layers only, 2 × 2 B × 8 × 64 = 2,048 B each.
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        QCOMPARE(KvProfile::build(*m, bf16, EstimateMethod::Exact).bytesPerToken(), qint64(4096));
        // Heads that do not make the inner width are refused by name.
        QByteArray bad = config;
        bad.replace("\"mamba_d_head\": 128", "\"mamba_d_head\": 100");
        QVERIFY(!HfConfig::parse(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("mamba_n_heads")), qPrintable(error));
    }

    void graniteTinyFromConfig()
    {
        // ibm-granite/granite-4.0-h-tiny's config.json (https://huggingface.co/ibm-granite/granite-4.0-h-tiny/blob/main/config.json),
        // the fields the planner reads: 40 layers, attention at 5, 15, 25 and 35 and Mamba-2 elsewhere, 64 experts
        // of 512 and a shared MLP of 1,024 in every layer, tied embeddings. Worked by hand from transformers'
        // GraniteMoeHybrid modules:
        //   embeddings 100,352 × 1,536 = 154,140,672; final norm 1,536;
        //   attention (12 heads and 4 KV heads of 128): 2 × 1,536 × 1,536 + 2 × 1,536 × 512 = 6,291,456;
        //   Mamba-2 over 3,072 channels (48 heads of 64), convolution over 3,072 + 2 × 128 = 3,328: in_proj
        //     1,536 × (3,072 + 3,328 + 48) = 9,904,128, conv 3,328 × 4 + 3,328, dt_bias, A_log, D 144, gated norm
        //     3,072, out_proj 3,072 × 1,536: 14,642,576;
        //   every layer: router 1,536 × 64, experts 64 × 3 × 1,536 × 512, shared MLP 3 × 1,536 × 1,024, two
        //     norms: 155,814,912.
        //   154,142,208 + 40 × 155,814,912 + 4 × 6,291,456 + 36 × 14,642,576 = 6,939,037,248 — the card's 7B.
        QJsonArray kinds;
        for (int i = 0; i < 40; ++i)
            kinds.append((i + 1) % 10 == 6 ? QStringLiteral("attention") : QStringLiteral("mamba"));
        QJsonObject config = QJsonDocument::fromJson(R"({"architectures": ["GraniteMoeHybridForCausalLM"],
            "model_type": "granitemoehybrid", "hidden_size": 1536, "num_hidden_layers": 40, "num_attention_heads": 12,
            "num_key_value_heads": 4, "intermediate_size": 512, "shared_intermediate_size": 1024,
            "num_local_experts": 64, "num_experts_per_tok": 6, "vocab_size": 100352, "tie_word_embeddings": true,
            "mamba_d_state": 128, "mamba_n_groups": 1, "mamba_n_heads": 48, "mamba_d_head": 64, "mamba_expand": 2,
            "mamba_d_conv": 4, "mamba_chunk_size": 256, "max_position_embeddings": 131072,
            "position_embedding_type": "nope", "torch_dtype": "bfloat16"})")
                                 .object();
        config.insert(QStringLiteral("layer_types"), kinds);
        QString error;
        const auto m = HfConfig::read(config, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->parameters, qint64(6939037248));
        QCOMPARE(m->recurrentStateSize, 128); // mamba_d_state, which the tensor-parallel split needs
        QCOMPARE(m->layerCount(LayerKind::Full), 4);
        QCOMPARE(m->layerCount(LayerKind::Recurrent), 36);
        // The cache: 4 attention layers × 2 × 4 KV heads × 128 × 2 B = 8,192 B a token; each Mamba-2 layer
        // (4 − 1) × 3,328 convolution values and 48 × 64 × 128 state values in BF16, 806,400 B; 29,030,400 B a
        // sequence over the 36.
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        QCOMPARE(KvProfile::build(*m, bf16, EstimateMethod::Exact).bytesPerToken(), qint64(8192));
        QCOMPARE(m->recurrentStateBytesPerSequence(), qint64(29030400));
        for (const auto &[tokens, requests, bytes] :
             {std::tuple{qint64(4096), qint64(1), qint64(62584832)}, std::tuple{qint64(4096), qint64(8), qint64(500678656)},
              std::tuple{qint64(131072), qint64(1), qint64(1102772224)},
              std::tuple{qint64(131072), qint64(8), qint64(8822177792)}}) {
            MemoryModel model(EstimateInput{*m, bf16, bf16, EstimateMethod::Exact, tokens, requests, 100000, {}});
            QVERIFY2(model.isValid(), qPrintable(model.error()));
            QCOMPARE(model.bytes().kvCache, bytes);
        }
    }

    void phi4FromConfig()
    {
        // microsoft/phi-4's config.json (https://huggingface.co/microsoft/phi-4/blob/main/config.json): Phi-3's
        // architecture (fused qkv and gate_up projections, two RMS norms a layer, untied head). Worked by hand:
        //   embeddings and head 2 × 100,352 × 5,120 = 1,027,604,480; final norm 5,120;
        //   qkv 5,120 × (5,120 + 2 × 10 × 128) = 39,321,600, o 5,120 × 5,120 = 26,214,400, gate_up and down
        //     3 × 5,120 × 17,920 = 275,251,200, norms 10,240: 340,797,440 a layer.
        //   1,027,609,600 + 40 × 340,797,440 = 14,659,507,200 — the card's 14.7B.
        const QByteArray config = R"({"architectures": ["Phi3ForCausalLM"], "hidden_size": 5120,
            "intermediate_size": 17920, "max_position_embeddings": 16384, "model_type": "phi3", "num_attention_heads": 40,
            "num_hidden_layers": 40, "num_key_value_heads": 10, "original_max_position_embeddings": 16384,
            "rms_norm_eps": 1e-05, "rope_scaling": null, "rope_theta": 250000, "sliding_window": null,
            "tie_word_embeddings": false, "torch_dtype": "bfloat16", "vocab_size": 100352})";
        QString error;
        const auto m = HfConfig::parse(config, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->parameters, qint64(14659507200));
        QCOMPARE(m->slidingWindow, 0);
        // 40 × 2 × 10 KV heads × 128 × 2 B = 204,800 B a token, every layer full, no state.
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        for (const qint64 tokens : {qint64(4096), qint64(131072)})
            for (const qint64 requests : {qint64(1), qint64(8)}) {
                MemoryModel model(EstimateInput{*m, bf16, bf16, EstimateMethod::Exact, tokens, requests, 100000, {}});
                QVERIFY2(model.isValid(), qPrintable(model.error()));
                QCOMPARE(model.bytes().kvCache, qint64(204800) * tokens * requests);
                QCOMPARE(model.bytes().recurrentState, qint64(0));
            }
    }

    void gptOssFromConfig()
    {
        // openai/gpt-oss-20b's config.json (https://huggingface.co/openai/gpt-oss-20b/blob/main/config.json), the
        // fields the planner reads. Worked by hand from transformers' GptOss modules:
        //   embeddings and the untied head 2 × 201,088 × 2,880 = 1,158,266,880; final norm 2,880;
        //   attention: q 2,880 × 4,096 and o 4,096 × 2,880 = 23,592,960, k and v 2 × 2,880 × 512 = 2,949,120,
        //     biases 4,096 + 512 + 512 + 2,880 = 8,000, a sink per head 64: 26,550,144;
        //   MoE: router 2,880 × 32 + 32 = 92,192, 32 experts × (3 × 2,880 × 2,880 + 2 × 2,880 + 2,880)
        //     = 796,538,880: 796,631,072; two norms 5,760.
        //   1,158,266,880 + 2,880 + 24 × 823,186,976 = 20,914,757,184 — the model card's "21B".
        QByteArray config = R"({"architectures": ["GptOssForCausalLM"], "attention_bias": true, "experts_per_token": 4,
            "head_dim": 64, "hidden_act": "silu", "hidden_size": 2880, "initial_context_length": 4096,
            "intermediate_size": 2880, "layer_types": ["sliding_attention", "full_attention", "sliding_attention",
            "full_attention", "sliding_attention", "full_attention", "sliding_attention", "full_attention",
            "sliding_attention", "full_attention", "sliding_attention", "full_attention", "sliding_attention",
            "full_attention", "sliding_attention", "full_attention", "sliding_attention", "full_attention",
            "sliding_attention", "full_attention", "sliding_attention", "full_attention", "sliding_attention",
            "full_attention"], "max_position_embeddings": 131072, "model_type": "gpt_oss", "num_attention_heads": 64,
            "num_experts_per_tok": 4, "num_hidden_layers": 24, "num_key_value_heads": 8, "num_local_experts": 32,
            "quantization_config": {"modules_to_not_convert": ["model.layers.*.self_attn", "model.layers.*.mlp.router",
            "model.embed_tokens", "lm_head"], "quant_method": "mxfp4"}, "rms_norm_eps": 1e-05, "rope_theta": 150000,
            "sliding_window": 128, "swiglu_limit": 7.0, "tie_word_embeddings": false, "vocab_size": 201088})";
        QString error;
        const auto m = HfConfig::parse(config, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->parameters, qint64(20914757184));
        // As published: the expert matrices, 24 × 32 × 3 × 2,880² = 19,110,297,600 values, in MXFP4 at 17 B per
        // 32 = 10,152,345,600 B; the other 1,804,459,584 parameters in BF16 = 3,608,919,168 B: 13,761,264,768 B.
        QCOMPARE(m->fileWeightBytes, qint64(13761264768));
        QCOMPARE(m->experts, 32);
        QCOMPARE(m->expertsPerToken, 4);
        QCOMPARE(m->layerCount(LayerKind::Sliding), 12);
        QCOMPARE(m->layerCount(LayerKind::Full), 12);
        QCOMPARE(m->layerKind(0), LayerKind::Sliding);
        QCOMPARE(m->slidingWindow, 128);
        // The cache: 2 × 2 B × 8 × 64 = 2,048 B a layer and token, 24 layers = 49,152 B a token before the
        // window; the 12 sliding layers keep at most 128 tokens. At 4K and 128K tokens, 1 and 8 requests:
        //   4,096: 12 × 2,048 × 4,096 + 12 × 2,048 × 128 = 103,809,024 a request;
        //   131,072: 12 × 2,048 × 131,072 + 3,145,728 = 3,224,371,200 a request.
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        QCOMPARE(KvProfile::build(*m, bf16, EstimateMethod::Exact).bytesPerToken(), qint64(49152));
        for (const auto &[tokens, requests, bytes] :
             {std::tuple{qint64(4096), qint64(1), qint64(103809024)}, std::tuple{qint64(4096), qint64(8), qint64(830472192)},
              std::tuple{qint64(131072), qint64(1), qint64(3224371200)},
              std::tuple{qint64(131072), qint64(8), qint64(25794969600)}}) {
            MemoryModel model(EstimateInput{*m, bf16, bf16, EstimateMethod::Exact, tokens, requests, 100000, {}});
            QVERIFY2(model.isValid(), qPrintable(model.error()));
            QCOMPARE(model.bytes().kvCache, bytes);
            QCOMPARE(model.bytes().recurrentState, qint64(0));
        }
        // Without layer_types, GptOssConfig's default: even layers slide.
        QJsonObject noTypes = QJsonDocument::fromJson(config).object();
        noTypes.remove(QStringLiteral("layer_types"));
        const auto defaulted = HfConfig::read(noTypes, &error);
        QVERIFY2(defaulted, qPrintable(error));
        QCOMPARE(defaulted->layerKinds, m->layerKinds);
        // gpt-oss-120b (https://huggingface.co/openai/gpt-oss-120b/blob/main/config.json) differs in 36 layers and
        // 128 experts: a layer 26,550,144 + (2,880 × 128 + 128 + 128 × 24,891,840) + 5,760 = 3,213,080,192;
        // 1,158,266,880 + 2,880 + 36 × 3,213,080,192 = 116,829,156,672 — the card's "117B".
        QJsonObject big = noTypes;
        big.insert(QStringLiteral("num_hidden_layers"), 36);
        big.insert(QStringLiteral("num_local_experts"), 128);
        const auto m120 = HfConfig::read(big, &error);
        QVERIFY2(m120, qPrintable(error));
        QCOMPARE(m120->parameters, qint64(116829156672));
        // 36 × 128 × 3 × 2,880² = 114,661,785,600 values in MXFP4 (60,914,073,600 B) and 2,167,371,072 in BF16.
        QCOMPARE(m120->fileWeightBytes, qint64(65248815744));
        QCOMPARE(m120->layerCount(LayerKind::Sliding), 18);
    }

    void glm45AirFromConfig()
    {
        // zai-org/GLM-4.5-Air's config.json (https://huggingface.co/zai-org/GLM-4.5-Air/blob/main/config.json), the
        // fields the planner reads. Worked by hand from transformers' Glm4Moe modules:
        //   embeddings and the untied head 2 × 151,552 × 4,096 = 1,241,513,984; final norm 4,096;
        //   attention: q and o 2 × 4,096 × 12,288 = 100,663,296, k and v 2 × 4,096 × 1,024 = 8,388,608,
        //     q, k and v biases 12,288 + 2 × 1,024 = 14,336: 109,066,240; two norms 8,192;
        //   layer 0 dense: 3 × 4,096 × 10,944 = 134,479,872;
        //   layers 1–45 MoE: 128 experts × 3 × 4,096 × 1,408 = 2,214,592,512, router 4,096 × 128 and its
        //     score bias 128 = 524,416, one shared expert 17,301,504: 2,232,418,432.
        //   1,241,518,080 + 46 × 109,074,432 + 134,479,872 + 45 × 2,232,418,432 = 106,852,251,264 — the card's
        //   "106B" (the multi-token-prediction layer, num_nextn_predict_layers, is not loaded by transformers).
        const QByteArray config = R"({"architectures": ["Glm4MoeForCausalLM"], "attention_bias": true,
            "first_k_dense_replace": 1, "head_dim": 128, "hidden_act": "silu", "hidden_size": 4096,
            "intermediate_size": 10944, "max_position_embeddings": 131072, "model_type": "glm4_moe",
            "moe_intermediate_size": 1408, "n_group": 1, "n_routed_experts": 128, "n_shared_experts": 1,
            "norm_topk_prob": true, "num_attention_heads": 96, "num_experts_per_tok": 8, "num_hidden_layers": 46,
            "num_key_value_heads": 8, "num_nextn_predict_layers": 1, "partial_rotary_factor": 0.5,
            "rms_norm_eps": 1e-05, "rope_scaling": null, "rope_theta": 1000000, "routed_scaling_factor": 1.0,
            "tie_word_embeddings": false, "topk_group": 1, "torch_dtype": "bfloat16", "use_qk_norm": false,
            "vocab_size": 151552})";
        QString error;
        const auto m = HfConfig::parse(config, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->parameters, qint64(106852251264));
        QCOMPARE(m->experts, 128);
        QCOMPARE(m->expertsPerToken, 8);
        QCOMPARE(m->attentionKind(), AttentionKind::GroupedQuery);
        // The cache: 46 layers × 2 × 8 KV heads × 128 × 2 B = 188,416 B a token, every layer full.
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        QCOMPARE(KvProfile::build(*m, bf16, EstimateMethod::Exact).bytesPerToken(), qint64(188416));
        for (const auto &[tokens, requests] : {std::pair{qint64(4096), qint64(1)}, std::pair{qint64(4096), qint64(8)},
                                               std::pair{qint64(131072), qint64(1)}, std::pair{qint64(131072), qint64(8)}}) {
            MemoryModel model(EstimateInput{*m, bf16, bf16, EstimateMethod::Exact, tokens, requests, 100000, {}});
            QVERIFY2(model.isValid(), qPrintable(model.error()));
            QCOMPARE(model.bytes().kvCache, qint64(188416) * tokens * requests);
        }
        // use_qk_norm adds an RMS norm over one head to q and to k in every layer: 46 × 256 more.
        QByteArray qkNorm = config;
        qkNorm.replace("\"use_qk_norm\": false", "\"use_qk_norm\": true");
        const auto normed = HfConfig::parse(qkNorm, &error);
        QVERIFY2(normed, qPrintable(error));
        QCOMPARE(normed->parameters, qint64(106852251264) + 46 * 256);
    }

    void llama4FromConfig()
    {
        // meta-llama/Llama-4-Scout-17B-16E-Instruct's config.json
        // (https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct/blob/main/config.json), the fields the
        // planner reads: a vision wrapper around llama4_text. Worked by hand from transformers' Llama4Text modules:
        //   embeddings and the untied head 2 × 202,048 × 5,120 = 2,068,971,520; final norm 5,120;
        //   attention: q and o 2 × 5,120 × 5,120 = 52,428,800, k and v 2 × 5,120 × 1,024 = 10,485,760 (the q/k
        //     norm is an L2 norm without weights): 62,914,560; two norms 10,240;
        //   every layer MoE (interleave_moe_layer_step 1): 16 experts × 3 × 5,120 × 8,192 = 2,013,265,920, router
        //     5,120 × 16 = 81,920, one shared expert 3 × 5,120 × 8,192 = 125,829,120: 2,139,176,960.
        //   2,068,976,640 + 48 × 2,202,101,760 = 107,769,861,120 for the language model.
        // The vision tower and projector, from transformers' Llama4VisionModel: patch linear 3 × 14 × 14 × 1,408 =
        //   827,904, class embedding 1,408, positions (24² + 1) × 1,408 = 812,416, two LayerNorms 5,632; 34 layers of
        //   q/k/v/o with biases 7,935,488, fc1 7,935,488, fc2 7,931,264, two LayerNorms 5,632: 809,467,648; the
        //   pixel-shuffle adapter 5,632 × 4,096 + 4,096 × 4,096 = 39,845,888; the projector 4,096 × 5,120 =
        //   20,971,520: 871,932,416 — 108,641,793,536 in all, the card's 109B.
        const QByteArray config = R"({"architectures": ["Llama4ForConditionalGeneration"], "model_type": "llama4",
            "tie_word_embeddings": false, "text_config": {"model_type": "llama4_text", "attention_bias": false,
            "attention_chunk_size": 8192, "head_dim": 128, "hidden_size": 5120, "intermediate_size": 8192,
            "intermediate_size_mlp": 16384, "interleave_moe_layer_step": 1, "max_position_embeddings": 10485760,
            "no_rope_layers": [1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0,
            1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0], "num_attention_heads": 40,
            "num_experts_per_tok": 1, "num_hidden_layers": 48, "num_key_value_heads": 8, "num_local_experts": 16,
            "tie_word_embeddings": false, "use_qk_norm": true, "vocab_size": 202048},
            "vision_config": {"attention_dropout": 0.0, "hidden_act": "gelu", "hidden_size": 1408, "image_size": 336,
            "intermediate_size": 5632, "model_type": "llama4_vision_model", "multi_modal_projector_bias": false,
            "norm_eps": 1e-05, "num_attention_heads": 16, "num_channels": 3, "num_hidden_layers": 34, "patch_size": 14,
            "pixel_shuffle_ratio": 0.5, "projector_dropout": 0.0, "projector_input_dim": 4096,
            "projector_output_dim": 4096, "rope_theta": 10000, "vision_feature_layer": -1,
            "vision_feature_select_strategy": "default", "vision_output_dim": 4096}})";
        QString error;
        const auto m = HfConfig::parse(config, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->towerParameters, qint64(871932416));
        QCOMPARE(m->parameters - m->towerParameters, qint64(107769861120));
        QCOMPARE(m->parameters, qint64(108641793536));
        QCOMPARE(m->experts, 16);
        // Three of every four layers use RoPE and chunked attention of 8,192 tokens; the fourth attends to all.
        QCOMPARE(m->layerCount(LayerKind::Chunked), 36);
        QCOMPARE(m->layerCount(LayerKind::Full), 12);
        QCOMPARE(m->layerKind(3), LayerKind::Full);
        QCOMPARE(m->chunkSize, 8192);
        // The cache: 2 × 2 B × 8 × 128 = 4,096 B a layer and token; a chunked layer keeps at most 8,192 tokens.
        //   4,096 tokens: 48 × 4,096 × 4,096 = 805,306,368 a request;
        //   131,072 tokens: 12 × 4,096 × 131,072 + 36 × 4,096 × 8,192 = 7,650,410,496 a request.
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        QCOMPARE(KvProfile::build(*m, bf16, EstimateMethod::Exact).bytesPerToken(), qint64(196608));
        for (const auto &[tokens, requests, bytes] :
             {std::tuple{qint64(4096), qint64(1), qint64(805306368)}, std::tuple{qint64(4096), qint64(8), qint64(6442450944)},
              std::tuple{qint64(131072), qint64(1), qint64(7650410496)},
              std::tuple{qint64(131072), qint64(8), qint64(61203283968)}}) {
            MemoryModel model(EstimateInput{*m, bf16, bf16, EstimateMethod::Exact, tokens, requests, 100000, {}});
            QVERIFY2(model.isValid(), qPrintable(model.error()));
            QCOMPARE(model.bytes().kvCache, bytes);
        }
        // vLLM (0.10–0.11) turns its hybrid allocator off for chunked attention: every layer keeps every
        // token, 48 × 4,096 × 16 = 3,145,728 B a block, ⌈131,072 / 16⌉ = 8,192 blocks a request.
        const MemoryModel vllm(EstimateInput{*m, bf16, bf16, EstimateMethod::Vllm, 131072, 1, 100000, {}});
        QVERIFY2(vllm.isValid(), qPrintable(vllm.error()));
        QCOMPARE(vllm.vllm().groups(), 1);
        QCOMPARE(vllm.vllm().blockBytes, qint64(3145728));
        QCOMPARE(vllm.bytes().kvCache, qint64(8192) * 3145728);
        // llama.cpp keeps the 36 chunked layers in its sliding-window cache of 8,192 + 512 cells
        // (llama_load_hparams_llama4, llama_kv_cache_iswa): 131,072 × 12 × 4,096 + 8,704 × 36 × 4,096.
        const MemoryModel llamaCpp(EstimateInput{*m, bf16, bf16, EstimateMethod::LlamaCpp, 131072, 1, 100000, {}});
        QVERIFY2(llamaCpp.isValid(), qPrintable(llamaCpp.error()));
        QCOMPARE(llamaCpp.bytes().kvCache, qint64(131072) * 12 * 4096 + qint64(8704) * 36 * 4096);
        // Ollama runs Llama 4 in its own engine, whose cache is not modelled: it says so.
        const MemoryModel ollama(EstimateInput{*m, bf16, bf16, EstimateMethod::Ollama, 131072, 1, 100000, {}});
        QVERIFY(!ollama.isValid());
        QVERIFY2(ollama.error().contains(QStringLiteral("chunked")), qPrintable(ollama.error()));
        // SGLang keeps Llama4ForConditionalGeneration's chunked layers in its sliding-window pool, a chunk each
        // (is_hybrid_swa_model): the same 7,650,410,496 B a request of 131,072 tokens as the exact method.
        QCOMPARE(m->architecture, QStringLiteral("Llama4ForConditionalGeneration"));
        const MemoryModel sglang(EstimateInput{*m, bf16, bf16, EstimateMethod::Sglang, 131072, 1, 100000, {}});
        QVERIFY2(sglang.isValid(), qPrintable(sglang.error()));
        QCOMPARE(sglang.bytes().kvCache, qint64(7650410496));
        // Llama 4 Maverick (https://huggingface.co/meta-llama/Llama-4-Maverick-17B-128E-Instruct/blob/main/config.json):
        // 128 experts in every second layer (interleave_moe_layer_step 2), a dense MLP of 16,384 in the others:
        //   MoE layer 128 × 125,829,120 + 5,120 × 128 + 125,829,120 = 16,232,611,840; dense 3 × 5,120 × 16,384
        //   = 251,658,240; 2,068,976,640 + 48 × 62,924,800 + 24 × (16,232,611,840 + 251,658,240)
        //   = 400,711,848,960 — the card's 400B.
        QByteArray maverick = config;
        maverick.replace("\"interleave_moe_layer_step\": 1", "\"interleave_moe_layer_step\": 2");
        maverick.replace("\"num_local_experts\": 16", "\"num_local_experts\": 128");
        const auto m400 = HfConfig::parse(maverick, &error);
        QVERIFY2(m400, qPrintable(error));
        QCOMPARE(m400->parameters - m400->towerParameters, qint64(400711848960));
        // Without no_rope_layers, Llama4TextConfig's default makes every 4th layer NoPE: the same kinds.
        QByteArray defaulted = config;
        defaulted.replace(QByteArray(R"("no_rope_layers": [1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0,
            1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0], )"), QByteArray());
        QVERIFY(!defaulted.contains("no_rope_layers"));
        const auto d = HfConfig::parse(defaulted, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->layerKinds, m->layerKinds);
        // A list of the wrong length is refused by name.
        QByteArray shorter = config;
        shorter.replace("[1, 1, 1, 0, 1, 1, 1, 0,", "[1, 1, 1, 0,");
        QVERIFY(!HfConfig::parse(shorter, &error));
        QVERIFY2(error.contains(QStringLiteral("no_rope_layers")), qPrintable(error));
    }

    void glm46FromConfig()
    {
        // zai-org/GLM-4.6's config.json (https://huggingface.co/zai-org/GLM-4.6/blob/main/config.json; kept in
        // tests/data/configs): GLM-4.5-Air's architecture at 5,120 wide, 92 layers, the first 3 dense, 160
        // experts of 1,536, q/k norms (use_qk_norm) and a context of 202,752. Worked by hand as above:
        //   embeddings and the untied head 2 × 151,552 × 5,120 = 1,551,892,480; final norm 5,120;
        //   attention: q and o 2 × 5,120 × 12,288 = 125,829,120, k and v 2 × 5,120 × 1,024 = 10,485,760,
        //     q, k and v biases 14,336, q and k norms 2 × 128, two norms 10,240: 136,339,712;
        //   layers 0–2 dense: 3 × 5,120 × 12,288 = 188,743,680;
        //   layers 3–91 MoE: 160 × 3 × 5,120 × 1,536 = 3,774,873,600, router 5,120 × 160 and its score bias
        //     160 = 819,360, one shared expert 23,592,960: 3,799,285,920.
        //   1,551,897,600 + 92 × 136,339,712 + 3 × 188,743,680 + 89 × 3,799,285,920 = 352,797,829,024 — the
        //   card's 355B holds the multi-token-prediction layer too, which transformers does not load.
        QFile file(QStringLiteral(VRAM_TEST_DATA_DIR "/configs/glm-4.6.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto m = HfConfig::parse(file.readAll(), &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->parameters, qint64(352797829024));
        QCOMPARE(m->experts, 160);
        QCOMPARE(m->maxContext, 202752);
        // 2 × 2 B × 92 layers × 8 KV heads × 128 = 376,832 B a token.
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        QCOMPARE(KvProfile::build(*m, bf16, EstimateMethod::Exact).bytesPerToken(), qint64(376832));
        QCOMPARE(Catalog::builtIn().model(QStringLiteral("glm-4.6"))->parameters, m->parameters);
    }

    void cohereFromConfig()
    {
        // CohereLabs/c4ai-command-a-03-2025's config.json
        // (https://huggingface.co/CohereLabs/c4ai-command-a-03-2025/blob/main/config.json), the fields the planner
        // reads. Worked by hand from transformers' Cohere2 modules (attention and MLP in parallel after one
        // weight-only LayerNorm, embeddings shared with the head):
        //   embeddings 256,000 × 12,288 = 3,145,728,000; final norm 12,288;
        //   attention: q and o 2 × 12,288 × 12,288 = 301,989,888, k and v 2 × 12,288 × 1,024 = 25,165,824;
        //   MLP 3 × 12,288 × 36,864 = 1,358,954,496; one norm 12,288: 1,686,122,496 a layer.
        //   3,145,740,288 + 64 × 1,686,122,496 = 111,057,580,032 — the card's 111B.
        const QByteArray config = R"({"architectures": ["Cohere2ForCausalLM"], "attention_bias": false, "head_dim": 128,
            "hidden_act": "silu", "hidden_size": 12288, "intermediate_size": 36864, "layer_norm_eps": 1e-05,
            "logit_scale": 0.25, "max_position_embeddings": 288000, "model_type": "cohere2", "num_attention_heads": 96,
            "num_hidden_layers": 64, "num_key_value_heads": 8, "order_of_interleaved_layers": "local_attn_first",
            "rope_theta": 50000, "sliding_window": 4096, "sliding_window_pattern": 4, "torch_dtype": "bfloat16",
            "use_embedding_sharing": true, "use_parallel_block": true, "vocab_size": 256000})";
        QString error;
        const auto m = HfConfig::parse(config, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->parameters, qint64(111057580032));
        QVERIFY(m->tiedEmbeddings);
        // Three of every four layers slide over 4,096 tokens; layers 3, 7, … attend to everything.
        QCOMPARE(m->layerCount(LayerKind::Sliding), 48);
        QCOMPARE(m->layerCount(LayerKind::Full), 16);
        QCOMPARE(m->layerKind(3), LayerKind::Full);
        // The cache: 2 × 2 B × 8 × 128 = 4,096 B a layer and token.
        //   4,096 tokens: 64 × 4,096 × 4,096 = 1,073,741,824 a request;
        //   131,072 tokens: 16 × 4,096 × 131,072 + 48 × 4,096 × 4,096 = 9,395,240,960 a request.
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        for (const auto &[tokens, requests, bytes] :
             {std::tuple{qint64(4096), qint64(1), qint64(1073741824)}, std::tuple{qint64(4096), qint64(8), qint64(8589934592)},
              std::tuple{qint64(131072), qint64(1), qint64(9395240960)},
              std::tuple{qint64(131072), qint64(8), qint64(75161927680)}}) {
            MemoryModel model(EstimateInput{*m, bf16, bf16, EstimateMethod::Exact, tokens, requests, 100000, {}});
            QVERIFY2(model.isValid(), qPrintable(model.error()));
            QCOMPARE(model.bytes().kvCache, bytes);
        }
        // Command R (https://huggingface.co/CohereLabs/c4ai-command-r-v01/blob/main/config.json): cohere, every
        // layer full, 64 KV heads: 256,000 × 8,192 + 8,192 + 40 × (4 × 8,192² + 3 × 8,192 × 22,528 + 8,192)
        // = 34,980,831,232 — the card's 35B. Its q/k norms, when use_qk_norm is set (Command R+), weigh a
        // channel per head: (64 + 64) × 128 = 16,384 a layer.
        const QByteArray commandR = R"({"architectures": ["CohereForCausalLM"], "hidden_size": 8192,
            "intermediate_size": 22528, "logit_scale": 0.0625, "max_position_embeddings": 8192, "model_type": "cohere",
            "num_attention_heads": 64, "num_hidden_layers": 40, "num_key_value_heads": 64, "use_qk_norm": false,
            "vocab_size": 256000})";
        const auto r = HfConfig::parse(commandR, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->parameters, qint64(34980831232));
        QCOMPARE(r->layerCount(LayerKind::Full), 40);
        QByteArray normed = commandR;
        normed.replace("\"use_qk_norm\": false", "\"use_qk_norm\": true");
        const auto rn = HfConfig::parse(normed, &error);
        QVERIFY2(rn, qPrintable(error));
        QCOMPARE(rn->parameters, qint64(34980831232) + 40 * 16384);
    }

    void deepseekV32IndexerFromConfig()
    {
        // deepseek-ai/DeepSeek-V3.2-Exp's config.json (https://huggingface.co/deepseek-ai/DeepSeek-V3.2-Exp/blob/main/config.json),
        // the fields the planner reads: DeepSeek-V3's (671,026,419,200 parameters, the catalogue's) and a lightning
        // indexer in every layer (DeepSeek's inference/model.py, class Indexer): wq_b 1,536 × 64 × 128 = 12,582,912,
        // wk 7,168 × 128 = 917,504, its LayerNorm 2 × 128 = 256, weights_proj 7,168 × 64 = 458,752:
        // 13,959,424 a layer, 851,524,864 over 61; 671,877,944,064 in all.
        const QByteArray config = R"({"architectures": ["DeepseekV32ForCausalLM"], "model_type": "deepseek_v32",
            "first_k_dense_replace": 3, "hidden_size": 7168, "index_head_dim": 128, "index_n_heads": 64,
            "index_topk": 2048, "intermediate_size": 18432, "kv_lora_rank": 512, "max_position_embeddings": 163840,
            "moe_intermediate_size": 2048, "n_routed_experts": 256, "n_shared_experts": 1, "num_attention_heads": 128,
            "num_experts_per_tok": 8, "num_hidden_layers": 61, "num_key_value_heads": 128, "q_lora_rank": 1536,
            "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "tie_word_embeddings": false, "v_head_dim": 128,
            "vocab_size": 129280})";
        QString error;
        const auto m = HfConfig::parse(config, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->parameters, qint64(671877944064));
        QCOMPARE(m->indexHeadDim, 128);
        QCOMPARE(m->fileWeightBytes, qint64(0)); // no quantization_config: not as stored
        // As published, with DeepSeek-V3's quantization_config (FP8, a float32 scale per 128 × 128 block): V3's
        // 673,150,582,112 B (the catalogue's, worked in its source) and per layer the indexer's wq_b 8,192 × 1,536
        // in FP8 (12,582,912 B, 64 × 12 scales: 3,072 B) and wk 128 × 7,168 (917,504 B, 1 × 56 scales: 224 B),
        // its weights_proj 64 × 7,168 and LayerNorm 256 in BF16 (918,016 B): 14,421,728 B, 879,725,408 over 61.
        QByteArray stored = config;
        stored.replace("\"q_lora_rank\": 1536,", "\"q_lora_rank\": 1536, \"quantization_config\": {\"quant_method\": \"fp8\", "
                                               "\"fmt\": \"e4m3\", \"weight_block_size\": [128, 128]},");
        const auto fp8Stored = HfConfig::parse(stored, &error);
        QVERIFY2(fp8Stored, qPrintable(error));
        QCOMPARE(fp8Stored->fileWeightBytes, qint64(673150582112) + 61 * qint64(14421728));
        QCOMPARE(fp8Stored->fileWeightBytes, qint64(674030307520));
        QCOMPARE(fp8Stored->fileWeightType, QStringLiteral("FP8 128×128 blocks, BF16"));
        // The cache a token and layer: the latent and RoPE key, 576 values in the cache's type, and the index
        // key, 128 FP8 values and one fp32 scale = 132 B whatever the cache's type.
        //   BF16: 61 × (2 × 576 + 132) = 78,324 B;  FP8: 61 × (576 + 132) = 43,188 B.
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        const DataType fp8 = *Catalog::builtIn().dataType(QStringLiteral("fp8"));
        QCOMPARE(KvProfile::build(*m, bf16, EstimateMethod::Exact).bytesPerToken(), qint64(78324));
        QCOMPARE(KvProfile::build(*m, fp8, EstimateMethod::Exact).bytesPerToken(), qint64(43188));
        for (const auto &[tokens, requests] : {std::pair{qint64(4096), qint64(1)}, std::pair{qint64(4096), qint64(8)},
                                               std::pair{qint64(131072), qint64(1)}, std::pair{qint64(131072), qint64(8)}}) {
            MemoryModel model(EstimateInput{*m, bf16, bf16, EstimateMethod::Exact, tokens, requests, 100000, {}});
            QVERIFY2(model.isValid(), qPrintable(model.error()));
            QCOMPARE(model.bytes().kvCache, qint64(78324) * tokens * requests);
        }
        MemoryModel exact(EstimateInput{*m, bf16, bf16, EstimateMethod::Exact, 4096, 1, 100000, {}});
        const QString formula = exact.explain(ByteUnit::GB, QLocale::c()).kvPerToken.formula;
        QVERIFY2(formula.contains(QStringLiteral("indexer key 128 × 1 B + 1 × 4 B scale")), qPrintable(formula));
        // vLLM pages the index keys beside the latent, 64 tokens a block, and SGLang's NSA pool holds the
        // same bytes a token (tst_engines works both through); TensorRT-LLM is not modelled: it says so.
        const MemoryModel vllm(EstimateInput{*m, bf16, bf16, EstimateMethod::Vllm, 4096, 1, 100000, {}});
        QVERIFY2(vllm.isValid(), qPrintable(vllm.error()));
        QCOMPARE(vllm.vllm().kvBytesPerToken, qint64(78324));
        const MemoryModel sglang(EstimateInput{*m, bf16, bf16, EstimateMethod::Sglang, 4096, 1, 100000, {}});
        QVERIFY2(sglang.isValid(), qPrintable(sglang.error()));
        QCOMPARE(sglang.vllm().kvBytesPerToken, qint64(78324));
        const MemoryModel trt(EstimateInput{*m, bf16, bf16, EstimateMethod::TrtLlm, 4096, 1, 100000, {}});
        QVERIFY(!trt.isValid());
        QVERIFY2(trt.error().contains(QStringLiteral("indexer")), qPrintable(trt.error()));
        // Saved in the model library and read back, the indexer stays.
        ModelLibrary library(path(QStringLiteral("v32/imported-models.json")));
        QVERIFY(library.load(&error));
        library.add(*m, {});
        QVERIFY2(library.save(&error), qPrintable(error));
        ModelLibrary again(path(QStringLiteral("v32/imported-models.json")));
        QVERIFY2(again.load(&error), qPrintable(error));
        QCOMPARE(again.models().first().indexHeadDim, 128);
        QCOMPARE(KvProfile::build(again.models().first(), bf16, EstimateMethod::Exact).bytesPerToken(), qint64(78324));
        // Without the indexer the same config is DeepSeek-V3's.
        QByteArray v3 = config;
        v3.replace("\"index_head_dim\": 128, \"index_n_heads\": 64,", "");
        v3.replace("deepseek_v32", "deepseek_v3");
        const auto plain = HfConfig::parse(v3, &error);
        QVERIFY2(plain, qPrintable(error));
        QCOMPARE(plain->parameters, qint64(671026419200));
        QCOMPARE(KvProfile::build(*plain, bf16, EstimateMethod::Exact).bytesPerToken(), qint64(61) * 2 * 576);
    }

    void gemma3VisionTowerFromConfig()
    {
        // google/gemma-3-4b-it's config.json (https://huggingface.co/google/gemma-3-4b-it/blob/main/config.json): its
        // text_config leaves the head counts, head_dim, vocabulary and context to Gemma3TextConfig's defaults (8
        // heads, 4 KV heads of 256, 262,208 tokens, 131,072 positions). Worked by hand from transformers' modules:
        //   language model: embeddings (tied) 262,208 × 2,560 = 671,252,480, final norm 2,560; a layer: q and o
        //     2 × 2,560 × 2,048, k and v 2 × 2,560 × 1,024 = 15,728,640, q/k norms 512, MLP 3 × 2,560 × 10,240
        //     = 78,643,200, four norms 10,240: 94,382,592 × 34 = 3,209,008,128; 3,880,263,168 in all;
        //   SigLIP tower: patch convolution 3 × 14 × 14 × 1,152 + 1,152 = 678,528, positions (896 / 14)² × 1,152
        //     = 4,718,592; a layer: q, k, v, o with biases 4 × (1,152² + 1,152) = 5,313,024, MLP 1,152 × 4,304
        //     + 4,304 + 4,304 × 1,152 + 1,152 = 9,921,872, two LayerNorms 4,608: 15,239,504 × 27 = 411,466,608;
        //     post LayerNorm 2,304; no head: 416,866,032;
        //   projector: 1,152 × 2,560 + an RMS norm of 1,152 = 2,950,272.
        //   3,880,263,168 + 416,866,032 + 2,950,272 = 4,300,079,472 — the safetensors total on the model page.
        const QByteArray config = R"({"architectures": ["Gemma3ForConditionalGeneration"], "boi_token_index": 255999,
            "eoi_token_index": 256000, "image_token_index": 262144, "mm_tokens_per_image": 256, "model_type": "gemma3",
            "text_config": {"hidden_size": 2560, "intermediate_size": 10240, "model_type": "gemma3_text",
            "num_hidden_layers": 34, "rope_scaling": {"factor": 8.0, "rope_type": "linear"}, "sliding_window": 1024},
            "torch_dtype": "bfloat16", "vision_config": {"hidden_size": 1152, "image_size": 896,
            "intermediate_size": 4304, "model_type": "siglip_vision_model", "num_attention_heads": 16,
            "num_hidden_layers": 27, "patch_size": 14, "vision_use_head": false}})";
        QString error;
        const auto m = HfConfig::parse(config, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->parameters, qint64(4300079472));
        QCOMPARE(m->towerParameters, qint64(416866032 + 2950272));
        QCOMPARE(m->heads, 8);
        QCOMPARE(m->kvHeads, 4);
        QCOMPARE(m->headDim, 256);
        QCOMPARE(m->maxContext, 131072);
        // The cache comes from the language model: 2 × 2 B × 4 × 256 = 4,096 B a layer and token; 5 of every
        // 6 layers keep 1,024 tokens (29 sliding, 5 full).
        QCOMPARE(m->layerCount(LayerKind::Sliding), 29);
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        QCOMPARE(KvProfile::build(*m, bf16, EstimateMethod::Exact).bytesPerRequest(131072),
                 Wide(5) * 4096 * 131072 + Wide(29) * 4096 * 1024);
        // Gemma 3 27B (https://huggingface.co/google/gemma-3-27b-it/blob/main/config.json): the same tower, a
        // projector of 1,152 × 5,376 + 1,152; its language model 27,009,346,304: 27,432,406,640 in all.
        QJsonObject big = QJsonDocument::fromJson(config).object();
        big.insert(QStringLiteral("text_config"),
                   QJsonDocument::fromJson(R"({"head_dim": 128, "hidden_size": 5376, "intermediate_size": 21504,
                       "model_type": "gemma3_text", "num_attention_heads": 32, "num_hidden_layers": 62,
                       "num_key_value_heads": 16, "query_pre_attn_scalar": 168, "sliding_window": 1024})").object());
        const auto m27 = HfConfig::read(big, &error);
        QVERIFY2(m27, qPrintable(error));
        QCOMPARE(m27->parameters, qint64(27432406640));
        // Gemma 3 12B (https://huggingface.co/google/gemma-3-12b-it/blob/main/config.json), worked by hand: embeddings
        // 262,208 × 3,840 = 1,006,878,720 (tied); a layer's attention 2 × 3,840 × 4,096 + 2 × 3,840 × 2,048 =
        // 47,185,920 with Q/K norms 512, its MLP 3 × 3,840 × 15,360 = 176,947,200 and four norms 15,360:
        // 224,148,992 × 48 = 10,759,151,616; the final norm 3,840: 11,766,034,176. The tower 416,866,032 and the
        // projector 1,152 × 3,840 + 1,152 = 4,424,832: 12,187,325,040 in all.
        QJsonObject mid = QJsonDocument::fromJson(config).object();
        mid.insert(QStringLiteral("text_config"),
                   QJsonDocument::fromJson(R"({"hidden_size": 3840, "intermediate_size": 15360, "model_type": "gemma3_text",
                       "num_attention_heads": 16, "num_hidden_layers": 48, "num_key_value_heads": 8,
                       "sliding_window": 1024})").object());
        const auto m12 = HfConfig::read(mid, &error);
        QVERIFY2(m12, qPrintable(error));
        QCOMPARE(m12->parameters, qint64(12187325040));
        QCOMPARE(m12->towerParameters, qint64(421290864));
        QCOMPARE(m12->headDim, 256);
        QCOMPARE(m12->layerCount(LayerKind::Sliding), 40);
        // A tower the planner does not know is left out.
        QJsonObject other = big;
        QJsonObject vision = other.value(QStringLiteral("vision_config")).toObject();
        vision.insert(QStringLiteral("model_type"), QStringLiteral("some_other_vision_model"));
        other.insert(QStringLiteral("vision_config"), vision);
        const auto textOnly = HfConfig::read(other, &error);
        QVERIFY2(textOnly, qPrintable(error));
        QCOMPARE(textOnly->parameters, qint64(27009346304));
        QCOMPARE(textOnly->towerParameters, qint64(0));
        // Imported from a file, the source names the tower.
        QVERIFY(QDir().mkpath(path(QStringLiteral("gemma3-4b"))));
        QVERIFY(testfiles::write(path(QStringLiteral("gemma3-4b/config.json")), config));
        const auto imported = ModelImporter::importPath(path(QStringLiteral("gemma3-4b/config.json")), &error);
        QVERIFY2(imported, qPrintable(error));
        QVERIFY2(imported->parametersSource.contains(QStringLiteral("vision tower")), qPrintable(imported->parametersSource));
        QVERIFY(imported->parametersSource.contains(QStringLiteral("419,816,304")));
    }

    void minimaxM2FromConfig()
    {
        // MiniMaxAI/MiniMax-M2's config.json (https://huggingface.co/MiniMaxAI/MiniMax-M2/blob/main/config.json), the
        // fields the planner reads. Worked by hand from transformers' MiniMaxM2 modules:
        //   embeddings and the untied head 2 × 200,064 × 3,072 = 1,229,193,216; final norm 3,072;
        //   attention: q and o 2 × 3,072 × 6,144 = 37,748,736, k and v 2 × 3,072 × 1,024 = 6,291,456, q/k norms
        //     over every head's channels (per_layer) 6,144 + 1,024 = 7,168: 44,047,360; two norms 6,144;
        //   experts: 256 × 3 × 3,072 × 1,536 = 3,623,878,656, router 3,072 × 256 and its score bias 256:
        //     3,624,665,344.
        //   1,229,196,288 + 62 × 3,668,718,848 = 228,689,764,864 — the card's 229B (its multi-token-prediction
        //   modules are not loaded by transformers).
        const QByteArray config = R"({"architectures": ["MiniMaxM2ForCausalLM"], "attn_type_list": [1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], "head_dim": 128, "hidden_size": 3072,
            "intermediate_size": 1536, "max_position_embeddings": 196608, "model_type": "minimax_m2",
            "num_attention_heads": 48, "num_experts_per_tok": 8, "num_hidden_layers": 62, "num_key_value_heads": 8,
            "num_local_experts": 256, "num_mtp_modules": 3, "qk_norm_type": "per_layer", "rotary_dim": 64,
            "scoring_func": "sigmoid", "tie_word_embeddings": false, "use_mtp": true, "use_qk_norm": true,
            "use_routing_bias": true, "vocab_size": 200064})";
        QString error;
        const auto m = HfConfig::parse(config, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->parameters, qint64(228689764864));
        QCOMPARE(m->experts, 256);
        // The cache: 62 × 2 × 8 × 128 × 2 B = 253,952 B a token, every layer full.
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        for (const auto &[tokens, requests] : {std::pair{qint64(4096), qint64(1)}, std::pair{qint64(4096), qint64(8)},
                                               std::pair{qint64(131072), qint64(1)}, std::pair{qint64(131072), qint64(8)}}) {
            MemoryModel model(EstimateInput{*m, bf16, bf16, EstimateMethod::Exact, tokens, requests, 100000, {}});
            QVERIFY2(model.isValid(), qPrintable(model.error()));
            QCOMPARE(model.bytes().kvCache, qint64(253952) * tokens * requests);
        }
        // Lightning (linear) attention layers, as in MiniMax-01, are refused by name.
        QByteArray lightning = config;
        lightning.replace("[1, 1, 1, 1, 1, 1,", "[0, 1, 1, 1, 1, 1,");
        QVERIFY(!HfConfig::parse(lightning, &error));
        QVERIFY2(error.contains(QStringLiteral("attn_type_list")), qPrintable(error));
    }

    void wrappersReadAsTheirTextModel()
    {
        // Qwen/Qwen3-VL-8B-Instruct's config.json (https://huggingface.co/Qwen/Qwen3-VL-8B-Instruct/blob/main/config.json):
        // a qwen3_vl wrapper whose text_config is qwen3_vl_text, Qwen3's architecture: the language model counts
        // as Qwen3-8B's 8,190,735,360 (the catalogue's). Its vision tower, worked by hand from transformers'
        // Qwen3VLVisionModel:
        //   patch Conv3d 3 × 2 × 16 × 16 × 1,152 + 1,152 = 1,770,624; position embedding 2,304 × 1,152 = 2,654,208;
        //   27 blocks of two LayerNorms 4,608, qkv 1,152 × 3,456 + 3,456 = 3,984,768, proj 1,328,256, fc1
        //     1,152 × 4,304 + 4,304 = 4,962,512, fc2 4,959,360: 15,239,504 each, 411,466,608;
        //   merger: LayerNorm 2,304, fc1 4,608 × 4,608 + 4,608 = 21,238,272, fc2 4,608 × 4,096 + 4,096 =
        //     18,878,464: 40,119,040; three deepstack mergers with a LayerNorm of 4,608 (9,216): 120,377,856.
        //   576,388,336 in the tower, 8,767,123,696 in all.
        const QByteArray config = R"({"architectures": ["Qwen3VLForConditionalGeneration"], "model_type": "qwen3_vl",
            "text_config": {"head_dim": 128, "hidden_size": 4096, "intermediate_size": 12288,
            "max_position_embeddings": 262144, "model_type": "qwen3_vl_text", "num_attention_heads": 32,
            "num_hidden_layers": 36, "num_key_value_heads": 8, "tie_word_embeddings": false, "vocab_size": 151936},
            "tie_word_embeddings": false, "vision_config": {"deepstack_visual_indexes": [8, 16, 24], "depth": 27,
            "hidden_act": "gelu_pytorch_tanh", "hidden_size": 1152, "in_channels": 3, "initializer_range": 0.02,
            "intermediate_size": 4304, "model_type": "qwen3_vl", "num_heads": 16, "num_position_embeddings": 2304,
            "out_hidden_size": 4096, "patch_size": 16, "spatial_merge_size": 2, "temporal_patch_size": 2}})";
        QString error;
        const auto m = HfConfig::parse(config, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->towerParameters, qint64(576388336));
        QCOMPARE(m->parameters, Catalog::builtIn().model(QStringLiteral("qwen3-8b"))->parameters + 576388336);
        QCOMPARE(m->parameters, qint64(8767123696));
        QCOMPARE(m->maxContext, 262144);
        QVERIFY(QDir().mkpath(path(QStringLiteral("qwen3-vl"))));
        QVERIFY(testfiles::write(path(QStringLiteral("qwen3-vl/config.json")), config));
        const auto imported = ModelImporter::importPath(path(QStringLiteral("qwen3-vl/config.json")), &error);
        QVERIFY2(imported, qPrintable(error));
        QVERIFY2(imported->parametersSource.contains(QStringLiteral("vision tower")), qPrintable(imported->parametersSource));
        // A tower the planner does not know (Llama 4's, Pixtral's) is left out, and the import says so.
        QJsonObject other = QJsonDocument::fromJson(config).object();
        other.insert(QStringLiteral("model_type"), QStringLiteral("qwen3_vl_unknown"));
        QJsonObject otherText = other.value(QStringLiteral("text_config")).toObject();
        otherText.insert(QStringLiteral("model_type"), QStringLiteral("qwen3"));
        other.insert(QStringLiteral("text_config"), otherText);
        QVERIFY(testfiles::write(path(QStringLiteral("qwen3-vl/config.json")), QJsonDocument(other).toJson()));
        const auto untold = ModelImporter::importPath(path(QStringLiteral("qwen3-vl/config.json")), &error);
        QVERIFY2(untold, qPrintable(error));
        QCOMPARE(untold->towerParameters, qint64(0));
        QVERIFY2(untold->parametersSource.contains(QStringLiteral("not counted")), qPrintable(untold->parametersSource));
        // The MoE variant's text model reads as qwen3_moe.
        QJsonObject moe = QJsonDocument::fromJson(config).object();
        QJsonObject text = moe.value(QStringLiteral("text_config")).toObject();
        text.insert(QStringLiteral("model_type"), QStringLiteral("qwen3_vl_moe_text"));
        text.insert(QStringLiteral("num_experts"), 128);
        text.insert(QStringLiteral("moe_intermediate_size"), 768);
        text.insert(QStringLiteral("num_experts_per_tok"), 8);
        moe.insert(QStringLiteral("text_config"), text);
        const auto m2 = HfConfig::read(moe, &error);
        QVERIFY2(m2, qPrintable(error));
        QCOMPARE(m2->experts, 128);
    }

    void mistral3WithPixtral()
    {
        // mistralai/Mistral-Small-3.1-24B-Instruct-2503's config.json
        // (https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503/blob/main/config.json): a mistral3
        // wrapper around Mistral Small 24B and a Pixtral tower. Worked by hand from transformers' modules:
        //   text: embeddings and head 2 × 131,072 × 5,120 = 1,342,177,280; 40 layers of attention 52,428,800, gated
        //     MLP 3 × 5,120 × 32,768 = 503,316,480 and two norms 10,240; final norm 5,120: 23,572,403,200;
        //   Pixtral: patch convolution 3 × 14 × 14 × 1,024 = 602,112, ln_pre 1,024, 24 layers of two norms 2,048,
        //     q/k/v/o 4 × 1,024 × 1,024 and a gated MLP 3 × 1,024 × 4,096: 402,702,336;
        //   projector: norm 1,024, patch merger 4,096 × 1,024, linear_1 1,024 × 5,120, linear_2 5,120 × 5,120,
        //     no biases: 35,652,608.
        //   438,958,080 beside the language model, 24,011,361,280 in all.
        const QByteArray config = R"({"architectures": ["Mistral3ForConditionalGeneration"], "image_token_index": 10,
            "model_type": "mistral3", "multimodal_projector_bias": false, "projector_hidden_act": "gelu",
            "spatial_merge_size": 2, "text_config": {"head_dim": 128, "hidden_act": "silu", "hidden_size": 5120,
            "intermediate_size": 32768, "max_position_embeddings": 131072, "model_type": "mistral",
            "num_attention_heads": 32, "num_hidden_layers": 40, "num_key_value_heads": 8, "rms_norm_eps": 1e-05,
            "rope_theta": 1000000000.0, "sliding_window": null, "vocab_size": 131072}, "torch_dtype": "bfloat16",
            "vision_config": {"head_dim": 64, "hidden_act": "silu", "hidden_size": 1024, "image_size": 1540,
            "intermediate_size": 4096, "model_type": "pixtral", "num_attention_heads": 16, "num_channels": 3,
            "num_hidden_layers": 24, "patch_size": 14, "rope_theta": 10000.0}, "vision_feature_layer": -1})";
        QString error;
        const auto m = HfConfig::parse(config, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->towerParameters, qint64(438958080));
        QCOMPARE(m->parameters, qint64(24011361280));
        QCOMPARE(m->parameters - m->towerParameters, qint64(23572403200));
        // The cache is the text model's: 40 × 2 × 8 × 128 × 2 B = 163,840 B a token, no window.
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        QCOMPARE(KvProfile::build(*m, bf16, EstimateMethod::Exact).bytesPerToken(), qint64(163840));
        QCOMPARE(m->slidingWindow, 0);
    }

    void nestedTextConfig()
    {
        // Gemma 3 multimodal: the language model's fields live in text_config.
        const QJsonObject config{
            {QStringLiteral("model_type"), QStringLiteral("gemma3")},
            {QStringLiteral("vision_config"), QJsonObject{{QStringLiteral("hidden_size"), 1152}}},
            {QStringLiteral("text_config"),
             QJsonObject{{QStringLiteral("model_type"), QStringLiteral("gemma3_text")},
                         {QStringLiteral("num_hidden_layers"), 62}, {QStringLiteral("hidden_size"), 5376},
                         {QStringLiteral("num_attention_heads"), 32}, {QStringLiteral("num_key_value_heads"), 16},
                         {QStringLiteral("head_dim"), 128}, {QStringLiteral("intermediate_size"), 21504},
                         {QStringLiteral("vocab_size"), 262208}, {QStringLiteral("max_position_embeddings"), 131072},
                         {QStringLiteral("sliding_window"), 1024}, {QStringLiteral("sliding_window_pattern"), 6}}}};
        QString error;
        const auto m = HfConfig::read(config, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->layers, 62);
        QCOMPARE(m->globalEvery, 6);
        QCOMPARE(m->slidingLayerCount(), 62 - 10);
        QVERIFY(m->tiedEmbeddings);
        // 10 global layers keep every token, 52 keep 1024: 2 × 2 B × 16 × 128 = 8,192 B per layer and token.
        const DataType fp16 = *Catalog::builtIn().dataType(QStringLiteral("fp16"));
        QCOMPARE(KvProfile::build(*m, fp16, EstimateMethod::Exact).bytesPerRequest(4096),
                 Wide(10) * 8192 * 4096 + Wide(52) * 8192 * 1024);
    }

    // Qwen3-Next-80B-A3B-Instruct's config.json
    // (https://huggingface.co/Qwen/Qwen3-Next-80B-A3B-Instruct/blob/main/config.json), the fields the planner reads.
    static QJsonObject qwen3NextConfig()
    {
        return QJsonDocument::fromJson(R"({
            "architectures": ["Qwen3NextForCausalLM"], "model_type": "qwen3_next", "decoder_sparse_step": 1,
            "full_attention_interval": 4, "head_dim": 256, "hidden_act": "silu", "hidden_size": 2048,
            "intermediate_size": 5120, "linear_conv_kernel_dim": 4, "linear_key_head_dim": 128,
            "linear_num_key_heads": 16, "linear_num_value_heads": 32, "linear_value_head_dim": 128,
            "max_position_embeddings": 262144, "mlp_only_layers": [], "moe_intermediate_size": 512,
            "norm_topk_prob": true, "num_attention_heads": 16, "num_experts": 512, "num_experts_per_tok": 10,
            "num_hidden_layers": 48, "num_key_value_heads": 2, "partial_rotary_factor": 0.25,
            "rms_norm_eps": 1e-06, "rope_theta": 10000000, "shared_expert_intermediate_size": 512,
            "tie_word_embeddings": false, "torch_dtype": "bfloat16", "vocab_size": 151936})")
            .object();
    }

    void hybridQwen3Next()
    {
        QString error;
        const auto m = HfConfig::read(qwen3NextConfig(), &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->recurrentMixer, RecurrentMixer::GatedDeltaNet);
        // Every 4th layer full attention: 12 of 48; the other 36 Gated DeltaNet.
        QCOMPARE(m->layerCount(LayerKind::Full), 12);
        QCOMPARE(m->layerCount(LayerKind::Recurrent), 36);
        QCOMPARE(m->layerKind(3), LayerKind::Full);
        QCOMPARE(m->layerKind(4), LayerKind::Recurrent);
        // Parameters, by hand: embeddings and untied head 2 × 151,936 × 2,048 = 622,329,856, final norm 2,048;
        // full attention (gated: q twice as wide) 2,048 × 8,192 + 2 × 2,048 × 512 + 4,096 × 2,048 + 2 × 256
        // = 27,263,488 × 12; Gated DeltaNet 2,048 × (2 × 2,048 + 2 × 4,096) + 2,048 × 64 + 8,192 × 4 + 64 + 128
        // + 4,096 × 2,048 = 33,718,464 × 36; MoE 2,048 × 512 + 512 × 3 × 2,048 × 512 + 3 × 2,048 × 512 + 2,048
        // = 1,614,809,088 and two norms 4,096, × 48. Total 79,674,391,296 (the 81.3B on the model page also
        // holds the multi-token-prediction layer, which transformers does not load).
        QCOMPARE(m->parameters, qint64(79674391296));
        // The cache: 12 attention layers × 2 × 2 KV heads × 256 × 2 B (BF16) = 24,576 B per token; each of the
        // 36 recurrent layers keeps 3 × (2 × 2,048 + 4,096) = 24,576 convolution inputs and 32 × 128 × 128 =
        // 524,288 state values, in the model's BF16 (no mamba_ssm_dtype): 1,097,728 B; 39,518,208 B a sequence.
        QCOMPARE(m->recurrentStateBytesPerSequence(), qint64(39518208));
        const DataType bf16 = *Catalog::builtIn().dataType(QStringLiteral("bf16"));
        const KvProfile kv = KvProfile::build(*m, bf16, EstimateMethod::Exact);
        QCOMPARE(kv.bytesPerToken(), qint64(24576));
        QCOMPARE(kv.stateBytesPerRequest(), qint64(39518208));
        // At 4K and 128K tokens, 1 and 8 requests.
        for (const auto &[tokens, requests, bytes] :
             {std::tuple{qint64(4096), qint64(1), qint64(140181504)}, std::tuple{qint64(4096), qint64(8), qint64(1121452032)},
              std::tuple{qint64(131072), qint64(1), qint64(3260743680)},
              std::tuple{qint64(131072), qint64(8), qint64(26085949440)}}) {
            MemoryModel model(EstimateInput{*m, bf16, bf16, EstimateMethod::Exact, tokens, requests, 100000, {}});
            QVERIFY2(model.isValid(), qPrintable(model.error()));
            QCOMPARE(model.bytes().kvCache, bytes);
            QCOMPARE(model.bytes().recurrentState, 39518208 * requests);
        }
        // The formula names both parts. vLLM and llama.cpp keep the state (tst_engines); Ollama says it does not model it.
        MemoryModel exact(EstimateInput{*m, bf16, bf16, EstimateMethod::Exact, 4096, 1, 100000, {}});
        const QString formula = exact.explain(ByteUnit::GB, QLocale::c()).kvCache.formula;
        QVERIFY2(formula.contains(QStringLiteral("36 recurrent layers")), qPrintable(formula));
        QVERIFY(formula.contains(QStringLiteral("12 full layers")));
        MemoryModel vllm(EstimateInput{*m, bf16, bf16, EstimateMethod::Vllm, 4096, 1, 100000, {}});
        QVERIFY2(vllm.isValid(), qPrintable(vllm.error()));
        MemoryModel ollama(EstimateInput{*m, bf16, bf16, EstimateMethod::Ollama, 4096, 1, 100000, {}});
        QVERIFY(!ollama.isValid());
        QVERIFY(ollama.error().contains(QStringLiteral("recurrent")));
    }

    void hybridQwen35WithVisionTower()
    {
        // Qwen3.5-35B-A3B (https://huggingface.co/Qwen/Qwen3.5-35B-A3B/blob/main/config.json): a vision wrapper
        // around qwen3_5_moe_text, its SSM state in float32.
        const QJsonObject text = QJsonDocument::fromJson(R"({
            "model_type": "qwen3_5_moe_text", "num_hidden_layers": 40, "full_attention_interval": 4,
            "hidden_size": 2048, "vocab_size": 248320, "num_attention_heads": 16, "num_key_value_heads": 2,
            "head_dim": 256, "attn_output_gate": true, "linear_num_key_heads": 16, "linear_num_value_heads": 32,
            "linear_key_head_dim": 128, "linear_value_head_dim": 128, "linear_conv_kernel_dim": 4,
            "num_experts": 256, "num_experts_per_tok": 8, "moe_intermediate_size": 512,
            "shared_expert_intermediate_size": 512, "tie_word_embeddings": false, "mamba_ssm_dtype": "float32",
            "max_position_embeddings": 262144, "dtype": "bfloat16"})")
                                     .object();
        // Its vision tower as Qwen3_5VisionConfig defaults it, projecting to the text width of 2,048.
        const QJsonObject vision = QJsonDocument::fromJson(R"({"depth": 27, "hidden_size": 1152,
            "hidden_act": "gelu_pytorch_tanh", "intermediate_size": 4304, "num_heads": 16, "in_channels": 3,
            "patch_size": 16, "spatial_merge_size": 2, "temporal_patch_size": 2, "out_hidden_size": 2048,
            "num_position_embeddings": 2304, "model_type": "qwen3_5"})")
                                       .object();
        const QJsonObject config{{QStringLiteral("model_type"), QStringLiteral("qwen3_5_moe")},
                                 {QStringLiteral("text_config"), text},
                                 {QStringLiteral("vision_config"), vision}};
        QVERIFY(QDir().mkpath(path(QStringLiteral("qwen35"))));
        const QString file = path(QStringLiteral("qwen35/config.json"));
        QVERIFY(testfiles::write(file, QJsonDocument(config).toJson()));
        QString error;
        const auto m = ModelImporter::importPath(file, &error);
        QVERIFY2(m, qPrintable(error));
        // 2 × 248,320 × 2,048 + 2,048 + 10 × 27,263,488 + 30 × 33,718,464 + 40 × (256 × (2,048 + 3 × 2,048 × 512)
        // + 3 × 2,048 × 512 + 2,048 + 4,096) = 34,660,610,688 in the language model. The tower is Qwen3-VL's
        // without its deepstack mergers (Qwen3_5VisionModel deletes them): patch Conv3d 1,770,624, positions
        // 2,654,208, 27 blocks 411,466,608, merger LayerNorm 2,304, fc1 21,238,272 and fc2 4,608 × 2,048 + 2,048 =
        // 9,439,232: 446,571,248. 35,107,181,936 in all, and the import says the tower is counted.
        QCOMPARE(m->towerParameters, qint64(446571248));
        QCOMPARE(m->parameters, qint64(34660610688) + 446571248);
        QVERIFY2(m->parametersSource.contains(QStringLiteral("vision")), qPrintable(m->parametersSource));
        // 30 recurrent layers × (24,576 × 2 B + 524,288 × 4 B) = 64,389,120 B a sequence.
        QCOMPARE(m->ssmStateBytes, 4);
        QCOMPARE(m->recurrentStateBytesPerSequence(), qint64(64389120));
        // Kept in the library and read back the same.
        ModelLibrary library(path(QStringLiteral("qwen35/library.json")));
        library.add(*m);
        QVERIFY(library.save(&error));
        ModelLibrary again(path(QStringLiteral("qwen35/library.json")));
        QVERIFY2(again.load(&error), qPrintable(error));
        const ModelSpec &back = again.models().first();
        QCOMPARE(back.layerKinds, m->layerKinds);
        QCOMPARE(back.recurrentStateBytesPerSequence(), qint64(64389120));
        QCOMPARE(back.recurrentMixer, RecurrentMixer::GatedDeltaNet);
    }

    void kimiK2IsReadAsDeepSeekV3()
    {
        // Kimi K2's config.json (https://huggingface.co/moonshotai/Kimi-K2-Instruct/blob/main/config.json) names
        // model_type kimi_k2 for the DeepSeek-V3 architecture: the same fields give the same model.
        QJsonObject c = QJsonDocument::fromJson(R"({
            "model_type": "kimi_k2", "hidden_size": 7168, "intermediate_size": 18432, "moe_intermediate_size": 2048,
            "num_hidden_layers": 61, "num_attention_heads": 64, "num_key_value_heads": 64, "n_routed_experts": 384,
            "n_shared_experts": 1, "num_experts_per_tok": 8, "first_k_dense_replace": 1, "q_lora_rank": 1536,
            "kv_lora_rank": 512, "qk_rope_head_dim": 64, "qk_nope_head_dim": 128, "v_head_dim": 128,
            "vocab_size": 163840, "max_position_embeddings": 131072, "tie_word_embeddings": false})")
                            .object();
        QString error;
        const auto kimi = HfConfig::read(c, &error);
        QVERIFY2(kimi, qPrintable(error));
        c.insert(QStringLiteral("model_type"), QStringLiteral("deepseek_v3"));
        const auto deepseek = HfConfig::read(c, &error);
        QVERIFY2(deepseek, qPrintable(error));
        QCOMPARE(kimi->parameters, deepseek->parameters);
        QCOMPARE(kimi->attentionKind(), AttentionKind::MultiHeadLatent);
        QCOMPARE(kimi->experts, 384);
        // Worked by hand as DeepSeek-V3: embeddings and the untied head 2 × 163,840 × 7,168 = 2,348,810,240,
        // final norm 7,168; MLA attention a layer 7,168 × 1,536 + 1,536 + 1,536 × 64 × 192 + 7,168 × 576 + 512
        // + 512 × 64 × 256 + 64 × 128 × 7,168 = 101,124,096, two norms 14,336; layer 0's dense MLP
        // 3 × 7,168 × 18,432 = 396,361,728; 60 MoE layers of router 384 × 7,168 + 384 and 385 experts
        // (384 routed, 1 shared) of 3 × 7,168 × 2,048: 16,958,226,816.
        // 2,348,810,240 + 7,168 + 61 × (101,124,096 + 14,336) + 396,361,728 + 60 × 16,958,226,816
        // = 1,026,408,232,448 — the card's 1T.
        QCOMPARE(kimi->parameters, qint64(1026408232448));
        // MLA: (512 + 64) × 2 B × 61 layers = 70,272 B a token in FP16.
        const DataType fp16 = *Catalog::builtIn().dataType(QStringLiteral("fp16"));
        QCOMPARE(KvProfile::build(*kimi, fp16, EstimateMethod::Exact).bytesPerToken(), qint64(70272));
    }

    void pythonJsonAndTransformersDefaults()
    {
        // Python's json writes Infinity and NaN; a field the planner does not read may hold one
        // (Nemotron-H's time_step_limit), one it reads may not.
        QByteArray json = QJsonDocument(tinyConfig()).toJson(QJsonDocument::Compact);
        json.chop(1);
        json += ",\"time_step_limit\":[0.0,Infinity],\"initializer_range\":NaN,\"note\":\"NaN and Infinity in a string\"}";
        QString error;
        const auto m = HfConfig::parse(json, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->layers, 2);
        QByteArray bad = QJsonDocument(tinyConfig()).toJson(QJsonDocument::Compact);
        bad.replace("\"hidden_size\":256", "\"hidden_size\":-Infinity");
        QVERIFY(!HfConfig::parse(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("hidden_size")) && error.contains(QStringLiteral("-Infinity")), qPrintable(error));
        // An escaped quote does not end a string: its NaN stays as it is.
        QCOMPARE(HfConfig::quotePythonConstants("{\"a\":\"x\\\"NaN\",\"b\":NaN}"),
                 QByteArray("{\"a\":\"x\\\"NaN\",\"b\":\"NaN\"}"));
        // Gemma 3's config has no vocab_size: transformers' default, 262,208.
        QJsonObject gemma = tinyConfig();
        gemma.insert(QStringLiteral("model_type"), QStringLiteral("gemma3_text"));
        gemma.remove(QStringLiteral("vocab_size"));
        const auto g = HfConfig::read(gemma, &error);
        QVERIFY2(g, qPrintable(error));
        QCOMPARE(g->vocab, 262208);
    }

    void layerTypesFromTheConfig()
    {
        // layer_types names each layer: sliding layers take sliding_window, chunked ones attention_chunk_size.
        QJsonObject c = tinyConfig();
        c.insert(QStringLiteral("sliding_window"), 128);
        c.insert(QStringLiteral("attention_chunk_size"), 64);
        c.insert(QStringLiteral("layer_types"), QJsonArray{QStringLiteral("sliding_attention"), QStringLiteral("chunked_attention")});
        QString error;
        const auto m = HfConfig::read(c, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->layerKind(0), LayerKind::Sliding);
        QCOMPARE(m->layerKind(1), LayerKind::Chunked);
        const DataType fp16 = *Catalog::builtIn().dataType(QStringLiteral("fp16"));
        // 2 × 2 B × 2 KV heads × 64 per layer and token = 512 B: min(4,096, 128) + min(4,096, 64) tokens.
        const KvProfile kv = KvProfile::build(*m, fp16, EstimateMethod::Exact);
        QCOMPARE(kv.bytesPerRequest(4096), Wide(512) * 128 + Wide(512) * 64);
        c.insert(QStringLiteral("layer_types"), QJsonArray{QStringLiteral("full_attention")});
        QVERIFY(!HfConfig::read(c, &error));
        QVERIFY2(error.contains(QStringLiteral("layer_types")), qPrintable(error));
        c.insert(QStringLiteral("layer_types"), QJsonArray{QStringLiteral("full_attention"), QStringLiteral("warp_attention")});
        QVERIFY(!HfConfig::read(c, &error));
        QVERIFY2(error.contains(QStringLiteral("warp_attention")), qPrintable(error));
    }

    void badConfigs_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{\"model_type\": ") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "JSON object";
        QTest::newRow("no type") << QByteArray("{\"hidden_size\": 4}") << "model_type";
        QTest::newRow("unknown type") << QByteArray("{\"model_type\": \"rwkv\"}") << "rwkv";
        QJsonObject c = tinyConfig();
        c.insert(QStringLiteral("num_hidden_layers"), QStringLiteral("2"));
        QTest::newRow("string layers") << QJsonDocument(c).toJson() << "num_hidden_layers";
        c = tinyConfig();
        c.insert(QStringLiteral("hidden_size"), 1e300);
        QTest::newRow("huge hidden") << QJsonDocument(c).toJson() << "hidden_size";
        c = tinyConfig();
        c.remove(QStringLiteral("vocab_size"));
        QTest::newRow("no vocab") << QJsonDocument(c).toJson() << "vocab_size";
        c = tinyConfig();
        c.insert(QStringLiteral("num_key_value_heads"), 3);
        QTest::newRow("kv heads not dividing") << QJsonDocument(c).toJson() << "key/value";
        // Gemma 3's pattern must be at least 1 (0 would make every layer slide): the message says so.
        c = tinyConfig();
        c.insert(QStringLiteral("model_type"), QStringLiteral("gemma3_text"));
        c.insert(QStringLiteral("sliding_window"), 512);
        c.insert(QStringLiteral("sliding_window_pattern"), 0);
        QTest::newRow("gemma3 pattern 0") << QJsonDocument(c).toJson()
                                          << "field \"sliding_window_pattern\" is 0, not a whole number from 1 to 1073741824";
    }

    void badConfigs()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const QString file = path(QStringLiteral("bad-config.json"));
        QVERIFY(testfiles::write(file, json));
        QString error;
        QVERIFY(!ModelImporter::importPath(file, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("bad-config.json")));
    }

    void configAloneComputesTheCount()
    {
        const QString file = path(QStringLiteral("config.json"));
        QVERIFY(testfiles::write(file, QJsonDocument(tinyConfig()).toJson()));
        QString error;
        const auto m = ModelImporter::importPath(file, &error);
        QVERIFY2(m, qPrintable(error));
        // 2 × 300 × 256 + 256 + 2 × (256×256 + 2×256×128 + 256×256 + 3×256×512 + 2×256) = 1,103,616.
        QCOMPARE(m->parameters, qint64(2 * 300 * 256 + 256 + 2 * (65536 + 65536 + 65536 + 393216 + 512)));
        QVERIFY(m->parametersSource.contains(QStringLiteral("computed from config.json")));
        QCOMPARE(m->fileWeightBytes, qint64(0));
    }

    // --- safetensors -----------------------------------------------------------

    void safetensorsHeader()
    {
        const QByteArray file = testfiles::safetensors({{QStringLiteral("embed"), QStringLiteral("BF16"), {300, 256}, 2},
                                                        {QStringLiteral("w"), QStringLiteral("F8_E4M3"), {256, 256}, 1},
                                                        {QStringLiteral("norm"), QStringLiteral("F32"), {256}, 4}});
        QString error;
        const auto h = parseSafetensors(file, &error);
        QVERIFY2(h, qPrintable(error));
        QCOMPARE(h->tensorCount, qint64(3));
        QCOMPARE(h->parameterCount, qint64(76800 + 65536 + 256));
        QCOMPARE(h->bytesPerDtype.value(QStringLiteral("BF16")), qint64(153600));
        QCOMPARE(h->bytesPerDtype.value(QStringLiteral("F8_E4M3")), qint64(65536));
        QCOMPARE(h->bytesPerDtype.value(QStringLiteral("F32")), qint64(1024));
    }

    void safetensorsFolderWithIndex()
    {
        QDir dir(path(QStringLiteral("tiny-folder")));
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        QVERIFY(testfiles::write(dir.filePath(QStringLiteral("config.json")), QJsonDocument(tinyConfig()).toJson()));
        QVERIFY(testfiles::write(dir.filePath(QStringLiteral("model-00001-of-00002.safetensors")),
                                 testfiles::safetensors({{QStringLiteral("a"), QStringLiteral("BF16"), {300, 256}, 2}})));
        QVERIFY(testfiles::write(dir.filePath(QStringLiteral("model-00002-of-00002.safetensors")),
                                 testfiles::safetensors({{QStringLiteral("b"), QStringLiteral("F8_E4M3"), {256, 256}, 1},
                                                         {QStringLiteral("c"), QStringLiteral("F32"), {256}, 4}})));
        const QJsonObject index{{QStringLiteral("weight_map"),
                                 QJsonObject{{QStringLiteral("a"), QStringLiteral("model-00001-of-00002.safetensors")},
                                             {QStringLiteral("b"), QStringLiteral("model-00002-of-00002.safetensors")},
                                             {QStringLiteral("c"), QStringLiteral("model-00002-of-00002.safetensors")}}}};
        QVERIFY(testfiles::write(dir.filePath(QStringLiteral("model.safetensors.index.json")), QJsonDocument(index).toJson()));
        QString error;
        const auto m = ModelImporter::importPath(dir.path(), &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->parameters, qint64(76800 + 65536 + 256));
        QCOMPARE(m->fileWeightBytes, qint64(153600 + 65536 + 1024));
        QCOMPARE(m->fileWeightType, QStringLiteral("BF16 + F8_E4M3 + F32"));
        QCOMPARE(m->parametersSource, QStringLiteral("safetensors headers of 2 files"));
        QCOMPARE(m->name, QStringLiteral("tiny-folder"));
        QCOMPARE(m->layers, 2);
    }

    void quantizedWeightsAsStored()
    {
        // Qwen/Qwen2.5-7B-Instruct-AWQ's config.json (https://huggingface.co/Qwen/Qwen2.5-7B-Instruct-AWQ/blob/main/config.json):
        // Qwen2.5-7B's shape (7,615,616,512 parameters) with AWQ INT4 in groups of 128 and FP16 elsewhere.
        // AWQ keeps per matrix (out × in) qweight out × in / 2 B, and per group of 128 inputs and output
        // a 2-byte scale and a 4-bit zero point (vLLM's AWQLinearMethod: qweight, scales, qzeros), so
        // out × in × (0.5 + 2.5 / 128) B. Per layer: q and o 3,584 × 3,584 → 6,673,408 B each, k and v
        // 512 × 3,584 → 953,344 B each, gate and up 18,944 × 3,584 and down 3,584 × 18,944 → 35,273,728 B
        // each: 28 layers × 121,074,688 = 3,390,091,264 B for 6,525,288,448 weights. The other
        // 1,090,328,064 parameters (embeddings, head, norms, q/k/v biases) in FP16: 2,180,656,128 B.
        // 3,390,091,264 + 2,180,656,128 = 5,570,747,392 B.
        const QByteArray awq = R"({"architectures": ["Qwen2ForCausalLM"], "hidden_size": 3584, "intermediate_size": 18944,
            "max_position_embeddings": 32768, "model_type": "qwen2", "num_attention_heads": 28, "num_hidden_layers": 28,
            "num_key_value_heads": 4, "quantization_config": {"bits": 4, "group_size": 128, "modules_to_not_convert": null,
            "quant_method": "awq", "version": "gemm", "zero_point": true}, "tie_word_embeddings": false,
            "torch_dtype": "float16", "vocab_size": 152064})";
        QString error;
        const auto m = HfConfig::parse(awq, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->parameters, qint64(7615616512));
        QCOMPARE(m->fileWeightBytes, qint64(5570747392));
        QCOMPARE(m->fileWeightType, QStringLiteral("AWQ INT4 g128, FP16"));
        // GPTQ stores the same and a 4-byte group index per input channel (g_idx): 28 × (2 × 3,584 + 2 × 3,584
        // + 2 × 3,584 + 18,944) × 4 = 4,530,176 B more.
        QByteArray gptq = awq;
        gptq.replace("\"quant_method\": \"awq\", \"version\": \"gemm\", \"zero_point\": true", "\"quant_method\": \"gptq\", \"desc_act\": false, \"sym\": true");
        const auto g = HfConfig::parse(gptq, &error);
        QVERIFY2(g, qPrintable(error));
        QCOMPARE(g->fileWeightBytes, qint64(5570747392) + 4530176);
        QCOMPARE(g->fileWeightType, QStringLiteral("GPTQ INT4 g128, FP16"));
        // Qwen/Qwen3-8B-FP8 (https://huggingface.co/Qwen/Qwen3-8B-FP8/blob/main/config.json): FP8 weights with a
        // float32 scale per 128 × 128 block. 36 layers of q, o 4,096 × 4,096 (1,024 blocks), k, v 1,024 × 4,096
        // (256), gate, up 12,288 × 4,096 and down 4,096 × 12,288 (3,072 each): 6,945,767,424 FP8 weights and
        // 36 × 11,776 × 4 = 1,695,744 B of scales; the other 1,244,967,936 parameters in BF16, 2,489,935,872 B.
        const QByteArray fp8 = R"({"architectures": ["Qwen3ForCausalLM"], "head_dim": 128, "hidden_size": 4096,
            "intermediate_size": 12288, "max_position_embeddings": 40960, "model_type": "qwen3", "num_attention_heads": 32,
            "num_hidden_layers": 36, "num_key_value_heads": 8, "quantization_config": {"activation_scheme": "dynamic",
            "fmt": "e4m3", "modules_to_not_convert": ["lm_head"], "quant_method": "fp8", "weight_block_size": [128, 128]},
            "tie_word_embeddings": false, "torch_dtype": "bfloat16", "vocab_size": 151936})";
        const auto f = HfConfig::parse(fp8, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->parameters, qint64(8190735360));
        QCOMPARE(f->fileWeightBytes, qint64(6945767424) + 1695744 + 2489935872);
        QCOMPARE(f->fileWeightType, QStringLiteral("FP8 128×128 blocks, BF16"));
        // compressed-tensors' symmetric W4A16 (llm-compressor, format pack-quantized): weight_packed out × in / 2 B,
        // a 16-bit weight_scale per 128 inputs and output, a 16-byte weight_shape per matrix, no zero points —
        // 3,262,644,224 + 101,957,632 + 196 × 16 = 3,364,604,992 B and the same 2,180,656,128 B in BF16;
        // per channel instead, one scale per output: 3,262,644,224 + 196 × 16 + 28 × (2 × 3,584 + 2 × 512 +
        // 2 × 18,944 + 3,584) × 2 = 3,265,428,544 B.
        QByteArray qwen25 = awq;
        qwen25.replace(R"("quantization_config": {"bits": 4, "group_size": 128, "modules_to_not_convert": null,
            "quant_method": "awq", "version": "gemm", "zero_point": true},)",
                       R"("quantization_config": {"quant_method": "compressed-tensors", "format": "pack-quantized",
            "config_groups": {"group_0": {"targets": ["Linear"], "weights": {"num_bits": 4, "type": "int",
            "symmetric": true, "strategy": "group", "group_size": 128}}}, "ignore": ["lm_head"]},)");
        QVERIFY(qwen25.contains("pack-quantized"));
        const auto ct = HfConfig::parse(qwen25, &error);
        QVERIFY2(ct, qPrintable(error));
        QCOMPARE(ct->fileWeightBytes, qint64(3364604992) + 2180656128);
        QCOMPARE(ct->fileWeightType, QStringLiteral("INT4 g128 (compressed-tensors), FP16"));
        QByteArray channel = qwen25;
        channel.replace(R"("strategy": "group", "group_size": 128)", R"("strategy": "channel", "group_size": null)");
        const auto perChannel = HfConfig::parse(channel, &error);
        QVERIFY2(perChannel, qPrintable(error));
        QCOMPARE(perChannel->fileWeightBytes, qint64(5446084672));
        // A method the planner does not lay out (bitsandbytes), or groups that do not divide a row, leave the
        // bytes to the chosen type: never a guess.
        QByteArray bnb = awq;
        bnb.replace("\"quant_method\": \"awq\"", "\"quant_method\": \"bitsandbytes\"");
        QCOMPARE(HfConfig::parse(bnb, &error)->fileWeightBytes, qint64(0));
        QByteArray odd = awq;
        odd.replace("\"group_size\": 128", "\"group_size\": 100");
        QCOMPARE(HfConfig::parse(odd, &error)->fileWeightBytes, qint64(0));
    }

    void quantizedFolderMatchesItsConfig_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("awq") << QStringLiteral("awq");
        QTest::newRow("gptq") << QStringLiteral("gptq");
    }

    void quantizedFolderMatchesItsConfig()
    {
        // A tiny AWQ or GPTQ checkpoint written tensor by tensor in each format's own layout (AutoAWQ:
        // qweight [in, out / 8], qzeros [in / g, out / 8], scales [in / g, out]; GPTQ: qweight [in / 8, out],
        // the same qzeros and scales, g_idx [in]): the bytes its safetensors headers add up to equal the
        // bytes the config alone predicts, and the parameters stay the config's count, not the packed one.
        QFETCH(QString, method);
        const bool gptq = method == QLatin1String("gptq");
        QJsonObject config = tinyConfig();
        config.insert(QStringLiteral("torch_dtype"), QStringLiteral("float16"));
        config.insert(QStringLiteral("quantization_config"),
                      QJsonObject{{QStringLiteral("quant_method"), method}, {QStringLiteral("bits"), 4},
                                  {QStringLiteral("group_size"), 128}});
        QList<testfiles::SafeTensor> tensors{{QStringLiteral("model.embed_tokens.weight"), QStringLiteral("F16"), {300, 256}, 2},
                                            {QStringLiteral("lm_head.weight"), QStringLiteral("F16"), {300, 256}, 2},
                                            {QStringLiteral("model.norm.weight"), QStringLiteral("F16"), {256}, 2}};
        struct Linear { const char *name; qint64 out, in; };
        const Linear linears[] = {{"self_attn.q_proj", 256, 256}, {"self_attn.k_proj", 128, 256}, {"self_attn.v_proj", 128, 256},
                                  {"self_attn.o_proj", 256, 256}, {"mlp.gate_proj", 512, 256}, {"mlp.up_proj", 512, 256},
                                  {"mlp.down_proj", 256, 512}};
        for (int layer = 0; layer < 2; ++layer) {
            const QString prefix = QStringLiteral("model.layers.%1.").arg(layer);
            for (const char *norm : {"input_layernorm.weight", "post_attention_layernorm.weight"})
                tensors.append({prefix + QLatin1String(norm), QStringLiteral("F16"), {256}, 2});
            for (const Linear &l : linears) {
                const QString name = prefix + QLatin1String(l.name);
                tensors.append({name + QStringLiteral(".qweight"), QStringLiteral("I32"),
                                gptq ? QList<qint64>{l.in / 8, l.out} : QList<qint64>{l.in, l.out / 8}, 4});
                tensors.append({name + QStringLiteral(".qzeros"), QStringLiteral("I32"), {l.in / 128, l.out / 8}, 4});
                tensors.append({name + QStringLiteral(".scales"), QStringLiteral("F16"), {l.in / 128, l.out}, 2});
                if (gptq)
                    tensors.append({name + QStringLiteral(".g_idx"), QStringLiteral("I32"), {l.in}, 4});
            }
        }
        QDir dir(path(QStringLiteral("tiny-") + method));
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        QVERIFY(testfiles::write(dir.filePath(QStringLiteral("config.json")), QJsonDocument(config).toJson()));
        QString error;
        const auto fromConfig = ModelImporter::importPath(dir.filePath(QStringLiteral("config.json")), &error);
        QVERIFY2(fromConfig, qPrintable(error));
        QVERIFY(fromConfig->fileWeightBytes > 0);
        QVERIFY(testfiles::write(dir.filePath(QStringLiteral("model.safetensors")), testfiles::safetensors(tensors)));
        const auto fromFolder = ModelImporter::importPath(dir.path(), &error);
        QVERIFY2(fromFolder, qPrintable(error));
        QCOMPARE(fromFolder->fileWeightBytes, fromConfig->fileWeightBytes);
        QCOMPARE(fromFolder->parameters, fromConfig->parameters);
    }

    void indexTotalSizeWithoutShards()
    {
        // config.json and model.safetensors.index.json downloaded, the shards not: the index's
        // metadata.total_size is the weights' bytes as stored, the parameters stay the config's count.
        QDir dir(path(QStringLiteral("index-only")));
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        QVERIFY(testfiles::write(dir.filePath(QStringLiteral("config.json")), QJsonDocument(tinyConfig()).toJson()));
        QString error;
        const auto fromConfig = ModelImporter::importPath(dir.filePath(QStringLiteral("config.json")), &error);
        QVERIFY2(fromConfig, qPrintable(error));
        const auto indexWith = [&](const QJsonValue &total) {
            QJsonObject index{{QStringLiteral("weight_map"),
                               QJsonObject{{QStringLiteral("a"), QStringLiteral("model-00001-of-00002.safetensors")},
                                           {QStringLiteral("b"), QStringLiteral("model-00002-of-00002.safetensors")}}}};
            if (!total.isUndefined())
                index.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("total_size"), total}});
            return testfiles::write(dir.filePath(QStringLiteral("model.safetensors.index.json")), QJsonDocument(index).toJson());
        };
        QVERIFY(indexWith(QJsonValue(double(13761264768))));
        const auto m = ModelImporter::importPath(dir.path(), &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->fileWeightBytes, qint64(13761264768));
        QCOMPARE(m->fileWeightType, QStringLiteral("as published (safetensors index)"));
        QCOMPARE(m->parameters, fromConfig->parameters);
        QVERIFY2(m->parametersSource.contains(QStringLiteral("total_size")), qPrintable(m->parametersSource));
        // A total that cannot be a checkpoint's is refused by name, never taken.
        for (const QJsonValue &bad : {QJsonValue(-5), QJsonValue(0), QJsonValue(1e300), QJsonValue(QStringLiteral("13 GB")),
                                      QJsonValue(1.5)}) {
            QVERIFY(indexWith(bad));
            QVERIFY(!ModelImporter::importPath(dir.path(), &error));
            QVERIFY2(error.contains(QStringLiteral("total_size")), qPrintable(error));
        }
        // Without a total and without the shards: the shard cannot be read, as before.
        QVERIFY(indexWith(QJsonValue(QJsonValue::Undefined)));
        QVERIFY(!ModelImporter::importPath(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("model-0000")), qPrintable(error));
        // One shard present, one not: the headers are read and the missing one is named.
        QVERIFY(indexWith(QJsonValue(double(1000))));
        QVERIFY(testfiles::write(dir.filePath(QStringLiteral("model-00001-of-00002.safetensors")),
                                 testfiles::safetensors({{QStringLiteral("a"), QStringLiteral("BF16"), {300, 256}, 2}})));
        QVERIFY(!ModelImporter::importPath(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("model-00002-of-00002")), qPrintable(error));
    }

    void badSafetensors_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("mentions");
        const QByteArray good = testfiles::safetensors({{QStringLiteral("w"), QStringLiteral("F16"), {4, 4}, 2}});
        QTest::newRow("empty") << QByteArray() << "too short";
        QTest::newRow("length past end") << (le64(1000) + QByteArray("{}")) << "does not fit";
        QTest::newRow("length 2^62") << (le64(quint64(1) << 62) + QByteArray("{}")) << "does not fit";
        QTest::newRow("not json") << (le64(5) + QByteArray("{{{{{")) << "not valid JSON";
        QTest::newRow("array") << (le64(2) + QByteArray("[]")) << "not a JSON object";
        const QByteArray outside = R"({"w":{"dtype":"F16","shape":[4,4],"data_offsets":[0,3200]}})";
        QTest::newRow("offsets outside") << (le64(quint64(outside.size())) + outside + QByteArray(32, '\0')) << "outside";
        const QByteArray mismatch = R"({"w":{"dtype":"F16","shape":[4,4],"data_offsets":[0,30]}})";
        QTest::newRow("bytes mismatch") << (le64(quint64(mismatch.size())) + mismatch + QByteArray(32, '\0')) << "bytes for its shape";
        const QByteArray dtype = R"({"w":{"dtype":"Q9","shape":[4],"data_offsets":[0,4]}})";
        QTest::newRow("unknown dtype") << (le64(quint64(dtype.size())) + dtype + QByteArray(4, '\0')) << "Q9";
        const QByteArray negative = R"({"w":{"dtype":"F16","shape":[-4],"data_offsets":[0,8]}})";
        QTest::newRow("negative dim") << (le64(quint64(negative.size())) + negative + QByteArray(8, '\0')) << "dimension";
        QTest::newRow("truncated data") << good.left(good.size() - 1) << "outside";
    }

    void badSafetensors()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!parseSafetensors(file, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    // --- GGUF -------------------------------------------------------------------

    void ggufHeaderAndTensors_data()
    {
        QTest::addColumn<quint32>("version");
        QTest::newRow("v3") << quint32(3);
        QTest::newRow("v2") << quint32(2);
    }

    void ggufHeaderAndTensors()
    {
        QFETCH(quint32, version);
        const QString file = path(QStringLiteral("tiny.gguf"));
        QVERIFY(testfiles::write(file, tinyLlama(version).bytes()));
        QString error;
        const auto m = ModelImporter::importPath(file, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->name, QStringLiteral("Tiny Llama"));
        QCOMPARE(m->layers, 2);
        QCOMPARE(m->hidden, 256);
        QCOMPARE(m->heads, 4);
        QCOMPARE(m->kvHeads, 2);
        QCOMPARE(m->headDim, 64);
        QCOMPARE(m->intermediate, 512);
        QCOMPARE(m->vocab, 300);
        QCOMPARE(m->maxContext, 2048);
        QCOMPARE(m->fileWeightType, QStringLiteral("Q4_K_M"));
        QCOMPARE(m->parameters, kTinyParameters);
        QCOMPARE(m->fileWeightBytes, kTinyBytes);
        QCOMPARE(m->parametersSource, QStringLiteral("GGUF tensor table (9 tensors)"));
    }

    // A vision model's projector file (llama.cpp's --mmproj) beside its GGUF is counted as its tower; several
    // are named and none counted; one imported alone, or one that cannot be read, says so.
    void ggufProjectorBesideTheModel_data()
    {
        QTest::addColumn<QStringList>("projectors"); // files written beside the model: "name:arch" or "name:broken"
        QTest::addColumn<qint64>("towerParameters");
        QTest::addColumn<qint64>("towerBytes");
        QTest::addColumn<QString>("says");           // in the parameters' source, or the error
        // v.patch_embd 14 × 14 × 3 × 64 F16 = 37,632 elements, 75,264 B; mm.0 64 × 256 F16 = 16,384, 32,768 B;
        // mm.0.bias 256 F32 = 256, 1,024 B: 54,272 parameters, 109,056 B.
        QTest::newRow("one") << QStringList{QStringLiteral("mmproj-F16.gguf:clip")} << qint64(54272) << qint64(109056)
                             << QStringLiteral("with the vision tower and projector in mmproj-F16.gguf beside it "
                                               "(54,272 parameters, 109,056 B), which llama.cpp loads with --mmproj");
        QTest::newRow("several") << QStringList{QStringLiteral("mmproj-F16.gguf:clip"), QStringLiteral("mmproj-F32.gguf:clip")}
                                 << qint64(0) << qint64(0)
                                 << QStringLiteral("2 projector files beside it (mmproj-F16.gguf, mmproj-F32.gguf): none is counted");
        QTest::newRow("not a projector") << QStringList{QStringLiteral("notes-mmproj.gguf:llama")} << qint64(0) << qint64(0)
                                         << QStringLiteral("GGUF tensor table (9 tensors)");
        QTest::newRow("broken") << QStringList{QStringLiteral("mmproj-F16.gguf:broken")} << qint64(-1) << qint64(-1)
                                << QStringLiteral("mmproj-F16.gguf");
    }

    void ggufProjectorBesideTheModel()
    {
        QFETCH(QStringList, projectors);
        QFETCH(qint64, towerParameters);
        QFETCH(qint64, towerBytes);
        QFETCH(QString, says);
        const QString folder = path(QStringLiteral("vision-") + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY(QDir().mkpath(folder));
        const QString model = folder + QStringLiteral("/model-Q4_K_M.gguf");
        QVERIFY(testfiles::write(model, tinyLlama().bytes()));
        for (const QString &p : projectors) {
            const QString name = p.section(u':', 0, 0), arch = p.section(u':', 1);
            GgufWriter w;
            w.kvString("general.architecture", arch == QLatin1String("broken") ? "clip" : arch.toLatin1());
            w.tensor("v.patch_embd.weight", {14, 14, 3, 64}, F16);
            w.tensor("mm.0.weight", {64, 256}, F16);
            w.tensor("mm.0.bias", {256}, F32);
            const QByteArray bytes = w.bytes();
            QVERIFY(testfiles::write(folder + u'/' + name, arch == QLatin1String("broken") ? bytes.left(bytes.size() - 7) : bytes));
        }
        QString error;
        const auto m = ModelImporter::importPath(model, &error);
        if (towerParameters < 0) {
            QVERIFY(!m);
            QVERIFY2(error.contains(says), qPrintable(error));
            return;
        }
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->towerParameters, towerParameters);
        QCOMPARE(m->parameters, kTinyParameters + towerParameters);
        QCOMPARE(m->fileWeightBytes, kTinyBytes + towerBytes);
        QVERIFY2(m->parametersSource.contains(says), qPrintable(m->parametersSource));

        // The projector on its own is not a model: the message says what it is and what to import.
        if (!projectors.isEmpty() && projectors.first().endsWith(QLatin1String(":clip"))) {
            QVERIFY(!ModelImporter::importPath(folder + u'/' + projectors.first().section(u':', 0, 0), &error));
            QVERIFY2(error.contains(QStringLiteral("this is a multimodal projector (mmproj)")), qPrintable(error));
        }
    }

    void ggufLayerKindsAsLlamaCppSetsThem_data()
    {
        QTest::addColumn<QByteArray>("arch");
        QTest::addColumn<qint32>("window");     // attention.sliding_window; -1: absent
        QTest::addColumn<int>("sliding");
        QTest::addColumn<int>("chunked");
        QTest::addColumn<QString>("architecture");
        // gpt-oss: every other layer slides, from the first (set_swa_pattern(2)); 8 layers: 4 and 4.
        QTest::newRow("gpt-oss") << QByteArray("gpt-oss") << 128 << 4 << 0 << QStringLiteral("GptOssForCausalLM");
        // Gemma 3: every 6th layer global (sliding_window_pattern's default); the class Ollama keys its windows on.
        QTest::newRow("gemma3") << QByteArray("gemma3") << 512 << 7 << 0 << QStringLiteral("Gemma3ForCausalLM");
        // Llama 4: three chunked layers to one full (llama_load_hparams_llama4), window or not.
        QTest::newRow("llama4") << QByteArray("llama4") << -1 << 0 << 6 << QStringLiteral("Llama4ForConditionalGeneration");
        QTest::newRow("llama4, window 0") << QByteArray("llama4") << 0 << 0 << 0 << QStringLiteral("Llama4ForConditionalGeneration");
    }

    void ggufLayerKindsAsLlamaCppSetsThem()
    {
        QFETCH(QByteArray, arch);
        QFETCH(qint32, window);
        QFETCH(int, sliding);
        QFETCH(int, chunked);
        QFETCH(QString, architecture);
        GgufWriter w;
        w.kvString("general.architecture", arch);
        w.kvU32(arch + ".block_count", 8);
        w.kvU32(arch + ".embedding_length", 256);
        w.kvU32(arch + ".attention.head_count", 4);
        w.kvU32(arch + ".attention.head_count_kv", 2);
        w.kvU32(arch + ".context_length", 4096);
        if (window >= 0)
            w.kvU32(arch + ".attention.sliding_window", quint32(window));
        w.tensor("token_embd.weight", {256, 300}, 1);
        const QString file = path(QStringLiteral("kinds-%1.gguf").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(testfiles::write(file, w.bytes()));
        QString error;
        const auto m = ModelImporter::importPath(file, &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->layerCount(LayerKind::Sliding), sliding);
        QCOMPARE(m->layerCount(LayerKind::Chunked), chunked);
        QCOMPARE(m->layerCount(LayerKind::Full), 8 - sliding - chunked);
        QCOMPARE(m->architecture, architecture);
        if (sliding > 0) {
            QCOMPARE(m->layerKind(0), LayerKind::Sliding);
            QCOMPARE(m->layerKind(arch == "gemma3" ? 5 : 1), LayerKind::Full);
        }
        if (chunked > 0) {
            QCOMPARE(m->chunkSize, 8192);
            QCOMPARE(m->layerKind(3), LayerKind::Full);
        }
    }

    void ggufMlaWithIndexerAsTheConfigGivesIt()
    {
        // DeepSeek-V3.2 as its GGUF describes it (deepseek2: the latent as one KV head of kv_lora_rank + rope
        // = 576, the indexer's key as attention.indexer.key_length): the same KV per token as its config.json
        // import — 61 layers × (576 × 2 B + the 128-value FP8 index key with its 4-byte scale) = 78,324 B in
        // F16 under the exact method.
        QString error;
        const auto v32 = ModelImporter::importPath(
            gguf(QStringLiteral("v32.gguf"), "deepseek2",
                 {{"block_count", 61}, {"embedding_length", 7168}, {"attention.head_count", 128},
                  {"attention.head_count_kv", 1}, {"attention.key_length", 576}, {"context_length", 163840},
                  {"attention.kv_lora_rank", 512}, {"rope.dimension_count", 64}, {"attention.indexer.head_count", 64},
                  {"attention.indexer.key_length", 128}, {"attention.indexer.top_k", 2048}}),
            &error);
        QVERIFY2(v32, qPrintable(error));
        QCOMPARE(v32->indexHeadDim, 128);
        const DataType fp16 = *Catalog::builtIn().dataType(QStringLiteral("fp16"));
        const qint64 perToken = KvProfile::build(*v32, fp16, EstimateMethod::Exact).bytesPerToken();
        QCOMPARE(perToken, qint64(78324));
        QCOMPARE(perToken, KvProfile::build(*Catalog::builtIn().model(QStringLiteral("deepseek-v3.2")), fp16, EstimateMethod::Exact)
                               .bytesPerToken());
        // Without the indexer key, plain MLA (DeepSeek-V3): 61 × 1,152 = 70,272 B.
        const auto v3 = ModelImporter::importPath(
            gguf(QStringLiteral("v3.gguf"), "deepseek2",
                 {{"block_count", 61}, {"embedding_length", 7168}, {"attention.head_count", 128},
                  {"attention.head_count_kv", 1}, {"attention.key_length", 576}, {"context_length", 163840},
                  {"attention.kv_lora_rank", 512}, {"rope.dimension_count", 64}}),
            &error);
        QVERIFY2(v3, qPrintable(error));
        QCOMPARE(v3->indexHeadDim, 0);
        QCOMPARE(KvProfile::build(*v3, fp16, EstimateMethod::Exact).bytesPerToken(), qint64(70272));
        // llama.cpp keeps the indexer's key in a cache of its own, in the cache's type, K only as the
        // latent: 61 × (576 + 128) × 2 B = 85,888 B a cell from the GGUF's own keys.
        const MemoryModel run(EstimateInput{*v32, fp16, fp16, EstimateMethod::LlamaCpp, 4096, 1, 100000, {}});
        QVERIFY2(run.isValid(), qPrintable(run.error()));
        QCOMPARE(run.llamaCpp().fullBytesPerCell(), qint64(85888));
    }

    void ggufHybridLayersAsLlamaCppReadsThem()
    {
        // Qwen3.5-35B-A3B as its GGUF describes it (the 40 trunk layers plus one multi-token-prediction
        // block; ssm.* as convert_hf_to_gguf writes them): every 4th layer full attention, Gated DeltaNet in
        // the rest, with the state sizes the config.json import gives (hybridQwen35WithVisionTower).
        QString error;
        const auto qwen = ModelImporter::importPath(
            gguf(QStringLiteral("qwen35.gguf"), "qwen35moe",
                 {{"block_count", 41}, {"nextn_predict_layers", 1}, {"embedding_length", 2048}, {"attention.head_count", 16},
                  {"attention.head_count_kv", 2}, {"attention.key_length", 256}, {"context_length", 262144},
                  {"full_attention_interval", 4}, {"ssm.conv_kernel", 4}, {"ssm.inner_size", 4096}, {"ssm.state_size", 128},
                  {"ssm.time_step_rank", 32}, {"ssm.group_count", 16}}),
            &error);
        QVERIFY2(qwen, qPrintable(error));
        QCOMPARE(qwen->layers, 40);
        QCOMPARE(qwen->layerCount(LayerKind::Full), 10);
        QCOMPARE(qwen->layerCount(LayerKind::Recurrent), 30);
        QCOMPARE(qwen->layerKind(3), LayerKind::Full);
        QCOMPARE(qwen->recurrentMixer, RecurrentMixer::GatedDeltaNet);
        QCOMPARE(qwen->convStateElements, qint64(24576));  // 3 × (4,096 + 2 × 16 × 128)
        QCOMPARE(qwen->ssmStateElements, qint64(524288));  // 32 heads × 128 × 128
        const DataType fp16 = *Catalog::builtIn().dataType(QStringLiteral("fp16"));
        QCOMPARE(KvProfile::build(*qwen, fp16, EstimateMethod::Exact).bytesPerToken(), qint64(20480));
        // llama.cpp keeps R and S in F32: 30 × 4 × (24,576 + 524,288) = 65,863,680 B a sequence.
        const MemoryModel run(EstimateInput{*qwen, fp16, fp16, EstimateMethod::LlamaCpp, 4096, 1, 100000, {}});
        QVERIFY2(run.isValid(), qPrintable(run.error()));
        QCOMPARE(run.bytes().recurrentState, qint64(65863680));

        // Nemotron-H 8B (nemotronHFromConfig): per-layer head_count_kv and feed_forward_length tell the
        // Mamba-2 layers (neither), the attention layers (KV heads) and the MLP-only layers (an MLP) apart.
        QList<quint32> kv, ff;
        for (const QChar c : QStringLiteral("M-M-M-M*-M-M-M-M-M*-M-M-M-M-M*-M-M-M-M-M*-M-M-M-M-M-")) {
            kv << (c == QLatin1Char('*') ? 8 : 0);
            ff << (c == QLatin1Char('-') ? 21504 : 0);
        }
        const auto nemotron = ModelImporter::importPath(
            gguf(QStringLiteral("nemotron.gguf"), "nemotron_h",
                 {{"block_count", 52}, {"embedding_length", 4096}, {"attention.head_count", 32}, {"attention.key_length", 128},
                  {"context_length", 8192}, {"ssm.conv_kernel", 4}, {"ssm.inner_size", 8192}, {"ssm.state_size", 128},
                  {"ssm.time_step_rank", 128}, {"ssm.group_count", 8}},
                 {{"attention.head_count_kv", kv}, {"feed_forward_length", ff}}),
            &error);
        QVERIFY2(nemotron, qPrintable(error));
        QCOMPARE(nemotron->layerCount(LayerKind::Recurrent), 24);
        QCOMPARE(nemotron->layerCount(LayerKind::Full), 4);
        QCOMPARE(nemotron->layerCount(LayerKind::Feedforward), 24);
        QCOMPARE(nemotron->recurrentMixer, RecurrentMixer::Mamba2);
        QCOMPARE(nemotron->kvHeads, 8);
        // (3 × 10,240 + 128 × 64 × 128) × 2 B = 2,158,592 B a layer, as the config.json import gives in BF16.
        QCOMPARE(nemotron->recurrentStateBytesPerSequence(), qint64(24) * 2158592);

        // Jamba (Mamba-1 where head_count_kv is 0): d_conv − 1 inputs of the inner width and d_inner × d_state.
        const auto jamba = ModelImporter::importPath(
            gguf(QStringLiteral("jamba.gguf"), "jamba",
                 {{"block_count", 8}, {"embedding_length", 4096}, {"attention.head_count", 32}, {"context_length", 262144},
                  {"ssm.conv_kernel", 4}, {"ssm.inner_size", 8192}, {"ssm.state_size", 16}, {"ssm.time_step_rank", 256}},
                 {{"attention.head_count_kv", {0, 0, 0, 0, 8, 0, 0, 0}}}),
            &error);
        QVERIFY2(jamba, qPrintable(error));
        QCOMPARE(jamba->layerCount(LayerKind::Recurrent), 7);
        QCOMPARE(jamba->layerKind(4), LayerKind::Full);
        QCOMPARE(jamba->recurrentMixer, RecurrentMixer::Mamba1);
        QCOMPARE(jamba->convStateElements, qint64(24576));
        QCOMPARE(jamba->ssmStateElements, qint64(131072));

        // Falcon-H1 0.5B (falconH1FromConfig): attention and a Mamba-2 mixer in all 36 layers, 403,968 B of
        // state a layer in BF16, 14,542,848 B a sequence, as the config.json import gives.
        const auto falcon = ModelImporter::importPath(
            gguf(QStringLiteral("falcon-h1.gguf"), "falcon-h1",
                 {{"block_count", 36}, {"embedding_length", 1024}, {"attention.head_count", 8}, {"attention.head_count_kv", 2},
                  {"attention.key_length", 64}, {"context_length", 16384}, {"ssm.conv_kernel", 4}, {"ssm.inner_size", 1536},
                  {"ssm.state_size", 128}, {"ssm.time_step_rank", 24}, {"ssm.group_count", 1}}),
            &error);
        QVERIFY2(falcon, qPrintable(error));
        QCOMPARE(falcon->layerCount(LayerKind::Full), 36);
        QVERIFY(falcon->stateBesideAttention);
        QCOMPARE(falcon->recurrentStateBytesPerSequence(), qint64(14542848));
        QCOMPARE(KvProfile::build(*falcon, fp16, EstimateMethod::Exact).bytesPerToken(), qint64(18432));
    }

    void ggufStateLayersItCannotReadAreRefused_data()
    {
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("key");   // what is set
        QTest::addColumn<quint32>("value");
        QTest::addColumn<QString>("says");
        // Hybrids whose layout the planner does not read from GGUF are refused by name, not taken as attention.
        QTest::newRow("PLaMo 2") << "plamo2" << "ssm.conv_kernel" << 4u << "config.json";
        QTest::newRow("LFM2") << "lfm2" << "shortconv.l_cache" << 3u << "config.json";
        // Sizes that cannot be right, and sizes each in range whose state is not (2^30 × 2^30), are refused.
        QTest::newRow("no inner size") << "qwen3next" << "ssm.inner_size" << 0u << "ssm.";
        QTest::newRow("state past 2^30") << "qwen3next" << "ssm.state_size" << (1u << 30) << "recurrent state";
    }

    void ggufStateLayersItCannotReadAreRefused()
    {
        QFETCH(QString, arch);
        QFETCH(QString, key);
        QFETCH(quint32, value);
        QFETCH(QString, says);
        const QByteArray a = arch.toLatin1();
        GgufWriter w;
        w.kvString("general.architecture", a);
        const QList<std::pair<QByteArray, quint32>> keys{
            {"block_count", 4}, {"embedding_length", 1024}, {"attention.head_count", 8}, {"context_length", 4096},
            {"ssm.conv_kernel", 4}, {"ssm.inner_size", 1u << 30}, {"ssm.state_size", 128}, {"ssm.time_step_rank", 1u << 30},
            {"ssm.group_count", 1u << 30}};
        for (const auto &[k, v] : keys) {
            // The row's own key is set below; only the hybrid the planner reads gets the other ssm.* sizes.
            if (k == key.toLatin1() || (k.startsWith("ssm.") && arch != QLatin1String("qwen3next")))
                continue;
            w.kvU32(a + '.' + k, v);
        }
        w.kvU32(a + '.' + key.toLatin1(), value);
        w.tensor("token_embd.weight", {1024, 300}, 1);
        const QString file = path(arch + QLatin1Char('-') + QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".gguf"));
        QVERIFY(testfiles::write(file, w.bytes()));
        QString error;
        QVERIFY(!ModelImporter::importPath(file, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void ggufSplitFiles()
    {
        GgufWriter first;
        first.kvString("general.architecture", "llama");
        first.kvU32("split.count", 2);
        for (const auto &[k, v] : {std::pair{"llama.block_count", 2u}, std::pair{"llama.embedding_length", 256u},
                                   std::pair{"llama.attention.head_count", 4u}, std::pair{"llama.context_length", 2048u}})
            first.kvU32(k, v);
        first.tensor("token_embd.weight", {256, 300}, Q4_K);
        GgufWriter second;
        second.kvU32("split.no", 1);
        second.tensor("output.weight", {256, 300}, Q6_K);
        QVERIFY(testfiles::write(path(QStringLiteral("big-00001-of-00002.gguf")), first.bytes()));
        QString error;
        QVERIFY(!ModelImporter::importPath(path(QStringLiteral("big-00001-of-00002.gguf")), &error));
        QVERIFY2(error.contains(QStringLiteral("big-00002-of-00002.gguf")) && error.contains(QStringLiteral("missing")),
                 qPrintable(error));
        QVERIFY(testfiles::write(path(QStringLiteral("big-00002-of-00002.gguf")), second.bytes()));
        const auto m = ModelImporter::importPath(path(QStringLiteral("big-00001-of-00002.gguf")), &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->parameters, qint64(2 * 76800));
        QCOMPARE(m->fileWeightBytes, qint64(43200 + 63000));
    }

    void everyTruncationIsRefused()
    {
        // Cut a valid file at every byte: each prefix must be refused with a message, never crash or hang.
        const QByteArray whole = tinyLlama().bytes();
        QString error;
        QVERIFY(parse(whole, &error));
        for (qsizetype n = 0; n < whole.size(); ++n) {
            error.clear();
            QVERIFY2(!parse(whole.left(n), &error), qPrintable(QString::number(n)));
            QVERIFY(!error.isEmpty());
        }
    }

    void badGguf_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("wrong magic") << QByteArray("GGML\x03\0\0\0", 8) + QByteArray(16, '\0') << "magic";
        QTest::newRow("version 1") << QByteArray("GGUF\x01\0\0\0", 8) + QByteArray(16, '\0') << "version 1";
        QTest::newRow("version 4") << QByteArray("GGUF\x04\0\0\0", 8) + QByteArray(16, '\0') << "version 4";
        QTest::newRow("2^60 tensors") << QByteArray("GGUF\x03\0\0\0", 8) + le64(quint64(1) << 60) + le64(0) << "implausible";
        QTest::newRow("99,999 entries, tiny file") << QByteArray("GGUF\x03\0\0\0", 8) + le64(0) + le64(99999) << "does not fit";
        QTest::newRow("1e6 entries") << QByteArray("GGUF\x03\0\0\0", 8) + le64(0) + le64(1000000) << "implausible";
        GgufWriter longKey;
        longKey.str(QByteArray());
        QByteArray bytes = longKey.bytes();
        bytes.replace(24, 8, le64(quint64(1) << 40)); // the key's length field
        bytes.replace(16, 8, le64(1));                // one metadata entry
        QTest::newRow("2^40-byte string") << bytes + QByteArray(64, 'x') << "implausibly long";
        GgufWriter badUtf8;
        badUtf8.kvString("\xff\xfe\xfd", "x");
        QTest::newRow("non-UTF-8 key") << badUtf8.bytes() << "UTF-8";
        GgufWriter badName;
        badName.tensor("\xc3\x28", {32}, F32);
        QTest::newRow("non-UTF-8 tensor name") << badName.bytes() << "UTF-8";
        GgufWriter unknownValue;
        unknownValue.str("key");
        unknownValue.u32(99);
        unknownValue.u32(0);
        QByteArray uv = unknownValue.bytes();
        uv.replace(16, 8, le64(1));
        QTest::newRow("unknown value type") << uv << "unknown value type 99";
        GgufWriter unknownTensor;
        unknownTensor.tensor("w", {32}, 99);
        QTest::newRow("unknown tensor type") << unknownTensor.bytes() << "unknown type 99";
        GgufWriter noDims;
        noDims.tensor("w", {}, F32);
        QTest::newRow("zero dimensions") << noDims.bytes() << "0 dimensions";
        GgufWriter manyDims;
        manyDims.tensor("w", {1, 1, 1, 1, 1, 1, 1, 1, 1}, F32);
        QTest::newRow("nine dimensions") << manyDims.bytes() << "9 dimensions";
    }

    void badGguf()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!parse(file, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void ggufModelErrors_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("mentions");
        GgufWriter unknownArch;
        unknownArch.kvString("general.architecture", "mystery");
        QTest::newRow("unknown architecture") << unknownArch.bytes() << "mystery.block_count";
        GgufWriter noArch;
        QTest::newRow("no architecture") << noArch.bytes() << "general.architecture";
        GgufWriter hugeShape = tinyLlama();
        hugeShape.tensor("huge", {quint64(1) << 40, quint64(1) << 40}, F32);
        QTest::newRow("2^80 elements") << hugeShape.bytes() << "huge";
        GgufWriter partialBlock = tinyLlama();
        partialBlock.tensor("odd", {100, 4}, Q4_K);
        QTest::newRow("row not whole blocks") << partialBlock.bytes() << "odd";
    }

    void ggufModelErrors()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, mentions);
        const QString name = path(QStringLiteral("broken.gguf"));
        QVERIFY(testfiles::write(name, file));
        QString error;
        QVERIFY(!ModelImporter::importPath(name, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("broken.gguf")));
    }

    void otherPaths()
    {
        QString error;
        QVERIFY(!ModelImporter::importPath(path(QStringLiteral("nothing-here")), &error));
        QVERIFY(error.contains(QStringLiteral("no such file")));
        QVERIFY(testfiles::write(path(QStringLiteral("notes.txt")), "hello"));
        QVERIFY(!ModelImporter::importPath(path(QStringLiteral("notes.txt")), &error));
        QVERIFY(error.contains(QStringLiteral("not a config.json")));
        QDir().mkpath(path(QStringLiteral("empty-folder")));
        QVERIFY(!ModelImporter::importPath(path(QStringLiteral("empty-folder")), &error));
        QVERIFY(error.contains(QStringLiteral("needs a config.json")));
    }

    // --- library ----------------------------------------------------------------

    void libraryRoundTrip()
    {
        const QString file = path(QStringLiteral("lib/imported-models.json"));
        QString error;
        QVERIFY(testfiles::write(path(QStringLiteral("tiny.gguf")), tinyLlama().bytes()));
        const auto model = ModelImporter::importPath(path(QStringLiteral("tiny.gguf")), &error);
        QVERIFY(model);
        ModelLibrary library(file);
        QVERIFY(library.load(&error)); // no file yet: empty
        const QString id = library.add(*model, {QStringLiteral("imported-tiny-llama")});
        QCOMPARE(id, QStringLiteral("imported-tiny-llama-2"));
        QVERIFY(library.save(&error));

        ModelLibrary again(file);
        QVERIFY2(again.load(&error), qPrintable(error));
        QCOMPARE(again.models().size(), 1);
        const ModelSpec &m = again.models().first();
        QCOMPARE(m.parameters, kTinyParameters);
        QCOMPARE(m.fileWeightBytes, kTinyBytes);
        QCOMPARE(m.fileWeightType, QStringLiteral("Q4_K_M"));
        QCOMPARE(m.kvHeads, 2);
        QVERIFY(again.rename(id, QStringLiteral("My tiny model")));
        QVERIFY(again.save(&error));
        ModelLibrary third(file);
        QVERIFY(third.load(&error));
        QCOMPARE(third.models().first().name, QStringLiteral("My tiny model"));
        QVERIFY(third.remove(id));
        QVERIFY(!third.remove(id));
        QVERIFY(third.models().isEmpty());
    }

    void damagedLibraryIsReportedAndKept()
    {
        const QString file = path(QStringLiteral("damaged.json"));
        QVERIFY(testfiles::write(file, "{\"models\": [ {\"id\": "));
        ModelLibrary library(file);
        QString error;
        QVERIFY(!library.load(&error));
        QVERIFY(error.contains(QStringLiteral("damaged.json")));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{\"models\": [ {\"id\": "));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
