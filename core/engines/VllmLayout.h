// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EstimateInput.h"

#include <QString>
#include <optional>

namespace vram {

constexpr qint64 kVllmBlockTokens = 16;
// DeepSeek V3.2's sparse attention runs on FlashMLA-sparse, whose pages hold 64 tokens
// (vllm/platforms/cuda.py: "Forcing kv cache block size to 64 for FlashMLASparse backend").
constexpr qint64 kVllmSparseMlaBlockTokens = 64;
// vLLM's fp8_ds_mla latent (MLAAttentionSpec.real_page_size_bytes): 512 FP8 values, four float32
// scales and the 64 RoPE values in BF16 — 656 B a token in a layer.
constexpr qint64 kVllmFp8DsMlaTokenBytes = 656;

// One GPU as vLLM (V1, 0.8–0.10) lays it out: a tensor-parallel rank of the
// largest pipeline stage; the same on every GPU kind. The GPU's budget is
// applied by VllmPlan.
struct VllmLayout {
    int tensorParallel = 1;
    int pipelineParallel = 1;
    int stageLayers = 0;          // layers on the largest pipeline stage (all of them without a pipeline)
    int kvHeadsPerRank = 0;       // 0 for latent attention: the latent is replicated on every rank
    qint64 kvBytesPerToken = 0;   // one token, every layer of the stage, this rank
    qint64 blockBytes = 0;        // one block id: a page of blockTokens tokens in each of groupLayers layers
    // vLLM's KV cache groups (the hybrid allocator, 0.10 and later). A model with one kind of
    // layer has one group of every layer of the stage. One that mixes full and sliding-window
    // layers has groups of groupLayers layers each, one kind to a group, the last of a kind
    // padded; a block id is one page in one layer of every group position, so a block costs
    // groupLayers pages and each group holds its own blocks for every request.
    int fullGroups = 1;
    int slidingGroups = 0;
    int stateGroups = 0;          // groups of recurrent layers (Mamba, Gated DeltaNet): one block a request
    int groupLayers = 0;          // the stage's largest group (its stageLayers with one group)
    int attentionLayers = 0;      // the stage's layers that cache K and V (all of them in most models)
    qint64 layerBytesPerToken = 0;// one layer's K and V (or latent) of one token on a rank
    qint64 blockTokens = kVllmBlockTokens; // grown with recurrent layers so that a page holds one state
    qint64 statePageBytes = 0;    // one recurrent layer's state on this rank, before padding:
    qint64 convPageBytes = 0;     // its convolution state...
    qint64 ssmPageBytes = 0;      // ...and its SSM (or linear-attention) state
    qint64 latentBytes = 0;       // DeepSeek V3.2 (sparse MLA): one layer's latent of one token...
    qint64 indexerBytes = 0;      // ...and its indexer key (0 for every other model)
    qint64 slidingWindow = 0;     // tokens a sliding-window layer attends to
    qint64 slidingCapTokens = 0;  // window − 1 + max_num_batched_tokens: what a sliding group holds at most
    qint64 weights = 0;           // this rank's share of the weights
    qint64 activation = 0;        // peak of the profiling forward pass
    qint64 nonTorch = 0;          // CUDA context, cuBLAS/NCCL workspaces
    qint64 cudaGraphs = 0;        // estimated and kept out of the KV cache (vLLM ≥ 0.11)
    // vLLM-Ascend (engine.platformBlockTokens set): its graphs (ACL's) are captured after the KV cache,
    // outside the budget (vllm_ascend/worker/worker.py, determine_available_memory).
    bool graphsOutsideBudget = false;
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
    // Blocks of `blockTokens` tokens one request of `tokens` tokens holds in one full-attention group.
    static qint64 blocksFor(qint64 tokens, qint64 blockTokens = kVllmBlockTokens)
    {
        return (tokens + blockTokens - 1) / blockTokens;
    }
    int groups() const { return fullGroups + slidingGroups + stateGroups; }
    // With `block` 0, the layout's own blockTokens.
    // What one sliding-window group holds for a request of `tokens` tokens: its blocks, no more than
    // the admission cap ⌈(window − 1 + max_num_batched_tokens) / block⌉ + 1 (SlidingWindowSpec).
    qint64 slidingBlocksFor(qint64 tokens, qint64 block = 0) const;
    // Block ids a request of `tokens` tokens holds over every group.
    qint64 requestBlocks(qint64 tokens, qint64 block = 0) const;
    // vLLM's max_memory_usage for one request of max_model_len tokens, in block ids: what it checks
    // at start-up and divides the cache by for "Maximum concurrency".
    qint64 maxUsageBlocks(qint64 maxModelLen, qint64 block = 0) const;
    // Activation, non-torch memory and CUDA graphs: the "overhead" of a vLLM rank.
    qint64 overhead() const { return activation + nonTorch + cudaGraphs; }
    // What is taken from the budget before the KV cache.
    qint64 beforeKv() const { return weights + overhead() - (graphsOutsideBudget ? cudaGraphs : 0); }
};

// Between 0.11 and 0.96 GiB in V1 start-up logs ("Graph capturing finished … took X GiB"); 0.5 GiB is assumed.
// vLLM up to 0.10 captured the graphs after sizing the KV cache, so they came on top of the budget.
constexpr qint64 kVllmCudaGraphBytes = qint64(1) << 29;

} // namespace vram
