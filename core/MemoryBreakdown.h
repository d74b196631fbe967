// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vram {

// Exact bytes of one estimate. `ok` is false when a term does not fit in
// 63 bits (over 9.2 EB): the inputs are absurd and no figure is shown.
struct MemoryBytes {
    qint64 weights = 0;
    qint64 kvPerToken = 0;
    qint64 kvCache = 0;        // everything the cache holds: attention KV and recurrent state
    qint64 recurrentState = 0; // of which the recurrent layers' state (per sequence × requests)
    qint64 overhead = 0;
    qint64 total = 0;
    bool ok = false;
};

// One term as a reader sees it: the figure and the formula with the values
// plugged in, e.g. "819,200 B × 4,096 tokens × 10 requests = 33.55 GB".
struct MemoryTerm {
    qint64 bytes = 0;
    QString formula;
};

struct MemoryBreakdown {
    MemoryTerm weights;
    MemoryTerm kvPerToken;
    MemoryTerm kvCache;
    MemoryTerm recurrentState; // of kvCache; zero for models without recurrent layers
    MemoryTerm overhead;
    MemoryTerm total;
    QString error; // set instead of the terms when the estimate cannot be made
};

} // namespace vram
