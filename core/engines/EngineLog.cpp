// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineLog.h"

#include "Catalog.h"

#include "MemoryModel.h"
#include "TrtLlmPlan.h"
#include "VllmLayout.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EngineLog)
};

// The engines divide by 2^30 and 2^20 whatever they print: vLLM's "took 14.9888 GB" (up to 0.6),
// llama.cpp's "kv self size = 256.00 MB" (up to 2024) and SGLang's "GB" are all binary.
double toBytes(double value, const QString &unit)
{
    if (unit.startsWith(QLatin1Char('G')))
        return value * 1073741824.0;
    if (unit.startsWith(QLatin1Char('M')))
        return value * 1048576.0;
    if (unit.startsWith(QLatin1Char('K')))
        return value * 1024.0;
    return value;
}

double number(const QString &text)
{
    return QString(text).remove(QLatin1Char(',')).toDouble();
}

// A memory figure: "… 14.96GiB", "= 4403.49 MiB", Ollama's "0 B".
const QString kAmount = QStringLiteral("([0-9][0-9.,]*)\\s*(GiB|MiB|KiB|GB|MB|B)\\b");
// A llama.cpp device buffer: "CUDA0", "ROCm1", "Vulkan0", "Metal", "SYCL0"; the host's ("CPU",
// "CUDA_Host", "CPU_Mapped") is not the GPU's.
const QString kDevice = QStringLiteral("(?:CUDA\\d+|ROCm\\d+|Vulkan\\d+|SYCL\\d+|Metal|MTL\\d+)");

struct Pattern {
    EstimateMethod engine;
    const char *id;
    QRegularExpression re;
    bool isBytes;
    bool sum; // several devices each print one: their total
    double unit = 0; // bytes per printed unit where the line has none of its own (SGLang's "GB" are GiB)
    bool smallest = false; // every rank prints its own and the engine goes by the smallest
};

constexpr double kGiB = 1073741824.0;

