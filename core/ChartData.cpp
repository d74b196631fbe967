// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartData.h"
#include "ByteUnit.h"
#include "MemoryModel.h"

#include <algorithm>

namespace vram {

QList<qint64> sweepValues(SweepAxis axis, qint64 current, qint64 maxContext)
{
    QList<qint64> values;
    if (axis == SweepAxis::Concurrency) {
        for (qint64 v = 1; v <= 256; v *= 2)
            values.append(v);
    } else {
        for (qint64 v = 128; v <= maxContext; v *= 2)
            values.append(v);
        values = values.mid(std::max<qsizetype>(0, values.size() - 9));
        if (!values.contains(maxContext))
            values.append(maxContext);
    }
    if (!values.contains(current))
        values.insert(std::lower_bound(values.begin(), values.end(), current), current);
    return values;
}

QString shortCount(qint64 value, const QLocale &locale)
{
    const qint64 mega = qint64(1) << 20;
    if (value >= mega && value % mega == 0)
        return numberLocale(locale).toString(value / mega) + QLatin1Char('M');
    if (value >= 1024 && value % 1024 == 0)
        return numberLocale(locale).toString(value / 1024) + QLatin1Char('K');
    return formatCount(value, locale);
}

namespace {
bool fillBar(ChartBar &bar, const MemoryBytes &b)
{
    if (!b.ok)
        return false;
    bar.weights = b.weights;
    bar.kvCache = b.kvCache;
    bar.recurrentState = b.recurrentState;
    bar.overhead = b.overhead;
    bar.total = b.total;
    return true;
}
// One bar per labelled input at its own tokens and requests; `current` (an index, or -1) is highlighted.
ChartData comparisonBars(const QList<QPair<QString, EstimateInput>> &entries, int current)
{
    ChartData data;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto &[label, input] = entries.at(i);
        const MemoryModel model(input);
        ChartBar bar;
        bar.label = label;
        bar.modelId = input.model.id;
        bar.modelName = input.model.name;
        bar.tokens = input.tokens;
        bar.concurrency = input.concurrency;
        bar.current = i == current;
        if (!model.isValid()) {
            data.error = model.error();
            continue;
        }
        if (fillBar(bar, model.bytes()))
            data.bars.append(bar);
    }
    return data;
}
} // namespace

ChartData buildSweep(const EstimateInput &input, SweepAxis axis, const QLocale &locale)
{
    ChartData data;
    const MemoryModel model(input);
    if (!model.isValid()) {
        data.error = model.error();
        return data;
    }
    const qint64 current = axis == SweepAxis::Tokens ? input.tokens : input.concurrency;
    for (qint64 value : sweepValues(axis, current, input.model.maxContext)) {
        ChartBar bar;
        bar.tokens = axis == SweepAxis::Tokens ? value : input.tokens;
        bar.concurrency = axis == SweepAxis::Concurrency ? value : input.concurrency;
        bar.modelId = input.model.id;
        bar.modelName = input.model.name;
        bar.label = axis == SweepAxis::Tokens ? shortCount(value, locale) : formatCount(value, locale);
        bar.current = value == current;
        if (!fillBar(bar, model.bytesAt(bar.tokens, bar.concurrency)))
            continue; // beyond 2^63 bytes: shown as missing rather than wrapped
        data.bars.append(bar);
    }
    return data;
}

ChartData buildComparison(const EstimateInput &input, const QList<ModelSpec> &models)
{
    QList<QPair<QString, EstimateInput>> entries;
    int current = -1;
    // The current model is always one of the bars, first when it was not chosen.
    QList<ModelSpec> shown = models;
    if (std::none_of(shown.begin(), shown.end(), [&](const ModelSpec &m) { return m.id == input.model.id; }))
        shown.prepend(input.model);
    for (const ModelSpec &spec : shown) {
        if (spec.id == input.model.id)
            current = int(entries.size());
        EstimateInput each = input;
        each.model = spec;
        entries.append({spec.name, each});
    }
    return comparisonBars(entries, current);
}

ChartData buildScenarioComparison(const QList<QPair<QString, EstimateInput>> &scenarios)
{
    return comparisonBars(scenarios, 0);
}

} // namespace vram
