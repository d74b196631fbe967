// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioFile.h"

#include "ModelLibrary.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)
};
const QString kFormat = QStringLiteral("vram-planner-scenario");
constexpr qint64 kMaxFile = 16 << 20;
} // namespace

bool ScenarioFile::save(const QString &path, const QString &name, const Scenario &scenario, const Catalog &catalog,
                        QString *error)
{
    QJsonArray models;
    QStringList ids = scenario.compareModelIds;
    ids.prepend(scenario.modelId);
    for (const QString &id : ids) {
        const ModelSpec *m = catalog.model(id);
        if (m && !Catalog::builtIn().model(id))
            models.append(ModelLibrary::toJson(*m));
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("scenario"), scenario.toJson()},
                           {QStringLiteral("models"), models}};
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(root).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Text::tr("Cannot save \"%1\": %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<ScenarioFile> ScenarioFile::load(const QString &path, const Catalog &catalog, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<ScenarioFile> {
        *error = Text::tr("Cannot open \"%1\": %2").arg(path, why);
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > kMaxFile)
        return fail(Text::tr("too large for a scenario file"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Text::tr("not valid JSON at byte %1 (%2)").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != kFormat)
        return fail(Text::tr("not a VRAM Planner scenario"));
    const int version = root.value(QLatin1String("version")).toInt(-1);
    if (version > kVersion)
        return fail(Text::tr("written by a newer VRAM Planner (format version %1; this one reads %2)")
                        .arg(version)
                        .arg(kVersion));
    if (version < 1)
        return fail(Text::tr("the format version is missing"));

    ScenarioFile out;
    out.name = root.value(QLatin1String("name")).toString(QFileInfo(path).completeBaseName());
    Catalog withModels = catalog;
    if (!root.value(QLatin1String("models")).toArray().isEmpty()) {
        Catalog embedded;
        const QJsonObject list{{QStringLiteral("models"), root.value(QLatin1String("models"))}};
        if (!embedded.loadModels(QJsonDocument(list).toJson(), path))
            return fail(embedded.error());
        for (const ModelSpec &m : embedded.models()) {
            out.models << m;
            if (!withModels.model(m.id))
                withModels.addModel(m);
        }
    }
    QString problem;
    const auto scenario = Scenario::fromJson(root.value(QLatin1String("scenario")).toObject(), withModels, &problem);
    if (!scenario)
        return fail(problem);
    out.scenario = *scenario;
    return out;
}

} // namespace vram
