// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelLibrary.h"

#include <QDialog>

class QListWidget;
class QPushButton;

// Renames and removes imported models; every change is saved at once.
class ManageModelsDialog : public QDialog
{
    Q_OBJECT

public:
    ManageModelsDialog(vram::ModelLibrary *library, QWidget *parent = nullptr);

private:
    void refresh();
    void renameSelected();
    void removeSelected();
    bool save();

    vram::ModelLibrary *m_library;
    QListWidget *m_list = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
};
