// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemoryModel.h"

#include "OllamaPlan.h"
#include "SglangPlan.h"
#include "StartupMemory.h"
#include "MindiePlan.h"
#include "TrtLlmPlan.h"

#include "Phrase.h"

#include <QCoreApplication>
#include <QStringList>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MemoryModel)
};

QString gpuCountText(int count)
{
    return Text::tr("%n GPU(s)", nullptr, count);
}
// The parameters an engine that loads a Hugging Face checkpoint keeps at 16 bits when the weights are
// quantized below that: the token embeddings (not a linear layer) and the output head, which the
// quantizers leave out (TensorRT Model Optimizer's exclude_modules ["lm_head"], llm-compressor's
// ignore "lm_head", vLLM's and SGLang's unquantized ParallelLMHead). A tied head is the embedding
// table itself. llama.cpp's GGUF types quantize both, and the article's formula and the exact method
// count every parameter at the chosen precision.
qint64 sixteenBitParameters(const EstimateInput &in, qint64 parameters)
{
    if (!splitsByTensorParallel(in.method) || in.weights.bitsPerElement() >= 16.0)
        return 0;
    const ModelSpec &m = in.model;
    const Wide table = m.embeddingTableParameters();
    return qint64(std::min<Wide>(table * (m.tiedEmbeddings ? 1 : 2), Wide(std::max<qint64>(parameters, 0))));
}
} // namespace

MemoryModel::MemoryModel(EstimateInput input)
    : m_input(std::move(input))
{
    m_error = m_input.validate();
    if (!m_error.isEmpty())
        return;
    m_kv = KvProfile::build(m_input.model, m_input.kvCache, m_input.method);
    if (m_input.weights.isAsStored()) {
        if (m_input.model.fileWeightBytes <= 0)
            m_error = Text::tr("\"%1\" was not imported from weight files; choose a precision.").arg(m_input.model.name);
        m_weights = m_input.model.fileWeightBytes;
    } else {
        m_sixteenBitParameters = sixteenBitParameters(m_input, parameters());
        const Wide quantized = Wide(parameters()) - m_sixteenBitParameters;
        const Wide weights = ceilDiv(quantized * m_input.weights.blockBytes, m_input.weights.blockElements)
                             + Wide(m_sixteenBitParameters) * 2;
        m_weights = narrow(weights).value_or(-1);
        if (m_weights < 0)
            m_error = Text::tr("The weights do not fit in a 64-bit byte count.");
    }
    if (!m_error.isEmpty())
        return;
    const ModelSpec &m = m_input.model;
    // vLLM (0.10–0.11) turns its hybrid allocator off for chunked attention (Llama 4) unless
    // VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE is set, and every layer caches in full:
    // that much is known. llama.cpp keeps the chunked layers in its sliding-window cache
    // (LlamaCppLayout); SGLang pools them as windows. Ollama and TensorRT-LLM: not modelled.
    // Recurrent layers: vLLM's hybrid allocator pages their state (VllmLayout); the other engines
    // are not modelled yet.
    const bool chunkedUnmodelled = m.layerCount(LayerKind::Chunked) > 0 && m_input.method != EstimateMethod::Vllm
                                   && m_input.method != EstimateMethod::LlamaCpp
                                   && !(m_input.method == EstimateMethod::Sglang && SglangPlan::poolsWindows(m));
    const bool recurrentUnmodelled = m.hasRecurrentLayers() && m_input.method != EstimateMethod::Vllm
                                     && m_input.method != EstimateMethod::LlamaCpp
                                     && m_input.method != EstimateMethod::Sglang;
    if (isEngineMethod(m_input.method) && m_input.method != EstimateMethod::Vllm && m_input.method != EstimateMethod::Sglang
        && m_input.method != EstimateMethod::LlamaCpp && m.indexHeadDim > 0) {
        // vLLM pages the indexer's keys beside the latent (VllmLayout), SGLang's NSA pool holds the same
        // bytes a token and llama.cpp keeps them in a cache of their own (LlamaCppLayout); the other
        // engines are not modelled yet.
        m_error = Text::tr("%1 caches a lightning-indexer key beside its latent, which the %2 method does not model "
                           "yet; use the exact method.")
                      .arg(m.name, methodName(m_input.method));
        return;
    }
    if (isEngineMethod(m_input.method) && (recurrentUnmodelled || chunkedUnmodelled)) {
        // Each engine pages such layers its own way; until that is modelled, say so rather than guess.
        m_error = Text::tr("%1 has recurrent or chunked-attention layers, which the %2 method does not model yet; "
                           "use the exact method.")
                      .arg(m.name, methodName(m_input.method));
        return;
    }
    if (m_input.method == EstimateMethod::Sglang) {
        // SGLang splits the model as vLLM does (the same heads must divide); its own messages first.
        m_error = SglangPlan::layoutError(m_input);
        if (m_error.isEmpty()) {
            m_vllm = VllmLayout::build(m_input, m_weights);
            m_error = m_vllm.error;
        }
    } else if (m_input.method == EstimateMethod::Vllm) {
        m_vllm = VllmLayout::build(m_input, m_weights);
        m_error = m_vllm.error;
    } else if (m_input.method == EstimateMethod::Mindie) {
        // The same split as vLLM's; the warm-up pass of maxPrefillTokens is the workspace.
        m_vllm = VllmLayout::build(MindiePlan::layoutInput(m_input), m_weights);
        m_error = m_vllm.error;
    } else if (m_input.method == EstimateMethod::TrtLlm) {
        // The same split as vLLM's; the profiling pass of max_num_tokens is the overhead.
        m_vllm = VllmLayout::build(TrtLlmPlan::layoutInput(m_input), m_weights);
        m_error = m_vllm.error;
    } else if (m_input.method == EstimateMethod::LlamaCpp) {
        m_llamaCpp = LlamaCppLayout::build(m_input, m_weights);
        m_error = m_llamaCpp.error();
    } else if (m_input.method == EstimateMethod::Ollama) {
        // The bars: llama.cpp as Ollama starts it, every layer on the GPU unless num_gpu says otherwise.
        m_llamaCpp = LlamaCppLayout::build(OllamaPlan::runnerInput(m_input), m_weights);
        m_error = m_llamaCpp.error();
    }
}

