// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as an engine's start-up log, read as `calibrate` reads it.
#include "EngineLog.h"

#include <QString>

#include <cmath>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const vram::EngineLog log = vram::EngineLog::read(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    // Either something was read or the reader says what it looked for; every figure is a finite number.
    if (log.problem().isEmpty() == (!log.engine || (log.figures.isEmpty() && log.settings.isEmpty())))
        __builtin_trap();
    for (const vram::LogFigure &f : log.figures)
        if (!std::isfinite(f.value) || f.value < 0)
            __builtin_trap();
    return 0;
}
