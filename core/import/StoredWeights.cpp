// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoredWeights.h"

#include "WideInt.h"

#include <QJsonArray>

namespace vram {

namespace {
// An integer group quantization as the three formats store it: `bits` per weight packed in int32,
// one 16-bit scale per group of `group` input channels (the whole row when group ≤ 0) and output,
// and where the format keeps them, packed zero points per group and output and a 32-bit group
// index per input channel (GPTQ's g_idx).
struct IntegerGroups {
    qint64 bits = 4, group = 128;
    bool zeros = true, groupIndex = false;
    qint64 perMatrix = 0; // bytes of bookkeeping each matrix carries (compressed-tensors' weight_shape)
};

std::optional<Wide> integerBytes(const QList<LinearMatrix> &matrices, const IntegerGroups &q)
{
    Wide total = 0;
    for (const LinearMatrix &m : matrices) {
        const qint64 group = q.group > 0 ? q.group : m.in;
        // vLLM's AWQ, GPTQ and packed kernels need whole int32 words along the packed dimension and
        // whole groups along the input: a checkpoint that has neither is not one these formats wrote.
        if ((m.in * q.bits) % 32 != 0 || (m.out * q.bits) % 32 != 0 || m.in % group != 0)
            return std::nullopt;
        const Wide groups = m.in / group;
        Wide one = Wide(m.out) * m.in * q.bits / 8 + groups * m.out * 2;
        if (q.zeros)
            one += groups * m.out * q.bits / 8;
        if (q.groupIndex)
            one += Wide(m.in) * 4;
        one += q.perMatrix;
        total += one * m.count;
    }
    return total;
}

Wide elements(const QList<LinearMatrix> &matrices)
{
    Wide n = 0;
    for (const LinearMatrix &m : matrices)
        n += Wide(m.out) * m.in * m.count;
    return n;
}

// Every matrix in `matrices` stored at `quantized` bytes, everything else at restBytes each.
std::optional<StoredWeights> withRest(Wide quantized, const QList<LinearMatrix> &matrices, qint64 parameters,
                                      int restBytes, const QString &type)
{
    const Wide converted = elements(matrices);
    if (converted > Wide(parameters))
        return std::nullopt;
    const auto bytes = narrow(quantized + (Wide(parameters) - converted) * restBytes);
    if (!bytes)
        return std::nullopt;
    return StoredWeights{*bytes, type};
}

// Integer groups as `g` lays them out, the rest at restBytes: 4- and 8-bit only, as vLLM's kernels take them.
std::optional<StoredWeights> integerStored(const QList<LinearMatrix> &matrices, const IntegerGroups &g, qint64 parameters,
                                           int restBytes, const QString &type)
{
    if (g.bits != 4 && g.bits != 8)
        return std::nullopt;
    const auto bytes = integerBytes(matrices, g);
    if (!bytes)
        return std::nullopt;
    return withRest(*bytes, matrices, parameters, restBytes, type);
}
} // namespace

std::optional<StoredWeights> storedWeights(const ArchitectureShape &s, qint64 parameters, const QJsonObject &q,
                                           int restBytes, const QString &restName)
{
    const QString method = q.value(QLatin1String("quant_method")).toString();
    if (method == QLatin1String("mxfp4") && s.experts > 0) {
        // gpt-oss: each expert matrix in blocks of 32 four-bit values and one shared 8-bit exponent,
        // 17 B per 32; attention, router, embeddings, head and biases stay BF16.
        const Wide expert = Wide(s.moeLayerCount()) * s.experts * (s.gatedExperts ? 3 : 2) * s.H * s.expertI;
        if (expert % 32 != 0 || expert > Wide(parameters))
            return std::nullopt;
        const auto bytes = narrow(expert / 32 * 17 + (Wide(parameters) - expert) * 2);
        if (!bytes)
            return std::nullopt;
        return StoredWeights{*bytes, QStringLiteral("MXFP4 experts, BF16")};
    }
    const auto matrices = linearMatrices(s);
    if (!matrices)
        return std::nullopt;
    const auto whole = [&q](const char *key, qint64 fallback) {
        const QJsonValue v = q.value(QLatin1String(key));
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble())) ? qint64(v.toDouble()) : fallback;
    };
    if (method == QLatin1String("fp8") && q.value(QLatin1String("weight_block_size")).isArray()) {
        // FP8 with block scales (DeepSeek V3, Qwen3 FP8, MiniMax-M2, GLM FP8; vLLM's Fp8LinearMethod):
        // each matrix in float8 e4m3, one float32 weight_scale_inv per block of rows × columns.
        const QJsonArray block = q.value(QLatin1String("weight_block_size")).toArray();
        const qint64 rows = block.size() == 2 ? qint64(block.at(0).toDouble()) : 0;
        const qint64 cols = block.size() == 2 ? qint64(block.at(1).toDouble()) : 0;
        if (rows <= 0 || cols <= 0 || rows > (1 << 20) || cols > (1 << 20))
            return std::nullopt;
        Wide bytes = 0;
        for (const LinearMatrix &m : *matrices)
            bytes += (Wide(m.out) * m.in + Wide((m.out + rows - 1) / rows) * ((m.in + cols - 1) / cols) * 4) * m.count;
        return withRest(bytes, *matrices, parameters, restBytes,
                        QStringLiteral("FP8 %1×%2 blocks, %3").arg(rows).arg(cols).arg(restName));
    }
    if (method == QLatin1String("awq") || method == QLatin1String("gptq")) {
        // AWQ (qweight, qzeros, scales) and GPTQ (the same with g_idx), as vLLM's AWQ and GPTQ methods
        // create them.
        IntegerGroups g;
        g.bits = whole(method == QLatin1String("awq") ? "w_bit" : "bits", 4);
        g.bits = whole("bits", g.bits);
        g.group = whole(method == QLatin1String("awq") ? "q_group_size" : "group_size", 128);
        g.group = whole("group_size", g.group);
        g.groupIndex = method == QLatin1String("gptq");
        return integerStored(*matrices, g, parameters, restBytes,
                             QStringLiteral("%1 INT%2 g%3, %4")
                                 .arg(method.toUpper())
                                 .arg(g.bits)
                                 .arg(g.group > 0 ? QString::number(g.group) : QStringLiteral("-1"), restName));
    }
    if (method == QLatin1String("compressed-tensors") && q.value(QLatin1String("format")).toString() == QLatin1String("pack-quantized")) {
        // compressed-tensors' packed integers (llm-compressor's W4A16 and kin): weight_packed, one
        // weight_scale per group and output, a two-value weight_shape, and zero points only when
        // asymmetric (not modelled). One config group for every matrix.
        const QJsonObject groups = q.value(QLatin1String("config_groups")).toObject();
        if (groups.size() != 1)
            return std::nullopt;
        const QJsonObject weights = groups.begin().value().toObject().value(QLatin1String("weights")).toObject();
        const QString strategy = weights.value(QLatin1String("strategy")).toString();
        if (weights.value(QLatin1String("type")).toString() != QLatin1String("int")
            || !weights.value(QLatin1String("symmetric")).toBool(false)
            || (strategy != QLatin1String("group") && strategy != QLatin1String("channel")))
            return std::nullopt;
        IntegerGroups g;
        const QJsonValue bits = weights.value(QLatin1String("num_bits"));
        const QJsonValue size = weights.value(QLatin1String("group_size"));
        g.bits = bits.isDouble() ? qint64(bits.toDouble()) : 0;
        g.group = strategy == QLatin1String("channel") ? 0 : size.isDouble() ? qint64(size.toDouble()) : 0;
        g.zeros = false;
        g.perMatrix = 16;
        if (strategy == QLatin1String("group") && g.group <= 0)
            return std::nullopt;
        return integerStored(*matrices, g, parameters, restBytes,
                             QStringLiteral("INT%1 %2 (compressed-tensors), %3")
                                 .arg(g.bits)
                                 .arg(g.group > 0 ? QStringLiteral("g%1").arg(g.group) : QStringLiteral("per channel"),
                                      restName));
    }
    return std::nullopt;
}

} // namespace vram
