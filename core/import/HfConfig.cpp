// SPDX-License-Identifier: GPL-3.0-or-later
#include "HfConfig.h"

#include "ArchitectureShape.h"
#include "ConfigFields.h"
#include "StoredWeights.h"
#include "VisionTowers.h"

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

// Which family a model_type belongs to: what reading its config switches on.
struct Family {
    bool gemma = false, gemma3 = false, falcon = false, neox = false, glm = false, deepseek = false;
    bool hybridQwen = false, granite = false, nemotronH = false, gptOss = false, llama4 = false;
    bool cohere = false, minimax = false, jamba = false, falconH1 = false;
};

Family familyOf(const QString &type)
{
    Family k;
    k.gemma = type.startsWith(QLatin1String("gemma"));
    k.falcon = type == QLatin1String("falcon");
    k.neox = type == QLatin1String("gpt_neox");
    // DeepSeek's mixture of experts: routed and shared experts, dense first layers, a score bias;
    // GLM-4.5 (glm4_moe) has the same with grouped-query attention in place of MLA.
    k.glm = type == QLatin1String("glm4_moe");
    k.deepseek = type.startsWith(QLatin1String("deepseek")) || type == QLatin1String("kimi_k2") || k.glm;
    k.hybridQwen = type == QLatin1String("qwen3_next") || type.startsWith(QLatin1String("qwen3_5"));
    k.granite = type == QLatin1String("granitemoehybrid");
    k.nemotronH = type == QLatin1String("nemotron_h");
    k.gptOss = type == QLatin1String("gpt_oss");
    k.llama4 = type == QLatin1String("llama4_text");
    k.cohere = type.startsWith(QLatin1String("cohere"));
    k.minimax = type == QLatin1String("minimax_m2");
    k.jamba = type == QLatin1String("jamba");
    k.falconH1 = type == QLatin1String("falcon_h1");
    k.gemma3 = type.startsWith(QLatin1String("gemma3"));
    return k;
}

// Attention's biases and norms, the norms of a layer and the MLP's form.
void readAttention(ArchitectureShape &s, ConfigFields &f, const Family &k)
{
    s.qkvBias = s.type.startsWith(QLatin1String("qwen2")) || (k.glm && f.boolean("attention_bias", false));
    s.gatedAttention = k.hybridQwen && f.boolean("attn_output_gate", true);
    s.qkNorm = s.type.startsWith(QLatin1String("qwen3")) || k.gemma3
               || (k.glm && f.boolean("use_qk_norm", false));
    s.normsPerLayer = (s.type == QLatin1String("gemma2") || k.gemma3) ? 4 : 2;
    if (k.falcon) {
        s.layerNormBias = true;
        s.gatedMlp = false;
        s.normsPerLayer = f.boolean("new_decoder_architecture", false) ? 2 : 1;
    }
    if (k.cohere) {
        // Attention and MLP in parallel after one LayerNorm (weight only); optional q/k LayerNorms per head.
        s.normsPerLayer = 1;
        s.qkNorm = f.boolean("use_qk_norm", false);
        s.qkNormEveryChannel = true;
    }
    if (k.neox) {
        s.layerNormBias = true;
        s.gatedMlp = false;
        s.mlpBias = true;
    }
    if (k.falconH1) {
        // Llama's attention (one bias switch for q, k, v and o) and gated MLP (mlp_bias).
        s.qkvBias = s.outputBias = f.boolean("attention_bias", false);
        s.mlpBias = f.boolean("mlp_bias", false);
    }
}

