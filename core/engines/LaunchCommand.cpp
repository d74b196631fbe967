// SPDX-License-Identifier: GPL-3.0-or-later
#include "LaunchCommand.h"

#include "MemoryModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(LaunchCommand)
};

// "https://huggingface.co/meta-llama/Llama-2-13b-hf/blob/main/config.json" → "meta-llama/Llama-2-13b-hf".
QString huggingFaceRepo(const QString &source)
{
    static const QRegularExpression repo(QStringLiteral("huggingface\\.co/([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)"));
    const QRegularExpressionMatch m = repo.match(source);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString vllmDtype(const DataType &weights)
{
    static const QHash<QString, QString> dtypes{{QStringLiteral("bf16"), QStringLiteral("bfloat16")},
                                                {QStringLiteral("fp16"), QStringLiteral("float16")},
                                                {QStringLiteral("fp32"), QStringLiteral("float32")}};
    return dtypes.value(weights.id);
}

// llama.cpp's -ctk / -ctv names.
QString ggmlCacheType(const DataType &kv)
{
    static const QHash<QString, QString> types{{QStringLiteral("fp16"), QStringLiteral("f16")},
                                               {QStringLiteral("bf16"), QStringLiteral("bf16")},
                                               {QStringLiteral("fp32"), QStringLiteral("f32")}};
    return types.value(kv.id, kv.id);
}

// The model's Hugging Face repository, or a placeholder the notes ask the user to replace.
QString repositoryOf(LaunchCommand &c, const EstimateInput &in)
{
    QString repo = huggingFaceRepo(in.model.configSource);
    if (repo.isEmpty()) {
        repo = in.model.configSource.isEmpty() ? in.model.id : in.model.configSource;
        c.notes << Text::tr("Replace %1 with the model's Hugging Face repository or local folder.").arg(repo);
    }
    return repo;
}

// vLLM's and SGLang's --dtype, or their FP8 quantization, or a note that the checkpoint says it.
void addWeightType(LaunchCommand &c, const EstimateInput &in, const QString &engine)
{
    if (const QString dtype = vllmDtype(in.weights); !dtype.isEmpty())
        c.arguments << QStringLiteral("--dtype") << dtype;
    else if (in.weights.id == QLatin1String("fp8"))
        c.arguments << QStringLiteral("--quantization") << QStringLiteral("fp8");
    else if (in.weights.isAsStored())
        c.notes << Text::tr("Weights as stored: %1 loads the checkpoint as published (%2).")
                       .arg(engine, in.model.fileWeightType.isEmpty() ? Text::tr("its own types") : in.model.fileWeightTypeText());
    else
        c.notes << Text::tr("%1 weights: %2 reads the quantization from the checkpoint; point it at a %1 repository.")
                       .arg(in.weights.name, engine);
}

void addVllm(LaunchCommand &c, const MemoryModel &model, const FitResult &fit, int version)
{
    const EstimateInput &in = model.input();
    if (!fit.vllm) {
        c.error = Text::tr("No vLLM plan for this configuration.");
        return;
    }
    const VllmPlan &plan = *fit.vllm;
    if (!plan.starts) {
        c.error = plan.error.isEmpty() ? Text::tr("vLLM would not start with these settings.") : plan.error;
        return;
    }
    const QString repo = repositoryOf(c, in);
    c.program = QStringLiteral("vllm");
    c.arguments = {QStringLiteral("serve"), repo,
                   QStringLiteral("--tensor-parallel-size"), QString::number(plan.layout.tensorParallel)};
    if (plan.layout.pipelineParallel > 1)
        c.arguments << QStringLiteral("--pipeline-parallel-size") << QString::number(plan.layout.pipelineParallel);
    c.arguments << QStringLiteral("--max-model-len") << QString::number(plan.maxModelLen)
                << QStringLiteral("--gpu-memory-utilization") << formatPpmAsFraction(in.engine.gpuMemoryUtilizationPpm)
                << QStringLiteral("--max-num-seqs") << QString::number(in.engine.maxNumSeqs)
                << QStringLiteral("--max-num-batched-tokens") << QString::number(in.engine.maxNumBatchedTokens);
    addWeightType(c, in, QStringLiteral("vLLM"));
    if (in.kvCache.id == QLatin1String("fp8"))
        c.arguments << QStringLiteral("--kv-cache-dtype") << QStringLiteral("fp8");
    else if (in.kvCache.id != in.weights.id && !vllmDtype(in.weights).isEmpty())
        c.notes << Text::tr("vLLM keeps a %1 cache only as the model's own dtype; its cache will be %2.")
                       .arg(in.kvCache.name, in.weights.name);
    if (in.engine.enforceEager)
        c.arguments << QStringLiteral("--enforce-eager");
    if (version >= LaunchCommand::kKvCacheMemoryBytesSince)
        c.arguments << QStringLiteral("--kv-cache-memory-bytes") << QString::number(plan.kvCacheBytes);
    else
        c.notes << Text::tr("vLLM before 0.10.1 has no --kv-cache-memory-bytes: the cache follows its own profiling.");
}

void addSglang(LaunchCommand &c, const MemoryModel &model, const FitResult &fit)
{
    const EstimateInput &in = model.input();
    if (!fit.sglang || !fit.sglang->starts) {
        c.error = fit.sglang && !fit.sglang->error.isEmpty() ? fit.sglang->error
                                                            : Text::tr("SGLang would not start with these settings.");
        return;
    }
    const SglangPlan &plan = *fit.sglang;
    const QString repo = repositoryOf(c, in);
    const VllmLayout &l = model.vllm();
    c.program = QStringLiteral("python3");
    c.arguments = {QStringLiteral("-m"), QStringLiteral("sglang.launch_server"), QStringLiteral("--model-path"), repo,
                   QStringLiteral("--tp"), QString::number(l.tensorParallel)};
    if (l.pipelineParallel > 1)
        c.arguments << QStringLiteral("--pp-size") << QString::number(l.pipelineParallel);
    // The fraction the plan used, written out, so that SGLang's own default cannot differ.
    c.arguments << QStringLiteral("--mem-fraction-static") << formatPpmAsFraction(plan.memFractionStaticPpm)
                << QStringLiteral("--context-length") << QString::number(plan.contextLength)
                << QStringLiteral("--page-size") << QString::number(SglangPlan::pageSizeFor(in))
                << QStringLiteral("--chunked-prefill-size") << QString::number(plan.defaults.chunkedPrefillSize);
    if (in.engine.maxTotalTokens > 0)
        c.arguments << QStringLiteral("--max-total-tokens") << QString::number(in.engine.maxTotalTokens);
    if (plan.slidingPool)
        c.arguments << QStringLiteral("--swa-full-tokens-ratio") << formatPpmAsFraction(in.engine.swaFullTokensRatioPpm);
    if (in.engine.maxRunningRequests > 0)
        c.arguments << QStringLiteral("--max-running-requests") << QString::number(in.engine.maxRunningRequests);
    if (!in.engine.sglangPiecewiseCudaGraph)
        c.arguments << QStringLiteral("--disable-piecewise-cuda-graph");
    addWeightType(c, in, QStringLiteral("SGLang"));
    if (in.kvCache.id == QLatin1String("fp8"))
        c.arguments << QStringLiteral("--kv-cache-dtype") << QStringLiteral("fp8_e4m3");
}

void addTrtLlm(LaunchCommand &c, const MemoryModel &model, const FitResult &fit)
{
    const EstimateInput &in = model.input();
    if (!fit.trtllm || !fit.trtllm->starts) {
        c.error = fit.trtllm && !fit.trtllm->error.isEmpty() ? fit.trtllm->error
                                                            : Text::tr("TensorRT-LLM would not start with these settings.");
        return;
    }
    const VllmLayout &l = model.vllm();
    c.program = QStringLiteral("trtllm-serve");
    c.arguments = {repositoryOf(c, in), QStringLiteral("--tp_size"), QString::number(l.tensorParallel)};
    if (l.pipelineParallel > 1)
        c.arguments << QStringLiteral("--pp_size") << QString::number(l.pipelineParallel);
    c.arguments << QStringLiteral("--max_batch_size") << QString::number(in.engine.trtMaxBatchSize)
                << QStringLiteral("--max_num_tokens") << QString::number(in.engine.trtMaxNumTokens)
                << QStringLiteral("--max_seq_len") << QString::number(in.tokens)
                << QStringLiteral("--kv_cache_free_gpu_memory_fraction") << formatPpmAsFraction(in.engine.freeGpuMemoryFractionPpm);
    if (in.engine.tokensPerBlock != 32 || in.engine.trtMaxTokens > 0 || in.engine.trtHostCacheBytes > 0)
        c.notes << Text::tr("kv_cache_config for a YAML file passed with --extra_llm_api_options: tokens_per_block: %1, "
                            "max_tokens: %2, host_cache_size: %3.")
                       .arg(in.engine.tokensPerBlock)
                       .arg(in.engine.trtMaxTokens > 0 ? QString::number(in.engine.trtMaxTokens) : QStringLiteral("null"))
                       .arg(in.engine.trtHostCacheBytes);
}

// MindIE reads its settings from mindie-service's conf/config.json and NPU_MEMORY_FRACTION from the
// environment: the command starts the daemon, the notes give the config.json values, the cache pinned
// to the whole GiB the plan gives it (npuMemSize).
void addMindie(LaunchCommand &c, const MemoryModel &model, const FitResult &fit)
{
    const EstimateInput &in = model.input();
    if (!fit.mindie || !fit.mindie->starts) {
        c.error = fit.mindie && !fit.mindie->error.isEmpty() ? fit.mindie->error : Text::tr("MindIE would not start with these settings.");
        return;
    }
    const MindiePlan &p = *fit.mindie;
    const int npus = model.vllm().gpus();
    QStringList devices;
    for (int i = 0; i < npus; ++i)
        devices << QString::number(i);
    const qint64 pinned = p.fixedSize ? in.engine.npuMemSizeGiB : p.kvBytes >> 30;
    c.program = QStringLiteral("env");
    c.arguments = {QStringLiteral("NPU_MEMORY_FRACTION=%1").arg(formatPpmAsFraction(in.engine.npuMemoryFractionPpm)),
                   QStringLiteral("./bin/mindieservice_daemon")};
    c.notes << Text::tr("Run it in mindie-service's folder, with conf/config.json setting \"npuDeviceIds\": [[%1]], "
                        "\"worldSize\": %2, \"npuMemSize\": %3, \"cacheBlockSize\": %4, \"maxSeqLen\": %5, "
                        "\"maxInputTokenLen\": %5, \"maxPrefillTokens\": %6 and \"maxBatchSize\": %7.")
                   .arg(devices.join(QLatin1Char(',')))
                   .arg(npus)
                   .arg(pinned > 0 ? pinned : -1)
                   .arg(in.engine.cacheBlockSize)
                   .arg(in.tokens)
                   .arg(in.engine.maxPrefillTokens)
                   .arg(in.concurrency);
    if (!p.fixedSize)
        c.notes << Text::tr("npuMemSize %1 pins the cache to the whole GiB the plan gives it (%2 blocks of %3 tokens then); "
                            "-1 lets MindIE size it at start-up.")
                       .arg(pinned)
                       .arg(formatCount((pinned << 30) / p.blockBytes, QLocale()))
                       .arg(p.blockTokens);
}

void addOllama(LaunchCommand &c, const MemoryModel &model, const FitResult &fit)
{
    const EstimateInput &in = model.input();
    // The server's environment, then a request asks for the model; num_ctx and num_gpu are per model.
    c.program = QStringLiteral("env");
    c.arguments = {QStringLiteral("OLLAMA_CONTEXT_LENGTH=%1").arg(in.tokens),
                   QStringLiteral("OLLAMA_NUM_PARALLEL=%1").arg(in.concurrency),
                   QStringLiteral("OLLAMA_FLASH_ATTENTION=%1")
                       .arg(fit.ollama ? (model.llamaCpp().flashAttention() ? 1 : 0) : 0),
                   QStringLiteral("OLLAMA_KV_CACHE_TYPE=%1").arg(ggmlCacheType(in.kvCache))};
    if (in.engine.ollamaGpuOverhead > 0)
        c.arguments << QStringLiteral("OLLAMA_GPU_OVERHEAD=%1").arg(in.engine.ollamaGpuOverhead);
    c.arguments << QStringLiteral("ollama") << QStringLiteral("serve");
    if (in.engine.gpuLayers >= 0)
        c.notes << Text::tr("num_gpu %1 is a model option: PARAMETER num_gpu %1 in the Modelfile, or \"num_gpu\" in a "
                            "request's options.").arg(in.engine.gpuLayers);
    if (fit.ollama && !fit.ollama->fullyLoaded)
        c.notes << Text::tr("Ollama will offload %1 of %2 layers to the GPUs and run the rest on the CPU.")
                       .arg(fit.ollama->layers).arg(fit.ollama->layersModel);
    if (in.engine.ollamaGpuOverhead > 0 && !in.engine.ollamaLegacyScheduler)
        c.notes << Text::tr("From 0.30 OLLAMA_GPU_OVERHEAD no longer reaches llama-server, whose --fit leaves 1 GiB free on "
                            "each GPU; LLAMA_ARG_FIT_TARGET (MiB) sets that margin.");
    c.notes << Text::tr("Older Ollama versions have no OLLAMA_CONTEXT_LENGTH: set PARAMETER num_ctx %1 in the Modelfile.")
                   .arg(in.tokens);
}

void addLlamaCpp(LaunchCommand &c, const MemoryModel &model, const FitResult &fit)
{
    const EstimateInput &in = model.input();
    const ModelSpec &m = in.model;
    QString file = m.configSource;
    if (!file.endsWith(QLatin1String(".gguf"), Qt::CaseInsensitive)) {
        file = m.id + QStringLiteral(".gguf");
        c.notes << Text::tr("Replace %1 with the path of the model's GGUF file.").arg(file);
    }
    c.program = QStringLiteral("llama-server");
    // -ngl counts the output head as one more layer: "every layer and the head" is layers + 1.
    const int ngl = in.engine.gpuLayers < 0 ? m.layers + 1 : in.engine.gpuLayers;
    c.arguments = {QStringLiteral("-m"), file,
                   QStringLiteral("-c"), QString::number(in.tokens * in.concurrency),
                   QStringLiteral("-np"), QString::number(in.concurrency),
                   QStringLiteral("-ngl"), QString::number(ngl),
                   QStringLiteral("-ub"), QString::number(in.engine.ubatch),
                   // The plan's compute buffer follows the flash-attention setting planned.
                   QStringLiteral("-fa"), flashAttentionId(in.engine.flashAttention),
                   QStringLiteral("-ctk"), ggmlCacheType(in.kvCache),
                   QStringLiteral("-ctv"), ggmlCacheType(model.llamaCpp().vCacheType())};
    if (fit.config.deviceCount() > 1) {
        c.arguments << QStringLiteral("--split-mode") << splitModeId(in.engine.splitMode);
        if (!in.engine.tensorSplit.isEmpty())
            c.arguments << QStringLiteral("--tensor-split") << tensorSplitText(in.engine.tensorSplit);
        if (in.engine.mainGpu != 0)
            c.arguments << QStringLiteral("--main-gpu") << QString::number(in.engine.mainGpu);
    }
    if (fit.llamaCppFit)
        c.notes << Text::tr("Every layer does not fit here: without -ngl, llama-server's --fit (on by default) would "
                            "offload %1 of %2 layer slots (-ngl %1) and run the rest on the CPU.")
                       .arg(fit.llamaCppFit->gpuLayers)
                       .arg(m.layers + 1);
    c.notes << Text::tr("llama.cpp builds before September 2025 take a bare -fa for on and have no auto; there, "
                        "write -fa for on and leave it out for off.");
}

// Reads "--flag value" pairs (and bare flags in `switches`); false on an unknown flag or a missing value.
bool readFlags(const QStringList &args, qsizetype from, const QStringList &switches,
               QHash<QString, QString> &values, QString *error)
{
    for (qsizetype i = from; i < args.size(); ++i) {
        const QString &flag = args.at(i);
        if (switches.contains(flag)) {
            values.insert(flag, QStringLiteral("1"));
            continue;
        }
        if (!flag.startsWith(QLatin1Char('-')) || i + 1 >= args.size()) {
            *error = Text::tr("\"%1\" is not a flag with a value.").arg(flag);
            return false;
        }
        values.insert(flag, args.at(++i));
    }
    return true;
}

std::optional<qint64> number(const QHash<QString, QString> &values, const QString &flag, qint64 fallback, QString *error)
{
    if (!values.contains(flag))
        return fallback;
    bool ok = false;
    const qint64 n = values.value(flag).toLongLong(&ok);
    if (!ok) {
        *error = Text::tr("%1 takes a whole number, not \"%2\".").arg(flag, values.value(flag));
        return std::nullopt;
    }
    return n;
}

// Each flag's whole number (its fallback when absent) into its target; false with the error set
// at the first that is not one.
struct NumberFlag {
    const char *flag;
    qint64 fallback;
    qint64 *target;
};
bool readNumbers(const QHash<QString, QString> &values, std::initializer_list<NumberFlag> flags, QString *error)
{
    for (const NumberFlag &f : flags) {
        const auto n = number(values, QLatin1String(f.flag), f.fallback, error);
        if (!n)
            return false;
        *f.target = *n;
    }
    return true;
}

// A fraction flag in millionths (its fallback text when absent); false with the error set when it is not one.
bool readFraction(const QHash<QString, QString> &values, const char *flag, const char *fallback, qint64 *target, QString *error)
{
    const auto ppm = parseFractionPpm(values.value(QLatin1String(flag), QLatin1String(fallback)));
    if (!ppm) {
        *error = Text::tr("%1 takes a fraction.").arg(QLatin1String(flag));
        return false;
    }
    *target = *ppm;
    return true;
}
} // namespace

