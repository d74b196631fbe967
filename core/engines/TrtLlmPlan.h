// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GpuSpec.h"
#include "MemoryModel.h"

#include <QString>

namespace vram {

// What TensorRT-LLM does on one GPU kind at start-up (PyTorch backend, tensorrt_llm/_torch/
// pyexecutor/_util.py, KvCacheCreator: cal_max_tokens): it profiles a forward pass of
// max_num_tokens, then gives the paged KV cache free_gpu_memory_fraction of what that peak leaves
// of the device's total, in blocks of tokens_per_block, capped by max_tokens. It prints "Peak
// memory during memory usage profiling … available KV cache memory …" and "Allocated X GiB for
// max tokens in paged KV cache (N)". Byte figures are per GPU; the tensor-parallel size is the
// number of GPUs.
struct TrtLlmPlan {
    qint64 cudaTotal = 0;            // "device total memory"
    bool cudaTotalKnown = false;
    qint64 weights = 0;              // this rank's share
    qint64 activation = 0;           // the profiling pass of max_num_tokens (estimated as vLLM's)
    qint64 nonTorch = 0;             // CUDA context and, with TP, NCCL
    qint64 peak = 0;                 // "Peak memory during memory usage profiling (torch + non-torch)"
    qint64 availableKv = 0;          // (total − peak) × free_gpu_memory_fraction
    qint64 kvBytesPerToken = 0;      // "kv size is …"
    // availableKv ÷ kvBytesPerToken: what the profiling estimated, handed on as max_tokens ("Both
    // free_gpu_memory_fraction and max_tokens are set (to F and N …)") before the blocks round it.
    qint64 estimatedTokens = 0;
    qint64 maxTokens = 0;            // "max tokens in paged KV cache": whole blocks, capped by max_tokens
    qint64 kvPoolBytes = 0;
    // BaseKVCacheManager::calculateMaxNumBlocks: host_cache_size ÷ kv size a token, in whole blocks —
    // "Number of blocks in KV cache secondary pool", host memory that offloaded blocks move to.
    qint64 secondaryBlocks = 0;
    qint64 secondaryBytes = 0;
    qint64 scenarioTokens = 0;       // the scenario's requests, each in whole blocks
    bool starts = false;             // at least one block
    bool scenarioFits = false;       // every request has its blocks and a batch slot
    QString error;

    static TrtLlmPlan build(const MemoryModel &model, const GpuSpec &gpu);
    // What the engine may fill on the GPU: the profiled peak and the KV share of what it leaves.
    static qint64 usableBytes(const MemoryModel &model, const GpuSpec &gpu);
    // The input VllmLayout sizes the profiling pass from: max_num_tokens in one pass, one sequence's
    // logits, no CUDA graphs inside the profile.
    static EstimateInput layoutInput(EstimateInput in);
};

} // namespace vram
