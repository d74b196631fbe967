// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineSettingsEditor.h"

#include "EstimateInput.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

using namespace vram;

EngineSettingsEditor::EngineSettingsEditor(QWidget *parent)
    : QWidget(parent)
{
    m_vllm = new QWidget(this);
    auto *vllmForm = new QFormLayout(m_vllm);
    vllmForm->setContentsMargins(0, 0, 0, 0);
    m_utilization = new QDoubleSpinBox(m_vllm);
    m_utilization->setObjectName(QStringLiteral("gpuUtilizationSpin"));
    m_utilization->setRange(0.01, 1.0);
    m_utilization->setSingleStep(0.01);
    m_utilization->setDecimals(2);
    auto *utilLabel = new QLabel(m_vllm);
    utilLabel->setBuddy(m_utilization);
    vllmForm->addRow(utilLabel, m_utilization);
    m_labels.append({utilLabel, QT_TR_NOOP("GPU memory utili&zation:")});
    m_batched = addSpin(vllmForm, QT_TR_NOOP("Max &batched tokens:"), 1, int(kMaxTokens));
    m_batched->setObjectName(QStringLiteral("maxBatchedTokensSpin"));
    m_seqs = addSpin(vllmForm, QT_TR_NOOP("Max se&quences:"), 1, int(kMaxConcurrency));
    m_seqs->setObjectName(QStringLiteral("maxSeqsSpin"));
    m_modelLen = addSpin(vllmForm, QT_TR_NOOP("Max model &length:"), 0, int(kMaxTokens));
    m_modelLen->setObjectName(QStringLiteral("maxModelLenSpin"));
    m_pipeline = addSpin(vllmForm, QT_TR_NOOP("&Pipeline stages:"), 0, kMaxTensorParallel);
    m_pipeline->setObjectName(QStringLiteral("pipelineStagesSpin"));
    m_graphs = new QCheckBox(m_vllm);
    m_graphs->setObjectName(QStringLiteral("cudaGraphsCheck"));
    vllmForm->addRow(m_graphs);
    m_tensorParallel = new QLabel(m_vllm);
    m_tensorParallel->setWordWrap(true);
    vllmForm->addRow(m_tensorParallel);

    m_llamaCpp = new QWidget(this);
    auto *llamaForm = new QFormLayout(m_llamaCpp);
    llamaForm->setContentsMargins(0, 0, 0, 0);
    m_gpuLayers = addSpin(llamaForm, QT_TR_NOOP("&GPU layers (-ngl):"), -1, kMaxGpuLayers);
    m_gpuLayers->setObjectName(QStringLiteral("gpuLayersSpin"));
    m_ubatch = addSpin(llamaForm, QT_TR_NOOP("Micro-&batch (-ub):"), 1, 65536);
    m_ubatch->setObjectName(QStringLiteral("ubatchSpin"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_vllm);
    layout->addWidget(m_llamaCpp);

    connect(m_utilization, &QDoubleSpinBox::valueChanged, this, &EngineSettingsEditor::changed);
    for (QSpinBox *spin : {m_batched, m_seqs, m_modelLen, m_pipeline, m_gpuLayers, m_ubatch})
        connect(spin, &QSpinBox::valueChanged, this, &EngineSettingsEditor::changed);
    connect(m_graphs, &QCheckBox::toggled, this, &EngineSettingsEditor::changed);
    load(EngineSettings{});
    setMethod(EstimateMethod::Exact);
    retranslate();
}

QSpinBox *EngineSettingsEditor::addSpin(QFormLayout *form, const char *name, int lo, int hi)
{
    auto *spin = new QSpinBox(form->parentWidget());
    spin->setRange(lo, hi);
    spin->setGroupSeparatorShown(true);
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(spin);
    form->addRow(label, spin);
    m_labels.append({label, name});
    return spin;
}

void EngineSettingsEditor::setMethod(EstimateMethod method)
{
    m_vllm->setVisible(method == EstimateMethod::Vllm);
    m_llamaCpp->setVisible(method == EstimateMethod::LlamaCpp);
}

void EngineSettingsEditor::load(const EngineSettings &s)
{
    const QSignalBlocker blocker(this);
    const QSignalBlocker blockers[] = {QSignalBlocker(m_utilization), QSignalBlocker(m_batched), QSignalBlocker(m_seqs),
                                       QSignalBlocker(m_modelLen),    QSignalBlocker(m_graphs),  QSignalBlocker(m_gpuLayers),
                                       QSignalBlocker(m_ubatch),      QSignalBlocker(m_pipeline)};
    m_utilization->setValue(double(s.gpuMemoryUtilizationPpm) / double(kPpm));
    m_batched->setValue(int(s.maxNumBatchedTokens));
    m_seqs->setValue(int(s.maxNumSeqs));
    m_modelLen->setValue(int(s.maxModelLen));
    m_pipeline->setValue(s.pipelineStages);
    m_graphs->setChecked(!s.enforceEager);
    m_gpuLayers->setValue(s.gpuLayers);
    m_ubatch->setValue(int(s.ubatch));
}

void EngineSettingsEditor::applyTo(EngineSettings &s) const
{
    s.gpuMemoryUtilizationPpm = std::llround(m_utilization->value() * double(kPpm));
    s.maxNumBatchedTokens = m_batched->value();
    s.maxNumSeqs = m_seqs->value();
    s.maxModelLen = m_modelLen->value();
    s.pipelineStages = m_pipeline->value();
    s.enforceEager = !m_graphs->isChecked();
    s.gpuLayers = m_gpuLayers->value();
    s.ubatch = m_ubatch->value();
}

void EngineSettingsEditor::retranslate()
{
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(tr(text));
    m_modelLen->setSpecialValueText(tr("= tokens per request"));
    m_gpuLayers->setSpecialValueText(tr("all"));
    m_graphs->setText(tr("CUDA &graphs (off: --enforce-eager)"));
    m_pipeline->setSpecialValueText(tr("where needed"));
    m_pipeline->setToolTip(tr("Pipeline stages the GPUs of a row form (--pipeline-parallel-size); where needed: only "
                              "when tensor parallelism alone cannot split the model over the row's GPUs"));
    m_tensorParallel->setText(tr("Tensor parallel: each GPU row runs on its count of GPUs; the bars are planned for the row marked ▸ (select a row to plan it)."));
    m_utilization->setToolTip(tr("The share of each GPU's CUDA total vLLM takes (--gpu-memory-utilization)"));
    m_batched->setToolTip(tr("Tokens in one forward pass (--max-num-batched-tokens); sets the activation peak"));
    m_seqs->setToolTip(tr("Sequences in one batch (--max-num-seqs); sets the sampler's logits"));
    m_modelLen->setToolTip(tr("The longest request vLLM must hold at start-up (--max-model-len)"));
    m_gpuLayers->setToolTip(tr("Layers offloaded to the GPU; one more than the layer count also offloads the output head"));
    m_ubatch->setToolTip(tr("Physical batch size (-ub); sets the compute buffer"));
}

void EngineSettingsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