const QList<Pattern> &patterns()
{
    static const QList<Pattern> list = [] {
        const auto re = [](const QString &s) { return QRegularExpression(s); };
        const EstimateMethod v = EstimateMethod::Vllm;
        const EstimateMethod l = EstimateMethod::LlamaCpp;
        const EstimateMethod s = EstimateMethod::Sglang;
        const EstimateMethod o = EstimateMethod::Ollama;
        const EstimateMethod t = EstimateMethod::TrtLlm;
        return QList<Pattern>{
            // vLLM's profiling lines in their three shapes: "x (a) = b" sentences (0.6–0.10), one
            // "name value" line each (0.6.5), and "name=value" pairs on one line (0.6.4).
            {v, "total_gpu_memory", re(QStringLiteral("total_gpu_memory(?: \\(|=|\\s+)") + kAmount), true, false},
            {v, "budget", re(QStringLiteral("gpu_memory_utilization \\([0-9.]+\\) = ") + kAmount), true, false},
            {v, "budget", re(QStringLiteral("the current vLLM instance can use\\s+") + kAmount), true, false},
            {v, "weights", re(QStringLiteral("model weights take\\s+") + kAmount), true, false},
            {v, "weights", re(QStringLiteral("Model loading took ") + kAmount), true, false},
            {v, "weights", re(QStringLiteral("Loading model weights took ") + kAmount), true, false},
            {v, "non_torch", re(QStringLiteral("non_torch_memory(?: takes |=|\\s+)") + kAmount), true, false},
            {v, "activation_peak", re(QStringLiteral("activation peak memory(?: takes |\\s+)") + kAmount), true, false},
            {v, "available_kv", re(QStringLiteral("reserved for KV Cache is ") + kAmount), true, false},
            {v, "available_kv", re(QStringLiteral("Available KV cache memory: ") + kAmount), true, false},
            {v, "available_kv", re(QStringLiteral("available_kv_cache_memory\\s+") + kAmount), true, false},
            {v, "available_kv", re(QStringLiteral("\\bkv_cache_size=") + kAmount), true, false},
            // vLLM-Ascend's worker prints both in bytes, each rank its own; vLLM takes the smallest.
            {v, "available_kv", re(QStringLiteral("Available memory: ([0-9]+), total memory: [0-9]+")), true, false, 1.0, true},
            {v, "total_gpu_memory", re(QStringLiteral("Available memory: [0-9]+, total memory: ([0-9]+)")), true, false, 1.0},
            {v, "kv_needed", re(QStringLiteral("\\(([0-9.]+) GiB KV cache is needed")), true, false, kGiB},
            {v, "kv_cache_tokens", re(QStringLiteral("maximum number of tokens that can be stored in KV cache \\(([0-9]+)\\)")), false, false},
            {v, "cuda_graphs", re(QStringLiteral("Graph capturing finished in [0-9.]+ secs?, took ") + kAmount), true, false},
            {v, "kv_cache_tokens", re(QStringLiteral("GPU KV cache size: ([0-9][0-9,]*) tokens")), false, false},
            {v, "num_gpu_blocks", re(QStringLiteral("(?:^|[#\\s])(?:GPU|cuda|CUDA) blocks: ([0-9]+)")), false, false},
            {v, "max_concurrency", re(QStringLiteral("Maximum concurrency for [0-9,]+ tokens per request: ([0-9.]+)x")), false, false},
            {l, "model_buffer", re(kDevice + QStringLiteral(" model buffer size\\s*=\\s*") + kAmount), true, true},
            {l, "kv_buffer", re(kDevice + QStringLiteral(" KV buffer size\\s*=\\s*") + kAmount), true, true},
            {l, "compute_buffer", re(kDevice + QStringLiteral(" compute buffer size\\s*=\\s*") + kAmount), true, true},
            // The whole cache wherever it lives: "kv self size" (up to 2025) and the unified cache's "size".
            {l, "kv_self", re(QStringLiteral("(?:kv self size|KV self size)\\s*=\\s*") + kAmount), true, false},
            {l, "kv_self", re(QStringLiteral("llama_kv_cache(?:_unified)?: size = ") + kAmount), true, false},
            {l, "recurrent_buffer", re(kDevice + QStringLiteral(" RS buffer size\\s*=\\s*") + kAmount), true, true},
            {l, "offloaded_layers", re(QStringLiteral("offloaded ([0-9]+)/[0-9]+ layers to GPU")), false, false},
            // SGLang (ModelRunner, Scheduler); its "GB" are GiB.
            {s, "free_before", re(QStringLiteral("Load weight begin\\. avail mem=([0-9.]+) GB")), true, false, kGiB},
            {s, "free_after", re(QStringLiteral("Load weight end\\..*avail mem=([0-9.]+) GB")), true, false, kGiB},
            {s, "weights", re(QStringLiteral("Load weight end\\..*mem usage=([0-9.]+) GB")), true, false, kGiB},
            {s, "max_total_num_tokens", re(QStringLiteral("KV Cache is allocated\\..*#tokens: ([0-9]+)")), false, false},
            {s, "k_size", re(QStringLiteral("KV Cache is allocated\\..*K size: ([0-9.]+) GB")), true, false, kGiB},
            // MLA models keep one latent pool: "KV size".
            {s, "kv_size", re(QStringLiteral("KV Cache is allocated\\..*\\bKV size: ([0-9.]+) GB")), true, false, kGiB},
            {s, "max_total_num_tokens", re(QStringLiteral("\\bmax_total_num_tokens=([0-9]+)")), false, false},
            {s, "max_running_requests", re(QStringLiteral("\\bmax_running_requests=([0-9]+)")), false, false},
            // Hybrid models' state pool (ModelRunner.init_memory_pool, HybridReqToTokenPool).
            {s, "max_mamba_cache_size", re(QStringLiteral("Mamba Cache is allocated\\..*max_mamba_cache_size: ([0-9]+)")), false, false},
            {s, "ssm_state_size", re(QStringLiteral("Mamba Cache is allocated\\..*ssm_state size: ([0-9.]+) ?GB")), true, false, kGiB},
            // Sliding-window pool models (ModelRunner.set_num_tokens_hybrid_swa).
            {s, "max_total_num_tokens", re(QStringLiteral("Use sliding window memory pool\\..*full_layer_tokens=([0-9]+)")), false, false},
            {s, "swa_layer_tokens", re(QStringLiteral("Use sliding window memory pool\\..*swa_layer_tokens=([0-9]+)")), false, false},
            // Ollama's scheduler ("offload to cuda" before 0.5.8, "msg=offload" since).
            {o, "layers_offload", re(QStringLiteral("\\blayers\\.offload=([0-9]+)")), false, false},
            {o, "memory_required_full", re(QStringLiteral("memory\\.required\\.full=\"") + kAmount), true, false},
            {o, "memory_required_partial", re(QStringLiteral("memory\\.required\\.partial=\"") + kAmount), true, false},
            {o, "memory_required_kv", re(QStringLiteral("memory\\.required\\.kv=\"") + kAmount), true, false},
            {o, "memory_graph_full", re(QStringLiteral("memory\\.graph\\.full=\"") + kAmount), true, false},
            // TensorRT-LLM: the PyTorch backend's KvCacheCreator and the older C++ runtime.
            {t, "device_total", re(QStringLiteral("device total memory ([0-9.]+) GiB")), true, false, kGiB},
            {t, "peak_memory", re(QStringLiteral("Peak memory during memory usage profiling \\(torch \\+ non-torch\\): "
                                                 "([0-9.]+) GiB")), true, false, kGiB},
            {t, "available_kv", re(QStringLiteral("available KV cache memory when calculating max tokens: ([0-9.]+) GiB")), true,
             false, kGiB},
            // What KvCacheCreator estimated from its profiling pass, handed on as max_tokens beside the fraction.
            {t, "estimated_max_tokens", re(QStringLiteral("Both free_gpu_memory_fraction and max_tokens are set \\(to [0-9.]+ and ([0-9]+)")),
             false, false},
            {t, "kv_pool_bytes", re(QStringLiteral("Allocated ([0-9.]+) GiB for max tokens in paged KV cache")), true, false,
             kGiB},
            {t, "max_tokens_in_paged_kv_cache", re(QStringLiteral("for max tokens in paged KV cache \\(([0-9]+)\\)")),
             false, false},
            // The TensorRT-engine runtime (0.9 to 0.21): the device's total and what the engine left free.
            {t, "device_total", re(QStringLiteral("calculating max tokens in paged kv cache: total: ([0-9.]+) GiB")), true, false, kGiB},
            {t, "free_for_kv", re(QStringLiteral("calculating max tokens in paged kv cache: total: [0-9.]+ GiB, available: ([0-9.]+) GiB")),
             true, false, kGiB},
            {t, "kv_pool_bytes", re(QStringLiteral("Allocate ([0-9]+) bytes for k/v cache")), true, false, 1.0},
            {t, "max_tokens_in_paged_kv_cache", re(QStringLiteral("Using ([0-9]+) tokens in paged KV cache")), false, false},
            // host_cache_size's pool of offloaded blocks (BaseKVCacheManager::calculateMaxNumBlocks).
            {t, "secondary_blocks", re(QStringLiteral("Number of blocks in KV cache secondary pool: ([0-9]+)")), false, false},
            // What the TensorRT-engine runtime held before the cache (TrtGptModelInflightBatching): the engine
            // (its weights, mostly), TensorRT's activations and the I/O and decoder buffers sized for
            // max_batch_size; its MemoryCounters print "MB" and "GB" of 1,024.
            {t, "engine_size", re(QStringLiteral("Loaded engine size: ([0-9.]+) (MiB)")), true, false},
            {t, "execution_context", re(QStringLiteral("Allocated ([0-9.]+) (MiB) for execution context memory")), true, false},
            {t, "runtime_buffers", re(QStringLiteral("Allocated ([0-9.]+) (B|KB|MB|GB) GPU memory for runtime buffers")), true, false},
            {t, "decoder_buffers", re(QStringLiteral("Allocated ([0-9.]+) (B|KB|MB|GB) GPU memory for decoder")), true, false},
        };
    }();
    return list;
}

struct Setting {
    EstimateMethod engine;
    const char *id;
    QRegularExpression re;
};

