// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalibrationLibrary.h"
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

// Each engine's settings, shown for the method that reads them and hidden for
// the others.
class EngineSettingsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EngineSettingsEditor(QWidget *parent = nullptr);

    void setMethod(vram::EstimateMethod method);
    // Shows vLLM-Ascend's version where some GPU row has Ascend NPUs.
    void setAscendShown(bool shown);
    // What SGLang does with the chosen model: the page it uses whatever --page-size says (0: none;
    // the page-size field is then disabled and says why), and whether it keeps a sliding-window
    // pool (the SWA ratio is shown only then).
    void setSglangModel(qint64 fixedPage, bool slidingPool);
    // The calibration profiles the user keeps; those of the shown method are offered.
    void setProfiles(const QList<vram::CalibrationProfile> &profiles);
    // Shows `settings` without emitting changed().
    void load(const vram::EngineSettings &settings);
    // Writes the shown settings; the tensor-parallel size is not edited here.
    void applyTo(vram::EngineSettings &settings) const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addLabelled(QFormLayout *form, const char *name, QWidget *field);
    // Shows or hides a labelled field with its label.
    void setRowShown(QWidget *field, bool shown);
    QSpinBox *addSpin(QFormLayout *form, const char *name, int lo, int hi);
    QDoubleSpinBox *addFraction(QFormLayout *form, const char *name, double lo, double hi, int decimals, double step);
    QComboBox *addCombo(QFormLayout *form, const char *name);
    void retranslate();

    QWidget *m_vllm = nullptr;
    QWidget *m_llamaCpp = nullptr;
    QDoubleSpinBox *m_utilization = nullptr;
    QSpinBox *m_batched = nullptr;
    QSpinBox *m_seqs = nullptr;
    QSpinBox *m_modelLen = nullptr;
    QSpinBox *m_pipeline = nullptr;
    QCheckBox *m_graphs = nullptr;
    QCheckBox *m_piecewise = nullptr;  // SGLang
    QLabel *m_tensorParallel = nullptr;
    QSpinBox *m_gpuLayers = nullptr;
    QSpinBox *m_ubatch = nullptr;
    QComboBox *m_splitMode = nullptr;
    QLineEdit *m_tensorSplit = nullptr;
    QSpinBox *m_mainGpu = nullptr;
    QWidget *m_trtllm = nullptr;
    QDoubleSpinBox *m_freeFraction = nullptr;
    QSpinBox *m_trtMaxTokens = nullptr;
    QDoubleSpinBox *m_hostCache = nullptr; // host_cache_size, shown in GiB
    qint64 m_hostCacheBytes = 0;           // as set, so that an unedited value keeps its bytes
    QSpinBox *m_tokensPerBlock = nullptr;
    QSpinBox *m_maxBatchSize = nullptr;
    QSpinBox *m_maxNumTokens = nullptr;
    QWidget *m_ollama = nullptr;
    QSpinBox *m_numGpu = nullptr;
    QSpinBox *m_gpuOverhead = nullptr;
    QComboBox *m_ollamaFlash = nullptr;
    QComboBox *m_ollamaVersion = nullptr;
    QComboBox *m_vllmAscendVersion = nullptr;
    bool m_ascendShown = false;
    qint64 m_sglangFixedPage = 0;
    QWidget *m_mindie = nullptr;
    QDoubleSpinBox *m_npuFraction = nullptr;
    QSpinBox *m_npuMemSize = nullptr;
    QSpinBox *m_cacheBlockSize = nullptr;
    QSpinBox *m_maxPrefillTokens = nullptr;
    QLabel *m_mindieParallel = nullptr;
    QWidget *m_sglang = nullptr;
    QDoubleSpinBox *m_memFraction = nullptr;
    QDoubleSpinBox *m_swaRatio = nullptr;
    QSpinBox *m_contextLength = nullptr;
    QSpinBox *m_maxTotalTokens = nullptr;
    QSpinBox *m_maxRunning = nullptr;
    QSpinBox *m_pageSize = nullptr;
    QSpinBox *m_chunkedPrefill = nullptr;
    QLabel *m_sglangParallel = nullptr;
    QComboBox *m_flashAttention = nullptr;
    QComboBox *m_cacheTypeV = nullptr;
    QComboBox *m_calibration = nullptr;
    QList<vram::CalibrationProfile> m_profiles;
    vram::EstimateMethod m_method = vram::EstimateMethod::Exact;
    vram::Calibration m_shownCalibration; // the scenario's, kept when its profile is not in the list
    void fillCalibrations();
    QList<QPair<QLabel *, const char *>> m_labels;
};
