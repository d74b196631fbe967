// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a Hugging Face config.json.
#include "HfConfig.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto model = vram::HfConfig::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!model && error.isEmpty())
        __builtin_trap();
    if (model && !model->validate().isEmpty())
        __builtin_trap(); // what it accepts must be a usable model
    return 0;
}
