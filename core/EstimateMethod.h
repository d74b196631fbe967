// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace vram {

// How an estimate is made.
// Article: the seed article's teaching model, nominal parameters and
//          2 × bytes × layers × hidden per token whatever the attention.
// Exact:   real parameter count and the architecture's real KV layout.
// Vllm:    Exact's layout allocated as vLLM does: a share of each GPU, the
//          weights split over tensor-parallel ranks, KV in 16-token blocks.
// Sglang:  Exact's layout allocated as SGLang does: a static share of the free memory
//          for the weights and a token pool, the rest for activations and graphs.
// LlamaCpp: Exact's layout allocated as llama.cpp does: padded context cells
//          per sequence, block-quantized KV rows, a compute buffer.
// Ollama:  llama.cpp's allocation with the layers Ollama's scheduler offloads to each GPU.
// TrtLlm:  Exact's layout as TensorRT-LLM's PyTorch backend sizes its paged KV cache: a share of
//          what the profiled peak leaves, in blocks of tokens_per_block.
// Mindie:  Exact's layout as Huawei's MindIE LLM sizes its KV cache on Ascend NPUs: NPU_MEMORY_FRACTION
//          of each NPU less the weights and a warm-up pass's workspace, in blocks of cacheBlockSize.
enum class EstimateMethod { Article, Exact, Vllm, LlamaCpp, Sglang, Ollama, TrtLlm, Mindie };

// True for the methods that model a serving engine's allocation.
inline bool isEngineMethod(EstimateMethod m)
{
    return m == EstimateMethod::Vllm || m == EstimateMethod::LlamaCpp || m == EstimateMethod::Sglang
           || m == EstimateMethod::Ollama || m == EstimateMethod::TrtLlm || m == EstimateMethod::Mindie;
}
// True for the engines that split one model over GPUs by tensor (and pipeline) parallelism, every
// GPU holding an equal rank: vLLM, SGLang, TensorRT-LLM and MindIE.
inline bool splitsByTensorParallel(EstimateMethod m)
{
    return m == EstimateMethod::Vllm || m == EstimateMethod::Sglang || m == EstimateMethod::TrtLlm
           || m == EstimateMethod::Mindie;
}
// True for the engines whose start-up logs are read into calibration profiles (EngineLog): every
// engine but MindIE, of which no published log exists to read.
inline bool calibratesFromLogs(EstimateMethod m) { return isEngineMethod(m) && m != EstimateMethod::Mindie; }
// True for the engines that run llama.cpp's allocator: llama.cpp itself and Ollama.
inline bool allocatesAsLlamaCpp(EstimateMethod m) { return m == EstimateMethod::LlamaCpp || m == EstimateMethod::Ollama; }

QList<EstimateMethod> allMethods();
QString methodId(EstimateMethod method);
std::optional<EstimateMethod> parseMethod(const QString &id);
QString methodName(EstimateMethod method);
QString methodDescription(EstimateMethod method);
// Which of the method's figures are exact and which are estimates, for a report's reader.
QString methodAccuracy(EstimateMethod method);

} // namespace vram
