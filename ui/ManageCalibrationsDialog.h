// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalibrationLibrary.h"
#include "NamedEntriesDialog.h"

// Lists the calibration profiles learned from start-up logs, with their engine, GPU and
// corrections, and renames and removes them; every change is saved at once.
class ManageCalibrationsDialog : public LibraryEntriesDialog<vram::CalibrationLibrary>
{
    Q_OBJECT

public:
    ManageCalibrationsDialog(vram::CalibrationLibrary *library, QWidget *parent = nullptr);

private:
    QList<Entry> entries() const override;
    bool renameEntry(const QString &key, const QString &name, QString *error) override;
};