QString MemoryModel::planError(EstimateMethod engine) const
{
    if (m_input.method != engine)
        return Text::tr("The estimate does not use the %1 method.").arg(methodName(engine));
    return m_error;
}

qint64 MemoryModel::parameters() const
{
    return m_input.method == EstimateMethod::Article ? m_input.model.nominalParameters : m_input.model.parameters;
}

MemoryBytes MemoryModel::bytesAt(qint64 tokens, qint64 concurrency) const
{
    MemoryBytes b;
    if (!isValid())
        return b;
    if (splitsByTensorParallel(m_input.method))
        return vllmBytesAt(tokens, concurrency);
    if (allocatesAsLlamaCpp(m_input.method))
        return llamaCppBytesAt(tokens, concurrency);
    const Wide kv = m_kv.bytesPerRequest(tokens) * concurrency;
    const Wide sum = Wide(m_weights) + kv;
    const Wide overhead = roundDiv(sum * m_input.overheadPpm, kPpm);
    const auto kvBytes = narrow(kv);
    const auto overheadBytes = narrow(overhead);
    const auto total = narrow(sum + overhead);
    if (!kvBytes || !overheadBytes || !total)
        return b;
    b.weights = m_weights;
    b.kvPerToken = m_kv.bytesPerToken();
    b.kvCache = *kvBytes;
    b.recurrentState = narrow(Wide(m_kv.stateBytesPerRequest()) * concurrency).value_or(0);
    b.overhead = *overheadBytes;
    b.total = *total;
    b.ok = true;
    return b;
}

MemoryBytes MemoryModel::vllmBytesAt(qint64 tokens, qint64 concurrency) const
{
    // Every GPU holds its blocks for every request; the sum is over the GPUs (with
    // pipeline stages of unequal length, each counted as the largest).
    // SGLang keeps each request's tokens in whole pages of its pool and nothing but weights and
    // pool in its static share: activations and graphs are outside it.
    MemoryBytes b;
    const int tp = m_vllm.gpus();
    const bool sglang = m_input.method == EstimateMethod::Sglang;
    const bool trtllm = m_input.method == EstimateMethod::TrtLlm;
    const bool mindie = m_input.method == EstimateMethod::Mindie;
    // SGLang: each request's recurrent state beside its tokens (float32 SSM state, SglangPlan).
    const Wide sglangState = sglang ? Wide(concurrency) * SglangPlan::statePerRequestFor(m_input.model, tp) * tp : 0;
    const qint64 sglangRequest = sglang ? SglangPlan::requestBytes(*this, tokens) : 0;
    if (sglangRequest < 0)
        return b;
    const Wide kv = sglang   ? Wide(concurrency) * sglangRequest + sglangState
                    : trtllm ? Wide(concurrency) * SglangPlan::pagedTokens(tokens, m_input.engine.tokensPerBlock) * m_vllm.kvBytesPerToken * tp
                    : mindie ? Wide(concurrency) * SglangPlan::pagedTokens(tokens, m_input.engine.cacheBlockSize) * m_vllm.kvBytesPerToken * tp
                             : Wide(concurrency) * m_vllm.requestBlocks(tokens) * m_vllm.blockBytes * tp;
    // TensorRT-LLM: the profiled pass and the CUDA context (and NCCL) it measures with the weights.
    // MindIE: the warm-up pass's workspace, all its documented rule takes besides the weights.
    const qint64 rankOverhead = sglang   ? 0
                                : trtllm ? m_vllm.activation + engineStartupBytes(m_input.engine)
                                : mindie ? m_vllm.activation
                                         : m_vllm.overhead();
    const Wide overhead = Wide(rankOverhead) * tp;
    const auto kvBytes = narrow(kv);
    const Wide weights = Wide(m_vllm.weights) * tp;
    const auto total = narrow(weights + kv + overhead);
    if (!kvBytes || !total)
        return b;
    b.weights = qint64(weights);
    b.kvPerToken = m_vllm.kvBytesPerToken * tp;
    b.kvCache = *kvBytes;
    if (m_input.method == EstimateMethod::Vllm) // each request's state pages, part of the cache
        b.recurrentState = narrow(Wide(concurrency) * m_vllm.stateGroups * m_vllm.blockBytes * tp).value_or(0);
    if (sglang)
        b.recurrentState = narrow(sglangState).value_or(0);
    b.overhead = qint64(overhead);
    b.total = *total;
    b.ok = true;
    return b;
}

