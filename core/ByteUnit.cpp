// SPDX-License-Identifier: GPL-3.0-or-later
#include "ByteUnit.h"

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

QString formatBytes(qint64 bytes, ByteUnit unit, const QLocale &locale, int decimals)
{
    return numberLocale(locale).toString(toUnit(bytes, unit), 'f', decimals)
        + QLatin1Char(' ') + unitName(unit);
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
