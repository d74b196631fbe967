// SPDX-License-Identifier: GPL-3.0-or-later
// Fits and solvers, against limits worked by hand (see the comments for the arithmetic).
#include "Catalog.h"
#include "FitAnalyzer.h"

#include <QTest>

using namespace vram;

namespace {
MemoryModel makeModel(const QString &model, qint64 tokens, qint64 concurrency, EstimateMethod method)
{
    const Catalog &c = Catalog::builtIn();
    const DataType fp16 = *c.dataType(QStringLiteral("fp16"));
    return MemoryModel(EstimateInput{*c.model(model), fp16, fp16, method, tokens, concurrency, 100000, {}});
}

GpuConfig config(const QString &gpu, int count)
{
    return {*Catalog::builtIn().gpu(gpu), count};
}
} // namespace

class TestFitAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void articleExampleNeedsTwoA100_40OrOneA100_80_data()
    {
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<qint64>("needed");
        // Total 65,509,875,200 B. A100 40GB: 42,949,672,960 B each → 2. A100 80GB: 85,899,345,920 B → 1.
        QTest::newRow("a100-40gb") << "a100-40gb" << qint64(2);
        QTest::newRow("a100-80gb") << "a100-80gb" << qint64(1);
        // H100 reports 85,520,809,984 B → 1. RTX 4090: 25,757,220,864 B → 3. T4: 16,106,127,360 B → 5.
        QTest::newRow("h100-80gb") << "h100-80gb" << qint64(1);
        QTest::newRow("rtx-4090") << "rtx-4090" << qint64(3);
        QTest::newRow("t4") << "t4" << qint64(5);
    }

    void articleExampleNeedsTwoA100_40OrOneA100_80()
    {
        QFETCH(QString, gpu);
        QFETCH(qint64, needed);
        const MemoryModel m = makeModel(QStringLiteral("llama-2-13b"), 4096, 10, EstimateMethod::Article);
        QCOMPARE(FitAnalyzer::analyze(m, config(gpu, 1)).gpusNeeded, needed);
    }

    void fitsWithExactHeadroom()
    {
        const MemoryModel m = makeModel(QStringLiteral("llama-2-13b"), 4096, 10, EstimateMethod::Article);
        const FitResult two = FitAnalyzer::analyze(m, config(QStringLiteral("a100-40gb"), 2));
        QVERIFY(two.fits);
        QCOMPARE(two.capacity, qint64(85899345920));
        QCOMPARE(two.headroom, qint64(20389470720));
        const FitResult one = FitAnalyzer::analyze(m, config(QStringLiteral("a100-40gb"), 1));
        QVERIFY(!one.fits);
        QCOMPARE(one.headroom, qint64(42949672960) - qint64(65509875200));
    }

    void maxConcurrency()
    {
        // (26e9 + 3,355,443,200 C) × 1.1 ≤ 85,899,345,920 → C ≤ 15.52 → 15.
        const MemoryModel m = makeModel(QStringLiteral("llama-2-13b"), 4096, 10, EstimateMethod::Article);
        QCOMPARE(FitAnalyzer::maxConcurrency(m, 4096, 85899345920), qint64(15));
        QCOMPARE(FitAnalyzer::analyze(m, config(QStringLiteral("a100-80gb"), 1)).maxConcurrency, qint64(15));
    }

    void maxTokensAndTheContextLimit()
    {
        // (26e9 + 8,192,000 T) × 1.1 ≤ 85,899,345,920 → T ≤ 6358.77 → 6358, beyond LLaMA-2's 4096 context.
        const MemoryModel m = makeModel(QStringLiteral("llama-2-13b"), 4096, 10, EstimateMethod::Article);
        QCOMPARE(FitAnalyzer::maxTokens(m, 10, 85899345920), qint64(6358));
        const FitResult fit = FitAnalyzer::analyze(m, config(QStringLiteral("a100-80gb"), 1));
        QCOMPARE(fit.maxTokens, qint64(4096));
        QVERIFY(fit.maxTokensLimitedByContext);
        // On one A100 40GB memory is the limit: (42,949,672,960 − 28.6e9) / 9,011,200 = 1592.43 → 1592.
        const FitResult small = FitAnalyzer::analyze(m, config(QStringLiteral("a100-40gb"), 1));
        QCOMPARE(small.maxTokens, qint64(1592));
        QVERIFY(!small.maxTokensLimitedByContext);
    }

    void weightsAloneTooBig()
    {
        // 405B in fp16 is 811.7 GB: nothing fits on one A100 80GB.
        const MemoryModel m = makeModel(QStringLiteral("llama-3.1-405b"), 4096, 1, EstimateMethod::Exact);
        const FitResult fit = FitAnalyzer::analyze(m, config(QStringLiteral("a100-80gb"), 1));
        QVERIFY(!fit.fits);
        QCOMPARE(fit.maxConcurrency, qint64(0));
        QCOMPARE(fit.maxTokens, qint64(0));
        // (811,706,777,600 + 516,096 × 4096) × 1.1 = 895,202,777,498 / 85,899,345,920 → 10.42 → 11.
        QCOMPARE(fit.gpusNeeded, qint64(11));
    }

    void slidingWindowMakesTokensUnbounded()
    {
        // Mistral 7B v0.1 keeps at most 4096 tokens in every layer, so memory never limits the context.
        const MemoryModel m = makeModel(QStringLiteral("mistral-7b"), 4096, 1, EstimateMethod::Exact);
        QCOMPARE(FitAnalyzer::maxTokens(m, 1, 85899345920), kMaxTokens);
        const FitResult fit = FitAnalyzer::analyze(m, config(QStringLiteral("a100-80gb"), 1));
        QCOMPARE(fit.maxTokens, qint64(32768));
        QVERIFY(fit.maxTokensLimitedByContext);
    }

    void maxConcurrencyIsTheLargestThatFits_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("tokens");
        QTest::newRow("llama-3-70b 8k on 4×H100") << "llama-3-70b" << "h100-80gb" << 4 << qint64(8192);
        QTest::newRow("deepseek-v3 on 8×B200") << "deepseek-v3" << "b200" << 8 << qint64(32768);
        QTest::newRow("gemma-2-27b on L40S") << "gemma-2-27b" << "l40s" << 2 << qint64(8192);
    }

    void maxConcurrencyIsTheLargestThatFits()
    {
        // The defining property: C fits and C + 1 does not.
        QFETCH(QString, model);
        QFETCH(QString, gpu);
        QFETCH(int, count);
        QFETCH(qint64, tokens);
        const MemoryModel m = makeModel(model, tokens, 1, EstimateMethod::Exact);
        const qint64 cap = config(gpu, count).capacityBytes();
        const qint64 c = FitAnalyzer::maxConcurrency(m, tokens, cap);
        QVERIFY(c > 0);
        QVERIFY(m.bytesAt(tokens, c).total <= cap);
        QVERIFY(m.bytesAt(tokens, c + 1).total > cap);
    }

    void gpuConfigRefs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("count");
        QTest::newRow("plain") << "a100-80gb" << "a100-80gb" << 1;
        QTest::newRow("2x") << "2xa100-40gb" << "a100-40gb" << 2;
        QTest::newRow("8×") << "8×h100-80gb" << "h100-80gb" << 8;
        QTest::newRow("upper") << "4X L40S" << "l40s" << 4;
        QTest::newRow("zero") << "0xa10" << "" << 0;
        QTest::newRow("too many") << "99999xa10" << "" << 0;
        QTest::newRow("garbage") << "--" << "" << 0;
    }

    void gpuConfigRefs()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        QFETCH(int, count);
        const GpuConfigRef ref = parseGpuConfigRef(text);
        QCOMPARE(ref.gpuId, id);
        QCOMPARE(ref.count, count);
    }

    // llama.cpp may fill each device's total as its runtime reports it, and the label names that runtime.
    void llamaCppCapacityIsNamedAfterTheRuntime_data()
    {
        QTest::addColumn<QString>("gpu");
        QTest::addColumn<QString>("label");
        QTest::newRow("NVIDIA") << QStringLiteral("a100-80gb") << QStringLiteral("1 × A100 80GB, CUDA total");
        QTest::newRow("Apple") << QStringLiteral("m4-max-128gb") << QStringLiteral("1 × Apple M4 Max 128GB, Metal working set");
        QTest::newRow("AMD") << QStringLiteral("mi355x") << QStringLiteral("1 × MI355X 288GB, driver total");
        QTest::newRow("Huawei") << QStringLiteral("ascend-910c") << QStringLiteral("1 × Ascend 910C NPU 64GB, CANN total");
    }

    void llamaCppCapacityIsNamedAfterTheRuntime()
    {
        QFETCH(QString, gpu);
        QFETCH(QString, label);
        const FitResult r = FitAnalyzer::analyze(makeModel(QStringLiteral("llama-2-7b"), 4096, 1, EstimateMethod::LlamaCpp),
                                                 config(gpu, 1));
        QCOMPARE(r.capacityLabel, label);
    }

    // Equal capacities are one group, in the order they first appear; unequal ones stay apart.
    // 2 × 40,960 MiB = 1 × 81,920 MiB = 85,899,345,920 B; H100 80GB is 81,559 MiB = 85,520,809,984 B.
    void groupByCapacityJoinsEqualCapacities()
    {
        const QList<CapacityGroup> groups = groupByCapacity({config(QStringLiteral("a100-40gb"), 2), config(QStringLiteral("h100-80gb"), 1),
                                                             config(QStringLiteral("a100-80gb"), 1)});
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).bytes, Q_INT64_C(85899345920));
        QCOMPARE(groups.at(0).names, QStringList({QStringLiteral("2 × A100 40GB"), QStringLiteral("1 × A100 80GB")}));
        QCOMPARE(groups.at(0).label(), QStringLiteral("2 × A100 40GB = 1 × A100 80GB"));
        QCOMPARE(groups.at(1).bytes, Q_INT64_C(85520809984));
        QCOMPARE(groups.at(1).label(), QStringLiteral("1 × H100 80GB"));
        QVERIFY(groupByCapacity({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFitAnalyzer)
#include "tst_fitanalyzer.moc"
