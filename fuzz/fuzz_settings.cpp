// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as the settings file, read as the window reads it at start-up.
#include "Catalog.h"
#include "SettingsStore.h"

#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = writeFuzzInput(QStringLiteral("vram-planner.ini"), data, size);
    SettingsStore settings(path);
    const vram::Scenario scenario = settings.loadScenario(vram::Catalog::builtIn());
    // Whatever the file holds, the window starts on a scenario it can show.
    if (!scenario.toInput(vram::Catalog::builtIn(), nullptr))
        __builtin_trap();
    if (settings.recentFiles().size() > SettingsStore::kMaxRecent)
        __builtin_trap();
    (void)settings.language();
    (void)settings.geometry();
    return 0;
}
