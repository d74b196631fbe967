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
        perLayer = rowBytes(profile.m_rowElements, kv);
    } else {
        profile.m_rowElements = qint64(model.kvHeads) * model.headDim;
        perLayer = 2 * rowBytes(profile.m_rowElements, kv);
    }

    const bool useWindows = method != EstimateMethod::Article;
    const int sliding = useWindows ? model.slidingLayerCount() : 0;
    if (model.layers - sliding > 0)
        profile.m_groups.append({model.layers - sliding, perLayer, 0});
    if (sliding > 0)
        profile.m_groups.append({sliding, perLayer, model.slidingWindow});
    profile.m_bytesPerToken = qint64(model.layers) * perLayer;
    return profile;
}

Wide KvProfile::bytesPerRequest(qint64 tokens) const
{
    Wide total = 0;
    for (const KvLayerGroup &g : m_groups) {
        const qint64 kept = g.window > 0 ? std::min(tokens, g.window) : tokens;
        total += Wide(g.bytesPerToken()) * kept;
    }
    return total;
}

} // namespace vram
