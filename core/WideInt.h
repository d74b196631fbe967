// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <limits>
#include <optional>

namespace vram {

// Byte counts are exact integers. Intermediate products (parameters × bits,
// bytes per token × tokens × requests) can exceed 64 bits for absurd inputs,
// so they are formed in 128 bits and only narrowed once, with a check.
__extension__ typedef __int128 Wide;

constexpr qint64 kMaxBytes = std::numeric_limits<qint64>::max();

inline std::optional<qint64> narrow(Wide value)
{
    if (value < 0 || value > Wide(kMaxBytes))
        return std::nullopt;
    return qint64(value);
}

// ceil(a / b) for a >= 0, b > 0.
inline Wide ceilDiv(Wide a, Wide b)
{
    return (a + b - 1) / b;
}

// round(a / b) half up, for a >= 0, b > 0.
inline Wide roundDiv(Wide a, Wide b)
{
    return (2 * a + b) / (2 * b);
}

} // namespace vram
