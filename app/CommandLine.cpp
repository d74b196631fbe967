// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include <algorithm>

#include "CalibrationLibrary.h"
#include "GpuLibrary.h"
#include "ModelImporter.h"
#include "Phrase.h"
#include "VllmLayout.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <numeric>

using namespace vram;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

std::optional<qint64> parseBoundedInteger(const QString &text, qint64 lo, qint64 hi)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < lo || value > hi)
        return std::nullopt;
    return value;
}

int printError(int code, const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return code;
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments)
{
    // Not addHelpOption(): its text comes from Qt's own catalogue, whose Chinese reads
    // "在命令行选项上显示帮助"; this one follows the project's glossary.
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return printError(kExitBadArguments, parser.errorText());
    // "--model --tokens 5": the parser takes "--tokens" as the model and "5" as stray.
    for (const QString &name : parser.optionNames())
        for (const QString &value : parser.values(name))
            if (value.startsWith(QLatin1String("--")))
                return printError(kExitBadArguments,
                                  Text::tr("--%1 needs a value, but the option \"%2\" follows it.").arg(name, value));
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return kExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return printError(kExitBadArguments,
                          Text::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    return std::nullopt;
}

std::optional<QSize> parseSizeOption(const QString &text)
{
    const QStringList parts = text.toLower().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return std::nullopt;
    const auto w = parseBoundedInteger(parts.at(0), 320, 8000);
    const auto h = parseBoundedInteger(parts.at(1), 240, 8000);
    if (!w || !h)
        return std::nullopt;
    return QSize(int(*w), int(*h));
}

std::optional<ModelSpec> importModelFile(const QString &path, QString *error)
{
    return ModelImporter::importPath(path, error);
}

Catalog catalogWith(const ModelSpec &extra)
{
    Catalog catalog = Catalog::builtIn();
    if (!catalog.model(extra.id))
        catalog.addModel(extra);
    return catalog;
}

const Catalog &userCatalog()
{
    static const Catalog catalog = [] {
        Catalog c = Catalog::builtIn();
        GpuLibrary library;
        QString error;
        if (library.load(&error))
            library.applyTo(c);
        else
            printError(kExitOk, error);
        return c;
    }();
    return catalog;
}

void EstimateOptions::addTo(QCommandLineParser &parser)
{
    // Descriptions are set here, after the translator is installed.
    m_model.setDescription(Text::tr("Model id from the catalogue (see the models command)."));
    m_modelFile.setDescription(Text::tr("Use the model in this config.json, model folder or .gguf file instead."));
    m_method.setDescription(Text::tr("Estimation method: article (the article's formulas), exact, vllm, sglang, "
                                     "trtllm, mindie, llamacpp or ollama (what those engines allocate)."));
    m_weights.setDescription(Text::tr("Weight precision, e.g. fp16, bf16, fp8, int4, q4_k_m."));
    m_kv.setDescription(Text::tr("KV-cache precision: fp32, fp16, bf16, fp8, q8_0 or q4_0."));
    m_tokens.setDescription(Text::tr("Tokens per request (prompt + output)."));
    m_concurrency.setDescription(Text::tr("Concurrent requests."));
    m_overhead.setDescription(Text::tr("Overhead as a fraction of weights + KV cache, e.g. 0.10 or 10%."));
    m_gpu.setDescription(Text::tr("GPU id to check the fit on (see the gpus command), or N×id; kinds in one machine "
                                  "joined by + (rtx-4090+rtx-3090). Repeat for more configurations."));
    m_gpuCount.setDescription(Text::tr("Number of GPUs of that kind."));
    m_unit.setDescription(Text::tr("Display unit: GB (10^9 B) or GiB (2^30 B)."));
    m_currency.setDescription(Text::tr("Currency of prices: USD or CNY."));
    m_rate.setDescription(Text::tr("CNY per US dollar for --currency CNY."));
    m_gpuUtil.setDescription(Text::tr("vLLM: the share of each GPU vLLM may use (0 to 1)."));
    m_maxModelLen.setDescription(Text::tr("vLLM: the longest request it must hold (default: --tokens)."));
    m_maxBatched.setDescription(Text::tr("vLLM: tokens in one forward pass, which sets the activation peak."));
    m_maxSeqs.setDescription(Text::tr("vLLM: the most sequences in one batch."));
    m_eager.setDescription(Text::tr("vLLM: no CUDA graphs."));
    m_pipeline.setDescription(Text::tr("vLLM: pipeline stages the GPUs form (0: only where tensor parallelism alone "
                                       "cannot split the model over --gpu-count)."));
    m_ngl.setDescription(Text::tr("llama.cpp: layers offloaded to the GPU (-1: all, with the output head); Ollama's "
                                  "--num-gpu (-1: as many as its scheduler finds room for)."));
    m_gpuOverhead.setDescription(Text::tr("Ollama: OLLAMA_GPU_OVERHEAD, bytes kept free on each GPU."));
    m_ollamaVersion.setDescription(Text::tr("Ollama's version (default: 0.30 or later, which leaves the layers to "
                                            "llama-server's --fit); before 0.30 its scheduler's own estimate placed them."));
    m_vllmAscendVersion.setDescription(Text::tr("vLLM on an Ascend NPU: vLLM-Ascend's version (default: 0.16 or later). "
                                                "Before 0.16 a hybrid model's attention block held a whole recurrent "
                                                "state in 128-token steps."));
    m_ubatch.setDescription(Text::tr("llama.cpp: the physical batch size (-ub)."));
    m_splitMode.setDescription(Text::tr("llama.cpp over several GPUs: layer (whole layers per GPU), row (each matrix "
                                        "across the GPUs) or none (the main GPU only)."));
    m_tensorSplit.setDescription(Text::tr("llama.cpp: each GPU's share, e.g. 3,1 (default: by each GPU's memory)."));
    m_freeFraction.setDescription(Text::tr("TensorRT-LLM: the share of the memory left after the profiled peak for the "
                                           "KV cache (free_gpu_memory_fraction)."));
    m_npuFraction.setDescription(Text::tr("MindIE: NPU_MEMORY_FRACTION, the share of each NPU for the weights, workspace "
                                          "and KV cache (default 0.8)."));
    m_npuMemSize.setDescription(Text::tr("MindIE: npuMemSize, the KV cache per NPU in GiB (-1: what the fraction leaves)."));
    m_cacheBlockSize.setDescription(Text::tr("MindIE: cacheBlockSize, tokens per KV block (1 to 128)."));
    m_maxPrefillTokens.setDescription(Text::tr("MindIE: maxPrefillTokens, the warm-up pass that sizes the workspace."));
    m_trtMaxTokens.setDescription(Text::tr("TensorRT-LLM: a cap on the KV cache's tokens (0: none)."));
    m_tokensPerBlock.setDescription(Text::tr("TensorRT-LLM: tokens per KV cache block."));
    m_hostCacheSize.setDescription(Text::tr("TensorRT-LLM: host memory in bytes for the secondary pool that KV cache blocks "
                                            "are offloaded to (default 0: none)."));
    m_maxBatchSize.setDescription(Text::tr("TensorRT-LLM: the most requests in a batch."));
    m_maxNumTokens.setDescription(Text::tr("TensorRT-LLM: tokens in one forward pass, which sets the profiled peak."));
    m_memFraction.setDescription(Text::tr("SGLang: the share of the free memory for weights and KV pool (default: "
                                          "SGLang's own for the GPU)."));
    m_maxTotalTokens.setDescription(Text::tr("SGLang: a cap on the KV pool's tokens (0: none)."));
    m_swaRatio.setDescription(Text::tr("SGLang: tokens of the sliding-window pool per token of the full pool, for "
                                       "the models it gives one (gpt-oss, Llama 4; default 0.8)."));
    m_maxRunning.setDescription(Text::tr("SGLang: the most requests running at once (0: SGLang's limit)."));
    m_noPiecewise.setDescription(Text::tr("SGLang: no piecewise CUDA graphs of the prefill, as SGLang before 2026 ran; "
                                          "its default --mem-fraction-static then reserves less."));
    m_pageSize.setDescription(Text::tr("SGLang: tokens per page of the KV pool."));
    m_contextLength.setDescription(Text::tr("SGLang: the longest request (0: the model's context)."));
    m_chunkedPrefill.setDescription(Text::tr("SGLang: tokens per prefill chunk (0: SGLang's default for the GPU), which "
                                             "sets its default --mem-fraction-static."));
    m_flashAttn.setDescription(Text::tr("llama.cpp: flash attention on, off or auto (on where the GPU's kernels take the "
                                        "model's head size)."));
    m_cacheTypeV.setDescription(Text::tr("llama.cpp: the V cache's type when it differs from the K cache's (--kv), "
                                         "e.g. q4_0; quantized needs flash attention."));
    m_profile.setDescription(Text::tr("A calibration profile saved by calibrate --save-profile, for its engine."));
    m_mainGpu.setDescription(Text::tr("llama.cpp: the GPU (from 0) that holds the cache and buffers in row and none modes."));
    parser.addOptions({m_model, m_modelFile, m_method, m_weights, m_kv, m_tokens, m_concurrency, m_overhead, m_gpu, m_gpuCount,
                       m_unit, m_currency, m_rate, m_gpuUtil, m_maxModelLen, m_maxBatched, m_maxSeqs, m_eager, m_pipeline, m_ngl, m_ubatch,
                       m_splitMode, m_tensorSplit, m_mainGpu, m_memFraction, m_swaRatio, m_noPiecewise, m_maxTotalTokens, m_maxRunning, m_pageSize,
                       m_contextLength, m_chunkedPrefill, m_gpuOverhead, m_ollamaVersion, m_vllmAscendVersion, m_freeFraction, m_npuFraction, m_npuMemSize, m_cacheBlockSize,
                       m_maxPrefillTokens, m_trtMaxTokens, m_tokensPerBlock, m_hostCacheSize,
                       m_maxBatchSize, m_maxNumTokens, m_flashAttn, m_cacheTypeV, m_profile});
}

std::optional<ByteUnit> EstimateOptions::unit(const QCommandLineParser &parser, QString *error) const
{
    const auto unit = parseUnit(parser.value(m_unit));
    if (!unit)
        *error = Text::tr("--unit must be GB or GiB, not \"%1\".").arg(parser.value(m_unit));
    return unit;
}

std::optional<PriceSettings> EstimateOptions::prices(const QCommandLineParser &parser, QString *error) const
{
    PriceSettings p;
    const auto currency = currencyFromCode(parser.value(m_currency));
    if (!currency) {
        *error = Text::tr("--currency must be USD or CNY, not \"%1\".").arg(parser.value(m_currency));
        return std::nullopt;
    }
    p.currency = *currency;
    // A rate with up to six decimals, as a fraction in millionths: 7.1 → 7,100,000.
    const auto rate = parseFractionPpm(parser.value(m_rate), PriceSettings::kMaxRatePpm);
    if (!rate || *rate <= 0) {
        *error = Text::tr("--cny-per-usd must be a number above 0 and at most 1,000, not \"%1\".").arg(parser.value(m_rate));
        return std::nullopt;
    }
    p.cnyPerUsdPpm = *rate;
    return p;
}

std::optional<Scenario> EstimateOptions::scenario(const QCommandLineParser &parser, Catalog &catalog,
                                                  QString *error) const
{
    Scenario s;
    if (hasModel(parser)) {
        const auto in = input(parser, catalog, error);
        if (!in)
            return std::nullopt;
        catalog = catalogWith(in->model);
        s.modelId = in->model.id;
        s.weightsId = in->weights.id;
        s.kvCacheId = in->kvCache.id;
        s.method = in->method;
        s.tokens = in->tokens;
        s.concurrency = in->concurrency;
        s.overheadPpm = in->overheadPpm;
        s.engine = in->engine;
    }
    const auto u = unit(parser, error);
    if (!u)
        return std::nullopt;
    s.unit = *u;
    const auto p = prices(parser, error);
    if (!p)
        return std::nullopt;
    s.prices = *p;
    if (hasGpu(parser) || parser.isSet(m_gpuCount)) {
        const auto configs = gpus(parser, catalog, error);
        if (!configs)
            return std::nullopt;
        s.gpus.clear();
        for (const GpuConfig &c : *configs)
            s.gpus.append(toRef(c));
    }
    return s;
}

std::optional<EstimateInput> EstimateOptions::input(const QCommandLineParser &parser, const Catalog &catalog,
                                                    QString *error, const ModelSpec *fallbackModel) const
{
    std::optional<ModelSpec> imported;
    const ModelSpec *model = nullptr;
    if (parser.isSet(m_modelFile)) {
        imported = importModelFile(parser.value(m_modelFile), error);
        if (!imported)
            return std::nullopt;
        model = &*imported;
    } else if (!parser.isSet(m_model) && fallbackModel) {
        model = fallbackModel;
    } else if (!parser.isSet(m_model)) {
        *error = Text::tr("--model or --model-file is required (see the models command for ids).");
        return std::nullopt;
    } else {
        model = catalog.model(parser.value(m_model));
    }
    if (!model) {
        *error = joinSentences(Text::tr("Unknown model \"%1\" (see the models command).").arg(parser.value(m_model)),
                               didYouMeanModel(parser.value(m_model), catalog));
        return std::nullopt;
    }
    // An imported file's own weights unless a precision is asked for.
    const QString weightsId = parser.isSet(m_weights) || model->fileWeightBytes <= 0 ? parser.value(m_weights).toLower()
                                                                                    : QStringLiteral("file");
    const auto method = parseMethod(parser.value(m_method));
    if (!method) {
        *error = Text::tr("--method must be article, exact, vllm, sglang, trtllm, mindie, llamacpp or ollama, not \"%1\".").arg(parser.value(m_method));
        return std::nullopt;
    }
    const DataType *weights = catalog.dataType(weightsId);
    if (!weights || !weights->forWeights) {
        QStringList ids;
        for (const DataType &t : catalog.dataTypes())
            if (t.forWeights)
                ids << t.id;
        *error = joinSentences(Text::tr("Unknown weight precision \"%1\".").arg(parser.value(m_weights)),
                               didYouMean(weightsId, ids));
        return std::nullopt;
    }
    // vLLM's --kv-cache-dtype auto: the model's own 16- or 32-bit type.
    // llama.cpp's (f16) and SGLang's (fp8_e4m3, auto) spellings too.
    QString kvId = parseLlamaCppCacheType(parser.value(m_kv)).value_or(parser.value(m_kv).toLower());
    if (kvId == QLatin1String("fp8_e4m3") || kvId == QLatin1String("fp8_e5m2"))
        kvId = QStringLiteral("fp8");
    const bool autoKv = !parser.isSet(m_kv) || kvId == QLatin1String("auto");
    if (kvId == QLatin1String("auto"))
        kvId = QStringLiteral("fp16");
    if (splitsByTensorParallel(*method) && autoKv
        && (weights->id == QLatin1String("fp32") || weights->id == QLatin1String("bf16")))
        kvId = weights->id;
    const DataType *kv = catalog.dataType(kvId);
    if (!kv || !kv->forKvCache) {
        *error = Text::tr("Unknown KV-cache precision \"%1\" (fp32, fp16, bf16, fp8, q8_0, q4_0).").arg(parser.value(m_kv));
        return std::nullopt;
    }
    const auto tokens = parseBoundedInteger(parser.value(m_tokens), 1, kMaxTokens);
    if (!tokens) {
        *error = Text::tr("--tokens must be a whole number from 1 to %1, not \"%2\".")
                     .arg(formatCount(kMaxTokens, QLocale()))
                     .arg(parser.value(m_tokens));
        return std::nullopt;
    }
    const auto concurrency = parseBoundedInteger(parser.value(m_concurrency), 1, kMaxConcurrency);
    if (!concurrency) {
        *error = Text::tr("--concurrency must be a whole number from 1 to %1, not \"%2\".")
                     .arg(formatCount(kMaxConcurrency, QLocale()))
                     .arg(parser.value(m_concurrency));
        return std::nullopt;
    }
    const auto overhead = parseFractionPpm(parser.value(m_overhead));
    if (!overhead) {
        *error = Text::tr("--overhead must be a fraction from 0 to 10 (e.g. 0.10) or a percentage (e.g. 10%), not \"%1\".")
                     .arg(parser.value(m_overhead));
        return std::nullopt;
    }
    const auto engineSettings = engine(parser, error);
    if (!engineSettings)
        return std::nullopt;
    EstimateInput in{*model, *weights, *kv, *method, *tokens, *concurrency, *overhead, *engineSettings};
    if (parser.isSet(m_profile)) {
        CalibrationLibrary profiles;
        if (!profiles.load(error))
            return std::nullopt;
        const CalibrationProfile *p = profiles.find(parser.value(m_profile));
        if (!p) {
            QStringList names;
            for (const CalibrationProfile &q : profiles.profiles())
                names << q.name;
            *error = joinSentences(
                Text::tr("There is no calibration profile \"%1\" (see calibrate --list-profiles).").arg(parser.value(m_profile)),
                didYouMean(parser.value(m_profile), names));
            return std::nullopt;
        }
        if (p->engine != methodId(*method)) {
            *error = Text::tr("The profile \"%1\" calibrates %2, not the %3 method.")
                         .arg(p->name, methodName(*parseMethod(p->engine)), methodName(*method));
            return std::nullopt;
        }
        in.engine.calibration = p->calibration;
    }
    if (hasGpu(parser) || parser.isSet(m_gpuCount)) {
        // For vLLM the first configuration's GPUs are its tensor × pipeline parallel layout;
        // FitAnalyzer lays out each other configuration on its own count.
        const auto configs = gpus(parser, catalog, error);
        if (!configs)
            return std::nullopt;
        VllmLayout::assignGpus(in.engine, in.model, std::clamp(configs->first().deviceCount(), 1, kMaxTensorParallel));
        in.engine.setPlatform(configs->first().gpu);
    }
    if (const QString problem = in.validate(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return in;
}

std::optional<EngineSettings> EstimateOptions::engine(const QCommandLineParser &parser, QString *error) const
{
    EngineSettings e;
    const auto utilization = parseFractionPpm(parser.value(m_gpuUtil));
    if (!utilization || *utilization <= 0 || *utilization > kPpm) {
        *error = Text::tr("--gpu-memory-utilization must be a fraction above 0 and at most 1, not \"%1\".")
                     .arg(parser.value(m_gpuUtil));
        return std::nullopt;
    }
    e.gpuMemoryUtilizationPpm = *utilization;
    const auto freeFraction = parseFractionPpm(parser.value(m_freeFraction));
    if (!freeFraction || *freeFraction <= 0 || *freeFraction > kPpm) {
        *error = Text::tr("--free-gpu-memory-fraction must be a fraction above 0 and at most 1, not \"%1\".")
                     .arg(parser.value(m_freeFraction));
        return std::nullopt;
    }
    e.freeGpuMemoryFractionPpm = *freeFraction;
    const auto npuFraction = parseFractionPpm(parser.value(m_npuFraction));
    if (!npuFraction || *npuFraction <= 0 || *npuFraction > kPpm) {
        *error = Text::tr("--npu-memory-fraction must be a fraction above 0 and at most 1, not \"%1\".")
                     .arg(parser.value(m_npuFraction));
        return std::nullopt;
    }
    e.npuMemoryFractionPpm = *npuFraction;
    if (const auto size = parseBoundedInteger(parser.value(m_npuMemSize), -1, 1024); size && *size != 0)
        e.npuMemSizeGiB = *size;
    else {
        *error = Text::tr("--npu-mem-size must be -1 (automatic) or 1 to 1,024 GiB, not \"%1\".").arg(parser.value(m_npuMemSize));
        return std::nullopt;
    }
    if (parser.isSet(m_memFraction)) {
        const auto fraction = parseFractionPpm(parser.value(m_memFraction));
        if (!fraction || *fraction <= 0 || *fraction >= kPpm) {
            *error = Text::tr("--mem-fraction-static must be a fraction above 0 and below 1, not \"%1\".")
                         .arg(parser.value(m_memFraction));
            return std::nullopt;
        }
        e.memFractionStaticPpm = *fraction;
    }
    if (parser.isSet(m_swaRatio)) {
        const auto ratio = parseFractionPpm(parser.value(m_swaRatio));
        if (!ratio || *ratio <= 0 || *ratio > kPpm) {
            *error = Text::tr("--swa-full-tokens-ratio must be a fraction above 0 and at most 1, not \"%1\".")
                         .arg(parser.value(m_swaRatio));
            return std::nullopt;
        }
        e.swaFullTokensRatioPpm = *ratio;
    }
    struct Bounded {
        const QCommandLineOption &option;
        qint64 lo, hi;
        qint64 *target;
    };
    qint64 maxModelLen = 0, gpuLayers = -1, stages = 0, mainGpu = 0;
    const Bounded numbers[] = {
        {m_maxModelLen, 1, kMaxTokens, &maxModelLen},
        {m_maxBatched, 1, kMaxTokens, &e.maxNumBatchedTokens},
        {m_maxSeqs, 1, kMaxConcurrency, &e.maxNumSeqs},
        {m_pipeline, 0, kMaxTensorParallel, &stages},
        {m_ngl, -1, kMaxGpuLayers, &gpuLayers},
        {m_ubatch, 1, 65536, &e.ubatch},
        {m_mainGpu, 0, kMaxTensorParallel - 1, &mainGpu},
        {m_maxTotalTokens, 0, kMaxTokens, &e.maxTotalTokens},
        {m_maxRunning, 0, kMaxConcurrency, &e.maxRunningRequests},
        {m_pageSize, 1, 4096, &e.pageSize},
        {m_contextLength, 0, kMaxTokens, &e.contextLength},
        {m_chunkedPrefill, 0, kMaxTokens, &e.sglangChunkedPrefillSize},
        {m_gpuOverhead, 0, Calibration::kMaxBytes, &e.ollamaGpuOverhead},
        {m_cacheBlockSize, 1, 128, &e.cacheBlockSize},
        {m_maxPrefillTokens, 1, kMaxTokens, &e.maxPrefillTokens},
        {m_trtMaxTokens, 0, kMaxTokens, &e.trtMaxTokens},
        {m_tokensPerBlock, 1, 4096, &e.tokensPerBlock},
        {m_hostCacheSize, 0, kMaxHostCacheBytes, &e.trtHostCacheBytes},
        {m_maxBatchSize, 1, kMaxConcurrency, &e.trtMaxBatchSize},
        {m_maxNumTokens, 1, kMaxTokens, &e.trtMaxNumTokens},
    };
    for (const Bounded &b : numbers) {
        if (!parser.isSet(b.option) && b.option.defaultValues().isEmpty())
            continue;
        const auto value = parseBoundedInteger(parser.value(b.option), b.lo, b.hi);
        if (!value) {
            *error = Text::tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                         .arg(b.option.names().first())
                         .arg(b.lo)
                         .arg(b.hi)
                         .arg(parser.value(b.option));
            return std::nullopt;
        }
        *b.target = *value;
    }
    if (parser.isSet(m_ollamaVersion)) {
        const auto version = parseEngineVersion(parser.value(m_ollamaVersion));
        if (!version) {
            *error = Text::tr("--ollama-version must be a version such as 0.12.6, not \"%1\".").arg(parser.value(m_ollamaVersion));
            return std::nullopt;
        }
        e.ollamaLegacyScheduler = *version < kOllamaLlamaServerVersion;
    }
    if (parser.isSet(m_vllmAscendVersion)) {
        const auto version = parseEngineVersion(parser.value(m_vllmAscendVersion));
        if (!version) {
            *error = Text::tr("--vllm-ascend-version must be a version such as 0.13.0, not \"%1\".").arg(parser.value(m_vllmAscendVersion));
            return std::nullopt;
        }
        e.vllmAscendWholeStatePages = *version < kVllmAscendSplitPagesVersion;
    }
    e.maxModelLen = maxModelLen;
    e.gpuLayers = int(gpuLayers);
    e.pipelineStages = int(stages);
    e.enforceEager = parser.isSet(m_eager);
    e.sglangPiecewiseCudaGraph = !parser.isSet(m_noPiecewise);
    e.mainGpu = int(mainGpu);
    const auto mode = parseSplitMode(parser.value(m_splitMode));
    if (!mode) {
        *error = Text::tr("--split-mode must be layer, row or none, not \"%1\".").arg(parser.value(m_splitMode));
        return std::nullopt;
    }
    e.splitMode = *mode;
    const auto split = parseTensorSplit(parser.value(m_tensorSplit));
    if (!split) {
        *error = Text::tr("--tensor-split must be shares from 0 to 9,999 separated by commas, one above 0 (e.g. 3,1), not \"%1\".")
                     .arg(parser.value(m_tensorSplit));
        return std::nullopt;
    }
    e.tensorSplit = *split;
    const auto fa = parseFlashAttention(parser.value(m_flashAttn));
    if (!fa) {
        *error = Text::tr("--flash-attn must be on, off or auto, not \"%1\".").arg(parser.value(m_flashAttn));
        return std::nullopt;
    }
    e.flashAttention = *fa;
    if (parser.isSet(m_cacheTypeV)) {
        const auto v = parseLlamaCppCacheType(parser.value(m_cacheTypeV));
        if (!v) {
            *error = Text::tr("--cache-type-v must be f16, bf16, f32, q8_0, q4_0, q4_1, q5_0 or q5_1, not \"%1\".")
                         .arg(parser.value(m_cacheTypeV));
            return std::nullopt;
        }
        e.cacheTypeV = *v;
    }
    return e;
}

std::optional<QList<GpuConfig>> EstimateOptions::gpus(const QCommandLineParser &parser, const Catalog &catalog,
                                                      QString *error) const
{
    const QStringList values = parser.values(m_gpu);
    if (parser.isSet(m_gpuCount)) {
        // One count, one kind: anything else would leave the count to guesswork.
        if (values.isEmpty()) {
            *error = Text::tr("--gpu-count needs --gpu.");
            return std::nullopt;
        }
        if (values.size() > 1) {
            *error = Text::tr("--gpu-count applies to one --gpu; write each as N×id instead (e.g. --gpu 2xa100-80gb).");
            return std::nullopt;
        }
    }
    QList<GpuConfig> configs;
    static const QRegularExpression counted(QStringLiteral("^\\s*(\\d+)\\s*[x×*]"), QRegularExpression::CaseInsensitiveOption);
    for (const QString &value : values) {
        if (const auto m = counted.match(value); m.hasMatch() && !parseBoundedInteger(m.captured(1), 1, kMaxGpuCount)) {
            *error = Text::tr("\"%1\": the GPU count must be from 1 to %2.").arg(value, formatCount(kMaxGpuCount, QLocale()));
            return std::nullopt;
        }
        const GpuConfigRef ref = parseGpuConfigRef(value);
        const GpuSpec *gpu = catalog.gpu(ref.gpuId);
        GpuConfig config{gpu ? *gpu : GpuSpec{}, ref.count, {}};
        for (const auto &[id, n] : ref.more) {
            const GpuSpec *other = catalog.gpu(id);
            if (!other) {
                gpu = nullptr; // reported below, with the whole value
                break;
            }
            config.more.append({*other, n});
        }
        if (!gpu) {
            QStringList ids;
            for (const GpuSpec &g : catalog.gpus())
                ids << g.id;
            *error = joinSentences(Text::tr("Unknown GPU \"%1\" (see the gpus command).").arg(value),
                                   didYouMean(value.section(QRegularExpression(QStringLiteral("[x×*]")), -1).trimmed(), ids));
            return std::nullopt;
        }
        qint64 count = ref.count;
        if (parser.isSet(m_gpuCount) && config.isMixed()) {
            *error = Text::tr("--gpu-count applies to one kind; give each count in --gpu %1 (e.g. 2xrtx-4090+1xrtx-3090).").arg(value);
            return std::nullopt;
        }
        if (parser.isSet(m_gpuCount)) {
            if (counted.match(value).hasMatch()) { // "2xa100-80gb" beside --gpu-count 4
                *error = Text::tr("--gpu %1 already says how many; drop --gpu-count or the count before the id.").arg(value);
                return std::nullopt;
            }
            const auto parsed = parseBoundedInteger(parser.value(m_gpuCount), 1, kMaxGpuCount);
            if (!parsed) {
                *error = Text::tr("--gpu-count must be a whole number from 1 to %1.").arg(formatCount(kMaxGpuCount, QLocale()));
                return std::nullopt;
            }
            count = *parsed;
        }
        config.count = int(count);
        if (config.deviceCount() > kMaxGpuCount) {
            *error = Text::tr("\"%1\": at most %2 GPUs in one configuration.").arg(value, formatCount(kMaxGpuCount, QLocale()));
            return std::nullopt;
        }
        configs.append(config);
    }
    return configs;
}

QString didYouMeanModel(const QString &typed, const Catalog &catalog)
{
    QStringList ids;
    for (const ModelSpec &m : catalog.models())
        ids << m.id;
    return didYouMean(typed, ids);
}

QString didYouMean(const QString &typed, const QStringList &candidates)
{
    // Levenshtein distance over letters and digits ("q4km" is "q4_k_m"), case-insensitive;
    // a suggestion only when it is close.
    static const QRegularExpression punctuation(QStringLiteral("[^a-z0-9]"));
    const QString a = typed.toLower().remove(punctuation);
    const auto distance = [&a](const QString &b) {
        QList<int> row(b.size() + 1);
        std::iota(row.begin(), row.end(), 0);
        for (qsizetype i = 1; i <= a.size(); ++i) {
            int diagonal = row[0];
            row[0] = int(i);
            for (qsizetype j = 1; j <= b.size(); ++j) {
                const int up = row[j];
                row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
                diagonal = up;
            }
        }
        return row[b.size()];
    };
    if (a.size() > 100)
        return {};
    QString best;
    int bestDistance = std::max(2, int(a.size()) / 3) + 1;
    for (const QString &c : candidates) {
        const QString lower = c.toLower().remove(punctuation);
        const int d = lower == a ? 0 : lower.contains(a) ? 1 : distance(lower);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best.isEmpty() ? QString() : Text::tr("Did you mean \"%1\"?").arg(best);
}
