// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemoryModel.h"

#include <QCoreApplication>
#include <QStringList>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MemoryModel)
};
} // namespace

MemoryModel::MemoryModel(EstimateInput input)
    : m_input(std::move(input))
{
    m_error = m_input.validate();
    if (!m_error.isEmpty())
        return;
    m_kv = KvProfile::build(m_input.model, m_input.kvCache, m_input.method);
    if (m_input.weights.isAsStored()) {
        if (m_input.model.fileWeightBytes <= 0)
            m_error = Text::tr("\"%1\" was not imported from weight files; choose a precision.").arg(m_input.model.name);
        m_weights = m_input.model.fileWeightBytes;
        return;
    }
    const Wide weights = ceilDiv(Wide(parameters()) * m_input.weights.blockBytes, m_input.weights.blockElements);
    m_weights = narrow(weights).value_or(-1);
    if (m_weights < 0)
        m_error = Text::tr("The weights do not fit in a 64-bit byte count.");
}

qint64 MemoryModel::parameters() const
{
    return m_input.method == EstimateMethod::Article ? m_input.model.nominalParameters : m_input.model.parameters;
}

MemoryBytes MemoryModel::bytesAt(qint64 tokens, qint64 concurrency) const
{
    MemoryBytes b;
    if (!isValid())
        return b;
    const Wide kv = m_kv.bytesPerRequest(tokens) * concurrency;
    const Wide sum = Wide(m_weights) + kv;
    const Wide overhead = roundDiv(sum * m_input.overheadPpm, kPpm);
    const auto kvBytes = narrow(kv);
    const auto overheadBytes = narrow(overhead);
    const auto total = narrow(sum + overhead);
    if (!kvBytes || !overheadBytes || !total)
        return b;
    b.weights = m_weights;
    b.kvPerToken = m_kv.bytesPerToken();
    b.kvCache = *kvBytes;
    b.overhead = *overheadBytes;
    b.total = *total;
    b.ok = true;
    return b;
}

MemoryBreakdown MemoryModel::explain(ByteUnit unit, const QLocale &locale) const
{
    return explainAt(m_input.tokens, m_input.concurrency, unit, locale);
}

MemoryBreakdown MemoryModel::explainAt(qint64 tokens, qint64 concurrency, ByteUnit unit, const QLocale &locale) const
{
    MemoryBreakdown out;
    if (!isValid()) {
        out.error = m_error;
        return out;
    }
    const MemoryBytes b = bytesAt(tokens, concurrency);
    if (!b.ok) {
        out.error = Text::tr("The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.");
        return out;
    }
    const auto fmt = [&](qint64 bytes) { return formatBytes(bytes, unit, locale); };
    out.weights = {b.weights, weightsFormula(b, unit, locale)};
    out.kvPerToken = {b.kvPerToken, kvPerTokenFormula(b, locale)};
    out.kvCache = {b.kvCache, kvCacheFormula(b, tokens, concurrency, unit, locale)};
    out.overhead = {b.overhead, Text::tr("%1 × (%2 + %3) = %4")
                                    .arg(formatPpmAsPercent(m_input.overheadPpm), fmt(b.weights), fmt(b.kvCache),
                                         fmt(b.overhead))};
    out.total = {b.total, Text::tr("%1 + %2 + %3 = %4").arg(fmt(b.weights), fmt(b.kvCache), fmt(b.overhead), fmt(b.total))};
    return out;
}

QString MemoryModel::weightsFormula(const MemoryBytes &b, ByteUnit unit, const QLocale &locale) const
{
    const DataType &w = m_input.weights;
    if (w.isAsStored())
        return Text::tr("%1 parameters as stored in the file (%2) = %3")
            .arg(formatCount(parameters(), locale), m_input.model.fileWeightType, formatBytes(b.weights, unit, locale));
    const QString type = w.isAverage() ? Text::tr("%1, file average").arg(w.name) : w.name;
    return Text::tr("%1 parameters × %2 (%3) = %4")
        .arg(formatCount(parameters(), locale), w.bytesPerElementText(), type, formatBytes(b.weights, unit, locale));
}

QString MemoryModel::kvPerTokenFormula(const MemoryBytes &b, const QLocale &locale) const
{
    const ModelSpec &m = m_input.model;
    const QString bytes = m_input.kvCache.bytesPerElementText();
    const QString result = formatExactBytes(b.kvPerToken, locale);
    if (m_input.method == EstimateMethod::Article)
        return Text::tr("2 × %1 × %2 layers × %3 hidden = %4").arg(bytes).arg(m.layers).arg(m.hidden).arg(result);
    if (m_kv.isLatent())
        return Text::tr("%1 × %2 layers × (%3 latent + %4 RoPE) = %5")
            .arg(bytes)
            .arg(m.layers)
            .arg(m.kvLoraRank)
            .arg(m.qkRopeHeadDim)
            .arg(result);
    return Text::tr("2 × %1 × %2 layers × %3 KV heads × %4 head dim = %5")
        .arg(bytes)
        .arg(m.layers)
        .arg(m.kvHeads)
        .arg(m.headDim)
        .arg(result);
}

QString MemoryModel::kvCacheFormula(const MemoryBytes &b, qint64 tokens, qint64 concurrency, ByteUnit unit,
                                    const QLocale &locale) const
{
    const QString result = formatBytes(b.kvCache, unit, locale);
    // %Ln: the count in the default locale, which Language::install keeps equal to `locale`.
    const QString requests = Text::tr("%Ln request(s)", nullptr, int(concurrency));
    const QString tokensText = Text::tr("%Ln token(s)", nullptr, int(tokens));
    if (m_kv.groups().size() == 1 && m_kv.groups().first().window == 0)
        return Text::tr("%1 × %2 × %3 = %4")
            .arg(formatExactBytes(b.kvPerToken, locale), tokensText, requests, result);

    // Sliding-window layers keep at most their window: one product per layer group.
    QStringList parts;
    for (const KvLayerGroup &g : m_kv.groups()) {
        const QString perToken = formatExactBytes(g.bytesPerToken(), locale);
        if (g.window == 0)
            parts << Text::tr("%1 × %2 (%3 full layers)").arg(perToken, tokensText).arg(g.layers);
        else
            parts << Text::tr("%1 × min(%2, %3) tokens (%4 sliding layers)")
                         .arg(perToken, formatCount(tokens, locale), formatCount(g.window, locale))
                         .arg(g.layers);
    }
    return Text::tr("(%1) × %2 = %3").arg(parts.join(QLatin1String(" + ")), requests, result);
}

} // namespace vram
