// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace vram {

// Pieces of punctuation the code puts between translated parts. They are
// translated themselves because Chinese writes them full-width ("，", "（…）"),
// and a separator built in C++ would leave half-width commas and brackets
// between Chinese words.

// Items of a list: "a, b, c" / "a、b、c" (Chinese enumerates with 、).
QString joinList(const QStringList &items);
// Two sentences one after the other: "A. B." / "A。B。" (Chinese puts no space after "。").
QString joinSentences(const QString &first, const QString &second);
// "26.03 GB (24.24 GiB)" / "26.03 GB（24.24 GiB）"
QString withNote(const QString &text, const QString &note);

// Counts with their noun in the right number ("1 token", "4,096 tokens"; "1 个 Token"),
// in the default locale's digits, for sentences that hold more than one count.
QString tokenCount(qint64 tokens);
QString requestCount(qint64 requests);
QString concurrentRequestCount(qint64 requests);
QString sequenceCount(qint64 sequences);
QString blockCount(qint64 blocks); // KV-cache blocks ("KV 块")

} // namespace vram
