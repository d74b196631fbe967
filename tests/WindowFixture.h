// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "MainWindow.h"
#include "SettingsStore.h"

#include <QTest>

#include <memory>

// What the window suites share: the main window at the size the tests expect, and its named parts.
namespace windowfixture {

// A named child, or the test run stops: a renamed widget must not pass as "no such control".
template<typename T>
T *child(const QObject *root, const char *name)
{
    T *w = root->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// The window on the built-in catalogue (and the user's GPUs in `gpus`, if any), shown at
// 1300 × 850 and exposed; null if it never was.
inline std::unique_ptr<MainWindow> showWindow(SettingsStore *settings, vram::GpuLibrary *gpus = nullptr)
{
    auto window = std::make_unique<MainWindow>(settings, vram::Catalog::builtIn(), nullptr, gpus);
    window->resize(1300, 850);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

} // namespace windowfixture
