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
            QCOMPARE(tokens.valueAt(tokens.indexNear(v)), v);
        QCOMPARE(tokens.valueAt(tokens.indexNear(5000)), qint64(4096));
        QCOMPARE(tokens.valueAt(tokens.indexNear(5500)), qint64(6144));
        QCOMPARE(tokens.indexNear(0), 0);
        QCOMPARE(tokens.indexNear(1 << 30), tokens.size() - 1);
        const ValueLadder requests = ValueLadder::powersOfTwoWithHalves(1024);
        QCOMPARE(requests.values().last(), qint64(1024));
        QVERIFY(requests.values().contains(10) == false);
        QCOMPARE(requests.valueAt(requests.indexNear(10)), qint64(12)); // on a log scale 12/10 < 10/8
    }

    void sweepBarsMatchTheModel()
    {
        Scenario s;
        s.tokens = 5000;
        const auto input = s.toInput(Catalog::builtIn(), nullptr);
        QVERIFY(input);
        const ChartData data = buildSweep(*input, SweepAxis::Tokens, QLocale::c());
        QCOMPARE(data.bars.size(), 10); // 512 … 128K plus 5000
        const MemoryModel model(*input);
        int currentCount = 0;
        for (const ChartBar &bar : data.bars) {
            const MemoryBytes b = model.bytesAt(bar.tokens, bar.concurrency);
            QCOMPARE(bar.weights, b.weights);
            QCOMPARE(bar.kvCache, b.kvCache);
            QCOMPARE(bar.overhead, b.overhead);
            currentCount += bar.current;
        }
        QCOMPARE(currentCount, 1);
        QCOMPARE(data.bars.at(4).tokens, qint64(5000));
        QCOMPARE(data.bars.at(4).label, QStringLiteral("5,000"));
        QCOMPARE(data.bars.at(3).label, QStringLiteral("4K"));
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
