// SPDX-License-Identifier: GPL-3.0-or-later
#include "VllmLayout.h"

#include "KvProfile.h"
#include "Phrase.h"

#include <QCoreApplication>
#include <QStringList>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(VllmLayout)
};

bool isVllmKvType(const DataType &t)
{
    // vLLM's --kv-cache-dtype: auto (the model's 16- or 32-bit type) or fp8.
    return t.kind == DataType::Kind::Float && (t.blockBytes == 1 || t.blockBytes == 2 || t.blockBytes == 4);
}

// Bytes a 16- or 32-bit activation takes: vLLM computes in the model's dtype,
// which is 16-bit for every quantized checkpoint.
qint64 activationBytes(const DataType &weights)
{
    return weights.kind == DataType::Kind::Float && weights.blockBytes == 4 ? 4 : 2;
}
} // namespace

bool VllmLayout::acceptsTensorParallel(const ModelSpec &m, int tp)
{
    if (tp < 1 || m.heads % tp != 0)
        return false;
    if (m.attentionKind() == AttentionKind::MultiHeadLatent)
        return true;
    return m.kvHeads % tp == 0 || tp % m.kvHeads == 0;
}

VllmLayout VllmLayout::build(const EstimateInput &in, qint64 weightsBytes)
{
    VllmLayout l;
    const ModelSpec &m = in.model;
    const int tp = in.engine.tensorParallel;
    l.tensorParallel = tp;
    if (!isVllmKvType(in.kvCache)) {
        l.error = Text::tr("vLLM has no %1 KV cache; use FP16, BF16, FP32 or FP8.").arg(in.kvCache.name);
        return l;
    }
    if (!acceptsTensorParallel(m, tp)) {
        // Name the accepted sizes on either side, so that the user knows what to pick.
        QStringList nearest;
        for (int lower = tp - 1; lower >= 1; --lower)
            if (acceptsTensorParallel(m, lower)) {
                nearest << QString::number(lower);
                break;
            }
        for (int higher = tp + 1; higher <= kMaxTensorParallel; ++higher)
            if (acceptsTensorParallel(m, higher)) {
                nearest << QString::number(higher);
                break;
            }
        l.error = Text::tr("vLLM cannot split this model over %1 GPUs: its %2 attention heads must divide by the "
                           "GPU count, and its %3 KV heads and the GPU count must divide one another. Nearest "
                           "counts vLLM accepts: %4.")
                      .arg(tp)
                      .arg(m.heads)
                      .arg(m.kvHeads)
                      .arg(joinList(nearest));
        return l;
    }
    qint64 perLayer = 0;
    if (m.attentionKind() == AttentionKind::MultiHeadLatent) {
        perLayer = rowBytes(qint64(m.kvLoraRank) + m.qkRopeHeadDim, in.kvCache);
    } else {
        // Fewer KV heads than ranks: each rank keeps a copy of one head.
        l.kvHeadsPerRank = std::max(1, m.kvHeads / tp);
        perLayer = 2 * rowBytes(qint64(l.kvHeadsPerRank) * m.headDim, in.kvCache);
    }
    const auto block = narrow(Wide(kVllmBlockTokens) * m.layers * perLayer);
    if (!block) {
        l.error = Text::tr("The KV cache of one block does not fit in a 64-bit byte count.");
        return l;
    }
    l.kvBytesPerToken = qint64(m.layers) * perLayer;
    l.blockBytes = *block;
    l.weights = (weightsBytes + tp - 1) / tp;
    // The profiling run pushes max_num_batched_tokens through the model and
    // samples max_num_seqs sequences. A least-squares line through vLLM's
    // printed activation peaks for Llama-3-8B (1.26 GiB at 8,192 tokens,
    // vllm-project/vllm#10511; 2.07 and 2.99 GiB at 20,000 and 29,000,
    // vllm-project/vllm#10517) gives about 11 hidden-sized activations per
    // token and four fp32 copies of the logits per sequence.
    const qint64 perToken = 11 * qint64(m.hidden) * activationBytes(in.weights);
    l.activation = in.engine.maxNumBatchedTokens * perToken + in.engine.maxNumSeqs * qint64(m.vocab) * 16;
    l.nonTorch = kVllmNonTorchBytes;
    l.cudaGraphs = in.engine.enforceEager ? 0 : kVllmCudaGraphBytes;
    return l;
}

} // namespace vram
