// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ScenarioCommand.h"

#include "AnswerPanel.h"
#include "ArticleWalkthrough.h"
#include "ChartExporter.h"
#include "CompareModelsDialog.h"
#include "DataTable.h"
#include "ExportOptionsDialog.h"
#include "InputPanel.h"
#include "Phrase.h"
#include "EngineLogDialog.h"
#include "ManageGpusDialog.h"
#include "ManageCalibrationsDialog.h"
#include "ManageModelsDialog.h"
#include "ModelImporter.h"
#include "PlanSnapshot.h"
#include "Language.h"
#include "MemoryChart.h"
#include "SettingsStore.h"

#include "FitAnalyzer.h"
#include "MemoryModel.h"

#include <QActionGroup>
#include <QScreen>
#include <QRegularExpression>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QTabWidget>
#include <QToolBar>
#include <QTimer>
#include <QUndoStack>
#include <QApplication>
#include <QCloseEvent>
#include <QCursor>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolTip>
#include <QVBoxLayout>

using namespace vram;

namespace {
// An action's text as a button shows it: no mnemonic, whether "&Export" or the
// CJK style "导出(&E)", and no "…" (a button does not open a dialog's promise).
QString buttonText(QString text)
{
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\(&[^&)]\\)"));
    text.remove(cjkMnemonic);
    text.replace(QLatin1String("&&"), QLatin1String("\x01")).remove(QLatin1Char('&')).replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}
} // namespace

MainWindow::MainWindow(SettingsStore *settings, const Catalog &catalog, ModelLibrary *library, GpuLibrary *gpuLibrary,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_builtIn(catalog)
    , m_library(library)
    , m_gpuLibrary(gpuLibrary)
{
    rebuildCatalog();
    setAcceptDrops(true);
    setObjectName(QStringLiteral("mainWindow"));
    m_inputs = new InputPanel(m_catalog, this);
    m_chart = new MemoryChart(this);
    m_chart->setObjectName(QStringLiteral("memoryChart"));
    m_answer = new AnswerPanel(this);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("inputScroll"));
    scroll->setWidget(m_inputs);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The panel is as wide as its widest row needs in the current language and method: a
    // Chinese label or vLLM's settings relayout it, and the scroll area follows.
    m_inputs->installEventFilter(this);
    fitInputWidth();
    m_scalingView = new ScalingView(this);
    m_heatMap = new HeatMapView(this);
    m_heatMap->setObjectName(QStringLiteral("heatMap"));
    connect(m_heatMap, &HeatMapView::cellChosen, this, [this](qint64 tokens, qint64 concurrency) {
        Scenario next = m_scenario;
        next.tokens = tokens;
        next.concurrency = concurrency;
        changeScenario(next, tr("map point"));
    });
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->addTab(m_chart, QString());
    m_views->addTab(m_scalingView, QString());
    m_views->addTab(m_heatMap, QString());
    // Only the visible view is fed on every change; the others catch up when shown.
    connect(m_views, &QTabWidget::currentChanged, this, &MainWindow::recompute);
    connect(m_scalingView, &ScalingView::kvOnlyChanged, this, &MainWindow::recompute);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_views);
    right->addWidget(m_answer);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    right->setSizes({600, 260});
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(scroll);
    main->addWidget(right);
    main->setStretchFactor(1, 1);
    setCentralWidget(main);

    m_undo = new QUndoStack(this);
    createMenus();
    retranslate();
    m_answerTimer = new QTimer(this);
    m_answerTimer->setSingleShot(true);
    connect(m_answerTimer, &QTimer::timeout, this, &MainWindow::showAnswerThrottled);

    connect(m_inputs, &InputPanel::changed, this, &MainWindow::onInputsChanged);
    connect(m_chart, &MemoryChart::barHovered, this, [this](int bar, int part) {
        QToolTip::showText(QCursor::pos(), barToolTip(bar, part), m_chart);
    });
    connect(m_chart, &MemoryChart::hoverEnded, this, [] { QToolTip::hideText(); });
    connect(m_answer, &AnswerPanel::commandCopied, this,
            [this] { statusBar()->showMessage(tr("Copied the launch command"), 4000); });
    connect(m_answer, &AnswerPanel::walkthroughStepRequested, this, [this](int step) {
        if (step < 0) {
            m_walkStep = -1;
            // Back to the example as loaded, so that the shown scenario is Undo's again.
            if (m_scenario != m_walkBase && m_walkthroughStep >= 0 && m_undo->index() == m_walkthroughStep)
                applyScenario(m_walkBase);
            m_answer->showAnswer(m_answerData);
            offerToRestoreAfterWalkthrough();
        } else {
            goToWalkthroughStep(step);
        }
    });

    m_scenario = settings->loadScenario(m_catalog);
    if (!settings->notice().isEmpty())
        statusBar()->showMessage(settings->notice());
    if (!restoreGeometry(settings->geometry())) {
        // First start: most of the screen, so that the chart, its legend and labels have room.
        const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1000);
        resize(QSize(std::min(1440, available.width() * 9 / 10), std::min(920, available.height() * 9 / 10)));
    }
    applyScenario(m_scenario); // where the session starts: nothing to undo yet
}

