// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScalingView.h"

#include <QCheckBox>
#include <QEvent>
#include <QVBoxLayout>

ScalingView::ScalingView(QWidget *parent)
    : QWidget(parent)
{
    m_chart = new ScalingChart(this);
    m_chart->setObjectName(QStringLiteral("scalingChart"));
    m_kvOnly = new QCheckBox(this);
    m_kvOnly->setObjectName(QStringLiteral("kvOnlyCheck"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kvOnly);
    layout->addWidget(m_chart, 1);
    connect(m_kvOnly, &QCheckBox::toggled, this, &ScalingView::kvOnlyChanged);
    m_kvOnly->setText(tr("&KV cache only"));
}

bool ScalingView::kvOnly() const
{
    return m_kvOnly->isChecked();
}

void ScalingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_kvOnly->setText(tr("&KV cache only"));
    QWidget::changeEvent(event);
}
