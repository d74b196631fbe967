// SPDX-License-Identifier: GPL-3.0-or-later
#include "LlamaCppLayout.h"

#include "Catalog.h"
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

// Head sizes the CUDA flash-attention kernels take (ggml-cuda/fattn.cu; 576 is MLA's K with a
// 512 V). With --flash-attn auto, llama.cpp keeps flash attention only where the backend runs it.
bool flashAttentionHeadSize(const ModelSpec &m, bool latent)
{
    if (latent)
        return true;
    static const QList<int> sizes = {40, 64, 72, 80, 96, 112, 128, 256};
    return sizes.contains(m.headDim);
}

// One K or V row of a layer for one token; quantized caches stay F16 in windowed layers.
qint64 halfLayerBytes(const ModelSpec &m, DataType type, bool sliding)
{
    if (sliding && type.kind == DataType::Kind::Block) {
        type.blockElements = 1;
        type.blockBytes = 2;
    }
    const KvProfile kv = KvProfile::build(m, type, EstimateMethod::Exact);
    return kv.groups().isEmpty() ? 0 : kv.groups().first().bytesPerTokenPerLayer / 2;
}

// a × b / c for byte shares, exact in 128 bits.
qint64 share(qint64 a, qint64 b, qint64 c)
{
    return c <= 0 ? 0 : narrow(Wide(a) * b / c).value_or(0);
}
} // namespace

QString describeLlamaCppDevice(const LlamaCppDevice &d, int index, ByteUnit unit, const QLocale &locale)
{
    QString parts = Text::tr("%n layer(s)", nullptr, d.layers);
    if (d.output)
        parts = Text::tr("%1 and the output head").arg(parts);
    parts = Text::tr("%1: weights %2, KV cache %3, compute buffer %4")
                .arg(parts, formatBytes(d.weights, unit, locale), formatBytes(d.kv, unit, locale),
                     formatBytes(d.compute, unit, locale));
    if (d.host > 0)
        parts = Text::tr("%1, host (unified memory) %2").arg(parts, formatBytes(d.host, unit, locale));
    return Text::tr("GPU %1 (%2): %3; %4 of %5")
        .arg(index)
        .arg(d.gpu.displayName(), parts, formatBytes(d.bytes(), unit, locale), formatBytes(d.capacity, unit, locale));
}

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
    l.m_vType = in.kvCache;
    if (!in.engine.cacheTypeV.isEmpty()) {
        const DataType *v = Catalog::builtIn().dataType(in.engine.cacheTypeV);
        if (!v || !isLlamaCppKvType(*v)) {
            l.m_error = Text::tr("llama.cpp has no %1 V cache; use f16, bf16, f32, q8_0, q4_0, q4_1, q5_0 or q5_1.")
                            .arg(in.engine.cacheTypeV.left(40));
            return l;
        }
        l.m_vType = *v;
    }
    const KvProfile kv = KvProfile::build(m, in.kvCache, EstimateMethod::Exact);
    if (kv.isLatent() && l.m_vType.id != in.kvCache.id) {
        l.m_error = Text::tr("%1 keeps one latent cache (MLA) for K and V; llama.cpp takes one cache type for it.")
                        .arg(m.name);
        return l;
    }
    using FA = EngineSettings::FlashAttention;
    const bool headOk = flashAttentionHeadSize(m, kv.isLatent());
    l.m_flashAttention = in.engine.flashAttention == FA::On || (in.engine.flashAttention == FA::Auto && headOk);
    l.m_flashReason = in.engine.flashAttention != FA::Auto
        ? Text::tr("as set (-fa %1)").arg(flashAttentionId(in.engine.flashAttention))
        : headOk ? Text::tr("auto: on, the CUDA kernels take head size %1").arg(kv.isLatent() ? 576 : m.headDim)
                 : Text::tr("auto: off, the CUDA kernels have no head size %1").arg(m.headDim);
    // llama_init_from_model refuses a quantized V cache without flash attention.
    if (!l.m_flashAttention && l.m_vType.kind == DataType::Kind::Block) {
        l.m_error = Text::tr("llama.cpp quantizes the V cache only with flash attention; turn it on (-fa on) "
                             "or keep the V cache in F16, BF16 or F32.");
        return l;
    }

    l.m_layers = m.layers;
    const int ngl = in.engine.gpuLayers;
    // -ngl counts the repeating layers, then the output head as one more.
    l.m_gpuLayers = ngl < 0 ? m.layers : std::min(ngl, m.layers);
    l.m_outputOnGpu = ngl < 0 || ngl > m.layers;

    // llama.cpp gives separate, smaller caches (llama_kv_cache_iswa) only to interleaved
    // sliding-window models (Gemma 2/3 and kin) and to Llama 4's chunked layers; a model whose
    // every layer slides (Mistral v0.1) runs as the llama architecture with a full cache.
    const int slidingLayers = m.slidingLayerCount() < m.layers ? m.slidingLayerCount() : 0;
    const int sliding = slidingLayers > 0 ? slidingLayers : m.layerCount(LayerKind::Chunked);
    l.m_windowedLayers = sliding;
    l.m_chunked = slidingLayers == 0 && sliding > 0;
    l.m_window = l.m_chunked ? kLlamaCppLlama4ChunkTokens : m.slidingWindow;
    // K (-ctk) and V (-ctv) rows each in their own type; MLA's latent is one row.
    const auto perLayer = [&](bool swa) {
        // DeepSeek V3.2 (llama_kv_cache_dsa): the latent row and, in a cache of its own, the lightning
        // indexer's key of index_head_dim a cell; MLA keeps no V in either, and -ctk sets both types.
        if (kv.isLatent() && m.indexHeadDim > 0)
            return rowBytes(qint64(m.kvLoraRank) + m.qkRopeHeadDim, in.kvCache) + rowBytes(m.indexHeadDim, in.kvCache);
        if (kv.isLatent())
            return 2 * halfLayerBytes(m, in.kvCache, swa);
        return halfLayerBytes(m, in.kvCache, swa) + halfLayerBytes(m, l.m_vType, swa);
    };
    // Hybrid models: K and V only in the attention layers; a recurrent layer keeps one cell a
    // sequence of R (convolution) and S (SSM) state, both F32 whatever -ctk/-ctv say
    // (llama_memory_recurrent, created with GGML_TYPE_F32 for r and s). Falcon-H1's layers keep
    // both: llama_model::create_memory passes filters that take every layer for K and V and for the state.
    l.m_recurrentLayers = m.recurrentLayerCount();
    l.m_attentionLayers = m.attentionLayerCount();
    l.m_recurrentBytesPerLayer = 4 * (m.convStateElements + m.ssmStateElements);
    l.m_fullBytesPerCell = qint64(l.m_attentionLayers - sliding) * perLayer(false);
    // The windowed cache stays F16 when the rest is quantized (ggml-org/llama.cpp#21277).
    l.m_swaBytesPerCell = qint64(sliding) * perLayer(true);
    l.m_vRowElements = kv.isLatent() ? 0 : qint64(m.kvHeads) * m.headDim;

    // Split the weights by parameter share: the token embeddings stay on the
    // host, the untied output head goes with -ngl above the layer count.
    const qint64 embedParams = m.embeddingTableParameters();
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
    return pad(std::min(cellsPerSequence, m_window + m_in.engine.ubatch), kLlamaCppCellPadding);
}

