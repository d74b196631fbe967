// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "CalibrationLibrary.h"
#include "GpuLibrary.h"
#include "ModelLibrary.h"
#include "AnswerPanel.h"
#include "MemoryChart.h"
#include "PlanSnapshot.h"
#include "ScalingView.h"
#include "HeatMapView.h"
#include "ReportWriter.h"
#include "Scenario.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <functional>

class InputPanel;
class MemoryChart;
class QAction;
class QActionGroup;
class QMenu;
class QTabWidget;
class QUndoStack;
class QTimer;
class QToolBar;
class SettingsStore;

// The planner window: inputs on the left, the chart and the answer on the right.
// Every input change recomputes through core and updates chart and answer in place.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `library` (may be null) holds the user's imported models, shown next to the catalogue's;
    // `gpuLibrary` (may be null) the user's own GPU kinds and prices.
    MainWindow(SettingsStore *settings, const vram::Catalog &catalog, vram::ModelLibrary *library = nullptr,
               vram::GpuLibrary *gpuLibrary = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Imports a config.json, model folder or GGUF file, adds it to the library and selects it.
    bool importModel(const QString &path);
    const vram::Catalog &catalog() const { return m_catalog; }

    // What an export or report of the current state contains.
    MemoryChart::Content chartContent() const;
    ReportWriter::Content reportContent() const;

    const vram::Scenario &scenario() const { return m_scenario; }
    // An undoable change (Edit → Undo); equal scenarios are no change.
    void setScenario(const vram::Scenario &scenario);
    QUndoStack *undoStack() const { return m_undo; }
    // Shows an answer held back by the 20 Hz throttle now (before a screenshot).
    void flushAnswer();
    void switchLanguage(const QString &code);

    MemoryChart *chart() const { return m_chart; }
    ScalingView *scalingView() const { return m_scalingView; }
    HeatMapView *heatMap() const { return m_heatMap; }
    QTabWidget *views() const { return m_views; }

    // Scenario files (.vramplan): save, open (the current state is kept when opening fails),
    // and compare the current scenario with saved ones side by side.
    bool saveScenarioTo(const QString &path);
    bool openScenario(const QString &path);
    bool compareScenarios(const QStringList &paths);
    // Help → The article's example: loads it and steps through the article in the answer panel.
    void startWalkthrough();
    // The article's two tables (memory per model × tokens, for 1 and 10 requests) for the models
    // compared in "compare models", at the current precisions: .md or .csv by the path.
    bool exportArticleTables(const QString &path);
    int walkthroughStep() const { return m_walkStep; }
    void showWalkthroughStep(int step);
    // Shows a step and the scenario it speaks of (not an undo step: the example was one).
    void goToWalkthroughStep(int step);
    AnswerPanel *answerPanel() const { return m_answer; }
    InputPanel *inputPanel() const { return m_inputs; }
    // What the bar or segment under the pointer means, with its formula.
    QString barToolTip(int bar, int part) const;

signals:
    // After every recomputation, for tests and benchmarks.
    void recomputed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void changeScenario(const vram::Scenario &next, const QString &text);
    void applyScenario(const vram::Scenario &scenario);
    void updateUndoActions();
    void offerToRestoreAfterWalkthrough();
    void fitInputWidth();
    void createMenus();
    void retranslate();
    void recompute();
    void syncActions();
    void onInputsChanged();
    void setChartMode(vram::ChartMode mode, vram::SweepAxis axis);
    void chooseCompareModels();
    void showAbout();
    void rebuildCatalog();
    void manageModels();
public:
    // File → GPUs and prices: the user's GPUs, prices and currency.
    void manageGpus();
    // File → Compare with a start-up log: the log beside the plan, and its run loaded on request.
    void compareWithLog();
    void manageCalibrations();
    // The user's calibration profiles (may stay null: none offered, none saved).
    void setCalibrationLibrary(vram::CalibrationLibrary *library);
    // After the user's GPUs changed: the lists, and rows of GPUs that are gone dropped.
    void reloadGpus();
private:
    void exportChart();
    void exportTable(bool breakdown);
    void exportReport();
    void copyChart();
    // Asks for a file name in the last export folder; empty when cancelled.
    QString askExportPath(const QString &title, const QString &filters, const QString &baseName);
    void reportError(const QString &message);
    void applySnapshotToViews();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void showError(const QString &title, const QString &message);
    void showDataSources();
    void showAnswerThrottled();

    // Laying out the answer's rich text costs more than the chart; while a
    // slider is dragged it is refreshed at most every kAnswerIntervalMs (first
    // and last change always shown), the chart on every change.
    static constexpr int kAnswerIntervalMs = 50;
    QTimer *m_answerTimer = nullptr;
    QElapsedTimer m_sinceAnswer;
    std::function<void()> m_pendingAnswer;
    AnswerPanel::Answer m_answerData; // the latest answer, for exports

    SettingsStore *m_settings;
    const vram::Catalog &m_builtIn;
    vram::ModelLibrary *m_library;
    QList<vram::ModelSpec> m_sessionModels; // imported without a library (tests, screenshots)
    vram::GpuLibrary *m_gpuLibrary;
    vram::CalibrationLibrary *m_calibrations = nullptr;
    QList<vram::GpuSpec> m_sessionGpus;     // carried by opened scenario files
    vram::Catalog m_catalog;                // the built-in catalogue plus the imported models
    vram::Scenario m_scenario;
    InputPanel *m_inputs = nullptr;
    MemoryChart *m_chart = nullptr;
    ScalingView *m_scalingView = nullptr;
    HeatMapView *m_heatMap = nullptr;
    QTabWidget *m_views = nullptr;
    PlanSnapshot m_snapshot;
    QList<vram::ScenarioFile> m_compared;
    int m_walkStep = -1;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveScenario = nullptr;
    QAction *m_openScenario = nullptr;
    QAction *m_compareScenarios = nullptr;
    QAction *m_walkthrough = nullptr;
    AnswerPanel *m_answer = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QUndoStack *m_undo = nullptr;
    bool m_inputsShowScenario = false; // set while a change made in the inputs is applied
    int m_walkthroughStep = -1; // the undo index right after the article's example was loaded
    vram::Scenario m_walkBase;      // the article's example as loaded; a step beyond it shows its own model
    QMenu *m_viewMenu = nullptr;
    QMenu *m_chartMenu = nullptr;
    QMenu *m_unitMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_importFile = nullptr;
    QAction *m_importFolder = nullptr;
    QAction *m_manageModels = nullptr;
    QAction *m_manageGpus = nullptr;
    QAction *m_readLog = nullptr;
    QAction *m_manageCalibrations = nullptr;
    QAction *m_exportChart = nullptr;
    QAction *m_exportData = nullptr;
    QAction *m_exportBreakdown = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_exportTables = nullptr;
    QAction *m_copyChart = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_sweepTokens = nullptr;
    QAction *m_sweepConcurrency = nullptr;
    QAction *m_compareModels = nullptr;
    QAction *m_chooseModels = nullptr;
    QAction *m_unitGB = nullptr;
    QAction *m_unitGiB = nullptr;
    QAction *m_reset = nullptr;
    QAction *m_about = nullptr;
    QAction *m_sources = nullptr;
    QAction *m_aboutQt = nullptr;
    QList<QAction *> m_languageActions;
};
