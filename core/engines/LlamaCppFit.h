// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EstimateInput.h"
#include "GpuSpec.h"

#include <QList>
#include <QString>

namespace vram {

// llama.cpp's --fit-target default: the memory --fit leaves free on each device (common/arg.cpp,
// -fitt 1024 MiB; ggml-org/llama.cpp#16653 prints "cannot fulfill margin of 1024 MiB on all devices");
// Ollama 0.30 and later leaves LLAMA_ARG_FIT_TARGET to it unless a vision projector is loaded.
constexpr qint64 kLlamaCppFitTargetBytes = qint64(1024) << 20;

// What llama.cpp's --fit (llama_params_fit_impl in src/llama.cpp; on by default in llama-server since
// late 2025, and how Ollama 0.30 and later places a model) makes of -ngl and --tensor-split when the
// user leaves them unset and sets the context: if every layer on the GPUs leaves each device its
// target free, nothing changes; otherwise it fills the devices back to front, each with the most
// whole layers (the output head counted as one, on the last device) that leave it the target free.
// Mixture-of-experts models: llama.cpp first moves the expert tensors of the layers that do not fit
// to system memory and offloads more of each layer; the plan offloads whole layers (`wholeLayersOnly`),
// so its GPU share of such a model is what llama.cpp reaches before it splits layers.
struct LlamaCppFit {
    bool changed = false;          // false: every layer and the output head fit as asked
    int gpuLayers = -1;            // -ngl as llama.cpp sets it; -1 when unchanged (every layer)
    QList<int> layersPerDevice;    // --tensor-split as llama.cpp sets it (layer slots per device)
    bool wholeLayersOnly = false;  // a mixture-of-experts model, fitted by whole layers here
    QString error;

    // `in` is the llama.cpp run (-c tokens × concurrency, -np concurrency); the devices each have
    // their allocatable total free. llama.cpp fits only a layer split it chooses itself: callers
    // leave out a --tensor-split, a row split, or one main GPU of several.
    static bool applies(const EstimateInput &in, const QList<GpuSpec> &devices);
    static LlamaCppFit fit(const EstimateInput &in, qint64 weightsBytes, const QList<GpuSpec> &devices,
                           qint64 targetBytes = kLlamaCppFitTargetBytes);
};

} // namespace vram
