// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace vram {

// Little-endian reads from a device that never trust a length: every count is
// checked against the bytes left before anything is allocated or skipped, so
// that a hostile header cannot ask for more memory than the file holds.
class BinaryReader
{
public:
    BinaryReader(QIODevice *device, qint64 size);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &message);
    qint64 position() const { return m_pos; }
    qint64 remaining() const { return m_size - m_pos; }

    quint8 u8();
    quint32 u32();
    quint64 u64();
    QByteArray bytes(quint64 count);
    void skip(quint64 count);
    // A uint64 length then that many bytes, refused above `maxLength`.
    QByteArray lengthPrefixed(quint64 maxLength);
    // Whether `count` items of at least `minBytesEach` can still fit.
    bool fits(quint64 count, quint64 minBytesEach);

private:
    bool take(char *out, qint64 count);

    QIODevice *m_device;
    qint64 m_size;
    qint64 m_pos = 0;
    QString m_error;
};

} // namespace vram
