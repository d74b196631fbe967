// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstimateReport.h"

#include "ConfigSearch.h"
#include "DataTable.h"
#include "Phrase.h"
#include "VllmPlan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

using namespace vram;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EstimateReport)
};

QString row(const QString &label, const QString &value, const QString &formula)
{
    return QStringLiteral("%1  %2  %3\n").arg(padToWidth(label, 16), padToWidth(value, 24), formula);
}
} // namespace

EstimateReport::EstimateReport(const MemoryModel &model, QList<GpuConfig> gpus, ByteUnit unit, QLocale locale,
                               PriceSettings prices)
    : m_model(model)
    , m_gpus(std::move(gpus))
    , m_unit(unit)
    , m_locale(std::move(locale))
    , m_prices(prices)
{
}

QString EstimateReport::bothUnits(qint64 bytes) const
{
    const ByteUnit other = m_unit == ByteUnit::GB ? ByteUnit::GiB : ByteUnit::GB;
    return withNote(formatBytes(bytes, m_unit, m_locale), formatBytes(bytes, other, m_locale));
}

QString EstimateReport::text(const Catalog &catalog) const
{
    const EstimateInput &in = m_model.input();
    const MemoryBreakdown b = m_model.explain(m_unit, m_locale);
    QString out;
    out += Text::tr("%1 (%2), method: %3\n").arg(in.model.name, in.model.id, methodName(in.method));
    out += settingsText();
    if (in.exceedsContext())
        out += Text::tr("Warning: %1\n\n").arg(contextWarning(in));
    out += row(Text::tr("Weights"), bothUnits(b.weights.bytes), b.weights.formula);
    out += row(Text::tr("KV per token"), formatExactBytes(b.kvPerToken.bytes, m_locale), b.kvPerToken.formula);
    out += row(Text::tr("KV cache"), bothUnits(b.kvCache.bytes), b.kvCache.formula);
    if (b.recurrentState.bytes > 0)
        out += row(Text::tr("  of which state"), bothUnits(b.recurrentState.bytes), b.recurrentState.formula);
    out += row(Text::tr("Overhead"), bothUnits(b.overhead.bytes), b.overhead.formula);
    out += row(Text::tr("Total"), bothUnits(b.total.bytes), b.total.formula);
    out += Text::tr("Exact total: %1. GB = 10^9 bytes, GiB = 2^30 bytes.\n").arg(formatExactBytes(b.total.bytes, m_locale));

    if (allocatesAsLlamaCpp(in.method))
        out += llamaCppText();
    QList<FitResult> fits;
    for (const GpuConfig &config : m_gpus)
        fits << FitAnalyzer::analyze(m_model, config);
    const int cheapest = fits.size() > 1 ? FitAnalyzer::cheapestFitting(fits) : -1;
    for (int i = 0; i < fits.size(); ++i) {
        out += vllmText(fits.at(i));
        out += sglangText(fits.at(i));
        out += ollamaText(fits.at(i));
        out += trtLlmText(fits.at(i));
        out += mindieText(fits.at(i));
        out += QLatin1Char('\n') + fitText(fits.at(i), i == cheapest);
    }
    if (m_gpus.isEmpty())
        out += gpusNeededText(catalog);
    if (const QString rate = m_prices.rateText(m_locale); !rate.isEmpty())
        out += Text::tr("Rate: %1.\n").arg(rate);
    return out;
}

QString EstimateReport::settingsText() const
{
    const EstimateInput &in = m_model.input();
    QString out = Text::tr("Weights %1, KV cache %2, %3 per request, %4", "%3: 4,096 tokens; %4: 1 concurrent request")
                      .arg(in.weights.displayName(), in.kvCache.name, tokenCount(in.tokens), concurrentRequestCount(in.concurrency));
    if (isEngineMethod(in.method))
        out = Text::tr("%1, %2", "one more clause of the settings line").arg(out, describeEngineSettings(in.method, in.engine, m_locale));
    else
        out += Text::tr(", overhead %1").arg(formatPpmAsPercent(in.overheadPpm));
    return out + QStringLiteral("\n\n");
}

QString EstimateReport::llamaCppText() const
{
    const EstimateInput &in = m_model.input();
    const auto gib = [&](qint64 bytes) { return formatBytes(bytes, ByteUnit::GiB, m_locale); };
    const LlamaCppMemory mem = m_model.llamaCpp().memoryAt(in.tokens, in.concurrency);
    QString out = QStringLiteral("\n");
    out += Text::tr("llama.cpp: %1 cells per sequence × %2%3\n")
               .arg(formatCount(mem.cellsPerSequence, m_locale), sequenceCount(in.concurrency),
                    mem.swaCellsPerSequence > 0
                        ? (mem.swaHoldsChunks ? Text::tr(", %1 chunk-cache cells per sequence")
                                              : Text::tr(", %1 sliding-window cells per sequence"))
                              .arg(formatCount(mem.swaCellsPerSequence, m_locale))
                        : QString());
    out += Text::tr("  GPU  %1: model %2, KV cache %3, compute buffer %4\n")
               .arg(gib(mem.gpuBytes()), gib(mem.gpuWeights), gib(mem.gpuKv), gib(mem.offloaded ? mem.computeBuffer : 0));
    out += Text::tr("  host %1: model %2, KV cache %3, buffers %4\n")
               .arg(gib(mem.cpuBytes()), gib(mem.cpuWeights), gib(mem.cpuKv), gib(mem.cpuBuffers));
    return out;
}

