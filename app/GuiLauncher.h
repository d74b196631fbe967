// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Starts the window, or with --screenshot renders it offscreen to a PNG and exits.
namespace GuiLauncher {

int run(int &argc, char **argv, const QStringList &arguments, const QString &language);

} // namespace GuiLauncher
