// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace vram {

// One accelerator kind. Capacity is what the driver reports as total memory
// (nvidia-smi's MiB × 2^20), not the marketing figure: an "80GB" H100 reports
// 81,559 MiB = 85.52 GB.
struct GpuSpec {
    // Up to $10,000 an hour per GPU.
    static constexpr qint64 kMaxPriceCents = 1000000;
    QString id;       // "a100-80gb"
    QString name;     // "A100 80GB"
    // Names in other languages, by language code ("zh_CN": "昇腾 910B NPU 64GB"),
    // for products sold under another name there.
    QHash<QString, QString> localizedNames;
    QString vendor;   // "NVIDIA"
    qint64 memoryBytes = 0;
    QString source;
    // What the device's runtime reports as its total, the figure vLLM budgets from:
    // CUDA's cudaMemGetInfo, a few hundred MiB less than nvidia-smi's; on an Ascend
    // NPU CANN's (through torch_npu), about 2.7 GiB less than npu-smi's. The JSON
    // key stays "cuda_total_bytes" for the files users already hold.
    // 0 when no public figure was found; allocatableBytes() then falls back.
    qint64 cudaTotalBytes = 0;
    QString cudaSource;
    // On-demand list price of one GPU for an hour, in US cents; 0 when unknown.
    qint64 priceCentsPerHour = 0;
    QString priceSource;
    // The GPU shares the machine's memory (Apple silicon, DGX Spark, Strix Halo): memoryBytes is
    // the share the GPU may use, and the system's own use comes out of the same memory.
    bool unifiedMemory = false;
    // Tokens in one of vLLM's KV blocks on this device: 0 for vLLM's 16; 128 under vLLM-Ascend.
    int vllmBlockTokens = 0;
    // The board has no NVLink: the GPUs of a multi-GPU server talk over PCIe, where SGLang turns its
    // custom all-reduce off and NCCL has no NVLink SHARP buffers, so distributed start-up takes far less.
    bool pcieOnly = false;
    QString linkSource;
    // Added by the user, not in the built-in catalogue.
    bool userDefined = false;

    qint64 allocatableBytes() const { return cudaTotalBytes > 0 ? cudaTotalBytes : memoryBytes; }

    // The name in the current language (Language::current()), else `name`.
    QString displayName() const;

    QString validate() const;
    // The catalogue's JSON form of this GPU (what Catalog::loadGpus reads).
    QJsonObject toJson() const;
};

} // namespace vram
