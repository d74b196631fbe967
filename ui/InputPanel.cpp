// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputPanel.h"

#include "EngineSettingsEditor.h"

#include "GpuConfigEditor.h"
#include "ModelPicker.h"
#include "SglangPlan.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace vram;

namespace {
constexpr qint64 kTokenSliderMax = qint64(1) << 20;  // 1M; the spin box goes further
constexpr qint64 kConcurrencySliderMax = 1024;

QSpinBox *makeSpin(qint64 max, const QString &name, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(1, int(max));
    spin->setGroupSeparatorShown(true);
    spin->setAccelerated(true);
    return spin;
}
} // namespace

InputPanel::InputPanel(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_tokenLadder(ValueLadder::powersOfTwoWithHalves(kTokenSliderMax))
    , m_concurrencyLadder(ValueLadder::powersOfTwoWithHalves(kConcurrencySliderMax))
{
    m_model = new ModelPicker(this);
    m_model->setObjectName(QStringLiteral("modelPicker"));
    m_model->setModels(catalog.models());
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_weights = new QComboBox(this);
    m_weights->setObjectName(QStringLiteral("weightsCombo"));
    m_kv = new QComboBox(this);
    m_kv->setObjectName(QStringLiteral("kvCombo"));
    // The precision lists are filled by retranslate() at the end, with their translated names.

    m_tokensSlider = makeSlider(m_tokenLadder, QStringLiteral("tokensSlider"));
    m_tokens = makeSpin(kMaxTokens, QStringLiteral("tokensSpin"), this);
    pairSliderAndSpin(m_tokensSlider, m_tokens, m_tokenLadder);
    m_concurrencySlider = makeSlider(m_concurrencyLadder, QStringLiteral("concurrencySlider"));
    m_concurrency = makeSpin(kMaxConcurrency, QStringLiteral("concurrencySpin"), this);
    pairSliderAndSpin(m_concurrencySlider, m_concurrency, m_concurrencyLadder);

    m_overhead = new QDoubleSpinBox(this);
    m_overhead->setObjectName(QStringLiteral("overheadSpin"));
    m_overhead->setRange(0, double(kMaxOverheadPpm) / 10000.0);
    m_overhead->setDecimals(1);
    m_overhead->setSuffix(QStringLiteral("%"));
    m_engine = new EngineSettingsEditor(this);
    m_engine->setObjectName(QStringLiteral("engineSettings"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_unit->addItem(QStringLiteral("GB"), int(ByteUnit::GB));
    m_unit->addItem(QStringLiteral("GiB"), int(ByteUnit::GiB));
    m_gpus = new GpuConfigEditor(this);
    m_gpus->setObjectName(QStringLiteral("gpuEditor"));
    m_gpus->setGpus(catalog.gpus());

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        m_form->addRow(label, field);
    };
    addRow(m_model);
    addRow(m_method);
    addRow(m_weights);
    addRow(m_kv);
    addRow(m_tokens);
    m_form->addRow(m_tokensSlider);
    addRow(m_concurrency);
    m_form->addRow(m_concurrencySlider);
    addRow(m_overhead);
    m_form->addRow(m_engine);
    addRow(m_unit);
    m_gpuTitle = new QLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addSpacing(8);
    layout->addWidget(m_gpuTitle);
    layout->addWidget(m_gpus);
    layout->addStretch(1);

    connect(m_model, &ModelPicker::modelChosen, this, [this] {
        fillPrecisions(); // "As stored" exists only for models whose published or imported bytes are known
        // A model published in its own format (gpt-oss's MXFP4, DeepSeek-V3's FP8) comes as published,
        // as the CLI takes it; another precision is one choice away.
        const ModelSpec *model = m_catalog.model(m_model->currentModelId());
        if (model && model->fileWeightBytes > 0) {
            const QSignalBlocker blocker(m_weights);
            m_weights->setCurrentIndex(m_weights->findData(QStringLiteral("file")));
        }
        showMethodSettings();
        emit changed();
    });
    for (QComboBox *combo : {m_method, m_weights, m_kv, m_unit})
        connect(combo, &QComboBox::currentIndexChanged, this, &InputPanel::changed);
    connect(m_tokens, &QSpinBox::valueChanged, this, &InputPanel::changed);
    connect(m_concurrency, &QSpinBox::valueChanged, this, &InputPanel::changed);
    connect(m_overhead, &QDoubleSpinBox::valueChanged, this, &InputPanel::changed);
    connect(m_engine, &EngineSettingsEditor::changed, this, &InputPanel::changed);
    connect(m_method, &QComboBox::currentIndexChanged, this, &InputPanel::showMethodSettings);
    connect(m_gpus, &GpuConfigEditor::configsChanged, this, &InputPanel::showMethodSettings);
    connect(m_gpus, &GpuConfigEditor::configsChanged, this, &InputPanel::changed);
    connect(m_unit, &QComboBox::currentIndexChanged, this,
            [this] { m_gpus->setUnit(ByteUnit(m_unit->currentData().toInt())); });
    retranslate();
}

QSlider *InputPanel::makeSlider(const ValueLadder &ladder, const QString &name)
{
    auto *slider = new QSlider(Qt::Horizontal, this);
    slider->setObjectName(name);
    slider->setRange(0, ladder.size() - 1);
    slider->setPageStep(2); // one power of two
    slider->setTickPosition(QSlider::TicksBelow);
    slider->setTickInterval(2);
    return slider;
}

void InputPanel::pairSliderAndSpin(QSlider *slider, QSpinBox *spin, const ValueLadder &ladder)
{
    // The slider walks the ladder; the spin box takes any value. Between two
    // stops the slider rests on the lower one, so that one step either way
    // lands on the stops around the typed value (10 → 12 or 8).
    connect(slider, &QAbstractSlider::actionTriggered, slider, [slider, spin, &ladder](int action) {
        if (ladder.isStop(spin->value()))
            return;
        const int below = ladder.indexAtOrBelow(spin->value());
        int target = -1;
        if (action == QAbstractSlider::SliderSingleStepSub)
            target = below;
        else if (action == QAbstractSlider::SliderPageStepSub)
            target = std::max(0, below - slider->pageStep() + 1);
        if (target >= 0) {
            slider->setSliderPosition(target);
            spin->setValue(int(ladder.valueAt(target))); // the position may not have moved
        }
    });
    connect(slider, &QSlider::valueChanged, spin, [spin, &ladder](int index) {
        if (ladder.indexAtOrBelow(spin->value()) != index)
            spin->setValue(int(ladder.valueAt(index)));
    });
    connect(spin, &QSpinBox::valueChanged, slider, [slider, &ladder](int value) {
        const QSignalBlocker blocker(slider);
        slider->setValue(ladder.indexAtOrBelow(value));
    });
}

void InputPanel::fillPrecisions()
{
    const QString weights = m_weights->currentData().toString();
    const QString kv = m_kv->currentData().toString();
    const QSignalBlocker b1(m_weights), b2(m_kv);
    m_weights->clear();
    m_kv->clear();
    const ModelSpec *model = m_catalog.model(m_model->currentModelId());
    for (const DataType &t : m_catalog.dataTypes()) {
        const QString bits = QLocale().toString(t.bitsPerElement(), 'g', 5);
        if (t.isAsStored()) {
            if (model && model->fileWeightBytes > 0) {
                m_weights->addItem(tr("As stored: %1 (%2)").arg(model->fileWeightTypeText(),
                                                                 formatBytes(model->fileWeightBytes, ByteUnit::GB, QLocale())),
                                   t.id);
                m_weights->setItemData(m_weights->count() - 1, t.source, Qt::ToolTipRole);
            }
        } else if (t.forWeights) {
            m_weights->addItem(t.isAverage() ? tr("%1 (≈%2 bits, file average)").arg(t.name, bits)
                                             : tr("%1 (%2 bits)").arg(t.name, bits),
                               t.id);
            m_weights->setItemData(m_weights->count() - 1, t.source, Qt::ToolTipRole);
        }
        if (t.forKvCache) {
            m_kv->addItem(tr("%1 (%2 bits)").arg(t.name, bits), t.id);
            m_kv->setItemData(m_kv->count() - 1, t.source, Qt::ToolTipRole);
        }
    }
    const int kept = m_weights->findData(weights);
    m_weights->setCurrentIndex(kept >= 0 ? kept : m_weights->findData(QStringLiteral("fp16")));
    m_kv->setCurrentIndex(std::max(0, m_kv->findData(kv.isEmpty() ? QStringLiteral("fp16") : kv)));
}

void InputPanel::setFits(const QList<FitResult> &fits)
{
    m_gpus->setFits(fits);
}

void InputPanel::reloadModels()
{
    const QSignalBlocker blocker(m_model);
    m_model->setModels(m_catalog.models());
}

void InputPanel::setCalibrationProfiles(const QList<CalibrationProfile> &profiles)
{
    m_engine->setProfiles(profiles);
}

void InputPanel::reloadGpus()
{
    const QSignalBlocker blocker(m_gpus);
    m_gpus->setGpus(m_catalog.gpus());
}

void InputPanel::load(const Scenario &s)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(this), QSignalBlocker(m_model), QSignalBlocker(m_method),
                                       QSignalBlocker(m_weights), QSignalBlocker(m_kv), QSignalBlocker(m_tokens),
                                       QSignalBlocker(m_concurrency), QSignalBlocker(m_overhead),
                                       QSignalBlocker(m_unit), QSignalBlocker(m_tokensSlider),
                                       QSignalBlocker(m_concurrencySlider)};
    m_model->setCurrentModelId(s.modelId);
    fillPrecisions();
    m_method->setCurrentIndex(m_method->findData(methodId(s.method)));
    m_weights->setCurrentIndex(m_weights->findData(s.weightsId));
    m_kv->setCurrentIndex(m_kv->findData(s.kvCacheId));
    m_tokens->setValue(int(s.tokens));
    m_tokensSlider->setValue(m_tokenLadder.indexAtOrBelow(s.tokens));
    m_concurrency->setValue(int(s.concurrency));
    m_concurrencySlider->setValue(m_concurrencyLadder.indexAtOrBelow(s.concurrency));
    m_overhead->setValue(double(s.overheadPpm) / 10000.0);
    m_unit->setCurrentIndex(m_unit->findData(int(s.unit)));
    m_gpus->setUnit(s.unit);
    m_gpus->setConfigs(s.gpuConfigs(m_catalog));
    m_gpus->setPlannedRow(s.plannedRow, splitsByTensorParallel(s.method) && s.gpus.size() > 1);
    m_engine->load(s.engine);
    showMethodSettings();
}

