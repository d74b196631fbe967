<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact total %1 = %2. GB = 10^9 B, GiB = 2^30 B. Method: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits, %1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit, %1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the model&apos;s context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s example, step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLaMA-2 13B, FP16, 4,096 tokens per request, 10 concurrent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM: GPU KV cache size %1 tokens · maximum concurrency %2× for %3 tokens per request · %4 per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not every request gets its KV blocks; vLLM queues the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CUDA total for this GPU: nvidia-smi&apos;s total is used, a few hundred MiB high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells per sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 sliding-window cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU %1: model %2, KV cache %3, compute buffer %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host memory %1: model %2, KV cache %3, buffers %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU kind with a listed price holds it on up to 8 GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>GPU configuration (its capacity): fits or not</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>price an hour · price a month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cheapest that fits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, no price: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits, %1 free on the fullest GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit, %1 missing on the fullest GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest concurrency at %1: %2 · largest tokens at %3: %4</source>
        <comment>%1: 4,096 tokens; %3: 10 requests</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewest %1: %2 · %3</source>
        <comment>the fewest GPUs of a kind, then the largest concurrency and tokens</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which recurrent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang: KV pool %1 tokens (%2 per GPU) · at most %3 running requests · mem_fraction_static %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not every request runs at once; SGLang queues the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama: %1 of %2 layers on the GPUs · GPU %3, host %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rest runs on the CPU, much slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorRT-LLM: %1 max tokens in paged KV cache (%2 per GPU) · profiled peak %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not every request runs at once; TensorRT-LLM queues the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows %1, FP16, 10 concurrent requests, by the exact method: follow its bars from 4K to 128K tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state pool of %1 request states (%2 per GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sliding-window pool %1 tokens for the %2 windowed layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 chunk-cache cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM of 2026 prints the size as maximum concurrency × max_model_len: %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed by llama-server&apos;s --fit, 1 GiB left free on each GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted in whole layers: llama.cpp moves a mixture-of-experts model&apos;s experts to the host first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama-server&apos;s --fit (on by default, -ngl unset) starts it anyway: %1 of %2 layers on the GPUs, 1 GiB left free on each, the rest on the CPU, much slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE: num_npu_blocks %1 of %2 tokens (%3 tokens, %4 per NPU) · %5× requests of this length · from its documented rule, no published log confirms it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not every request gets its blocks; MindIE queues the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM-Ascend: KV cache size %1 tokens · maximum concurrency %2× for %3 tokens per request · %4 per NPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary pool %1 blocks (%2 of host memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest listed: %1 at %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleWalkthrough</name>
    <message>
        <source>1. Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 billion × 2 bytes = 26 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × 2 B = %2. The model really has %3 parameters: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article counts the size in the model&apos;s name; the checkpoint holds 0.12% more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. KV cache per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 × 2 × 40 × 5120 = 820 KB, then &quot;800 KB&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 × 2 B × 40 layers × 5120 = %1 = 819.2 kB = 800 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>819,200 B is 819.2 kB in decimal units (rounded to 820 KB) and exactly 800 KiB in binary units (1 KiB = 1,024 B): the article switches between the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. KV cache for 10 requests of 4,096 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>800 KB × 4096 × 10 = 32 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × 4,096 × 10 = %2 = %3 = %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>800 KiB × 40,960 = 32,000 MiB = 31.25 GiB; read as decimal units, 800 KB × 40,960 = 32.8 GB. Either way &quot;32 GB&quot; is rounded down; the exact figure is 33.55 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Overhead and total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.1 × (26 + 32) = 5.8 GB; 26 + 32 + 5.8 = 63.8 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10% × (%1 + %2) = %3; total %4 (%5). With the real parameter count: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 1.7 GB gap is the rounded KV cache carried through; the 10% overhead is the article&apos;s rule of thumb, not a measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Which GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;needs 2 NVIDIA A100&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An A100 40GB reports %1: %2 of them hold %3. One A100 80GB (%4) holds it too, with %5 free. On a single A100 40GB at most %6 requests of 4,096 tokens fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article does not say which A100: it is two of the 40 GB model, or one of the 80 GB model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. The title&apos;s question: a 70B model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;a 70B model needs several high-end GPUs with tens to a hundred-plus GB each&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeepSeek-R1-Distill-Llama-70B, FP16, 4,096 tokens × 10 requests. The article&apos;s formula: 2 × 2 B × 80 × 8192 = %1 per token, KV cache %2, total %3. Its real layout: 2 × 2 B × 80 × 8 KV heads × 128 = %4 per token, KV cache %5, total %6%7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>: %n H100 80GB</source>
        <translation>
            <numerusform>: %n H100 80GB</numerusform>
            <numerusform>: %n H100 80GB</numerusform>
        </translation>
    </message>
    <message>
        <source>Llama-3-70B uses grouped-query attention: 64 query heads share 8 key/value heads, so each layer stores 8 × 128 = 1,024 values per token for K and for V, not 8,192. The cache is 8 times smaller than the article&apos;s formula says; the weights (141 GB) dominate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Beyond the article: a hybrid model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every layer caches K and V for every token: 2 × 2 B × %1 layers × %2 = %3 per token, %4 for 10 requests of 131,072 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only %2 of its %3 layers are attention layers, %4 per token; the other %5 (Gated DeltaNet) keep a fixed state of %6 per request instead. 10 requests: %7 at 4,096 tokens, %8 at 131,072, of which %9 state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recurrent layer folds the past into a state of constant size, so only the few attention layers grow with the context: per token this cache grows %1 times more slowly than the article&apos;s formula says. The state grows with requests, not with tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Sliding windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every layer keeps every token: %1 per token × 131,072 × 10 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of its %3 layers attend to the last %4 tokens only and keep no more; 10 requests of 131,072 tokens need %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sliding-window layer sees a fixed number of recent tokens, so its cache stops growing there; with half the layers windowed the cache is about half as large at long contexts. Engines differ: vLLM&apos;s hybrid allocator and llama.cpp keep the windows small, other engines may charge them the full context.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BinaryReader</name>
    <message>
        <source>the file ends early (truncated at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot seek to byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string of %1 bytes at byte %2 is implausibly long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count of %1 at byte %2 does not fit in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationLibrary</name>
    <message>
        <source>Cannot read the calibration profiles %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list of calibration profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the profile &quot;%2&quot; is damaged%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object with a list &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;config&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: block size out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a file mix cannot be a KV-cache type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: each entry must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;kind&quot; must be float, integer, block, mix or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;layer_types&quot; holds &quot;%2&quot;, not a known layer type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;layer_types&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;recurrent_mixer&quot; is &quot;%2&quot;, not mamba1, mamba2 or gated_deltanet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;architectures&quot; must be a list of class names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>&quot;%1&quot;: unknown file type; use .png, .svg or .pdf for a chart, .csv or .md for a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG of %1 × %2 pixels has %3 pixels, more than the %4 an export may have; choose a smaller size or pixel ratio (SVG and PDF have no such limit).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Model id from the catalogue (see the models command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight precision, e.g. fp16, bf16, fp8, int4, q4_k_m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV-cache precision: fp32, fp16, bf16, fp8, q8_0 or q4_0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per request (prompt + output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead as a fraction of weights + KV cache, e.g. 0.10 or 10%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of GPUs of that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display unit: GB (10^9 B) or GiB (2^30 B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit must be GB or GiB, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot; (see the models command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown weight precision &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown KV-cache precision &quot;%1&quot; (fp32, fp16, bf16, fp8, q8_0, q4_0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tokens must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--overhead must be a fraction from 0 to 10 (e.g. 0.10) or a percentage (e.g. 10%), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown GPU &quot;%1&quot; (see the gpus command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gpu-count must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the model in this config.json, model folder or .gguf file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model or --model-file is required (see the models command for ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM: the share of each GPU vLLM may use (0 to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM: the longest request it must hold (default: --tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM: tokens in one forward pass, which sets the activation peak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM: the most sequences in one batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM: no CUDA graphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp: the physical batch size (-ub).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gpu-memory-utilization must be a fraction above 0 and at most 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM: pipeline stages the GPUs form (0: only where tensor parallelism alone cannot split the model over --gpu-count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value, but the option &quot;%2&quot; follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gpu-count needs --gpu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gpu-count applies to one --gpu; write each as N×id instead (e.g. --gpu 2xa100-80gb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the GPU count must be from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gpu %1 already says how many; drop --gpu-count or the count before the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of prices: USD or CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY per US dollar for --currency CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--currency must be USD or CNY, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cny-per-usd must be a number above 0 and at most 1,000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU id to check the fit on (see the gpus command), or N×id; kinds in one machine joined by + (rtx-4090+rtx-3090). Repeat for more configurations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp over several GPUs: layer (whole layers per GPU), row (each matrix across the GPUs) or none (the main GPU only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp: each GPU&apos;s share, e.g. 3,1 (default: by each GPU&apos;s memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp: the GPU (from 0) that holds the cache and buffers in row and none modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--split-mode must be layer, row or none, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tensor-split must be shares from 0 to 9,999 separated by commas, one above 0 (e.g. 3,1), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gpu-count applies to one kind; give each count in --gpu %1 (e.g. 2xrtx-4090+1xrtx-3090).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: at most %2 GPUs in one configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calibration profile saved by calibrate --save-profile, for its engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no calibration profile &quot;%1&quot; (see calibrate --list-profiles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; calibrates %2, not the %3 method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp: flash attention on, off or auto (on where the GPU&apos;s kernels take the model&apos;s head size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp: the V cache&apos;s type when it differs from the K cache&apos;s (--kv), e.g. q4_0; quantized needs flash attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--flash-attn must be on, off or auto, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cache-type-v must be f16, bf16, f32, q8_0, q4_0, q4_1, q5_0 or q5_1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang: the share of the free memory for weights and KV pool (default: SGLang&apos;s own for the GPU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang: a cap on the KV pool&apos;s tokens (0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang: the most requests running at once (0: SGLang&apos;s limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang: tokens per page of the KV pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang: the longest request (0: the model&apos;s context).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang: tokens per prefill chunk (0: SGLang&apos;s default for the GPU), which sets its default --mem-fraction-static.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mem-fraction-static must be a fraction above 0 and below 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp: layers offloaded to the GPU (-1: all, with the output head); Ollama&apos;s --num-gpu (-1: as many as its scheduler finds room for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama: OLLAMA_GPU_OVERHEAD, bytes kept free on each GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorRT-LLM: the share of the memory left after the profiled peak for the KV cache (free_gpu_memory_fraction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorRT-LLM: a cap on the KV cache&apos;s tokens (0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorRT-LLM: tokens per KV cache block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorRT-LLM: the most requests in a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorRT-LLM: tokens in one forward pass, which sets the profiled peak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--free-gpu-memory-fraction must be a fraction above 0 and at most 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang: tokens of the sliding-window pool per token of the full pool, for the models it gives one (gpt-oss, Llama 4; default 0.8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--swa-full-tokens-ratio must be a fraction above 0 and at most 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama&apos;s version (default: 0.30 or later, which leaves the layers to llama-server&apos;s --fit); before 0.30 its scheduler&apos;s own estimate placed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ollama-version must be a version such as 0.12.6, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimation method: article (the article&apos;s formulas), exact, vllm, sglang, trtllm, mindie, llamacpp or ollama (what those engines allocate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE: NPU_MEMORY_FRACTION, the share of each NPU for the weights, workspace and KV cache (default 0.8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE: npuMemSize, the KV cache per NPU in GiB (-1: what the fraction leaves).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE: cacheBlockSize, tokens per KV block (1 to 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE: maxPrefillTokens, the warm-up pass that sizes the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be article, exact, vllm, sglang, trtllm, mindie, llamacpp or ollama, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--npu-memory-fraction must be a fraction above 0 and at most 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--npu-mem-size must be -1 (automatic) or 1 to 1,024 GiB, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM on an Ascend NPU: vLLM-Ascend&apos;s version (default: 0.16 or later). Before 0.16 a hybrid model&apos;s attention block held a whole recurrent state in 128-token steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vllm-ascend-version must be a version such as 0.13.0, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang: no piecewise CUDA graphs of the prefill, as SGLang before 2026 ran; its default --mem-fraction-static then reserves less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorRT-LLM: host memory in bytes for the secondary pool that KV cache blocks are offloaded to (default 0: none).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareModelsDialog</name>
    <message>
        <source>Models to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One bar per checked model, at the current settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextLine</name>
    <message>
        <source>Model&apos;s context: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits, %1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit, %1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>GPU memory (%1), %Ln concurrent request(s)</source>
        <translation>
            <numerusform>GPU memory (%1), %Ln concurrent request</numerusform>
            <numerusform>GPU memory (%1), %Ln concurrent requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <comment>CSV column: model id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens</source>
        <comment>CSV column: tokens per request</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concurrency</source>
        <comment>CSV column: concurrent requests</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights_bytes</source>
        <comment>CSV column: exact bytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kv_bytes</source>
        <comment>CSV column: exact bytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overhead_bytes</source>
        <comment>CSV column: exact bytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total_bytes</source>
        <comment>CSV column: exact bytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <comment>CSV column: exact bytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurrent_state_bytes</source>
        <comment>CSV column: exact bytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which recurrent state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataType</name>
    <message>
        <source>As stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineLog</name>
    <message>
        <source>total GPU memory (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget (× gpu_memory_utilization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model weights per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-torch memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available KV cache memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU KV cache size (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model buffer on the GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV buffer on the GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute buffer on the GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers offloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free memory before loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free memory after loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV pool (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K size per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum running requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory required, all on the GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory required on the GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device total memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak memory during profiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paged KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max tokens in paged KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurrent-state buffer on the GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurrent states in the state pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSM states per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sliding-window pool (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache (all devices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vLLM, SGLang, llama.cpp, Ollama or TensorRT-LLM start-up line found. Looked for vLLM&apos;s &quot;Initializing … LLM engine&quot;, &quot;model weights take&quot;, &quot;Available KV cache memory&quot;, &quot;GPU KV cache size&quot;, &quot;# GPU blocks&quot; and &quot;Maximum concurrency&quot; lines; SGLang&apos;s &quot;server_args=&quot;, &quot;Load weight begin/end&quot; and &quot;KV Cache is allocated&quot;; llama.cpp&apos;s &quot;n_ctx =&quot;, &quot;offloaded N/M layers to GPU&quot; and &quot;model / KV / compute buffer size&quot;; Ollama&apos;s &quot;offload&quot; line (layers.offload, memory.required.full) or, from 0.30, its &quot;starting llama-server&quot; line; and TensorRT-LLM&apos;s &quot;Peak memory during memory usage profiling&quot; and &quot;max tokens in paged KV cache&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total NPU memory (CANN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory left for the KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execution context (TensorRT activations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runtime buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoder buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache for one request of max_model_len</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV pool per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks in the secondary (host) pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache memory (the fraction of what is left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens the profiling estimated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineLogDialog</name>
    <message>
        <source>Compare with a start-up log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the window to the run the log describes: engine, tokens, requests, settings and GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a start-up log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s model and precisions cannot run this log&apos;s engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 log%2 · %3 · %4 per request · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as calibration profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the corrections that make the plan print what this log printed, for later estimates with this engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as the calibration profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as calibration profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the start-up log of vLLM, SGLang, llama-server, Ollama or TensorRT-LLM here, or open its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does not start with these settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineSettings</name>
    <message>
        <source>The tensor-parallel size must be between 1 and %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU memory utilization must be above 0 and at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum model length must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of batched tokens must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of sequences must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of GPU layers must be between 0 and %1, or -1 for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The micro-batch size must be between 1 and 65536.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine setting &quot;%1&quot; is not a whole number in range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine setting &quot;%1&quot; is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor parallel %1, gpu_memory_utilization %2, max_num_batched_tokens %3, max_num_seqs %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, eager (no CUDA graphs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-ngl %1, -ub %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline-parallel size must be between 1 and %1 GPUs in all (0: only where needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × pipeline %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main GPU must be a GPU index from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each --tensor-split share must be a number from 0 to 9,999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tensor-split needs at least one share above 0, one per GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine setting &quot;%1&quot; must be layer, row or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine setting &quot;%1&quot; must be shares such as &quot;3,1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration&apos;s &quot;%1&quot; is not a whole number of bytes within 1 TiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, calibrated from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp has no %1 V cache; use f16, bf16, f32, q8_0, q4_0, q4_1, q5_0 or q5_1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine setting &quot;%1&quot; must be auto, on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine setting &quot;%1&quot; is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, -fa %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, -ctv %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mem-fraction-static must be above 0 and below 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang&apos;s token counts must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum number of running requests must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size must be between 1 and 4096 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tp %1, --mem-fraction-static %2, --page-size %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × --pp-size %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, --max-total-tokens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, --context-length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLLAMA_GPU_OVERHEAD must be between 0 and 1 TiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_gpu %1, OLLAMA_FLASH_ATTENTION %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, OLLAMA_GPU_OVERHEAD %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free_gpu_memory_fraction must be above 0 and at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorRT-LLM&apos;s max_tokens, max_num_tokens, tokens_per_block and max_batch_size must be whole numbers in range (tokens_per_block at most 4,096).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tp_size %1, free_gpu_memory_fraction %2, tokens_per_block %3, max_batch_size %4, max_num_tokens %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × pp_size %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, max_tokens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--swa-full-tokens-ratio must be above 0 and at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, --swa-full-tokens-ratio %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, CUDA graphs after the KV cache (vLLM V0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, before 0.30 (its scheduler&apos;s estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, 0.30 or later (llama-server&apos;s --fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU_MEMORY_FRACTION must be above 0 and at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npuMemSize must be -1 (automatic) or 1 to 1,024 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE&apos;s cacheBlockSize must be 1 to 128 and maxPrefillTokens a whole number of tokens in range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worldSize %1, NPU_MEMORY_FRACTION %2, npuMemSize %3, cacheBlockSize %4, maxPrefillTokens %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-1 (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, vLLM-Ascend before 0.16 (whole-state pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, --disable-piecewise-cuda-graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorRT-LLM&apos;s host_cache_size must be between 0 and 1 PiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, host_cache_size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-torch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV pool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineSettingsEditor</name>
    <message>
        <source>GPU memory utili&amp;zation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;batched tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max se&amp;quences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max model &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPU layers (-ngl):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-&amp;batch (-ub):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= tokens per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA &amp;graphs (off: --enforce-eager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of each GPU&apos;s CUDA total vLLM takes (--gpu-memory-utilization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens in one forward pass (--max-num-batched-tokens); sets the activation peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences in one batch (--max-num-seqs); sets the sampler&apos;s logits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest request vLLM must hold at start-up (--max-model-len)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers offloaded to the GPU; one more than the layer count also offloads the output head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical batch size (-ub); sets the compute buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline stages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline stages the GPUs of a row form (--pipeline-parallel-size); where needed: only when tensor parallelism alone cannot split the model over the row&apos;s GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor parallel: each GPU row runs on its count of GPUs; the bars are planned for the row marked ▸ (select a row to plan it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--split-mode over several GPUs: layer (whole layers on each GPU), row (each matrix across the GPUs; cache and buffers on the main GPU) or none (the main GPU only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by each GPU&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tensor-split: each GPU&apos;s share in the row&apos;s order, e.g. 3,1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--main-gpu: the GPU, counted from 0 in the row, that holds the cache and buffers in row and none modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sp&amp;lit mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;nsor split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;in GPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;alibration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections learned from this engine&apos;s start-up log (File → Compare with a start-up log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash attenti&amp;on (-fa):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--flash-attn: auto (llama.cpp&apos;s default) turns it on where the GPU&apos;s kernels take the model&apos;s head size; on, the compute buffer no longer grows with heads × context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cache-type-v: the V cache&apos;s own type; the KV cache precision above sets the K cache (-ctk). A quantized V cache needs flash attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V cache ty&amp;pe (-ctv):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mem fraction stat&amp;ic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conte&amp;xt length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max running re&amp;quests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mem-fraction-static: the share of the memory free at start-up for the weights and the KV pool; SGLang&apos;s default depends on the GPU&apos;s memory and the chunked prefill size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--context-length: the longest request SGLang takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-total-tokens: a cap on the KV pool&apos;s tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-running-requests: the most requests in one batch; SGLang&apos;s limit is half the pool&apos;s tokens and at most 4,096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size: tokens per page; each request takes whole pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chunked-prefill-size: tokens per prefill chunk; sets the memory SGLang reserves for activations and so its default --mem-fraction-static</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor parallel (--tp): each GPU row runs on its count of GPUs; the bars are planned for the row marked ▸ (select a row to plan it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max total toke&amp;ns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunked prefill si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLLAMA_FLASH_ATTENTIO&amp;N:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLLAMA_FLASH_ATTENTION: flash attention in the llama.cpp runner; a quantized OLLAMA_KV_CACHE_TYPE needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_&amp;gpu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLLAMA_GPU_OVE&amp;RHEAD (MiB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_batch_si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_num_toke&amp;ns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free_gpu_memory_fraction: the share of what the profiled peak leaves that the paged KV cache takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_tokens: a cap on the paged KV cache&apos;s tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens_per_block: each request takes whole blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_batch_size: the most requests in a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_num_tokens: tokens in one forward pass; the profiled peak grows with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free_gpu_memory_fract&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ma&amp;x_tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens_per_&amp;block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWA tokens &amp;per full token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--swa-full-tokens-ratio: for the models SGLang gives a sliding-window pool (gpt-oss, Llama 4), the windowed layers&apos; tokens per token of the full layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama versi&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_gpu: layers Ollama offloads; auto: as many as fit (llama-server&apos;s --fit from 0.30, its scheduler before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLLAMA_GPU_OVERHEAD: memory Ollama&apos;s scheduler left free on each GPU before 0.30; from 0.30 llama-server&apos;s --fit leaves 1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.30 or later (llama-server&apos;s --fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before 0.30 (its scheduler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 0.30 Ollama runs llama-server and llama.cpp&apos;s --fit places the layers, leaving 1 GiB free on each GPU; before, its scheduler&apos;s own estimate placed them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU_MEMORY_FRACTIO&amp;N:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cacheBlock&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPU_MEMORY_FRACTION: the share of each NPU MindIE takes for the weights, the warm-up workspace and the KV cache (MindIE LLM&apos;s default 0.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-1 (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npuMemSize: the KV cache per NPU in GiB; -1: what NPU_MEMORY_FRACTION leaves after the weights and the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cacheBlockSize: tokens per KV block (128 recommended); each request takes whole blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maxPrefillTokens: the warm-up pass that sizes the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worldSize: each NPU row runs on its count of NPUs, tensor parallel; the bars are planned for the row marked ▸. MindIE&apos;s rule is from its documentation; no published start-up log confirms it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npuMemSize (&amp;GiB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ma&amp;xPrefillTokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM-Ascend ver&amp;sion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.16 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before 0.16 (whole-state pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a hybrid model (recurrent layers) on an Ascend NPU differs: from 0.16 the K half of an attention block holds the SSM state, before a whole state was padded to a block in 128-token steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA or ACL &amp;graphs (off: --enforce-eager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piecewise CUDA graphs (off: --disable-piecewise-cuda-graph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang of 2026 captures the prefill as piecewise CUDA graphs and reserves 8 MiB for each captured size outside the static share; SGLang before 2026 did not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ho&amp;st_cache_size (GiB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host_cache_size: host memory for the secondary pool that KV cache blocks are offloaded to when the GPU&apos;s pool is full; it holds host_cache_size ÷ the kv size a token, in whole blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang pages this model&apos;s sparse-attention (NSA) pool in %1 tokens whatever --page-size says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstimateInput</name>
    <message>
        <source>&quot;%1&quot; is not a weight precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KV-cache precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per request must be between 1 and %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent requests must be between 1 and %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overhead must be between 0 and 10 (0%–1000%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per request is more than the context of %2 (%3): vLLM refuses it, llama.cpp warns of a training context overflow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstimateMethod</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s teaching model: nominal parameter count, KV per token = 2 × bytes × layers × hidden for every model, overhead a fixed share. Overstates the KV cache of GQA, MQA and MLA models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real parameter count and the model&apos;s real KV-cache layout (grouped-query, multi-query and latent attention, sliding windows), overhead a fixed share. Engines add their own allocation rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What vLLM allocates: weights split over the tensor-parallel GPUs, KV cache in 16-token blocks, plus its activation peak, non-torch memory and CUDA graphs; vLLM itself takes a fixed share (gpu_memory_utilization) of each GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What llama.cpp allocates: the model buffer, KV cells for the context padded to 256 per sequence (smaller caches for sliding-window layers), block-quantized KV rows and a compute buffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What SGLang allocates: a static share (mem_fraction_static) of the memory it finds free at start-up holds the weights split over the tensor-parallel GPUs and a KV pool filling the rest, counted in tokens; activations and CUDA graphs live outside that share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What TensorRT-LLM allocates: weights split over the tensor-parallel GPUs, a profiled peak of one max_num_tokens pass, and free_gpu_memory_fraction of what is left as a paged KV cache in blocks of tokens_per_block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Ollama runs: llama.cpp with num_ctx × OLLAMA_NUM_PARALLEL cells, and as many layers on each GPU as fit — from 0.30 as llama-server&apos;s --fit places them, 1 GiB left free on each GPU; before, as Ollama&apos;s scheduler estimated (layer weights and KV cache, the compute graph, 457 MiB and OLLAMA_GPU_OVERHEAD per GPU); the rest runs on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What MindIE LLM allocates on Ascend NPUs: weights split over the tensor-parallel NPUs, the workspace of a warm-up pass of maxPrefillTokens, and what NPU_MEMORY_FRACTION of each NPU leaves as a KV cache in blocks of cacheBlockSize (or npuMemSize GiB when set). From MindIE&apos;s documentation; no published start-up log confirms it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacities are what the method may fill; the README compares each engine method with published start-up logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte counts are exact for the stated inputs. The overhead is a rule of thumb, not a measurement; serving engines reserve memory by their own rules. GPU capacities are what the driver reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV sizes and block counts follow vLLM&apos;s own arithmetic and are exact; its activation peak, non-torch memory and CUDA graphs are estimates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool&apos;s bytes per token and its pages follow SGLang&apos;s own arithmetic and are exact; the memory its start-up takes before loading the weights (CUDA context, NCCL buffers) is an estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cells and their bytes follow llama.cpp&apos;s own arithmetic and are exact; the compute buffer follows its graph and is checked against printed buffers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KV cache and compute buffer are llama.cpp&apos;s; the layers on each GPU follow Ollama&apos;s scheduler (before 0.30) or llama-server&apos;s --fit (from 0.30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From MindIE&apos;s documented rule: its blocks are exact by that rule, the warm-up workspace is an estimate, and no published start-up log confirms the method yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paged cache&apos;s blocks follow TensorRT-LLM&apos;s own arithmetic and are exact; the profiled peak is an estimate, and engines built by trtllm-build also keep TensorRT&apos;s execution context and runtime and decoder buffers sized for their max_batch_size, which are not modelled: calibrate from that engine&apos;s start-up log (File → Compare with a start-up log).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstimateReport</name>
    <message>
        <source>%1 (%2), method: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact total: %1. GB = 10^9 bytes, GiB = 2^30 bytes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1 (%2): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits, %1 free.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit, %1 missing.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Fewest %1 GPUs that hold it: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the model&apos;s context length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, overhead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 sliding-window cells per sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  GPU  %1: model %2, KV cache %3, compute buffer %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  host %1: model %2, KV cache %3, buffers %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM on %1, per GPU:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  budget %1 = %2 × %3 (CUDA total%4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> unknown: nvidia-smi&apos;s total, a few hundred MiB too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  weights %1, activation peak %2, non-torch %3, CUDA graphs %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Available KV cache memory: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Maximum concurrency for %1 tokens per request: %2x
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  This scenario needs %1 per GPU: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every request gets its KV blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not every request gets its KV blocks; vLLM queues the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest GPUs of each kind that hold it:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>one more clause of the settings line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights %1, KV cache %2, %3 per request, %4</source>
        <comment>%3: 4,096 tokens; %4: 1 concurrent request</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Largest concurrency at %1: %2
</source>
        <comment>%1: 4,096 tokens</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Largest tokens per request at %1: %2%3
</source>
        <comment>%1: 10 concurrent requests</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest with a listed price (up to 8 GPUs): %1 at %2 (%3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, no price: %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No price for %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>price an hour · price a month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Price: %1, the cheapest that fits.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Price: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1, %2
</source>
        <comment>a GPU&apos;s part, then whether it fits</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits, %1 free on the fullest GPU.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit, %1 missing on the fullest GPU.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  of which state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang on %1, per GPU:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  mem_fraction_static %1%2; chunked_prefill_size %3, cuda_graph_max_bs %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (SGLang&apos;s default: (%1 − %2 reserved) / %1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Load weight begin. avail mem=%1 (CUDA total %2 less %3 at start-up)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Load weight end. avail mem=%1, mem usage=%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  KV Cache is allocated. #tokens: %1, K size: %2, V size: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  max_total_num_tokens=%1, max_running_requests=%2, context_len=%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  This scenario takes %1 of the pool&apos;s tokens: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every request runs at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not every request runs at once; SGLang queues the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama on %1:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  offload: layers.model=%1 layers.offload=%2 layers.split=%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  memory.required.full=%1 memory.required.partial=%2 memory.required.kv=%3 memory.graph.full=%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  llama.cpp then: GPU %1, host %2 (model %3, KV cache %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  every layer on the GPUs
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 of %2 layers on the CPU: slower, but it runs
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  GPU KV cache size: %1 tokens (%2 blocks of %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorRT-LLM on %1, per GPU:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Peak memory during memory usage profiling (torch + non-torch): %1 (weights %2, activations %3, CUDA context %4), device total memory %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  available KV cache memory when calculating max tokens: %1, kv size is %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Allocated %1 for max tokens in paged KV cache (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  This scenario takes %1 of its tokens: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not every request runs at once; TensorRT-LLM queues the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  GPU KV cache size: %1 tokens (%2 blocks of %3, shared by %4 groups of %5 layers)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Attention block size %1 tokens, so that a page (%2) holds one recurrent layer&apos;s state (%3, padded by %4%)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Mamba Cache is allocated. max_mamba_cache_size: %1, conv_state size: %2, ssm_state size: %3 (%4 per request state, the SSM state in float32; %5 states a running request)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Use sliding window memory pool. full_layer_tokens=%1, swa_layer_tokens=%2 (%3 full-attention and %4 windowed layers, a window of %5 tokens)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  SWAKVPool mem usage: %1, swa size: %2, full size: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 chunk-cache cells per sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (vLLM of 2026 prints it as maximum concurrency × max_model_len: %1 tokens)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  0.30 or later: llama-server places the layers (--fit, 1 GiB left free on each GPU): %1 of %2, split %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  a mixture-of-experts model: llama.cpp moves experts to the host first and offloads more of each layer; the plan counts whole layers
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  llama-server&apos;s --fit (on by default, -ngl unset) starts it anyway: -ngl %1 of %2, split %3, 1 GiB left free on each GPU, the rest on the CPU
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE on %1, per NPU (from its documented rule; no published log confirms it yet):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  total %1 × NPU_MEMORY_FRACTION = %2; weights %3, warm-up workspace %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (npuMemSize)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  every request gets its blocks
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not every request gets its blocks; MindIE queues the rest
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  budget %1 = %2 × %3 (CANN total%4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  weights %1, activation peak %2, non-torch %3; ACL graphs %4 after the KV cache, outside the budget
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Attention block size %1 tokens: their K holds one recurrent layer&apos;s SSM state (%2), the convolution state (%3) beside it; a page is %4 in every layer
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM-Ascend on %1, per NPU:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  KV Cache is allocated. #tokens: %1, KV size: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Number of blocks in KV cache secondary pool: %1 (%2 of host memory for offloaded blocks)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp: %1 cells per sequence × %2%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  KV cache %1%2: num_npu_blocks %3 of %4 tokens (%5 tokens), %6 requests of %7 at most
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Exports the chart as PNG, SVG or PDF, or its data as CSV or Markdown, chosen by the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file (.png, .svg, .pdf, .csv or .md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart mode: sweep or models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a sweep varies: tokens or concurrency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models to compare, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For .csv and .md: chart (its bars) or breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart size in layout pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pixels per layout pixel (1 to 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode must be sweep or models, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--axis must be tokens or concurrency, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot; in --models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 320x240 and 8000x8000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pixel-ratio must be 1, 2, 3 or 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table must be chart or breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a PDF report: inputs, chart, breakdown with formulas, GPU fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a report is written as .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which chart: memory (bars), scaling (memory against tokens) or map (tokens × requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling view: the KV cache alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view must be memory, scaling or map, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Chart size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG only: pixels per layout pixel. SVG and PDF are vector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel ratio:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitAnalyzer</name>
    <message>
        <source>%1, vLLM %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, SGLang static share %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, Ollama (less 457 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, TensorRT-LLM %2 of the free memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metal working set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANN total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, Ollama (less llama.cpp&apos;s 1 GiB fit target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, MindIE npuMemSize %2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, MindIE NPU_MEMORY_FRACTION %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GgufReader</name>
    <message>
        <source>not a GGUF file (no &quot;GGUF&quot; magic at the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF version %1 is not supported (only 2 and 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implausible header: %1 tensors and %2 metadata entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata key %1 is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string of %1 bytes in &quot;%2&quot; is implausibly long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an array of unsupported type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unknown value type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of tensor %1 is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has %2 dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has unknown type %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpuConfig</name>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpuConfigEditor</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this GPU configuration as a capacity line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of GPUs; their memory is pooled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU kind, with the memory its driver reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 — %2 · %3 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1 — %2 · %3 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row, or press F2, to change its count or kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this count and kind to the selected row: GPUs of several kinds in one machine, which llama.cpp splits the model over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpuEditDialog</name>
    <message>
        <source>Add a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB, as nvidia-smi reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB, as marketed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified memory (shared with the system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price an hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GPU needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NVLink: GPUs of this kind talk to each other over PCIe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM, SGLang and TensorRT-LLM then take about 0.13 GiB, not 2 GiB, per GPU to start a tensor-parallel run: no custom all-reduce, no NVLink buffers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpuLibrary</name>
    <message>
        <source>%1: more than %2 GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, &quot;%2&quot;: the name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the GPU file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read your GPU list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, price override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the price for &quot;%2&quot; is not between 1 cent and $10,000 an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GPU needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in GPU; give yours another id, or set only its price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have %1 GPUs of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpuSpec</name>
    <message>
        <source>A GPU has no &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU &quot;%1&quot;: field &quot;cuda_total_bytes&quot; has an invalid value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU &quot;%1&quot;: field &quot;price_cents_per_hour&quot; has an invalid value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU &quot;%1&quot;: its memory (&quot;memory_bytes&quot;: %2) must be between 1 MiB and 64 TiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Cannot write the screenshot to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to this PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 320x240 and 8000x8000, e.g. 1400x900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the screenshot is written as .png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the window to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display to open the window on. Render it to a file with --screenshot FILE.png, or use a command (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <source>Estimates the GPU memory one model needs: weights + KV cache + overhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object with exact byte counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the model catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV/token FP16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the article&apos;s tables: total GPU memory per model and token count, one table per concurrency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model ids, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token counts, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrencies, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, csv or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV-cache precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead fraction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display unit: GB or GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot; (see the models command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--models needs at least one model id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tokens must be whole numbers from 1 to %1, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency must be whole numbers from 1 to %1, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text, csv or markdown, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the model in this config.json, model folder or .gguf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the model in this config.json, model folder or .gguf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--overhead must be a fraction from 0 to 10 (e.g. 0.10) or a percentage (e.g. 10%), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your GPUs (%1): %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of your GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from your GPUs.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the GPU catalogue with the memory the driver reports and a price; with a model (--model or --model-file), also how many of each it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the GPUs in this file (the catalogue&apos;s format) to yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove one of your GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add and --remove cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unified memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the launch command that reproduces the plan on the first --gpu configuration, the cache pinned where the engine allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM&apos;s version, e.g. 0.10.0: flags it lacks are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--engine-version must be a version such as 0.10.0, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gpu is required: the command depends on the GPUs it runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model or --model-file is required: the log names &quot;%1&quot;, which is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start-up log (a file, or - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--log is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 log%2: %3, %4 per request, %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log holds no figure the planner computes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the corrections that make the plan print what the log printed as a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the calibration profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a calibration profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a calibration profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rename-profile takes OLD=NEW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as the calibration profile &quot;%1&quot; (%2); use it with --profile.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gpu is required for this %1 log: what it allocates depends on the GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a vLLM, SGLang, TensorRT-LLM, llama.cpp or Ollama start-up log and sets every figure it printed beside the planner&apos;s for the same run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine: vllm, sglang, trtllm, mindie, llamacpp or ollama (default: --method).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--engine must be vllm, sglang, trtllm, mindie, llamacpp or ollama, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimation method: article, exact, vllm, sglang, trtllm, mindie, llamacpp or ollama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does not start with these settings: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is learned where the plan does not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMapView</name>
    <message>
        <source>fits on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits on %1: below and left of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2: %3 (%4)</source>
        <comment>4,096 tokens × 12 requests: total (exact bytes)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model&apos;s context: %1 →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HfConfig</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a config.json must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json has no &quot;model_type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>architecture &quot;%1&quot; is not supported (supported: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2, not a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;layer_types&quot; names %1 layers, not num_hidden_layers = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;layer_types&quot; holds &quot;%1&quot;, which is not a layer type this planner knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;hybrid_override_pattern&quot; names %1 layers, not num_hidden_layers = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields &quot;mamba_n_heads&quot; × &quot;mamba_d_head&quot; (%1 × %2) do not make mamba_expand × hidden_size (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;no_rope_layers&quot; names %1 layers, not num_hidden_layers = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;layers_block_type&quot; names %1 layers, not num_hidden_layers = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;hybrid_override_pattern&quot; has mixture-of-experts layers (E) but &quot;n_routed_experts&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;hybrid_override_pattern&quot; holds &quot;%1&quot;, which is not a layer this planner knows (M, *, - or E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;attn_type_list&quot; has linear-attention layers (0), which this planner does not model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;layers_block_type&quot; holds &quot;%1&quot;, which is not a layer this planner knows (mamba, attention, mlp or moe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields &quot;mamba_n_heads&quot; × &quot;mamba_d_head&quot; (%1 × %2) do not make &quot;mamba_d_ssm&quot; (%3; 1,024 when the field is absent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <source>%1 (≈%2 bits, file average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metho&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KV cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tokens per request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concurrent requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overhead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU configurations to compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search; models are grouped by family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt plus output tokens of one request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag: 1 … 1M tokens in steps of ×1.5 and ×2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests served at the same time, each with its own KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag: 1 … 1,024 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporaries and fragmentation, as a share of weights + KV cache (the article uses 10 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB = 10^9 bytes, GiB = 2^30 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As stored: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchCommand</name>
    <message>
        <source>No vLLM plan for this configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM would not start with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the model&apos;s Hugging Face repository or local folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM keeps a %1 cache only as the model&apos;s own dtype; its cache will be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM before 0.10.1 has no --kv-cache-memory-bytes: the cache follows its own profiling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the path of the model&apos;s GGUF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a flag with a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vLLM command starts with &quot;serve&quot; and the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp builds before September 2025 take a bare -fa for on and have no auto; there, write -fa for on and leave it out for off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang would not start with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>num_gpu %1 is a model option: PARAMETER num_gpu %1 in the Modelfile, or &quot;num_gpu&quot; in a request&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ollama will offload %1 of %2 layers to the GPUs and run the rest on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older Ollama versions have no OLLAMA_CONTEXT_LENGTH: set PARAMETER num_ctx %1 in the Modelfile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weights: %2 reads the quantization from the checkpoint; point it at a %1 repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorRT-LLM would not start with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights as stored: %1 loads the checkpoint as published (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its own types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 0.30 OLLAMA_GPU_OVERHEAD no longer reaches llama-server, whose --fit leaves 1 GiB free on each GPU; LLAMA_ARG_FIT_TARGET (MiB) sets that margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every layer does not fit here: without -ngl, llama-server&apos;s --fit (on by default) would offload %1 of %2 layer slots (-ngl %1) and run the rest on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE would not start with these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it in mindie-service&apos;s folder, with conf/config.json setting &quot;npuDeviceIds&quot;: [[%1]], &quot;worldSize&quot;: %2, &quot;npuMemSize&quot;: %3, &quot;cacheBlockSize&quot;: %4, &quot;maxSeqLen&quot;: %5, &quot;maxInputTokenLen&quot;: %5, &quot;maxPrefillTokens&quot;: %6 and &quot;maxBatchSize&quot;: %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npuMemSize %1 pins the cache to the whole GiB the plan gives it (%2 blocks of %3 tokens then); -1 lets MindIE size it at start-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A launch command needs an engine method: vLLM, SGLang, TensorRT-LLM, MindIE, llama.cpp or Ollama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kv_cache_config for a YAML file passed with --extra_llm_api_options: tokens_per_block: %1, max_tokens: %2, host_cache_size: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SGLang command starts with &quot;-m sglang.launch_server&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Ollama command is the server&apos;s environment, then &quot;ollama serve&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trtllm-serve command starts with the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a fraction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LlamaCppFit</name>
    <message>
        <source>No GPU to fit the model to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LlamaCppLayout</name>
    <message>
        <source>llama.cpp has no %1 KV cache; use F16, BF16, F32, Q8_0, Q4_0, Q4_1, Q5_0 or Q5_1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n layer</numerusform>
            <numerusform>%n layers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and the output head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: weights %2, KV cache %3, compute buffer %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, host (unified memory) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU %1 (%2): %3; %4 of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp has no %1 V cache; use f16, bf16, f32, q8_0, q4_0, q4_1, q5_0 or q5_1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps one latent cache (MLA) for K and V; llama.cpp takes one cache type for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as set (-fa %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: on, the CUDA kernels take head size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: off, the CUDA kernels have no head size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp quantizes the V cache only with flash attention; turn it on (-fa on) or keep the V cache in F16, BF16 or F32.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep &amp;tokens per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep &amp;concurrent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose models to compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10^9 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2^30 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bout VRAM Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About VRAM Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;breakdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF with inputs, chart, formulas and the fit of each GPU configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv);;Markdown table (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model files (*.gguf *.json *.safetensors);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A config.json, .safetensors or .gguf file; you can also drop files on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import model &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage imported models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM Planner scenarios (*.vramplan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with scenarios…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;article&apos;s example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLaMA-2 13B, FP16, 4,096 tokens, 10 requests, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens × requests map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the article&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown table (*.md);;CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the article&apos;s &amp;tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory per model and token count, for 1 and 10 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: total, formulas and GPU fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the scenario you had before the article&apos;s example?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article&apos;s example</source>
        <comment>what Edit → Undo undoes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPUs and prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the launch command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a start-up &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start-up log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 × %3
%4: %5 (%6)
= %7
Total: %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;VRAM Planner %1&lt;/h3&gt;&lt;p&gt;How much GPU memory does a large language model need, and on which GPUs does it fit?&lt;/p&gt;&lt;p&gt;total = weights + KV cache + overhead. The Article method reproduces the article &quot;How much GPU memory does running a 70B LLM need?&quot;; the Exact method uses each model&apos;s real parameter count and KV-cache layout; the engine methods (vLLM and vLLM-Ascend, SGLang, TensorRT-LLM, llama.cpp, Ollama, MindIE) predict what each engine allocates, checked against its published start-up logs (MindIE&apos;s from its documented rule). All catalogue figures cite their sources (Help → Data sources).&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later. Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibratio&amp;n profiles…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManageCalibrationsDialog</name>
    <message>
        <source>Calibration profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManageGpusDialog</name>
    <message>
        <source>GPUs and prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese yuan (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue prices are in US dollars; set today&apos;s rate to see them in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unified memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you pay for one GPU an hour, in %1 (0: no price):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU lists (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManageModelsDialog</name>
    <message>
        <source>Imported models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 parameters, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryChart</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above a capacity line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrent state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryModel</name>
    <message>
        <source>The weights do not fit in a 64-bit byte count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × (%2 + %3) = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 + %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, file average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameters × %2 (%3) = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 × %1 × %2 layers × %3 hidden = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 layers × (%3 latent + %4 RoPE) = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × min(%2, %3) tokens (%4 sliding layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) × %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 × %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (%3 full layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not imported from weight files; choose a precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameters as stored in the file (%2) = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 per GPU on %2 tensor-parallel GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; on the GPU %1 (%2 of %3 layers%4; the token embeddings stay in host memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and the output head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 layers × (%3 latent + %4 RoPE), copied on every GPU = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; × %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 cells (context padded to 256) × %3 per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + %1 × %2 sliding-window cells × %3 per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; on the GPU (%1 of %2 layers) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × (activation peak %2 + non-torch %3 + CUDA graphs %4) = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no layer on the GPU: the compute buffer (%1) is in host memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 full layers + %3 for %4 sliding-window layers (kept in F16) = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 per GPU on %2 GPUs: tensor parallel %3 × %4 pipeline stages of up to %5 layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has recurrent or chunked-attention layers, which the %2 method does not model yet; use the exact method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the %2 attention layers; the %3 recurrent layers keep a state per request instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × min(%2, %3) tokens (%4 chunked layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 state (%2 recurrent layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recurrent layers × (%2 convolution values × %3 B + %4 state values × %5 B = %6) × %7 = %8; the same at any number of tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; calibrated from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (K %1, V %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with flash attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without flash attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute buffer for %1 cells and a %2-token micro-batch, %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 × %3 per token × %4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none within SGLang&apos;s static share: the start-up memory (%1 per GPU) comes before it and activations and CUDA graphs live in the (1 − mem_fraction_static) of the GPU outside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × (profiled pass of %2 tokens %3 + CUDA context %4) = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %n MLP-only layer(s) cache nothing</source>
        <translation>
            <numerusform>%1; %n MLP-only layer caches nothing</numerusform>
            <numerusform>%1; %n MLP-only layers cache nothing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%1) × %2 × %3 per block (%Ln layer(s) a group) × %4 = %5</source>
        <translation>
            <numerusform>(%1) × %2 × %3 per block (%Ln layer a group) × %4 = %5</numerusform>
            <numerusform>(%1) × %2 × %3 per block (%Ln layers a group) × %4 = %5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 caches a lightning-indexer key beside its latent, which the %2 method does not model yet; use the exact method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 layers × (%2 × (%3 latent + %4 RoPE) + indexer key %5 × 1 B + %6 × 4 B scale) = %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln recurrent-state group(s) × 1 block × %1 × %2 per block × %3 = %4; each layer&apos;s state of %5 padded to the attention page of %6 tokens, %7; the same at any number of tokens</source>
        <translation>
            <numerusform>%Ln recurrent-state group × 1 block × %1 × %2 per block × %3 = %4; each layer&apos;s state of %5 padded to the attention page of %6 tokens, %7; the same at any number of tokens</numerusform>
            <numerusform>%Ln recurrent-state groups × 1 block × %1 × %2 per block × %3 = %4; each layer&apos;s state of %5 padded to the attention page of %6 tokens, %7; the same at any number of tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recurrent-state group(s) × 1 block</source>
        <translation>
            <numerusform>%Ln recurrent-state group × 1 block</numerusform>
            <numerusform>%Ln recurrent-state groups × 1 block</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 recurrent layers × (%3 R + %4 S values) × 4 B (F32) = %5; the same at any number of tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + %1 × %2 recurrent layers × %3 of R and S state in F32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (every layer charged the full context, its %2 sliding-window layers included: an upper bound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (every layer also runs a recurrent mixer beside its attention, and keeps its state per request on top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 per request per GPU × %3 = %4 (%5 recurrent layers: the convolution state in %6 B, the SSM state in float32); the same at any number of tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 × %2 per token + %3 state) × %4 × %5 = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 × %2 full-attention layers + %3 × %4 windowed layers) × %5 per layer and token × %6 × %7 = %8 (SGLang keeps the windowed layers in a pool of their own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens (the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln tensor-parallel GPU(s)</source>
        <translation>
            <numerusform>%Ln tensor-parallel GPU</numerusform>
            <numerusform>%Ln tensor-parallel GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (SGLang keeps no window pool for this architecture: its %2 sliding-window layers hold every token, as the full layers do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 full layers + %3 for %4 chunked-attention layers (kept in F16) = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + %1 × %2 cells of the chunk cache (one 8,192-token chunk + the ubatch) × %3 per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>656 B of fp8_ds_mla latent (512 FP8 + 4 × 4 B scales + 64 × 2 B RoPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × (%2 latent + %3 RoPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 layers × (%2 + %3 B indexer key), on every GPU = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × warm-up workspace of %2 tokens %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimate does not use the %1 method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × (activation peak %2 + non-torch %3 + ACL graphs %4, taken after the KV cache) = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameters × %2 (%3) + %4 parameters of token embeddings and output head × 2 B, which the engine keeps at 16 bits = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>656 B of FP8 latent in SGLang&apos;s NSA pool (512 FP8 + 4 × 4 B scales + 64 × 2 B RoPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 layers × (%2 × (%3 latent + %4 RoPE) + %2 × %5 indexer key in a cache of its own), K only as llama.cpp keeps an MLA model&apos;s caches = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln full-attention group(s) × ⌈%1 / %3⌉ = %2</source>
        <translation>
            <numerusform>%Ln full-attention group × ⌈%1 / %3⌉ = %2</numerusform>
            <numerusform>%Ln full-attention groups × ⌈%1 / %3⌉ = %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sliding-window group(s) × min(%1, ⌈(%2 − 1 + %3) / %5⌉ + 1) = %4</source>
        <translation>
            <numerusform>%Ln sliding-window group × min(%1, ⌈(%2 − 1 + %3) / %5⌉ + 1) = %4</numerusform>
            <numerusform>%Ln sliding-window groups × min(%1, ⌈(%2 − 1 + %3) / %5⌉ + 1) = %4</numerusform>
        </translation>
    </message>
    <message>
        <source>⌈%1 / 16⌉ = %2 × %3 × %4 per block × %5 = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in pages of %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>2 × %1 × %2 layers × %Ln KV head(s) per GPU × %3 head dim = %4</source>
        <translation>
            <numerusform>2 × %1 × %2 layers × %Ln KV head per GPU × %3 head dim = %4</numerusform>
            <numerusform>2 × %1 × %2 layers × %Ln KV heads per GPU × %3 head dim = %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>2 × %1 × %2 layers × %Ln KV head(s) × %3 head dim = %4</source>
        <translation>
            <numerusform>2 × %1 × %2 layers × %Ln KV head × %3 head dim = %4</numerusform>
            <numerusform>2 × %1 × %2 layers × %Ln KV heads × %3 head dim = %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MindiePlan</name>
    <message>
        <source>The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE cannot start: NPU_MEMORY_FRACTION of %1 (%2) less the weights %3 and the warm-up workspace %4 leaves no KV block of %5 tokens (MindIE&apos;s error MIE05E01000A). Use more NPUs, a smaller maxPrefillTokens or a larger NPU_MEMORY_FRACTION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE cannot start: npuMemSize %1 GiB with the weights %2 and the warm-up workspace %3 is more than the NPU&apos;s %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MindIE runs on Ascend NPUs only; %1 is not one. Pick an Ascend 910B or 910C.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid split count %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split file %1 of %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a config.json, .safetensors or .gguf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed from config.json (embeddings, attention, MLP or experts, norms, output head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model folder needs a config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no &quot;weight_map&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names an invalid shard &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>safetensors headers of %n file(s)</source>
        <translation>
            <numerusform>safetensors headers of %n file</numerusform>
            <numerusform>safetensors headers of %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>general.architecture is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>architecture &quot;%1&quot;: %2 is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has an invalid shape for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with tensor &quot;%1&quot; the sizes add up to more than 2^63</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>GGUF tensor table (%n tensor(s))</source>
        <translation>
            <numerusform>GGUF tensor table (%n tensor)</numerusform>
            <numerusform>GGUF tensor table (%n tensors)</numerusform>
        </translation>
    </message>
    <message>
        <source>the safetensors headers take more than %1 together, far more than any model&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the split files hold more than %1 tensors together, far more than any model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, outside %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed from config.json for the language model only; the vision or audio tower is not counted (import the model folder to count every weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed from config.json: the language model and its vision tower with the projector (%1 parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;total_size&quot; is not a whole number of bytes from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as published (safetensors index)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; weights as stored: the safetensors index&apos;s total_size, every tensor it lists (multi-token-prediction layers included where the checkpoint has them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; weights as stored: safetensors headers of %n file(s)</source>
        <translation>
            <numerusform>; weights as stored: safetensors headers of %n file</numerusform>
            <numerusform>; weights as stored: safetensors headers of %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>architecture &quot;%1&quot; has recurrent (SSM) layers of a kind the planner does not read from GGUF yet; import the model&apos;s config.json instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>architecture &quot;%1&quot;: the ssm.* sizes (conv_kernel, inner_size, state_size, time_step_rank, group_count) are missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 projector files beside it (%2): none is counted; keep the one you load with --mmproj beside the model to count it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the projector and the model together are larger than any model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the vision tower and projector in %1 beside it (%2 parameters, %3), which llama.cpp loads with --mmproj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a multimodal projector (mmproj), which llama.cpp loads beside a language model with --mmproj: import the model&apos;s GGUF from the same folder, and the projector is counted with it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelLibrary</name>
    <message>
        <source>Cannot read the model library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>%1 parameters, %2 layers, %3
KV heads %4 × head dim %5, context %6 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3, MoE)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelSpec</name>
    <message>
        <source>Model &quot;%1&quot;: field &quot;%2&quot; has an invalid value (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-head attention (MHA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouped-query attention (GQA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-query attention (MQA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-head latent attention (MLA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model has no &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &quot;%1&quot;: %2 attention heads cannot be shared evenly by %3 key/value heads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &quot;%1&quot;: hidden size %2 is not divisible by %3 attention heads; give &quot;head_dim&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &quot;%1…&quot;: the id or name is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &quot;%1&quot;: &quot;layer_types&quot; names %2 layers, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a weight type</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamedEntriesDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OllamaPlan</name>
    <message>
        <source>The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phrase</name>
    <message>
        <source>, </source>
        <comment>separator between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a value followed by a note or the same value in another unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln concurrent request(s)</source>
        <translation>
            <numerusform>%Ln concurrent request</numerusform>
            <numerusform>%Ln concurrent requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences one after the other</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sequence(s)</source>
        <translation>
            <numerusform>%Ln sequence</numerusform>
            <numerusform>%Ln sequences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln block(s)</source>
        <translation>
            <numerusform>%Ln block</numerusform>
            <numerusform>%Ln blocks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSnapshot</name>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How memory grows with tokens: %1, %2 weights, %3 KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total GPU memory over tokens × requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models compared: %1 weights, %2 KV cache, %3 × %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 weights, %3 KV cache, %4 × %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, on %n GPU(s)</source>
        <comment>the chart title, then the planned row&apos;s GPU count</comment>
        <translation>
            <numerusform>%1, on %n GPU</numerusform>
            <numerusform>%1, on %n GPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>%1 an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 USD = %1 CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange rate must be above 0 and at most 1,000 CNY per USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot; (known: USD, CNY).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>GPU memory plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with VRAM Planner %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs and assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB = 10^9 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB = 2^30 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact total: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method and accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a report is written as .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>the model, then its attention kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Cheapest that fits: %1 at %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a GPU&apos;s part, then whether it fits</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which recurrent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model figures come from each model&apos;s config.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetensorsReader</name>
    <message>
        <source>too short for a safetensors file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header length %1 does not fit in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has an unknown dtype &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; lacks a valid shape or data_offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has an invalid dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; is impossibly large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; lies outside the file (offsets %2–%3, %4 data bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: %2 bytes for its shape, %3 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter count overflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is %1 bytes, more than the %2 bytes accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalingChart</name>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU memory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per request (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest tokens that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest tokens that fit (current requests)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalingView</name>
    <message>
        <source>KV cache onl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Unknown model or precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; in &quot;%2&quot; is neither in the catalogue nor among the imported models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU &quot;%1&quot; in &quot;gpus&quot; is neither in the catalogue nor among your GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a VRAM Planner scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer VRAM Planner (format version %1; this one reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format version is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format version %1 is not valid (a whole number from 1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>The settings file could not be read; the default settings are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved settings are not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved settings were damaged and have been reset (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; of the last session is no longer available; the other settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, far more than settings take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 cannot be used (%2); this session&apos;s settings will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; of the last session is no longer available; the weights are shown in %2 and the other settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SglangPlan</name>
    <message>
        <source>SGLang has no %1 KV cache; use FP16, BF16, FP32 or FP8 (--kv-cache-dtype fp8_e4m3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang refuses to start: --context-length (%1 tokens) is longer than the %2 tokens the model&apos;s config allows; it goes beyond only with SGLANG_ALLOW_OVERWRITE_LONGER_CONTEXT_LEN=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang stops at start-up (&quot;Not enough memory. Please try to increase --mem-fraction-static.&quot;): after the weights (%1) the static share of %2 (%3 × mem_fraction_static %4) leaves no room for the KV cache. Raise --mem-fraction-static or use more GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLang cannot run this model on %1 GPUs: --tp must divide its %2 attention heads, --tp and its %3 KV heads must divide one another, and --pp-size may be at most its %4 layers. Nearest counts that work: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SGLang would run no request: after the weights (%1) the state pool holds %n recurrent state(s) of %2, fewer than the %3 one running request may hold. Raise --mem-fraction-static or use more GPUs.</source>
        <translation>
            <numerusform>SGLang would run no request: after the weights (%1) the state pool holds %n recurrent state of %2, fewer than the %3 one running request may hold. Raise --mem-fraction-static or use more GPUs.</numerusform>
            <numerusform>SGLang would run no request: after the weights (%1) the state pool holds %n recurrent states of %2, fewer than the %3 one running request may hold. Raise --mem-fraction-static or use more GPUs.</numerusform>
        </translation>
    </message>
    <message>
        <source>SGLang&apos;s split of %1&apos;s recurrent state over %2 GPUs is not modelled: its %3 recurrent heads must divide by --tp, and its %4 groups too (or, for Mamba-2, divide it). Use fewer GPUs or the exact method.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrtLlmPlan</name>
    <message>
        <source>The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TensorRT-LLM cannot start: the profiled peak (weights %1, activations %2, CUDA context %3) leaves no KV cache block of %4 tokens on a device of %5. Use more GPUs or a smaller max_num_tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserFile</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link that loops back on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file would exceed the size limit set for this program (ulimit -f)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (a device, FIFO or socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, more than the %2 bytes accepted for this kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file grew while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VllmLayout</name>
    <message>
        <source>vLLM has no %1 KV cache; use FP16, BF16, FP32 or FP8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KV cache of one block does not fit in a 64-bit byte count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM cannot run this model on %1 GPUs: tensor parallelism needs its %2 attention heads to divide by the size and its %3 KV heads and the size to divide one another, and pipeline parallelism at most one stage per layer (%4). Nearest counts vLLM accepts: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM&apos;s split of %1&apos;s recurrent state over %2 GPUs is not modelled: its %3 recurrent heads must divide by the tensor-parallel size, and its %4 groups too (or, for Mamba-2, divide it). Use fewer GPUs, pipeline stages, or the exact method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM-Ascend&apos;s pages for %1, latent attention beside recurrent layers, are not modelled; use the exact method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM-Ascend stops at start-up (&quot;Cannot align ssm_page_size and attn_page_size&quot;): one recurrent layer&apos;s SSM state on a rank (%1) is not a whole number of %2-token K blocks of %3. Another tensor-parallel size may align.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VllmPlan</name>
    <message>
        <source>The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM stops at start-up: no memory is left for the KV cache. The weights (%1), the activation peak (%2), non-torch memory (%3) and CUDA graphs (%4) take more than the budget of %5 (%6 × %7). Raise --gpu-memory-utilization or use more GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM stops at start-up: one request of max_model_len (%1 tokens) needs %2 of KV cache, more than the %3 available. The largest max_model_len that fits is %4; raise --gpu-memory-utilization, lower --max-model-len or use more GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vLLM refuses to start: max_model_len (%1 tokens) is greater than the %2 tokens the model&apos;s config allows (max_position_embeddings). Lower --max-model-len or the tokens per request; vLLM only goes beyond with VLLM_ALLOW_LONG_MAX_MODEL_LEN=1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--lang must be en or zh_CN, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1 is not valid text in this system&apos;s encoding; rename the file or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a value: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vram-planner [--lang en|zh_CN] [COMMAND] [OPTIONS]

Without a command, opens the planner window. Commands:
  estimate   GPU memory for one model and setting, with formulas (--help for options)
  models     the model catalogue
  gpus       the GPU catalogue with prices; --add FILE adds your own GPUs
  command    the launch command (vLLM, SGLang, TensorRT-LLM, MindIE, llama.cpp, Ollama) that reproduces the plan
  calibrate  a vLLM, SGLang, TensorRT-LLM, llama.cpp or Ollama start-up log beside the planner&apos;s figures
  table      the article&apos;s tables: memory per model and token count, per concurrency
  export     the chart as PNG, SVG or PDF, or its data as CSV or Markdown
  report     a PDF report with inputs, chart, formulas and GPU fit

Window options:
  --screenshot FILE.png [estimate options]   render the window to a PNG and exit
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
