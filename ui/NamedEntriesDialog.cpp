// SPDX-License-Identifier: GPL-3.0-or-later
#include "NamedEntriesDialog.h"

#include "ListWidth.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

NamedEntriesDialog::NamedEntriesDialog(const QString &title, const QString &renameTitle, QWidget *parent)
    : QDialog(parent)
    , m_title(title)
    , m_renameTitle(renameTitle)
{
    setWindowTitle(title);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("entryList"));
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_remove = new QPushButton(tr("R&emove"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_rename, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_rename, &QPushButton::clicked, this, &NamedEntriesDialog::renameSelected);
    connect(m_remove, &QPushButton::clicked, this, &NamedEntriesDialog::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_rename->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 360); // widened to the list's entries by the layout's minimum
}

void NamedEntriesDialog::refresh()
{
    m_list->clear();
    for (const Entry &e : entries()) {
        auto *item = new QListWidgetItem(e.text, m_list);
        item->setData(Qt::UserRole, e.key);
        item->setData(Qt::UserRole + 1, e.name);
    }
    fitListWidthToItems(m_list);
    m_rename->setEnabled(false);
    m_remove->setEnabled(false);
}

bool NamedEntriesDialog::save()
{
    QString error;
    if (saveEntries(&error))
        return true;
    QMessageBox::warning(this, m_title, error);
    // The change could not be written: show, and keep, what the file still holds.
    reloadEntries();
    refresh();
    return false;
}

void NamedEntriesDialog::renameSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString current = item->data(Qt::UserRole + 1).toString();
    bool ok = false;
    const QString name = QInputDialog::getText(this, m_renameTitle, tr("Name:"), QLineEdit::Normal, current, &ok);
    if (!ok || name.trimmed() == current)
        return;
    QString error;
    if (!renameEntry(item->data(Qt::UserRole).toString(), name, &error)) {
        QMessageBox::warning(this, m_title, error);
        return;
    }
    if (save())
        refresh();
}

void NamedEntriesDialog::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (item && removeEntry(item->data(Qt::UserRole).toString()) && save())
        refresh();
}