MemoryBytes MemoryModel::llamaCppBytesAt(qint64 tokens, qint64 concurrency) const
{
    MemoryBytes b;
    const LlamaCppMemory mem = m_llamaCpp.memoryAt(tokens, concurrency);
    if (!mem.ok)
        return b;
    b.weights = mem.gpuWeights;
    b.kvPerToken = m_llamaCpp.fullBytesPerCell() + m_llamaCpp.swaBytesPerCell();
    b.kvCache = mem.gpuKv;
    b.recurrentState = mem.gpuRecurrent;
    b.overhead = mem.offloaded ? mem.computeBuffer : 0;
    b.total = mem.gpuBytes();
    b.ok = true;
    return b;
}

MemoryBreakdown MemoryModel::explain(ByteUnit unit, const QLocale &locale) const
{
    return explainAt(m_input.tokens, m_input.concurrency, unit, locale);
}

MemoryBreakdown MemoryModel::explainAt(qint64 tokens, qint64 concurrency, ByteUnit unit, const QLocale &locale) const
{
    MemoryBreakdown out;
    if (!isValid()) {
        out.error = m_error;
        return out;
    }
    const MemoryBytes b = bytesAt(tokens, concurrency);
    if (!b.ok) {
        out.error = Text::tr("The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.");
        return out;
    }
    const auto fmt = [&](qint64 bytes) { return formatBytes(bytes, unit, locale); };
    out.weights = {b.weights, weightsFormula(b, unit, locale)};
    out.kvPerToken = {b.kvPerToken, kvPerTokenFormula(b, locale)};
    out.kvCache = {b.kvCache, kvCacheFormula(b, tokens, concurrency, unit, locale)};
    if (b.recurrentState > 0 && allocatesAsLlamaCpp(m_input.method)) {
        // llama.cpp keeps R and S in F32, one cell a sequence, whatever the cache's type.
        out.recurrentState = {
            b.recurrentState,
            Text::tr("%1 × %2 recurrent layers × (%3 R + %4 S values) × 4 B (F32) = %5; the same at any number of tokens")
                .arg(sequenceCount(concurrency))
                .arg(m_llamaCpp.recurrentLayers())
                .arg(formatCount(m_input.model.convStateElements, locale), formatCount(m_input.model.ssmStateElements, locale),
                     fmt(b.recurrentState))};
    } else if (b.recurrentState > 0 && m_input.method == EstimateMethod::Vllm) {
        // vLLM keeps each state in a page as large as the attention page.
        out.recurrentState = {
            b.recurrentState,
            Text::tr("%Ln recurrent-state group(s) × 1 block × %1 × %2 per block × %3 = %4; each layer's state of %5 "
                     "padded to the attention page of %6 tokens, %7; the same at any number of tokens",
                     nullptr, m_vllm.stateGroups)
                .arg(Text::tr("%Ln request(s)", nullptr, int(concurrency)), formatExactBytes(m_vllm.blockBytes, locale),
                     gpuCountText(m_vllm.gpus()), fmt(b.recurrentState), formatExactBytes(m_vllm.statePageBytes, locale),
                     formatCount(m_vllm.blockTokens, locale),
                     formatExactBytes(m_vllm.blockBytes / std::max(1, m_vllm.groupLayers), locale))};
    } else if (b.recurrentState > 0 && m_input.method == EstimateMethod::Sglang) {
        // SGLang keeps the SSM state in float32 (--mamba-ssm-dtype's default), split over the ranks.
        out.recurrentState = {
            b.recurrentState,
            Text::tr("%1 × %2 per request per GPU × %3 = %4 (%5 recurrent layers: the convolution state in %6 B, the SSM "
                     "state in float32); the same at any number of tokens")
                .arg(Text::tr("%Ln request(s)", nullptr, int(concurrency)),
                     formatExactBytes(SglangPlan::statePerRequestFor(m_input.model, m_vllm.gpus()), locale),
                     gpuCountText(m_vllm.gpus()), fmt(b.recurrentState))
                .arg(m_input.model.recurrentLayerCount())
                .arg(m_input.model.convStateBytes)};
    } else if (b.recurrentState > 0) {
        const ModelSpec &m = m_input.model;
        const qint64 perLayer = m.convStateElements * m.convStateBytes + m.ssmStateElements * m.ssmStateBytes;
        out.recurrentState = {
            b.recurrentState,
            Text::tr("%1 recurrent layers × (%2 convolution values × %3 B + %4 state values × %5 B = %6) × %7 = %8; "
                     "the same at any number of tokens")
                .arg(m.recurrentLayerCount())
                .arg(formatCount(m.convStateElements, locale))
                .arg(m.convStateBytes)
                .arg(formatCount(m.ssmStateElements, locale))
                .arg(m.ssmStateBytes)
                .arg(formatExactBytes(perLayer, locale), Text::tr("%Ln request(s)", nullptr, int(concurrency)),
                     fmt(b.recurrentState))};
    }
    out.overhead = {b.overhead, overheadFormula(b, tokens, concurrency, unit, locale)};
    out.total = {b.total, Text::tr("%1 + %2 + %3 = %4").arg(fmt(b.weights), fmt(b.kvCache), fmt(b.overhead), fmt(b.total))};
    return out;
}