// Experts and recurrent mixers, family by family; false with a message for what cannot be read.
bool readMixers(ArchitectureShape &s, ConfigFields &f, const QJsonObject &config, const Family &k, QString *error)
{
    if (s.type == QLatin1String("mixtral")) {
        s.experts = f.integer({"num_local_experts"}, 0);
        s.expertI = s.I;
    } else if (k.llama4) {
        // Llama 4: experts of intermediate_size and one shared expert of the same width in the MoE
        // layers, a dense MLP of intermediate_size_mlp in the others; a router without bias.
        s.experts = f.integer({"num_local_experts"}, 0);
        s.expertI = s.I;
        s.sharedI = s.I;
        s.sharedCount = 1;
        s.I = f.integer({"intermediate_size_mlp"}, s.I);
    } else if (k.jamba) {
        // Jamba: Mamba-1 mixers and attention, each followed by a dense MLP or experts of the same width.
        s.experts = f.integer({"num_experts"}, 0);
        s.expertI = s.I;
        s.mamba1Inner = f.integer({"mamba_expand"}, 2, 1) * s.H;
        s.mambaState = f.integer({"mamba_d_state"}, 16, 1);
        s.convKernel = f.integer({"mamba_d_conv"}, 4, 1);
        s.dtRank = f.integer({"mamba_dt_rank"}, (s.H + 15) / 16, 1);
        s.mambaProjBias = f.boolean("mamba_proj_bias", false);
        s.mambaConvBias = f.boolean("mamba_conv_bias", true);
    } else if (k.minimax) {
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
                return false;
            }
    } else if (k.gptOss) {
        // Every layer MoE (transformers' GptOssMLP): experts of intermediate_size with biases, a router
        // with a bias; attention with biases on q, k, v and o and a sink per head.
        s.experts = f.integer({"num_local_experts"}, 0);
        s.expertI = s.I;
        s.expertBias = true;
        s.qkvBias = s.outputBias = f.boolean("attention_bias", true);
        s.sinks = true;
    } else if (s.type == QLatin1String("qwen2_moe") || s.type == QLatin1String("qwen3_moe") || k.hybridQwen) {
        s.experts = f.integer({"num_experts"}, 0);
        s.expertI = f.integer({"moe_intermediate_size"}, 0);
        s.sharedI = f.integer({"shared_expert_intermediate_size"}, 0);
        s.sharedCount = s.sharedI > 0 ? 1 : 0;
        s.sharedGate = s.sharedI > 0;
    } else if (k.granite) {
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
        s.mambaProjBias = s.mambaOutBias = f.boolean("mamba_proj_bias", false);
        s.mambaConvBias = f.boolean("mamba_conv_bias", true);
    } else if (k.falconH1) {
        // Falcon-H1 (transformers' FalconH1Mixer): a Mamba-2 mixer of mamba_d_ssm channels beside the
        // attention of every layer. FalconH1Config's defaults: mamba_d_ssm 1,024 when the field is
        // absent, mamba_expand × hidden_size when it is null; mamba_d_head "auto" = d_ssm / n_heads.
        s.mambaBesideAttention = true;
        const QJsonValue ssm = config.value(QLatin1String("mamba_d_ssm"));
        s.mambaInner = ssm.isNull() ? f.integer({"mamba_expand"}, 2, 1) * s.H : f.integer({"mamba_d_ssm"}, 1024, 1);
        s.mambaHeads = f.integer({"mamba_n_heads"}, 128, 1);
        s.mambaHeadDim = config.value(QLatin1String("mamba_d_head")).isString()
            ? s.mambaInner / s.mambaHeads
            : f.integer({"mamba_d_head"}, s.mambaInner / s.mambaHeads, 1);
        s.mambaGroups = f.integer({"mamba_n_groups"}, 1, 1);
        s.mambaState = f.integer({"mamba_d_state"}, 256, 1);
        s.convKernel = f.integer({"mamba_d_conv"}, 4, 1);
        s.mambaProjBias = f.boolean("mamba_proj_bias", false);
        s.mambaOutBias = f.boolean("projectors_bias", false);
        s.mambaConvBias = f.boolean("mamba_conv_bias", true);
        s.mambaGatedNorm = f.boolean("mamba_rms_norm", false);
    } else if (k.nemotronH) {
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
        s.mambaProjBias = s.mambaOutBias = f.boolean("mamba_proj_bias", false);
        s.mambaConvBias = f.boolean("use_conv_bias", true);
        // Nemotron 3's MoE layers: relu² experts, a shared expert, a router with a score bias.
        s.experts = f.integer({"n_routed_experts"}, 0);
        s.expertI = f.integer({"moe_intermediate_size"}, s.I);
        s.sharedI = f.integer({"moe_shared_expert_intermediate_size"}, 0);
        s.sharedCount = s.sharedI > 0 ? f.integer({"n_shared_experts"}, 1) : 0;
        s.gatedExperts = false;
        s.scoreBias = true;
        s.moeLatent = f.integer({"moe_latent_size"}, 0);
    } else if (k.deepseek) {
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
    return true;
}

