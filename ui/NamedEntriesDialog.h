// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QListWidget;
class QPushButton;

// A list of the user's named entries kept in a file (imported models, calibration profiles) with
// Rename… and Remove; every change is saved at once, and one that cannot be written is undone by
// reading the file again, so the list shows what is stored.
class NamedEntriesDialog : public QDialog
{
    Q_OBJECT

protected:
    struct Entry {
        QString key;  // what the library finds it by
        QString name; // what Rename… offers to change
        QString text; // the list's line
    };

    NamedEntriesDialog(const QString &title, const QString &renameTitle, QWidget *parent);

    // Fills the list; the subclass calls it once its library is set.
    void refresh();

    virtual QList<Entry> entries() const = 0;
    virtual bool renameEntry(const QString &key, const QString &name, QString *error) = 0;
    virtual bool removeEntry(const QString &key) = 0;
    virtual bool saveEntries(QString *error) = 0;
    virtual void reloadEntries() = 0;

private:
    void renameSelected();
    void removeSelected();
    bool save();

    QString m_title;
    QString m_renameTitle;
    QListWidget *m_list = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
};

// The same over a library that saves, loads and removes by key (ModelLibrary, CalibrationLibrary).
template <typename Library>
class LibraryEntriesDialog : public NamedEntriesDialog
{
protected:
    LibraryEntriesDialog(Library *library, const QString &title, const QString &renameTitle, QWidget *parent)
        : NamedEntriesDialog(title, renameTitle, parent)
        , m_library(library)
    {
    }

    bool removeEntry(const QString &key) override { return m_library->remove(key); }
    bool saveEntries(QString *error) override { return m_library->save(error); }
    void reloadEntries() override
    {
        QString ignored; // the list then shows what could be read
        m_library->load(&ignored);
    }

    Library *m_library;
};
