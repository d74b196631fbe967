// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EstimateInput.h"
#include "GpuConfig.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace vram {

enum class ChartMode { Sweep, CompareModels, CompareScenarios };
enum class SweepAxis { Tokens, Concurrency };

// One stacked bar: its three parts in exact bytes.
struct ChartBar {
    QString label;
    qint64 tokens = 0;
    qint64 concurrency = 0;
    QString modelId;
    QString modelName;
    qint64 weights = 0;
    qint64 kvCache = 0;
    qint64 recurrentState = 0; // of kvCache: the recurrent layers' state
    qint64 overhead = 0;
    qint64 total = 0;
    bool current = false; // the bar for the inputs as they are now
};

struct ChartData {
    QList<ChartBar> bars;
    QString error;
};

// The values a sweep shows, with the current value added in order when it is
// not one of them. Requests: 1, 2, 4 … 256. Tokens: powers of two up to the
// model's context (the last nine from 128 on), and the context itself, so that
// no bar shows a request the model cannot take and the short ones stay visible.
QList<qint64> sweepValues(SweepAxis axis, qint64 current, qint64 maxContext);
// "512", "4K", "128K", "1M", "1,536": short labels for token counts.
QString shortCount(qint64 value, const QLocale &locale);

ChartData buildSweep(const EstimateInput &input, SweepAxis axis, const QLocale &locale);
ChartData buildComparison(const EstimateInput &input, const QList<ModelSpec> &models);
// One bar per named scenario; the first is the current one.
ChartData buildScenarioComparison(const QList<QPair<QString, EstimateInput>> &scenarios);

} // namespace vram
