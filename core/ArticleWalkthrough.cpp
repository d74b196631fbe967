// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleWalkthrough.h"

#include "ByteUnit.h"
#include "FitAnalyzer.h"
#include "MemoryModel.h"

#include <QCoreApplication>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ArticleWalkthrough)
};

EstimateInput articleInput(const Catalog &c, const QString &model, EstimateMethod method)
{
    const DataType fp16 = *c.dataType(QStringLiteral("fp16"));
    return EstimateInput{*c.model(model), fp16, fp16, method, 4096, 10, 100000, {}};
}
} // namespace

QList<WalkthroughStep> articleWalkthrough(const Catalog &c, const QLocale &locale)
{
    if (!c.model(QStringLiteral("llama-2-13b")) || !c.model(QStringLiteral("deepseek-r1-distill-llama-70b"))
        || !c.dataType(QStringLiteral("fp16")))
        return {};
    const auto gb = [&locale](qint64 b) { return formatBytes(b, ByteUnit::GB, locale); };
    const auto gib = [&locale](qint64 b) { return formatBytes(b, ByteUnit::GiB, locale); };
    const auto exact = [&locale](qint64 b) { return formatExactBytes(b, locale); };

    const MemoryModel article(articleInput(c, QStringLiteral("llama-2-13b"), EstimateMethod::Article));
    const MemoryModel real(articleInput(c, QStringLiteral("llama-2-13b"), EstimateMethod::Exact));
    const MemoryBytes a = article.bytes();
    const MemoryBytes r = real.bytes();
    QList<WalkthroughStep> steps;

    steps << WalkthroughStep{
        Text::tr("1. Weights"), Text::tr("13 billion × 2 bytes = 26 GB"),
        Text::tr("%1 × 2 B = %2. The model really has %3 parameters: %4.")
            .arg(formatCount(c.model(QStringLiteral("llama-2-13b"))->nominalParameters, locale), gb(a.weights),
                 formatCount(real.parameters(), locale), gb(r.weights)),
        Text::tr("The article counts the size in the model's name; the checkpoint holds 0.12% more.")};

    steps << WalkthroughStep{
        Text::tr("2. KV cache per token"), Text::tr("2 × 2 × 40 × 5120 = 820 KB, then \"800 KB\""),
        Text::tr("2 × 2 B × 40 layers × 5120 = %1 = 819.2 kB = 800 KiB.").arg(exact(a.kvPerToken)),
        Text::tr("819,200 B is 819.2 kB in decimal units (rounded to 820 KB) and exactly 800 KiB in binary units "
                 "(1 KiB = 1,024 B): the article switches between the two.")};

    steps << WalkthroughStep{
        Text::tr("3. KV cache for 10 requests of 4,096 tokens"), Text::tr("800 KB × 4096 × 10 = 32 GB"),
        Text::tr("%1 × 4,096 × 10 = %2 = %3 = %4.").arg(exact(a.kvPerToken), exact(a.kvCache), gb(a.kvCache), gib(a.kvCache)),
        Text::tr("800 KiB × 40,960 = 32,000 MiB = 31.25 GiB; read as decimal units, 800 KB × 40,960 = 32.8 GB. "
                 "Either way \"32 GB\" is rounded down; the exact figure is 33.55 GB.")};

    steps << WalkthroughStep{
        Text::tr("4. Overhead and total"), Text::tr("0.1 × (26 + 32) = 5.8 GB; 26 + 32 + 5.8 = 63.8 GB"),
        Text::tr("10% × (%1 + %2) = %3; total %4 (%5). With the real parameter count: %6.")
            .arg(gb(a.weights), gb(a.kvCache), gb(a.overhead), gb(a.total), gib(a.total), gb(r.total)),
        Text::tr("The 1.7 GB gap is the rounded KV cache carried through; the 10% overhead is the article's rule of "
                 "thumb, not a measurement.")};

    const GpuSpec *a40 = c.gpu(QStringLiteral("a100-40gb"));
    const GpuSpec *a80 = c.gpu(QStringLiteral("a100-80gb"));
    if (a40 && a80) {
        const FitResult one40 = FitAnalyzer::analyze(article, {*a40, 1});
        steps << WalkthroughStep{
            Text::tr("5. Which GPUs"), Text::tr("\"needs 2 NVIDIA A100\""),
            Text::tr("An A100 40GB reports %1: %2 of them hold %3. One A100 80GB (%4) holds it too, with %5 free. "
                     "On a single A100 40GB at most %6 requests of 4,096 tokens fit.")
                .arg(gb(a40->memoryBytes))
                .arg(FitAnalyzer::gpusNeeded(a.total, a40->memoryBytes))
                .arg(gb(a.total), gb(a80->memoryBytes), gb(a80->memoryBytes - a.total),
                     formatCount(one40.maxConcurrency, locale)),
            Text::tr("The article does not say which A100: it is two of the 40 GB model, or one of the 80 GB model.")};
    }

    const MemoryModel articleBig(articleInput(c, QStringLiteral("deepseek-r1-distill-llama-70b"), EstimateMethod::Article));
    const MemoryModel realBig(articleInput(c, QStringLiteral("deepseek-r1-distill-llama-70b"), EstimateMethod::Exact));
    const MemoryBytes ab = articleBig.bytes();
    const MemoryBytes rb = realBig.bytes();
    const GpuSpec *h100 = c.gpu(QStringLiteral("h100-80gb"));
    steps << WalkthroughStep{
        Text::tr("6. The title's question: a 70B model"),
        Text::tr("\"a 70B model needs several high-end GPUs with tens to a hundred-plus GB each\""),
        Text::tr("DeepSeek-R1-Distill-Llama-70B, FP16, 4,096 tokens × 10 requests. The article's formula: "
                 "2 × 2 B × 80 × 8192 = %1 per token, KV cache %2, total %3. Its real layout: "
                 "2 × 2 B × 80 × 8 KV heads × 128 = %4 per token, KV cache %5, total %6%7.")
            .arg(exact(ab.kvPerToken), gb(ab.kvCache), gb(ab.total), exact(rb.kvPerToken), gb(rb.kvCache), gb(rb.total))
            .arg(h100 ? Text::tr(": %n H100 80GB", nullptr, int(FitAnalyzer::gpusNeeded(rb.total, h100->memoryBytes)))
                      : QString()),
        Text::tr("Llama-3-70B uses grouped-query attention: 64 query heads share 8 key/value heads, so each layer "
                 "stores 8 × 128 = 1,024 values per token for K and for V, not 8,192. The cache is 8 times smaller "
                 "than the article's formula says; the weights (141 GB) dominate.")};
    // Beyond the article: layers that do not keep every token. Both at 131,072 tokens × 10 requests.
    const auto longInput = [&c](const QString &model, EstimateMethod method) {
        EstimateInput in = articleInput(c, model, method);
        in.tokens = 131072;
        return in;
    };
    if (c.model(QStringLiteral("qwen3-next-80b-a3b"))) {
        const ModelSpec &m = *c.model(QStringLiteral("qwen3-next-80b-a3b"));
        const MemoryBytes all = MemoryModel(longInput(m.id, EstimateMethod::Article)).bytes();
        const MemoryBytes real = MemoryModel(longInput(m.id, EstimateMethod::Exact)).bytes();
        EstimateInput shortIn = longInput(m.id, EstimateMethod::Exact);
        shortIn.tokens = 4096;
        const MemoryBytes brief = MemoryModel(shortIn).bytes();
        steps << WalkthroughStep{
            Text::tr("7. Beyond the article: a hybrid model"),
            Text::tr("Every layer caches K and V for every token: 2 × 2 B × %1 layers × %2 = %3 per token, %4 for "
                     "10 requests of 131,072 tokens")
                .arg(m.layers)
                .arg(m.hidden)
                .arg(exact(all.kvPerToken), gb(all.kvCache)),
            Text::tr("%1: only %2 of its %3 layers are attention layers, %4 per token; the other %5 (Gated DeltaNet) "
                     "keep a fixed state of %6 per request instead. 10 requests: %7 at 4,096 tokens, %8 at 131,072, "
                     "of which %9 state.")
                .arg(m.name)
                .arg(m.layerCount(LayerKind::Full))
                .arg(m.layers)
                .arg(exact(real.kvPerToken))
                .arg(m.recurrentLayerCount())
                .arg(gb(m.recurrentStateBytesPerSequence()), gb(brief.kvCache), gb(real.kvCache), gb(real.recurrentState)),
            Text::tr("A recurrent layer folds the past into a state of constant size, so only the few attention layers "
                     "grow with the context: per token this cache grows %1 times more slowly than the article's formula "
                     "says. The state grows with requests, not with tokens.")
                .arg(all.kvPerToken / std::max<qint64>(1, real.kvPerToken)),
            m.id, m.name};
    }
    if (c.model(QStringLiteral("gpt-oss-120b"))) {
        const ModelSpec &m = *c.model(QStringLiteral("gpt-oss-120b"));
        const MemoryBytes real = MemoryModel(longInput(m.id, EstimateMethod::Exact)).bytes();
        const qint64 full = real.kvPerToken * 131072 * 10; // every layer keeping every token
        steps << WalkthroughStep{
            Text::tr("8. Sliding windows"),
            Text::tr("Every layer keeps every token: %1 per token × 131,072 × 10 = %2").arg(exact(real.kvPerToken), gb(full)),
            Text::tr("%1: %2 of its %3 layers attend to the last %4 tokens only and keep no more; 10 requests of "
                     "131,072 tokens need %5.")
                .arg(m.name)
                .arg(m.layerCount(LayerKind::Sliding))
                .arg(m.layers)
                .arg(formatCount(m.slidingWindow, locale), gb(real.kvCache)),
            Text::tr("A sliding-window layer sees a fixed number of recent tokens, so its cache stops growing there; "
                     "with half the layers windowed the cache is about half as large at long contexts. Engines differ: "
                     "vLLM's hybrid allocator and llama.cpp keep the windows small, other engines may charge them the "
                     "full context."),
            m.id, m.name};
    }
    return steps;
}

} // namespace vram
