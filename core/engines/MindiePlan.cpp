// SPDX-License-Identifier: GPL-3.0-or-later
#include "MindiePlan.h"

#include "VllmLayout.h"

#include <QCoreApplication>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MindiePlan)
};

QString gib(qint64 bytes)
{
    return formatBytesIn(bytes, ByteUnit::GiB, QLocale::c());
}
} // namespace

EstimateInput MindiePlan::layoutInput(EstimateInput in)
{
    in.engine.maxNumBatchedTokens = in.engine.maxPrefillTokens;
    in.engine.enforceEager = true;
    in.engine.calibration = {};
    return in;
}

MindiePlan MindiePlan::build(const MemoryModel &model, const GpuSpec &gpu)
{
    MindiePlan p;
    const EstimateInput &in = model.input();
    p.error = model.planError(EstimateMethod::Mindie);
    if (!p.error.isEmpty())
        return p;
    // MindIE runs on Ascend NPUs (CANN); the catalogue marks them by their vendor.
    if (gpu.vendor != QLatin1String("Huawei")) {
        p.error = Text::tr("MindIE runs on Ascend NPUs only; %1 is not one. Pick an Ascend 910B or 910C.").arg(gpu.displayName());
        return p;
    }
    const EngineSettings &e = in.engine;
    const VllmLayout &l = model.vllm();
    p.totalKnown = gpu.cudaTotalBytes > 0;
    p.total = gpu.allocatableBytes();
    p.budget = qint64(Wide(p.total) * e.npuMemoryFractionPpm / kPpm);
    p.weights = l.weights;
    p.workspace = l.activation;
    p.fixedSize = e.npuMemSizeGiB > 0;
    p.kvBytes = p.fixedSize ? e.npuMemSizeGiB << 30 : p.budget - p.weights - p.workspace;
    p.blockTokens = std::max<qint64>(1, e.cacheBlockSize);
    const auto block = narrow(Wide(l.kvBytesPerToken) * p.blockTokens);
    const auto request = narrow(Wide(in.concurrency) * ((in.tokens + p.blockTokens - 1) / p.blockTokens));
    if (!block || !request || *block <= 0) {
        p.error = Text::tr("The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.");
        return p;
    }
    p.blockBytes = *block;
    p.blocksPerRequest = (in.tokens + p.blockTokens - 1) / p.blockTokens;
    p.numBlocks = p.kvBytes > 0 ? p.kvBytes / p.blockBytes : 0;
    p.kvTokens = p.numBlocks * p.blockTokens;
    p.maxConcurrency = p.blocksPerRequest > 0 ? double(p.numBlocks) / double(p.blocksPerRequest) : 0;
    if (p.numBlocks <= 0) {
        // MIE05E01000A: "num_npu_blocks is a negative value during NPU memory allocation."
        p.error = Text::tr("MindIE cannot start: NPU_MEMORY_FRACTION of %1 (%2) less the weights %3 and the warm-up "
                           "workspace %4 leaves no KV block of %5 tokens (MindIE's error MIE05E01000A). Use more NPUs, "
                           "a smaller maxPrefillTokens or a larger NPU_MEMORY_FRACTION.")
                      .arg(gib(p.total), gib(p.budget), gib(p.weights), gib(p.workspace))
                      .arg(p.blockTokens);
        return p;
    }
    if (p.fixedSize && Wide(p.weights) + p.workspace + p.kvBytes > Wide(p.total)) {
        p.error = Text::tr("MindIE cannot start: npuMemSize %1 GiB with the weights %2 and the warm-up workspace %3 "
                           "is more than the NPU's %4.")
                      .arg(e.npuMemSizeGiB)
                      .arg(gib(p.weights), gib(p.workspace), gib(p.total));
        return p;
    }
    p.starts = true;
    p.scenarioFits = *request <= p.numBlocks && in.tokens <= in.model.maxContext;
    return p;
}

qint64 MindiePlan::usableBytes(const MemoryModel &model, const GpuSpec &gpu)
{
    const MindiePlan p = build(model, gpu);
    if (p.fixedSize)
        return p.weights + p.workspace + p.kvBytes;
    return p.budget;
}

} // namespace vram
