// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListWidth.h"

#include <QGuiApplication>
#include <QListWidget>
#include <QScreen>
#include <QScrollBar>

#include <algorithm>

void fitListWidthToItems(QListWidget *list)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setToolTip(list->item(i)->text());
    const QScreen *screen = list->screen() ? list->screen() : QGuiApplication::primaryScreen();
    const int most = screen ? screen->availableGeometry().width() * 9 / 10 : 1200;
    const int needed = list->sizeHintForColumn(0) + 2 * list->frameWidth()
                       + list->verticalScrollBar()->sizeHint().width() + 2 * list->spacing();
    list->setMinimumWidth(std::min(needed, most));
}
