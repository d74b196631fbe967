// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArchitectureShape.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace vram {

// The bytes a checkpoint's weights take as published, where its quantization_config says how
// they are stored, and a short name for that mix ("AWQ INT4 g128, FP16").
struct StoredWeights {
    qint64 bytes = 0;
    QString type;
};

// MXFP4 experts (gpt-oss), FP8 with block scales (DeepSeek, Qwen3 FP8, MiniMax, GLM FP8), AWQ and
// GPTQ integer groups, compressed-tensors' packed integer groups. `parameters` counts every weight,
// `restBytes` is what an unconverted one takes and `restName` its type (the config's dtype). Empty
// for a method or a shape whose layout is not modelled.
std::optional<StoredWeights> storedWeights(const ArchitectureShape &s, qint64 parameters, const QJsonObject &quantization,
                                           int restBytes, const QString &restName);

} // namespace vram