QString LaunchCommand::text() const
{
    QStringList words{program};
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:,=@%+-]+$"));
    for (const QString &a : arguments)
        words << (plain.match(a).hasMatch() ? a : QStringLiteral("'%1'").arg(QString(a).replace(QLatin1Char('\''), QStringLiteral("'\\''"))));
    return words.join(QLatin1Char(' '));
}

std::optional<int> LaunchCommand::parseVllmVersion(const QString &text)
{
    return parseEngineVersion(text);
}

LaunchCommand LaunchCommand::build(const MemoryModel &model, const FitResult &fit, int vllmVersion)
{
    LaunchCommand c;
    if (!model.isValid()) {
        c.error = model.error();
        return c;
    }
    switch (model.input().method) {
    case EstimateMethod::Vllm:
        addVllm(c, model, fit, vllmVersion);
        break;
    case EstimateMethod::LlamaCpp:
        addLlamaCpp(c, model, fit);
        break;
    case EstimateMethod::Sglang:
        addSglang(c, model, fit);
        break;
    case EstimateMethod::Ollama:
        addOllama(c, model, fit);
        break;
    case EstimateMethod::TrtLlm:
        addTrtLlm(c, model, fit);
        break;
    case EstimateMethod::Mindie:
        addMindie(c, model, fit);
        break;
    case EstimateMethod::Article:
    case EstimateMethod::Exact:
        c.error = Text::tr("A launch command needs an engine method: vLLM, SGLang, TensorRT-LLM, MindIE, llama.cpp or Ollama.");
        break;
    }
    return c;
}

