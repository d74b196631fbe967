// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scenario.h"
#include "JsonFields.h"
#include "VllmLayout.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Scenario)
};

QString chartModeId(ChartMode mode)
{
    // Compared scenarios live in files the settings do not keep: a restart shows the sweep.
    return mode == ChartMode::CompareModels ? QStringLiteral("models") : QStringLiteral("sweep");
}

QString sweepAxisId(SweepAxis axis)
{
    return axis == SweepAxis::Tokens ? QStringLiteral("tokens") : QStringLiteral("concurrency");
}

bool readInteger(const QJsonObject &json, const char *key, qint64 lo, qint64 hi, qint64 &out)
{
    return readWholeNumber(json.value(QLatin1String(key)), lo, hi, out);
}
} // namespace

QJsonObject Scenario::toJson() const
{
    QJsonArray gpuList;
    for (const GpuConfigRef &g : gpus) {
        QJsonObject row{{QStringLiteral("gpu"), g.gpuId}, {QStringLiteral("count"), g.count}};
        QJsonArray with;
        for (const auto &[id, count] : g.more)
            with.append(QJsonObject{{QStringLiteral("gpu"), id}, {QStringLiteral("count"), count}});
        if (!with.isEmpty())
            row.insert(QStringLiteral("with"), with);
        gpuList.append(row);
    }
    return {
        {QStringLiteral("model"), modelId},
        {QStringLiteral("weights"), weightsId},
        {QStringLiteral("kv_cache"), kvCacheId},
        {QStringLiteral("method"), methodId(method)},
        {QStringLiteral("tokens"), tokens},
        {QStringLiteral("concurrency"), concurrency},
        {QStringLiteral("overhead_ppm"), overheadPpm},
        {QStringLiteral("engine"), engine.toJson()},
        {QStringLiteral("unit"), unitName(unit)},
        {QStringLiteral("prices"), prices.toJson()},
        {QStringLiteral("gpus"), gpuList},
        {QStringLiteral("planned_row"), plannedRow},
        {QStringLiteral("chart_mode"), chartModeId(chartMode)},
        {QStringLiteral("sweep_axis"), sweepAxisId(sweepAxis)},
        {QStringLiteral("compare_models"), QJsonArray::fromStringList(compareModelIds)},
    };
}

std::optional<Scenario> Scenario::fromJson(const QJsonObject &json, const Catalog &catalog, QString *error)
{
    const auto fail = [error](const QString &field) -> std::optional<Scenario> {
        if (error)
            *error = Text::tr("The value of \"%1\" is missing or invalid.").arg(field);
        return std::nullopt;
    };
    Scenario s;
    s.modelId = json.value(QLatin1String("model")).toString();
    const auto unknownModel = [&](const QString &id, const QString &field) -> std::optional<Scenario> {
        if (error)
            *error = Text::tr("The model \"%1\" in \"%2\" is neither in the catalogue nor among the imported models.")
                         .arg(id.left(80), field);
        return std::nullopt;
    };
    if (s.modelId.isEmpty())
        return fail(QStringLiteral("model"));
    if (!catalog.model(s.modelId))
        return unknownModel(s.modelId, QStringLiteral("model"));
    s.weightsId = json.value(QLatin1String("weights")).toString();
    if (const DataType *t = catalog.dataType(s.weightsId); !t || !t->forWeights)
        return fail(QStringLiteral("weights"));
    s.kvCacheId = json.value(QLatin1String("kv_cache")).toString();
    if (const DataType *t = catalog.dataType(s.kvCacheId); !t || !t->forKvCache)
        return fail(QStringLiteral("kv_cache"));
    const auto method = parseMethod(json.value(QLatin1String("method")).toString());
    if (!method)
        return fail(QStringLiteral("method"));
    s.method = *method;
    if (!readInteger(json, "tokens", 1, kMaxTokens, s.tokens))
        return fail(QStringLiteral("tokens"));
    if (!readInteger(json, "concurrency", 1, kMaxConcurrency, s.concurrency))
        return fail(QStringLiteral("concurrency"));
    if (!readInteger(json, "overhead_ppm", 0, kMaxOverheadPpm, s.overheadPpm))
        return fail(QStringLiteral("overhead_ppm"));
    // Absent in files written before the engine methods: the engines' defaults.
    if (const QJsonValue engine = json.value(QLatin1String("engine")); !engine.isUndefined()) {
        const auto settings = engine.isObject() ? EngineSettings::fromJson(engine.toObject(), nullptr) : std::nullopt;
        if (!settings)
            return fail(QStringLiteral("engine"));
        s.engine = *settings;
    }
    const auto unit = parseUnit(json.value(QLatin1String("unit")).toString());
    if (!unit)
        return fail(QStringLiteral("unit"));
    s.unit = *unit;
    // Absent in files written before prices had a currency: US dollars.
    if (const QJsonValue prices = json.value(QLatin1String("prices")); !prices.isUndefined()) {
        const auto read = prices.isObject() ? PriceSettings::fromJson(prices.toObject(), nullptr) : std::nullopt;
        if (!read)
            return fail(QStringLiteral("prices"));
        s.prices = *read;
    }

    const QJsonValue gpuValue = json.value(QLatin1String("gpus"));
    if (!gpuValue.isArray() || gpuValue.toArray().size() > 64)
        return fail(QStringLiteral("gpus"));
    s.gpus.clear();
    // One kind and its count, checked against the catalogue; false after setting `error`.
    const auto readKind = [&](const QJsonObject &o, QString &id, int &count) {
        id = o.value(QLatin1String("gpu")).toString();
        if (!id.isEmpty() && !catalog.gpu(id)) {
            if (error)
                *error = Text::tr("The GPU \"%1\" in \"gpus\" is neither in the catalogue nor among your GPUs.").arg(id.left(80));
            return false;
        }
        qint64 n = 0;
        if (!catalog.gpu(id) || !readInteger(o, "count", 1, kMaxGpuCount, n)) {
            fail(QStringLiteral("gpus"));
            return false;
        }
        count = int(n);
        return true;
    };
    for (const QJsonValue &v : gpuValue.toArray()) {
        const QJsonObject o = v.toObject();
        GpuConfigRef ref;
        if (!readKind(o, ref.gpuId, ref.count))
            return std::nullopt;
        const QJsonValue with = o.value(QLatin1String("with"));
        if (!with.isUndefined() && (!with.isArray() || with.toArray().size() > 16))
            return fail(QStringLiteral("gpus"));
        qint64 devices = ref.count;
        for (const QJsonValue &part : with.toArray()) {
            std::pair<QString, int> kind;
            if (!readKind(part.toObject(), kind.first, kind.second))
                return std::nullopt;
            ref.more.append(kind);
            devices += kind.second;
        }
        if (devices > kMaxGpuCount)
            return fail(QStringLiteral("gpus"));
        s.gpus.append(ref);
    }

    // Absent in files written before each row was planned on its own: the first row.
    if (json.contains(QLatin1String("planned_row"))) {
        qint64 row = 0;
        if (!readInteger(json, "planned_row", 0, std::max<qint64>(0, s.gpus.size() - 1), row))
            return fail(QStringLiteral("planned_row"));
        s.plannedRow = int(row);
    }

    const QString mode = json.value(QLatin1String("chart_mode")).toString();
    if (mode != chartModeId(ChartMode::Sweep) && mode != chartModeId(ChartMode::CompareModels))
        return fail(QStringLiteral("chart_mode"));
    s.chartMode = mode == chartModeId(ChartMode::Sweep) ? ChartMode::Sweep : ChartMode::CompareModels;
    const QString axis = json.value(QLatin1String("sweep_axis")).toString();
    if (axis != sweepAxisId(SweepAxis::Tokens) && axis != sweepAxisId(SweepAxis::Concurrency))
        return fail(QStringLiteral("sweep_axis"));
    s.sweepAxis = axis == sweepAxisId(SweepAxis::Tokens) ? SweepAxis::Tokens : SweepAxis::Concurrency;

    const QJsonValue compare = json.value(QLatin1String("compare_models"));
    if (!compare.isArray() || compare.toArray().size() > 64)
        return fail(QStringLiteral("compare_models"));
    s.compareModelIds.clear();
    for (const QJsonValue &v : compare.toArray()) {
        if (!v.isString())
            return fail(QStringLiteral("compare_models"));
        if (!catalog.model(v.toString()))
            return unknownModel(v.toString(), QStringLiteral("compare_models"));
        s.compareModelIds.append(v.toString());
    }
    return s;
}

