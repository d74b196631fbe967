// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineSettingsEditor.h"

#include "EstimateInput.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

using namespace vram;

namespace {
// host_cache_size is shown in GiB.
constexpr qint64 kHostCacheGiB = qint64(1) << 30;
} // namespace

EngineSettingsEditor::EngineSettingsEditor(QWidget *parent)
    : QWidget(parent)
{
    m_vllm = new QWidget(this);
    auto *vllmForm = new QFormLayout(m_vllm);
    vllmForm->setContentsMargins(0, 0, 0, 0);
    m_utilization = addFraction(vllmForm, QT_TR_NOOP("GPU memory utili&zation:"), 0.01, 1.0, 2, 0.01);
    m_utilization->setObjectName(QStringLiteral("gpuUtilizationSpin"));
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
    m_vllmAscendVersion = addCombo(vllmForm, QT_TR_NOOP("vLLM-Ascend ver&sion:"));
    m_vllmAscendVersion->setObjectName(QStringLiteral("vllmAscendVersionCombo"));
    m_vllmAscendVersion->addItem(QString(), false);
    m_vllmAscendVersion->addItem(QString(), true);
    m_tensorParallel = new QLabel(m_vllm);
    m_tensorParallel->setWordWrap(true);
    vllmForm->addRow(m_tensorParallel);

    // SGLang, named as its server arguments are.
    m_sglang = new QWidget(this);
    auto *sglangForm = new QFormLayout(m_sglang);
    sglangForm->setContentsMargins(0, 0, 0, 0);
    m_memFraction = addFraction(sglangForm, QT_TR_NOOP("Mem fraction stat&ic:"), 0.0, 0.999, 3, 0.01);
    m_memFraction->setObjectName(QStringLiteral("memFractionSpin"));
    m_contextLength = addSpin(sglangForm, QT_TR_NOOP("Conte&xt length:"), 0, int(kMaxTokens));
    m_contextLength->setObjectName(QStringLiteral("contextLengthSpin"));
    m_maxTotalTokens = addSpin(sglangForm, QT_TR_NOOP("Max total toke&ns:"), 0, int(kMaxTokens));
    m_maxTotalTokens->setObjectName(QStringLiteral("maxTotalTokensSpin"));
    m_swaRatio = addFraction(sglangForm, QT_TR_NOOP("SWA tokens &per full token:"), 0.001, 1.0, 3, 0.05);
    m_swaRatio->setObjectName(QStringLiteral("swaFullTokensRatioSpin"));
    m_maxRunning = addSpin(sglangForm, QT_TR_NOOP("Max running re&quests:"), 0, int(kMaxConcurrency));
    m_maxRunning->setObjectName(QStringLiteral("maxRunningRequestsSpin"));
    m_pageSize = addSpin(sglangForm, QT_TR_NOOP("Pa&ge size:"), 1, 4096);
    m_pageSize->setObjectName(QStringLiteral("pageSizeSpin"));
    m_chunkedPrefill = addSpin(sglangForm, QT_TR_NOOP("Chunked prefill si&ze:"), 0, int(kMaxTokens));
    m_chunkedPrefill->setObjectName(QStringLiteral("chunkedPrefillSpin"));
    m_piecewise = new QCheckBox(m_sglang);
    m_piecewise->setObjectName(QStringLiteral("piecewiseGraphsCheck"));
    sglangForm->addRow(m_piecewise);
    m_sglangParallel = new QLabel(m_sglang);
    m_sglangParallel->setWordWrap(true);
    sglangForm->addRow(m_sglangParallel);

    // TensorRT-LLM: KvCacheConfig and the build settings, as its LLM API names them.
    m_trtllm = new QWidget(this);
    auto *trtForm = new QFormLayout(m_trtllm);
    trtForm->setContentsMargins(0, 0, 0, 0);
    m_freeFraction = addFraction(trtForm, QT_TR_NOOP("free_gpu_memory_fract&ion:"), 0.01, 1.0, 2, 0.01);
    m_freeFraction->setObjectName(QStringLiteral("freeGpuMemoryFractionSpin"));
    m_trtMaxTokens = addSpin(trtForm, QT_TR_NOOP("ma&x_tokens:"), 0, int(kMaxTokens));
    m_trtMaxTokens->setObjectName(QStringLiteral("trtMaxTokensSpin"));
    m_tokensPerBlock = addSpin(trtForm, QT_TR_NOOP("tokens_per_&block:"), 1, 4096);
    m_tokensPerBlock->setObjectName(QStringLiteral("tokensPerBlockSpin"));
    m_maxBatchSize = addSpin(trtForm, QT_TR_NOOP("max_batch_si&ze:"), 1, int(kMaxConcurrency));
    m_maxBatchSize->setObjectName(QStringLiteral("maxBatchSizeSpin"));
    m_maxNumTokens = addSpin(trtForm, QT_TR_NOOP("max_num_toke&ns:"), 1, int(kMaxTokens));
    m_maxNumTokens->setObjectName(QStringLiteral("maxNumTokensSpin"));
    m_hostCache = addFraction(trtForm, QT_TR_NOOP("ho&st_cache_size (GiB):"), 0.0, 1048576.0, 2, 1.0);
    m_hostCache->setObjectName(QStringLiteral("hostCacheSizeSpin"));

    // MindIE: NPU_MEMORY_FRACTION and config.json's keys, as MindIE names them.
    m_mindie = new QWidget(this);
    auto *mindieForm = new QFormLayout(m_mindie);
    mindieForm->setContentsMargins(0, 0, 0, 0);
    m_npuFraction = addFraction(mindieForm, QT_TR_NOOP("NPU_MEMORY_FRACTIO&N:"), 0.01, 1.0, 2, 0.01);
    m_npuFraction->setObjectName(QStringLiteral("npuMemoryFractionSpin"));
    m_npuMemSize = addSpin(mindieForm, QT_TR_NOOP("npuMemSize (&GiB):"), -1, 1024);
    m_npuMemSize->setObjectName(QStringLiteral("npuMemSizeSpin"));
    m_cacheBlockSize = addSpin(mindieForm, QT_TR_NOOP("cacheBlock&Size:"), 1, 128);
    m_cacheBlockSize->setObjectName(QStringLiteral("cacheBlockSizeSpin"));
    m_maxPrefillTokens = addSpin(mindieForm, QT_TR_NOOP("ma&xPrefillTokens:"), 1, int(kMaxTokens));
    m_maxPrefillTokens->setObjectName(QStringLiteral("maxPrefillTokensSpin"));
    m_mindieParallel = new QLabel(m_mindie);
    m_mindieParallel->setWordWrap(true);
    mindieForm->addRow(m_mindieParallel);

    // Ollama: the model options and server variables that change what it allocates.
    m_ollama = new QWidget(this);
    auto *ollamaForm = new QFormLayout(m_ollama);
    ollamaForm->setContentsMargins(0, 0, 0, 0);
    m_numGpu = addSpin(ollamaForm, QT_TR_NOOP("num_&gpu:"), -1, kMaxGpuLayers);
    m_numGpu->setObjectName(QStringLiteral("numGpuSpin"));
    m_gpuOverhead = addSpin(ollamaForm, QT_TR_NOOP("OLLAMA_GPU_OVE&RHEAD (MiB):"), 0, 1 << 20);
    m_gpuOverhead->setObjectName(QStringLiteral("gpuOverheadSpin"));
    m_ollamaFlash = addCombo(ollamaForm, QT_TR_NOOP("OLLAMA_FLASH_ATTENTIO&N:"));
    m_ollamaFlash->setObjectName(QStringLiteral("ollamaFlashCombo"));
    for (auto mode : {EngineSettings::FlashAttention::Auto, EngineSettings::FlashAttention::On, EngineSettings::FlashAttention::Off})
        m_ollamaFlash->addItem(flashAttentionId(mode), flashAttentionId(mode));
    // From 0.30 Ollama runs llama-server, whose --fit places the layers; before, its own scheduler did.
    m_ollamaVersion = addCombo(ollamaForm, QT_TR_NOOP("Ollama versi&on:"));
    m_ollamaVersion->setObjectName(QStringLiteral("ollamaVersionCombo"));
    m_ollamaVersion->addItem(QString(), false);
    m_ollamaVersion->addItem(QString(), true);

    m_llamaCpp = new QWidget(this);
    auto *llamaForm = new QFormLayout(m_llamaCpp);
    llamaForm->setContentsMargins(0, 0, 0, 0);
    m_gpuLayers = addSpin(llamaForm, QT_TR_NOOP("&GPU layers (-ngl):"), -1, kMaxGpuLayers);
    m_gpuLayers->setObjectName(QStringLiteral("gpuLayersSpin"));
    m_ubatch = addSpin(llamaForm, QT_TR_NOOP("Micro-&batch (-ub):"), 1, 65536);
    m_ubatch->setObjectName(QStringLiteral("ubatchSpin"));
    // Over several GPUs, named as llama.cpp names them.
    m_splitMode = new QComboBox(m_llamaCpp);
    m_splitMode->setObjectName(QStringLiteral("splitModeCombo"));
    for (auto mode : {EngineSettings::SplitMode::Layer, EngineSettings::SplitMode::Row, EngineSettings::SplitMode::None})
        m_splitMode->addItem(splitModeId(mode), splitModeId(mode));
    addLabelled(llamaForm, QT_TR_NOOP("Sp&lit mode:"), m_splitMode);
    m_tensorSplit = new QLineEdit(m_llamaCpp);
    m_tensorSplit->setObjectName(QStringLiteral("tensorSplitEdit"));
    addLabelled(llamaForm, QT_TR_NOOP("Te&nsor split:"), m_tensorSplit);
    m_mainGpu = addSpin(llamaForm, QT_TR_NOOP("Ma&in GPU:"), 0, kMaxTensorParallel - 1);
    m_mainGpu->setObjectName(QStringLiteral("mainGpuSpin"));
    // -fa and -ctv as llama.cpp spells their values.
    m_flashAttention = addCombo(llamaForm, QT_TR_NOOP("Flash attenti&on (-fa):"));
    m_flashAttention->setObjectName(QStringLiteral("flashAttentionCombo"));
    for (auto mode : {EngineSettings::FlashAttention::Auto, EngineSettings::FlashAttention::On, EngineSettings::FlashAttention::Off})
        m_flashAttention->addItem(flashAttentionId(mode), flashAttentionId(mode));
    m_cacheTypeV = addCombo(llamaForm, QT_TR_NOOP("V cache ty&pe (-ctv):"));
    m_cacheTypeV->setObjectName(QStringLiteral("cacheTypeVCombo"));
    m_cacheTypeV->addItem(QString(), QString()); // "as the KV cache", named in retranslate()
    for (const char *type : {"f16", "bf16", "f32", "q8_0", "q4_0", "q4_1", "q5_0", "q5_1"})
        m_cacheTypeV->addItem(QLatin1String(type), *parseLlamaCppCacheType(QLatin1String(type)));

    m_calibration = new QComboBox(this);
    m_calibration->setObjectName(QStringLiteral("calibrationCombo"));
    auto *calibrationForm = new QFormLayout;
    calibrationForm->setContentsMargins(0, 0, 0, 0);
    auto *calibrationLabel = new QLabel(this);
    calibrationLabel->setBuddy(m_calibration);
    calibrationForm->addRow(calibrationLabel, m_calibration);
    m_labels.append({calibrationLabel, QT_TR_NOOP("C&alibration:")});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_vllm);
    layout->addWidget(m_sglang);
    layout->addWidget(m_trtllm);
    layout->addWidget(m_mindie);
    layout->addWidget(m_llamaCpp);
    layout->addWidget(m_ollama);
    layout->addLayout(calibrationForm);

    for (QDoubleSpinBox *spin : {m_utilization, m_memFraction, m_swaRatio, m_freeFraction, m_npuFraction, m_hostCache})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &EngineSettingsEditor::changed);
    for (QSpinBox *spin : {m_batched, m_seqs, m_modelLen, m_pipeline, m_gpuLayers, m_ubatch, m_contextLength, m_maxTotalTokens,
                           m_maxRunning, m_pageSize, m_chunkedPrefill, m_numGpu, m_gpuOverhead, m_trtMaxTokens, m_tokensPerBlock,
                           m_npuMemSize, m_cacheBlockSize, m_maxPrefillTokens,
                           m_maxBatchSize, m_maxNumTokens})
        connect(spin, &QSpinBox::valueChanged, this, &EngineSettingsEditor::changed);
    for (QCheckBox *check : {m_graphs, m_piecewise})
        connect(check, &QCheckBox::toggled, this, &EngineSettingsEditor::changed);
    connect(m_mainGpu, &QSpinBox::valueChanged, this, &EngineSettingsEditor::changed);
    for (QComboBox *combo : {m_splitMode, m_flashAttention, m_cacheTypeV, m_ollamaFlash, m_ollamaVersion, m_vllmAscendVersion})
        connect(combo, &QComboBox::currentIndexChanged, this, &EngineSettingsEditor::changed);
    connect(m_calibration, &QComboBox::currentIndexChanged, this, &EngineSettingsEditor::changed);
    // A share list takes effect when it reads as one; until then the field says it does not.
    connect(m_tensorSplit, &QLineEdit::textChanged, this, [this](const QString &text) {
        const bool ok = parseTensorSplit(text).has_value();
        m_tensorSplit->setStyleSheet(ok ? QString() : QStringLiteral("color: #c00000"));
        if (ok)
            emit changed();
    });
    load(EngineSettings{});
    setMethod(EstimateMethod::Exact);
    retranslate();
}

