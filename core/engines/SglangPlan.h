// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GpuSpec.h"
#include "MemoryModel.h"
#include "StartupMemory.h"

#include <QString>

namespace vram {

// The NSA pool's page for DeepSeek's sparse attention (server_args, is_deepseek_nsa).
constexpr qint64 kNsaPageTokens = 64;

// SGLang's defaults for one GPU kind (ServerArgs._handle_gpu_memory_settings, v0.5): the chunked
// prefill size and the largest CUDA-graph batch by the GPU's memory, and from them (and the
// piecewise CUDA graphs of the prefill, where captured) the memory it reserves outside the static
// share and so --mem-fraction-static.
struct SglangDefaults {
    qint64 gpuMemMiB = 0;            // the GPU's total as SGLang reads it (MiB)
    qint64 chunkedPrefillSize = 0;
    int cudaGraphMaxBs = 0;
    int piecewiseGraphSizes = 0;     // token counts captured as piecewise CUDA graphs; 0 when off
    qint64 reservedMiB = 0;          // activations and CUDA graphs, estimated by SGLang's rule
    qint64 memFractionStaticPpm = 0; // (gpu_mem − reserved) / gpu_mem, rounded to 3 decimals
    static SglangDefaults forGpu(const GpuSpec &gpu, const EstimateInput &input);
    // _generate_piecewise_cuda_graph_tokens: how many token counts up to maxTokens SGLang captures.
    static int piecewiseGraphSizesUpTo(qint64 maxTokens);
};

// What SGLang does on one GPU kind at start-up (ModelRunner.profile_max_num_token, init_memory_pool
// and the scheduler's limits): the KV pool it allocates, as it prints it ("KV Cache is allocated.
// #tokens: N", "max_total_num_tokens=N … max_running_requests=R"), or why it stops. Byte figures
// are per GPU; the model's tensor-parallel size is the number of GPUs.
struct SglangPlan {
    SglangDefaults defaults;
    qint64 memFractionStaticPpm = 0; // as set, or SGLang's default
    qint64 cudaTotal = 0;
    bool cudaTotalKnown = false;
    qint64 freeBefore = 0;           // "Load weight begin. avail mem": the total less the start-up memory
    qint64 weights = 0;              // this rank's share
    qint64 freeAfter = 0;            // "Load weight end. avail mem"
    qint64 sharedRest = 0;           // freeAfter − freeBefore × (1 − mem_fraction_static): the pools' room
    // Hybrid models (ModelRunner.handle_max_mamba_cache): the state pool takes mamba_full_memory_ratio
    // 0.9 : 1 of that room in whole requests' states, its SSM state in float32 (--mamba-ssm-dtype's
    // default), before the KV pool gets the rest.
    qint64 statePerRequest = 0;      // one request's convolution and SSM states on this rank
    qint64 mambaCacheSize = 0;       // "Mamba Cache is allocated. max_mamba_cache_size: N"
    // The pool allocates N + 1 states (slot 0 is kept aside), one beyond what the share counted:
    qint64 convStateBytes = 0;       // "conv_state size": (N + 1) × one request's convolution state
    qint64 ssmStateBytes = 0;        // "ssm_state size": (N + 1) × one request's SSM state
    qint64 mambaStateBytes = 0;      // both
    // States one running request may hold under the radix cache: 3, and 2 more for the ping-pong
    // buffers of the extra_buffer strategy, SGLang's default for Mamba-2 and Gated DeltaNet models
    // with the overlap scheduler (calculate_mamba_ratio).
    int statesPerRunningRequest = 0;
    qint64 rest = 0;                 // what the KV pool gets: sharedRest less N states
    // Models SGLang gives a sliding-window pool (is_hybrid_swa_model: gpt-oss, Llama 4, Gemma 4, …;
    // set_num_tokens_hybrid_swa): the pool's room, sized for every layer, is split so that the
    // windowed layers hold --swa-full-tokens-ratio (0.8) as many tokens as the full layers.
    bool slidingPool = false;
    int fullLayers = 0;              // the model's full-attention layers
    int windowedLayers = 0;          // its sliding (or chunked) layers
    int window = 0;                  // tokens a windowed layer attends to
    qint64 profiledTokens = 0;       // ⌊rest / cell⌋ before the split: what the request slots are sized by
    qint64 swaTokens = 0;            // "swa_layer_tokens"; maxTotalNumTokens is "full_layer_tokens"
    qint64 cellBytes = 0;            // K and V of one token on this rank
    qint64 maxTotalNumTokens = 0;    // ⌊rest / cell⌋, capped by --max-total-tokens, whole pages
    qint64 kvPoolBytes = 0;          // the K and V buffers allocated, each with its padding page
    qint64 contextLength = 0;        // --context-length, else the model's
    qint64 pageSize = 1;             // --page-size
    qint64 maxRunningRequests = 0;
    qint64 scenarioTokens = 0;       // the scenario's requests, each in whole pages
    bool starts = false;             // SGLang allocates a pool of at least one page
    bool scenarioFits = false;       // and every request of the scenario has its tokens and a slot
    QString error;                   // why SGLang would not start, or why no plan can be made

