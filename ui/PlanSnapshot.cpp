// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanSnapshot.h"

#include "FitAnalyzer.h"
#include "MemoryModel.h"

#include <QCoreApplication>

using namespace vram;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PlanSnapshot)
};

QString chartTitle(const Scenario &s, const EstimateInput &in)
{
    const QLocale locale;
    if (s.chartMode == ChartMode::CompareModels)
        return Text::tr("Models compared: %1 weights, %2 KV cache, %3 tokens × %4 requests")
            .arg(in.weights.name, in.kvCache.name, formatCount(in.tokens, locale), formatCount(in.concurrency, locale));
    return Text::tr("%1: %2 weights, %3 KV cache, %4 tokens × %5 requests")
        .arg(in.model.name, in.weights.name, in.kvCache.name, formatCount(in.tokens, locale),
             formatCount(in.concurrency, locale));
}
} // namespace

PlanSnapshot PlanSnapshot::build(const Scenario &s, const Catalog &catalog)
{
    PlanSnapshot snap;
    snap.chart.unit = snap.answer.unit = s.unit;
    snap.chart.mode = s.chartMode;
    snap.chart.axis = s.sweepAxis;
    snap.chart.capacities = s.gpuConfigs(catalog);
    const auto input = s.toInput(catalog, &snap.error);
    if (!input)
        return snap;
    const MemoryModel model(*input);
    snap.answer.input = *input;
    snap.answer.breakdown = model.explain(s.unit, QLocale());
    if (!snap.answer.breakdown.error.isEmpty()) {
        snap.error = snap.answer.breakdown.error;
        return snap;
    }
    for (const GpuConfig &config : snap.chart.capacities)
        snap.answer.fits.append(FitAnalyzer::analyze(model, config));
    snap.chart.data = s.chartMode == ChartMode::Sweep ? buildSweep(*input, s.sweepAxis, QLocale())
                                                      : buildComparison(*input, s.compareModels(catalog));
    snap.chart.title = chartTitle(s, *input);
    return snap;
}
