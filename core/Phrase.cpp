// SPDX-License-Identifier: GPL-3.0-or-later
#include "Phrase.h"

#include <QCoreApplication>

namespace vram {

QString joinList(const QStringList &items)
{
    return items.join(QCoreApplication::translate("Phrase", ", ", "separator between the items of a list"));
}

QString withNote(const QString &text, const QString &note)
{
    return QCoreApplication::translate("Phrase", "%1 (%2)", "a value followed by a note or the same value in another unit")
        .arg(text, note);
}

} // namespace vram
