// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineSettings.h"

#include "ByteUnit.h"
#include "EstimateInput.h"
#include "JsonFields.h"
#include "Phrase.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <tuple>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EngineSettings)
};

bool inRange(qint64 value, qint64 lo, qint64 hi)
{
    return value >= lo && value <= hi;
}
} // namespace

void EngineSettings::setPlatform(const GpuSpec &gpu)
{
    platformBlockTokens = gpu.vllmBlockTokens;
    pcieOnlyGpus = gpu.pcieOnly;
}

bool EngineSettings::onPlatform(const GpuSpec &gpu) const
{
    return platformBlockTokens == gpu.vllmBlockTokens && pcieOnlyGpus == gpu.pcieOnly;
}

QString EngineSettings::validate() const
{
    if (!inRange(tensorParallel, 1, kMaxTensorParallel))
        return Text::tr("The tensor-parallel size must be between 1 and %1 (got %2).").arg(formatCount(kMaxTensorParallel, QLocale()), formatCount(tensorParallel, QLocale()));
    if (!inRange(pipelineParallel, 1, kMaxTensorParallel) || !inRange(pipelineStages, 0, kMaxTensorParallel)
        || qint64(tensorParallel) * pipelineParallel > kMaxTensorParallel)
        return Text::tr("The pipeline-parallel size must be between 1 and %1 GPUs in all (0: only where needed).")
            .arg(formatCount(kMaxTensorParallel, QLocale()));
    if (!inRange(gpuMemoryUtilizationPpm, 1, kPpm))
        return Text::tr("The GPU memory utilization must be above 0 and at most 1.");
    if (!inRange(maxModelLen, 0, kMaxTokens))
        return Text::tr("The maximum model length must be between 1 and %1.").arg(formatCount(kMaxTokens, QLocale()));
    if (!inRange(maxNumBatchedTokens, 1, kMaxTokens))
        return Text::tr("The maximum number of batched tokens must be between 1 and %1.").arg(formatCount(kMaxTokens, QLocale()));
    if (!inRange(maxNumSeqs, 1, kMaxConcurrency))
        return Text::tr("The maximum number of sequences must be between 1 and %1.").arg(formatCount(kMaxConcurrency, QLocale()));
    if (!inRange(gpuLayers, -1, kMaxGpuLayers))
        return Text::tr("The number of GPU layers must be between 0 and %1, or -1 for all.").arg(formatCount(kMaxGpuLayers, QLocale()));
    if (!inRange(ubatch, 1, 65536))
        return Text::tr("The micro-batch size must be between 1 and 65536.");
    if (!inRange(mainGpu, 0, kMaxTensorParallel - 1))
        return Text::tr("The main GPU must be a GPU index from 0 to %1.").arg(kMaxTensorParallel - 1);
    bool anyShare = tensorSplit.isEmpty();
    for (qint64 w : tensorSplit) {
        if (!inRange(w, 0, kMaxSplitWeight))
            return Text::tr("Each --tensor-split share must be a number from 0 to 9,999.");
        anyShare = anyShare || w > 0;
    }
    if (!anyShare || tensorSplit.size() > kMaxTensorParallel)
        return Text::tr("--tensor-split needs at least one share above 0, one per GPU.");
    if (!inRange(memFractionStaticPpm, 0, kPpm - 1))
        return Text::tr("--mem-fraction-static must be above 0 and below 1.");
    if (!inRange(swaFullTokensRatioPpm, 1, kPpm))
        return Text::tr("--swa-full-tokens-ratio must be above 0 and at most 1.");
    if (!inRange(sglangChunkedPrefillSize, 0, kMaxTokens) || !inRange(maxTotalTokens, 0, kMaxTokens)
        || !inRange(contextLength, 0, kMaxTokens))
        return Text::tr("SGLang's token counts must be between 1 and %1.").arg(formatCount(kMaxTokens, QLocale()));
    if (!inRange(maxRunningRequests, 0, kMaxConcurrency))
        return Text::tr("The maximum number of running requests must be between 1 and %1.").arg(formatCount(kMaxConcurrency, QLocale()));
    if (!inRange(freeGpuMemoryFractionPpm, 1, kPpm))
        return Text::tr("free_gpu_memory_fraction must be above 0 and at most 1.");
    if (!inRange(trtMaxTokens, 0, kMaxTokens) || !inRange(trtMaxNumTokens, 1, kMaxTokens) || !inRange(tokensPerBlock, 1, 4096)
        || !inRange(trtMaxBatchSize, 1, kMaxConcurrency))
        return Text::tr("TensorRT-LLM's max_tokens, max_num_tokens, tokens_per_block and max_batch_size must be whole numbers "
                        "in range (tokens_per_block at most 4,096).");
    if (!inRange(trtHostCacheBytes, 0, kMaxHostCacheBytes))
        return Text::tr("TensorRT-LLM's host_cache_size must be between 0 and 1 PiB.");
    if (!inRange(npuMemoryFractionPpm, 1, kPpm))
        return Text::tr("NPU_MEMORY_FRACTION must be above 0 and at most 1.");
    if (npuMemSizeGiB != -1 && !inRange(npuMemSizeGiB, 1, 1024))
        return Text::tr("npuMemSize must be -1 (automatic) or 1 to 1,024 GiB.");
    if (!inRange(cacheBlockSize, 1, 128) || !inRange(maxPrefillTokens, 1, kMaxTokens))
        return Text::tr("MindIE's cacheBlockSize must be 1 to 128 and maxPrefillTokens a whole number of tokens in range.");
    if (!inRange(ollamaGpuOverhead, 0, Calibration::kMaxBytes))
        return Text::tr("OLLAMA_GPU_OVERHEAD must be between 0 and 1 TiB.");
    if (!inRange(pageSize, 1, 4096))
        return Text::tr("The page size must be between 1 and 4096 tokens.");
    if (!cacheTypeV.isEmpty() && parseLlamaCppCacheType(cacheTypeV) != cacheTypeV)
        return Text::tr("llama.cpp has no %1 V cache; use f16, bf16, f32, q8_0, q4_0, q4_1, q5_0 or q5_1.").arg(cacheTypeV.left(40));
    return {};
}

