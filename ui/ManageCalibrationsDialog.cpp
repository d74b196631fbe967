// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManageCalibrationsDialog.h"

#include "EstimateMethod.h"

using namespace vram;

ManageCalibrationsDialog::ManageCalibrationsDialog(CalibrationLibrary *library, QWidget *parent)
    : LibraryEntriesDialog(library, tr("Calibration profiles"), tr("Rename profile"), parent)
{
    refresh();
}

QList<NamedEntriesDialog::Entry> ManageCalibrationsDialog::entries() const
{
    const QLocale locale;
    QList<Entry> list;
    for (const CalibrationProfile &p : m_library->profiles()) {
        const auto method = parseMethod(p.engine);
        const QString engine = method ? methodName(*method) : p.engine;
        const QString from = p.version.isEmpty() ? engine : tr("%1 %2").arg(engine, p.version);
        const QString where = p.gpuId.isEmpty() ? from : tr("%1 on %2").arg(from, p.gpuId);
        const QString corrections = describeCalibration(p.calibration, locale);
        list.append({p.name, p.name,
                     corrections.isEmpty() ? tr("%1 — %2").arg(p.name, where) : tr("%1 — %2: %3").arg(p.name, where, corrections)});
    }
    return list;
}

bool ManageCalibrationsDialog::renameEntry(const QString &key, const QString &name, QString *error)
{
    return m_library->rename(key, name, error);
}
