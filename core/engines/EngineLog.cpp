// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineLog.h"

#include "Catalog.h"

#include "MemoryModel.h"
#include "VllmLayout.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EngineLog)
};

double toBytes(double value, const QString &unit)
{
    if (unit.startsWith(QLatin1String("Gi")))
        return value * 1073741824.0;
    if (unit.startsWith(QLatin1String("Mi")))
        return value * 1048576.0;
    if (unit.startsWith(QLatin1String("Ki")))
        return value * 1024.0;
    if (unit == QLatin1String("GB"))
        return value * 1e9;
    if (unit == QLatin1String("MB"))
        return value * 1e6;
    return value;
}

double number(const QString &text)
{
    return QString(text).remove(QLatin1Char(',')).toDouble();
}

// A memory figure: "… 14.96GiB", "= 4403.49 MiB".
const QString kAmount = QStringLiteral("([0-9][0-9.,]*)\\s*(GiB|MiB|KiB|GB|MB)");
// A llama.cpp device buffer: "CUDA0", "ROCm1", "Vulkan0", "Metal", "SYCL0"; the host's ("CPU",
// "CUDA_Host", "CPU_Mapped") is not the GPU's.
const QString kDevice = QStringLiteral("(?:CUDA\\d+|ROCm\\d+|Vulkan\\d+|SYCL\\d+|Metal|MTL\\d+)");

struct Pattern {
    EstimateMethod engine;
    const char *id;
    QRegularExpression re;
    bool isBytes;
    bool sum; // several devices each print one: their total
};

const QList<Pattern> &patterns()
{
    static const QList<Pattern> list = [] {
        const auto re = [](const QString &s) { return QRegularExpression(s); };
        const EstimateMethod v = EstimateMethod::Vllm;
        const EstimateMethod l = EstimateMethod::LlamaCpp;
        return QList<Pattern>{
            {v, "total_gpu_memory", re(QStringLiteral("total_gpu_memory \\(") + kAmount), true, false},
            {v, "budget", re(QStringLiteral("gpu_memory_utilization \\([0-9.]+\\) = ") + kAmount), true, false},
            {v, "weights", re(QStringLiteral("model weights take ") + kAmount), true, false},
            {v, "weights", re(QStringLiteral("Model loading took ") + kAmount), true, false},
            {v, "non_torch", re(QStringLiteral("non_torch_memory takes ") + kAmount), true, false},
            {v, "activation_peak", re(QStringLiteral("activation peak memory takes ") + kAmount), true, false},
            {v, "available_kv", re(QStringLiteral("reserved for KV Cache is ") + kAmount), true, false},
            {v, "available_kv", re(QStringLiteral("Available KV cache memory: ") + kAmount), true, false},
            {v, "cuda_graphs", re(QStringLiteral("Graph capturing finished in [0-9.]+ secs?, took ") + kAmount), true, false},
            {v, "kv_cache_tokens", re(QStringLiteral("GPU KV cache size: ([0-9][0-9,]*) tokens")), false, false},
            {v, "num_gpu_blocks", re(QStringLiteral("# (?:GPU|cuda|CUDA) blocks: ([0-9]+)")), false, false},
            {v, "max_concurrency", re(QStringLiteral("Maximum concurrency for [0-9,]+ tokens per request: ([0-9.]+)x")), false, false},
            {l, "model_buffer", re(kDevice + QStringLiteral(" model buffer size\\s*=\\s*") + kAmount), true, true},
            {l, "kv_buffer", re(kDevice + QStringLiteral(" KV buffer size\\s*=\\s*") + kAmount), true, true},
            {l, "compute_buffer", re(kDevice + QStringLiteral(" compute buffer size\\s*=\\s*") + kAmount), true, true},
            {l, "recurrent_buffer", re(kDevice + QStringLiteral(" RS buffer size\\s*=\\s*") + kAmount), true, true},
            {l, "offloaded_layers", re(QStringLiteral("offloaded ([0-9]+)/[0-9]+ layers to GPU")), false, false},
        };
    }();
    return list;
}

struct Setting {
    EstimateMethod engine;
    const char *id;
    QRegularExpression re;
};