QString EstimateReport::vllmText(const FitResult &fit) const
{
    if (!fit.vllm)
        return {};
    const VllmPlan &plan = *fit.vllm;
    const VllmLayout &l = plan.layout;
    const auto gib = [&](qint64 bytes) { return formatBytesIn(bytes, ByteUnit::GiB, m_locale); }; // as vLLM prints them
    QString out = QLatin1Char('\n') + (plan.onAscend ? Text::tr("vLLM-Ascend on %1, per NPU:\n") : Text::tr("vLLM on %1, per GPU:\n"))
                                          .arg(fit.config.label());
    out += (plan.onAscend ? Text::tr("  budget %1 = %2 × %3 (CANN total%4)\n") : Text::tr("  budget %1 = %2 × %3 (CUDA total%4)\n"))
               .arg(gib(plan.budget), gib(plan.cudaTotal),
                    formatPpmAsPercent(m_model.input().engine.gpuMemoryUtilizationPpm),
                    plan.cudaTotalKnown ? QString() : Text::tr(" unknown: nvidia-smi's total, a few hundred MiB too high"));
    if (plan.graphsOutsideBudget)
        out += Text::tr("  weights %1, activation peak %2, non-torch %3; ACL graphs %4 after the KV cache, outside the budget\n")
                   .arg(gib(l.weights), gib(l.activation), gib(l.nonTorch), gib(l.cudaGraphs));
    else
        out += Text::tr("  weights %1, activation peak %2, non-torch %3, CUDA graphs %4\n")
                   .arg(gib(l.weights), gib(l.activation), gib(l.nonTorch), gib(l.cudaGraphs));
    if (!plan.error.isEmpty())
        return out + QStringLiteral("  ") + plan.error + QLatin1Char('\n');
    out += Text::tr("  Available KV cache memory: %1\n").arg(gib(plan.availableKv));
    if (l.stateGroups > 0 && plan.onAscend && !m_model.input().engine.vllmAscendWholeStatePages) {
        const qint64 page = plan.blockBytes / std::max(1, l.groupLayers);
        out += Text::tr("  Attention block size %1 tokens: their K holds one recurrent layer's SSM state (%2), the "
                        "convolution state (%3) beside it; a page is %4 in every layer\n")
                   .arg(formatCount(plan.blockTokens, m_locale), formatExactBytes(l.ssmPageBytes, m_locale),
                        formatExactBytes(l.convPageBytes, m_locale), formatExactBytes(page, m_locale));
    } else if (l.stateGroups > 0) { // as vLLM logs it at start-up
        const qint64 page = plan.blockBytes / std::max(1, l.groupLayers);
        out += Text::tr("  Attention block size %1 tokens, so that a page (%2) holds one recurrent layer's state (%3, "
                        "padded by %4%)\n")
                   .arg(formatCount(plan.blockTokens, m_locale), formatExactBytes(page, m_locale),
                        formatExactBytes(l.statePageBytes, m_locale),
                        m_locale.toString(100.0 * double(page - l.statePageBytes) / double(l.statePageBytes), 'f', 2));
    }
    if (l.groups() > 1) // vLLM counts one group's share of the block ids
        out += Text::tr("  GPU KV cache size: %1 tokens (%2 blocks of %3, shared by %4 groups of %5 layers)\n")
                   .arg(formatCount(plan.kvCacheTokens, m_locale), formatCount(plan.numBlocks, m_locale))
                   .arg(plan.blockTokens)
                   .arg(l.groups())
                   .arg(l.groupLayers);
    else
        out += Text::tr("  GPU KV cache size: %1 tokens (%2 blocks of %3)\n")
                   .arg(formatCount(plan.kvCacheTokens, m_locale), formatCount(plan.numBlocks, m_locale))
                   .arg(plan.blockTokens);
    if (plan.kvCacheTokensByConcurrency != plan.kvCacheTokens) // later vLLM counts the windows' saving in
        out += Text::tr("  (vLLM of 2026 prints it as maximum concurrency × max_model_len: %1 tokens)\n")
                   .arg(formatCount(plan.kvCacheTokensByConcurrency, m_locale));
    out += Text::tr("  Maximum concurrency for %1 tokens per request: %2x\n")
               .arg(formatCount(plan.maxModelLen, m_locale), m_locale.toString(plan.maxConcurrency, 'f', 2));
    out += Text::tr("  This scenario needs %1 per GPU: %2\n")
               .arg(gib(plan.perGpuBytes), plan.scenarioFits ? Text::tr("every request gets its KV blocks")
                                                            : Text::tr("not every request gets its KV blocks; vLLM queues the rest"));
    return out;
}

