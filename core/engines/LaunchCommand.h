// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EstimateInput.h"
#include "FitAnalyzer.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace vram {

// The command that starts an engine as planned: for the vLLM method `vllm serve`, for the
// llama.cpp method `llama-server`, with every setting the plan depends on spelled as the engine
// spells it, and the KV cache pinned where the engine allows so that its own profiling cannot
// give a different cache.
struct LaunchCommand {
    QString program;       // "vllm", "llama-server"
    QStringList arguments; // what follows the program, one element per shell word
    QStringList notes;     // translated: what the command cannot say, what to fill in
    QString error;         // why there is no command (not an engine method, vLLM would not start)

    // One line for a POSIX shell: words with spaces or quotes are single-quoted.
    QString text() const;

    // vLLM's version: `--kv-cache-memory-bytes` exists from 0.10.1 (vllm-project/vllm#21489);
    // for an older version the command sizes the cache with --gpu-memory-utilization alone.
    static constexpr int kKvCacheMemoryBytesSince = 1001; // 0.10.1 as major × 10,000 + minor × 100 + patch
    // "0.10.0" → 1000, "0.11" → 1100; nullopt for anything else.
    static std::optional<int> parseVllmVersion(const QString &text);

    // `fit` is the configuration the command runs on (its vLLM plan for the vLLM method).
    static LaunchCommand build(const MemoryModel &model, const FitResult &fit, int vllmVersion = 1100);
};

// What a `vllm serve` command sets, read back from its arguments (the flags build() writes).
struct VllmServeSettings {
    QString model;
    int tensorParallel = 1;
    int pipelineParallel = 1;
    qint64 maxModelLen = 0;
    qint64 gpuMemoryUtilizationPpm = 900000;
    qint64 maxNumSeqs = 256;
    qint64 maxNumBatchedTokens = 0;
    qint64 kvCacheMemoryBytes = 0;
    bool enforceEager = false;
    QString dtype;        // "bfloat16", or empty for auto
    QString kvCacheDtype; // "fp8", or empty for auto
    QString quantization;
    static std::optional<VllmServeSettings> parse(const QStringList &arguments, QString *error);
};

// What a `llama-server` command sets, read back from its arguments.
struct LlamaServerSettings {
    QString model;
    qint64 contextSize = 0;  // -c: tokens × sequences
    qint64 parallel = 1;     // -np
    int gpuLayers = -1;      // -ngl
    qint64 ubatch = 512;     // -ub
    QString flashAttention;  // -fa on|off|auto
    QString cacheTypeK;      // -ctk
    QString cacheTypeV;      // -ctv
    QString splitMode;       // --split-mode
    QString tensorSplit;     // --tensor-split
    int mainGpu = 0;         // --main-gpu
    static std::optional<LlamaServerSettings> parse(const QStringList &arguments, QString *error);
};

// What a `python3 -m sglang.launch_server` command sets, read back from its arguments.
struct SglangLaunchSettings {
    QString model;
    int tensorParallel = 1;
    int pipelineParallel = 1;
    qint64 memFractionStaticPpm = 0;
    qint64 contextLength = 0;
    qint64 pageSize = 1;
    qint64 chunkedPrefillSize = 0;
    qint64 maxTotalTokens = 0;       // 0: not given
    qint64 maxRunningRequests = 0;   // 0: not given
    qint64 swaFullTokensRatioPpm = 0; // 0: not given
    bool piecewiseCudaGraph = true;  // false with --disable-piecewise-cuda-graph
    QString dtype;
    QString kvCacheDtype;
    QString quantization;
    static std::optional<SglangLaunchSettings> parse(const QStringList &arguments, QString *error);
};

// What an `env OLLAMA_…=… ollama serve` command sets, read back from its arguments.
struct OllamaServeSettings {
    qint64 contextLength = 0;  // OLLAMA_CONTEXT_LENGTH
    qint64 numParallel = 1;    // OLLAMA_NUM_PARALLEL
    bool flashAttention = false;
    QString kvCacheType;       // OLLAMA_KV_CACHE_TYPE: f16, q8_0, q4_0
    qint64 gpuOverhead = 0;    // OLLAMA_GPU_OVERHEAD, bytes
    static std::optional<OllamaServeSettings> parse(const QStringList &arguments, QString *error);
};

// What a `trtllm-serve` command sets, read back from its arguments.
struct TrtLlmServeSettings {
    QString model;
    int tensorParallel = 1;
    int pipelineParallel = 1;
    qint64 maxBatchSize = 0;
    qint64 maxNumTokens = 0;
    qint64 maxSeqLen = 0;
    qint64 freeGpuMemoryFractionPpm = 0;
    static std::optional<TrtLlmServeSettings> parse(const QStringList &arguments, QString *error);
};

} // namespace vram