QComboBox *EngineSettingsEditor::addCombo(QFormLayout *form, const char *name)
{
    auto *combo = new QComboBox(form->parentWidget());
    addLabelled(form, name, combo);
    return combo;
}

void EngineSettingsEditor::addLabelled(QFormLayout *form, const char *name, QWidget *field)
{
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
    m_labels.append({label, name}); // the text is set, and reset, in retranslate()
}

QSpinBox *EngineSettingsEditor::addSpin(QFormLayout *form, const char *name, int lo, int hi)
{
    auto *spin = new QSpinBox(form->parentWidget());
    spin->setRange(lo, hi);
    spin->setGroupSeparatorShown(true);
    addLabelled(form, name, spin);
    return spin;
}

QDoubleSpinBox *EngineSettingsEditor::addFraction(QFormLayout *form, const char *name, double lo, double hi, int decimals,
                                                  double step)
{
    auto *spin = new QDoubleSpinBox(form->parentWidget());
    spin->setRange(lo, hi);
    spin->setDecimals(decimals);
    spin->setSingleStep(step);
    addLabelled(form, name, spin);
    return spin;
}

void EngineSettingsEditor::setMethod(EstimateMethod method)
{
    m_vllm->setVisible(method == EstimateMethod::Vllm);
    m_sglang->setVisible(method == EstimateMethod::Sglang);
    m_trtllm->setVisible(method == EstimateMethod::TrtLlm);
    m_mindie->setVisible(method == EstimateMethod::Mindie);
    m_llamaCpp->setVisible(method == EstimateMethod::LlamaCpp);
    m_ollama->setVisible(method == EstimateMethod::Ollama);
    setRowShown(m_calibration, calibratesFromLogs(method));
    if (method != m_method) {
        m_method = method;
        fillCalibrations();
    }
}