qint64 LlamaCppLayout::computeBufferAt(qint64 cells) const
{
    const auto [attention, logits] = computePeaks(cells);
    return attention < 0 || logits < 0 ? -1 : std::max(attention, logits);
}

std::pair<qint64, qint64> LlamaCppLayout::computePeaks(qint64 cells) const
{
    const ModelSpec &m = m_in.model;
    const qint64 ub = m_in.engine.ubatch;
    Wide attention = 0;
    if (m_flashAttention) {
        // With flash attention the scores never materialise: the graph holds the f32 KQ mask
        // (cells × ubatch) and its f16 copy for the kernel (llm_graph_context::build_attn_inp_kv,
        // src/llama-graph.cpp), the f32 queries and attention output (ubatch × heads × head_dim)
        // and two f32 hidden-size rows per token.
        attention = Wide(ub) * (Wide(cells) * 6 + 4 * (2 * qint64(m.heads) * m.headDim + 2 * qint64(m.hidden)));
    } else {
        // Without flash attention the reserved graph peaks either at the f32
        // attention scores (heads × ubatch × cells) with the transposed V and four
        // hidden-sized scratch rows, or at the logits (ubatch × vocab) with one
        // hidden row. Reproduces the CUDA0 compute buffers printed in
        // fedora-copr/logdetective#106 (164 and 2,144 MiB) and SciSharp/LLamaSharp#1099 (300.75 MiB).
        attention = Wide(ub) * 4 * (Wide(m.heads) * cells + 4 * qint64(m.hidden)) + Wide(cells) * m_vRowElements * 2;
    }
    const Wide logits = Wide(ub) * 4 * (qint64(m.vocab) + m.hidden);
    // A calibration from a log of this engine corrects the buffer; never below nothing.
    const qint64 cal = m_in.engine.calibration.computeBuffer;
    const auto corrected = [cal](Wide peak) { return peak + cal < 0 ? Wide(0) : peak + cal; };
    return {narrow(corrected(attention)).value_or(-1), narrow(corrected(logits)).value_or(-1)}; // -1: past 2^63 bytes
}

