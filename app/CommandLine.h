// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ByteUnit.h"
#include "Catalog.h"
#include "EstimateInput.h"
#include "GpuConfig.h"
#include "Scenario.h"

#include <QCommandLineParser>
#include <QSize>
#include <QString>
#include <optional>

// Exit codes of the headless commands.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitBadArguments = 2;

// The estimate options shared by `estimate`, `--screenshot` and later `export`.
class EstimateOptions
{
public:
    void addTo(QCommandLineParser &parser);
    // Reads the parsed options into an estimate; on failure returns nullopt with a translated message.
    // Without --model or --model-file, `fallbackModel` (a log's model) is the model when given.
    std::optional<vram::EstimateInput> input(const QCommandLineParser &parser, const vram::Catalog &catalog,
                                             QString *error, const vram::ModelSpec *fallbackModel = nullptr) const;
    std::optional<vram::ByteUnit> unit(const QCommandLineParser &parser, QString *error) const;
    // --currency and --cny-per-usd.
    std::optional<vram::PriceSettings> prices(const QCommandLineParser &parser, QString *error) const;
    // The window's default scenario with what the options set; `catalog` gains a --model-file's model.
    std::optional<vram::Scenario> scenario(const QCommandLineParser &parser, vram::Catalog &catalog, QString *error) const;
    // The --gpu option (with --gpu-count), if given.
    // Every --gpu given (several make several configurations); --gpu-count applies to a single one.
    std::optional<QList<vram::GpuConfig>> gpus(const QCommandLineParser &parser, const vram::Catalog &catalog,
                                       QString *error) const;
    bool hasGpu(const QCommandLineParser &parser) const { return parser.isSet(m_gpu); }
    bool hasModel(const QCommandLineParser &parser) const { return parser.isSet(m_model) || parser.isSet(m_modelFile); }
    // --weights or --kv given.
    bool hasPrecision(const QCommandLineParser &parser) const { return parser.isSet(m_weights) || parser.isSet(m_kv); }

private:
    QCommandLineOption m_model{QStringLiteral("model"), {}, QStringLiteral("id")};
    QCommandLineOption m_modelFile{QStringLiteral("model-file"), {}, QStringLiteral("path")};
    QCommandLineOption m_method{QStringLiteral("method"), {}, QStringLiteral("article|exact|vllm|sglang|trtllm|mindie|llamacpp|ollama"),
                                QStringLiteral("exact")};
    QCommandLineOption m_weights{QStringLiteral("weights"), {}, QStringLiteral("type"), QStringLiteral("fp16")};
    // --cache-type-k is llama.cpp's name for it.
    QCommandLineOption m_kv{{QStringLiteral("kv"), QStringLiteral("cache-type-k"), QStringLiteral("kv-cache-dtype"),
                             QStringLiteral("kv-cache-type")}, {},
                            QStringLiteral("type"), QStringLiteral("fp16")};
    // Ollama's names for them: num_ctx and OLLAMA_NUM_PARALLEL.
    QCommandLineOption m_tokens{{QStringLiteral("tokens"), QStringLiteral("num-ctx")}, {}, QStringLiteral("n"), QStringLiteral("4096")};
    QCommandLineOption m_concurrency{{QStringLiteral("concurrency"), QStringLiteral("num-parallel")}, {}, QStringLiteral("n"),
                                     QStringLiteral("1")};
    QCommandLineOption m_overhead{QStringLiteral("overhead"), {}, QStringLiteral("fraction"), QStringLiteral("0.10")};
    QCommandLineOption m_gpu{QStringLiteral("gpu"), {}, QStringLiteral("id")};
    // --tp is SGLang's name for it (and vLLM's --tensor-parallel-size: the GPUs of the row).
    QCommandLineOption m_gpuCount{{QStringLiteral("gpu-count"), QStringLiteral("tp")}, {}, QStringLiteral("n"), QStringLiteral("1")};
    QCommandLineOption m_unit{QStringLiteral("unit"), {}, QStringLiteral("GB|GiB"), QStringLiteral("GB")};
    QCommandLineOption m_currency{QStringLiteral("currency"), {}, QStringLiteral("USD|CNY"), QStringLiteral("USD")};
    QCommandLineOption m_rate{QStringLiteral("cny-per-usd"), {}, QStringLiteral("rate"), QStringLiteral("7.10")};
    // The engines' settings, named as each engine names them.
    QCommandLineOption m_gpuUtil{QStringLiteral("gpu-memory-utilization"), {}, QStringLiteral("fraction"),
                                 QStringLiteral("0.9")};
    QCommandLineOption m_maxModelLen{QStringLiteral("max-model-len"), {}, QStringLiteral("n")};
    QCommandLineOption m_maxBatched{QStringLiteral("max-num-batched-tokens"), {}, QStringLiteral("n"), QStringLiteral("8192")};
    QCommandLineOption m_maxSeqs{QStringLiteral("max-num-seqs"), {}, QStringLiteral("n"), QStringLiteral("256")};
    QCommandLineOption m_eager{QStringLiteral("enforce-eager")};
    QCommandLineOption m_pipeline{QStringLiteral("pipeline-parallel-size"), {}, QStringLiteral("n"), QStringLiteral("0")};
    QCommandLineOption m_ngl{{QStringLiteral("ngl"), QStringLiteral("num-gpu")}, {}, QStringLiteral("n"), QStringLiteral("-1")};
    QCommandLineOption m_gpuOverhead{QStringLiteral("gpu-overhead"), {}, QStringLiteral("bytes"), QStringLiteral("0")};
    QCommandLineOption m_ollamaVersion{QStringLiteral("ollama-version"), {}, QStringLiteral("x.y.z")};
    QCommandLineOption m_vllmAscendVersion{QStringLiteral("vllm-ascend-version"), {}, QStringLiteral("x.y")};
    QCommandLineOption m_ubatch{QStringLiteral("ubatch"), {}, QStringLiteral("n"), QStringLiteral("512")};
    QCommandLineOption m_splitMode{QStringLiteral("split-mode"), {}, QStringLiteral("layer|row|none"), QStringLiteral("layer")};
    QCommandLineOption m_tensorSplit{QStringLiteral("tensor-split"), {}, QStringLiteral("shares")};
    QCommandLineOption m_mainGpu{QStringLiteral("main-gpu"), {}, QStringLiteral("n"), QStringLiteral("0")};
    QCommandLineOption m_memFraction{QStringLiteral("mem-fraction-static"), {}, QStringLiteral("fraction")};
    QCommandLineOption m_swaRatio{QStringLiteral("swa-full-tokens-ratio"), {}, QStringLiteral("fraction")};
    QCommandLineOption m_noPiecewise{QStringLiteral("disable-piecewise-cuda-graph")};
    QCommandLineOption m_maxTotalTokens{QStringLiteral("max-total-tokens"), {}, QStringLiteral("n"), QStringLiteral("0")};
    QCommandLineOption m_maxRunning{QStringLiteral("max-running-requests"), {}, QStringLiteral("n"), QStringLiteral("0")};
    QCommandLineOption m_pageSize{QStringLiteral("page-size"), {}, QStringLiteral("n"), QStringLiteral("1")};
    QCommandLineOption m_contextLength{QStringLiteral("context-length"), {}, QStringLiteral("n"), QStringLiteral("0")};
    QCommandLineOption m_chunkedPrefill{QStringLiteral("chunked-prefill-size"), {}, QStringLiteral("n"), QStringLiteral("0")};
    QCommandLineOption m_freeFraction{QStringLiteral("free-gpu-memory-fraction"), {}, QStringLiteral("fraction"), QStringLiteral("0.9")};
    // MindIE: the environment variable and config.json's keys, in the CLI's spelling.
    QCommandLineOption m_npuFraction{QStringLiteral("npu-memory-fraction"), {}, QStringLiteral("fraction"), QStringLiteral("0.8")};
    QCommandLineOption m_npuMemSize{QStringLiteral("npu-mem-size"), {}, QStringLiteral("GiB"), QStringLiteral("-1")};
    QCommandLineOption m_cacheBlockSize{QStringLiteral("cache-block-size"), {}, QStringLiteral("n"), QStringLiteral("128")};
    QCommandLineOption m_maxPrefillTokens{QStringLiteral("max-prefill-tokens"), {}, QStringLiteral("n"), QStringLiteral("8192")};
    QCommandLineOption m_trtMaxTokens{QStringLiteral("max-tokens"), {}, QStringLiteral("n"), QStringLiteral("0")};
    QCommandLineOption m_tokensPerBlock{QStringLiteral("tokens-per-block"), {}, QStringLiteral("n"), QStringLiteral("32")};
    QCommandLineOption m_hostCacheSize{QStringLiteral("host-cache-size"), {}, QStringLiteral("bytes")};
    QCommandLineOption m_maxBatchSize{QStringLiteral("max-batch-size"), {}, QStringLiteral("n"), QStringLiteral("2048")};
    QCommandLineOption m_maxNumTokens{QStringLiteral("max-num-tokens"), {}, QStringLiteral("n"), QStringLiteral("8192")};
    QCommandLineOption m_flashAttn{QStringLiteral("flash-attn"), {}, QStringLiteral("on|off|auto"), QStringLiteral("auto")};
    QCommandLineOption m_cacheTypeV{QStringLiteral("cache-type-v"), {}, QStringLiteral("type")};
    QCommandLineOption m_profile{QStringLiteral("profile"), {}, QStringLiteral("name")};

