// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GpuSpec.h"
#include "MemoryModel.h"

#include <QString>

namespace vram {

// What vLLM does on one GPU kind at start-up: the budget it takes, the KV
// cache it allocates and what it prints ("GPU KV cache size: N tokens",
// "Maximum concurrency for T tokens per request: X"), or the error it stops
// with. All byte figures are per GPU; the model's tensor-parallel size is
// the number of GPUs.
struct VllmPlan {
    VllmLayout layout;               // the rank's weights, activation, non-torch memory, graphs, blocks
    qint64 cudaTotal = 0;
    bool cudaTotalKnown = false;     // false: the catalogue has only nvidia-smi's total
    qint64 budget = 0;               // cudaTotal × gpu_memory_utilization
    qint64 availableKv = 0;          // budget − weights − activation − non-torch (− graphs); may be negative
    bool onAscend = false;           // vLLM-Ascend on an Ascend NPU
    bool graphsOutsideBudget = false;// the graphs are captured after the KV cache (vLLM-Ascend)
    qint64 blockTokens = kVllmBlockTokens; // the layout's: 16, 128 under vLLM-Ascend, more with recurrent layers
    qint64 blockBytes = 0;                 // one block id: a page in each layer of a group, this rank
    qint64 numBlocks = 0;
    qint64 kvCacheTokens = 0;        // "GPU KV cache size" as vLLM up to early 2026 prints it
    // ... and as later vLLM prints it, maximum concurrency × max_model_len (_report_kv_cache_config):
    // the same for one group of full attention, larger when windows or states cap a request's blocks.
    qint64 kvCacheTokensByConcurrency = 0;
    qint64 kvCacheBytes = 0;         // the KV tensors allocated
    qint64 maxModelLen = 0;
    qint64 blocksPerRequest = 0;     // for one request of maxModelLen tokens
    double maxConcurrency = 0;       // "Maximum concurrency for maxModelLen tokens per request"
    qint64 largestModelLen = 0;      // what max_model_len could be with this KV cache
    qint64 scenarioKvBytes = 0;      // the scenario's requests, in whole blocks
    qint64 perGpuBytes = 0;          // weights + activation + non-torch + CUDA graphs + the scenario's KV
    bool starts = false;             // vLLM starts: one max_model_len request fits
    bool scenarioFits = false;       // and every request of the scenario has its blocks
    QString error;                   // why vLLM would not start, or why no plan can be made

    static VllmPlan build(const MemoryModel &model, const GpuSpec &gpu);
    // vLLM's requested_memory: the CUDA total × gpu_memory_utilization, rounded down.
    static qint64 budgetFor(const GpuSpec &gpu, qint64 utilizationPpm);
};

} // namespace vram
