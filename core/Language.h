// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace vram::Language {

// Language codes the program ships: "en" and "zh_CN".
QStringList available();
// "zh_CN" when the system locale is Chinese, else "en".
QString systemDefault();
// Accepts "zh_CN", "zh-CN", "zh", "en", "en_US"; empty when not one we ship.
QString normalize(const QString &code);
// Replaces the installed program translation (and Qt's own) and sets the
// default locale for numbers. Returns false for a language we do not ship.
bool install(const QString &code);
QString current();
QLocale locale(const QString &code);
// "English", "简体中文": each language's name in itself, for menus.
QString nativeName(const QString &code);

} // namespace vram::Language
