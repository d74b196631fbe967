// SPDX-License-Identifier: GPL-3.0-or-later
#include "OllamaPlan.h"

#include "LlamaCppFit.h"

#include <QCoreApplication>
#include <algorithm>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(OllamaPlan)
};

// Cells Ollama's estimate gives one sliding layer of each request (fs/ggml/ggml.go GraphSize): gpt-oss's
// a fixed 4,096, Gemma 3's its sliding_window ("Gemma3 always uses the Ollama engine"); 0 for the
// architectures whose windows it does not count.
qint64 scheduledWindowCells(const ModelSpec &m)
{
    if (m.architecture == QLatin1String("GptOssForCausalLM"))
        return kOllamaGptOssWindowCells;
    if (m.architecture == QLatin1String("Gemma3ForCausalLM") || m.architecture == QLatin1String("Gemma3ForConditionalGeneration"))
        return m.slidingWindow;
    return 0;
}

// A layer's K and V as Ollama's scheduler counts them: llama.cpp's cells, except the sliding layers
// of the architectures above, which it charges num_parallel × window + num_batch cells of a full
// layer's row.
qint64 scheduledLayerKv(const LlamaCppLayout &l, const EstimateInput &in, int il)
{
    const qint64 window = scheduledWindowCells(in.model);
    if (window <= 0 || in.model.layerKind(il) != LayerKind::Sliding)
        return l.layerKvBytes(il, in.tokens, in.concurrency);
    // num_batch as Ollama passes it: at most its context, num_ctx × num_parallel.
    const Wide batch = std::min<Wide>(Wide(in.tokens) * in.concurrency, kOllamaNumBatch);
    return narrow(Wide(l.fullLayerBytesPerCell()) * (Wide(in.concurrency) * window + batch)).value_or(-1);
}
QString tooLarge()
{
    return Text::tr("The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.");
}

// Ollama before 0.30: its scheduler's own estimate places the layers (llm/memory.go EstimateGPULayers).
bool placeByEstimate(OllamaPlan &p, const MemoryModel &model, const QList<GpuSpec> &gpus)
{
    const EstimateInput &in = model.input();
    const LlamaCppLayout &l = model.llamaCpp();
    const int n = int(gpus.size());
    const int blocks = l.layerCount();
    const qint64 overhead = in.engine.ollamaGpuOverhead;
    const int requested = in.engine.gpuLayers; // num_gpu; -1: as many as fit
    p.layersModel = blocks + 1;
    p.graph = l.computeBufferFor(in.tokens, in.concurrency);
    if (p.graph < 0) {
        p.error = tooLarge();
        return false;
    }
    QList<qint64> layerSize(blocks);
    for (int i = 0; i < blocks; ++i) {
        const qint64 kv = scheduledLayerKv(l, in, i);
        if (kv < 0) {
            p.error = tooLarge();
            return false;
        }
        layerSize[i] = l.layerWeights(i) + kv;
        p.kv += kv;
    }
    const qint64 output = l.outputLayerWeights();

    // GPUs that hold the graph, the minimum, a spare layer and at least one more.
    p.tensorSplit = QList<int>(n, 0);
    p.gpuAllocations = QList<qint64>(n, 0);
    const qint64 spare = blocks > 0 ? layerSize.first() : 0;
    QList<int> withSpace;
    for (int i = 0; i < n; ++i) {
        if (Wide(gpus.at(i).allocatableBytes()) < Wide(overhead) + p.graph + kOllamaMinimumBytes + 2 * Wide(spare))
            continue;
        withSpace << i;
        p.gpuAllocations[i] += kOllamaMinimumBytes + spare; // the graph is added once full or partial is known
    }
    // From the last layer down, each to the next GPU in turn that still has room; a GPU without
    // room for a layer is dropped for the rest.
    const auto place = [&](qint64 size, int turn) {
        for (int j = int(withSpace.size()); j > 0; --j) {
            const int g = withSpace.at(turn % j);
            if (Wide(gpus.at(g).allocatableBytes()) > Wide(overhead) + p.gpuAllocations.at(g) + p.graph + size) {
                p.gpuAllocations[g] += size;
                p.tensorSplit[g] += 1;
                p.layers += 1;
                return;
            }
            withSpace.removeAt(turn % j);
        }
    };
    Wide overflow = 0;
    for (int i = blocks - 1; i >= 0; --i) {
        if ((requested >= 0 && p.layers >= requested) || withSpace.isEmpty()) {
            overflow += layerSize.at(i);
            continue;
        }
        const int before = p.layers;
        place(layerSize.at(i), i);
        if (p.layers == before)
            overflow += layerSize.at(i);
    }
    if (requested < 0 || p.layers < requested) {
        const int before = p.layers;
        if (!withSpace.isEmpty())
            place(output, p.layers);
        if (p.layers == before)
            overflow += output;
    } else {
        overflow += output;
    }
    Wide partial = 0;
    for (int i = 0; i < n; ++i) {
        if (p.tensorSplit.at(i) > 0)
            p.gpuAllocations[i] += p.graph;
        partial += p.gpuAllocations.at(i);
    }
    const auto partialBytes = narrow(partial);
    const auto fullBytes = narrow(partial + overflow);
    if (!partialBytes || !fullBytes) {
        p.error = tooLarge();
        return false;
    }
    p.requiredPartial = *partialBytes;
    p.requiredFull = *fullBytes;

    return true;
}