const QList<Setting> &settingPatterns()
{
    static const QList<Setting> list = [] {
        const auto re = [](const QString &s) { return QRegularExpression(s); };
        const EstimateMethod v = EstimateMethod::Vllm;
        const EstimateMethod l = EstimateMethod::LlamaCpp;
        const EstimateMethod s = EstimateMethod::Sglang;
        const EstimateMethod o = EstimateMethod::Ollama;
        const EstimateMethod t = EstimateMethod::TrtLlm;
        return QList<Setting>{
            {v, "model", re(QStringLiteral("\\bmodel='([^']+)'"))},
            {v, "version", re(QStringLiteral("LLM engine \\(v([0-9][^)]*)\\)"))},
            {v, "version", re(QStringLiteral("vLLM (?:API server )?version ([0-9][^\\s,]*)"))},
            {v, "max_model_len", re(QStringLiteral("\\bmax_seq_len=([0-9]+)"))},
            {v, "max_model_len", re(QStringLiteral("'max_model_len': ([0-9]+)"))},
            // Logs quoted without their config line still name the length in these two.
            {v, "max_model_len", re(QStringLiteral("Maximum concurrency for ([0-9]+) tokens per request"))},
            // vLLM's refusal spells it "the models's max seq len (N)" (v1/core/kv_cache_utils.py), older lines "The model's".
            {v, "max_model_len", re(QStringLiteral("models?'s max seq len \\(([0-9]+)\\)"))},
            {v, "tensor_parallel_size", re(QStringLiteral("\\btensor_parallel_size=([0-9]+)"))},
            {v, "pipeline_parallel_size", re(QStringLiteral("\\bpipeline_parallel_size=([0-9]+)"))},
            {v, "dtype", re(QStringLiteral("\\bdtype=torch\\.(\\w+)"))},
            {v, "kv_cache_dtype", re(QStringLiteral("\\bkv_cache_dtype=(\\w+)"))},
            {v, "platform", re(QStringLiteral("Platform plugin (ascend) is activated"))},
            {v, "enforce_eager", re(QStringLiteral("\\benforce_eager=(True|False)"))},
            {v, "gpu_memory_utilization", re(QStringLiteral("x gpu_memory_utilization \\(([0-9.]+)\\)"))},
            {v, "gpu_memory_utilization", re(QStringLiteral("'gpu_memory_utilization': ([0-9.]+)"))},
            {v, "gpu_memory_utilization", re(QStringLiteral("\\bgpu_memory_utilization(?:=|\\s+)([0-9.]+)"))},
            {v, "max_num_batched_tokens", re(QStringLiteral("'max_num_batched_tokens': ([0-9]+)"))},
            {v, "max_num_batched_tokens", re(QStringLiteral("Chunked prefill is enabled with max_num_batched_tokens=([0-9]+)"))},
            // The launch command where a log quotes it; these flags are vLLM's alone.
            {v, "gpu_memory_utilization", re(QStringLiteral("--gpu-memory-utilization[= ]([0-9.]+)"))},
            {v, "max_model_len", re(QStringLiteral("--max-model-len[= ]([0-9]+)"))},
            {v, "max_num_batched_tokens", re(QStringLiteral("--max-num-batched-tokens[= ]([0-9]+)"))},
            {v, "max_num_seqs", re(QStringLiteral("--max-num-seqs[= ]([0-9]+)"))},
            {v, "max_num_seqs", re(QStringLiteral("'max_num_seqs': ([0-9]+)"))},
            {l, "version", re(QStringLiteral("^build: ([0-9]+) \\("))},
            {l, "model", re(QStringLiteral("general\\.name\\s+(?:str\\s+)?=\\s+(.+?)\\s*$"))},
            {l, "n_ctx", re(QStringLiteral("\\bn_ctx\\s+=\\s+([0-9]+)"))},
            {l, "n_seq_max", re(QStringLiteral("\\bn_seq_max\\s+=\\s+([0-9]+)"))},
            {l, "n_ubatch", re(QStringLiteral("\\bn_ubatch\\s+=\\s+([0-9]+)"))},
            {l, "flash_attn", re(QStringLiteral("\\bflash_attn\\s+=\\s+(\\S+)"))},
            // "Flash Attention was auto, set to enabled": what auto became.
            {l, "flash_attn", re(QStringLiteral("Flash Attention was auto, set to (\\w+)"))},
            {l, "type_k", re(QStringLiteral("\\bK \\((\\w+)\\):"))},
            {l, "type_v", re(QStringLiteral("\\bV \\((\\w+)\\):"))},
            {l, "total_layers", re(QStringLiteral("offloaded [0-9]+/([0-9]+) layers to GPU"))},
            // SGLang's server_args=ServerArgs(…) line.
            {s, "model", re(QStringLiteral("\\bmodel_path='([^']+)'"))},
            {s, "model", re(QStringLiteral("sglang\\.\\w+ .*--model(?:-path)? (\\S+)"))},
            {s, "tp_size", re(QStringLiteral("\\btp_size=([0-9]+)"))},
            {s, "pp_size", re(QStringLiteral("\\bpp_size=([0-9]+)"))},
            {s, "mem_fraction_static", re(QStringLiteral("\\bmem_fraction_static=([0-9.]+)"))},
            {s, "swa_full_tokens_ratio", re(QStringLiteral("\\bswa_full_tokens_ratio=([0-9.]+)"))},
            {s, "swa_full_tokens_ratio", re(QStringLiteral("--swa-full-tokens-ratio ([0-9.]+)"))},
            {s, "chunked_prefill_size", re(QStringLiteral("\\bchunked_prefill_size=([0-9]+)"))},
            {s, "page_size", re(QStringLiteral("\\bpage_size=([0-9]+)"))},
            // An attention backend that needs pages (TensorRT-LLM's MHA kernels on Blackwell) sets them itself.
            {s, "page_size", re(QStringLiteral("changing page_size from \\w+ to ([0-9]+)"))},
            // Piecewise CUDA graphs of the prefill: opt-in until early 2026, then opt-out.
            {s, "enable_piecewise_cuda_graph", re(QStringLiteral("\\benable_piecewise_cuda_graph=(True|False)"))},
            {s, "disable_piecewise_cuda_graph", re(QStringLiteral("\\bdisable_piecewise_cuda_graph=(True|False)"))},
            {s, "disable_piecewise_cuda_graph", re(QStringLiteral("--(disable)-piecewise-cuda-graph"))},
            {s, "piecewise_captured", re(QStringLiteral("Capture (piecewise) CUDA graph begin"))},
            {s, "context_length", re(QStringLiteral("\\bcontext_length=([0-9]+)"))},
            {s, "context_len", re(QStringLiteral("\\bcontext_len=([0-9]+)"))},
            {s, "kv_cache_dtype", re(QStringLiteral("\\bkv_cache_dtype='(\\w+)'"))},
            {s, "tp_size", re(QStringLiteral("--tp(?:-size)? ([0-9]+)"))},
            {s, "mem_fraction_static", re(QStringLiteral("--mem-fraction-static ([0-9.]+)"))},
            // Ollama's server config and its runner's command line.
            {o, "num_parallel", re(QStringLiteral("\\bOLLAMA_NUM_PARALLEL:([0-9]+)"))},
            {o, "flash_attention", re(QStringLiteral("\\bOLLAMA_FLASH_ATTENTION:(\\w+)"))},
            {o, "kv_cache_type", re(QStringLiteral("\\bOLLAMA_KV_CACHE_TYPE:(\\w*)"))},
            {o, "gpu_overhead", re(QStringLiteral("\\bOLLAMA_GPU_OVERHEAD:([0-9]+)"))},
            {o, "layers_requested", re(QStringLiteral("\\blayers\\.requested=(-?[0-9]+)"))},
            {o, "layers_model", re(QStringLiteral("\\blayers\\.model=([0-9]+)"))},
            // Ollama's runner, not llama-server, whose command line takes the same flags.
            {o, "ctx_size", re(QStringLiteral("ollama.*--ctx-size ([0-9]+)"))},
            {o, "parallel", re(QStringLiteral("ollama.*--parallel ([0-9]+)"))},
            // Ollama 0.30 and later starts llama-server itself (llm/llama_server.go, startLlamaServer):
            // msg="starting llama-server" cmd="… -c num_ctx×parallel -np parallel … --flash-attn auto …".
            {o, "llama_server", re(QStringLiteral("msg=\"starting llama-server\"()"))},
            {o, "ctx_size", re(QStringLiteral("starting llama-server.* -c ([0-9]+)"))},
            {o, "parallel", re(QStringLiteral("starting llama-server.* -np ([0-9]+)"))},
            {o, "llama_server_flash_attn", re(QStringLiteral("starting llama-server.* --flash-attn (\\w+)"))},
            {o, "llama_server_cache_type", re(QStringLiteral("starting llama-server.* --cache-type-k (\\w+)"))},
            {o, "llama_server_ngl", re(QStringLiteral("starting llama-server.* -ngl ([0-9]+)"))},
            // TensorRT-LLM's own banner and the settings it echoes.
            {t, "version", re(QStringLiteral("\\[TensorRT-LLM\\] TensorRT-LLM version: ([0-9][^\\s]*)"))},
            {t, "free_gpu_memory_fraction", re(QStringLiteral("\\bfree_gpu_memory_fraction[=: ]+([0-9.]+)"))},
            // The PyTorch backend prints the fraction as the float32 it holds (0.800000011920929).
            {t, "free_gpu_memory_fraction", re(QStringLiteral("free_gpu_memory_fraction and max_tokens are set \\(to ([0-9.]+) and"))},
            {t, "free_gpu_memory_fraction", re(QStringLiteral("\\bfraction is set ([0-9.]+)"))},
            // Its executor names the batch limit max_num_requests (PyExecutor: max_seq_len=…, max_num_requests=…).
            {t, "max_batch_size", re(QStringLiteral("\\bmax_num_requests=([0-9]+)"))},
            {t, "max_num_tokens", re(QStringLiteral("\\bmax_num_tokens[=: ]+([0-9]+)"))},
            {t, "max_batch_size", re(QStringLiteral("\\bmax_batch_size[=: ]+([0-9]+)"))},
            {t, "tokens_per_block", re(QStringLiteral("\\btokens_per_block[=: ]+([0-9]+)"))},
            {t, "tokens_per_block", re(QStringLiteral("Number of tokens per block: ([0-9]+)"))},
        };
    }();
    return list;
}
} // namespace