void EngineSettingsEditor::setSglangModel(qint64 fixedPage, bool slidingPool)
{
    setRowShown(m_swaRatio, slidingPool);
    if (fixedPage == m_sglangFixedPage)
        return;
    m_sglangFixedPage = fixedPage;
    m_pageSize->setEnabled(fixedPage <= 0);
    retranslate();
}

void EngineSettingsEditor::setAscendShown(bool shown)
{
    if (shown != m_ascendShown) {
        m_ascendShown = shown;
        retranslate(); // the graphs are ACL's on an NPU
    }
    setRowShown(m_vllmAscendVersion, shown);
}

void EngineSettingsEditor::setRowShown(QWidget *field, bool shown)
{
    field->setVisible(shown);
    for (const auto &[label, text] : std::as_const(m_labels))
        if (label->buddy() == field)
            label->setVisible(shown);
}

void EngineSettingsEditor::setProfiles(const QList<CalibrationProfile> &profiles)
{
    m_profiles = profiles;
    fillCalibrations();
}

void EngineSettingsEditor::fillCalibrations()
{
    // "none", the profiles of this engine, and the scenario's own when no profile has its name.
    const QSignalBlocker blocker(m_calibration);
    m_calibration->clear();
    m_calibration->addItem(tr("none"), QString());
    for (const CalibrationProfile &p : std::as_const(m_profiles))
        if (p.engine == methodId(m_method))
            m_calibration->addItem(p.version.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.version), p.name);
    if (!m_shownCalibration.isEmpty() && m_calibration->findData(m_shownCalibration.name) < 0)
        m_calibration->addItem(tr("%1 (from the scenario)").arg(m_shownCalibration.name), m_shownCalibration.name);
    m_calibration->setCurrentIndex(std::max(0, m_calibration->findData(m_shownCalibration.isEmpty() ? QString()
                                                                                                    : m_shownCalibration.name)));
}