// Ollama 0.30 and later (ollama#16031, llm/llama_server.go): llama-server with -c num_ctx ×
// OLLAMA_NUM_PARALLEL, and -ngl only when num_gpu is set, so llama.cpp's --fit places the layers,
// leaving its 1,024 MiB target free (OLLAMA_GPU_OVERHEAD no longer reaches the runner).
bool placeByFit(OllamaPlan &p, const MemoryModel &model, const QList<GpuSpec> &gpus)
{
    const EstimateInput &in = model.input();
    const LlamaCppLayout &l = model.llamaCpp();
    p.fitted = true;
    p.layersModel = l.layerCount() + 1;
    p.graph = l.computeBufferFor(in.tokens, in.concurrency);
    const LlamaCppMemory all = l.memoryAt(in.tokens, in.concurrency);
    if (p.graph < 0 || !all.ok) {
        p.error = tooLarge();
        return false;
    }
    p.kv = all.kvBytes;
    if (in.engine.gpuLayers >= 0) { // num_gpu set: --fit leaves -ngl as given, split by free memory
        p.layers = std::min(in.engine.gpuLayers, p.layersModel);
        return true;
    }
    EstimateInput run = OllamaPlan::runnerInput(in);
    run.method = EstimateMethod::LlamaCpp;
    const LlamaCppFit fit = LlamaCppFit::fit(run, model.weightsBytes(), gpus);
    if (!fit.error.isEmpty()) {
        p.error = fit.error;
        return false;
    }
    p.fitChanged = fit.changed;
    p.wholeLayersOnly = fit.wholeLayersOnly;
    p.layers = fit.changed ? fit.gpuLayers : p.layersModel;
    p.tensorSplit = fit.layersPerDevice;
    return true;
}

// What llama.cpp allocates once the layers are placed: -ngl and --tensor-split by the layer counts.
bool runPlaced(OllamaPlan &p, const MemoryModel &model, const QList<GpuSpec> &gpus)
{
    const EstimateInput &in = model.input();
    EstimateInput runner = p.fitted ? OllamaPlan::runnerInput(in) : in;
    runner.method = EstimateMethod::LlamaCpp;
    runner.engine.gpuLayers = p.layers;
    runner.engine.splitMode = EngineSettings::SplitMode::Layer;
    runner.engine.tensorSplit.clear();
    if (gpus.size() > 1 && p.layers > 0 && !p.tensorSplit.isEmpty())
        for (int c : p.tensorSplit)
            runner.engine.tensorSplit << qint64(c) * kPpm;
    const MemoryModel run(runner);
    if (!run.isValid()) {
        p.error = run.error();
        return false;
    }
    p.memory = run.llamaCpp().memoryAt(in.tokens, in.concurrency);
    if (p.layers > 0)
        p.devices = run.llamaCpp().split(gpus, in.tokens, in.concurrency);
    if (!p.fitted)
        return true;
    // What llama-server reports: each GPU's part, and the run's whole (the host's part too).
    p.gpuAllocations.clear();
    Wide onGpus = 0;
    for (const LlamaCppDevice &d : p.devices) {
        p.gpuAllocations << d.bytes();
        onGpus += d.bytes();
    }
    const auto partial = narrow(onGpus);
    const auto whole = narrow(Wide(p.memory.gpuBytes()) + p.memory.cpuBytes());
    if (!partial || !whole || !p.memory.ok) {
        p.error = tooLarge();
        return false;
    }
    p.requiredPartial = *partial;
    p.requiredFull = *whole;
    if (p.tensorSplit.isEmpty())
        for (const LlamaCppDevice &d : p.devices)
            p.tensorSplit << d.layers + (d.output ? 1 : 0);
    return true;
}
} // namespace

EstimateInput OllamaPlan::runnerInput(EstimateInput in)
{
    in.engine.ubatch = std::clamp<qint64>(in.tokens, 1, kOllamaNumBatch);
    return in;
}

OllamaPlan OllamaPlan::build(const MemoryModel &model, const GpuConfig &config)
{
    OllamaPlan p;
    const EstimateInput &in = model.input();
    p.error = model.planError(EstimateMethod::Ollama);
    if (!p.error.isEmpty())
        return p;
    const QList<GpuSpec> gpus = config.devices();
    const bool placed = in.engine.ollamaLegacyScheduler ? placeByEstimate(p, model, gpus) : placeByFit(p, model, gpus);
    if (!placed || !runPlaced(p, model, gpus))
        return p;
    p.fullyLoaded = p.layers >= p.layersModel;
    return p;
}

} // namespace vram
