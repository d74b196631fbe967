// SPDX-License-Identifier: GPL-3.0-or-later
#include "FitAnalyzer.h"

#include <algorithm>

namespace vram {

namespace {
// Largest x in [0, hi] with fits(x), given fits is monotone (true then false) and fits(0).
template<typename Fits>
qint64 largestFitting(qint64 hi, Fits fits)
{
    if (fits(hi))
        return hi;
    qint64 lo = 0; // fits(lo) holds, fits(hi) does not
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        (fits(mid) ? lo : hi) = mid;
    }
    return lo;
}
} // namespace

qint64 FitAnalyzer::gpusNeeded(qint64 totalBytes, qint64 bytesPerGpu)
{
    if (bytesPerGpu <= 0)
        return 0;
    return std::max<qint64>(1, qint64(ceilDiv(totalBytes, bytesPerGpu)));
}

qint64 FitAnalyzer::maxConcurrency(const MemoryModel &model, qint64 tokens, qint64 capacity)
{
    const auto fits = [&](qint64 c) {
        const MemoryBytes b = model.bytesAt(tokens, c);
        return b.ok && b.total <= capacity;
    };
    if (!fits(0))
        return 0;
    return largestFitting(kMaxConcurrency, fits);
}

qint64 FitAnalyzer::maxTokens(const MemoryModel &model, qint64 concurrency, qint64 capacity)
{
    const auto fits = [&](qint64 t) {
        const MemoryBytes b = model.bytesAt(t, concurrency);
        return b.ok && b.total <= capacity;
    };
    if (!fits(0))
        return 0;
    return largestFitting(kMaxTokens, fits);
}

FitResult FitAnalyzer::analyze(const MemoryModel &model, const GpuConfig &config)
{
    FitResult r;
    r.config = config;
    const MemoryBytes b = model.bytes();
    if (!b.ok)
        return r;
    r.capacity = config.capacityBytes();
    r.total = b.total;
    r.fits = b.total <= r.capacity;
    r.headroom = r.capacity - b.total;
    r.gpusNeeded = gpusNeeded(b.total, config.gpu.memoryBytes);
    r.maxConcurrency = maxConcurrency(model, model.input().tokens, r.capacity);
    const qint64 memoryTokens = maxTokens(model, model.input().concurrency, r.capacity);
    const qint64 context = model.input().model.maxContext;
    r.maxTokensLimitedByContext = memoryTokens > context;
    r.maxTokens = std::min(memoryTokens, context);
    r.valid = true;
    return r;
}

} // namespace vram