void EngineSettingsEditor::load(const EngineSettings &s)
{
    const QSignalBlocker blocker(this);
    const QSignalBlocker blockers[] = {QSignalBlocker(m_utilization), QSignalBlocker(m_batched), QSignalBlocker(m_seqs),
                                       QSignalBlocker(m_modelLen),    QSignalBlocker(m_graphs),  QSignalBlocker(m_piecewise), QSignalBlocker(m_gpuLayers),
                                       QSignalBlocker(m_ubatch),      QSignalBlocker(m_pipeline),
                                       QSignalBlocker(m_splitMode),   QSignalBlocker(m_tensorSplit),
                                       QSignalBlocker(m_mainGpu),     QSignalBlocker(m_flashAttention),
                                       QSignalBlocker(m_cacheTypeV),  QSignalBlocker(m_memFraction), QSignalBlocker(m_swaRatio),
                                       QSignalBlocker(m_contextLength), QSignalBlocker(m_maxTotalTokens),
                                       QSignalBlocker(m_maxRunning),  QSignalBlocker(m_pageSize),
                                       QSignalBlocker(m_chunkedPrefill), QSignalBlocker(m_numGpu),
                                       QSignalBlocker(m_gpuOverhead), QSignalBlocker(m_ollamaFlash), QSignalBlocker(m_ollamaVersion), QSignalBlocker(m_vllmAscendVersion),
                                       QSignalBlocker(m_freeFraction), QSignalBlocker(m_trtMaxTokens),
                                       QSignalBlocker(m_tokensPerBlock), QSignalBlocker(m_maxBatchSize),
                                       QSignalBlocker(m_maxNumTokens), QSignalBlocker(m_npuFraction), QSignalBlocker(m_hostCache),
                                       QSignalBlocker(m_npuMemSize), QSignalBlocker(m_cacheBlockSize),
                                       QSignalBlocker(m_maxPrefillTokens)};
    m_utilization->setValue(double(s.gpuMemoryUtilizationPpm) / double(kPpm));
    m_batched->setValue(int(s.maxNumBatchedTokens));
    m_seqs->setValue(int(s.maxNumSeqs));
    m_modelLen->setValue(int(s.maxModelLen));
    m_pipeline->setValue(s.pipelineStages);
    m_graphs->setChecked(!s.enforceEager);
    m_piecewise->setChecked(s.sglangPiecewiseCudaGraph);
    m_gpuLayers->setValue(s.gpuLayers);
    m_ubatch->setValue(int(s.ubatch));
    m_splitMode->setCurrentIndex(m_splitMode->findData(splitModeId(s.splitMode)));
    if (parseTensorSplit(m_tensorSplit->text()) != s.tensorSplit) // keep what is typed ("3, 1") when it means the same
        m_tensorSplit->setText(tensorSplitText(s.tensorSplit));
    m_tensorSplit->setStyleSheet(QString());
    m_mainGpu->setValue(s.mainGpu);
    m_flashAttention->setCurrentIndex(std::max(0, m_flashAttention->findData(flashAttentionId(s.flashAttention))));
    m_freeFraction->setValue(double(s.freeGpuMemoryFractionPpm) / double(kPpm));
    m_trtMaxTokens->setValue(int(s.trtMaxTokens));
    m_tokensPerBlock->setValue(int(s.tokensPerBlock));
    m_maxBatchSize->setValue(int(s.trtMaxBatchSize));
    m_maxNumTokens->setValue(int(s.trtMaxNumTokens));
    m_hostCacheBytes = s.trtHostCacheBytes;
    m_hostCache->setValue(double(s.trtHostCacheBytes) / double(kHostCacheGiB));
    m_npuFraction->setValue(double(s.npuMemoryFractionPpm) / double(kPpm));
    m_npuMemSize->setValue(int(s.npuMemSizeGiB));
    m_cacheBlockSize->setValue(int(s.cacheBlockSize));
    m_maxPrefillTokens->setValue(int(s.maxPrefillTokens));
    m_numGpu->setValue(s.gpuLayers);
    m_gpuOverhead->setValue(int(std::min<qint64>(s.ollamaGpuOverhead >> 20, 1 << 20)));
    m_ollamaFlash->setCurrentIndex(std::max(0, m_ollamaFlash->findData(flashAttentionId(s.flashAttention))));
    m_ollamaVersion->setCurrentIndex(s.ollamaLegacyScheduler ? 1 : 0);
    m_vllmAscendVersion->setCurrentIndex(s.vllmAscendWholeStatePages ? 1 : 0);
    m_memFraction->setValue(double(s.memFractionStaticPpm) / double(kPpm));
    m_swaRatio->setValue(double(s.swaFullTokensRatioPpm) / double(kPpm));
    m_contextLength->setValue(int(s.contextLength));
    m_maxTotalTokens->setValue(int(s.maxTotalTokens));
    m_maxRunning->setValue(int(s.maxRunningRequests));
    m_pageSize->setValue(int(s.pageSize));
    m_chunkedPrefill->setValue(int(s.sglangChunkedPrefillSize));
    m_cacheTypeV->setCurrentIndex(std::max(0, m_cacheTypeV->findData(s.cacheTypeV)));
    m_shownCalibration = s.calibration;
    fillCalibrations();
}