QJsonObject EngineSettings::toJson() const
{
    return {
        {QStringLiteral("tensor_parallel"), tensorParallel},
        {QStringLiteral("pipeline_parallel_size"), pipelineStages},
        {QStringLiteral("gpu_memory_utilization_ppm"), gpuMemoryUtilizationPpm},
        {QStringLiteral("max_model_len"), maxModelLen},
        {QStringLiteral("max_num_batched_tokens"), maxNumBatchedTokens},
        {QStringLiteral("max_num_seqs"), maxNumSeqs},
        {QStringLiteral("enforce_eager"), enforceEager},
        {QStringLiteral("cuda_graphs_after_kv_cache"), graphsAfterKvCache},
        {QStringLiteral("vllm_ascend_whole_state_pages"), vllmAscendWholeStatePages},
        {QStringLiteral("mem_fraction_static_ppm"), memFractionStaticPpm},
        {QStringLiteral("chunked_prefill_size"), sglangChunkedPrefillSize},
        {QStringLiteral("max_total_tokens"), maxTotalTokens},
        {QStringLiteral("swa_full_tokens_ratio_ppm"), swaFullTokensRatioPpm},
        {QStringLiteral("sglang_piecewise_cuda_graph"), sglangPiecewiseCudaGraph},
        {QStringLiteral("max_running_requests"), maxRunningRequests},
        {QStringLiteral("page_size"), pageSize},
        {QStringLiteral("context_length"), contextLength},
        {QStringLiteral("free_gpu_memory_fraction_ppm"), freeGpuMemoryFractionPpm},
        {QStringLiteral("max_tokens"), trtMaxTokens},
        {QStringLiteral("host_cache_size"), trtHostCacheBytes},
        {QStringLiteral("tokens_per_block"), tokensPerBlock},
        {QStringLiteral("max_batch_size"), trtMaxBatchSize},
        {QStringLiteral("max_num_tokens"), trtMaxNumTokens},
        {QStringLiteral("npu_memory_fraction_ppm"), npuMemoryFractionPpm},
        {QStringLiteral("npu_mem_size"), npuMemSizeGiB},
        {QStringLiteral("cache_block_size"), cacheBlockSize},
        {QStringLiteral("max_prefill_tokens"), maxPrefillTokens},
        {QStringLiteral("ollama_gpu_overhead"), ollamaGpuOverhead},
        {QStringLiteral("ollama_legacy_scheduler"), ollamaLegacyScheduler},
        {QStringLiteral("gpu_layers"), gpuLayers},
        {QStringLiteral("ubatch"), ubatch},
        {QStringLiteral("split_mode"), splitModeId(splitMode)},
        {QStringLiteral("tensor_split"), tensorSplitText(tensorSplit)},
        {QStringLiteral("main_gpu"), mainGpu},
        {QStringLiteral("flash_attn"), flashAttentionId(flashAttention)},
        {QStringLiteral("cache_type_v"), cacheTypeV},
        {QStringLiteral("calibration"), calibration.toJson()},
    };
}

