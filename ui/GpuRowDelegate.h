// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GpuConfig.h"

#include <QStyledItemDelegate>
#include <functional>

// Edits a row of the GPU list in place (double-click or F2): a count and a kind,
// side by side where the row's text was. The editor owns no data: it reads the row's
// configuration and hands the edited one back.
class GpuRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Read = std::function<vram::GpuConfig(int row)>;
    using Write = std::function<void(int row, const vram::GpuConfig &config)>;

    GpuRowDelegate(QList<vram::GpuSpec> gpus, Read read, Write write, QObject *parent = nullptr);
    void setGpus(const QList<vram::GpuSpec> &gpus) { m_gpus = gpus; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QList<vram::GpuSpec> m_gpus;
    Read m_read;
    Write m_write;
};
