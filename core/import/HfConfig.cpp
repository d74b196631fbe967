// SPDX-License-Identifier: GPL-3.0-or-later
#include "HfConfig.h"

#include "Phrase.h"
#include "WideInt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QHash>
#include <QJsonDocument>

#include <cmath>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(HfConfig)
};

// Reads typed fields, remembering the first bad one.
class Fields
{
public:
    explicit Fields(QJsonObject o)
        : m_o(std::move(o))
    {
    }
    bool has(const char *key) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    }
    // The first of `keys` present, as a whole number in [lowest, 2^30] (every count
    // a model has fits, and so does an int); `fallback` if none is present.
    qint64 integer(std::initializer_list<const char *> keys, qint64 fallback = -1, qint64 lowest = 0)
    {
        for (const char *key : keys) {
            if (!has(key))
                continue;
            const QJsonValue v = m_o.value(QLatin1String(key));
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < double(lowest) || d > double(ModelSpec::kMaxCount) || d != std::floor(d)) {
                fail(key, v, lowest);
                return fallback;
            }
            return qint64(d);
        }
        return fallback;
    }
    bool boolean(const char *key, bool fallback) const
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        return v.isBool() ? v.toBool() : fallback;
    }
    QString string(const char *key) const { return m_o.value(QLatin1String(key)).toString(); }
    void fail(const char *key, const QJsonValue &value, qint64 lowest)
    {
        if (m_bad.isEmpty())
            m_bad = Text::tr("field \"%1\" is %2, not a whole number from %3 to %4")
                        .arg(QLatin1String(key),
                             QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1))
                        .arg(lowest)
                        .arg(ModelSpec::kMaxCount);
    }
    // The first bad field, as a message naming it and its value; empty when none was.
    QString bad() const { return m_bad; }

private:
    QJsonObject m_o;
    QString m_bad;
};

// What the parameter count needs beyond ModelSpec.
struct Shape {
    QString type;
    qint64 V = 0, H = 0, L = 0, heads = 0, kv = 0, hd = 0, I = 0;
    bool tied = false;
    bool qkvBias = false, qkNorm = false;
    bool qkNormEveryChannel = false; // Cohere, MiniMax: q and k norms over every head's channels, not one head's
    bool outputBias = false, sinks = false; // gpt-oss: o_proj bias, one learned attention sink per head
    int normsPerLayer = 2;    // RMS norms of width H per layer
    bool layerNormBias = false; // LayerNorm weight + bias (falcon, gpt_neox)
    bool gatedMlp = true;
    bool mlpBias = false;
    // Mixture of experts.
    qint64 experts = 0, expertI = 0, sharedI = 0, sharedCount = 0, denseLayers = 0;
    bool sharedGate = false, scoreBias = false;
    bool expertBias = false; // gpt-oss: a bias on the router and on each expert's gate_up and down projections
    bool gatedExperts = true; // false: relu² experts of up and down only (Nemotron 3)
    qint64 moeLatent = 0;     // Nemotron 3 Super: experts work in a latent of this width, projected in and out
    // MLA.
    qint64 qLora = 0, kvLora = 0, rope = 0, nope = 0, vHead = 0;
    // DeepSeek V3.2's lightning indexer: index_n_heads query heads of index_head_dim from the q latent,
    // one key from the hidden state, a LayerNorm on it and a weight per head.
    qint64 indexHeads = 0, indexDim = 0;
    // Hybrids (Qwen3-Next, Qwen3.5): the kind of each layer, gated attention (q_proj twice as
    // wide, the second half gating the output), Gated DeltaNet's heads, and which layers are MoE.
    QList<LayerKind> kinds;
    bool gatedAttention = false;
    qint64 linKeyHeads = 0, linValueHeads = 0, linKeyDim = 0, linValueDim = 0, convKernel = 0;
    QList<bool> moeLayer; // empty: every layer MoE when experts > 0 (after denseLayers)
    // Mamba-2 mixers (Granite-4.0-H): the inner width, heads of d_head, groups of the B and C
    // projections of d_state each, and whether the projections and the convolution have biases.
    qint64 mambaInner = 0, mambaHeads = 0, mambaHeadDim = 0, mambaGroups = 0, mambaState = 0;
    bool mambaProjBias = false, mambaConvBias = true;
    bool sharedMlpEveryLayer = false; // Granite-4.0-H: a dense shared MLP beside the experts in every layer
    bool blockExclusive = false;      // Nemotron-H: each layer a Mamba-2 mixer, attention or an MLP alone
    // Mamba-1 mixers (Jamba): inner width, the rank of dt and d_state.
    qint64 mamba1Inner = 0, dtRank = 0;
};

// One Mamba-2 mixer (transformers' GraniteMoeHybridMambaLayer): in_proj to the gate, the
// convolution's input (x, B, C) and one dt per head; a depthwise convolution over x, B and C;
// dt_bias, A_log and D per head; a gated RMS norm; out_proj.
Wide mamba2Parameters(const Shape &s)
{
    const Wide convDim = s.mambaInner + 2 * Wide(s.mambaGroups) * s.mambaState;
    Wide p = Wide(s.H) * (s.mambaInner + convDim + s.mambaHeads) + convDim * s.convKernel + 3 * Wide(s.mambaHeads)
             + s.mambaInner + Wide(s.mambaInner) * s.H;
    if (s.mambaProjBias)
        p += s.mambaInner + convDim + s.mambaHeads + s.H;
    if (s.mambaConvBias)
        p += convDim;
    return p;
}

