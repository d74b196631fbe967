// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ByteUnit.h"
#include "GpuConfig.h"

#include "FitAnalyzer.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QListWidget;
class GpuRowDelegate;
class QPushButton;
class QSpinBox;

// The GPU configurations to compare: a list of "count × kind", with a kind
// picker, a count and Add / Remove. Each becomes one capacity line.
class GpuConfigEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxConfigs = 8;

    explicit GpuConfigEditor(QWidget *parent = nullptr);

    void setGpus(const QList<vram::GpuSpec> &gpus);
    void setConfigs(const QList<vram::GpuConfig> &configs);
    QList<vram::GpuConfig> configs() const { return m_configs; }
    // Whether each configuration holds the scenario, shown in the list itself (✓ / ✗ and the
    // headroom); in the configurations' order, computed by core.
    void setFits(const QList<vram::FitResult> &fits);
    void setUnit(vram::ByteUnit unit);
    // The row the estimate is planned for (the engines lay out each count differently); the user
    // picks it by selecting a row. Marked ▸ in the list when `marked` (the engine methods).
    int plannedRow() const { return m_planned; }
    void setPlannedRow(int row, bool marked);

signals:
    void configsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addCurrent();
    // Adds the chosen count × kind to the selected row: GPUs of several kinds in one machine.
    void mixIntoSelected();
    void removeSelected();
    void refreshList();
    QString itemText(qsizetype row) const;
    void showItem(int row);
    void retranslate();

    QList<vram::GpuSpec> m_gpus;
    QList<vram::GpuConfig> m_configs;
    QList<vram::FitResult> m_fits;
    vram::ByteUnit m_unit = vram::ByteUnit::GB;
    int m_planned = 0;
    bool m_markPlanned = false;
    QListWidget *m_list = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_count = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_mix = nullptr;
    GpuRowDelegate *m_rowDelegate = nullptr;
};
