// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ByteUnit.h"
#include "EstimateMethod.h"
#include "GpuSpec.h"

#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <initializer_list>
#include <optional>

namespace vram {

// Corrections learned from an engine's own start-up log (see EngineLog): bytes added on each GPU
// to the terms the planner estimates rather than counts. Empty: the planner's own figures.
struct Calibration {
    QString name;              // the profile it came from, shown beside the corrected terms
    qint64 nonTorch = 0;       // vLLM; also what a log's block count leaves unexplained
    qint64 activation = 0;     // vLLM
    qint64 cudaGraphs = 0;     // vLLM
    qint64 computeBuffer = 0;  // llama.cpp, and Ollama's graph (the same buffer)
    qint64 kvPool = 0;         // SGLang, TensorRT-LLM: the KV pool per GPU beyond (or short of) the plan's
    bool isEmpty() const { return nonTorch == 0 && activation == 0 && cudaGraphs == 0 && computeBuffer == 0 && kvPool == 0; }
    bool operator==(const Calibration &other) const = default;
    QJsonObject toJson() const;
    static std::optional<Calibration> fromJson(const QJsonObject &json, QString *error);
    // The largest correction accepted: 1 TiB either way.
    static constexpr qint64 kMaxBytes = qint64(1) << 40;
};

// The serving-engine knobs the engine methods read; the Article
// and Exact methods ignore them. Defaults are the engines' own.
struct EngineSettings {
    // vLLM
    // A GPU row of N GPUs runs as tensor parallel × pipeline parallel = N
    // (VllmLayout::assignGpus); pipelineStages is the user's choice of stages.
    int tensorParallel = 1;                  // --tensor-parallel-size
    int pipelineParallel = 1;                // --pipeline-parallel-size as used
    int pipelineStages = 0;                  // --pipeline-parallel-size as asked; 0: only where needed
    // Tokens in one of vLLM's KV blocks on the planned GPUs, set from them as the sizes above are:
    // 0 for vLLM's own; 128 on Ascend NPUs, where vLLM runs as vLLM-Ascend (GpuSpec::vllmBlockTokens).
    int platformBlockTokens = 0;
    // The planned GPUs talk over PCIe only (GpuSpec::pcieOnly), set with the above: every engine's
    // distributed start-up takes less there (StartupMemory.h).
    bool pcieOnlyGpus = false;
    // What the GPUs a plan runs on set above, and whether these settings already have it.
    void setPlatform(const GpuSpec &gpu);
    bool onPlatform(const GpuSpec &gpu) const;
    qint64 gpuMemoryUtilizationPpm = 900000; // --gpu-memory-utilization 0.9
    qint64 maxModelLen = 0;                  // --max-model-len; 0: the tokens per request
    qint64 maxNumBatchedTokens = 8192;       // --max-num-batched-tokens (V1 default on 80 GB GPUs)
    qint64 maxNumSeqs = 256;                 // --max-num-seqs
    bool enforceEager = false;               // --enforce-eager: no CUDA graphs
    // vLLM's V0 engine (up to 0.10) captured CUDA graphs after sizing the KV cache, so they were
    // not in its budget; read from such a log, not a flag of its own.
    bool graphsAfterKvCache = false;
    // vLLM-Ascend before 0.16 sized a hybrid model's attention block to hold a whole recurrent state
    // in 128-token steps; from 0.16 the block's K half holds the SSM state and the convolution state
    // rides beside it (patch_mamba_config.py). Only hybrid models on Ascend NPUs differ.
    bool vllmAscendWholeStatePages = false;
    // SGLang (the tensor-parallel and pipeline sizes are the ones above: --tp, --pp-size)
    qint64 memFractionStaticPpm = 0;         // --mem-fraction-static; 0: SGLang's default for the GPU
    qint64 sglangChunkedPrefillSize = 0;     // --chunked-prefill-size; 0: SGLang's default for the GPU
    qint64 maxTotalTokens = 0;               // --max-total-tokens; 0: no cap
    qint64 maxRunningRequests = 0;           // --max-running-requests; 0: SGLang's limit
    qint64 pageSize = 1;                     // --page-size
    qint64 contextLength = 0;                // --context-length; 0: the model's
    qint64 swaFullTokensRatioPpm = 800000;   // --swa-full-tokens-ratio: windowed tokens per full token
    // SGLang of 2026 captures the prefill as piecewise CUDA graphs unless --disable-piecewise-cuda-graph
    // (before, only with --enable-piecewise-cuda-graph); its default static share reserves room for them.
    bool sglangPiecewiseCudaGraph = true;
    // TensorRT-LLM (KvCacheConfig and the LLM API's build settings)
    qint64 freeGpuMemoryFractionPpm = 900000; // free_gpu_memory_fraction
    qint64 trtMaxTokens = 0;                  // max_tokens; 0: no cap
    qint64 tokensPerBlock = 32;               // tokens_per_block
    qint64 trtMaxBatchSize = 2048;            // max_batch_size
    qint64 trtMaxNumTokens = 8192;            // max_num_tokens
    qint64 trtHostCacheBytes = 0;             // host_cache_size: host memory for the secondary pool of offloaded blocks
    // MindIE LLM (config.json's ModelDeployConfig and ScheduleConfig, and the NPU_MEMORY_FRACTION variable;
    // worldSize is the tensor-parallel size above)
    qint64 npuMemoryFractionPpm = 800000;    // NPU_MEMORY_FRACTION (MindIE LLM's default 0.8)
    qint64 npuMemSizeGiB = -1;               // npuMemSize: KV cache per NPU in GiB; -1: automatic
    qint64 cacheBlockSize = 128;             // cacheBlockSize (1–128, 128 recommended)
    qint64 maxPrefillTokens = 8192;          // maxPrefillTokens: the warm-up pass that sizes the workspace
    // Ollama (num_ctx and OLLAMA_NUM_PARALLEL are the tokens and concurrency; num_gpu is gpuLayers,
    // -1 there meaning as many as Ollama's scheduler finds room for)
    qint64 ollamaGpuOverhead = 0;            // OLLAMA_GPU_OVERHEAD, bytes kept free on each GPU
    // Ollama before 0.30 placed layers by its scheduler's own estimate (llm/memory.go); from 0.30
    // (ollama#16031) it runs llama-server and llama.cpp's --fit places them.
    bool ollamaLegacyScheduler = false;
    // llama.cpp
    int gpuLayers = -1;                      // -ngl; -1: every layer and the output head
    qint64 ubatch = 512;                     // -ub
    // Over several GPUs: --split-mode layer (whole layers per GPU, the default), row (each
    // matrix split across the GPUs, the cache and buffers on the main GPU) or none (main GPU only).
    enum class SplitMode { Layer, Row, None };
    SplitMode splitMode = SplitMode::Layer;   // --split-mode
    QList<qint64> tensorSplit;               // --tensor-split 3,1; empty: by each GPU's free memory
    int mainGpu = 0;                         // --main-gpu
    // --flash-attn: auto (llama.cpp's default since 2025) turns it on where the backend's
    // kernels take the model's head size; quantized V caches need it on.
    enum class FlashAttention { Auto, On, Off };
    FlashAttention flashAttention = FlashAttention::Auto;
    QString cacheTypeV;                      // --cache-type-v as a data type id; empty: the KV cache's type
    Calibration calibration;                 // from a start-up log of this engine on this GPU

