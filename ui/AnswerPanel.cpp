// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnswerPanel.h"

#include "ChartPalette.h"
#include "Phrase.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QUrl>

using namespace vram;

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

AnswerPanel::AnswerPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("answerPanel"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("step"))
            emit walkthroughStepRequested(url.path().toInt());
        if (url.scheme() == QLatin1String("copy") && !m_command.isEmpty()) {
            QGuiApplication::clipboard()->setText(m_command);
            emit commandCopied(m_command);
        }
    });
    setMinimumHeight(160);
}

void AnswerPanel::showError(const QString &message)
{
    setHtml(QStringLiteral("<p style='color:#c00000'><b>%1</b></p>").arg(esc(message)));
}

QString AnswerPanel::termsHtml(const Answer &a) const
{
    const QLocale locale;
    const MemoryBreakdown &b = a.breakdown;
    const ByteUnit alt = a.unit == ByteUnit::GB ? ByteUnit::GiB : ByteUnit::GB;
    const auto row = [&](const QString &name, const MemoryTerm &term, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td align='right'>&nbsp;%2&nbsp;</td><td>= %3</td></tr>")
            .arg(esc(name), esc(value), esc(term.formula));
    };
    QString html = QStringLiteral("<table cellspacing='2'>");
    html += row(tr("Weights"), b.weights, formatBytes(b.weights.bytes, a.unit, locale));
    html += row(tr("KV per token"), b.kvPerToken, formatExactBytes(b.kvPerToken.bytes, locale));
    html += row(tr("KV cache"), b.kvCache, formatBytes(b.kvCache.bytes, a.unit, locale));
    if (b.recurrentState.bytes > 0)
        html += row(tr("of which recurrent state"), b.recurrentState, formatBytes(b.recurrentState.bytes, a.unit, locale));
    html += row(tr("Overhead"), b.overhead, formatBytes(b.overhead.bytes, a.unit, locale));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style='color:gray'>%1</p>")
                .arg(esc(tr("Exact total %1 = %2. GB = 10^9 B, GiB = 2^30 B. Method: %3.")
                             .arg(formatExactBytes(b.total.bytes, locale), formatBytes(b.total.bytes, alt, locale),
                                  methodName(a.input.method))));
    return html;
}

QString AnswerPanel::costText(const FitResult &fit, const Answer &a, bool cheapest) const
{
    const QLocale locale;
    if (fit.costCentsPerHour <= 0)
        return esc(tr("no price for %1").arg(fit.config.gpu.displayName()));
    const QString cost = esc(tr("%1 · %2", "price an hour · price a month")
                                 .arg(a.prices.perHour(fit.costCentsPerHour, locale),
                                      a.prices.perMonth(fit.costCentsPerHour, locale)));
    return cheapest ? QStringLiteral("<b style='color:%1'>★ %2</b>")
                          .arg(chartpalette::fits().name(), esc(tr("cheapest that fits: %1").arg(cost)))
                    : cost;
}

QString AnswerPanel::fitHtml(const FitResult &fit, const Answer &a, bool cheapest) const
{
    const QLocale locale;
    if (!fit.valid)
        return QStringLiteral("<li><b>%1</b>: <span style='color:%2'>✘ %3</span></li>")
            .arg(esc(fit.config.label()), chartpalette::over().name(), esc(fit.error.isEmpty() ? tr("no estimate") : fit.error));
    // The GPU list's colours: green fits, red does not. Planned per GPU, the tightest GPU decides.
    const bool perGpu = !fit.devices.isEmpty();
    const QString free = formatBytes(fit.headroom, a.unit, locale);
    const QString missing = formatBytes(-fit.headroom, a.unit, locale);
    const QString verdict = fit.fits
        ? QStringLiteral("<span style='color:%1'>✔ %2</span>")
              .arg(chartpalette::fits().name(),
                   esc(perGpu ? tr("fits, %1 free on the fullest GPU").arg(free) : tr("fits, %1 free").arg(free)))
        : QStringLiteral("<span style='color:%1'>✘ %2</span>")
              .arg(chartpalette::over().name(),
                   esc(perGpu ? tr("does not fit, %1 missing on the fullest GPU").arg(missing)
                              : tr("does not fit, %1 missing").arg(missing)));
    const QString tokens = fit.maxTokensLimitedByContext
        ? tr("%1 (the model's context)").arg(formatCount(fit.maxTokens, locale))
        : formatCount(fit.maxTokens, locale);
    QString limits = tr("largest concurrency at %1: %2 · largest tokens at %3: %4", "%1: 4,096 tokens; %3: 10 requests")
                         .arg(tokenCount(a.input.tokens), formatCount(fit.maxConcurrency, locale),
                              requestCount(a.input.concurrency), tokens);
    if (!fit.config.isMixed())
        limits = tr("fewest %1: %2 · %3", "the fewest GPUs of a kind, then the largest concurrency and tokens")
                     .arg(fit.config.gpu.displayName(), FitAnalyzer::gpusNeededText(fit.gpusNeeded, locale), limits);
    return QStringLiteral("<li>%1<br/>%2%3<br/>%4</li>")
        .arg(tr("%1 (%2): %3", "GPU configuration (its capacity): fits or not")
                 .arg(QStringLiteral("<b>%1</b>").arg(esc(fit.capacityLabel)),
                      esc(formatBytes(fit.capacity, a.unit, locale)), verdict),
             esc(limits), devicesHtml(fit, a), costText(fit, a, cheapest));
}

