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

bool FitAnalyzer::splitFits(const MemoryModel &model, const QList<GpuSpec> &devices, qint64 tokens, qint64 concurrency)
{
    const QList<LlamaCppDevice> parts = model.llamaCpp().split(devices, tokens, concurrency);
    return !parts.isEmpty() && std::all_of(parts.begin(), parts.end(), [](const LlamaCppDevice &d) { return d.fits(); });
}

bool FitAnalyzer::plansPerDevice(const EstimateInput &input, const GpuConfig &config)
{
    if (input.method != EstimateMethod::LlamaCpp)
        return false;
    const QList<GpuSpec> devices = config.devices();
    return devices.size() > 1
        || std::any_of(devices.begin(), devices.end(), [](const GpuSpec &g) { return g.unifiedMemory; });
}

qint64 FitAnalyzer::usableBytesPerGpu(const EstimateInput &input, const GpuSpec &gpu)
{
    switch (input.method) {
    case EstimateMethod::Vllm:
        return VllmPlan::budgetFor(gpu, input.engine.gpuMemoryUtilizationPpm);
    case EstimateMethod::Sglang:
        return SglangPlan::budgetFor(gpu, input);
    case EstimateMethod::TrtLlm:
        // The profiled peak is the model's: the share of what it leaves depends on it.
        return TrtLlmPlan::usableBytes(MemoryModel(input.onPlatform(gpu)), gpu);
    case EstimateMethod::Mindie:
        return MindiePlan::usableBytes(MemoryModel(input), gpu);
    case EstimateMethod::LlamaCpp:
        return gpu.allocatableBytes();
    case EstimateMethod::Ollama:
        if (!input.engine.ollamaLegacyScheduler) // llama-server's --fit leaves its target free
            return std::max<qint64>(0, gpu.allocatableBytes() - kLlamaCppFitTargetBytes);
        return std::max<qint64>(0, gpu.allocatableBytes() - kOllamaMinimumBytes - input.engine.ollamaGpuOverhead);
    case EstimateMethod::Article:
    case EstimateMethod::Exact:
        break;
    }
    return gpu.memoryBytes;
}

// What llama.cpp may fill is each device's total as its runtime reports it: CUDA's on NVIDIA GPUs,
// Metal's recommended working set on a Mac, CANN's on an Ascend NPU, the driver's elsewhere (ROCm).
static QString totalName(const GpuConfig &config)
{
    QStringList vendors{config.gpu.vendor};
    for (const GpuGroup &g : config.more)
        vendors << g.gpu.vendor;
    vendors.removeDuplicates();
    if (vendors == QStringList{QStringLiteral("NVIDIA")})
        return Text::tr("CUDA total");
    if (vendors == QStringList{QStringLiteral("Apple")})
        return Text::tr("Metal working set");
    if (vendors == QStringList{QStringLiteral("Huawei")})
        return Text::tr("CANN total");
    return Text::tr("driver total");
}

