// SPDX-License-Identifier: GPL-3.0-or-later
#include "VllmPlan.h"

#include <QCoreApplication>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(VllmPlan)
};

QString gib(qint64 bytes)
{
    return formatBytesIn(bytes, ByteUnit::GiB, QLocale::c()); // as vLLM prints it
}
} // namespace

qint64 VllmPlan::budgetFor(const GpuSpec &gpu, qint64 utilizationPpm)
{
    // The product fits: a CUDA total is at most 2^46 B and the share at most 10^6 ppm.
    return qint64(Wide(gpu.allocatableBytes()) * utilizationPpm / kPpm);
}

VllmPlan VllmPlan::build(const MemoryModel &model, const GpuSpec &gpu)
{
    // The layout follows the platform of the GPU it runs on: vLLM-Ascend pages and budgets its own way,
    // and PCIe-only GPUs start up with smaller NCCL buffers.
    if (!model.input().engine.onPlatform(gpu))
        return build(MemoryModel(model.input().onPlatform(gpu)), gpu);
    VllmPlan p;
    const EstimateInput &in = model.input();
    p.error = model.planError(EstimateMethod::Vllm);
    if (!p.error.isEmpty())
        return p;
    p.layout = model.vllm();
    const VllmLayout &l = p.layout;
    p.cudaTotalKnown = gpu.cudaTotalBytes > 0;
    p.cudaTotal = gpu.allocatableBytes();
    p.budget = budgetFor(gpu, in.engine.gpuMemoryUtilizationPpm);
    p.onAscend = gpu.vllmBlockTokens > 0;
    p.graphsOutsideBudget = l.graphsOutsideBudget;
    p.availableKv = p.budget - l.beforeKv();
    p.blockTokens = l.blockTokens;
    p.blockBytes = l.blockBytes;
    p.numBlocks = p.availableKv > 0 ? p.availableKv / p.blockBytes : 0;
    // "GPU KV cache size" counts the tokens of one group: the block ids shared out among the groups.
    p.kvCacheTokens = p.numBlocks / l.groups() * p.blockTokens;
    p.kvCacheBytes = p.numBlocks * p.blockBytes;
    p.maxModelLen = in.engine.maxModelLen > 0 ? in.engine.maxModelLen : in.tokens;
    p.blocksPerRequest = l.maxUsageBlocks(p.maxModelLen, p.blockTokens);
    p.maxConcurrency = double(p.numBlocks) / double(p.blocksPerRequest);
    p.kvCacheTokensByConcurrency = p.blocksPerRequest > 0
        ? narrow(Wide(p.numBlocks) * p.maxModelLen / p.blocksPerRequest).value_or(0) : 0;
    // The longest max_model_len whose one request fits (vLLM's _estimate_max_model_len): the usage
    // grows with the length, so a binary search over what the blocks could hold finds it.
    qint64 low = 0, high = p.numBlocks * p.blockTokens;
    while (low < high) {
        const qint64 mid = low + (high - low + 1) / 2;
        if (l.maxUsageBlocks(mid, p.blockTokens) <= p.numBlocks)
            low = mid;
        else
            high = mid - 1;
    }
    p.largestModelLen = low;

    const Wide scenarioBlocks = Wide(in.concurrency) * l.requestBlocks(in.tokens, p.blockTokens);
    p.scenarioKvBytes = narrow(scenarioBlocks * p.blockBytes).value_or(-1);
    const auto perGpu = narrow(Wide(l.beforeKv()) + p.scenarioKvBytes);
    if (p.scenarioKvBytes < 0 || !perGpu) {
        p.error = Text::tr("The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.");
        return p;
    }
    p.perGpuBytes = *perGpu;

    // vLLM checks max_model_len against the model's config before it loads anything
    // ("User-specified max_model_len (…) is greater than the derived max_model_len").
    if (p.maxModelLen > in.model.maxContext) {
        p.error = Text::tr("vLLM refuses to start: max_model_len (%1 tokens) is greater than the %2 tokens the model's "
                           "config allows (max_position_embeddings). Lower --max-model-len or the tokens per request; "
                           "vLLM only goes beyond with VLLM_ALLOW_LONG_MAX_MODEL_LEN=1.")
                      .arg(formatCount(p.maxModelLen, QLocale()), formatCount(in.model.maxContext, QLocale()));
        return p;
    }
    if (p.availableKv <= 0) {
        p.error = Text::tr("vLLM stops at start-up: no memory is left for the KV cache. The weights (%1), the activation "
                           "peak (%2), non-torch memory (%3) and CUDA graphs (%4) take more than the budget of %5 "
                           "(%6 × %7). Raise --gpu-memory-utilization or use more GPUs.")
                      .arg(gib(l.weights), gib(l.activation), gib(l.nonTorch), gib(l.cudaGraphs), gib(p.budget),
                           gib(p.cudaTotal), formatPpmAsPercent(in.engine.gpuMemoryUtilizationPpm));
        return p;
    }
    if (p.blocksPerRequest > p.numBlocks) {
        p.error = Text::tr("vLLM stops at start-up: one request of max_model_len (%1 tokens) needs %2 of KV cache, more "
                           "than the %3 available. The largest max_model_len that fits is %4; raise "
                           "--gpu-memory-utilization, lower --max-model-len or use more GPUs.")
                      .arg(formatCount(p.maxModelLen, QLocale()))
                      .arg(gib(p.blocksPerRequest * p.blockBytes), gib(p.availableKv))
                      .arg(formatCount(p.largestModelLen, QLocale()));
        return p;
    }
    p.starts = true;
    p.scenarioFits = scenarioBlocks <= p.numBlocks;
    return p;
}

} // namespace vram
