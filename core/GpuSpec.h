// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vram {

// One accelerator kind. Capacity is what the driver reports as total memory
// (nvidia-smi's MiB × 2^20), not the marketing figure: an "80GB" H100 reports
// 81,559 MiB = 85.52 GB.
struct GpuSpec {
    QString id;       // "a100-80gb"
    QString name;     // "A100 80GB"
    QString vendor;   // "NVIDIA"
    qint64 memoryBytes = 0;
    QString source;

    QString validate() const;
};

} // namespace vram