qint64 LlamaCppLayout::fullLayerBytesPerCell() const
{
    const int full = m_attentionLayers - m_windowedLayers;
    return full > 0 ? m_fullBytesPerCell / full : 0;
}

qint64 LlamaCppLayout::layerKv(int il, qint64 cells, qint64 swaCells, qint64 sequences) const
{
    const LayerKind kind = m_in.model.layerKind(il);
    if (kind == LayerKind::Recurrent)
        return narrow(Wide(sequences) * m_recurrentBytesPerLayer).value_or(-1);
    if (kind == LayerKind::Feedforward)
        return 0;
    const bool slides = m_windowedLayers > 0 && (kind == LayerKind::Sliding || kind == LayerKind::Chunked);
    const qint64 perLayer = slides ? m_swaBytesPerCell / m_windowedLayers : fullLayerBytesPerCell();
    const qint64 state = m_in.model.stateBesideAttention ? m_recurrentBytesPerLayer : 0;
    return narrow(Wide(sequences) * ((slides ? swaCells : cells) * Wide(perLayer) + state)).value_or(-1);
}

qint64 LlamaCppLayout::layerWeights(int il) const
{
    return share(m_layerWeights, il + 1, std::max(m_layers, 1)) - share(m_layerWeights, il, std::max(m_layers, 1));
}

qint64 LlamaCppLayout::layerKvBytes(int il, qint64 tokens, qint64 sequences) const
{
    const qint64 cells = cellsPerSequence(tokens, sequences);
    return layerKv(il, cells, m_swaBytesPerCell > 0 ? swaCells(cells) : 0, sequences);
}

