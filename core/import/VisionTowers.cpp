// SPDX-License-Identifier: GPL-3.0-or-later
#include "VisionTowers.h"

#include "ConfigFields.h"
#include "WideInt.h"

#include <QJsonArray>

namespace vram {

namespace {
// A SigLIP vision tower (transformers' SiglipVisionModel): a patch convolution with bias, a position
// embedding per patch, encoder layers of attention (q, k, v, o with biases), an MLP (fc1, fc2 with
// biases) and two LayerNorms, a final LayerNorm, and with vision_use_head a pooling head (a probe,
// multi-head attention, a LayerNorm and an MLP).
std::optional<qint64> siglipParameters(const QJsonObject &vision)
{
    ConfigFields v(vision);
    const Wide h = v.integer({"hidden_size"}, 768, 1), i = v.integer({"intermediate_size"}, 3072, 1);
    const Wide layers = v.integer({"num_hidden_layers"}, 12, 1), channels = v.integer({"num_channels"}, 3, 1);
    const Wide image = v.integer({"image_size"}, 224, 1), patch = v.integer({"patch_size"}, 16, 1);
    if (!v.bad().isEmpty() || image % patch != 0)
        return std::nullopt;
    const Wide patches = (image / patch) * (image / patch);
    const Wide mlp = h * i + i + i * h + h;
    Wide p = channels * patch * patch * h + h + patches * h;  // embeddings
    p += layers * (4 * (h * h + h) + mlp + 4 * h);           // encoder
    p += 2 * h;                                               // post_layernorm
    if (v.boolean("vision_use_head", true))
        p += h + (3 * h * h + 3 * h) + (h * h + h) + 2 * h + mlp;
    return narrow(p);
}

// Qwen3-VL's vision tower (transformers' Qwen3VLVisionModel, Qwen3VLVisionConfig's defaults): a
// patch Conv3d with bias over temporal × spatial patches, a learned position embedding, blocks of
// LayerNorm, fused qkv and proj (with biases), LayerNorm and an MLP (fc1, fc2 with biases); the
// merger (LayerNorm of the vision width, then fc1 over 2 × 2 merged patches and fc2 to the text
// width, with biases), and — Qwen3-VL, not Qwen3.5, which deletes them — one more merger per deepstack
// layer whose LayerNorm spans the merged width.
std::optional<qint64> qwen3VisionParameters(const QJsonObject &vision, bool deepstack)
{
    ConfigFields v(vision);
    const Wide h = v.integer({"hidden_size"}, 1152, 1), i = v.integer({"intermediate_size"}, 4304, 1);
    const Wide depth = v.integer({"depth"}, 27, 1), channels = v.integer({"in_channels"}, 3, 1);
    const Wide patch = v.integer({"patch_size"}, 16, 1), temporal = v.integer({"temporal_patch_size"}, 2, 1);
    const Wide merge = v.integer({"spatial_merge_size"}, 2, 1), out = v.integer({"out_hidden_size"}, 3584, 1);
    const Wide positions = v.integer({"num_position_embeddings"}, 2304, 1);
    const QJsonValue stack = vision.value(QLatin1String("deepstack_visual_indexes"));
    const Wide deepstackLayers = !deepstack ? 0 : stack.isArray() ? stack.toArray().size() : 3;
    if (!v.bad().isEmpty())
        return std::nullopt;
    const Wide merged = h * merge * merge;
    const Wide mergerLinears = merged * merged + merged + merged * out + out;
    Wide p = channels * temporal * patch * patch * h + h + positions * h;
    p += depth * (2 * h + (3 * h * h + 3 * h) + (h * h + h) + 2 * h + (h * i + i) + (i * h + h));
    p += 2 * h + mergerLinears;
    p += deepstackLayers * (2 * merged + mergerLinears);
    return narrow(p);
}

// Mistral 3's Pixtral tower and projector (transformers' PixtralVisionModel and Mistral3MultiModalProjector):
// a patch convolution without bias, an RMS norm, layers of two RMS norms, q/k/v/o of heads × head_dim
// and a gated MLP, all without biases; the projector's RMS norm, the 2 × 2 patch merger and two
// linears to the text width (biases with multimodal_projector_bias).
std::optional<qint64> pixtralParameters(const QJsonObject &vision, const QJsonObject &top, qint64 textHidden)
{
    ConfigFields v(vision), t(top);
    const Wide h = v.integer({"hidden_size"}, 1024, 1), i = v.integer({"intermediate_size"}, 4096, 1);
    const Wide layers = v.integer({"num_hidden_layers"}, 24, 1), channels = v.integer({"num_channels"}, 3, 1);
    const Wide heads = v.integer({"num_attention_heads"}, 16, 1), patch = v.integer({"patch_size"}, 16, 1);
    const Wide headDim = v.integer({"head_dim"}, h / heads, 1);
    const Wide merge = t.integer({"spatial_merge_size"}, 2, 1);
    if (!v.bad().isEmpty() || !t.bad().isEmpty())
        return std::nullopt;
    const bool bias = t.boolean("multimodal_projector_bias", true);
    Wide p = channels * patch * patch * h + h;
    p += layers * (2 * h + 4 * h * heads * headDim + 3 * h * i);
    p += h + h * merge * merge * h + h * textHidden + Wide(textHidden) * textHidden + (bias ? 2 * Wide(textHidden) : 0);
    return narrow(p);
}

// Llama 4's vision tower and projector (transformers' Llama4VisionModel and Llama4MultiModalProjector):
// an unfolded patch linear without bias, a class embedding, a position per patch and one for the
// class token, LayerNorms before and after, layers of q/k/v/o and fc1/fc2 with biases and two
// LayerNorms; the pixel-shuffle adapter's fc1 (intermediate → projector input) and fc2 (projector
// output → projector output) without biases, and the projector to the text width.
std::optional<qint64> llama4VisionParameters(const QJsonObject &vision, qint64 textHidden)
{
    ConfigFields v(vision);
    const Wide h = v.integer({"hidden_size"}, 768, 1), i = v.integer({"intermediate_size"}, 3072, 1);
    const Wide layers = v.integer({"num_hidden_layers"}, 34, 1), channels = v.integer({"num_channels"}, 3, 1);
    const Wide image = v.integer({"image_size"}, 448, 1), patch = v.integer({"patch_size"}, 14, 1);
    const Wide projectorIn = v.integer({"projector_input_dim"}, 4096, 1), projectorOut = v.integer({"projector_output_dim"}, 4096, 1);
    const Wide visionOut = v.integer({"vision_output_dim"}, 7680, 1);
    if (!v.bad().isEmpty() || image % patch != 0)
        return std::nullopt;
    const Wide positions = (image / patch) * (image / patch) + 1;
    Wide p = channels * patch * patch * h + h + positions * h + 4 * h;
    p += layers * (4 * (h * h + h) + (h * i + i) + (i * h + h) + 4 * h);
    p += i * projectorIn + projectorOut * projectorOut;
    p += visionOut * textHidden;
    return narrow(p);
}
} // namespace

// The tower and projector of a multimodal wrapper, where both are known: Gemma 3's SigLIP and its
// projector (mm_input_projection_weight, vision width × text width, and an RMS norm of the vision
// width), Qwen3-VL's and Qwen3.5's towers with their mergers, Mistral 3's Pixtral, Llama 4's tower. Empty where the tower is absent or not one the planner counts.
std::optional<qint64> visionTowerParameters(const QJsonObject &top, qint64 textHidden)
{
    const QJsonObject vision = top.value(QLatin1String("vision_config")).toObject();
    const QString wrapper = top.value(QLatin1String("model_type")).toString();
    if (wrapper == QLatin1String("qwen3_vl") || wrapper == QLatin1String("qwen3_vl_moe"))
        return vision.isEmpty() ? std::nullopt : qwen3VisionParameters(vision, true);
    if (wrapper == QLatin1String("qwen3_5") || wrapper == QLatin1String("qwen3_5_moe"))
        return vision.isEmpty() ? std::nullopt : qwen3VisionParameters(vision, false);
    if (wrapper == QLatin1String("mistral3") && vision.value(QLatin1String("model_type")).toString() == QLatin1String("pixtral"))
        return pixtralParameters(vision, top, textHidden);
    if (wrapper == QLatin1String("llama4") && vision.value(QLatin1String("model_type")).toString() == QLatin1String("llama4_vision_model"))
        return llama4VisionParameters(vision, textHidden);
    if (vision.value(QLatin1String("model_type")).toString() != QLatin1String("siglip_vision_model")
        || top.value(QLatin1String("model_type")).toString() != QLatin1String("gemma3"))
        return std::nullopt;
    const auto tower = siglipParameters(vision);
    if (!tower)
        return std::nullopt;
    const qint64 width = ConfigFields(vision).integer({"hidden_size"}, 768, 1);
    return narrow(Wide(*tower) + Wide(width) * textHidden + width);
}

} // namespace vram
