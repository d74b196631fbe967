// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "Scenario.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

// What persists between runs: the last scenario, window geometry and the
// language. A damaged file is never trusted piecemeal: the scenario falls back
// to the defaults and notice() says so.
class SettingsStore
{
public:
    // An INI file; by default in the user's configuration folder.
    explicit SettingsStore(const QString &filePath = defaultPath());
    static QString defaultPath();

    vram::Scenario loadScenario(const vram::Catalog &catalog);
    void saveScenario(const vram::Scenario &scenario);
    QByteArray geometry() const;
    void saveGeometry(const QByteArray &geometry);
    QString language() const;
    void saveLanguage(const QString &code);
    // At most kMaxRecent, newest first; a longer stored list is cut when the file is read.
    static constexpr qsizetype kMaxRecent = 8;
    QStringList recentFiles() const;
    void saveRecentFiles(const QStringList &files);
    QString lastExportFolder() const;
    void saveLastExportFolder(const QString &folder);
    // Where the last model was imported from (a model folder's parent); the export folder before.
    QString lastImportFolder() const;
    void saveLastImportFolder(const QString &folder);
    void sync();

    // Empty, or a translated sentence on what was wrong with the stored settings.
    QString notice() const { return m_notice; }

private:
    // A settings file that is not a regular file, or far too large to be one of ours, is
    // not read (a device or FIFO would never end): this session's settings go to a
    // temporary file instead, and notice() says so.
    static QString usablePath(const QString &filePath, QTemporaryDir &fallback, QString *problem);

    QString m_fileProblem;
    QTemporaryDir m_fallback;
    QSettings m_settings;
    QString m_notice;
};
