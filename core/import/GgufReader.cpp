// SPDX-License-Identifier: GPL-3.0-or-later
#include "GgufReader.h"

#include "BinaryReader.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <algorithm>
#include <cstring>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(GgufReader)
};

constexpr quint32 kMagic = 0x46554747; // "GGUF" read little-endian
constexpr quint64 kMaxKeyLength = 65535;
// Bounds that keep any file's cost under a second and ~200 MB; real files are far
// below them (a 671B model has ~1,100 tensors and ~50 metadata entries).
constexpr quint64 kMaxStringLength = 16ull << 20;
constexpr quint32 kMaxDims = 8;
constexpr quint64 kMaxStoredArray = 4096;

enum ValueType : quint32 {
    UInt8 = 0, Int8, UInt16, Int16, UInt32, Int32, Float32, Bool, String, Array, UInt64, Int64, Float64
};

// Bytes of one scalar of `type`; 0 for strings, arrays and unknown types.
quint64 scalarSize(quint32 type)
{
    switch (type) {
    case UInt8: case Int8: case Bool: return 1;
    case UInt16: case Int16: return 2;
    case UInt32: case Int32: case Float32: return 4;
    case UInt64: case Int64: case Float64: return 8;
    default: return 0;
    }
}

QVariant readScalar(BinaryReader &r, quint32 type)
{
    switch (type) {
    case UInt8: return QVariant::fromValue(qint64(r.u8()));
    case Int8: return QVariant::fromValue(qint64(qint8(r.u8())));
    case Bool: return QVariant(r.u8() != 0);
    case UInt16: { const quint32 lo = r.u8(); return QVariant::fromValue(qint64(lo | (quint32(r.u8()) << 8))); }
    case Int16: { const quint32 lo = r.u8(); return QVariant::fromValue(qint64(qint16(lo | (quint32(r.u8()) << 8)))); }
    case UInt32: return QVariant::fromValue(qint64(r.u32()));
    case Int32: return QVariant::fromValue(qint64(qint32(r.u32())));
    case Float32: { const quint32 bits = r.u32(); float f; std::memcpy(&f, &bits, 4); return QVariant(double(f)); }
    case UInt64: { const quint64 v = r.u64(); return v > quint64(std::numeric_limits<qint64>::max()) ? QVariant(double(v)) : QVariant::fromValue(qint64(v)); }
    case Int64: return QVariant::fromValue(qint64(r.u64()));
    case Float64: { const quint64 bits = r.u64(); double d; std::memcpy(&d, &bits, 8); return QVariant(d); }
    }
    return {};
}

bool decodeUtf8(const QByteArray &bytes, QString *out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}
} // namespace

const GgmlType *ggmlType(quint32 type)
{
    // Index = ggml_type value; null entries are ids ggml no longer uses.
    static const GgmlType types[] = {
        {"F32", 1, 4},         {"F16", 1, 2},        {"Q4_0", 32, 18},     {"Q4_1", 32, 20},
        {nullptr, 0, 0},       {nullptr, 0, 0},      {"Q5_0", 32, 22},     {"Q5_1", 32, 24},
        {"Q8_0", 32, 34},      {"Q8_1", 32, 36},     {"Q2_K", 256, 84},    {"Q3_K", 256, 110},
        {"Q4_K", 256, 144},    {"Q5_K", 256, 176},   {"Q6_K", 256, 210},   {"Q8_K", 256, 292},
        {"IQ2_XXS", 256, 66},  {"IQ2_XS", 256, 74},  {"IQ3_XXS", 256, 98}, {"IQ1_S", 256, 50},
        {"IQ4_NL", 32, 18},    {"IQ3_S", 256, 110},  {"IQ2_S", 256, 82},   {"IQ4_XS", 256, 136},
        {"I8", 1, 1},          {"I16", 1, 2},        {"I32", 1, 4},        {"I64", 1, 8},
        {"F64", 1, 8},         {"IQ1_M", 256, 56},   {"BF16", 1, 2},       {nullptr, 0, 0},
        {nullptr, 0, 0},       {nullptr, 0, 0},      {"TQ1_0", 256, 54},   {"TQ2_0", 256, 66},
        {nullptr, 0, 0},       {nullptr, 0, 0},      {nullptr, 0, 0},      {"MXFP4", 32, 17},
    };
    if (type >= std::size(types) || !types[type].name)
        return nullptr;
    return &types[type];
}

QString ggufFileTypeName(qint64 fileType)
{
    static const QHash<qint64, QString> names = {
        {0, QStringLiteral("F32")},      {1, QStringLiteral("F16")},     {2, QStringLiteral("Q4_0")},
        {3, QStringLiteral("Q4_1")},     {7, QStringLiteral("Q8_0")},    {8, QStringLiteral("Q5_0")},
        {9, QStringLiteral("Q5_1")},     {10, QStringLiteral("Q2_K")},   {11, QStringLiteral("Q3_K_S")},
        {12, QStringLiteral("Q3_K_M")},  {13, QStringLiteral("Q3_K_L")}, {14, QStringLiteral("Q4_K_S")},
        {15, QStringLiteral("Q4_K_M")},  {16, QStringLiteral("Q5_K_S")}, {17, QStringLiteral("Q5_K_M")},
        {18, QStringLiteral("Q6_K")},    {19, QStringLiteral("IQ2_XXS")}, {20, QStringLiteral("IQ2_XS")},
        {21, QStringLiteral("Q2_K_S")},  {22, QStringLiteral("IQ3_XS")}, {23, QStringLiteral("IQ3_XXS")},
        {24, QStringLiteral("IQ1_S")},   {25, QStringLiteral("IQ4_NL")}, {26, QStringLiteral("IQ3_S")},
        {27, QStringLiteral("IQ3_M")},   {28, QStringLiteral("IQ2_S")},  {29, QStringLiteral("IQ2_M")},
        {30, QStringLiteral("IQ4_XS")},  {31, QStringLiteral("IQ1_M")},  {32, QStringLiteral("BF16")},
        {36, QStringLiteral("TQ1_0")},   {37, QStringLiteral("TQ2_0")},  {38, QStringLiteral("MXFP4_MOE")},
    };
    return names.value(fileType);
}