QList<LlamaCppDevice> LlamaCppLayout::split(const QList<GpuSpec> &gpus, qint64 tokens, qint64 sequences) const
{
    const LlamaCppMemory mem = memoryAt(tokens, sequences);
    const auto [attention, logits] = computePeaks(mem.cellsPerSequence);
    if (!mem.ok || gpus.isEmpty() || attention < 0 || logits < 0)
        return {};
    QList<LlamaCppDevice> devices;
    for (const GpuSpec &g : gpus)
        devices.append({g, 0, false, 0, 0, 0, 0, g.allocatableBytes()});
    const int n = int(devices.size());
    const int main = std::clamp(m_in.engine.mainGpu, 0, n - 1);
    const int offloaded = m_gpuLayers;
    const int firstGpuLayer = m_layers - offloaded; // llama.cpp offloads the last -ngl layers
    const qint64 offloadedWeights = share(m_layerWeights, offloaded, std::max(m_layers, 1));
    Wide kvTotal = 0;
    for (int il = firstGpuLayer; il < m_layers; ++il)
        kvTotal += layerKv(il, mem.cellsPerSequence, mem.swaCellsPerSequence, sequences);
    const auto offloadedKv = narrow(kvTotal);
    if (!offloadedKv)
        return {};

    const EngineSettings::SplitMode mode = n == 1 ? EngineSettings::SplitMode::None : m_in.engine.splitMode;
    // The shares: --tensor-split as given (missing entries 0), else each GPU's free memory.
    QList<qint64> weights;
    for (int i = 0; i < n; ++i)
        weights << (m_in.engine.tensorSplit.isEmpty() ? devices.at(i).capacity : m_in.engine.tensorSplit.value(i, 0));
    Wide sum = 0;
    for (qint64 w : weights)
        sum += w;
    if (sum <= 0)
        return {};

    if (mode == EngineSettings::SplitMode::Layer) {
        // llama_model::load_tensors: slot p of the `act` offloaded slots (the layers, then the
        // output head) goes to the first GPU whose cumulative share exceeds p / act.
        const int act = offloaded + (m_outputOnGpu ? 1 : 0);
        for (int p = 0; p < act; ++p) {
            Wide cumulative = 0;
            int d = n - 1;
            for (int i = 0; i < n; ++i) {
                cumulative += weights.at(i);
                if (cumulative * act > Wide(p) * sum) {
                    d = i;
                    break;
                }
            }
            LlamaCppDevice &dev = devices[d];
            if (p < offloaded) {
                const int il = firstGpuLayer + p;
                dev.layers += 1;
                dev.weights += share(m_layerWeights, il + 1, m_layers) - share(m_layerWeights, il, m_layers);
                dev.kv += layerKv(il, mem.cellsPerSequence, mem.swaCellsPerSequence, sequences);
            } else {
                dev.output = true;
                dev.weights += m_outputWeights;
            }
        }
        // Each GPU with layers computes their attention; the one with the output head (else the
        // last with layers) also holds the logits.
        int logitsOn = -1;
        for (int i = 0; i < n; ++i)
            if (devices.at(i).output)
                logitsOn = i;
        for (int i = n - 1; i >= 0 && logitsOn < 0; --i)
            if (devices.at(i).layers > 0)
                logitsOn = i;
        for (int i = 0; i < n; ++i)
            if (devices.at(i).layers > 0 || devices.at(i).output)
                devices[i].compute = i == logitsOn ? std::max(attention, logits) : attention;
    } else {
        // Row split: every offloaded matrix is cut across the GPUs by the shares; the cache, the
        // output head and the compute buffer stay on the main GPU. None: all on the main GPU.
        if (mode == EngineSettings::SplitMode::Row) {
            Wide given = 0;
            Wide cumulative = 0;
            for (int i = 0; i < n; ++i) {
                cumulative += weights.at(i);
                const Wide upTo = Wide(offloadedWeights) * cumulative / sum;
                devices[i].weights = qint64(upTo - given);
                devices[i].layers = offloaded;
                given = upTo;
            }
        } else {
            devices[main].weights = offloadedWeights;
            devices[main].layers = offloaded;
        }
        if (m_outputOnGpu) {
            devices[main].output = true;
            devices[main].weights += m_outputWeights;
        }
        devices[main].kv = *offloadedKv;
        if (offloaded > 0 || m_outputOnGpu)
            devices[main].compute = std::max(attention, logits);
    }
    // On unified memory the host's buffers and layers come out of the same memory.
    for (LlamaCppDevice &dev : devices)
        if (dev.gpu.unifiedMemory) {
            dev.host = mem.cpuBytes();
            break;
        }
    for (const LlamaCppDevice &dev : devices)
        if (!narrow(Wide(dev.weights) + dev.kv + dev.compute + dev.host) || dev.kv < 0)
            return {};
    return devices;
}

LlamaCppMemory LlamaCppLayout::memoryAt(qint64 tokens, qint64 sequences) const
{
    LlamaCppMemory out;
    out.cellsPerSequence = cellsPerSequence(tokens, sequences);
    out.swaCellsPerSequence = m_swaBytesPerCell > 0 ? swaCells(out.cellsPerSequence) : 0;
    out.swaHoldsChunks = m_chunked;
    const Wide recurrent = Wide(sequences) * m_recurrentLayers * m_recurrentBytesPerLayer;
    const Wide kv = Wide(sequences) * (Wide(out.cellsPerSequence) * m_fullBytesPerCell
                                       + Wide(out.swaCellsPerSequence) * m_swaBytesPerCell)
        + recurrent;
    const auto kvBytes = narrow(kv);
    if (!kvBytes) {
        out.ok = false;
        return out;
    }
    out.kvBytes = *kvBytes;
    out.recurrentBytes = qint64(recurrent);
    if (m_recurrentLayers == 0 && m_attentionLayers == m_layers) {
        out.gpuKv = share(out.kvBytes, m_gpuLayers, std::max(m_layers, 1));
    } else {
        // Layers differ in what they keep: the offloaded ones (the last -ngl) one by one.
        Wide gpu = 0;
        for (int il = m_layers - m_gpuLayers; il < m_layers; ++il) {
            const qint64 layer = layerKv(il, out.cellsPerSequence, out.swaCellsPerSequence, sequences);
            gpu += layer;
            if (m_in.model.layerKind(il) == LayerKind::Recurrent)
                out.gpuRecurrent += layer;
            else if (m_in.model.stateBesideAttention)
                out.gpuRecurrent += sequences * m_recurrentBytesPerLayer;
        }
        out.gpuKv = qint64(gpu);
    }
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
