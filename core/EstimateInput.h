// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataType.h"
#include "EngineSettings.h"
#include "EstimateMethod.h"
#include "ModelSpec.h"

#include <QString>
#include <optional>

namespace vram {

// Upper bounds on what a planner is asked: 2^30 tokens per request and
// 2^24 requests are far past any deployment, yet keep every product within
// 128-bit arithmetic so that nothing can wrap.
constexpr qint64 kMaxTokens = qint64(1) << 30;
constexpr qint64 kMaxConcurrency = qint64(1) << 24;
constexpr qint64 kPpm = 1000000;
constexpr qint64 kMaxOverheadPpm = 10 * kPpm; // 1000 %

// Everything one estimate depends on.
struct EstimateInput {
    ModelSpec model;
    DataType weights;
    DataType kvCache;
    EstimateMethod method = EstimateMethod::Exact;
    qint64 tokens = 4096;          // tokens per request (prompt + output)
    qint64 concurrency = 1;        // concurrent requests
    qint64 overheadPpm = 100000;   // overhead as parts per million of weights + KV (10 %)
    EngineSettings engine;         // read by the engine methods only

    // Empty when usable; otherwise a translated message naming the field.
    QString validate() const;
    // More tokens per request than the model's context holds (max_position_embeddings).
    bool exceedsContext() const { return tokens > model.maxContext; }
    // This input as planned on `gpu`'s platform (EngineSettings::setPlatform).
    EstimateInput onPlatform(const GpuSpec &gpu) const
    {
        EstimateInput on = *this;
        on.engine.setPlatform(gpu);
        return on;
    }
};

// "8,192 tokens per request is more than LLaMA-2 13B's context of 4,096 tokens."
QString contextWarning(const EstimateInput &input);

// "0.1", "0.10", "10%" → 100000 ppm. Exact for up to six decimals.
std::optional<qint64> parseFractionPpm(const QString &text, qint64 maxPpm = kMaxOverheadPpm);
// 100000 → "10%", 125000 → "12.5%"
QString formatPpmAsPercent(qint64 ppm);
// 3,000,000 → "3", 750,000 → "0.75": a fraction in millionths without trailing zeros, C locale.
QString formatPpmAsFraction(qint64 ppm);

} // namespace vram
