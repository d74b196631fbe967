// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataType.h"

#include <QCoreApplication>
#include <QLocale>

namespace vram {

QString DataType::bytesPerElementText() const
{
    const double bytes = double(blockBytes) / double(blockElements);
    // Up to 6 decimals is exact for every block size in the catalogue
    // (34/32 = 1.0625, 210/256 = 0.8203125 is shown rounded).
    QString text = QLocale::c().toString(bytes, 'f', 6);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text + QLatin1String(" B");
}

QString DataType::displayName() const
{
    return isAsStored() ? QCoreApplication::translate("DataType", "As stored") : name;
}

} // namespace vram
