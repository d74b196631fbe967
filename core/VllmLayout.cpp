// SPDX-License-Identifier: GPL-3.0-or-later
#include "VllmLayout.h"

#include "KvProfile.h"

#include <QCoreApplication>

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
    if (m.heads % tp != 0) {
        l.error = Text::tr("vLLM needs the %1 attention heads to divide by the tensor-parallel size %2.").arg(m.heads).arg(tp);
        return l;
    }
    qint64 perLayer = 0;
    if (m.attentionKind() == AttentionKind::MultiHeadLatent) {
        perLayer = rowBytes(qint64(m.kvLoraRank) + m.qkRopeHeadDim, in.kvCache);
    } else {
        if (m.kvHeads % tp != 0 && tp % m.kvHeads != 0) {
            l.error = Text::tr("vLLM needs the %1 KV heads and the tensor-parallel size %2 to divide one another.")
                          .arg(m.kvHeads).arg(tp);
            return l;
        }
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