const QList<Setting> &settingPatterns()
{
    static const QList<Setting> list = [] {
        const auto re = [](const QString &s) { return QRegularExpression(s); };
        const EstimateMethod v = EstimateMethod::Vllm;
        const EstimateMethod l = EstimateMethod::LlamaCpp;
        return QList<Setting>{
            {v, "model", re(QStringLiteral("\\bmodel='([^']+)'"))},
            {v, "version", re(QStringLiteral("LLM engine \\(v([0-9][^)]*)\\)"))},
            {v, "version", re(QStringLiteral("vLLM (?:API server )?version ([0-9][^\\s,]*)"))},
            {v, "max_model_len", re(QStringLiteral("\\bmax_seq_len=([0-9]+)"))},
            {v, "max_model_len", re(QStringLiteral("'max_model_len': ([0-9]+)"))},
            {v, "tensor_parallel_size", re(QStringLiteral("\\btensor_parallel_size=([0-9]+)"))},
            {v, "pipeline_parallel_size", re(QStringLiteral("\\bpipeline_parallel_size=([0-9]+)"))},
            {v, "dtype", re(QStringLiteral("\\bdtype=torch\\.(\\w+)"))},
            {v, "kv_cache_dtype", re(QStringLiteral("\\bkv_cache_dtype=(\\w+)"))},
            {v, "enforce_eager", re(QStringLiteral("\\benforce_eager=(True|False)"))},
            {v, "gpu_memory_utilization", re(QStringLiteral("x gpu_memory_utilization \\(([0-9.]+)\\)"))},
            {v, "gpu_memory_utilization", re(QStringLiteral("'gpu_memory_utilization': ([0-9.]+)"))},
            {v, "max_num_batched_tokens", re(QStringLiteral("'max_num_batched_tokens': ([0-9]+)"))},
            {v, "max_num_seqs", re(QStringLiteral("'max_num_seqs': ([0-9]+)"))},
            {l, "version", re(QStringLiteral("^build: ([0-9]+) \\("))},
            {l, "model", re(QStringLiteral("general\\.name\\s+(?:str\\s+)?=\\s+(.+?)\\s*$"))},
            {l, "n_ctx", re(QStringLiteral("\\bn_ctx\\s+=\\s+([0-9]+)"))},
            {l, "n_seq_max", re(QStringLiteral("\\bn_seq_max\\s+=\\s+([0-9]+)"))},
            {l, "n_ubatch", re(QStringLiteral("\\bn_ubatch\\s+=\\s+([0-9]+)"))},
            {l, "flash_attn", re(QStringLiteral("\\bflash_attn\\s+=\\s+(\\S+)"))},
            // "Flash Attention was auto, set to enabled": what auto became.
            {l, "flash_attn", re(QStringLiteral("Flash Attention was auto, set to (\\w+)"))},
            {l, "type_k", re(QStringLiteral("\\bK \\((\\w+)\\):"))},
            {l, "type_v", re(QStringLiteral("\\bV \\((\\w+)\\):"))},
            {l, "total_layers", re(QStringLiteral("offloaded [0-9]+/([0-9]+) layers to GPU"))},
        };
    }();
    return list;
}
} // namespace

EngineLog EngineLog::read(const QString &text)
{
    EngineLog log;
    QHash<QString, qsizetype> summed; // figure id → index, for per-device sums
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.size() > 20000) // a pasted binary is not a log line
            continue;
        for (const Setting &s : settingPatterns()) {
            const QString id = QString::fromLatin1(s.id);
            if ((id == QLatin1String("version") ? !log.version.isEmpty()
                                                 : id == QLatin1String("model") ? !log.model.isEmpty()
                                                                                : log.settings.contains(id)))
                // "flash_attn = auto" is settled by a later "Flash Attention was auto, set to …".
                if (id != QLatin1String("flash_attn") || log.settings.value(id) != QLatin1String("auto"))
                    continue;
            const QRegularExpressionMatch m = s.re.match(line);
            if (!m.hasMatch())
                continue;
            if (!log.engine)
                log.engine = s.engine;
            if (id == QLatin1String("version"))
                log.version = m.captured(1);
            else if (id == QLatin1String("model"))
                log.model = m.captured(1).left(200);
            else
                log.settings.insert(id, m.captured(1));
        }
        for (const Pattern &p : patterns()) {
            const QRegularExpressionMatch m = p.re.match(line);
            if (!m.hasMatch())
                continue;
            const QString id = QString::fromLatin1(p.id);
            const double value = p.isBytes ? toBytes(number(m.captured(1)), m.captured(2)) : number(m.captured(1));
            if (!log.engine)
                log.engine = p.engine;
            if (p.sum && summed.contains(id)) {
                LogFigure &f = log.figures[summed.value(id)];
                f.value += value;
                f.line += QLatin1Char('\n') + line;
                continue;
            }
            if (log.figure(id)) // the first of repeated lines (every worker prints its own)
                continue;
            if (p.sum)
                summed.insert(id, log.figures.size());
            log.figures.append({id, value, p.isBytes, line});
        }
    }
    return log;
}

std::optional<double> EngineLog::figure(const QString &id) const
{
    for (const LogFigure &f : figures)
        if (f.id == id)
            return f.value;
    return std::nullopt;
}