    std::optional<vram::EngineSettings> engine(const QCommandLineParser &parser, QString *error) const;
};

// "Did you mean "x"?" for the candidate closest to `typed`, or empty when none is close.
QString didYouMean(const QString &typed, const QStringList &candidates);
// The same for a model id, among the catalogue's.
QString didYouMeanModel(const QString &typed, const vram::Catalog &catalog);
// Prints `message` on stderr and returns `code`.
int printError(int code, const QString &message);
// Parses `arguments` (with --help added). Returns nullopt to go on, or the exit code to stop with
// after printing the help or the error. Positional arguments are refused.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments);

// "1600x900" → a size from 320×240 to 8000×8000; nullopt otherwise.
std::optional<QSize> parseSizeOption(const QString &text);
// The model a --model-file names (config.json, model folder or GGUF), imported offline.
std::optional<vram::ModelSpec> importModelFile(const QString &path, QString *error);
// The built-in catalogue plus `extra` when it is not one of its models.
vram::Catalog catalogWith(const vram::ModelSpec &extra);
// The built-in catalogue with the user's own GPUs and prices (see `gpus --add`); a damaged GPU
// list is reported on standard error and left out, never overwritten.
const vram::Catalog &userCatalog();
// Parses a whole number in [lo, hi]; nullopt if it is not one.
std::optional<qint64> parseBoundedInteger(const QString &text, qint64 lo, qint64 hi);
