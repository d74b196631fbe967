// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelSpec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace vram {

// Reads a Hugging Face config.json into a ModelSpec, and counts the
// parameters its architecture implies (embeddings, attention, MLP or experts,
// norms, untied output head). Multimodal configs are read from text_config.
class HfConfig
{
public:
    static QStringList supportedModelTypes();
    // nullopt with a translated message naming the field when the config is unusable.
    static std::optional<ModelSpec> read(const QJsonObject &config, QString *error);
    static std::optional<ModelSpec> parse(const QByteArray &json, QString *error);
    // Infinity, -Infinity and NaN outside strings, as Python writes them, turned into strings.
    static QByteArray quotePythonConstants(const QByteArray &json);
};

} // namespace vram
