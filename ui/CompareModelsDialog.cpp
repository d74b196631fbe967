// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareModelsDialog.h"

#include "ListWidth.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

CompareModelsDialog::CompareModelsDialog(const QList<vram::ModelSpec> &models, const QStringList &chosen,
                                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Models to compare"));
    m_list = new QListWidget(this);
    for (const vram::ModelSpec &m : models) {
        auto *item = new QListWidgetItem(m.name, m_list);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(m.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // 24 catalogue models and the imported ones: typing narrows the list.
    auto *search = new QLineEdit(this);
    search->setObjectName(QStringLiteral("modelSearch"));
    search->setPlaceholderText(tr("Search models"));
    search->setClearButtonEnabled(true);
    connect(search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            item->setHidden(!item->text().contains(text, Qt::CaseInsensitive)
                            && !item->data(Qt::UserRole).toString().contains(text, Qt::CaseInsensitive));
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("One bar per checked model, at the current settings:"), this));
    layout->addWidget(search);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    fitListWidthToItems(m_list);
    resize(360, 480); // widened to the list's entries by the layout's minimum
}

QStringList CompareModelsDialog::chosenIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toString();
    return ids;
}
