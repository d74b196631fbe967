// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ByteUnit.h"
#include "Catalog.h"
#include "ChartData.h"
#include "EstimateInput.h"
#include "GpuConfig.h"
#include "Pricing.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace vram {

// Everything a planning session is set to: the inputs of one estimate, the
// GPU configurations to compare and how the chart shows them. A plain value
// that round-trips through JSON (settings now, scenario files later).
struct Scenario {
    QString modelId = QStringLiteral("llama-2-13b");
    QString weightsId = QStringLiteral("fp16");
    QString kvCacheId = QStringLiteral("fp16");
    EstimateMethod method = EstimateMethod::Exact;
    qint64 tokens = 4096;
    qint64 concurrency = 10;
    qint64 overheadPpm = 100000;
    // The engines' settings; vLLM lays each GPU row out on its own count. The estimate (the
    // bars) is the planned row's: its count sets vLLM's tensor × pipeline parallel layout.
    EngineSettings engine;
    ByteUnit unit = ByteUnit::GB;
    PriceSettings prices;
    QList<GpuConfigRef> gpus = {{QStringLiteral("a100-40gb"), 1}, {QStringLiteral("a100-80gb"), 1},
                                {QStringLiteral("h100-80gb"), 2}};
    int plannedRow = 0; // index into gpus; the row the bars are planned for
    ChartMode chartMode = ChartMode::Sweep;
    SweepAxis sweepAxis = SweepAxis::Tokens;
    QStringList compareModelIds = {QStringLiteral("llama-2-7b"), QStringLiteral("llama-2-13b"),
                                   QStringLiteral("llama-2-70b"), QStringLiteral("llama-3-70b")};

    QJsonObject toJson() const;
    // Reads what toJson() wrote. Any field that is missing, of the wrong type,
    // out of range or unknown to `catalog` makes the whole read fail with a
    // message, so that a corrupt file never yields a half-valid scenario.
    static std::optional<Scenario> fromJson(const QJsonObject &json, const Catalog &catalog, QString *error);

    // The estimate these settings describe, or nullopt with `error` set.
    std::optional<EstimateInput> toInput(const Catalog &catalog, QString *error) const;
    QList<GpuConfig> gpuConfigs(const Catalog &catalog) const;
    // The GPUs the estimate runs on: the planned row's count, 1 without rows.
    int plannedGpuCount() const;
    QList<ModelSpec> compareModels(const Catalog &catalog) const;

    bool operator==(const Scenario &other) const;
};

} // namespace vram