QString MemoryModel::weightsFormula(const MemoryBytes &b, ByteUnit unit, const QLocale &locale) const
{
    const DataType &w = m_input.weights;
    const auto fmt = [&](qint64 bytes) { return formatBytes(bytes, unit, locale); };
    QString text;
    if (w.isAsStored()) {
        text = Text::tr("%1 parameters as stored in the file (%2) = %3")
                   .arg(formatCount(parameters(), locale), m_input.model.fileWeightTypeText(), fmt(m_weights));
    } else {
        const QString type = w.isAverage() ? Text::tr("%1, file average").arg(w.name) : w.name;
        if (m_sixteenBitParameters > 0)
            text = Text::tr("%1 parameters × %2 (%3) + %4 parameters of token embeddings and output head × 2 B, "
                            "which the engine keeps at 16 bits = %5")
                       .arg(formatCount(parameters() - m_sixteenBitParameters, locale), w.bytesPerElementText(), type,
                            formatCount(m_sixteenBitParameters, locale), fmt(m_weights));
        else
            text = Text::tr("%1 parameters × %2 (%3) = %4")
                       .arg(formatCount(parameters(), locale), w.bytesPerElementText(), type, fmt(m_weights));
    }
    if (splitsByTensorParallel(m_input.method) && m_vllm.pipelineParallel > 1)
        text += Text::tr("; %1 per GPU on %2 GPUs: tensor parallel %3 × %4 pipeline stages of up to %5 layers")
                    .arg(fmt(m_vllm.weights))
                    .arg(m_vllm.gpus())
                    .arg(m_vllm.tensorParallel)
                    .arg(m_vllm.pipelineParallel)
                    .arg(m_vllm.stageLayers);
    else if (splitsByTensorParallel(m_input.method) && m_vllm.tensorParallel > 1)
        text += Text::tr("; %1 per GPU on %2 tensor-parallel GPUs").arg(fmt(m_vllm.weights)).arg(m_vllm.tensorParallel);
    if (allocatesAsLlamaCpp(m_input.method))
        text += Text::tr("; on the GPU %1 (%2 of %3 layers%4; the token embeddings stay in host memory)")
                    .arg(fmt(b.weights))
                    .arg(m_llamaCpp.offloadedLayers())
                    .arg(m_input.model.layers)
                    .arg(m_llamaCpp.outputOnGpu() ? Text::tr(" and the output head") : QString());
    return text;
}

