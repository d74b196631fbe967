// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// Headless commands that draw: `export` (chart as PNG/SVG/PDF, or its table as
// CSV/Markdown) and `report` (the PDF report). They need a QApplication, which
// runs on the offscreen platform unless another one is chosen.
namespace ExportCommands {

bool isCommand(const QString &name);
int run(int &argc, char **argv, const QString &command, const QStringList &arguments, const QString &language);

} // namespace ExportCommands
