// SPDX-License-Identifier: GPL-3.0-or-later
#include "LlamaCppLayout.h"

#include "KvProfile.h"
#include "WideInt.h"

#include <QCoreApplication>
#include <algorithm>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(LlamaCppLayout)
};

qint64 pad(qint64 n, qint64 to)
{
    return (n + to - 1) / to * to;
}

bool isLlamaCppKvType(const DataType &t)
{
    // --cache-type-k/-v: f32, f16, bf16, q8_0, q4_0, q4_1, q5_0, q5_1.
    if (t.kind == DataType::Kind::Float)
        return t.blockBytes == 2 || t.blockBytes == 4;
    static const QStringList blocks = {QStringLiteral("q8_0"), QStringLiteral("q4_0"), QStringLiteral("q4_1"),
                                       QStringLiteral("q5_0"), QStringLiteral("q5_1")};
    return t.kind == DataType::Kind::Block && blocks.contains(t.id);
}

// a × b / c for byte shares, exact in 128 bits.
qint64 share(qint64 a, qint64 b, qint64 c)
{
    return c <= 0 ? 0 : narrow(Wide(a) * b / c).value_or(0);
}
} // namespace

LlamaCppLayout LlamaCppLayout::build(const EstimateInput &in, qint64 weightsBytes)
{
    LlamaCppLayout l;
    l.m_in = in;
    const ModelSpec &m = in.model;
    if (!isLlamaCppKvType(in.kvCache)) {
        l.m_error = Text::tr("llama.cpp has no %1 KV cache; use F16, BF16, F32, Q8_0, Q4_0, Q4_1, Q5_0 or Q5_1.")
                        .arg(in.kvCache.name);
        return l;
    }
    l.m_layers = m.layers;
    const int ngl = in.engine.gpuLayers;
    // -ngl counts the repeating layers, then the output head as one more.
    l.m_gpuLayers = ngl < 0 ? m.layers : std::min(ngl, m.layers);
    l.m_outputOnGpu = ngl < 0 || ngl > m.layers;

    const KvProfile kv = KvProfile::build(m, in.kvCache, EstimateMethod::Exact);
    const qint64 perLayer = kv.groups().isEmpty() ? 0 : kv.groups().first().bytesPerTokenPerLayer;
    // llama.cpp gives separate, smaller caches only to interleaved sliding-window
    // models (Gemma 2/3 and kin); a model whose every layer slides (Mistral
    // v0.1) runs as the llama architecture with a full cache.
    const int sliding = m.globalEvery > 0 ? m.slidingLayerCount() : 0;
    l.m_slidingLayers = sliding;
    l.m_fullBytesPerCell = qint64(m.layers - sliding) * perLayer;
    // The sliding-window cache stays F16 when the rest is quantized (ggml-org/llama.cpp#21277).
    qint64 swaPerLayer = perLayer;
    if (sliding > 0 && in.kvCache.kind == DataType::Kind::Block) {
        DataType f16 = in.kvCache;
        f16.blockElements = 1;
        f16.blockBytes = 2;
        const KvProfile swaKv = KvProfile::build(m, f16, EstimateMethod::Exact);
        swaPerLayer = swaKv.groups().isEmpty() ? 0 : swaKv.groups().first().bytesPerTokenPerLayer;
    }
    l.m_swaBytesPerCell = qint64(sliding) * swaPerLayer;
    l.m_vRowElements = kv.isLatent() ? 0 : qint64(m.kvHeads) * m.headDim;

    // Split the weights by parameter share: the token embeddings stay on the
    // host, the untied output head goes with -ngl above the layer count.
    const qint64 embedParams = qint64(m.vocab) * m.hidden;
    const qint64 params = std::max<qint64>(m.parameters, 1);
    l.m_embedWeights = share(weightsBytes, embedParams, params);
    l.m_outputWeights = m.tiedEmbeddings ? 0 : l.m_embedWeights;
    l.m_layerWeights = std::max<qint64>(0, weightsBytes - l.m_embedWeights - l.m_outputWeights);
    return l;
}

