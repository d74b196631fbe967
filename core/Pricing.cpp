// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pricing.h"

#include "JsonFields.h"
#include "WideInt.h"

#include <QCoreApplication>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Pricing)
};

// a × b / c rounded to the nearest; a month of 4,096 GPUs at a rate of 1,000 passes 2^63 before
// the division, so the product is formed in 128 bits.
qint64 mulDivRounded(qint64 a, qint64 b, qint64 c)
{
    return narrow(roundDiv(Wide(a) * b, c)).value_or(kMaxBytes);
}
} // namespace

QString currencyCode(Currency currency)
{
    return currency == Currency::CNY ? QStringLiteral("CNY") : QStringLiteral("USD");
}

std::optional<Currency> currencyFromCode(const QString &code)
{
    if (code.compare(QLatin1String("USD"), Qt::CaseInsensitive) == 0)
        return Currency::USD;
    if (code.compare(QLatin1String("CNY"), Qt::CaseInsensitive) == 0)
        return Currency::CNY;
    return std::nullopt;
}

qint64 PriceSettings::toDisplayCents(qint64 usdCents) const
{
    return currency == Currency::CNY ? mulDivRounded(usdCents, cnyPerUsdPpm, 1'000'000) : usdCents;
}

qint64 PriceSettings::toUsdCents(qint64 displayCents) const
{
    return currency == Currency::CNY ? mulDivRounded(displayCents, 1'000'000, cnyPerUsdPpm) : displayCents;
}

QString PriceSettings::format(qint64 usdCents, const QLocale &locale) const
{
    const qint64 cents = toDisplayCents(usdCents);
    const QString amount = locale.toString(double(cents) / 100.0, 'f', 2);
    return (currency == Currency::CNY ? QStringLiteral("¥") : QStringLiteral("$")) + amount;
}

QString PriceSettings::perHour(qint64 usdCents, const QLocale &locale) const
{
    return Text::tr("%1 an hour").arg(format(usdCents, locale));
}

QString PriceSettings::perMonth(qint64 usdCents, const QLocale &locale) const
{
    return Text::tr("%1 a month").arg(format(usdCents * kHoursPerMonth, locale));
}

QString PriceSettings::rateText(const QLocale &locale) const
{
    if (currency == Currency::USD)
        return {};
    return Text::tr("1 USD = %1 CNY").arg(locale.toString(double(cnyPerUsdPpm) / 1e6, 'f', 4));
}

QString PriceSettings::validate() const
{
    if (cnyPerUsdPpm <= 0 || cnyPerUsdPpm > kMaxRatePpm)
        return Text::tr("The exchange rate must be above 0 and at most 1,000 CNY per USD.");
    return {};
}

QJsonObject PriceSettings::toJson() const
{
    return {{QStringLiteral("currency"), currencyCode(currency)},
            {QStringLiteral("cny_per_usd_ppm"), cnyPerUsdPpm}};
}

std::optional<PriceSettings> PriceSettings::fromJson(const QJsonObject &json, QString *error)
{
    PriceSettings s;
    JsonFields f(json, Text::tr("prices"));
    const QString code = f.string("currency", false);
    s.cnyPerUsdPpm = f.integer("cny_per_usd_ppm", false, s.cnyPerUsdPpm);
    if (!f.ok()) {
        *error = f.error();
        return std::nullopt;
    }
    if (!code.isEmpty()) {
        const auto currency = currencyFromCode(code);
        if (!currency) {
            *error = Text::tr("Unknown currency \"%1\" (known: USD, CNY).").arg(code);
            return std::nullopt;
        }
        s.currency = *currency;
    }
    if (const QString problem = s.validate(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return s;
}

} // namespace vram