QString MemoryModel::kvPerTokenFormula(const MemoryBytes &b, const QLocale &locale) const
{
    const ModelSpec &m = m_input.model;
    const QString bytes = m_input.kvCache.bytesPerElementText();
    const QString result = formatExactBytes(b.kvPerToken, locale);
    if (m_input.method == EstimateMethod::Article)
        return Text::tr("2 × %1 × %2 layers × %3 hidden = %4").arg(bytes).arg(m.layers).arg(m.hidden).arg(result);
    if ((m_input.method == EstimateMethod::Vllm || m_input.method == EstimateMethod::Sglang) && m_vllm.indexerBytes > 0) {
        const bool fp8 = m_vllm.latentBytes == kVllmFp8DsMlaTokenBytes && m_input.kvCache.blockBytes == 1;
        const QString latent = !fp8 ? Text::tr("%1 × (%2 latent + %3 RoPE)").arg(bytes).arg(m.kvLoraRank).arg(m.qkRopeHeadDim)
            : m_input.method == EstimateMethod::Vllm
            ? Text::tr("656 B of fp8_ds_mla latent (512 FP8 + 4 × 4 B scales + 64 × 2 B RoPE)")
            : Text::tr("656 B of FP8 latent in SGLang's NSA pool (512 FP8 + 4 × 4 B scales + 64 × 2 B RoPE)");
        const QString rank = Text::tr("%1 layers × (%2 + %3 B indexer key), on every GPU = %4")
                                 .arg(m_vllm.attentionLayers)
                                 .arg(latent)
                                 .arg(m_vllm.indexerBytes)
                                 .arg(formatExactBytes(m_vllm.kvBytesPerToken, locale));
        return m_vllm.gpus() > 1 ? Text::tr("%1; × %2 = %3").arg(rank, gpuCountText(m_vllm.gpus()), result) : rank;
    }
    if (splitsByTensorParallel(m_input.method) && m_vllm.gpus() > 1) {
        const QString perGpu = formatExactBytes(m_vllm.kvBytesPerToken, locale);
        const QString rank = m_kv.isLatent()
            ? Text::tr("%1 × %2 layers × (%3 latent + %4 RoPE), copied on every GPU = %5")
                  .arg(bytes).arg(m_vllm.attentionLayers).arg(m.kvLoraRank).arg(m.qkRopeHeadDim).arg(perGpu)
            : Text::tr("2 × %1 × %2 layers × %Ln KV head(s) per GPU × %3 head dim = %4", nullptr, m_vllm.kvHeadsPerRank)
                  .arg(bytes).arg(m_vllm.attentionLayers).arg(m.headDim).arg(perGpu);
        return Text::tr("%1; × %2 = %3").arg(rank, gpuCountText(m_vllm.gpus()), result);
    }
    if (m_input.method == EstimateMethod::LlamaCpp && m_kv.isLatent() && m.indexHeadDim > 0)
        return Text::tr("%1 layers × (%2 × (%3 latent + %4 RoPE) + %2 × %5 indexer key in a cache of its own), K only as "
                        "llama.cpp keeps an MLA model's caches = %6")
            .arg(m.layers)
            .arg(bytes)
            .arg(m.kvLoraRank)
            .arg(m.qkRopeHeadDim)
            .arg(m.indexHeadDim)
            .arg(result);
    if (allocatesAsLlamaCpp(m_input.method) && m_llamaCpp.windowedLayers() > 0) {
        const int sliding = m_llamaCpp.windowedLayers();
        return (m_llamaCpp.chunkedWindow()
                    ? Text::tr("%1 for %2 full layers + %3 for %4 chunked-attention layers (kept in F16) = %5")
                    : Text::tr("%1 for %2 full layers + %3 for %4 sliding-window layers (kept in F16) = %5"))
            .arg(formatExactBytes(m_llamaCpp.fullBytesPerCell(), locale))
            .arg(m.layers - sliding)
            .arg(formatExactBytes(m_llamaCpp.swaBytesPerCell(), locale))
            .arg(sliding)
            .arg(result);
    }
    if (m_kv.isLatent() && m.indexHeadDim > 0)
        return Text::tr("%1 layers × (%2 × (%3 latent + %4 RoPE) + indexer key %5 × 1 B + %6 × 4 B scale) = %7")
            .arg(m.layers)
            .arg(bytes)
            .arg(m.kvLoraRank)
            .arg(m.qkRopeHeadDim)
            .arg(m.indexHeadDim)
            .arg((m.indexHeadDim + 127) / 128)
            .arg(result);
    if (m_kv.isLatent())
        return Text::tr("%1 × %2 layers × (%3 latent + %4 RoPE) = %5")
            .arg(bytes)
            .arg(m.layers)
            .arg(m.kvLoraRank)
            .arg(m.qkRopeHeadDim)
            .arg(result);
    const int attentionLayers = m.attentionLayerCount();
    const QString formula = Text::tr("2 × %1 × %2 layers × %Ln KV head(s) × %3 head dim = %4", nullptr, m.kvHeads)
                                .arg(bytes)
                                .arg(attentionLayers)
                                .arg(m.headDim)
                                .arg(result);
    if (!m.hasRecurrentLayers())
        return formula;
    if (m.stateBesideAttention)
        return Text::tr("%1 (every layer also runs a recurrent mixer beside its attention, and keeps its state per "
                        "request on top)")
            .arg(formula);
    const QString recurrent = Text::tr("%1 (the %2 attention layers; the %3 recurrent layers keep a state per request instead)")
                                  .arg(formula)
                                  .arg(attentionLayers)
                                  .arg(m.layerCount(LayerKind::Recurrent));
    if (const int mlpOnly = m.layerCount(LayerKind::Feedforward); mlpOnly > 0)
        return Text::tr("%1; %n MLP-only layer(s) cache nothing", nullptr, mlpOnly).arg(recurrent);
    return recurrent;
}