void EngineSettingsEditor::applyTo(EngineSettings &s) const
{
    s.gpuMemoryUtilizationPpm = std::llround(m_utilization->value() * double(kPpm));
    s.maxNumBatchedTokens = m_batched->value();
    s.maxNumSeqs = m_seqs->value();
    s.maxModelLen = m_modelLen->value();
    s.pipelineStages = m_pipeline->value();
    s.enforceEager = !m_graphs->isChecked();
    s.sglangPiecewiseCudaGraph = m_piecewise->isChecked();
    s.gpuLayers = m_gpuLayers->value();
    s.ubatch = m_ubatch->value();
    s.splitMode = parseSplitMode(m_splitMode->currentData().toString()).value_or(EngineSettings::SplitMode::Layer);
    if (const auto split = parseTensorSplit(m_tensorSplit->text()))
        s.tensorSplit = *split;
    s.mainGpu = m_mainGpu->value();
    s.memFractionStaticPpm = std::llround(m_memFraction->value() * 1000.0) * 1000; // three decimals, as SGLang rounds
    s.swaFullTokensRatioPpm = std::llround(m_swaRatio->value() * 1000.0) * 1000;
    s.contextLength = m_contextLength->value();
    s.maxTotalTokens = m_maxTotalTokens->value();
    s.maxRunningRequests = m_maxRunning->value();
    s.pageSize = m_pageSize->value();
    s.sglangChunkedPrefillSize = m_chunkedPrefill->value();
    s.flashAttention = parseFlashAttention(m_flashAttention->currentData().toString()).value_or(EngineSettings::FlashAttention::Auto);
    if (m_method == EstimateMethod::Ollama) {
        // num_gpu and flash attention are llama.cpp's -ngl and -fa under Ollama's names.
        s.gpuLayers = m_numGpu->value();
        s.flashAttention = parseFlashAttention(m_ollamaFlash->currentData().toString()).value_or(EngineSettings::FlashAttention::Auto);
    }
    s.ollamaGpuOverhead = qint64(m_gpuOverhead->value()) << 20;
    s.ollamaLegacyScheduler = m_ollamaVersion->currentData().toBool();
    s.vllmAscendWholeStatePages = m_vllmAscendVersion->currentData().toBool();
    s.freeGpuMemoryFractionPpm = std::llround(m_freeFraction->value() * 100.0) * 10000; // two decimals
    s.trtMaxTokens = m_trtMaxTokens->value();
    s.tokensPerBlock = m_tokensPerBlock->value();
    s.trtMaxBatchSize = m_maxBatchSize->value();
    s.trtMaxNumTokens = m_maxNumTokens->value();
    // The spin shows GiB to two decimals: a byte count it cannot show exactly stays as it was until edited.
    const double shown = std::round(double(m_hostCacheBytes) / double(kHostCacheGiB) * 100.0) / 100.0;
    s.trtHostCacheBytes = std::abs(m_hostCache->value() - shown) < 0.001 ? m_hostCacheBytes
                                                                         : std::llround(m_hostCache->value() * double(kHostCacheGiB));
    s.npuMemoryFractionPpm = std::llround(m_npuFraction->value() * 100.0) * 10000; // two decimals
    s.npuMemSizeGiB = m_npuMemSize->value() == 0 ? -1 : m_npuMemSize->value(); // 0 is no size: automatic
    s.cacheBlockSize = m_cacheBlockSize->value();
    s.maxPrefillTokens = m_maxPrefillTokens->value();
    s.cacheTypeV = m_cacheTypeV->currentData().toString();
    const QString chosen = m_calibration->currentData().toString();
    s.calibration = {};
    if (chosen.isEmpty())
        return;
    if (chosen == m_shownCalibration.name)
        s.calibration = m_shownCalibration;
    for (const CalibrationProfile &p : m_profiles)
        if (p.name == chosen && p.engine == methodId(m_method))
            s.calibration = p.calibration;
}