// One Mamba-1 mixer (transformers' JambaMambaMixer): in_proj to x and the gate, a depthwise
// convolution over x, x_proj to dt (of dt_rank) and B and C (of d_state each), dt_proj back to the
// inner width with a bias, A_log and D, out_proj; Jamba's RMS norms on dt, B and C.
Wide mamba1Parameters(const Shape &s)
{
    const Wide inner = s.mamba1Inner;
    Wide p = Wide(s.H) * 2 * inner + inner * s.convKernel + inner * (s.dtRank + 2 * s.mambaState) + s.dtRank * inner
             + inner + inner * s.mambaState + inner + inner * s.H + s.dtRank + 2 * s.mambaState;
    if (s.mambaProjBias)
        p += 2 * inner + s.H;
    if (s.mambaConvBias)
        p += inner;
    return p;
}

// One Gated DeltaNet layer (transformers' Qwen3NextGatedDeltaNet): q, k, v and the output gate z
// from the hidden state, one β and one decay a per value head, a depthwise convolution over q, k
// and v without bias, dt_bias and A_log per value head, a gated RMS norm over a value head, and
// the output projection.
Wide gatedDeltaNetParameters(const Shape &s)
{
    const Wide keyDim = Wide(s.linKeyHeads) * s.linKeyDim;
    const Wide valueDim = Wide(s.linValueHeads) * s.linValueDim;
    const Wide convDim = 2 * keyDim + valueDim;
    return Wide(s.H) * (2 * keyDim + 2 * valueDim) + Wide(s.H) * 2 * s.linValueHeads + convDim * s.convKernel
        + 2 * Wide(s.linValueHeads) + s.linValueDim + valueDim * s.H;
}

qint64 countParameters(const Shape &s)
{
    Wide total = Wide(s.V) * s.H;               // embeddings
    if (!s.tied)
        total += Wide(s.V) * s.H;               // output head
    total += s.layerNormBias ? 2 * s.H : s.H;   // final norm

    Wide attention = 0;
    if (s.kvLora > 0) {
        const Wide qkHead = s.nope + s.rope;
        attention += s.qLora > 0 ? Wide(s.H) * s.qLora + s.qLora + Wide(s.qLora) * s.heads * qkHead
                                 : Wide(s.H) * s.heads * qkHead;
        attention += Wide(s.H) * (s.kvLora + s.rope) + s.kvLora + Wide(s.kvLora) * s.heads * (s.nope + s.vHead);
        attention += Wide(s.heads) * s.vHead * s.H;
        if (s.indexDim > 0)
            attention += Wide(s.qLora) * s.indexHeads * s.indexDim + Wide(s.H) * s.indexDim + 2 * s.indexDim
                + Wide(s.H) * s.indexHeads;
    } else {
        attention += Wide(s.H) * s.heads * s.hd * (s.gatedAttention ? 2 : 1) + 2 * Wide(s.H) * s.kv * s.hd
            + Wide(s.heads) * s.hd * s.H;
        if (s.qkvBias)
            attention += Wide(s.heads) * s.hd + 2 * Wide(s.kv) * s.hd;
        if (s.qkNorm)
            attention += s.qkNormEveryChannel ? Wide(s.heads + s.kv) * s.hd : 2 * s.hd;
        if (s.outputBias)
            attention += s.H;
        if (s.sinks)
            attention += s.heads;
        if (s.type == QLatin1String("gpt_neox"))
            attention += 3 * Wide(s.H) + s.H; // fused QKV bias and output bias
    }
    const Wide norms = Wide(s.normsPerLayer) * s.H * (s.layerNormBias ? 2 : 1);
    const Wide denseMlp = (s.gatedMlp ? 3 : 2) * Wide(s.H) * s.I + (s.mlpBias ? Wide(s.I) + s.H : 0);
    Wide moeMlp = 0;
    if (s.experts > 0) {
        const int matrices = s.gatedExperts ? 3 : 2;
        const qint64 width = s.moeLatent > 0 ? s.moeLatent : s.H;
        moeMlp = Wide(s.experts) * matrices * width * s.expertI + Wide(s.H) * s.experts;
        moeMlp += Wide(s.sharedCount) * matrices * s.H * s.sharedI;
        if (s.moeLatent > 0)
            moeMlp += 2 * Wide(s.H) * s.moeLatent + (s.mlpBias ? s.moeLatent + s.H : 0);
        if (s.mlpBias && !s.gatedExperts) // up and down biases of every expert and shared expert
            moeMlp += Wide(s.experts) * (s.expertI + width) + Wide(s.sharedCount) * (s.sharedI + s.H);
        if (s.sharedGate)
            moeMlp += s.H;
        if (s.scoreBias)
            moeMlp += s.experts;
        if (s.expertBias)
            moeMlp += s.experts + Wide(s.experts) * (2 * s.expertI + s.H);
    }
    if (s.kinds.isEmpty() && s.moeLayer.isEmpty()) {
        const qint64 dense = s.experts > 0 ? s.denseLayers : s.L;
        total += Wide(s.L) * (attention + norms) + Wide(dense) * denseMlp + Wide(s.L - dense) * moeMlp;
        return narrow(total).value_or(-1);
    }
    // Layer by layer: a recurrent layer's mixer instead of attention, MoE or dense MLP as the config says.
    const Wide recurrent = !s.kinds.contains(LayerKind::Recurrent) ? 0
                           : s.mamba1Inner > 0                     ? mamba1Parameters(s)
                           : s.mambaHeads > 0                      ? mamba2Parameters(s)
                                                                   : gatedDeltaNetParameters(s);
    for (qint64 i = 0; i < s.L; ++i) {
        if (s.blockExclusive) {
            const LayerKind kind = s.kinds.value(i, LayerKind::Full);
            const Wide mlp = s.moeLayer.value(i, false) ? moeMlp : denseMlp;
            total += norms + (kind == LayerKind::Recurrent ? recurrent : kind == LayerKind::Feedforward ? mlp : attention);
            continue;
        }
        const bool isRecurrent = s.kinds.value(i, LayerKind::Full) == LayerKind::Recurrent;
        const bool isMoe = s.experts > 0 && s.moeLayer.value(i, i >= s.denseLayers);
        total += (isRecurrent ? recurrent : attention) + norms + (isMoe ? moeMlp : denseMlp);
        if (s.sharedMlpEveryLayer && isMoe)
            total += denseMlp; // the shared MLP beside the experts
    }
    return narrow(total).value_or(-1);
}
// A SigLIP vision tower (transformers' SiglipVisionModel): a patch convolution with bias, a position
// embedding per patch, encoder layers of attention (q, k, v, o with biases), an MLP (fc1, fc2 with
// biases) and two LayerNorms, a final LayerNorm, and with vision_use_head a pooling head (a probe,
// multi-head attention, a LayerNorm and an MLP).
std::optional<qint64> siglipParameters(const QJsonObject &vision)
{
    Fields v(vision);
    const Wide h = v.integer({"hidden_size"}, 768, 1), i = v.integer({"intermediate_size"}, 3072, 1);
    const Wide layers = v.integer({"num_hidden_layers"}, 12, 1), channels = v.integer({"num_channels"}, 3, 1);
    const Wide image = v.integer({"image_size"}, 224, 1), patch = v.integer({"patch_size"}, 16, 1);
    if (!v.bad().isEmpty() || image % patch != 0)
        return std::nullopt;
    const Wide patches = (image / patch) * (image / patch);
    const Wide mlp = h * i + i + i * h + h;
    Wide p = channels * patch * patch * h + h + patches * h;  // embeddings
    p += layers * (4 * (h * h + h) + mlp + 4 * h);           // encoder
    p += 2 * h;                                               // post_layernorm
    if (v.boolean("vision_use_head", true))
        p += h + (3 * h * h + 3 * h) + (h * h + h) + 2 * h + mlp;
    return narrow(p);
}

