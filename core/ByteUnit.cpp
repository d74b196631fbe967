// SPDX-License-Identifier: GPL-3.0-or-later
#include "ByteUnit.h"

#include <cmath>

namespace vram {

QString unitName(ByteUnit unit)
{
    return unit == ByteUnit::GB ? QStringLiteral("GB") : QStringLiteral("GiB");
}

std::optional<ByteUnit> parseUnit(const QString &text)
{
    if (text.compare(QLatin1String("GB"), Qt::CaseInsensitive) == 0)
        return ByteUnit::GB;
    if (text.compare(QLatin1String("GiB"), Qt::CaseInsensitive) == 0)
        return ByteUnit::GiB;
    return std::nullopt;
}

double unitSize(ByteUnit unit)
{
    return unit == ByteUnit::GB ? 1e9 : 1073741824.0;
}

double toUnit(qint64 bytes, ByteUnit unit)
{
    return double(bytes) / unitSize(unit);
}

QLocale numberLocale(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

DisplayScale displayScale(qint64 bytes, ByteUnit family)
{
    static const char *const decimal[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
    static const char *const binary[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    const double base = family == ByteUnit::GB ? 1000.0 : 1024.0;
    const double magnitude = std::abs(double(bytes));
    int step = 0;
    double size = 1;
    while (step < 6 && magnitude >= size * base) {
        size *= base;
        ++step;
    }
    return {size, QLatin1String(family == ByteUnit::GB ? decimal[step] : binary[step])};
}

QString formatBytes(qint64 bytes, ByteUnit unit, const QLocale &locale, int decimals)
{
    const DisplayScale scale = displayScale(bytes, unit);
    if (scale.bytesPerUnit == 1)
        return formatCount(bytes, locale) + QLatin1String(" B");
    return numberLocale(locale).toString(double(bytes) / scale.bytesPerUnit, 'f', decimals) + QLatin1Char(' ') + scale.name;
}

QString formatBytesIn(qint64 bytes, ByteUnit unit, const QLocale &locale, int decimals)
{
    return numberLocale(locale).toString(toUnit(bytes, unit), 'f', decimals) + QLatin1Char(' ') + unitName(unit);
}

QString formatExactBytes(qint64 bytes, const QLocale &locale)
{
    return formatCount(bytes, locale) + QLatin1String(" B");
}

QString formatCount(qint64 count, const QLocale &locale)
{
    return numberLocale(locale).toString(count);
}

} // namespace vram
