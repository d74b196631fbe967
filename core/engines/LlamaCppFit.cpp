// SPDX-License-Identifier: GPL-3.0-or-later
#include "LlamaCppFit.h"

#include "LlamaCppLayout.h"

#include <QCoreApplication>
#include <numeric>
#include <optional>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(LlamaCppFit)
};

// What --fit counts on a device: its own buffers (weights, K and V, compute). On unified memory the
// host's buffers share the memory, but llama.cpp's fit counts them against the host, not the GPU.
qint64 deviceBytes(const LlamaCppDevice &d)
{
    return d.weights + d.kv + d.compute;
}

// Each device's bytes when device i holds perDevice[i] layer slots, whole layers split as llama.cpp
// splits them for `-ngl Σ --tensor-split perDevice`; empty when a figure passes 2^63 bytes.
QList<qint64> usedWith(const EstimateInput &in, qint64 weightsBytes, const QList<GpuSpec> &devices,
                       const QList<int> &perDevice)
{
    const int slotCount = std::accumulate(perDevice.begin(), perDevice.end(), 0);
    QList<qint64> used(devices.size(), 0);
    if (slotCount == 0)
        return used; // nothing offloaded: the compute buffer stays with the host
    EstimateInput probe = in;
    probe.engine.gpuLayers = slotCount;
    probe.engine.splitMode = EngineSettings::SplitMode::Layer;
    probe.engine.tensorSplit.clear();
    for (int n : perDevice)
        probe.engine.tensorSplit << qint64(n) * kPpm;
    const LlamaCppLayout layout = LlamaCppLayout::build(probe, weightsBytes);
    const QList<LlamaCppDevice> split = layout.isValid() ? layout.split(devices, in.tokens, in.concurrency)
                                                         : QList<LlamaCppDevice>{};
    if (split.size() != devices.size())
        return {};
    for (qsizetype i = 0; i < split.size(); ++i)
        used[i] = deviceBytes(split.at(i));
    return used;
}
} // namespace

bool LlamaCppFit::applies(const EstimateInput &in, const QList<GpuSpec> &devices)
{
    // llama_params_fit_impl aborts on a user's -ngl, a user's --tensor-split and a row split; with
    // --split-mode none the run is the main GPU's alone, which this fit over every device is not.
    if (in.engine.gpuLayers >= 0)
        return false;
    if (devices.size() > 1 && (!in.engine.tensorSplit.isEmpty() || in.engine.splitMode != EngineSettings::SplitMode::Layer))
        return false;
    return !devices.isEmpty();
}

LlamaCppFit LlamaCppFit::fit(const EstimateInput &in, qint64 weightsBytes, const QList<GpuSpec> &devices,
                             qint64 targetBytes)
{
    LlamaCppFit f;
    const int n = int(devices.size());
    if (n == 0) {
        f.error = Text::tr("No GPU to fit the model to.");
        return f;
    }
    f.wholeLayersOnly = in.model.experts > 0;
    QList<qint64> target;
    for (const GpuSpec &g : devices)
        target << g.allocatableBytes() - targetBytes;
    const auto overflow = Text::tr("The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.");

    // Step 1: every layer, split by each device's free memory (the run as asked).
    EstimateInput asked = in;
    asked.engine.gpuLayers = -1;
    asked.engine.tensorSplit.clear();
    const LlamaCppLayout full = LlamaCppLayout::build(asked, weightsBytes);
    if (!full.isValid()) {
        f.error = full.error();
        return f;
    }
    const QList<LlamaCppDevice> fullSplit = full.split(devices, in.tokens, in.concurrency);
    if (fullSplit.size() != n) {
        f.error = overflow;
        return f;
    }
    bool fits = true;
    for (int i = 0; i < n; ++i) {
        f.layersPerDevice << fullSplit.at(i).layers + (fullSplit.at(i).output ? 1 : 0);
        fits = fits && deviceBytes(fullSplit.at(i)) <= target.at(i);
    }
    if (fits)
        return f;

    // Step 3 (the context is the user's, so step 2 changes nothing): back to front, each device the
    // most slots that leave it its target. llama.cpp searches by false position; with memory
    // growing in the slots, the largest count that fits is what that search ends on.
    const int slotCount = full.layerCount() + 1;
    QList<int> per(n, 0);
    for (int id = n - 1; id >= 0; --id) {
        const int later = std::accumulate(per.begin() + id + 1, per.end(), 0);
        const int unassigned = slotCount - later;
        const auto fitsWith = [&](int count) -> std::optional<bool> {
            QList<int> probe = per;
            probe[id] = count;
            const QList<qint64> used = usedWith(in, weightsBytes, devices, probe);
            if (used.isEmpty())
                return std::nullopt;
            return used.at(id) <= target.at(id);
        };
        int low = 0, high = unassigned; // low fits (nothing on the device); is high too?
        const auto all = fitsWith(high);
        if (!all) {
            f.error = overflow;
            return f;
        }
        if (*all) {
            per[id] = high;
            continue;
        }
        while (high - low > 1) {
            const int mid = low + (high - low) / 2;
            const auto ok = fitsWith(mid);
            if (!ok) {
                f.error = overflow;
                return f;
            }
            (*ok ? low : high) = mid;
        }
        per[id] = low;
    }
    f.changed = true;
    f.gpuLayers = std::accumulate(per.begin(), per.end(), 0);
    f.layersPerDevice = per;
    return f;
}

} // namespace vram
