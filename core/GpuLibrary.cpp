// SPDX-License-Identifier: GPL-3.0-or-later
#include "GpuLibrary.h"

#include "JsonFields.h"
#include "UserFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(GpuLibrary)
};
// A GPU list is a few kilobytes; anything near this is not one.
constexpr qint64 kMaxGpuFile = 4 << 20;
constexpr int kMaxUserGpus = 1000;
} // namespace

GpuLibrary::GpuLibrary(QString path)
    : m_path(std::move(path))
{
}

QString GpuLibrary::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/user-gpus.json");
}

std::optional<QList<GpuSpec>> GpuLibrary::parse(const QByteArray &json, const QString &fileName, QString *error)
{
    Catalog parsed;
    if (!parsed.loadGpus(json, fileName)) {
        *error = parsed.error();
        return std::nullopt;
    }
    if (parsed.gpus().size() > kMaxUserGpus) {
        *error = Text::tr("%1: more than %2 GPUs.").arg(fileName).arg(kMaxUserGpus);
        return std::nullopt;
    }
    QList<GpuSpec> gpus = parsed.gpus();
    for (GpuSpec &g : gpus) {
        g.userDefined = true;
        g.name = g.name.left(ModelSpec::kMaxNameLength);
        if (g.name.trimmed().isEmpty()) {
            *error = Text::tr("%1, \"%2\": the name is empty.").arg(fileName, g.id);
            return std::nullopt;
        }
    }
    return gpus;
}

std::optional<QList<GpuSpec>> GpuLibrary::readFile(const QString &path, QString *error)
{
    QString problem;
    const auto bytes = UserFile::read(path, kMaxGpuFile, &problem);
    if (!bytes) {
        *error = Text::tr("Cannot read the GPU file %1: %2").arg(path, problem);
        return std::nullopt;
    }
    return parse(*bytes, path, error);
}

bool GpuLibrary::load(QString *error)
{
    m_gpus.clear();
    m_prices.clear();
    if (!QFileInfo(m_path).isSymLink() && !QFileInfo::exists(m_path))
        return true;
    QString problem;
    const auto bytes = UserFile::read(m_path, kMaxGpuFile, &problem);
    if (!bytes) {
        *error = Text::tr("Cannot read your GPU list %1: %2").arg(m_path, problem);
        return false;
    }
    const auto gpus = parse(*bytes, m_path, error);
    if (!gpus)
        return false;
    QHash<QString, qint64> prices;
    const QJsonArray overrides = QJsonDocument::fromJson(*bytes).object().value(QLatin1String("price_overrides")).toArray();
    for (const QJsonValue &v : overrides) {
        JsonFields f(v.toObject(), Text::tr("%1, price override").arg(m_path));
        const QString id = f.string("id");
        const qint64 cents = f.integer("price_cents_per_hour");
        if (f.ok() && (cents <= 0 || cents > GpuSpec::kMaxPriceCents))
            *error = Text::tr("%1: the price for \"%2\" is not between 1 cent and $10,000 an hour.").arg(m_path, id);
        else if (!f.ok())
            *error = f.error();
        if (!error->isEmpty())
            return false;
        prices.insert(id, cents);
    }
    m_gpus = *gpus;
    m_prices = prices;
    return true;
}

bool GpuLibrary::save(QString *error) const
{
    QJsonArray list;
    for (const GpuSpec &g : m_gpus)
        list.append(g.toJson());
    QJsonArray prices;
    QStringList ids = m_prices.keys();
    ids.sort(); // a stable file: the same library always writes the same bytes
    for (const QString &id : ids)
        prices.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("price_cents_per_hour"), m_prices.value(id)}});
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("vram-planner-gpus")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("gpus"), list},
                           {QStringLiteral("price_overrides"), prices}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return UserFile::write(m_path, QJsonDocument(root).toJson(), error);
}

bool GpuLibrary::put(GpuSpec gpu, const Catalog &builtIn, QString *error)
{
    gpu.userDefined = true;
    if (const QString problem = gpu.validate(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (gpu.name.trimmed().isEmpty()) {
        *error = Text::tr("A GPU needs a name.");
        return false;
    }
    if (builtIn.gpu(gpu.id)) {
        *error = Text::tr("\"%1\" is a built-in GPU; give yours another id, or set only its price.").arg(gpu.id);
        return false;
    }
    for (GpuSpec &g : m_gpus)
        if (g.id == gpu.id) {
            g = gpu;
            return true;
        }
    if (m_gpus.size() >= kMaxUserGpus) {
        *error = Text::tr("You already have %1 GPUs of your own.").arg(kMaxUserGpus);
        return false;
    }
    m_gpus.append(gpu);
    return true;
}

bool GpuLibrary::remove(const QString &id)
{
    m_prices.remove(id);
    return m_gpus.removeIf([&](const GpuSpec &g) { return g.id == id; }) > 0;
}

void GpuLibrary::setPrice(const QString &id, qint64 usdCentsPerHour)
{
    if (usdCentsPerHour > 0)
        m_prices.insert(id, usdCentsPerHour);
    else
        m_prices.remove(id);
}

void GpuLibrary::applyTo(Catalog &catalog) const
{
    for (const GpuSpec &g : m_gpus)
        if (!catalog.gpu(g.id))
            catalog.addGpu(g);
    for (auto it = m_prices.begin(); it != m_prices.end(); ++it)
        catalog.setGpuPrice(it.key(), it.value(), Text::tr("your price"));
}

QString GpuLibrary::idFromName(const QString &name)
{
    QString id = name.toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    id = id.mid(id.startsWith(QLatin1Char('-')) ? 1 : 0);
    if (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("my-gpu") : id.left(64);
}

} // namespace vram