    // Empty when usable; otherwise a translated message naming the setting.
    QString validate() const;
    QJsonObject toJson() const;
    // Reads what toJson() wrote; missing keys keep their defaults, wrong ones fail.
    static std::optional<EngineSettings> fromJson(const QJsonObject &json, QString *error);
    bool operator==(const EngineSettings &other) const = default;
};

// "tensor parallel 2, gpu_memory_utilization 90%, …" for vLLM, "-ngl all, -ub 512" for
// llama.cpp, empty for the other methods; in the current translation.
QString describeEngineSettings(EstimateMethod method, const EngineSettings &settings, const QLocale &locale);
// The terms a calibration corrects, in the order they are described.
enum class CalibrationTerm { NonTorch, Activation, CudaGraphs, ComputeBuffer, KvPool };
// A calibration's corrections of `terms` in `unit` ("non-torch −69.00 MiB, KV pool +1.20 GiB"); empty when
// it corrects none of them. The profile listings show every term; a method's formula shows its own.
QString describeCalibration(const Calibration &calibration, const QLocale &locale, ByteUnit unit = ByteUnit::GiB,
                            std::initializer_list<CalibrationTerm> terms = {CalibrationTerm::NonTorch, CalibrationTerm::Activation,
                                                                           CalibrationTerm::CudaGraphs, CalibrationTerm::ComputeBuffer,
                                                                           CalibrationTerm::KvPool});

QString splitModeId(EngineSettings::SplitMode mode);
QString flashAttentionId(EngineSettings::FlashAttention mode);
// "on", "off", "auto" and llama.cpp's older spellings "1", "0", "true", "false", "enabled", "disabled".
std::optional<EngineSettings::FlashAttention> parseFlashAttention(const QString &text);
// llama.cpp's cache type names (f16, q8_0 …) and the planner's (fp16 …) → the planner's data type id,
// or nullopt when llama.cpp has no such cache type.
std::optional<QString> parseLlamaCppCacheType(const QString &text);
// "fp16" → "f16": the planner's data type id as llama.cpp's --cache-type options spell it.
QString llamaCppCacheTypeName(const QString &id);
std::optional<EngineSettings::SplitMode> parseSplitMode(const QString &id);
// "0.30.2", "v0.11" → major × 10,000 + minor × 100 + patch (3002, 1100); nullopt when not a version.
std::optional<int> parseEngineVersion(const QString &text);
// Ollama 0.30, from which it runs llama-server (ollama#16031), as parseEngineVersion() counts it.
constexpr int kOllamaLlamaServerVersion = 3000;
// vLLM-Ascend 0.16, from which a hybrid model's K half holds the SSM state (vllm-ascend#6887).
constexpr int kVllmAscendSplitPagesVersion = 1600;
// "3,1" or "0.6,0.4" → whole-number weights in millionths; nullopt when not a list of numbers ≥ 0 with one above 0.
std::optional<QList<qint64>> parseTensorSplit(const QString &text);
QString tensorSplitText(const QList<qint64> &split);
// As many GPUs as a configuration may have (kMaxGpuCount).
constexpr int kMaxTensorParallel = 4096;
constexpr int kMaxGpuLayers = 1024;
constexpr qint64 kMaxSplitWeight = 9'999'999'999; // a share below 10,000, in millionths
// The largest host_cache_size accepted: 1 PiB.
constexpr qint64 kMaxHostCacheBytes = qint64(1) << 50;

} // namespace vram