// Each layer's kind, and which layers hold experts; false with a message for a list that does not fit.
bool readLayers(ArchitectureShape &s, ConfigFields &f, QJsonObject config, const Family &k, QString *error)
{
    // Each layer's kind: config.json's layer_types where present, else Qwen3-Next's "every N-th
    // layer is full attention, the others Gated DeltaNet".
    const QJsonValue types = config.value(QLatin1String("layer_types"));
    if (types.isArray()) {
        const QJsonArray list = types.toArray();
        if (list.size() != s.L) {
            *error = Text::tr("field \"layer_types\" names %1 layers, not num_hidden_layers = %2").arg(list.size()).arg(s.L);
            return false;
        }
        for (const QJsonValue &v : list) {
            const auto kind = parseLayerKind(v.toString());
            if (!kind) {
                *error = Text::tr("field \"layer_types\" holds \"%1\", which is not a layer type this planner knows")
                             .arg(v.toString().left(40));
                return false;
            }
            s.kinds << *kind;
        }
    } else if (k.llama4) {
        // no_rope_layers: 1 where a layer uses RoPE, and with it chunked attention; 0 for the NoPE
        // layers, which attend to everything. Llama4TextConfig's default when absent or empty:
        // every no_rope_layer_interval-th layer NoPE.
        const QJsonArray noRope = config.value(QLatin1String("no_rope_layers")).toArray();
        const qint64 interval = f.integer({"no_rope_layer_interval"}, 4, 1);
        const bool chunked = f.integer({"attention_chunk_size"}, 0) > 0;
        if (!noRope.isEmpty() && noRope.size() != s.L) {
            *error = Text::tr("field \"no_rope_layers\" names %1 layers, not num_hidden_layers = %2").arg(noRope.size()).arg(s.L);
            return false;
        }
        for (qint64 i = 0; i < s.L && s.L <= ModelSpec::kMaxCount; ++i) {
            const bool rope = noRope.isEmpty() ? (i + 1) % interval != 0 : noRope.at(i).toInt(1) != 0;
            s.kinds << (rope && chunked ? LayerKind::Chunked : LayerKind::Full);
        }
    } else if (k.jamba) {
        // Attention where i % attn_layer_period == attn_layer_offset, Mamba-1 elsewhere.
        const qint64 period = f.integer({"attn_layer_period"}, 8, 1);
        const qint64 offset = f.integer({"attn_layer_offset"}, 4);
        for (qint64 i = 0; i < s.L && s.L <= ModelSpec::kMaxCount; ++i)
            s.kinds << (i % period == offset ? LayerKind::Full : LayerKind::Recurrent);
    } else if (k.gptOss) {
        // GptOssConfig's default: even layers slide, odd layers attend to everything.
        for (qint64 i = 0; i < s.L && s.L <= ModelSpec::kMaxCount; ++i)
            s.kinds << (i % 2 == 0 ? LayerKind::Sliding : LayerKind::Full);
    } else if (k.hybridQwen) {
        const qint64 interval = f.integer({"full_attention_interval"}, 4, 1);
        for (qint64 i = 0; i < s.L && s.L <= ModelSpec::kMaxCount; ++i)
            s.kinds << ((i + 1) % interval == 0 ? LayerKind::Full : LayerKind::Recurrent);
    }
    if (k.nemotronH && config.value(QLatin1String("layers_block_type")).isArray()) {
        // Nemotron 3.5's spelling: a name a layer.
        const QJsonArray blocks = config.value(QLatin1String("layers_block_type")).toArray();
        if (blocks.size() != s.L) {
            *error = Text::tr("field \"layers_block_type\" names %1 layers, not num_hidden_layers = %2").arg(blocks.size()).arg(s.L);
            return false;
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
                return false;
            }
            pattern += letters.value(b.toString());
        }
        config.insert(QStringLiteral("hybrid_override_pattern"), pattern);
    }
    if (k.nemotronH) {
        // hybrid_override_pattern: one character a layer — M Mamba-2, * attention, - MLP, E experts.
        const QString pattern = config.value(QLatin1String("hybrid_override_pattern")).toString();
        if (pattern.size() != s.L) {
            *error = Text::tr("field \"hybrid_override_pattern\" names %1 layers, not num_hidden_layers = %2")
                         .arg(pattern.size()).arg(s.L);
            return false;
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
                return false;
            }
            s.moeLayer << (c == QLatin1Char('E'));
        }
    }
    if (k.jamba) {
        // Experts where i % expert_layer_period == expert_layer_offset, a dense MLP elsewhere.
        const qint64 period = f.integer({"expert_layer_period"}, 2, 1);
        const qint64 offset = f.integer({"expert_layer_offset"}, 1);
        for (qint64 i = 0; i < s.L && s.L <= ModelSpec::kMaxCount; ++i)
            s.moeLayer << (i % period == offset);
    }
    if (k.llama4) {
        // MoE in the layers moe_layers lists, else every interleave_moe_layer_step-th.
        const QJsonArray listed = config.value(QLatin1String("moe_layers")).toArray();
        const qint64 step = f.integer({"interleave_moe_layer_step"}, 1, 1);
        for (qint64 i = 0; i < s.L && s.L <= ModelSpec::kMaxCount; ++i)
            s.moeLayer << (listed.isEmpty() ? (i + 1) % step == 0 : listed.contains(QJsonValue(double(i))));
    }
    if (k.granite && s.kinds.isEmpty())
        for (qint64 i = 0; i < s.L && s.L <= ModelSpec::kMaxCount; ++i)
            s.kinds << LayerKind::Full; // layer by layer, so that the shared MLP is counted
    if (k.hybridQwen) {
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
    return true;
}