QString EstimateReport::sglangText(const FitResult &fit) const
{
    if (!fit.sglang)
        return {};
    const SglangPlan &plan = *fit.sglang;
    const auto gb = [&](qint64 bytes) { return formatBytesIn(bytes, ByteUnit::GiB, m_locale); }; // SGLang's "GB" are GiB
    QString out = QLatin1Char('\n') + Text::tr("SGLang on %1, per GPU:\n").arg(fit.config.label());
    out += Text::tr("  mem_fraction_static %1%2; chunked_prefill_size %3, cuda_graph_max_bs %4\n")
               .arg(formatPpmAsFraction(plan.memFractionStaticPpm),
                    m_model.input().engine.memFractionStaticPpm > 0
                        ? QString()
                        : Text::tr(" (SGLang's default: (%1 − %2 reserved) / %1 MiB)")
                              .arg(formatCount(plan.defaults.gpuMemMiB, m_locale), formatCount(plan.defaults.reservedMiB, m_locale)))
               .arg(formatCount(plan.defaults.chunkedPrefillSize, m_locale))
               .arg(plan.defaults.cudaGraphMaxBs);
    out += Text::tr("  Load weight begin. avail mem=%1 (CUDA total %2 less %3 at start-up)\n")
               .arg(gb(plan.freeBefore), gb(plan.cudaTotal), gb(plan.cudaTotal - plan.freeBefore));
    out += Text::tr("  Load weight end. avail mem=%1, mem usage=%2\n").arg(gb(plan.freeAfter), gb(plan.weights));
    if (!plan.error.isEmpty())
        return out + QStringLiteral("  ") + plan.error + QLatin1Char('\n');
    if (plan.mambaCacheSize > 0)
        out += Text::tr("  Mamba Cache is allocated. max_mamba_cache_size: %1, conv_state size: %2, ssm_state size: %3 "
                        "(%4 per request state, the SSM state in float32; %5 states a running request)\n")
                   .arg(formatCount(plan.mambaCacheSize, m_locale), gb(plan.convStateBytes), gb(plan.ssmStateBytes),
                        formatBytes(plan.statePerRequest, ByteUnit::GiB, m_locale))
                   .arg(plan.statesPerRunningRequest);
    if (plan.slidingPool) {
        out += Text::tr("  Use sliding window memory pool. full_layer_tokens=%1, swa_layer_tokens=%2 (%3 full-attention "
                        "and %4 windowed layers, a window of %5 tokens)\n")
                   .arg(formatCount(plan.maxTotalNumTokens, m_locale), formatCount(plan.swaTokens, m_locale))
                   .arg(plan.fullLayers)
                   .arg(plan.windowedLayers)
                   .arg(formatCount(plan.window, m_locale));
        out += Text::tr("  SWAKVPool mem usage: %1, swa size: %2, full size: %3\n")
                   .arg(gb(plan.kvPoolBytes), formatCount(plan.swaTokens, m_locale), formatCount(plan.maxTotalNumTokens, m_locale));
    } else if (m_model.input().model.attentionKind() == AttentionKind::MultiHeadLatent) {
        // MLATokenToKVPool (and the NSA pool, indexer keys included) prints one size.
        out += Text::tr("  KV Cache is allocated. #tokens: %1, KV size: %2\n")
                   .arg(formatCount(plan.maxTotalNumTokens, m_locale), gb(plan.kvPoolBytes));
    } else {
        out += Text::tr("  KV Cache is allocated. #tokens: %1, K size: %2, V size: %3\n")
                   .arg(formatCount(plan.maxTotalNumTokens, m_locale), gb(plan.kvPoolBytes / 2), gb(plan.kvPoolBytes / 2));
    }
    out += Text::tr("  max_total_num_tokens=%1, max_running_requests=%2, context_len=%3\n")
               .arg(formatCount(plan.maxTotalNumTokens, m_locale), formatCount(plan.maxRunningRequests, m_locale),
                    formatCount(plan.contextLength, m_locale));
    out += Text::tr("  This scenario takes %1 of the pool's tokens: %2\n")
               .arg(formatCount(plan.scenarioTokens, m_locale),
                    plan.scenarioFits ? Text::tr("every request runs at once")
                                      : Text::tr("not every request runs at once; SGLang queues the rest"));
    return out;
}

QString EstimateReport::trtLlmText(const FitResult &fit) const
{
    if (!fit.trtllm)
        return {};
    const TrtLlmPlan &plan = *fit.trtllm;
    const auto gib = [&](qint64 bytes) { return formatBytesIn(bytes, ByteUnit::GiB, m_locale); }; // as TensorRT-LLM prints them
    QString out = QLatin1Char('\n') + Text::tr("TensorRT-LLM on %1, per GPU:\n").arg(fit.config.label());
    out += Text::tr("  Peak memory during memory usage profiling (torch + non-torch): %1 (weights %2, activations %3, "
                    "CUDA context %4), device total memory %5\n")
               .arg(gib(plan.peak), gib(plan.weights), gib(plan.activation), gib(plan.nonTorch), gib(plan.cudaTotal));
    if (!plan.error.isEmpty())
        return out + QStringLiteral("  ") + plan.error + QLatin1Char('\n');
    out += Text::tr("  available KV cache memory when calculating max tokens: %1, kv size is %2\n")
               .arg(gib(plan.availableKv), formatCount(plan.kvBytesPerToken, m_locale));
    out += Text::tr("  Allocated %1 for max tokens in paged KV cache (%2)\n")
               .arg(gib(plan.kvPoolBytes), formatCount(plan.maxTokens, m_locale));
    out += Text::tr("  Number of blocks in KV cache secondary pool: %1 (%2 of host memory for offloaded blocks)\n")
               .arg(formatCount(plan.secondaryBlocks, m_locale), gib(plan.secondaryBytes));
    out += Text::tr("  This scenario takes %1 of its tokens: %2\n")
               .arg(formatCount(plan.scenarioTokens, m_locale),
                    plan.scenarioFits ? Text::tr("every request runs at once")
                                      : Text::tr("not every request runs at once; TensorRT-LLM queues the rest"));
    return out;
}