EngineLog EngineLog::read(const QString &text)
{
    EngineLog log;
    QHash<QString, qsizetype> summed; // figure id → index, for per-device sums
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.size() > 20000) // a pasted binary is not a log line
            continue;
        for (const Setting &s : settingPatterns()) {
            const QString id = QString::fromLatin1(s.id);
            if ((id == QLatin1String("version") ? !log.version.isEmpty()
                                                 : id == QLatin1String("model") ? !log.model.isEmpty()
                                                                                : log.settings.contains(id)))
                // "flash_attn = auto" is settled by a later "Flash Attention was auto, set to …".
                if (id != QLatin1String("flash_attn") || log.settings.value(id) != QLatin1String("auto"))
                    continue;
            const QRegularExpressionMatch m = s.re.match(line);
            if (!m.hasMatch())
                continue;
            // A torch dtype appears in SGLang's lines too: it does not say which engine printed it.
            if (!log.engine && id != QLatin1String("dtype"))
                log.engine = s.engine;
            if (id == QLatin1String("version"))
                log.version = m.captured(1);
            else if (id == QLatin1String("model"))
                log.model = m.captured(1).left(200);
            else
                log.settings.insert(id, m.captured(1));
        }
        for (const Pattern &p : patterns()) {
            const QRegularExpressionMatch m = p.re.match(line);
            if (!m.hasMatch())
                continue;
            const QString id = QString::fromLatin1(p.id);
            const double value = p.unit > 0 ? number(m.captured(1)) * p.unit
                                 : p.isBytes ? toBytes(number(m.captured(1)), m.captured(2)) : number(m.captured(1));
            if (!log.engine)
                log.engine = p.engine;
            if (p.sum && summed.contains(id)) {
                LogFigure &f = log.figures[summed.value(id)];
                f.value += value;
                f.line += QLatin1Char('\n') + line;
                continue;
            }
            if (p.smallest && summed.contains(id)) {
                LogFigure &f = log.figures[summed.value(id)];
                if (value < f.value)
                    f = {id, value, p.isBytes, line};
                continue;
            }
            if (log.figure(id)) // the first of repeated lines (every worker prints its own)
                continue;
            if (p.sum || p.smallest)
                summed.insert(id, log.figures.size());
            log.figures.append({id, value, p.isBytes, line});
        }
    }
    return log;
}

std::optional<double> EngineLog::figure(const QString &id) const
{
    for (const LogFigure &f : figures)
        if (f.id == id)
            return f.value;
    return std::nullopt;
}

namespace {
// A Hub repository's model name without what its chat-tuned or renamed copies add to the same
// architecture: "Meta-Llama-3.1-8B-Instruct" and "Llama-3.1-8B" are both "llama-3.1-8b". Quantized
// copies ("-FP8", "-AWQ") keep their tag: their weights are another matter.
QString baseModelName(QString name)
{
    name = name.toLower();
    if (name.startsWith(QLatin1String("meta-")))
        name.remove(0, 5);
    static const QStringList suffixes{QStringLiteral("-instruct"), QStringLiteral("-chat"), QStringLiteral("-it"),
                                      QStringLiteral("-hf"), QStringLiteral("-base")};
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QString &suffix : suffixes)
            if (name.endsWith(suffix) && name.size() > suffix.size()) {
                name.chop(suffix.size());
                stripped = true;
            }
    }
    return name;
}

// "meta-llama/Llama-3.1-8B" from "https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json".
QString hubModelName(const QString &configSource)
{
    static const QString hub = QStringLiteral("huggingface.co/");
    const qsizetype at = configSource.indexOf(hub);
    return at < 0 ? QString() : configSource.mid(at + hub.size()).section(QLatin1Char('/'), 1, 1);
}
} // namespace

