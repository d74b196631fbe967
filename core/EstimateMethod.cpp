// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstimateMethod.h"

#include "Phrase.h"

#include <QCoreApplication>

namespace vram {

QList<EstimateMethod> allMethods()
{
    return {EstimateMethod::Article, EstimateMethod::Exact, EstimateMethod::Vllm, EstimateMethod::Sglang,
            EstimateMethod::TrtLlm, EstimateMethod::Mindie, EstimateMethod::LlamaCpp, EstimateMethod::Ollama};
}

QString methodId(EstimateMethod method)
{
    switch (method) {
    case EstimateMethod::Article: return QStringLiteral("article");
    case EstimateMethod::Exact: return QStringLiteral("exact");
    case EstimateMethod::Vllm: return QStringLiteral("vllm");
    case EstimateMethod::Sglang: return QStringLiteral("sglang");
    case EstimateMethod::LlamaCpp: return QStringLiteral("llamacpp");
    case EstimateMethod::Ollama: return QStringLiteral("ollama");
    case EstimateMethod::TrtLlm: return QStringLiteral("trtllm");
    case EstimateMethod::Mindie: return QStringLiteral("mindie");
    }
    return {};
}

std::optional<EstimateMethod> parseMethod(const QString &id)
{
    for (EstimateMethod m : allMethods())
        if (methodId(m) == id.toLower())
            return m;
    return std::nullopt;
}

QString methodName(EstimateMethod method)
{
    switch (method) {
    case EstimateMethod::Article: return QCoreApplication::translate("EstimateMethod", "Article");
    case EstimateMethod::Exact: return QCoreApplication::translate("EstimateMethod", "Exact");
    case EstimateMethod::Vllm: return QStringLiteral("vLLM");
    case EstimateMethod::Sglang: return QStringLiteral("SGLang");
    case EstimateMethod::LlamaCpp: return QStringLiteral("llama.cpp");
    case EstimateMethod::Ollama: return QStringLiteral("Ollama");
    case EstimateMethod::TrtLlm: return QStringLiteral("TensorRT-LLM");
    case EstimateMethod::Mindie: return QStringLiteral("MindIE");
    }
    return {};
}

QString methodDescription(EstimateMethod method)
{
    switch (method) {
    case EstimateMethod::Article:
        return QCoreApplication::translate("EstimateMethod",
              "The article's teaching model: nominal parameter count, KV per token = 2 × bytes × layers × hidden "
              "for every model, overhead a fixed share. Overstates the KV cache of GQA, MQA and MLA models.");
    case EstimateMethod::Exact:
        return QCoreApplication::translate("EstimateMethod",
              "Real parameter count and the model's real KV-cache layout (grouped-query, multi-query and latent "
              "attention, sliding windows), overhead a fixed share. Engines add their own allocation rules.");
    case EstimateMethod::Vllm:
        return QCoreApplication::translate("EstimateMethod",
              "What vLLM allocates: weights split over the tensor-parallel GPUs, KV cache in 16-token blocks, "
              "plus its activation peak, non-torch memory and CUDA graphs; vLLM itself takes a fixed share "
              "(gpu_memory_utilization) of each GPU.");
    case EstimateMethod::Sglang:
        return QCoreApplication::translate("EstimateMethod",
              "What SGLang allocates: a static share (mem_fraction_static) of the memory it finds free at start-up "
              "holds the weights split over the tensor-parallel GPUs and a KV pool filling the rest, counted in "
              "tokens; activations and CUDA graphs live outside that share.");
    case EstimateMethod::LlamaCpp:
        return QCoreApplication::translate("EstimateMethod",
              "What llama.cpp allocates: the model buffer, KV cells for the context padded to 256 per sequence "
              "(smaller caches for sliding-window layers), block-quantized KV rows and a compute buffer.");
    case EstimateMethod::TrtLlm:
        return QCoreApplication::translate("EstimateMethod",
              "What TensorRT-LLM allocates: weights split over the tensor-parallel GPUs, a profiled peak of one "
              "max_num_tokens pass, and free_gpu_memory_fraction of what is left as a paged KV cache in blocks of "
              "tokens_per_block.");
    case EstimateMethod::Mindie:
        return QCoreApplication::translate("EstimateMethod",
              "What MindIE LLM allocates on Ascend NPUs: weights split over the tensor-parallel NPUs, the workspace of "
              "a warm-up pass of maxPrefillTokens, and what NPU_MEMORY_FRACTION of each NPU leaves as a KV cache in "
              "blocks of cacheBlockSize (or npuMemSize GiB when set). From MindIE's documentation; no published "
              "start-up log confirms it yet.");
    case EstimateMethod::Ollama:
        return QCoreApplication::translate("EstimateMethod",
              "What Ollama runs: llama.cpp with num_ctx × OLLAMA_NUM_PARALLEL cells, and as many layers on each GPU as "
              "fit — from 0.30 as llama-server's --fit places them, 1 GiB left free on each GPU; before, as Ollama's "
              "scheduler estimated (layer weights and KV cache, the compute graph, 457 MiB and OLLAMA_GPU_OVERHEAD per "
              "GPU); the rest runs on the CPU.");
    }
    return {};
}

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EstimateMethod)
};

// What an engine method estimates, beside what follows the engine's own arithmetic.
QString engineEstimates(EstimateMethod method)
{
    switch (method) {
    case EstimateMethod::Vllm:
        return Text::tr("KV sizes and block counts follow vLLM's own arithmetic and are exact; its activation peak, "
                        "non-torch memory and CUDA graphs are estimates.");
    case EstimateMethod::Sglang:
        return Text::tr("The pool's bytes per token and its pages follow SGLang's own arithmetic and are exact; the "
                        "memory its start-up takes before loading the weights (CUDA context, NCCL buffers) is an "
                        "estimate.");
    case EstimateMethod::LlamaCpp:
        return Text::tr("KV cells and their bytes follow llama.cpp's own arithmetic and are exact; the compute buffer "
                        "follows its graph and is checked against printed buffers.");
    case EstimateMethod::Ollama:
        return Text::tr("The KV cache and compute buffer are llama.cpp's; the layers on each GPU follow Ollama's "
                        "scheduler (before 0.30) or llama-server's --fit (from 0.30).");
    case EstimateMethod::TrtLlm:
        return Text::tr("The paged cache's blocks follow TensorRT-LLM's own arithmetic and are exact; the profiled "
                        "peak is an estimate, and engines built by trtllm-build also keep TensorRT's execution context "
                        "and runtime and decoder buffers sized for their max_batch_size, which are not modelled: "
                        "calibrate from that engine's start-up log (File → Compare with a start-up log).");
    case EstimateMethod::Mindie:
        return Text::tr("From MindIE's documented rule: its blocks are exact by that rule, the warm-up workspace is an "
                        "estimate, and no published start-up log confirms the method yet.");
    case EstimateMethod::Article:
    case EstimateMethod::Exact:
        break;
    }
    return {};
}
} // namespace

QString methodAccuracy(EstimateMethod method)
{
    if (!isEngineMethod(method))
        return Text::tr("Byte counts are exact for the stated inputs. The overhead is a rule of thumb, not a "
                        "measurement; serving engines reserve memory by their own rules. GPU capacities are what the "
                        "driver reports.");
    return joinSentences(engineEstimates(method),
                         Text::tr("Capacities are what the method may fill; the README compares each engine method "
                                  "with published start-up logs."));
}

} // namespace vram
