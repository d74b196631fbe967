// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "Scenario.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

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
    QStringList recentFiles() const;
    void saveRecentFiles(const QStringList &files);
    QString lastExportFolder() const;
    void saveLastExportFolder(const QString &folder);
    void sync();

    // Empty, or a translated sentence on what was wrong with the stored settings.
    QString notice() const { return m_notice; }

private:
    QSettings m_settings;
    QString m_notice;
};
