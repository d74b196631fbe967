// SPDX-License-Identifier: GPL-3.0-or-later
// How fast core computes: full estimates per second, and a 1,000 × 1,000 sweep.
#include "Catalog.h"
#include "ConfigSearch.h"
#include "FitAnalyzer.h"
#include "MemoryModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace vram;

namespace {
EstimateInput articleInput()
{
    const Catalog &c = Catalog::builtIn();
    const DataType fp16 = *c.dataType(QStringLiteral("fp16"));
    return EstimateInput{*c.model(QStringLiteral("gemma-2-9b")), fp16, fp16, EstimateMethod::Exact, 4096, 10, 100000, {}};
}

template<typename F>
double secondsFor(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const EstimateInput input = articleInput();
    volatile qint64 sink = 0;

    // A full estimate: validate the input, build the KV layout, compute every term.
    constexpr int kEstimates = 2'000'000;
    const double full = secondsFor([&] {
        for (int i = 0; i < kEstimates; ++i) {
            EstimateInput in = input;
            in.tokens = 1 + (i & 65535);
            sink = sink + MemoryModel(in).bytes().total;
        }
    });
    std::printf("full estimates (validate + layout + terms): %.2f million/s (%d in %.3f s)\n",
                kEstimates / full / 1e6, kEstimates, full);

    const MemoryModel model(input);
    const double sweep = secondsFor([&] {
        for (qint64 t = 1; t <= 1000; ++t)
            for (qint64 c = 1; c <= 1000; ++c)
                sink = sink + model.bytesAt(t * 128, c).total;
    });
    std::printf("sweep of 1,000 tokens x 1,000 requests (10^6 points, Gemma-2 9B with windows): %.2f ms, "
                "%.1f million points/s\n",
                sweep * 1e3, 1.0 / sweep);

    constexpr int kFits = 100'000;
    const GpuConfig gpu{*Catalog::builtIn().gpu(QStringLiteral("h100-80gb")), 8};
    const double fits = secondsFor([&] {
        for (int i = 0; i < kFits; ++i)
            sink = sink + FitAnalyzer::analyze(model, gpu).maxConcurrency;
    });
    std::printf("fit analyses with both solvers: %.0f thousand/s\n", kFits / fits / 1e3);

    constexpr int kExplains = 100'000;
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    const double explains = secondsFor([&] {
        for (int i = 0; i < kExplains; ++i)
            sink = sink + model.explain(ByteUnit::GB, locale).total.formula.size();
    });
    std::printf("breakdowns with formula text: %.0f thousand/s\n", kExplains / explains / 1e3);

    // The engine methods: a vLLM start-up plan, and the whole "what fits" search over the
    // catalogue (every kind, every accepted tensor-parallel size up to 8) that the window
    // redoes on each change.
    EstimateInput vllm = input;
    vllm.method = EstimateMethod::Vllm;
    const MemoryModel vllmModel(vllm);
    constexpr int kPlans = 200'000;
    const double plans = secondsFor([&] {
        for (int i = 0; i < kPlans; ++i)
            sink = sink + VllmPlan::build(vllmModel, gpu.gpu).numBlocks;
    });
    std::printf("vLLM start-up plans: %.2f million/s\n", kPlans / plans / 1e6);
    constexpr int kSearches = 2'000;
    const QList<GpuSpec> gpus = Catalog::builtIn().gpus();
    const double searches = secondsFor([&] {
        for (int i = 0; i < kSearches; ++i)
            sink = sink + ConfigSearch::rank(vllmModel, gpus).size();
    });
    std::printf("cheapest-configuration searches, vLLM, %lld GPU kinds: %.3f ms each\n", qint64(gpus.size()),
                searches / kSearches * 1e3);
    EstimateInput llama = input;
    llama.method = EstimateMethod::LlamaCpp;
    const MemoryModel llamaModel(llama);
    const double llamaSweep = secondsFor([&] {
        for (qint64 t = 1; t <= 1000; ++t)
            for (qint64 c = 1; c <= 1000; ++c)
                sink = sink + llamaModel.bytesAt(t * 128, c).total;
    });
    std::printf("llama.cpp sweep of 10^6 points: %.2f ms\n", llamaSweep * 1e3);
    // A configuration every layer does not fit: the analysis also works out what llama-server's --fit
    // places there (a search over the layer counts), as the window does on each change.
    const GpuConfig small{*Catalog::builtIn().gpu(QStringLiteral("rtx-4090")), 1};
    constexpr int kLlamaFits = 2'000;
    bool fitted = false;
    const double llamaFits = secondsFor([&] {
        for (int i = 0; i < kLlamaFits; ++i) {
            const FitResult r = FitAnalyzer::analyze(llamaModel, small);
            fitted = r.llamaCppFit.has_value();
            sink = sink + r.maxConcurrency;
        }
    });
    std::printf("llama.cpp fit analyses where every layer does not fit%s: %.3f ms each\n",
                fitted ? " (with --fit's placement)" : "", llamaFits / kLlamaFits * 1e3);
    const double llamaSearches = secondsFor([&] {
        for (int i = 0; i < kSearches / 10; ++i)
            sink = sink + ConfigSearch::rank(llamaModel, gpus).size();
    });
    std::printf("cheapest-configuration searches, llama.cpp: %.3f ms each\n", llamaSearches / (kSearches / 10) * 1e3);
    return sink == 42 ? 1 : 0;
}