std::optional<VllmServeSettings> VllmServeSettings::parse(const QStringList &args, QString *error)
{
    if (args.size() < 2 || args.first() != QLatin1String("serve")) {
        *error = Text::tr("A vLLM command starts with \"serve\" and the model.");
        return std::nullopt;
    }
    QHash<QString, QString> v;
    if (!readFlags(args, 2, {QStringLiteral("--enforce-eager")}, v, error))
        return std::nullopt;
    VllmServeSettings s;
    s.model = args.at(1);
    qint64 tp = 1, pp = 1;
    if (!readNumbers(v, {{"--tensor-parallel-size", 1, &tp}, {"--pipeline-parallel-size", 1, &pp},
                         {"--max-model-len", 0, &s.maxModelLen}, {"--max-num-seqs", 256, &s.maxNumSeqs},
                         {"--max-num-batched-tokens", 0, &s.maxNumBatchedTokens},
                         {"--kv-cache-memory-bytes", 0, &s.kvCacheMemoryBytes}}, error)
        || !readFraction(v, "--gpu-memory-utilization", "0.9", &s.gpuMemoryUtilizationPpm, error))
        return std::nullopt;
    s.tensorParallel = int(tp);
    s.pipelineParallel = int(pp);
    s.enforceEager = v.contains(QStringLiteral("--enforce-eager"));
    s.dtype = v.value(QStringLiteral("--dtype"));
    s.kvCacheDtype = v.value(QStringLiteral("--kv-cache-dtype"));
    s.quantization = v.value(QStringLiteral("--quantization"));
    return s;
}

