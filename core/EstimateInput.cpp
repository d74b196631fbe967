// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstimateInput.h"
#include "ByteUnit.h"
#include "Phrase.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vram {

QString EstimateInput::validate() const
{
    if (const QString modelError = model.validate(); !modelError.isEmpty())
        return modelError;
    if (!weights.forWeights)
        return QCoreApplication::translate("EstimateInput", "\"%1\" is not a weight precision.").arg(weights.id);
    if (!kvCache.forKvCache)
        return QCoreApplication::translate("EstimateInput", "\"%1\" is not a KV-cache precision.").arg(kvCache.id);
    if (tokens < 1 || tokens > kMaxTokens)
        return QCoreApplication::translate("EstimateInput", "Tokens per request must be between 1 and %1 (got %2).")
            .arg(formatCount(kMaxTokens, QLocale()), formatCount(tokens, QLocale()));
    if (concurrency < 1 || concurrency > kMaxConcurrency)
        return QCoreApplication::translate("EstimateInput", "Concurrent requests must be between 1 and %1 (got %2).")
            .arg(formatCount(kMaxConcurrency, QLocale()), formatCount(concurrency, QLocale()));
    if (overheadPpm < 0 || overheadPpm > kMaxOverheadPpm)
        return QCoreApplication::translate("EstimateInput", "The overhead must be between 0 and 10 (0%–1000%).");
    return engine.validate();
}

std::optional<qint64> parseFractionPpm(const QString &text, qint64 maxPpm)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,4})(?:\\.(\\d{0,8}))?\\s*(%?)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const bool percent = !match.captured(3).isEmpty();
    const int scaleDigits = percent ? 4 : 6; // a percent point is 10^4 ppm
    QString fraction = match.captured(2);
    if (fraction.size() > scaleDigits) {
        // Digits past ppm resolution must be zeros, or the value is not exact.
        if (fraction.mid(scaleDigits).contains(QRegularExpression(QStringLiteral("[1-9]"))))
            return std::nullopt;
        fraction.truncate(scaleDigits);
    }
    fraction = fraction.leftJustified(scaleDigits, QLatin1Char('0'));
    qint64 scale = 1;
    for (int i = 0; i < scaleDigits; ++i)
        scale *= 10;
    const qint64 ppm = match.captured(1).toLongLong() * scale + fraction.toLongLong();
    if (ppm > maxPpm)
        return std::nullopt;
    return ppm;
}

QString formatPpmAsFraction(qint64 ppm)
{
    QString text = QString::number(ppm / 1'000'000);
    if (const qint64 rest = ppm % 1'000'000; rest > 0) {
        QString digits = QString::number(rest).rightJustified(6, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        text += QLatin1Char('.') + digits;
    }
    return text;
}

QString contextWarning(const EstimateInput &input)
{
    // vLLM refuses such a max_model_len; llama.cpp runs it with a "training context overflow" warning.
    return QCoreApplication::translate("EstimateInput", "%1 per request is more than the context of %2 (%3): vLLM "
                                                        "refuses it, llama.cpp warns of a training context overflow.")
        .arg(tokenCount(input.tokens), input.model.name, tokenCount(input.model.maxContext));
}

QString formatPpmAsPercent(qint64 ppm)
{
    QString text = QString::number(ppm / 10000);
    if (const qint64 rest = ppm % 10000; rest != 0) {
        QString decimals = QStringLiteral("%1").arg(rest, 4, 10, QLatin1Char('0'));
        while (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        text += QLatin1Char('.') + decimals;
    }
    return text + QLatin1Char('%');
}

} // namespace vram
