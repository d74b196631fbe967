// SPDX-License-Identifier: GPL-3.0-or-later
// The planner window driven as a user drives it (keys, clicks, menu actions),
// checking what the chart shows against core's exact figures.
#include "AnswerPanel.h"
#include "CalibrationLibrary.h"
#include "Catalog.h"
#include "ChartData.h"
#include "CompareModelsDialog.h"
#include "EngineLogDialog.h"
#include "GpuConfigEditor.h"
#include "Language.h"
#include "MainWindow.h"
#include "ChineseText.h"
#include "FileSizeLimit.h"
#include "WindowFixture.h"
#include "ManageCalibrationsDialog.h"
#include "ManageModelsDialog.h"
#include "ModelFiles.h"
#include "ModelLibrary.h"
#include "PlanSnapshot.h"
#include "MemoryChart.h"
#include "FitAnalyzer.h"
#include "HeatMapView.h"
#include "MemoryModel.h"
#include "ScalingData.h"
#include "ScalingView.h"
#include "SettingsStore.h"
#include "ValueLadder.h"

#include <QAction>
#include <QFile>
#include <QGuiApplication>
#include <QTableWidget>
#include <QPlainTextEdit>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QCheckBox>
#include <QIcon>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QTextBrowser>
#include <QTabWidget>
#include <QUrl>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QTimer>
#include <QMouseEvent>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSplitter>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QValueAxis>
#include <QAbstractButton>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGroupBox>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QTabBar>
#include <QToolButton>
#include <QTextDocument>
#include <cmath>
#include <memory>
#include <QJsonDocument>
#include <QSettings>
#include <sys/stat.h>