QString AnswerPanel::devicesHtml(const FitResult &fit, const Answer &a) const
{
    const QLocale locale;
    QString html;
    for (int i = 0; i < fit.devices.size(); ++i) {
        const LlamaCppDevice &d = fit.devices.at(i);
        const QString line = describeLlamaCppDevice(d, i, a.unit, locale);
        html += QStringLiteral("<br/><span style='color:%1'>%2 %3</span>")
                    .arg((d.fits() ? chartpalette::fits() : chartpalette::over()).name(),
                         d.fits() ? QStringLiteral("✔") : QStringLiteral("✘"), esc(line));
    }
    return html;
}

QString AnswerPanel::vllmHtml(const VllmPlan &plan, const Answer &a) const
{
    const QLocale locale;
    if (!plan.error.isEmpty())
        return QStringLiteral("<br/><span style='color:#c00000'>%1</span>").arg(esc(plan.error));
    // On Ascend NPUs the engine is vLLM-Ascend, and it says so.
    QString text = (plan.onAscend ? tr("vLLM-Ascend: KV cache size %1 tokens · maximum concurrency %2× for %3 tokens per request · %4 per NPU")
                                  : tr("vLLM: GPU KV cache size %1 tokens · maximum concurrency %2× for %3 tokens per request · %4 per GPU"))
                       .arg(formatCount(plan.kvCacheTokens, locale), locale.toString(plan.maxConcurrency, 'f', 2),
                            formatCount(plan.maxModelLen, locale), formatBytes(plan.perGpuBytes, a.unit, locale));
    // With windowed or recurrent groups the two ways vLLM has printed the cache's size part: say both.
    if (plan.kvCacheTokensByConcurrency != plan.kvCacheTokens)
        text += QStringLiteral(" · ") + tr("vLLM of 2026 prints the size as maximum concurrency × max_model_len: %1 tokens")
                                            .arg(formatCount(plan.kvCacheTokensByConcurrency, locale));
    if (!plan.scenarioFits)
        text += QStringLiteral(" · ") + tr("not every request gets its KV blocks; vLLM queues the rest");
    if (!plan.cudaTotalKnown)
        text += QStringLiteral(" · ") + tr("no CUDA total for this GPU: nvidia-smi's total is used, a few hundred MiB high");
    return QStringLiteral("<br/>") + esc(text);
}

