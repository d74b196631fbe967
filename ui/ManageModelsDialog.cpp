// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManageModelsDialog.h"

#include "ByteUnit.h"

using namespace vram;

ManageModelsDialog::ManageModelsDialog(ModelLibrary *library, QWidget *parent)
    : LibraryEntriesDialog(library, tr("Imported models"), tr("Rename model"), parent)
{
    refresh();
}

QList<NamedEntriesDialog::Entry> ManageModelsDialog::entries() const
{
    QList<Entry> list;
    for (const ModelSpec &m : m_library->models())
        list.append({m.id, m.name,
                     tr("%1 — %2 parameters, %3").arg(m.name, formatCount(m.parameters, QLocale()), m.configSource)});
    return list;
}

bool ManageModelsDialog::renameEntry(const QString &key, const QString &name, QString *error)
{
    if (m_library->rename(key, name))
        return true;
    *error = tr("A model needs a name.");
    return false;
}
