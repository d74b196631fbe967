// SPDX-License-Identifier: GPL-3.0-or-later
#include "BinaryReader.h"

#include <QCoreApplication>
#include <QtEndian>

namespace vram {

BinaryReader::BinaryReader(QIODevice *device, qint64 size)
    : m_device(device)
    , m_size(size)
{
}

void BinaryReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

bool BinaryReader::take(char *out, qint64 count)
{
    if (!ok())
        return false;
    if (count > remaining()) {
        fail(QCoreApplication::translate("BinaryReader", "the file ends early (truncated at byte %1)").arg(m_size));
        return false;
    }
    if (m_device->read(out, count) != count) {
        fail(QCoreApplication::translate("BinaryReader", "read error at byte %1: %2").arg(m_pos).arg(m_device->errorString()));
        return false;
    }
    m_pos += count;
    return true;
}

quint8 BinaryReader::u8()
{
    char b = 0;
    take(&b, 1);
    return quint8(b);
}

quint32 BinaryReader::u32()
{
    char b[4] = {};
    return take(b, 4) ? qFromLittleEndian<quint32>(b) : 0;
}

quint64 BinaryReader::u64()
{
    char b[8] = {};
    return take(b, 8) ? qFromLittleEndian<quint64>(b) : 0;
}

QByteArray BinaryReader::bytes(quint64 count)
{
    if (!ok())
        return {};
    if (count > quint64(remaining())) {
        fail(QCoreApplication::translate("BinaryReader", "the file ends early (truncated at byte %1)").arg(m_size));
        return {};
    }
    QByteArray data(qsizetype(count), Qt::Uninitialized);
    if (!take(data.data(), qint64(count)))
        return {};
    return data;
}

void BinaryReader::skip(quint64 count)
{
    if (!ok())
        return;
    if (count > quint64(remaining())) {
        fail(QCoreApplication::translate("BinaryReader", "the file ends early (truncated at byte %1)").arg(m_size));
        return;
    }
    if (m_device->isSequential()) {
        bytes(count);
        return;
    }
    if (!m_device->seek(m_pos + qint64(count))) {
        fail(QCoreApplication::translate("BinaryReader", "cannot seek to byte %1").arg(m_pos + qint64(count)));
        return;
    }
    m_pos += qint64(count);
}

QByteArray BinaryReader::lengthPrefixed(quint64 maxLength)
{
    const quint64 length = u64();
    if (!ok())
        return {};
    if (length > maxLength) {
        fail(QCoreApplication::translate("BinaryReader", "a string of %1 bytes at byte %2 is implausibly long")
                 .arg(length)
                 .arg(m_pos - 8));
        return {};
    }
    return bytes(length);
}

bool BinaryReader::fits(quint64 count, quint64 minBytesEach)
{
    if (!ok())
        return false;
    if (minBytesEach > 0 && count > quint64(remaining()) / minBytesEach) {
        fail(QCoreApplication::translate("BinaryReader", "a count of %1 at byte %2 does not fit in the file")
                 .arg(count)
                 .arg(m_pos));
        return false;
    }
    return true;
}

} // namespace vram