QString AnswerPanel::sglangHtml(const SglangPlan &plan) const
{
    const QLocale locale;
    if (!plan.error.isEmpty())
        return QStringLiteral("<br/><span style='color:#c00000'>%1</span>").arg(esc(plan.error));
    QString text = tr("SGLang: KV pool %1 tokens (%2 per GPU) · at most %3 running requests · mem_fraction_static %4")
                       .arg(formatCount(plan.maxTotalNumTokens, locale), formatBytes(plan.kvPoolBytes, ByteUnit::GiB, locale),
                            formatCount(plan.maxRunningRequests, locale), formatPpmAsFraction(plan.memFractionStaticPpm));
    if (plan.slidingPool)
        text += QStringLiteral(" · ") + tr("sliding-window pool %1 tokens for the %2 windowed layers")
                                            .arg(formatCount(plan.swaTokens, locale))
                                            .arg(plan.windowedLayers);
    if (plan.mambaCacheSize > 0)
        text += QStringLiteral(" · ") + tr("state pool of %1 request states (%2 per GPU)")
                                            .arg(formatCount(plan.mambaCacheSize, locale),
                                                 formatBytes(plan.mambaStateBytes, ByteUnit::GiB, locale));
    if (!plan.scenarioFits)
        text += QStringLiteral(" · ") + tr("not every request runs at once; SGLang queues the rest");
    return QStringLiteral("<br/>") + esc(text);
}

QString AnswerPanel::trtLlmHtml(const TrtLlmPlan &plan) const
{
    const QLocale locale;
    if (!plan.error.isEmpty())
        return QStringLiteral("<br/><span style='color:#c00000'>%1</span>").arg(esc(plan.error));
    QString text = tr("TensorRT-LLM: %1 max tokens in paged KV cache (%2 per GPU) · profiled peak %3")
                       .arg(formatCount(plan.maxTokens, locale), formatBytes(plan.kvPoolBytes, ByteUnit::GiB, locale),
                            formatBytes(plan.peak, ByteUnit::GiB, locale));
    if (plan.secondaryBlocks > 0)
        text += QStringLiteral(" · ") + tr("secondary pool %1 blocks (%2 of host memory)")
                                            .arg(formatCount(plan.secondaryBlocks, locale), formatBytes(plan.secondaryBytes, ByteUnit::GiB, locale));
    if (!plan.scenarioFits)
        text += QStringLiteral(" · ") + tr("not every request runs at once; TensorRT-LLM queues the rest");
    return QStringLiteral("<br/>") + esc(text);
}

QString AnswerPanel::mindieHtml(const MindiePlan &plan) const
{
    const QLocale locale;
    if (!plan.error.isEmpty())
        return QStringLiteral("<br/><span style='color:#c00000'>%1</span>").arg(esc(plan.error));
    QString text = tr("MindIE: num_npu_blocks %1 of %2 tokens (%3 tokens, %4 per NPU) · %5× requests of this length · "
                      "from its documented rule, no published log confirms it yet")
                       .arg(formatCount(plan.numBlocks, locale))
                       .arg(plan.blockTokens)
                       .arg(formatCount(plan.kvTokens, locale), formatBytes(plan.kvBytes, ByteUnit::GiB, locale),
                            locale.toString(plan.maxConcurrency, 'f', 2));
    if (!plan.scenarioFits)
        text += QStringLiteral(" · ") + tr("not every request gets its blocks; MindIE queues the rest");
    return QStringLiteral("<br/>") + esc(text);
}

QString AnswerPanel::ollamaHtml(const OllamaPlan &plan, const Answer &a) const
{
    const QLocale locale;
    if (!plan.error.isEmpty())
        return QStringLiteral("<br/><span style='color:#c00000'>%1</span>").arg(esc(plan.error));
    QString text = tr("Ollama: %1 of %2 layers on the GPUs · GPU %3, host %4")
                       .arg(plan.layers)
                       .arg(plan.layersModel)
                       .arg(formatBytes(plan.memory.gpuBytes(), a.unit, locale), formatBytes(plan.memory.cpuBytes(), a.unit, locale));
    if (!plan.fullyLoaded)
        text += QStringLiteral(" · ") + tr("the rest runs on the CPU, much slower");
    if (plan.fitChanged)
        text += QStringLiteral(" · ") + tr("placed by llama-server's --fit, 1 GiB left free on each GPU");
    if (plan.fitChanged && plan.wholeLayersOnly)
        text += QStringLiteral(" · ") + tr("counted in whole layers: llama.cpp moves a mixture-of-experts model's experts to the host first");
    return QStringLiteral("<br/>") + esc(text);
}

