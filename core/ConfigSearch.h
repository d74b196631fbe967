// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GpuConfig.h"
#include "MemoryModel.h"

#include <QList>

namespace vram {

// One GPU kind with the fewest of its GPUs that hold an estimate.
struct ConfigOption {
    GpuConfig config;
    qint64 costCentsPerHour = 0; // 0 when the catalogue has no price for the kind
    bool priced() const { return costCentsPerHour > 0; }
};

// Answers "what should I run this on?" from the catalogue.
class ConfigSearch
{
public:
    // Every kind that can hold the estimate with at most `maxCount` GPUs (one
    // server by default), cheapest first; kinds without a price follow, the
    // least memory bought first.
    static QList<ConfigOption> rank(const MemoryModel &model, const QList<GpuSpec> &gpus, int maxCount = 8);
    // The cheapest priced option, if any kind with a price holds the estimate.
    static std::optional<ConfigOption> cheapest(const MemoryModel &model, const QList<GpuSpec> &gpus, int maxCount = 8);
    // The kinds the cheapest search cannot rank because they have no price, by display name.
    static QStringList unpriced(const QList<GpuSpec> &gpus);
};

} // namespace vram