std::optional<SglangLaunchSettings> SglangLaunchSettings::parse(const QStringList &args, QString *error)
{
    if (args.size() < 2 || args.at(0) != QLatin1String("-m") || args.at(1) != QLatin1String("sglang.launch_server")) {
        *error = Text::tr("An SGLang command starts with \"-m sglang.launch_server\".");
        return std::nullopt;
    }
    QHash<QString, QString> v;
    if (!readFlags(args, 2, {QStringLiteral("--disable-piecewise-cuda-graph")}, v, error))
        return std::nullopt;
    SglangLaunchSettings s;
    s.model = v.value(QStringLiteral("--model-path"));
    qint64 tp = 1, pp = 1;
    if (!readNumbers(v, {{"--tp", 1, &tp}, {"--pp-size", 1, &pp}, {"--context-length", 0, &s.contextLength},
                         {"--page-size", 1, &s.pageSize}, {"--chunked-prefill-size", 0, &s.chunkedPrefillSize},
                         {"--max-total-tokens", 0, &s.maxTotalTokens}, {"--max-running-requests", 0, &s.maxRunningRequests}},
                     error)
        || !readFraction(v, "--mem-fraction-static", "0", &s.memFractionStaticPpm, error)
        || !readFraction(v, "--swa-full-tokens-ratio", "0", &s.swaFullTokensRatioPpm, error))
        return std::nullopt;
    s.tensorParallel = int(tp);
    s.pipelineParallel = int(pp);
    s.piecewiseCudaGraph = !v.contains(QStringLiteral("--disable-piecewise-cuda-graph"));
    s.dtype = v.value(QStringLiteral("--dtype"));
    s.kvCacheDtype = v.value(QStringLiteral("--kv-cache-dtype"));
    s.quantization = v.value(QStringLiteral("--quantization"));
    return s;
}

