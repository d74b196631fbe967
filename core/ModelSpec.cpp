// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelSpec.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vram {

namespace {
// Generous ceilings: ten times the largest published model, so that a typo
// (an extra zero or a negative sign) is caught and named rather than computed.
constexpr int kMaxLayers = 10000;
constexpr int kMaxWidth = 1 << 22;
constexpr qint64 kMaxParameters = qint64(1) << 50;

QString fieldError(const ModelSpec &m, const char *field, qint64 value)
{
    return QCoreApplication::translate("ModelSpec", "Model \"%1\": field \"%2\" has an invalid value (%3).")
        .arg(m.id, QLatin1String(field)).arg(value);
}
} // namespace

QString attentionKindName(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::MultiHead:
        return QCoreApplication::translate("ModelSpec", "multi-head attention (MHA)");
    case AttentionKind::GroupedQuery:
        return QCoreApplication::translate("ModelSpec", "grouped-query attention (GQA)");
    case AttentionKind::MultiQuery:
        return QCoreApplication::translate("ModelSpec", "multi-query attention (MQA)");
    case AttentionKind::MultiHeadLatent:
        return QCoreApplication::translate("ModelSpec", "multi-head latent attention (MLA)");
    }
    return {};
}

QString layerKindId(LayerKind kind)
{
    switch (kind) {
    case LayerKind::Sliding:
        return QStringLiteral("sliding_attention");
    case LayerKind::Chunked:
        return QStringLiteral("chunked_attention");
    case LayerKind::Recurrent:
        return QStringLiteral("linear_attention");
    case LayerKind::Feedforward:
        return QStringLiteral("mlp");
    case LayerKind::Full:
        break;
    }
    return QStringLiteral("full_attention");
}

QString recurrentMixerId(RecurrentMixer mixer)
{
    switch (mixer) {
    case RecurrentMixer::Mamba1:
        return QStringLiteral("mamba1");
    case RecurrentMixer::Mamba2:
        return QStringLiteral("mamba2");
    case RecurrentMixer::GatedDeltaNet:
        return QStringLiteral("gated_deltanet");
    case RecurrentMixer::None:
        break;
    }
    return {};
}

std::optional<RecurrentMixer> parseRecurrentMixer(const QString &id)
{
    for (RecurrentMixer m : {RecurrentMixer::None, RecurrentMixer::Mamba1, RecurrentMixer::Mamba2, RecurrentMixer::GatedDeltaNet})
        if (recurrentMixerId(m) == id)
            return m;
    return std::nullopt;
}

std::optional<LayerKind> parseLayerKind(const QString &id)
{
    for (LayerKind k : {LayerKind::Full, LayerKind::Sliding, LayerKind::Chunked, LayerKind::Recurrent, LayerKind::Feedforward})
        if (layerKindId(k) == id)
            return k;
    if (id == QLatin1String("mamba") || id == QLatin1String("linear"))
        return LayerKind::Recurrent;
    if (id == QLatin1String("attention"))
        return LayerKind::Full;
    return std::nullopt;
}

QString attentionKindShortName(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::MultiHead:
        return QStringLiteral("MHA");
    case AttentionKind::GroupedQuery:
        return QStringLiteral("GQA");
    case AttentionKind::MultiQuery:
        return QStringLiteral("MQA");
    case AttentionKind::MultiHeadLatent:
        return QStringLiteral("MLA");
    }
    return {};
}

AttentionKind ModelSpec::attentionKind() const
{
    if (kvLoraRank > 0)
        return AttentionKind::MultiHeadLatent;
    if (kvHeads == heads)
        return AttentionKind::MultiHead;
    if (kvHeads == 1)
        return AttentionKind::MultiQuery;
    return AttentionKind::GroupedQuery;
}

LayerKind ModelSpec::layerKind(int layer) const
{
    if (!layerKinds.isEmpty())
        return layerKinds.value(layer, LayerKind::Full);
    if (slidingWindow <= 0)
        return LayerKind::Full;
    return globalEvery <= 0 || (layer + 1) % globalEvery != 0 ? LayerKind::Sliding : LayerKind::Full;
}

int ModelSpec::layerCount(LayerKind kind) const
{
    if (!layerKinds.isEmpty())
        return int(layerKinds.count(kind));
    if (kind == LayerKind::Chunked || kind == LayerKind::Recurrent || kind == LayerKind::Feedforward)
        return 0;
    int sliding = 0;
    if (slidingWindow > 0)
        sliding = globalEvery <= 0 ? layers : layers - layers / globalEvery;
    return kind == LayerKind::Sliding ? sliding : layers - sliding;
}

QString ModelSpec::fileWeightTypeText() const
{
    // The words StoredWeights writes; the format names around them are the same in every language.
    static const char *const words[] = {QT_TRANSLATE_NOOP("ModelSpec", "experts"), QT_TRANSLATE_NOOP("ModelSpec", "blocks"),
                                        QT_TRANSLATE_NOOP("ModelSpec", "per channel")};
    QString text = fileWeightType;
    for (const char *word : words)
        text.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(word))),
                     QCoreApplication::translate("ModelSpec", word));
    return text.replace(QStringLiteral(", "), QCoreApplication::translate("ModelSpec", ", ", "between the parts of a weight type"));
}

qint64 ModelSpec::recurrentStateBytesPerSequence() const
{
    return qint64(recurrentLayerCount())
        * (convStateElements * convStateBytes + ssmStateElements * ssmStateBytes);
}