void InputPanel::showMethodSettings()
{
    // The engines size their own overhead; the share applies to the article's and exact methods.
    const EstimateMethod method = parseMethod(m_method->currentData().toString()).value_or(EstimateMethod::Exact);
    m_form->setRowVisible(m_overhead, !isEngineMethod(method));
    m_engine->setMethod(method);
    const ModelSpec *model = m_catalog.model(m_model->currentModelId());
    m_engine->setSglangModel(model ? SglangPlan::fixedPageSize(*model) : 0, model && SglangPlan::poolsWindows(*model));
    // vLLM-Ascend's own settings matter only where a row has Ascend NPUs.
    const QList<GpuConfig> configs = m_gpus->configs();
    m_engine->setAscendShown(std::any_of(configs.cbegin(), configs.cend(), [](const GpuConfig &c) {
        const QList<GpuSpec> devices = c.devices();
        return std::any_of(devices.cbegin(), devices.cend(), [](const GpuSpec &g) { return g.vllmBlockTokens > 0; });
    }));
}

void InputPanel::applyTo(Scenario &s) const
{
    s.modelId = m_model->currentModelId();
    s.method = parseMethod(m_method->currentData().toString()).value_or(EstimateMethod::Exact);
    s.weightsId = m_weights->currentData().toString();
    s.kvCacheId = m_kv->currentData().toString();
    s.tokens = m_tokens->value();
    s.concurrency = m_concurrency->value();
    s.overheadPpm = qint64(std::llround(m_overhead->value() * 10000.0));
    s.unit = ByteUnit(m_unit->currentData().toInt());
    m_engine->applyTo(s.engine);
    s.gpus.clear();
    for (const GpuConfig &c : m_gpus->configs())
        s.gpus.append(toRef(c));
    s.plannedRow = m_gpus->plannedRow();
}

