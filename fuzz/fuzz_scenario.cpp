// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a .vramplan scenario file, read as File → Open reads it.
#include "Catalog.h"
#include "ScenarioFile.h"

#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = writeFuzzInput(QStringLiteral("s.vramplan"), data, size);
    QString error;
    const auto file = vram::ScenarioFile::load(path, vram::Catalog::builtIn(), &error);
    if (!file && error.isEmpty())
        __builtin_trap();
    // What it accepts must be an estimate the window can show.
    if (file && !file->scenario.toInput(vram::Catalog::builtIn(), nullptr)) {
        vram::Catalog withModels = vram::Catalog::builtIn();
        for (const vram::ModelSpec &m : file->models)
            if (!withModels.model(m.id))
                withModels.addModel(m);
        if (!file->scenario.toInput(withModels, nullptr))
            __builtin_trap();
    }
    return 0;
}
