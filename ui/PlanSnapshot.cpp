// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanSnapshot.h"

#include "LaunchCommand.h"
#include "Phrase.h"

#include "ConfigSearch.h"
#include "FitAnalyzer.h"
#include "MemoryModel.h"
#include "ScalingData.h"

#include <QCoreApplication>

using namespace vram;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PlanSnapshot)
};

QString chartTitle(const Scenario &s, const EstimateInput &in)
{
    // %3 × %4: "4,096 tokens × 1 request"
    if (s.chartMode == ChartMode::CompareModels)
        return Text::tr("Models compared: %1 weights, %2 KV cache, %3 × %4")
            .arg(in.weights.displayName(), in.kvCache.name, tokenCount(in.tokens), requestCount(in.concurrency));
    return Text::tr("%1: %2 weights, %3 KV cache, %4 × %5")
        .arg(in.model.name, in.weights.displayName(), in.kvCache.name, tokenCount(in.tokens), requestCount(in.concurrency));
}
} // namespace

PlanSnapshot PlanSnapshot::build(const Scenario &s, const Catalog &catalog, bool kvOnly,
                                 const QList<ScenarioFile> &compared, int views)
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
    if (input->method == EstimateMethod::LlamaCpp)
        snap.answer.llamaCpp = model.llamaCpp().memoryAt(input->tokens, input->concurrency);
    snap.answer.cheapest = ConfigSearch::cheapest(model, catalog.gpus());
    snap.answer.unpriced = ConfigSearch::unpriced(catalog.gpus());
    if (isEngineMethod(input->method) && !snap.answer.fits.isEmpty()) {
        // The command starts the row the bars are planned for.
        const int row = std::clamp(s.plannedRow, 0, int(snap.answer.fits.size()) - 1);
        const FitResult &fit = snap.answer.fits.at(row);
        snap.answer.command = LaunchCommand::build(FitAnalyzer::modelFor(model, fit.config.deviceCount(), fit.config.gpu), fit);
    }
    snap.answer.prices = s.prices;
    // The lines show what each method may fill: vLLM's and SGLang's share, llama.cpp's CUDA total.
    // vLLM and SGLang lay out each GPU count on its own, so the bars hold for the planned row's count only: the lines
    // of other counts would compare against bars that are not theirs (the answer has them).
    if (splitsByTensorParallel(input->method))
        snap.chart.capacities.removeIf([&](const GpuConfig &c) { return c.deviceCount() != s.plannedGpuCount(); });
    for (GpuConfig &config : snap.chart.capacities)
        config = FitAnalyzer::usableConfig(config, *input);
    switch (s.chartMode) {
    case ChartMode::Sweep:
        snap.chart.data = buildSweep(*input, s.sweepAxis, QLocale());
        break;
    case ChartMode::CompareModels:
        snap.chart.data = buildComparison(*input, s.compareModels(catalog));
        break;
    case ChartMode::CompareScenarios: {
        QList<QPair<QString, EstimateInput>> inputs{{Text::tr("Current"), *input}};
        for (const ScenarioFile &f : compared) {
            Catalog withModels = catalog;
            for (const ModelSpec &m : f.models)
                if (!withModels.model(m.id))
                    withModels.addModel(m);
            if (const auto other = f.scenario.toInput(withModels, nullptr))
                inputs.append({f.name, *other});
        }
        snap.chart.data = buildScenarioComparison(inputs);
        break;
    }
    }
    snap.chart.title = s.chartMode == ChartMode::CompareScenarios ? Text::tr("Scenarios compared") : chartTitle(s, *input);
    if (splitsByTensorParallel(input->method) && s.chartMode != ChartMode::CompareScenarios && !s.gpus.isEmpty())
        snap.chart.title = Text::tr("%1, on %n GPU(s)", "the chart title, then the planned row's GPU count",
                                    s.plannedGpuCount())
                               .arg(snap.chart.title);
    snap.chart.maxContext = input->model.maxContext;

    if (views & ScalingView)
        snap.scaling = {buildScaling(*input, snap.chart.capacities, kvOnly), snap.chart.capacities, s.unit, kvOnly,
                    Text::tr("How memory grows with tokens: %1, %2 weights, %3 KV cache")
                        .arg(input->model.name, input->weights.displayName(), input->kvCache.name),
                    input->model.maxContext};
    if (views & MapView)
        snap.map = {buildGrid(*input, gridTokens(), gridConcurrency()), snap.chart.capacities, s.unit, input->tokens,
                input->concurrency,
                Text::tr("Total GPU memory over tokens × requests: %1").arg(input->model.name), input->model.maxContext};
    return snap;
}