QString MemoryModel::kvCacheFormula(const MemoryBytes &b, qint64 tokens, qint64 concurrency, ByteUnit unit,
                                    const QLocale &locale) const
{
    const QString result = formatBytes(b.kvCache, unit, locale);
    // %Ln: the count in the default locale, which Language::install keeps equal to `locale`.
    const QString requests = Text::tr("%Ln request(s)", nullptr, int(concurrency));
    const QString tokensText = Text::tr("%Ln token(s)", nullptr, int(tokens));
    if (m_input.method == EstimateMethod::Vllm && m_vllm.groups() > 1) {
        const qint64 block = m_vllm.blockTokens;
        const qint64 fullBlocks = VllmLayout::blocksFor(tokens, block);
        QStringList groups;
        if (m_vllm.fullGroups > 0)
            groups << Text::tr("%Ln full-attention group(s) × ⌈%1 / %3⌉ = %2", nullptr, m_vllm.fullGroups)
                          .arg(formatCount(tokens, locale), blockCount(fullBlocks), formatCount(block, locale));
        if (m_vllm.slidingGroups > 0)
            groups << Text::tr("%Ln sliding-window group(s) × min(%1, ⌈(%2 − 1 + %3) / %5⌉ + 1) = %4", nullptr,
                               m_vllm.slidingGroups)
                          .arg(formatCount(fullBlocks, locale), formatCount(m_vllm.slidingWindow, locale),
                               formatCount(m_input.engine.maxNumBatchedTokens, locale),
                               blockCount(m_vllm.slidingBlocksFor(tokens)), formatCount(block, locale));
        if (m_vllm.stateGroups > 0)
            groups << Text::tr("%Ln recurrent-state group(s) × 1 block", nullptr, m_vllm.stateGroups);
        return Text::tr("(%1) × %2 × %3 per block (%Ln layer(s) a group) × %4 = %5", nullptr, m_vllm.groupLayers)
            .arg(groups.join(QStringLiteral(" + ")), requests, formatExactBytes(m_vllm.blockBytes, locale),
                 gpuCountText(m_vllm.gpus()), result);
    }
    if (m_input.method == EstimateMethod::Vllm)
        return Text::tr("⌈%1 / 16⌉ = %2 × %3 × %4 per block × %5 = %6")
            .arg(formatCount(tokens, locale), blockCount(VllmLayout::blocksFor(tokens)), requests,
                 formatExactBytes(m_vllm.blockBytes, locale), gpuCountText(m_vllm.gpus()), result);
    if (m_input.method == EstimateMethod::Sglang || m_input.method == EstimateMethod::TrtLlm
        || m_input.method == EstimateMethod::Mindie) {
        const qint64 page = m_input.method == EstimateMethod::Sglang   ? SglangPlan::pageSizeFor(m_input)
                            : m_input.method == EstimateMethod::Mindie ? m_input.engine.cacheBlockSize
                                                                       : m_input.engine.tokensPerBlock;
        const QString paged = page > 1 ? Text::tr("%1 in pages of %2 = %3")
                                             .arg(tokensText)
                                             .arg(page)
                                             .arg(tokenCount(SglangPlan::pagedTokens(tokens, page)))
                                       : tokensText;
        const qint64 state = m_input.method == EstimateMethod::Sglang ? SglangPlan::statePerRequestFor(m_input.model, m_vllm.gpus()) : 0;
        if (m_input.method == EstimateMethod::Sglang && SglangPlan::poolsWindows(m_input.model)) {
            // SGLang's sliding-window pool: a windowed layer keeps at most its window.
            const ModelSpec &m = m_input.model;
            return Text::tr("(%1 × %2 full-attention layers + %3 × %4 windowed layers) × %5 per layer and token × %6 × "
                            "%7 = %8 (SGLang keeps the windowed layers in a pool of their own)")
                .arg(paged)
                .arg(m.layerCount(LayerKind::Full))
                .arg(Text::tr("%1 tokens (the window)")
                         .arg(formatCount(SglangPlan::windowedTokens(m, tokens, page), locale)))
                .arg(m.windowedLayerCount())
                .arg(formatExactBytes(m_vllm.layerBytesPerToken, locale), requests,
                     Text::tr("%Ln tensor-parallel GPU(s)", nullptr, m_input.engine.tensorParallel), result);
        }
        const QString text = state > 0
            ? Text::tr("(%1 × %2 per token + %3 state) × %4 × %5 = %6")
                  .arg(paged, formatExactBytes(m_vllm.kvBytesPerToken, locale), formatExactBytes(state, locale), requests,
                       gpuCountText(m_vllm.gpus()), result)
            : Text::tr("%1 × %2 × %3 per token × %4 = %5")
                  .arg(paged, requests, formatExactBytes(m_vllm.kvBytesPerToken, locale), gpuCountText(m_vllm.gpus()), result);
        if (m_input.model.slidingLayerCount() == 0)
            return text;
        if (m_input.method == EstimateMethod::Sglang)
            return Text::tr("%1 (SGLang keeps no window pool for this architecture: its %2 sliding-window layers hold "
                            "every token, as the full layers do)")
                .arg(text)
                .arg(m_input.model.slidingLayerCount());
        // Their own windowed pools are not modelled: say that the figure is an upper bound.
        return Text::tr("%1 (every layer charged the full context, its %2 sliding-window layers included: an upper bound)")
            .arg(text)
            .arg(m_input.model.slidingLayerCount());
    }
    if (allocatesAsLlamaCpp(m_input.method))
        return llamaCppKvFormula(b, tokens, concurrency, unit, locale);
    const qint64 state = m_kv.stateBytesPerRequest();
    if (m_kv.groups().size() == 1 && m_kv.groups().first().window == 0 && state == 0)
        return Text::tr("%1 × %2 × %3 = %4")
            .arg(formatExactBytes(b.kvPerToken, locale), tokensText, requests, result);

    // Windowed layers keep at most their window (or chunk), recurrent layers a fixed state:
    // one term per kind of layer.
    const ModelSpec &m = m_input.model;
    QStringList parts;
    for (const KvLayerGroup &g : m_kv.groups()) {
        const QString perToken = formatExactBytes(g.bytesPerToken(), locale);
        if (g.window == 0)
            parts << Text::tr("%1 × %2 (%3 full layers)").arg(perToken, tokensText).arg(g.layers);
        else if (g.kind == LayerKind::Chunked)
            parts << Text::tr("%1 × min(%2, %3) tokens (%4 chunked layers)")
                         .arg(perToken, formatCount(tokens, locale), formatCount(g.window, locale))
                         .arg(g.layers);
        else
            parts << Text::tr("%1 × min(%2, %3) tokens (%4 sliding layers)")
                         .arg(perToken, formatCount(tokens, locale), formatCount(g.window, locale))
                         .arg(g.layers);
    }
    if (state > 0)
        parts << Text::tr("%1 state (%2 recurrent layers)")
                     .arg(formatExactBytes(state, locale))
                     .arg(m.recurrentLayerCount());
    return Text::tr("(%1) × %2 = %3").arg(parts.join(QLatin1String(" + ")), requests, result);
}

