// SPDX-License-Identifier: GPL-3.0-or-later
#include "VllmLayout.h"

#include "ByteUnit.h"
#include "KvProfile.h"
#include "Phrase.h"
#include "StartupMemory.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(VllmLayout)
};

bool isVllmKvType(const DataType &t)
{
    // vLLM's --kv-cache-dtype: auto (the model's 16- or 32-bit type) or fp8.
    return t.kind == DataType::Kind::Float && (t.blockBytes == 1 || t.blockBytes == 2 || t.blockBytes == 4);
}

// Bytes a 16- or 32-bit activation takes: vLLM computes in the model's dtype,
// which is 16-bit for every quantized checkpoint.
qint64 activationBytes(const DataType &weights)
{
    return weights.kind == DataType::Kind::Float && weights.blockBytes == 4 ? 4 : 2;
}

// Stage boundaries as get_pp_indices draws them: ⌊layers / stages⌋ each, one more for the
// stages before the last, from the second-to-last backwards, while layers remain.
QList<int> stageOfLayers(int layers, int stages)
{
    QList<int> counts(stages, layers / stages);
    for (int i = 2; i < layers % stages + 2; ++i)
        ++counts[stages - i];
    QList<int> stageOf;
    stageOf.reserve(layers);
    for (int s = 0; s < stages; ++s)
        stageOf.append(QList<int>(counts[s], s));
    return stageOf;
}

// How vLLM groups the layers of a model that mixes kinds — full attention, sliding windows,
// recurrent state (kv_cache_utils.py, _get_kv_cache_groups_uniform_page_size): a group size of the
// rarest kind's count, or of the commonest's when it has fewer than 1.5 times as many; each kind
// split into ⌈count / size⌉ groups, group j taking every ⌈count / size⌉-th layer of its kind from
// the j-th. With pipeline stages each worker keeps its own layers of every group, and its largest
// group sets the block's size. A model with one kind of layer is one group. Models whose every
// layer slides (Mistral 7B v0.1, Phi-3-mini) run through vLLM's Llama code, which passes no
// window, so their layers count as full; so do a chunked-attention model's (Llama 4), for which
// vLLM turns the hybrid allocator off unless VLLM_ALLOW_CHUNKED_LOCAL_ATTN_WITH_HYBRID_KV_CACHE
// is set. MLP-only layers cache nothing and join no group.
void assignKvGroups(VllmLayout &l, const ModelSpec &m, int stages)
{
    QList<int> full, sliding, state;
    const bool hybridOff = m.layerCount(LayerKind::Chunked) > 0;
    for (int i = 0; i < m.layers; ++i) {
        const LayerKind kind = m.layerKind(i);
        if (kind == LayerKind::Recurrent)
            state << i;
        else if (kind == LayerKind::Sliding && !hybridOff)
            sliding << i;
        else if (kind != LayerKind::Feedforward)
            full << i;
        // Falcon-H1: the layer's Mamba mixer is a layer of its own to vLLM, with its own state page.
        if (m.stateBesideAttention && kind != LayerKind::Recurrent && kind != LayerKind::Feedforward)
            state << i;
    }
    const QList<int> stageOf = stageOfLayers(m.layers, stages);
    l.attentionLayers = 0;
    for (int s = 0; s < stages; ++s) {
        int attention = 0;
        for (const QList<int> *kind : {&full, &sliding})
            for (int layer : *kind)
                attention += stageOf[layer] == s ? 1 : 0;
        l.attentionLayers = std::max(l.attentionLayers, attention);
    }
    int kinds = 0, fewest = m.layers, most = 0;
    for (const QList<int> *kind : {&full, &sliding, &state})
        if (!kind->isEmpty()) {
            ++kinds;
            fewest = std::min(fewest, int(kind->size()));
            most = std::max(most, int(kind->size()));
        }
    if (kinds <= 1 && state.isEmpty()) {
        l.fullGroups = 1;
        l.slidingGroups = 0;
        l.stateGroups = 0;
        l.groupLayers = l.stageLayers;
        return;
    }
    const int size = 2 * most < 3 * fewest ? most : fewest;
    const auto groupsOf = [size](const QList<int> &kind) { return int((kind.size() + size - 1) / size); };
    l.fullGroups = groupsOf(full);
    l.slidingGroups = groupsOf(sliding);
    l.stateGroups = groupsOf(state);
    if (!sliding.isEmpty())
        l.slidingWindow = m.slidingWindow;
    int largest = 0;
    for (const QList<int> *kind : {&full, &sliding, &state}) {
        const int groups = groupsOf(*kind);
        for (int g = 0; g < groups; ++g)
            for (int s = 0; s < stages; ++s) {
                int inStage = 0;
                for (qsizetype j = g; j < kind->size(); j += groups)
                    inStage += stageOf[kind->at(j)] == s ? 1 : 0;
                largest = std::max(largest, inStage);
            }
    }
    l.groupLayers = largest;
}