GpuConfig FitAnalyzer::usableConfig(const GpuConfig &config, const EstimateInput &input)
{
    GpuConfig out = config;
    out.gpu.memoryBytes = usableBytesPerGpu(input, config.gpu);
    for (GpuGroup &g : out.more)
        g.gpu.memoryBytes = usableBytesPerGpu(input, g.gpu);
    if (!isEngineMethod(input.method))
        return out;
    // The label is in the current language from here on; the method's note goes after the last
    // kind: "1 × RTX 4090 + 1 × RTX 3090, CUDA total".
    const auto settle = [](GpuSpec &g) {
        g.name = g.displayName();
        g.localizedNames.clear();
    };
    settle(out.gpu);
    for (GpuGroup &g : out.more)
        settle(g.gpu);
    GpuSpec &last = out.more.isEmpty() ? out.gpu : out.more.last().gpu;
    if (input.method == EstimateMethod::Vllm)
        last.name = Text::tr("%1, vLLM %2").arg(last.name, formatPpmAsPercent(input.engine.gpuMemoryUtilizationPpm));
    else if (input.method == EstimateMethod::Sglang)
        last.name = Text::tr("%1, SGLang static share %2")
                        .arg(last.name, formatPpmAsFraction(input.engine.memFractionStaticPpm > 0
                                                                ? input.engine.memFractionStaticPpm
                                                                : SglangDefaults::forGpu(config.gpu, input).memFractionStaticPpm));
    else if (input.method == EstimateMethod::Ollama)
        last.name = input.engine.ollamaLegacyScheduler ? Text::tr("%1, Ollama (less 457 MiB)").arg(last.name)
                                                       : Text::tr("%1, Ollama (less llama.cpp's 1 GiB fit target)").arg(last.name);
    else if (input.method == EstimateMethod::TrtLlm)
        last.name = Text::tr("%1, TensorRT-LLM %2 of the free memory")
                        .arg(last.name, formatPpmAsFraction(input.engine.freeGpuMemoryFractionPpm));
    else if (input.method == EstimateMethod::Mindie)
        last.name = input.engine.npuMemSizeGiB > 0
            ? Text::tr("%1, MindIE npuMemSize %2 GiB").arg(last.name).arg(input.engine.npuMemSizeGiB)
            : Text::tr("%1, MindIE NPU_MEMORY_FRACTION %2").arg(last.name, formatPpmAsFraction(input.engine.npuMemoryFractionPpm));
    else
        last.name = Text::tr("%1, %2").arg(last.name, totalName(config));
    return out;
}

MemoryModel FitAnalyzer::modelFor(const MemoryModel &model, int gpuCount, const GpuSpec &gpu)
{
    const EngineSettings &e = model.input().engine;
    if (!splitsByTensorParallel(model.input().method)
        || (e.tensorParallel * e.pipelineParallel == gpuCount && e.onPlatform(gpu)))
        return model;
    EstimateInput input = model.input();
    VllmLayout::assignGpus(input.engine, input.model, std::clamp(gpuCount, 1, kMaxTensorParallel));
    input.engine.setPlatform(gpu); // vLLM-Ascend on NPUs, a PCIe-only server
    return MemoryModel(input);
}

QString FitAnalyzer::gpusNeededText(qint64 gpusNeeded, const QLocale &locale)
{
    return gpusNeeded > 0 ? formatCount(gpusNeeded, locale)
                          : Text::tr("none up to %1").arg(formatCount(kMaxGpuCount, locale));
}

