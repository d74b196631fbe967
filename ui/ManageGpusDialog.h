// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "GpuLibrary.h"
#include "Pricing.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QTableWidget;

// Every GPU kind with its memory and price: the user adds, edits and removes kinds of
// their own, sets the price they pay for any kind, and picks the currency and its rate.
// Every change to the GPUs is saved at once; the currency is read back with prices().
class ManageGpusDialog : public QDialog
{
    Q_OBJECT

public:
    ManageGpusDialog(vram::GpuLibrary *library, const vram::Catalog &builtIn, const vram::PriceSettings &prices,
                     QWidget *parent = nullptr);
    vram::PriceSettings prices() const;
    // Adds the GPUs of a file in the catalogue's format; false with `error` set when it cannot,
    // and then the library is as it was.
    bool importFile(const QString &path, QString *error);

private:
    void refresh();
    QString selectedId() const;
    bool isUserGpu(const QString &id) const;
    void addGpu();
    void editSelected();
    void setPriceOfSelected();
    void removeSelected();
    void chooseFile();
    bool save();
    void updateButtons();

    vram::GpuLibrary *m_library;
    vram::Catalog m_builtIn;
    QComboBox *m_currency = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_price = nullptr;
    QPushButton *m_remove = nullptr;
};
