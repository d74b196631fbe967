// SPDX-License-Identifier: GPL-3.0-or-later
#include "GpuSpec.h"

#include <QCoreApplication>

namespace vram {

QString GpuSpec::validate() const
{
    if (id.isEmpty())
        return QCoreApplication::translate("GpuSpec", "A GPU has no \"id\".");
    // 1 MiB … 64 TiB: anything outside is a typo, not a GPU.
    if (memoryBytes < (qint64(1) << 20) || memoryBytes > (qint64(1) << 46))
        return QCoreApplication::translate("GpuSpec", "GPU \"%1\": field \"memory_bytes\" has an invalid value (%2).")
            .arg(id).arg(memoryBytes);
    return {};
}

} // namespace vram
