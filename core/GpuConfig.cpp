// SPDX-License-Identifier: GPL-3.0-or-later
#include "GpuConfig.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace vram {

QString GpuConfig::label() const
{
    return QCoreApplication::translate("GpuConfig", "%1 × %2").arg(count).arg(gpu.displayName());
}

QList<CapacityGroup> groupByCapacity(const QList<GpuConfig> &configs)
{
    QList<CapacityGroup> groups;
    for (const GpuConfig &config : configs) {
        const auto same = std::find_if(groups.begin(), groups.end(),
                                       [&](const CapacityGroup &g) { return g.bytes == config.capacityBytes(); });
        if (same != groups.end())
            same->names << config.label();
        else
            groups.append({config.capacityBytes(), {config.label()}});
    }
    return groups;
}

GpuConfigRef parseGpuConfigRef(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(?:(\\d{1,5})\\s*[x×*]\\s*)?([a-z0-9][a-z0-9._-]*)\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const int count = match.captured(1).isEmpty() ? 1 : match.captured(1).toInt();
    if (count < 1 || count > kMaxGpuCount)
        return {};
    return {match.captured(2).toLower(), count};
}

} // namespace vram
