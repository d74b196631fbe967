// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManageModelsDialog.h"

#include "ByteUnit.h"
#include "ListWidth.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace vram;

ManageModelsDialog::ManageModelsDialog(ModelLibrary *library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
{
    setWindowTitle(tr("Imported models"));
    m_list = new QListWidget(this);
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_remove = new QPushButton(tr("R&emove"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_rename, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_rename, &QPushButton::clicked, this, &ManageModelsDialog::renameSelected);
    connect(m_remove, &QPushButton::clicked, this, &ManageModelsDialog::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_rename->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    refresh();
    resize(520, 360); // widened to the list's entries by the layout's minimum
}

void ManageModelsDialog::refresh()
{
    m_list->clear();
    for (const ModelSpec &m : m_library->models()) {
        auto *item = new QListWidgetItem(tr("%1 — %2 parameters, %3").arg(m.name, formatCount(m.parameters, QLocale()),
                                                                          m.configSource),
                                         m_list);
        item->setData(Qt::UserRole, m.id);
    }
    fitListWidthToItems(m_list);
    m_rename->setEnabled(false);
    m_remove->setEnabled(false);
}

bool ManageModelsDialog::save()
{
    QString error;
    if (m_library->save(&error))
        return true;
    QMessageBox::warning(this, tr("Imported models"), error);
    return false;
}

void ManageModelsDialog::renameSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    QString current;
    for (const ModelSpec &m : m_library->models())
        if (m.id == id)
            current = m.name;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename model"), tr("Name:"), QLineEdit::Normal, current, &ok);
    if (ok && m_library->rename(id, name) && save())
        refresh();
}

void ManageModelsDialog::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (item && m_library->remove(item->data(Qt::UserRole).toString()) && save())
        refresh();
}
