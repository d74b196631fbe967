// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EstimateInput.h"

#include <QString>
#include <optional>

namespace vram {

constexpr qint64 kVllmBlockTokens = 16;

// One GPU as vLLM (V1, 0.8–0.10) lays it out: a tensor-parallel rank of the
// largest pipeline stage; the same on every GPU kind. The GPU's budget is
// applied by VllmPlan.
struct VllmLayout {
    int tensorParallel = 1;
    int pipelineParallel = 1;
    int stageLayers = 0;          // layers on the largest pipeline stage (all of them without a pipeline)
    int kvHeadsPerRank = 0;       // 0 for latent attention: the latent is replicated on every rank
    qint64 kvBytesPerToken = 0;   // one token, every layer of the stage, this rank
    qint64 blockBytes = 0;        // one 16-token block in every layer of the stage
    qint64 weights = 0;           // this rank's share of the weights
    qint64 activation = 0;        // peak of the profiling forward pass
    qint64 nonTorch = 0;          // CUDA context, cuBLAS/NCCL workspaces
    qint64 cudaGraphs = 0;        // estimated and kept out of the KV cache (vLLM ≥ 0.11)
    QString error;                // set when vLLM would refuse the model or settings

    static VllmLayout build(const EstimateInput &in, qint64 weightsBytes);
    // vLLM's rule: the attention heads divide by the size, and the KV heads and the size
    // divide one another (latent attention has no KV heads to split). No upper bound:
    // 96 GPUs split a model with 96 heads.
    static bool acceptsTensorParallel(const ModelSpec &model, int tp);

    // How vLLM runs on `gpus` GPUs, tensor parallel × pipeline parallel: `stages` pipeline
    // stages (--pipeline-parallel-size), or with `stages` 0 the largest tensor-parallel size
    // the heads accept and pipeline stages for the rest. A stage needs at least one layer.
    struct Split {
        int tensorParallel = 1;
        int pipelineParallel = 1;
    };
    static std::optional<Split> split(const ModelSpec &model, int gpus, int stages);
    // Sets the engine's sizes for `gpus` GPUs; where no split works, all of them as tensor
    // parallel, which build() then refuses with the nearest counts that work.
    static void assignGpus(EngineSettings &engine, const ModelSpec &model, int gpus);
    int gpus() const { return tensorParallel * pipelineParallel; }

    bool isValid() const { return error.isEmpty(); }
    // Blocks one request of `tokens` tokens holds.
    static qint64 blocksFor(qint64 tokens) { return (tokens + kVllmBlockTokens - 1) / kVllmBlockTokens; }
    // Activation, non-torch memory and CUDA graphs: the "overhead" of a vLLM rank.
    qint64 overhead() const { return activation + nonTorch + cudaGraphs; }
    // What is taken from the budget before the KV cache.
    qint64 beforeKv() const { return weights + overhead(); }
};

// Observed in vLLM's profiling logs for one GPU (0.35 GiB, vllm-project/vllm#10517).
constexpr qint64 kVllmNonTorchBytes = 375809638;
// Between 0.11 and 0.96 GiB in V1 start-up logs ("Graph capturing finished … took X GiB"); 0.5 GiB is assumed.
// vLLM up to 0.10 captured the graphs after sizing the KV cache, so they came on top of the budget.
constexpr qint64 kVllmCudaGraphBytes = qint64(1) << 29;

} // namespace vram