QString EstimateReport::mindieText(const FitResult &fit) const
{
    if (!fit.mindie)
        return {};
    const MindiePlan &plan = *fit.mindie;
    const auto gib = [&](qint64 bytes) { return formatBytesIn(bytes, ByteUnit::GiB, m_locale); };
    QString out = QLatin1Char('\n') + Text::tr("MindIE on %1, per NPU (from its documented rule; no published log confirms it "
                                               "yet):\n").arg(fit.config.label());
    out += Text::tr("  total %1 × NPU_MEMORY_FRACTION = %2; weights %3, warm-up workspace %4\n")
               .arg(gib(plan.total), gib(plan.budget), gib(plan.weights), gib(plan.workspace));
    if (!plan.error.isEmpty())
        return out + QStringLiteral("  ") + plan.error + QLatin1Char('\n');
    out += Text::tr("  KV cache %1%2: num_npu_blocks %3 of %4 tokens (%5 tokens), %6 requests of %7 at most\n")
               .arg(gib(plan.kvBytes), plan.fixedSize ? Text::tr(" (npuMemSize)") : QString(),
                    formatCount(plan.numBlocks, m_locale))
               .arg(plan.blockTokens)
               .arg(formatCount(plan.kvTokens, m_locale), m_locale.toString(plan.maxConcurrency, 'f', 2),
                    tokenCount(m_model.input().tokens));
    out += plan.scenarioFits ? Text::tr("  every request gets its blocks\n")
                             : Text::tr("  not every request gets its blocks; MindIE queues the rest\n");
    return out;
}

// "21,20": layers per GPU, as --tensor-split and Ollama's layers.split write them.
static QString joinCounts(const QList<int> &counts)
{
    QStringList parts;
    for (int c : counts)
        parts << QString::number(c);
    return parts.join(QLatin1Char(','));
}

QString EstimateReport::ollamaText(const FitResult &fit) const
{
    if (!fit.ollama)
        return {};
    const OllamaPlan &plan = *fit.ollama;
    const auto gib = [&](qint64 bytes) { return formatBytesIn(bytes, ByteUnit::GiB, m_locale); }; // Ollama prints GiB
    QString out = QLatin1Char('\n') + Text::tr("Ollama on %1:\n").arg(fit.config.label());
    const QString split = joinCounts(plan.tensorSplit);
    if (plan.fitted) {
        out += Text::tr("  0.30 or later: llama-server places the layers (--fit, 1 GiB left free on each GPU): "
                        "%1 of %2, split %3\n")
                   .arg(plan.layers)
                   .arg(plan.layersModel)
                   .arg(split);
        if (plan.wholeLayersOnly)
            out += Text::tr("  a mixture-of-experts model: llama.cpp moves experts to the host first and offloads more "
                            "of each layer; the plan counts whole layers\n");
    } else {
        out += Text::tr("  offload: layers.model=%1 layers.offload=%2 layers.split=%3\n")
                   .arg(plan.layersModel)
                   .arg(plan.layers)
                   .arg(split);
        out += Text::tr("  memory.required.full=%1 memory.required.partial=%2 memory.required.kv=%3 memory.graph.full=%4\n")
                   .arg(gib(plan.requiredFull), gib(plan.requiredPartial), gib(plan.kv), gib(plan.graph));
    }
    out += Text::tr("  llama.cpp then: GPU %1, host %2 (model %3, KV cache %4)\n")
               .arg(gib(plan.memory.gpuBytes()), gib(plan.memory.cpuBytes()), gib(plan.memory.cpuWeights), gib(plan.memory.cpuKv));
    out += plan.fullyLoaded ? Text::tr("  every layer on the GPUs\n")
                            : Text::tr("  %1 of %2 layers on the CPU: slower, but it runs\n")
                                  .arg(plan.layersModel - plan.layers)
                                  .arg(plan.layersModel);
    return out;
}

