// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzz input as a file, for readers that take a path (scenario files, settings).
#pragma once

#include <QFile>
#include <QTemporaryDir>

inline QString writeFuzzInput(const QString &name, const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        __builtin_trap();
    return path;
}
