// SPDX-License-Identifier: GPL-3.0-or-later
#include "SglangPlan.h"

#include "Phrase.h"
#include "VllmLayout.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SglangPlan)
};

constexpr qint64 kMiB = qint64(1) << 20;

QString gb(qint64 bytes)
{
    return formatBytesIn(bytes, ByteUnit::GiB, QLocale::c()); // SGLang prints GiB and calls them GB
}

int windowOf(const ModelSpec &m)
{
    return m.layerCount(LayerKind::Sliding) > 0 ? m.slidingWindow : m.chunkSize;
}

// set_num_tokens_hybrid_swa: the profiled tokens' bytes shared so that full × (F × n_full) +
// full × ratio × (S × n_swa) fill them, each count in whole pages.
void splitSlidingPool(SglangPlan &p, qint64 layerBytes, int window, qint64 ratioPpm)
{
    p.window = window;
    const qint64 page = p.pageSize;
    if (p.fullLayers == 0) { // every layer slides
        p.swaTokens = p.maxTotalNumTokens;
        return;
    }
    const Wide bytes = Wide(p.profiledTokens) * p.cellBytes;
    const Wide perFullTokenPpm = Wide(layerBytes) * (Wide(p.fullLayers) * kPpm + Wide(p.windowedLayers) * ratioPpm);
    const qint64 full = perFullTokenPpm > 0 ? qint64(bytes * kPpm / perFullTokenPpm) : 0;
    p.swaTokens = qint64(Wide(full) * ratioPpm / kPpm) / page * page;
    p.maxTotalNumTokens = full / page * page;
    p.kvPoolBytes = qint64((Wide(p.maxTotalNumTokens + page) * p.fullLayers + Wide(p.swaTokens + page) * p.windowedLayers)
                           * layerBytes);
}
} // namespace

bool SglangPlan::poolsWindows(const ModelSpec &m)
{
    // model_config.py, is_hybrid_swa_model; Gemma 2/3, Mistral and Cohere2 are not among them, so
    // SGLang keeps their sliding layers in the full pool.
    static const QStringList classes{QStringLiteral("GptOssForCausalLM"), QStringLiteral("Llama4ForConditionalGeneration"),
                                     QStringLiteral("Gemma4ForCausalLM"), QStringLiteral("Gemma4ForConditionalGeneration"),
                                     QStringLiteral("MiMoV2FlashForCausalLM"), QStringLiteral("Step3p5ForCausalLM")};
    return classes.contains(m.architecture)
           && m.windowedLayerCount() > 0 && windowOf(m) > 0;
}

qint64 SglangPlan::windowedTokens(const ModelSpec &m, qint64 tokens, qint64 pageSize)
{
    const qint64 page = std::max<qint64>(1, pageSize);
    const qint64 paged = pagedTokens(tokens, page);
    return poolsWindows(m) ? std::min(paged, pagedTokens(windowOf(m), page)) : paged;
}

qint64 SglangPlan::requestBytes(const MemoryModel &model, qint64 tokens)
{
    const ModelSpec &m = model.input().model;
    const VllmLayout &l = model.vllm();
    const qint64 page = pageSizeFor(model.input());
    if (!poolsWindows(m))
        return narrow(Wide(pagedTokens(tokens, page)) * l.kvBytesPerToken * l.gpus()).value_or(-1);
    // Over every layer of one tensor-parallel rank, then its tensor-parallel peers.
    const Wide rank = (Wide(pagedTokens(tokens, page)) * m.layerCount(LayerKind::Full)
                       + Wide(windowedTokens(m, tokens, page)) * m.windowedLayerCount())
                      * l.layerBytesPerToken;
    return narrow(rank * model.input().engine.tensorParallel).value_or(-1);
}

qint64 SglangPlan::pageSizeFor(const EstimateInput &in)
{
    const qint64 fixed = fixedPageSize(in.model);
    return fixed > 0 ? fixed : std::max<qint64>(1, in.engine.pageSize);
}

qint64 SglangPlan::fixedPageSize(const ModelSpec &model)
{
    return model.indexHeadDim > 0 ? kNsaPageTokens : 0;
}

