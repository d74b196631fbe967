// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ByteUnit.h"
#include "Catalog.h"
#include "FitAnalyzer.h"
#include "MemoryModel.h"
#include "Pricing.h"

#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <optional>

// Renders one estimate for the terminal (translated text) or for scripts (JSON, never translated).
class EstimateReport
{
public:
    // `gpus`: the configurations to check the fit on, each on its own; none lists the
    // fewest GPUs of every kind instead.
    EstimateReport(const vram::MemoryModel &model, QList<vram::GpuConfig> gpus, vram::ByteUnit unit, QLocale locale,
                   vram::PriceSettings prices = {});

    QString text(const vram::Catalog &catalog) const;
    QJsonObject json(const vram::Catalog &catalog) const;

private:
    QString fitText(const vram::FitResult &fit, bool cheapest) const;
    QString costText(const vram::FitResult &fit, bool cheapest) const;
    QString devicesText(const vram::FitResult &fit) const;
    QString settingsText() const;
    QString llamaCppText() const;
    QString vllmText(const vram::FitResult &fit) const;
    QString sglangText(const vram::FitResult &fit) const;
    QString ollamaText(const vram::FitResult &fit) const;
    QString trtLlmText(const vram::FitResult &fit) const;
    QString mindieText(const vram::FitResult &fit) const;
    QString gpusNeededText(const vram::Catalog &catalog) const;
    void addEngineJson(QJsonObject &o, const vram::FitResult *fit) const;
    QString bothUnits(qint64 bytes) const;

    const vram::MemoryModel &m_model;
    QList<vram::GpuConfig> m_gpus;
    vram::ByteUnit m_unit;
    QLocale m_locale;
    vram::PriceSettings m_prices;
};
