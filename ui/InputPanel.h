// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalibrationLibrary.h"

#include "Catalog.h"
#include "FitAnalyzer.h"
#include "Scenario.h"
#include "ValueLadder.h"

#include <QWidget>

class EngineSettingsEditor;
class GpuConfigEditor;
class ModelPicker;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSlider;
class QSpinBox;

// The inputs of an estimate: model, method, precisions, the tokens and
// concurrency sliders (each with a spin box), overhead, unit and GPUs.
class InputPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InputPanel(const vram::Catalog &catalog, QWidget *parent = nullptr);

    // Shows `scenario` without emitting changed().
    void load(const vram::Scenario &scenario);
    // Writes what the widgets show into `scenario` (chart settings are left alone).
    void applyTo(vram::Scenario &scenario) const;
    // Shows the catalogue's models again after imports were added or removed.
    void reloadModels();
    // After the user added or removed GPU kinds.
    void reloadGpus();
    // The calibration profiles offered beside the engine settings.
    void setCalibrationProfiles(const QList<vram::CalibrationProfile> &profiles);
    // The fit of each GPU configuration, shown beside it.
    void setFits(const QList<vram::FitResult> &fits);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QSlider *makeSlider(const vram::ValueLadder &ladder, const QString &name);
    void pairSliderAndSpin(QSlider *slider, QSpinBox *spin, const vram::ValueLadder &ladder);
    void fillPrecisions();
    void showMethodSettings();
    void retranslate();

    const vram::Catalog &m_catalog;
    vram::ValueLadder m_tokenLadder;
    vram::ValueLadder m_concurrencyLadder;
    ModelPicker *m_model = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_weights = nullptr;
    QComboBox *m_kv = nullptr;
    QSlider *m_tokensSlider = nullptr;
    QSpinBox *m_tokens = nullptr;
    QSlider *m_concurrencySlider = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QDoubleSpinBox *m_overhead = nullptr;
    EngineSettingsEditor *m_engine = nullptr;
    QComboBox *m_unit = nullptr;
    GpuConfigEditor *m_gpus = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QLabel *> m_labels;
    QLabel *m_gpuTitle = nullptr;
};
