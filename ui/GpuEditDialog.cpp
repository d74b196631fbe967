// SPDX-License-Identifier: GPL-3.0-or-later
#include "GpuEditDialog.h"

#include "ChartPalette.h"
#include "GpuLibrary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <cmath>

using namespace vram;

namespace {
// Bytes per unit of the memory field: nvidia-smi's MiB, GiB, or the marketed GB.
constexpr double kMiB = 1048576.0;
constexpr double kGiB = 1073741824.0;
constexpr double kGB = 1e9;
} // namespace

GpuEditDialog::GpuEditDialog(const GpuSpec &gpu, const PriceSettings &prices, QWidget *parent)
    : QDialog(parent)
    , m_gpu(gpu)
    , m_prices(prices)
{
    setWindowTitle(gpu.id.isEmpty() ? tr("Add a GPU") : tr("Edit GPU"));
    m_name = new QLineEdit(gpu.name, this);
    m_name->setObjectName(QStringLiteral("gpuName"));
    m_name->setMaxLength(ModelSpec::kMaxNameLength);
    m_memory = new QDoubleSpinBox(this);
    m_memory->setObjectName(QStringLiteral("gpuMemory"));
    // From 0 so that a zero is refused with a message rather than silently raised.
    m_memory->setRange(0, 1e8);
    m_memory->setDecimals(2);
    m_memoryUnit = new QComboBox(this);
    m_memoryUnit->setObjectName(QStringLiteral("gpuMemoryUnit"));
    m_memoryUnit->addItem(tr("MiB, as nvidia-smi reports"), kMiB);
    m_memoryUnit->addItem(QStringLiteral("GiB"), kGiB);
    m_memoryUnit->addItem(tr("GB, as marketed"), kGB);
    m_memory->setValue(gpu.memoryBytes > 0 ? double(gpu.memoryBytes) / kMiB : 24576);
    m_cudaTotal = new QDoubleSpinBox(this);
    m_cudaTotal->setObjectName(QStringLiteral("gpuCudaTotal"));
    m_cudaTotal->setRange(0, 65536);
    m_cudaTotal->setDecimals(2);
    m_cudaTotal->setSuffix(QStringLiteral(" GiB"));
    m_cudaTotal->setSpecialValueText(tr("unknown"));
    m_cudaTotal->setValue(double(gpu.cudaTotalBytes) / kGiB);
    m_unified = new QCheckBox(tr("Unified memory (shared with the system)"), this);
    m_unified->setObjectName(QStringLiteral("gpuUnified"));
    m_unified->setChecked(gpu.unifiedMemory);
    m_pcieOnly = new QCheckBox(tr("No NVLink: GPUs of this kind talk to each other over PCIe"), this);
    m_pcieOnly->setObjectName(QStringLiteral("gpuPcieOnly"));
    m_pcieOnly->setToolTip(tr("vLLM, SGLang and TensorRT-LLM then take about 0.13 GiB, not 2 GiB, per GPU to start a "
                              "tensor-parallel run: no custom all-reduce, no NVLink buffers."));
    m_pcieOnly->setChecked(gpu.pcieOnly);
    m_price = new QDoubleSpinBox(this);
    m_price->setObjectName(QStringLiteral("gpuPrice"));
    m_price->setRange(0, 100000);
    m_price->setDecimals(2);
    m_price->setPrefix(prices.currency == Currency::CNY ? QStringLiteral("¥") : QStringLiteral("$"));
    m_price->setSpecialValueText(tr("no price"));
    m_price->setValue(double(prices.toDisplayCents(gpu.priceCentsPerHour)) / 100.0);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("gpuError"));
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(chartpalette::over().name()));
    m_error->setWordWrap(true);

    auto *memoryRow = new QHBoxLayout;
    memoryRow->addWidget(m_memory, 1);
    memoryRow->addWidget(m_memoryUnit);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Memory:"), memoryRow);
    form->addRow(tr("CUDA total:"), m_cudaTotal);
    form->addRow(QString(), m_unified);
    form->addRow(QString(), m_pcieOnly);
    form->addRow(tr("Price an hour:"), m_price);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GpuEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

GpuSpec GpuEditDialog::entered(QString *error) const
{
    GpuSpec g = m_gpu;
    g.name = m_name->text().trimmed();
    if (g.id.isEmpty())
        g.id = QStringLiteral("user-") + GpuLibrary::idFromName(g.name);
    if (g.vendor.isEmpty())
        g.vendor = tr("yours");
    g.memoryBytes = qint64(std::llround(m_memory->value() * m_memoryUnit->currentData().toDouble()));
    g.cudaTotalBytes = qint64(std::llround(m_cudaTotal->value() * kGiB));
    g.cudaSource = g.cudaTotalBytes > 0 ? tr("entered by you") : QString();
    g.unifiedMemory = m_unified->isChecked();
    g.pcieOnly = m_pcieOnly->isChecked();
    g.linkSource = g.pcieOnly ? tr("entered by you") : QString();
    g.priceCentsPerHour = m_prices.toUsdCents(qint64(std::llround(m_price->value() * 100)));
    g.priceSource = g.priceCentsPerHour > 0 ? tr("your price") : QString();
    g.source = tr("entered by you");
    g.userDefined = true;
    if (g.name.isEmpty())
        *error = tr("A GPU needs a name.");
    else if (const QString problem = g.validate(); !problem.isEmpty())
        *error = problem;
    return g;
}

void GpuEditDialog::accept()
{
    QString error;
    const GpuSpec g = entered(&error);
    m_error->setText(error);
    if (!error.isEmpty())
        return;
    m_gpu = g;
    QDialog::accept();
}