QString AnswerPanel::llamaCppFitText(const LlamaCppFit &fit, const EstimateInput &in) const
{
    QString text = tr("llama-server's --fit (on by default, -ngl unset) starts it anyway: %1 of %2 layers on the GPUs, "
                      "1 GiB left free on each, the rest on the CPU, much slower")
                       .arg(fit.gpuLayers)
                       .arg(in.model.layers + 1);
    if (fit.wholeLayersOnly)
        text += QStringLiteral(" · ") + tr("counted in whole layers: llama.cpp moves a mixture-of-experts model's experts to the host first");
    return text;
}

QString AnswerPanel::llamaCppHtml(const LlamaCppMemory &mem, const Answer &a) const
{
    const QLocale locale;
    const auto fmt = [&](qint64 bytes) { return formatBytes(bytes, a.unit, locale); };
    QString cells = tr("%1 cells per sequence").arg(formatCount(mem.cellsPerSequence, locale));
    if (mem.swaCellsPerSequence > 0)
        cells += (mem.swaHoldsChunks ? tr(", %1 chunk-cache cells") : tr(", %1 sliding-window cells"))
                     .arg(formatCount(mem.swaCellsPerSequence, locale));
    return QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
        .arg(esc(tr("llama.cpp: %1").arg(cells)),
             esc(tr("GPU %1: model %2, KV cache %3, compute buffer %4")
                     .arg(fmt(mem.gpuBytes()), fmt(mem.gpuWeights), fmt(mem.gpuKv), fmt(mem.offloaded ? mem.computeBuffer : 0))),
             esc(tr("Host memory %1: model %2, KV cache %3, buffers %4")
                     .arg(fmt(mem.cpuBytes()), fmt(mem.cpuWeights), fmt(mem.cpuKv), fmt(mem.cpuBuffers))));
}

QString AnswerPanel::commandHtml(const LaunchCommand &command) const
{
    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(esc(tr("Launch command")));
    if (!command.error.isEmpty())
        return html + QStringLiteral("<p style='color:%1'>%2</p>").arg(chartpalette::over().name(), esc(command.error));
    html += QStringLiteral("<pre style='margin:0'>%1</pre><p style='margin-top:2px'><a href='copy:command'>%2</a>")
                .arg(esc(command.text()), esc(tr("Copy")));
    for (const QString &note : command.notes)
        html += QStringLiteral("<br/><span style='color:gray'>%1</span>").arg(esc(note));
    return html + QStringLiteral("</p>");
}

QString AnswerPanel::cheapestHtml(const Answer &a) const
{
    const QLocale locale;
    QString text = !a.cheapest
        ? tr("No GPU kind with a listed price holds it on up to 8 GPUs.")
        : tr("Cheapest listed: %1 at %2 (%3).")
              .arg(a.cheapest->config.label(), a.prices.perHour(a.cheapest->costCentsPerHour, locale),
                   a.prices.perMonth(a.cheapest->costCentsPerHour, locale));
    if (!a.unpriced.isEmpty())
        text = joinSentences(text, tr("Skipped, no price: %1.").arg(joinList(a.unpriced)));
    if (const QString rate = a.prices.rateText(locale); !rate.isEmpty())
        text = joinSentences(text, tr("Rate: %1.").arg(rate));
    return QStringLiteral("<p>%1</p>").arg(esc(text));
}