// Sliding windows and chunks: how many tokens the windowed layers keep.
void readWindows(ModelSpec &m, const ArchitectureShape &s, ConfigFields &f, const Family &k)
{
    const qint64 window = f.integer({"sliding_window", "sliding_window_size"}, k.gemma3 ? 4096 : 0);
    const bool qwen = s.type.startsWith(QLatin1String("qwen"));
    if (window > 0 && (!qwen || f.boolean("use_sliding_window", false))) {
        m.slidingWindow = int(window);
        if (s.type == QLatin1String("gemma2"))
            m.globalEvery = 2;
        else if (k.gemma3)
            m.globalEvery = int(f.integer({"sliding_window_pattern"}, 6, 1)); // 0 would make every layer slide
        else if (s.type == QLatin1String("cohere2"))
            m.globalEvery = int(f.integer({"sliding_window_pattern"}, 4, 1)); // Cohere2Config's default
    }
    m.layerKinds = s.kinds;
    if (s.kinds.contains(LayerKind::Sliding) && m.slidingWindow <= 0)
        m.slidingWindow = int(window); // layer_types names the sliding layers; Qwen's use_sliding_window does not apply
    if (s.kinds.contains(LayerKind::Chunked))
        m.chunkSize = int(f.integer({"attention_chunk_size"}, 0, 1));
}

