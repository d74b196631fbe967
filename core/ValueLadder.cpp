// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueLadder.h"

#include <algorithm>

namespace vram {

ValueLadder ValueLadder::powersOfTwoWithHalves(qint64 max)
{
    ValueLadder ladder;
    for (qint64 p = 1; p <= max; p *= 2) {
        ladder.m_values.append(p);
        const qint64 between = p + p / 2;
        if (p >= 2 && between <= max)
            ladder.m_values.append(between);
    }
    if (ladder.m_values.isEmpty() || ladder.m_values.last() != max)
        ladder.m_values.append(max);
    return ladder;
}

qint64 ValueLadder::valueAt(int index) const
{
    return m_values.at(std::clamp(index, 0, size() - 1));
}

int ValueLadder::indexAtOrBelow(qint64 value) const
{
    const auto above = std::upper_bound(m_values.cbegin(), m_values.cend(), value);
    return std::max(0, int(above - m_values.cbegin()) - 1);
}

} // namespace vram
