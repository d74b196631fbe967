// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GpuConfig.h"
#include "MemoryModel.h"

namespace vram {

// What a GPU configuration can do with one estimate.
struct FitResult {
    GpuConfig config;
    qint64 capacity = 0;
    qint64 total = 0;
    bool fits = false;
    qint64 headroom = 0;        // capacity − total: free bytes, or missing bytes when negative
    qint64 gpusNeeded = 0;      // the fewest GPUs of this kind that hold the estimate
    qint64 maxConcurrency = 0;  // at the estimate's tokens per request
    qint64 maxTokens = 0;       // at the estimate's concurrency
    bool maxTokensLimitedByContext = false; // memory allows more than the model's context
    bool valid = false;
};

class FitAnalyzer
{
public:
    static FitResult analyze(const MemoryModel &model, const GpuConfig &config);

    static qint64 gpusNeeded(qint64 totalBytes, qint64 bytesPerGpu);
    // Largest number of requests of `tokens` tokens that fits in `capacity`; 0 if not even the weights fit.
    static qint64 maxConcurrency(const MemoryModel &model, qint64 tokens, qint64 capacity);
    // Largest tokens per request for `concurrency` requests, searched up to kMaxTokens.
    static qint64 maxTokens(const MemoryModel &model, qint64 concurrency, qint64 capacity);
};

} // namespace vram