QString describeCalibration(const Calibration &c, const QLocale &locale, ByteUnit unit,
                            std::initializer_list<CalibrationTerm> terms)
{
    const auto shown = [&](CalibrationTerm t) { return std::find(terms.begin(), terms.end(), t) != terms.end(); };
    QStringList parts;
    for (const auto &[term, name, bytes] :
         {std::tuple{CalibrationTerm::NonTorch, Text::tr("non-torch"), c.nonTorch},
          std::tuple{CalibrationTerm::Activation, Text::tr("activation peak"), c.activation},
          std::tuple{CalibrationTerm::CudaGraphs, Text::tr("CUDA graphs"), c.cudaGraphs},
          std::tuple{CalibrationTerm::ComputeBuffer, Text::tr("compute buffer"), c.computeBuffer},
          std::tuple{CalibrationTerm::KvPool, Text::tr("KV pool"), c.kvPool}})
        if (bytes != 0 && shown(term))
            parts << QStringLiteral("%1 %2%3").arg(name, bytes > 0 ? QStringLiteral("+") : QStringLiteral("−"),
                                                   formatBytes(std::abs(bytes), unit, locale));
    return joinList(parts);
}

QJsonObject Calibration::toJson() const
{
    if (isEmpty())
        return {};
    return {{QStringLiteral("name"), name},
            {QStringLiteral("non_torch_bytes"), nonTorch},
            {QStringLiteral("activation_bytes"), activation},
            {QStringLiteral("cuda_graphs_bytes"), cudaGraphs},
            {QStringLiteral("compute_buffer_bytes"), computeBuffer},
            {QStringLiteral("kv_pool_bytes"), kvPool}};
}

std::optional<Calibration> Calibration::fromJson(const QJsonObject &json, QString *error)
{
    Calibration c;
    if (json.isEmpty())
        return c;
    c.name = json.value(QLatin1String("name")).toString().left(200);
    for (const auto &[key, target] : {std::pair{"non_torch_bytes", &c.nonTorch}, std::pair{"activation_bytes", &c.activation},
                                      std::pair{"cuda_graphs_bytes", &c.cudaGraphs},
                                      std::pair{"compute_buffer_bytes", &c.computeBuffer},
                                      std::pair{"kv_pool_bytes", &c.kvPool}}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        if (!readWholeNumber(v, -kMaxBytes, kMaxBytes, *target)) {
            if (error)
                *error = Text::tr("The calibration's \"%1\" is not a whole number of bytes within 1 TiB.").arg(QLatin1String(key));
            return std::nullopt;
        }
    }
    return c;
}