void EngineSettingsEditor::retranslate()
{
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(tr(text));
    m_modelLen->setSpecialValueText(tr("= tokens per request"));
    m_gpuLayers->setSpecialValueText(tr("all"));
    m_graphs->setText(m_ascendShown ? tr("CUDA or ACL &graphs (off: --enforce-eager)") : tr("CUDA &graphs (off: --enforce-eager)"));
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
    m_splitMode->setToolTip(tr("--split-mode over several GPUs: layer (whole layers on each GPU), row (each matrix "
                               "across the GPUs; cache and buffers on the main GPU) or none (the main GPU only)"));
    m_tensorSplit->setPlaceholderText(tr("by each GPU's memory"));
    m_tensorSplit->setToolTip(tr("--tensor-split: each GPU's share in the row's order, e.g. 3,1"));
    m_calibration->setToolTip(tr("Corrections learned from this engine's start-up log (File → Compare with a start-up log)"));
    fillCalibrations();
    m_freeFraction->setToolTip(tr("free_gpu_memory_fraction: the share of what the profiled peak leaves that the paged "
                                  "KV cache takes"));
    m_trtMaxTokens->setSpecialValueText(tr("no cap"));
    m_trtMaxTokens->setToolTip(tr("max_tokens: a cap on the paged KV cache's tokens"));
    m_tokensPerBlock->setToolTip(tr("tokens_per_block: each request takes whole blocks"));
    m_maxBatchSize->setToolTip(tr("max_batch_size: the most requests in a batch"));
    m_maxNumTokens->setToolTip(tr("max_num_tokens: tokens in one forward pass; the profiled peak grows with it"));
    m_hostCache->setSpecialValueText(tr("none"));
    m_hostCache->setToolTip(tr("host_cache_size: host memory for the secondary pool that KV cache blocks are offloaded to "
                               "when the GPU's pool is full; it holds host_cache_size ÷ the kv size a token, in whole blocks"));
    m_npuFraction->setToolTip(tr("NPU_MEMORY_FRACTION: the share of each NPU MindIE takes for the weights, the warm-up "
                                 "workspace and the KV cache (MindIE LLM's default 0.8)"));
    m_npuMemSize->setSpecialValueText(tr("-1 (automatic)"));
    m_npuMemSize->setToolTip(tr("npuMemSize: the KV cache per NPU in GiB; -1: what NPU_MEMORY_FRACTION leaves after the "
                                "weights and the workspace"));
    m_cacheBlockSize->setToolTip(tr("cacheBlockSize: tokens per KV block (128 recommended); each request takes whole blocks"));
    m_maxPrefillTokens->setToolTip(tr("maxPrefillTokens: the warm-up pass that sizes the workspace"));
    m_mindieParallel->setText(tr("worldSize: each NPU row runs on its count of NPUs, tensor parallel; the bars are planned "
                                 "for the row marked ▸. MindIE's rule is from its documentation; no published start-up "
                                 "log confirms it yet."));
    m_numGpu->setSpecialValueText(tr("auto"));
    m_numGpu->setToolTip(tr("num_gpu: layers Ollama offloads; auto: as many as fit (llama-server's --fit from 0.30, "
                            "its scheduler before)"));
    m_gpuOverhead->setToolTip(tr("OLLAMA_GPU_OVERHEAD: memory Ollama's scheduler left free on each GPU before 0.30; "
                                 "from 0.30 llama-server's --fit leaves 1 GiB"));
    m_vllmAscendVersion->setItemText(0, tr("0.16 or later"));
    m_vllmAscendVersion->setItemText(1, tr("before 0.16 (whole-state pages)"));
    m_vllmAscendVersion->setToolTip(tr("Only a hybrid model (recurrent layers) on an Ascend NPU differs: from 0.16 the K half "
                                       "of an attention block holds the SSM state, before a whole state was padded to a "
                                       "block in 128-token steps"));
    m_ollamaVersion->setItemText(0, tr("0.30 or later (llama-server's --fit)"));
    m_ollamaVersion->setItemText(1, tr("before 0.30 (its scheduler)"));
    m_ollamaVersion->setToolTip(tr("From 0.30 Ollama runs llama-server and llama.cpp's --fit places the layers, leaving "
                                   "1 GiB free on each GPU; before, its scheduler's own estimate placed them"));
    m_ollamaFlash->setToolTip(tr("OLLAMA_FLASH_ATTENTION: flash attention in the llama.cpp runner; a quantized "
                                 "OLLAMA_KV_CACHE_TYPE needs it"));
    m_memFraction->setSpecialValueText(tr("SGLang's default"));
    m_swaRatio->setToolTip(tr("--swa-full-tokens-ratio: for the models SGLang gives a sliding-window pool (gpt-oss, "
                              "Llama 4), the windowed layers' tokens per token of the full layers"));
    m_memFraction->setToolTip(tr("--mem-fraction-static: the share of the memory free at start-up for the weights and the "
                                 "KV pool; SGLang's default depends on the GPU's memory and the chunked prefill size"));
    m_contextLength->setSpecialValueText(tr("the model's"));
    m_contextLength->setToolTip(tr("--context-length: the longest request SGLang takes"));
    m_maxTotalTokens->setSpecialValueText(tr("no cap"));
    m_maxTotalTokens->setToolTip(tr("--max-total-tokens: a cap on the KV pool's tokens"));
    m_maxRunning->setSpecialValueText(tr("SGLang's limit"));
    m_maxRunning->setToolTip(tr("--max-running-requests: the most requests in one batch; SGLang's limit is half the pool's "
                                "tokens and at most 4,096"));
    m_pageSize->setToolTip(m_sglangFixedPage > 0
                               ? tr("SGLang pages this model's sparse-attention (NSA) pool in %1 tokens whatever "
                                    "--page-size says")
                                     .arg(m_sglangFixedPage)
                               : tr("--page-size: tokens per page; each request takes whole pages"));
    m_piecewise->setText(tr("Piecewise CUDA graphs (off: --disable-piecewise-cuda-graph)"));
    m_piecewise->setToolTip(tr("SGLang of 2026 captures the prefill as piecewise CUDA graphs and reserves 8 MiB for each "
                               "captured size outside the static share; SGLang before 2026 did not"));
    m_chunkedPrefill->setSpecialValueText(tr("SGLang's default"));
    m_chunkedPrefill->setToolTip(tr("--chunked-prefill-size: tokens per prefill chunk; sets the memory SGLang reserves "
                                    "for activations and so its default --mem-fraction-static"));
    m_sglangParallel->setText(tr("Tensor parallel (--tp): each GPU row runs on its count of GPUs; the bars are planned for "
                                 "the row marked ▸ (select a row to plan it)."));
    m_flashAttention->setToolTip(tr("--flash-attn: auto (llama.cpp's default) turns it on where the GPU's kernels take the "
                                    "model's head size; on, the compute buffer no longer grows with heads × context"));
    m_cacheTypeV->setItemText(0, tr("as the KV cache"));
    m_cacheTypeV->setToolTip(tr("--cache-type-v: the V cache's own type; the KV cache precision above sets the K cache "
                                "(-ctk). A quantized V cache needs flash attention"));
    m_mainGpu->setToolTip(tr("--main-gpu: the GPU, counted from 0 in the row, that holds the cache and buffers in row "
                             "and none modes"));
}

void EngineSettingsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
