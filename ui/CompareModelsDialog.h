// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelSpec.h"

#include <QDialog>
#include <QStringList>

class QListWidget;

// Picks the models shown side by side in "compare models" mode.
class CompareModelsDialog : public QDialog
{
    Q_OBJECT

public:
    CompareModelsDialog(const QList<vram::ModelSpec> &models, const QStringList &chosen, QWidget *parent = nullptr);
    QStringList chosenIds() const;

private:
    QListWidget *m_list = nullptr;
};