void MainWindow::setScenario(const Scenario &scenario)
{
    changeScenario(scenario, tr("scenario change"));
}

void MainWindow::changeScenario(const Scenario &next, const QString &text)
{
    if (next == m_scenario)
        return;
    // Pushing applies it (redo); undo applies the scenario before.
    m_undo->push(new ScenarioCommand([this](const Scenario &s) { applyScenario(s); }, m_scenario, next, text));
}

void MainWindow::applyScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    if (!m_inputsShowScenario)
        m_inputs->load(scenario);
    syncActions();
    recompute();
}

void MainWindow::onInputsChanged()
{
    m_walkStep = -1; // the walkthrough describes the article's inputs only
    Scenario next = m_scenario;
    m_inputs->applyTo(next);
    // The inputs already show it: reloading them mid-typing would move the cursor and
    // rebuild the GPU list under the selection.
    m_inputsShowScenario = true;
    changeScenario(next, tr("input change"));
    m_inputsShowScenario = false;
}

void MainWindow::recompute()
{
    const int visible = m_views->currentWidget() == m_scalingView ? PlanSnapshot::ScalingView
                      : m_views->currentWidget() == m_heatMap    ? PlanSnapshot::MapView
                                                                 : PlanSnapshot::MemoryView;
    m_snapshot = PlanSnapshot::build(m_scenario, m_catalog, m_scalingView->kvOnly(), m_compared, visible);
    m_answerData = m_snapshot.answer;
    m_inputs->setFits(m_snapshot.answer.fits);
    m_pendingAnswer = [this, error = m_snapshot.error, answer = m_snapshot.answer] {
        if (m_walkStep >= 0)
            showWalkthroughStep(m_walkStep);
        else if (!error.isEmpty())
            m_answer->showError(error);
        else if (m_scenario.chartMode == ChartMode::CompareScenarios)
            m_answer->showScenarioComparison(m_snapshot.chart.data, answer.unit);
        else
            m_answer->showAnswer(answer);
    };
    applySnapshotToViews();
    showAnswerThrottled();
    emit recomputed();
}

void MainWindow::applySnapshotToViews()
{
    if (m_views->currentWidget() == m_scalingView)
        m_scalingView->chart()->setContent(m_snapshot.scaling);
    else if (m_views->currentWidget() == m_heatMap)
        m_heatMap->setContent(m_snapshot.map);
    else
        m_chart->setContent(m_snapshot.chart);
}

void MainWindow::showAnswerThrottled()
{
    if (!m_pendingAnswer)
        return;
    if (m_sinceAnswer.isValid() && m_sinceAnswer.elapsed() < kAnswerIntervalMs) {
        if (!m_answerTimer->isActive())
            m_answerTimer->start(int(kAnswerIntervalMs - m_sinceAnswer.elapsed()));
        return;
    }
    m_pendingAnswer();
    m_pendingAnswer = nullptr;
    m_sinceAnswer.start();
}

void MainWindow::flushAnswer()
{
    m_answerTimer->stop();
    if (!m_pendingAnswer)
        return;
    m_pendingAnswer();
    m_pendingAnswer = nullptr;
    m_sinceAnswer.start();
}