std::optional<OllamaServeSettings> OllamaServeSettings::parse(const QStringList &args, QString *error)
{
    OllamaServeSettings s;
    qsizetype i = 0;
    for (; i < args.size() && args.at(i).contains(QLatin1Char('=')); ++i) {
        const QString name = args.at(i).section(QLatin1Char('='), 0, 0);
        const QString value = args.at(i).section(QLatin1Char('='), 1);
        bool ok = true;
        if (name == QLatin1String("OLLAMA_CONTEXT_LENGTH"))
            s.contextLength = value.toLongLong(&ok);
        else if (name == QLatin1String("OLLAMA_NUM_PARALLEL"))
            s.numParallel = value.toLongLong(&ok);
        else if (name == QLatin1String("OLLAMA_FLASH_ATTENTION"))
            s.flashAttention = value == QLatin1String("1") || value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        else if (name == QLatin1String("OLLAMA_KV_CACHE_TYPE"))
            s.kvCacheType = value;
        else if (name == QLatin1String("OLLAMA_GPU_OVERHEAD"))
            s.gpuOverhead = value.toLongLong(&ok);
        if (!ok) {
            *error = Text::tr("%1 takes a whole number, not \"%2\".").arg(name, value);
            return std::nullopt;
        }
    }
    if (args.mid(i) != QStringList{QStringLiteral("ollama"), QStringLiteral("serve")}) {
        *error = Text::tr("An Ollama command is the server's environment, then \"ollama serve\".");
        return std::nullopt;
    }
    return s;
}

