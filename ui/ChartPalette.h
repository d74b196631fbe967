// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

// The colours every view shares: parts of the memory, capacity lines (the same
// configuration has the same colour in every view), curves.
namespace chartpalette {

QColor part(int index);      // weights, KV cache, overhead
QColor line(int index);      // capacity lines, by configuration
QColor over();               // "above a capacity": does not fit
QColor fits();               // fits, beside over() in lists and answers
QColor curve(int index, int count); // from light to dark blue-violet
QColor heat(double fraction);       // 0 … 1 → pale yellow … deep purple

} // namespace chartpalette
