// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "EstimateMethod.h"
#include "FitAnalyzer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vram {

// One figure an engine printed at start-up, with the line it came from.
struct LogFigure {
    QString id;        // "weights", "available_kv", "num_gpu_blocks", "compute_buffer", …
    double value = 0;  // bytes for memory figures, else the count or factor printed
    bool isBytes = true;
    QString line;
};

// What a vLLM, SGLang, llama.cpp or Ollama start-up log says: the engine and version, the model, the
// settings it ran with and every memory figure it printed. Partial logs give what they hold.
struct EngineLog {
    std::optional<EstimateMethod> engine; // the engine that printed it; nullopt when no line was recognised
    QString version;
    QString model;                        // vLLM's model=, SGLang's model_path=, llama.cpp's general.name
    QHash<QString, QString> settings;     // max_model_len, tensor_parallel_size, n_ctx, n_seq_max, …
    QList<LogFigure> figures;

    static EngineLog read(const QString &text);
    std::optional<double> figure(const QString &id) const;
    // The catalogue model whose config comes from the repository the log names, if any.
    const ModelSpec *catalogueModel(const Catalog &catalog) const;
    // The weight precision vLLM's dtype names ("bf16" for torch.bfloat16), or empty.
    QString weightsId() const;
    // The run the log describes, on top of `in` (which gives what the log does not name): the
    // engine as method, tokens and requests, the engine settings, and the GPUs it ran on.
    int gpuCount() const;
    void applyTo(EstimateInput &in) const;
    // Why nothing could be read: the lines looked for, translated. Empty when something was.
    QString problem() const;
};

// The planner's figure beside a printed one.
struct LogComparison {
    QString id;
    QString name;       // translated: "model weights", "GPU KV cache size"
    double printed = 0;
    double planned = 0;
    bool isBytes = true;
    bool compared = true; // false: a figure the plan has no term for, shown as printed
    // (planned − printed) / printed in percent; nullopt when printed is 0 or nothing was planned.
    std::optional<double> differencePercent() const;
};

// Every printed figure the plan has an answer for, in the log's order. `fit` is the plan on the
// configuration the log ran on (its vLLM plan for vLLM); `model` the estimate for its settings.
QList<LogComparison> compareWithPlan(const EngineLog &log, const MemoryModel &model, const FitResult &fit);

// The printed figures compareWithPlan left out — what the engine holds that the plan has no term for
// (TensorRT-LLM's runtime and decoder buffers, its execution context) — named, in the log's order, so a
// reader sees everything the log said and where a whole-plan difference may come from.
QList<LogComparison> figuresNotPlanned(const EngineLog &log, const QList<LogComparison> &compared);

// The corrections that make an uncalibrated plan print what the log printed: each estimated term's
// difference (vLLM's non-torch memory, activation peak and CUDA graphs; llama.cpp's compute buffer),
// and for vLLM what its available KV memory, blocks or tokens still leave unexplained, charged to
// non-torch memory. Weights are not corrected: a different weight figure means another checkpoint.
Calibration learnCalibration(const EngineLog &log, const MemoryModel &uncalibrated, const FitResult &fit, const QString &name);

} // namespace vram