QString MainWindow::barToolTip(int bar, int part) const
{
    const QList<ChartBar> &bars = m_chart->content().data.bars;
    if (bar < 0 || bar >= bars.size())
        return {};
    const ChartBar &b = bars.at(bar);
    auto input = m_scenario.toInput(m_catalog, nullptr);
    const ModelSpec *model = m_catalog.model(b.modelId);
    if (!input || !model)
        return {};
    input->model = *model;
    const MemoryBreakdown e = MemoryModel(*input).explainAt(b.tokens, b.concurrency, m_scenario.unit, QLocale());
    const MemoryTerm &term = part == MemoryChart::Weights        ? e.weights
                           : part == MemoryChart::KvCache        ? e.kvCache
                           : part == MemoryChart::RecurrentState ? e.recurrentState
                                                                 : e.overhead;
    const QString name = part == MemoryChart::Weights        ? tr("Weights")
                       : part == MemoryChart::KvCache        ? tr("KV cache")
                       : part == MemoryChart::RecurrentState ? tr("Recurrent state")
                                                             : tr("Overhead");
    const QLocale locale;
    return tr("%1 — %2 × %3\n%4: %5 (%6)\n= %7\nTotal: %8")
        .arg(model->name, tokenCount(b.tokens), requestCount(b.concurrency), name,
             formatBytes(term.bytes, m_scenario.unit, locale), formatExactBytes(term.bytes, locale), term.formula,
             formatBytes(e.total.bytes, m_scenario.unit, locale));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importFile = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-open")), QString(), QKeySequence::Open,
                                         this, [this] {
                                             const QString path = QFileDialog::getOpenFileName(
                                                 this, tr("Import model"), m_settings->lastImportFolder(),
                                                 tr("Model files (*.gguf *.json *.safetensors);;All files (*)"));
                                             if (!path.isEmpty())
                                                 importModel(path);
                                         });
    m_importFolder = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Import model folder"), m_settings->lastImportFolder());
        if (!path.isEmpty())
            importModel(path);
    });
    m_manageModels = m_fileMenu->addAction(QString(), this, &MainWindow::manageModels);
    m_manageGpus = m_fileMenu->addAction(QString(), this, &MainWindow::manageGpus);
    m_readLog = m_fileMenu->addAction(QString(), this, &MainWindow::compareWithLog);
    m_readLog->setObjectName(QStringLiteral("compareWithLogAction"));
    m_manageCalibrations = m_fileMenu->addAction(QString(), this, &MainWindow::manageCalibrations);
    m_manageCalibrations->setObjectName(QStringLiteral("manageCalibrationsAction"));
    m_manageGpus->setObjectName(QStringLiteral("manageGpusAction"));
    m_importFile->setObjectName(QStringLiteral("actionImportModel"));
    m_fileMenu->addSeparator();
    m_openScenario = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), m_settings->lastExportFolder(),
                                                          tr("VRAM Planner scenarios (*.vramplan)"));
        if (!path.isEmpty())
            openScenario(path);
    });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_saveScenario = m_fileMenu->addAction(QString(), QKeySequence::Save, this, [this] {
        const QString path = askExportPath(tr("Save scenario"), tr("VRAM Planner scenarios (*.vramplan)"),
                                           m_scenario.modelId + QStringLiteral(".vramplan"));
        if (!path.isEmpty())
            saveScenarioTo(path);
    });
    m_compareScenarios = m_fileMenu->addAction(QString(), this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Compare with scenarios"),
                                                                m_settings->lastExportFolder(),
                                                                tr("VRAM Planner scenarios (*.vramplan)"));
        if (!paths.isEmpty())
            compareScenarios(paths);
    });
    m_fileMenu->addSeparator();
    m_exportChart = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), QString(),
                                          QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportChart);
    m_exportData = m_fileMenu->addAction(QString(), this, [this] { exportTable(false); });
    m_exportBreakdown = m_fileMenu->addAction(QString(), this, [this] { exportTable(true); });
    m_exportTables = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = askExportPath(tr("Export the article's tables"), tr("Markdown table (*.md);;CSV table (*.csv)"),
                                           QStringLiteral("article-tables.md"));
        if (!path.isEmpty())
            exportArticleTables(path);
    });
    m_exportReport = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(),
                                           QKeySequence(Qt::CTRL | Qt::Key_R), this, &MainWindow::exportReport);
    m_copyChart = m_fileMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), QString(),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this, &MainWindow::copyChart);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    m_exportChart->setObjectName(QStringLiteral("actionExportChart"));
    m_exportReport->setObjectName(QStringLiteral("actionExportReport"));
    m_copyChart->setObjectName(QStringLiteral("actionCopyChart"));
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_exportChart);
    m_toolBar->addAction(m_exportReport);
    m_toolBar->addAction(m_copyChart);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_editMenu->addAction(QString(), QKeySequence::Undo, m_undo, &QUndoStack::undo);
    m_redoAction = m_editMenu->addAction(QString(), m_undo, &QUndoStack::redo);
    // Ctrl+Shift+Z on every platform, besides the platform's own (Ctrl+Y on some).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    m_redoAction->setShortcuts(redoKeys);
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);

    m_viewMenu = menuBar()->addMenu(QString());
    m_chartMenu = m_viewMenu->addMenu(QString());
    auto *chartGroup = new QActionGroup(this);
    m_sweepTokens = m_chartMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_1), this,
                                           [this] { setChartMode(ChartMode::Sweep, SweepAxis::Tokens); });
    m_sweepConcurrency = m_chartMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                                                [this] { setChartMode(ChartMode::Sweep, SweepAxis::Concurrency); });
    m_compareModels = m_chartMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_3), this,
                                             [this] { setChartMode(ChartMode::CompareModels, m_scenario.sweepAxis); });
    for (QAction *a : {m_sweepTokens, m_sweepConcurrency, m_compareModels}) {
        a->setCheckable(true);
        chartGroup->addAction(a);
    }
    m_chooseModels = m_chartMenu->addAction(QString(), this, &MainWindow::chooseCompareModels);
    m_sweepTokens->setObjectName(QStringLiteral("actionSweepTokens"));
    m_sweepConcurrency->setObjectName(QStringLiteral("actionSweepConcurrency"));
    m_compareModels->setObjectName(QStringLiteral("actionCompareModels"));
    // The chart modes from the chart itself: its context menu holds the same actions.
    m_chart->addActions({m_sweepTokens, m_sweepConcurrency, m_compareModels, m_chooseModels});
    m_chart->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_unitMenu = m_viewMenu->addMenu(QString());
    auto *unitGroup = new QActionGroup(this);
    const auto setUnit = [this](ByteUnit unit) {
        Scenario next = m_scenario;
        next.unit = unit;
        changeScenario(next, tr("unit change"));
    };
    m_unitGB = m_unitMenu->addAction(QStringLiteral("GB"), this, [setUnit] { setUnit(ByteUnit::GB); });
    m_unitGiB = m_unitMenu->addAction(QStringLiteral("GiB"), this, [setUnit] { setUnit(ByteUnit::GiB); });
    m_unitGB->setObjectName(QStringLiteral("actionUnitGB"));
    m_unitGiB->setObjectName(QStringLiteral("actionUnitGiB"));
    for (QAction *a : {m_unitGB, m_unitGiB}) {
        a->setCheckable(true);
        unitGroup->addAction(a);
    }

    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languageGroup = new QActionGroup(this);
    for (const QString &code : Language::available()) {
        QAction *a = m_languageMenu->addAction(Language::nativeName(code), this, [this, code] { switchLanguage(code); });
        a->setData(code);
        a->setObjectName(QStringLiteral("actionLanguage_%1").arg(code));
        a->setCheckable(true);
        languageGroup->addAction(a);
        m_languageActions.append(a);
    }
    m_viewMenu->addSeparator();
    m_reset = m_viewMenu->addAction(QString(), this, [this] { changeScenario(Scenario(), tr("reset to defaults")); });
    m_reset->setObjectName(QStringLiteral("actionReset"));

    m_helpMenu = menuBar()->addMenu(QString());
    m_walkthrough = m_helpMenu->addAction(QString(), this, &MainWindow::startWalkthrough);
    m_walkthrough->setObjectName(QStringLiteral("actionWalkthrough"));
    m_sources = m_helpMenu->addAction(QString(), this, &MainWindow::showDataSources);
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutQt = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::syncActions()
{
    m_sweepTokens->setChecked(m_scenario.chartMode == ChartMode::Sweep && m_scenario.sweepAxis == SweepAxis::Tokens);
    if (m_scenario.chartMode != ChartMode::CompareScenarios)
        m_compared.clear();
    m_sweepConcurrency->setChecked(m_scenario.chartMode == ChartMode::Sweep
                                   && m_scenario.sweepAxis == SweepAxis::Concurrency);
    m_compareModels->setChecked(m_scenario.chartMode == ChartMode::CompareModels);
    m_unitGB->setChecked(m_scenario.unit == ByteUnit::GB);
    m_unitGiB->setChecked(m_scenario.unit == ByteUnit::GiB);
    for (QAction *a : m_languageActions)
        a->setChecked(a->data().toString() == Language::current());
}

