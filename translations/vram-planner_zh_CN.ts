<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnswerPanel</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV per token</source>
        <translation>每 Token KV 缓存</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>额外开销</translation>
    </message>
    <message>
        <source>Exact total %1 = %2. GB = 10^9 B, GiB = 2^30 B. Method: %3.</source>
        <translation>精确总量 %1 = %2。GB = 10^9 字节，GiB = 2^30 字节。方法：%3。</translation>
    </message>
    <message>
        <source>fits, %1 free</source>
        <translation>放得下，剩余 %1</translation>
    </message>
    <message>
        <source>does not fit, %1 missing</source>
        <translation>放不下，还差 %1</translation>
    </message>
    <message>
        <source>%1 (the model&apos;s context)</source>
        <translation>%1（模型的上下文长度）</translation>
    </message>
    <message>
        <source>GPU configurations</source>
        <translation>GPU 配置</translation>
    </message>
    <message>
        <source>The article&apos;s example, step %1 of %2</source>
        <translation>原文示例，第 %1 步（共 %2 步）</translation>
    </message>
    <message>
        <source>LLaMA-2 13B, FP16, 4,096 tokens per request, 10 concurrent requests</source>
        <translation>LLaMA-2 13B，FP16，每请求 4,096 个 Token，10 个并发请求</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation>精确值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>场景对比</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation>无法估算</translation>
    </message>
    <message>
        <source>vLLM: GPU KV cache size %1 tokens · maximum concurrency %2× for %3 tokens per request · %4 per GPU</source>
        <translation>vLLM：GPU KV 缓存容量 %1 个 Token · 每请求 %3 个 Token 时最大并发 %2× · 每块 GPU %4</translation>
    </message>
    <message>
        <source>not every request gets its KV blocks; vLLM queues the rest</source>
        <translation>并非每个请求都能分到 KV 块；其余请求由 vLLM 排队</translation>
    </message>
    <message>
        <source>no CUDA total for this GPU: nvidia-smi&apos;s total is used, a few hundred MiB high</source>
        <translation>目录中没有该 GPU 的 CUDA 总量：改用 nvidia-smi 总量，偏高几百 MiB</translation>
    </message>
    <message>
        <source>%1 cells per sequence</source>
        <translation>每个序列 %1 个 KV 单元</translation>
    </message>
    <message>
        <source>, %1 sliding-window cells</source>
        <translation>，%1 个滑动窗口 KV 单元</translation>
    </message>
    <message>
        <source>llama.cpp: %1</source>
        <translation>llama.cpp：%1</translation>
    </message>
    <message>
        <source>GPU %1: model %2, KV cache %3, compute buffer %4</source>
        <translation>GPU %1：模型 %2，KV 缓存 %3，计算缓冲区 %4</translation>
    </message>
    <message>
        <source>Host memory %1: model %2, KV cache %3, buffers %4</source>
        <translation>主机内存 %1：模型 %2，KV 缓存 %3，缓冲区 %4</translation>
    </message>
    <message>
        <source>No GPU kind with a listed price holds it on up to 8 GPUs.</source>
        <translation>在 8 块 GPU 以内，没有任何有标价的 GPU 型号能放下该模型。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>GPU configuration (its capacity): fits or not</comment>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>总计：%1</translation>
    </message>
    <message>
        <source>no price for %1</source>
        <translation>%1 没有价格</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>price an hour · price a month</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>cheapest that fits: %1</source>
        <translation>放得下的配置中最便宜：%1</translation>
    </message>
    <message>
        <source>Skipped, no price: %1.</source>
        <translation>未参与比较（没有价格）：%1。</translation>
    </message>
    <message>
        <source>Rate: %1.</source>
        <translation>汇率：%1。</translation>
    </message>
    <message>
        <source>fits, %1 free on the fullest GPU</source>
        <translation>放得下，最满的那块 GPU 还剩 %1</translation>
    </message>
    <message>
        <source>does not fit, %1 missing on the fullest GPU</source>
        <translation>放不下，最满的那块 GPU 还差 %1</translation>
    </message>
    <message>
        <source>largest concurrency at %1: %2 · largest tokens at %3: %4</source>
        <comment>%1: 4,096 tokens; %3: 10 requests</comment>
        <translation>每请求 %1 时的最大并发数：%2 · %3时的最大每请求 Token 数：%4</translation>
    </message>
    <message>
        <source>fewest %1: %2 · %3</source>
        <comment>the fewest GPUs of a kind, then the largest concurrency and tokens</comment>
        <translation>最少 GPU 数（%1）：%2 · %3</translation>
    </message>
    <message>
        <source>Launch command</source>
        <translation>启动命令</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>of which recurrent state</source>
        <translation>其中循环状态</translation>
    </message>
    <message>
        <source>SGLang: KV pool %1 tokens (%2 per GPU) · at most %3 running requests · mem_fraction_static %4</source>
        <translation>SGLang：KV 缓存池 %1 个 Token（每块 GPU %2）· 最多同时运行 %3 个请求 · mem_fraction_static %4</translation>
    </message>
    <message>
        <source>not every request runs at once; SGLang queues the rest</source>
        <translation>并非所有请求都能同时运行；SGLang 会让其余请求排队</translation>
    </message>
    <message>
        <source>Ollama: %1 of %2 layers on the GPUs · GPU %3, host %4</source>
        <translation>Ollama：%2 层中的 %1 层在 GPU 上 · GPU %3，主机内存 %4</translation>
    </message>
    <message>
        <source>the rest runs on the CPU, much slower</source>
        <translation>其余在 CPU 上运行，速度慢得多</translation>
    </message>
    <message>
        <source>TensorRT-LLM: %1 max tokens in paged KV cache (%2 per GPU) · profiled peak %3</source>
        <translation>TensorRT-LLM：分页 KV 缓存最多 %1 个 Token（每块 GPU %2）· 显存分析峰值 %3</translation>
    </message>
    <message>
        <source>not every request runs at once; TensorRT-LLM queues the rest</source>
        <translation>并非所有请求都能同时运行；TensorRT-LLM 会让其余请求排队</translation>
    </message>
    <message>
        <source>The chart shows %1, FP16, 10 concurrent requests, by the exact method: follow its bars from 4K to 128K tokens</source>
        <translation>图表显示 %1（FP16，10 个并发请求，精确计算）：看它的柱从 4K 到 128K Token 如何变化</translation>
    </message>
    <message>
        <source>state pool of %1 request states (%2 per GPU)</source>
        <translation>状态池可容纳 %1 个请求状态（每块 GPU %2）</translation>
    </message>
    <message>
        <source>sliding-window pool %1 tokens for the %2 windowed layers</source>
        <translation>滑动窗口池 %1 个 Token，供 %2 个窗口层使用</translation>
    </message>
    <message>
        <source>, %1 chunk-cache cells</source>
        <translation>，%1 个分块缓存 KV 单元</translation>
    </message>
    <message>
        <source>vLLM of 2026 prints the size as maximum concurrency × max_model_len: %1 tokens</source>
        <translation>2026 年的 vLLM 按最大并发 × max_model_len 打印容量：%1 个 Token</translation>
    </message>
    <message>
        <source>placed by llama-server&apos;s --fit, 1 GiB left free on each GPU</source>
        <translation>由 llama-server 的 --fit 放置，每块 GPU 留出 1 GiB 空闲</translation>
    </message>
    <message>
        <source>counted in whole layers: llama.cpp moves a mixture-of-experts model&apos;s experts to the host first</source>
        <translation>按整层计算：对混合专家模型，llama.cpp 会先把专家移到主机内存</translation>
    </message>
    <message>
        <source>llama-server&apos;s --fit (on by default, -ngl unset) starts it anyway: %1 of %2 layers on the GPUs, 1 GiB left free on each, the rest on the CPU, much slower</source>
        <translation>llama-server 的 --fit（默认开启，未设 -ngl）仍会启动它：%2 层中 %1 层在 GPU 上，每块留出 1 GiB 空闲，其余在 CPU 上，慢得多</translation>
    </message>
    <message>
        <source>MindIE: num_npu_blocks %1 of %2 tokens (%3 tokens, %4 per NPU) · %5× requests of this length · from its documented rule, no published log confirms it yet</source>
        <translation>MindIE：num_npu_blocks 为 %1 个 KV 块，每块 %2 个 Token（共 %3 个 Token，每块 NPU %4）· 可容纳 %5× 个此长度的请求 · 依据其文档中的规则，尚无公开日志证实</translation>
    </message>
    <message>
        <source>not every request gets its blocks; MindIE queues the rest</source>
        <translation>并非每个请求都能分到 KV 块；其余请求由 MindIE 排队</translation>
    </message>
    <message>
        <source>vLLM-Ascend: KV cache size %1 tokens · maximum concurrency %2× for %3 tokens per request · %4 per NPU</source>
        <translation>vLLM-Ascend：KV 缓存容量 %1 个 Token · 每请求 %3 个 Token 时最大并发 %2× · 每块 NPU %4</translation>
    </message>
    <message>
        <source>secondary pool %1 blocks (%2 of host memory)</source>
        <translation>二级缓存池 %1 个 KV 块（占主机内存 %2）</translation>
    </message>
    <message>
        <source>Cheapest listed: %1 at %2 (%3).</source>
        <translation>有标价的最便宜配置：%1，%2（%3）。</translation>
    </message>
</context>
<context>
    <name>ArticleWalkthrough</name>
    <message>
        <source>1. Weights</source>
        <translation>1. 权重</translation>
    </message>
    <message>
        <source>13 billion × 2 bytes = 26 GB</source>
        <translation>130 亿 × 2 字节 = 26 GB</translation>
    </message>
    <message>
        <source>%1 × 2 B = %2. The model really has %3 parameters: %4.</source>
        <translation>%1 × 2 B = %2。模型实际有 %3 个参数：%4。</translation>
    </message>
    <message>
        <source>The article counts the size in the model&apos;s name; the checkpoint holds 0.12% more.</source>
        <translation>原文按模型名中的规模计算；实际权重文件多 0.12%。</translation>
    </message>
    <message>
        <source>2. KV cache per token</source>
        <translation>2. 每 Token KV 缓存</translation>
    </message>
    <message>
        <source>2 × 2 × 40 × 5120 = 820 KB, then &quot;800 KB&quot;</source>
        <translation>2 × 2 × 40 × 5120 = 820 KB，后文又写作“800 KB”</translation>
    </message>
    <message>
        <source>2 × 2 B × 40 layers × 5120 = %1 = 819.2 kB = 800 KiB.</source>
        <translation>2 × 2 B × 40 层 × 5120 = %1 = 819.2 kB = 800 KiB。</translation>
    </message>
    <message>
        <source>819,200 B is 819.2 kB in decimal units (rounded to 820 KB) and exactly 800 KiB in binary units (1 KiB = 1,024 B): the article switches between the two.</source>
        <translation>819,200 B 按十进制单位是 819.2 kB（四舍五入为 820 KB），按二进制单位恰好是 800 KiB（1 KiB = 1,024 B）：原文在两种单位之间来回切换。</translation>
    </message>
    <message>
        <source>3. KV cache for 10 requests of 4,096 tokens</source>
        <translation>3. 10 个请求、每请求 4,096 个 Token 的 KV 缓存</translation>
    </message>
    <message>
        <source>800 KB × 4096 × 10 = 32 GB</source>
        <translation>800 KB × 4096 × 10 = 32 GB</translation>
    </message>
    <message>
        <source>%1 × 4,096 × 10 = %2 = %3 = %4.</source>
        <translation>%1 × 4,096 × 10 = %2 = %3 = %4。</translation>
    </message>
    <message>
        <source>800 KiB × 40,960 = 32,000 MiB = 31.25 GiB; read as decimal units, 800 KB × 40,960 = 32.8 GB. Either way &quot;32 GB&quot; is rounded down; the exact figure is 33.55 GB.</source>
        <translation>800 KiB × 40,960 = 32,000 MiB = 31.25 GiB；按十进制单位，800 KB × 40,960 = 32.8 GB。无论哪种，“32 GB”都是向下取整；精确值是 33.55 GB。</translation>
    </message>
    <message>
        <source>4. Overhead and total</source>
        <translation>4. 额外开销与总计</translation>
    </message>
    <message>
        <source>0.1 × (26 + 32) = 5.8 GB; 26 + 32 + 5.8 = 63.8 GB</source>
        <translation>0.1 × (26 + 32) = 5.8 GB；26 + 32 + 5.8 = 63.8 GB</translation>
    </message>
    <message>
        <source>10% × (%1 + %2) = %3; total %4 (%5). With the real parameter count: %6.</source>
        <translation>10% × (%1 + %2) = %3；总计 %4（%5）。按真实参数量：%6。</translation>
    </message>
    <message>
        <source>The 1.7 GB gap is the rounded KV cache carried through; the 10% overhead is the article&apos;s rule of thumb, not a measurement.</source>
        <translation>1.7 GB 的差距来自被舍入的 KV 缓存；10% 的额外开销是原文的经验值，并非测量值。</translation>
    </message>
    <message>
        <source>5. Which GPUs</source>
        <translation>5. 需要哪些 GPU</translation>
    </message>
    <message>
        <source>&quot;needs 2 NVIDIA A100&quot;</source>
        <translation>“需要 2 块英伟达的 A100”</translation>
    </message>
    <message>
        <source>An A100 40GB reports %1: %2 of them hold %3. One A100 80GB (%4) holds it too, with %5 free. On a single A100 40GB at most %6 requests of 4,096 tokens fit.</source>
        <translation>A100 40GB 驱动报告的显存为 %1：%2 块可以放下 %3。一块 A100 80GB（%4）也放得下，剩余 %5。单块 A100 40GB 最多只能放下 %6 个每请求 4,096 个 Token 的请求。</translation>
    </message>
    <message>
        <source>The article does not say which A100: it is two of the 40 GB model, or one of the 80 GB model.</source>
        <translation>原文没有说明是哪种 A100：两块 40 GB 的，或一块 80 GB 的。</translation>
    </message>
    <message>
        <source>6. The title&apos;s question: a 70B model</source>
        <translation>6. 标题中的问题：70B 模型</translation>
    </message>
    <message>
        <source>&quot;a 70B model needs several high-end GPUs with tens to a hundred-plus GB each&quot;</source>
        <translation>“需要多台高端 GPU 设备协同工作，并且单个 GPU 至少应有数十 GB 到上百 GB 不等的大容量显存”</translation>
    </message>
    <message>
        <source>DeepSeek-R1-Distill-Llama-70B, FP16, 4,096 tokens × 10 requests. The article&apos;s formula: 2 × 2 B × 80 × 8192 = %1 per token, KV cache %2, total %3. Its real layout: 2 × 2 B × 80 × 8 KV heads × 128 = %4 per token, KV cache %5, total %6%7.</source>
        <translation>DeepSeek-R1-Distill-Llama-70B，FP16，4,096 个 Token × 10 个请求。按原文公式：2 × 2 B × 80 × 8192 = 每 Token %1，KV 缓存 %2，总计 %3。按其真实结构：2 × 2 B × 80 × 8 个 KV 头 × 128 = 每 Token %4，KV 缓存 %5，总计 %6%7。</translation>
    </message>
    <message numerus="yes">
        <source>: %n H100 80GB</source>
        <translation>
            <numerusform>：%n 块 H100 80GB</numerusform>
        </translation>
    </message>
    <message>
        <source>Llama-3-70B uses grouped-query attention: 64 query heads share 8 key/value heads, so each layer stores 8 × 128 = 1,024 values per token for K and for V, not 8,192. The cache is 8 times smaller than the article&apos;s formula says; the weights (141 GB) dominate.</source>
        <translation>Llama-3-70B 使用分组查询注意力（GQA）：64 个查询头共享 8 个 KV 头，因此每层每个 Token 的 K 和 V 各只存 8 × 128 = 1,024 个值，而不是 8,192 个。KV 缓存只有原文公式结果的 1/8；显存主要被权重（141 GB）占用。</translation>
    </message>
    <message>
        <source>7. Beyond the article: a hybrid model</source>
        <translation>7. 文章之外：混合架构模型</translation>
    </message>
    <message>
        <source>Every layer caches K and V for every token: 2 × 2 B × %1 layers × %2 = %3 per token, %4 for 10 requests of 131,072 tokens</source>
        <translation>每层都为每个 Token 缓存 K 和 V：2 × 2 B × %1 层 × %2 = 每 Token %3，10 个 131,072 Token 的请求共 %4</translation>
    </message>
    <message>
        <source>%1: only %2 of its %3 layers are attention layers, %4 per token; the other %5 (Gated DeltaNet) keep a fixed state of %6 per request instead. 10 requests: %7 at 4,096 tokens, %8 at 131,072, of which %9 state.</source>
        <translation>%1：%3 层中只有 %2 层是注意力层，每 Token %4；其余 %5 层（Gated DeltaNet）改为每个请求保存固定大小的状态 %6。10 个请求：4,096 个 Token 时 %7，131,072 个 Token 时 %8，其中状态 %9。</translation>
    </message>
    <message>
        <source>A recurrent layer folds the past into a state of constant size, so only the few attention layers grow with the context: per token this cache grows %1 times more slowly than the article&apos;s formula says. The state grows with requests, not with tokens.</source>
        <translation>循环层把历史压缩进固定大小的状态，只有少数注意力层随上下文增长：按每 Token 计，这份缓存的增长比文章公式慢 %1 倍。状态随请求数增长，而不随 Token 数增长。</translation>
    </message>
    <message>
        <source>8. Sliding windows</source>
        <translation>8. 滑动窗口</translation>
    </message>
    <message>
        <source>Every layer keeps every token: %1 per token × 131,072 × 10 = %2</source>
        <translation>每层都保留全部 Token：每 Token %1 × 131,072 × 10 = %2</translation>
    </message>
    <message>
        <source>%1: %2 of its %3 layers attend to the last %4 tokens only and keep no more; 10 requests of 131,072 tokens need %5.</source>
        <translation>%1：%3 层中有 %2 层只关注最近的 %4 个 Token，也只保留这么多；10 个 131,072 Token 的请求需要 %5。</translation>
    </message>
    <message>
        <source>A sliding-window layer sees a fixed number of recent tokens, so its cache stops growing there; with half the layers windowed the cache is about half as large at long contexts. Engines differ: vLLM&apos;s hybrid allocator and llama.cpp keep the windows small, other engines may charge them the full context.</source>
        <translation>滑动窗口层只看固定数量的最近 Token，缓存到此不再增长；一半的层使用窗口时，长上下文下的缓存约为一半。各推理引擎不同：vLLM 的混合 KV 缓存分配器和 llama.cpp 让窗口层保持小缓存，其他引擎可能按完整上下文计。</translation>
    </message>
</context>
<context>
    <name>BinaryReader</name>
    <message>
        <source>the file ends early (truncated at byte %1)</source>
        <translation>文件提前结束（在第 %1 字节处被截断）</translation>
    </message>
    <message>
        <source>read error at byte %1: %2</source>
        <translation>在第 %1 字节处读取出错：%2</translation>
    </message>
    <message>
        <source>cannot seek to byte %1</source>
        <translation>无法定位到第 %1 字节</translation>
    </message>
    <message>
        <source>a string of %1 bytes at byte %2 is implausibly long</source>
        <translation>第 %2 字节处的字符串长达 %1 字节，不合常理</translation>
    </message>
    <message>
        <source>a count of %1 at byte %2 does not fit in the file</source>
        <translation>第 %2 字节处的数量 %1 超出了文件所能容纳的范围</translation>
    </message>
