// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include <optional>

namespace vram {

// The parameters of a multimodal config's vision tower and projector, counted from its
// vision_config as transformers builds them: Gemma 3's SigLIP, Qwen3-VL's and Qwen3.5's towers,
// Mistral 3's Pixtral, Llama 4's. Empty where there is no tower or it is not one the planner counts.
std::optional<qint64> visionTowerParameters(const QJsonObject &top, qint64 textHidden);

} // namespace vram
