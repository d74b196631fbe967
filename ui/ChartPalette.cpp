// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPalette.h"

#include <algorithm>
#include <iterator>

namespace chartpalette {

QColor part(int index)
{
    // Weights, KV cache, recurrent state (a darker amber beside the cache it belongs to), overhead.
    static const QColor colors[] = {QColor(0x3b, 0x6e, 0xa8), QColor(0xe0, 0x8a, 0x3c), QColor(0x9c, 0x5b, 0x1f),
                                    QColor(0x9a, 0x9a, 0x9a)};
    return colors[std::clamp(index, 0, 3)];
}

QColor line(int index)
{
    static const QColor colors[] = {QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd), QColor(0x17, 0xa2, 0xb8),
                                    QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0xbc, 0xbd, 0x22),
                                    QColor(0x44, 0x44, 0x44), QColor(0xd6, 0x27, 0x28)};
    return colors[std::max(0, index) % std::size(colors)];
}

QColor over()
{
    return QColor(0xc0, 0x00, 0x00);
}

QColor fits()
{
    return QColor(0x1a, 0x7f, 0x37);
}

QColor curve(int index, int count)
{
    const double f = count > 1 ? double(index) / double(count - 1) : 0.0;
    return QColor::fromHsvF(0.62 - 0.12 * f, 0.35 + 0.55 * f, 0.95 - 0.45 * f);
}

QColor heat(double fraction)
{
    // A sequential ramp through five stops, readable in print and by most colour-blind readers.
    static const QColor stops[] = {QColor(0xff, 0xf7, 0xbc), QColor(0xfe, 0xc4, 0x4f), QColor(0xec, 0x70, 0x14),
                                   QColor(0xa6, 0x36, 0x03), QColor(0x4a, 0x14, 0x86)};
    const double f = std::clamp(fraction, 0.0, 1.0) * 4.0;
    const int i = std::min(3, int(f));
    const double t = f - i;
    const QColor &a = stops[i];
    const QColor &b = stops[i + 1];
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

} // namespace chartpalette
