// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationSetup.h"

#include <QApplication>
#include <QFont>
#include <QIcon>

void setUpApplication(QApplication &app)
{
    QApplication::setApplicationName(QStringLiteral("vram-planner"));
    QApplication::setApplicationDisplayName(QStringLiteral("VRAM Planner"));
    QApplication::setApplicationVersion(QStringLiteral(VRAM_PLANNER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("vram-planner"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vram-planner.svg")));
    QFont font = app.font();
    font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei")});
    app.setFont(font);
}
