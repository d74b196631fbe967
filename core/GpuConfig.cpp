// SPDX-License-Identifier: GPL-3.0-or-later
#include "GpuConfig.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace vram {

qint64 GpuConfig::capacityBytes() const
{
    qint64 total = qint64(count) * gpu.memoryBytes;
    for (const GpuGroup &g : more)
        total += qint64(g.count) * g.gpu.memoryBytes;
    return total;
}

int GpuConfig::deviceCount() const
{
    int n = count;
    for (const GpuGroup &g : more)
        n += g.count;
    return n;
}

QList<GpuSpec> GpuConfig::devices() const
{
    QList<GpuSpec> list(count, gpu);
    for (const GpuGroup &g : more)
        for (int i = 0; i < g.count; ++i)
            list.append(g.gpu);
    return list;
}

qint64 GpuConfig::costCentsPerHour() const
{
    qint64 total = 0;
    for (const GpuSpec &g : devices()) {
        if (g.priceCentsPerHour <= 0)
            return 0;
        total += g.priceCentsPerHour;
    }
    return total;
}

QString GpuConfig::label() const
{
    QString text = QCoreApplication::translate("GpuConfig", "%1 × %2").arg(count).arg(gpu.displayName());
    for (const GpuGroup &g : more)
        text += QStringLiteral(" + ") + QCoreApplication::translate("GpuConfig", "%1 × %2").arg(g.count).arg(g.gpu.displayName());
    return text;
}

GpuConfigRef toRef(const GpuConfig &config)
{
    GpuConfigRef ref{config.gpu.id, config.count, {}};
    for (const GpuGroup &g : config.more)
        ref.more.append({g.gpu.id, g.count});
    return ref;
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

namespace {
GpuConfigRef parseOneKind(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(?:(\\d{1,5})\\s*[x×*]\\s*)?([a-z0-9][a-z0-9._-]*)\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const int count = match.captured(1).isEmpty() ? 1 : match.captured(1).toInt();
    if (count < 1 || count > kMaxGpuCount)
        return {};
    return {match.captured(2).toLower(), count, {}};
}
} // namespace

GpuConfigRef parseGpuConfigRef(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('+'));
    // As many kinds as a machine has slots: more is a typo, not a machine.
    if (parts.size() > 16)
        return {};
    GpuConfigRef ref = parseOneKind(parts.first());
    for (qsizetype i = 1; i < parts.size() && !ref.gpuId.isEmpty(); ++i) {
        const GpuConfigRef part = parseOneKind(parts.at(i));
        if (part.gpuId.isEmpty())
            return {};
        ref.more.append({part.gpuId, part.count});
    }
    return ref;
}

} // namespace vram
