// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserFile.h"

#include "ByteUnit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace vram::UserFile {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(UserFile)
};

// The causes a user can act on, in their language; the system's words otherwise.
QString describeErrno(int code, const QString &fallback)
{
    switch (code) {
    case ENOENT: return Text::tr("no such file or folder");
    case ELOOP: return Text::tr("a symbolic link that loops back on itself");
    case EACCES:
    case EPERM: return Text::tr("permission denied");
    case ENOTDIR: return Text::tr("a part of the path is not a folder");
    case ENAMETOOLONG: return Text::tr("the name is too long");
    case ENOSPC: return Text::tr("the disk is full");
    case EDQUOT: return Text::tr("the disk quota is used up");
    case EFBIG: return Text::tr("the file would exceed the size limit set for this program (ulimit -f)");
    case EROFS: return Text::tr("the file system is read-only");
    default: return fallback;
    }
}

// stat() after symlinks: the kind of file, or the errno that stopped it.
struct Status {
    int error = 0;
    mode_t mode = 0;
    qint64 size = 0;
};

// What keeps a path of this kind from being read or replaced as a file; nothing for a regular file.
QString notRegular(mode_t mode)
{
    if (S_ISDIR(mode))
        return Text::tr("a folder, not a file");
    if (!S_ISREG(mode))
        return Text::tr("not a regular file (a device, FIFO or socket)");
    return {};
}

Status status(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {errno, 0, 0};
    return {0, st.st_mode, qint64(st.st_size)};
}
} // namespace

QString readProblem(const QString &path)
{
    const Status s = status(path);
    if (s.error != 0)
        return describeErrno(s.error, QString::fromLocal8Bit(strerror(s.error)));
    return notRegular(s.mode);
}

bool open(QFile &file, QString *error)
{
    if (QString problem = readProblem(file.fileName()); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<QByteArray> read(const QString &path, qint64 maxBytes, QString *error)
{
    QFile file(path);
    if (!open(file, error))
        return std::nullopt;
    if (file.size() > maxBytes) {
        *error = Text::tr("%1 bytes, more than the %2 bytes accepted for this kind of file")
                     .arg(formatCount(file.size(), QLocale()), formatCount(maxBytes, QLocale()));
        return std::nullopt;
    }
    // Read no more than the limit even if the file grows meanwhile.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes || file.error() != QFileDevice::NoError) {
        *error = file.error() != QFileDevice::NoError ? file.errorString() : Text::tr("the file grew while it was read");
        return std::nullopt;
    }
    return bytes;
}

QString cannotWrite(const QString &path, const QString &why)
{
    return Text::tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), why);
}

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    // Never replace a device, FIFO or folder with a regular file.
    if (const Status s = status(path); s.error == 0 && !S_ISREG(s.mode)) {
        *error = cannotWrite(path, notRegular(s.mode));
        return false;
    } else if (s.error == ELOOP) {
        // QSaveFile would replace the looping link with a new file; say what is wrong instead.
        *error = cannotWrite(path, describeErrno(s.error, QString()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(path, describeErrno(errno, file.errorString()));
        return false;
    }
    // QSaveFile buffers; a write that fails only when the buffer is flushed is not
    // seen by commit() in Qt 6.4, which would then rename a truncated file into place.
    errno = 0;
    const bool written = file.write(bytes) == bytes.size() && file.flush() && file.error() == QFileDevice::NoError;
    const int cause = errno;
    if (!written) {
        *error = cannotWrite(path, describeErrno(cause, file.errorString()));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = cannotWrite(path, describeErrno(errno, file.errorString()));
        return false;
    }
    return true;
}

} // namespace vram::UserFile
