// SPDX-License-Identifier: GPL-3.0-or-later
// The teaching views' data: scaling curves and crossings, the heat-map grid, the
// article's walkthrough, scenario files and their comparison.
#include "ArticleWalkthrough.h"
#include "Catalog.h"
#include "ChartData.h"
#include "FitAnalyzer.h"
#include "Language.h"
#include "MemoryModel.h"
#include "ModelFiles.h"
#include "ScalingData.h"
#include "ScenarioFile.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace vram;

namespace {
const Catalog &catalog()
{
    return Catalog::builtIn();
}

EstimateInput articleInput(EstimateMethod method = EstimateMethod::Article)
{
    const DataType fp16 = *catalog().dataType(QStringLiteral("fp16"));
    return EstimateInput{*catalog().model(QStringLiteral("llama-2-13b")), fp16, fp16, method, 4096, 10, 100000, {}};
}

QList<GpuConfig> configs()
{
    return {{*catalog().gpu(QStringLiteral("a100-40gb")), 1}, {*catalog().gpu(QStringLiteral("a100-80gb")), 1}};
}
} // namespace

class TestTeaching : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(Language::install(QStringLiteral("en")));
    }

    void scalingCurves()
    {
        const ScalingData data = buildScaling(articleInput(), configs(), false);
        QVERIFY(data.error.isEmpty());
        QList<qint64> concurrencies;
        for (const ScalingCurve &c : data.curves)
            concurrencies << c.concurrency;
        QCOMPARE(concurrencies, (QList<qint64>{1, 2, 4, 8, 10, 16, 32, 64, 128, 256}));
        const MemoryModel model(articleInput());
        for (const ScalingCurve &c : data.curves) {
            QCOMPARE(c.current, c.concurrency == 10);
            QCOMPARE(c.tokens, gridTokens());
            for (qsizetype i = 0; i < c.tokens.size(); ++i)
                QCOMPARE(c.bytes.at(i), model.bytesAt(c.tokens.at(i), c.concurrency).total);
        }
        const ScalingData kv = buildScaling(articleInput(), configs(), true);
        QCOMPARE(kv.curves.at(4).bytes.at(0), qint64(819200) * 128 * 10);
    }

    void crossingsAreTheExactLimits()
    {
        // Article method, 10 requests: on one A100 80GB at most 6,358 tokens, on one A100 40GB 1,592
        // (worked by hand in tst_fitanalyzer).
        const ScalingData data = buildScaling(articleInput(), configs(), false);
        QList<qint64> atTen;
        for (const ScalingCrossing &x : data.crossings)
            if (x.concurrency == 10)
                atTen << x.maxTokens;
        QCOMPARE(atTen, (QList<qint64>{1592, 6358}));
        const MemoryModel model(articleInput());
        for (const ScalingCrossing &x : data.crossings) {
            const qint64 cap = configs().at(x.capacityIndex).capacityBytes();
            QCOMPARE(x.maxTokens, FitAnalyzer::maxTokens(model, x.concurrency, cap));
            QVERIFY(x.bytesAtMax <= cap);
            QVERIFY(model.bytesAt(x.maxTokens + 1, x.concurrency).total > cap);
        }
    }

    void grid()
    {
        QCOMPARE(gridTokens().size(), 27);     // 128 … 1M on the token slider's stops
        QCOMPARE(gridConcurrency().size(), 20); // 1 … 1024 on the request slider's stops
        const MemoryGrid g = buildGrid(articleInput(EstimateMethod::Exact), gridTokens(), gridConcurrency());
        QCOMPARE(g.totals.size(), 27 * 20);
        const MemoryModel model(articleInput(EstimateMethod::Exact));
        for (int row = 0; row < g.concurrency.size(); row += 3)
            for (int col = 0; col < g.tokens.size(); col += 5)
                QCOMPARE(g.at(row, col), model.bytesAt(g.tokens.at(col), g.concurrency.at(row)).total);
        // 4,096 tokens (column 10) × 12 requests (row 6).
        QCOMPARE(g.tokens.at(10), qint64(4096));
        QCOMPARE(g.concurrency.at(6), qint64(12));
    }

    void walkthrough_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QStringList>("exact");
        QTest::newRow("weights") << 0 << QStringList{QStringLiteral("26.00 GB"), QStringLiteral("13,015,864,320"),
                                                     QStringLiteral("26.03 GB")};
        QTest::newRow("per token") << 1 << QStringList{QStringLiteral("819,200 B"), QStringLiteral("800 KiB")};
        QTest::newRow("KV total") << 2 << QStringList{QStringLiteral("33,554,432,000 B"), QStringLiteral("33.55 GB"),
                                                      QStringLiteral("31.25 GiB")};
        QTest::newRow("total") << 3 << QStringList{QStringLiteral("5.96 GB"), QStringLiteral("65.51 GB"),
                                                   QStringLiteral("61.01 GiB"), QStringLiteral("65.54 GB")};
        QTest::newRow("GPUs") << 4 << QStringList{QStringLiteral("42.95 GB: 2 of them"), QStringLiteral("85.90 GB"),
                                                  QStringLiteral("20.39 GB free"), QStringLiteral("at most 3 requests")};
        // 2 × 2 × 80 × 8192 = 2,621,440 B; × 40,960 = 107.37 GB. GQA: 327,680 B; × 40,960 = 13.42 GB.
        QTest::newRow("70B") << 5 << QStringList{QStringLiteral("2,621,440 B"), QStringLiteral("107.37 GB"),
                                                 QStringLiteral("327,680 B"), QStringLiteral("13.42 GB"),
                                                 QStringLiteral("H100 80GB")};
        // Qwen3-Next: the article's 2 × 2 × 48 × 2048 = 393,216 B a token against 12 attention layers' 24,576 B;
        // 10 requests: 10 × (4,096 × 24,576 + 39,518,208) = 1.40 GB, 10 × (131,072 × 24,576 + 39,518,208)
        // = 32.61 GB, of which 395.18 MB state; 393,216 / 24,576 = 16.
        QTest::newRow("hybrid") << 6 << QStringList{QStringLiteral("12 of its 48 layers"), QStringLiteral("24,576 B"),
                                                    QStringLiteral("39.52 MB"), QStringLiteral("1.40 GB"),
                                                    QStringLiteral("32.61 GB"), QStringLiteral("395.18 MB")};
        // gpt-oss-120b: 18 of 36 layers keep 128 tokens: 10 × 18 × 2,048 × (131,072 + 128) = 48.37 GB.
        QTest::newRow("windows") << 7 << QStringList{QStringLiteral("18 of its 36 layers"), QStringLiteral("last 128 tokens"),
                                                     QStringLiteral("48.37 GB")};
    }

    void walkthrough()
    {
        QFETCH(int, step);
        QFETCH(QStringList, exact);
        const QList<WalkthroughStep> steps = articleWalkthrough(catalog(), QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(steps.size(), 8);
        for (const QString &text : exact)
            QVERIFY2(steps.at(step).exact.contains(text), qPrintable(steps.at(step).exact));
        QVERIFY(!steps.at(step).article.isEmpty());
        QVERIFY(!steps.at(step).why.isEmpty());
        if (step == 6) {
            QVERIFY2(steps.at(step).article.contains(QStringLiteral("393,216 B")), qPrintable(steps.at(step).article));
            QVERIFY2(steps.at(step).why.contains(QStringLiteral("16 times")), qPrintable(steps.at(step).why));
        }
        if (step == 7)
            QVERIFY2(steps.at(step).article.contains(QStringLiteral("96.64 GB")), qPrintable(steps.at(step).article));
    }

    void walkthroughInChinese()
    {
        QVERIFY(Language::install(QStringLiteral("zh_CN")));
        const QList<WalkthroughStep> steps = articleWalkthrough(catalog(), QLocale(QLocale::Chinese, QLocale::China));
        QVERIFY(steps.at(1).title.contains(QStringLiteral("每 Token")));
        QVERIFY(steps.at(1).exact.contains(QStringLiteral("819,200 B")));
        QVERIFY(Language::install(QStringLiteral("en")));
    }

    void scenarioFileRoundTrip()
    {
        Scenario s;
        s.modelId = QStringLiteral("qwen3-32b");
        s.tokens = 32768;
        s.concurrency = 16;
        s.gpus = {{QStringLiteral("h200-141gb"), 2}};
        const QString path = m_dir.filePath(QStringLiteral("plan.vramplan"));
        QString error;
        QVERIFY2(ScenarioFile::save(path, QStringLiteral("Qwen plan"), s, catalog(), &error), qPrintable(error));
        const auto back = ScenarioFile::load(path, catalog(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->name, QStringLiteral("Qwen plan"));
        QVERIFY(back->scenario == s);
        QVERIFY(back->models.isEmpty()); // catalogue models are named, not copied
    }

    void scenarioCarriesItsImportedModel()
    {
        ModelSpec imported = *catalog().model(QStringLiteral("llama-2-7b"));
        imported.id = QStringLiteral("imported-my-model");
        imported.name = QStringLiteral("My model");
        imported.family = QStringLiteral("Imported");
        imported.fileWeightBytes = 123456789;
        imported.fileWeightType = QStringLiteral("Q4_K_M");
        Catalog withModel = catalog();
        withModel.addModel(imported);
        Scenario s;
        s.modelId = imported.id;
        s.weightsId = QStringLiteral("file");
        const QString path = m_dir.filePath(QStringLiteral("mine.vramplan"));
        QString error;
        QVERIFY(ScenarioFile::save(path, QStringLiteral("mine"), s, withModel, &error));
        // Opened where the model is unknown: it comes with the file.
        const auto back = ScenarioFile::load(path, catalog(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->models.size(), 1);
        QCOMPARE(back->models.first().fileWeightBytes, qint64(123456789));
        QCOMPARE(back->scenario.modelId, imported.id);
    }

    void brokenScenarioFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QJsonObject good{{QStringLiteral("format"), QStringLiteral("vram-planner-scenario")},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("scenario"), Scenario().toJson()}};
        QJsonObject future = good;
        future.insert(QStringLiteral("version"), 7);
        QTest::newRow("future version") << QJsonDocument(future).toJson() << "newer VRAM Planner (format version 7";
        QTest::newRow("truncated") << QJsonDocument(good).toJson().left(40) << "not valid JSON";
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QJsonObject other = good;
        other.insert(QStringLiteral("format"), QStringLiteral("something-else"));
        QTest::newRow("other format") << QJsonDocument(other).toJson() << "not a VRAM Planner scenario";
        QJsonObject noVersion = good;
        noVersion.remove(QStringLiteral("version"));
        QTest::newRow("no version") << QJsonDocument(noVersion).toJson() << "version is missing";
        QJsonObject unknownModel = good;
        QJsonObject sc = Scenario().toJson();
        sc.insert(QStringLiteral("model"), QStringLiteral("gpt-9"));
        unknownModel.insert(QStringLiteral("scenario"), sc);
        QTest::newRow("unknown model") << QJsonDocument(unknownModel).toJson() << "\"model\"";
    }

    void brokenScenarioFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        const QString path = m_dir.filePath(QStringLiteral("broken.vramplan"));
        QVERIFY(testfiles::write(path, content));
        QString error;
        QVERIFY(!ScenarioFile::load(path, catalog(), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("broken.vramplan")));
    }

    void scenarioComparison()
    {
        EstimateInput other = articleInput(EstimateMethod::Exact);
        other.concurrency = 20;
        const ChartData data = buildScenarioComparison({{QStringLiteral("now"), articleInput(EstimateMethod::Exact)},
                                                         {QStringLiteral("double"), other}});
        QCOMPARE(data.bars.size(), 2);
        QVERIFY(data.bars.at(0).current);
        QCOMPARE(data.bars.at(1).kvCache - data.bars.at(0).kvCache, qint64(33554432000));
    }
};

QTEST_GUILESS_MAIN(TestTeaching)
#include "tst_teaching.moc"
