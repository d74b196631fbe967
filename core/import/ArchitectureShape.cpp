// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchitectureShape.h"

#include "WideInt.h"

namespace vram {

namespace {
// One Mamba-2 mixer (transformers' GraniteMoeHybridMambaLayer): in_proj to the gate, the
// convolution's input (x, B, C) and one dt per head; a depthwise convolution over x, B and C;
// dt_bias, A_log and D per head; a gated RMS norm (optional in Falcon-H1); out_proj.
Wide mamba2Parameters(const ArchitectureShape &s)
{
    const Wide convDim = s.mambaInner + 2 * Wide(s.mambaGroups) * s.mambaState;
    Wide p = Wide(s.H) * (s.mambaInner + convDim + s.mambaHeads) + convDim * s.convKernel + 3 * Wide(s.mambaHeads)
             + (s.mambaGatedNorm ? s.mambaInner : 0) + Wide(s.mambaInner) * s.H;
    if (s.mambaProjBias)
        p += s.mambaInner + convDim + s.mambaHeads;
    if (s.mambaOutBias)
        p += s.H;
    if (s.mambaConvBias)
        p += convDim;
    return p;
}

// One Mamba-1 mixer (transformers' JambaMambaMixer): in_proj to x and the gate, a depthwise
// convolution over x, x_proj to dt (of dt_rank) and B and C (of d_state each), dt_proj back to the
// inner width with a bias, A_log and D, out_proj; Jamba's RMS norms on dt, B and C.
Wide mamba1Parameters(const ArchitectureShape &s)
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
Wide gatedDeltaNetParameters(const ArchitectureShape &s)
{
    const Wide keyDim = Wide(s.linKeyHeads) * s.linKeyDim;
    const Wide valueDim = Wide(s.linValueHeads) * s.linValueDim;
    const Wide convDim = 2 * keyDim + valueDim;
    return Wide(s.H) * (2 * keyDim + 2 * valueDim) + Wide(s.H) * 2 * s.linValueHeads + convDim * s.convKernel
        + 2 * Wide(s.linValueHeads) + s.linValueDim + valueDim * s.H;
}
} // namespace

qint64 countParameters(const ArchitectureShape &s)
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
    const Wide denseMlp = (s.gatedMlp ? 3 : 2) * Wide(s.H) * s.I + (s.mlpBias ? Wide(s.gatedMlp ? 2 : 1) * s.I + s.H : 0);
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
        if (s.mambaBesideAttention)
            total += Wide(s.L) * mamba2Parameters(s);
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
        const bool isMoe = s.isMoeLayer(i);
        total += (isRecurrent ? recurrent : attention) + norms + (isMoe ? moeMlp : denseMlp);
        if (s.sharedMlpEveryLayer && isMoe)
            total += denseMlp; // the shared MLP beside the experts
    }
    return narrow(total).value_or(-1);
}

qint64 ArchitectureShape::moeLayerCount() const
{
    qint64 n = 0;
    for (qint64 i = 0; i < L; ++i)
        n += isMoeLayer(i) ? 1 : 0;
    return n;
}

std::optional<QList<LinearMatrix>> linearMatrices(const ArchitectureShape &s)
{
    if (s.kinds.contains(LayerKind::Recurrent) || s.kinds.contains(LayerKind::Feedforward) || s.mambaBesideAttention
        || s.blockExclusive || (s.indexDim > 0 && s.qLora <= 0) || s.moeLatent > 0)
        return std::nullopt;
    // How many layers have a dense MLP and how many experts, as countParameters decides.
    const qint64 moeLayers = s.moeLayerCount();
    const qint64 denseLayers = s.L - moeLayers + (s.sharedMlpEveryLayer ? moeLayers : 0);
    QList<LinearMatrix> m;
    const auto add = [&m](qint64 out, qint64 in, qint64 count) {
        if (count > 0 && out > 0 && in > 0)
            m.append({out, in, count});
    };
    if (s.kvLora > 0) {
        const qint64 qkHead = s.nope + s.rope;
        if (s.qLora > 0) {
            add(s.qLora, s.H, s.L);
            add(s.heads * qkHead, s.qLora, s.L);
        } else {
            add(s.heads * qkHead, s.H, s.L);
        }
        add(s.kvLora + s.rope, s.H, s.L);
        add(s.heads * (s.nope + s.vHead), s.kvLora, s.L);
        add(s.H, s.heads * s.vHead, s.L);
        // DeepSeek V3.2's lightning indexer: its query (wq_b, from the query latent) and key (wk)
        // projections are quantized with the rest; weights_proj and the key's LayerNorm are not
        // (DeepSeek's FP8 checkpoint, as NVIDIA NeMo Automodel's V3.2 state-dict adapter writes it).
        add(s.indexHeads * s.indexDim, s.qLora, s.L);
        add(s.indexDim, s.H, s.L);
    } else {
        add(s.heads * s.hd * (s.gatedAttention ? 2 : 1), s.H, s.L);
        add(s.kv * s.hd, s.H, 2 * s.L);
        add(s.H, s.heads * s.hd, s.L);
    }
    const int matrices = s.gatedMlp ? 2 : 1; // gate and up, or up alone, from the hidden state
    add(s.I, s.H, matrices * denseLayers);
    add(s.H, s.I, denseLayers);
    const int expertMatrices = s.gatedExperts ? 2 : 1;
    add(s.expertI, s.H, expertMatrices * s.experts * moeLayers);
    add(s.H, s.expertI, s.experts * moeLayers);
    add(s.sharedI, s.H, expertMatrices * s.sharedCount * moeLayers);
    add(s.H, s.sharedI, s.sharedCount * moeLayers);
    return m;
}

} // namespace vram