QString EstimateReport::gpusNeededText(const Catalog &catalog) const
{
    QString out = QLatin1Char('\n') + Text::tr("Fewest GPUs of each kind that hold it:\n");
    for (const GpuSpec &gpu : catalog.gpus()) {
        const qint64 n = FitAnalyzer::gpusNeeded(m_model, gpu);
        out += QStringLiteral("  %1 %2\n")
                   .arg(padToWidth(gpu.displayName(), 22),
                        n > 0 ? Text::tr("%n GPU(s)", nullptr, int(n)) : FitAnalyzer::gpusNeededText(n, m_locale));
    }
    if (const auto best = ConfigSearch::cheapest(m_model, catalog.gpus()))
        out += Text::tr("Cheapest with a listed price (up to 8 GPUs): %1 at %2 (%3)\n")
                   .arg(best->config.label(), m_prices.perHour(best->costCentsPerHour, m_locale),
                        m_prices.perMonth(best->costCentsPerHour, m_locale));
    if (const QStringList skipped = ConfigSearch::unpriced(catalog.gpus()); !skipped.isEmpty())
        out += Text::tr("Skipped, no price: %1.\n").arg(joinList(skipped));
    return out;
}

QString EstimateReport::devicesText(const FitResult &fit) const
{
    QString out;
    for (int i = 0; i < fit.devices.size(); ++i) {
        const LlamaCppDevice &d = fit.devices.at(i);
        out += Text::tr("  %1, %2\n", "a GPU's part, then whether it fits")
                   .arg(describeLlamaCppDevice(d, i, m_unit, m_locale), d.fits() ? Text::tr("fits") : Text::tr("does not fit"));
    }
    return out;
}

QString EstimateReport::costText(const FitResult &fit, bool cheapest) const
{
    if (fit.costCentsPerHour <= 0)
        return Text::tr("  No price for %1.\n").arg(fit.config.gpu.displayName());
    const QString cost = Text::tr("%1 · %2", "price an hour · price a month")
                             .arg(m_prices.perHour(fit.costCentsPerHour, m_locale),
                                  m_prices.perMonth(fit.costCentsPerHour, m_locale));
    return cheapest ? Text::tr("  Price: %1, the cheapest that fits.\n").arg(cost) : Text::tr("  Price: %1\n").arg(cost);
}

QString EstimateReport::fitText(const FitResult &fit, bool cheapest) const
{
    QString out = Text::tr("On %1 (%2): ").arg(fit.capacityLabel, formatBytes(fit.capacity, m_unit, m_locale));
    if (!fit.devices.isEmpty())
        out += fit.fits ? Text::tr("fits, %1 free on the fullest GPU.\n").arg(formatBytes(fit.headroom, m_unit, m_locale))
                        : Text::tr("does not fit, %1 missing on the fullest GPU.\n").arg(formatBytes(-fit.headroom, m_unit, m_locale));
    else
        out += fit.fits ? Text::tr("fits, %1 free.\n").arg(formatBytes(fit.headroom, m_unit, m_locale))
                        : Text::tr("does not fit, %1 missing.\n").arg(formatBytes(-fit.headroom, m_unit, m_locale));
    const EstimateInput &in = m_model.input();
    if (!fit.config.isMixed())
        out += Text::tr("  Fewest %1 GPUs that hold it: %2\n")
                   .arg(fit.config.gpu.displayName(), FitAnalyzer::gpusNeededText(fit.gpusNeeded, m_locale));
    out += Text::tr("  Largest concurrency at %1: %2\n", "%1: 4,096 tokens")
               .arg(tokenCount(in.tokens), formatCount(fit.maxConcurrency, m_locale));
    out += Text::tr("  Largest tokens per request at %1: %2%3\n", "%1: 10 concurrent requests")
               .arg(concurrentRequestCount(in.concurrency), formatCount(fit.maxTokens, m_locale),
                    fit.maxTokensLimitedByContext ? Text::tr(" (the model's context length)") : QString());
    if (fit.llamaCppFit)
        out += Text::tr("  llama-server's --fit (on by default, -ngl unset) starts it anyway: -ngl %1 of %2, split %3, "
                        "1 GiB left free on each GPU, the rest on the CPU\n")
                   .arg(fit.llamaCppFit->gpuLayers)
                   .arg(in.model.layers + 1)
                   .arg(joinCounts(fit.llamaCppFit->layersPerDevice));
    return out + devicesText(fit) + costText(fit, cheapest);
}