void MainWindow::setChartMode(ChartMode mode, SweepAxis axis)
{
    if (m_scenario.chartMode == ChartMode::CompareScenarios) {
        // Leaving the view of compared files, which was no undo step either.
        m_scenario.chartMode = mode;
        m_scenario.sweepAxis = axis;
        syncActions();
        recompute();
        return;
    }
    Scenario next = m_scenario;
    next.chartMode = mode;
    next.sweepAxis = axis;
    changeScenario(next, tr("chart change"));
    syncActions(); // an unchanged mode still unchecks the action just clicked
}

void MainWindow::chooseCompareModels()
{
    CompareModelsDialog dialog(m_catalog.models(), m_scenario.compareModelIds, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Scenario next = m_scenario;
    next.compareModelIds = dialog.chosenIds();
    next.chartMode = ChartMode::CompareModels;
    changeScenario(next, tr("model choice"));
}

void MainWindow::switchLanguage(const QString &code)
{
    if (!Language::install(code))
        return;
    m_settings->saveLanguage(Language::current());
    // QCoreApplication sends LanguageChange to every widget; numbers follow the new default locale.
}

void MainWindow::retranslate()
{
    // X11 and Windows append the display name to every window title, so it is translated too.
    QGuiApplication::setApplicationDisplayName(tr("VRAM Planner"));
    setWindowTitle(tr("VRAM Planner"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    updateUndoActions();
    m_quit->setText(tr("&Quit"));
    m_importFile->setText(tr("&Import model…"));
    m_importFile->setToolTip(tr("A config.json, .safetensors or .gguf file; you can also drop files on the window"));
    m_importFolder->setText(tr("Import model &folder…"));
    m_manageModels->setText(tr("&Manage imported models…"));
    m_manageModels->setEnabled(m_library != nullptr);
    m_manageGpus->setText(tr("&GPUs and prices…"));
    m_readLog->setText(tr("Compare with a start-up &log…"));
    m_manageCalibrations->setText(tr("Calibratio&n profiles…"));
    m_manageCalibrations->setEnabled(m_calibrations != nullptr);
    m_manageGpus->setEnabled(m_gpuLibrary != nullptr);
    m_openScenario->setText(tr("&Open scenario…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_saveScenario->setText(tr("&Save scenario…"));
    m_compareScenarios->setText(tr("Compare &with scenarios…"));
    m_walkthrough->setText(tr("The &article's example"));
    m_walkthrough->setToolTip(tr("LLaMA-2 13B, FP16, 4,096 tokens, 10 requests, step by step"));
    m_views->setTabText(0, tr("Memory"));
    m_views->setTabText(1, tr("KV scaling"));
    m_views->setTabText(2, tr("Tokens × requests map"));
    m_chart->setAccessibleName(tr("Memory chart"));
    m_heatMap->setAccessibleName(tr("Tokens × requests map"));
    m_answer->setAccessibleName(tr("Answer: total, formulas and GPU fit"));
    updateRecentMenu();
    m_exportChart->setText(tr("&Export chart…"));
    m_exportChart->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
    m_exportData->setText(tr("Export chart &data…"));
    m_exportBreakdown->setText(tr("Export &breakdown…"));
    m_exportTables->setText(tr("Export the article's &tables…"));
    m_exportTables->setToolTip(tr("GPU memory per model and token count, for 1 and 10 requests"));
    m_exportReport->setText(tr("Export re&port…"));
    m_exportReport->setToolTip(tr("A PDF with inputs, chart, formulas and the fit of each GPU configuration"));
    m_copyChart->setText(tr("&Copy chart"));
    m_copyChart->setToolTip(tr("Copy the chart to the clipboard as an image"));
    m_toolBar->setWindowTitle(tr("Export"));
    m_viewMenu->setTitle(tr("&View"));
    m_chartMenu->setTitle(tr("&Chart"));
    m_sweepTokens->setText(tr("Sweep &tokens per request"));
    m_sweepConcurrency->setText(tr("Sweep &concurrent requests"));
    m_compareModels->setText(tr("Compare &models"));
    m_chooseModels->setText(tr("Choose models to compare…"));
    m_unitMenu->setTitle(tr("&Unit"));
    m_unitGB->setToolTip(tr("10^9 bytes"));
    m_unitGiB->setToolTip(tr("2^30 bytes"));
    m_languageMenu->setTitle(tr("&Language"));
    m_reset->setText(tr("&Reset to defaults"));
    m_helpMenu->setTitle(tr("&Help"));
    m_sources->setText(tr("&Data sources"));
    m_about->setText(tr("A&bout VRAM Planner"));
    m_aboutQt->setText(tr("About &Qt"));
    // Toolbar buttons and default tool tips show an action's icon text, which Qt derives
    // by dropping "&" alone: Chinese "导出图表(&E)…" would read "导出图表(E)…" there.
    for (QAction *a : findChildren<QAction *>())
        a->setIconText(buttonText(a->text()));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

bool MainWindow::saveScenarioTo(const QString &path)
{
    QString error;
    if (!ScenarioFile::save(path, QFileInfo(path).completeBaseName(), m_scenario, m_catalog, &error)) {
        showError(tr("Save scenario"), error);
        return false;
    }
    addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::openScenario(const QString &path)
{
    QString error;
    const auto file = ScenarioFile::load(path, m_catalog, &error);
    if (!file) {
        showError(tr("Open scenario"), error); // the current scenario stays as it is
        return false;
    }
    for (const ModelSpec &m : file->models)
        if (!m_catalog.model(m.id))
            m_sessionModels.append(m);
    for (const GpuSpec &g : file->gpus)
        if (!m_catalog.gpu(g.id))
            m_sessionGpus.append(g);
    rebuildCatalog();
    m_inputs->reloadModels();
    m_inputs->reloadGpus();
    m_walkStep = -1;
    m_compared.clear();
    changeScenario(file->scenario, tr("opening %1").arg(file->name));
    addRecentFile(path);
    statusBar()->showMessage(tr("Opened %1").arg(file->name), 5000);
    return true;
}

bool MainWindow::compareScenarios(const QStringList &paths)
{
    QList<ScenarioFile> files;
    for (const QString &path : paths) {
        QString error;
        const auto file = ScenarioFile::load(path, m_catalog, &error);
        if (!file) {
            showError(tr("Compare scenarios"), error);
            return false;
        }
        files << *file;
    }
    m_compared = files;
    m_walkStep = -1;
    // A view of files, not a change of the scenario (it is not saved either): not an undo step.
    m_scenario.chartMode = ChartMode::CompareScenarios;
    m_views->setCurrentWidget(m_chart);
    syncActions();
    recompute();
    return true;
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList recent = m_settings->recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    m_settings->saveRecentFiles(recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->recentFiles();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openScenario(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::startWalkthrough()
{
    Scenario s;
    s.modelId = QStringLiteral("llama-2-13b");
    s.weightsId = s.kvCacheId = QStringLiteral("fp16");
    s.method = EstimateMethod::Article;
    s.tokens = 4096;
    s.concurrency = 10;
    s.overheadPpm = 100000;
    s.gpus = {{QStringLiteral("a100-40gb"), 1}, {QStringLiteral("a100-40gb"), 2}, {QStringLiteral("a100-80gb"), 1}};
    s.unit = m_scenario.unit;
    m_compared.clear();
    m_views->setCurrentWidget(m_chart);
    const int before = m_undo->index();
    changeScenario(s, tr("the article's example", "what Edit → Undo undoes"));
    // Closing the walkthrough offers to undo this one step, if it was one.
    m_walkthroughStep = m_undo->index() != before ? m_undo->index() : -1;
    m_walkBase = s;
    goToWalkthroughStep(0);
}

void MainWindow::goToWalkthroughStep(int step)
{
    const QList<WalkthroughStep> steps = articleWalkthrough(m_catalog, QLocale());
    if (steps.isEmpty())
        return;
    m_walkStep = std::clamp(step, 0, int(steps.size()) - 1);
    const WalkthroughStep &shown = steps.at(m_walkStep);
    Scenario target = m_walkBase;
    target.unit = m_scenario.unit;
    if (!shown.modelId.isEmpty() && m_catalog.model(shown.modelId)) {
        target.modelId = shown.modelId;
        target.method = EstimateMethod::Exact;
    }
    if (target != m_scenario)
        applyScenario(target);
    m_answer->showWalkthrough(steps, m_walkStep);
}

void MainWindow::offerToRestoreAfterWalkthrough()
{
    // Only while the example is still the last step: after other changes, Undo does it step by step.
    if (m_walkthroughStep < 0 || m_undo->index() != m_walkthroughStep || !m_undo->canUndo())
        return;
    m_walkthroughStep = -1;
    if (QMessageBox::question(this, tr("The article's example"),
                              tr("Restore the scenario you had before the article's example?"))
        == QMessageBox::Yes)
        m_undo->undo();
}

void MainWindow::showWalkthroughStep(int step)
{
    const QList<WalkthroughStep> steps = articleWalkthrough(m_catalog, QLocale());
    if (steps.isEmpty())
        return;
    m_walkStep = std::clamp(step, 0, int(steps.size()) - 1);
    m_answer->showWalkthrough(steps, m_walkStep);
}

void MainWindow::rebuildCatalog()
{
    m_catalog = m_builtIn;
    const QList<ModelSpec> imported = (m_library ? m_library->models() : QList<ModelSpec>()) + m_sessionModels;
    for (const ModelSpec &m : imported)
        if (!m_catalog.model(m.id))
            m_catalog.addModel(m);
    if (m_gpuLibrary)
        m_gpuLibrary->applyTo(m_catalog);
    for (const GpuSpec &g : m_sessionGpus)
        if (!m_catalog.gpu(g.id))
            m_catalog.addGpu(g);
}

void MainWindow::manageGpus()
{
    if (!m_gpuLibrary)
        return;
    ManageGpusDialog dialog(m_gpuLibrary, m_builtIn, m_scenario.prices, this);
    dialog.exec();
    reloadGpus();
    if (dialog.prices() != m_scenario.prices) {
        Scenario next = m_scenario;
        next.prices = dialog.prices();
        changeScenario(next, tr("prices"));
    }
}

void MainWindow::compareWithLog()
{
    EngineLogDialog dialog(m_catalog, m_scenario, m_calibrations, this);
    const int result = dialog.exec();
    if (m_calibrations) // a profile may have been saved
        m_inputs->setCalibrationProfiles(m_calibrations->profiles());
    if (result == QDialog::Accepted)
        changeScenario(dialog.scenario(), tr("start-up log"));
}

void MainWindow::manageCalibrations()
{
    if (!m_calibrations)
        return;
    ManageCalibrationsDialog dialog(m_calibrations, this);
    dialog.exec();
    // The scenario keeps the corrections it was made with, under the name it had then.
    m_inputs->setCalibrationProfiles(m_calibrations->profiles());
    m_inputs->load(m_scenario);
}

void MainWindow::setCalibrationLibrary(CalibrationLibrary *library)
{
    m_calibrations = library;
    m_manageCalibrations->setEnabled(library != nullptr);
    m_inputs->setCalibrationProfiles(library ? library->profiles() : QList<CalibrationProfile>());
    m_inputs->load(m_scenario);
}

void MainWindow::reloadGpus()
{
    rebuildCatalog();
    m_inputs->reloadGpus();
    // Earlier steps may name a GPU that is gone now: they cannot be undone to.
    Scenario next = m_scenario;
    const qsizetype before = next.gpus.size();
    next.gpus.removeIf([this](const GpuConfigRef &ref) { return !m_catalog.gpu(ref.gpuId); });
    if (next.gpus.size() != before)
        m_undo->clear();
    applyScenario(next);
}

bool MainWindow::importModel(const QString &path)
{
    QString error;
    auto model = ModelImporter::importPath(path, &error);
    // The next import dialog opens where this one was, with no file name filled in: the folder
    // holding the file, or the one holding the model folder.
    m_settings->saveLastImportFolder(QFileInfo(path).absolutePath());
    if (!model) {
        QMessageBox::warning(this, tr("Import failed"), error);
        return false;
    }
    QStringList taken;
    for (const ModelSpec &m : m_catalog.models())
        taken << m.id;
    QString id = model->id;
    if (m_library) {
        id = m_library->add(*model, taken);
        if (!m_library->save(&error))
            QMessageBox::warning(this, tr("Import"), error);
    } else {
        for (int n = 2; taken.contains(id); ++n)
            id = QStringLiteral("%1-%2").arg(model->id).arg(n);
        model->id = id;
        m_sessionModels.append(*model); // kept for this run only
    }
    rebuildCatalog();
    m_inputs->reloadModels();
    Scenario next = m_scenario;
    next.modelId = id;
    next.weightsId = model->fileWeightBytes > 0 ? QStringLiteral("file") : next.weightsId;
    changeScenario(next, tr("import of %1").arg(model->name));
    statusBar()->showMessage(tr("Imported %1 (%2)").arg(model->name, model->parametersSource), 8000);
    return true;
}

void MainWindow::manageModels()
{
    if (!m_library)
        return;
    ManageModelsDialog dialog(m_library, this);
    dialog.exec();
    rebuildCatalog();
    m_inputs->reloadModels();
    // Earlier steps may name a model that is gone now: they cannot be undone to.
    m_undo->clear();
    Scenario next = m_scenario;
    if (!m_catalog.model(next.modelId)) {
        next.modelId = Scenario().modelId;
        if (next.weightsId == QLatin1String("file")) // the removed file's own precision
            next.weightsId = Scenario().weightsId;
    }
    applyScenario(next);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl &u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        importModel(url.toLocalFile());
    event->acceptProposedAction();
}

MemoryChart::Content MainWindow::chartContent() const
{
    return m_chart->content();
}

ReportWriter::Content MainWindow::reportContent() const
{
    return {m_answerData.input, m_answerData.breakdown, m_answerData.fits, m_chart->content(), m_scenario.unit,
            m_scenario.prices};
}

QString MainWindow::askExportPath(const QString &title, const QString &filters, const QString &baseName)
{
    const QString start = QDir(m_settings->lastExportFolder()).filePath(baseName);
    const QString path = QFileDialog::getSaveFileName(this, title, start, filters);
    if (!path.isEmpty())
        m_settings->saveLastExportFolder(QFileInfo(path).absolutePath());
    return path;
}

void MainWindow::reportError(const QString &message)
{
    QMessageBox::warning(this, tr("Export failed"), message);
}

void MainWindow::exportChart()
{
    const QString path = askExportPath(tr("Export chart"),
                                       tr("PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"),
                                       m_scenario.modelId + QStringLiteral(".png"));
    if (path.isEmpty())
        return;
    ExportOptionsDialog options(QSize(1600, 900), this);
    if (options.exec() != QDialog::Accepted)
        return;
    QString error;
    bool ok = false;
    if (m_views->currentWidget() == m_scalingView)
        ok = ChartExporter::exportScaling(m_snapshot.scaling, path, options.chartSize(), options.pixelRatio(), &error);
    else if (m_views->currentWidget() == m_heatMap)
        ok = ChartExporter::exportMap(m_snapshot.map, path, options.chartSize(), options.pixelRatio(), &error);
    else
        ok = ChartExporter::exportChart(chartContent(), path, options.chartSize(), options.pixelRatio(), &error);
    if (!ok)
        reportError(error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::exportTable(bool breakdown)
{
    const QString path = askExportPath(breakdown ? tr("Export breakdown") : tr("Export chart data"),
                                       tr("CSV table (*.csv);;Markdown table (*.md)"),
                                       m_scenario.modelId + (breakdown ? QStringLiteral("-breakdown.csv")
                                                                       : QStringLiteral("-chart.csv")));
    if (path.isEmpty())
        return;
    const auto format = ChartExporter::formatForPath(path);
    if (format != ChartExporter::Format::Csv && format != ChartExporter::Format::Markdown) {
        reportError(ChartExporter::unknownFormatMessage(path));
        return;
    }
    DataTable table = breakdown ? breakdownTable(m_answerData.breakdown, m_answerData.fits, m_scenario.unit, QLocale())
                                : chartTable(m_chart->content().data, m_scenario.unit, QLocale());
    table.title = m_chart->content().title;
    QString error;
    const QString text = format == ChartExporter::Format::Csv ? table.toCsv() : table.toMarkdown();
    if (!ChartExporter::writeText(path, text, &error))
        reportError(error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

bool MainWindow::exportArticleTables(const QString &path)
{
    const auto format = ChartExporter::formatForPath(path);
    if (format != ChartExporter::Format::Csv && format != ChartExporter::Format::Markdown) {
        reportError(ChartExporter::unknownFormatMessage(path));
        return false;
    }
    ArticleTableRequest request;
    request.models = m_scenario.compareModels(m_catalog);
    request.tokens = {512, 1024, 2048, 4096};
    request.concurrency = {1, 10};
    request.weights = m_answerData.input.weights;
    request.kvCache = m_answerData.input.kvCache;
    request.method = m_scenario.method;
    request.overheadPpm = m_scenario.overheadPpm;
    QString error;
    QString text;
    if (*format == ChartExporter::Format::Csv) {
        const auto table = articleLongTable(request, m_scenario.unit, &error);
        if (table)
            text = table->toCsv();
    } else {
        const QList<DataTable> tables = articleTables(request, m_scenario.unit, QLocale(), &error);
        for (const DataTable &t : tables)
            text += t.toMarkdown() + QLatin1Char('\n');
    }
    if (text.isEmpty() || !ChartExporter::writeText(path, text, &error)) {
        reportError(error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::exportReport()
{
    const QString path = askExportPath(tr("Export report"), tr("PDF document (*.pdf)"),
                                       m_scenario.modelId + QStringLiteral("-report.pdf"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ReportWriter::writePdf(reportContent(), path, &error))
        reportError(error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::copyChart()
{
    const qreal ratio = devicePixelRatioF();
    QGuiApplication::clipboard()->setImage(ChartExporter::renderImage(chartContent(), m_chart->size(), ratio));
    statusBar()->showMessage(tr("Chart copied to the clipboard"), 3000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About VRAM Planner"),
                       tr("<h3>VRAM Planner %1</h3>"
                          "<p>How much GPU memory does a large language model need, and on which GPUs does it fit?</p>"
                          "<p>total = weights + KV cache + overhead. The Article method reproduces the article "
                          "\"How much GPU memory does running a 70B LLM need?\"; the Exact method uses each model's "
                          "real parameter count and KV-cache layout; the engine methods (vLLM and vLLM-Ascend, SGLang, "
                          "TensorRT-LLM, llama.cpp, Ollama, MindIE) predict what each engine allocates, checked "
                          "against its published start-up logs (MindIE's from its documented rule). All catalogue figures "
                          "cite their sources "
                          "(Help → Data sources).</p>"
                          "<p>License: GPL-3.0-or-later. Built with Qt %2.</p>")
                           .arg(QStringLiteral(VRAM_PLANNER_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::showDataSources()
{
    QString html = QStringLiteral("<h3>%1</h3><ul>").arg(tr("Models").toHtmlEscaped());
    for (const ModelSpec &m : m_catalog.models())
        html += QStringLiteral("<li><b>%1</b>: %2<br/>%3</li>")
                    .arg(m.name.toHtmlEscaped(), m.parametersSource.toHtmlEscaped(), m.configSource.toHtmlEscaped());
    html += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("GPUs").toHtmlEscaped());
    for (const GpuSpec &g : m_catalog.gpus())
        html += QStringLiteral("<li><b>%1</b> %2: %3</li>")
                    .arg(g.displayName().toHtmlEscaped(), formatExactBytes(g.memoryBytes, QLocale()), g.source.toHtmlEscaped());
    html += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("Data types").toHtmlEscaped());
    for (const DataType &t : m_catalog.dataTypes())
        html += QStringLiteral("<li><b>%1</b>: %2</li>").arg(t.name.toHtmlEscaped(), t.source.toHtmlEscaped());
    html += QStringLiteral("</ul>");

    QDialog dialog(this);
    dialog.setWindowTitle(tr("Data sources"));
    auto *text = new QTextBrowser(&dialog);
    text->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(760, 560);
    dialog.exec();
}

MainWindow::~MainWindow()
{
    // The undo stack, a child, clears itself when QObject deletes the children, after this class is
    // gone: its indexChanged must not reach updateUndoActions then (UBSan: a downcast to a QWidget).
    m_undo->disconnect(this);
}

void MainWindow::updateUndoActions()
{
    m_undoAction->setEnabled(m_undo->canUndo());
    m_redoAction->setEnabled(m_undo->canRedo());
    m_undoAction->setText(m_undo->canUndo() ? tr("&Undo %1").arg(m_undo->undoText()) : tr("&Undo"));
    m_redoAction->setText(m_undo->canRedo() ? tr("&Redo %1").arg(m_undo->redoText()) : tr("&Redo"));
    // Icon texts (toolbars, tool tips) without the mnemonic, as for every action.
    m_undoAction->setIconText(buttonText(m_undoAction->text()));
    m_redoAction->setIconText(buttonText(m_redoAction->text()));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_inputs && event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, &MainWindow::fitInputWidth); // once the layout has its new hint
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitInputWidth()
{
    auto *scroll = findChild<QScrollArea *>(QStringLiteral("inputScroll"));
    if (!scroll)
        return;
    const int width = m_inputs->minimumSizeHint().width() + 2 * scroll->frameWidth()
                    + scroll->verticalScrollBar()->sizeHint().width();
    if (scroll->minimumWidth() != width)
        scroll->setMinimumWidth(width);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        syncActions();
        recompute(); // formulas, titles and numbers in the new language
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->saveScenario(m_scenario);
    m_settings->saveGeometry(saveGeometry());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}
