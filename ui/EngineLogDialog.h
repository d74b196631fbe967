// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "CalibrationLibrary.h"
#include "EngineLog.h"
#include "Scenario.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// An engine's start-up log (vLLM, SGLang, TensorRT-LLM, llama.cpp, Ollama), pasted or opened, set
// beside the plan: what the log says about the run, each printed figure beside the planner's, and
// the run as a scenario the window can load. What the log does not name (the GPU, a model outside the catalogue) comes from the
// scenario the window shows.
class EngineLogDialog : public QDialog
{
    Q_OBJECT

public:
    // `profiles` (may be null) keeps what Save as profile learns.
    EngineLogDialog(const vram::Catalog &catalog, const vram::Scenario &current, vram::CalibrationLibrary *profiles = nullptr,
                    QWidget *parent = nullptr);
    // Keeps the corrections that make the plan print what the log printed, under `name`; false
    // with the reason in the dialog when it cannot.
    bool saveProfile(const QString &name);
    // The run the log describes; valid when the dialog was accepted.
    vram::Scenario scenario() const { return m_scenario; }
    // Reads a log file into the text field; false with a message in the dialog when it cannot.
    bool openFile(const QString &path);

private:
    void refresh();
    void chooseFile();
    void askProfileName();

    const vram::Catalog &m_catalog;
    vram::Scenario m_current;
    vram::Scenario m_scenario;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_save = nullptr;
    vram::CalibrationLibrary *m_profiles;
    std::optional<vram::CalibrationProfile> m_learned; // what the shown log would calibrate
};
