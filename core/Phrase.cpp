// SPDX-License-Identifier: GPL-3.0-or-later
#include "Phrase.h"

#include <QCoreApplication>

namespace vram {

QString joinList(const QStringList &items)
{
    return items.join(QCoreApplication::translate("Phrase", ", ", "separator between the items of a list"));
}

QString joinSentences(const QString &first, const QString &second)
{
    if (first.isEmpty() || second.isEmpty())
        return first + second;
    return QCoreApplication::translate("Phrase", "%1 %2", "two sentences one after the other").arg(first, second);
}

QString withNote(const QString &text, const QString &note)
{
    return QCoreApplication::translate("Phrase", "%1 (%2)", "a value followed by a note or the same value in another unit")
        .arg(text, note);
}

// Tokens and requests stay below 2^31 (kMaxTokens, kMaxConcurrency): %Ln takes an int.
QString tokenCount(qint64 tokens)
{
    return QCoreApplication::translate("Phrase", "%Ln token(s)", nullptr, int(tokens));
}

QString requestCount(qint64 requests)
{
    return QCoreApplication::translate("Phrase", "%Ln request(s)", nullptr, int(requests));
}

QString concurrentRequestCount(qint64 requests)
{
    return QCoreApplication::translate("Phrase", "%Ln concurrent request(s)", nullptr, int(requests));
}

QString sequenceCount(qint64 sequences)
{
    return QCoreApplication::translate("Phrase", "%Ln sequence(s)", nullptr, int(sequences));
}

// Blocks of a cache hold at least one token each, so they stay below kMaxTokens × kMaxConcurrency
// only in number of tokens; a count of blocks shown beside a formula is one request's, below 2^31.
QString blockCount(qint64 blocks)
{
    return QCoreApplication::translate("Phrase", "%Ln block(s)", nullptr, int(blocks));
}

} // namespace vram