// A recurrent layer's state takes one page, and vLLM makes the attention page as large
// (HybridAttentionMambaModelConfig.verify_and_update_config): the attention block grows to
// 16 × ⌈state page / (16 × one token's K and V in a layer)⌉ tokens ("Setting attention block size
// to N tokens") and the state page is padded to the attention page. Tensor parallelism splits the
// state over its heads and groups, replicating a Mamba-2 model's groups when it has fewer than ranks
// (ModelSpec::convStateElementsPerRank); another split is not modelled.
bool sizeStatePages(VllmLayout &l, const ModelSpec &m, int tp, qint64 attentionTokenBytes)
{
    if (l.attentionLayers == 0 || attentionTokenBytes <= 0 || m.convStateElementsPerRank(tp) < 0) {
        l.error = Text::tr("vLLM's split of %1's recurrent state over %2 GPUs is not modelled: its %3 recurrent heads must "
                           "divide by the tensor-parallel size, and its %4 groups too (or, for Mamba-2, divide it). Use "
                           "fewer GPUs, pipeline stages, or the exact method.")
                      .arg(m.name)
                      .arg(tp)
                      .arg(m.recurrentHeads)
                      .arg(m.recurrentGroups);
        return false;
    }
    l.convPageBytes = m.convStateElementsPerRank(tp) * m.convStateBytes;
    l.ssmPageBytes = m.ssmStateElementsPerRank(tp) * m.ssmStateBytes;
    l.statePageBytes = l.convPageBytes + l.ssmPageBytes;
    const qint64 unit = kVllmBlockTokens * attentionTokenBytes;
    l.blockTokens = kVllmBlockTokens * ((l.statePageBytes + unit - 1) / unit);
    return true;
}

// A hybrid model's pages on an Ascend NPU, where every cache tensor must be contiguous
// (vllm_ascend/patch/platform/patch_mamba_config.py). From 0.16 (#6887) the attention block is
// 128 × ⌈SSM state / (128 × one token's K in a layer)⌉ tokens and must hold the SSM state in its K
// half exactly, or vLLM-Ascend stops ("Cannot align ssm_page_size and attn_page_size"); a page is
// that block's K and V plus the convolution state beside them, in attention and recurrent layers
// alike. Before 0.16 the block was 128 × ⌈whole state / (128 × one token's K and V)⌉ tokens and
// the state page was padded to it: vLLM's own rule in 128-token steps instead of 16. Returns one
// layer's page, 0 with the error set.
qint64 sizeAscendStatePages(VllmLayout &l, const EstimateInput &in, qint64 attentionTokenBytes)
{
    const qint64 align = in.engine.platformBlockTokens;
    if (in.model.attentionKind() == AttentionKind::MultiHeadLatent) {
        l.error = Text::tr("vLLM-Ascend's pages for %1, latent attention beside recurrent layers, are not modelled; "
                           "use the exact method.")
                      .arg(in.model.name);
        return 0;
    }
    if (in.engine.vllmAscendWholeStatePages) {
        const qint64 unit = align * attentionTokenBytes;
        l.blockTokens = align * ((l.statePageBytes + unit - 1) / unit);
        return l.blockTokens * attentionTokenBytes;
    }
    // vLLM-Ascend takes the larger of a layer's two states as the SSM state, the smaller as the conv.
    const qint64 ssm = std::max(l.ssmPageBytes, l.convPageBytes);
    const qint64 conv = std::min(l.ssmPageBytes, l.convPageBytes);
    const qint64 keyBytes = attentionTokenBytes / 2;
    const qint64 unit = align * keyBytes;
    l.blockTokens = align * ((ssm + unit - 1) / unit);
    if (l.blockTokens * keyBytes != ssm) {
        l.error = Text::tr("vLLM-Ascend stops at start-up (\"Cannot align ssm_page_size and attn_page_size\"): "
                           "one recurrent layer's SSM state on a rank (%1) is not a whole number of %2-token "
                           "K blocks of %3. Another tensor-parallel size may align.")
                      .arg(formatExactBytes(ssm, QLocale()))
                      .arg(align)
                      .arg(formatExactBytes(unit, QLocale()));
        return 0;
    }
    return l.blockTokens * attentionTokenBytes + conv;
}
} // namespace