const ModelSpec *EngineLog::catalogueModel(const Catalog &catalog) const
{
    if (model.isEmpty())
        return nullptr;
    for (const ModelSpec &m : catalog.models())
        if (m.configSource.contains(QStringLiteral("/") + model + QStringLiteral("/")))
            return catalog.model(m.id);
    return nullptr;
}

QString EngineLog::weightsId() const
{
    static const QHash<QString, QString> dtypes{{QStringLiteral("bfloat16"), QStringLiteral("bf16")},
                                                {QStringLiteral("float16"), QStringLiteral("fp16")},
                                                {QStringLiteral("float32"), QStringLiteral("fp32")}};
    return dtypes.value(settings.value(QStringLiteral("dtype")));
}

namespace {
qint64 settingOf(const EngineLog &log, const char *key, qint64 fallback)
{
    bool ok = false;
    const qint64 v = log.settings.value(QLatin1String(key)).toLongLong(&ok);
    return ok && v > 0 ? v : fallback;
}
} // namespace

int EngineLog::gpuCount() const
{
    if (engine != EstimateMethod::Vllm)
        return 1;
    return int(std::clamp<qint64>(settingOf(*this, "tensor_parallel_size", 1) * settingOf(*this, "pipeline_parallel_size", 1),
                                  1, kMaxTensorParallel));
}

void EngineLog::applyTo(EstimateInput &in) const
{
    if (!engine)
        return;
    in.method = *engine;
    if (in.method == EstimateMethod::Vllm) {
        in.tokens = std::min(settingOf(*this, "max_model_len", in.tokens), kMaxTokens);
        in.concurrency = 1;
        if (const auto ppm = parseFractionPpm(settings.value(QStringLiteral("gpu_memory_utilization"))); ppm && *ppm > 0 && *ppm <= kPpm)
            in.engine.gpuMemoryUtilizationPpm = *ppm;
        in.engine.enforceEager = settings.value(QStringLiteral("enforce_eager")) == QLatin1String("True");
        in.engine.maxNumBatchedTokens = std::min(settingOf(*this, "max_num_batched_tokens", in.engine.maxNumBatchedTokens), kMaxTokens);
        in.engine.maxNumSeqs = std::min(settingOf(*this, "max_num_seqs", in.engine.maxNumSeqs), kMaxConcurrency);
        VllmLayout::assignGpus(in.engine, in.model, gpuCount());
        return;
    }
    const qint64 sequences = std::min(settingOf(*this, "n_seq_max", 1), kMaxConcurrency);
    in.concurrency = sequences;
    in.tokens = std::clamp<qint64>(settingOf(*this, "n_ctx", in.tokens * sequences) / sequences, 1, kMaxTokens);
    in.engine.ubatch = std::min<qint64>(settingOf(*this, "n_ubatch", in.engine.ubatch), 65536);
    if (const auto fa = parseFlashAttention(settings.value(QStringLiteral("flash_attn"))))
        in.engine.flashAttention = *fa;
    // "K (q8_0): 68.00 MiB, V (q4_0): 36.00 MiB": the cache types the run used.
    const auto typeK = parseLlamaCppCacheType(settings.value(QStringLiteral("type_k")));
    const auto typeV = parseLlamaCppCacheType(settings.value(QStringLiteral("type_v")));
    if (const DataType *k = typeK ? Catalog::builtIn().dataType(*typeK) : nullptr)
        in.kvCache = *k;
    if (typeV)
        in.engine.cacheTypeV = *typeV == in.kvCache.id ? QString() : *typeV;
    // "offloaded 33/33 layers": llama.cpp counts the output head as one more layer.
    const qint64 offloaded = qint64(figure(QStringLiteral("offloaded_layers")).value_or(-1));
    in.engine.gpuLayers = offloaded < 0 || offloaded >= settingOf(*this, "total_layers", 0)
        ? -1 : int(std::min<qint64>(offloaded, kMaxGpuLayers));
}

