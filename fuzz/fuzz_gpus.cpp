// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as the user's GPU list, read as the window and every command read it.
#include "Catalog.h"
#include "GpuLibrary.h"

#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = writeFuzzInput(QStringLiteral("user-gpus.json"), data, size);
    vram::GpuLibrary library(path);
    QString error;
    if (!library.load(&error)) {
        if (error.isEmpty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    // What it accepts is a list of usable GPUs.
    for (const vram::GpuSpec &g : library.gpus())
        if (!g.validate().isEmpty() || g.memoryBytes <= 0)
            __builtin_trap();
    vram::Catalog all = vram::Catalog::builtIn();
    library.applyTo(all);
    return 0;
}