qint64 VllmLayout::slidingBlocksFor(qint64 tokens, qint64 block) const
{
    block = block > 0 ? block : blockTokens;
    return std::min(blocksFor(tokens, block), blocksFor(slidingCapTokens, block) + 1);
}

// A recurrent group holds one block a request, whatever its length (MambaSpec's max memory).
qint64 VllmLayout::requestBlocks(qint64 tokens, qint64 block) const
{
    block = block > 0 ? block : blockTokens;
    return fullGroups * blocksFor(tokens, block) + slidingGroups * slidingBlocksFor(tokens, block) + stateGroups;
}

qint64 VllmLayout::maxUsageBlocks(qint64 maxModelLen, qint64 block) const
{
    block = block > 0 ? block : blockTokens;
    return fullGroups * blocksFor(maxModelLen, block)
        + slidingGroups * (blocksFor(std::min(slidingCapTokens, maxModelLen), block) + 1) + stateGroups;
}

bool VllmLayout::acceptsTensorParallel(const ModelSpec &m, int tp)
{
    if (tp < 1 || m.heads % tp != 0)
        return false;
    if (m.attentionKind() == AttentionKind::MultiHeadLatent)
        return true;
    return m.kvHeads % tp == 0 || tp % m.kvHeads == 0;
}

std::optional<VllmLayout::Split> VllmLayout::split(const ModelSpec &m, int gpus, int stages)
{
    if (gpus < 1)
        return std::nullopt;
    const auto fits = [&](int pp) -> std::optional<Split> {
        if (pp < 1 || pp > m.layers || gpus % pp != 0 || !acceptsTensorParallel(m, gpus / pp))
            return std::nullopt;
        return Split{gpus / pp, pp};
    };
    if (stages > 0)
        return fits(stages);
    // Fewest stages first: tensor parallelism within a node, a pipeline only where it must.
    for (int pp = 1; pp <= gpus && pp <= m.layers; ++pp)
        if (const auto s = fits(pp))
            return s;
    return std::nullopt;
}

void VllmLayout::assignGpus(EngineSettings &engine, const ModelSpec &model, int gpus)
{
    const auto s = split(model, gpus, engine.pipelineStages);
    engine.tensorParallel = s ? s->tensorParallel : gpus;
    engine.pipelineParallel = s ? s->pipelineParallel : 1;
}