void InputPanel::retranslate()
{
    {
        const QSignalBlocker blocker(m_method);
        const QString current = m_method->currentData().toString();
        m_method->clear();
        // Rules of thumb first, then the engines, a line between the two groups.
        for (EstimateMethod m : allMethods()) {
            if (isEngineMethod(m) && m_method->count() > 0 && !isEngineMethod(*parseMethod(m_method->itemData(m_method->count() - 1).toString())))
                m_method->insertSeparator(m_method->count());
            m_method->addItem(methodName(m), methodId(m));
            m_method->setItemData(m_method->count() - 1, methodDescription(m), Qt::ToolTipRole);
        }
        m_method->setCurrentIndex(std::max(0, m_method->findData(current.isEmpty() ? methodId(EstimateMethod::Exact)
                                                                                    : current)));
    }
    fillPrecisions();
    const QStringList labels = {tr("&Model:"),    tr("Metho&d:"),           tr("&Weights:"),
                                tr("&KV cache:"), tr("&Tokens per request:"), tr("&Concurrent requests:"),
                                tr("&Overhead:"), tr("&Unit:")};
    for (int i = 0; i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_gpuTitle->setText(tr("GPU configurations to compare:"));
    m_model->setToolTip(tr("Type to search; models are grouped by family"));
    m_tokens->setToolTip(tr("Prompt plus output tokens of one request"));
    m_tokensSlider->setToolTip(tr("Drag: 1 … 1M tokens in steps of ×1.5 and ×2"));
    m_concurrency->setToolTip(tr("Requests served at the same time, each with its own KV cache"));
    m_concurrencySlider->setToolTip(tr("Drag: 1 … 1,024 requests"));
    // Screen readers name the sliders, which have no label of their own.
    m_tokensSlider->setAccessibleName(tr("Tokens per request"));
    m_concurrencySlider->setAccessibleName(tr("Concurrent requests"));
    m_overhead->setToolTip(tr("Temporaries and fragmentation, as a share of weights + KV cache (the article uses 10 %)"));
    m_unit->setToolTip(tr("GB = 10^9 bytes, GiB = 2^30 bytes"));
}

void InputPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