</context>
<context>
    <name>CalibrationLibrary</name>
    <message>
        <source>Cannot read the calibration profiles %1: %2</source>
        <translation>无法读取校准配置 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a list of calibration profiles.</source>
        <translation>%1 不是校准配置列表。</translation>
    </message>
    <message>
        <source>%1: the profile &quot;%2&quot; is damaged%3</source>
        <translation>%1：校准配置“%2”已损坏%3</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>校准配置需要一个名称。</translation>
    </message>
    <message>
        <source>A profile &quot;%1&quot; exists already.</source>
        <translation>校准配置“%1”已存在。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>没有名为“%1”的校准配置。</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1：第 %2 字节处不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>%1: expected an object with a list &quot;%2&quot;.</source>
        <translation>%1：应为包含列表“%2”的对象。</translation>
    </message>
    <message>
        <source>%1: field &quot;config&quot; must be an object.</source>
        <translation>%1：字段“config”必须是对象。</translation>
    </message>
    <message>
        <source>%1: block size out of range.</source>
        <translation>%1：块大小超出范围。</translation>
    </message>
    <message>
        <source>%1: a file mix cannot be a KV-cache type.</source>
        <translation>%1：文件混合量化类型不能用作 KV 缓存类型。</translation>
    </message>
    <message>
        <source>%1: each entry must be an object.</source>
        <translation>%1：每个条目都必须是对象。</translation>
    </message>
    <message>
        <source>%1: the id is used twice.</source>
        <translation>%1：该 id 重复出现。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: field &quot;kind&quot; must be float, integer, block, mix or file.</source>
        <translation>%1：字段“kind”必须是 float、integer、block、mix 或 file。</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1，第 %2 项</translation>
    </message>
    <message>
        <source>%1, &quot;%2&quot;</source>
        <translation>%1，“%2”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: &quot;layer_types&quot; holds &quot;%2&quot;, not a known layer type.</source>
        <translation>%1：&quot;layer_types&quot; 中的“%2”不是已知的层类型。</translation>
    </message>
    <message>
        <source>%1: &quot;layer_types&quot; must be a list.</source>
        <translation>%1：&quot;layer_types&quot; 必须是列表。</translation>
    </message>
    <message>
        <source>%1: &quot;recurrent_mixer&quot; is &quot;%2&quot;, not mamba1, mamba2 or gated_deltanet.</source>
        <translation>%1：“recurrent_mixer”的值为“%2”，应为 mamba1、mamba2 或 gated_deltanet。</translation>
    </message>
    <message>
        <source>%1: &quot;architectures&quot; must be a list of class names.</source>
        <translation>%1：“architectures”必须是类名列表。</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>&quot;%1&quot;: unknown file type; use .png, .svg or .pdf for a chart, .csv or .md for a table.</source>
        <translation>“%1”：未知的文件类型；图表请用 .png、.svg 或 .pdf，表格请用 .csv 或 .md。</translation>
    </message>
    <message>
        <source>the image could not be drawn</source>
        <translation>无法绘制图像</translation>
    </message>
    <message>
        <source>A PNG of %1 × %2 pixels has %3 pixels, more than the %4 an export may have; choose a smaller size or pixel ratio (SVG and PDF have no such limit).</source>
        <translation>%1 × %2 像素的 PNG 共 %3 像素，超过导出允许的 %4 像素；请减小尺寸或像素比（SVG 和 PDF 没有此限制）。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Model id from the catalogue (see the models command).</source>
        <translation>目录中的模型 id（见 models 命令）。</translation>
    </message>
    <message>
        <source>Weight precision, e.g. fp16, bf16, fp8, int4, q4_k_m.</source>
        <translation>权重精度，例如 fp16、bf16、fp8、int4、q4_k_m。</translation>
    </message>
    <message>
        <source>KV-cache precision: fp32, fp16, bf16, fp8, q8_0 or q4_0.</source>
        <translation>KV 缓存精度：fp32、fp16、bf16、fp8、q8_0 或 q4_0。</translation>
    </message>
    <message>
        <source>Tokens per request (prompt + output).</source>
        <translation>每请求 Token 数（输入 + 输出）。</translation>
    </message>
    <message>
        <source>Concurrent requests.</source>
        <translation>并发请求数。</translation>
    </message>
    <message>
        <source>Overhead as a fraction of weights + KV cache, e.g. 0.10 or 10%.</source>
        <translation>额外开销占权重 + KV 缓存的比例，例如 0.10 或 10%。</translation>
    </message>
    <message>
        <source>Number of GPUs of that kind.</source>
        <translation>该型号 GPU 的数量。</translation>
    </message>
    <message>
        <source>Display unit: GB (10^9 B) or GiB (2^30 B).</source>
        <translation>显示单位：GB（10^9 字节）或 GiB（2^30 字节）。</translation>
    </message>
    <message>
        <source>--unit must be GB or GiB, not &quot;%1&quot;.</source>
        <translation>--unit 必须是 GB 或 GiB，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot; (see the models command).</source>
        <translation>未知模型“%1”（见 models 命令）。</translation>
    </message>
    <message>
        <source>Unknown weight precision &quot;%1&quot;.</source>
        <translation>未知的权重精度“%1”。</translation>
    </message>
    <message>
        <source>Unknown KV-cache precision &quot;%1&quot; (fp32, fp16, bf16, fp8, q8_0, q4_0).</source>
        <translation>未知的 KV 缓存精度“%1”（可用 fp32、fp16、bf16、fp8、q8_0、q4_0）。</translation>
    </message>
    <message>
        <source>--tokens must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--tokens 必须是 1 到 %1 之间的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--concurrency 必须是 1 到 %1 之间的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>--overhead must be a fraction from 0 to 10 (e.g. 0.10) or a percentage (e.g. 10%), not &quot;%1&quot;.</source>
        <translation>--overhead 必须是 0 到 10 之间的比例（如 0.10）或百分比（如 10%），而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown GPU &quot;%1&quot; (see the gpus command).</source>
        <translation>未知 GPU“%1”（见 gpus 命令）。</translation>
    </message>
    <message>
        <source>--gpu-count must be a whole number from 1 to %1.</source>
        <translation>--gpu-count 必须是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>Use the model in this config.json, model folder or .gguf file instead.</source>
        <translation>改用此 config.json、模型文件夹或 .gguf 文件中的模型。</translation>
    </message>
    <message>
        <source>--model or --model-file is required (see the models command for ids).</source>
        <translation>必须指定 --model 或 --model-file（模型 id 见 models 命令）。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>vLLM: the share of each GPU vLLM may use (0 to 1).</source>
        <translation>vLLM：每块 GPU 上 vLLM 可用的显存比例（0～1）。</translation>
    </message>
    <message>
        <source>vLLM: the longest request it must hold (default: --tokens).</source>
        <translation>vLLM：最大上下文长度，即必须能容纳的最长请求（默认：--tokens）。</translation>
    </message>
    <message>
        <source>vLLM: tokens in one forward pass, which sets the activation peak.</source>
        <translation>vLLM：一次前向计算的最大批处理 Token 数，决定激活峰值。</translation>
    </message>
    <message>
        <source>vLLM: the most sequences in one batch.</source>
        <translation>vLLM：一个批次中的最大序列数。</translation>
    </message>
    <message>
        <source>vLLM: no CUDA graphs.</source>
        <translation>vLLM：不使用 CUDA Graph（eager 模式）。</translation>
    </message>
    <message>
        <source>llama.cpp: the physical batch size (-ub).</source>
        <translation>llama.cpp：物理批大小（-ub）。</translation>
    </message>
    <message>
        <source>--gpu-memory-utilization must be a fraction above 0 and at most 1, not &quot;%1&quot;.</source>
        <translation>--gpu-memory-utilization 必须是大于 0 且不超过 1 的小数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>vLLM: pipeline stages the GPUs form (0: only where tensor parallelism alone cannot split the model over --gpu-count).</source>
        <translation>vLLM：这些 GPU 组成的流水线并行度（0：仅当张量并行无法把模型拆分到 --gpu-count 块 GPU 上时才使用流水线并行）。</translation>
    </message>
    <message>
        <source>--%1 needs a value, but the option &quot;%2&quot; follows it.</source>
        <translation>--%1 需要一个值，但其后紧跟的是选项“%2”。</translation>
    </message>
    <message>
        <source>--gpu-count needs --gpu.</source>
        <translation>--gpu-count 需要与 --gpu 一起使用。</translation>
    </message>
    <message>
        <source>--gpu-count applies to one --gpu; write each as N×id instead (e.g. --gpu 2xa100-80gb).</source>
        <translation>--gpu-count 只能用于一个 --gpu；有多个时请写成 N×id（例如 --gpu 2xa100-80gb）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the GPU count must be from 1 to %2.</source>
        <translation>“%1”：GPU 数量必须在 1 到 %2 之间。</translation>
    </message>
    <message>
        <source>--gpu %1 already says how many; drop --gpu-count or the count before the id.</source>
        <translation>--gpu %1 已经给出了数量；请去掉 --gpu-count 或 id 前的数量。</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>是否想输入“%1”？</translation>
    </message>
    <message>
        <source>Currency of prices: USD or CNY.</source>
        <translation>价格的货币：USD 或 CNY。</translation>
    </message>
    <message>
        <source>CNY per US dollar for --currency CNY.</source>
        <translation>--currency CNY 时 1 美元兑换的人民币数。</translation>
    </message>
    <message>
        <source>--currency must be USD or CNY, not &quot;%1&quot;.</source>
        <translation>--currency 必须是 USD 或 CNY，而不是“%1”。</translation>
    </message>
    <message>
        <source>--cny-per-usd must be a number above 0 and at most 1,000, not &quot;%1&quot;.</source>
        <translation>--cny-per-usd 必须是大于 0 且不超过 1,000 的数，而不是“%1”。</translation>
    </message>
    <message>
        <source>GPU id to check the fit on (see the gpus command), or N×id; kinds in one machine joined by + (rtx-4090+rtx-3090). Repeat for more configurations.</source>
        <translation>用于检查能否放下的 GPU id（见 gpus 命令），或 N×id；同一台机器中的多种 GPU 用 + 连接（rtx-4090+rtx-3090）。重复此选项可比较多个配置。</translation>
    </message>
    <message>
        <source>llama.cpp over several GPUs: layer (whole layers per GPU), row (each matrix across the GPUs) or none (the main GPU only).</source>
        <translation>llama.cpp 多 GPU 切分方式：layer（每块 GPU 放整层）、row（每个矩阵按行切到各 GPU）或 none（只用主 GPU）。</translation>
    </message>
    <message>
        <source>llama.cpp: each GPU&apos;s share, e.g. 3,1 (default: by each GPU&apos;s memory).</source>
        <translation>llama.cpp：每块 GPU 的份额，例如 3,1（默认按各 GPU 的显存）。</translation>
    </message>
    <message>
        <source>llama.cpp: the GPU (from 0) that holds the cache and buffers in row and none modes.</source>
        <translation>llama.cpp：row 和 none 模式下存放 KV 缓存和缓冲区的 GPU（从 0 数起）。</translation>
    </message>
    <message>
        <source>--split-mode must be layer, row or none, not &quot;%1&quot;.</source>
        <translation>--split-mode 必须是 layer、row 或 none，而不是“%1”。</translation>
    </message>
    <message>
        <source>--tensor-split must be shares from 0 to 9,999 separated by commas, one above 0 (e.g. 3,1), not &quot;%1&quot;.</source>
        <translation>--tensor-split 必须是用逗号分隔的 0 到 9,999 之间的份额，且至少一个大于 0（例如 3,1），而不是“%1”。</translation>
    </message>
    <message>
        <source>--gpu-count applies to one kind; give each count in --gpu %1 (e.g. 2xrtx-4090+1xrtx-3090).</source>
        <translation>--gpu-count 只适用于单一型号；请在 --gpu %1 中写明每种的数量（例如 2xrtx-4090+1xrtx-3090）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: at most %2 GPUs in one configuration.</source>
        <translation>“%1”：一个配置最多 %2 块 GPU。</translation>
    </message>
    <message>
        <source>A calibration profile saved by calibrate --save-profile, for its engine.</source>
        <translation>用 calibrate --save-profile 保存的校准配置（仅用于其对应的推理引擎）。</translation>
    </message>
    <message>
        <source>There is no calibration profile &quot;%1&quot; (see calibrate --list-profiles).</source>
        <translation>没有名为“%1”的校准配置（见 calibrate --list-profiles）。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; calibrates %2, not the %3 method.</source>
        <translation>校准配置“%1”针对的是 %2，而不是%3方法。</translation>
    </message>
    <message>
        <source>llama.cpp: flash attention on, off or auto (on where the GPU&apos;s kernels take the model&apos;s head size).</source>
        <translation>llama.cpp：FlashAttention 开启（on）、关闭（off）或自动（auto，GPU 内核支持该模型的头维度时开启）。</translation>
    </message>
    <message>
        <source>llama.cpp: the V cache&apos;s type when it differs from the K cache&apos;s (--kv), e.g. q4_0; quantized needs flash attention.</source>
        <translation>llama.cpp：V 缓存与 K 缓存（--kv）类型不同时指定 V 缓存的类型，例如 q4_0；量化的 V 缓存需要开启 FlashAttention。</translation>
    </message>
    <message>
        <source>--flash-attn must be on, off or auto, not &quot;%1&quot;.</source>
        <translation>--flash-attn 必须是 on、off 或 auto，而不是“%1”。</translation>
    </message>
    <message>
        <source>--cache-type-v must be f16, bf16, f32, q8_0, q4_0, q4_1, q5_0 or q5_1, not &quot;%1&quot;.</source>
        <translation>--cache-type-v 必须是 f16、bf16、f32、q8_0、q4_0、q4_1、q5_0 或 q5_1，而不是“%1”。</translation>
    </message>
    <message>
        <source>SGLang: the share of the free memory for weights and KV pool (default: SGLang&apos;s own for the GPU).</source>
        <translation>SGLang：空闲显存中用于权重和 KV 缓存池的比例（默认：SGLang 按该 GPU 给出的默认值）。</translation>
    </message>
    <message>
        <source>SGLang: a cap on the KV pool&apos;s tokens (0: none).</source>
        <translation>SGLang：KV 缓存池 Token 数的上限（0：不设上限）。</translation>
    </message>
    <message>
        <source>SGLang: the most requests running at once (0: SGLang&apos;s limit).</source>
        <translation>SGLang：同时运行的最大请求数（0：使用 SGLang 自己的上限）。</translation>
    </message>
    <message>
        <source>SGLang: tokens per page of the KV pool.</source>
        <translation>SGLang：KV 缓存池每页的 Token 数。</translation>
    </message>
    <message>
        <source>SGLang: the longest request (0: the model&apos;s context).</source>
        <translation>SGLang：最长请求的 Token 数（0：模型自身的上下文长度）。</translation>
    </message>
    <message>
        <source>SGLang: tokens per prefill chunk (0: SGLang&apos;s default for the GPU), which sets its default --mem-fraction-static.</source>
        <translation>SGLang：分块预填充每块的 Token 数（0：SGLang 按该 GPU 的默认值），它决定默认的 --mem-fraction-static。</translation>
    </message>
    <message>
        <source>--mem-fraction-static must be a fraction above 0 and below 1, not &quot;%1&quot;.</source>
        <translation>--mem-fraction-static 必须是大于 0 且小于 1 的小数，而不是“%1”。</translation>
    </message>
    <message>
        <source>llama.cpp: layers offloaded to the GPU (-1: all, with the output head); Ollama&apos;s --num-gpu (-1: as many as its scheduler finds room for).</source>
        <translation>llama.cpp：卸载到 GPU 的层数（-1：全部，含输出头）；Ollama 的 --num-gpu（-1：由其调度器按剩余空间尽量多放）。</translation>
    </message>
    <message>
        <source>Ollama: OLLAMA_GPU_OVERHEAD, bytes kept free on each GPU.</source>
        <translation>Ollama：OLLAMA_GPU_OVERHEAD，每块 GPU 上保留不用的字节数。</translation>
    </message>
    <message>
        <source>TensorRT-LLM: the share of the memory left after the profiled peak for the KV cache (free_gpu_memory_fraction).</source>
        <translation>TensorRT-LLM：显存分析峰值之后剩余显存中用于 KV 缓存的比例（free_gpu_memory_fraction）。</translation>
    </message>
    <message>
        <source>TensorRT-LLM: a cap on the KV cache&apos;s tokens (0: none).</source>
        <translation>TensorRT-LLM：KV 缓存 Token 数的上限（0：不设上限）。</translation>
    </message>
    <message>
        <source>TensorRT-LLM: tokens per KV cache block.</source>
        <translation>TensorRT-LLM：每个 KV 块的 Token 数。</translation>
    </message>
    <message>
        <source>TensorRT-LLM: the most requests in a batch.</source>
        <translation>TensorRT-LLM：一个批次中的最大请求数。</translation>
    </message>
    <message>
        <source>TensorRT-LLM: tokens in one forward pass, which sets the profiled peak.</source>
        <translation>TensorRT-LLM：一次前向计算的 Token 数，决定显存分析峰值。</translation>
    </message>
    <message>
        <source>--free-gpu-memory-fraction must be a fraction above 0 and at most 1, not &quot;%1&quot;.</source>
        <translation>--free-gpu-memory-fraction 必须是大于 0 且不超过 1 的小数，而不是“%1”。</translation>
    </message>
    <message>
        <source>SGLang: tokens of the sliding-window pool per token of the full pool, for the models it gives one (gpt-oss, Llama 4; default 0.8).</source>
        <translation>SGLang：对其单独分配滑动窗口池的模型（gpt-oss、Llama 4），滑动窗口池与全注意力池的 Token 数之比（默认 0.8）。</translation>
    </message>
    <message>
        <source>--swa-full-tokens-ratio must be a fraction above 0 and at most 1, not &quot;%1&quot;.</source>
        <translation>--swa-full-tokens-ratio 必须是大于 0、不超过 1 的小数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Ollama&apos;s version (default: 0.30 or later, which leaves the layers to llama-server&apos;s --fit); before 0.30 its scheduler&apos;s own estimate placed them.</source>
        <translation>Ollama 的版本（默认：0.30 或更高，由 llama-server 的 --fit 放置各层）；0.30 之前由其调度器按自己的估算放置。</translation>
    </message>
    <message>
        <source>--ollama-version must be a version such as 0.12.6, not &quot;%1&quot;.</source>
        <translation>--ollama-version 必须是形如 0.12.6 的版本号，而不是“%1”。</translation>
    </message>
    <message>
        <source>Estimation method: article (the article&apos;s formulas), exact, vllm, sglang, trtllm, mindie, llamacpp or ollama (what those engines allocate).</source>
        <translation>估算方法：article（原文公式）、exact（精确计算）、vllm、sglang、trtllm、mindie、llamacpp 或 ollama（按引擎实际分配）。</translation>
    </message>
    <message>
        <source>MindIE: NPU_MEMORY_FRACTION, the share of each NPU for the weights, workspace and KV cache (default 0.8).</source>
        <translation>MindIE：NPU_MEMORY_FRACTION，每块 NPU 中用于权重、工作空间和 KV 缓存的比例（默认 0.8）。</translation>
    </message>
    <message>
        <source>MindIE: npuMemSize, the KV cache per NPU in GiB (-1: what the fraction leaves).</source>
        <translation>MindIE：npuMemSize，每块 NPU 的 KV 缓存大小，单位 GiB（-1：取比例扣除后剩下的部分）。</translation>
    </message>
    <message>
        <source>MindIE: cacheBlockSize, tokens per KV block (1 to 128).</source>
        <translation>MindIE：cacheBlockSize，每个 KV 块的 Token 数（1 到 128）。</translation>
    </message>
    <message>
        <source>MindIE: maxPrefillTokens, the warm-up pass that sizes the workspace.</source>
        <translation>MindIE：maxPrefillTokens，决定工作空间大小的预热前向计算。</translation>
    </message>
    <message>
        <source>--method must be article, exact, vllm, sglang, trtllm, mindie, llamacpp or ollama, not &quot;%1&quot;.</source>
        <translation>--method 必须是 article、exact、vllm、sglang、trtllm、mindie、llamacpp 或 ollama，而不是“%1”。</translation>
    </message>
    <message>
        <source>--npu-memory-fraction must be a fraction above 0 and at most 1, not &quot;%1&quot;.</source>
        <translation>--npu-memory-fraction 必须是大于 0、不超过 1 的小数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--npu-mem-size must be -1 (automatic) or 1 to 1,024 GiB, not &quot;%1&quot;.</source>
        <translation>--npu-mem-size 必须是 -1（自动）或 1 到 1,024 GiB，而不是“%1”。</translation>
    </message>
    <message>
        <source>vLLM on an Ascend NPU: vLLM-Ascend&apos;s version (default: 0.16 or later). Before 0.16 a hybrid model&apos;s attention block held a whole recurrent state in 128-token steps.</source>
        <translation>vLLM 在昇腾 NPU 上运行时 vLLM-Ascend 的版本（默认：0.16 及以后）。0.16 之前，混合模型的注意力 KV 块以 128 个 Token 为步长放下一整份循环状态。</translation>
    </message>
    <message>
        <source>--vllm-ascend-version must be a version such as 0.13.0, not &quot;%1&quot;.</source>
        <translation>--vllm-ascend-version 应为 0.13.0 这样的版本号，而不是“%1”。</translation>
    </message>
    <message>
        <source>SGLang: no piecewise CUDA graphs of the prefill, as SGLang before 2026 ran; its default --mem-fraction-static then reserves less.</source>
        <translation>SGLang：不为预填充捕获分段 CUDA Graph（2026 年之前的 SGLang 即如此）；此时其默认 --mem-fraction-static 预留得更少。</translation>
    </message>
    <message>
        <source>TensorRT-LLM: host memory in bytes for the secondary pool that KV cache blocks are offloaded to (default 0: none).</source>
        <translation>TensorRT-LLM：KV 缓存块卸载到的二级缓存池所用的主机内存，单位字节（默认 0：无）。</translation>
    </message>
</context>
<context>
    <name>CompareModelsDialog</name>
    <message>
        <source>Models to compare</source>
        <translation>要对比的模型</translation>
    </message>
    <message>
        <source>One bar per checked model, at the current settings:</source>
        <translation>每个勾选的模型显示一根柱子（按当前设置计算）：</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>搜索模型</translation>
    </message>
</context>
<context>
    <name>ContextLine</name>
    <message>
        <source>Model&apos;s context: %1</source>
        <translation>模型的上下文长度：%1</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Bar</source>
        <translation>柱标签</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>总计（%1）</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>数值（%1）</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV per token</source>
        <translation>每 Token KV 缓存</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>额外开销</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>fits, %1 free</source>
        <translation>放得下，剩余 %1</translation>
    </message>
    <message>
        <source>does not fit, %1 missing</source>
        <translation>放不下，还差 %1</translation>
    </message>
    <message numerus="yes">
        <source>GPU memory (%1), %Ln concurrent request(s)</source>
        <translation>
            <numerusform>GPU 显存（%1），%Ln 个并发请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 Token</translation>
    </message>
    <message>
        <source>model</source>
        <comment>CSV column: model id</comment>
        <translation>模型 id</translation>
    </message>
    <message>
        <source>tokens</source>
        <comment>CSV column: tokens per request</comment>
        <translation>每请求 Token 数</translation>
    </message>
    <message>
        <source>concurrency</source>
        <comment>CSV column: concurrent requests</comment>
        <translation>并发请求数</translation>
    </message>
    <message>
        <source>weights_bytes</source>
        <comment>CSV column: exact bytes</comment>
        <translation>权重（字节）</translation>
    </message>
    <message>
        <source>kv_bytes</source>
        <comment>CSV column: exact bytes</comment>
        <translation>KV 缓存（字节）</translation>
    </message>
    <message>
        <source>overhead_bytes</source>
        <comment>CSV column: exact bytes</comment>
        <translation>额外开销（字节）</translation>
    </message>
    <message>
        <source>total_bytes</source>
        <comment>CSV column: exact bytes</comment>
        <translation>总计（字节）</translation>
    </message>
    <message>
        <source>bytes</source>
        <comment>CSV column: exact bytes</comment>
        <translation>字节数</translation>
    </message>
    <message>
        <source>recurrent_state_bytes</source>
        <comment>CSV column: exact bytes</comment>
        <translation>循环状态（字节）</translation>
    </message>
    <message>
        <source>of which recurrent state</source>
        <translation>其中循环状态</translation>
    </message>
</context>
<context>
    <name>DataType</name>
    <message>
        <source>As stored</source>
        <translation>按文件存储</translation>
    </message>
</context>
<context>
    <name>EngineLog</name>
    <message>
        <source>total GPU memory (CUDA)</source>
        <translation>GPU 显存总量（CUDA）</translation>
    </message>
    <message>
        <source>budget (× gpu_memory_utilization)</source>
        <translation>可用预算（× gpu_memory_utilization）</translation>
    </message>
    <message>
        <source>model weights per GPU</source>
        <translation>每块 GPU 的模型权重</translation>
    </message>
    <message>
        <source>non-torch memory</source>
        <translation>非 torch 显存</translation>
    </message>
    <message>
        <source>activation peak</source>
        <translation>激活峰值</translation>
    </message>
    <message>
        <source>CUDA graphs</source>
        <translation>CUDA Graph</translation>
    </message>
    <message>
        <source>available KV cache memory</source>
        <translation>可用 KV 缓存显存</translation>
    </message>
    <message>
        <source>GPU blocks</source>
        <translation>KV 块数</translation>
    </message>
    <message>
        <source>GPU KV cache size (tokens)</source>
        <translation>GPU KV 缓存容量（Token 数）</translation>
    </message>
    <message>
        <source>maximum concurrency</source>
        <translation>最大并发数</translation>
    </message>
    <message>
        <source>model buffer on the GPU</source>
        <translation>GPU 上的模型缓冲区</translation>
    </message>
    <message>
        <source>KV buffer on the GPU</source>
        <translation>GPU 上的 KV 缓冲区</translation>
    </message>
    <message>
        <source>compute buffer on the GPU</source>
        <translation>GPU 上的计算缓冲区</translation>
    </message>
    <message>
        <source>layers offloaded</source>
        <translation>卸载到 GPU 的层数</translation>
    </message>
    <message>
        <source>free memory before loading</source>
        <translation>加载前的空闲显存</translation>
    </message>
    <message>
        <source>free memory after loading</source>
        <translation>加载后的空闲显存</translation>
    </message>
    <message>
        <source>KV pool (tokens)</source>
        <translation>KV 缓存池（Token 数）</translation>
    </message>
    <message>
        <source>K size per GPU</source>
        <translation>每块 GPU 的 K 缓存大小</translation>
    </message>
    <message>
        <source>maximum running requests</source>
        <translation>最大运行请求数</translation>
    </message>
    <message>
        <source>memory required, all on the GPU</source>
        <translation>全部放在 GPU 上所需显存</translation>
    </message>
    <message>
        <source>memory required on the GPUs</source>
        <translation>GPU 上所需显存</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>compute graph</source>
        <translation>计算图</translation>
    </message>
    <message>
        <source>device total memory</source>
        <translation>设备总显存</translation>
    </message>
    <message>
        <source>peak memory during profiling</source>
        <translation>性能分析期间的显存峰值</translation>
    </message>
    <message>
        <source>paged KV cache</source>
        <translation>分页 KV 缓存</translation>
    </message>
    <message>
        <source>max tokens in paged KV cache</source>
        <translation>分页 KV 缓存的最大 Token 数</translation>
    </message>
    <message>
        <source>recurrent-state buffer on the GPU</source>
        <translation>GPU 上的循环状态缓冲区</translation>
    </message>
    <message>
        <source>recurrent states in the state pool</source>
        <translation>状态池中的循环状态数</translation>
    </message>
    <message>
        <source>SSM states per GPU</source>
        <translation>每块 GPU 的 SSM 状态</translation>
    </message>
    <message>
        <source>sliding-window pool (tokens)</source>
        <translation>滑动窗口池（Token 数）</translation>
    </message>
    <message>
        <source>KV cache (all devices)</source>
        <translation>KV 缓存（所有设备）</translation>
    </message>
    <message>
        <source>No vLLM, SGLang, llama.cpp, Ollama or TensorRT-LLM start-up line found. Looked for vLLM&apos;s &quot;Initializing … LLM engine&quot;, &quot;model weights take&quot;, &quot;Available KV cache memory&quot;, &quot;GPU KV cache size&quot;, &quot;# GPU blocks&quot; and &quot;Maximum concurrency&quot; lines; SGLang&apos;s &quot;server_args=&quot;, &quot;Load weight begin/end&quot; and &quot;KV Cache is allocated&quot;; llama.cpp&apos;s &quot;n_ctx =&quot;, &quot;offloaded N/M layers to GPU&quot; and &quot;model / KV / compute buffer size&quot;; Ollama&apos;s &quot;offload&quot; line (layers.offload, memory.required.full) or, from 0.30, its &quot;starting llama-server&quot; line; and TensorRT-LLM&apos;s &quot;Peak memory during memory usage profiling&quot; and &quot;max tokens in paged KV cache&quot;.</source>
        <translation>没有找到 vLLM、SGLang、llama.cpp、Ollama 或 TensorRT-LLM 的启动日志行。查找的是 vLLM 的“Initializing … LLM engine”“model weights take”“Available KV cache memory”“GPU KV cache size”“# GPU blocks”和“Maximum concurrency”行；SGLang 的“server_args=”“Load weight begin/end”和“KV Cache is allocated”；llama.cpp 的“n_ctx =”“offloaded N/M layers to GPU”和“model / KV / compute buffer size”；Ollama 的“offload”行（layers.offload、memory.required.full），或 0.30 起的“starting llama-server”行；以及 TensorRT-LLM 的“Peak memory during memory usage profiling”和“max tokens in paged KV cache”。</translation>
    </message>
    <message>
        <source>total NPU memory (CANN)</source>
        <translation>NPU 总显存（CANN）</translation>
    </message>
    <message>
        <source>ACL graphs</source>
        <translation>ACL Graph</translation>
    </message>
    <message>
        <source>memory left for the KV cache</source>
        <translation>留给 KV 缓存的显存</translation>
    </message>
    <message>
        <source>execution context (TensorRT activations)</source>
        <translation>执行上下文（TensorRT 激活）</translation>
    </message>
    <message>
        <source>runtime buffers</source>
        <translation>运行时缓冲区</translation>
    </message>
    <message>
        <source>decoder buffers</source>
        <translation>解码器缓冲区</translation>
    </message>
    <message>
        <source>KV cache for one request of max_model_len</source>
        <translation>一个 max_model_len 请求所需的 KV 缓存</translation>
    </message>
    <message>
        <source>KV pool per GPU</source>
        <translation>每块 GPU 的 KV 缓存池</translation>
    </message>
    <message>
        <source>blocks in the secondary (host) pool</source>
        <translation>二级（主机）缓存池中的 KV 块数</translation>
    </message>
    <message>
        <source>KV cache memory (the fraction of what is left)</source>
        <translation>KV 缓存可用显存（剩余显存乘以该比例）</translation>
    </message>
    <message>
        <source>tokens the profiling estimated</source>
        <translation>性能分析估算的 Token 数</translation>
    </message>
