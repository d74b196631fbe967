// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "Scenario.h"

#include <QList>
#include <QString>
#include <optional>

namespace vram {

// A planning scenario saved as a .vramplan file:
//   {"format": "vram-planner-scenario", "version": 1, "name": "…",
//    "scenario": { the Scenario's JSON }, "models": [ imported models it uses ],
//    "gpus": [ the user's GPUs it uses ]}
// Imported models and user GPUs travel inside the file so that it opens on another machine.
struct ScenarioFile {
    static constexpr int kVersion = 1;

    QString name;
    Scenario scenario;
    QList<ModelSpec> models; // the non-catalogue models the scenario names
    QList<GpuSpec> gpus;     // the user's GPUs the scenario names

    static bool save(const QString &path, const QString &name, const Scenario &scenario, const Catalog &catalog,
                     QString *error);
    // Reads and checks a file against `catalog` plus the models it carries; a broken or
    // newer file gives a translated error and nothing else.
    static std::optional<ScenarioFile> load(const QString &path, const Catalog &catalog, QString *error);
};

} // namespace vram
