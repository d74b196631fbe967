// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ByteUnit.h"
#include "EstimateInput.h"
#include "KvProfile.h"
#include "LlamaCppLayout.h"
#include "MemoryBreakdown.h"
#include "VllmLayout.h"

#include <QLocale>

namespace vram {

// total = weights + KV cache + overhead, for one model, precision and method.
// Construction does the per-model work once; bytesAt() is then cheap enough
// for sweeps and solvers that evaluate it millions of times.
// For vLLM the figures are summed over the tensor-parallel GPUs; for
// llama.cpp they are what goes on the GPUs (the rest stays in host memory).
class MemoryModel
{
public:
    explicit MemoryModel(EstimateInput input);

    const EstimateInput &input() const { return m_input; }
    QString error() const { return m_error; }
    // What stops an engine's plan before it starts: the estimate is for another method, or invalid.
    QString planError(EstimateMethod engine) const;
    bool isValid() const { return m_error.isEmpty(); }

    qint64 parameters() const;
    qint64 weightsBytes() const { return m_weights; }
    const KvProfile &kvProfile() const { return m_kv; }
    const VllmLayout &vllm() const { return m_vllm; }
    const LlamaCppLayout &llamaCpp() const { return m_llamaCpp; }

    MemoryBytes bytesAt(qint64 tokens, qint64 concurrency) const;
    MemoryBytes bytes() const { return bytesAt(m_input.tokens, m_input.concurrency); }

    // The figures with their formulas, in the current translation and `locale`'s digits.
    MemoryBreakdown explain(ByteUnit unit, const QLocale &locale) const;
    MemoryBreakdown explainAt(qint64 tokens, qint64 concurrency, ByteUnit unit, const QLocale &locale) const;

private:
    QString weightsFormula(const MemoryBytes &b, ByteUnit unit, const QLocale &locale) const;
    QString kvPerTokenFormula(const MemoryBytes &b, const QLocale &locale) const;
    QString kvCacheFormula(const MemoryBytes &b, qint64 tokens, qint64 concurrency, ByteUnit unit,
                           const QLocale &locale) const;
    QString overheadFormula(const MemoryBytes &b, qint64 tokens, qint64 concurrency, ByteUnit unit,
                            const QLocale &locale) const;
    QString llamaCppKvFormula(const MemoryBytes &b, qint64 tokens, qint64 concurrency, ByteUnit unit,
                              const QLocale &locale) const;
    MemoryBytes vllmBytesAt(qint64 tokens, qint64 concurrency) const;
    MemoryBytes llamaCppBytesAt(qint64 tokens, qint64 concurrency) const;

    EstimateInput m_input;
    KvProfile m_kv;
    qint64 m_weights = 0;
    qint64 m_sixteenBitParameters = 0; // token embeddings and output head kept at 16 bits by the engine
    VllmLayout m_vllm;
    LlamaCppLayout m_llamaCpp;
    QString m_error;
};

} // namespace vram
