// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSize>

class QComboBox;
class QSpinBox;

// Size and pixel ratio of an exported chart.
class ExportOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    ExportOptionsDialog(QSize initial, QWidget *parent = nullptr);
    QSize chartSize() const;
    qreal pixelRatio() const;

private:
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_ratio = nullptr;
};
