// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <optional>

namespace vram {

// The unit a byte count is shown in. GB = 10^9 B (what GPU vendors print),
// GiB = 2^30 B (what nvidia-smi's MiB and most tools count in).
enum class ByteUnit { GB, GiB };

QString unitName(ByteUnit unit);
std::optional<ByteUnit> parseUnit(const QString &text);
double unitSize(ByteUnit unit);
double toUnit(qint64 bytes, ByteUnit unit);

// A scale of the user's family of units — GB: kB, MB, GB, TB, PB, EB (powers of 1000);
// GiB: KiB … EiB (powers of 1024) — that puts a value at 1 or more.
struct DisplayScale {
    double bytesPerUnit = 1;
    QString name; // "B", "MB", "GiB", …
};
DisplayScale displayScale(qint64 bytes, ByteUnit family);

// One rule for every figure shown: "33.55 GB", "536.87 MB", "5.16 PB" — the unit of the chosen
// family that fits the value, so a non-zero value never reads "0.00"; whole bytes below 1 kB.
QString formatBytes(qint64 bytes, ByteUnit unit, const QLocale &locale, int decimals = 2);
// Always in `unit` ("0.35 GiB"), for lines that mirror an engine's own printout.
QString formatBytesIn(qint64 bytes, ByteUnit unit, const QLocale &locale, int decimals = 2);
// "819,200 B": the exact integer with the locale's group separators.
QString formatExactBytes(qint64 bytes, const QLocale &locale);
// "13,015,864,320"
QString formatCount(qint64 count, const QLocale &locale);
// The locale planners read numbers in: C has no group separators, so it
// becomes American English.
QLocale numberLocale(const QLocale &locale);

} // namespace vram
