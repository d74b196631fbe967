// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QLocale>
#include <QString>

#include <optional>

namespace vram {

enum class Currency { USD, CNY };

// How prices are shown: catalogue and user prices are kept in US cents per
// GPU-hour; the display currency and its rate are the user's.
struct PriceSettings {
    // The default rate is a round figure for late 2026; the user sets today's.
    static constexpr qint64 kDefaultCnyPerUsdPpm = 7'100'000; // 7.10 CNY per USD, in millionths
    static constexpr qint64 kMaxRatePpm = 1'000'000'000;      // 1,000 units per USD: anything beyond is a typo
    // Cloud bills count 730 hours in a month: 8,760 hours a year / 12.
    static constexpr qint64 kHoursPerMonth = 730;

    Currency currency = Currency::USD;
    qint64 cnyPerUsdPpm = kDefaultCnyPerUsdPpm;

    // US cents → cents (fen) of the display currency, rounded to the nearest.
    qint64 toDisplayCents(qint64 usdCents) const;
    // Cents (fen) of the display currency → US cents, rounded; for prices the user types.
    qint64 toUsdCents(qint64 displayCents) const;
    // "$7.98" or "¥56.66"
    QString format(qint64 usdCents, const QLocale &locale) const;
    // "$7.98 an hour"
    QString perHour(qint64 usdCents, const QLocale &locale) const;
    // "$5,825.40 a month" (730 hours)
    QString perMonth(qint64 usdCents, const QLocale &locale) const;
    // "1 USD = 7.10 CNY" for CNY; empty for USD.
    QString rateText(const QLocale &locale) const;

    QString validate() const;
    QJsonObject toJson() const;
    // Missing keys keep their defaults; a wrong one fails with a message naming it.
    static std::optional<PriceSettings> fromJson(const QJsonObject &json, QString *error);
    bool operator==(const PriceSettings &other) const = default;
};

QString currencyCode(Currency currency);
std::optional<Currency> currencyFromCode(const QString &code);

} // namespace vram
