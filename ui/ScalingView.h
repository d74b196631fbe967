// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScalingChart.h"

#include <QWidget>

class QCheckBox;

// The KV scaling chart with its toggle: the whole footprint, or the KV cache alone.
class ScalingView : public QWidget
{
    Q_OBJECT

public:
    explicit ScalingView(QWidget *parent = nullptr);
    // Built on first use: most sessions never open this tab, and a chart costs start-up time.
    ScalingChart *chart();
    bool kvOnly() const;

signals:
    void kvOnlyChanged(bool kvOnly);

protected:
    void changeEvent(QEvent *event) override;

private:
    class QVBoxLayout *m_layout = nullptr;
    ScalingChart *m_chart = nullptr;
    QCheckBox *m_kvOnly = nullptr;
};
