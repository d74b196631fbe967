// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScalingData.h"

#include "FitAnalyzer.h"
#include "MemoryModel.h"
#include "ValueLadder.h"

#include <algorithm>

namespace vram {

QList<qint64> gridTokens()
{
    const ValueLadder ladder = ValueLadder::powersOfTwoWithHalves(qint64(1) << 20);
    QList<qint64> values;
    for (qint64 v : ladder.values())
        if (v >= 128)
            values << v;
    return values;
}

QList<qint64> gridConcurrency()
{
    return ValueLadder::powersOfTwoWithHalves(1024).values();
}

ScalingData buildScaling(const EstimateInput &input, const QList<GpuConfig> &capacities, bool kvOnly)
{
    ScalingData data;
    const MemoryModel model(input);
    if (!model.isValid()) {
        data.error = model.error();
        return data;
    }
    QList<qint64> concurrencies;
    for (qint64 c = 1; c <= 256; c *= 2)
        concurrencies << c;
    if (!concurrencies.contains(input.concurrency))
        concurrencies.insert(std::lower_bound(concurrencies.begin(), concurrencies.end(), input.concurrency),
                             input.concurrency);
    const QList<qint64> tokens = gridTokens();
    for (qint64 c : concurrencies) {
        ScalingCurve curve;
        curve.concurrency = c;
        curve.current = c == input.concurrency;
        for (qint64 t : tokens) {
            const MemoryBytes b = model.bytesAt(t, c);
            if (!b.ok)
                break;
            curve.tokens << t;
            curve.bytes << (kvOnly ? b.kvCache : b.total);
        }
        data.curves << curve;
        // Where the total crosses each capacity: exact, not read off the sampled points.
        for (int i = 0; i < capacities.size(); ++i) {
            const qint64 cap = capacities.at(i).capacityBytes();
            const qint64 maxTokens = FitAnalyzer::maxTokens(model, c, cap);
            if (maxTokens >= tokens.first() && maxTokens < tokens.last())
                data.crossings << ScalingCrossing{c, i, maxTokens, model.bytesAt(maxTokens, c).total};
        }
    }
    return data;
}

MemoryGrid buildGrid(const EstimateInput &input, const QList<qint64> &tokens, const QList<qint64> &concurrency)
{
    MemoryGrid grid;
    const MemoryModel model(input);
    if (!model.isValid()) {
        grid.error = model.error();
        return grid;
    }
    grid.tokens = tokens;
    grid.concurrency = concurrency;
    grid.totals.reserve(tokens.size() * concurrency.size());
    for (qint64 c : concurrency)
        for (qint64 t : tokens) {
            const MemoryBytes b = model.bytesAt(t, c);
            grid.totals << (b.ok ? b.total : kMaxBytes);
        }
    return grid;
}

} // namespace vram
