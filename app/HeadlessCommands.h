// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The commands that print and exit, for scripts and reports. Each takes the
// arguments after the command name (with the program name first) and returns
// the process exit code.
namespace HeadlessCommands {

bool isCommand(const QString &name);
int run(const QString &command, const QStringList &arguments);

} // namespace HeadlessCommands