using namespace vram;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<MainWindow> m_window;

    // Rows for each language and each method whose settings change the left panel.
    static void languageAndMethodRows()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("method");
        for (const char *language : {"en", "zh_CN"})
            for (const EstimateMethod method : allMethods())
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(language), methodId(method))))
                    << QString::fromLatin1(language) << methodId(method);
    }

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    const Catalog &catalog() const { return Catalog::builtIn(); }
    MemoryChart *chart() const { return m_window->chart(); }
    template<typename T>
    T *child(const char *name) const
    {
        return windowfixture::child<T>(m_window.get(), name);
    }
    QAction *action(const char *name) const { return child<QAction>(name); }

    // The window reports errors in a modal box: read its text and close it when it opens.
    void closeNextMessageBox(QString *shown)
    {
        QTimer::singleShot(0, this, [shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *shown = box->text();
                box->close();
            }
        });
    }

    // The model the window should be showing, straight from core.
    MemoryModel expectedModel() const
    {
        const auto input = m_window->scenario().toInput(m_window->catalog(), nullptr);
        if (!input)
            qFatal("the window's scenario is not a valid estimate");
        return MemoryModel(*input);
    }
    int currentBar() const
    {
        const QList<ChartBar> &bars = chart()->content().data.bars;
        for (int i = 0; i < bars.size(); ++i)
            if (bars.at(i).current)
                return i;
        return -1;
    }
    // Every bar's segments equal core's bytes in the chosen unit: the recurrent state a part of its own,
    // the KV cache segment what the attention layers keep.
    void verifyBarsMatchCore()
    {
        const MemoryModel model = expectedModel();
        const QList<QBarSet *> sets = chart()->barSeries()->barSets();
        const QList<ChartBar> &bars = chart()->content().data.bars;
        QVERIFY(!bars.isEmpty());
        const ByteUnit unit = m_window->scenario().unit;
        for (int i = 0; i < bars.size(); ++i) {
            const MemoryBytes b = model.bytesAt(bars.at(i).tokens, bars.at(i).concurrency);
            QCOMPARE(sets.at(MemoryChart::Weights)->at(i), toUnit(b.weights, unit));
            QCOMPARE(sets.at(MemoryChart::KvCache)->at(i), toUnit(b.kvCache - b.recurrentState, unit));
            QCOMPARE(sets.at(MemoryChart::RecurrentState)->at(i), toUnit(b.recurrentState, unit));
            QCOMPARE(sets.at(MemoryChart::Overhead)->at(i), toUnit(b.overhead, unit));
        }
    }

    // The window's scenario with another model, precisions, workload and method, engine settings
    // at their defaults; the GPU rows are kept unless `gpu` names one.
    // What NVIDIA/TensorRT-LLM#1188's log does not name: its INT8 Qwen2.5-Coder 0.5B (Qwen2.5 0.5B's shape)
    // ran on one RTX A4000.
    static Scenario trtLlm1188Run()
    {
        Scenario s;
        s.modelId = QStringLiteral("qwen2.5-0.5b");
        s.weightsId = QStringLiteral("int8");
        s.gpus = {{QStringLiteral("rtx-a4000"), 1}};
        return s;
    }

    Scenario scenarioWith(const QString &model, const QString &precision, EstimateMethod method, qint64 tokens,
                          qint64 concurrency, const QString &gpu = {}) const
    {
        Scenario s = m_window->scenario();
        s.modelId = model;
        s.weightsId = precision;
        s.kvCacheId = precision;
        s.method = method;
        s.tokens = tokens;
        s.concurrency = concurrency;
        s.engine = {};
        if (!gpu.isEmpty())
            s.gpus = {{gpu, 1}};
        return s;
    }

    // A menu shows an action's text with its mnemonic underlined, not in brackets.
    static QString buttonText(const QAction *a)
    {
        QString text = a->text();
        return text.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    }

    // Every text a user can see or hover in the window: labels, buttons, lists,
    // tabs, menus, tool tips, the answer panel and the charts' titles and legends.
    QStringList visibleTexts() const
    {
        QStringList texts;
        const auto plain = [](const QString &text) {
            if (!Qt::mightBeRichText(text))
                return text;
            QTextDocument doc;
            doc.setHtml(text);
            return doc.toPlainText();
        };
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            texts << plain(w->toolTip()) << w->accessibleName();
            if (auto *button = qobject_cast<QToolButton *>(w); button && button->defaultAction())
                texts << button->defaultAction()->iconText();
            if (auto *label = qobject_cast<QLabel *>(w))
                texts << plain(label->text());
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                texts << button->text();
            else if (auto *box = qobject_cast<QGroupBox *>(w))
                texts << box->title();
            else if (auto *combo = qobject_cast<QComboBox *>(w))
                for (int i = 0; i < combo->count(); ++i)
                    texts << combo->itemText(i) << combo->itemData(i, Qt::ToolTipRole).toString();
            else if (auto *tabs = qobject_cast<QTabBar *>(w))
                for (int i = 0; i < tabs->count(); ++i)
                    texts << tabs->tabText(i);
            else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
                texts << spin->text();
            else if (auto *edit = qobject_cast<QLineEdit *>(w))
                texts << edit->placeholderText();
            else if (auto *browser = qobject_cast<QTextBrowser *>(w))
                texts << browser->toPlainText();
            else if (auto *view = qobject_cast<QChartView *>(w)) {
                texts << view->chart()->title();
                for (QAbstractAxis *axis : view->chart()->axes())
                    texts << axis->titleText();
                for (QLegendMarker *marker : view->chart()->legend()->markers())
                    texts << marker->label();
            }
        }
        const std::function<void(QMenu *)> menu = [&](QMenu *m) {
            texts << m->title();
            for (QAction *a : m->actions()) {
                texts << buttonText(a) << a->statusTip();
                if (m->toolTipsVisible())
                    texts << a->toolTip();
                if (a->menu())
                    menu(a->menu());
            }
        };
        for (QAction *a : m_window->menuBar()->actions())
            if (a->menu())
                menu(a->menu());
        texts << m_window->windowTitle() << m_window->statusBar()->currentMessage();
        return texts;
    }

    // Checks every visible text against the glossary's punctuation; names the view it was in.
    void verifyFullWidthChinese(const QString &where) const
    {
        QStringList found;
        for (const QString &text : visibleTexts())
            for (const QString &at : zhtext::halfWidthBesideChinese(text))
                found << QStringLiteral("%1: %2 in %3").arg(where, at, text.left(200));
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(settingsPath());
        Language::install(QStringLiteral("en"));
        m_settings = std::make_unique<SettingsStore>(settingsPath());
        m_window = windowfixture::showWindow(m_settings.get());
        QVERIFY(m_window);
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
    }

    void startsWithTheArticleExample()
    {
        const Scenario &s = m_window->scenario();
        QCOMPARE(s.modelId, QStringLiteral("llama-2-13b"));
        QCOMPARE(s.tokens, qint64(4096));
        QCOMPARE(s.concurrency, qint64(10));
        verifyBarsMatchCore();
        // The current bar (4096 tokens) holds 33.55 GB of KV cache.
        QCOMPARE(chart()->barSeries()->barSets().at(MemoryChart::KvCache)->at(currentBar()), 33.554432);
        QVERIFY(child<QWidget>("answerPanel")->findChild<QObject *>() != nullptr);
    }

    void absurdInputsGiveAMessageNotACrash()
    {
        auto *weights = child<QComboBox>("weightsCombo");
        weights->setCurrentIndex(weights->findData(QStringLiteral("fp32")));
        child<QComboBox>("modelPicker")->setCurrentIndex(
            child<QComboBox>("modelPicker")->findData(QStringLiteral("gpt-3-175b"), Qt::UserRole + 1));
        child<QSpinBox>("tokensSpin")->setValue(child<QSpinBox>("tokensSpin")->maximum());
        child<QSpinBox>("concurrencySpin")->setValue(child<QSpinBox>("concurrencySpin")->maximum());
        // 4,718,592 B × 2^30 × 2^24 is past 2^63 bytes: said in words, every view still drawn.
        QTRY_VERIFY(m_window->answerPanel()->toPlainText().contains(QStringLiteral("9.2 EB")));
        for (int tab = 0; tab < m_window->views()->count(); ++tab) {
            m_window->views()->setCurrentIndex(tab);
            QVERIFY(!m_window->views()->currentWidget()->grab().isNull());
        }
    }

    void followsADarkPalette()
    {
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        QApplication::setPalette(dark);
        QTRY_COMPARE(chart()->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(chart()->chart()->backgroundBrush().color(), QColor(0x18, 0x18, 0x1c));
        // The fixed part colours survive the theme change.
        QCOMPARE(chart()->barSeries()->barSets().at(MemoryChart::KvCache)->color(), QColor(0xe0, 0x8a, 0x3c));
        QApplication::setPalette(light);
        QTRY_COMPARE(chart()->chart()->theme(), QChart::ChartThemeLight);
    }

    void applicationIconRenders()
    {
        const QIcon icon(QStringLiteral(":/icons/vram-planner.svg"));
        QVERIFY(!icon.pixmap(32, 32).isNull());
    }

    void tokensSliderMovesTheCurrentBar()
    {
        auto *slider = child<QSlider>("tokensSlider");
        auto *spin = child<QSpinBox>("tokensSpin");
        QSignalSpy spy(m_window.get(), &MainWindow::recomputed);
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Right); // 4096 → 6144, the next stop
        QCOMPARE(spin->value(), 6144);
        QCOMPARE(m_window->scenario().tokens, qint64(6144));
        QCOMPARE(spy.count(), 1);
        const int bar = currentBar();
        QCOMPARE(chart()->content().data.bars.at(bar).tokens, qint64(6144));
        // 819,200 B × 6144 × 10 = 50,331,648,000 B.
        QCOMPARE(chart()->barSeries()->barSets().at(MemoryChart::KvCache)->at(bar), 50.331648);
        QVERIFY(chart()->categoryAxis()->categories().contains(QStringLiteral("[6K]")));
        // The answer follows within its refresh interval: (26,031,728,640 + 50,331,648,000) × 1.1 B.
        QTRY_VERIFY(m_window->answerPanel()->toPlainText().contains(QStringLiteral("Total: 84.00 GB")));
        verifyBarsMatchCore();
        QTest::keyClick(slider, Qt::Key_End);
        QCOMPARE(spin->value(), 1048576);
        QTest::keyClick(slider, Qt::Key_Home);
        QCOMPARE(spin->value(), 1);
        verifyBarsMatchCore();
    }

    void concurrencySliderScalesEveryBar()
    {
        auto *slider = child<QSlider>("concurrencySlider");
        const QList<qreal> kvBefore = [this] {
            QList<qreal> v;
            QBarSet *set = chart()->barSeries()->barSets().at(MemoryChart::KvCache);
            for (int i = 0; i < set->count(); ++i)
                v << set->at(i);
            return v;
        }();
        slider->setFocus();
        // 10 lies between the stops 8 and 12: one step left is 8, one step right is 12.
        QTest::keyClick(slider, Qt::Key_Left);
        QCOMPARE(child<QSpinBox>("concurrencySpin")->value(), 8);
        child<QSpinBox>("concurrencySpin")->setValue(10);
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(child<QSpinBox>("concurrencySpin")->value(), 12);
        QBarSet *set = chart()->barSeries()->barSets().at(MemoryChart::KvCache);
        QCOMPARE(set->count(), kvBefore.size());
        for (int i = 0; i < set->count(); ++i)
            QVERIFY(qFuzzyCompare(set->at(i), kvBefore.at(i) * 12 / 10));
        verifyBarsMatchCore();
    }

    void typingInTheSpinBoxMovesTheSlider()
    {
        auto *spin = child<QSpinBox>("tokensSpin");
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("131072"));
        QTest::keyClick(spin, Qt::Key_Enter);
        QCOMPARE(m_window->scenario().tokens, qint64(131072));
        auto *slider = child<QSlider>("tokensSlider");
        QCOMPARE(slider->value(), ValueLadder::powersOfTwoWithHalves(1 << 20).indexAtOrBelow(131072));
    }

    void modelPickerEntriesSayTheirStructureOnce_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("entry");
        // Sizes and attention from each config.json; DeepSeek-V3: 256 routed experts, Mixtral 8.
        QTest::newRow("llama-2-13b") << "llama-2-13b" << "LLaMA-2 13B (13B, MHA)";
        QTest::newRow("deepseek-v3") << "deepseek-v3" << "DeepSeek-V3 (671B, MLA, MoE)";
        QTest::newRow("mixtral-8x7b") << "mixtral-8x7b" << "Mixtral 8x7B (47B, GQA, MoE)"; // 46,702,792,704 parameters
    }

    void modelPickerEntriesSayTheirStructureOnce()
    {
        QFETCH(QString, id);
        QFETCH(QString, entry);
        auto *picker = child<QComboBox>("modelPicker");
        const int index = picker->findData(id, Qt::UserRole + 1);
        QVERIFY(index >= 0);
        QCOMPARE(picker->itemText(index), entry);
    }

    void modelPickerChangesTheModel()
    {
        auto *picker = child<QComboBox>("modelPicker");
        const int index = picker->findData(QStringLiteral("llama-3-70b"), Qt::UserRole + 1);
        QVERIFY(index >= 0);
        picker->setCurrentIndex(index);
        QCOMPARE(m_window->scenario().modelId, QStringLiteral("llama-3-70b"));
        verifyBarsMatchCore();
        // GQA: 327,680 B per token × 4096 × 10 = 13.42 GB, not the article formula's 107.37 GB.
        QCOMPARE(chart()->barSeries()->barSets().at(MemoryChart::KvCache)->at(currentBar()), 13.4217728);
    }

    void precisionsAndMethod()
    {
        auto *weights = child<QComboBox>("weightsCombo");
        weights->setCurrentIndex(weights->findData(QStringLiteral("int4")));
        auto *kv = child<QComboBox>("kvCombo");
        kv->setCurrentIndex(kv->findData(QStringLiteral("fp8")));
        auto *method = child<QComboBox>("methodCombo");
        method->setCurrentIndex(method->findData(QStringLiteral("article")));
        const Scenario &s = m_window->scenario();
        QCOMPARE(s.weightsId, QStringLiteral("int4"));
        QCOMPARE(s.kvCacheId, QStringLiteral("fp8"));
        QCOMPARE(s.method, EstimateMethod::Article);
        // Article method, 13e9 × 0.5 B = 6.5 GB.
        QCOMPARE(chart()->barSeries()->barSets().at(MemoryChart::Weights)->at(0), 6.5);
        verifyBarsMatchCore();
    }

    void vllmShowsItsSettingsAndBudgetLines()
    {
        auto *method = child<QComboBox>("methodCombo");
        method->setFocus();
        // Keyboard: the combo lists article, exact, vLLM, llama.cpp; one step down from exact.
        QTest::keyClick(method, Qt::Key_Down);
        QCOMPARE(m_window->scenario().method, EstimateMethod::Vllm);
        QVERIFY(child<QWidget>("gpuUtilizationSpin")->isVisible());
        QVERIFY(!child<QWidget>("gpuLayersSpin")->isVisible());
        QVERIFY(!child<QWidget>("overheadSpin")->isVisible());
        // Each line is the GPU's CUDA total × 0.9: A100 40GB 39.50 GiB = 42,412,802,048 B → 38,171,521,843 B.
        QLineSeries *first = chart()->capacityLines().first();
        QCOMPARE(first->name(), QStringLiteral("1 × A100 40GB, vLLM 90%"));
        QCOMPARE(first->at(0).y(), 38.171521843);
        // The list and the answer show the same budget, named as the line names it.
        QVERIFY2(child<QListWidget>("gpuList")->item(0)->text().contains(QStringLiteral("1 × A100 40GB, vLLM 90% — 38.17 GB")),
                 qPrintable(child<QListWidget>("gpuList")->item(0)->text()));
        verifyBarsMatchCore();
        m_window->flushAnswer();
        QVERIFY(child<QTextBrowser>("answerPanel")->toPlainText().contains(QStringLiteral("GPU KV cache size")));

        // Type a utilization of 0.5: 42,412,802,048 × 0.5 = 21,206,401,024 B.
        auto *util = child<QDoubleSpinBox>("gpuUtilizationSpin");
        util->setFocus();
        util->selectAll();
        QTest::keyClicks(util, QStringLiteral("0.5"));
        QTest::keyClick(util, Qt::Key_Enter);
        QCOMPARE(m_window->scenario().engine.gpuMemoryUtilizationPpm, qint64(500000));
        QCOMPARE(chart()->capacityLines().first()->at(0).y(), 21.206401024);

        // Turning CUDA graphs off takes their 536,870,912 B off every bar's overhead.
        const double before = chart()->barSeries()->barSets().at(MemoryChart::Overhead)->at(0);
        auto *graphs = child<QCheckBox>("cudaGraphsCheck");
        QSignalSpy toggled(graphs, &QCheckBox::toggled);
        QTest::mouseClick(graphs, Qt::LeftButton, {}, QPoint(8, graphs->height() / 2));
        QCOMPARE(toggled.count(), 1);
        QVERIFY(m_window->scenario().engine.enforceEager);
        QCOMPARE(chart()->barSeries()->barSets().at(MemoryChart::Overhead)->at(0), before - 0.536870912);
        verifyBarsMatchCore();
    }

    // A GPU row whose count the heads do not divide runs as pipeline stages; asking for one
    // stage in the editor makes vLLM's refusal show instead.
    void vllmPipelineStagesFromTheEditor()
    {
        Scenario s = m_window->scenario();
        s.method = EstimateMethod::Vllm;
        s.gpus = {{QStringLiteral("a100-80gb"), 3}}; // LLaMA-2 13B: 40 heads, not divisible by 3
        m_window->setScenario(s);
        m_window->flushAnswer();
        const auto answer = [this] { return child<QTextBrowser>("answerPanel")->toPlainText(); };
        QVERIFY2(answer().contains(QStringLiteral("3 pipeline stages of up to 14 layers")), qPrintable(answer()));
        verifyBarsMatchCore();
        auto *stages = child<QSpinBox>("pipelineStagesSpin");
        QCOMPARE(stages->text(), QStringLiteral("where needed"));
        stages->setFocus();
        QTest::keyClick(stages, Qt::Key_Up); // 1 stage: tensor parallel 3, which vLLM refuses
        QCOMPARE(m_window->scenario().engine.pipelineStages, 1);
        m_window->flushAnswer();
        QVERIFY2(answer().contains(QStringLiteral("Nearest counts vLLM accepts: 2, 4")), qPrintable(answer()));
    }

    void llamaCppGpuLayersMoveWeightsToTheHost()
    {
        auto *method = child<QComboBox>("methodCombo");
        method->setCurrentIndex(method->findData(QStringLiteral("llamacpp")));
        QVERIFY(child<QWidget>("gpuLayersSpin")->isVisible());
        QVERIFY(!child<QWidget>("gpuUtilizationSpin")->isVisible());
        verifyBarsMatchCore();
        const double allWeights = chart()->barSeries()->barSets().at(MemoryChart::Weights)->at(0);
        QVERIFY(allWeights > 0);
        // -ngl 0: nothing on the GPU, everything in host memory.
        auto *ngl = child<QSpinBox>("gpuLayersSpin");
        ngl->setFocus();
        ngl->selectAll();
        QTest::keyClicks(ngl, QStringLiteral("0"));
        QTest::keyClick(ngl, Qt::Key_Enter);
        QCOMPARE(m_window->scenario().engine.gpuLayers, 0);
        QCOMPARE(chart()->barSeries()->barSets().at(MemoryChart::Weights)->at(0), 0.0);
        verifyBarsMatchCore();
        m_window->flushAnswer();
        QVERIFY(child<QTextBrowser>("answerPanel")->toPlainText().contains(QStringLiteral("Host memory")));

        // -ngl back to all (-1) with a model too big for the GPU: the answer says what llama-server's --fit
        // does instead, with the core's count (LLaMA-2 13B F16 on an RTX 4090: 33 of 41).
        m_window->setScenario(scenarioWith(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), EstimateMethod::LlamaCpp,
                                           4096, 1, QStringLiteral("rtx-4090")));
        QCOMPARE(ngl->value(), -1);
        m_window->flushAnswer();
        const FitResult fit = FitAnalyzer::analyze(expectedModel(), {*Catalog::builtIn().gpu(QStringLiteral("rtx-4090")), 1, {}});
        QVERIFY(fit.llamaCppFit);
        const QString answer = child<QTextBrowser>("answerPanel")->toPlainText();
        QVERIFY2(answer.contains(QStringLiteral("llama-server's --fit (on by default, -ngl unset) starts it anyway: %1 of 41 layers")
                                     .arg(fit.llamaCppFit->gpuLayers)),
                 qPrintable(answer));
        QCOMPARE(fit.llamaCppFit->gpuLayers, 33);
    }

    void llamaCppFlashAttentionIsChosenInTheWindow()
    {
        // Llama-3.1 8B at 131,072 tokens (worked by hand in tst_engines): auto turns flash attention
        // on (head size 128) and the compute buffer is 436,207,616 B; off, 8,891,924,480 B.
        m_window->setScenario(scenarioWith(QStringLiteral("llama-3.1-8b"), QStringLiteral("fp16"), EstimateMethod::LlamaCpp, 131072, 1));
        m_window->flushAnswer();
        const auto answer = [this] { return child<QTextBrowser>("answerPanel")->toPlainText(); };
        QVERIFY2(answer().contains(QStringLiteral("with flash attention (auto: on, the CUDA kernels take head size 128) = 436.21 MB")),
                 qPrintable(answer()));
        verifyBarsMatchCore();
        auto *fa = child<QComboBox>("flashAttentionCombo");
        QVERIFY(fa->isVisible());
        QCOMPARE(fa->currentText(), QStringLiteral("auto"));
        QSignalSpy changed(child<QWidget>("engineSettings"), SIGNAL(changed()));
        fa->setFocus();
        QTest::keyClick(fa, Qt::Key_Down); // on
        QTest::keyClick(fa, Qt::Key_Down); // off
        QCOMPARE(fa->currentText(), QStringLiteral("off"));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(m_window->scenario().engine.flashAttention, EngineSettings::FlashAttention::Off);
        m_window->flushAnswer();
        QVERIFY2(answer().contains(QStringLiteral("without flash attention (as set (-fa off)) = 8.89 GB")), qPrintable(answer()));
        verifyBarsMatchCore();
        // A quantized V cache needs it on: the window says why instead of a figure.
        auto *ctv = child<QComboBox>("cacheTypeVCombo");
        ctv->setCurrentIndex(ctv->findData(QStringLiteral("q4_0")));
        QCOMPARE(m_window->scenario().engine.cacheTypeV, QStringLiteral("q4_0"));
        m_window->flushAnswer();
        QVERIFY2(answer().contains(QStringLiteral("llama.cpp quantizes the V cache only with flash attention")), qPrintable(answer()));
        fa->setCurrentIndex(fa->findData(QStringLiteral("on")));
        m_window->flushAnswer();
        // 32 layers × (2,048 + 576) B a cell × 131,072 cells = 11,005,853,696 B.
        QVERIFY2(answer().contains(QStringLiteral("(K FP16, V Q4_0) = 11.01 GB")), qPrintable(answer()));
        verifyBarsMatchCore();
    }

    void sglangPoolInTheWindow()
    {
        // Llama-3.1 8B BF16 on one H100 (worked by hand in tst_engines): SGLang's default fraction 0.83,
        // 0.835 without piecewise CUDA graphs, then 0.88 typed in, which gives a pool of 446,038 tokens.
        // Set as exact; the method is then picked in the window.
        m_window->setScenario(scenarioWith(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), EstimateMethod::Exact, 8192, 16,
                                           QStringLiteral("h100-80gb")));
        auto *method = child<QComboBox>("methodCombo");
        method->setFocus();
        // The picker groups the rules of thumb and the engines; SGLang is reached with the keyboard.
        while (method->currentData().toString() != QLatin1String("sglang")) {
            const int before = method->currentIndex();
            QTest::keyClick(method, Qt::Key_Down);
            QVERIFY(method->currentIndex() != before);
        }
        QCOMPARE(m_window->scenario().method, EstimateMethod::Sglang);
        auto *fraction = child<QDoubleSpinBox>("memFractionSpin");
        QVERIFY(fraction->isVisible());
        QVERIFY(!child<QWidget>("gpuUtilizationSpin")->isVisible());
        QCOMPARE(fraction->text(), QStringLiteral("SGLang's default"));
        m_window->flushAnswer();
        const auto answer = [this] { return child<QTextBrowser>("answerPanel")->toPlainText(); };
        QVERIFY2(answer().contains(QRegularExpression(QStringLiteral("mem_fraction_static 0\\.83\\b"))), qPrintable(answer()));
        verifyBarsMatchCore();
        auto *piecewise = child<QCheckBox>("piecewiseGraphsCheck");
        QVERIFY(piecewise->isVisible());
        QVERIFY(piecewise->isChecked());
        QSignalSpy edited(piecewise, &QCheckBox::toggled);
        QTest::mouseClick(piecewise, Qt::LeftButton, {}, QPoint(8, piecewise->height() / 2));
        QVERIFY(!piecewise->isChecked());
        QVERIFY(!m_window->scenario().engine.sglangPiecewiseCudaGraph);
        QVERIFY(!edited.isEmpty());
        m_window->flushAnswer();
        QVERIFY2(answer().contains(QStringLiteral("mem_fraction_static 0.835")), qPrintable(answer()));
        verifyBarsMatchCore();
        fraction->setFocus();
        fraction->selectAll();
        QTest::keyClicks(fraction, QStringLiteral("0.88"));
        QTest::keyClick(fraction, Qt::Key_Enter);
        QCOMPARE(m_window->scenario().engine.memFractionStaticPpm, qint64(880000));
        m_window->flushAnswer();
        QVERIFY2(answer().contains(QStringLiteral("SGLang: KV pool 446,038 tokens")), qPrintable(answer()));
        // The capacity line is SGLang's static share of the free memory.
        const QList<QLineSeries *> lines = chart()->capacityLines();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first()->at(0).y(), double(84686017659LL * 88 / 100) / 1e9);
        QVERIFY2(lines.first()->name().contains(QStringLiteral("SGLang static share 0.88")), qPrintable(lines.first()->name()));
        verifyBarsMatchCore();
        // DeepSeek-V3.2's sparse attention: SGLang pages its pool in 64 tokens whatever --page-size says,
        // so the field is disabled and says why; another model takes it back.
        auto *page = child<QSpinBox>("pageSizeSpin");
        QVERIFY(page->isEnabled());
        auto *picker = child<QComboBox>("modelPicker");
        picker->setCurrentIndex(picker->findData(QStringLiteral("deepseek-v3.2"), Qt::UserRole + 1));
        QCOMPARE(m_window->scenario().modelId, QStringLiteral("deepseek-v3.2"));
        QVERIFY(!page->isEnabled());
        QVERIFY2(page->toolTip().contains(QStringLiteral("64 tokens")), qPrintable(page->toolTip()));
        QCOMPARE(m_window->scenario().engine.pageSize, qint64(1)); // the user's own setting is kept
        picker->setCurrentIndex(picker->findData(QStringLiteral("llama-3.1-8b"), Qt::UserRole + 1));
        QVERIFY(page->isEnabled());
        QVERIFY2(page->toolTip().contains(QStringLiteral("--page-size")), qPrintable(page->toolTip()));
        // The sliding-window pool's ratio is shown only for a model SGLang gives such a pool.
        auto *swa = child<QDoubleSpinBox>("swaFullTokensRatioSpin");
        QVERIFY(!swa->isVisible());
        picker->setCurrentIndex(picker->findData(QStringLiteral("gpt-oss-120b"), Qt::UserRole + 1));
        QVERIFY(swa->isVisible());
        picker->setCurrentIndex(picker->findData(QStringLiteral("llama-3.1-8b"), Qt::UserRole + 1));
        QVERIFY(!swa->isVisible());
    }

    void sglangSlidingPoolInTheWindow()
    {
        // gpt-oss-120b under SGLang on an H100: its windowed layers get a pool of their own. Typing 0.5 as the
        // SWA ratio halves that pool against the full one, and the answer shows the core's figures.
        Scenario s = scenarioWith(QStringLiteral("gpt-oss-120b"), QStringLiteral("file"), EstimateMethod::Sglang, 32768, 2,
                                  QStringLiteral("h100-80gb"));
        s.kvCacheId = QStringLiteral("bf16");
        m_window->setScenario(s);
        auto *ratio = child<QDoubleSpinBox>("swaFullTokensRatioSpin");
        QVERIFY(ratio->isVisible());
        QCOMPARE(ratio->value(), 0.8);
        ratio->setFocus();
        ratio->selectAll();
        QTest::keyClicks(ratio, QStringLiteral("0.5"));
        QTest::keyClick(ratio, Qt::Key_Enter);
        QCOMPARE(m_window->scenario().engine.swaFullTokensRatioPpm, qint64(500000));
        m_window->flushAnswer();
        const SglangPlan plan = SglangPlan::build(expectedModel(), *Catalog::builtIn().gpu(QStringLiteral("h100-80gb")));
        QVERIFY(plan.slidingPool);
        QCOMPARE(plan.swaTokens, plan.maxTotalNumTokens / 2);
        const QString answer = child<QTextBrowser>("answerPanel")->toPlainText();
        QVERIFY2(answer.contains(QStringLiteral("SGLang: KV pool %1 tokens").arg(QLocale().toString(plan.maxTotalNumTokens))),
                 qPrintable(answer));
        QVERIFY2(answer.contains(QStringLiteral("sliding-window pool %1 tokens for the 18 windowed layers")
                                     .arg(QLocale().toString(plan.swaTokens))),
                 qPrintable(answer));
        verifyBarsMatchCore();
    }

    void vllmAnswerGivesBothCacheSizes()
    {
        // gpt-oss-120b under vLLM on an H100: its sliding group makes vLLM's two cache-size figures part (one
        // group's share of the blocks; later vLLM's maximum concurrency × max_model_len). The answer gives both,
        // as the core computes them; a dense model, where they agree, gives one.
        Scenario s = scenarioWith(QStringLiteral("gpt-oss-120b"), QStringLiteral("file"), EstimateMethod::Vllm, 131072, 1,
                                  QStringLiteral("h100-80gb"));
        s.kvCacheId = QStringLiteral("bf16");
        m_window->setScenario(s);
        m_window->flushAnswer();
        const VllmPlan plan = VllmPlan::build(expectedModel(), *Catalog::builtIn().gpu(QStringLiteral("h100-80gb")));
        QVERIFY(plan.kvCacheTokensByConcurrency > plan.kvCacheTokens);
        QString answer = child<QTextBrowser>("answerPanel")->toPlainText();
        QVERIFY2(answer.contains(QStringLiteral("GPU KV cache size %1 tokens").arg(QLocale().toString(plan.kvCacheTokens))),
                 qPrintable(answer));
        QVERIFY2(answer.contains(QStringLiteral("vLLM of 2026 prints the size as maximum concurrency × max_model_len: %1 tokens")
                                     .arg(QLocale().toString(plan.kvCacheTokensByConcurrency))),
                 qPrintable(answer));

        m_window->setScenario(scenarioWith(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), EstimateMethod::Vllm,
                                           4096, 1, QStringLiteral("h100-80gb")));
        m_window->flushAnswer();
        answer = child<QTextBrowser>("answerPanel")->toPlainText();
        QVERIFY2(answer.contains(QStringLiteral("GPU KV cache size")), qPrintable(answer));
        QVERIFY2(!answer.contains(QStringLiteral("vLLM of 2026 prints")), qPrintable(answer));
    }

    void trtLlmCacheInTheWindow()
    {
        // LLaMA-2 7B INT8 on an A100 80GB (worked by hand in tst_engines): max_num_tokens typed as 4,096
        // gives 132,576 tokens in the paged cache.
        Scenario s = scenarioWith(QStringLiteral("llama-2-7b"), QStringLiteral("int8"), EstimateMethod::TrtLlm, 4096, 1,
                                  QStringLiteral("a100-80gb"));
        s.kvCacheId = QStringLiteral("fp16");
        m_window->setScenario(s);
        auto *tokens = child<QSpinBox>("maxNumTokensSpin");
        QVERIFY(tokens->isVisible());
        QCOMPARE(tokens->value(), 8192);
        tokens->setFocus();
        tokens->selectAll();
        QTest::keyClicks(tokens, QStringLiteral("4096"));
        QTest::keyClick(tokens, Qt::Key_Enter);
        QCOMPARE(m_window->scenario().engine.trtMaxNumTokens, qint64(4096));
        m_window->flushAnswer();
        const QString answer = child<QTextBrowser>("answerPanel")->toPlainText();
        QVERIFY2(answer.contains(QStringLiteral("TensorRT-LLM: 132,576 max tokens in paged KV cache")), qPrintable(answer));
        verifyBarsMatchCore();
        // host_cache_size typed as 10 GiB: 20,480 tokens of 524,288 B, 640 blocks of 32 in the host pool.
        auto *host = child<QDoubleSpinBox>("hostCacheSizeSpin");
        QVERIFY(host->isVisible());
        QCOMPARE(host->text(), QStringLiteral("none"));
        host->setFocus();
        host->selectAll();
        QTest::keyClicks(host, QStringLiteral("10"));
        QTest::keyClick(host, Qt::Key_Enter);
        QCOMPARE(m_window->scenario().engine.trtHostCacheBytes, qint64(10) << 30);
        QCOMPARE(m_window->scenario().engine.trtMaxNumTokens, qint64(4096)); // unchanged
        m_window->flushAnswer();
        const QString withHost = child<QTextBrowser>("answerPanel")->toPlainText();
        QVERIFY2(withHost.contains(QStringLiteral("secondary pool 640 blocks (10.00 GiB of host memory)")), qPrintable(withHost));
        // A byte count the spin cannot show exactly stays as it was while other settings change.
        Scenario odd = m_window->scenario();
        odd.engine.trtHostCacheBytes = 4000000000;
        m_window->setScenario(odd);
        tokens->setFocus();
        tokens->selectAll();
        QTest::keyClicks(tokens, QStringLiteral("2048"));
        QTest::keyClick(tokens, Qt::Key_Enter);
        QCOMPARE(m_window->scenario().engine.trtMaxNumTokens, qint64(2048));
        QCOMPARE(m_window->scenario().engine.trtHostCacheBytes, qint64(4000000000));
    }

    void mindieBlocksInTheWindow()
    {
        // Llama-3.1 8B BF16 on one Ascend 910B at 8,192 tokens (worked by hand in tst_engines): 2,104 blocks of 128
        // at MindIE's default NPU_MEMORY_FRACTION 0.8. Typed as 0.9 the budget grows and so do the blocks, as the
        // core computes them; the capacity line names the fraction.
        Scenario s = scenarioWith(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), EstimateMethod::Mindie, 8192, 1,
                                  QStringLiteral("ascend-910b"));
        m_window->setScenario(s);
        m_window->flushAnswer();
        const auto answer = [this] { return child<QTextBrowser>("answerPanel")->toPlainText(); };
        QVERIFY2(answer().contains(QStringLiteral("MindIE: num_npu_blocks 2,104 of 128 tokens")), qPrintable(answer()));
        QCOMPARE(chart()->capacityLines().first()->name(), QStringLiteral("1 × Ascend 910B NPU 64GB, MindIE NPU_MEMORY_FRACTION 0.8"));
        auto *fraction = child<QDoubleSpinBox>("npuMemoryFractionSpin");
        QVERIFY(fraction->isVisible());
        QVERIFY(!child<QWidget>("maxNumTokensSpin")->isVisible());
        fraction->setFocus();
        fraction->selectAll();
        QTest::keyClicks(fraction, QStringLiteral("0.9"));
        QTest::keyClick(fraction, Qt::Key_Enter);
        QCOMPARE(m_window->scenario().engine.npuMemoryFractionPpm, qint64(900000));
        m_window->flushAnswer();
        const MindiePlan plan = MindiePlan::build(expectedModel(), *Catalog::builtIn().gpu(QStringLiteral("ascend-910b")));
        QVERIFY(plan.numBlocks > 2104);
        QVERIFY2(answer().contains(QStringLiteral("MindIE: num_npu_blocks %1 of 128 tokens").arg(QLocale().toString(plan.numBlocks))),
                 qPrintable(answer()));
        verifyBarsMatchCore();
    }

    void vllmAscendVersionInTheWindow()
    {
        // Qwen3-Next on four 910Bs at 80 % (worked by hand in tst_engines): vLLM-Ascend 0.16 and later hold 230,400
        // tokens in 512-token pages; 0.13's whole-state pages of 384 tokens hold 236,160. The version is picked
        // with the keyboard, and the bars stay the core's.
        Scenario s = scenarioWith(QStringLiteral("qwen3-next-80b-a3b"), QStringLiteral("bf16"), EstimateMethod::Vllm, 32768, 1);
        s.gpus = {{QStringLiteral("ascend-910b"), 4}};
        s.engine.gpuMemoryUtilizationPpm = 800000;
        s.engine.maxNumBatchedTokens = 4096;
        m_window->setScenario(s);
        m_window->flushAnswer();
        const auto answer = [this] { return child<QTextBrowser>("answerPanel")->toPlainText(); };
        QVERIFY2(answer().contains(QStringLiteral("vLLM-Ascend: KV cache size 230,400 tokens · maximum concurrency 26.91×")),
                 qPrintable(answer()));
        auto *version = child<QComboBox>("vllmAscendVersionCombo");
        QVERIFY(version->isVisible());
        QCOMPARE(child<QCheckBox>("cudaGraphsCheck")->text(), QStringLiteral("CUDA or ACL &graphs (off: --enforce-eager)"));
        QCOMPARE(version->currentText(), QStringLiteral("0.16 or later"));
        QSignalSpy changed(version, &QComboBox::currentIndexChanged);
        version->setFocus();
        QTest::keyClick(version, Qt::Key_Down);
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_window->scenario().engine.vllmAscendWholeStatePages);
        m_window->flushAnswer();
        QVERIFY2(answer().contains(QStringLiteral("vLLM-Ascend: KV cache size 236,160 tokens · maximum concurrency 27.64×")),
                 qPrintable(answer()));
        verifyBarsMatchCore();
        // Without an Ascend NPU in any row the choice is not shown.
        s.gpus = {{QStringLiteral("h100-80gb"), 4}};
        m_window->setScenario(s);
        QVERIFY(!version->isVisible());
        QCOMPARE(child<QCheckBox>("cudaGraphsCheck")->text(), QStringLiteral("CUDA &graphs (off: --enforce-eager)"));
        QVERIFY(child<QWidget>("maxBatchedTokensSpin")->isVisible());
    }

    void ollamaOffloadInTheWindow()
    {
        // LLaMA-2 13B F16 at 4,096 tokens on one RTX 4090 without flash attention (worked by hand in
        // tst_engines): Ollama puts 33 of 41 layers on the GPU; num_gpu 10 puts 10.
        Scenario s = scenarioWith(QStringLiteral("llama-2-13b"), QStringLiteral("fp16"), EstimateMethod::Ollama, 4096, 1,
                                  QStringLiteral("rtx-4090"));
        s.engine.flashAttention = EngineSettings::FlashAttention::Off;
        m_window->setScenario(s);
        m_window->flushAnswer();
        const auto answer = [this] { return child<QTextBrowser>("answerPanel")->toPlainText(); };
        QVERIFY2(answer().contains(QStringLiteral("Ollama: 33 of 41 layers on the GPUs")), qPrintable(answer()));
        QVERIFY(answer().contains(QStringLiteral("the rest runs on the CPU")));
        auto *numGpu = child<QSpinBox>("numGpuSpin");
        QVERIFY(numGpu->isVisible());
        QVERIFY(!child<QWidget>("gpuLayersSpin")->isVisible());
        QCOMPARE(numGpu->text(), QStringLiteral("auto"));
        QCOMPARE(child<QComboBox>("ollamaFlashCombo")->currentText(), QStringLiteral("off"));
        numGpu->setFocus();
        numGpu->selectAll();
        QTest::keyClicks(numGpu, QStringLiteral("10"));
        QTest::keyClick(numGpu, Qt::Key_Enter);
        QCOMPARE(m_window->scenario().engine.gpuLayers, 10);
        QCOMPARE(m_window->scenario().engine.flashAttention, EngineSettings::FlashAttention::Off);
        m_window->flushAnswer();
        QVERIFY2(answer().contains(QStringLiteral("Ollama: 10 of 41 layers on the GPUs")), qPrintable(answer()));
        verifyBarsMatchCore();

        // Today's Ollama leaves the layers to llama-server's --fit, which OLLAMA_GPU_OVERHEAD does not reach: with
        // 8 GiB of it still 33 layers. Ollama before 0.30, picked with the keyboard, kept the 8 GiB: 21 layers.
        numGpu->setFocus();
        numGpu->selectAll();
        QTest::keyClicks(numGpu, QStringLiteral("-1"));
        QTest::keyClick(numGpu, Qt::Key_Enter);
        auto *overhead = child<QSpinBox>("gpuOverheadSpin");
        overhead->setFocus();
        overhead->selectAll();
        QTest::keyClicks(overhead, QStringLiteral("8192"));
        QTest::keyClick(overhead, Qt::Key_Enter);
        QCOMPARE(m_window->scenario().engine.ollamaGpuOverhead, qint64(8) << 30);
        m_window->flushAnswer();
        QVERIFY2(answer().contains(QStringLiteral("Ollama: 33 of 41 layers on the GPUs")), qPrintable(answer()));
        QVERIFY2(answer().contains(QStringLiteral("placed by llama-server's --fit")), qPrintable(answer()));
        QCOMPARE(chart()->capacityLines().first()->name(), QStringLiteral("1 × RTX 4090 24GB, Ollama (less llama.cpp's 1 GiB fit target)"));
        auto *version = child<QComboBox>("ollamaVersionCombo");
        QVERIFY(version->isVisible());
        QCOMPARE(version->currentText(), QStringLiteral("0.30 or later (llama-server's --fit)"));
        QSignalSpy changed(version, &QComboBox::currentIndexChanged);
        version->setFocus();
        QTest::keyClick(version, Qt::Key_Down);
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_window->scenario().engine.ollamaLegacyScheduler);
        m_window->flushAnswer();
        QVERIFY2(answer().contains(QStringLiteral("Ollama: 21 of 41 layers on the GPUs")), qPrintable(answer()));
        QVERIFY(!answer().contains(QStringLiteral("placed by llama-server's --fit")));
        QCOMPARE(chart()->capacityLines().first()->name(), QStringLiteral("1 × RTX 4090 24GB, Ollama (less 457 MiB)"));
        verifyBarsMatchCore();
    }

    void addingAGpuAddsALabelledLineAtItsCapacity()
    {
        const int before = int(chart()->capacityLines().size());
        QCOMPARE(before, 3);
        auto *kind = child<QComboBox>("gpuKindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("h200-141gb")));
        auto *count = child<QSpinBox>("gpuCountSpin");
        count->setValue(4);
        QTest::mouseClick(child<QPushButton>("addGpuButton"), Qt::LeftButton);
        const QList<QLineSeries *> lines = chart()->capacityLines();
        QCOMPARE(lines.size(), before + 1);
        QLineSeries *line = lines.last();
        QCOMPARE(line->name(), QStringLiteral("4 × H200 141GB"));
        // 4 × 143,771 MiB = 603,019,280,384 B.
        QCOMPARE(line->at(0).y(), 603.019280384);
        QCOMPARE(line->at(1).y(), 603.019280384);
        // Its label stands in the right margin beside the line's end, the top one first.
        const QList<QGraphicsSimpleTextItem *> labels = chart()->capacityLabels();
        QCOMPARE(labels.size(), before + 1);
        QCOMPARE(labels.first()->text(), QStringLiteral("4 × H200 141GB: 603.02 GB"));
        const QPointF end = chart()->chart()->mapToPosition(line->at(1), line);
        QVERIFY(labels.first()->x() > end.x());
        QCOMPARE(labels.first()->y() + labels.first()->boundingRect().height() / 2, end.y());
        QCOMPARE(m_window->scenario().gpus.last().gpuId, QStringLiteral("h200-141gb"));

        auto *list = child<QListWidget>("gpuList");
        list->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>("removeGpuButton"), Qt::LeftButton);
        QCOMPARE(chart()->capacityLines().size(), before);
        QCOMPARE(m_window->scenario().gpus.first().gpuId, QStringLiteral("a100-80gb"));
    }

    // The article's two answers, 2 × A100 40GB and 1 × A100 80GB, hold the same bytes:
    // one line, one legend entry, one label naming both.
    // A start-up log pasted into File → Compare with a start-up log: its figures beside the plan, its run loadable.
    void startUpLogBesideThePlan()
    {
        QFile fixture(QStringLiteral(VRAM_TEST_DATA_DIR "/logs/llamacpp-logdetective-106.log"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        Scenario current;
        current.modelId = QStringLiteral("mistral-7b"); // the log names no model: the window's
        EngineLogDialog dialog(Catalog::builtIn(), current);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *text = windowfixture::child<QPlainTextEdit>(&dialog, "logText");
        auto *table = windowfixture::child<QTableWidget>(&dialog, "logTable");
        auto *load = windowfixture::child<QPushButton>(&dialog, "loadLogScenario");
        auto *summary = windowfixture::child<QLabel>(&dialog, "logSummary");
        QVERIFY(!load->isEnabled());
        // Something that is no log: the dialog says which lines it looked for.
        QGuiApplication::clipboard()->setText(QStringLiteral("dear diary"));
        text->setFocus();
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(summary->text().contains(QStringLiteral("GPU KV cache size")));
        QVERIFY(!load->isEnabled());
        // The log itself: KV and compute buffers as the plan has them (fedora-copr/logdetective#106).
        QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
        QGuiApplication::clipboard()->setText(QString::fromUtf8(fixture.readAll()));
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("KV buffer on the GPU"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("4.00 GiB"));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("KV cache (all devices)"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("0.0%"));
        QCOMPARE(table->item(2, 2)->text(), QStringLiteral("2.09 GiB"));
        QCOMPARE(table->item(2, 3)->text(), QStringLiteral("0.0%"));
        QVERIFY2(summary->text().contains(QStringLiteral("32,768")), qPrintable(summary->text()));
        QVERIFY(load->isEnabled());
        QTest::mouseClick(load, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Scenario run = dialog.scenario();
        QCOMPARE(run.method, EstimateMethod::LlamaCpp);
        QCOMPARE(run.modelId, QStringLiteral("mistral-7b"));
        QCOMPARE(run.tokens, qint64(32768));
        QCOMPARE(run.concurrency, qint64(1));
        QCOMPARE(run.engine.ubatch, qint64(512));
        // The window offers it under File.
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("compareWithLogAction")));
    }

    // What the engine printed and the plan has no term for is listed under the compared rows, marked so
    // (NVIDIA/TensorRT-LLM#1188: 8.4 GiB of runtime and decoder buffers before the cache).
    void startUpLogListsWhatThePlanDoesNotModel()
    {
        QFile fixture(QStringLiteral(VRAM_TEST_DATA_DIR "/logs/trtllm-1188.log"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        EngineLogDialog dialog(Catalog::builtIn(), trtLlm1188Run());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *text = windowfixture::child<QPlainTextEdit>(&dialog, "logText");
        auto *table = windowfixture::child<QTableWidget>(&dialog, "logTable");
        QGuiApplication::clipboard()->setText(QString::fromUtf8(fixture.readAll()));
        text->setFocus();
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(table->rowCount(), 6);
        QCOMPARE(table->item(2, 1)->text(), QStringLiteral("395,776"));
        QStringList unmodelled;
        for (int row = 3; row < 6; ++row) {
            QCOMPARE(table->item(row, 2)->text(), QStringLiteral("not modelled"));
            QCOMPARE(table->item(row, 3)->text(), QStringLiteral("—"));
            unmodelled << table->item(row, 0)->text();
        }
        QCOMPARE(unmodelled, QStringList({QStringLiteral("execution context (TensorRT activations)"),
                                          QStringLiteral("runtime buffers"), QStringLiteral("decoder buffers")}));
        QCOMPARE(table->item(5, 1)->text(), QStringLiteral("5.76 GiB"));
    }

    // A log of another model than the window's, printing no dtype (sgl-project/sglang#11309, DeepSeek-V3.2-Exp on
    // 8 × B200): its run loaded the checkpoint as published, FP8, and the plan starts. With the window's own
    // 16-bit weights for that model it does not: the dialog says why, and learns no profile from it.
    void startUpLogOfAnotherModelTakesItAsPublished()
    {
        QFile fixture(QStringLiteral(VRAM_TEST_DATA_DIR "/logs/sglang-pr11309.log"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(fixture.readAll());
        Scenario current;
        current.modelId = QStringLiteral("llama-3.1-8b");
        current.weightsId = QStringLiteral("fp16");
        current.gpus = {{QStringLiteral("b200"), 1}};
        QTemporaryDir dir;
        CalibrationLibrary profiles(dir.filePath(QStringLiteral("calibration-profiles.json")));
        EngineLogDialog dialog(Catalog::builtIn(), current, &profiles);
        windowfixture::child<QPlainTextEdit>(&dialog, "logText")->setPlainText(text);
        QVERIFY(windowfixture::child<QPushButton>(&dialog, "saveLogProfile")->isEnabled());
        QCOMPARE(dialog.scenario().modelId, QStringLiteral("deepseek-v3.2"));
        QCOMPARE(dialog.scenario().weightsId, QStringLiteral("file"));
        auto *table = windowfixture::child<QTableWidget>(&dialog, "logTable");
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("975,424"));
        QVERIFY2(table->item(0, 2)->text() != QStringLiteral("—") && table->item(0, 2)->text() != QStringLiteral("0"),
                 qPrintable(table->item(0, 2)->text()));

        current.modelId = QStringLiteral("deepseek-v3.2"); // the window's own choice, 16 bits, is kept
        EngineLogDialog own(Catalog::builtIn(), current, &profiles);
        windowfixture::child<QPlainTextEdit>(&own, "logText")->setPlainText(text);
        QCOMPARE(own.scenario().weightsId, QStringLiteral("fp16"));
        auto *ownTable = windowfixture::child<QTableWidget>(&own, "logTable");
        QCOMPARE(ownTable->item(0, 2)->text(), QStringLiteral("0")); // SGLang would stop: no pool
        const QString summary = own.findChild<QLabel *>(QStringLiteral("logSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("The plan does not start with these settings: SGLang stops at start-up")),
                 qPrintable(summary));
        QVERIFY(!windowfixture::child<QPushButton>(&own, "saveLogProfile")->isEnabled()); // no plan, nothing to correct
    }

    // A vLLM log saved as a calibration profile: offered beside the engine settings, and the plan then
    // prints what the log printed (vllm-project/vllm#10517: 1,952 blocks where the planner has 1,918).
    void calibrationProfileFromTheLogDialog()
    {
        QTemporaryDir dir;
        CalibrationLibrary profiles(dir.filePath(QStringLiteral("calibration-profiles.json")));
        Scenario current;
        current.gpus = {{QStringLiteral("rtx-3090"), 1}};
        EngineLogDialog dialog(Catalog::builtIn(), current, &profiles);
        auto *text = windowfixture::child<QPlainTextEdit>(&dialog, "logText");
        text->setPlainText(QStringLiteral(
            "INFO llm_engine.py:249] Initializing an LLM engine (v0.6.4) with config: model='meta-llama/Llama-3.1-8B', "
            "dtype=torch.bfloat16, max_seq_len=20000, tensor_parallel_size=1, enforce_eager=True\n"
            "INFO arg_utils.py] non-default args: {'max_num_batched_tokens': 20000}\n"
            "INFO executor_base.py:105] # GPU blocks: 1952, # CPU blocks: 2048\n"));
        auto *save = windowfixture::child<QPushButton>(&dialog, "saveLogProfile");
        QVERIFY(save->isEnabled());
        QVERIFY(dialog.saveProfile(QStringLiteral("3090 run")));
        QCOMPARE(profiles.profiles().size(), 1);
        QVERIFY(profiles.profiles().first().calibration.nonTorch < 0);
        const Scenario run = dialog.scenario();
        QCOMPARE(run.engine.calibration.name, QStringLiteral("3090 run"));
        const MemoryModel calibrated(*run.toInput(Catalog::builtIn(), nullptr));
        const FitResult fit = FitAnalyzer::analyze(calibrated, run.gpuConfigs(Catalog::builtIn()).first());
        QCOMPARE(fit.vllm->numBlocks, qint64(1952));

        // The window offers the profile beside vLLM's settings and shows where the correction came from.
        CalibrationLibrary reread(profiles.path());
        QString error;
        QVERIFY(reread.load(&error));
        m_window->setCalibrationLibrary(&reread);
        m_window->setScenario(run);
        m_window->flushAnswer();
        auto *combo = child<QComboBox>("calibrationCombo");
        QVERIFY(combo->isVisible());
        QCOMPARE(combo->currentData().toString(), QStringLiteral("3090 run"));
        QVERIFY2(m_window->answerPanel()->toPlainText().contains(QStringLiteral("calibrated from 3090 run")),
                 qPrintable(m_window->answerPanel()->toPlainText()));
        combo->setCurrentIndex(combo->findData(QString()));
        m_window->flushAnswer();
        QVERIFY(m_window->scenario().engine.calibration.isEmpty());
        m_window->setCalibrationLibrary(nullptr);
        m_window->setScenario(Scenario());
    }

    // SGLang, TensorRT-LLM and Ollama logs give profiles too: the window offers them with those engines'
    // settings (MindIE, of which no log is read, has none). An SGLang profile moves the pool by its bytes:
    // Llama-3.1 8B on one H100 at 0.88 keeps 58,463,173,044 B for the pool, 446,038 tokens of 131,072 B
    // (tst_engines); 10,000 tokens' bytes less leave 436,038.
    void calibrationProfilesForEveryEngineWithLogs()
    {
        QTemporaryDir dir;
        CalibrationLibrary profiles(dir.filePath(QStringLiteral("calibration-profiles.json")));
        CalibrationProfile sglang{QStringLiteral("h100 sglang"), QStringLiteral("sglang"), QStringLiteral("v0.5.8"),
                                  QStringLiteral("h100-80gb"), {}};
        sglang.calibration.name = sglang.name;
        sglang.calibration.kvPool = -qint64(10000) * 131072;
        profiles.put(sglang);
        m_window->setCalibrationLibrary(&profiles);
        Scenario s = scenarioWith(QStringLiteral("llama-3.1-8b"), QStringLiteral("bf16"), EstimateMethod::Sglang, 8192, 16,
                                  QStringLiteral("h100-80gb"));
        s.engine.memFractionStaticPpm = 880000;
        m_window->setScenario(s);
        auto *combo = child<QComboBox>("calibrationCombo");
        QVERIFY(combo->isVisible());
        QCOMPARE(combo->count(), 2); // none and the SGLang profile
        combo->setCurrentIndex(combo->findData(QStringLiteral("h100 sglang")));
        QCOMPARE(m_window->scenario().engine.calibration.kvPool, -qint64(10000) * 131072);
        m_window->flushAnswer();
        const QString answer = m_window->answerPanel()->toPlainText();
        QVERIFY2(answer.contains(QStringLiteral("SGLang: KV pool 436,038 tokens")), qPrintable(answer));
        QVERIFY2(answer.contains(QStringLiteral("calibrated from h100 sglang")), qPrintable(answer));
        verifyBarsMatchCore();
        auto *methods = child<QComboBox>("methodCombo");
        for (const char *method : {"trtllm", "ollama"}) {
            methods->setCurrentIndex(methods->findData(QLatin1String(method)));
            QVERIFY2(combo->isVisible(), method);
            QCOMPARE(combo->count(), 1); // no profile of this engine: none
        }
        methods->setCurrentIndex(methods->findData(QStringLiteral("mindie")));
        QVERIFY(!combo->isVisible());

        // A TensorRT-LLM log (NVIDIA/TensorRT-LLM#1188) saved as a profile from the log dialog: with it the
        // window's plan prints the log's 395,776 tokens.
        QFile fixture(QStringLiteral(VRAM_TEST_DATA_DIR "/logs/trtllm-1188.log"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        EngineLogDialog dialog(Catalog::builtIn(), trtLlm1188Run(), &profiles);
        windowfixture::child<QPlainTextEdit>(&dialog, "logText")->setPlainText(QString::fromUtf8(fixture.readAll()));
        QVERIFY(dialog.saveProfile(QStringLiteral("a4000 trt")));
        m_window->setCalibrationLibrary(&profiles);
        m_window->setScenario(dialog.scenario());
        QCOMPARE(m_window->scenario().method, EstimateMethod::TrtLlm);
        QVERIFY(combo->isVisible());
        QCOMPARE(combo->currentData().toString(), QStringLiteral("a4000 trt"));
        m_window->flushAnswer();
        const QString trt = m_window->answerPanel()->toPlainText();
        QVERIFY2(trt.contains(QStringLiteral("TensorRT-LLM: 395,776 max tokens in paged KV cache")), qPrintable(trt));
        QVERIFY2(trt.contains(QStringLiteral("calibrated from a4000 trt")), qPrintable(trt));
        m_window->setCalibrationLibrary(nullptr);
        m_window->setScenario(Scenario());
    }

    // File → Calibration profiles…: each profile with its engine, GPU and corrections, renamed and removed
    // through the dialog's own buttons and saved at once; a write that fails leaves the file's profiles.
    void calibrationProfilesAreRenamedAndRemoved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calibration-profiles.json"));
        CalibrationLibrary profiles(path);
        CalibrationProfile sglang{QStringLiteral("h100 sglang"), QStringLiteral("sglang"), QStringLiteral("v0.5.8"),
                                  QStringLiteral("h100-80gb"), {}};
        sglang.calibration.name = sglang.name;
        sglang.calibration.kvPool = -qint64(1) << 30;
        profiles.put(sglang);
        CalibrationProfile vllm{QStringLiteral("3090 run"), QStringLiteral("vllm"), QString(), QStringLiteral("rtx-3090"), {}};
        vllm.calibration.name = vllm.name;
        vllm.calibration.nonTorch = -qint64(64) << 20;
        profiles.put(vllm);
        QString error;
        QVERIFY2(profiles.save(&error), qPrintable(error));
        m_window->setCalibrationLibrary(&profiles);
        QVERIFY(action("manageCalibrationsAction")->isEnabled());

        ManageCalibrationsDialog dialog(&profiles);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("entryList"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("h100 sglang — SGLang v0.5.8 on h100-80gb: KV pool −1.00 GiB"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("3090 run — vLLM on rtx-3090: non-torch −64.00 MiB"));
        auto *rename = dialog.findChild<QPushButton *>(QStringLiteral("renameButton"));
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeButton"));
        list->setCurrentRow(0);
        QVERIFY(rename->isEnabled() && remove->isEnabled());
        QTimer::singleShot(0, this, [] {
            if (auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                input->setTextValue(QStringLiteral("B200 reference"));
                input->accept();
            }
        });
        QTest::mouseClick(rename, Qt::LeftButton);
        QCOMPARE(list->item(0)->text(), QStringLiteral("B200 reference — SGLang v0.5.8 on h100-80gb: KV pool −1.00 GiB"));
        CalibrationLibrary stored(path);
        QVERIFY(stored.load(&error));
        QVERIFY(stored.find(QStringLiteral("B200 reference")) && !stored.find(QStringLiteral("h100 sglang")));
        QCOMPARE(stored.find(QStringLiteral("B200 reference"))->calibration.kvPool, -qint64(1) << 30);
        list->setCurrentRow(1);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QVERIFY(stored.load(&error));
        QCOMPARE(stored.profiles().size(), 1);

        // The disk refuses the write (a file-size limit below the file, as `ulimit -f` sets it; root is held to
        // it too): the dialog says so, and the list, the library and the file keep the stored name.
        const QByteArray before = [&] { QFile f(path); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();
        QString warned;
        QTimer::singleShot(0, this, [&warned, this] {
            if (auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                input->setTextValue(QStringLiteral("lost"));
                input->accept();
                QTimer::singleShot(0, this, [&warned] {
                    if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                        warned = box->text();
                        box->accept();
                    }
                });
            }
        });
        list->setCurrentRow(0);
        {
            const testfaults::FileSizeLimit limit(16);
            QTest::mouseClick(rename, Qt::LeftButton);
        }
        QVERIFY2(warned.contains(path), qPrintable(warned));
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("B200 reference")));
        QVERIFY(profiles.find(QStringLiteral("B200 reference")) && !profiles.find(QStringLiteral("lost")));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
        m_window->setCalibrationLibrary(nullptr);
        QVERIFY(!action("manageCalibrationsAction")->isEnabled());
        m_window->setScenario(Scenario());
    }

    // A hybrid model's recurrent state is its own part of each bar, with its own legend entry and formula.
    void recurrentStateIsItsOwnPart()
    {
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("config.json"));
        // Qwen3-Next-80B-A3B (worked by hand in tst_import): 24,576 B a token, 39,518,208 B a sequence.
        QVERIFY(testfiles::write(config, R"({"model_type": "qwen3_next", "full_attention_interval": 4, "head_dim": 256, "hidden_size": 2048,
            "intermediate_size": 5120, "linear_conv_kernel_dim": 4, "linear_key_head_dim": 128,
            "linear_num_key_heads": 16, "linear_num_value_heads": 32, "linear_value_head_dim": 128,
            "max_position_embeddings": 262144, "moe_intermediate_size": 512, "num_attention_heads": 16,
            "num_experts": 512, "num_experts_per_tok": 10, "num_hidden_layers": 48, "num_key_value_heads": 2,
            "shared_expert_intermediate_size": 512, "tie_word_embeddings": false, "torch_dtype": "bfloat16",
            "vocab_size": 151936})"));
        SettingsStore settings(dir.filePath(QStringLiteral("settings.ini")));
        const auto window = windowfixture::showWindow(&settings);
        QVERIFY(window);
        QVERIFY(window->importModel(config));
        Scenario s = window->scenario();
        s.weightsId = s.kvCacheId = QStringLiteral("bf16");
        s.method = EstimateMethod::Exact;
        s.tokens = 4096;
        s.concurrency = 10;
        s.chartMode = ChartMode::Sweep;
        s.sweepAxis = SweepAxis::Tokens;
        window->setScenario(s);
        window->flushAnswer();
        const QList<ChartBar> &bars = window->chart()->content().data.bars;
        const int current = int(std::find_if(bars.begin(), bars.end(), [](const ChartBar &b) { return b.current; }) - bars.begin());
        const QList<QBarSet *> sets = window->chart()->barSeries()->barSets();
        // 10 × 39,518,208 B = 0.395182080 GB of state; 24,576 × 4,096 × 10 = 1.006632960 GB of attention KV.
        QCOMPARE(sets.at(MemoryChart::RecurrentState)->at(current), 0.39518208);
        QCOMPARE(sets.at(MemoryChart::KvCache)->at(current), 1.00663296);
        // The state does not grow with tokens: every bar of the sweep holds the same.
        for (int i = 0; i < bars.size(); ++i)
            QCOMPARE(sets.at(MemoryChart::RecurrentState)->at(i), 0.39518208);
        QStringList legend;
        for (QLegendMarker *marker : window->chart()->chart()->legend()->markers())
            if (marker->isVisible())
                legend << marker->label();
        QVERIFY2(legend.contains(QStringLiteral("Recurrent state")), qPrintable(legend.join(QStringLiteral(", "))));
        const QString tip = window->barToolTip(current, MemoryChart::RecurrentState);
        QVERIFY2(tip.contains(QStringLiteral("36 recurrent layers")) && tip.contains(QStringLiteral("395.18 MB")), qPrintable(tip));
        QVERIFY(window->answerPanel()->toPlainText().contains(QStringLiteral("of which recurrent state")));
        // A model without recurrent layers has no such entry.
        s.modelId = QStringLiteral("llama-2-13b");
        s.weightsId = s.kvCacheId = QStringLiteral("fp16");
        window->setScenario(s);
        window->flushAnswer();
        legend.clear();
        for (QLegendMarker *marker : window->chart()->chart()->legend()->markers())
            if (marker->isVisible())
                legend << marker->label();
        QVERIFY2(!legend.contains(QStringLiteral("Recurrent state")), qPrintable(legend.join(QStringLiteral(", "))));
    }

    void capacityLinesStayOutOfTheLegendWhenFilledBeforeShown()
    {
        // Filled while hidden, as --screenshot and the exporters do, then shown.
        Scenario s;
        s.gpus = {{QStringLiteral("a100-40gb"), 1}, {QStringLiteral("h100-80gb"), 2}};
        MemoryChart chart;
        chart.setContent(PlanSnapshot::build(s, Catalog::builtIn()).report().chart);
        chart.resize(900, 500);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCOMPARE(chart.capacityLines().size(), 2);
        for (QLineSeries *line : chart.capacityLines())
            QVERIFY2(!chart.chart()->legend()->markers(line).value(0)->isVisible(), qPrintable(line->name()));
        QStringList legend;
        for (QLegendMarker *marker : chart.chart()->legend()->markers())
            if (marker->isVisible())
                legend << marker->label();
        QVERIFY2(legend.mid(0, 3) == QStringList({QStringLiteral("Weights"), QStringLiteral("KV cache"), QStringLiteral("Overhead")}),
                 qPrintable(legend.join(QStringLiteral(", "))));
        for (QLineSeries *line : chart.capacityLines())
            QVERIFY2(!legend.contains(line->name()), qPrintable(legend.join(QStringLiteral(", "))));
    }

    void equalCapacitiesShareOneLine()
    {
        Scenario s = m_window->scenario();
        s.gpus = {{QStringLiteral("a100-40gb"), 2}, {QStringLiteral("a100-80gb"), 1}, {QStringLiteral("h100-80gb"), 1}};
        m_window->setScenario(s);
        const QList<QLineSeries *> lines = chart()->capacityLines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first()->name(), QStringLiteral("2 × A100 40GB = 1 × A100 80GB"));
        QCOMPARE(lines.first()->at(0).y(), 85.899345920); // 2 × 40,960 MiB = 1 × 81,920 MiB
        // The KV scaling view too: one line, one legend entry.
        m_window->views()->setCurrentWidget(m_window->scalingView());
        const QList<QLineSeries *> scalingLines = m_window->scalingView()->chart()->capacityLines();
        QCOMPARE(scalingLines.size(), 2);
        QCOMPARE(scalingLines.first()->name(), QStringLiteral("2 × A100 40GB = 1 × A100 80GB: 85.90 GB"));
        m_window->views()->setCurrentIndex(0);
        const QList<QGraphicsSimpleTextItem *> labels = chart()->capacityLabels();
        QCOMPARE(labels.size(), 2);
        // The lines are labelled where they end, not in the legend.
        for (QLineSeries *line : lines)
            QVERIFY(!chart()->chart()->legend()->markers(line).value(0)->isVisible());
        QCOMPARE(labels.first()->text(), QStringLiteral("2 × A100 40GB = 1 × A100 80GB: 85.90 GB"));
        QCOMPARE(labels.last()->text(), QStringLiteral("1 × H100 80GB: 85.52 GB"));
        // 0.38 GB apart, the lines are a pixel apart: the labels are stacked, not overlapping.
        QVERIFY(labels.first()->y() + labels.first()->boundingRect().height() <= labels.last()->y());
    }

    // A row of the GPU list is edited where it stands: F2, a count, a kind, Enter.
    void gpuRowsAreEditableInPlace()
    {
        auto *list = child<QListWidget>("gpuList");
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_F2);
        auto *count = list->findChild<QSpinBox *>(QStringLiteral("rowCountSpin"));
        auto *kind = list->findChild<QComboBox *>(QStringLiteral("rowKindCombo"));
        QVERIFY(count && kind);
        QCOMPARE(count->value(), 1);
        QCOMPARE(kind->currentData().toString(), QStringLiteral("a100-40gb"));
        count->setValue(3);
        kind->setCurrentIndex(kind->findData(QStringLiteral("h100-80gb")));
        QTest::keyClick(count, Qt::Key_Enter);
        QTRY_COMPARE(m_window->scenario().gpus.first().gpuId, QStringLiteral("h100-80gb"));
        QCOMPARE(m_window->scenario().gpus.first().count, 3);
        QTRY_VERIFY(list->item(0)->text().contains(QStringLiteral("3 × H100 80GB")));
        QCOMPARE(chart()->capacityLines().size(), 3);
        verifyBarsMatchCore();
        action("actionUndo")->trigger(); // an edit is an undo step like any other
        QCOMPARE(m_window->scenario().gpus.first().gpuId, QStringLiteral("a100-40gb"));
    }

    // Each configuration says in the list whether it holds the scenario, and by how much;
    // the texts follow the sliders without losing the selection.
    void theGpuListShowsTheFit()
    {
        auto *list = child<QListWidget>("gpuList");
        QCOMPARE(list->item(0)->text(), QStringLiteral("✗ 1 × A100 40GB — 42.95 GB · 22.60 GB short"));
        QCOMPARE(list->item(1)->text(), QStringLiteral("✓ 1 × A100 80GB — 85.90 GB · 20.35 GB free"));
        QCOMPARE(list->item(0)->foreground().color(), QColor(0xc0, 0, 0));
        list->setCurrentRow(1);
        auto *spin = child<QSpinBox>("concurrencySpin");
        spin->setValue(1); // 26.03 + 3.36 + 2.94 = 32.33 GB: the A100 40GB holds it now
        QCOMPARE(list->item(0)->text(), QStringLiteral("✓ 1 × A100 40GB — 42.95 GB · 10.62 GB free"));
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(list->item(0)->foreground().color(), QColor(0x1a, 0x7f, 0x37));
    }

    // A language switch or an engine's settings relayout the left panel: it widens to fit,
    // with nothing clipped and no horizontal scrolling, down to a 1024 × 700 window.
    void theLeftPanelFitsEveryLanguage_data()
    {
        languageAndMethodRows();
    }
    void theLeftPanelFitsEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, method);
        m_window->resize(1024, 700);
        action(qPrintable(QStringLiteral("actionLanguage_") + language))->trigger();
        auto *methods = child<QComboBox>("methodCombo");
        methods->setCurrentIndex(methods->findData(method));
        auto *scroll = child<QScrollArea>("inputScroll");
        // The left side as narrow as the window lets it be: its minimum must hold the panel.
        for (QSplitter *splitter : m_window->findChildren<QSplitter *>())
            if (splitter->orientation() == Qt::Horizontal && splitter->indexOf(scroll) >= 0)
                splitter->setSizes({0, 10000});
        QWidget *panel = scroll->widget();
        QTRY_VERIFY2(panel->width() >= panel->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1 < %2").arg(panel->width()).arg(panel->minimumSizeHint().width())));
        for (QLabel *label : panel->findChildren<QLabel *>())
            if (label->isVisibleTo(panel) && !label->wordWrap())
                QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(label->text()));
    }

    // Every change is undoable; a drag is one step; Reset and the article's example too.
    void undoAndRedo()
    {
        const Scenario start = m_window->scenario();
        auto *slider = child<QSlider>("tokensSlider");
        slider->setFocus();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(slider, Qt::Key_Right); // three steps of one drag
        const qint64 dragged = m_window->scenario().tokens;
        QVERIFY(dragged != start.tokens);
        QCOMPARE(action("actionUndo")->text(), QStringLiteral("&Undo input change"));
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(m_window->scenario() == start);
        QCOMPARE(child<QSpinBox>("tokensSpin")->value(), int(start.tokens));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->scenario().tokens, dragged);
        verifyBarsMatchCore();

        auto *picker = child<QComboBox>("modelPicker");
        Scenario qwen = m_window->scenario();
        qwen.modelId = QStringLiteral("qwen3-32b");
        m_window->setScenario(qwen);
        action("actionReset")->trigger();
        QVERIFY(m_window->scenario() == Scenario());
        action("actionUndo")->trigger(); // back before the reset
        QCOMPARE(m_window->scenario().modelId, QStringLiteral("qwen3-32b"));
        QCOMPARE(picker->currentData(Qt::UserRole + 1).toString(), QStringLiteral("qwen3-32b"));
        action("actionUndo")->trigger(); // back before the model change
        QCOMPARE(m_window->scenario().modelId, start.modelId);
        verifyBarsMatchCore();
    }

    // Closing the article's walkthrough offers the scenario from before it back.
    void theWalkthroughOffersToRestore()
    {
        child<QSpinBox>("concurrencySpin")->setValue(3);
        const Scenario before = m_window->scenario();
        action("actionWalkthrough")->trigger();
        QCOMPARE(m_window->scenario().method, EstimateMethod::Article);
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        emit m_window->answerPanel()->walkthroughStepRequested(-1);
        QVERIFY(m_window->scenario() == before);
        QCOMPARE(child<QSpinBox>("concurrencySpin")->value(), 3);
    }

    // Tokens beyond the model's context are marked in every view and said in the answer.
    void theContextIsMarkedInEveryView()
    {
        Scenario s = m_window->scenario();
        s.modelId = QStringLiteral("llama-2-7b"); // 4,096 tokens of context
        s.tokens = 8192;
        m_window->setScenario(s);
        QLineSeries *line = chart()->contextLine();
        QVERIFY(line->isVisible());
        QCOMPARE(line->name(), QStringLiteral("Model's context: 4,096 tokens"));
        const QList<ChartBar> &bars = chart()->content().data.bars;
        const qsizetype beyond = std::find_if(bars.begin(), bars.end(), [](const ChartBar &b) { return b.tokens > 4096; })
                               - bars.begin();
        QCOMPARE(line->at(0).x(), qreal(beyond) - 0.5);
        m_window->flushAnswer();
        QVERIFY2(child<QTextBrowser>("answerPanel")->toPlainText().contains(QStringLiteral("more than the context of LLaMA-2 7B")),
                 qPrintable(child<QTextBrowser>("answerPanel")->toPlainText()));
        m_window->views()->setCurrentWidget(m_window->scalingView());
        QLineSeries *scalingLine = m_window->scalingView()->chart()->contextLine();
        QVERIFY(scalingLine->isVisible());
        QCOMPARE(scalingLine->at(0).x(), 4096.0);
        m_window->views()->setCurrentIndex(0);
        s.tokens = 2048; // within the context: no line among the bars, no warning
        m_window->setScenario(s);
        QVERIFY(!chart()->contextLine()->isVisible());
        m_window->flushAnswer();
        QVERIFY(!child<QTextBrowser>("answerPanel")->toPlainText().contains(QStringLiteral("more than the context")));
    }

    // The chart's own context menu switches its mode, as View → Chart does.
    void chartModesFromTheChart()
    {
        QCOMPARE(chart()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(chart()->actions().contains(action("actionCompareModels")));
        QVERIFY(chart()->actions().contains(action("actionSweepConcurrency")));
        chart()->actions().at(chart()->actions().indexOf(action("actionSweepConcurrency")))->trigger();
        QCOMPARE(m_window->scenario().sweepAxis, SweepAxis::Concurrency);
        QCOMPARE(chart()->categoryAxis()->titleText(), QStringLiteral("Concurrent requests"));
    }

    void dialogsOpenShowingTheirEntriesWhole()
    {
        QTemporaryDir dir;
        ModelLibrary library(dir.filePath(QStringLiteral("models.json")));
        ModelSpec imported = catalog().models().first();
        imported.name = QStringLiteral("Imported model");
        // Wider than the dialogs used to open (520 px), narrower than the 800-px offscreen screen.
        imported.configSource = QStringLiteral("/home/someone/models/meta-llama-2-7b-chat-hf/config.json");
        library.add(imported);
        ModelSpec deep = imported;
        deep.configSource = QStringLiteral("/home/someone/") + QStringLiteral("deeper/").repeated(40) + QStringLiteral("config.json");
        library.add(deep);
        ManageModelsDialog manage(&library);
        CompareModelsDialog compare(catalog().models(), {});
        for (QDialog *dialog : {static_cast<QDialog *>(&manage), static_cast<QDialog *>(&compare)}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            auto *list = dialog->findChild<QListWidget *>();
            QVERIFY(list && list->count() > 0);
            QCOMPARE(list->item(0)->toolTip(), list->item(0)->text());
            // Every entry that can be is whole as the dialog opens; none widens it past the screen.
            QVERIFY(dialog->frameGeometry().width() <= dialog->screen()->availableGeometry().width());
            const int tooWide = dialog == &manage ? 1 : -1; // the deep path scrolls instead
            for (int i = 0; i < list->count(); ++i) {
                const int wide = list->sizeHintForIndex(list->model()->index(i, 0)).width();
                QVERIFY2(i == tooWide || wide <= list->viewport()->width(),
                         qPrintable(QStringLiteral("%1: %2 needs %3 px, has %4").arg(dialog->windowTitle(), list->item(i)->text()).arg(wide).arg(list->viewport()->width())));
            }
        }
        QVERIFY(manage.findChild<QListWidget *>()->sizeHintForIndex(manage.findChild<QListWidget *>()->model()->index(0, 0)).width() > 520);
    }

    void compareModelsDialogSearches()
    {
        CompareModelsDialog dialog(catalog().models(), {QStringLiteral("llama-2-7b")});
        auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("modelSearch"));
        auto *list = dialog.findChild<QListWidget *>();
        QVERIFY(search && list);
        QTest::keyClicks(search, QStringLiteral("qwen"));
        int shown = 0;
        for (int i = 0; i < list->count(); ++i)
            if (!list->item(i)->isHidden()) {
                ++shown;
                QVERIFY(list->item(i)->text().contains(QStringLiteral("Qwen"), Qt::CaseInsensitive));
            }
        QVERIFY(shown >= 2);
        QCOMPARE(dialog.chosenIds(), QStringList{QStringLiteral("llama-2-7b")}); // hidden is not unchecked
        search->clear();
        for (int i = 0; i < list->count(); ++i)
            QVERIFY(!list->item(i)->isHidden());
    }

    void barsAboveACapacityAreMarked()
    {
        // Smallest line: 1 × A100 40GB = 42,949,672,960 B.
        const QList<ChartBar> &bars = chart()->content().data.bars;
        int over = 0;
        for (const ChartBar &bar : bars)
            over += bar.total > qint64(42949672960);
        QVERIFY(over > 0);
        QCOMPARE(chart()->overCapacityMarks()->count(), over);
        // Each mark says which lines its bar crosses, and takes the colour of the highest:
        // at 10 requests the 2K bar (47.09 GB) and the 4K bar (65.54 GB) cross only the A100 40GB.
        for (const QStringList &crossed : chart()->overCapacityCrossings())
            QCOMPARE(crossed, QStringList{QStringLiteral("1 × A100 40GB")});
        QCOMPARE(chart()->overCapacityMarks()->pointConfiguration(0).value(QXYSeries::PointConfiguration::Color).value<QColor>(),
                 chart()->capacityLines().first()->pen().color());
        // At 30 requests the 4K bar (139.36 GB) is above both A100s, not 2 × H100: the colour of the higher A100.
        child<QSpinBox>("concurrencySpin")->setValue(30);
        const QList<QStringList> &crossings = chart()->overCapacityCrossings();
        QCOMPARE(crossings.last(), (QStringList{QStringLiteral("1 × A100 40GB"), QStringLiteral("1 × A100 80GB")}));
        const int last = int(chart()->overCapacityMarks()->count()) - 1;
        QCOMPARE(chart()->overCapacityMarks()->pointConfiguration(last).value(QXYSeries::PointConfiguration::Color).value<QColor>(),
                 chart()->capacityLines().at(1)->pen().color());
    }

    void chartModes()
    {
        action("actionSweepConcurrency")->trigger();
        QCOMPARE(chart()->categoryAxis()->titleText(), QStringLiteral("Concurrent requests"));
        QVERIFY(chart()->categoryAxis()->categories().contains(QStringLiteral("[10]")));
        QCOMPARE(chart()->content().data.bars.first().concurrency, qint64(1));
        verifyBarsMatchCore();

        action("actionCompareModels")->trigger();
        QCOMPARE(chart()->categoryAxis()->titleText(), QStringLiteral("Model"));
        const QStringList ids = m_window->scenario().compareModelIds;
        QCOMPARE(chart()->content().data.bars.size(), ids.size());
        // Full names, on two lines where they are long.
        QCOMPARE(chart()->categoryAxis()->categories().first().replace(QStringLiteral("<br>"), QStringLiteral(" ")),
                 catalog().model(ids.first())->name);

        // The current model is always compared, first when it was not chosen, and marked as current.
        Scenario others = m_window->scenario();
        others.compareModelIds = {QStringLiteral("qwen3-32b"), QStringLiteral("llama-2-70b")};
        m_window->setScenario(others);
        QCOMPARE(chart()->content().data.bars.size(), 3);
        QCOMPARE(chart()->content().data.bars.first().modelId, others.modelId);
        QVERIFY(chart()->content().data.bars.first().current);

        action("actionSweepTokens")->trigger();
        QCOMPARE(chart()->categoryAxis()->titleText(), QStringLiteral("Tokens per request"));
    }

    void unitSwitch()
    {
        action("actionUnitGiB")->trigger();
        QCOMPARE(m_window->scenario().unit, ByteUnit::GiB);
        QVERIFY(chart()->valueAxis()->titleText().contains(QStringLiteral("GiB")));
        // 33,554,432,000 B = 31.25 GiB exactly.
        QCOMPARE(chart()->barSeries()->barSets().at(MemoryChart::KvCache)->at(currentBar()), 31.25);
        verifyBarsMatchCore();
    }

    void hoverShowsValueAndFormula()
    {
        const QString tip = m_window->barToolTip(currentBar(), MemoryChart::KvCache);
        QVERIFY2(tip.contains(QStringLiteral("33.55 GB (33,554,432,000 B)")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("819,200 B × 4,096 tokens × 10 requests = 33.55 GB")));
        // A real pointer over the KV segment of the current bar makes its set report the hover.
        QBarSet *kv = chart()->barSeries()->barSets().at(MemoryChart::KvCache);
        QSignalSpy hovered(kv, &QBarSet::hovered);
        // A fifth of the way up the KV segment, clear of the A100 40GB line that crosses its middle.
        const qreal mid = kv->at(currentBar()) / 5 + chart()->barSeries()->barSets().at(0)->at(currentBar());
        const QPointF scene = chart()->chart()->mapToPosition(QPointF(currentBar(), mid), chart()->barSeries());
        const QPoint pos = chart()->mapFromScene(scene);
        QMouseEvent move(QEvent::MouseMove, pos, chart()->viewport()->mapToGlobal(pos), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(chart()->viewport(), &move);
        QTRY_VERIFY(!hovered.isEmpty());
        QCOMPARE(hovered.first().at(0).toBool(), true);
        QCOMPARE(hovered.first().at(1).toInt(), currentBar());
    }

    void switchingLanguageRetranslatesEverything()
    {
        const auto menuTitles = [this] {
            QStringList titles;
            for (QAction *a : m_window->menuBar()->actions())
                titles << a->text();
            return titles;
        };
        QCOMPARE(menuTitles(), (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Help")}));
        action("actionLanguage_zh_CN")->trigger();
        QCOMPARE(Language::current(), QStringLiteral("zh_CN"));
        // Qt posts LanguageChange to each window; the window then retranslates itself and its children.
        QTRY_COMPARE(menuTitles(), (QStringList{QStringLiteral("文件(&F)"), QStringLiteral("编辑(&E)"), QStringLiteral("视图(&V)"), QStringLiteral("帮助(&H)")}));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("大模型显存规划器"));
        QCOMPARE(chart()->categoryAxis()->titleText(), QStringLiteral("每请求 Token 数"));
        QCOMPARE(chart()->valueAxis()->titleText(), QStringLiteral("GPU 显存（GB）"));
        const QList<QBarSet *> sets = chart()->barSeries()->barSets();
        QCOMPARE(sets.at(MemoryChart::Weights)->label(), QStringLiteral("权重"));
        QCOMPARE(sets.at(MemoryChart::KvCache)->label(), QStringLiteral("KV 缓存"));
        QCOMPARE(sets.at(MemoryChart::Overhead)->label(), QStringLiteral("额外开销"));
        QVERIFY(chart()->chart()->title().contains(QStringLiteral("4,096 个 Token × 10 个请求")));
        QVERIFY(m_window->barToolTip(currentBar(), MemoryChart::KvCache).contains(QStringLiteral("× 10 个请求 =")));
        QCOMPARE(child<QPushButton>("addGpuButton")->text(), QStringLiteral("添加"));
        QCOMPARE(m_settings->language(), QStringLiteral("zh_CN"));
        verifyBarsMatchCore();

        action("actionLanguage_en")->trigger();
        QTRY_COMPARE(menuTitles(), (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Help")}));
        QCOMPARE(chart()->categoryAxis()->titleText(), QStringLiteral("Tokens per request"));
        QCOMPARE(sets.at(MemoryChart::KvCache)->label(), QStringLiteral("KV cache"));
        QCOMPARE(child<QPushButton>("addGpuButton")->text(), QStringLiteral("Add"));
    }

    // Every text of the window in Chinese, under each method, view and the walkthrough,
    // with the hover texts of a bar and a heat-map cell: nothing half-width beside Chinese.
    void chineseWindowTextsAreFullWidth()
    {
        action("actionLanguage_zh_CN")->trigger();
        QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("大模型显存规划器"));
        QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("大模型显存规划器"));
        auto *method = child<QComboBox>("methodCombo");
        for (const char *id : {"article", "exact", "vllm", "llamacpp"}) {
            method->setCurrentIndex(method->findData(QString::fromLatin1(id)));
            for (int tab = 0; tab < m_window->views()->count(); ++tab) {
                m_window->views()->setCurrentIndex(tab);
                QTRY_VERIFY(m_window->answerPanel()->toPlainText().contains(QStringLiteral("总计")));
                verifyFullWidthChinese(QStringLiteral("%1, tab %2").arg(QString::fromLatin1(id)).arg(tab));
            }
            for (int part : {MemoryChart::Weights, MemoryChart::KvCache, MemoryChart::Overhead}) {
                const QString tip = m_window->barToolTip(currentBar(), part);
                QVERIFY(!tip.isEmpty());
                QVERIFY2(zhtext::halfWidthBesideChinese(tip).isEmpty(), qPrintable(tip));
            }
            const QString cell = m_window->heatMap()->toolTipFor(6, 10);
            QVERIFY2(cell.contains(QStringLiteral("放得下")) || cell.contains(QStringLiteral("放不下")), qPrintable(cell));
            QVERIFY2(zhtext::halfWidthBesideChinese(cell).isEmpty(), qPrintable(cell));
        }
        action("actionWalkthrough")->trigger();
        for (int step = 0; step < 6; ++step) {
            emit m_window->answerPanel()->anchorClicked(QUrl(QStringLiteral("step:%1").arg(step)));
            QCOMPARE(m_window->walkthroughStep(), step);
            verifyFullWidthChinese(QStringLiteral("walkthrough step %1").arg(step));
        }
    }

    // Alt+letter reaches one control: the menu bar's titles and every visible label, check
    // box and button of the window share one set of letters, and each menu has its own.
    void mnemonicsAreUnique_data()
    {
        languageAndMethodRows();
    }
    void mnemonicsAreUnique()
    {
        QFETCH(QString, language);
        QFETCH(QString, method);
        action(qPrintable(QStringLiteral("actionLanguage_") + language))->trigger();
        QTRY_COMPARE(Language::current(), language);
        QCoreApplication::processEvents();
        auto *methods = child<QComboBox>("methodCombo");
        methods->setCurrentIndex(methods->findData(method));
        static const QRegularExpression mnemonic(QStringLiteral("&([^&\\s])"));
        const auto letterOf = [](const QString &text) {
            const QRegularExpressionMatch m = mnemonic.match(text);
            return m.hasMatch() ? m.captured(1).toUpper() : QString();
        };
        QStringList clashes;
        for (int tab = 0; tab < m_window->views()->count(); ++tab) { // each view shows its own controls
            m_window->views()->setCurrentIndex(tab);
            QMap<QString, QStringList> window;
            for (QAction *a : m_window->menuBar()->actions())
                if (const QString l = letterOf(a->text()); !l.isEmpty())
                    window[l] << a->text();
            for (QWidget *w : m_window->findChildren<QWidget *>()) {
                if (!w->isVisibleTo(m_window.get()))
                    continue;
                QString text;
                if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                    text = label->text();
                else if (auto *button = qobject_cast<QAbstractButton *>(w); button && !qobject_cast<QToolButton *>(w))
                    text = button->text();
                if (const QString l = letterOf(text); !l.isEmpty())
                    window[l] << text;
            }
            for (auto it = window.cbegin(); it != window.cend(); ++it)
                if (it.value().size() > 1)
                    clashes << QStringLiteral("tab %1, Alt+%2: %3").arg(tab).arg(it.key(), it.value().join(QStringLiteral(" / ")));
        }
        m_window->views()->setCurrentIndex(0);
        const std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            QMap<QString, QStringList> letters;
            for (QAction *a : menu->actions()) {
                if (const QString l = letterOf(a->text()); !l.isEmpty())
                    letters[l] << a->text();
                if (a->menu())
                    walk(a->menu());
            }
            for (auto it = letters.cbegin(); it != letters.cend(); ++it)
                if (it.value().size() > 1)
                    clashes << QStringLiteral("%1 menu, %2: %3").arg(menu->title(), it.key(), it.value().join(QStringLiteral(" / ")));
        };
        for (QAction *a : m_window->menuBar()->actions())
            if (a->menu())
                walk(a->menu());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void copyChartPutsAnImageOnTheClipboard()
    {
        QGuiApplication::clipboard()->clear();
        action("actionCopyChart")->trigger();
        const QImage image = QGuiApplication::clipboard()->image();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), chart()->size() * m_window->devicePixelRatioF());
    }

    void exportFolderIsRemembered()
    {
        m_settings->saveLastExportFolder(m_dir.path());
        m_settings->sync();
        QCOMPARE(SettingsStore(settingsPath()).lastExportFolder(), m_dir.path());
    }

    void importingAGgufAddsAndSelectsIt()
    {
        const testfiles::GgufWriter w = testfiles::tinyLlamaGguf(); // token_embd: Q4_K, 43,200 B; output: Q6_K, 63,000 B
        const QString file = m_dir.filePath(QStringLiteral("tiny.gguf"));
        QVERIFY(testfiles::write(file, w.bytes()));

        QVERIFY(m_settings->lastImportFolder() != m_dir.path());
        QVERIFY(m_window->importModel(file));
        QCOMPARE(m_window->scenario().modelId, QStringLiteral("imported-tiny-llama"));
        // The next import dialog opens in this folder, its name box empty (a folder, not a file).
        QCOMPARE(m_settings->lastImportFolder(), QFileInfo(file).absolutePath());
        QCOMPARE(m_window->scenario().weightsId, QStringLiteral("file"));
        auto *weights = child<QComboBox>("weightsCombo");
        QVERIFY(weights->currentText().startsWith(QStringLiteral("As stored: Q4_K_M")));
        // The weights are the file's exact tensor bytes.
        QCOMPARE(chart()->barSeries()->barSets().at(MemoryChart::Weights)->at(0), (43200 + 63000) / 1e9);
        // Without GPU lines the tiny model's bars are megabytes: the axis says MB, not "0.00 GB".
        Scenario alone = m_window->scenario();
        alone.gpus.clear();
        m_window->setScenario(alone);
        QCOMPARE(chart()->valueAxis()->titleText(), QStringLiteral("GPU memory (MB)"));
        QCOMPARE(chart()->barSeries()->barSets().at(MemoryChart::Weights)->at(0), (43200 + 63000) / 1e6);
        action("actionUndo")->trigger();
        auto *picker = child<QComboBox>("modelPicker");
        QVERIFY(picker->findText(QStringLiteral("Imported models")) >= 0);
        verifyBarsMatchCore();

        // Dropping the same file on the window imports it again under a new id.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QCOMPARE(m_window->scenario().modelId, QStringLiteral("imported-tiny-llama-2"));

        // Another model without file weights: "As stored" is no longer offered.
        picker->setCurrentIndex(picker->findData(QStringLiteral("llama-2-7b"), Qt::UserRole + 1));
        QCOMPARE(weights->findData(QStringLiteral("file")), -1);
        QCOMPARE(m_window->scenario().weightsId, QStringLiteral("fp16"));
        // A catalogue model published in its own format comes as published: DeepSeek-V3 in FP8 with block
        // scales, 673,150,582,112 B, as the CLI takes it; picking INT4 then is the user's choice and stays.
        picker->setCurrentIndex(picker->findData(QStringLiteral("deepseek-v3"), Qt::UserRole + 1));
        QCOMPARE(m_window->scenario().weightsId, QStringLiteral("file"));
        QVERIFY2(weights->currentText().startsWith(QStringLiteral("As stored: FP8 128×128 blocks, BF16")),
                 qPrintable(weights->currentText()));
        QCOMPARE(chart()->barSeries()->barSets().at(MemoryChart::Weights)->at(currentBar()), 673.150582112);
        weights->setCurrentIndex(weights->findData(QStringLiteral("int4")));
        QCOMPARE(m_window->scenario().weightsId, QStringLiteral("int4"));
        picker->setCurrentIndex(picker->findData(QStringLiteral("llama-2-7b"), Qt::UserRole + 1));
        QCOMPARE(m_window->scenario().weightsId, QStringLiteral("int4"));

        // A catalogue model published in a mixed format offers it as stored: gpt-oss-20b's MXFP4 experts.
        picker->setCurrentIndex(picker->findData(QStringLiteral("gpt-oss-20b"), Qt::UserRole + 1));
        const int stored = weights->findData(QStringLiteral("file"));
        QVERIFY(stored >= 0);
        QVERIFY2(weights->itemText(stored).contains(QStringLiteral("MXFP4 experts, BF16 (13.76 GB)")),
                 qPrintable(weights->itemText(stored)));
        weights->setCurrentIndex(stored);
        QCOMPARE(m_window->scenario().weightsId, QStringLiteral("file"));
        QTRY_VERIFY(m_window->answerPanel()->toPlainText().contains(QStringLiteral("as stored in the file (MXFP4 experts, BF16) = 13.76 GB")));
    }

    void aBrokenImportSaysWhy()
    {
        const QString file = m_dir.filePath(QStringLiteral("broken.gguf"));
        QVERIFY(testfiles::write(file, QByteArray("GGUF\x03\0\0\0", 8)));
        QString shown;
        closeNextMessageBox(&shown);
        QVERIFY(!m_window->importModel(file));
        QVERIFY2(shown.contains(QStringLiteral("broken.gguf")), qPrintable(shown));
        QCOMPARE(m_window->scenario().modelId, QStringLiteral("llama-2-13b"));
    }

    // The tokens axis labels are never cut ("1,048,…"): powers of 4 where they fit, else of 16.
    void scalingAxisLabelsFitTheirRoom_data()
    {
        QTest::addColumn<QSize>("window");
        QTest::addColumn<int>("base");
        QTest::newRow("1024 x 700") << QSize(1024, 700) << 16;
        QTest::newRow("1800 x 1000") << QSize(1800, 1000) << 4;
    }
    void scalingAxisLabelsFitTheirRoom()
    {
        QFETCH(QSize, window);
        QFETCH(int, base);
        m_window->resize(window);
        m_window->views()->setCurrentWidget(m_window->scalingView());
        ScalingChart *scaling = m_window->scalingView()->chart();
        QLogValueAxis *axis = scaling->tokenAxis();
        QTRY_VERIFY(scaling->isVisible() && scaling->chart()->plotArea().width() > window.width() / 5); // laid out
        QTRY_COMPARE(int(axis->base()), base);
        // Each label has the room between two ticks: the widest, 1,048,576, fits it.
        const qreal ticks = std::log(axis->max() / axis->min()) / std::log(axis->base());
        const qreal room = scaling->chart()->plotArea().width() / ticks;
        const int widest = QFontMetrics(axis->labelsFont()).horizontalAdvance(QLocale().toString(1 << 20));
        QVERIFY2(widest < room, qPrintable(QStringLiteral("%1 px label, %2 px between ticks").arg(widest).arg(room)));
        m_window->views()->setCurrentIndex(0);
    }

    void scalingViewShowsCoreCurves()
    {
        m_window->views()->setCurrentWidget(m_window->scalingView());
        ScalingChart *scaling = m_window->scalingView()->chart();
        // The log axis labels in the locale's grouped digits ("65,536"), as Qt Charts localizes them.
        QVERIFY(scaling->chart()->localizeNumbers());
        QCOMPARE(scaling->chart()->locale().toString(65536.0, 'f', 0), QStringLiteral("65,536"));
        const QList<QLineSeries *> curves = scaling->curves();
        QCOMPARE(curves.size(), 10); // 1, 2, 4, 8, 10 (current), 16 … 256
        const MemoryModel model = expectedModel();
        const QList<qint64> tokens = gridTokens();
        for (QLineSeries *curve : curves) {
            const bool current = curve->pen().widthF() > 3;
            QCOMPARE(current, curve->name().contains(QStringLiteral("current")));
        }
        // The current curve (10 requests) at 4,096 tokens: core's exact total.
        QLineSeries *current = curves.at(4);
        QCOMPARE(current->name(), QStringLiteral("10 requests (current)"));
        QCOMPARE(current->at(10).x(), 4096.0);
        QCOMPARE(current->at(10).y(), toUnit(model.bytesAt(4096, 10).total, ByteUnit::GB));
        QCOMPARE(scaling->capacityLines().size(), 3);
        // The current curve's crossings are the solver's limits, e.g. on one A100 80GB.
        QList<qreal> marks;
        for (const QPointF &p : scaling->currentCrossings()->points())
            marks << p.x();
        const qint64 onA100 = FitAnalyzer::maxTokens(model, 10, qint64(81920) * 1048576);
        QVERIFY(marks.contains(qreal(onA100)));
        // Labelled with digits grouped as everywhere else.
        QVERIFY2(scaling->crossingLabels().contains(formatCount(onA100, QLocale())), qPrintable(scaling->crossingLabels().join(u' ')));
        QVERIFY(scaling->crossingLabels().join(QString()).contains(QLatin1Char(',')));

        auto *kvOnly = child<QCheckBox>("kvOnlyCheck");
        kvOnly->setFocus();
        QTest::keyClick(kvOnly, Qt::Key_Space);
        QVERIFY(kvOnly->isChecked());
        QCOMPARE(scaling->curves().at(4)->at(10).y(), toUnit(model.bytesAt(4096, 10).kvCache, ByteUnit::GB));
        QVERIFY(scaling->capacityLines().isEmpty());
        QVERIFY(scaling->valueAxis()->titleText().startsWith(QStringLiteral("KV cache")));
    }

    void heatMapShowsTheGridAndFollowsTheSliders()
    {
        m_window->views()->setCurrentWidget(m_window->heatMap());
        HeatMapView *map = m_window->heatMap();
        const MemoryGrid &grid = map->content().grid;
        QCOMPARE(grid.tokens.size(), 27);
        QCOMPARE(grid.concurrency.size(), 20);
        const MemoryModel model = expectedModel();
        QCOMPARE(grid.at(6, 10), model.bytesAt(4096, 12).total);
        const QString tip = map->toolTipFor(6, 10);
        QVERIFY2(tip.contains(QStringLiteral("4,096 tokens × 12 requests")), qPrintable(tip));
        QVERIFY(tip.contains(formatExactBytes(model.bytesAt(4096, 12).total, QLocale())));
        QVERIFY(tip.contains(QStringLiteral("fits on: 1 × A100 80GB")));
        QVERIFY(tip.contains(QStringLiteral("does not fit on: 1 × A100 40GB")));
        // The legend lists the capacities the map draws: here every one crosses it.
        QCOMPARE(map->legendLabels(), (QStringList{QStringLiteral("1 × A100 40GB"), QStringLiteral("1 × A100 80GB"),
                                                   QStringLiteral("2 × H100 80GB")}));
        // A capacity no cell fits (the weights alone exceed a T4) has no border, so no legend entry.
        Scenario big = m_window->scenario();
        big.gpus.append({QStringLiteral("t4"), 1});
        m_window->setScenario(big);
        QCOMPARE(map->legendLabels().size(), 3);
        action("actionUndo")->trigger();
        // The cell under the marker is the current point's.
        const QPoint cell = map->cellAt(map->currentPoint());
        QCOMPARE(grid.tokens.at(cell.y()), qint64(4096));
        // 10 lies between the rows of 8 and 12, nearer 12 on the log scale the rows follow.
        QCOMPARE(grid.concurrency.at(cell.x()), qint64(12));
        // Clicking a cell makes it the current point: both sliders follow.
        QPoint target;
        for (int x = 0; x < map->width() && target.isNull(); x += 4)
            for (int y = 0; y < map->height(); y += 4)
                if (const QPoint c = map->cellAt(QPointF(x, y)); c.x() == 3 && c.y() == 5) {
                    target = QPoint(x, y);
                    break;
                }
        QVERIFY(!target.isNull());
        QTest::mouseClick(map, Qt::LeftButton, {}, target);
        QCOMPARE(m_window->scenario().tokens, grid.tokens.at(5));
        QCOMPARE(m_window->scenario().concurrency, grid.concurrency.at(3));
        QCOMPARE(child<QSpinBox>("tokensSpin")->value(), int(grid.tokens.at(5)));
        QCOMPARE(map->cellAt(map->currentPoint()), QPoint(3, 5));
        child<QSpinBox>("tokensSpin")->setValue(4096);
        child<QSpinBox>("concurrencySpin")->setValue(10);

        const QPointF before = map->currentPoint();
        auto *slider = child<QSlider>("tokensSlider");
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(map->content().tokens, qint64(6144));
        QVERIFY(map->currentPoint().x() > before.x());
    }

    void walkthroughStepsThroughTheArticle()
    {
        child<QSpinBox>("tokensSpin")->setValue(100);
        action("actionWalkthrough")->trigger();
        const Scenario &s = m_window->scenario();
        QCOMPARE(s.modelId, QStringLiteral("llama-2-13b"));
        QCOMPARE(s.tokens, qint64(4096));
        QCOMPARE(s.concurrency, qint64(10));
        QCOMPARE(s.method, EstimateMethod::Article);
        AnswerPanel *panel = m_window->answerPanel();
        QVERIFY(panel->toPlainText().contains(QStringLiteral("step 1 of 8")));
        emit panel->anchorClicked(QUrl(QStringLiteral("step:1")));
        QCOMPARE(m_window->walkthroughStep(), 1);
        QVERIFY(panel->toPlainText().contains(QStringLiteral("819,200 B = 819.2 kB = 800 KiB")));
        emit panel->anchorClicked(QUrl(QStringLiteral("step:5")));
        QVERIFY(panel->toPlainText().contains(QStringLiteral("327,680 B")));
        QCOMPARE(m_window->scenario().modelId, QStringLiteral("llama-2-13b"));
        // Beyond the article: a hybrid model's state, and sliding windows — the chart shows that model, by the
        // exact method, and its bars barely grow with the context.
        const int undoIndex = m_window->findChild<QUndoStack *>()->index();
        emit panel->anchorClicked(QUrl(QStringLiteral("step:6")));
        QVERIFY2(panel->toPlainText().contains(QStringLiteral("Gated DeltaNet")), qPrintable(panel->toPlainText()));
        QCOMPARE(m_window->scenario().modelId, QStringLiteral("qwen3-next-80b-a3b"));
        QCOMPARE(m_window->scenario().method, EstimateMethod::Exact);
        verifyBarsMatchCore();
        const QBarSet *kv = chart()->barSeries()->barSets().at(MemoryChart::KvCache);
        // 10 requests at 4,096 tokens: 10 × 4,096 × 24,576 B = 1.01 GB of K and V in the 12 attention layers, and
        // 10 × 39,518,208 B = 395.18 MB of state (tst_teaching works them by hand); the state is the same at
        // every bar.
        QCOMPARE(kv->at(currentBar()), 1.00663296);
        const QBarSet *state = chart()->barSeries()->barSets().at(MemoryChart::RecurrentState);
        for (int i = 0; i < state->count(); ++i)
            QCOMPARE(state->at(i), 0.39518208);
        emit panel->anchorClicked(QUrl(QStringLiteral("step:7")));
        QVERIFY(panel->toPlainText().contains(QStringLiteral("step 8 of 8")));
        QCOMPARE(m_window->scenario().modelId, QStringLiteral("gpt-oss-120b"));
        // Stepping is not an undo step: the example was one.
        QCOMPARE(m_window->findChild<QUndoStack *>()->index(), undoIndex);
        emit panel->anchorClicked(QUrl(QStringLiteral("step:2")));
        QCOMPARE(m_window->scenario().modelId, QStringLiteral("llama-2-13b"));
        QCOMPARE(m_window->scenario().method, EstimateMethod::Article);
        emit panel->anchorClicked(QUrl(QStringLiteral("step:7")));
        // Changing an input leaves the walkthrough for the live answer.
        child<QSpinBox>("concurrencySpin")->setValue(11);
        QCOMPARE(m_window->walkthroughStep(), -1);
        QTRY_VERIFY(panel->toPlainText().contains(QStringLiteral("Total:")));
    }

    void scenarioFilesSaveOpenAndCompare()
    {
        const QString path = m_dir.filePath(QStringLiteral("plan.vramplan"));
        child<QSpinBox>("tokensSpin")->setValue(8192);
        QVERIFY(m_window->saveScenarioTo(path));
        QCOMPARE(m_settings->recentFiles().first(), path);
        child<QSpinBox>("tokensSpin")->setValue(512);
        QVERIFY(m_window->openScenario(path));
        QCOMPARE(m_window->scenario().tokens, qint64(8192));
        QCOMPARE(child<QSpinBox>("tokensSpin")->value(), 8192);

        // A future version is refused with a message and changes nothing.
        const QString future = m_dir.filePath(QStringLiteral("future.vramplan"));
        QVERIFY(testfiles::write(future, R"({"format":"vram-planner-scenario","version":9,"scenario":{}})"));
        child<QSpinBox>("tokensSpin")->setValue(1000);
        QString shown;
        closeNextMessageBox(&shown);
        QVERIFY(!m_window->openScenario(future));
        QVERIFY2(shown.contains(QStringLiteral("newer")), qPrintable(shown));
        QCOMPARE(m_window->scenario().tokens, qint64(1000));

        QVERIFY(m_window->compareScenarios({path}));
        const QList<ChartBar> &bars = chart()->content().data.bars;
        QCOMPARE(bars.size(), 2);
        QCOMPARE(bars.at(0).tokens, qint64(1000));
        QCOMPARE(bars.at(1).tokens, qint64(8192));
        QCOMPARE(bars.at(1).label, QStringLiteral("plan"));
        QCOMPARE(chart()->categoryAxis()->titleText(), QStringLiteral("Scenario"));
        QTRY_VERIFY(m_window->answerPanel()->toPlainText().contains(QStringLiteral("Scenarios compared")));
        // The table names the models as the picker does, not by id.
        const QString table = m_window->answerPanel()->toPlainText();
        QVERIFY2(table.contains(catalog().model(bars.at(1).modelId)->name), qPrintable(table));
        QVERIFY(!table.contains(bars.at(1).modelId + QLatin1Char('\n')));
        action("actionSweepTokens")->trigger();
        QCOMPARE(chart()->categoryAxis()->titleText(), QStringLiteral("Tokens per request"));
    }

    void articleTablesFromTheWindow()
    {
        const QString md = m_dir.filePath(QStringLiteral("tables.md"));
        QVERIFY(m_window->exportArticleTables(md));
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("### GPU memory (GB), 1 concurrent request")));
        QVERIFY(text.contains(QStringLiteral("### GPU memory (GB), 10 concurrent requests")));
        // Exact method, LLaMA-2 13B, 4,096 tokens × 10 requests: 65.54 GB, as in the CLI's table.
        QVERIFY2(text.contains(QStringLiteral("| LLaMA-2 13B | 33.25 | 37.86 | 47.09 | 65.54 |")), qPrintable(text));
        const QString csv = m_dir.filePath(QStringLiteral("tables.csv"));
        QVERIFY(m_window->exportArticleTables(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readAll().contains("10,llama-2-13b,4096,65544776704,65.54"));
    }

    void settingsRoundTrip()
    {
        child<QSpinBox>("tokensSpin")->setValue(12345);
        child<QSpinBox>("concurrencySpin")->setValue(77);
        action("actionSweepConcurrency")->trigger();
        const Scenario saved = m_window->scenario();
        m_window->close();
        m_window.reset();
        m_settings = std::make_unique<SettingsStore>(settingsPath());
        m_window = std::make_unique<MainWindow>(m_settings.get(), catalog());
        QVERIFY(m_window->scenario() == saved);
        QCOMPARE(child<QSpinBox>("tokensSpin")->value(), 12345);
        QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    }

    void aRemovedImportedModelKeepsTheOtherSettings()
    {
        Scenario s;
        s.modelId = QStringLiteral("imported-gone");
        s.tokens = 777;
        m_settings->saveScenario(s); // as if the model had been removed from the library since
        m_settings->sync();
        m_window.reset();
        m_settings = std::make_unique<SettingsStore>(settingsPath());
        m_window = std::make_unique<MainWindow>(m_settings.get(), catalog());
        QCOMPARE(m_window->scenario().modelId, Scenario().modelId);
        QCOMPARE(m_window->scenario().tokens, qint64(777));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("imported-gone")));
    }

    void corruptSettingsFallBackToDefaults_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("notice");
        QTest::newRow("garbage json") << QByteArray("[planner]\nscenario=\"{not json\"\n") << "reset";
        QTest::newRow("wrong shape") << QByteArray("[planner]\nscenario=\"[1,2,3]\"\n") << "reset";
        QTest::newRow("unknown model") << QByteArray(
            "[planner]\nscenario=\"{\\\"model\\\":\\\"gpt-9\\\",\\\"tokens\\\":5}\"\n") << "reset";
        QTest::newRow("binary noise") << QByteArray("\x00\xff\xfe[[[\n=\x01\x02", 10) << "could not be read";
        QTest::newRow("too large") << QByteArray(5 << 20, 'x') << "cannot be used";
    }

    void corruptSettingsFallBackToDefaults()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, notice);
        m_window.reset();
        m_settings.reset();
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        m_settings = std::make_unique<SettingsStore>(settingsPath());
        m_window = std::make_unique<MainWindow>(m_settings.get(), catalog());
        QVERIFY(m_window->scenario() == Scenario());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(notice), qPrintable(m_window->statusBar()->currentMessage()));
        verifyBarsMatchCore();
    }

    // Every key the store writes marks the file as ours: one holding only the import folder is
    // a settings file, not noise to warn about.
    void settingsWithOnlyAnImportFolderAreOurs()
    {
        m_window.reset();
        m_settings.reset();
        {
            SettingsStore writer(settingsPath());
            writer.saveLastImportFolder(QStringLiteral("/srv/models"));
        }
        SettingsStore store(settingsPath());
        QVERIFY(store.loadScenario(catalog()) == Scenario());
        QCOMPARE(store.notice(), QString());
        QCOMPARE(store.lastImportFolder(), QStringLiteral("/srv/models"));
    }

    // A settings path that is a FIFO or a device is never read (it would block or never end).
    void specialSettingsFilesAreNotRead_data()
    {
        QTest::addColumn<bool>("fifo");
        QTest::newRow("FIFO") << true;
        QTest::newRow("character device") << false;
    }
    void specialSettingsFilesAreNotRead()
    {
        QFETCH(bool, fifo);
        m_window.reset();
        m_settings.reset();
        QFile::remove(settingsPath());
        if (fifo)
            QCOMPARE(::mkfifo(QFile::encodeName(settingsPath()).constData(), 0600), 0);
        else
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), settingsPath()));
        m_settings = std::make_unique<SettingsStore>(settingsPath());
        m_window = std::make_unique<MainWindow>(m_settings.get(), catalog());
        QVERIFY(m_window->scenario() == Scenario());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("not a regular file")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        m_window.reset();
        m_settings.reset(); // saving goes to a temporary file, not into the FIFO or device
        QFile::remove(settingsPath());
    }

    // An imported model that is gone takes its "as stored" precision with it: the fallback
    // model gets a precision it has, and the notice says which.
    void aRemovedImportedModelsPrecisionFallsBack()
    {
        Scenario s;
        s.modelId = QStringLiteral("imported-gone");
        s.weightsId = QStringLiteral("file");
        QJsonObject json = s.toJson();
        m_settings.reset();
        {
            QSettings raw(settingsPath(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("planner/scenario"),
                         QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        }
        m_window.reset();
        m_settings = std::make_unique<SettingsStore>(settingsPath());
        m_window = std::make_unique<MainWindow>(m_settings.get(), catalog());
        QCOMPARE(m_window->scenario().weightsId, QStringLiteral("fp16"));
        QVERIFY(!child<QComboBox>("weightsCombo")->currentText().isEmpty());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("FP16")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        verifyBarsMatchCore();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