const ModelSpec *EngineLog::catalogueModel(const Catalog &catalog) const
{
    if (model.isEmpty())
        return nullptr;
    // "Qwen/Qwen3-32B" as served from the Hub, or a local copy's folder ("/mnt/models/Qwen3-32B"),
    // named as the model's config source on the Hub names it.
    const QString folder = model.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    for (const QString &name : {model, folder})
        for (const ModelSpec &m : catalog.models())
            if (!name.isEmpty() && m.configSource.contains(QStringLiteral("/") + name + QStringLiteral("/")))
                return catalog.model(m.id);
    // Else its instruct or base sibling in the catalogue, the same architecture under another name.
    const QString base = baseModelName(folder);
    for (const ModelSpec &m : catalog.models())
        if (!base.isEmpty() && baseModelName(hubModelName(m.configSource)) == base)
            return catalog.model(m.id);
    return nullptr;
}

QString EngineLog::weightsId() const
{
    static const QHash<QString, QString> dtypes{{QStringLiteral("bfloat16"), QStringLiteral("bf16")},
                                                {QStringLiteral("float16"), QStringLiteral("fp16")},
                                                {QStringLiteral("float32"), QStringLiteral("fp32")}};
    return dtypes.value(settings.value(QStringLiteral("dtype")));
}

namespace {
qint64 settingOf(const EngineLog &log, const char *key, qint64 fallback)
{
    bool ok = false;
    const qint64 v = log.settings.value(QLatin1String(key)).toLongLong(&ok);
    return ok && v > 0 ? v : fallback;
}

// A fraction strictly between 0 and 1 in millionths. Engines print the float they hold
// (SGLang's 0.8260405859375, TensorRT-LLM's float32 0.800000011920929): to the nearest ppm.
std::optional<qint64> fractionOf(const EngineLog &log, const char *key)
{
    bool isNumber = false;
    const double fraction = log.settings.value(QLatin1String(key)).toDouble(&isNumber);
    if (!isNumber || !(fraction > 0 && fraction < 1))
        return std::nullopt;
    return std::clamp<qint64>(std::llround(fraction * kPpm), 1, kPpm - 1);
}

// A share above 0 and at most 1 as the user wrote it (vLLM's gpu_memory_utilization=0.9), exact to the ppm.
std::optional<qint64> shareOf(const EngineLog &log, const char *key)
{
    const auto ppm = parseFractionPpm(log.settings.value(QLatin1String(key)));
    return ppm && *ppm > 0 && *ppm <= kPpm ? ppm : std::nullopt;
}
} // namespace

int EngineLog::gpuCount() const
{
    if (engine == EstimateMethod::Sglang)
        return int(std::clamp<qint64>(settingOf(*this, "tp_size", 1) * settingOf(*this, "pp_size", 1), 1, kMaxTensorParallel));
    if (engine != EstimateMethod::Vllm)
        return 1;
    return int(std::clamp<qint64>(settingOf(*this, "tensor_parallel_size", 1) * settingOf(*this, "pipeline_parallel_size", 1),
                                  1, kMaxTensorParallel));
}

