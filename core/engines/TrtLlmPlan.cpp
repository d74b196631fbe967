// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrtLlmPlan.h"

#include "StartupMemory.h"
#include "VllmLayout.h"

#include <QCoreApplication>
#include <algorithm>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TrtLlmPlan)
};

QString gib(qint64 bytes)
{
    return formatBytesIn(bytes, ByteUnit::GiB, QLocale::c()); // as TensorRT-LLM prints them
}
} // namespace

EstimateInput TrtLlmPlan::layoutInput(EstimateInput in)
{
    in.engine.maxNumBatchedTokens = in.engine.trtMaxNumTokens;
    in.engine.maxNumSeqs = 1;
    in.engine.enforceEager = true;
    in.engine.calibration = {};
    return in;
}

TrtLlmPlan TrtLlmPlan::build(const MemoryModel &model, const GpuSpec &gpu)
{
    if (!model.input().engine.onPlatform(gpu)) // a PCIe-only server starts up smaller
        return build(MemoryModel(model.input().onPlatform(gpu)), gpu);
    TrtLlmPlan p;
    const EstimateInput &in = model.input();
    p.error = model.planError(EstimateMethod::TrtLlm);
    if (!p.error.isEmpty())
        return p;
    const EngineSettings &e = in.engine;
    const VllmLayout &l = model.vllm();
    p.cudaTotalKnown = gpu.cudaTotalBytes > 0;
    p.cudaTotal = gpu.allocatableBytes();
    p.weights = l.weights;
    p.activation = l.activation;
    p.nonTorch = engineStartupBytes(e); // the CUDA context and NCCL's buffers, as vLLM's non-torch memory
    p.peak = p.weights + p.activation + p.nonTorch;
    p.availableKv = p.cudaTotal > p.peak ? qint64(Wide(p.cudaTotal - p.peak) * e.freeGpuMemoryFractionPpm / kPpm) : 0;
    // A calibration from a TensorRT-LLM log of this setup moves the pool by what that log's pool showed.
    if (e.calibration.kvPool != 0 && p.availableKv > 0)
        p.availableKv = std::max<qint64>(0, p.availableKv + e.calibration.kvPool);
    p.kvBytesPerToken = l.kvBytesPerToken;
    const qint64 block = std::max<qint64>(1, e.tokensPerBlock);
    p.estimatedTokens = p.kvBytesPerToken > 0 ? p.availableKv / p.kvBytesPerToken : 0;
    qint64 tokens = p.estimatedTokens;
    if (e.trtMaxTokens > 0)
        tokens = std::min(tokens, e.trtMaxTokens);
    p.maxTokens = tokens / block * block;
    p.kvPoolBytes = p.maxTokens * p.kvBytesPerToken; // within availableKv
    if (p.kvBytesPerToken > 0) {
        p.secondaryBlocks = e.trtHostCacheBytes / p.kvBytesPerToken / block;
        p.secondaryBytes = p.secondaryBlocks * block * p.kvBytesPerToken;
    }
    const auto scenario = narrow(Wide(in.concurrency) * ((in.tokens + block - 1) / block * block));
    if (!scenario) {
        p.error = Text::tr("The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.");
        return p;
    }
    p.scenarioTokens = *scenario;
    if (p.maxTokens <= 0) {
        p.error = Text::tr("TensorRT-LLM cannot start: the profiled peak (weights %1, activations %2, CUDA context %3) "
                           "leaves no KV cache block of %4 tokens on a device of %5. Use more GPUs or a smaller "
                           "max_num_tokens.")
                      .arg(gib(p.weights), gib(p.activation), gib(p.nonTorch))
                      .arg(block)
                      .arg(gib(p.cudaTotal));
        return p;
    }
    p.starts = true;
    p.scenarioFits = p.scenarioTokens <= p.maxTokens && in.concurrency <= e.trtMaxBatchSize
                     && in.tokens <= in.model.maxContext;
    return p;
}

qint64 TrtLlmPlan::usableBytes(const MemoryModel &model, const GpuSpec &gpu)
{
    const TrtLlmPlan p = build(model, gpu);
    return p.peak + p.availableKv;
}

} // namespace vram
