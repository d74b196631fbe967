// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GpuSpec.h"
#include "MemoryModel.h"

#include <QString>

namespace vram {

// What MindIE LLM does on one NPU kind at start-up, as its documentation gives the rule (error
// MIE05E01000A: "kv_cache = total_memory × memory_fraction − weight − workspace", the workspace
// measured by a warm-up forward pass): with config.json's npuMemSize −1 the KV cache takes what
// NPU_MEMORY_FRACTION (0.8 unless set, MindIE LLM's env.py) of the NPU leaves after the weights and
// the workspace; a positive npuMemSize fixes it instead. The cache is cut into blocks of
// cacheBlockSize tokens ("num_npu_blocks"), every attention layer holding every token. Byte figures
// are per NPU; worldSize, the tensor-parallel size, is the number of NPUs. No published start-up
// log confirms the rule yet.
struct MindiePlan {
    qint64 total = 0;            // the NPU's total, as CANN reports it
    bool totalKnown = false;     // false: the catalogue has only the driver's figure
    qint64 budget = 0;           // total × NPU_MEMORY_FRACTION
    qint64 weights = 0;          // this rank's share
    qint64 workspace = 0;        // the warm-up pass of maxPrefillTokens (estimated as vLLM's activation peak)
    bool fixedSize = false;      // npuMemSize set: the cache is that size
    qint64 kvBytes = 0;          // what the cache gets
    qint64 blockTokens = 128;    // cacheBlockSize
    qint64 blockBytes = 0;       // one block in every attention layer of this rank
    qint64 numBlocks = 0;        // "num_npu_blocks"
    qint64 kvTokens = 0;         // blocks × cacheBlockSize
    qint64 blocksPerRequest = 0; // ⌈tokens / cacheBlockSize⌉
    double maxConcurrency = 0;   // requests of the scenario's tokens the blocks hold
    bool starts = false;
    bool scenarioFits = false;   // every request has its blocks, within the model's context
    QString error;

    static MindiePlan build(const MemoryModel &model, const GpuSpec &gpu);
    // What MindIE may fill on the NPU: its share, or the weights, workspace and fixed cache.
    static qint64 usableBytes(const MemoryModel &model, const GpuSpec &gpu);
    // The input VllmLayout sizes the warm-up pass from: maxPrefillTokens in one pass, no graphs.
    static EstimateInput layoutInput(EstimateInput in);
};

} // namespace vram