</context>
<context>
    <name>EngineLogDialog</name>
    <message>
        <source>Compare with a start-up log</source>
        <translation>与启动日志对照</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Load this run</source>
        <translation>载入这次运行(&amp;L)</translation>
    </message>
    <message>
        <source>Set the window to the run the log describes: engine, tokens, requests, settings and GPUs</source>
        <translation>把窗口设为日志描述的这次运行：推理引擎、Token 数、请求数、设置和 GPU</translation>
    </message>
    <message>
        <source>Cannot read the log %1: %2</source>
        <translation>无法读取日志 %1：%2</translation>
    </message>
    <message>
        <source>Open a start-up log</source>
        <translation>打开启动日志</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>日志 (*.log *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The window&apos;s model and precisions cannot run this log&apos;s engine.</source>
        <translation>窗口当前的模型和精度无法用于该日志的推理引擎。</translation>
    </message>
    <message>
        <source>%1 log%2 · %3 · %4 per request · %5</source>
        <translation>%1 日志%2 · %3 · 每请求 %4 · %5</translation>
    </message>
    <message>
        <source>&amp;Save as calibration profile…</source>
        <translation>保存为校准配置(&amp;S)…</translation>
    </message>
    <message>
        <source>Keep the corrections that make the plan print what this log printed, for later estimates with this engine</source>
        <translation>保存让规划结果与这份日志一致的修正量，供以后用该推理引擎估算时使用</translation>
    </message>
    <message>
        <source>Saved as the calibration profile &quot;%1&quot;.</source>
        <translation>已保存为校准配置“%1”。</translation>
    </message>
    <message>
        <source>Save as calibration profile</source>
        <translation>保存为校准配置</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Paste the start-up log of vLLM, SGLang, llama-server, Ollama or TensorRT-LLM here, or open its file.</source>
        <translation>在此粘贴 vLLM、SGLang、llama-server、Ollama 或 TensorRT-LLM 的启动日志，或打开日志文件。</translation>
    </message>
    <message>
        <source>not modelled</source>
        <translation>未建模</translation>
    </message>
    <message>
        <source>The plan does not start with these settings: %1</source>
        <translation>按这些设置，规划的引擎无法启动：%1</translation>
    </message>
</context>
<context>
    <name>EngineSettings</name>
    <message>
        <source>The tensor-parallel size must be between 1 and %1 (got %2).</source>
        <translation>张量并行度必须在 1 到 %1 之间（实际为 %2）。</translation>
    </message>
    <message>
        <source>The GPU memory utilization must be above 0 and at most 1.</source>
        <translation>GPU 显存利用率必须大于 0 且不超过 1。</translation>
    </message>
    <message>
        <source>The maximum model length must be between 1 and %1.</source>
        <translation>最大上下文长度（--max-model-len）必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The maximum number of batched tokens must be between 1 and %1.</source>
        <translation>最大批处理 Token 数必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The maximum number of sequences must be between 1 and %1.</source>
        <translation>最大序列数必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The number of GPU layers must be between 0 and %1, or -1 for all.</source>
        <translation>GPU 层数必须在 0 到 %1 之间，或用 -1 表示全部。</translation>
    </message>
    <message>
        <source>The micro-batch size must be between 1 and 65536.</source>
        <translation>物理批大小（-ub）必须在 1 到 65536 之间。</translation>
    </message>
    <message>
        <source>The engine setting &quot;%1&quot; is not a whole number in range.</source>
        <translation>引擎设置“%1”不是范围内的整数。</translation>
    </message>
    <message>
        <source>The engine setting &quot;%1&quot; is not true or false.</source>
        <translation>引擎设置“%1”不是 true 或 false。</translation>
    </message>
    <message>
        <source>tensor parallel %1, gpu_memory_utilization %2, max_num_batched_tokens %3, max_num_seqs %4%5</source>
        <translation>张量并行度 %1，gpu_memory_utilization %2，max_num_batched_tokens %3，max_num_seqs %4%5</translation>
    </message>
    <message>
        <source>, eager (no CUDA graphs)</source>
        <translation>，eager 模式（无 CUDA Graph）</translation>
    </message>
    <message>
        <source>-ngl %1, -ub %2</source>
        <translation>-ngl %1，-ub %2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>The pipeline-parallel size must be between 1 and %1 GPUs in all (0: only where needed).</source>
        <translation>流水线并行度必须使 GPU 总数在 1 到 %1 之间（0：仅在需要时使用）。</translation>
    </message>
    <message>
        <source>%1 × pipeline %2</source>
        <translation>%1 × 流水线并行度 %2</translation>
    </message>
    <message>
        <source>The main GPU must be a GPU index from 0 to %1.</source>
        <translation>主 GPU 必须是 0 到 %1 之间的 GPU 序号。</translation>
    </message>
    <message>
        <source>Each --tensor-split share must be a number from 0 to 9,999.</source>
        <translation>--tensor-split 的每个份额都必须是 0 到 9,999 之间的数。</translation>
    </message>
    <message>
        <source>--tensor-split needs at least one share above 0, one per GPU.</source>
        <translation>--tensor-split 需要每块 GPU 一个份额，且至少一个大于 0。</translation>
    </message>
    <message>
        <source>The engine setting &quot;%1&quot; must be layer, row or none.</source>
        <translation>引擎设置“%1”必须是 layer、row 或 none。</translation>
    </message>
    <message>
        <source>The engine setting &quot;%1&quot; must be shares such as &quot;3,1&quot;.</source>
        <translation>引擎设置“%1”必须是形如“3,1”的份额。</translation>
    </message>
    <message>
        <source>The calibration&apos;s &quot;%1&quot; is not a whole number of bytes within 1 TiB.</source>
        <translation>校准配置中的“%1”不是 1 TiB 以内的整数字节数。</translation>
    </message>
    <message>
        <source>, calibrated from %1</source>
        <translation>，按“%1”校准</translation>
    </message>
    <message>
        <source>llama.cpp has no %1 V cache; use f16, bf16, f32, q8_0, q4_0, q4_1, q5_0 or q5_1.</source>
        <translation>llama.cpp 不支持 %1 的 V 缓存；请使用 f16、bf16、f32、q8_0、q4_0、q4_1、q5_0 或 q5_1。</translation>
    </message>
    <message>
        <source>The engine setting &quot;%1&quot; must be auto, on or off.</source>
        <translation>引擎设置“%1”必须是 auto、on 或 off。</translation>
    </message>
    <message>
        <source>The engine setting &quot;%1&quot; is not text.</source>
        <translation>引擎设置“%1”不是文本。</translation>
    </message>
    <message>
        <source>, -fa %1</source>
        <translation>，-fa %1</translation>
    </message>
    <message>
        <source>, -ctv %1</source>
        <translation>，-ctv %1</translation>
    </message>
    <message>
        <source>--mem-fraction-static must be above 0 and below 1.</source>
        <translation>--mem-fraction-static 必须大于 0 且小于 1。</translation>
    </message>
    <message>
        <source>SGLang&apos;s token counts must be between 1 and %1.</source>
        <translation>SGLang 的 Token 数必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The maximum number of running requests must be between 1 and %1.</source>
        <translation>最大运行请求数必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The page size must be between 1 and 4096 tokens.</source>
        <translation>页大小必须在 1 到 4096 个 Token 之间。</translation>
    </message>
    <message>
        <source>--tp %1, --mem-fraction-static %2, --page-size %3</source>
        <translation>--tp %1，--mem-fraction-static %2，--page-size %3</translation>
    </message>
    <message>
        <source>%1 × --pp-size %2</source>
        <translation>%1 × --pp-size %2</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>, --max-total-tokens %1</source>
        <translation>，--max-total-tokens %1</translation>
    </message>
    <message>
        <source>, --context-length %1</source>
        <translation>，--context-length %1</translation>
    </message>
    <message>
        <source>OLLAMA_GPU_OVERHEAD must be between 0 and 1 TiB.</source>
        <translation>OLLAMA_GPU_OVERHEAD 必须在 0 到 1 TiB 之间。</translation>
    </message>
    <message>
        <source>num_gpu %1, OLLAMA_FLASH_ATTENTION %2</source>
        <translation>num_gpu %1，OLLAMA_FLASH_ATTENTION %2</translation>
    </message>
    <message>
        <source>, OLLAMA_GPU_OVERHEAD %1</source>
        <translation>，OLLAMA_GPU_OVERHEAD %1</translation>
    </message>
    <message>
        <source>free_gpu_memory_fraction must be above 0 and at most 1.</source>
        <translation>free_gpu_memory_fraction 必须大于 0 且不超过 1。</translation>
    </message>
    <message>
        <source>TensorRT-LLM&apos;s max_tokens, max_num_tokens, tokens_per_block and max_batch_size must be whole numbers in range (tokens_per_block at most 4,096).</source>
        <translation>TensorRT-LLM 的 max_tokens、max_num_tokens、tokens_per_block 和 max_batch_size 必须是范围内的整数（tokens_per_block 不超过 4,096）。</translation>
    </message>
    <message>
        <source>tp_size %1, free_gpu_memory_fraction %2, tokens_per_block %3, max_batch_size %4, max_num_tokens %5</source>
        <translation>tp_size %1，free_gpu_memory_fraction %2，tokens_per_block %3，max_batch_size %4，max_num_tokens %5</translation>
    </message>
    <message>
        <source>%1 × pp_size %2</source>
        <translation>%1 × pp_size %2</translation>
    </message>
    <message>
        <source>, max_tokens %1</source>
        <translation>，max_tokens %1</translation>
    </message>
    <message>
        <source>--swa-full-tokens-ratio must be above 0 and at most 1.</source>
        <translation>--swa-full-tokens-ratio 必须大于 0 且不超过 1。</translation>
    </message>
    <message>
        <source>, --swa-full-tokens-ratio %1</source>
        <translation>，--swa-full-tokens-ratio %1</translation>
    </message>
    <message>
        <source>, CUDA graphs after the KV cache (vLLM V0)</source>
        <translation>，CUDA Graph 在 KV 缓存之后捕获（vLLM V0）</translation>
    </message>
    <message>
        <source>, before 0.30 (its scheduler&apos;s estimate)</source>
        <translation>，0.30 之前（按其调度器的估算）</translation>
    </message>
    <message>
        <source>, 0.30 or later (llama-server&apos;s --fit)</source>
        <translation>，0.30 或更高（llama-server 的 --fit）</translation>
    </message>
    <message>
        <source>NPU_MEMORY_FRACTION must be above 0 and at most 1.</source>
        <translation>NPU_MEMORY_FRACTION 必须大于 0 且不超过 1。</translation>
    </message>
    <message>
        <source>npuMemSize must be -1 (automatic) or 1 to 1,024 GiB.</source>
        <translation>npuMemSize 必须是 -1（自动）或 1 到 1,024 GiB。</translation>
    </message>
    <message>
        <source>MindIE&apos;s cacheBlockSize must be 1 to 128 and maxPrefillTokens a whole number of tokens in range.</source>
        <translation>MindIE 的 cacheBlockSize 必须在 1 到 128 之间，maxPrefillTokens 必须是范围内的整数 Token 数。</translation>
    </message>
    <message>
        <source>worldSize %1, NPU_MEMORY_FRACTION %2, npuMemSize %3, cacheBlockSize %4, maxPrefillTokens %5</source>
        <translation>worldSize %1，NPU_MEMORY_FRACTION %2，npuMemSize %3，cacheBlockSize %4，maxPrefillTokens %5</translation>
    </message>
    <message>
        <source>-1 (automatic)</source>
        <translation>-1（自动）</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>, vLLM-Ascend before 0.16 (whole-state pages)</source>
        <translation>，vLLM-Ascend 0.16 之前（整份状态的页）</translation>
    </message>
    <message>
        <source>, --disable-piecewise-cuda-graph</source>
        <translation>，--disable-piecewise-cuda-graph</translation>
    </message>
    <message>
        <source>TensorRT-LLM&apos;s host_cache_size must be between 0 and 1 PiB.</source>
        <translation>TensorRT-LLM 的 host_cache_size 必须在 0 到 1 PiB 之间。</translation>
    </message>
    <message>
        <source>, host_cache_size %1</source>
        <translation>，host_cache_size %1</translation>
    </message>
    <message>
        <source>non-torch</source>
        <translation>非 torch 显存</translation>
    </message>
    <message>
        <source>activation peak</source>
        <translation>激活峰值</translation>
    </message>
    <message>
        <source>CUDA graphs</source>
        <translation>CUDA Graph</translation>
    </message>
    <message>
        <source>compute buffer</source>
        <translation>计算缓冲区</translation>
    </message>
    <message>
        <source>KV pool</source>
        <translation>KV 缓存池</translation>
    </message>
</context>
<context>
    <name>EngineSettingsEditor</name>
    <message>
        <source>GPU memory utili&amp;zation:</source>
        <translation>GPU 显存利用率(&amp;Z)：</translation>
    </message>
    <message>
        <source>Max &amp;batched tokens:</source>
        <translation>最大批处理 Token 数(&amp;B)：</translation>
    </message>
    <message>
        <source>Max se&amp;quences:</source>
        <translation>最大序列数(&amp;Q)：</translation>
    </message>
    <message>
        <source>Max model &amp;length:</source>
        <translation>最大上下文长度(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;GPU layers (-ngl):</source>
        <translation>GPU 层数 -ngl(&amp;G)：</translation>
    </message>
    <message>
        <source>Micro-&amp;batch (-ub):</source>
        <translation>物理批大小 -ub(&amp;B)：</translation>
    </message>
    <message>
        <source>= tokens per request</source>
        <translation>= 每请求 Token 数</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>CUDA &amp;graphs (off: --enforce-eager)</source>
        <translation>CUDA Graph(&amp;G)（关闭：--enforce-eager）</translation>
    </message>
    <message>
        <source>The share of each GPU&apos;s CUDA total vLLM takes (--gpu-memory-utilization)</source>
        <translation>vLLM 占用每块 GPU 的 CUDA 总显存的比例（--gpu-memory-utilization）</translation>
    </message>
    <message>
        <source>Tokens in one forward pass (--max-num-batched-tokens); sets the activation peak</source>
        <translation>一次前向计算的 Token 数（--max-num-batched-tokens），决定激活峰值</translation>
    </message>
    <message>
        <source>Sequences in one batch (--max-num-seqs); sets the sampler&apos;s logits</source>
        <translation>一个批次中的序列数（--max-num-seqs），决定采样器 logits 缓冲区的大小</translation>
    </message>
    <message>
        <source>The longest request vLLM must hold at start-up (--max-model-len)</source>
        <translation>最大上下文长度（--max-model-len）：vLLM 启动时必须能容纳的最长请求</translation>
    </message>
    <message>
        <source>Layers offloaded to the GPU; one more than the layer count also offloads the output head</source>
        <translation>卸载到 GPU 的层数；比层数多 1 时输出头也卸载到 GPU</translation>
    </message>
    <message>
        <source>Physical batch size (-ub); sets the compute buffer</source>
        <translation>物理批大小（-ub），决定计算缓冲区</translation>
    </message>
    <message>
        <source>&amp;Pipeline stages:</source>
        <translation>流水线并行度(&amp;P)：</translation>
    </message>
    <message>
        <source>where needed</source>
        <translation>按需</translation>
    </message>
    <message>
        <source>Pipeline stages the GPUs of a row form (--pipeline-parallel-size); where needed: only when tensor parallelism alone cannot split the model over the row&apos;s GPUs</source>
        <translation>每行 GPU 组成的流水线并行度（--pipeline-parallel-size）；按需：仅当张量并行无法把模型拆分到该行的 GPU 上时才使用流水线并行</translation>
    </message>
    <message>
        <source>Tensor parallel: each GPU row runs on its count of GPUs; the bars are planned for the row marked ▸ (select a row to plan it).</source>
        <translation>张量并行：每行 GPU 配置按各自的 GPU 数量运行；柱状图按标有 ▸ 的那一行规划（选中某一行即可改为按该行规划）。</translation>
    </message>
    <message>
        <source>--split-mode over several GPUs: layer (whole layers on each GPU), row (each matrix across the GPUs; cache and buffers on the main GPU) or none (the main GPU only)</source>
        <translation>多 GPU 时的 --split-mode：layer（每块 GPU 放整层）、row（每个矩阵按行切到各 GPU；KV 缓存和缓冲区在主 GPU 上）或 none（只用主 GPU）</translation>
    </message>
    <message>
        <source>by each GPU&apos;s memory</source>
        <translation>按各 GPU 的显存</translation>
    </message>
    <message>
        <source>--tensor-split: each GPU&apos;s share in the row&apos;s order, e.g. 3,1</source>
        <translation>--tensor-split：按该行中的顺序给出每块 GPU 的份额，例如 3,1</translation>
    </message>
    <message>
        <source>--main-gpu: the GPU, counted from 0 in the row, that holds the cache and buffers in row and none modes</source>
        <translation>--main-gpu：row 和 none 模式下存放 KV 缓存和缓冲区的 GPU，在该行中从 0 数起</translation>
    </message>
    <message>
        <source>Sp&amp;lit mode:</source>
        <translation>切分方式(&amp;L)：</translation>
    </message>
    <message>
        <source>Te&amp;nsor split:</source>
        <translation>张量切分(&amp;N)：</translation>
    </message>
    <message>
        <source>Ma&amp;in GPU:</source>
        <translation>主 GPU(&amp;I)：</translation>
    </message>
    <message>
        <source>C&amp;alibration:</source>
        <translation>校准(&amp;A)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (from the scenario)</source>
        <translation>%1（来自场景文件）</translation>
    </message>
    <message>
        <source>Corrections learned from this engine&apos;s start-up log (File → Compare with a start-up log)</source>
        <translation>从该推理引擎启动日志得到的修正量（文件 → 与启动日志对照）</translation>
    </message>
    <message>
        <source>Flash attenti&amp;on (-fa):</source>
        <translation>FlashAttention（-fa）(&amp;J)：</translation>
    </message>
    <message>
        <source>--flash-attn: auto (llama.cpp&apos;s default) turns it on where the GPU&apos;s kernels take the model&apos;s head size; on, the compute buffer no longer grows with heads × context</source>
        <translation>--flash-attn：auto（llama.cpp 的默认值）在 GPU 内核支持该模型的头维度时开启；开启后，计算缓冲区不再随注意力头数 × 上下文长度增长</translation>
    </message>
    <message>
        <source>as the KV cache</source>
        <translation>同 KV 缓存</translation>
    </message>
    <message>
        <source>--cache-type-v: the V cache&apos;s own type; the KV cache precision above sets the K cache (-ctk). A quantized V cache needs flash attention</source>
        <translation>--cache-type-v：V 缓存单独的类型；上面的 KV 缓存精度决定 K 缓存（-ctk）。量化的 V 缓存需要开启 FlashAttention</translation>
    </message>
    <message>
        <source>V cache ty&amp;pe (-ctv):</source>
        <translation>V 缓存类型（-ctv）(&amp;X)：</translation>
    </message>
    <message>
        <source>Mem fraction stat&amp;ic:</source>
        <translation>静态显存比例(&amp;I)：</translation>
    </message>
    <message>
        <source>Conte&amp;xt length:</source>
        <translation>上下文长度(&amp;X)：</translation>
    </message>
    <message>
        <source>Max running re&amp;quests:</source>
        <translation>最大运行请求数(&amp;Q)：</translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation>页大小(&amp;G)：</translation>
    </message>
    <message>
        <source>SGLang&apos;s default</source>
        <translation>SGLang 默认值</translation>
    </message>
    <message>
        <source>--mem-fraction-static: the share of the memory free at start-up for the weights and the KV pool; SGLang&apos;s default depends on the GPU&apos;s memory and the chunked prefill size</source>
        <translation>--mem-fraction-static：启动时空闲显存中用于权重和 KV 缓存池的比例；SGLang 的默认值取决于 GPU 显存大小和分块预填充大小</translation>
    </message>
    <message>
        <source>the model&apos;s</source>
        <translation>模型自身的</translation>
    </message>
    <message>
        <source>--context-length: the longest request SGLang takes</source>
        <translation>--context-length：SGLang 接受的最长请求</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>--max-total-tokens: a cap on the KV pool&apos;s tokens</source>
        <translation>--max-total-tokens：KV 缓存池 Token 数的上限</translation>
    </message>
    <message>
        <source>SGLang&apos;s limit</source>
        <translation>SGLang 的上限</translation>
    </message>
    <message>
        <source>--max-running-requests: the most requests in one batch; SGLang&apos;s limit is half the pool&apos;s tokens and at most 4,096</source>
        <translation>--max-running-requests：一个批次中的最大请求数；SGLang 的上限是缓存池 Token 数的一半，且不超过 4,096</translation>
    </message>
    <message>
        <source>--page-size: tokens per page; each request takes whole pages</source>
        <translation>--page-size：每页的 Token 数；每个请求占用整数页</translation>
    </message>
    <message>
        <source>--chunked-prefill-size: tokens per prefill chunk; sets the memory SGLang reserves for activations and so its default --mem-fraction-static</source>
        <translation>--chunked-prefill-size：分块预填充每块的 Token 数；它决定 SGLang 为激活预留的显存，从而决定默认的 --mem-fraction-static</translation>
    </message>
    <message>
        <source>Tensor parallel (--tp): each GPU row runs on its count of GPUs; the bars are planned for the row marked ▸ (select a row to plan it).</source>
        <translation>张量并行（--tp）：每一行 GPU 配置按其 GPU 数量运行；柱状图按标有 ▸ 的那一行规划（选中某一行即可按它规划）。</translation>
    </message>
    <message>
        <source>Max total toke&amp;ns:</source>
        <translation>KV 缓存池 Token 上限(&amp;N)：</translation>
    </message>
    <message>
        <source>Chunked prefill si&amp;ze:</source>
        <translation>分块预填充大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>OLLAMA_FLASH_ATTENTIO&amp;N:</source>
        <translation>OLLAMA_FLASH_ATTENTION(&amp;N)：</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>OLLAMA_FLASH_ATTENTION: flash attention in the llama.cpp runner; a quantized OLLAMA_KV_CACHE_TYPE needs it</source>
        <translation>OLLAMA_FLASH_ATTENTION：llama.cpp 运行器中的 FlashAttention；量化的 OLLAMA_KV_CACHE_TYPE 需要开启它</translation>
    </message>
    <message>
        <source>num_&amp;gpu:</source>
        <translation>num_gpu(&amp;G)：</translation>
    </message>
    <message>
        <source>OLLAMA_GPU_OVE&amp;RHEAD (MiB):</source>
        <translation>OLLAMA_GPU_OVERHEAD（MiB）(&amp;R)：</translation>
    </message>
    <message>
        <source>max_batch_si&amp;ze:</source>
        <translation>max_batch_size(&amp;Z)：</translation>
    </message>
    <message>
        <source>max_num_toke&amp;ns:</source>
        <translation>max_num_tokens(&amp;N)：</translation>
    </message>
    <message>
        <source>free_gpu_memory_fraction: the share of what the profiled peak leaves that the paged KV cache takes</source>
        <translation>free_gpu_memory_fraction：显存分析峰值之后剩余显存中分页 KV 缓存所占的比例</translation>
    </message>
    <message>
        <source>max_tokens: a cap on the paged KV cache&apos;s tokens</source>
        <translation>max_tokens：分页 KV 缓存 Token 数的上限</translation>
    </message>
    <message>
        <source>tokens_per_block: each request takes whole blocks</source>
        <translation>tokens_per_block：每个请求占用整数个 KV 块</translation>
    </message>
    <message>
        <source>max_batch_size: the most requests in a batch</source>
        <translation>max_batch_size：一个批次中的最大请求数</translation>
    </message>
    <message>
        <source>max_num_tokens: tokens in one forward pass; the profiled peak grows with it</source>
        <translation>max_num_tokens：一次前向计算的 Token 数；显存分析峰值随之增大</translation>
    </message>
    <message>
        <source>free_gpu_memory_fract&amp;ion:</source>
        <translation>free_gpu_memory_fraction(&amp;I)：</translation>
    </message>
    <message>
        <source>ma&amp;x_tokens:</source>
        <translation>max_tokens(&amp;X)：</translation>
    </message>
    <message>
        <source>tokens_per_&amp;block:</source>
        <translation>tokens_per_block(&amp;B)：</translation>
    </message>
    <message>
        <source>SWA tokens &amp;per full token:</source>
        <translation>滑动窗口池 Token 比例(&amp;P)：</translation>
    </message>
    <message>
        <source>--swa-full-tokens-ratio: for the models SGLang gives a sliding-window pool (gpt-oss, Llama 4), the windowed layers&apos; tokens per token of the full layers</source>
        <translation>--swa-full-tokens-ratio：对 SGLang 单独分配滑动窗口池的模型（gpt-oss、Llama 4），窗口层的 Token 数与全注意力层的 Token 数之比</translation>
    </message>
    <message>
        <source>Ollama versi&amp;on:</source>
        <translation>Ollama 版本(&amp;J)：</translation>
    </message>
    <message>
        <source>num_gpu: layers Ollama offloads; auto: as many as fit (llama-server&apos;s --fit from 0.30, its scheduler before)</source>
        <translation>num_gpu：Ollama 卸载到 GPU 的层数；自动：放得下多少就放多少（0.30 起由 llama-server 的 --fit 决定，之前由其调度器决定）</translation>
    </message>
    <message>
        <source>OLLAMA_GPU_OVERHEAD: memory Ollama&apos;s scheduler left free on each GPU before 0.30; from 0.30 llama-server&apos;s --fit leaves 1 GiB</source>
        <translation>OLLAMA_GPU_OVERHEAD：0.30 之前 Ollama 调度器在每块 GPU 上留出的空闲显存；0.30 起由 llama-server 的 --fit 留出 1 GiB</translation>
    </message>
    <message>
        <source>0.30 or later (llama-server&apos;s --fit)</source>
        <translation>0.30 或更高（llama-server 的 --fit）</translation>
    </message>
    <message>
        <source>before 0.30 (its scheduler)</source>
        <translation>0.30 之前（其调度器）</translation>
    </message>
    <message>
        <source>From 0.30 Ollama runs llama-server and llama.cpp&apos;s --fit places the layers, leaving 1 GiB free on each GPU; before, its scheduler&apos;s own estimate placed them</source>
        <translation>从 0.30 起 Ollama 运行 llama-server，由 llama.cpp 的 --fit 放置各层，每块 GPU 留出 1 GiB 空闲；此前由其调度器按自己的估算放置</translation>
    </message>
    <message>
        <source>NPU_MEMORY_FRACTIO&amp;N:</source>
        <translation>NPU_MEMORY_FRACTION(&amp;N)：</translation>
    </message>
    <message>
        <source>cacheBlock&amp;Size:</source>
        <translation>cacheBlockSize(&amp;Z)：</translation>
    </message>
    <message>
        <source>NPU_MEMORY_FRACTION: the share of each NPU MindIE takes for the weights, the warm-up workspace and the KV cache (MindIE LLM&apos;s default 0.8)</source>
        <translation>NPU_MEMORY_FRACTION：MindIE 在每块 NPU 上用于权重、预热工作空间和 KV 缓存的比例（MindIE LLM 默认 0.8）</translation>
    </message>
    <message>
        <source>-1 (automatic)</source>
        <translation>-1（自动）</translation>
    </message>
    <message>
        <source>npuMemSize: the KV cache per NPU in GiB; -1: what NPU_MEMORY_FRACTION leaves after the weights and the workspace</source>
        <translation>npuMemSize：每块 NPU 的 KV 缓存大小，单位 GiB；-1：NPU_MEMORY_FRACTION 扣除权重和工作空间后剩下的部分</translation>
    </message>
    <message>
        <source>cacheBlockSize: tokens per KV block (128 recommended); each request takes whole blocks</source>
        <translation>cacheBlockSize：每个 KV 块的 Token 数（推荐 128）；每个请求占用整数个 KV 块</translation>
    </message>
    <message>
        <source>maxPrefillTokens: the warm-up pass that sizes the workspace</source>
        <translation>maxPrefillTokens：决定工作空间大小的预热前向计算</translation>
    </message>
    <message>
        <source>worldSize: each NPU row runs on its count of NPUs, tensor parallel; the bars are planned for the row marked ▸. MindIE&apos;s rule is from its documentation; no published start-up log confirms it yet.</source>
        <translation>worldSize：每一行 NPU 配置按其 NPU 数量张量并行运行；柱状图按标有 ▸ 的那一行规划。MindIE 的规则来自其文档，尚无公开的启动日志证实。</translation>
    </message>
    <message>
        <source>npuMemSize (&amp;GiB):</source>
        <translation>npuMemSize（GiB）(&amp;S)：</translation>
    </message>
    <message>
        <source>ma&amp;xPrefillTokens:</source>
        <translation>maxPrefillTokens(&amp;X)：</translation>
    </message>
    <message>
        <source>vLLM-Ascend ver&amp;sion:</source>
        <translation>vLLM-Ascend 版本(&amp;S)：</translation>
    </message>
    <message>
        <source>0.16 or later</source>
        <translation>0.16 及以后</translation>
    </message>
    <message>
        <source>before 0.16 (whole-state pages)</source>
        <translation>0.16 之前（整份状态的页）</translation>
    </message>
    <message>
        <source>Only a hybrid model (recurrent layers) on an Ascend NPU differs: from 0.16 the K half of an attention block holds the SSM state, before a whole state was padded to a block in 128-token steps</source>
        <translation>只有昇腾 NPU 上的混合模型（含循环层）有区别：从 0.16 起，注意力 KV 块的 K 部分放 SSM 状态；之前是把整份状态以 128 个 Token 为步长补齐到一个 KV 块</translation>
    </message>
    <message>
        <source>CUDA or ACL &amp;graphs (off: --enforce-eager)</source>
        <translation>CUDA 或 ACL Graph(&amp;G)（关闭：--enforce-eager）</translation>
    </message>
    <message>
        <source>Piecewise CUDA graphs (off: --disable-piecewise-cuda-graph)</source>
        <translation>分段 CUDA Graph（关闭：--disable-piecewise-cuda-graph）</translation>
    </message>
    <message>
        <source>SGLang of 2026 captures the prefill as piecewise CUDA graphs and reserves 8 MiB for each captured size outside the static share; SGLang before 2026 did not</source>
        <translation>2026 年的 SGLang 把预填充捕获为分段 CUDA Graph，并在静态显存份额之外为每个捕获尺寸预留 8 MiB；2026 年之前的 SGLang 不这样做</translation>
    </message>
    <message>
        <source>ho&amp;st_cache_size (GiB):</source>
        <translation>host_cache_size（GiB）(&amp;S)：</translation>
    </message>
    <message>
        <source>host_cache_size: host memory for the secondary pool that KV cache blocks are offloaded to when the GPU&apos;s pool is full; it holds host_cache_size ÷ the kv size a token, in whole blocks</source>
        <translation>host_cache_size：GPU 上的缓存池满时，KV 缓存块被卸载到的二级缓存池所用的主机内存；可容纳 host_cache_size ÷ 每 Token KV 大小个 Token，按整块计</translation>
    </message>
    <message>
        <source>SGLang pages this model&apos;s sparse-attention (NSA) pool in %1 tokens whatever --page-size says</source>
        <translation>SGLang 对该模型的稀疏注意力（NSA）缓存池固定按每页 %1 个 Token 分页，不受 --page-size 影响</translation>
    </message>
</context>
<context>
    <name>EstimateInput</name>
    <message>
        <source>&quot;%1&quot; is not a weight precision.</source>
        <translation>“%1”不是权重精度。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KV-cache precision.</source>
        <translation>“%1”不是 KV 缓存精度。</translation>
    </message>
    <message>
        <source>Tokens per request must be between 1 and %1 (got %2).</source>
        <translation>每请求 Token 数必须在 1 到 %1 之间（当前为 %2）。</translation>
    </message>
    <message>
        <source>Concurrent requests must be between 1 and %1 (got %2).</source>
        <translation>并发请求数必须在 1 到 %1 之间（当前为 %2）。</translation>
    </message>
    <message>
        <source>The overhead must be between 0 and 10 (0%–1000%).</source>
        <translation>额外开销必须在 0 到 10 之间（0%–1000%）。</translation>
    </message>
    <message>
        <source>%1 per request is more than the context of %2 (%3): vLLM refuses it, llama.cpp warns of a training context overflow.</source>
        <translation>每请求 %1，超过了 %2 的最大上下文长度（%3）：vLLM 会拒绝启动，llama.cpp 会提示超出训练上下文。</translation>
    </message>
</context>
<context>
    <name>EstimateMethod</name>
    <message>
        <source>Article</source>
        <translation>原文公式</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>精确计算</translation>
    </message>
    <message>
        <source>The article&apos;s teaching model: nominal parameter count, KV per token = 2 × bytes × layers × hidden for every model, overhead a fixed share. Overstates the KV cache of GQA, MQA and MLA models.</source>
        <translation>原文的教学模型：按名义参数量计算，任何模型的每 Token KV 都取 2 × 字节数 × 层数 × 隐藏层维度，额外开销取固定比例。对 GQA、MQA 和 MLA 模型会高估 KV 缓存。</translation>
    </message>
    <message>
        <source>Real parameter count and the model&apos;s real KV-cache layout (grouped-query, multi-query and latent attention, sliding windows), overhead a fixed share. Engines add their own allocation rules.</source>
        <translation>采用真实参数量和模型真实的 KV 缓存结构（分组查询、多查询、多头潜在注意力与滑动窗口），额外开销取固定比例。推理引擎还有各自的分配规则。</translation>
    </message>
    <message>
        <source>What vLLM allocates: weights split over the tensor-parallel GPUs, KV cache in 16-token blocks, plus its activation peak, non-torch memory and CUDA graphs; vLLM itself takes a fixed share (gpu_memory_utilization) of each GPU.</source>
        <translation>vLLM 实际分配的显存：权重切分到各张量并行 GPU，每 16 个 Token 分配一个 KV 块，另加激活峰值、非 torch 显存和 CUDA Graph；vLLM 自身占用每块 GPU 的固定比例（gpu_memory_utilization）。</translation>
    </message>
    <message>
        <source>What llama.cpp allocates: the model buffer, KV cells for the context padded to 256 per sequence (smaller caches for sliding-window layers), block-quantized KV rows and a compute buffer.</source>
        <translation>llama.cpp 实际分配的内存：模型缓冲区、按每序列填充到 256 的上下文 KV 单元（滑动窗口层使用更小的缓存）、按块量化的 KV 行以及计算缓冲区。</translation>
    </message>
    <message>
        <source>What SGLang allocates: a static share (mem_fraction_static) of the memory it finds free at start-up holds the weights split over the tensor-parallel GPUs and a KV pool filling the rest, counted in tokens; activations and CUDA graphs live outside that share.</source>
        <translation>按 SGLang 的实际分配：启动时空闲显存中的静态比例（mem_fraction_static）用来存放按张量并行拆分到各 GPU 的权重，其余部分全部作为以 Token 计的 KV 缓存池；激活和 CUDA Graph 在这部分之外。</translation>
    </message>
    <message>
        <source>What TensorRT-LLM allocates: weights split over the tensor-parallel GPUs, a profiled peak of one max_num_tokens pass, and free_gpu_memory_fraction of what is left as a paged KV cache in blocks of tokens_per_block.</source>
        <translation>按 TensorRT-LLM 的实际分配：权重按张量并行拆分到各 GPU，一次 max_num_tokens 前向计算的显存分析峰值，其余显存的 free_gpu_memory_fraction 作为分页 KV 缓存，按 tokens_per_block 分块。</translation>
    </message>
    <message>
        <source>What Ollama runs: llama.cpp with num_ctx × OLLAMA_NUM_PARALLEL cells, and as many layers on each GPU as fit — from 0.30 as llama-server&apos;s --fit places them, 1 GiB left free on each GPU; before, as Ollama&apos;s scheduler estimated (layer weights and KV cache, the compute graph, 457 MiB and OLLAMA_GPU_OVERHEAD per GPU); the rest runs on the CPU.</source>
        <translation>Ollama 实际运行的内容：llama.cpp，KV 单元数为 num_ctx × OLLAMA_NUM_PARALLEL，每块 GPU 上放尽可能多的层——0.30 起由 llama-server 的 --fit 放置，每块 GPU 留出 1 GiB 空闲；此前按 Ollama 调度器的估算（各层权重与 KV 缓存、计算图、每块 GPU 457 MiB 及 OLLAMA_GPU_OVERHEAD）；其余在 CPU 上运行。</translation>
    </message>
    <message>
        <source>What MindIE LLM allocates on Ascend NPUs: weights split over the tensor-parallel NPUs, the workspace of a warm-up pass of maxPrefillTokens, and what NPU_MEMORY_FRACTION of each NPU leaves as a KV cache in blocks of cacheBlockSize (or npuMemSize GiB when set). From MindIE&apos;s documentation; no published start-up log confirms it yet.</source>
        <translation>MindIE LLM 在昇腾 NPU 上的实际分配：权重按张量并行分到各 NPU，一次 maxPrefillTokens 预热前向计算的工作空间，以及每块 NPU 的 NPU_MEMORY_FRACTION 扣除后剩下的部分作为 KV 缓存，按 cacheBlockSize 分块（设置了 npuMemSize 时则为该 GiB 数）。依据 MindIE 的文档，尚无公开的启动日志证实。</translation>
    </message>
    <message>
        <source>Capacities are what the method may fill; the README compares each engine method with published start-up logs.</source>
        <translation>容量为该方法可使用的显存；README 将每个推理引擎方法与公开的启动日志逐项对照。</translation>
    </message>
    <message>
        <source>Byte counts are exact for the stated inputs. The overhead is a rule of thumb, not a measurement; serving engines reserve memory by their own rules. GPU capacities are what the driver reports.</source>
        <translation>字节数对给定输入是精确的。额外开销是经验值而非测量值；推理引擎按各自的规则预留显存。GPU 容量取驱动报告的数值。</translation>
    </message>
    <message>
        <source>KV sizes and block counts follow vLLM&apos;s own arithmetic and are exact; its activation peak, non-torch memory and CUDA graphs are estimates.</source>
        <translation>KV 大小和 KV 块数遵循 vLLM 自身的算法，是精确值；其激活峰值、非 torch 显存和 CUDA Graph 是估算值。</translation>
    </message>
    <message>
        <source>The pool&apos;s bytes per token and its pages follow SGLang&apos;s own arithmetic and are exact; the memory its start-up takes before loading the weights (CUDA context, NCCL buffers) is an estimate.</source>
        <translation>KV 缓存池每 Token 的字节数及其分页遵循 SGLang 自身的算法，是精确值；加载权重之前启动过程占用的显存（CUDA 上下文、NCCL 缓冲区）是估算值。</translation>
    </message>
    <message>
        <source>KV cells and their bytes follow llama.cpp&apos;s own arithmetic and are exact; the compute buffer follows its graph and is checked against printed buffers.</source>
        <translation>KV 单元及其字节数遵循 llama.cpp 自身的算法，是精确值；计算缓冲区按其计算图推算，并已与日志打印的缓冲区核对。</translation>
    </message>
    <message>
        <source>The KV cache and compute buffer are llama.cpp&apos;s; the layers on each GPU follow Ollama&apos;s scheduler (before 0.30) or llama-server&apos;s --fit (from 0.30).</source>
        <translation>KV 缓存和计算缓冲区与 llama.cpp 相同；每块 GPU 上的层数按 Ollama 的调度器（0.30 之前）或 llama-server 的 --fit（0.30 起）确定。</translation>
    </message>
    <message>
        <source>From MindIE&apos;s documented rule: its blocks are exact by that rule, the warm-up workspace is an estimate, and no published start-up log confirms the method yet.</source>
        <translation>依据 MindIE 文档中的规则：按该规则 KV 块数是精确值，预热工作区是估算值，目前尚无公开的启动日志证实该方法。</translation>
    </message>
    <message>
        <source>The paged cache&apos;s blocks follow TensorRT-LLM&apos;s own arithmetic and are exact; the profiled peak is an estimate, and engines built by trtllm-build also keep TensorRT&apos;s execution context and runtime and decoder buffers sized for their max_batch_size, which are not modelled: calibrate from that engine&apos;s start-up log (File → Compare with a start-up log).</source>
        <translation>分页 KV 缓存的块数遵循 TensorRT-LLM 自身的算法，是精确值；显存分析峰值是估算值，由 trtllm-build 构建的引擎还会保留 TensorRT 的执行上下文，以及按其 max_batch_size 分配的运行时缓冲区和解码器缓冲区，规划器未对此建模：请用该引擎的启动日志校准（文件 → 与启动日志对照）。</translation>
    </message>
</context>
<context>
    <name>EstimateReport</name>
    <message>
        <source>%1 (%2), method: %3
</source>
        <translation>%1（%2），方法：%3
</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV per token</source>
        <translation>每 Token KV 缓存</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>额外开销</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Exact total: %1. GB = 10^9 bytes, GiB = 2^30 bytes.
</source>
        <translation>精确总量：%1。GB = 10^9 字节，GiB = 2^30 字节。
</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n 块 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>On %1 (%2): </source>
        <translation>在 %1（%2）上：</translation>
    </message>
    <message>
        <source>fits, %1 free.
</source>
        <translation>放得下，剩余 %1。
</translation>
    </message>
    <message>
        <source>does not fit, %1 missing.
</source>
        <translation>放不下，还差 %1。
</translation>
    </message>
    <message>
        <source>  Fewest %1 GPUs that hold it: %2
</source>
        <translation>  最少 GPU 数（%1）：%2
</translation>
    </message>
    <message>
        <source> (the model&apos;s context length)</source>
        <translation>（模型的上下文长度）</translation>
    </message>
    <message>
        <source>, overhead %1</source>
        <translation>，额外开销 %1</translation>
    </message>
    <message>
        <source>, %1 sliding-window cells per sequence</source>
        <translation>，每序列 %1 个滑动窗口 KV 单元</translation>
    </message>
    <message>
        <source>  GPU  %1: model %2, KV cache %3, compute buffer %4
</source>
        <translation>  GPU %1：模型 %2，KV 缓存 %3，计算缓冲区 %4
</translation>
    </message>
    <message>
        <source>  host %1: model %2, KV cache %3, buffers %4
</source>
        <translation>  主机 %1：模型 %2，KV 缓存 %3，缓冲区 %4
</translation>
    </message>
    <message>
        <source>vLLM on %1, per GPU:
</source>
        <translation>vLLM 运行于 %1，每块 GPU：
</translation>
    </message>
    <message>
        <source>  budget %1 = %2 × %3 (CUDA total%4)
</source>
        <translation>  显存预算 %1 = %2 × %3（CUDA 总显存%4）
</translation>
    </message>
    <message>
        <source> unknown: nvidia-smi&apos;s total, a few hundred MiB too high</source>
        <translation>未知：改用 nvidia-smi 总量，偏高几百 MiB</translation>
    </message>
    <message>
        <source>  weights %1, activation peak %2, non-torch %3, CUDA graphs %4
</source>
        <translation>  权重 %1，激活峰值 %2，非 torch 显存 %3，CUDA Graph %4
</translation>
    </message>
    <message>
        <source>  Available KV cache memory: %1
</source>
        <translation>  可用 KV 缓存显存：%1
</translation>
    </message>
    <message>
        <source>  Maximum concurrency for %1 tokens per request: %2x
</source>
        <translation>  每请求 %1 个 Token 时的最大并发：%2×
</translation>
    </message>
    <message>
        <source>  This scenario needs %1 per GPU: %2
</source>
        <translation>  本场景每块 GPU 需要 %1：%2
</translation>
    </message>
    <message>
        <source>every request gets its KV blocks</source>
        <translation>每个请求都能分到 KV 块</translation>
    </message>
    <message>
        <source>not every request gets its KV blocks; vLLM queues the rest</source>
        <translation>并非每个请求都能分到 KV 块；其余请求由 vLLM 排队</translation>
    </message>
    <message>
        <source>Fewest GPUs of each kind that hold it:
</source>
        <translation>各型号 GPU 放下该模型所需的最少数量：
</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>one more clause of the settings line</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Weights %1, KV cache %2, %3 per request, %4</source>
        <comment>%3: 4,096 tokens; %4: 1 concurrent request</comment>
        <translation>权重 %1，KV 缓存 %2，每请求 %3，%4</translation>
    </message>
    <message>
        <source>  Largest concurrency at %1: %2
</source>
        <comment>%1: 4,096 tokens</comment>
        <translation>  每请求 %1 时的最大并发数：%2
</translation>
    </message>
    <message>
        <source>  Largest tokens per request at %1: %2%3
</source>
        <comment>%1: 10 concurrent requests</comment>
        <translation>  %1时的最大每请求 Token 数：%2%3
</translation>
    </message>
    <message>
        <source>Warning: %1

</source>
        <translation>警告：%1

</translation>
    </message>
    <message>
        <source>Rate: %1.
</source>
        <translation>汇率：%1。
</translation>
    </message>
    <message>
        <source>Cheapest with a listed price (up to 8 GPUs): %1 at %2 (%3)
</source>
        <translation>有标价的最便宜配置（最多 8 块 GPU）：%1，%2（%3）
</translation>
    </message>
    <message>
        <source>Skipped, no price: %1.
</source>
        <translation>未参与比较（没有价格）：%1。
</translation>
    </message>
    <message>
        <source>  No price for %1.
</source>
        <translation>  %1 没有价格。
</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>price an hour · price a month</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>  Price: %1, the cheapest that fits.
</source>
        <translation>  价格：%1，放得下的配置中最便宜。
</translation>
    </message>
    <message>
        <source>  Price: %1
</source>
        <translation>  价格：%1
</translation>
    </message>
    <message>
        <source>  %1, %2
</source>
        <comment>a GPU&apos;s part, then whether it fits</comment>
        <translation>  %1，%2
</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>fits, %1 free on the fullest GPU.
</source>
        <translation>放得下，最满的那块 GPU 还剩 %1。
</translation>
    </message>
    <message>
        <source>does not fit, %1 missing on the fullest GPU.
</source>
        <translation>放不下，最满的那块 GPU 还差 %1。
</translation>
    </message>
    <message>
        <source>  of which state</source>
        <translation>  其中循环状态</translation>
    </message>
    <message>
        <source>SGLang on %1, per GPU:
</source>
        <translation>SGLang 在 %1 上，每块 GPU：
</translation>
    </message>
    <message>
        <source>  mem_fraction_static %1%2; chunked_prefill_size %3, cuda_graph_max_bs %4
</source>
        <translation>  mem_fraction_static %1%2；chunked_prefill_size %3，cuda_graph_max_bs %4
</translation>
    </message>
    <message>
        <source> (SGLang&apos;s default: (%1 − %2 reserved) / %1 MiB)</source>
        <translation>（SGLang 默认值：(%1 − 预留 %2) / %1 MiB）</translation>
    </message>
    <message>
        <source>  Load weight begin. avail mem=%1 (CUDA total %2 less %3 at start-up)
</source>
        <translation>  Load weight begin. avail mem=%1（CUDA 总显存 %2 减去启动时占用的 %3）
</translation>
    </message>
    <message>
        <source>  Load weight end. avail mem=%1, mem usage=%2
</source>
        <translation>  Load weight end. avail mem=%1, mem usage=%2
</translation>
    </message>
    <message>
        <source>  KV Cache is allocated. #tokens: %1, K size: %2, V size: %3
</source>
        <translation>  KV Cache is allocated. #tokens: %1, K size: %2, V size: %3
</translation>
    </message>
    <message>
        <source>  max_total_num_tokens=%1, max_running_requests=%2, context_len=%3
</source>
        <translation>  max_total_num_tokens=%1, max_running_requests=%2, context_len=%3
</translation>
    </message>
    <message>
        <source>  This scenario takes %1 of the pool&apos;s tokens: %2
</source>
        <translation>  本场景占用缓存池中的 %1 个 Token：%2
</translation>
    </message>
    <message>
        <source>every request runs at once</source>
        <translation>所有请求都能同时运行</translation>
    </message>
    <message>
        <source>not every request runs at once; SGLang queues the rest</source>
        <translation>并非所有请求都能同时运行；SGLang 会让其余请求排队</translation>
    </message>
    <message>
        <source>Ollama on %1:
</source>
        <translation>Ollama 在 %1 上：
</translation>
    </message>
    <message>
        <source>  offload: layers.model=%1 layers.offload=%2 layers.split=%3
</source>
        <translation>  offload: layers.model=%1 layers.offload=%2 layers.split=%3
</translation>
    </message>
    <message>
        <source>  memory.required.full=%1 memory.required.partial=%2 memory.required.kv=%3 memory.graph.full=%4
</source>
        <translation>  memory.required.full=%1 memory.required.partial=%2 memory.required.kv=%3 memory.graph.full=%4
</translation>
    </message>
    <message>
        <source>  llama.cpp then: GPU %1, host %2 (model %3, KV cache %4)
</source>
        <translation>  随后 llama.cpp 分配：GPU %1，主机内存 %2（模型 %3，KV 缓存 %4）
</translation>
    </message>
    <message>
        <source>  every layer on the GPUs
</source>
        <translation>  所有层都在 GPU 上
</translation>
    </message>
    <message>
        <source>  %1 of %2 layers on the CPU: slower, but it runs
</source>
        <translation>  %2 层中的 %1 层在 CPU 上：速度较慢，但能运行
</translation>
    </message>
    <message>
        <source>  GPU KV cache size: %1 tokens (%2 blocks of %3)
</source>
        <translation>  GPU KV 缓存容量：%1 个 Token（%2 个 KV 块，每块 %3 个 Token）
</translation>
    </message>
    <message>
        <source>TensorRT-LLM on %1, per GPU:
</source>
        <translation>TensorRT-LLM 在 %1 上，每块 GPU：
</translation>
    </message>
    <message>
        <source>  Peak memory during memory usage profiling (torch + non-torch): %1 (weights %2, activations %3, CUDA context %4), device total memory %5
</source>
        <translation>  Peak memory during memory usage profiling (torch + non-torch): %1（权重 %2，激活 %3，CUDA 上下文 %4），device total memory %5
</translation>
    </message>
    <message>
        <source>  available KV cache memory when calculating max tokens: %1, kv size is %2
</source>
        <translation>  available KV cache memory when calculating max tokens: %1, kv size is %2
</translation>
    </message>
    <message>
        <source>  Allocated %1 for max tokens in paged KV cache (%2)
</source>
        <translation>  Allocated %1 for max tokens in paged KV cache (%2)
</translation>
    </message>
    <message>
        <source>  This scenario takes %1 of its tokens: %2
</source>
        <translation>  本场景占用其中 %1 个 Token：%2
</translation>
    </message>
    <message>
        <source>not every request runs at once; TensorRT-LLM queues the rest</source>
        <translation>并非所有请求都能同时运行；TensorRT-LLM 会让其余请求排队</translation>
    </message>
    <message>
        <source>  GPU KV cache size: %1 tokens (%2 blocks of %3, shared by %4 groups of %5 layers)
</source>
        <translation>  GPU KV 缓存容量：%1 个 Token（%2 个 KV 块，每块 %3 个 Token，由 %4 个组共用，每组 %5 层）
</translation>
    </message>
    <message>
        <source>  Attention block size %1 tokens, so that a page (%2) holds one recurrent layer&apos;s state (%3, padded by %4%)
</source>
        <translation>  注意力块大小为 %1 个 Token，使一页（%2）能容纳一个循环层的状态（%3，填充 %4%）
</translation>
    </message>
    <message>
        <source>  Mamba Cache is allocated. max_mamba_cache_size: %1, conv_state size: %2, ssm_state size: %3 (%4 per request state, the SSM state in float32; %5 states a running request)
</source>
        <translation>  Mamba Cache is allocated. max_mamba_cache_size: %1, conv_state size: %2, ssm_state size: %3（每个请求状态 %4，SSM 状态为 float32；每个运行中的请求占 %5 个状态）
</translation>
    </message>
    <message>
        <source>  Use sliding window memory pool. full_layer_tokens=%1, swa_layer_tokens=%2 (%3 full-attention and %4 windowed layers, a window of %5 tokens)
</source>
        <translation>  Use sliding window memory pool. full_layer_tokens=%1, swa_layer_tokens=%2（%3 个全注意力层和 %4 个窗口层，窗口 %5 个 Token）
</translation>
    </message>
    <message>
        <source>  SWAKVPool mem usage: %1, swa size: %2, full size: %3
</source>
        <translation>  SWAKVPool mem usage: %1, swa size: %2, full size: %3
</translation>
    </message>
    <message>
        <source>, %1 chunk-cache cells per sequence</source>
        <translation>，每序列 %1 个分块缓存 KV 单元</translation>
    </message>
    <message>
        <source>  (vLLM of 2026 prints it as maximum concurrency × max_model_len: %1 tokens)
</source>
        <translation>  （2026 年的 vLLM 按最大并发 × max_model_len 打印：%1 个 Token）
</translation>
    </message>
    <message>
        <source>  0.30 or later: llama-server places the layers (--fit, 1 GiB left free on each GPU): %1 of %2, split %3
</source>
        <translation>  0.30 或更高：由 llama-server 放置各层（--fit，每块 GPU 留出 1 GiB 空闲）：%2 层中的 %1 层，切分 %3
</translation>
    </message>
    <message>
        <source>  a mixture-of-experts model: llama.cpp moves experts to the host first and offloads more of each layer; the plan counts whole layers
</source>
        <translation>  混合专家模型：llama.cpp 会先把专家移到主机内存，再卸载每层的更多部分；本规划按整层计算
</translation>
    </message>
    <message>
        <source>  llama-server&apos;s --fit (on by default, -ngl unset) starts it anyway: -ngl %1 of %2, split %3, 1 GiB left free on each GPU, the rest on the CPU
</source>
        <translation>  llama-server 的 --fit（默认开启，未设 -ngl）仍会启动它：-ngl %1（共 %2），切分 %3，每块 GPU 留出 1 GiB 空闲，其余在 CPU 上
</translation>
    </message>
    <message>
        <source>MindIE on %1, per NPU (from its documented rule; no published log confirms it yet):
</source>
        <translation>MindIE 在 %1 上，每块 NPU（依据其文档中的规则，尚无公开日志证实）：
</translation>
    </message>
    <message>
        <source>  total %1 × NPU_MEMORY_FRACTION = %2; weights %3, warm-up workspace %4
</source>
        <translation>  总量 %1 × NPU_MEMORY_FRACTION = %2；权重 %3，预热工作空间 %4
</translation>
    </message>
    <message>
        <source> (npuMemSize)</source>
        <translation>（npuMemSize）</translation>
    </message>
    <message>
        <source>  every request gets its blocks
</source>
        <translation>  每个请求都能分到 KV 块
</translation>
    </message>
    <message>
        <source>  not every request gets its blocks; MindIE queues the rest
</source>
        <translation>  并非每个请求都能分到 KV 块；其余请求由 MindIE 排队
</translation>
    </message>
    <message>
        <source>  budget %1 = %2 × %3 (CANN total%4)
</source>
        <translation>  显存预算 %1 = %2 × %3（CANN 总显存%4）
</translation>
    </message>
    <message>
        <source>  weights %1, activation peak %2, non-torch %3; ACL graphs %4 after the KV cache, outside the budget
</source>
        <translation>  权重 %1，激活峰值 %2，非 torch 显存 %3；ACL Graph %4 在 KV 缓存之后分配，不在预算内
</translation>
    </message>
    <message>
        <source>  Attention block size %1 tokens: their K holds one recurrent layer&apos;s SSM state (%2), the convolution state (%3) beside it; a page is %4 in every layer
</source>
        <translation>  注意力 KV 块大小 %1 个 Token：其 K 部分放一个循环层的 SSM 状态（%2），卷积状态（%3）放在旁边；每层的一页为 %4
</translation>
    </message>
    <message>
        <source>vLLM-Ascend on %1, per NPU:
</source>
        <translation>vLLM-Ascend 运行于 %1，每块 NPU：
</translation>
    </message>
    <message>
        <source>  KV Cache is allocated. #tokens: %1, KV size: %2
</source>
        <translation>  KV Cache is allocated. #tokens: %1, KV size: %2
</translation>
    </message>
    <message>
        <source>  Number of blocks in KV cache secondary pool: %1 (%2 of host memory for offloaded blocks)
</source>
        <translation>  Number of blocks in KV cache secondary pool: %1（卸载块占用主机内存 %2）
</translation>
    </message>
    <message>
        <source>llama.cpp: %1 cells per sequence × %2%3
</source>
        <translation>llama.cpp：每序列 %1 个 KV 单元 × %2%3
</translation>
    </message>
    <message>
        <source>  KV cache %1%2: num_npu_blocks %3 of %4 tokens (%5 tokens), %6 requests of %7 at most
</source>
        <translation>  KV 缓存 %1%2：num_npu_blocks 为 %3 个 KV 块，每块 %4 个 Token（共 %5 个 Token），最多容纳 %6 个请求，每个请求 %7
</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Exports the chart as PNG, SVG or PDF, or its data as CSV or Markdown, chosen by the file name.</source>
        <translation>把图表导出为 PNG、SVG 或 PDF，或把其数据导出为 CSV 或 Markdown，格式由文件名决定。</translation>
    </message>
    <message>
        <source>Output file (.png, .svg, .pdf, .csv or .md).</source>
        <translation>输出文件（.png、.svg、.pdf、.csv 或 .md）。</translation>
    </message>
    <message>
        <source>Chart mode: sweep or models.</source>
        <translation>图表模式：sweep（扫描）或 models（模型对比）。</translation>
    </message>
    <message>
        <source>What a sweep varies: tokens or concurrency.</source>
        <translation>扫描的变量：tokens（每请求 Token 数）或 concurrency（并发请求数）。</translation>
    </message>
    <message>
        <source>Models to compare, separated by commas.</source>
        <translation>要对比的模型，用逗号分隔。</translation>
    </message>
    <message>
        <source>For .csv and .md: chart (its bars) or breakdown.</source>
        <translation>用于 .csv 和 .md：chart（图表中的柱）或 breakdown（分项明细）。</translation>
    </message>
    <message>
        <source>Chart size in layout pixels.</source>
        <translation>图表尺寸（布局像素）。</translation>
    </message>
    <message>
        <source>PNG pixels per layout pixel (1 to 4).</source>
        <translation>PNG 每个布局像素对应的像素数（1 到 4）。</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>必须指定 --out。</translation>
    </message>
    <message>
        <source>--mode must be sweep or models, not &quot;%1&quot;.</source>
        <translation>--mode 必须是 sweep 或 models，而不是“%1”。</translation>
    </message>
    <message>
        <source>--axis must be tokens or concurrency, not &quot;%1&quot;.</source>
        <translation>--axis 必须是 tokens 或 concurrency，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot; in --models.</source>
        <translation>--models 中有未知模型“%1”。</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 320x240 and 8000x8000.</source>
        <translation>--size 的格式必须是“宽x高”，范围为 320x240～8000x8000。</translation>
    </message>
    <message>
        <source>--pixel-ratio must be 1, 2, 3 or 4.</source>
        <translation>--pixel-ratio 必须是 1、2、3 或 4。</translation>
    </message>
    <message>
        <source>--table must be chart or breakdown.</source>
        <translation>--table 必须是 chart 或 breakdown。</translation>
    </message>
    <message>
        <source>Writes a PDF report: inputs, chart, breakdown with formulas, GPU fit.</source>
        <translation>生成 PDF 报告：输入、图表、带公式的分项明细、GPU 适配情况。</translation>
    </message>
    <message>
        <source>Output PDF file.</source>
        <translation>输出的 PDF 文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a report is written as .pdf.</source>
        <translation>“%1”：报告只能保存为 .pdf。</translation>
    </message>
    <message>
        <source>Which chart: memory (bars), scaling (memory against tokens) or map (tokens × requests).</source>
        <translation>要导出的图表：memory（柱状图）、scaling（显存随 Token 数的增长曲线）或 map（Token 数 × 请求数热力图）。</translation>
    </message>
    <message>
        <source>Scaling view: the KV cache alone.</source>
        <translation>增长曲线（scaling）：只显示 KV 缓存。</translation>
    </message>
    <message>
        <source>--view must be memory, scaling or map, not &quot;%1&quot;.</source>
        <translation>--view 必须是 memory、scaling 或 map，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Chart size</source>
        <translation>图表尺寸</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>PNG only: pixels per layout pixel. SVG and PDF are vector.</source>
        <translation>仅用于 PNG：每个布局像素对应的像素数。SVG 和 PDF 为矢量格式。</translation>
    </message>
    <message>
        <source>Layout size:</source>
        <translation>布局尺寸：</translation>
    </message>
    <message>
        <source>Pixel ratio:</source>
        <translation>像素比：</translation>
    </message>
</context>
<context>
    <name>FitAnalyzer</name>
    <message>
        <source>%1, vLLM %2</source>
        <translation>%1，vLLM %2</translation>
    </message>
    <message>
        <source>none up to %1</source>
        <translation>%1 块以内都放不下</translation>
    </message>
    <message>
        <source>%1, SGLang static share %2</source>
        <translation>%1，SGLang 静态显存比例 %2</translation>
    </message>
    <message>
        <source>%1, Ollama (less 457 MiB)</source>
        <translation>%1，Ollama（减去 457 MiB）</translation>
    </message>
    <message>
        <source>%1, TensorRT-LLM %2 of the free memory</source>
        <translation>%1，TensorRT-LLM 占剩余显存的 %2</translation>
    </message>
    <message>
        <source>CUDA total</source>
        <translation>CUDA 总量</translation>
    </message>
    <message>
        <source>Metal working set</source>
        <translation>Metal 工作集上限</translation>
    </message>
    <message>
        <source>driver total</source>
        <translation>驱动报告的总量</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>CANN total</source>
        <translation>CANN 总量</translation>
    </message>
    <message>
        <source>%1, Ollama (less llama.cpp&apos;s 1 GiB fit target)</source>
        <translation>%1，Ollama（扣除 llama.cpp 的 1 GiB 适配余量）</translation>
    </message>
    <message>
        <source>%1, MindIE npuMemSize %2 GiB</source>
        <translation>%1，MindIE npuMemSize %2 GiB</translation>
    </message>
    <message>
        <source>%1, MindIE NPU_MEMORY_FRACTION %2</source>
        <translation>%1，MindIE NPU_MEMORY_FRACTION %2</translation>
    </message>
</context>
<context>
    <name>GgufReader</name>
    <message>
        <source>not a GGUF file (no &quot;GGUF&quot; magic at the start)</source>
        <translation>不是 GGUF 文件（开头没有“GGUF”标识）</translation>
    </message>
    <message>
        <source>GGUF version %1 is not supported (only 2 and 3)</source>
        <translation>不支持 GGUF 版本 %1（仅支持 2 和 3）</translation>
    </message>
    <message>
        <source>implausible header: %1 tensors and %2 metadata entries</source>
        <translation>文件头不合常理：%1 个张量、%2 个元数据条目</translation>
    </message>
    <message>
        <source>metadata key %1 is not valid UTF-8</source>
        <translation>第 %1 个元数据键不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; is not valid UTF-8</source>
        <translation>“%1”的值不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>a string of %1 bytes in &quot;%2&quot; is implausibly long</source>
        <translation>“%2”中长达 %1 字节的字符串不合常理</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an array of unsupported type %2</source>
        <translation>“%1”是不受支持的类型 %2 的数组</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has unknown value type %2</source>
        <translation>“%1”的值类型 %2 未知</translation>
    </message>
    <message>
        <source>the name of tensor %1 is not valid UTF-8</source>
        <translation>第 %1 个张量的名称不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has %2 dimensions</source>
        <translation>张量“%1”有 %2 个维度</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has unknown type %2</source>
        <translation>张量“%1”的类型 %2 未知</translation>
    </message>
</context>
<context>
    <name>GpuConfig</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>GpuConfigEditor</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add this GPU configuration as a capacity line</source>
        <translation>把这个 GPU 配置添加为一条容量线</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <source>Number of GPUs; their memory is pooled</source>
        <translation>GPU 数量；显存合并计算</translation>
    </message>
    <message>
        <source>GPU kind, with the memory its driver reports</source>
        <translation>GPU 型号，显存取驱动报告的容量</translation>
    </message>
    <message>
        <source>✓ %1 — %2 · %3 free</source>
        <translation>✓ %1 — %2 · 剩余 %3</translation>
    </message>
    <message>
        <source>✗ %1 — %2 · %3 short</source>
        <translation>✗ %1 — %2 · 还差 %3</translation>
    </message>
    <message>
        <source>Double-click a row, or press F2, to change its count or kind</source>
        <translation>双击某一行或按 F2，可修改其数量或型号</translation>
    </message>
    <message>
        <source>Add to selected</source>
        <translation>加入选中行</translation>
    </message>
    <message>
        <source>Add this count and kind to the selected row: GPUs of several kinds in one machine, which llama.cpp splits the model over</source>
        <translation>把这个数量和型号加入选中的行：同一台机器中的多种 GPU，llama.cpp 会把模型切分到它们上面</translation>
    </message>
</context>
<context>
    <name>GpuEditDialog</name>
    <message>
        <source>Add a GPU</source>
        <translation>添加 GPU</translation>
    </message>
    <message>
        <source>Edit GPU</source>
        <translation>编辑 GPU</translation>
    </message>
    <message>
        <source>MiB, as nvidia-smi reports</source>
        <translation>MiB（nvidia-smi 报告值）</translation>
    </message>
    <message>
        <source>GB, as marketed</source>
        <translation>GB（标称值）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unified memory (shared with the system)</source>
        <translation>统一内存（与系统共享）</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>显存：</translation>
    </message>
    <message>
        <source>CUDA total:</source>
        <translation>CUDA 总量：</translation>
    </message>
    <message>
        <source>Price an hour:</source>
        <translation>每小时价格：</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>由你输入</translation>
    </message>
    <message>
        <source>your price</source>
        <translation>你的价格</translation>
    </message>
    <message>
        <source>A GPU needs a name.</source>
        <translation>GPU 需要一个名称。</translation>
    </message>
    <message>
        <source>No NVLink: GPUs of this kind talk to each other over PCIe</source>
        <translation>无 NVLink：此类 GPU 之间只经 PCIe 通信</translation>
    </message>
    <message>
        <source>vLLM, SGLang and TensorRT-LLM then take about 0.13 GiB, not 2 GiB, per GPU to start a tensor-parallel run: no custom all-reduce, no NVLink buffers.</source>
        <translation>此时 vLLM、SGLang 和 TensorRT-LLM 启动张量并行时每张 GPU 约占 0.13 GiB，而非 2 GiB：没有自定义 all-reduce，也没有 NVLink 缓冲区。</translation>
    </message>
</context>
<context>
    <name>GpuLibrary</name>
    <message>
        <source>%1: more than %2 GPUs.</source>
        <translation>%1：GPU 超过 %2 个。</translation>
    </message>
    <message>
        <source>%1, &quot;%2&quot;: the name is empty.</source>
        <translation>%1，“%2”：名称为空。</translation>
    </message>
    <message>
        <source>Cannot read the GPU file %1: %2</source>
        <translation>无法读取 GPU 文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read your GPU list %1: %2</source>
        <translation>无法读取你的 GPU 列表 %1：%2</translation>
    </message>
    <message>
        <source>%1, price override</source>
        <translation>%1，自定义价格</translation>
    </message>
    <message>
        <source>%1: the price for &quot;%2&quot; is not between 1 cent and $10,000 an hour.</source>
        <translation>%1：“%2”的价格不在每小时 1 美分到 10,000 美元之间。</translation>
    </message>
    <message>
        <source>A GPU needs a name.</source>
        <translation>GPU 需要一个名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in GPU; give yours another id, or set only its price.</source>
        <translation>“%1”是内置 GPU；请给你的 GPU 换一个 id，或只设置它的价格。</translation>
    </message>
    <message>
        <source>You already have %1 GPUs of your own.</source>
        <translation>你已有 %1 个自定义 GPU。</translation>
    </message>
    <message>
        <source>your price</source>
        <translation>你的价格</translation>
    </message>
</context>
<context>
    <name>GpuSpec</name>
    <message>
        <source>A GPU has no &quot;id&quot;.</source>
        <translation>有一个 GPU 缺少“id”。</translation>
    </message>
    <message>
        <source>GPU &quot;%1&quot;: field &quot;cuda_total_bytes&quot; has an invalid value (%2).</source>
        <translation>GPU“%1”：字段“cuda_total_bytes”的值无效（%2）。</translation>
    </message>
    <message>
        <source>GPU &quot;%1&quot;: field &quot;price_cents_per_hour&quot; has an invalid value (%2).</source>
        <translation>GPU“%1”：字段“price_cents_per_hour”的值无效（%2）。</translation>
    </message>
    <message>
        <source>GPU &quot;%1&quot;: its memory (&quot;memory_bytes&quot;: %2) must be between 1 MiB and 64 TiB.</source>
        <translation>GPU“%1”：显存（&quot;memory_bytes&quot;：%2）必须在 1 MiB 到 64 TiB 之间。</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Cannot write the screenshot to &quot;%1&quot;: %2</source>
        <translation>无法把截图写入“%1”：%2</translation>
    </message>
    <message>
        <source>Render the window to this PNG and exit.</source>
        <translation>把窗口渲染为此 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>--screenshot 使用的窗口尺寸。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (see --help).</source>
        <translation>未知命令“%1”（见 --help）。</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 320x240 and 8000x8000, e.g. 1400x900.</source>
        <translation>--size 的格式必须是“宽x高”，范围为 320x240～8000x8000，例如 1400x900。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the screenshot is written as .png.</source>
        <translation>“%1”：截图只能保存为 .png。</translation>
    </message>
    <message>
        <source>Saved the window to %1</source>
        <translation>已把窗口保存为 %1</translation>
    </message>
    <message>
        <source>No display to open the window on. Render it to a file with --screenshot FILE.png, or use a command (see --help).</source>
        <translation>没有可以打开窗口的显示器。可以用 --screenshot FILE.png 把窗口渲染为图片，或使用命令行命令（见 --help）。</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <source>Estimates the GPU memory one model needs: weights + KV cache + overhead.</source>
        <translation>估算一个模型所需的 GPU 显存：权重 + KV 缓存 + 额外开销。</translation>
    </message>
    <message>
        <source>Print one JSON object with exact byte counts.</source>
        <translation>输出一个含精确字节数的 JSON 对象。</translation>
    </message>
    <message>
        <source>Lists the model catalogue.</source>
        <translation>列出模型目录。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>KV/token FP16</source>
        <translation>每 Token KV（FP16）</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Prints the article&apos;s tables: total GPU memory per model and token count, one table per concurrency.</source>
        <translation>输出原文中的表格：各模型在各 Token 数下所需的 GPU 显存总量，每种并发数一张表。</translation>
    </message>
    <message>
        <source>Model ids, separated by commas.</source>
        <translation>模型 id，用逗号分隔。</translation>
    </message>
    <message>
        <source>Token counts, separated by commas.</source>
        <translation>Token 数，用逗号分隔。</translation>
    </message>
    <message>
        <source>Concurrencies, separated by commas.</source>
        <translation>并发数，用逗号分隔。</translation>
    </message>
    <message>
        <source>Output format: text, csv or markdown.</source>
        <translation>输出格式：text、csv 或 markdown。</translation>
    </message>
    <message>
        <source>Weight precision.</source>
        <translation>权重精度。</translation>
    </message>
    <message>
        <source>KV-cache precision.</source>
        <translation>KV 缓存精度。</translation>
    </message>
    <message>
        <source>Overhead fraction.</source>
        <translation>额外开销比例。</translation>
    </message>
    <message>
        <source>Display unit: GB or GiB.</source>
        <translation>显示单位：GB 或 GiB。</translation>
    </message>
    <message>
        <source>Unknown model &quot;%1&quot; (see the models command).</source>
        <translation>未知模型“%1”（见 models 命令）。</translation>
    </message>
    <message>
        <source>--models needs at least one model id.</source>
        <translation>--models 至少需要一个模型 id。</translation>
    </message>
    <message>
        <source>--tokens must be whole numbers from 1 to %1, separated by commas.</source>
        <translation>--tokens 必须是 1 到 %1 之间的整数，用逗号分隔。</translation>
    </message>
    <message>
        <source>--concurrency must be whole numbers from 1 to %1, separated by commas.</source>
        <translation>--concurrency 必须是 1 到 %1 之间的整数，用逗号分隔。</translation>
    </message>
    <message>
        <source>--format must be text, csv or markdown, not &quot;%1&quot;.</source>
        <translation>--format 必须是 text、csv 或 markdown，而不是“%1”。</translation>
    </message>
    <message>
        <source>Show the model in this config.json, model folder or .gguf file.</source>
        <translation>显示此 config.json、模型文件夹或 .gguf 文件中的模型。</translation>
    </message>
    <message>
        <source>Add the model in this config.json, model folder or .gguf file.</source>
        <translation>加入此 config.json、模型文件夹或 .gguf 文件中的模型。</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>所需数量</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 必须是 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>--overhead must be a fraction from 0 to 10 (e.g. 0.10) or a percentage (e.g. 10%), not &quot;%1&quot;.</source>
        <translation>--overhead 必须是 0 到 10 之间的比例（如 0.10）或百分比（如 10%），而不是“%1”。</translation>
    </message>
    <message>
        <source>Added to your GPUs (%1): %2
</source>
        <translation>已添加到你的 GPU（%1）：%2
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of your GPUs.</source>
        <translation>“%1”不是你添加的 GPU。</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from your GPUs.
</source>
        <translation>已从你的 GPU 中删除“%1”。
</translation>
    </message>
    <message>
        <source>Lists the GPU catalogue with the memory the driver reports and a price; with a model (--model or --model-file), also how many of each it needs.</source>
        <translation>列出 GPU 目录，含驱动报告的显存和价格；指定模型（--model 或 --model-file）时，还列出每种 GPU 需要几块。</translation>
    </message>
    <message>
        <source>Add the GPUs in this file (the catalogue&apos;s format) to yours.</source>
        <translation>把此文件（目录格式）中的 GPU 添加到你的 GPU。</translation>
    </message>
    <message>
        <source>Remove one of your GPUs.</source>
        <translation>删除一个你添加的 GPU。</translation>
    </message>
    <message>
        <source>--add and --remove cannot be used together.</source>
        <translation>--add 和 --remove 不能同时使用。</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>%1 (unified memory)</source>
        <translation>%1（统一内存）</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1（自定义）</translation>
    </message>
    <message>
        <source>Prints the launch command that reproduces the plan on the first --gpu configuration, the cache pinned where the engine allows.</source>
        <translation>输出在第一个 --gpu 配置上复现本规划的启动命令；引擎允许时固定 KV 缓存大小。</translation>
    </message>
    <message>
        <source>vLLM&apos;s version, e.g. 0.10.0: flags it lacks are left out.</source>
        <translation>vLLM 版本，例如 0.10.0：该版本没有的参数不会输出。</translation>
    </message>
    <message>
        <source>--engine-version must be a version such as 0.10.0, not &quot;%1&quot;.</source>
        <translation>--engine-version 必须是形如 0.10.0 的版本号，而不是“%1”。</translation>
    </message>
    <message>
        <source>--gpu is required: the command depends on the GPUs it runs on.</source>
        <translation>必须指定 --gpu：启动命令取决于所用的 GPU。</translation>
    </message>
    <message>
        <source>--model or --model-file is required: the log names &quot;%1&quot;, which is not in the catalogue.</source>
        <translation>必须指定 --model 或 --model-file：日志中的模型是“%1”，不在目录中。</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>未写明模型</translation>
    </message>
    <message>
        <source>The start-up log (a file, or - for standard input).</source>
        <translation>启动日志（文件，或用 - 表示标准输入）。</translation>
    </message>
    <message>
        <source>--log is required.</source>
        <translation>必须指定 --log。</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>The log is longer than %1 bytes.</source>
        <translation>日志超过 %1 字节。</translation>
    </message>
    <message>
        <source>Cannot read the log %1: %2</source>
        <translation>无法读取日志 %1：%2</translation>
    </message>
    <message>
        <source>%1 log%2: %3, %4 per request, %5
</source>
        <translation>%1 日志%2：%3，每请求 %4，%5
</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>The log holds no figure the planner computes.
</source>
        <translation>日志中没有规划器会计算的数值。
</translation>
    </message>
    <message>
        <source>Keep the corrections that make the plan print what the log printed as a profile.</source>
        <translation>把让规划结果与日志一致的修正量保存为校准配置。</translation>
    </message>
    <message>
        <source>List the calibration profiles.</source>
        <translation>列出校准配置。</translation>
    </message>
    <message>
        <source>Remove a calibration profile.</source>
        <translation>删除一个校准配置。</translation>
    </message>
    <message>
        <source>Rename a calibration profile.</source>
        <translation>重命名一个校准配置。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>校准配置</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>推理引擎</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>修正量</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>没有名为“%1”的校准配置。</translation>
    </message>
    <message>
        <source>--rename-profile takes OLD=NEW.</source>
        <translation>--rename-profile 的格式是 旧名=新名。</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>校准配置需要一个名称。</translation>
    </message>
    <message>
        <source>Saved as the calibration profile &quot;%1&quot; (%2); use it with --profile.
</source>
        <translation>已保存为校准配置“%1”（%2）；用 --profile 使用它。
</translation>
    </message>
    <message>
        <source>--gpu is required for this %1 log: what it allocates depends on the GPU.</source>
        <translation>读取这份 %1 日志需要 --gpu：它分配多少显存取决于 GPU。</translation>
    </message>
    <message>
        <source>Reads a vLLM, SGLang, TensorRT-LLM, llama.cpp or Ollama start-up log and sets every figure it printed beside the planner&apos;s for the same run.</source>
        <translation>读取 vLLM、SGLang、TensorRT-LLM、llama.cpp 或 Ollama 的启动日志，把其中打印的每个数值与规划器对同一次运行的计算结果对照。</translation>
    </message>
    <message>
        <source>The engine: vllm, sglang, trtllm, mindie, llamacpp or ollama (default: --method).</source>
        <translation>推理引擎：vllm、sglang、trtllm、mindie、llamacpp 或 ollama（默认取 --method）。</translation>
    </message>
    <message>
        <source>--engine must be vllm, sglang, trtllm, mindie, llamacpp or ollama, not &quot;%1&quot;.</source>
        <translation>--engine 必须是 vllm、sglang、trtllm、mindie、llamacpp 或 ollama，而不是“%1”。</translation>
    </message>
    <message>
        <source>Estimation method: article, exact, vllm, sglang, trtllm, mindie, llamacpp or ollama.</source>
        <translation>估算方法：article、exact、vllm、sglang、trtllm、mindie、llamacpp 或 ollama。</translation>
    </message>
    <message>
        <source>not modelled</source>
        <translation>未建模</translation>
    </message>
    <message>
        <source>The plan does not start with these settings: %1
</source>
        <translation>按这些设置，规划的引擎无法启动：%1
</translation>
    </message>
    <message>
        <source>No profile is learned where the plan does not start: %1</source>
        <translation>规划的引擎无法启动时不学习校准配置：%1</translation>
    </message>
</context>
<context>
    <name>HeatMapView</name>
    <message>
        <source>fits on: %1</source>
        <translation>放得下：%1</translation>
    </message>
    <message>
        <source>does not fit on: %1</source>
        <translation>放不下：%1</translation>
    </message>
    <message>
        <source>Tokens per request</source>
        <translation>每请求 Token 数</translation>
    </message>
    <message>
        <source>Concurrent requests</source>
        <translation>并发请求数</translation>
    </message>
    <message>
        <source>fits on %1: below and left of the line</source>
        <translation>%1 放得下：线的左下方</translation>
    </message>
    <message>
        <source>%1 × %2: %3 (%4)</source>
        <comment>4,096 tokens × 12 requests: total (exact bytes)</comment>
        <translation>%1 × %2：%3（%4）</translation>
    </message>
    <message>
        <source>Model&apos;s context: %1 →</source>
        <translation>模型的上下文长度：%1 →</translation>
    </message>
</context>
<context>
    <name>HfConfig</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>a config.json must be a JSON object</source>
        <translation>config.json 必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>config.json has no &quot;model_type&quot;</source>
        <translation>config.json 中没有“model_type”</translation>
    </message>
    <message>
        <source>architecture &quot;%1&quot; is not supported (supported: %2)</source>
        <translation>不支持架构“%1”（支持：%2）</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or invalid</source>
        <translation>字段“%1”缺失或无效</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2, not a whole number from %3 to %4</source>
        <translation>字段“%1”的值为 %2，不是 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <source>field &quot;layer_types&quot; names %1 layers, not num_hidden_layers = %2</source>
        <translation>字段 &quot;layer_types&quot; 列出了 %1 层，而不是 num_hidden_layers = %2</translation>
    </message>
    <message>
        <source>field &quot;layer_types&quot; holds &quot;%1&quot;, which is not a layer type this planner knows</source>
        <translation>字段 &quot;layer_types&quot; 中的“%1”不是本规划器认识的层类型</translation>
    </message>
    <message>
        <source>field &quot;hybrid_override_pattern&quot; names %1 layers, not num_hidden_layers = %2</source>
        <translation>字段“hybrid_override_pattern”给出了 %1 层，而 num_hidden_layers = %2</translation>
    </message>
    <message>
        <source>fields &quot;mamba_n_heads&quot; × &quot;mamba_d_head&quot; (%1 × %2) do not make mamba_expand × hidden_size (%3)</source>
        <translation>字段“mamba_n_heads”×“mamba_d_head”（%1 × %2）不等于 mamba_expand × hidden_size（%3）</translation>
    </message>
    <message>
        <source>field &quot;no_rope_layers&quot; names %1 layers, not num_hidden_layers = %2</source>
        <translation>字段 &quot;no_rope_layers&quot; 列出了 %1 层，而不是 num_hidden_layers = %2</translation>
    </message>
    <message>
        <source>field &quot;layers_block_type&quot; names %1 layers, not num_hidden_layers = %2</source>
        <translation>字段 &quot;layers_block_type&quot; 列出了 %1 层，而不是 num_hidden_layers = %2</translation>
    </message>
    <message>
        <source>field &quot;hybrid_override_pattern&quot; has mixture-of-experts layers (E) but &quot;n_routed_experts&quot; is missing</source>
        <translation>字段 &quot;hybrid_override_pattern&quot; 含有混合专家层（E），但缺少 &quot;n_routed_experts&quot;</translation>
    </message>
    <message>
        <source>field &quot;hybrid_override_pattern&quot; holds &quot;%1&quot;, which is not a layer this planner knows (M, *, - or E)</source>
        <translation>字段 &quot;hybrid_override_pattern&quot; 含有 &quot;%1&quot;，这不是本规划器认识的层（M、*、- 或 E）</translation>
    </message>
    <message>
        <source>field &quot;attn_type_list&quot; has linear-attention layers (0), which this planner does not model</source>
        <translation>字段 &quot;attn_type_list&quot; 含有线性注意力层（0），本规划器尚未对其建模</translation>
    </message>
    <message>
        <source>field &quot;layers_block_type&quot; holds &quot;%1&quot;, which is not a layer this planner knows (mamba, attention, mlp or moe)</source>
        <translation>字段 &quot;layers_block_type&quot; 含有 &quot;%1&quot;，这不是本规划器认识的层（mamba、attention、mlp 或 moe）</translation>
    </message>
    <message>
        <source>fields &quot;mamba_n_heads&quot; × &quot;mamba_d_head&quot; (%1 × %2) do not make &quot;mamba_d_ssm&quot; (%3; 1,024 when the field is absent)</source>
        <translation>字段“mamba_n_heads”×“mamba_d_head”（%1 × %2）不等于“mamba_d_ssm”（%3；缺省时为 1,024）</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <source>%1 (≈%2 bits, file average)</source>
        <translation>%1（约 %2 bit，文件平均）</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1（%2 bit）</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Metho&amp;d:</source>
        <translation>方法(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;KV cache:</source>
        <translation>KV 缓存(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Tokens per request:</source>
        <translation>每请求 Token 数(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Concurrent requests:</source>
        <translation>并发请求数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Overhead:</source>
        <translation>额外开销(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>GPU configurations to compare:</source>
        <translation>要对比的 GPU 配置：</translation>
    </message>
    <message>
        <source>Type to search; models are grouped by family</source>
        <translation>输入文字即可搜索；模型按系列分组</translation>
    </message>
    <message>
        <source>Prompt plus output tokens of one request</source>
        <translation>一个请求的输入与输出 Token 总数</translation>
    </message>
    <message>
        <source>Drag: 1 … 1M tokens in steps of ×1.5 and ×2</source>
        <translation>拖动：1～1M 个 Token，按 ×1.5 和 ×2 递增</translation>
    </message>
    <message>
        <source>Requests served at the same time, each with its own KV cache</source>
        <translation>同时处理的请求数，每个请求都有自己的 KV 缓存</translation>
    </message>
    <message>
        <source>Drag: 1 … 1,024 requests</source>
        <translation>拖动：1～1,024 个请求</translation>
    </message>
    <message>
        <source>Temporaries and fragmentation, as a share of weights + KV cache (the article uses 10 %)</source>
        <translation>临时变量和碎片，按权重 + KV 缓存的比例计（原文取 10%）</translation>
    </message>
    <message>
        <source>GB = 10^9 bytes, GiB = 2^30 bytes</source>
        <translation>GB = 10^9 字节，GiB = 2^30 字节</translation>
    </message>
    <message>
        <source>As stored: %1 (%2)</source>
        <translation>按文件存储：%1（%2）</translation>
    </message>
    <message>
        <source>Tokens per request</source>
        <translation>每请求 Token 数</translation>
    </message>
    <message>
        <source>Concurrent requests</source>
        <translation>并发请求数</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1：字段“%2”%3</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>缺失。</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation>必须是字符串。</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>必须是整数。</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>必须是 true 或 false。</translation>
    </message>
</context>
<context>
    <name>LaunchCommand</name>
    <message>
        <source>No vLLM plan for this configuration.</source>
        <translation>该配置没有 vLLM 规划。</translation>
    </message>
    <message>
        <source>vLLM would not start with these settings.</source>
        <translation>按这些设置 vLLM 会启动失败。</translation>
    </message>
    <message>
        <source>Replace %1 with the model&apos;s Hugging Face repository or local folder.</source>
        <translation>请把 %1 换成模型的 Hugging Face 仓库或本地文件夹。</translation>
    </message>
    <message>
        <source>vLLM keeps a %1 cache only as the model&apos;s own dtype; its cache will be %2.</source>
        <translation>vLLM 只有在模型自身的数据类型为 %1 时才用 %1 KV 缓存；这里它的 KV 缓存将是 %2。</translation>
    </message>
    <message>
        <source>vLLM before 0.10.1 has no --kv-cache-memory-bytes: the cache follows its own profiling.</source>
        <translation>vLLM 0.10.1 之前没有 --kv-cache-memory-bytes：KV 缓存大小取决于它自己的显存分析。</translation>
    </message>
    <message>
        <source>Replace %1 with the path of the model&apos;s GGUF file.</source>
        <translation>请把 %1 换成模型 GGUF 文件的路径。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a flag with a value.</source>
        <translation>“%1”不是带值的参数。</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not &quot;%2&quot;.</source>
        <translation>%1 需要整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>A vLLM command starts with &quot;serve&quot; and the model.</source>
        <translation>vLLM 命令以“serve”和模型开头。</translation>
    </message>
    <message>
        <source>llama.cpp builds before September 2025 take a bare -fa for on and have no auto; there, write -fa for on and leave it out for off.</source>
        <translation>2025 年 9 月之前的 llama.cpp 版本用单独的 -fa 表示开启，且没有 auto；在这些版本中，开启时写 -fa，关闭时省略。</translation>
    </message>
    <message>
        <source>SGLang would not start with these settings.</source>
        <translation>按这些设置 SGLang 会启动失败。</translation>
    </message>
    <message>
        <source>num_gpu %1 is a model option: PARAMETER num_gpu %1 in the Modelfile, or &quot;num_gpu&quot; in a request&apos;s options.</source>
        <translation>num_gpu %1 是模型参数：在 Modelfile 中写 PARAMETER num_gpu %1，或在请求的 options 中设置“num_gpu”。</translation>
    </message>
    <message>
        <source>Ollama will offload %1 of %2 layers to the GPUs and run the rest on the CPU.</source>
        <translation>Ollama 会把 %2 层中的 %1 层卸载到 GPU，其余在 CPU 上运行。</translation>
    </message>
    <message>
        <source>Older Ollama versions have no OLLAMA_CONTEXT_LENGTH: set PARAMETER num_ctx %1 in the Modelfile.</source>
        <translation>较旧的 Ollama 版本没有 OLLAMA_CONTEXT_LENGTH：请在 Modelfile 中写 PARAMETER num_ctx %1。</translation>
    </message>
    <message>
        <source>%1 weights: %2 reads the quantization from the checkpoint; point it at a %1 repository.</source>
        <translation>%1 权重：%2 从权重文件读取量化方式；请指向 %1 的模型仓库。</translation>
    </message>
    <message>
        <source>TensorRT-LLM would not start with these settings.</source>
        <translation>按这些设置 TensorRT-LLM 会启动失败。</translation>
    </message>
    <message>
        <source>Weights as stored: %1 loads the checkpoint as published (%2).</source>
        <translation>权重按文件存储：%1 按发布的原样加载检查点（%2）。</translation>
    </message>
    <message>
        <source>its own types</source>
        <translation>其自身的类型</translation>
    </message>
    <message>
        <source>From 0.30 OLLAMA_GPU_OVERHEAD no longer reaches llama-server, whose --fit leaves 1 GiB free on each GPU; LLAMA_ARG_FIT_TARGET (MiB) sets that margin.</source>
        <translation>从 0.30 起 OLLAMA_GPU_OVERHEAD 不再传给 llama-server，其 --fit 在每块 GPU 上留出 1 GiB 空闲；该余量由 LLAMA_ARG_FIT_TARGET（MiB）设置。</translation>
    </message>
    <message>
        <source>Every layer does not fit here: without -ngl, llama-server&apos;s --fit (on by default) would offload %1 of %2 layer slots (-ngl %1) and run the rest on the CPU.</source>
        <translation>这里放不下全部层：不设 -ngl 时，llama-server 的 --fit（默认开启）会卸载 %2 个层位中的 %1 个（-ngl %1），其余在 CPU 上运行。</translation>
    </message>
    <message>
        <source>MindIE would not start with these settings.</source>
        <translation>按这些设置 MindIE 无法启动。</translation>
    </message>
    <message>
        <source>Run it in mindie-service&apos;s folder, with conf/config.json setting &quot;npuDeviceIds&quot;: [[%1]], &quot;worldSize&quot;: %2, &quot;npuMemSize&quot;: %3, &quot;cacheBlockSize&quot;: %4, &quot;maxSeqLen&quot;: %5, &quot;maxInputTokenLen&quot;: %5, &quot;maxPrefillTokens&quot;: %6 and &quot;maxBatchSize&quot;: %7.</source>
        <translation>在 mindie-service 目录下运行，并在 conf/config.json 中设置 &quot;npuDeviceIds&quot;: [[%1]]、&quot;worldSize&quot;: %2、&quot;npuMemSize&quot;: %3、&quot;cacheBlockSize&quot;: %4、&quot;maxSeqLen&quot;: %5、&quot;maxInputTokenLen&quot;: %5、&quot;maxPrefillTokens&quot;: %6 和 &quot;maxBatchSize&quot;: %7。</translation>
    </message>
    <message>
        <source>npuMemSize %1 pins the cache to the whole GiB the plan gives it (%2 blocks of %3 tokens then); -1 lets MindIE size it at start-up.</source>
        <translation>npuMemSize %1 把缓存固定为规划所得的整数 GiB（届时为 %2 个 KV 块，每块 %3 个 Token）；设为 -1 则由 MindIE 在启动时自行确定。</translation>
    </message>
    <message>
        <source>A launch command needs an engine method: vLLM, SGLang, TensorRT-LLM, MindIE, llama.cpp or Ollama.</source>
        <translation>启动命令需要选择推理引擎方法：vLLM、SGLang、TensorRT-LLM、MindIE、llama.cpp 或 Ollama。</translation>
    </message>
    <message>
        <source>kv_cache_config for a YAML file passed with --extra_llm_api_options: tokens_per_block: %1, max_tokens: %2, host_cache_size: %3.</source>
        <translation>写入通过 --extra_llm_api_options 传入的 YAML 文件的 kv_cache_config：tokens_per_block: %1, max_tokens: %2, host_cache_size: %3。</translation>
    </message>
    <message>
        <source>An SGLang command starts with &quot;-m sglang.launch_server&quot;.</source>
        <translation>SGLang 命令以“-m sglang.launch_server”开头。</translation>
    </message>
    <message>
        <source>An Ollama command is the server&apos;s environment, then &quot;ollama serve&quot;.</source>
        <translation>Ollama 命令先是服务器的环境变量，然后是“ollama serve”。</translation>
    </message>
    <message>
        <source>A trtllm-serve command starts with the model.</source>
        <translation>trtllm-serve 命令以模型开头。</translation>
    </message>
    <message>
        <source>%1 takes a fraction.</source>
        <translation>%1 的值须为比例。</translation>
    </message>
</context>
<context>
    <name>LlamaCppFit</name>
    <message>
        <source>No GPU to fit the model to.</source>
        <translation>没有可供适配模型的 GPU。</translation>
    </message>
    <message>
        <source>The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.</source>
        <translation>结果超过 9.2 EB（2^63 字节）；请减少 Token 数或并发请求数。</translation>
    </message>
</context>
<context>
    <name>LlamaCppLayout</name>
    <message>
        <source>llama.cpp has no %1 KV cache; use F16, BF16, F32, Q8_0, Q4_0, Q4_1, Q5_0 or Q5_1.</source>
        <translation>llama.cpp 不支持 %1 的 KV 缓存；请使用 F16、BF16、F32、Q8_0、Q4_0、Q4_1、Q5_0 或 Q5_1。</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and the output head</source>
        <translation>%1和输出头</translation>
    </message>
    <message>
        <source>%1: weights %2, KV cache %3, compute buffer %4</source>
        <translation>%1：权重 %2，KV 缓存 %3，计算缓冲区 %4</translation>
    </message>
    <message>
        <source>%1, host (unified memory) %2</source>
        <translation>%1，主机部分（统一内存）%2</translation>
    </message>
    <message>
        <source>GPU %1 (%2): %3; %4 of %5</source>
        <translation>GPU %1（%2）：%3；共 %4，容量 %5</translation>
    </message>
    <message>
        <source>llama.cpp has no %1 V cache; use f16, bf16, f32, q8_0, q4_0, q4_1, q5_0 or q5_1.</source>
        <translation>llama.cpp 不支持 %1 的 V 缓存；请使用 f16、bf16、f32、q8_0、q4_0、q4_1、q5_0 或 q5_1。</translation>
    </message>
    <message>
        <source>%1 keeps one latent cache (MLA) for K and V; llama.cpp takes one cache type for it.</source>
        <translation>%1 的 K 和 V 共用一份多头潜在注意力（MLA）缓存；llama.cpp 只能为它设置一种缓存类型。</translation>
    </message>
    <message>
        <source>as set (-fa %1)</source>
        <translation>按设置（-fa %1）</translation>
    </message>
    <message>
        <source>auto: on, the CUDA kernels take head size %1</source>
        <translation>auto：开启，CUDA 内核支持头维度 %1</translation>
    </message>
    <message>
        <source>auto: off, the CUDA kernels have no head size %1</source>
        <translation>auto：关闭，CUDA 内核不支持头维度 %1</translation>
    </message>
    <message>
        <source>llama.cpp quantizes the V cache only with flash attention; turn it on (-fa on) or keep the V cache in F16, BF16 or F32.</source>
        <translation>llama.cpp 只有在开启 FlashAttention 时才能量化 V 缓存；请开启它（-fa on），或让 V 缓存保持 F16、BF16 或 F32。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>额外开销</translation>
    </message>
    <message>
        <source>VRAM Planner</source>
        <translation>大模型显存规划器</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>Sweep &amp;tokens per request</source>
        <translation>横轴：每请求 Token 数(&amp;T)</translation>
    </message>
    <message>
        <source>Sweep &amp;concurrent requests</source>
        <translation>横轴：并发请求数(&amp;C)</translation>
    </message>
    <message>
        <source>Compare &amp;models</source>
        <translation>对比模型(&amp;M)</translation>
    </message>
    <message>
        <source>Choose models to compare…</source>
        <translation>选择要对比的模型…</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>10^9 bytes</source>
        <translation>10^9 字节</translation>
    </message>
    <message>
        <source>2^30 bytes</source>
        <translation>2^30 字节</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>恢复默认设置(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Data sources</source>
        <translation>数据来源(&amp;D)</translation>
    </message>
    <message>
        <source>A&amp;bout VRAM Planner</source>
        <translation>关于大模型显存规划器(&amp;B)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>About VRAM Planner</source>
        <translation>关于大模型显存规划器</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Data types</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>把图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Export chart &amp;data…</source>
        <translation>导出图表数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;breakdown…</source>
        <translation>导出分项明细(&amp;B)…</translation>
    </message>
    <message>
        <source>Export re&amp;port…</source>
        <translation>导出报告(&amp;P)…</translation>
    </message>
    <message>
        <source>A PDF with inputs, chart, formulas and the fit of each GPU configuration</source>
        <translation>包含输入、图表、公式以及各 GPU 配置适配情况的 PDF</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export breakdown</source>
        <translation>导出分项明细</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;Markdown table (*.md)</source>
        <translation>CSV 表格 (*.csv);;Markdown 表格 (*.md)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>图表已复制到剪贴板</translation>
    </message>
    <message>
        <source>Import model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.json *.safetensors);;All files (*)</source>
        <translation>模型文件 (*.gguf *.json *.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import model folder</source>
        <translation>导入模型文件夹</translation>
    </message>
    <message>
        <source>&amp;Import model…</source>
        <translation>导入模型(&amp;I)…</translation>
    </message>
    <message>
        <source>A config.json, .safetensors or .gguf file; you can also drop files on the window</source>
        <translation>config.json、.safetensors 或 .gguf 文件；也可以把文件拖到窗口上</translation>
    </message>
    <message>
        <source>Import model &amp;folder…</source>
        <translation>导入模型文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Manage imported models…</source>
        <translation>管理已导入的模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Imported %1 (%2)</source>
        <translation>已导入 %1（%2）</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>VRAM Planner scenarios (*.vramplan)</source>
        <translation>显存规划场景 (*.vramplan)</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Compare with scenarios</source>
        <translation>与已保存的场景对比</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save scenario…</source>
        <translation>保存场景(&amp;S)…</translation>
    </message>
    <message>
        <source>Compare &amp;with scenarios…</source>
        <translation>与已保存的场景对比(&amp;W)…</translation>
    </message>
    <message>
        <source>The &amp;article&apos;s example</source>
        <translation>原文示例(&amp;A)</translation>
    </message>
    <message>
        <source>LLaMA-2 13B, FP16, 4,096 tokens, 10 requests, step by step</source>
        <translation>LLaMA-2 13B，FP16，4,096 个 Token，10 个请求，逐步讲解</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>KV scaling</source>
        <translation>KV 缓存增长</translation>
    </message>
    <message>
        <source>Tokens × requests map</source>
        <translation>Token 数 × 请求数热力图</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>场景对比</translation>
    </message>
    <message>
        <source>Export the article&apos;s tables</source>
        <translation>导出原文中的表格</translation>
    </message>
    <message>
        <source>Markdown table (*.md);;CSV table (*.csv)</source>
        <translation>Markdown 表格 (*.md);;CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export the article&apos;s &amp;tables…</source>
        <translation>导出原文中的表格(&amp;T)…</translation>
    </message>
    <message>
        <source>GPU memory per model and token count, for 1 and 10 requests</source>
        <translation>各模型在各 Token 数下的 GPU 显存，分别对应 1 个和 10 个请求</translation>
    </message>
    <message>
        <source>Memory chart</source>
        <translation>显存图表</translation>
    </message>
    <message>
        <source>Answer: total, formulas and GPU fit</source>
        <translation>结果：总量、公式与 GPU 适配</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>把图表作为图片复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>The article&apos;s example</source>
        <translation>原文示例</translation>
    </message>
    <message>
        <source>Restore the scenario you had before the article&apos;s example?</source>
        <translation>要恢复载入原文示例之前的场景吗？</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>map point</source>
        <translation>热力图选点</translation>
    </message>
    <message>
        <source>scenario change</source>
        <translation>场景修改</translation>
    </message>
    <message>
        <source>input change</source>
        <translation>输入修改</translation>
    </message>
    <message>
        <source>unit change</source>
        <translation>单位修改</translation>
    </message>
    <message>
        <source>reset to defaults</source>
        <translation>恢复默认设置</translation>
    </message>
    <message>
        <source>chart change</source>
        <translation>图表修改</translation>
    </message>
    <message>
        <source>model choice</source>
        <translation>选择对比模型</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>打开%1</translation>
    </message>
    <message>
        <source>the article&apos;s example</source>
        <comment>what Edit → Undo undoes</comment>
        <translation>原文示例</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>&amp;GPUs and prices…</source>
        <translation>GPU 与价格(&amp;G)…</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Copied the launch command</source>
        <translation>已复制启动命令</translation>
    </message>
    <message>
        <source>Recurrent state</source>
        <translation>循环状态</translation>
    </message>
    <message>
        <source>Compare with a start-up &amp;log…</source>
        <translation>与启动日志对照(&amp;L)…</translation>
    </message>
    <message>
        <source>start-up log</source>
        <translation>启动日志</translation>
    </message>
    <message>
        <source>%1 — %2 × %3
%4: %5 (%6)
= %7
Total: %8</source>
        <translation>%1 — %2 × %3
%4：%5（%6）
= %7
总计：%8</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VRAM Planner %1&lt;/h3&gt;&lt;p&gt;How much GPU memory does a large language model need, and on which GPUs does it fit?&lt;/p&gt;&lt;p&gt;total = weights + KV cache + overhead. The Article method reproduces the article &quot;How much GPU memory does running a 70B LLM need?&quot;; the Exact method uses each model&apos;s real parameter count and KV-cache layout; the engine methods (vLLM and vLLM-Ascend, SGLang, TensorRT-LLM, llama.cpp, Ollama, MindIE) predict what each engine allocates, checked against its published start-up logs (MindIE&apos;s from its documented rule). All catalogue figures cite their sources (Help → Data sources).&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;大模型显存规划器 %1&lt;/h3&gt;&lt;p&gt;一个大语言模型需要多少 GPU 显存？能放进哪些 GPU？&lt;/p&gt;&lt;p&gt;总显存 = 权重 + KV 缓存 + 额外开销。“原文公式”方法复现《运行 70B 的 LLM，需要多大 GPU 显存？》一文；“精确计算”方法采用每个模型的真实参数量和 KV 缓存结构；各推理引擎方法（vLLM 与 vLLM-Ascend、SGLang、TensorRT-LLM、llama.cpp、Ollama、MindIE）预测各引擎实际分配的显存，并已与其公开的启动日志核对（MindIE 依据其文档中的规则）。目录中的每个数字都注明了来源（帮助 → 数据来源）。&lt;/p&gt;&lt;p&gt;许可证：GPL-3.0-or-later。基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Calibratio&amp;n profiles…</source>
        <translation>校准配置(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ManageCalibrationsDialog</name>
    <message>
        <source>Calibration profiles</source>
        <translation>校准配置</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，运行于 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>重命名校准配置</translation>
    </message>
</context>
<context>
    <name>ManageGpusDialog</name>
    <message>
        <source>GPUs and prices</source>
        <translation>GPU 与价格</translation>
    </message>
    <message>
        <source>US dollars (USD)</source>
        <translation>美元（USD）</translation>
    </message>
    <message>
        <source>Chinese yuan (CNY)</source>
        <translation>人民币（CNY）</translation>
    </message>
    <message>
        <source>Catalogue prices are in US dollars; set today&apos;s rate to see them in yuan.</source>
        <translation>目录中的价格以美元计；设置当前汇率即可按人民币显示。</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <source>Price an hour</source>
        <translation>每小时价格</translation>
    </message>
    <message>
        <source>Price source</source>
        <translation>价格来源</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Set &amp;price…</source>
        <translation>设置价格(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>货币：</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>汇率：</translation>
    </message>
    <message>
        <source>%1 (unified memory)</source>
        <translation>%1（统一内存）</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1（自定义）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Price of %1</source>
        <translation>%1 的价格</translation>
    </message>
    <message>
        <source>What you pay for one GPU an hour, in %1 (0: no price):</source>
        <translation>每块 GPU 每小时的价格，单位 %1（0：无价格）：</translation>
    </message>
    <message>
        <source>your price</source>
        <translation>你的价格</translation>
    </message>
    <message>
        <source>Import GPUs</source>
        <translation>导入 GPU</translation>
    </message>
    <message>
        <source>GPU lists (*.json)</source>
        <translation>GPU 列表 (*.json)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ManageModelsDialog</name>
    <message>
        <source>Imported models</source>
        <translation>已导入的模型</translation>
    </message>
    <message>
        <source>%1 — %2 parameters, %3</source>
        <translation>%1 — %2 个参数，%3</translation>
    </message>
    <message>
        <source>Rename model</source>
        <translation>重命名模型</translation>
    </message>
    <message>
        <source>A model needs a name.</source>
        <translation>模型需要一个名称。</translation>
    </message>
</context>
<context>
    <name>MemoryChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>GPU memory (%1)</source>
        <translation>GPU 显存（%1）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Tokens per request</source>
        <translation>每请求 Token 数</translation>
    </message>
    <message>
        <source>Concurrent requests</source>
        <translation>并发请求数</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>额外开销</translation>
    </message>
    <message>
        <source>Above a capacity line</source>
        <translation>超出容量线</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Above %1</source>
        <translation>超出 %1</translation>
    </message>
    <message>
        <source>Recurrent state</source>
        <translation>循环状态</translation>
    </message>
</context>
<context>
    <name>MemoryModel</name>
    <message>
        <source>The weights do not fit in a 64-bit byte count.</source>
        <translation>权重字节数超出了 64 bit整数的范围。</translation>
    </message>
    <message>
        <source>The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.</source>
        <translation>结果超过 9.2 EB（2^63 字节）；请减少 Token 数或并发请求数。</translation>
    </message>
    <message>
        <source>%1 × (%2 + %3) = %4</source>
        <translation>%1 × (%2 + %3) = %4</translation>
    </message>
    <message>
        <source>%1 + %2 + %3 = %4</source>
        <translation>%1 + %2 + %3 = %4</translation>
    </message>
    <message>
        <source>%1, file average</source>
        <translation>%1，文件平均</translation>
    </message>
    <message>
        <source>%1 parameters × %2 (%3) = %4</source>
        <translation>%1 个参数 × %2（%3）= %4</translation>
    </message>
    <message>
        <source>2 × %1 × %2 layers × %3 hidden = %4</source>
        <translation>2 × %1 × %2 层 × 隐藏层维度 %3 = %4</translation>
    </message>
    <message>
        <source>%1 × %2 layers × (%3 latent + %4 RoPE) = %5</source>
        <translation>%1 × %2 层 × (%3 潜在维度 + %4 RoPE) = %5</translation>
    </message>
    <message>
        <source>%1 × min(%2, %3) tokens (%4 sliding layers)</source>
        <translation>%1 × min(%2, %3) 个 Token（%4 个滑动窗口层）</translation>
    </message>
    <message>
        <source>(%1) × %2 = %3</source>
        <translation>(%1) × %2 = %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln 个 Token</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 × %3 = %4</source>
        <translation>%1 × %2 × %3 = %4</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 full layers)</source>
        <translation>%1 × %2（%3 个全注意力层）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not imported from weight files; choose a precision.</source>
        <translation>“%1”不是从权重文件导入的；请选择一种精度。</translation>
    </message>
    <message>
        <source>%1 parameters as stored in the file (%2) = %3</source>
        <translation>%1 个参数，按文件中的存储（%2）= %3</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n 块 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 per GPU on %2 tensor-parallel GPUs</source>
        <translation>；张量并行 %2 块 GPU，每块 %1</translation>
    </message>
    <message>
        <source>; on the GPU %1 (%2 of %3 layers%4; the token embeddings stay in host memory)</source>
        <translation>；GPU 上 %1（%3 层中的 %2 层%4；词嵌入留在主机内存）</translation>
    </message>
    <message>
        <source> and the output head</source>
        <translation>及输出头</translation>
    </message>
    <message>
        <source>%1 × %2 layers × (%3 latent + %4 RoPE), copied on every GPU = %5</source>
        <translation>%1 × %2 层 × (%3 潜在维度 + %4 RoPE)，每块 GPU 各存一份 = %5</translation>
    </message>
    <message>
        <source>%1; × %2 = %3</source>
        <translation>%1；× %2 = %3</translation>
    </message>
    <message>
        <source>%1 × %2 cells (context padded to 256) × %3 per cell</source>
        <translation>%1 × %2 个 KV 单元（上下文填充到 256）× 每个 KV 单元 %3</translation>
    </message>
    <message>
        <source> + %1 × %2 sliding-window cells × %3 per cell</source>
        <translation> + %1 × %2 个滑动窗口 KV 单元 × 每个 KV 单元 %3</translation>
    </message>
    <message>
        <source>; on the GPU (%1 of %2 layers) %3</source>
        <translation>；GPU 上（%2 层中的 %1 层）%3</translation>
    </message>
    <message>
        <source>%1 × (activation peak %2 + non-torch %3 + CUDA graphs %4) = %5</source>
        <translation>%1 × （激活峰值 %2 + 非 torch 显存 %3 + CUDA Graph %4）= %5</translation>
    </message>
    <message>
        <source>no layer on the GPU: the compute buffer (%1) is in host memory</source>
        <translation>没有层在 GPU 上：计算缓冲区（%1）在主机内存中</translation>
    </message>
    <message>
        <source>%1 for %2 full layers + %3 for %4 sliding-window layers (kept in F16) = %5</source>
        <translation>%2 个全注意力层 %1 + %4 个滑动窗口层（保持 F16）%3 = %5</translation>
    </message>
    <message>
        <source>; %1 per GPU on %2 GPUs: tensor parallel %3 × %4 pipeline stages of up to %5 layers</source>
        <translation>；%2 块 GPU，每块 %1：张量并行度 %3 × %4 个流水线阶段，每阶段最多 %5 层</translation>
    </message>
    <message>
        <source>%1 has recurrent or chunked-attention layers, which the %2 method does not model yet; use the exact method.</source>
        <translation>%1 含有循环层或分块注意力层，%2方法尚未对其建模；请使用精确计算方法。</translation>
    </message>
    <message>
        <source>%1 (the %2 attention layers; the %3 recurrent layers keep a state per request instead)</source>
        <translation>%1（%2 个注意力层；另外 %3 个循环层不存 KV，而是每个请求保存一份循环状态）</translation>
    </message>
    <message>
        <source>%1 × min(%2, %3) tokens (%4 chunked layers)</source>
        <translation>%1 × min(%2, %3) 个 Token（%4 个分块注意力层）</translation>
    </message>
    <message>
        <source>%1 state (%2 recurrent layers)</source>
        <translation>%1 循环状态（%2 个循环层）</translation>
    </message>
    <message>
        <source>%1 recurrent layers × (%2 convolution values × %3 B + %4 state values × %5 B = %6) × %7 = %8; the same at any number of tokens</source>
        <translation>%1 个循环层 × (%2 个卷积值 × %3 B + %4 个状态值 × %5 B = %6) × %7 = %8；与 Token 数无关</translation>
    </message>
    <message>
        <source>; calibrated from %1: %2</source>
        <translation>；按“%1”校准：%2</translation>
    </message>
    <message>
        <source> (K %1, V %2)</source>
        <translation>（K %1，V %2）</translation>
    </message>
    <message>
        <source>with flash attention (%1)</source>
        <translation>使用 FlashAttention（%1）</translation>
    </message>
    <message>
        <source>without flash attention (%1)</source>
        <translation>不使用 FlashAttention（%1）</translation>
    </message>
    <message>
        <source>compute buffer for %1 cells and a %2-token micro-batch, %3 = %4</source>
        <translation>%1 个 KV 单元、物理批大小 %2 时的计算缓冲区，%3 = %4</translation>
    </message>
    <message>
        <source>%1 × %2 × %3 per token × %4 = %5</source>
        <translation>%1 × %2 × 每 Token %3 × %4 = %5</translation>
    </message>
    <message>
        <source>none within SGLang&apos;s static share: the start-up memory (%1 per GPU) comes before it and activations and CUDA graphs live in the (1 − mem_fraction_static) of the GPU outside it</source>
        <translation>SGLang 的静态显存比例之内没有额外开销：启动时占用的显存（每块 GPU %1）在此之前已扣除，激活和 CUDA Graph 位于其外的（1 − mem_fraction_static）部分</translation>
    </message>
    <message>
        <source>%1 × (profiled pass of %2 tokens %3 + CUDA context %4) = %5</source>
        <translation>%1 × （%2 个 Token 的显存分析前向计算 %3 + CUDA 上下文 %4）= %5</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n MLP-only layer(s) cache nothing</source>
        <translation>
            <numerusform>%1；%n 个纯 MLP 层不缓存任何内容</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%1) × %2 × %3 per block (%Ln layer(s) a group) × %4 = %5</source>
        <translation>
            <numerusform>（%1）× %2 × 每个 KV 块 %3（每组 %Ln 层）× %4 = %5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 caches a lightning-indexer key beside its latent, which the %2 method does not model yet; use the exact method.</source>
        <translation>%1 除潜在维度的缓存外还缓存闪电索引器（lightning indexer）的键，%2方法尚未对其建模；请使用精确计算方法。</translation>
    </message>
    <message>
        <source>%1 layers × (%2 × (%3 latent + %4 RoPE) + indexer key %5 × 1 B + %6 × 4 B scale) = %7</source>
        <translation>%1 层 × （%2 × (%3 潜在维度 + %4 RoPE) + 索引器键 %5 × 1 B + 比例因子 %6 × 4 B）= %7</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recurrent-state group(s) × 1 block × %1 × %2 per block × %3 = %4; each layer&apos;s state of %5 padded to the attention page of %6 tokens, %7; the same at any number of tokens</source>
        <translation>
            <numerusform>%Ln 个循环状态组 × 1 个 KV 块 × %1 × 每个 KV 块 %2 × %3 = %4；每层 %5 的状态填充到 %6 个 Token 的注意力页 %7；与 Token 数无关</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recurrent-state group(s) × 1 block</source>
        <translation>
            <numerusform>%Ln 个循环状态组 × 1 个 KV 块</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 recurrent layers × (%3 R + %4 S values) × 4 B (F32) = %5; the same at any number of tokens</source>
        <translation>%1 × %2 个循环层 × （%3 个 R 值 + %4 个 S 值）× 4 B（F32）= %5；与 Token 数无关</translation>
    </message>
    <message>
        <source> + %1 × %2 recurrent layers × %3 of R and S state in F32</source>
        <translation> + %1 × %2 个循环层 × 每层 %3 的 R 与 S 状态（F32）</translation>
    </message>
    <message>
        <source>%1 (every layer charged the full context, its %2 sliding-window layers included: an upper bound)</source>
        <translation>%1（每层都按完整上下文计，包括其 %2 个滑动窗口层：这是上限）</translation>
    </message>
    <message>
        <source>%1 (every layer also runs a recurrent mixer beside its attention, and keeps its state per request on top)</source>
        <translation>%1（每层在注意力旁还运行一个循环混合器，另为每个请求保存其状态）</translation>
    </message>
    <message>
        <source>%1 × %2 per request per GPU × %3 = %4 (%5 recurrent layers: the convolution state in %6 B, the SSM state in float32); the same at any number of tokens</source>
        <translation>%1 × 每请求每块 GPU %2 × %3 = %4（%5 个循环层：卷积状态每个元素 %6 B，SSM 状态为 float32）；与 Token 数无关</translation>
    </message>
    <message>
        <source>(%1 × %2 per token + %3 state) × %4 × %5 = %6</source>
        <translation>（%1 × 每 Token %2 + 状态 %3）× %4 × %5 = %6</translation>
    </message>
    <message>
        <source>(%1 × %2 full-attention layers + %3 × %4 windowed layers) × %5 per layer and token × %6 × %7 = %8 (SGLang keeps the windowed layers in a pool of their own)</source>
        <translation>（%1 × %2 个全注意力层 + %3 × %4 个窗口层）× 每层每 Token %5 × %6 × %7 = %8（SGLang 把窗口层放在单独的缓存池中）</translation>
    </message>
    <message>
        <source>%1 tokens (the window)</source>
        <translation>%1 个 Token（窗口）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tensor-parallel GPU(s)</source>
        <translation>
            <numerusform>%Ln 块张量并行 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (SGLang keeps no window pool for this architecture: its %2 sliding-window layers hold every token, as the full layers do)</source>
        <translation>%1（SGLang 不为该架构单独分配窗口池：其 %2 个滑动窗口层与全注意力层一样保存全部 Token）</translation>
    </message>
    <message>
        <source>%1 for %2 full layers + %3 for %4 chunked-attention layers (kept in F16) = %5</source>
        <translation>%2 个全注意力层 %1 + %4 个分块注意力层（保持 F16）%3 = %5</translation>
    </message>
    <message>
        <source> + %1 × %2 cells of the chunk cache (one 8,192-token chunk + the ubatch) × %3 per cell</source>
        <translation> + %1 × %2 个分块缓存 KV 单元（一个 8,192 Token 的块加一个物理批）× 每个 KV 单元 %3</translation>
    </message>
    <message>
        <source>656 B of fp8_ds_mla latent (512 FP8 + 4 × 4 B scales + 64 × 2 B RoPE)</source>
        <translation>656 B 的 fp8_ds_mla 潜在维度缓存（512 个 FP8 + 4 × 4 B 比例因子 + 64 × 2 B RoPE）</translation>
    </message>
    <message>
        <source>%1 × (%2 latent + %3 RoPE)</source>
        <translation>%1 × (%2 潜在维度 + %3 RoPE)</translation>
    </message>
    <message>
        <source>%1 layers × (%2 + %3 B indexer key), on every GPU = %4</source>
        <translation>%1 层 × （%2 + %3 B 索引器键），每块 GPU 各存一份 = %4</translation>
    </message>
    <message>
        <source>%1 × warm-up workspace of %2 tokens %3 = %4</source>
        <translation>%1 × %2 个 Token 的预热工作空间 %3 = %4</translation>
    </message>
    <message>
        <source>The estimate does not use the %1 method.</source>
        <translation>该估算未使用 %1 方法。</translation>
    </message>
    <message>
        <source>%1 × (activation peak %2 + non-torch %3 + ACL graphs %4, taken after the KV cache) = %5</source>
        <translation>%1 × （激活峰值 %2 + 非 torch 显存 %3 + ACL Graph %4，在 KV 缓存之后分配）= %5</translation>
    </message>
    <message>
        <source>%1 parameters × %2 (%3) + %4 parameters of token embeddings and output head × 2 B, which the engine keeps at 16 bits = %5</source>
        <translation>%1 个参数 × %2（%3）+ 词嵌入与输出头的 %4 个参数 × 2 B（引擎将其保留为 16 bit）= %5</translation>
    </message>
    <message>
        <source>656 B of FP8 latent in SGLang&apos;s NSA pool (512 FP8 + 4 × 4 B scales + 64 × 2 B RoPE)</source>
        <translation>SGLang NSA 缓存池中 656 B 的 FP8 潜在维度缓存（512 个 FP8 + 4 × 4 B 比例因子 + 64 × 2 B RoPE）</translation>
    </message>
    <message>
        <source>%1 layers × (%2 × (%3 latent + %4 RoPE) + %2 × %5 indexer key in a cache of its own), K only as llama.cpp keeps an MLA model&apos;s caches = %6</source>
        <translation>%1 层 ×（%2 ×（%3 潜在维度 + %4 RoPE）+ %2 × %5 索引器键，存于单独的缓存），按 llama.cpp 对 MLA 模型的做法只存 K = %6</translation>
    </message>
    <message numerus="yes">
        <source>%Ln full-attention group(s) × ⌈%1 / %3⌉ = %2</source>
        <translation>
            <numerusform>%Ln 个全注意力组 × ⌈%1 / %3⌉ = %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sliding-window group(s) × min(%1, ⌈(%2 − 1 + %3) / %5⌉ + 1) = %4</source>
        <translation>
            <numerusform>%Ln 个滑动窗口组 × min(%1, ⌈(%2 − 1 + %3) / %5⌉ + 1) = %4</numerusform>
        </translation>
    </message>
    <message>
        <source>⌈%1 / 16⌉ = %2 × %3 × %4 per block × %5 = %6</source>
        <translation>⌈%1 / 16⌉ = %2 × %3 × 每个 KV 块 %4 × %5 = %6</translation>
    </message>
    <message>
        <source>%1 in pages of %2 = %3</source>
        <translation>%1 按每页 %2 个取整 = %3</translation>
    </message>
    <message numerus="yes">
        <source>2 × %1 × %2 layers × %Ln KV head(s) per GPU × %3 head dim = %4</source>
        <translation>
            <numerusform>2 × %1 × %2 层 × 每块 GPU %Ln 个 KV 头 × 头维度 %3 = %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>2 × %1 × %2 layers × %Ln KV head(s) × %3 head dim = %4</source>
        <translation>
            <numerusform>2 × %1 × %2 层 × %Ln 个 KV 头 × 头维度 %3 = %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MindiePlan</name>
    <message>
        <source>The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.</source>
        <translation>结果超过 9.2 EB（2^63 字节）；请减少 Token 数或并发请求数。</translation>
    </message>
    <message>
        <source>MindIE cannot start: NPU_MEMORY_FRACTION of %1 (%2) less the weights %3 and the warm-up workspace %4 leaves no KV block of %5 tokens (MindIE&apos;s error MIE05E01000A). Use more NPUs, a smaller maxPrefillTokens or a larger NPU_MEMORY_FRACTION.</source>
        <translation>MindIE 无法启动：%1 的 NPU_MEMORY_FRACTION 份额（%2）扣除权重 %3 和预热工作空间 %4 后，连一个 %5 Token 的 KV 块也放不下（MindIE 错误码 MIE05E01000A）。请使用更多 NPU、更小的 maxPrefillTokens 或更大的 NPU_MEMORY_FRACTION。</translation>
    </message>
    <message>
        <source>MindIE cannot start: npuMemSize %1 GiB with the weights %2 and the warm-up workspace %3 is more than the NPU&apos;s %4.</source>
        <translation>MindIE 无法启动：npuMemSize %1 GiB 加上权重 %2 和预热工作空间 %3，超过了 NPU 的 %4。</translation>
    </message>
    <message>
        <source>MindIE runs on Ascend NPUs only; %1 is not one. Pick an Ascend 910B or 910C.</source>
        <translation>MindIE 只在昇腾 NPU 上运行；%1 不是昇腾 NPU。请选择昇腾 910B 或 910C。</translation>
    </message>
</context>
<context>
    <name>ModelImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>invalid split count %1</source>
        <translation>无效的分片数 %1</translation>
    </message>
    <message>
        <source>split file %1 of %2 is missing</source>
        <translation>缺少第 %1 个分片（共 %2 个）</translation>
    </message>
    <message>
        <source>not a config.json, .safetensors or .gguf file</source>
        <translation>不是 config.json、.safetensors 或 .gguf 文件</translation>
    </message>
    <message>
        <source>computed from config.json (embeddings, attention, MLP or experts, norms, output head)</source>
        <translation>由 config.json 计算（嵌入层、注意力、MLP 或专家、归一化层、输出头）</translation>
    </message>
    <message>
        <source>a model folder needs a config.json</source>
        <translation>模型文件夹中需要有 config.json</translation>
    </message>
    <message>
        <source>has no &quot;weight_map&quot;</source>
        <translation>没有“weight_map”</translation>
    </message>
    <message>
        <source>names an invalid shard &quot;%1&quot;</source>
        <translation>列出了无效的分片“%1”</translation>
    </message>
    <message numerus="yes">
        <source>safetensors headers of %n file(s)</source>
        <translation>
            <numerusform>%n 个 safetensors 文件的文件头</numerusform>
        </translation>
    </message>
    <message>
        <source>general.architecture is missing</source>
        <translation>缺少 general.architecture</translation>
    </message>
    <message>
        <source>architecture &quot;%1&quot;: %2 is missing or invalid</source>
        <translation>架构“%1”：%2 缺失或无效</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has an invalid shape for %2</source>
        <translation>张量“%1”的形状不符合 %2</translation>
    </message>
    <message>
        <source>with tensor &quot;%1&quot; the sizes add up to more than 2^63</source>
        <translation>加上张量“%1”后，总大小超过 2^63</translation>
    </message>
    <message numerus="yes">
        <source>GGUF tensor table (%n tensor(s))</source>
        <translation>
            <numerusform>GGUF 张量表（%n 个张量）</numerusform>
        </translation>
    </message>
    <message>
        <source>the safetensors headers take more than %1 together, far more than any model&apos;s</source>
        <translation>safetensors 文件头合计超过 %1，远超任何模型</translation>
    </message>
    <message>
        <source>the split files hold more than %1 tensors together, far more than any model</source>
        <translation>各分片文件合计超过 %1 个张量，远超任何模型</translation>
    </message>
    <message>
        <source>%1 is %2, outside %3 to %4</source>
        <translation>%1 的值为 %2，超出 %3 到 %4 的范围</translation>
    </message>
    <message>
        <source>%1 is %2, not a whole number from %3 to %4</source>
        <translation>%1 的值为 %2，不是 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <source>computed from config.json for the language model only; the vision or audio tower is not counted (import the model folder to count every weight)</source>
        <translation>由 config.json 计算，仅含语言模型；未计入视觉或音频编码器（导入模型文件夹即可统计全部权重）</translation>
    </message>
    <message>
        <source>computed from config.json: the language model and its vision tower with the projector (%1 parameters)</source>
        <translation>由 config.json 计算：语言模型及其视觉编码器与投影层（%1 个参数）</translation>
    </message>
    <message>
        <source>field &quot;total_size&quot; is not a whole number of bytes from 1 to %1</source>
        <translation>字段“total_size”不是 1 到 %1 之间的整数字节数</translation>
    </message>
    <message>
        <source>as published (safetensors index)</source>
        <translation>按发布（safetensors 索引）</translation>
    </message>
    <message>
        <source>; weights as stored: the safetensors index&apos;s total_size, every tensor it lists (multi-token-prediction layers included where the checkpoint has them)</source>
        <translation>；按存储的权重：safetensors 索引的 total_size，即其列出的全部张量（检查点含多 Token 预测层时也计入）</translation>
    </message>
    <message numerus="yes">
        <source>; weights as stored: safetensors headers of %n file(s)</source>
        <translation>
            <numerusform>；按存储的权重：%n 个文件的 safetensors 文件头</numerusform>
        </translation>
    </message>
    <message>
        <source>architecture &quot;%1&quot; has recurrent (SSM) layers of a kind the planner does not read from GGUF yet; import the model&apos;s config.json instead</source>
        <translation>架构“%1”含有本程序尚不能从 GGUF 读取的循环（SSM）层；请改为导入该模型的 config.json</translation>
    </message>
    <message>
        <source>architecture &quot;%1&quot;: the ssm.* sizes (conv_kernel, inner_size, state_size, time_step_rank, group_count) are missing or invalid</source>
        <translation>架构“%1”：ssm.* 尺寸（conv_kernel、inner_size、state_size、time_step_rank、group_count）缺失或无效</translation>
    </message>
    <message>
        <source>%1 projector files beside it (%2): none is counted; keep the one you load with --mmproj beside the model to count it</source>
        <translation>旁边有 %1 个投影文件（%2）：均未计入；只在模型旁保留用 --mmproj 加载的那一个，即可计入</translation>
    </message>
    <message>
        <source>the projector and the model together are larger than any model</source>
        <translation>投影文件与模型加起来比任何模型都大</translation>
    </message>
    <message>
        <source>with the vision tower and projector in %1 beside it (%2 parameters, %3), which llama.cpp loads with --mmproj</source>
        <translation>含旁边 %1 中的视觉编码器与投影层（%2 个参数，%3），llama.cpp 用 --mmproj 加载它</translation>
    </message>
    <message>
        <source>this is a multimodal projector (mmproj), which llama.cpp loads beside a language model with --mmproj: import the model&apos;s GGUF from the same folder, and the projector is counted with it</source>
        <translation>这是多模态投影文件（mmproj），llama.cpp 用 --mmproj 把它与语言模型一起加载：请导入同一文件夹中模型的 GGUF，投影文件会随之计入</translation>
    </message>
</context>
<context>
    <name>ModelLibrary</name>
    <message>
        <source>Cannot read the model library %1: %2</source>
        <translation>无法读取模型库 %1：%2</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>%1 parameters, %2 layers, %3
KV heads %4 × head dim %5, context %6 tokens</source>
        <translation>%1 个参数，%2 层，%3
KV 头 %4 × 头维度 %5，上下文 %6 个 Token</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Imported models</source>
        <translation>已导入的模型</translation>
    </message>
    <message>
        <source>%1 (%2, %3, MoE)</source>
        <translation>%1（%2，%3，MoE）</translation>
    </message>
</context>
<context>
    <name>ModelSpec</name>
    <message>
        <source>Model &quot;%1&quot;: field &quot;%2&quot; has an invalid value (%3).</source>
        <translation>模型“%1”：字段“%2”的值无效（%3）。</translation>
    </message>
    <message>
        <source>multi-head attention (MHA)</source>
        <translation>多头注意力（MHA）</translation>
    </message>
    <message>
        <source>grouped-query attention (GQA)</source>
        <translation>分组查询注意力（GQA）</translation>
    </message>
    <message>
        <source>multi-query attention (MQA)</source>
        <translation>多查询注意力（MQA）</translation>
    </message>
    <message>
        <source>multi-head latent attention (MLA)</source>
        <translation>多头潜在注意力（MLA）</translation>
    </message>
    <message>
        <source>A model has no &quot;id&quot;.</source>
        <translation>有一个模型缺少“id”。</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot;: %2 attention heads cannot be shared evenly by %3 key/value heads.</source>
        <translation>模型“%1”：%2 个注意力头不能被 %3 个 KV 头平均分组。</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot;: hidden size %2 is not divisible by %3 attention heads; give &quot;head_dim&quot;.</source>
        <translation>模型“%1”：隐藏层维度 %2 不能被 %3 个注意力头整除；请给出“head_dim”。</translation>
    </message>
    <message>
        <source>Model &quot;%1…&quot;: the id or name is longer than %2 characters.</source>
        <translation>模型“%1…”：id 或名称超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot;: &quot;layer_types&quot; names %2 layers, not %3.</source>
        <translation>模型“%1”：&quot;layer_types&quot; 列出了 %2 层，而不是 %3 层。</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>分块</translation>
    </message>
    <message>
        <source>per channel</source>
        <translation>逐通道</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a weight type</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>NamedEntriesDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>移除(&amp;E)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>OllamaPlan</name>
    <message>
        <source>The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.</source>
        <translation>结果超过 9.2 EB（2^63 字节）；请减少 Token 数或并发请求数。</translation>
    </message>
</context>
<context>
    <name>Phrase</name>
    <message>
        <source>, </source>
        <comment>separator between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a value followed by a note or the same value in another unit</comment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln 个 Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln concurrent request(s)</source>
        <translation>
            <numerusform>%Ln 个并发请求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences one after the other</comment>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sequence(s)</source>
        <translation>
            <numerusform>%Ln 个序列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln block(s)</source>
        <translation>
            <numerusform>%Ln 个 KV 块</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSnapshot</name>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>场景对比</translation>
    </message>
    <message>
        <source>How memory grows with tokens: %1, %2 weights, %3 KV cache</source>
        <translation>显存随 Token 数的增长：%1，权重 %2，KV 缓存 %3</translation>
    </message>
    <message>
        <source>Total GPU memory over tokens × requests: %1</source>
        <translation>不同 Token 数 × 请求数下的 GPU 显存总量：%1</translation>
    </message>
    <message>
        <source>Models compared: %1 weights, %2 KV cache, %3 × %4</source>
        <translation>模型对比：权重 %1，KV 缓存 %2，%3 × %4</translation>
    </message>
    <message>
        <source>%1: %2 weights, %3 KV cache, %4 × %5</source>
        <translation>%1：权重 %2，KV 缓存 %3，%4 × %5</translation>
    </message>
    <message numerus="yes">
        <source>%1, on %n GPU(s)</source>
        <comment>the chart title, then the planned row&apos;s GPU count</comment>
        <translation>
            <numerusform>%1，在 %n 块 GPU 上</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>%1 an hour</source>
        <translation>每小时 %1</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>每月 %1</translation>
    </message>
    <message>
        <source>1 USD = %1 CNY</source>
        <translation>1 USD = %1 CNY</translation>
    </message>
    <message>
        <source>The exchange rate must be above 0 and at most 1,000 CNY per USD.</source>
        <translation>汇率必须大于 0，且不超过 1 美元兑 1,000 人民币。</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Unknown currency &quot;%1&quot; (known: USD, CNY).</source>
        <translation>未知货币“%1”（可用：USD、CNY）。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>GPU memory plan: %1</source>
        <translation>GPU 显存规划：%1</translation>
    </message>
    <message>
        <source>Made with VRAM Planner %1 on %2.</source>
        <translation>由大模型显存规划器 %1 于 %2 生成。</translation>
    </message>
    <message>
        <source>Inputs and assumptions</source>
        <translation>输入与假设</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Tokens per request</source>
        <translation>每请求 Token 数</translation>
    </message>
    <message>
        <source>Concurrent requests</source>
        <translation>并发请求数</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>额外开销</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>GB = 10^9 bytes</source>
        <translation>GB = 10^9 字节</translation>
    </message>
    <message>
        <source>GiB = 2^30 bytes</source>
        <translation>GiB = 2^30 字节</translation>
    </message>
    <message>
        <source>Breakdown: %1</source>
        <translation>分项明细：%1</translation>
    </message>
    <message>
        <source>KV per token</source>
        <translation>每 Token KV 缓存</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Exact total: %1.</source>
        <translation>精确总量：%1。</translation>
    </message>
    <message>
        <source>GPU configurations</source>
        <translation>GPU 配置</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>能否放下</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>余量</translation>
    </message>
    <message>
        <source>Fewest GPUs</source>
        <translation>最少 GPU 数</translation>
    </message>
    <message>
        <source>Largest concurrency</source>
        <translation>最大并发数</translation>
    </message>
    <message>
        <source>Largest tokens</source>
        <translation>最大 Token 数</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Method and accuracy</source>
        <translation>方法与准确性</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a report is written as .pdf.</source>
        <translation>“%1”：报告只能保存为 .pdf。</translation>
    </message>
    <message>
        <source>Engine settings</source>
        <translation>引擎设置</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>the model, then its attention kind</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Price an hour</source>
        <translation>每小时价格</translation>
    </message>
    <message>
        <source>★ Cheapest that fits: %1 at %2 (%3).</source>
        <translation>★ 放得下的配置中最便宜：%1，%2（%3）。</translation>
    </message>
    <message>
        <source>Rate: %1.</source>
        <translation>汇率：%1。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a GPU&apos;s part, then whether it fits</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>of which recurrent state</source>
        <translation>其中循环状态</translation>
    </message>
    <message>
        <source>Model figures come from each model&apos;s config.json: %1</source>
        <translation>模型参数来自各模型的 config.json：%1</translation>
    </message>
</context>
<context>
    <name>SafetensorsReader</name>
    <message>
        <source>too short for a safetensors file</source>
        <translation>文件太短，不是有效的 safetensors 文件</translation>
    </message>
    <message>
        <source>the header length %1 does not fit in the file</source>
        <translation>文件头长度 %1 超出文件范围</translation>
    </message>
    <message>
        <source>the header is not valid JSON at byte %1: %2</source>
        <translation>文件头在第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>the header is not a JSON object</source>
        <translation>文件头不是 JSON 对象</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has an unknown dtype &quot;%2&quot;</source>
        <translation>张量“%1”的数据类型“%2”未知</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; lacks a valid shape or data_offsets</source>
        <translation>张量“%1”缺少有效的 shape 或 data_offsets</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; has an invalid dimension</source>
        <translation>张量“%1”的某个维度无效</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; is impossibly large</source>
        <translation>张量“%1”的大小不合常理</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot; lies outside the file (offsets %2–%3, %4 data bytes)</source>
        <translation>张量“%1”超出文件范围（偏移 %2–%3，数据区 %4 字节）</translation>
    </message>
    <message>
        <source>tensor &quot;%1&quot;: %2 bytes for its shape, %3 in the file</source>
        <translation>张量“%1”：按形状应为 %2 字节，文件中为 %3 字节</translation>
    </message>
    <message>
        <source>the parameter count overflows</source>
        <translation>参数总数溢出</translation>
    </message>
    <message>
        <source>the header is %1 bytes, more than the %2 bytes accepted</source>
        <translation>文件头有 %1 字节，超过允许的 %2 字节</translation>
    </message>
</context>
<context>
    <name>ScalingChart</name>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source> (current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>KV cache (%1)</source>
        <translation>KV 缓存（%1）</translation>
    </message>
    <message>
        <source>GPU memory (%1)</source>
        <translation>GPU 显存（%1）</translation>
    </message>
    <message>
        <source>Tokens per request (log scale)</source>
        <translation>每请求 Token 数（对数刻度）</translation>
    </message>
    <message>
        <source>Largest tokens that fit</source>
        <translation>放得下的最大 Token 数</translation>
    </message>
    <message>
        <source>Largest tokens that fit (current requests)</source>
        <translation>放得下的最大 Token 数（当前请求数）</translation>
    </message>
</context>
<context>
    <name>ScalingView</name>
    <message>
        <source>KV cache onl&amp;y</source>
        <translation>只看 KV 缓存(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Unknown model or precision.</source>
        <translation>未知的模型或精度。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; is missing or invalid.</source>
        <translation>“%1”的值缺失或无效。</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; in &quot;%2&quot; is neither in the catalogue nor among the imported models.</source>
        <translation>“%2”中的模型“%1”既不在目录中，也不在已导入的模型中。</translation>
    </message>
    <message>
        <source>The GPU &quot;%1&quot; in &quot;gpus&quot; is neither in the catalogue nor among your GPUs.</source>
        <translation>“gpus”中的 GPU“%1”既不在目录中，也不在你添加的 GPU 中。</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>第 %1 字节处不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>not a VRAM Planner scenario</source>
        <translation>不是显存规划器的场景文件</translation>
    </message>
    <message>
        <source>written by a newer VRAM Planner (format version %1; this one reads %2)</source>
        <translation>由更新版本的显存规划器保存（格式版本 %1；本版本只能读取 %2）</translation>
    </message>
    <message>
        <source>the format version is missing</source>
        <translation>缺少格式版本号</translation>
    </message>
    <message>
        <source>the format version %1 is not valid (a whole number from 1)</source>
        <translation>格式版本 %1 无效（应为不小于 1 的整数）</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>The settings file could not be read; the default settings are used.</source>
        <translation>无法读取设置文件，已使用默认设置。</translation>
    </message>
    <message>
        <source>The saved settings are not valid JSON.</source>
        <translation>保存的设置不是有效的 JSON。</translation>
    </message>
    <message>
        <source>Saved settings were damaged and have been reset (%1).</source>
        <translation>保存的设置已损坏，已恢复为默认值（%1）。</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; of the last session is no longer available; the other settings are kept.</source>
        <translation>上次使用的模型“%1”已不存在；其他设置保持不变。</translation>
    </message>
    <message>
        <source>%1 bytes, far more than settings take</source>
        <translation>%1 字节，远超设置文件应有的大小</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be used (%2); this session&apos;s settings will not be saved.</source>
        <translation>无法使用设置文件 %1（%2）；本次会话的设置不会保存。</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; of the last session is no longer available; the weights are shown in %2 and the other settings are kept.</source>
        <translation>上次使用的模型“%1”已不存在；权重改按 %2 显示，其他设置保持不变。</translation>
    </message>
</context>
<context>
    <name>SglangPlan</name>
    <message>
        <source>SGLang has no %1 KV cache; use FP16, BF16, FP32 or FP8 (--kv-cache-dtype fp8_e4m3).</source>
        <translation>SGLang 不支持 %1 的 KV 缓存；请使用 FP16、BF16、FP32 或 FP8（--kv-cache-dtype fp8_e4m3）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.</source>
        <translation>结果超过 9.2 EB（2^63 字节）；请减少 Token 数或并发请求数。</translation>
    </message>
    <message>
        <source>SGLang refuses to start: --context-length (%1 tokens) is longer than the %2 tokens the model&apos;s config allows; it goes beyond only with SGLANG_ALLOW_OVERWRITE_LONGER_CONTEXT_LEN=1.</source>
        <translation>SGLang 会拒绝启动：--context-length（%1 个 Token）超过了模型配置允许的 %2 个 Token；只有设置 SGLANG_ALLOW_OVERWRITE_LONGER_CONTEXT_LEN=1 才能超出。</translation>
    </message>
    <message>
        <source>SGLang stops at start-up (&quot;Not enough memory. Please try to increase --mem-fraction-static.&quot;): after the weights (%1) the static share of %2 (%3 × mem_fraction_static %4) leaves no room for the KV cache. Raise --mem-fraction-static or use more GPUs.</source>
        <translation>SGLang 会启动失败（“Not enough memory. Please try to increase --mem-fraction-static.”）：静态显存 %2（%3 × mem_fraction_static %4）放下权重（%1）后已没有 KV 缓存的空间。请调高 --mem-fraction-static 或使用更多 GPU。</translation>
    </message>
    <message>
        <source>SGLang cannot run this model on %1 GPUs: --tp must divide its %2 attention heads, --tp and its %3 KV heads must divide one another, and --pp-size may be at most its %4 layers. Nearest counts that work: %5.</source>
        <translation>SGLang 无法在 %1 块 GPU 上运行该模型：--tp 必须能整除其 %2 个注意力头，--tp 与其 %3 个 KV 头必须能互相整除，且 --pp-size 不能超过其 %4 层。最接近的可用数量：%5。</translation>
    </message>
    <message numerus="yes">
        <source>SGLang would run no request: after the weights (%1) the state pool holds %n recurrent state(s) of %2, fewer than the %3 one running request may hold. Raise --mem-fraction-static or use more GPUs.</source>
        <translation>
            <numerusform>SGLang 将无法运行任何请求：放下权重（%1）后，状态池只能容纳 %n 个 %2 的循环状态，少于一个运行中的请求可能占用的 %3 个。请调高 --mem-fraction-static 或使用更多 GPU。</numerusform>
        </translation>
    </message>
    <message>
        <source>SGLang&apos;s split of %1&apos;s recurrent state over %2 GPUs is not modelled: its %3 recurrent heads must divide by --tp, and its %4 groups too (or, for Mamba-2, divide it). Use fewer GPUs or the exact method.</source>
        <translation>未对 SGLang 把 %1 的循环状态切分到 %2 块 GPU 上的方式建模：其 %3 个循环头必须能被 --tp 整除，其 %4 个分组也须能被整除（Mamba-2 的分组也可整除 --tp）。请减少 GPU 数量或改用精确方法。</translation>
    </message>
</context>
<context>
    <name>TrtLlmPlan</name>
    <message>
        <source>The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.</source>
        <translation>结果超过 9.2 EB（2^63 字节）；请减少 Token 数或并发请求数。</translation>
    </message>
    <message>
        <source>TensorRT-LLM cannot start: the profiled peak (weights %1, activations %2, CUDA context %3) leaves no KV cache block of %4 tokens on a device of %5. Use more GPUs or a smaller max_num_tokens.</source>
        <translation>TensorRT-LLM 无法启动：显存分析峰值（权重 %1，激活 %2，CUDA 上下文 %3）之后，%5 的设备上连一个 %4 个 Token 的 KV 块都放不下。请使用更多 GPU 或更小的 max_num_tokens。</translation>
    </message>
</context>
<context>
    <name>UserFile</name>
    <message>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>a symbolic link that loops back on itself</source>
        <translation>符号链接形成了循环</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名称过长</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>the file would exceed the size limit set for this program (ulimit -f)</source>
        <translation>文件将超出为本程序设置的大小上限（ulimit -f）</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>文件系统是只读的</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>not a regular file (a device, FIFO or socket)</source>
        <translation>不是普通文件（是设备、FIFO 或套接字）</translation>
    </message>
    <message>
        <source>%1 bytes, more than the %2 bytes accepted for this kind of file</source>
        <translation>文件大小 %1 字节，超过此类文件允许的 %2 字节</translation>
    </message>
    <message>
        <source>the file grew while it was read</source>
        <translation>读取过程中文件变大了</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>VllmLayout</name>
    <message>
        <source>vLLM has no %1 KV cache; use FP16, BF16, FP32 or FP8.</source>
        <translation>vLLM 不支持 %1 的 KV 缓存；请使用 FP16、BF16、FP32 或 FP8。</translation>
    </message>
    <message>
        <source>The KV cache of one block does not fit in a 64-bit byte count.</source>
        <translation>一个 KV 块的缓存超出了 64 bit 字节计数的范围。</translation>
    </message>
    <message>
        <source>vLLM cannot run this model on %1 GPUs: tensor parallelism needs its %2 attention heads to divide by the size and its %3 KV heads and the size to divide one another, and pipeline parallelism at most one stage per layer (%4). Nearest counts vLLM accepts: %5.</source>
        <translation>vLLM 无法在 %1 块 GPU 上运行该模型：张量并行要求 %2 个注意力头能被张量并行度整除，且 %3 个 KV 头与张量并行度能互相整除；流水线并行每层最多一个阶段（共 %4 层）。vLLM 可接受的最近数量：%5。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>vLLM&apos;s split of %1&apos;s recurrent state over %2 GPUs is not modelled: its %3 recurrent heads must divide by the tensor-parallel size, and its %4 groups too (or, for Mamba-2, divide it). Use fewer GPUs, pipeline stages, or the exact method.</source>
        <translation>未对 vLLM 把 %1 的循环状态切分到 %2 块 GPU 上的方式建模：其 %3 个循环头必须能被张量并行数整除，其 %4 个分组也须能被整除（Mamba-2 的分组也可整除张量并行数）。请减少 GPU 数量、使用流水线并行，或改用精确方法。</translation>
    </message>
    <message>
        <source>vLLM-Ascend&apos;s pages for %1, latent attention beside recurrent layers, are not modelled; use the exact method.</source>
        <translation>未对 vLLM-Ascend 为 %1（潜在注意力与循环层并存）分页的方式建模；请改用精确方法。</translation>
    </message>
    <message>
        <source>vLLM-Ascend stops at start-up (&quot;Cannot align ssm_page_size and attn_page_size&quot;): one recurrent layer&apos;s SSM state on a rank (%1) is not a whole number of %2-token K blocks of %3. Another tensor-parallel size may align.</source>
        <translation>vLLM-Ascend 会启动失败（“Cannot align ssm_page_size and attn_page_size”）：一个循环层在每块 NPU 上的 SSM 状态（%1）不是 %2 个 Token 的 K 块（%3）的整数倍。换一个张量并行度也许能对齐。</translation>
    </message>
</context>
<context>
    <name>VllmPlan</name>
    <message>
        <source>The result is larger than 9.2 EB (2^63 bytes); reduce tokens or concurrent requests.</source>
        <translation>结果超过 9.2 EB（2^63 字节）；请减少 Token 数或并发请求数。</translation>
    </message>
    <message>
        <source>vLLM stops at start-up: no memory is left for the KV cache. The weights (%1), the activation peak (%2), non-torch memory (%3) and CUDA graphs (%4) take more than the budget of %5 (%6 × %7). Raise --gpu-memory-utilization or use more GPUs.</source>
        <translation>vLLM 启动失败：没有显存留给 KV 缓存。权重（%1）、激活峰值（%2）、非 torch 显存（%3）和 CUDA Graph（%4）超出了预算 %5（%6 × %7）。请提高 --gpu-memory-utilization 或使用更多 GPU。</translation>
    </message>
    <message>
        <source>vLLM stops at start-up: one request of max_model_len (%1 tokens) needs %2 of KV cache, more than the %3 available. The largest max_model_len that fits is %4; raise --gpu-memory-utilization, lower --max-model-len or use more GPUs.</source>
        <translation>vLLM 启动失败：一个最大上下文长度（max_model_len，%1 个 Token）的请求需要 %2 的 KV 缓存，超过可用的 %3。能放下的最大 max_model_len 是 %4；请提高 --gpu-memory-utilization、降低 --max-model-len 或使用更多 GPU。</translation>
    </message>
    <message>
        <source>vLLM refuses to start: max_model_len (%1 tokens) is greater than the %2 tokens the model&apos;s config allows (max_position_embeddings). Lower --max-model-len or the tokens per request; vLLM only goes beyond with VLLM_ALLOW_LONG_MAX_MODEL_LEN=1.</source>
        <translation>vLLM 启动失败：最大上下文长度 max_model_len（%1 个 Token）超过了模型配置允许的 %2 个 Token（max_position_embeddings）。请降低 --max-model-len 或每请求 Token 数；只有设置 VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 时 vLLM 才允许超出。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--lang must be en or zh_CN, not &quot;%1&quot;.</source>
        <translation>--lang 必须是 en 或 zh_CN，而不是“%1”。</translation>
    </message>
    <message>
        <source>Argument %1 is not valid text in this system&apos;s encoding; rename the file or choose another name.</source>
        <translation>第 %1 个参数不是本系统编码下的有效文本；请重命名文件或换一个名称。</translation>
    </message>
    <message>
        <source>--lang needs a value: en or zh_CN.</source>
        <translation>--lang 需要一个值：en 或 zh_CN。</translation>
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
        <translation>用法：vram-planner [--lang en|zh_CN] [COMMAND] [OPTIONS]

不带命令时打开规划窗口。命令（COMMAND）：
  estimate   估算一个模型在某一设置下的显存，并给出公式（选项见 --help）
  models     模型目录
  gpus       GPU 目录及价格；--add FILE 添加你自己的 GPU
  command    生成复现本规划的启动命令（vLLM、SGLang、TensorRT-LLM、MindIE、llama.cpp、Ollama）
  calibrate  把 vLLM、SGLang、TensorRT-LLM、llama.cpp 或 Ollama 的启动日志与规划器的数值对照
  table      原文中的表格：各模型在各 Token 数下的显存，每种并发数一张
  export     把图表导出为 PNG、SVG 或 PDF，或把数据导出为 CSV 或 Markdown
  report     含输入、图表、公式和 GPU 适配情况的 PDF 报告

窗口选项：
  --screenshot FILE.png [estimate options]   把窗口渲染为 PNG 后退出
</translation>
    </message>
</context>
</TS>
