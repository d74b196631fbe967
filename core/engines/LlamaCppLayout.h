// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ByteUnit.h"
#include "EstimateInput.h"
#include "GpuSpec.h"

#include <QList>

#include <QString>

namespace vram {

constexpr qint64 kLlamaCppCellPadding = 256;
// llama_load_hparams_llama4 sets n_swa to 8,192 for Llama 4's chunked layers whatever the file says
// (LLAMA_SWA_TYPE_CHUNKED, pattern 3 chunked : 1 full): Scout's and Maverick's attention_chunk_size.
constexpr qint64 kLlamaCppLlama4ChunkTokens = 8192;

// Where llama.cpp puts one run's memory: GPU (the -ngl layers, their KV
// cells, the compute buffer) and host (the token embeddings, the other
// layers, the output buffer). All bytes for the whole run.
struct LlamaCppMemory {
    qint64 cellsPerSequence = 0;   // context cells of each sequence, padded
    qint64 swaCellsPerSequence = 0;// cells of each sequence's sliding-window or chunk cache (0: none)
    bool swaHoldsChunks = false;   // that cache holds Llama 4's chunked layers, not sliding windows
    qint64 kvBytes = 0;            // every layer, the recurrent state included
    qint64 recurrentBytes = 0;     // of kvBytes, the recurrent layers' R and S state (one cell a sequence)
    qint64 gpuRecurrent = 0;       // of gpuKv, the offloaded recurrent layers' state
    qint64 gpuWeights = 0;
    qint64 gpuKv = 0;
    qint64 computeBuffer = 0;      // on the GPU when any layer is offloaded, else on the host
    qint64 cpuWeights = 0;
    qint64 cpuKv = 0;
    qint64 cpuBuffers = 0;         // output logits (and the compute buffer when nothing is offloaded)

    qint64 gpuBytes() const { return gpuWeights + gpuKv + (offloaded ? computeBuffer : 0); }
    qint64 cpuBytes() const { return cpuWeights + cpuKv + cpuBuffers; }
    bool offloaded = true;
    bool ok = true;                // false when a figure passes 2^63 bytes
};

// One GPU's part of a llama.cpp run over several GPUs (--split-mode, --tensor-split, --main-gpu).
struct LlamaCppDevice {
    GpuSpec gpu;
    int layers = 0;        // repeating layers on it (layer split)
    bool output = false;   // the output head on it
    qint64 weights = 0;
    qint64 kv = 0;
    qint64 compute = 0;
    qint64 host = 0;       // unified memory: the host's part of the run shares this memory
    qint64 capacity = 0;   // what llama.cpp may fill: the CUDA total
    qint64 bytes() const { return weights + kv + compute + host; }
    bool fits() const { return bytes() <= capacity; }
};

// "GPU 1 (RTX 3090 24GB): 19 layers and the output head: weights 12.38 GB, KV cache 1.59 GB,
// compute buffer 419.43 MB; 14.39 GB of 25.32 GB", in the current translation.
QString describeLlamaCppDevice(const LlamaCppDevice &device, int index, ByteUnit unit, const QLocale &locale);

// A llama.cpp server run (llama-server -c T×C -np C -ngl N -ub U) of one
// model: what it is independent of the tokens is worked out once.
class LlamaCppLayout
{
public:
    static LlamaCppLayout build(const EstimateInput &in, qint64 weightsBytes);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // The cells of each of `sequences` streams when the context is tokens × sequences.
    static qint64 cellsPerSequence(qint64 tokens, qint64 sequences);
    qint64 swaCells(qint64 cellsPerSequence) const;
    LlamaCppMemory memoryAt(qint64 tokens, qint64 sequences) const;
    // Each of `devices` with what llama.cpp puts on it, in their order; empty when a figure
    // passes 2^63 bytes. One device holds what memoryAt() puts on "the GPU".
    QList<LlamaCppDevice> split(const QList<GpuSpec> &devices, qint64 tokens, qint64 sequences) const;

    int offloadedLayers() const { return m_gpuLayers; }
    bool outputOnGpu() const { return m_outputOnGpu; }
    qint64 fullBytesPerCell() const { return m_fullBytesPerCell; }
    // One full-attention layer's K and V of one cell.
    qint64 fullLayerBytesPerCell() const;
    qint64 swaBytesPerCell() const { return m_swaBytesPerCell; }
    // Layers in llama.cpp's second, smaller cache (llama_kv_cache_iswa): sliding-window layers, or
    // Llama 4's chunked layers (chunkedWindow()), which llama.cpp keeps in the same kind of cache.
    int windowedLayers() const { return m_windowedLayers; }
    bool chunkedWindow() const { return m_chunked; }
    int recurrentLayers() const { return m_recurrentLayers; }
    // One recurrent layer's state for one sequence: R (convolution) and S (SSM) rows in F32.
    qint64 recurrentBytesPerSequence() const { return m_recurrentBytesPerLayer; }
    // One repeating layer's weights, and its K and V for `sequences` streams of `tokens` tokens each.
    qint64 layerWeights(int il) const;
    qint64 layerKvBytes(int il, qint64 tokens, qint64 sequences) const;
    // The layer that turns the last hidden state into logits, as Ollama counts it: the output
    // head, or the token embeddings that a tied model uses as its head.
    qint64 outputLayerWeights() const { return m_outputWeights > 0 ? m_outputWeights : m_embedWeights; }
    int layerCount() const { return m_layers; }
    // The compute buffer the GPU holds at `tokens` × `sequences` (llama.cpp's reserve).
    qint64 computeBufferFor(qint64 tokens, qint64 sequences) const { return computeBufferAt(cellsPerSequence(tokens, sequences)); }
    // Whether this run computes attention with flash attention (-fa as resolved), and why.
    bool flashAttention() const { return m_flashAttention; }
    QString flashAttentionReason() const { return m_flashReason; }
    // The V cache's type (-ctv), which may differ from the K cache's (-ctk).
    const DataType &vCacheType() const { return m_vType; }

private:
    qint64 computeBufferAt(qint64 cells) const;
    // The two peaks computeBufferAt() takes the larger of: attention scores and logits.
    std::pair<qint64, qint64> computePeaks(qint64 cells) const;
    // Layer il's K and V for `sequences` streams of `cells` (and `swaCells` in a windowed layer).
    qint64 layerKv(int il, qint64 cells, qint64 swaCells, qint64 sequences) const;

    EstimateInput m_in;
    DataType m_vType;
    bool m_flashAttention = true;
    QString m_flashReason;
    int m_layers = 0;
    int m_gpuLayers = 0;
    int m_windowedLayers = 0;
    qint64 m_window = 0;            // n_swa: the sliding window, or the chunk
    bool m_chunked = false;
    int m_attentionLayers = 0;      // layers with K and V: all but recurrent and MLP-only ones
    int m_recurrentLayers = 0;
    qint64 m_recurrentBytesPerLayer = 0;
    bool m_outputOnGpu = true;
    qint64 m_fullBytesPerCell = 0;  // K and V of one cell in every full-attention layer
    qint64 m_swaBytesPerCell = 0;   // the same in every windowed layer
    qint64 m_vRowElements = 0;
    qint64 m_layerWeights = 0;      // all repeating layers
    qint64 m_embedWeights = 0;      // token embeddings: always on the host
    qint64 m_outputWeights = 0;     // untied output head
    QString m_error;
};

} // namespace vram