int SglangDefaults::piecewiseGraphSizesUpTo(qint64 maxTokens)
{
    // The capture sizes: 4…32 by 4, 48…256 by 16, 288…512 by 32, 576…1,024 by 64, 1,280…4,096 by 256,
    // then by 512.
    struct Step { qint64 from, to, by; };
    static constexpr Step steps[] = {{4, 32, 4}, {48, 256, 16}, {288, 512, 32}, {576, 1024, 64}, {1280, 4096, 256},
                                     {4608, std::numeric_limits<qint64>::max(), 512}};
    qint64 count = 0;
    for (const Step &s : steps)
        if (maxTokens >= s.from)
            count += (std::min(maxTokens, s.to) - s.from) / s.by + 1;
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

SglangDefaults SglangDefaults::forGpu(const GpuSpec &gpu, const EstimateInput &in)
{
    const EngineSettings &e = in.engine;
    SglangDefaults d;
    d.gpuMemMiB = gpu.memoryBytes / kMiB;
    const qint64 g = d.gpuMemMiB;
    const bool wide = e.tensorParallel >= 4;
    // The tiers of _handle_gpu_memory_settings: more memory, larger chunks and graph batches.
    if (g < 20 * 1024) {
        d.chunkedPrefillSize = 2048;
        d.cudaGraphMaxBs = 8;
    } else if (g < 35 * 1024) {
        d.chunkedPrefillSize = 2048;
        d.cudaGraphMaxBs = wide ? 80 : 24;
    } else if (g < 60 * 1024) {
        d.chunkedPrefillSize = 4096;
        d.cudaGraphMaxBs = wide ? 160 : 32;
    } else if (g < 160 * 1024) {
        d.chunkedPrefillSize = 8192;
        d.cudaGraphMaxBs = wide ? 512 : 256;
    } else {
        d.chunkedPrefillSize = 16384;
        d.cudaGraphMaxBs = 512;
    }
    if (e.sglangChunkedPrefillSize > 0)
        d.chunkedPrefillSize = e.sglangChunkedPrefillSize;
    // 512 MiB of attention metadata, 1.5 MiB per prefill token, 2 MiB per graph batch and
    // 128 MiB per GPU of the parallel group; at least 10 GiB above 60 GiB.
    d.reservedMiB = 512 + std::max<qint64>(d.chunkedPrefillSize, 2048) * 3 / 2 + qint64(d.cudaGraphMaxBs) * 2
                    + qint64(e.tensorParallel) * e.pipelineParallel * 128;
    // Piecewise CUDA graphs of the prefill, up to a chunk (2,048 tokens with MLA, whose kernels
    // would otherwise change): 8 MiB of non-torch memory per captured size.
    if (e.sglangPiecewiseCudaGraph) {
        const bool latent = in.model.attentionKind() == AttentionKind::MultiHeadLatent;
        d.piecewiseGraphSizes = piecewiseGraphSizesUpTo(latent ? 2048 : d.chunkedPrefillSize);
        d.reservedMiB += qint64(d.piecewiseGraphSizes) * 8;
    }
    if (g > 60 * 1024)
        d.reservedMiB = std::max<qint64>(d.reservedMiB, 10 * 1024);
    // round((g − reserved) / g, 3), in millionths.
    if (g > d.reservedMiB)
        d.memFractionStaticPpm = ((g - d.reservedMiB) * 2000 + g) / (2 * g) * 1000;
    return d;
}

qint64 SglangPlan::convStatePerRequestFor(const ModelSpec &m, int tp)
{
    if (!m.hasRecurrentLayers() || tp < 1)
        return 0;
    const qint64 perRank = m.convStateElementsPerRank(tp);
    return perRank < 0 ? -1 : narrow(Wide(perRank) * m.convStateBytes * m.recurrentLayerCount()).value_or(-1);
}

qint64 SglangPlan::ssmStatePerRequestFor(const ModelSpec &m, int tp)
{
    if (!m.hasRecurrentLayers() || tp < 1)
        return 0;
    const qint64 perRank = m.ssmStateElementsPerRank(tp);
    return perRank < 0 ? -1 : narrow(Wide(perRank) * 4 * m.recurrentLayerCount()).value_or(-1);
}

qint64 SglangPlan::convPoolBytes(const ModelSpec &m, int tp, qint64 cacheSize)
{
    return narrow(Wide(cacheSize + 1) * convStatePerRequestFor(m, tp)).value_or(-1);
}

qint64 SglangPlan::ssmPoolBytes(const ModelSpec &m, int tp, qint64 cacheSize)
{
    return narrow(Wide(cacheSize + 1) * ssmStatePerRequestFor(m, tp)).value_or(-1);
}

qint64 SglangPlan::statePerRequestFor(const ModelSpec &m, int tp)
{
    const qint64 conv = convStatePerRequestFor(m, tp);
    const qint64 ssm = ssmStatePerRequestFor(m, tp);
    return conv < 0 || ssm < 0 ? -1 : narrow(Wide(conv) + ssm).value_or(-1);
}

QString SglangPlan::layoutError(const EstimateInput &in)
{
    const DataType &kv = in.kvCache;
    // --kv-cache-dtype: auto (the model's 16- or 32-bit type) or an FP8 format.
    if (kv.kind != DataType::Kind::Float) {
        return Text::tr("SGLang has no %1 KV cache; use FP16, BF16, FP32 or FP8 (--kv-cache-dtype fp8_e4m3).").arg(kv.name);
    }
    const ModelSpec &m = in.model;
    const int tp = in.engine.tensorParallel;
    const int pp = in.engine.pipelineParallel;
    // A recurrent layer's state is split over the ranks by its heads and groups; a split that would
    // replicate groups is not modelled.
    if (m.hasRecurrentLayers() && m.convStateElementsPerRank(tp) < 0)
        return Text::tr("SGLang's split of %1's recurrent state over %2 GPUs is not modelled: its %3 recurrent heads must "
                        "divide by --tp, and its %4 groups too (or, for Mamba-2, divide it). Use fewer GPUs or the exact "
                        "method.")
            .arg(m.name)
            .arg(tp)
            .arg(m.recurrentHeads)
            .arg(m.recurrentGroups);
    if (VllmLayout::acceptsTensorParallel(m, tp) && pp >= 1 && pp <= m.layers)
        return {};
    QStringList nearest;
    const int gpus = tp * pp;
    for (int lower = gpus - 1; lower >= 1 && nearest.isEmpty(); --lower)
        if (VllmLayout::split(m, lower, in.engine.pipelineStages))
            nearest << QString::number(lower);
    for (int higher = gpus + 1; higher <= kMaxTensorParallel; ++higher)
        if (VllmLayout::split(m, higher, in.engine.pipelineStages)) {
            nearest << QString::number(higher);
            break;
        }
    return Text::tr("SGLang cannot run this model on %1 GPUs: --tp must divide its %2 attention heads, --tp and its %3 "
                    "KV heads must divide one another, and --pp-size may be at most its %4 layers. Nearest counts that "
                    "work: %5.")
        .arg(gpus)
        .arg(m.heads)
        .arg(m.kvHeads)
        .arg(m.layers)
        .arg(nearest.isEmpty() ? Text::tr("none") : joinList(nearest));
}

qint64 SglangPlan::budgetFor(const GpuSpec &gpu, const EstimateInput &in)
{
    const EngineSettings &e = in.engine;
    const qint64 f = e.memFractionStaticPpm > 0 ? e.memFractionStaticPpm : SglangDefaults::forGpu(gpu, in).memFractionStaticPpm;
    EngineSettings onGpu = e;
    onGpu.setPlatform(gpu);
    const qint64 freeBefore = std::max<qint64>(0, gpu.allocatableBytes() - engineStartupBytes(onGpu));
    return qint64(Wide(freeBefore) * f / kPpm);
}

SglangPlan SglangPlan::build(const MemoryModel &model, const GpuSpec &gpu)
{
    if (!model.input().engine.onPlatform(gpu)) // a PCIe-only server starts up smaller
        return build(MemoryModel(model.input().onPlatform(gpu)), gpu);
    SglangPlan p;
    const EstimateInput &in = model.input();
    p.error = model.planError(EstimateMethod::Sglang);
    if (!p.error.isEmpty())
        return p;
    const EngineSettings &e = in.engine;
    const VllmLayout &l = model.vllm(); // the rank's share of weights and cache, as vLLM splits them
    p.defaults = SglangDefaults::forGpu(gpu, in);
    p.memFractionStaticPpm = e.memFractionStaticPpm > 0 ? e.memFractionStaticPpm : p.defaults.memFractionStaticPpm;
    p.cudaTotalKnown = gpu.cudaTotalBytes > 0;
    p.cudaTotal = gpu.allocatableBytes();
    p.freeBefore = std::max<qint64>(0, p.cudaTotal - engineStartupBytes(e));
    p.weights = l.weights;
    p.freeAfter = p.freeBefore - p.weights;
    p.sharedRest = p.freeAfter - qint64(Wide(p.freeBefore) * (kPpm - p.memFractionStaticPpm) / kPpm);
    p.rest = p.sharedRest;
    // A hybrid model's state pool first: mamba_full_memory_ratio 0.9 of state to 1 of KV, in whole states.
    p.statePerRequest = statePerRequestFor(in.model, l.gpus());
    if (p.statePerRequest < 0) {
        p.error = Text::tr("The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.");
        return p;
    }
    if (p.statePerRequest > 0 && p.rest > 0) {
        p.mambaCacheSize = qint64(Wide(p.rest) * 9 / 19 / p.statePerRequest);
        p.rest -= p.mambaCacheSize * p.statePerRequest; // within rest
        p.convStateBytes = convPoolBytes(in.model, l.gpus(), p.mambaCacheSize);
        p.ssmStateBytes = ssmPoolBytes(in.model, l.gpus(), p.mambaCacheSize);
        p.mambaStateBytes = p.convStateBytes + p.ssmStateBytes; // one state beyond rest at most
    }
    if (p.statePerRequest > 0) {
        const RecurrentMixer mixer = in.model.recurrentMixer;
        p.statesPerRunningRequest = mixer == RecurrentMixer::Mamba2 || mixer == RecurrentMixer::GatedDeltaNet ? 5 : 3;
    }
    // A calibration from an SGLang log of this setup moves the pool by what that log's pool showed.
    if (e.calibration.kvPool != 0 && p.rest > 0)
        p.rest = std::max<qint64>(0, p.rest + e.calibration.kvPool);
    const qint64 page = pageSizeFor(in);
    p.pageSize = page;
    p.slidingPool = poolsWindows(in.model);
    p.fullLayers = in.model.layerCount(LayerKind::Full);
    p.windowedLayers = in.model.windowedLayerCount();
    // A sliding-pool model's cell counts every layer of the model (get_cell_size_per_token).
    p.cellBytes = p.slidingPool ? l.layerBytesPerToken * (p.fullLayers + p.windowedLayers) : l.kvBytesPerToken;
    qint64 tokens = p.rest > 0 && p.cellBytes > 0 ? p.rest / p.cellBytes : 0;
    if (e.maxTotalTokens > 0)
        tokens = std::min(tokens, e.maxTotalTokens);
    p.profiledTokens = tokens / page * page;
    p.maxTotalNumTokens = p.profiledTokens;
    // Each pool's buffers hold one page more than it counts: page 0 takes the padded tokens' dummy
    // writes (MHATokenToKVPool / MLATokenToKVPool._create_buffers: size + page_size rows), so the
    // K size SGLang prints is (#tokens + page) × cell. Within rest plus one page, so within 2^63.
    p.kvPoolBytes = p.maxTotalNumTokens > 0 ? (p.maxTotalNumTokens + page) * p.cellBytes : 0;
    if (p.slidingPool)
        splitSlidingPool(p, l.layerBytesPerToken, windowOf(in.model), e.swaFullTokensRatioPpm);
    p.contextLength = e.contextLength > 0 ? e.contextLength : in.model.maxContext;
    // The scheduler's limit: half the pool, or --max-running-requests, within the request-slot pool
    // (ModelRunner: max_num_reqs = how many context-long requests the profiled pool holds × 512,
    // between 2,048 and 4,096, or --max-running-requests; ReqToTokenPool(size=max_num_reqs + 1)
    // keeps one slot more, so SGLang prints 2,049 where the clamp gives 2,048).
    const qint64 requestSlots = std::clamp<qint64>(qint64(Wide(p.profiledTokens) * 512 / std::max<qint64>(1, p.contextLength)), 2048, 4096);
    p.maxRunningRequests = e.maxRunningRequests > 0 ? e.maxRunningRequests
                                                    : std::min(requestSlots + 1, p.maxTotalNumTokens / 2);
    // The state pool caps the running requests at the states each may hold.
    if (p.statesPerRunningRequest > 0)
        p.maxRunningRequests = std::min(p.maxRunningRequests, p.mambaCacheSize / p.statesPerRunningRequest);
    const auto scenario = narrow(Wide(in.concurrency) * pagedTokens(in.tokens, page));
    if (!scenario) {
        p.error = Text::tr("The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.");
        return p;
    }
    p.scenarioTokens = *scenario;

    // SGLang checks --context-length against the model's config before it loads anything.
    if (p.contextLength > in.model.maxContext) {
        p.error = Text::tr("SGLang refuses to start: --context-length (%1 tokens) is longer than the %2 tokens the model's "
                           "config allows; it goes beyond only with SGLANG_ALLOW_OVERWRITE_LONGER_CONTEXT_LEN=1.")
                      .arg(formatCount(p.contextLength, QLocale()), formatCount(in.model.maxContext, QLocale()));
        return p;
    }
    if (p.statePerRequest > 0 && p.mambaCacheSize < p.statesPerRunningRequest) {
        p.error = Text::tr("SGLang would run no request: after the weights (%1) the state pool holds %n recurrent "
                           "state(s) of %2, fewer than the %3 one running request may hold. Raise "
                           "--mem-fraction-static or use more GPUs.",
                           nullptr, int(p.mambaCacheSize))
                      .arg(gb(p.weights), formatBytes(p.statePerRequest, ByteUnit::GiB, QLocale()))
                      .arg(p.statesPerRunningRequest);
        return p;
    }
    if (p.maxTotalNumTokens <= 0) {
        p.error = Text::tr("SGLang stops at start-up (\"Not enough memory. Please try to increase --mem-fraction-static.\"): "
                           "after the weights (%1) the static share of %2 (%3 × mem_fraction_static %4) leaves no room "
                           "for the KV cache. Raise --mem-fraction-static or use more GPUs.")
                      .arg(gb(p.weights), gb(budgetFor(gpu, in)), gb(p.freeBefore), formatPpmAsFraction(p.memFractionStaticPpm));
        return p;
    }
    p.starts = true;
    p.scenarioFits = in.tokens <= p.contextLength && p.scenarioTokens <= p.maxTotalNumTokens
                     && in.concurrency <= p.maxRunningRequests
                     && (!p.slidingPool || Wide(in.concurrency) * windowedTokens(in.model, in.tokens, page) <= p.swaTokens);
    return p;
}

qint64 SglangPlan::maxConcurrencyAt(qint64 tokens) const
{
    if (!starts || tokens > contextLength)
        return 0;
    const qint64 perRequest = pagedTokens(std::max<qint64>(1, tokens), pageSize);
    qint64 most = std::min(maxRunningRequests, maxTotalNumTokens / perRequest);
    if (slidingPool) // each request keeps up to the window in the windowed layers' pool too
        most = std::min(most, swaTokens / std::min(perRequest, pagedTokens(window, pageSize)));
    return most;
}

qint64 SglangPlan::maxTokensAt(qint64 concurrency) const
{
    if (!starts || concurrency > maxRunningRequests)
        return 0;
    const qint64 requests = std::max<qint64>(1, concurrency);
    qint64 tokens = maxTotalNumTokens / requests;
    // Requests whose windows fill the windowed pool before their tokens fill the full one.
    if (slidingPool && Wide(requests) * pagedTokens(window, pageSize) > swaTokens)
        tokens = std::min(tokens, swaTokens / requests);
    return tokens / pageSize * pageSize;
}

} // namespace vram
