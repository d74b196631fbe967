// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ArticleWalkthrough.h"
#include "ByteUnit.h"
#include "ChartData.h"
#include "ConfigSearch.h"
#include "FitAnalyzer.h"
#include "LaunchCommand.h"
#include "MemoryBreakdown.h"
#include "Pricing.h"
#include "VllmPlan.h"

#include <QTextBrowser>

// The answer in words: the total, each term with its formula and values,
// and for each GPU configuration whether it fits and what the limits are.
class AnswerPanel : public QTextBrowser
{
    Q_OBJECT

public:
    struct Answer {
        vram::EstimateInput input;
        vram::MemoryBreakdown breakdown;
        QList<vram::FitResult> fits;
        vram::ByteUnit unit = vram::ByteUnit::GB;
        std::optional<vram::LlamaCppMemory> llamaCpp; // for the llama.cpp method
        std::optional<vram::ConfigOption> cheapest;   // the cheapest listed kind × count that holds it
        QStringList unpriced;                         // kinds the cheapest search skipped: no price
        std::optional<vram::LaunchCommand> command;   // the engine methods: how to start the planned row
        vram::PriceSettings prices;
    };

    explicit AnswerPanel(QWidget *parent = nullptr);
    void showAnswer(const Answer &answer);
    void showError(const QString &message);
    // One step of the article's walkthrough, with links to the neighbouring steps.
    void showWalkthrough(const QList<vram::WalkthroughStep> &steps, int index);
    // The compared scenarios: each one's inputs and total, and the difference to the first.
    void showScenarioComparison(const vram::ChartData &data, vram::ByteUnit unit);

signals:
    void walkthroughStepRequested(int step); // -1: leave the walkthrough
    // The launch command was copied to the clipboard (its Copy link).
    void commandCopied(const QString &command);

private:
    QString termsHtml(const Answer &a) const;
    QString fitHtml(const vram::FitResult &fit, const Answer &a, bool cheapest) const;
    QString costText(const vram::FitResult &fit, const Answer &a, bool cheapest) const;
    QString devicesHtml(const vram::FitResult &fit, const Answer &a) const;
    QString vllmHtml(const vram::VllmPlan &plan, const Answer &a) const;
    QString mindieHtml(const vram::MindiePlan &plan) const;
    QString llamaCppFitText(const vram::LlamaCppFit &fit, const vram::EstimateInput &in) const;
    QString sglangHtml(const vram::SglangPlan &plan) const;
    QString ollamaHtml(const vram::OllamaPlan &plan, const Answer &a) const;
    QString trtLlmHtml(const vram::TrtLlmPlan &plan) const;
    QString llamaCppHtml(const vram::LlamaCppMemory &mem, const Answer &a) const;
    QString cheapestHtml(const Answer &a) const;
    QString commandHtml(const vram::LaunchCommand &command) const;
    QString m_command; // the command shown, for its Copy link
};