QString MemoryModel::llamaCppKvFormula(const MemoryBytes &b, qint64 tokens, qint64 concurrency, ByteUnit unit,
                                       const QLocale &locale) const
{
    const LlamaCppMemory mem = m_llamaCpp.memoryAt(tokens, concurrency);
    const QString sequences = sequenceCount(concurrency);
    QString text = Text::tr("%1 × %2 cells (context padded to 256) × %3 per cell")
                       .arg(sequences, formatCount(mem.cellsPerSequence, locale),
                            formatExactBytes(m_llamaCpp.fullBytesPerCell(), locale));
    if (mem.swaCellsPerSequence > 0)
        text += (m_llamaCpp.chunkedWindow()
                     ? Text::tr(" + %1 × %2 cells of the chunk cache (one 8,192-token chunk + the ubatch) × %3 per cell")
                     : Text::tr(" + %1 × %2 sliding-window cells × %3 per cell"))
                    .arg(sequences, formatCount(mem.swaCellsPerSequence, locale),
                         formatExactBytes(m_llamaCpp.swaBytesPerCell(), locale));
    if (m_llamaCpp.vCacheType().id != m_input.kvCache.id)
        text += Text::tr(" (K %1, V %2)").arg(m_input.kvCache.name, m_llamaCpp.vCacheType().name);
    if (m_llamaCpp.recurrentLayers() > 0)
        text += Text::tr(" + %1 × %2 recurrent layers × %3 of R and S state in F32")
                    .arg(sequences)
                    .arg(m_llamaCpp.recurrentLayers())
                    .arg(formatExactBytes(m_llamaCpp.recurrentBytesPerSequence(), locale));
    text += QStringLiteral(" = %1").arg(formatBytes(mem.kvBytes, unit, locale));
    if (b.kvCache != mem.kvBytes)
        text += Text::tr("; on the GPU (%1 of %2 layers) %3").arg(m_llamaCpp.offloadedLayers()).arg(m_input.model.layers)
                    .arg(formatBytes(b.kvCache, unit, locale));
    return text;
}

