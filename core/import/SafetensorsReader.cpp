// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafetensorsReader.h"

#include "ByteUnit.h"

#include "BinaryReader.h"
#include "WideInt.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SafetensorsReader)
};

// The format allows 100 MB; parsing that much JSON takes seconds and a gigabyte, and a
// real shard's header lists its tensors in well under a megabyte.
constexpr quint64 kMaxHeaderBytes = 16ull << 20;

std::optional<qint64> exactInteger(const QJsonValue &v)
{
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > 9007199254740992.0 || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}
} // namespace

qint64 SafetensorsReader::dtypeSize(const QString &dtype)
{
    static const QHash<QString, qint64> sizes = {
        {QStringLiteral("BOOL"), 1},    {QStringLiteral("U8"), 1},       {QStringLiteral("I8"), 1},
        {QStringLiteral("F8_E4M3"), 1}, {QStringLiteral("F8_E5M2"), 1},  {QStringLiteral("F8_E8M0"), 1},
        {QStringLiteral("I16"), 2},     {QStringLiteral("U16"), 2},      {QStringLiteral("F16"), 2},
        {QStringLiteral("BF16"), 2},    {QStringLiteral("I32"), 4},      {QStringLiteral("U32"), 4},
        {QStringLiteral("F32"), 4},     {QStringLiteral("I64"), 8},      {QStringLiteral("U64"), 8},
        {QStringLiteral("F64"), 8},
    };
    return sizes.value(dtype, 0);
}

std::optional<SafetensorsHeader> SafetensorsReader::read(QIODevice *device, qint64 size, QString *error)
{
    const auto failWith = [error](const QString &message) -> std::optional<SafetensorsHeader> {
        *error = message;
        return std::nullopt;
    };
    BinaryReader r(device, size);
    const quint64 headerBytes = r.u64();
    if (!r.ok())
        return failWith(Text::tr("too short for a safetensors file"));
    if (headerBytes > kMaxHeaderBytes && headerBytes <= quint64(r.remaining()))
        return failWith(Text::tr("the header is %1 bytes, more than the %2 bytes accepted")
                            .arg(formatCount(qint64(headerBytes), QLocale()), formatCount(qint64(kMaxHeaderBytes), QLocale())));
    if (headerBytes > quint64(r.remaining()))
        return failWith(Text::tr("the header length %1 does not fit in the file").arg(headerBytes));
    const QByteArray json = r.bytes(headerBytes);
    if (!r.ok())
        return failWith(r.error());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith(Text::tr("the header is not valid JSON at byte %1: %2")
                            .arg(8 + parseError.offset)
                            .arg(parseError.errorString()));
    if (!doc.isObject())
        return failWith(Text::tr("the header is not a JSON object"));

    const qint64 dataBytes = size - 8 - qint64(headerBytes);
    SafetensorsHeader header;
    header.headerBytes = qint64(headerBytes);
    Wide parameters = 0;
    const QJsonObject tensors = doc.object();
    for (auto it = tensors.begin(); it != tensors.end(); ++it) {
        if (it.key() == QLatin1String("__metadata__"))
            continue;
        const QJsonObject t = it.value().toObject();
        const QString dtype = t.value(QLatin1String("dtype")).toString();
        const qint64 elementSize = dtypeSize(dtype);
        if (!it.value().isObject() || elementSize == 0)
            return failWith(Text::tr("tensor \"%1\" has an unknown dtype \"%2\"").arg(it.key(), dtype));
        const QJsonArray shape = t.value(QLatin1String("shape")).toArray();
        const QJsonArray offsets = t.value(QLatin1String("data_offsets")).toArray();
        if (!t.value(QLatin1String("shape")).isArray() || shape.size() > 8 || offsets.size() != 2)
            return failWith(Text::tr("tensor \"%1\" lacks a valid shape or data_offsets").arg(it.key()));
        Wide elements = 1;
        for (const QJsonValue &d : shape) {
            const auto dim = exactInteger(d);
            if (!dim)
                return failWith(Text::tr("tensor \"%1\" has an invalid dimension").arg(it.key()));
            elements *= *dim;
            if (elements > Wide(kMaxBytes))
                return failWith(Text::tr("tensor \"%1\" is impossibly large").arg(it.key()));
        }
        const auto begin = exactInteger(offsets.at(0));
        const auto end = exactInteger(offsets.at(1));
        if (!begin || !end || *begin > *end || *end > dataBytes)
            return failWith(Text::tr("tensor \"%1\" lies outside the file (offsets %2–%3, %4 data bytes)")
                                .arg(it.key())
                                .arg(begin.value_or(-1))
                                .arg(end.value_or(-1))
                                .arg(dataBytes));
        if (Wide(*end - *begin) != elements * elementSize)
            return failWith(Text::tr("tensor \"%1\": %2 bytes for its shape, %3 in the file")
                                .arg(it.key())
                                .arg(qint64(elements * elementSize))
                                .arg(*end - *begin));
        parameters += elements;
        header.bytesPerDtype[dtype] += *end - *begin;
        header.totalBytes += *end - *begin;
        ++header.tensorCount;
    }
    header.parameterCount = narrow(parameters).value_or(-1);
    if (header.parameterCount < 0)
        return failWith(Text::tr("the parameter count overflows"));
    return header;
}

} // namespace vram
