// SPDX-License-Identifier: GPL-3.0-or-later
#include "FitAnalyzer.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FitAnalyzer)
};

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

qint64 FitAnalyzer::usableBytesPerGpu(const EstimateInput &input, const GpuSpec &gpu)
{
    switch (input.method) {
    case EstimateMethod::Vllm:
        return VllmPlan::budgetFor(gpu, input.engine.gpuMemoryUtilizationPpm);
    case EstimateMethod::LlamaCpp:
        return gpu.allocatableBytes();
    case EstimateMethod::Article:
    case EstimateMethod::Exact:
        break;
    }
    return gpu.memoryBytes;
}

GpuConfig FitAnalyzer::usableConfig(const GpuConfig &config, const EstimateInput &input)
{
    GpuConfig out = config;
    out.gpu.memoryBytes = usableBytesPerGpu(input, config.gpu);
    if (input.method == EstimateMethod::Vllm)
        out.gpu.name = Text::tr("%1, vLLM %2").arg(config.gpu.displayName(), formatPpmAsPercent(input.engine.gpuMemoryUtilizationPpm));
    else if (input.method == EstimateMethod::LlamaCpp)
        out.gpu.name = Text::tr("%1, CUDA total").arg(config.gpu.displayName());
    else
        return out;
    out.gpu.localizedNames.clear(); // the label is already in the current language
    return out;
}

MemoryModel FitAnalyzer::modelFor(const MemoryModel &model, int gpuCount)
{
    const EngineSettings &e = model.input().engine;
    if (model.input().method != EstimateMethod::Vllm || e.tensorParallel * e.pipelineParallel == gpuCount)
        return model;
    EstimateInput input = model.input();
    VllmLayout::assignGpus(input.engine, input.model, std::clamp(gpuCount, 1, kMaxTensorParallel));
    return MemoryModel(input);
}

QString FitAnalyzer::gpusNeededText(qint64 gpusNeeded, const QLocale &locale)
{
    return gpusNeeded > 0 ? formatCount(gpusNeeded, locale)
                          : Text::tr("none up to %1").arg(formatCount(kMaxGpuCount, locale));
}

qint64 FitAnalyzer::gpusNeeded(const MemoryModel &model, const GpuSpec &gpu, int maxCount)
{
    if (model.input().method != EstimateMethod::Vllm) {
        const MemoryBytes b = model.bytes();
        const qint64 n = b.ok ? gpusNeeded(b.total, usableBytesPerGpu(model.input(), gpu)) : 0;
        return n <= maxCount ? n : 0;
    }
    // Tensor and pipeline parallelism split the weights and the cache but not the
    // activation peak, so only trying each count vLLM accepts tells where the model
    // starts to fit; if the fixed part alone exceeds a GPU's budget, no count will.
    const EstimateInput &in = model.input();
    for (int n = 1; n <= std::min(maxCount, kMaxTensorParallel); ++n) {
        if (!VllmLayout::split(in.model, n, in.engine.pipelineStages))
            continue;
        const MemoryModel m = modelFor(model, n);
        if (!m.isValid())
            continue;
        if (m.vllm().overhead() >= VllmPlan::budgetFor(gpu, in.engine.gpuMemoryUtilizationPpm))
            return 0;
        const VllmPlan plan = VllmPlan::build(m, gpu);
        if (plan.starts && plan.scenarioFits)
            return n;
    }
    return 0;
}

FitResult FitAnalyzer::analyze(const MemoryModel &original, const GpuConfig &config)
{
    FitResult r;
    r.config = config;
    r.costCentsPerHour = qint64(config.count) * config.gpu.priceCentsPerHour;
    r.capacityLabel = usableConfig(config, original.input()).label();
    const MemoryModel model = modelFor(original, config.count);
    if (!model.isValid()) {
        r.error = model.error();
        return r;
    }
    const MemoryBytes b = model.bytes();
    if (!b.ok)
        return r;
    const qint64 perGpu = usableBytesPerGpu(model.input(), config.gpu);
    r.capacity = qint64(narrow(Wide(config.count) * perGpu).value_or(std::numeric_limits<qint64>::max()));
    r.total = b.total;
    r.fits = b.total <= r.capacity;
    if (model.input().method == EstimateMethod::Vllm) {
        // A max_model_len longer than the requests can still stop vLLM at start-up.
        r.vllm = VllmPlan::build(model, config.gpu);
        r.fits = r.fits && r.vllm->starts;
    }
    r.headroom = r.capacity - b.total;
    r.gpusNeeded = gpusNeeded(original, config.gpu);
    r.maxConcurrency = maxConcurrency(model, model.input().tokens, r.capacity);
    const qint64 memoryTokens = maxTokens(model, model.input().concurrency, r.capacity);
    const qint64 context = model.input().model.maxContext;
    r.maxTokensLimitedByContext = memoryTokens > context;
    r.maxTokens = std::min(memoryTokens, context);
    r.valid = true;
    return r;
}

int FitAnalyzer::cheapestFitting(const QList<FitResult> &fits)
{
    int best = -1;
    for (int i = 0; i < fits.size(); ++i) {
        const FitResult &f = fits.at(i);
        if (f.valid && f.fits && f.costCentsPerHour > 0
            && (best < 0 || f.costCentsPerHour < fits.at(best).costCentsPerHour))
            best = i;
    }
    return best;
}

} // namespace vram
