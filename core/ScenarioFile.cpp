// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioFile.h"

#include "GpuLibrary.h"
#include "ModelLibrary.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include "UserFile.h"

#include <cmath>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)
};
const QString kFormat = QStringLiteral("vram-planner-scenario");
constexpr qint64 kMaxFile = 16 << 20;
constexpr qsizetype kMaxName = 200;
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
    QJsonArray gpus;
    QStringList embedded;
    for (const GpuConfigRef &ref : scenario.gpus) {
        QStringList ids{ref.gpuId};
        for (const auto &part : ref.more)
            ids << part.first;
        for (const QString &id : ids) {
            const GpuSpec *g = catalog.gpu(id);
            if (g && !Catalog::builtIn().gpu(id) && !embedded.contains(id)) {
                gpus.append(g->toJson());
                embedded << id;
            }
        }
    }
    QJsonObject root{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("version"), kVersion},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("scenario"), scenario.toJson()},
                     {QStringLiteral("models"), models}};
    if (!gpus.isEmpty())
        root.insert(QStringLiteral("gpus"), gpus);
    return UserFile::write(path, QJsonDocument(root).toJson(), error);
}

std::optional<ScenarioFile> ScenarioFile::load(const QString &path, const Catalog &catalog, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<ScenarioFile> {
        *error = Text::tr("Cannot open \"%1\": %2").arg(path, why);
        return std::nullopt;
    };
    QString problem;
    const auto bytes = UserFile::read(path, kMaxFile, &problem);
    if (!bytes)
        return fail(problem);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(Text::tr("not valid JSON at byte %1 (%2)").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != kFormat)
        return fail(Text::tr("not a VRAM Planner scenario"));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.isUndefined())
        return fail(Text::tr("the format version is missing"));
    // A whole number from 1: 2^31 is a newer version, 1.5 or "1" no version at all.
    const double v = version.toDouble(-1);
    if (!version.isDouble() || v < 1 || v != std::floor(v))
        return fail(Text::tr("the format version %1 is not valid (a whole number from 1)")
                        .arg(QString::fromUtf8(QJsonDocument(QJsonArray{version}).toJson(QJsonDocument::Compact))
                                 .mid(1).chopped(1)));
    if (v > kVersion)
        return fail(Text::tr("written by a newer VRAM Planner (format version %1; this one reads %2)")
                        .arg(QString::number(v, 'f', 0))
                        .arg(kVersion));

    ScenarioFile out;
    // Shown in titles and the comparison table: a name, not a page.
    out.name = root.value(QLatin1String("name")).toString(QFileInfo(path).completeBaseName()).left(kMaxName);
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
    if (root.contains(QLatin1String("gpus"))) {
        const QJsonObject list{{QStringLiteral("gpus"), root.value(QLatin1String("gpus"))}};
        const auto gpus = GpuLibrary::parse(QJsonDocument(list).toJson(), path, &problem);
        if (!gpus)
            return fail(problem);
        for (const GpuSpec &g : *gpus) {
            out.gpus << g;
            if (!withModels.gpu(g.id))
                withModels.addGpu(g);
        }
    }
    const auto scenario = Scenario::fromJson(root.value(QLatin1String("scenario")).toObject(), withModels, &problem);
    if (!scenario)
        return fail(problem);
    out.scenario = *scenario;
    return out;
}

} // namespace vram
