// SPDX-License-Identifier: GPL-3.0-or-later
// Writers for small GGUF and safetensors files, so that the import tests build
// their own valid and broken inputs instead of downloading models.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtEndian>
#include <variant>

namespace testfiles {

class GgufWriter
{
public:
    explicit GgufWriter(quint32 version = 3)
    {
        u32(0x46554747);
        u32(version);
        m_countsAt = m_data.size();
        u64(0);
        u64(0);
    }
    void u8(quint8 v) { m_data.append(char(v)); }
    void u32(quint32 v)
    {
        char b[4];
        qToLittleEndian(v, b);
        m_data.append(b, 4);
    }
    void u64(quint64 v)
    {
        char b[8];
        qToLittleEndian(v, b);
        m_data.append(b, 8);
    }
    void str(const QByteArray &s)
    {
        u64(quint64(s.size()));
        m_data.append(s);
    }
    void kvU32(const QByteArray &key, quint32 v)
    {
        str(key);
        u32(4);
        u32(v);
        ++m_kvs;
    }
    void kvU64(const QByteArray &key, quint64 v)
    {
        str(key);
        u32(10);
        u64(v);
        ++m_kvs;
    }
    void kvI32(const QByteArray &key, qint32 v)
    {
        str(key);
        u32(5);
        u32(quint32(v));
        ++m_kvs;
    }
    void kvString(const QByteArray &key, const QByteArray &v)
    {
        str(key);
        u32(8);
        str(v);
        ++m_kvs;
    }
    void kvStringArray(const QByteArray &key, int count)
    {
        str(key);
        u32(9);
        u32(8);
        u64(quint64(count));
        for (int i = 0; i < count; ++i)
            str("tok" + QByteArray::number(i));
        ++m_kvs;
    }
    void kvU32Array(const QByteArray &key, const QList<quint32> &values)
    {
        str(key);
        u32(9);
        u32(4);
        u64(quint64(values.size()));
        for (quint32 v : values)
            u32(v);
        ++m_kvs;
    }
    void tensor(const QByteArray &name, const QList<quint64> &dims, quint32 type)
    {
        m_tensors.append({name, dims, type});
    }
    // The header with its true counts, then the tensor table; no tensor data follows
    // (the reader must never need it).
    QByteArray bytes() const
    {
        QByteArray out = m_data;
        char b[8];
        qToLittleEndian(quint64(m_tensors.size()), b);
        std::copy(b, b + 8, out.begin() + m_countsAt);
        qToLittleEndian(quint64(m_kvs), b);
        std::copy(b, b + 8, out.begin() + m_countsAt + 8);
        GgufWriter table(0);
        table.m_data.clear();
        quint64 offset = 0;
        for (const Tensor &t : m_tensors) {
            table.str(t.name);
            table.u32(quint32(t.dims.size()));
            for (quint64 d : t.dims)
                table.u64(d);
            table.u32(t.type);
            table.u64(offset);
            offset += 1024;
        }
        return out + table.m_data;
    }

private:
    struct Tensor {
        QByteArray name;
        QList<quint64> dims;
        quint32 type;
    };
    QByteArray m_data;
    qsizetype m_countsAt = 0;
    quint64 m_kvs = 0;
    QList<Tensor> m_tensors;
};

// A two-layer llama GGUF header: token_embd (Q4_K, 43,200 B) and output (Q6_K, 63,000 B).
inline GgufWriter tinyLlamaGguf()
{
    GgufWriter w;
    w.kvString("general.architecture", "llama");
    w.kvString("general.name", "Tiny Llama");
    w.kvU32("general.file_type", 15);
    w.kvU32("llama.block_count", 2);
    w.kvU32("llama.embedding_length", 256);
    w.kvU32("llama.attention.head_count", 4);
    w.kvU32("llama.attention.head_count_kv", 2);
    w.kvU32("llama.context_length", 2048);
    w.tensor("token_embd.weight", {256, 300}, 12);
    w.tensor("output.weight", {256, 300}, 14);
    return w;
}

struct SafeTensor {
    QString name;
    QString dtype;
    QList<qint64> shape;
    qint64 elementSize;
};

// A safetensors file: length, JSON header, then zeroed data for every tensor.
inline QByteArray safetensors(const QList<SafeTensor> &tensors)
{
    QJsonObject header{{QStringLiteral("__metadata__"), QJsonObject{{QStringLiteral("format"), QStringLiteral("pt")}}}};
    qint64 offset = 0;
    for (const SafeTensor &t : tensors) {
        qint64 n = 1;
        QJsonArray shape;
        for (qint64 d : t.shape) {
            n *= d;
            shape.append(d);
        }
        const qint64 size = n * t.elementSize;
        header.insert(t.name, QJsonObject{{QStringLiteral("dtype"), t.dtype},
                                          {QStringLiteral("shape"), shape},
                                          {QStringLiteral("data_offsets"), QJsonArray{offset, offset + size}}});
        offset += size;
    }
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    char len[8];
    qToLittleEndian(quint64(json.size()), len);
    return QByteArray(len, 8) + json + QByteArray(offset, '\0');
}

inline bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace testfiles
