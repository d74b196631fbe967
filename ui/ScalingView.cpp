// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScalingView.h"

#include <QCheckBox>
#include <QEvent>
#include <QVBoxLayout>

ScalingView::ScalingView(QWidget *parent)
    : QWidget(parent)
{
    m_kvOnly = new QCheckBox(this);
    m_kvOnly->setObjectName(QStringLiteral("kvOnlyCheck"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_kvOnly);
    connect(m_kvOnly, &QCheckBox::toggled, this, &ScalingView::kvOnlyChanged);
    m_kvOnly->setText(tr("KV cache onl&y"));
}

ScalingChart *ScalingView::chart()
{
    if (!m_chart) {
        m_chart = new ScalingChart(this);
        m_chart->setObjectName(QStringLiteral("scalingChart"));
        m_layout->addWidget(m_chart, 1);
    }
    return m_chart;
}

bool ScalingView::kvOnly() const
{
    return m_kvOnly->isChecked();
}

void ScalingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_kvOnly->setText(tr("KV cache onl&y"));
    QWidget::changeEvent(event);
}
