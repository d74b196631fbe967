// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineLogDialog.h"

#include "ChartPalette.h"
#include "FitAnalyzer.h"
#include "MemoryModel.h"
#include "Phrase.h"
#include "UserFile.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace vram;

namespace {
// A log of a start-up is tens of kilobytes; the field takes no more than the CLI does.
constexpr qint64 kMaxLogBytes = 16 << 20;
} // namespace

EngineLogDialog::EngineLogDialog(const Catalog &catalog, const Scenario &current, CalibrationLibrary *profiles, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_current(current)
    , m_scenario(current)
    , m_profiles(profiles)
{
    setWindowTitle(tr("Compare with a start-up log"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setPlaceholderText(tr("Paste the start-up log of vLLM, SGLang, llama-server, Ollama or TensorRT-LLM here, or open its file."));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("logSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setHorizontalHeaderLabels({tr("Figure"), tr("Printed"), tr("Planned"), tr("Difference")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *open = new QPushButton(tr("&Open file…"), this);
    m_load = new QPushButton(tr("&Load this run"), this);
    m_load->setObjectName(QStringLiteral("loadLogScenario"));
    m_load->setToolTip(tr("Set the window to the run the log describes: engine, tokens, requests, settings and GPUs"));
    m_save = new QPushButton(tr("&Save as calibration profile…"), this);
    m_save->setObjectName(QStringLiteral("saveLogProfile"));
    m_save->setToolTip(tr("Keep the corrections that make the plan print what this log printed, for later estimates "
                          "with this engine"));
    m_save->setVisible(m_profiles != nullptr);
    connect(m_save, &QPushButton::clicked, this, &EngineLogDialog::askProfileName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_load, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_load, &QPushButton::clicked, this, &QDialog::accept);
    connect(open, &QPushButton::clicked, this, &EngineLogDialog::chooseFile);
    connect(m_text, &QPlainTextEdit::textChanged, this, &EngineLogDialog::refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 620);
    refresh();
}

bool EngineLogDialog::openFile(const QString &path)
{
    QString problem;
    const auto bytes = UserFile::read(path, kMaxLogBytes, &problem);
    if (!bytes) {
        m_summary->setText(tr("Cannot read the log %1: %2").arg(path, problem));
        return false;
    }
    m_text->setPlainText(QString::fromUtf8(*bytes));
    return true;
}

void EngineLogDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a start-up log"), QString(),
                                                      tr("Logs (*.log *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void EngineLogDialog::refresh()
{
    m_table->setRowCount(0);
    m_load->setEnabled(false);
    m_save->setEnabled(false);
    m_learned.reset();
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_summary->clear();
        return;
    }
    const EngineLog log = EngineLog::read(text.left(int(kMaxLogBytes)));
    if (const QString problem = log.problem(); !problem.isEmpty()) {
        m_summary->setText(problem);
        return;
    }
    // The run: the window's scenario, with what the log says over it.
    Scenario s = m_current;
    if (const ModelSpec *m = log.catalogueModel(m_catalog); m && m->id != s.modelId) {
        s.modelId = m->id;
        // Another model than the window's: without a dtype line its run loaded the checkpoint as published.
        if (m->fileWeightBytes > 0)
            s.weightsId = QStringLiteral("file");
    }
    if (const DataType *t = m_catalog.dataType(log.weightsId()); t && t->forKvCache) {
        s.weightsId = t->id;
        s.kvCacheId = t->id;
    }
    auto input = s.toInput(m_catalog, nullptr);
    if (!input) {
        m_summary->setText(tr("The window's model and precisions cannot run this log's engine."));
        return;
    }
    log.applyTo(*input);
    s.method = input->method;
    s.tokens = input->tokens;
    s.concurrency = input->concurrency;
    s.engine = input->engine;
    s.engine.pipelineStages = 0;
    const QList<GpuConfig> rows = s.gpuConfigs(m_catalog);
    GpuConfigRef planned{rows.isEmpty() ? QStringLiteral("h100-80gb") : rows.first().gpu.id, log.gpuCount(), {}};
    if (!splitsByTensorParallel(*log.engine) && !rows.isEmpty())
        planned = toRef(rows.first()); // llama.cpp and Ollama: the window's first row as it is
    s.gpus.removeIf([&](const GpuConfigRef &r) { return r.gpuId == planned.gpuId && r.count == planned.count && r.more.isEmpty(); });
    s.gpus.prepend(planned);
    s.plannedRow = 0;
    m_scenario = s;

    s.engine.calibration = {}; // the log is set beside the planner's own figures
    const auto runInput = s.toInput(m_catalog, nullptr);
    const MemoryModel model = runInput ? MemoryModel(*runInput) : MemoryModel(*input);
    QString summary = tr("%1 log%2 · %3 · %4 per request · %5")
                          .arg(methodName(*log.engine), log.version.isEmpty() ? QString() : QStringLiteral(" ") + log.version,
                               log.model.isEmpty() ? m_catalog.model(s.modelId)->name : log.model, tokenCount(s.tokens),
                               concurrentRequestCount(s.concurrency));
    if (!model.isValid()) {
        m_summary->setText(summary + QStringLiteral("\n") + model.error());
        return;
    }
    m_summary->setText(summary);
    const QLocale locale;
    const FitResult fit = FitAnalyzer::analyze(model, s.gpuConfigs(m_catalog).first());
    const QList<LogComparison> comparisons = compareWithPlan(log, model, fit);
    // Where the plan itself does not start (an engine that would stop, as vLLM's refusal logs show), the
    // reason is given beside its figures.
    const QString planError = fit.planError();
    if (!planError.isEmpty())
        m_summary->setText(summary + QStringLiteral("\n") + tr("The plan does not start with these settings: %1").arg(planError));
    // Every engine's pool depends on the GPU but llama.cpp's compute buffer, which the profile follows anywhere.
    m_learned = CalibrationProfile{QString(), methodId(*log.engine), log.version,
                                   log.engine == EstimateMethod::LlamaCpp ? QString() : s.gpuConfigs(m_catalog).first().gpu.id,
                                   learnCalibration(log, model, fit, QString())};
    const auto show = [&](double value, bool isBytes) {
        return isBytes ? formatBytesIn(qint64(std::llround(value)), ByteUnit::GiB, locale)
                       : locale.toString(value, 'f', value == std::floor(value) ? 0 : 2);
    };
    for (const LogComparison &c : comparisons + figuresNotPlanned(log, comparisons)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const auto d = c.differencePercent();
        const QStringList cells{c.name, show(c.printed, c.isBytes), c.compared ? show(c.planned, c.isBytes) : tr("not modelled"),
                                d ? locale.toString(*d, 'f', 1) + QLatin1Char('%') : QStringLiteral("—")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        // Beyond 10 % the plan and the engine disagree: worth a look.
        if (d && std::fabs(*d) > 10.0)
            m_table->item(row, 3)->setForeground(chartpalette::over());
    }
    m_table->resizeColumnsToContents();
    m_load->setEnabled(true);
    // A plan that does not start and leaves nothing to correct teaches no profile.
    m_save->setEnabled(m_profiles != nullptr && (planError.isEmpty() || !m_learned->calibration.isEmpty()));
}

bool EngineLogDialog::saveProfile(const QString &name)
{
    const QString trimmed = name.trimmed().left(200);
    if (!m_profiles || !m_learned || trimmed.isEmpty())
        return false;
    CalibrationProfile profile = *m_learned;
    profile.name = trimmed;
    profile.calibration.name = trimmed;
    m_profiles->put(profile);
    QString error;
    if (!m_profiles->save(&error)) {
        m_summary->setText(error);
        return false;
    }
    // Loading this run now uses it.
    m_scenario.engine.calibration = profile.calibration;
    m_summary->setText(m_summary->text() + QLatin1Char('\n') + tr("Saved as the calibration profile \"%1\".").arg(trimmed));
    return true;
}

void EngineLogDialog::askProfileName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as calibration profile"), tr("Name:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (ok)
        saveProfile(name);
}
