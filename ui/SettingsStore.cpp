// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsStore.h"

#include "Language.h"
#include "UserFile.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

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
const QString kRecentKey = QStringLiteral("files/recent");
const QString kImportFolderKey = QStringLiteral("import/folder");
// Every key this store writes: a file holding none of them is not ours to trust.
const QStringList kAllKeys{kScenarioKey, kGeometryKey, kLanguageKey, kExportFolderKey, kRecentKey, kImportFolderKey};
constexpr qint64 kMaxSettingsFile = 4 << 20; // ours are a few KB
} // namespace

QString SettingsStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/vram-planner.ini");
}

QString SettingsStore::usablePath(const QString &filePath, QTemporaryDir &fallback, QString *problem)
{
    const QFileInfo info(filePath);
    if (!info.exists() && !info.isSymLink())
        return filePath;
    QString why = UserFile::readProblem(filePath);
    if (why.isEmpty() && info.size() > kMaxSettingsFile)
        why = QCoreApplication::translate("SettingsStore", "%1 bytes, far more than settings take")
                  .arg(formatCount(info.size(), QLocale()));
    if (why.isEmpty())
        return filePath;
    *problem = QCoreApplication::translate("SettingsStore",
                                           "The settings file %1 cannot be used (%2); this session's settings will not be saved.")
                   .arg(QDir::toNativeSeparators(filePath), why);
    return fallback.filePath(QStringLiteral("vram-planner.ini"));
}

SettingsStore::SettingsStore(const QString &filePath)
    : m_settings(usablePath(filePath, m_fallback, &m_fileProblem), QSettings::IniFormat)
{
    // A list of thousands of recent files (a damaged or crafted file) would be written
    // back at every save; keep the newest few.
    const QStringList recent = m_settings.value(kRecentKey).toStringList();
    if (recent.size() > kMaxRecent)
        m_settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
}

Scenario SettingsStore::loadScenario(const Catalog &catalog)
{
    m_notice = m_fileProblem;
    if (!m_notice.isEmpty())
        return Scenario();
    // Binary garbage parses as an INI file with none of our keys: say so rather than start silently afresh.
    const QStringList keys = m_settings.allKeys();
    const bool unreadable = QFileInfo(m_settings.fileName()).size() > 0
        && !std::any_of(keys.cbegin(), keys.cend(), [](const QString &key) { return kAllKeys.contains(key); });
    if (m_settings.status() != QSettings::NoError || unreadable) {
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
            // "As stored" belonged to the imported file: the fallback model has no such precision.
            const bool asStored = json.value(QLatin1String("weights")).toString() == QLatin1String("file");
            if (asStored)
                json.insert(QStringLiteral("weights"), Scenario().weightsId);
            QJsonArray compared;
            for (const QJsonValue &v : json.value(QLatin1String("compare_models")).toArray())
                if (catalog.model(v.toString()))
                    compared.append(v);
            json.insert(QStringLiteral("compare_models"), compared);
            if ((scenario = Scenario::fromJson(json, catalog, &error))) {
                m_notice = asStored
                    ? QCoreApplication::translate("SettingsStore",
                                                  "The model \"%1\" of the last session is no longer available; the "
                                                  "weights are shown in %2 and the other settings are kept.")
                          .arg(modelId, scenario->weightsId.toUpper())
                    : QCoreApplication::translate("SettingsStore",
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
    return m_settings.value(kRecentKey).toStringList().mid(0, kMaxRecent);
}

void SettingsStore::saveRecentFiles(const QStringList &files)
{
    m_settings.setValue(kRecentKey, files.mid(0, kMaxRecent));
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

QString SettingsStore::lastImportFolder() const
{
    const QString folder = m_settings.value(kImportFolderKey).toString();
    return folder.isEmpty() ? lastExportFolder() : folder;
}

void SettingsStore::saveLastImportFolder(const QString &folder)
{
    m_settings.setValue(kImportFolderKey, folder);
}

void SettingsStore::sync()
{
    m_settings.sync();
}
