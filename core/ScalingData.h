// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ByteUnit.h"
#include "EstimateInput.h"
#include "GpuConfig.h"

#include <QList>

namespace vram {

// Memory against tokens per request, one curve per concurrency: the data of the
// KV scaling view. Points are exact bytes; crossings are where a curve passes a
// capacity (the largest tokens that still fit, from the exact solver).
struct ScalingCurve {
    qint64 concurrency = 0;
    bool current = false;
    QList<qint64> tokens;
    QList<qint64> bytes; // total, or KV cache only
};

struct ScalingCrossing {
    qint64 concurrency = 0;
    int capacityIndex = 0;
    qint64 maxTokens = 0; // the largest tokens that fit; 0 when nothing does
    qint64 bytesAtMax = 0;
};

struct ScalingData {
    QList<ScalingCurve> curves;
    QList<ScalingCrossing> crossings; // within the token range only
    QString error;
};

// Concurrencies 1, 2, 4 … 256 plus the current one; tokens from 128 to 1M on the
// slider's ladder. kvOnly drops weights and overhead.
ScalingData buildScaling(const EstimateInput &input, const QList<GpuConfig> &capacities, bool kvOnly);

// The heat map: total bytes over a tokens × concurrency grid.
struct MemoryGrid {
    QList<qint64> tokens;      // columns
    QList<qint64> concurrency; // rows
    QList<qint64> totals;      // row-major: totals[row * tokens.size() + column]
    QString error;

    qint64 at(int row, int column) const { return totals.at(row * tokens.size() + column); }
};

MemoryGrid buildGrid(const EstimateInput &input, const QList<qint64> &tokens, const QList<qint64> &concurrency);
// The heat map's default axes: 128 … 1M tokens and 1 … 1024 requests on the slider ladders.
QList<qint64> gridTokens();
QList<qint64> gridConcurrency();

} // namespace vram
