// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

namespace vram {

enum class AttentionKind { MultiHead, GroupedQuery, MultiQuery, MultiHeadLatent };

// What one layer keeps per request: every token (full attention), the last `slidingWindow`
// tokens (sliding), the tokens of the current chunk (chunked, Llama 4), or no tokens but a
// fixed state (recurrent: Gated DeltaNet, Mamba), which grows with requests, not with tokens.
// Feedforward: a layer with an MLP and no token mixer (Nemotron-H's "-"): nothing cached.
enum class LayerKind { Full, Sliding, Chunked, Recurrent, Feedforward };

// The token mixer of a model's recurrent layers; engines treat them differently (SGLang keeps
// extra state buffers for Mamba-2 and Gated DeltaNet but not for Mamba-1).
enum class RecurrentMixer { None, Mamba1, Mamba2, GatedDeltaNet };

QString attentionKindName(AttentionKind kind);
// The catalogue's names: "mamba1", "mamba2", "gated_deltanet" ("" for none).
QString recurrentMixerId(RecurrentMixer mixer);
std::optional<RecurrentMixer> parseRecurrentMixer(const QString &id);
// transformers' layer_types names: "full_attention", "sliding_attention", "chunked_attention",
// "linear_attention" (recurrent; "mamba" is read as one too), "mlp" (no token mixer).
QString layerKindId(LayerKind kind);
std::optional<LayerKind> parseLayerKind(const QString &id);
// "MHA", "GQA", "MQA", "MLA": the same in every language.
QString attentionKindShortName(AttentionKind kind);

// A transformer's shape as its config.json declares it, plus its parameter
// count. Only what the memory model needs; every count is an integer.
struct ModelSpec {
    // The longest id or name a model may have; importers shorten longer names to it.
    static constexpr int kMaxNameLength = 200;
    // The largest layer, head, width or vocabulary count an importer accepts: 2^30 is far beyond
    // any model and still fits an int.
    static constexpr qint64 kMaxCount = qint64(1) << 30;

    QString id;                  // "llama-2-13b"
    QString name;                // "LLaMA-2 13B"
    QString family;              // "LLaMA-2"
    qint64 parameters = 0;       // exact count (safetensors or computed)
    qint64 towerParameters = 0;  // of `parameters`, the vision tower and its projector (0: none, or not counted)
    qint64 nominalParameters = 0;// the size in the name: 13B = 13e9 (article method)
    qint64 activeParameters = 0; // MoE: per token; 0 for dense models
    int layers = 0;
    int hidden = 0;
    int heads = 0;
    int kvHeads = 0;
    int headDim = 0;             // explicit in config.json, or hidden / heads
    bool headDimExplicit = false;
    int intermediate = 0;
    int vocab = 0;
    bool tiedEmbeddings = false;
    // The token-embedding table, vocab × hidden; a tied output head is this table itself.
    qint64 embeddingTableParameters() const { return qint64(std::max(vocab, 0)) * std::max(hidden, 0); }
    int maxContext = 0;
    // Multi-head latent attention (DeepSeek-V2/V3): one compressed latent per token and layer.
    int kvLoraRank = 0;
    int qkRopeHeadDim = 0;
    // DeepSeek V3.2's lightning indexer: beside the latent, every layer caches an index key of
    // index_head_dim FP8 values with one fp32 scale per 128 of them, whatever the cache's type
    // (the reference inference code and vLLM's indexer cache).
    int indexHeadDim = 0;
    qint64 indexerBytesPerTokenPerLayer() const { return indexHeadDim > 0 ? indexHeadDim + 4 * ((indexHeadDim + 127) / 128) : 0; }
    // Sliding-window attention: layers that keep at most `slidingWindow` tokens.
    // globalEvery = 0: every layer slides; N: every N-th layer (N, 2N, …) is global.
    int slidingWindow = 0;
    int globalEvery = 0;
    // Per-layer kinds as config.json's layer_types gives them; empty: every layer is full
    // attention, or sliding as slidingWindow and globalEvery say.
    QList<LayerKind> layerKinds;
    int chunkSize = 0;           // chunked attention: tokens per chunk
    // A recurrent layer's state for one sequence: the convolution's last inputs and the SSM
    // (or delta-rule) state, each with its element size in bytes (config.json's dtypes).
    qint64 convStateElements = 0;
    int convStateBytes = 2;
    qint64 ssmStateElements = 0;
    int ssmStateBytes = 4;
    // How tensor parallelism splits that state: over the recurrent heads (Mamba-2 heads, Gated
    // DeltaNet value heads) and groups (Mamba-2 groups, Gated DeltaNet key heads); 0 when unknown.
    int recurrentHeads = 0;
    int recurrentGroups = 0;
    int recurrentStateSize = 0;  // Mamba-2's d_state (ssm_state_size); 0 when not known
    RecurrentMixer recurrentMixer = RecurrentMixer::None;
    // Falcon-H1: every layer runs attention and a Mamba-2 mixer side by side, so each keeps K and V
    // for its tokens and a recurrent state for its sequence (transformers' "hybrid" layers).
    bool stateBesideAttention = false;
    int experts = 0;
    int expertsPerToken = 0;
    QString configSource;
    // config.json's architectures[0] ("GptOssForCausalLM"): the class engines key some of their
    // rules on (SGLang's sliding-window pool); empty when the config names none.
    QString architecture;
    QString parametersSource;
    // Imported from files: the exact bytes the weights take there, and their type ("Q4_K_M", "BF16").
    qint64 fileWeightBytes = 0;
    QString fileWeightType;
    // fileWeightType as the interface shows it: the words the planner writes into it ("experts",
    // "blocks", "per channel") in the user's language, format names as they are.
    QString fileWeightTypeText() const;

    AttentionKind attentionKind() const;
    LayerKind layerKind(int layer) const;
    int layerCount(LayerKind kind) const;
    int slidingLayerCount() const { return layerCount(LayerKind::Sliding); }
    // Layers that keep at most a window of tokens: sliding ones, and Llama 4's chunked ones (a chunk).
    int windowedLayerCount() const { return layerCount(LayerKind::Sliding) + layerCount(LayerKind::Chunked); }
    // Layers that keep a recurrent state: the recurrent ones, or every layer beside its attention.
    int recurrentLayerCount() const { return stateBesideAttention ? layers : layerCount(LayerKind::Recurrent); }
    bool hasRecurrentLayers() const { return recurrentLayerCount() > 0; }
    // Layers that keep K and V (or a latent) for tokens: all but the recurrent and MLP-only ones.
    int attentionLayerCount() const { return layers - layerCount(LayerKind::Recurrent) - layerCount(LayerKind::Feedforward); }
    // All recurrent layers' state for one sequence, in bytes.
    qint64 recurrentStateBytesPerSequence() const;
    // One sequence's convolution and SSM state elements in a recurrent layer on each of `tp` ranks, as
    // vLLM and SGLang split them (mamba2_state_shape): over the heads and groups, and a Mamba-2 model
    // with fewer groups than ranks has its groups replicated so that each rank holds the one its heads
    // need (extra_groups_for_head_shards). -1 when that split is not modelled.
    qint64 convStateElementsPerRank(int tp) const;
    qint64 ssmStateElementsPerRank(int tp) const;
    bool isMixtureOfExperts() const { return experts > 1; }
    // Empty when the shape is usable; otherwise a translated message naming the field.
    QString validate() const;
};

} // namespace vram
