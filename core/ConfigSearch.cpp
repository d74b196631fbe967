// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigSearch.h"

#include "FitAnalyzer.h"

#include <algorithm>

namespace vram {

QList<ConfigOption> ConfigSearch::rank(const MemoryModel &model, const QList<GpuSpec> &gpus, int maxCount)
{
    QList<ConfigOption> options;
    if (!model.isValid())
        return options;
    for (const GpuSpec &gpu : gpus) {
        const qint64 n = FitAnalyzer::gpusNeeded(model, gpu, maxCount);
        if (n <= 0)
            continue;
        options.append({{gpu, int(n)}, n * gpu.priceCentsPerHour});
    }
    std::stable_sort(options.begin(), options.end(), [](const ConfigOption &a, const ConfigOption &b) {
        if (a.priced() != b.priced())
            return a.priced();
        if (a.priced())
            return a.costCentsPerHour < b.costCentsPerHour;
        return a.config.capacityBytes() < b.config.capacityBytes();
    });
    return options;
}

std::optional<ConfigOption> ConfigSearch::cheapest(const MemoryModel &model, const QList<GpuSpec> &gpus, int maxCount)
{
    const QList<ConfigOption> options = rank(model, gpus, maxCount);
    if (options.isEmpty() || !options.first().priced())
        return std::nullopt;
    return options.first();
}

QStringList ConfigSearch::unpriced(const QList<GpuSpec> &gpus)
{
    QStringList names;
    for (const GpuSpec &g : gpus)
        if (g.priceCentsPerHour <= 0)
            names << g.displayName();
    return names;
}

} // namespace vram