Calibration learnCalibration(const EngineLog &log, const MemoryModel &model, const FitResult &fit, const QString &name)
{
    Calibration c;
    c.name = name.left(200);
    const auto clampBytes = [](double v) {
        return qint64(std::llround(std::clamp(v, double(-Calibration::kMaxBytes), double(Calibration::kMaxBytes))));
    };
    if (log.engine == EstimateMethod::LlamaCpp) {
        const EstimateInput &in = model.input();
        const LlamaCppMemory mem = model.llamaCpp().memoryAt(in.tokens, in.concurrency);
        if (const auto printed = log.figure(QStringLiteral("compute_buffer")); printed && mem.offloaded)
            c.computeBuffer = clampBytes(*printed - double(mem.computeBuffer));
        return c;
    }
    if (log.engine != EstimateMethod::Vllm || !fit.vllm)
        return c;
    const VllmPlan &p = *fit.vllm;
    if (const auto v = log.figure(QStringLiteral("non_torch")))
        c.nonTorch = clampBytes(*v - double(p.layout.nonTorch));
    if (const auto v = log.figure(QStringLiteral("activation_peak")))
        c.activation = clampBytes(*v - double(p.layout.activation));
    if (const auto v = log.figure(QStringLiteral("cuda_graphs")))
        c.cudaGraphs = clampBytes(*v - double(p.layout.cudaGraphs));
    // What the terms leave: the KV memory the plan would then have, against the log's.
    const double corrected = double(p.availableKv) - double(c.nonTorch + c.activation + c.cudaGraphs);
    double residual = 0;
    if (const auto v = log.figure(QStringLiteral("available_kv")))
        residual = corrected - *v;
    else if (const auto v = log.figure(QStringLiteral("num_gpu_blocks")))
        residual = corrected - *v * double(p.layout.blockBytes);
    else if (const auto v = log.figure(QStringLiteral("kv_cache_tokens")))
        residual = corrected - *v / 16.0 * double(p.layout.blockBytes);
    // Blocks and tokens are whole: within one block the plan already agrees.
    if (std::fabs(residual) >= double(p.layout.blockBytes) || log.figure(QStringLiteral("available_kv")))
        c.nonTorch = clampBytes(double(c.nonTorch) + residual);
    return c;
}

QString EngineLog::problem() const
{
    if (engine && (!figures.isEmpty() || !settings.isEmpty()))
        return {};
    return Text::tr("No vLLM or llama.cpp start-up line found. Looked for vLLM's \"Initializing … LLM engine\", "
                    "\"model weights take\", \"Available KV cache memory\", \"GPU KV cache size\", \"# GPU blocks\" "
                    "and \"Maximum concurrency\" lines, and llama.cpp's \"n_ctx =\", \"offloaded N/M layers to GPU\" "
                    "and \"model / KV / compute buffer size\" lines.");
}

std::optional<double> LogComparison::differencePercent() const
{
    if (printed == 0)
        return std::nullopt;
    return (planned - printed) / printed * 100.0;
}

QList<LogComparison> compareWithPlan(const EngineLog &log, const MemoryModel &model, const FitResult &fit)
{
    QHash<QString, std::pair<QString, double>> planned;
    if (log.engine == EstimateMethod::Vllm && fit.vllm) {
        const VllmPlan &p = *fit.vllm;
        planned = {
            {QStringLiteral("total_gpu_memory"), {Text::tr("total GPU memory (CUDA)"), double(p.cudaTotal)}},
            {QStringLiteral("budget"), {Text::tr("budget (× gpu_memory_utilization)"), double(p.budget)}},
            {QStringLiteral("weights"), {Text::tr("model weights per GPU"), double(p.layout.weights)}},
            {QStringLiteral("non_torch"), {Text::tr("non-torch memory"), double(p.layout.nonTorch)}},
            {QStringLiteral("activation_peak"), {Text::tr("activation peak"), double(p.layout.activation)}},
            {QStringLiteral("cuda_graphs"), {Text::tr("CUDA graphs"), double(p.layout.cudaGraphs)}},
            {QStringLiteral("available_kv"), {Text::tr("available KV cache memory"), double(p.availableKv)}},
            {QStringLiteral("num_gpu_blocks"), {Text::tr("GPU blocks"), double(p.numBlocks)}},
            {QStringLiteral("kv_cache_tokens"), {Text::tr("GPU KV cache size (tokens)"), double(p.kvCacheTokens)}},
            {QStringLiteral("max_concurrency"), {Text::tr("maximum concurrency"), p.maxConcurrency}},
        };
    } else if (log.engine == EstimateMethod::LlamaCpp && model.input().method == EstimateMethod::LlamaCpp) {
        const EstimateInput &in = model.input();
        const LlamaCppMemory mem = model.llamaCpp().memoryAt(in.tokens, in.concurrency);
        planned = {
            {QStringLiteral("model_buffer"), {Text::tr("model buffer on the GPU"), double(mem.gpuWeights)}},
            {QStringLiteral("kv_buffer"), {Text::tr("KV buffer on the GPU"), double(mem.gpuKv)}},
            {QStringLiteral("compute_buffer"), {Text::tr("compute buffer on the GPU"), double(mem.offloaded ? mem.computeBuffer : 0)}},
            {QStringLiteral("offloaded_layers"), {Text::tr("layers offloaded"), double(model.llamaCpp().offloadedLayers()
                                                                                     + (model.llamaCpp().outputOnGpu() ? 1 : 0))}},
        };
    }
    QList<LogComparison> out;
    for (const LogFigure &f : log.figures)
        if (planned.contains(f.id))
            out.append({f.id, planned.value(f.id).first, f.value, planned.value(f.id).second, f.isBytes});
    return out;
}

} // namespace vram
