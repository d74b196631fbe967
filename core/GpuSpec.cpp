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
        return QCoreApplication::translate("GpuSpec", "GPU \"%1\": its memory (\"memory_bytes\": %2) must be between 1 MiB and 64 TiB.")
            .arg(id).arg(memoryBytes);
    if (cudaTotalBytes < 0 || cudaTotalBytes > memoryBytes)
        return QCoreApplication::translate("GpuSpec", "GPU \"%1\": field \"cuda_total_bytes\" has an invalid value (%2).")
            .arg(id).arg(cudaTotalBytes);
    if (priceCentsPerHour < 0 || priceCentsPerHour > kMaxPriceCents)
        return QCoreApplication::translate("GpuSpec", "GPU \"%1\": field \"price_cents_per_hour\" has an invalid value (%2).")
            .arg(id).arg(priceCentsPerHour);
    return {};
}

QJsonObject GpuSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("vendor"), vendor},
                  {QStringLiteral("memory_bytes"), memoryBytes}};
    if (!source.isEmpty())
        o.insert(QStringLiteral("source"), source);
    if (cudaTotalBytes > 0) {
        o.insert(QStringLiteral("cuda_total_bytes"), cudaTotalBytes);
        o.insert(QStringLiteral("cuda_source"), cudaSource);
    }
    if (priceCentsPerHour > 0) {
        o.insert(QStringLiteral("price_cents_per_hour"), priceCentsPerHour);
        o.insert(QStringLiteral("price_source"), priceSource);
    }
    if (unifiedMemory)
        o.insert(QStringLiteral("unified_memory"), true);
    if (vllmBlockTokens > 0)
        o.insert(QStringLiteral("vllm_block_tokens"), vllmBlockTokens);
    if (pcieOnly) {
        o.insert(QStringLiteral("pcie_only"), true);
        if (!linkSource.isEmpty())
            o.insert(QStringLiteral("link_source"), linkSource);
    }
    if (!localizedNames.isEmpty()) {
        QJsonObject names;
        for (auto it = localizedNames.begin(); it != localizedNames.end(); ++it)
            names.insert(it.key(), it.value());
        o.insert(QStringLiteral("names"), names);
    }
    return o;
}

} // namespace vram