std::optional<qint64> GgufFile::integer(const QString &key) const
{
    const QVariant v = metadata.value(key);
    if (v.typeId() == QMetaType::LongLong)
        return v.toLongLong();
    if (v.typeId() == QMetaType::QVariantList) {
        std::optional<qint64> best;
        for (const QVariant &e : v.toList())
            if (e.typeId() == QMetaType::LongLong)
                best = std::max(best.value_or(e.toLongLong()), e.toLongLong());
        return best;
    }
    return std::nullopt;
}

std::optional<GgufFile> GgufReader::read(QIODevice *device, qint64 size, QString *error)
{
    BinaryReader r(device, size);
    GgufFile file;
    const auto failWith = [&](const QString &message) -> std::optional<GgufFile> {
        *error = message;
        return std::nullopt;
    };
    if (r.u32() != kMagic || !r.ok())
        return failWith(Text::tr("not a GGUF file (no \"GGUF\" magic at the start)"));
    file.version = r.u32();
    if (!r.ok())
        return failWith(r.error());
    if (file.version != 2 && file.version != 3)
        return failWith(Text::tr("GGUF version %1 is not supported (only 2 and 3)").arg(file.version));
    const quint64 tensorCount = r.u64();
    const quint64 kvCount = r.u64();
    if (!r.ok())
        return failWith(r.error());
    if (tensorCount > GgufReader::kMaxTensors || kvCount > GgufReader::kMaxKeyValues)
        return failWith(Text::tr("implausible header: %1 tensors and %2 metadata entries").arg(tensorCount).arg(kvCount));
    // Each entry needs at least a key length, a type and one byte; each tensor a name
    // length, a dimension count, a type and an offset.
    if (!r.fits(kvCount, 13) || !r.fits(tensorCount, 24))
        return failWith(r.error());

    for (quint64 i = 0; i < kvCount && r.ok(); ++i) {
        QString key;
        if (!decodeUtf8(r.lengthPrefixed(kMaxKeyLength), &key) && r.ok())
            return failWith(Text::tr("metadata key %1 is not valid UTF-8").arg(i + 1));
        const quint32 type = r.u32();
        if (type == String) {
            QString value;
            if (!decodeUtf8(r.lengthPrefixed(kMaxStringLength), &value) && r.ok())
                return failWith(Text::tr("the value of \"%1\" is not valid UTF-8").arg(key));
            file.metadata.insert(key, value);
        } else if (type == Array) {
            const quint32 elementType = r.u32();
            const quint64 count = r.u64();
            file.arrayLengths.insert(key, count);
            if (elementType == String) {
                if (!r.fits(count, 8))
                    break;
                // Vocabularies run to 150k strings: skipped, never allocated.
                for (quint64 j = 0; j < count && r.ok(); ++j) {
                    const quint64 length = r.u64();
                    if (length > kMaxStringLength)
                        r.fail(Text::tr("a string of %1 bytes in \"%2\" is implausibly long").arg(length).arg(key));
                    r.skip(length);
                }
            } else if (const quint64 each = scalarSize(elementType); each > 0) {
                if (!r.fits(count, each))
                    break;
                if (count <= kMaxStoredArray) {
                    QVariantList values;
                    for (quint64 j = 0; j < count; ++j)
                        values << readScalar(r, elementType);
                    file.metadata.insert(key, values);
                } else {
                    r.skip(count * each);
                }
            } else {
                return failWith(Text::tr("\"%1\" is an array of unsupported type %2").arg(key).arg(elementType));
            }
        } else if (scalarSize(type) > 0) {
            file.metadata.insert(key, readScalar(r, type));
        } else {
            return failWith(Text::tr("\"%1\" has unknown value type %2").arg(key).arg(type));
        }
    }
    if (!r.ok())
        return failWith(r.error());

    file.tensors.reserve(qsizetype(tensorCount));
    for (quint64 i = 0; i < tensorCount; ++i) {
        GgufTensor t;
        if (!decodeUtf8(r.lengthPrefixed(kMaxKeyLength), &t.name) && r.ok())
            return failWith(Text::tr("the name of tensor %1 is not valid UTF-8").arg(i + 1));
        const quint32 dims = r.u32();
        if (r.ok() && (dims == 0 || dims > kMaxDims))
            return failWith(Text::tr("tensor \"%1\" has %2 dimensions").arg(t.name).arg(dims));
        for (quint32 d = 0; d < dims && r.ok(); ++d)
            t.dims << r.u64();
        t.type = r.u32();
        r.u64(); // offset into the data section, which is never read
        if (!r.ok())
            return failWith(r.error());
        if (!ggmlType(t.type))
            return failWith(Text::tr("tensor \"%1\" has unknown type %2").arg(t.name).arg(t.type));
        file.tensors << t;
    }
    return file;
}

} // namespace vram