// The tower and projector of a multimodal wrapper, where both are known: Gemma 3's SigLIP and its
// projector (mm_input_projection_weight, vision width × text width, and an RMS norm of the vision
// width). Empty where the tower is absent or not one the planner counts.
std::optional<qint64> visionTowerParameters(const QJsonObject &top, qint64 textHidden)
{
    const QJsonObject vision = top.value(QLatin1String("vision_config")).toObject();
    if (vision.value(QLatin1String("model_type")).toString() != QLatin1String("siglip_vision_model")
        || top.value(QLatin1String("model_type")).toString() != QLatin1String("gemma3"))
        return std::nullopt;
    const auto tower = siglipParameters(vision);
    if (!tower)
        return std::nullopt;
    const qint64 width = Fields(vision).integer({"hidden_size"}, 768, 1);
    return narrow(Wide(*tower) + Wide(width) * textHidden + width);
}
} // namespace

QStringList HfConfig::supportedModelTypes()
{
    return {QStringLiteral("llama"),     QStringLiteral("mistral"),     QStringLiteral("mixtral"),
            QStringLiteral("qwen2"),     QStringLiteral("qwen2_moe"),   QStringLiteral("qwen3"),
            QStringLiteral("qwen3_moe"), QStringLiteral("gemma"),       QStringLiteral("gemma2"),
            QStringLiteral("gemma3"),    QStringLiteral("gemma3_text"), QStringLiteral("phi3"),
            QStringLiteral("deepseek_v2"), QStringLiteral("deepseek_v3"), QStringLiteral("falcon"),
            QStringLiteral("gpt_neox"),  QStringLiteral("qwen3_next"),  QStringLiteral("qwen3_5_text"),
            QStringLiteral("qwen3_5_moe_text"), QStringLiteral("kimi_k2"), QStringLiteral("granitemoehybrid"),
            QStringLiteral("nemotron_h"), QStringLiteral("gpt_oss"), QStringLiteral("glm4_moe"),
            QStringLiteral("llama4_text"), QStringLiteral("cohere"), QStringLiteral("cohere2"),
            QStringLiteral("deepseek_v32"), QStringLiteral("minimax_m2"), QStringLiteral("jamba")};
}

QByteArray HfConfig::quotePythonConstants(const QByteArray &json)
{
    // Python's json module writes Infinity, -Infinity and NaN (NVIDIA's Nemotron-H config holds one);
    // strict JSON has no such values. As strings they parse, and a field the planner reads that
    // holds one is refused by name like any other non-number.
    static const QByteArray names[] = {QByteArrayLiteral("-Infinity"), QByteArrayLiteral("Infinity"), QByteArrayLiteral("NaN")};
    QByteArray out;
    out.reserve(json.size() + 16);
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json.at(++i);
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            continue;
        }
        bool replaced = false;
        for (const QByteArray &name : names)
            if (json.mid(i, name.size()) == name) {
                out += '"' + name + '"';
                i += name.size() - 1;
                replaced = true;
                break;
            }
        if (!replaced)
            out += c;
    }
    return out;
}

std::optional<ModelSpec> HfConfig::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(quotePythonConstants(json), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Text::tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = Text::tr("a config.json must be a JSON object");
        return std::nullopt;
    }
    return read(doc.object(), error);
}

