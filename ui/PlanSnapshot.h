// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnswerPanel.h"
#include "Catalog.h"
#include "HeatMapView.h"
#include "MemoryChart.h"
#include "ScalingChart.h"
#include "ScenarioFile.h"
#include "ReportWriter.h"
#include "Scenario.h"

// Everything the window shows for one scenario, computed by core and labelled
// in the current language: the chart's content and the answer. The window,
// the exports and the headless export commands all build it the same way.
struct PlanSnapshot {
    MemoryChart::Content chart;
    ScalingChart::Content scaling;
    HeatMapView::Content map;
    AnswerPanel::Answer answer;
    QString error; // set when the scenario cannot be estimated

    // Which views to compute: the window computes only the one on screen while sliders move.
    enum View { MemoryView = 1, ScalingView = 2, MapView = 4, AllViews = 7 };

    // `compared`: scenarios shown next to this one when the chart compares scenarios.
    static PlanSnapshot build(const vram::Scenario &scenario, const vram::Catalog &catalog, bool kvOnly = false,
                              const QList<vram::ScenarioFile> &compared = {}, int views = AllViews);
    ReportWriter::Content report() const { return {answer.input, answer.breakdown, answer.fits, chart, answer.unit, answer.prices}; }
};
