// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartText.h"

#include <QFont>
#include <QGraphicsSimpleTextItem>

namespace charttext {

void grow(QList<QGraphicsSimpleTextItem *> &pool, qsizetype size, QGraphicsItem *chart)
{
    while (pool.size() < size) {
        auto *item = new QGraphicsSimpleTextItem(chart);
        item->setZValue(10); // above the series
        pool.append(item);
    }
}

void setText(QGraphicsSimpleTextItem *item, const QString &text, const QFont &font)
{
    if (item->text() != text)
        item->setText(text);
    if (item->font() != font)
        item->setFont(font);
}

} // namespace charttext