QString flashAttentionId(EngineSettings::FlashAttention mode)
{
    switch (mode) {
    case EngineSettings::FlashAttention::On:
        return QStringLiteral("on");
    case EngineSettings::FlashAttention::Off:
        return QStringLiteral("off");
    case EngineSettings::FlashAttention::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<EngineSettings::FlashAttention> parseFlashAttention(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("auto"))
        return EngineSettings::FlashAttention::Auto;
    if (t == QLatin1String("on") || t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("enabled"))
        return EngineSettings::FlashAttention::On;
    if (t == QLatin1String("off") || t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("disabled"))
        return EngineSettings::FlashAttention::Off;
    return std::nullopt;
}

std::optional<QString> parseLlamaCppCacheType(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("f16") || t == QLatin1String("fp16"))
        return QStringLiteral("fp16");
    if (t == QLatin1String("f32") || t == QLatin1String("fp32"))
        return QStringLiteral("fp32");
    static const QStringList same = {QStringLiteral("bf16"), QStringLiteral("q8_0"), QStringLiteral("q4_0"),
                                     QStringLiteral("q4_1"), QStringLiteral("q5_0"), QStringLiteral("q5_1")};
    if (same.contains(t))
        return t;
    return std::nullopt;
}

QString llamaCppCacheTypeName(const QString &id)
{
    if (id == QLatin1String("fp16"))
        return QStringLiteral("f16");
    if (id == QLatin1String("fp32"))
        return QStringLiteral("f32");
    return id;
}

QString splitModeId(EngineSettings::SplitMode mode)
{
    switch (mode) {
    case EngineSettings::SplitMode::Row:
        return QStringLiteral("row");
    case EngineSettings::SplitMode::None:
        return QStringLiteral("none");
    case EngineSettings::SplitMode::Layer:
        break;
    }
    return QStringLiteral("layer");
}

std::optional<EngineSettings::SplitMode> parseSplitMode(const QString &id)
{
    for (auto mode : {EngineSettings::SplitMode::Layer, EngineSettings::SplitMode::Row, EngineSettings::SplitMode::None})
        if (splitModeId(mode) == id.trimmed().toLower())
            return mode;
    return std::nullopt;
}

std::optional<QList<qint64>> parseTensorSplit(const QString &text)
{
    QList<qint64> split;
    if (text.trimmed().isEmpty())
        return split;
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() > kMaxTensorParallel)
        return std::nullopt;
    for (const QString &part : parts) {
        // A share is a fraction in millionths: "3" and "0.75" alike (llama.cpp normalizes the sum).
        const auto ppm = parseFractionPpm(part, kMaxSplitWeight);
        if (!ppm)
            return std::nullopt;
        split << *ppm;
    }
    if (std::all_of(split.begin(), split.end(), [](qint64 w) { return w == 0; }))
        return std::nullopt;
    return split;
}

QString tensorSplitText(const QList<qint64> &split)
{
    QStringList parts;
    for (qint64 w : split)
        parts << formatPpmAsFraction(w);
    return parts.join(QLatin1Char(','));
}

std::optional<int> parseEngineVersion(const QString &text)
{
    // Release candidates and builds count as their release: "0.14.0rc1", "0.12.6-rc0", "0.11.0.post1".
    static const QRegularExpression version(
        QStringLiteral("^v?(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{1,2}))?(?:[-.]?(?:rc|post|dev)\\d{0,4})?$"));
    const QRegularExpressionMatch m = version.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt() * 10000 + m.captured(2).toInt() * 100 + m.captured(3).toInt();
}

