// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstimateReport.h"

#include "DataTable.h"

#include <QCoreApplication>
#include <QStringList>

using namespace vram;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EstimateReport)
};

QString row(const QString &label, const QString &value, const QString &formula)
{
    return QStringLiteral("%1  %2  %3\n").arg(padToWidth(label, 14), padToWidth(value, 24), formula);
}
} // namespace

EstimateReport::EstimateReport(const MemoryModel &model, std::optional<GpuConfig> gpu, ByteUnit unit, QLocale locale)
    : m_model(model)
    , m_gpu(std::move(gpu))
    , m_unit(unit)
    , m_locale(std::move(locale))
{
}

QString EstimateReport::bothUnits(qint64 bytes) const
{
    const ByteUnit other = m_unit == ByteUnit::GB ? ByteUnit::GiB : ByteUnit::GB;
    return QStringLiteral("%1 (%2)").arg(formatBytes(bytes, m_unit, m_locale), formatBytes(bytes, other, m_locale));
}

QString EstimateReport::text(const Catalog &catalog) const
{
    const EstimateInput &in = m_model.input();
    const MemoryBreakdown b = m_model.explain(m_unit, m_locale);
    QString out;
    out += Text::tr("%1 (%2), method: %3\n").arg(in.model.name, in.model.id, methodName(in.method));
    out += Text::tr("Weights %1, KV cache %2, %3 tokens per request, %4 concurrent requests, overhead %5\n\n")
               .arg(in.weights.name, in.kvCache.name, formatCount(in.tokens, m_locale),
                    formatCount(in.concurrency, m_locale), formatPpmAsPercent(in.overheadPpm));
    out += row(Text::tr("Weights"), bothUnits(b.weights.bytes), b.weights.formula);
    out += row(Text::tr("KV per token"), formatExactBytes(b.kvPerToken.bytes, m_locale), b.kvPerToken.formula);
    out += row(Text::tr("KV cache"), bothUnits(b.kvCache.bytes), b.kvCache.formula);
    out += row(Text::tr("Overhead"), bothUnits(b.overhead.bytes), b.overhead.formula);
    out += row(Text::tr("Total"), bothUnits(b.total.bytes), b.total.formula);
    out += Text::tr("Exact total: %1. GB = 10^9 bytes, GiB = 2^30 bytes.\n").arg(formatExactBytes(b.total.bytes, m_locale));

    if (m_gpu) {
        out += QLatin1Char('\n') + fitText(FitAnalyzer::analyze(m_model, *m_gpu));
        return out;
    }
    out += QLatin1Char('\n') + Text::tr("Fewest GPUs of each kind that hold it (memory pooled across GPUs):\n");
    for (const GpuSpec &gpu : catalog.gpus()) {
        const qint64 n = FitAnalyzer::gpusNeeded(b.total.bytes, gpu.memoryBytes);
        out += QStringLiteral("  %1 %2\n")
                   .arg(padToWidth(gpu.name, 18), Text::tr("%n GPU(s)", nullptr, int(std::min<qint64>(n, 1 << 30))));
    }
    return out;
}

QString EstimateReport::fitText(const FitResult &fit) const
{
    QString out = Text::tr("On %1 (%2): ").arg(fit.config.label(), formatBytes(fit.capacity, m_unit, m_locale));
    out += fit.fits ? Text::tr("fits, %1 free.\n").arg(formatBytes(fit.headroom, m_unit, m_locale))
                    : Text::tr("does not fit, %1 missing.\n").arg(formatBytes(-fit.headroom, m_unit, m_locale));
    const EstimateInput &in = m_model.input();
    out += Text::tr("  Fewest %1 GPUs that hold it: %2\n").arg(fit.config.gpu.name).arg(fit.gpusNeeded);
    out += Text::tr("  Largest concurrency at %1 tokens: %2\n")
               .arg(formatCount(in.tokens, m_locale), formatCount(fit.maxConcurrency, m_locale));
    out += Text::tr("  Largest tokens per request at %1 concurrent requests: %2%3\n")
               .arg(formatCount(in.concurrency, m_locale), formatCount(fit.maxTokens, m_locale),
                    fit.maxTokensLimitedByContext ? Text::tr(" (the model's context length)") : QString());
    return out;
}

QJsonObject EstimateReport::json() const
{
    const EstimateInput &in = m_model.input();
    const MemoryBytes b = m_model.bytes();
    QJsonObject o{
        {QStringLiteral("model"), in.model.id},
        {QStringLiteral("method"), methodId(in.method)},
        {QStringLiteral("weights"), in.weights.id},
        {QStringLiteral("kv_cache"), in.kvCache.id},
        {QStringLiteral("tokens"), in.tokens},
        {QStringLiteral("concurrency"), in.concurrency},
        {QStringLiteral("overhead_fraction"), double(in.overheadPpm) / double(kPpm)},
        {QStringLiteral("parameters"), m_model.parameters()},
        {QStringLiteral("weights_bytes"), b.weights},
        {QStringLiteral("kv_bytes_per_token"), b.kvPerToken},
        {QStringLiteral("kv_bytes"), b.kvCache},
        {QStringLiteral("overhead_bytes"), b.overhead},
        {QStringLiteral("total_bytes"), b.total},
        {QStringLiteral("unit"), unitName(m_unit)},
        {QStringLiteral("total_in_unit"), toUnit(b.total, m_unit)},
    };
    if (m_gpu) {
        const FitResult fit = FitAnalyzer::analyze(m_model, *m_gpu);
        o.insert(QStringLiteral("gpu"), fit.config.gpu.id);
        o.insert(QStringLiteral("gpu_count"), fit.config.count);
        o.insert(QStringLiteral("capacity_bytes"), fit.capacity);
        o.insert(QStringLiteral("fits"), fit.fits);
        o.insert(QStringLiteral("headroom_bytes"), fit.headroom);
        o.insert(QStringLiteral("gpus_needed"), fit.gpusNeeded);
        o.insert(QStringLiteral("max_concurrency"), fit.maxConcurrency);
        o.insert(QStringLiteral("max_tokens"), fit.maxTokens);
        o.insert(QStringLiteral("max_tokens_limited_by"),
                 fit.maxTokensLimitedByContext ? QStringLiteral("context") : QStringLiteral("memory"));
    }
    return o;
}