QJsonObject EstimateReport::json(const Catalog &catalog) const
{
    const EstimateInput &in = m_model.input();
    const MemoryBytes b = m_model.bytes();
    QJsonObject o{
        {QStringLiteral("model"), in.model.id},
        {QStringLiteral("method"), methodId(in.method)},
        {QStringLiteral("weights"), in.weights.id},
        {QStringLiteral("kv_cache"), in.kvCache.id},
        {QStringLiteral("tokens"), in.tokens},
        {QStringLiteral("concurrency"), in.concurrency},
        {QStringLiteral("overhead_fraction"), double(in.overheadPpm) / double(kPpm)},
        {QStringLiteral("parameters"), m_model.parameters()},
        // The language model's: without a vision tower counted from the config.
        {QStringLiteral("text_parameters"),
         m_model.parameters() - (in.method == EstimateMethod::Article ? 0 : in.model.towerParameters)},
        {QStringLiteral("max_context"), in.model.maxContext},
        {QStringLiteral("exceeds_context"), in.exceedsContext()},
        {QStringLiteral("weights_bytes"), b.weights},
        {QStringLiteral("kv_bytes_per_token"), b.kvPerToken},
        {QStringLiteral("kv_bytes"), b.kvCache},
        {QStringLiteral("attention_kv_bytes"), b.kvCache - b.recurrentState},
        {QStringLiteral("recurrent_state_bytes"), b.recurrentState},
        {QStringLiteral("recurrent_state_bytes_per_sequence"),
         in.method == EstimateMethod::Article ? 0 : in.model.recurrentStateBytesPerSequence()},
        {QStringLiteral("overhead_bytes"), b.overhead},
        {QStringLiteral("total_bytes"), b.total},
        {QStringLiteral("unit"), unitName(m_unit)},
        {QStringLiteral("total_in_unit"), toUnit(b.total, m_unit)},
    };
    // The first configuration's figures at the top, as with a single --gpu; every
    // configuration, the first included, in "configurations" when there are several.
    QJsonArray configurations;
    for (const GpuConfig &config : m_gpus) {
        const FitResult fit = FitAnalyzer::analyze(m_model, config);
        QJsonObject c{
            {QStringLiteral("gpu"), fit.config.gpu.id},
            {QStringLiteral("gpu_count"), fit.config.deviceCount()},
            {QStringLiteral("configuration"), fit.config.label()},
            {QStringLiteral("capacity_bytes"), fit.capacity},
            {QStringLiteral("fits"), fit.fits},
            {QStringLiteral("headroom_bytes"), fit.headroom},
            {QStringLiteral("gpus_needed"), fit.gpusNeeded},
            {QStringLiteral("max_requests"), fit.maxConcurrency},
            {QStringLiteral("max_concurrency"), fit.maxConcurrency},
            {QStringLiteral("max_tokens"), fit.maxTokens},
            {QStringLiteral("max_tokens_limited_by"),
             fit.maxTokensLimitedByContext ? QStringLiteral("context") : QStringLiteral("memory")},
        };
        QJsonArray devices;
        for (const LlamaCppDevice &d : fit.devices)
            devices.append(QJsonObject{{QStringLiteral("gpu"), d.gpu.id},
                                       {QStringLiteral("layers"), d.layers},
                                       {QStringLiteral("output_head"), d.output},
                                       {QStringLiteral("weights_bytes"), d.weights},
                                       {QStringLiteral("kv_bytes"), d.kv},
                                       {QStringLiteral("compute_buffer_bytes"), d.compute},
                                       {QStringLiteral("host_bytes"), d.host},
                                       {QStringLiteral("total_bytes"), d.bytes()},
                                       {QStringLiteral("capacity_bytes"), d.capacity},
                                       {QStringLiteral("fits"), d.fits()}});
        if (!devices.isEmpty())
            c.insert(QStringLiteral("devices"), devices);
        if (fit.llamaCppFit) {
            QJsonArray split;
            for (int n : fit.llamaCppFit->layersPerDevice)
                split.append(n);
            c.insert(QStringLiteral("fit_gpu_layers"), fit.llamaCppFit->gpuLayers);
            c.insert(QStringLiteral("fit_tensor_split"), split);
        }
        if (fit.costCentsPerHour > 0) {
            c.insert(QStringLiteral("usd_cents_per_hour"), fit.costCentsPerHour);
            c.insert(QStringLiteral("price_per_hour"), double(m_prices.toDisplayCents(fit.costCentsPerHour)) / 100.0);
            c.insert(QStringLiteral("price_per_month"),
                     double(m_prices.toDisplayCents(fit.costCentsPerHour * PriceSettings::kHoursPerMonth)) / 100.0);
        }
        addEngineJson(c, &fit);
        if (configurations.isEmpty())
            for (auto it = c.begin(); it != c.end(); ++it)
                o.insert(it.key(), it.value());
        configurations.append(c);
    }
    if (m_gpus.isEmpty())
        addEngineJson(o, nullptr);
    if (configurations.size() > 1)
        o.insert(QStringLiteral("configurations"), configurations);
    o.insert(QStringLiteral("currency"), currencyCode(m_prices.currency));
    if (m_prices.currency != Currency::USD)
        o.insert(QStringLiteral("cny_per_usd"), double(m_prices.cnyPerUsdPpm) / 1e6);
    if (const auto best = ConfigSearch::cheapest(m_model, catalog.gpus()))
        o.insert(QStringLiteral("cheapest"), QJsonObject{{QStringLiteral("gpu"), best->config.gpu.id},
                                                         {QStringLiteral("gpu_count"), best->config.count},
                                                         {QStringLiteral("cents_per_hour"), best->costCentsPerHour},
                                                         {QStringLiteral("price_per_hour"),
                                                          double(m_prices.toDisplayCents(best->costCentsPerHour)) / 100.0}});
    QJsonArray unpriced;
    for (const GpuSpec &g : catalog.gpus())
        if (g.priceCentsPerHour <= 0)
            unpriced.append(g.id);
    o.insert(QStringLiteral("unpriced_gpus"), unpriced);
    return o;
}