std::optional<EstimateInput> Scenario::toInput(const Catalog &catalog, QString *error) const
{
    const ModelSpec *model = catalog.model(modelId);
    const DataType *weights = catalog.dataType(weightsId);
    const DataType *kv = catalog.dataType(kvCacheId);
    if (!model || !weights || !kv) {
        if (error)
            *error = Text::tr("Unknown model or precision.");
        return std::nullopt;
    }
    EstimateInput input{*model, *weights, *kv, method, tokens, concurrency, overheadPpm, engine};
    VllmLayout::assignGpus(input.engine, *model, plannedGpuCount());
    // vLLM on the planned row's NPUs runs as vLLM-Ascend.
    const GpuSpec *planned = gpus.isEmpty() ? nullptr : catalog.gpu(gpus.at(std::clamp(plannedRow, 0, int(gpus.size()) - 1)).gpuId);
    input.engine.setPlatform(planned ? *planned : GpuSpec{});
    if (const QString problem = input.validate(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return input;
}

int Scenario::plannedGpuCount() const
{
    if (gpus.isEmpty())
        return 1;
    const GpuConfigRef &row = gpus.at(std::clamp(plannedRow, 0, int(gpus.size()) - 1));
    int devices = row.count;
    for (const auto &part : row.more)
        devices += part.second;
    return std::clamp(devices, 1, kMaxTensorParallel);
}

QList<GpuConfig> Scenario::gpuConfigs(const Catalog &catalog) const
{
    QList<GpuConfig> configs;
    for (const GpuConfigRef &ref : gpus) {
        const GpuSpec *gpu = catalog.gpu(ref.gpuId);
        if (!gpu)
            continue;
        GpuConfig config{*gpu, ref.count, {}};
        for (const auto &[id, count] : ref.more)
            if (const GpuSpec *other = catalog.gpu(id))
                config.more.append({*other, count});
        if (config.more.size() == ref.more.size()) // a row with a kind that is gone is left out whole
            configs.append(config);
    }
    return configs;
}

QList<ModelSpec> Scenario::compareModels(const Catalog &catalog) const
{
    QList<ModelSpec> models;
    for (const QString &id : compareModelIds)
        if (const ModelSpec *m = catalog.model(id))
            models.append(*m);
    return models;
}

bool Scenario::operator==(const Scenario &other) const
{
    return toJson() == other.toJson();
}

} // namespace vram
