// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelSpec.h"

#include <QComboBox>
#include <QList>

class QStandardItemModel;

// The model combo box: catalogue models grouped under their family, each
// showing its size and attention kind, searchable by any part of its name.
class ModelPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit ModelPicker(QWidget *parent = nullptr);

    void setModels(const QList<vram::ModelSpec> &models);
    QString currentModelId() const;
    bool setCurrentModelId(const QString &id);

signals:
    void modelChosen(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void restoreText();

    QStandardItemModel *m_items = nullptr;
    QList<vram::ModelSpec> m_models;
};
