// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelSpec.h"

#include <QList>
#include <QString>

#include <optional>

namespace vram {

// What counting a config.json's parameters needs beyond ModelSpec: the sizes and switches of
// each part of one architecture (HfConfig fills it in; countParameters adds it up).
struct ArchitectureShape {
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
    bool mambaOutBias = false;   // out_proj's bias: with in_proj's (Granite, Nemotron-H), or projectors_bias (Falcon-H1)
    bool mambaGatedNorm = true;  // the gated RMS norm before out_proj (Falcon-H1: only with mamba_rms_norm)
    bool mambaBesideAttention = false; // Falcon-H1: a Mamba-2 mixer beside the attention of every layer
    bool sharedMlpEveryLayer = false; // Granite-4.0-H: a dense shared MLP beside the experts in every layer
    bool blockExclusive = false;      // Nemotron-H: each layer a Mamba-2 mixer, attention or an MLP alone
    // Mamba-1 mixers (Jamba): inner width, the rank of dt and d_state.
    qint64 mamba1Inner = 0, dtRank = 0;

    // Whether layer i holds experts: as moeLayer says, else every layer after the dense first ones.
    bool isMoeLayer(qint64 i) const { return experts > 0 && moeLayer.value(i, i >= denseLayers); }
    qint64 moeLayerCount() const;
};

// Every weight the shape implies: embeddings, attention (or MLA, or a recurrent mixer), MLP or
// experts, norms, the untied output head; -1 past 2^63.
qint64 countParameters(const ArchitectureShape &s);

// One kind of linear weight matrix: `count` matrices of `out` × `in`.
struct LinearMatrix {
    qint64 out = 0, in = 0, count = 0;
};

// The matrices a weight-only quantization converts: attention's projections (or MLA's), the dense
// MLP's, every expert's and shared expert's. Not the embeddings, the output head, norms, biases or
// routers, which checkpoints keep in 16 bits. Empty where the shape has recurrent mixers, MLP-only
// layers or DeepSeek V3.2's indexer, whose quantized layout is not modelled.
std::optional<QList<LinearMatrix>> linearMatrices(const ArchitectureShape &s);

} // namespace vram