qint64 ModelSpec::convStateElementsPerRank(int tp) const
{
    if (tp == 1)
        return convStateElements;
    if (tp < 1 || recurrentHeads <= 0 || recurrentHeads % tp != 0 || recurrentGroups <= 0)
        return -1;
    if (recurrentGroups % tp == 0)
        return convStateElements / tp;
    if (recurrentMixer != RecurrentMixer::Mamba2 || recurrentStateSize <= 0 || tp % recurrentGroups != 0)
        return -1;
    // conv = (d_conv − 1) × (inner + 2 × groups × d_state) and ssm = inner × d_state; with the groups
    // replicated to one a rank: (d_conv − 1) × (inner + 2 × tp × d_state) / tp.
    const qint64 inner = ssmStateElements / recurrentStateSize;
    const qint64 channels = inner + 2 * qint64(recurrentGroups) * recurrentStateSize;
    if (inner <= 0 || convStateElements % channels != 0 || inner % tp != 0)
        return -1;
    return convStateElements / channels * ((inner + 2 * qint64(tp) * recurrentStateSize) / tp);
}

qint64 ModelSpec::ssmStateElementsPerRank(int tp) const
{
    return convStateElementsPerRank(tp) < 0 ? -1 : ssmStateElements / tp;
}

QString ModelSpec::validate() const
{
    if (id.isEmpty())
        return QCoreApplication::translate("ModelSpec", "A model has no \"id\".");
    // A name is shown in lists, titles and exports: a 100,000-character one would cost
    // seconds and gigabytes at every start.
    if (id.size() > kMaxNameLength || name.size() > kMaxNameLength || architecture.size() > kMaxNameLength)
        return QCoreApplication::translate("ModelSpec", "Model \"%1…\": the id or name is longer than %2 characters.")
            .arg(id.left(40))
            .arg(kMaxNameLength);
    if (parameters <= 0 || parameters > kMaxParameters)
        return fieldError(*this, "parameters", parameters);
    if (nominalParameters <= 0 || nominalParameters > kMaxParameters)
        return fieldError(*this, "nominal_parameters", nominalParameters);
    if (layers <= 0 || layers > kMaxLayers)
        return fieldError(*this, "num_hidden_layers", layers);
    if (hidden <= 0 || hidden > kMaxWidth)
        return fieldError(*this, "hidden_size", hidden);
    if (heads <= 0 || heads > kMaxWidth)
        return fieldError(*this, "num_attention_heads", heads);
    if (kvHeads <= 0 || kvHeads > heads)
        return fieldError(*this, "num_key_value_heads", kvHeads);
    if (heads % kvHeads != 0)
        return QCoreApplication::translate("ModelSpec",
                   "Model \"%1\": %2 attention heads cannot be shared evenly by %3 key/value heads.")
            .arg(id).arg(heads).arg(kvHeads);
    if (!headDimExplicit && hidden % heads != 0)
        return QCoreApplication::translate("ModelSpec",
                   "Model \"%1\": hidden size %2 is not divisible by %3 attention heads; give \"head_dim\".")
            .arg(id).arg(hidden).arg(heads);
    if (headDim <= 0 || headDim > kMaxWidth)
        return fieldError(*this, "head_dim", headDim);
    if (kvLoraRank < 0 || kvLoraRank > kMaxWidth)
        return fieldError(*this, "kv_lora_rank", kvLoraRank);
    if (qkRopeHeadDim < 0 || qkRopeHeadDim > kMaxWidth)
        return fieldError(*this, "qk_rope_head_dim", qkRopeHeadDim);
    if (indexHeadDim < 0 || indexHeadDim > kMaxWidth || (indexHeadDim > 0 && kvLoraRank <= 0))
        return fieldError(*this, "index_head_dim", indexHeadDim);
    if (slidingWindow < 0)
        return fieldError(*this, "sliding_window", slidingWindow);
    if (!layerKinds.isEmpty() && layerKinds.size() != layers)
        return QCoreApplication::translate("ModelSpec", "Model \"%1\": \"layer_types\" names %2 layers, not %3.")
            .arg(id).arg(layerKinds.size()).arg(layers);
    if (layerCount(LayerKind::Sliding) > 0 && slidingWindow <= 0)
        return fieldError(*this, "sliding_window", slidingWindow);
    if (chunkSize < 0 || (layerCount(LayerKind::Chunked) > 0 && chunkSize <= 0))
        return fieldError(*this, "attention_chunk_size", chunkSize);
    // A recurrent layer's state: up to 2^30 elements (a billion) each, 1–8 bytes an element.
    if (convStateElements < 0 || convStateElements > (qint64(1) << 30) || ssmStateElements < 0
        || ssmStateElements > (qint64(1) << 30) || convStateBytes < 1 || convStateBytes > 8 || ssmStateBytes < 1
        || ssmStateBytes > 8)
        return fieldError(*this, "recurrent state", convStateElements + ssmStateElements);
    if (towerParameters < 0 || towerParameters > parameters)
        return fieldError(*this, "tower_parameters", towerParameters);
    if (recurrentHeads < 0 || recurrentHeads > kMaxWidth || recurrentGroups < 0 || recurrentGroups > kMaxWidth
        || recurrentStateSize < 0 || recurrentStateSize > kMaxWidth)
        return fieldError(*this, "recurrent_heads", qint64(recurrentHeads) + recurrentGroups);
    if (globalEvery < 0 || globalEvery > kMaxLayers)
        return fieldError(*this, "global_every", globalEvery);
    if (maxContext <= 0)
        return fieldError(*this, "max_position_embeddings", maxContext);
    if (fileWeightBytes < 0)
        return fieldError(*this, "file_weight_bytes", fileWeightBytes);
    if (experts < 0 || expertsPerToken < 0 || expertsPerToken > experts)
        return fieldError(*this, "num_experts_per_tok", expertsPerToken);
    return {};
}

} // namespace vram