std::optional<ModelSpec> HfConfig::read(const QJsonObject &top, QString *error)
{
    // Multimodal models keep the language model's fields in text_config.
    QJsonObject config = top;
    if (top.value(QLatin1String("text_config")).isObject()) {
        const QJsonObject text = top.value(QLatin1String("text_config")).toObject();
        for (auto it = text.begin(); it != text.end(); ++it)
            config.insert(it.key(), it.value());
    }
    Fields f(config);
    Shape s;
    s.type = f.string("model_type");
    if (s.type.isEmpty())
        s.type = top.value(QLatin1String("model_type")).toString();
    // Wrappers whose text model is a known one, read as what they are.
    static const QHash<QString, QString> textModels{{QStringLiteral("qwen3_5"), QStringLiteral("qwen3_5_text")},
                                                    {QStringLiteral("qwen3_5_moe"), QStringLiteral("qwen3_5_moe_text")},
                                                    {QStringLiteral("llama4"), QStringLiteral("llama4_text")},
                                                    // Qwen3-VL's language models are Qwen3's.
                                                    {QStringLiteral("qwen3_vl_text"), QStringLiteral("qwen3")},
                                                    {QStringLiteral("qwen3_vl_moe_text"), QStringLiteral("qwen3_moe")}};
    s.type = textModels.value(s.type, s.type);
    if (!supportedModelTypes().contains(s.type)) {
        *error = s.type.isEmpty()
            ? Text::tr("config.json has no \"model_type\"")
            : Text::tr("architecture \"%1\" is not supported (supported: %2)")
                  .arg(s.type, joinList(supportedModelTypes()));
        return std::nullopt;
    }
    const bool gemma = s.type.startsWith(QLatin1String("gemma"));
    const bool falcon = s.type == QLatin1String("falcon");
    const bool neox = s.type == QLatin1String("gpt_neox");
    // DeepSeek's mixture of experts: routed and shared experts, dense first layers, a score bias;
    // GLM-4.5 (glm4_moe) has the same with grouped-query attention in place of MLA.
    const bool glm = s.type == QLatin1String("glm4_moe");
    const bool deepseek = s.type.startsWith(QLatin1String("deepseek")) || s.type == QLatin1String("kimi_k2") || glm;
    const bool hybridQwen = s.type == QLatin1String("qwen3_next") || s.type.startsWith(QLatin1String("qwen3_5"));
    const bool granite = s.type == QLatin1String("granitemoehybrid");
    const bool nemotronH = s.type == QLatin1String("nemotron_h");
    const bool gptOss = s.type == QLatin1String("gpt_oss");
    const bool llama4 = s.type == QLatin1String("llama4_text");
    const bool cohere = s.type.startsWith(QLatin1String("cohere"));
    const bool minimax = s.type == QLatin1String("minimax_m2");
    const bool jamba = s.type == QLatin1String("jamba");

    s.L = f.integer({"num_hidden_layers", "n_layer"});
    s.H = f.integer({"hidden_size", "n_embd"});
    // transformers' defaults for what a config may leave out: Gemma 3's published configs have no
    // vocab_size (Gemma3TextConfig's 262,208), and the 4B's none of the head counts, head_dim or
    // context (8 heads, 4 KV heads of 256, 131,072 positions).
    const bool gemma3 = s.type.startsWith(QLatin1String("gemma3"));
    s.heads = f.integer({"num_attention_heads", "n_head"}, gemma3 ? 8 : -1);
    s.V = f.integer({"vocab_size"}, gemma3 ? 262208 : -1);
    qint64 kv = f.integer({"num_key_value_heads", "num_kv_heads", "n_head_kv"}, gemma3 ? 4 : s.heads);
    if (falcon && !f.has("num_kv_heads") && !f.has("n_head_kv"))
        kv = f.boolean("multi_query", true) && !f.boolean("new_decoder_architecture", false) ? 1 : s.heads;
    s.kv = kv;
    s.hd = f.integer({"head_dim", "attention_head_dim"}, gemma3 ? 256 : s.heads > 0 ? s.H / s.heads : 0);
    s.I = f.integer({"intermediate_size", "ffn_hidden_size"}, falcon || neox ? 4 * s.H : -1);
    // Cohere's configs say use_embedding_sharing; transformers' CohereConfig ties by default.
    s.tied = f.boolean("tie_word_embeddings", gemma || falcon || (cohere && f.boolean("use_embedding_sharing", true)));
    const qint64 context = f.integer({"max_position_embeddings"}, falcon ? 2048 : gemma3 ? 131072 : -1);

    s.qkvBias = s.type.startsWith(QLatin1String("qwen2")) || (glm && f.boolean("attention_bias", false));
    s.gatedAttention = hybridQwen && f.boolean("attn_output_gate", true);
    s.qkNorm = s.type.startsWith(QLatin1String("qwen3")) || s.type.startsWith(QLatin1String("gemma3"))
               || (glm && f.boolean("use_qk_norm", false));
    s.normsPerLayer = (s.type == QLatin1String("gemma2") || s.type.startsWith(QLatin1String("gemma3"))) ? 4 : 2;
    if (falcon) {
        s.layerNormBias = true;
        s.gatedMlp = false;
        s.normsPerLayer = f.boolean("new_decoder_architecture", false) ? 2 : 1;
    }
    if (cohere) {
        // Attention and MLP in parallel after one LayerNorm (weight only); optional q/k LayerNorms per head.
        s.normsPerLayer = 1;
        s.qkNorm = f.boolean("use_qk_norm", false);
        s.qkNormEveryChannel = true;
    }
    if (neox) {
        s.layerNormBias = true;
        s.gatedMlp = false;
        s.mlpBias = true;
    }
    if (s.type == QLatin1String("mixtral")) {
        s.experts = f.integer({"num_local_experts"}, 0);
        s.expertI = s.I;
    } else if (llama4) {
        // Llama 4: experts of intermediate_size and one shared expert of the same width in the MoE
        // layers, a dense MLP of intermediate_size_mlp in the others; a router without bias.
        s.experts = f.integer({"num_local_experts"}, 0);
        s.expertI = s.I;
        s.sharedI = s.I;
        s.sharedCount = 1;
        s.I = f.integer({"intermediate_size_mlp"}, s.I);
    } else if (jamba) {
        // Jamba: Mamba-1 mixers and attention, each followed by a dense MLP or experts of the same width.
        s.experts = f.integer({"num_experts"}, 0);
        s.expertI = s.I;
        s.mamba1Inner = f.integer({"mamba_expand"}, 2, 1) * s.H;
        s.mambaState = f.integer({"mamba_d_state"}, 16, 1);
        s.convKernel = f.integer({"mamba_d_conv"}, 4, 1);
        s.dtRank = f.integer({"mamba_dt_rank"}, (s.H + 15) / 16, 1);
        s.mambaProjBias = f.boolean("mamba_proj_bias", false);
        s.mambaConvBias = f.boolean("mamba_conv_bias", true);
    } else if (minimax) {
        // MiniMax-M2: every layer MoE, experts of intermediate_size, a router with a score bias
        // (use_routing_bias), no shared expert; q/k RMS norms over all heads' channels (per_layer)
        // or over one head (per_head).
        s.experts = f.integer({"num_local_experts"}, 0);
        s.expertI = s.I;
        s.scoreBias = f.boolean("use_routing_bias", true);
        s.qkNorm = f.boolean("use_qk_norm", true);
        s.qkNormEveryChannel = f.string("qk_norm_type") != QLatin1String("per_head");
        // attn_type_list: 1 for softmax attention in every layer; MiniMax's lightning (linear)
        // attention (0) is not modelled.
        for (const QJsonValue &t : config.value(QLatin1String("attn_type_list")).toArray())
            if (t.toInt(1) != 1) {
                *error = Text::tr("field \"attn_type_list\" has linear-attention layers (0), which this planner does "
                                  "not model");
                return std::nullopt;
            }
    } else if (gptOss) {
        // Every layer MoE (transformers' GptOssMLP): experts of intermediate_size with biases, a router
        // with a bias; attention with biases on q, k, v and o and a sink per head.
        s.experts = f.integer({"num_local_experts"}, 0);
        s.expertI = s.I;
        s.expertBias = true;
        s.qkvBias = s.outputBias = f.boolean("attention_bias", true);
        s.sinks = true;
    } else if (s.type == QLatin1String("qwen2_moe") || s.type == QLatin1String("qwen3_moe") || hybridQwen) {
        s.experts = f.integer({"num_experts"}, 0);
        s.expertI = f.integer({"moe_intermediate_size"}, 0);
        s.sharedI = f.integer({"shared_expert_intermediate_size"}, 0);
        s.sharedCount = s.sharedI > 0 ? 1 : 0;
        s.sharedGate = s.sharedI > 0;
    } else if (granite) {
        // Every layer: experts of intermediate_size and a shared MLP of shared_intermediate_size (the
        // dense MLP the count adds beside them); without experts, the shared MLP alone.
        s.experts = f.integer({"num_local_experts"}, 0);
        s.expertI = f.integer({"intermediate_size"}, 0);
        s.I = f.integer({"shared_intermediate_size"}, s.I);
        s.sharedMlpEveryLayer = true;
        s.mambaInner = f.integer({"mamba_expand"}, 2, 1) * s.H;
        s.mambaHeads = f.integer({"mamba_n_heads"}, 128, 1);
        s.mambaHeadDim = f.integer({"mamba_d_head"}, s.mambaInner / s.mambaHeads, 1);
        s.mambaGroups = f.integer({"mamba_n_groups"}, 1, 1);
        s.mambaState = f.integer({"mamba_d_state"}, 256, 1);
        s.convKernel = f.integer({"mamba_d_conv"}, 4, 1);
        s.mambaProjBias = f.boolean("mamba_proj_bias", false);
        s.mambaConvBias = f.boolean("mamba_conv_bias", true);
    } else if (nemotronH) {
        // Block-exclusive layers: relu² MLPs of intermediate_size (up and down, no gate), one norm each.
        s.blockExclusive = true;
        s.gatedMlp = false;
        s.mlpBias = f.boolean("mlp_bias", false);
        s.normsPerLayer = 1;
        s.mambaHeads = f.integer({"mamba_num_heads"}, 128, 1);
        s.mambaHeadDim = f.integer({"mamba_head_dim"}, 64, 1);
        s.mambaInner = s.mambaHeads * s.mambaHeadDim;
        s.mambaGroups = f.integer({"n_groups"}, 8, 1);
        s.mambaState = f.integer({"ssm_state_size"}, 128, 1);
        s.convKernel = f.integer({"conv_kernel"}, 4, 1);
        s.mambaProjBias = f.boolean("mamba_proj_bias", false);
        s.mambaConvBias = f.boolean("use_conv_bias", true);
        // Nemotron 3's MoE layers: relu² experts, a shared expert, a router with a score bias.
        s.experts = f.integer({"n_routed_experts"}, 0);
        s.expertI = f.integer({"moe_intermediate_size"}, s.I);
        s.sharedI = f.integer({"moe_shared_expert_intermediate_size"}, 0);
        s.sharedCount = s.sharedI > 0 ? f.integer({"n_shared_experts"}, 1) : 0;
        s.gatedExperts = false;
        s.scoreBias = true;
        s.moeLatent = f.integer({"moe_latent_size"}, 0);
    } else if (deepseek) {
        s.experts = f.integer({"n_routed_experts"}, 0);
        s.expertI = f.integer({"moe_intermediate_size"}, 0);
        s.sharedCount = f.integer({"n_shared_experts"}, 0);
        s.sharedI = s.expertI;
        s.denseLayers = f.integer({"first_k_dense_replace"}, 0);
        s.scoreBias = s.type != QLatin1String("deepseek_v2");
        s.qLora = f.integer({"q_lora_rank"}, 0);
        s.kvLora = f.integer({"kv_lora_rank"}, 0);
        s.rope = f.integer({"qk_rope_head_dim"}, 0);
        s.nope = f.integer({"qk_nope_head_dim"}, 0);
        s.vHead = f.integer({"v_head_dim"}, 0);
        s.indexDim = f.integer({"index_head_dim"}, 0);
        s.indexHeads = f.integer({"index_n_heads"}, 0);
    }

    // Each layer's kind: config.json's layer_types where present, else Qwen3-Next's "every N-th
    // layer is full attention, the others Gated DeltaNet".
    const QJsonValue types = config.value(QLatin1String("layer_types"));
    if (types.isArray()) {
        const QJsonArray list = types.toArray();
        if (list.size() != s.L) {
            *error = Text::tr("field \"layer_types\" names %1 layers, not num_hidden_layers = %2").arg(list.size()).arg(s.L);
            return std::nullopt;
        }
        for (const QJsonValue &v : list) {
            const auto kind = parseLayerKind(v.toString());
            if (!kind) {
                *error = Text::tr("field \"layer_types\" holds \"%1\", which is not a layer type this planner knows")
                             .arg(v.toString().left(40));
                return std::nullopt;
            }
            s.kinds << *kind;
        }
    } else if (llama4) {
        // no_rope_layers: 1 where a layer uses RoPE, and with it chunked attention; 0 for the NoPE
        // layers, which attend to everything. Llama4TextConfig's default when absent or empty:
        // every no_rope_layer_interval-th layer NoPE.
        const QJsonArray noRope = config.value(QLatin1String("no_rope_layers")).toArray();
        const qint64 interval = f.integer({"no_rope_layer_interval"}, 4, 1);
        const bool chunked = f.integer({"attention_chunk_size"}, 0) > 0;
        if (!noRope.isEmpty() && noRope.size() != s.L) {
            *error = Text::tr("field \"no_rope_layers\" names %1 layers, not num_hidden_layers = %2").arg(noRope.size()).arg(s.L);
            return std::nullopt;
        }
        for (qint64 i = 0; i < s.L && s.L <= ModelSpec::kMaxCount; ++i) {
            const bool rope = noRope.isEmpty() ? (i + 1) % interval != 0 : noRope.at(i).toInt(1) != 0;
            s.kinds << (rope && chunked ? LayerKind::Chunked : LayerKind::Full);
        }
    } else if (jamba) {
        // Attention where i % attn_layer_period == attn_layer_offset, Mamba-1 elsewhere.
        const qint64 period = f.integer({"attn_layer_period"}, 8, 1);
        const qint64 offset = f.integer({"attn_layer_offset"}, 4);
        for (qint64 i = 0; i < s.L && s.L <= ModelSpec::kMaxCount; ++i)
            s.kinds << (i % period == offset ? LayerKind::Full : LayerKind::Recurrent);
    } else if (gptOss) {
        // GptOssConfig's default: even layers slide, odd layers attend to everything.
        for (qint64 i = 0; i < s.L && s.L <= ModelSpec::kMaxCount; ++i)
            s.kinds << (i % 2 == 0 ? LayerKind::Sliding : LayerKind::Full);
    } else if (hybridQwen) {
        const qint64 interval = f.integer({"full_attention_interval"}, 4, 1);
        for (qint64 i = 0; i < s.L && s.L <= ModelSpec::kMaxCount; ++i)
            s.kinds << ((i + 1) % interval == 0 ? LayerKind::Full : LayerKind::Recurrent);
    }
    if (nemotronH && config.value(QLatin1String("layers_block_type")).isArray()) {
        // Nemotron 3.5's spelling: a name a layer.
        const QJsonArray blocks = config.value(QLatin1String("layers_block_type")).toArray();
        if (blocks.size() != s.L) {
            *error = Text::tr("field \"layers_block_type\" names %1 layers, not num_hidden_layers = %2").arg(blocks.size()).arg(s.L);
            return std::nullopt;
        }
        static const QHash<QString, QChar> letters{{QStringLiteral("mamba"), QLatin1Char('M')},
                                                   {QStringLiteral("attention"), QLatin1Char('*')},
                                                   {QStringLiteral("mlp"), QLatin1Char('-')},
                                                   {QStringLiteral("moe"), QLatin1Char('E')}};
        QString pattern;
        for (const QJsonValue &b : blocks) {
            if (!letters.contains(b.toString())) {
                *error = Text::tr("field \"layers_block_type\" holds \"%1\", which is not a layer this planner knows "
                                  "(mamba, attention, mlp or moe)")
                             .arg(b.toString().left(40));
                return std::nullopt;
            }
            pattern += letters.value(b.toString());
        }
        config.insert(QStringLiteral("hybrid_override_pattern"), pattern);
    }
    if (nemotronH) {
        // hybrid_override_pattern: one character a layer — M Mamba-2, * attention, - MLP, E experts.
        const QString pattern = config.value(QLatin1String("hybrid_override_pattern")).toString();
        if (pattern.size() != s.L) {
            *error = Text::tr("field \"hybrid_override_pattern\" names %1 layers, not num_hidden_layers = %2")
                         .arg(pattern.size()).arg(s.L);
            return std::nullopt;
        }
        for (const QChar c : pattern) {
            if (c == QLatin1Char('M'))
                s.kinds << LayerKind::Recurrent;
            else if (c == QLatin1Char('*'))
                s.kinds << LayerKind::Full;
            else if (c == QLatin1Char('-') || (c == QLatin1Char('E') && s.experts > 0))
                s.kinds << LayerKind::Feedforward; // an MLP or experts: nothing cached
            else {
                *error = c == QLatin1Char('E')
                    ? Text::tr("field \"hybrid_override_pattern\" has mixture-of-experts layers (E) but "
                               "\"n_routed_experts\" is missing")
                    : Text::tr("field \"hybrid_override_pattern\" holds \"%1\", which is not a layer this planner "
                               "knows (M, *, - or E)").arg(c);
                return std::nullopt;
            }
            s.moeLayer << (c == QLatin1Char('E'));
        }
    }
    if (jamba) {
        // Experts where i % expert_layer_period == expert_layer_offset, a dense MLP elsewhere.
        const qint64 period = f.integer({"expert_layer_period"}, 2, 1);
        const qint64 offset = f.integer({"expert_layer_offset"}, 1);
        for (qint64 i = 0; i < s.L && s.L <= ModelSpec::kMaxCount; ++i)
            s.moeLayer << (i % period == offset);
    }
    if (llama4) {
        // MoE in the layers moe_layers lists, else every interleave_moe_layer_step-th.
        const QJsonArray listed = config.value(QLatin1String("moe_layers")).toArray();
        const qint64 step = f.integer({"interleave_moe_layer_step"}, 1, 1);
        for (qint64 i = 0; i < s.L && s.L <= ModelSpec::kMaxCount; ++i)
            s.moeLayer << (listed.isEmpty() ? (i + 1) % step == 0 : listed.contains(QJsonValue(double(i))));
    }
    if (granite && s.kinds.isEmpty())
        for (qint64 i = 0; i < s.L && s.L <= ModelSpec::kMaxCount; ++i)
            s.kinds << LayerKind::Full; // layer by layer, so that the shared MLP is counted
    if (hybridQwen) {
        s.linKeyHeads = f.integer({"linear_num_key_heads"});
        s.linValueHeads = f.integer({"linear_num_value_heads"});
        s.linKeyDim = f.integer({"linear_key_head_dim"});
        s.linValueDim = f.integer({"linear_value_head_dim"});
        s.convKernel = f.integer({"linear_conv_kernel_dim"}, 4);
        // MoE in layer i when (i + 1) % decoder_sparse_step == 0 and i is not in mlp_only_layers.
        const qint64 step = f.integer({"decoder_sparse_step"}, 1, 1);
        const QJsonArray mlpOnly = config.value(QLatin1String("mlp_only_layers")).toArray();
        for (qint64 i = 0; i < s.L && s.L <= ModelSpec::kMaxCount; ++i)
            s.moeLayer << ((i + 1) % step == 0 && !mlpOnly.contains(QJsonValue(double(i))));
        if (s.experts > 0 && s.I <= 0)
            s.I = s.expertI; // no dense layer: intermediate_size is not used
    }

    ModelSpec m;
    m.layers = int(s.L);
    m.hidden = int(s.H);
    m.heads = int(s.heads);
    m.kvHeads = int(s.kv);
    m.headDim = int(s.hd);
    m.headDimExplicit = f.has("head_dim") || gemma3;
    m.intermediate = int(s.I);
    m.vocab = int(s.V);
    m.tiedEmbeddings = s.tied;
    m.maxContext = int(context);
    m.kvLoraRank = int(s.kvLora);
    m.qkRopeHeadDim = int(s.rope);
    m.indexHeadDim = int(s.indexDim);
    m.experts = int(s.experts);
    m.expertsPerToken = int(f.integer({"num_experts_per_tok", "experts_per_token"}, 0));
    const qint64 window = f.integer({"sliding_window", "sliding_window_size"}, gemma3 ? 4096 : 0);
    const bool qwen = s.type.startsWith(QLatin1String("qwen"));
    if (window > 0 && (!qwen || f.boolean("use_sliding_window", false))) {
        m.slidingWindow = int(window);
        if (s.type == QLatin1String("gemma2"))
            m.globalEvery = 2;
        else if (s.type.startsWith(QLatin1String("gemma3")))
            m.globalEvery = int(f.integer({"sliding_window_pattern"}, 6, 1)); // 0 would make every layer slide
        else if (s.type == QLatin1String("cohere2"))
            m.globalEvery = int(f.integer({"sliding_window_pattern"}, 4, 1)); // Cohere2Config's default
    }
    m.layerKinds = s.kinds;
    if (s.kinds.contains(LayerKind::Sliding) && m.slidingWindow <= 0)
        m.slidingWindow = int(window); // layer_types names the sliding layers; Qwen's use_sliding_window does not apply
    if (s.kinds.contains(LayerKind::Chunked))
        m.chunkSize = int(f.integer({"attention_chunk_size"}, 0, 1));
    if (s.kinds.contains(LayerKind::Recurrent) && s.mamba1Inner > 0) {
        // Mamba-1's state per sequence (vLLM's mamba1_state_shape, llama.cpp's r and s): the last
        // d_conv − 1 inputs of the convolution over x, and d_inner × d_state; both split by the inner
        // width under tensor parallelism.
        m.convStateElements = (s.convKernel - 1) * s.mamba1Inner;
        m.ssmStateElements = s.mamba1Inner * s.mambaState;
        m.recurrentHeads = m.recurrentGroups = int(s.mamba1Inner);
    } else if (s.kinds.contains(LayerKind::Recurrent) && s.mambaHeads > 0) {
        // Mamba-2's state per sequence (vLLM's MambaStateShapeCalculator.mamba2_state_shape): the
        // last d_conv − 1 inputs of the convolution over x, B and C, and a d_head × d_state matrix
        // per head.
        m.convStateElements = (s.convKernel - 1) * (s.mambaInner + 2 * s.mambaGroups * s.mambaState);
        m.ssmStateElements = s.mambaHeads * s.mambaHeadDim * s.mambaState;
        m.recurrentHeads = int(s.mambaHeads);
        m.recurrentGroups = int(s.mambaGroups);
    } else if (s.kinds.contains(LayerKind::Recurrent)) {
        // Gated DeltaNet's state per sequence (vLLM's and transformers' caches): the last
        // kernel − 1 inputs of the convolution over q, k and v, and one k × v matrix per value head.
        m.convStateElements = (s.convKernel - 1) * (2 * s.linKeyHeads * s.linKeyDim + s.linValueHeads * s.linValueDim);
        m.ssmStateElements = s.linValueHeads * s.linKeyDim * s.linValueDim;
        m.recurrentHeads = int(s.linValueHeads);
        m.recurrentGroups = int(s.linKeyHeads);
    }
    if (s.kinds.contains(LayerKind::Recurrent)) {
        const auto bytesOf = [](const QString &dtype, int fallback) {
            if (dtype == QLatin1String("float32"))
                return 4;
            if (dtype == QLatin1String("bfloat16") || dtype == QLatin1String("float16"))
                return 2;
            return fallback;
        };
        const int modelBytes = bytesOf(f.string("torch_dtype").isEmpty() ? f.string("dtype") : f.string("torch_dtype"), 2);
        m.convStateBytes = modelBytes;
        // mamba_ssm_dtype (or mamba_ssm_cache_dtype) where the config gives it (Qwen3.5: float32),
        // else the model's dtype as vLLM's --mamba-ssm-cache-dtype auto takes it.
        m.ssmStateBytes = bytesOf(f.string("mamba_ssm_dtype").isEmpty() ? f.string("mamba_ssm_cache_dtype")
                                                                         : f.string("mamba_ssm_dtype"), modelBytes);
    }
    // Only now: every field above has been read, so a bad one anywhere is reported.
    if (!f.bad().isEmpty()) {
        *error = f.bad();
        return std::nullopt;
    }
    if (granite && s.mambaHeads * s.mambaHeadDim != s.mambaInner) {
        *error = Text::tr("fields \"mamba_n_heads\" × \"mamba_d_head\" (%1 × %2) do not make mamba_expand × hidden_size (%3)")
                     .arg(s.mambaHeads).arg(s.mambaHeadDim).arg(s.mambaInner);
        return std::nullopt;
    }
    if (hybridQwen)
        for (const auto &[value, name] :
             {std::pair{s.linKeyHeads, "linear_num_key_heads"}, std::pair{s.linValueHeads, "linear_num_value_heads"},
              std::pair{s.linKeyDim, "linear_key_head_dim"}, std::pair{s.linValueDim, "linear_value_head_dim"}})
            if (value <= 0) {
                *error = Text::tr("field \"%1\" is missing or invalid").arg(QLatin1String(name));
                return std::nullopt;
            }
    for (const auto &[value, name] : {std::pair{s.L, "num_hidden_layers"}, std::pair{s.H, "hidden_size"},
                                      std::pair{s.heads, "num_attention_heads"}, std::pair{s.V, "vocab_size"},
                                      std::pair{s.I, "intermediate_size"}, std::pair{context, "max_position_embeddings"}})
        if (value <= 0 || value > ModelSpec::kMaxCount) {
            *error = Text::tr("field \"%1\" is missing or invalid").arg(QLatin1String(name));
            return std::nullopt;
        }
    m.parameters = countParameters(s);
    if (const auto tower = visionTowerParameters(top, s.H)) {
        m.towerParameters = *tower;
        m.parameters += *tower;
    }
    m.nominalParameters = m.parameters;
    // Weights as published: MXFP4 experts (gpt-oss's quantization_config) keep each expert matrix in
    // blocks of 32 four-bit values and one shared 8-bit exponent, 17 B per 32; everything else —
    // attention, router, embeddings, head, expert biases — stays BF16.
    const QJsonObject quantization = top.value(QLatin1String("quantization_config")).toObject();
    if (quantization.value(QLatin1String("quant_method")).toString() == QLatin1String("mxfp4") && s.experts > 0) {
        qint64 moeLayers = 0;
        for (qint64 i = 0; i < s.L; ++i)
            moeLayers += s.moeLayer.value(i, i >= s.denseLayers) ? 1 : 0;
        const Wide expertMatrices = Wide(moeLayers) * s.experts * (s.gatedExperts ? 3 : 2) * s.H * s.expertI;
        if (expertMatrices % 32 == 0 && expertMatrices <= Wide(m.parameters)) {
            if (const auto bytes = narrow(expertMatrices / 32 * 17 + (Wide(m.parameters) - expertMatrices) * 2)) {
                m.fileWeightBytes = *bytes;
                m.fileWeightType = QStringLiteral("MXFP4 experts, BF16");
            }
        }
    }
    m.id = QStringLiteral("config");
    if (const QString problem = m.validate(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return m;
}

} // namespace vram