std::optional<TrtLlmServeSettings> TrtLlmServeSettings::parse(const QStringList &args, QString *error)
{
    if (args.isEmpty() || args.first().startsWith(QLatin1Char('-'))) {
        *error = Text::tr("A trtllm-serve command starts with the model.");
        return std::nullopt;
    }
    QHash<QString, QString> v;
    if (!readFlags(args, 1, {}, v, error))
        return std::nullopt;
    TrtLlmServeSettings s;
    s.model = args.first();
    qint64 tp = 1, pp = 1;
    if (!readNumbers(v, {{"--tp_size", 1, &tp}, {"--pp_size", 1, &pp}, {"--max_batch_size", 0, &s.maxBatchSize},
                         {"--max_num_tokens", 0, &s.maxNumTokens}, {"--max_seq_len", 0, &s.maxSeqLen}},
                     error)
        || !readFraction(v, "--kv_cache_free_gpu_memory_fraction", "0.9", &s.freeGpuMemoryFractionPpm, error))
        return std::nullopt;
    s.tensorParallel = int(tp);
    s.pipelineParallel = int(pp);
    return s;
}

std::optional<LlamaServerSettings> LlamaServerSettings::parse(const QStringList &args, QString *error)
{
    QHash<QString, QString> v;
    if (!readFlags(args, 0, {}, v, error))
        return std::nullopt;
    LlamaServerSettings s;
    s.model = v.value(QStringLiteral("-m"));
    qint64 ngl = -1, mainGpu = 0;
    if (!readNumbers(v, {{"-c", 0, &s.contextSize}, {"-np", 1, &s.parallel}, {"-ngl", -1, &ngl}, {"-ub", 512, &s.ubatch},
                         {"--main-gpu", 0, &mainGpu}},
                     error))
        return std::nullopt;
    s.gpuLayers = int(ngl);
    s.mainGpu = int(mainGpu);
    s.flashAttention = v.value(QStringLiteral("-fa"), QStringLiteral("auto"));
    s.cacheTypeK = v.value(QStringLiteral("-ctk"), QStringLiteral("f16"));
    s.cacheTypeV = v.value(QStringLiteral("-ctv"), QStringLiteral("f16"));
    s.splitMode = v.value(QStringLiteral("--split-mode"), QStringLiteral("layer"));
    s.tensorSplit = v.value(QStringLiteral("--tensor-split"));
    return s;
}

} // namespace vram
