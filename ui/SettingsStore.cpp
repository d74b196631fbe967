// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsStore.h"

#include "Language.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace vram;

namespace {
const QString kScenarioKey = QStringLiteral("planner/scenario");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kExportFolderKey = QStringLiteral("export/folder");
} // namespace

QString SettingsStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/vram-planner.ini");
}

SettingsStore::SettingsStore(const QString &filePath)
    : m_settings(filePath, QSettings::IniFormat)
{
}

Scenario SettingsStore::loadScenario(const Catalog &catalog)
{
    m_notice.clear();
    if (m_settings.status() != QSettings::NoError) {
        m_notice = QCoreApplication::translate("SettingsStore",
                                               "The settings file could not be read; the default settings are used.");
        return Scenario();
    }
    if (!m_settings.contains(kScenarioKey))
        return Scenario();
    const QByteArray text = m_settings.value(kScenarioKey).toString().toUtf8();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    QString error;
    std::optional<Scenario> scenario;
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        QJsonObject json = doc.object();
        // An imported model removed since: keep every other setting, show the default model.
        const QString modelId = json.value(QLatin1String("model")).toString();
        if (!modelId.isEmpty() && !catalog.model(modelId)) {
            json.insert(QStringLiteral("model"), Scenario().modelId);
            QJsonArray compared;
            for (const QJsonValue &v : json.value(QLatin1String("compare_models")).toArray())
                if (catalog.model(v.toString()))
                    compared.append(v);
            json.insert(QStringLiteral("compare_models"), compared);
            if ((scenario = Scenario::fromJson(json, catalog, &error))) {
                m_notice = QCoreApplication::translate("SettingsStore",
                                                       "The model \"%1\" of the last session is no longer available; "
                                                       "the other settings are kept.")
                               .arg(modelId);
                return *scenario;
            }
        }
        scenario = Scenario::fromJson(json, catalog, &error);
    } else {
        error = QCoreApplication::translate("SettingsStore", "The saved settings are not valid JSON.");
    }
    if (!scenario) {
        m_notice = QCoreApplication::translate("SettingsStore", "Saved settings were damaged and have been reset (%1).")
                       .arg(error);
        return Scenario();
    }
    return *scenario;
}

void SettingsStore::saveScenario(const Scenario &scenario)
{
    m_settings.setValue(kScenarioKey, QString::fromUtf8(QJsonDocument(scenario.toJson()).toJson(QJsonDocument::Compact)));
}

QByteArray SettingsStore::geometry() const
{
    return m_settings.value(kGeometryKey).toByteArray();
}

void SettingsStore::saveGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometryKey, geometry);
}

QString SettingsStore::language() const
{
    return Language::normalize(m_settings.value(kLanguageKey).toString());
}

void SettingsStore::saveLanguage(const QString &code)
{
    m_settings.setValue(kLanguageKey, code);
}

QStringList SettingsStore::recentFiles() const
{
    return m_settings.value(QStringLiteral("files/recent")).toStringList().mid(0, 8);
}

void SettingsStore::saveRecentFiles(const QStringList &files)
{
    m_settings.setValue(QStringLiteral("files/recent"), files);
}

QString SettingsStore::lastExportFolder() const
{
    const QString folder = m_settings.value(kExportFolderKey).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
}

void SettingsStore::saveLastExportFolder(const QString &folder)
{
    m_settings.setValue(kExportFolderKey, folder);
}

void SettingsStore::sync()
{
    m_settings.sync();
}