qint64 FitAnalyzer::gpusNeeded(const MemoryModel &model, const GpuSpec &gpu, int maxCount)
{
    if (model.input().method == EstimateMethod::LlamaCpp && model.input().engine.splitMode != EngineSettings::SplitMode::None) {
        // Each GPU must hold its part: every further GPU takes layers off the others but adds a
        // compute buffer of its own, so the count is found by trying each.
        const EstimateInput &in = model.input();
        if (!model.isValid())
            return 0;
        const int slotCount = model.llamaCpp().offloadedLayers() + (model.llamaCpp().outputOnGpu() ? 1 : 0);
        for (int n = 1; n <= maxCount; ++n) {
            if (splitFits(model, QList<GpuSpec>(n, gpu), in.tokens, in.concurrency))
                return n;
            if (n > slotCount) // more GPUs than layers hold nothing more
                break;
        }
        return 0;
    }
    if (model.input().method == EstimateMethod::Ollama) {
        // Every layer and the output on the GPUs, as Ollama's scheduler places them.
        if (!model.isValid())
            return 0;
        for (int n = 1; n <= maxCount; ++n) {
            const OllamaPlan plan = OllamaPlan::build(model, {gpu, n, {}});
            if (plan.fullyLoaded)
                return n;
            if (n > model.llamaCpp().layerCount() + 1)
                break;
        }
        return 0;
    }
    if (!splitsByTensorParallel(model.input().method)) {
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
        const MemoryModel m = modelFor(model, n, gpu);
        if (!m.isValid())
            continue;
        if (in.method == EstimateMethod::Sglang) {
            const SglangPlan plan = SglangPlan::build(m, gpu);
            if (plan.starts && plan.scenarioFits)
                return n;
            continue;
        }
        if (in.method == EstimateMethod::TrtLlm) {
            const TrtLlmPlan plan = TrtLlmPlan::build(m, gpu);
            if (plan.starts && plan.scenarioFits)
                return n;
            continue;
        }
        if (in.method == EstimateMethod::Mindie) {
            const MindiePlan plan = MindiePlan::build(m, gpu);
            if (plan.starts && plan.scenarioFits)
                return n;
            continue;
        }
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
    r.costCentsPerHour = config.costCentsPerHour();
    r.capacityLabel = usableConfig(config, original.input()).label();
    const QList<GpuSpec> devices = config.devices();
    const MemoryModel model = modelFor(original, int(devices.size()), config.gpu);
    if (!model.isValid()) {
        r.error = model.error();
        return r;
    }
    const MemoryBytes b = model.bytes();
    if (!b.ok)
        return r;
    const EstimateInput &in = model.input();
    if (in.method == EstimateMethod::Ollama)
        return analyzeOllama(model, r);
    if (plansPerDevice(in, config))
        return withLlamaCppFit(model, analyzeSplit(model, original, r));
    // vLLM or SGLang over GPUs of several kinds: every rank gets as much KV as the smallest budget.
    GpuSpec gpu = config.gpu;
    for (const GpuSpec &g : devices)
        if (usableBytesPerGpu(in, g) < usableBytesPerGpu(in, gpu))
            gpu = g;
    Wide capacity = 0;
    for (const GpuSpec &g : devices)
        capacity += splitsByTensorParallel(in.method) ? usableBytesPerGpu(in, gpu) : usableBytesPerGpu(in, g);
    r.capacity = narrow(capacity).value_or(std::numeric_limits<qint64>::max());
    r.total = b.total;
    r.fits = b.total <= r.capacity;
    if (in.method == EstimateMethod::Vllm) {
        // A max_model_len longer than the requests can still stop vLLM at start-up.
        r.vllm = VllmPlan::build(model, gpu);
        r.fits = r.fits && r.vllm->starts;
    } else if (in.method == EstimateMethod::Sglang) {
        // The pool is whole tokens and the scheduler caps the running requests.
        r.sglang = SglangPlan::build(model, gpu);
        r.fits = r.sglang->starts && r.sglang->scenarioFits;
    } else if (in.method == EstimateMethod::TrtLlm) {
        r.trtllm = TrtLlmPlan::build(model, gpu);
        r.fits = r.trtllm->starts && r.trtllm->scenarioFits;
    } else if (in.method == EstimateMethod::Mindie) {
        r.mindie = MindiePlan::build(model, gpu);
        r.fits = r.mindie->starts && r.mindie->scenarioFits;
    }
    r.headroom = r.capacity - b.total;
    r.gpusNeeded = config.isMixed() ? 0 : gpusNeeded(original, config.gpu);
    r.maxConcurrency = maxConcurrency(model, in.tokens, r.capacity);
    qint64 memoryTokens = maxTokens(model, in.concurrency, r.capacity);
    qint64 context = in.model.maxContext;
    if (r.sglang) {
        // SGLang's limits are its pools and its scheduler, not bytes against the static share: a
        // hybrid model's state pool takes its part of the share before the KV pool gets the rest.
        r.maxConcurrency = r.sglang->maxConcurrencyAt(in.tokens);
        memoryTokens = r.sglang->maxTokensAt(in.concurrency);
        context = r.sglang->contextLength;
    }
    r.maxTokensLimitedByContext = memoryTokens > context;
    r.maxTokens = std::min(memoryTokens, context);
    r.valid = true;
    return withLlamaCppFit(model, r);
}

FitResult FitAnalyzer::withLlamaCppFit(const MemoryModel &model, FitResult r)
{
    const EstimateInput &in = model.input();
    if (in.method != EstimateMethod::LlamaCpp || !r.valid || r.fits || !LlamaCppFit::applies(in, r.config.devices()))
        return r;
    const LlamaCppFit fit = LlamaCppFit::fit(in, model.weightsBytes(), r.config.devices());
    if (fit.error.isEmpty() && fit.changed)
        r.llamaCppFit = fit;
    return r;
}

FitResult FitAnalyzer::analyzeSplit(const MemoryModel &model, const MemoryModel &original, FitResult r)
{
    const EstimateInput &in = model.input();
    const QList<GpuSpec> devices = r.config.devices();
    r.devices = model.llamaCpp().split(devices, in.tokens, in.concurrency);
    if (r.devices.isEmpty())
        return r;
    Wide capacity = 0;
    Wide total = 0;
    r.headroom = std::numeric_limits<qint64>::max();
    for (const LlamaCppDevice &d : r.devices) {
        capacity += d.capacity;
        total += d.bytes();
        // The tightest GPU decides: its free bytes, or what it lacks.
        r.headroom = std::min(r.headroom, d.capacity - d.bytes());
    }
    r.capacity = narrow(capacity).value_or(std::numeric_limits<qint64>::max());
    r.total = narrow(total).value_or(std::numeric_limits<qint64>::max());
    r.fits = r.headroom >= 0;
    r.gpusNeeded = r.config.isMixed() ? 0 : gpusNeeded(original, r.config.gpu);
    const auto fitsAt = [&](qint64 tokens, qint64 concurrency) { return splitFits(model, devices, tokens, concurrency); };
    r.maxConcurrency = fitsAt(in.tokens, 0) ? largestFitting(kMaxConcurrency, [&](qint64 c) { return fitsAt(in.tokens, c); }) : 0;
    const qint64 memoryTokens =
        fitsAt(0, in.concurrency) ? largestFitting(kMaxTokens, [&](qint64 t) { return fitsAt(t, in.concurrency); }) : 0;
    r.maxTokensLimitedByContext = memoryTokens > in.model.maxContext;
    r.maxTokens = std::min<qint64>(memoryTokens, in.model.maxContext);
    r.valid = true;
    return r;
}

FitResult FitAnalyzer::analyzeOllama(const MemoryModel &model, FitResult r)
{
    // Ollama always starts: what does not fit runs on the CPU. The configuration holds the
    // scenario when every layer and the output are on the GPUs and each GPU holds its part.
    const EstimateInput &in = model.input();
    r.ollama = OllamaPlan::build(model, r.config);
    if (!r.ollama->error.isEmpty()) {
        r.error = r.ollama->error;
        return r;
    }
    r.devices = r.ollama->devices;
    Wide capacity = 0;
    for (const GpuSpec &g : r.config.devices())
        capacity += usableBytesPerGpu(in, g);
    r.capacity = narrow(capacity).value_or(std::numeric_limits<qint64>::max());
    r.total = r.ollama->requiredFull;
    r.fits = r.ollama->fullyLoaded
             && std::all_of(r.devices.begin(), r.devices.end(), [](const LlamaCppDevice &d) { return d.fits(); });
    r.headroom = r.capacity - r.total;
    r.gpusNeeded = r.config.isMixed() ? 0 : gpusNeeded(model, r.config.gpu);
    const auto fitsAt = [&](qint64 tokens, qint64 concurrency) {
        EstimateInput probe = in;
        probe.tokens = tokens;
        probe.concurrency = concurrency;
        const MemoryModel m(probe);
        return m.isValid() && OllamaPlan::build(m, r.config).fullyLoaded;
    };
    r.maxConcurrency = fitsAt(in.tokens, 1) ? largestFitting(kMaxConcurrency, [&](qint64 c) { return fitsAt(in.tokens, c); }) : 0;
    const qint64 memoryTokens = fitsAt(1, in.concurrency)
        ? largestFitting(kMaxTokens, [&](qint64 t) { return fitsAt(t, in.concurrency); }) : 0;
    r.maxTokensLimitedByContext = memoryTokens > in.model.maxContext;
    r.maxTokens = std::min<qint64>(memoryTokens, in.model.maxContext);
    r.valid = true;
    return r;
}

QString FitResult::planError() const
{
    if (!error.isEmpty())
        return error;
    for (const QString *e : {vllm ? &vllm->error : nullptr, sglang ? &sglang->error : nullptr, ollama ? &ollama->error : nullptr,
                             trtllm ? &trtllm->error : nullptr, mindie ? &mindie->error : nullptr})
        if (e && !e->isEmpty())
            return *e;
    return {};
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
