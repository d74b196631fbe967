// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIODevice>
#include <QString>
#include <optional>

namespace vram {

// The JSON header of one .safetensors file: an 8-byte little-endian length,
// then that many bytes of JSON naming each tensor's dtype, shape and byte range.
struct SafetensorsHeader {
    qint64 tensorCount = 0;
    qint64 parameterCount = 0;            // Σ elements over all tensors
    QHash<QString, qint64> bytesPerDtype; // "BF16" → bytes
    qint64 totalBytes = 0;
    qint64 headerBytes = 0;               // the JSON header's length
};

class SafetensorsReader
{
public:
    // Bytes per element of a safetensors dtype; 0 if unknown.
    static qint64 dtypeSize(const QString &dtype);
    // Reads and checks the header of a stream of `size` bytes (the data is never read).
    static std::optional<SafetensorsHeader> read(QIODevice *device, qint64 size, QString *error);
};

} // namespace vram
