// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QFont;
class QGraphicsItem;
class QGraphicsSimpleTextItem;
class QString;

// Text the charts draw as their own items (capacity labels, crossing values, curve names) rather
// than as series point labels, which Qt Charts paints outside the area it repaints.
namespace charttext {

// Makes `pool` hold at least `size` items, new ones above the series of `chart`.
void grow(QList<QGraphicsSimpleTextItem *> &pool, qsizetype size, QGraphicsItem *chart);
// Sets the text and the font, each only if it changed: every change repaints the item.
void setText(QGraphicsSimpleTextItem *item, const QString &text, const QFont &font);

} // namespace charttext
