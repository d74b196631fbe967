// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

class QFile;

namespace vram {

// The files a user names: model configs, weight headers, scenarios, the model
// library, exports. Reading accepts regular files only (after symlinks) and
// checks the size before reading, so a device, FIFO or socket is refused at
// once instead of being read until memory runs out or waited on forever.
// Writing replaces a file whole or not at all: a full disk or a file-size
// limit leaves the old file byte for byte and says so.
namespace UserFile {

// Why `path` cannot be read as a regular file, or an empty string when it can:
// it does not exist, a symbolic link loops, it is a folder, a device, a FIFO or a socket.
// Reading errors name the cause only; callers put the file's name before it.
QString readProblem(const QString &path);

// The whole file, when it is a regular file of at most maxBytes.
std::optional<QByteArray> read(const QString &path, qint64 maxBytes, QString *error);

// Opens `file` (its name already set) for reading after the same checks, for
// readers that seek in large files and read only their headers.
bool open(QFile &file, QString *error);

// Replaces `path` with `bytes` through a temporary file renamed into place.
// Every write, the flush and the rename are checked; on failure the file at
// `path` is as it was, and `error` names the file and the cause ("the disk is full").
bool write(const QString &path, const QByteArray &bytes, QString *error);

// "Cannot write "PATH": WHY", the message every writer gives.
QString cannotWrite(const QString &path, const QString &why);

} // namespace UserFile
} // namespace vram
