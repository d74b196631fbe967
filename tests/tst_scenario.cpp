// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario JSON round trip and refusal of corrupt settings; slider ladders; chart data.
#include "Catalog.h"
#include "ChartData.h"
#include "MemoryModel.h"
#include "Scenario.h"
#include "ValueLadder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vram;

class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        Scenario s;
        s.modelId = QStringLiteral("deepseek-v3");
        s.weightsId = QStringLiteral("fp8");
        s.kvCacheId = QStringLiteral("q8_0");
        s.method = EstimateMethod::Article;
        s.tokens = 131072;
        s.concurrency = 64;
        s.overheadPpm = 125000;
        s.unit = ByteUnit::GiB;
        s.gpus = {{QStringLiteral("h200-141gb"), 8}};
        s.chartMode = ChartMode::CompareModels;
        s.sweepAxis = SweepAxis::Concurrency;
        s.compareModelIds = {QStringLiteral("qwen3-32b")};
        QString error;
        const auto back = Scenario::fromJson(s.toJson(), Catalog::builtIn(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == s);
    }

    void defaultsAreValid()
    {
        QString error;
        QVERIFY(Scenario::fromJson(Scenario().toJson(), Catalog::builtIn(), &error));
        QVERIFY(Scenario().toInput(Catalog::builtIn(), &error));
    }

    void corruptFieldsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("unknown model") << "model" << QJsonValue(QStringLiteral("gpt-9"));
        QTest::newRow("model number") << "model" << QJsonValue(3);
        QTest::newRow("mix as kv") << "kv_cache" << QJsonValue(QStringLiteral("q4_k_m"));
        QTest::newRow("tokens zero") << "tokens" << QJsonValue(0);
        QTest::newRow("tokens fraction") << "tokens" << QJsonValue(1.5);
        QTest::newRow("tokens huge") << "tokens" << QJsonValue(1e30);
        QTest::newRow("tokens string") << "tokens" << QJsonValue(QStringLiteral("4096"));
        QTest::newRow("concurrency negative") << "concurrency" << QJsonValue(-1);
        QTest::newRow("overhead over 1000%") << "overhead_ppm" << QJsonValue(20000000);
        QTest::newRow("unit") << "unit" << QJsonValue(QStringLiteral("TB"));
        QTest::newRow("method") << "method" << QJsonValue(QStringLiteral("magic"));
        QTest::newRow("gpus not list") << "gpus" << QJsonValue(QStringLiteral("a100"));
        QTest::newRow("gpu unknown") << "gpus"
                                     << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("gpu"), QStringLiteral("x")},
                                                                          {QStringLiteral("count"), 1}}});
        QTest::newRow("gpu count 0") << "gpus"
                                     << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("gpu"), QStringLiteral("a10")},
                                                                          {QStringLiteral("count"), 0}}});
        QTest::newRow("chart mode") << "chart_mode" << QJsonValue(QStringLiteral("pie"));
        QTest::newRow("compare unknown") << "compare_models" << QJsonValue(QJsonArray{QStringLiteral("nope")});
    }

    void corruptFieldsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = Scenario().toJson();
        json.insert(field, value);
        QString error;
        QVERIFY(!Scenario::fromJson(json, Catalog::builtIn(), &error));
        QVERIFY2(error.contains(field), qPrintable(error));
    }

    void ladder()
    {
        const ValueLadder tokens = ValueLadder::powersOfTwoWithHalves(1048576);
        QCOMPARE(tokens.valueAt(0), qint64(1));
        QCOMPARE(tokens.values().mid(0, 8), (QList<qint64>{1, 2, 3, 4, 6, 8, 12, 16}));
        QCOMPARE(tokens.values().last(), qint64(1048576));
        QCOMPARE(tokens.size(), 40); // 21 powers of two and 19 values half-way
        for (qint64 v : {512, 4096, 131072, 1048576})
            QCOMPARE(tokens.valueAt(tokens.indexAtOrBelow(v)), v);
        QCOMPARE(tokens.valueAt(tokens.indexAtOrBelow(5000)), qint64(4096));
        QCOMPARE(tokens.valueAt(tokens.indexAtOrBelow(5500)), qint64(4096));
        QCOMPARE(tokens.valueAt(tokens.indexAtOrBelow(6144)), qint64(6144));
        QCOMPARE(tokens.indexAtOrBelow(0), 0);
        QVERIFY(tokens.isStop(786432));
        QVERIFY(!tokens.isStop(1000));
        QCOMPARE(tokens.indexAtOrBelow(1 << 30), tokens.size() - 1);
        const ValueLadder requests = ValueLadder::powersOfTwoWithHalves(1024);
        QCOMPARE(requests.values().last(), qint64(1024));
        QVERIFY(requests.values().contains(10) == false);
        QCOMPARE(requests.valueAt(requests.indexAtOrBelow(10)), qint64(8)); // the stop below 10
    }

    void sweepValues_data()
    {
        QTest::addColumn<int>("axis");
        QTest::addColumn<qint64>("current");
        QTest::addColumn<qint64>("context");
        QTest::addColumn<QList<qint64>>("expected");
        const int tokens = int(SweepAxis::Tokens);
        const int requests = int(SweepAxis::Concurrency);
        QTest::newRow("LLaMA-2 4K context") << tokens << qint64(4096) << qint64(4096)
                                            << QList<qint64>{128, 256, 512, 1024, 2048, 4096};
        QTest::newRow("current between stops") << tokens << qint64(3000) << qint64(4096)
                                               << QList<qint64>{128, 256, 512, 1024, 2048, 3000, 4096};
        QTest::newRow("current past context") << tokens << qint64(8192) << qint64(4096)
                                              << QList<qint64>{128, 256, 512, 1024, 2048, 4096, 8192};
        QTest::newRow("DeepSeek 160K: last nine and the context")
            << tokens << qint64(4096) << qint64(163840)
            << QList<qint64>{512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072, 163840};
        QTest::newRow("requests") << requests << qint64(10) << qint64(4096)
                                  << QList<qint64>{1, 2, 4, 8, 10, 16, 32, 64, 128, 256};
        QTest::newRow("requests above") << requests << qint64(1000) << qint64(4096)
                                        << QList<qint64>{1, 2, 4, 8, 16, 32, 64, 128, 256, 1000};
    }

    void sweepValues()
    {
        QFETCH(int, axis);
        QFETCH(qint64, current);
        QFETCH(qint64, context);
        QFETCH(QList<qint64>, expected);
        QCOMPARE(vram::sweepValues(SweepAxis(axis), current, context), expected);
    }

    void sweepBarsMatchTheModel()
    {
        Scenario s;
        s.tokens = 3000;
        const auto input = s.toInput(Catalog::builtIn(), nullptr);
        QVERIFY(input);
        const ChartData data = buildSweep(*input, SweepAxis::Tokens, QLocale::c());
        QCOMPARE(data.bars.size(), 7); // 128 … 4K plus 3000
        const MemoryModel model(*input);
        int currentCount = 0;
        for (const ChartBar &bar : data.bars) {
            const MemoryBytes b = model.bytesAt(bar.tokens, bar.concurrency);
            QCOMPARE(bar.weights, b.weights);
            QCOMPARE(bar.kvCache, b.kvCache);
            QCOMPARE(bar.overhead, b.overhead);
            QCOMPARE(bar.total, b.total);
            currentCount += bar.current;
        }
        QCOMPARE(currentCount, 1);
        QCOMPARE(data.bars.at(5).tokens, qint64(3000));
        QCOMPARE(data.bars.at(5).label, QStringLiteral("3,000"));
        QCOMPARE(data.bars.at(6).label, QStringLiteral("4K"));
    }

    void comparisonHasOneBarPerModel()
    {
        Scenario s;
        const auto input = s.toInput(Catalog::builtIn(), nullptr);
        const ChartData data = buildComparison(*input, s.compareModels(Catalog::builtIn()));
        QCOMPARE(data.bars.size(), s.compareModelIds.size());
        QCOMPARE(data.bars.at(1).modelId, QStringLiteral("llama-2-13b"));
        QVERIFY(data.bars.at(1).current);
        QVERIFY(data.bars.at(2).total > data.bars.at(0).total);
    }

    void shortCounts()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(shortCount(512, en), QStringLiteral("512"));
        QCOMPARE(shortCount(131072, en), QStringLiteral("128K"));
        QCOMPARE(shortCount(1048576, en), QStringLiteral("1M"));
        QCOMPARE(shortCount(1536, en), QStringLiteral("1,536"));
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
