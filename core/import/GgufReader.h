// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace vram {

// One GGML tensor type: its name and block layout (llama.cpp's ggml.c type traits).
struct GgmlType {
    const char *name;
    qint64 blockElements;
    qint64 blockBytes;
};
const GgmlType *ggmlType(quint32 type);
// The llama_ftype names of general.file_type ("Q4_K_M" for 15); empty if unknown.
QString ggufFileTypeName(qint64 fileType);

struct GgufTensor {
    QString name;
    QList<quint64> dims;
    quint32 type = 0;
};

// What a GGUF header says: metadata and the tensor table, never the tensor data.
struct GgufFile {
    quint32 version = 0;
    QHash<QString, QVariant> metadata;    // scalars, strings and short numeric arrays
    QHash<QString, quint64> arrayLengths; // every array's length, however long
    QList<GgufTensor> tensors;

    QString architecture() const { return metadata.value(QStringLiteral("general.architecture")).toString(); }
    // An integer value, or the largest element of an integer array (per-layer head counts).
    std::optional<qint64> integer(const QString &key) const;
};

class GgufReader
{
public:
    // Most tensors and metadata entries one file, or all files of a split model
    // together, may hold; a 671B model has about 1,100 tensors.
    static constexpr quint64 kMaxTensors = 100'000;
    static constexpr quint64 kMaxKeyValues = 100'000;

    // Reads the header of a GGUF v2 or v3 stream of `size` bytes. The reads stop at
    // the end of the tensor table. On failure returns nullopt and a message saying
    // what is wrong and where (the caller adds the file name).
    static std::optional<GgufFile> read(QIODevice *device, qint64 size, QString *error);
};

} // namespace vram