VllmLayout VllmLayout::build(const EstimateInput &in, qint64 weightsBytes)
{
    VllmLayout l;
    const ModelSpec &m = in.model;
    const int tp = in.engine.tensorParallel;
    const int pp = in.engine.pipelineParallel;
    l.tensorParallel = tp;
    l.pipelineParallel = pp;
    if (!isVllmKvType(in.kvCache)) {
        l.error = Text::tr("vLLM has no %1 KV cache; use FP16, BF16, FP32 or FP8.").arg(in.kvCache.name);
        return l;
    }
    const int gpus = tp * pp;
    if (!acceptsTensorParallel(m, tp) || pp < 1 || pp > m.layers) {
        // Name the accepted counts on either side, so that the user knows what to pick.
        QStringList nearest;
        for (int lower = gpus - 1; lower >= 1; --lower)
            if (split(m, lower, in.engine.pipelineStages)) {
                nearest << QString::number(lower);
                break;
            }
        for (int higher = gpus + 1; higher <= kMaxTensorParallel; ++higher)
            if (split(m, higher, in.engine.pipelineStages)) {
                nearest << QString::number(higher);
                break;
            }
        l.error = Text::tr("vLLM cannot run this model on %1 GPUs: tensor parallelism needs its %2 attention heads to "
                           "divide by the size and its %3 KV heads and the size to divide one another, and pipeline "
                           "parallelism at most one stage per layer (%4). Nearest counts vLLM accepts: %5.")
                      .arg(gpus)
                      .arg(m.heads)
                      .arg(m.kvHeads)
                      .arg(m.layers)
                      .arg(nearest.isEmpty() ? Text::tr("none") : joinList(nearest));
        return l;
    }
    // vLLM gives each stage ⌊layers / stages⌋ and the remainder one more each
    // (get_pp_indices): the largest stage sets every GPU's share.
    l.stageLayers = (m.layers + pp - 1) / pp;
    qint64 perLayer = 0;
    if (m.attentionKind() == AttentionKind::MultiHeadLatent && m.indexHeadDim > 0) {
        // DeepSeek V3.2: an FP8 cache becomes fp8_ds_mla (DeepseekV32ForCausalLM.verify_and_update_config),
        // any other keeps the latent in its type; each layer's lightning-indexer keys (DeepseekV32IndexerCache:
        // FP8 values and a float32 scale a 128, as uint8) are a second page of the same kind, and vLLM keeps
        // both in one group of uniform type (UniformTypeKVCacheSpecs): a block id holds both pages of every
        // layer, 64 tokens each.
        l.latentBytes = in.kvCache.blockBytes == 1 ? kVllmFp8DsMlaTokenBytes
                                                   : rowBytes(qint64(m.kvLoraRank) + m.qkRopeHeadDim, in.kvCache);
        l.indexerBytes = m.indexerBytesPerTokenPerLayer();
        l.blockTokens = kVllmSparseMlaBlockTokens;
        perLayer = l.latentBytes + l.indexerBytes;
    } else if (m.attentionKind() == AttentionKind::MultiHeadLatent) {
        perLayer = rowBytes(qint64(m.kvLoraRank) + m.qkRopeHeadDim, in.kvCache);
    } else {
        // Fewer KV heads than ranks: each rank keeps a copy of one head.
        l.kvHeadsPerRank = std::max(1, m.kvHeads / tp);
        perLayer = 2 * rowBytes(qint64(l.kvHeadsPerRank) * m.headDim, in.kvCache);
    }
    assignKvGroups(l, m, pp);
    l.slidingCapTokens = l.slidingWindow - 1 + in.engine.maxNumBatchedTokens;
    const bool ascend = in.engine.platformBlockTokens > 0;
    l.graphsOutsideBudget = ascend;
    // vLLM-Ascend pages the cache in 128-token blocks; vLLM's own block of a hybrid model holds a state page.
    if (ascend && l.stateGroups == 0)
        l.blockTokens = in.engine.platformBlockTokens;
    if (l.stateGroups > 0 && !sizeStatePages(l, m, tp, perLayer))
        return l;
    qint64 page = l.blockTokens * perLayer; // one layer's page of one block
    if (ascend && l.stateGroups > 0) {
        page = sizeAscendStatePages(l, in, perLayer);
        if (page == 0)
            return l;
    }
    const auto block = narrow(Wide(l.groupLayers) * page);
    if (!block) {
        l.error = Text::tr("The KV cache of one block does not fit in a 64-bit byte count.");
        return l;
    }
    l.layerBytesPerToken = perLayer;
    l.kvBytesPerToken = qint64(l.attentionLayers) * perLayer;
    l.blockBytes = *block;
    // The stage's layers' share of the weights, split over its ranks (embedding and
    // head counted as spread evenly).
    const Wide stageWeights = Wide(weightsBytes) * l.stageLayers;
    l.weights = qint64((stageWeights + Wide(m.layers) * tp - 1) / (Wide(m.layers) * tp));
    // The profiling run pushes max_num_batched_tokens through the model and
    // samples max_num_seqs sequences. A least-squares line through vLLM's
    // printed activation peaks for Llama-3-8B (1.26 GiB at 8,192 tokens,
    // vllm-project/vllm#10511; 2.07 and 2.99 GiB at 20,000 and 29,000,
    // vllm-project/vllm#10517) gives about 11 hidden-sized activations per
    // token and four fp32 copies of the logits per sequence.
    const qint64 perToken = 11 * qint64(m.hidden) * activationBytes(in.weights);
    l.activation = in.engine.maxNumBatchedTokens * perToken + in.engine.maxNumSeqs * qint64(m.vocab) * 16;
    // Its non-torch memory: the CUDA context and, on several GPUs, NCCL's buffers (StartupMemory.h).
    l.nonTorch = engineStartupBytes(in.engine);
    const bool graphsInBudget = !in.engine.enforceEager && !in.engine.graphsAfterKvCache;
    l.cudaGraphs = graphsInBudget ? kVllmCudaGraphBytes : 0;
    // A calibration from a log of this engine on this GPU corrects the estimated terms.
    const Calibration &cal = in.engine.calibration;
    l.activation = std::max<qint64>(0, l.activation + cal.activation);
    l.nonTorch = std::max<qint64>(0, l.nonTorch + cal.nonTorch);
    l.cudaGraphs = graphsInBudget ? std::max<qint64>(0, l.cudaGraphs + cal.cudaGraphs) : 0;
    return l;
}

} // namespace vram
