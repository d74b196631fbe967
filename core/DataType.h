// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vram {

// A storage format for weights or KV-cache elements. Every format is a block
// of `blockElements` values stored in `blockBytes` bytes: fp16 is 1 value in
// 2 B, GGML's Q8_0 is 32 values in 34 B. File mixes such as Q4_K_M have no
// single block; their measured average is kept as a block of 100 values in
// bits-per-weight × 100 / 8 bytes, and they are marked as averages.
struct DataType {
    // File: the weights exactly as an imported file stores them (GGUF, safetensors).
    enum class Kind { Float, Integer, Block, Mix, File };

    QString id;          // "fp16", "q8_0", "q4_k_m"
    QString name;        // "FP16", "Q8_0", "Q4_K_M"
    Kind kind = Kind::Float;
    qint64 blockElements = 1;
    qint64 blockBytes = 2;
    bool forWeights = true;
    bool forKvCache = false;
    QString source;

    double bitsPerElement() const { return 8.0 * double(blockBytes) / double(blockElements); }
    bool isAverage() const { return kind == Kind::Mix; }
    bool isAsStored() const { return kind == Kind::File; }
    // "2 B", "1.0625 B", "0.5 B": the bytes one element takes, as a formula shows it.
    QString bytesPerElementText() const;
    // The name as the interface shows it: the formats' own names, and "As stored" in the user's language.
    QString displayName() const;
};

} // namespace vram
