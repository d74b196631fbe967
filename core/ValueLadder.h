// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace vram {

// The stops of a logarithmic slider: 1, 2, 3, 4, 6, 8, 12, 16, … — each power
// of two and the value half-way to the next, so that 512, 4K and 128K are each
// one stop and a drag from 1 to 1M takes 40 stops.
class ValueLadder
{
public:
    static ValueLadder powersOfTwoWithHalves(qint64 max);

    int size() const { return int(m_values.size()); }
    qint64 valueAt(int index) const;
    // The highest stop at or below `value` (0 below the first stop).
    int indexAtOrBelow(qint64 value) const;
    bool isStop(qint64 value) const { return m_values.contains(value); }
    const QList<qint64> &values() const { return m_values; }

private:
    QList<qint64> m_values;
};

} // namespace vram
