// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GpuConfig.h"
#include "MemoryModel.h"
#include "LlamaCppLayout.h"
#include "LlamaCppFit.h"
#include "MindiePlan.h"
#include "OllamaPlan.h"
#include "SglangPlan.h"
#include "TrtLlmPlan.h"
#include "VllmPlan.h"

#include <optional>

namespace vram {

// What a GPU configuration can do with one estimate.
struct FitResult {
    GpuConfig config;
    // How the capacity is shown everywhere (line, list, answer, CLI, report): the configuration,
    // and for the engine methods what it may fill ("1 × A100 40GB, vLLM 90%").
    QString capacityLabel;
    qint64 capacity = 0;
    qint64 total = 0;
    qint64 costCentsPerHour = 0; // count × the kind's price in US cents; 0 when the kind has none
    bool fits = false;
    qint64 headroom = 0;        // capacity − total: free bytes, or missing bytes when negative
    qint64 gpusNeeded = 0;      // the fewest GPUs of this kind that hold the estimate
    qint64 maxConcurrency = 0;  // at the estimate's tokens per request
    qint64 maxTokens = 0;       // at the estimate's concurrency
    bool maxTokensLimitedByContext = false; // memory allows more than the model's context
    bool valid = false;
    QString error;              // why no analysis could be made (e.g. vLLM refuses this GPU count)
    std::optional<VllmPlan> vllm; // the vLLM method: what vLLM does at start-up on this configuration
    std::optional<SglangPlan> sglang; // the SGLang method: the pool SGLang allocates on this configuration
    std::optional<OllamaPlan> ollama; // the Ollama method: the layers its scheduler offloads here
    std::optional<TrtLlmPlan> trtllm; // the TensorRT-LLM method: its paged KV cache here
    std::optional<MindiePlan> mindie; // the MindIE method: its KV blocks on these NPUs
    // The llama.cpp method with -ngl unset, when every layer does not fit: what llama-server's --fit
    // (on by default) does instead — fewer layers on the GPUs, the rest on the CPU.
    std::optional<LlamaCppFit> llamaCppFit;
    // The llama.cpp method on several GPUs (or a unified-memory one): each GPU's part, as
    // --split-mode and --tensor-split place it; the configuration fits when every GPU holds its part.
    QList<LlamaCppDevice> devices;

    // Why the method's engine would not start here, or no plan could be made; empty when it starts.
    QString planError() const;
};

class FitAnalyzer
{
public:
    static FitResult analyze(const MemoryModel &model, const GpuConfig &config);
    // The index of the cheapest configuration that fits and has a price; -1 when none.
    static int cheapestFitting(const QList<FitResult> &fits);

    // The bytes of one GPU the method may fill: the driver's total for the
    // article's and exact methods, vLLM's gpu_memory_utilization share of the
    // CUDA total, llama.cpp's device total (CUDA's, Metal's working set, the driver's).
    static qint64 usableBytesPerGpu(const EstimateInput &input, const GpuSpec &gpu);
    // `config` as the chart shows it for the method: each GPU's memory is what
    // the method may fill, and the label says so for the engines.
    static GpuConfig usableConfig(const GpuConfig &config, const EstimateInput &input);
    // `model` as run on `gpuCount` GPUs of `gpu`'s kind: vLLM's tensor-parallel size follows the count,
    // and on Ascend NPUs it runs as vLLM-Ascend.
    static MemoryModel modelFor(const MemoryModel &model, int gpuCount, const GpuSpec &gpu);
    // The fewest GPUs of one kind that hold the estimate; for vLLM only
    // tensor-parallel sizes it accepts count. 0 when no count up to `maxCount` does.
    static qint64 gpusNeeded(const MemoryModel &model, const GpuSpec &gpu, int maxCount = kMaxGpuCount);
    static qint64 gpusNeeded(qint64 totalBytes, qint64 bytesPerGpu);
    // gpusNeeded() for people: the count, or "none up to 4,096" for 0.
    static QString gpusNeededText(qint64 gpusNeeded, const QLocale &locale);
    // Largest number of requests of `tokens` tokens that fits in `capacity`; 0 if not even the weights fit.
    static qint64 maxConcurrency(const MemoryModel &model, qint64 tokens, qint64 capacity);
    // Largest tokens per request for `concurrency` requests, searched up to kMaxTokens.
    static qint64 maxTokens(const MemoryModel &model, qint64 concurrency, qint64 capacity);
    // llama.cpp over several devices: whether each holds its part at these tokens and requests.
    static bool splitFits(const MemoryModel &model, const QList<GpuSpec> &devices, qint64 tokens, qint64 concurrency);
    // Whether a configuration is planned per device (llama.cpp on several GPUs or on unified memory).
    static bool plansPerDevice(const EstimateInput &input, const GpuConfig &config);

private:
    // analyze() for a configuration planned per device; `r` has the configuration and labels.
    static FitResult analyzeSplit(const MemoryModel &model, const MemoryModel &original, FitResult r);
    static FitResult analyzeOllama(const MemoryModel &model, FitResult r);
    // The llama.cpp method: what --fit would place where every layer does not fit.
    static FitResult withLlamaCppFit(const MemoryModel &model, FitResult r);
};

} // namespace vram
