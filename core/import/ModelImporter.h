// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelSpec.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace vram {

// Turns what a user has on disk into a ModelSpec, offline and exactly:
// - a Hugging Face config.json (parameters computed from the architecture);
// - a model folder: config.json plus *.safetensors or model.safetensors.index.json
//   (parameters and weight bytes from the safetensors headers);
// - a .gguf file, split files (-00001-of-0000N.gguf) included (everything from
//   the header and tensor table; the tensor data is never read).
// Errors name the file and what is wrong, translated.
class ModelImporter
{
public:
    static std::optional<ModelSpec> importPath(const QString &path, QString *error);

    static std::optional<ModelSpec> importGguf(const QString &path, QString *error);
    static std::optional<ModelSpec> importFolder(const QString &folder, QString *error);
    // `config`, when given, receives the config.json object as read (for what the folder import needs of it).
    static std::optional<ModelSpec> importConfig(const QString &configPath, QString *error, QJsonObject *config = nullptr);
};

} // namespace vram
