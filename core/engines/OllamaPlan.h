// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GpuConfig.h"
#include "LlamaCppLayout.h"
#include "MemoryModel.h"

#include <QList>
#include <QString>

namespace vram {

// What Ollama keeps free on every CUDA or ROCm GPU before it places a layer (discover/gpu.go:
// cudaMinimumMemory and rocmMinimumMemory, 457 MiB).
constexpr qint64 kOllamaMinimumBytes = qint64(457) << 20;
// num_batch: llama.cpp's micro-batch is min(num_ctx, num_batch).
constexpr qint64 kOllamaNumBatch = 512;
// Ollama runs gpt-oss in its own engine, and its scheduler charges each sliding layer
// OLLAMA_NUM_PARALLEL × 4,096 + num_batch cells (fs/ggml/ggml.go, GraphSize, case "gptoss").
constexpr qint64 kOllamaGptOssWindowCells = 4096;

// Where Ollama puts a model on one GPU configuration, and what llama.cpp then allocates. Ollama 0.30
// and later runs llama-server and leaves the layers to llama.cpp's --fit (LlamaCppFit) unless num_gpu
// is set. Before 0.30 (v0.5–0.29, `ollamaLegacyScheduler`) its scheduler decided from its own
// per-layer estimate (llm/memory.go EstimateGPULayers): each layer's weights and KV cache, one layer
// kept spare, the compute graph, 457 MiB and OLLAMA_GPU_OVERHEAD per GPU. Ollama runs any model that
// fits nowhere on the CPU; it "fits" when every layer and the output are on the GPUs.
struct OllamaPlan {
    bool fitted = false;            // Ollama 0.30 and later: llama.cpp's --fit placed the layers
    bool fitChanged = false;        // and offloaded fewer than all of them
    bool wholeLayersOnly = false;   // a mixture-of-experts model fitted by whole layers (LlamaCppFit)
    int layersModel = 0;            // the repeating layers and the output: "layers.model"
    int layers = 0;                 // offloaded, as "layers.offload" (-ngl for the runner)
    QList<int> tensorSplit;         // layers per GPU ("layers.split")
    QList<qint64> gpuAllocations;   // Ollama's estimate per GPU ("memory.required.allocations"); fitted: llama.cpp's
    qint64 kv = 0;                  // "memory.required.kv"
    qint64 graph = 0;               // "memory.graph.full": the compute buffer
    qint64 requiredFull = 0;        // "memory.required.full": everything, had it all fit (fitted: the run's whole)
    qint64 requiredPartial = 0;     // "memory.required.partial": what it puts on the GPUs
    bool fullyLoaded = false;
    QList<LlamaCppDevice> devices;  // what llama.cpp then allocates on each GPU
    LlamaCppMemory memory;          // and in host memory
    QString error;

    static OllamaPlan build(const MemoryModel &model, const GpuConfig &config);
    // The input llama.cpp gets from Ollama: -c num_ctx × OLLAMA_NUM_PARALLEL, -np, -ub min(num_ctx, 512).
    static EstimateInput runnerInput(EstimateInput in);
};

} // namespace vram