QString MemoryModel::overheadFormula(const MemoryBytes &b, qint64 tokens, qint64 concurrency, ByteUnit unit,
                                     const QLocale &locale) const
{
    const auto fmt = [&](qint64 bytes) { return formatBytes(bytes, unit, locale); };
    const Calibration &cal = m_input.engine.calibration;
    // "calibrated from NAME: non-torch −67.31 MB" — the corrections a profile made, so that none is hidden.
    const auto calibrated = [&](std::initializer_list<CalibrationTerm> terms) {
        const QString parts = describeCalibration(cal, locale, unit, terms);
        return parts.isEmpty() ? QString() : Text::tr("; calibrated from %1: %2").arg(cal.name, parts);
    };
    if (m_input.method == EstimateMethod::Vllm)
        return (m_vllm.graphsOutsideBudget
                    ? Text::tr("%1 × (activation peak %2 + non-torch %3 + ACL graphs %4, taken after the KV cache) = %5")
                    : Text::tr("%1 × (activation peak %2 + non-torch %3 + CUDA graphs %4) = %5"))
                   .arg(gpuCountText(m_vllm.gpus()), fmt(m_vllm.activation), fmt(m_vllm.nonTorch),
                        fmt(m_vllm.cudaGraphs), fmt(b.overhead))
            + calibrated({CalibrationTerm::Activation, CalibrationTerm::NonTorch, CalibrationTerm::CudaGraphs});
    if (m_input.method == EstimateMethod::Mindie)
        return Text::tr("%1 × warm-up workspace of %2 tokens %3 = %4")
            .arg(gpuCountText(m_vllm.gpus()), formatCount(m_input.engine.maxPrefillTokens, locale), fmt(m_vllm.activation),
                 fmt(b.overhead));
    if (m_input.method == EstimateMethod::TrtLlm)
        return Text::tr("%1 × (profiled pass of %2 tokens %3 + CUDA context %4) = %5")
                   .arg(gpuCountText(m_vllm.gpus()), formatCount(m_input.engine.trtMaxNumTokens, locale), fmt(m_vllm.activation),
                        fmt(engineStartupBytes(m_input.engine)), fmt(b.overhead))
            + calibrated({CalibrationTerm::KvPool});
    if (m_input.method == EstimateMethod::Sglang)
        return Text::tr("none within SGLang's static share: the start-up memory (%1 per GPU) comes before it and "
                        "activations and CUDA graphs live in the (1 − mem_fraction_static) of the GPU outside it")
                   .arg(fmt(engineStartupBytes(m_input.engine)))
            + calibrated({CalibrationTerm::KvPool});
    if (allocatesAsLlamaCpp(m_input.method)) {
        const LlamaCppMemory mem = m_llamaCpp.memoryAt(tokens, concurrency);
        if (!mem.offloaded)
            return Text::tr("no layer on the GPU: the compute buffer (%1) is in host memory").arg(fmt(mem.computeBuffer));
        const QString attention = m_llamaCpp.flashAttention()
            ? Text::tr("with flash attention (%1)").arg(m_llamaCpp.flashAttentionReason())
            : Text::tr("without flash attention (%1)").arg(m_llamaCpp.flashAttentionReason());
        return Text::tr("compute buffer for %1 cells and a %2-token micro-batch, %3 = %4")
                   .arg(formatCount(mem.cellsPerSequence, locale), formatCount(m_input.engine.ubatch, locale), attention,
                        fmt(b.overhead))
            + calibrated({CalibrationTerm::ComputeBuffer});
    }
    return Text::tr("%1 × (%2 + %3) = %4")
        .arg(formatPpmAsPercent(m_input.overheadPpm), fmt(b.weights), fmt(b.kvCache), fmt(b.overhead));
}

} // namespace vram
