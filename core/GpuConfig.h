// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GpuSpec.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace vram {

constexpr int kMaxGpuCount = 4096;

// A set of identical GPUs whose memory is pooled (the article's view: the
// model and its cache are split across them).
struct GpuConfig {
    GpuSpec gpu;
    int count = 1;

    qint64 capacityBytes() const { return qint64(count) * gpu.memoryBytes; }
    // "2 × A100 40GB"
    QString label() const;
    bool operator==(const GpuConfig &other) const { return gpu.id == other.gpu.id && count == other.count; }
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

// "a100-80gb" or "2xa100-40gb" / "2×a100-40gb" → id and count; nullopt-like empty id on error.
struct GpuConfigRef {
    QString gpuId;
    int count = 0;
};
GpuConfigRef parseGpuConfigRef(const QString &text);

} // namespace vram