    static SglangPlan build(const MemoryModel &model, const GpuSpec &gpu);
    // The most requests of `tokens` the started engine runs at once: the pool's whole pages and the
    // scheduler's cap (which the state pool lowers for hybrid models); 0 beyond the context length.
    qint64 maxConcurrencyAt(qint64 tokens) const;
    // The most tokens each of `concurrency` requests can have in the pool, in whole pages; 0 when the
    // scheduler does not run that many at once. Not capped by the context length.
    qint64 maxTokensAt(qint64 concurrency) const;
    // The static share: (the total less start-up memory) × mem_fraction_static, which the weights
    // and the KV pool must fit in.
    static qint64 budgetFor(const GpuSpec &gpu, const EstimateInput &input);
    // Why SGLang would not take this model or cache type on this many GPUs; empty when it would.
    static QString layoutError(const EstimateInput &input);
    // Tokens one request of `tokens` takes in the pool: whole pages of --page-size.
    static qint64 pagedTokens(qint64 tokens, qint64 pageSize) { return (tokens + pageSize - 1) / pageSize * pageSize; }
    // The page SGLang uses: --page-size, except for DeepSeek's sparse attention (a lightning indexer),
    // whose NSA pool it pages in 64 tokens whatever was asked (server_args: "Setting page size to 64
    // for DeepSeek DSA").
    static qint64 pageSizeFor(const EstimateInput &input);
    // That fixed page for such a model, 0 where --page-size applies.
    static qint64 fixedPageSize(const ModelSpec &model);
    // Whether SGLang keeps this model's windowed layers in a pool of their own (by its
    // architecture class, as SGLang decides).
    static bool poolsWindows(const ModelSpec &model);
    // Tokens one request keeps in a windowed layer: its tokens up to the window, in whole pages.
    static qint64 windowedTokens(const ModelSpec &model, qint64 tokens, qint64 pageSize);
    // The K and V one request of `tokens` takes on all the GPUs together: every cached layer holds
    // its tokens in whole pages, a windowed layer of a sliding-pool model at most its window.
    static qint64 requestBytes(const MemoryModel &model, qint64 tokens);
    // One request's recurrent state on each of `tp` ranks as SGLang keeps it (mamba2_cache_params):
    // the convolution state in the model's type, the SSM state in float32; 0 without recurrent layers.
    static qint64 statePerRequestFor(const ModelSpec &model, int tp);
    static qint64 convStatePerRequestFor(const ModelSpec &model, int tp);
    static qint64 ssmStatePerRequestFor(const ModelSpec &model, int tp);
    // What the state pool of `cacheSize` states allocates on each rank ("conv_state size",
    // "ssm_state size"): cacheSize + 1 states, as MambaPool keeps slot 0 aside.
    static qint64 convPoolBytes(const ModelSpec &model, int tp, qint64 cacheSize);
    static qint64 ssmPoolBytes(const ModelSpec &model, int tp, qint64 cacheSize);
};

} // namespace vram
