// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalibrationLibrary.h"

#include "UserFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CalibrationLibrary)
};
constexpr qint64 kMaxFile = 4 << 20;
constexpr int kMaxProfiles = 1000;
const QString kFormat = QStringLiteral("vram-planner-calibrations");
} // namespace

CalibrationLibrary::CalibrationLibrary(QString path)
    : m_path(std::move(path))
{
}

QString CalibrationLibrary::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/calibration-profiles.json");
}

bool CalibrationLibrary::load(QString *error)
{
    m_profiles.clear();
    if (!QFileInfo(m_path).isSymLink() && !QFileInfo::exists(m_path))
        return true;
    QString problem;
    const auto bytes = UserFile::read(m_path, kMaxFile, &problem);
    if (!bytes) {
        *error = Text::tr("Cannot read the calibration profiles %1: %2").arg(m_path, problem);
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(*bytes).object();
    const QJsonValue list = root.value(QLatin1String("profiles"));
    if (root.value(QLatin1String("format")).toString() != kFormat || !list.isArray() || list.toArray().size() > kMaxProfiles) {
        *error = Text::tr("%1 is not a list of calibration profiles.").arg(m_path);
        return false;
    }
    QList<CalibrationProfile> profiles;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        CalibrationProfile p{o.value(QLatin1String("name")).toString().left(200), o.value(QLatin1String("engine")).toString(),
                             o.value(QLatin1String("version")).toString().left(100),
                             o.value(QLatin1String("gpu")).toString().left(100), {}};
        const auto cal = Calibration::fromJson(o.value(QLatin1String("calibration")).toObject(), &problem);
        if (p.name.trimmed().isEmpty() || !parseMethod(p.engine) || !cal) {
            *error = Text::tr("%1: the profile \"%2\" is damaged%3").arg(m_path, p.name, cal ? QString() : QStringLiteral(": ") + problem);
            return false;
        }
        p.calibration = *cal;
        p.calibration.name = p.name;
        profiles << p;
    }
    m_profiles = profiles;
    return true;
}

bool CalibrationLibrary::save(QString *error) const
{
    QJsonArray list;
    for (const CalibrationProfile &p : m_profiles)
        list.append(QJsonObject{{QStringLiteral("name"), p.name},
                                {QStringLiteral("engine"), p.engine},
                                {QStringLiteral("version"), p.version},
                                {QStringLiteral("gpu"), p.gpuId},
                                {QStringLiteral("calibration"), p.calibration.toJson()}});
    const QJsonObject root{{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), 1}, {QStringLiteral("profiles"), list}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return UserFile::write(m_path, QJsonDocument(root).toJson(), error);
}

const CalibrationProfile *CalibrationLibrary::find(const QString &name) const
{
    for (const CalibrationProfile &p : m_profiles)
        if (p.name == name)
            return &p;
    return nullptr;
}

void CalibrationLibrary::put(CalibrationProfile profile)
{
    profile.calibration.name = profile.name;
    for (CalibrationProfile &p : m_profiles)
        if (p.name == profile.name) {
            p = profile;
            return;
        }
    if (m_profiles.size() < kMaxProfiles)
        m_profiles.append(profile);
}

bool CalibrationLibrary::rename(const QString &from, const QString &to, QString *error)
{
    const QString name = to.trimmed().left(200);
    if (name.isEmpty() || find(name)) {
        *error = name.isEmpty() ? Text::tr("A profile needs a name.") : Text::tr("A profile \"%1\" exists already.").arg(name);
        return false;
    }
    for (CalibrationProfile &p : m_profiles)
        if (p.name == from) {
            p.name = name;
            p.calibration.name = name;
            return true;
        }
    *error = Text::tr("There is no profile \"%1\".").arg(from);
    return false;
}

bool CalibrationLibrary::remove(const QString &name)
{
    return m_profiles.removeIf([&](const CalibrationProfile &p) { return p.name == name; }) > 0;
}

} // namespace vram
