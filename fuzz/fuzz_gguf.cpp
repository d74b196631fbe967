// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a GGUF header.
#include "GgufReader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    const auto file = vram::GgufReader::read(&buffer, qint64(size), &error);
    if (!file && error.isEmpty())
        __builtin_trap(); // a refusal must always say why
    return 0;
}