std::optional<EngineSettings> EngineSettings::fromJson(const QJsonObject &json, QString *error)
{
    EngineSettings s;
    bool ok = true;
    const auto integer = [&](const char *key, qint64 fallback) -> qint64 {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        // Whole numbers only: 1e300 or 2.5 are refused rather than truncated.
        qint64 value = 0;
        if (!readWholeNumber(v, -1, kMaxTokens, value)) {
            ok = false;
            if (error)
                *error = Text::tr("The engine setting \"%1\" is not a whole number in range.").arg(QLatin1String(key));
            return fallback;
        }
        return value;
    };
    s.tensorParallel = int(integer("tensor_parallel", s.tensorParallel));
    s.pipelineStages = int(integer("pipeline_parallel_size", s.pipelineStages));
    s.gpuMemoryUtilizationPpm = integer("gpu_memory_utilization_ppm", s.gpuMemoryUtilizationPpm);
    s.maxModelLen = integer("max_model_len", s.maxModelLen);
    s.maxNumBatchedTokens = integer("max_num_batched_tokens", s.maxNumBatchedTokens);
    s.maxNumSeqs = integer("max_num_seqs", s.maxNumSeqs);
    s.freeGpuMemoryFractionPpm = integer("free_gpu_memory_fraction_ppm", s.freeGpuMemoryFractionPpm);
    s.trtMaxTokens = integer("max_tokens", s.trtMaxTokens);
    s.trtHostCacheBytes = integer("host_cache_size", s.trtHostCacheBytes);
    s.tokensPerBlock = integer("tokens_per_block", s.tokensPerBlock);
    s.trtMaxBatchSize = integer("max_batch_size", s.trtMaxBatchSize);
    s.trtMaxNumTokens = integer("max_num_tokens", s.trtMaxNumTokens);
    s.memFractionStaticPpm = integer("mem_fraction_static_ppm", s.memFractionStaticPpm);
    s.sglangChunkedPrefillSize = integer("chunked_prefill_size", s.sglangChunkedPrefillSize);
    s.maxTotalTokens = integer("max_total_tokens", s.maxTotalTokens);
    s.swaFullTokensRatioPpm = integer("swa_full_tokens_ratio_ppm", s.swaFullTokensRatioPpm);
    s.maxRunningRequests = integer("max_running_requests", s.maxRunningRequests);
    s.pageSize = integer("page_size", s.pageSize);
    s.contextLength = integer("context_length", s.contextLength);
    s.npuMemoryFractionPpm = integer("npu_memory_fraction_ppm", s.npuMemoryFractionPpm);
    s.npuMemSizeGiB = integer("npu_mem_size", s.npuMemSizeGiB);
    s.cacheBlockSize = integer("cache_block_size", s.cacheBlockSize);
    s.maxPrefillTokens = integer("max_prefill_tokens", s.maxPrefillTokens);
    if (const QJsonValue v = json.value(QLatin1String("ollama_gpu_overhead")); !v.isUndefined()
        && !readWholeNumber(v, 0, Calibration::kMaxBytes, s.ollamaGpuOverhead)) {
        ok = false;
        if (error)
            *error = Text::tr("The engine setting \"%1\" is not a whole number in range.").arg(QStringLiteral("ollama_gpu_overhead"));
    }
    s.gpuLayers = int(integer("gpu_layers", s.gpuLayers));
    s.ubatch = integer("ubatch", s.ubatch);
    s.mainGpu = int(integer("main_gpu", s.mainGpu));
    // Absent in files written before llama.cpp's split was planned: its defaults.
    if (const QJsonValue mode = json.value(QLatin1String("split_mode")); !mode.isUndefined()) {
        const auto parsed = parseSplitMode(mode.toString());
        if (!parsed) {
            ok = false;
            if (error)
                *error = Text::tr("The engine setting \"%1\" must be layer, row or none.").arg(QStringLiteral("split_mode"));
        }
        s.splitMode = parsed.value_or(s.splitMode);
    }
    // Absent in files written before flash attention was planned: llama.cpp's defaults.
    if (const QJsonValue fa = json.value(QLatin1String("flash_attn")); !fa.isUndefined()) {
        const auto parsed = parseFlashAttention(fa.toString());
        if (!parsed) {
            ok = false;
            if (error)
                *error = Text::tr("The engine setting \"%1\" must be auto, on or off.").arg(QStringLiteral("flash_attn"));
        }
        s.flashAttention = parsed.value_or(s.flashAttention);
    }
    if (const QJsonValue ctv = json.value(QLatin1String("cache_type_v")); !ctv.isUndefined()) {
        if (!ctv.isString()) {
            ok = false;
            if (error)
                *error = Text::tr("The engine setting \"%1\" is not text.").arg(QStringLiteral("cache_type_v"));
        }
        s.cacheTypeV = ctv.toString().left(40);
    }
    if (const QJsonValue cal = json.value(QLatin1String("calibration")); !cal.isUndefined()) {
        const auto parsed = cal.isObject() ? Calibration::fromJson(cal.toObject(), error) : std::nullopt;
        if (!parsed)
            ok = false;
        s.calibration = parsed.value_or(Calibration{});
    }
    if (const QJsonValue split = json.value(QLatin1String("tensor_split")); !split.isUndefined()) {
        const auto parsed = split.isString() ? parseTensorSplit(split.toString()) : std::nullopt;
        if (!parsed) {
            ok = false;
            if (error)
                *error = Text::tr("The engine setting \"%1\" must be shares such as \"3,1\".").arg(QStringLiteral("tensor_split"));
        }
        s.tensorSplit = parsed.value_or(QList<qint64>());
    }
    const auto boolean = [&](const char *key, bool fallback) -> bool {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            ok = false;
            if (error)
                *error = Text::tr("The engine setting \"%1\" is not true or false.").arg(QLatin1String(key));
        }
        return v.toBool(fallback);
    };
    s.enforceEager = boolean("enforce_eager", false);
    s.sglangPiecewiseCudaGraph = boolean("sglang_piecewise_cuda_graph", true);
    s.graphsAfterKvCache = boolean("cuda_graphs_after_kv_cache", false);
    // Absent in files written before vLLM-Ascend's hybrid pages were planned: 0.16 and later.
    s.vllmAscendWholeStatePages = boolean("vllm_ascend_whole_state_pages", false);
    // Absent in files written before Ollama 0.30 was planned: today's Ollama.
    s.ollamaLegacyScheduler = boolean("ollama_legacy_scheduler", false);
    if (!ok)
        return std::nullopt;
    if (const QString problem = s.validate(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return s;
}

QString describeEngineSettings(EstimateMethod method, const EngineSettings &e, const QLocale &locale)
{
    switch (method) {
    case EstimateMethod::Vllm:
        return Text::tr("tensor parallel %1, gpu_memory_utilization %2, max_num_batched_tokens %3, max_num_seqs %4%5")
            .arg(e.pipelineParallel > 1 ? Text::tr("%1 × pipeline %2").arg(e.tensorParallel).arg(e.pipelineParallel)
                                        : QString::number(e.tensorParallel))
            .arg(formatPpmAsPercent(e.gpuMemoryUtilizationPpm), formatCount(e.maxNumBatchedTokens, locale),
                 formatCount(e.maxNumSeqs, locale),
                 e.enforceEager         ? Text::tr(", eager (no CUDA graphs)")
                 : e.graphsAfterKvCache ? Text::tr(", CUDA graphs after the KV cache (vLLM V0)")
                                        : QString())
            + (e.vllmAscendWholeStatePages ? Text::tr(", vLLM-Ascend before 0.16 (whole-state pages)") : QString())
            + (e.calibration.isEmpty() ? QString() : Text::tr(", calibrated from %1").arg(e.calibration.name));
    case EstimateMethod::Sglang:
    {
        QString text = Text::tr("--tp %1, --mem-fraction-static %2, --page-size %3")
                           .arg(e.pipelineParallel > 1 ? Text::tr("%1 × --pp-size %2").arg(e.tensorParallel).arg(e.pipelineParallel)
                                                       : QString::number(e.tensorParallel))
                           .arg(e.memFractionStaticPpm > 0 ? formatPpmAsFraction(e.memFractionStaticPpm) : Text::tr("auto"))
                           .arg(e.pageSize);
        if (e.maxTotalTokens > 0)
            text += Text::tr(", --max-total-tokens %1").arg(formatCount(e.maxTotalTokens, locale));
        if (e.contextLength > 0)
            text += Text::tr(", --context-length %1").arg(formatCount(e.contextLength, locale));
        if (e.swaFullTokensRatioPpm != EngineSettings{}.swaFullTokensRatioPpm)
            text += Text::tr(", --swa-full-tokens-ratio %1").arg(formatPpmAsFraction(e.swaFullTokensRatioPpm));
        if (!e.sglangPiecewiseCudaGraph)
            text += Text::tr(", --disable-piecewise-cuda-graph");
        return text;
    }
    case EstimateMethod::Mindie:
        return Text::tr("worldSize %1, NPU_MEMORY_FRACTION %2, npuMemSize %3, cacheBlockSize %4, maxPrefillTokens %5")
            .arg(e.tensorParallel)
            .arg(formatPpmAsFraction(e.npuMemoryFractionPpm),
                 e.npuMemSizeGiB < 0 ? Text::tr("-1 (automatic)") : Text::tr("%1 GiB").arg(e.npuMemSizeGiB))
            .arg(e.cacheBlockSize)
            .arg(formatCount(e.maxPrefillTokens, locale));
    case EstimateMethod::TrtLlm:
        return Text::tr("tp_size %1, free_gpu_memory_fraction %2, tokens_per_block %3, max_batch_size %4, max_num_tokens %5")
                   .arg(e.pipelineParallel > 1 ? Text::tr("%1 × pp_size %2").arg(e.tensorParallel).arg(e.pipelineParallel)
                                               : QString::number(e.tensorParallel))
                   .arg(formatPpmAsFraction(e.freeGpuMemoryFractionPpm))
                   .arg(e.tokensPerBlock)
                   .arg(formatCount(e.trtMaxBatchSize, locale), formatCount(e.trtMaxNumTokens, locale))
               + (e.trtMaxTokens > 0 ? Text::tr(", max_tokens %1").arg(formatCount(e.trtMaxTokens, locale)) : QString())
               + (e.trtHostCacheBytes > 0 ? Text::tr(", host_cache_size %1").arg(formatBytes(e.trtHostCacheBytes, ByteUnit::GiB, locale))
                                          : QString());
    case EstimateMethod::Ollama:
    {
        QString text = Text::tr("num_gpu %1, OLLAMA_FLASH_ATTENTION %2")
                           .arg(e.gpuLayers < 0 ? Text::tr("auto") : QString::number(e.gpuLayers), flashAttentionId(e.flashAttention));
        if (e.ollamaGpuOverhead > 0)
            text += Text::tr(", OLLAMA_GPU_OVERHEAD %1").arg(formatBytes(e.ollamaGpuOverhead, ByteUnit::GiB, locale));
        text += e.ollamaLegacyScheduler ? Text::tr(", before 0.30 (its scheduler's estimate)")
                                        : Text::tr(", 0.30 or later (llama-server's --fit)");
        return text;
    }
    case EstimateMethod::LlamaCpp:
    {
        QString text = Text::tr("-ngl %1, -ub %2")
                           .arg(e.gpuLayers < 0 ? Text::tr("all") : QString::number(e.gpuLayers))
                           .arg(e.ubatch);
        if (e.splitMode != EngineSettings::SplitMode::Layer || !e.tensorSplit.isEmpty() || e.mainGpu != 0)
            text += QStringLiteral(", --split-mode %1").arg(splitModeId(e.splitMode));
        if (!e.tensorSplit.isEmpty())
            text += QStringLiteral(", --tensor-split %1").arg(tensorSplitText(e.tensorSplit));
        if (e.mainGpu != 0)
            text += QStringLiteral(", --main-gpu %1").arg(e.mainGpu);
        text += Text::tr(", -fa %1").arg(flashAttentionId(e.flashAttention));
        if (!e.cacheTypeV.isEmpty())
            text += Text::tr(", -ctv %1").arg(llamaCppCacheTypeName(e.cacheTypeV));
        if (!e.calibration.isEmpty())
            text += Text::tr(", calibrated from %1").arg(e.calibration.name);
        return text;
    }
    case EstimateMethod::Article:
    case EstimateMethod::Exact:
        break;
    }
    return {};
}

} // namespace vram