qint64 LlamaCppLayout::cellsPerSequence(qint64 tokens, qint64 sequences)
{
    // llama_context pads n_ctx to 256, gives each sequence its own stream of
    // n_ctx / n_seq cells padded to 256 again (llama-context.cpp).
    if (tokens <= 0 || sequences <= 0)
        return 0; // the solvers probe zero requests and zero tokens
    const qint64 nCtx = pad(tokens * sequences, kLlamaCppCellPadding);
    return pad(nCtx / sequences, kLlamaCppCellPadding);
}

qint64 LlamaCppLayout::swaCells(qint64 cellsPerSequence) const
{
    // llama_kv_cache_iswa: min(cells, n_swa + n_ubatch) padded to 256, per stream.
    return pad(std::min(cellsPerSequence, qint64(m_in.model.slidingWindow) + m_in.engine.ubatch), kLlamaCppCellPadding);
}

qint64 LlamaCppLayout::computeBufferAt(qint64 cells) const
{
    // Without flash attention the reserved graph peaks either at the f32
    // attention scores (heads × ubatch × cells) with the transposed V and four
    // hidden-sized scratch rows, or at the logits (ubatch × vocab) with one
    // hidden row. Reproduces the CUDA0 compute buffers printed in
    // fedora-copr/logdetective#106 (164 and 2,144 MiB) and SciSharp/LLamaSharp#1099 (300.75 MiB).
    const ModelSpec &m = m_in.model;
    const qint64 ub = m_in.engine.ubatch;
    const Wide attention = Wide(ub) * 4 * (Wide(m.heads) * cells + 4 * qint64(m.hidden)) + Wide(cells) * m_vRowElements * 2;
    const Wide logits = Wide(ub) * 4 * (qint64(m.vocab) + m.hidden);
    return narrow(std::max(attention, logits)).value_or(-1); // -1: past 2^63 bytes
}

LlamaCppMemory LlamaCppLayout::memoryAt(qint64 tokens, qint64 sequences) const
{
    LlamaCppMemory out;
    out.cellsPerSequence = cellsPerSequence(tokens, sequences);
    out.swaCellsPerSequence = m_swaBytesPerCell > 0 ? swaCells(out.cellsPerSequence) : 0;
    const Wide kv = Wide(sequences) * (Wide(out.cellsPerSequence) * m_fullBytesPerCell
                                       + Wide(out.swaCellsPerSequence) * m_swaBytesPerCell);
    const auto kvBytes = narrow(kv);
    if (!kvBytes) {
        out.ok = false;
        return out;
    }
    out.kvBytes = *kvBytes;
    out.gpuKv = share(out.kvBytes, m_gpuLayers, std::max(m_layers, 1));
    out.cpuKv = out.kvBytes - out.gpuKv;
    out.gpuWeights = share(m_layerWeights, m_gpuLayers, std::max(m_layers, 1)) + (m_outputOnGpu ? m_outputWeights : 0);
    out.cpuWeights = m_layerWeights + m_embedWeights + m_outputWeights - out.gpuWeights;
    out.computeBuffer = computeBufferAt(out.cellsPerSequence);
    if (out.computeBuffer < 0) {
        out.ok = false;
        return out;
    }
    out.offloaded = m_gpuLayers > 0;
    // The host keeps one row of f32 logits per sequence (the output buffer).
    out.cpuBuffers = qint64(m_in.model.vocab) * 4 * sequences + (out.offloaded ? 0 : out.computeBuffer);
    // The sums gpuBytes() and cpuBytes() must fit too.
    out.ok = narrow(Wide(out.gpuWeights) + out.gpuKv + out.computeBuffer).has_value()
             && narrow(Wide(out.cpuWeights) + out.cpuKv + out.cpuBuffers).has_value();
    return out;
}

} // namespace vram
