// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GpuSpec.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace vram {

constexpr int kMaxGpuCount = 4096;

// Some GPUs of one kind.
struct GpuGroup {
    GpuSpec gpu;
    int count = 1;
    bool operator==(const GpuGroup &other) const { return gpu.id == other.gpu.id && count == other.count; }
};

// The GPUs of one machine or cluster: identical GPUs (the article's view, their memory pooled),
// or several kinds side by side (an RTX 4090 with an RTX 3090), which llama.cpp splits a model over.
struct GpuConfig {
    GpuSpec gpu;
    int count = 1;
    QList<GpuGroup> more = {}; // further kinds in the same configuration; empty for identical GPUs

    qint64 capacityBytes() const;
    int deviceCount() const;
    // Every GPU in order: count × gpu, then each further kind.
    QList<GpuSpec> devices() const;
    bool isMixed() const { return !more.isEmpty(); }
    // The price of all its GPUs an hour in US cents; 0 when any kind has no price.
    qint64 costCentsPerHour() const;
    // "2 × A100 40GB", "1 × RTX 4090 + 1 × RTX 3090"
    QString label() const;
    bool operator==(const GpuConfig &other) const
    {
        return gpu.id == other.gpu.id && count == other.count && more == other.more;
    }
};

// Configurations of equal capacity, which every view draws as one line, one label and one colour.
struct CapacityGroup {
    qint64 bytes = 0;
    QStringList names; // the configurations' labels, in the order given
    // "2 × A100 40GB = 1 × A100 80GB"
    QString label() const { return names.join(QStringLiteral(" = ")); }
};
// In the order each capacity first appears: a group's index is its colour in every view.
QList<CapacityGroup> groupByCapacity(const QList<GpuConfig> &configs);

// "a100-80gb", "2xa100-40gb" / "2×a100-40gb", or kinds joined by "+" ("rtx-4090+rtx-3090")
// → ids and counts; an empty gpuId on error.
struct GpuConfigRef {
    QString gpuId;
    int count = 0;
    QList<std::pair<QString, int>> more = {}; // further kinds: id and count
};
GpuConfigRef parseGpuConfigRef(const QString &text);
// The ids and counts of a configuration, as scenarios store them.
GpuConfigRef toRef(const GpuConfig &config);

} // namespace vram
