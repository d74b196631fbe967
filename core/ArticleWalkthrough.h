// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace vram {

// One step of the seed article's worked example: what the article wrote, the
// exact figure computed here, and why the two differ.
struct WalkthroughStep {
    QString title;
    QString article;
    QString exact;
    QString why;
    // The model the chart shows for this step, by the exact method (the steps beyond the article);
    // empty: the article's LLaMA-2 13B by the article's method.
    QString modelId {};
    QString modelName {};
};

// LLaMA-2 13B, FP16, 4,096 tokens, 10 requests, step by step; then the question
// in the article's title: a 70B model (DeepSeek-R1-Distill-Llama-70B) and GQA.
// Every exact figure comes from the memory model; the article's are quoted.
QList<WalkthroughStep> articleWalkthrough(const Catalog &catalog, const QLocale &locale);

} // namespace vram