void AnswerPanel::showAnswer(const Answer &a)
{
    const QLocale locale;
    QString html = QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>")
                       .arg(esc(tr("Total: %1").arg(withNote(
                           formatBytes(a.breakdown.total.bytes, a.unit, locale),
                           formatBytes(a.breakdown.total.bytes, a.unit == ByteUnit::GB ? ByteUnit::GiB : ByteUnit::GB, locale)))));
    html += QStringLiteral("<p style='margin-top:0'>%1</p>").arg(esc(a.breakdown.total.formula));
    if (a.input.exceedsContext())
        html += QStringLiteral("<p style='color:#c00000'>⚠ %1</p>").arg(esc(contextWarning(a.input)));
    html += termsHtml(a);
    if (a.llamaCpp)
        html += llamaCppHtml(*a.llamaCpp, a);
    if (!a.fits.isEmpty()) {
        html += QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3><ul style='margin-top:0'>")
                    .arg(esc(tr("GPU configurations")));
        const int cheapest = FitAnalyzer::cheapestFitting(a.fits);
        for (int i = 0; i < a.fits.size(); ++i) {
            const FitResult &fit = a.fits.at(i);
            QString item = fitHtml(fit, a, i == cheapest);
            if (fit.vllm)
                item.insert(item.size() - int(qstrlen("</li>")), vllmHtml(*fit.vllm, a));
            if (fit.sglang)
                item.insert(item.size() - int(qstrlen("</li>")), sglangHtml(*fit.sglang));
            if (fit.trtllm)
                item.insert(item.size() - int(qstrlen("</li>")), trtLlmHtml(*fit.trtllm));
            if (fit.mindie)
                item.insert(item.size() - int(qstrlen("</li>")), mindieHtml(*fit.mindie));
            if (fit.ollama)
                item.insert(item.size() - int(qstrlen("</li>")), ollamaHtml(*fit.ollama, a));
            if (fit.llamaCppFit)
                item.insert(item.size() - int(qstrlen("</li>")),
                            QStringLiteral("<br/>") + esc(llamaCppFitText(*fit.llamaCppFit, a.input)));
            html += item;
        }
        html += QStringLiteral("</ul>");
    }
    m_command = a.command && a.command->error.isEmpty() ? a.command->text() : QString();
    if (a.command)
        html += commandHtml(*a.command);
    html += cheapestHtml(a);
    setHtml(html);
}

void AnswerPanel::showWalkthrough(const QList<WalkthroughStep> &steps, int index)
{
    const WalkthroughStep &step = steps.at(index);
    const QString setting = step.modelId.isEmpty()
        ? tr("LLaMA-2 13B, FP16, 4,096 tokens per request, 10 concurrent requests")
        : tr("The chart shows %1, FP16, 10 concurrent requests, by the exact method: follow its bars from 4K to 128K "
             "tokens").arg(step.modelName);
    QString html = QStringLiteral("<h2>%1</h2><p style='color:gray'>%2</p>")
                       .arg(esc(tr("The article's example, step %1 of %2").arg(index + 1).arg(steps.size())), esc(setting));
    html += QStringLiteral("<h3>%1</h3><table cellspacing='4'>").arg(esc(step.title));
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(tr("The article")), esc(step.article));
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(tr("Exactly")), esc(step.exact));
    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr></table>").arg(esc(tr("Why")), esc(step.why));
    QStringList links;
    if (index > 0)
        links << QStringLiteral("<a href='step:%1'>‹ %2</a>").arg(index - 1).arg(esc(tr("Back")));
    if (index + 1 < steps.size())
        links << QStringLiteral("<a href='step:%1'>%2 ›</a>").arg(index + 1).arg(esc(tr("Next")));
    links << QStringLiteral("<a href='step:-1'>%1</a>").arg(esc(tr("Close")));
    html += QStringLiteral("<p>%1</p>").arg(links.join(QLatin1String(" &nbsp; ")));
    setHtml(html);
}

void AnswerPanel::showScenarioComparison(const ChartData &data, ByteUnit unit)
{
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2><table cellspacing='0' cellpadding='4' border='1'><tr>")
                       .arg(esc(tr("Scenarios compared")));
    for (const QString &head : {tr("Scenario"), tr("Model"), tr("Tokens"), tr("Requests"), tr("Weights"), tr("KV cache"),
                                tr("Total"), tr("Difference")})
        html += QStringLiteral("<th>%1</th>").arg(esc(head));
    html += QStringLiteral("</tr>");
    const qint64 base = data.bars.isEmpty() ? 0 : data.bars.first().total;
    for (const ChartBar &b : data.bars) {
        const qint64 delta = b.total - base;
        const QString diff = &b == &data.bars.first()
            ? QStringLiteral("—")
            : (delta >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + formatBytes(std::abs(delta), unit, locale);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td align='right'>%4</td>"
                               "<td align='right'>%5</td><td align='right'>%6</td><td align='right'><b>%7</b></td>"
                               "<td align='right'>%8</td></tr>")
                    .arg(esc(b.label), esc(b.modelName), esc(formatCount(b.tokens, locale)),
                         esc(formatCount(b.concurrency, locale)), esc(formatBytes(b.weights, unit, locale)),
                         esc(formatBytes(b.kvCache, unit, locale)), esc(formatBytes(b.total, unit, locale)), esc(diff));
    }
    setHtml(html + QStringLiteral("</table>"));
}
