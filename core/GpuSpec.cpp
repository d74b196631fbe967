// SPDX-License-Identifier: GPL-3.0-or-later
#include "GpuSpec.h"
#include "Language.h"

#include <QCoreApplication>

namespace vram {

QString GpuSpec::displayName() const
{
    return localizedNames.value(Language::current(), name);
}

QString GpuSpec::validate() const
{
    if (id.isEmpty())
        return QCoreApplication::translate("GpuSpec", "A GPU has no \"id\".");
    // 1 MiB … 64 TiB: anything outside is a typo, not a GPU.
    if (memoryBytes < (qint64(1) << 20) || memoryBytes > (qint64(1) << 46))
        return QCoreApplication::translate("GpuSpec", "GPU \"%1\": field \"memory_bytes\" has an invalid value (%2).")
            .arg(id).arg(memoryBytes);
    if (cudaTotalBytes < 0 || cudaTotalBytes > memoryBytes)
        return QCoreApplication::translate("GpuSpec", "GPU \"%1\": field \"cuda_total_bytes\" has an invalid value (%2).")
            .arg(id).arg(cudaTotalBytes);
    // Up to $10,000 an hour per GPU.
    if (priceCentsPerHour < 0 || priceCentsPerHour > 1000000)
        return QCoreApplication::translate("GpuSpec", "GPU \"%1\": field \"price_cents_per_hour\" has an invalid value (%2).")
            .arg(id).arg(priceCentsPerHour);
    return {};
}

} // namespace vram
