// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GpuSpec.h"
#include "Pricing.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

// One GPU kind of the user's: its name, the memory as the driver reports it or as
// marketed, the CUDA total where known, unified memory, and the price paid per hour.
class GpuEditDialog : public QDialog
{
    Q_OBJECT

public:
    GpuEditDialog(const vram::GpuSpec &gpu, const vram::PriceSettings &prices, QWidget *parent = nullptr);
    // The GPU as entered; valid only after the dialog was accepted.
    vram::GpuSpec gpu() const { return m_gpu; }
    void accept() override;

private:
    // The entered fields as a GPU, or an empty id with `error` set.
    vram::GpuSpec entered(QString *error) const;

    vram::GpuSpec m_gpu;
    vram::PriceSettings m_prices;
    QLineEdit *m_name = nullptr;
    QDoubleSpinBox *m_memory = nullptr;
    QComboBox *m_memoryUnit = nullptr;
    QDoubleSpinBox *m_cudaTotal = nullptr;
    QCheckBox *m_unified = nullptr;
    QCheckBox *m_pcieOnly = nullptr;
    QDoubleSpinBox *m_price = nullptr;
    QLabel *m_error = nullptr;
};