void EngineLog::applyTo(EstimateInput &in) const
{
    if (!engine)
        return;
    in.method = *engine;
    if (in.method == EstimateMethod::Vllm) {
        in.tokens = std::min(settingOf(*this, "max_model_len", in.tokens), kMaxTokens);
        in.concurrency = 1;
        if (const auto ppm = shareOf(*this, "gpu_memory_utilization"))
            in.engine.gpuMemoryUtilizationPpm = *ppm;
        in.engine.enforceEager = settings.value(QStringLiteral("enforce_eager")) == QLatin1String("True");
        // The V0 engine ("# GPU blocks") profiled a whole max_model_len prompt at once unless chunked
        // prefill was on, which it turned on by itself only past 32,768 tokens.
        const bool v0WholePrompt = figure(QStringLiteral("num_gpu_blocks")) && in.tokens <= 32768;
        const qint64 batched = v0WholePrompt ? std::max<qint64>(in.tokens, 2048) : in.engine.maxNumBatchedTokens;
        in.engine.graphsAfterKvCache = figure(QStringLiteral("num_gpu_blocks")).has_value();
        // vLLM-Ascend follows vLLM's versions; before 0.16 its hybrid pages held whole states.
        const auto v = parseEngineVersion(version);
        in.engine.vllmAscendWholeStatePages = settings.value(QStringLiteral("platform")) == QLatin1String("ascend") && v
                                              && *v < kVllmAscendSplitPagesVersion;
        in.engine.maxNumBatchedTokens = std::min(settingOf(*this, "max_num_batched_tokens", batched), kMaxTokens);
        in.engine.maxNumSeqs = std::min(settingOf(*this, "max_num_seqs", in.engine.maxNumSeqs), kMaxConcurrency);
        VllmLayout::assignGpus(in.engine, in.model, gpuCount());
        return;
    }
    if (in.method == EstimateMethod::Sglang) {
        // One request of the context SGLang took; the pool is what the log is about.
        in.tokens = std::min(settingOf(*this, "context_len", settingOf(*this, "context_length", in.tokens)), kMaxTokens);
        in.concurrency = 1;
        if (const auto ppm = fractionOf(*this, "mem_fraction_static"))
            in.engine.memFractionStaticPpm = *ppm;
        const QString disable = settings.value(QStringLiteral("disable_piecewise_cuda_graph"));
        if (settings.contains(QStringLiteral("piecewise_captured")))
            in.engine.sglangPiecewiseCudaGraph = true;
        else if (disable == QLatin1String("True") || disable == QLatin1String("disable")
                 || settings.value(QStringLiteral("enable_piecewise_cuda_graph")) == QLatin1String("False"))
            in.engine.sglangPiecewiseCudaGraph = false;
        if (const auto ppm = shareOf(*this, "swa_full_tokens_ratio"))
            in.engine.swaFullTokensRatioPpm = *ppm;
        in.engine.sglangChunkedPrefillSize = std::min(settingOf(*this, "chunked_prefill_size", 0), kMaxTokens);
        in.engine.pageSize = std::min<qint64>(settingOf(*this, "page_size", 1), 4096);
        in.engine.contextLength = std::min(settingOf(*this, "context_length", 0), kMaxTokens);
        if (settings.value(QStringLiteral("kv_cache_dtype")).startsWith(QLatin1String("fp8")))
            if (const DataType *fp8 = Catalog::builtIn().dataType(QStringLiteral("fp8")))
                in.kvCache = *fp8;
        in.engine.pipelineStages = int(std::min<qint64>(settingOf(*this, "pp_size", 0), kMaxTensorParallel));
        VllmLayout::assignGpus(in.engine, in.model, gpuCount());
        return;
    }
    if (in.method == EstimateMethod::TrtLlm) {
        // The cache is what the log is about: one request, the settings it echoed.
        in.concurrency = 1;
        if (const auto ppm = fractionOf(*this, "free_gpu_memory_fraction"))
            in.engine.freeGpuMemoryFractionPpm = *ppm;
        in.engine.trtMaxNumTokens = std::min(settingOf(*this, "max_num_tokens", in.engine.trtMaxNumTokens), kMaxTokens);
        in.engine.trtMaxBatchSize = std::min(settingOf(*this, "max_batch_size", in.engine.trtMaxBatchSize), kMaxConcurrency);
        in.engine.tokensPerBlock = std::min<qint64>(settingOf(*this, "tokens_per_block", in.engine.tokensPerBlock), 4096);
        return;
    }
    if (in.method == EstimateMethod::Ollama) {
        // The runner's --ctx-size is num_ctx × the parallel sequences.
        const qint64 parallel = std::min(settingOf(*this, "parallel", settingOf(*this, "num_parallel", 1)), kMaxConcurrency);
        in.concurrency = parallel;
        in.tokens = std::clamp<qint64>(settingOf(*this, "ctx_size", in.tokens * parallel) / parallel, 1, kMaxTokens);
        bool ok = false;
        const qint64 requested = settings.value(QStringLiteral("layers_requested")).toLongLong(&ok);
        in.engine.gpuLayers = ok && requested >= 0 ? int(std::min<qint64>(requested, kMaxGpuLayers)) : -1;
        if (const auto fa = parseFlashAttention(settings.value(QStringLiteral("flash_attention"))))
            in.engine.flashAttention = *fa;
        else if (settings.contains(QStringLiteral("flash_attention")))
            in.engine.flashAttention = EngineSettings::FlashAttention::Off;
        if (const auto type = parseLlamaCppCacheType(settings.value(QStringLiteral("kv_cache_type"))))
            if (const DataType *kv = Catalog::builtIn().dataType(*type))
                in.kvCache = *kv;
        in.engine.ollamaGpuOverhead = std::min(settingOf(*this, "gpu_overhead", 0), Calibration::kMaxBytes);
        // Ollama 0.30 and later starts llama-server and leaves the layers to its --fit; the command line it
        // logs has the flags as the runner got them. Before, its scheduler's offload line said it all.
        in.engine.ollamaLegacyScheduler = !settings.contains(QStringLiteral("llama_server"));
        if (!in.engine.ollamaLegacyScheduler) {
            bool set = false;
            const qint64 ngl = settings.value(QStringLiteral("llama_server_ngl")).toLongLong(&set);
            in.engine.gpuLayers = set ? int(std::min<qint64>(ngl, kMaxGpuLayers)) : -1;
            if (const auto fa = parseFlashAttention(settings.value(QStringLiteral("llama_server_flash_attn"))))
                in.engine.flashAttention = *fa;
            if (const auto type = parseLlamaCppCacheType(settings.value(QStringLiteral("llama_server_cache_type"))))
                if (const DataType *kv = Catalog::builtIn().dataType(*type))
                    in.kvCache = *kv;
        }
        return;
    }
    const qint64 sequences = std::min(settingOf(*this, "n_seq_max", 1), kMaxConcurrency);
    in.concurrency = sequences;
    in.tokens = std::clamp<qint64>(settingOf(*this, "n_ctx", in.tokens * sequences) / sequences, 1, kMaxTokens);
    in.engine.ubatch = std::min<qint64>(settingOf(*this, "n_ubatch", in.engine.ubatch), 65536);
    if (const auto fa = parseFlashAttention(settings.value(QStringLiteral("flash_attn"))))
        in.engine.flashAttention = *fa;
    // "K (q8_0): 68.00 MiB, V (q4_0): 36.00 MiB": the cache types the run used.
    const auto typeK = parseLlamaCppCacheType(settings.value(QStringLiteral("type_k")));
    const auto typeV = parseLlamaCppCacheType(settings.value(QStringLiteral("type_v")));
    if (const DataType *k = typeK ? Catalog::builtIn().dataType(*typeK) : nullptr)
        in.kvCache = *k;
    if (typeV)
        in.engine.cacheTypeV = *typeV == in.kvCache.id ? QString() : *typeV;
    // "offloaded 33/33 layers": llama.cpp counts the output head as one more layer.
    const qint64 offloaded = qint64(figure(QStringLiteral("offloaded_layers")).value_or(-1));
    in.engine.gpuLayers = offloaded < 0 || offloaded >= settingOf(*this, "total_layers", 0)
        ? -1 : int(std::min<qint64>(offloaded, kMaxGpuLayers));
}

// vLLM of 2026 prints the cache size as maximum concurrency × max_model_len (earlier ones as one group's
// block ids × the block): a log whose two lines agree so, to the concurrency's two decimals, printed it that way.
static bool printsCacheSizeByConcurrency(const EngineLog &log)
{
    const auto tokens = log.figure(QStringLiteral("kv_cache_tokens"));
    const auto concurrency = log.figure(QStringLiteral("max_concurrency"));
    const double modelLen = double(settingOf(log, "max_model_len", 0));
    return tokens && concurrency && modelLen > 0 && std::abs(*tokens - *concurrency * modelLen) <= 0.005 * modelLen;
}