void EstimateReport::addEngineJson(QJsonObject &o, const FitResult *fit) const
{
    const EstimateInput &in = m_model.input();
    if (!isEngineMethod(in.method))
        return;
    o.insert(QStringLiteral("engine"), in.engine.toJson());
    if (fit && fit->trtllm) {
        // Named as TensorRT-LLM logs them.
        const TrtLlmPlan &plan = *fit->trtllm;
        o.insert(QStringLiteral("tensor_parallel"), m_model.vllm().tensorParallel);
        o.insert(QStringLiteral("pipeline_parallel"), m_model.vllm().pipelineParallel);
        o.insert(QStringLiteral("cuda_total_bytes"), plan.cudaTotal);
        o.insert(QStringLiteral("peak_memory_bytes"), plan.peak);
        o.insert(QStringLiteral("available_kv_bytes_per_gpu"), plan.availableKv);
        o.insert(QStringLiteral("kv_size_per_token"), plan.kvBytesPerToken);
        o.insert(QStringLiteral("max_tokens_in_paged_kv_cache"), plan.maxTokens);
        o.insert(QStringLiteral("kv_pool_bytes_per_gpu"), plan.kvPoolBytes);
        o.insert(QStringLiteral("secondary_pool_blocks"), plan.secondaryBlocks);
        o.insert(QStringLiteral("secondary_pool_bytes"), plan.secondaryBytes);
        o.insert(QStringLiteral("starts"), plan.starts);
        if (!plan.error.isEmpty())
            o.insert(QStringLiteral("error"), plan.error);
        return;
    }
    if (fit && fit->mindie) {
        const MindiePlan &plan = *fit->mindie;
        o.insert(QStringLiteral("world_size"), m_model.vllm().tensorParallel);
        o.insert(QStringLiteral("npu_total_bytes"), plan.total);
        o.insert(QStringLiteral("budget_bytes"), plan.budget);
        o.insert(QStringLiteral("workspace_bytes"), plan.workspace);
        o.insert(QStringLiteral("kv_cache_bytes_per_npu"), plan.kvBytes);
        o.insert(QStringLiteral("num_npu_blocks"), plan.numBlocks);
        o.insert(QStringLiteral("cache_block_size"), plan.blockTokens);
        o.insert(QStringLiteral("kv_cache_tokens"), plan.kvTokens);
        o.insert(QStringLiteral("max_concurrency"), plan.maxConcurrency);
        o.insert(QStringLiteral("starts"), plan.starts);
        if (!plan.error.isEmpty())
            o.insert(QStringLiteral("error"), plan.error);
        return;
    }
    if (fit && fit->ollama) {
        // Named as Ollama logs them (layers.offload, memory.required.*, memory.graph.full).
        const OllamaPlan &plan = *fit->ollama;
        QJsonArray split;
        for (int c : plan.tensorSplit)
            split.append(c);
        o.insert(QStringLiteral("gpu_layers"), plan.layers);
        // Who chose them: llama-server's --fit (Ollama 0.30 and later) or Ollama's own scheduler.
        o.insert(QStringLiteral("placed_by"), plan.fitted ? QStringLiteral("llama.cpp --fit") : QStringLiteral("Ollama scheduler"));
        o.insert(QStringLiteral("layers_model"), plan.layersModel);
        o.insert(QStringLiteral("tensor_split"), split);
        o.insert(QStringLiteral("memory_required_full_bytes"), plan.requiredFull);
        o.insert(QStringLiteral("memory_required_partial_bytes"), plan.requiredPartial);
        o.insert(QStringLiteral("memory_required_kv_bytes"), plan.kv);
        o.insert(QStringLiteral("compute_buffer_bytes"), plan.graph);
        o.insert(QStringLiteral("flash_attn"), m_model.llamaCpp().flashAttention());
        o.insert(QStringLiteral("gpu_bytes"), plan.memory.gpuBytes());
        o.insert(QStringLiteral("cpu_bytes"), plan.memory.cpuBytes());
        o.insert(QStringLiteral("fully_offloaded"), plan.fullyLoaded);
        return;
    }
    if (allocatesAsLlamaCpp(in.method)) {
        const LlamaCppMemory mem = m_model.llamaCpp().memoryAt(in.tokens, in.concurrency);
        o.insert(QStringLiteral("cells_per_sequence"), mem.cellsPerSequence);
        o.insert(QStringLiteral("swa_cells_per_sequence"), mem.swaCellsPerSequence);
        o.insert(QStringLiteral("swa_holds_chunks"), mem.swaHoldsChunks);
        o.insert(QStringLiteral("kv_cache_bytes"), mem.kvBytes);
        o.insert(QStringLiteral("compute_buffer_bytes"), mem.computeBuffer);
        // What --flash-attn resolved to (auto decides by the model's head size).
        o.insert(QStringLiteral("flash_attn"), m_model.llamaCpp().flashAttention());
        o.insert(QStringLiteral("cache_type_k"), llamaCppCacheTypeName(in.kvCache.id));
        o.insert(QStringLiteral("cache_type_v"), llamaCppCacheTypeName(m_model.llamaCpp().vCacheType().id));
        o.insert(QStringLiteral("gpu_bytes"), mem.gpuBytes());
        o.insert(QStringLiteral("cpu_bytes"), mem.cpuBytes());
        return;
    }
    if (fit && fit->sglang) {
        // Named as SGLang prints them.
        const SglangPlan &plan = *fit->sglang;
        o.insert(QStringLiteral("tensor_parallel"), m_model.vllm().tensorParallel);
        o.insert(QStringLiteral("pipeline_parallel"), m_model.vllm().pipelineParallel);
        o.insert(QStringLiteral("mem_fraction_static"), formatPpmAsFraction(plan.memFractionStaticPpm));
        o.insert(QStringLiteral("chunked_prefill_size"), plan.defaults.chunkedPrefillSize);
        o.insert(QStringLiteral("cuda_graph_max_bs"), plan.defaults.cudaGraphMaxBs);
        o.insert(QStringLiteral("piecewise_cuda_graph_sizes"), plan.defaults.piecewiseGraphSizes);
        o.insert(QStringLiteral("cuda_total_bytes"), plan.cudaTotal);
        o.insert(QStringLiteral("free_before_load_bytes"), plan.freeBefore);
        o.insert(QStringLiteral("free_after_load_bytes"), plan.freeAfter);
        o.insert(QStringLiteral("budget_bytes_per_gpu"), SglangPlan::budgetFor(fit->config.gpu, in));
        o.insert(QStringLiteral("max_total_num_tokens"), plan.maxTotalNumTokens);
        o.insert(QStringLiteral("kv_pool_bytes_per_gpu"), plan.kvPoolBytes);
        o.insert(QStringLiteral("max_running_requests"), plan.maxRunningRequests);
        if (plan.slidingPool) {
            o.insert(QStringLiteral("full_layer_tokens"), plan.maxTotalNumTokens);
            o.insert(QStringLiteral("swa_layer_tokens"), plan.swaTokens);
        }
        if (plan.mambaCacheSize > 0) {
            o.insert(QStringLiteral("max_mamba_cache_size"), plan.mambaCacheSize);
            o.insert(QStringLiteral("mamba_state_bytes_per_gpu"), plan.mambaStateBytes);
            o.insert(QStringLiteral("conv_state_bytes_per_gpu"), plan.convStateBytes);
            o.insert(QStringLiteral("ssm_state_bytes_per_gpu"), plan.ssmStateBytes);
            o.insert(QStringLiteral("states_per_running_request"), plan.statesPerRunningRequest);
        }
        o.insert(QStringLiteral("context_len"), plan.contextLength);
        o.insert(QStringLiteral("starts"), plan.starts);
        if (!plan.error.isEmpty())
            o.insert(QStringLiteral("error"), plan.error);
        return;
    }
    if (!fit || !fit->vllm)
        return;
    const VllmPlan &plan = *fit->vllm;
    o.insert(QStringLiteral("tensor_parallel"), plan.layout.tensorParallel);
    o.insert(QStringLiteral("pipeline_parallel"), plan.layout.pipelineParallel);
    o.insert(QStringLiteral("cuda_total_bytes"), plan.cudaTotal);
    o.insert(QStringLiteral("budget_bytes_per_gpu"), plan.budget);
    o.insert(QStringLiteral("available_kv_bytes_per_gpu"), plan.availableKv);
    o.insert(QStringLiteral("num_gpu_blocks"), plan.numBlocks);
    o.insert(QStringLiteral("block_size"), plan.blockTokens);
    o.insert(QStringLiteral("kv_cache_tokens"), plan.kvCacheTokens);
    o.insert(QStringLiteral("kv_cache_tokens_by_concurrency"), plan.kvCacheTokensByConcurrency);
    o.insert(QStringLiteral("kv_cache_bytes_per_gpu"), plan.kvCacheBytes);
    // The hybrid allocator's groups: a block id is a page in each of a group's layers.
    o.insert(QStringLiteral("kv_cache_groups"),
             QJsonObject{{QStringLiteral("full_attention"), plan.layout.fullGroups},
                         {QStringLiteral("sliding_window"), plan.layout.slidingGroups},
                         {QStringLiteral("recurrent_state"), plan.layout.stateGroups},
                         {QStringLiteral("layers_per_group"), plan.layout.groupLayers}});
    if (plan.layout.stateGroups > 0) {
        o.insert(QStringLiteral("state_page_bytes_per_gpu"), plan.layout.statePageBytes);
        // One block id's page in one layer: the state page padded, or vLLM-Ascend's K, V and conv page.
        o.insert(QStringLiteral("page_bytes_per_gpu"), plan.blockBytes / std::max(1, plan.layout.groupLayers));
    }
    // vLLM-Ascend captures its ACL graphs after the KV cache, outside the budget.
    o.insert(QStringLiteral("graphs_outside_budget"), plan.graphsOutsideBudget);
    o.insert(QStringLiteral("blocks_per_max_model_len_request"), plan.blocksPerRequest);
    o.insert(QStringLiteral("max_model_len"), plan.maxModelLen);
    // vLLM's "Maximum concurrency for max_model_len tokens per request", a fraction.
    o.insert(QStringLiteral("max_concurrency"), plan.maxConcurrency);
    o.insert(QStringLiteral("per_gpu_bytes"), plan.perGpuBytes);
    o.insert(QStringLiteral("starts"), plan.starts);
    if (!plan.error.isEmpty())
        o.insert(QStringLiteral("error"), plan.error);
}