// A recurrent layer's state per sequence, its element types, and how tensor parallelism splits it.
void readRecurrentState(ModelSpec &m, const ArchitectureShape &s, ConfigFields &f)
{
    const bool stateful = s.kinds.contains(LayerKind::Recurrent) || s.mambaBesideAttention;
    m.stateBesideAttention = s.mambaBesideAttention;
    if (s.kinds.contains(LayerKind::Recurrent) && s.mamba1Inner > 0) {
        // Mamba-1's state per sequence (vLLM's mamba1_state_shape, llama.cpp's r and s): the last
        // d_conv − 1 inputs of the convolution over x, and d_inner × d_state; both split by the inner
        // width under tensor parallelism.
        m.convStateElements = (s.convKernel - 1) * s.mamba1Inner;
        m.ssmStateElements = s.mamba1Inner * s.mambaState;
        m.recurrentHeads = m.recurrentGroups = int(s.mamba1Inner);
        m.recurrentMixer = RecurrentMixer::Mamba1;
    } else if (stateful && s.mambaHeads > 0) {
        // Mamba-2's state per sequence (vLLM's MambaStateShapeCalculator.mamba2_state_shape): the
        // last d_conv − 1 inputs of the convolution over x, B and C, and a d_head × d_state matrix
        // per head.
        m.convStateElements = (s.convKernel - 1) * (s.mambaInner + 2 * s.mambaGroups * s.mambaState);
        m.ssmStateElements = s.mambaHeads * s.mambaHeadDim * s.mambaState;
        m.recurrentHeads = int(s.mambaHeads);
        m.recurrentGroups = int(s.mambaGroups);
        m.recurrentStateSize = int(s.mambaState);
        m.recurrentMixer = RecurrentMixer::Mamba2;
    } else if (s.kinds.contains(LayerKind::Recurrent)) {
        // Gated DeltaNet's state per sequence (vLLM's and transformers' caches): the last
        // kernel − 1 inputs of the convolution over q, k and v, and one k × v matrix per value head.
        m.convStateElements = (s.convKernel - 1) * (2 * s.linKeyHeads * s.linKeyDim + s.linValueHeads * s.linValueDim);
        m.ssmStateElements = s.linValueHeads * s.linKeyDim * s.linValueDim;
        m.recurrentHeads = int(s.linValueHeads);
        m.recurrentGroups = int(s.linKeyHeads);
        m.recurrentMixer = RecurrentMixer::GatedDeltaNet;
    }
    if (stateful) {
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
}

// What only the whole shape can tell: a bad field anywhere, mixers that do not add up, missing sizes.
bool checkShape(const ArchitectureShape &s, const ConfigFields &f, qint64 context, const Family &k, QString *error)
{
    // Only now: every field above has been read, so a bad one anywhere is reported.
    if (!f.bad().isEmpty()) {
        *error = f.bad();
        return false;
    }
    if (k.granite && s.mambaHeads * s.mambaHeadDim != s.mambaInner) {
        *error = Text::tr("fields \"mamba_n_heads\" × \"mamba_d_head\" (%1 × %2) do not make mamba_expand × hidden_size (%3)")
                     .arg(s.mambaHeads).arg(s.mambaHeadDim).arg(s.mambaInner);
        return false;
    }
    if (k.falconH1 && s.mambaHeads * s.mambaHeadDim != s.mambaInner) {
        *error = Text::tr("fields \"mamba_n_heads\" × \"mamba_d_head\" (%1 × %2) do not make \"mamba_d_ssm\" (%3; "
                          "1,024 when the field is absent)")
                     .arg(s.mambaHeads).arg(s.mambaHeadDim).arg(s.mambaInner);
        return false;
    }
    if (k.hybridQwen)
        for (const auto &[value, name] :
             {std::pair{s.linKeyHeads, "linear_num_key_heads"}, std::pair{s.linValueHeads, "linear_num_value_heads"},
              std::pair{s.linKeyDim, "linear_key_head_dim"}, std::pair{s.linValueDim, "linear_value_head_dim"}})
            if (value <= 0) {
                *error = Text::tr("field \"%1\" is missing or invalid").arg(QLatin1String(name));
                return false;
            }
    for (const auto &[value, name] : {std::pair{s.L, "num_hidden_layers"}, std::pair{s.H, "hidden_size"},
                                      std::pair{s.heads, "num_attention_heads"}, std::pair{s.V, "vocab_size"},
                                      std::pair{s.I, "intermediate_size"}, std::pair{context, "max_position_embeddings"}})
        if (value <= 0 || value > ModelSpec::kMaxCount) {
            *error = Text::tr("field \"%1\" is missing or invalid").arg(QLatin1String(name));
            return false;
        }
    return true;
}

// Weights as published, where the config's quantization_config says how they are stored.
void readPublishedBytes(ModelSpec &m, const ArchitectureShape &s, const QJsonObject &top, const ConfigFields &f)
{
    const QJsonObject quantization = top.value(QLatin1String("quantization_config")).toObject();
    if (quantization.isEmpty())
        return;
    const QString dtype = f.string("torch_dtype").isEmpty() ? f.string("dtype") : f.string("torch_dtype");
    const QString restName = dtype == QLatin1String("float32")   ? QStringLiteral("FP32")
                             : dtype == QLatin1String("float16") ? QStringLiteral("FP16")
                                                                 : QStringLiteral("BF16");
    if (const auto stored = storedWeights(s, m.parameters, quantization, dtype == QLatin1String("float32") ? 4 : 2, restName)) {
        m.fileWeightBytes = stored->bytes;
        m.fileWeightType = stored->type;
    }
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
            QStringLiteral("deepseek_v32"), QStringLiteral("minimax_m2"), QStringLiteral("jamba"),
            QStringLiteral("falcon_h1")};
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
    ConfigFields f(config);
    ArchitectureShape s;
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
    const Family k = familyOf(s.type);

    s.L = f.integer({"num_hidden_layers", "n_layer"});
    s.H = f.integer({"hidden_size", "n_embd"});
    // transformers' defaults for what a config may leave out: Gemma 3's published configs have no
    // vocab_size (Gemma3TextConfig's 262,208), and the 4B's none of the head counts, head_dim or
    // context (8 heads, 4 KV heads of 256, 131,072 positions).
    s.heads = f.integer({"num_attention_heads", "n_head"}, k.gemma3 ? 8 : -1);
    s.V = f.integer({"vocab_size"}, k.gemma3 ? 262208 : -1);
    qint64 kv = f.integer({"num_key_value_heads", "num_kv_heads", "n_head_kv"}, k.gemma3 ? 4 : s.heads);
    if (k.falcon && !f.has("num_kv_heads") && !f.has("n_head_kv"))
        kv = f.boolean("multi_query", true) && !f.boolean("new_decoder_architecture", false) ? 1 : s.heads;
    s.kv = kv;
    s.hd = f.integer({"head_dim", "attention_head_dim"}, k.gemma3 ? 256 : s.heads > 0 ? s.H / s.heads : 0);
    s.I = f.integer({"intermediate_size", "ffn_hidden_size"}, k.falcon || k.neox ? 4 * s.H : -1);
    // Cohere's configs say use_embedding_sharing; transformers' CohereConfig ties by default.
    s.tied = f.boolean("tie_word_embeddings", k.gemma || k.falcon || (k.cohere && f.boolean("use_embedding_sharing", true)));
    const qint64 context = f.integer({"max_position_embeddings"}, k.falcon ? 2048 : k.gemma3 ? 131072 : -1);

    readAttention(s, f, k);
    if (!readMixers(s, f, config, k, error) || !readLayers(s, f, config, k, error))
        return std::nullopt;

    ModelSpec m;
    m.layers = int(s.L);
    m.hidden = int(s.H);
    m.heads = int(s.heads);
    m.kvHeads = int(s.kv);
    m.headDim = int(s.hd);
    m.headDimExplicit = f.has("head_dim") || k.gemma3;
    m.intermediate = int(s.I);
    m.vocab = int(s.V);
    m.tiedEmbeddings = s.tied;
    m.maxContext = int(context);
    m.kvLoraRank = int(s.kvLora);
    m.qkRopeHeadDim = int(s.rope);
    m.indexHeadDim = int(s.indexDim);
    m.experts = int(s.experts);
    m.expertsPerToken = int(f.integer({"num_experts_per_tok", "experts_per_token"}, 0));
    readWindows(m, s, f, k);
    readRecurrentState(m, s, f);
    if (!checkShape(s, f, context, k, error))
        return std::nullopt;
    m.parameters = countParameters(s);
    if (const auto tower = visionTowerParameters(top, s.H)) {
        m.towerParameters = *tower;
        m.parameters += *tower;
    }
    m.nominalParameters = m.parameters;
    m.architecture = top.value(QLatin1String("architectures")).toArray().at(0).toString().left(ModelSpec::kMaxNameLength);
    readPublishedBytes(m, s, top, f);
    m.id = QStringLiteral("config");
    if (const QString problem = m.validate(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return m;
}

} // namespace vram