Calibration learnCalibration(const EngineLog &log, const MemoryModel &model, const FitResult &fit, const QString &name)
{
    Calibration c;
    c.name = name.left(200);
    const auto clampBytes = [](double v) {
        return qint64(std::llround(std::clamp(v, double(-Calibration::kMaxBytes), double(Calibration::kMaxBytes))));
    };
    if (log.engine == EstimateMethod::LlamaCpp) {
        const EstimateInput &in = model.input();
        const LlamaCppMemory mem = model.llamaCpp().memoryAt(in.tokens, in.concurrency);
        if (const auto printed = log.figure(QStringLiteral("compute_buffer")); printed && mem.offloaded)
            c.computeBuffer = clampBytes(*printed - double(mem.computeBuffer));
        return c;
    }
    // SGLang and TensorRT-LLM: the pool the log printed, against the plan's room for it before the
    // correction; the tokens then come out as printed. A plan with no room (its engine would stop)
    // has no pool to correct.
    if (log.engine == EstimateMethod::Sglang && fit.sglang) {
        if (const auto tokens = log.figure(QStringLiteral("max_total_num_tokens")); tokens && fit.sglang->cellBytes > 0 && fit.sglang->rest > 0)
            c.kvPool = clampBytes(*tokens * double(fit.sglang->cellBytes) - double(fit.sglang->rest));
        return c;
    }
    if (log.engine == EstimateMethod::TrtLlm && fit.trtllm) {
        if (const auto tokens = log.figure(QStringLiteral("max_tokens_in_paged_kv_cache"));
            tokens && fit.trtllm->kvBytesPerToken > 0 && fit.trtllm->availableKv > 0)
            c.kvPool = clampBytes(*tokens * double(fit.trtllm->kvBytesPerToken) - double(fit.trtllm->availableKv));
        return c;
    }
    // Ollama: its graph is llama.cpp's compute buffer, printed as memory.graph.full before 0.30 and by
    // llama-server itself from 0.30.
    if (log.engine == EstimateMethod::Ollama && fit.ollama) {
        auto graph = log.figure(QStringLiteral("memory_graph_full"));
        if (!graph && fit.ollama->memory.offloaded)
            graph = log.figure(QStringLiteral("compute_buffer"));
        if (graph && fit.ollama->graph >= 0)
            c.computeBuffer = clampBytes(*graph - double(fit.ollama->graph));
        return c;
    }
    if (log.engine != EstimateMethod::Vllm || !fit.vllm)
        return c;
    const VllmPlan &p = *fit.vllm;
    if (const auto v = log.figure(QStringLiteral("non_torch")))
        c.nonTorch = clampBytes(*v - double(p.layout.nonTorch));
    if (const auto v = log.figure(QStringLiteral("activation_peak")))
        c.activation = clampBytes(*v - double(p.layout.activation));
    if (const auto v = log.figure(QStringLiteral("cuda_graphs")))
        c.cudaGraphs = clampBytes(*v - double(p.layout.cudaGraphs));
    // What the terms leave: the KV memory the plan would then have, against the log's.
    // vLLM-Ascend's graphs come after the KV cache: their correction leaves the cache as it was.
    const double corrected = double(p.availableKv) - double(c.nonTorch + c.activation + (p.graphsOutsideBudget ? 0 : c.cudaGraphs));
    double residual = 0;
    if (const auto v = log.figure(QStringLiteral("available_kv")))
        residual = corrected - *v;
    else if (const auto v = log.figure(QStringLiteral("num_gpu_blocks")))
        residual = corrected - *v * double(p.blockBytes);
    else if (const auto v = log.figure(QStringLiteral("kv_cache_tokens")); v && printsCacheSizeByConcurrency(log))
        residual = corrected - *v / double(p.maxModelLen) * double(p.blocksPerRequest) * double(p.blockBytes);
    else if (v)
        residual = corrected - *v / double(p.blockTokens) * p.layout.groups() * double(p.blockBytes); // one group's tokens
    // Blocks and tokens are whole: within one block the plan already agrees.
    if (std::fabs(residual) >= double(p.blockBytes) || log.figure(QStringLiteral("available_kv")))
        c.nonTorch = clampBytes(double(c.nonTorch) + residual);
    return c;
}

QString EngineLog::problem() const
{
    if (engine && (!figures.isEmpty() || !settings.isEmpty()))
        return {};
    return Text::tr("No vLLM, SGLang, llama.cpp, Ollama or TensorRT-LLM start-up line found. Looked for vLLM's "
                    "\"Initializing … LLM engine\", \"model weights take\", \"Available KV cache memory\", \"GPU KV cache "
                    "size\", \"# GPU blocks\" and \"Maximum concurrency\" lines; SGLang's \"server_args=\", \"Load weight "
                    "begin/end\" and \"KV Cache is allocated\"; llama.cpp's \"n_ctx =\", \"offloaded N/M layers to GPU\" and "
                    "\"model / KV / compute buffer size\"; Ollama's \"offload\" line (layers.offload, "
                    "memory.required.full) or, from 0.30, its \"starting llama-server\" line; and TensorRT-LLM's \"Peak memory during memory usage profiling\" and "
                    "\"max tokens in paged KV cache\".");
}

std::optional<double> LogComparison::differencePercent() const
{
    if (printed == 0 || !compared)
        return std::nullopt;
    return (planned - printed) / printed * 100.0;
}

QList<LogComparison> figuresNotPlanned(const EngineLog &log, const QList<LogComparison> &compared)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("execution_context"), QT_TRANSLATE_NOOP("EngineLog", "execution context (TensorRT activations)")},
        {QStringLiteral("runtime_buffers"), QT_TRANSLATE_NOOP("EngineLog", "runtime buffers")},
        {QStringLiteral("decoder_buffers"), QT_TRANSLATE_NOOP("EngineLog", "decoder buffers")},
    };
    QList<LogComparison> out;
    for (const LogFigure &f : log.figures) {
        const bool seen = std::any_of(compared.begin(), compared.end(), [&](const LogComparison &c) { return c.id == f.id; });
        if (seen)
            continue;
        const char *name = names.value(f.id);
        out.append({f.id, name ? QCoreApplication::translate("EngineLog", name) : f.id, f.value, 0, f.isBytes, false});
    }
    return out;
}

