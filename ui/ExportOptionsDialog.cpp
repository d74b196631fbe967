// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportOptionsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

ExportOptionsDialog::ExportOptionsDialog(QSize initial, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Chart size"));
    m_width = new QSpinBox(this);
    m_width->setRange(320, 8000);
    m_width->setValue(initial.width());
    m_width->setSuffix(tr(" px"));
    m_height = new QSpinBox(this);
    m_height->setRange(240, 8000);
    m_height->setValue(initial.height());
    m_height->setSuffix(tr(" px"));
    m_ratio = new QComboBox(this);
    for (int r : {1, 2, 3})
        m_ratio->addItem(QStringLiteral("%1×").arg(r), r);
    m_ratio->setCurrentIndex(1);
    m_ratio->setToolTip(tr("PNG only: pixels per layout pixel. SVG and PDF are vector."));

    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);
    auto *form = new QFormLayout;
    form->addRow(tr("Layout size:"), size);
    form->addRow(tr("Pixel ratio:"), m_ratio);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QSize ExportOptionsDialog::chartSize() const
{
    return QSize(m_width->value(), m_height->value());
}

qreal ExportOptionsDialog::pixelRatio() const
{
    return m_ratio->currentData().toReal();
}
