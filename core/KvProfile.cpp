// SPDX-License-Identifier: GPL-3.0-or-later
#include "KvProfile.h"

#include <algorithm>

namespace vram {

qint64 rowBytes(qint64 elements, const DataType &type)
{
    return qint64(ceilDiv(elements, type.blockElements)) * type.blockBytes;
}

KvProfile KvProfile::build(const ModelSpec &model, const DataType &kv, EstimateMethod method)
{
    KvProfile profile;
    qint64 perLayer = 0;
    if (method == EstimateMethod::Article) {
        // The article's formula: K and V each as wide as the hidden state.
        profile.m_rowElements = model.hidden;
        perLayer = 2 * rowBytes(model.hidden, kv);
    } else if (model.attentionKind() == AttentionKind::MultiHeadLatent) {
        // MLA caches one compressed latent plus the decoupled RoPE key per token.
        profile.m_latent = true;
        profile.m_rowElements = qint64(model.kvLoraRank) + model.qkRopeHeadDim;
        perLayer = rowBytes(profile.m_rowElements, kv) + model.indexerBytesPerTokenPerLayer();
    } else {
        profile.m_rowElements = qint64(model.kvHeads) * model.headDim;
        perLayer = 2 * rowBytes(profile.m_rowElements, kv);
    }

    // The article's formula knows one kind of layer; the other methods read each layer's kind.
    if (method == EstimateMethod::Article) {
        profile.m_groups.append({model.layers, perLayer, 0, LayerKind::Full});
        profile.m_bytesPerToken = qint64(model.layers) * perLayer;
        return profile;
    }
    const int full = model.layerCount(LayerKind::Full);
    const int sliding = model.layerCount(LayerKind::Sliding);
    const int chunked = model.layerCount(LayerKind::Chunked);
    if (full > 0)
        profile.m_groups.append({full, perLayer, 0, LayerKind::Full});
    if (sliding > 0)
        profile.m_groups.append({sliding, perLayer, model.slidingWindow, LayerKind::Sliding});
    if (chunked > 0)
        profile.m_groups.append({chunked, perLayer, model.chunkSize, LayerKind::Chunked});
    profile.m_bytesPerToken = qint64(full + sliding + chunked) * perLayer;
    profile.m_statePerRequest = model.recurrentStateBytesPerSequence();
    return profile;
}

Wide KvProfile::bytesPerRequest(qint64 tokens) const
{
    Wide total = m_statePerRequest;
    for (const KvLayerGroup &g : m_groups) {
        const qint64 kept = g.window > 0 ? std::min(tokens, g.window) : tokens;
        total += Wide(g.bytesPerToken()) * kept;
    }
    return total;
}

} // namespace vram
