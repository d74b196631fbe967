// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineSettings.h"
#include "EstimateMethod.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

// The vLLM or llama.cpp settings, shown for the method that reads them and
// hidden for the others.
class EngineSettingsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EngineSettingsEditor(QWidget *parent = nullptr);

    void setMethod(vram::EstimateMethod method);
    // Shows `settings` without emitting changed().
    void load(const vram::EngineSettings &settings);
    // Writes the shown settings; the tensor-parallel size is not edited here.
    void applyTo(vram::EngineSettings &settings) const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QSpinBox *addSpin(QFormLayout *form, const char *name, int lo, int hi);
    void retranslate();

    QWidget *m_vllm = nullptr;
    QWidget *m_llamaCpp = nullptr;
    QDoubleSpinBox *m_utilization = nullptr;
    QSpinBox *m_batched = nullptr;
    QSpinBox *m_seqs = nullptr;
    QSpinBox *m_modelLen = nullptr;
    QSpinBox *m_pipeline = nullptr;
    QCheckBox *m_graphs = nullptr;
    QLabel *m_tensorParallel = nullptr;
    QSpinBox *m_gpuLayers = nullptr;
    QSpinBox *m_ubatch = nullptr;
    QComboBox *m_splitMode = nullptr;
    QLineEdit *m_tensorSplit = nullptr;
    QSpinBox *m_mainGpu = nullptr;
    QList<QPair<QLabel *, const char *>> m_labels;
};
