// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataType.h"
#include "EstimateMethod.h"
#include "ModelSpec.h"
#include "WideInt.h"

#include <QList>

namespace vram {

// Layers that store the same bytes per token and keep the same number of tokens.
struct KvLayerGroup {
    int layers = 0;
    qint64 bytesPerTokenPerLayer = 0; // K and V (or the MLA latent) for one token in one layer
    qint64 window = 0;                // 0: keeps every token; else at most this many (a window or a chunk)
    LayerKind kind = LayerKind::Full;
    qint64 bytesPerToken() const { return qint64(layers) * bytesPerTokenPerLayer; }
};

// A model's KV-cache layout for one KV precision, computed once so that the
// per-(tokens, requests) cost is a handful of multiplications.
class KvProfile
{
public:
    static KvProfile build(const ModelSpec &model, const DataType &kv, EstimateMethod method);

    const QList<KvLayerGroup> &groups() const { return m_groups; }
    // Bytes one token adds across the attention layers, ignoring windows and chunks.
    qint64 bytesPerToken() const { return m_bytesPerToken; }
    // The recurrent layers' state one request keeps, whatever its tokens.
    qint64 stateBytesPerRequest() const { return m_statePerRequest; }
    // Bytes one request of `tokens` tokens keeps: each attention layer's tokens (windows and
    // chunks applied) and the recurrent state.
    Wide bytesPerRequest(qint64 tokens) const;
    // Elements in one K (or V, or latent) row of a layer, for the formula text.
    qint64 rowElements() const { return m_rowElements; }
    bool isLatent() const { return m_latent; }

private:
    QList<KvLayerGroup> m_groups;
    qint64 m_bytesPerToken = 0;
    qint64 m_statePerRequest = 0;
    qint64 m_rowElements = 0;
    bool m_latent = false;
};

// Bytes of `elements` values stored in `type`: whole blocks, as llama.cpp
// quantizes each row separately.
qint64 rowBytes(qint64 elements, const DataType &type);

} // namespace vram