QList<LogComparison> compareWithPlan(const EngineLog &log, const MemoryModel &model, const FitResult &fit)
{
    QHash<QString, std::pair<QString, double>> planned;
    if (log.engine == EstimateMethod::Vllm && fit.vllm) {
        const VllmPlan &p = *fit.vllm;
        const double cacheTokens = double(printsCacheSizeByConcurrency(log) ? p.kvCacheTokensByConcurrency : p.kvCacheTokens);
        planned = {
            {QStringLiteral("total_gpu_memory"), {p.onAscend ? Text::tr("total NPU memory (CANN)") : Text::tr("total GPU memory (CUDA)"),
                                                  double(p.cudaTotal)}},
            {QStringLiteral("budget"), {Text::tr("budget (× gpu_memory_utilization)"), double(p.budget)}},
            {QStringLiteral("weights"), {Text::tr("model weights per GPU"), double(p.layout.weights)}},
            {QStringLiteral("non_torch"), {Text::tr("non-torch memory"), double(p.layout.nonTorch)}},
            {QStringLiteral("activation_peak"), {Text::tr("activation peak"), double(p.layout.activation)}},
            {QStringLiteral("cuda_graphs"), {p.onAscend ? Text::tr("ACL graphs") : Text::tr("CUDA graphs"), double(p.layout.cudaGraphs)}},
            {QStringLiteral("available_kv"), {Text::tr("available KV cache memory"), double(p.availableKv)}},
            {QStringLiteral("num_gpu_blocks"), {Text::tr("GPU blocks"), double(p.numBlocks)}},
            {QStringLiteral("kv_cache_tokens"), {Text::tr("GPU KV cache size (tokens)"), cacheTokens}},
            {QStringLiteral("max_concurrency"), {Text::tr("maximum concurrency"), p.maxConcurrency}},
            // vLLM's refusal: "(X GiB KV cache is needed, which is larger than the available …)".
            {QStringLiteral("kv_needed"), {Text::tr("KV cache for one request of max_model_len"),
                                           double(p.blocksPerRequest) * double(p.blockBytes)}},
        };
    } else if (log.engine == EstimateMethod::Sglang && fit.sglang) {
        const SglangPlan &p = *fit.sglang;
        planned = {
            {QStringLiteral("free_before"), {Text::tr("free memory before loading"), double(p.freeBefore)}},
            {QStringLiteral("free_after"), {Text::tr("free memory after loading"), double(p.freeAfter)}},
            {QStringLiteral("weights"), {Text::tr("model weights per GPU"), double(p.weights)}},
            {QStringLiteral("max_total_num_tokens"), {Text::tr("KV pool (tokens)"), double(p.maxTotalNumTokens)}},
            {QStringLiteral("k_size"), {Text::tr("K size per GPU"), double(p.kvPoolBytes / 2)}},
            {QStringLiteral("kv_size"), {Text::tr("KV pool per GPU"), double(p.kvPoolBytes)}},
            {QStringLiteral("max_running_requests"), {Text::tr("maximum running requests"), double(p.maxRunningRequests)}},
            {QStringLiteral("max_mamba_cache_size"), {Text::tr("recurrent states in the state pool"), double(p.mambaCacheSize)}},
            {QStringLiteral("ssm_state_size"), {Text::tr("SSM states per GPU"), double(p.ssmStateBytes)}},
            {QStringLiteral("swa_layer_tokens"), {Text::tr("sliding-window pool (tokens)"), double(p.swaTokens)}},
        };
    } else if (log.engine == EstimateMethod::TrtLlm && fit.trtllm) {
        const TrtLlmPlan &p = *fit.trtllm;
        // A TensorRT engine is mostly its weights (TensorRT-LLM's docs, reference/memory.md), and it keeps a
        // tied output head as a tensor of its own beside the embeddings, at 16 bits, split like the rest.
        const ModelSpec &spec = model.input().model;
        const qint64 tiedHead = spec.tiedEmbeddings
                                    ? spec.embeddingTableParameters() * 2 / std::max(1, model.input().engine.tensorParallel)
                                    : 0;
        planned = {
            {QStringLiteral("device_total"), {Text::tr("device total memory"), double(p.cudaTotal)}},
            {QStringLiteral("peak_memory"), {Text::tr("peak memory during profiling"), double(p.peak)}},
            {QStringLiteral("engine_size"), {Text::tr("model weights per GPU"), double(p.weights + tiedHead)}},
            {QStringLiteral("free_for_kv"), {Text::tr("memory left for the KV cache"), double(p.cudaTotal - p.peak)}},
            {QStringLiteral("available_kv"), {Text::tr("KV cache memory (the fraction of what is left)"), double(p.availableKv)}},
            {QStringLiteral("estimated_max_tokens"), {Text::tr("tokens the profiling estimated"), double(p.estimatedTokens)}},
            {QStringLiteral("kv_pool_bytes"), {Text::tr("paged KV cache"), double(p.kvPoolBytes)}},
            {QStringLiteral("max_tokens_in_paged_kv_cache"), {Text::tr("max tokens in paged KV cache"), double(p.maxTokens)}},
            {QStringLiteral("secondary_blocks"), {Text::tr("blocks in the secondary (host) pool"), double(p.secondaryBlocks)}},
        };
    } else if (log.engine == EstimateMethod::Ollama && fit.ollama) {
        const OllamaPlan &p = *fit.ollama;
        planned = {
            {QStringLiteral("layers_offload"), {Text::tr("layers offloaded"), double(p.layers)}},
            {QStringLiteral("memory_required_full"), {Text::tr("memory required, all on the GPU"), double(p.requiredFull)}},
            {QStringLiteral("memory_required_partial"), {Text::tr("memory required on the GPUs"), double(p.requiredPartial)}},
            {QStringLiteral("memory_required_kv"), {Text::tr("KV cache"), double(p.kv)}},
            {QStringLiteral("memory_graph_full"), {Text::tr("compute graph"), double(p.graph)}},
            {QStringLiteral("model_buffer"), {Text::tr("model buffer on the GPU"), double(p.memory.gpuWeights)}},
            {QStringLiteral("kv_buffer"), {Text::tr("KV buffer on the GPU"), double(p.memory.gpuKv)}},
            {QStringLiteral("compute_buffer"), {Text::tr("compute buffer on the GPU"),
                                                double(p.memory.offloaded ? p.memory.computeBuffer : 0)}},
            {QStringLiteral("offloaded_layers"), {Text::tr("layers offloaded"), double(p.layers)}},
        };
    } else if (log.engine == EstimateMethod::LlamaCpp && model.input().method == EstimateMethod::LlamaCpp) {
        const EstimateInput &in = model.input();
        const LlamaCppMemory mem = model.llamaCpp().memoryAt(in.tokens, in.concurrency);
        planned = {
            {QStringLiteral("model_buffer"), {Text::tr("model buffer on the GPU"), double(mem.gpuWeights)}},
            // llama.cpp prints the recurrent state apart ("RS buffer size").
            {QStringLiteral("kv_buffer"), {Text::tr("KV buffer on the GPU"), double(mem.gpuKv - mem.gpuRecurrent)}},
            {QStringLiteral("recurrent_buffer"), {Text::tr("recurrent-state buffer on the GPU"), double(mem.gpuRecurrent)}},
            // "KV self size": the cache wherever its layers are, without the recurrent state.
            {QStringLiteral("kv_self"), {Text::tr("KV cache (all devices)"), double(mem.kvBytes - mem.recurrentBytes)}},
            {QStringLiteral("compute_buffer"), {Text::tr("compute buffer on the GPU"), double(mem.offloaded ? mem.computeBuffer : 0)}},
            {QStringLiteral("offloaded_layers"), {Text::tr("layers offloaded"), double(model.llamaCpp().offloadedLayers()
                                                                                     + (model.llamaCpp().outputOnGpu() ? 1 : 0))}},
        };
    }
    QList<LogComparison> out;
    for (const LogFigure &f : log.figures)
        if (planned.contains(f.id))
            out.append({f.id, planned.value(f.id).first, f.value, planned.value(f.id).second, f.isBytes});
    return out;
}

} // namespace vram
