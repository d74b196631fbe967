// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelLibrary.h"
#include "NamedEntriesDialog.h"

// Renames and removes imported models; every change is saved at once.
class ManageModelsDialog : public LibraryEntriesDialog<vram::ModelLibrary>
{
    Q_OBJECT

public:
    ManageModelsDialog(vram::ModelLibrary *library, QWidget *parent = nullptr);

private:
    QList<Entry> entries() const override;
    bool renameEntry(const QString &key, const QString &name, QString *error) override;
};
