// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "ModelImporter.h"

#include <QCoreApplication>
#include <QTextStream>

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
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return printError(kExitBadArguments, parser.errorText());
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

void EstimateOptions::addTo(QCommandLineParser &parser)
{
    // Descriptions are set here, after the translator is installed.
    m_model.setDescription(Text::tr("Model id from the catalogue (see the models command)."));
    m_modelFile.setDescription(Text::tr("Use the model in this config.json, model folder or .gguf file instead."));
    m_method.setDescription(Text::tr("Estimation method: article (the article's formulas) or exact."));
    m_weights.setDescription(Text::tr("Weight precision, e.g. fp16, bf16, fp8, int4, q4_k_m."));
    m_kv.setDescription(Text::tr("KV-cache precision: fp32, fp16, bf16, fp8, q8_0 or q4_0."));
    m_tokens.setDescription(Text::tr("Tokens per request (prompt + output)."));
    m_concurrency.setDescription(Text::tr("Concurrent requests."));
    m_overhead.setDescription(Text::tr("Overhead as a fraction of weights + KV cache, e.g. 0.10 or 10%."));
    m_gpu.setDescription(Text::tr("GPU id to check the fit on (see the gpus command), or N×id."));
    m_gpuCount.setDescription(Text::tr("Number of GPUs of that kind."));
    m_unit.setDescription(Text::tr("Display unit: GB (10^9 B) or GiB (2^30 B)."));
    parser.addOptions({m_model, m_modelFile, m_method, m_weights, m_kv, m_tokens, m_concurrency, m_overhead, m_gpu, m_gpuCount,
                       m_unit});
}

std::optional<ByteUnit> EstimateOptions::unit(const QCommandLineParser &parser, QString *error) const
{
    const auto unit = parseUnit(parser.value(m_unit));
    if (!unit)
        *error = Text::tr("--unit must be GB or GiB, not \"%1\".").arg(parser.value(m_unit));
    return unit;
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
    }
    const auto u = unit(parser, error);
    if (!u)
        return std::nullopt;
    s.unit = *u;
    if (hasGpu(parser)) {
        const auto g = gpu(parser, catalog, error);
        if (!g)
            return std::nullopt;
        s.gpus = {{g->gpu.id, g->count}};
    }
    return s;
}

std::optional<EstimateInput> EstimateOptions::input(const QCommandLineParser &parser, const Catalog &catalog,
                                                    QString *error) const
{
    std::optional<ModelSpec> imported;
    const ModelSpec *model = nullptr;
    if (parser.isSet(m_modelFile)) {
        imported = importModelFile(parser.value(m_modelFile), error);
        if (!imported)
            return std::nullopt;
        model = &*imported;
    } else if (!parser.isSet(m_model)) {
        *error = Text::tr("--model or --model-file is required (see the models command for ids).");
        return std::nullopt;
    } else {
        model = catalog.model(parser.value(m_model));
    }
    if (!model) {
        *error = Text::tr("Unknown model \"%1\" (see the models command).").arg(parser.value(m_model));
        return std::nullopt;
    }
    // An imported file's own weights unless a precision is asked for.
    const QString weightsId = parser.isSet(m_weights) || model->fileWeightBytes <= 0 ? parser.value(m_weights).toLower()
                                                                                    : QStringLiteral("file");
    const auto method = parseMethod(parser.value(m_method));
    if (!method) {
        *error = Text::tr("--method must be article or exact, not \"%1\".").arg(parser.value(m_method));
        return std::nullopt;
    }
    const DataType *weights = catalog.dataType(weightsId);
    if (!weights || !weights->forWeights) {
        *error = Text::tr("Unknown weight precision \"%1\".").arg(parser.value(m_weights));
        return std::nullopt;
    }
    const DataType *kv = catalog.dataType(parser.value(m_kv).toLower());
    if (!kv || !kv->forKvCache) {
        *error = Text::tr("Unknown KV-cache precision \"%1\" (fp32, fp16, bf16, fp8, q8_0, q4_0).").arg(parser.value(m_kv));
        return std::nullopt;
    }
    const auto tokens = parseBoundedInteger(parser.value(m_tokens), 1, kMaxTokens);
    if (!tokens) {
        *error = Text::tr("--tokens must be a whole number from 1 to %1, not \"%2\".")
                     .arg(kMaxTokens)
                     .arg(parser.value(m_tokens));
        return std::nullopt;
    }
    const auto concurrency = parseBoundedInteger(parser.value(m_concurrency), 1, kMaxConcurrency);
    if (!concurrency) {
        *error = Text::tr("--concurrency must be a whole number from 1 to %1, not \"%2\".")
                     .arg(kMaxConcurrency)
                     .arg(parser.value(m_concurrency));
        return std::nullopt;
    }
    const auto overhead = parseFractionPpm(parser.value(m_overhead));
    if (!overhead) {
        *error = Text::tr("--overhead must be a fraction from 0 to 10 (e.g. 0.10) or a percentage (e.g. 10%), not \"%1\".")
                     .arg(parser.value(m_overhead));
        return std::nullopt;
    }
    EstimateInput in{*model, *weights, *kv, *method, *tokens, *concurrency, *overhead};
    if (const QString problem = in.validate(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return in;
}

std::optional<GpuConfig> EstimateOptions::gpu(const QCommandLineParser &parser, const Catalog &catalog,
                                              QString *error) const
{
    const GpuConfigRef ref = parseGpuConfigRef(parser.value(m_gpu));
    const GpuSpec *gpu = catalog.gpu(ref.gpuId);
    if (!gpu) {
        *error = Text::tr("Unknown GPU \"%1\" (see the gpus command).").arg(parser.value(m_gpu));
        return std::nullopt;
    }
    qint64 count = ref.count;
    if (parser.isSet(m_gpuCount)) {
        const auto parsed = parseBoundedInteger(parser.value(m_gpuCount), 1, kMaxGpuCount);
        if (!parsed) {
            *error = Text::tr("--gpu-count must be a whole number from 1 to %1.").arg(kMaxGpuCount);
            return std::nullopt;
        }
        count = *parsed;
    }
    return GpuConfig{*gpu, int(count)};
}
