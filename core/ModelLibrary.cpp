// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelLibrary.h"

#include "Catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include "UserFile.h"
#include <QStandardPaths>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ModelLibrary)
};
constexpr qint64 kMaxLibraryFile = 64 << 20;
} // namespace

ModelLibrary::ModelLibrary(QString path)
    : m_path(std::move(path))
{
}

QString ModelLibrary::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/imported-models.json");
}

bool ModelLibrary::load(QString *error)
{
    if (!QFileInfo(m_path).isSymLink() && !QFileInfo::exists(m_path)) {
        m_models.clear();
        return true;
    }
    QString problem;
    const auto bytes = UserFile::read(m_path, kMaxLibraryFile, &problem);
    if (!bytes) {
        *error = Text::tr("Cannot read the model library %1: %2").arg(m_path, problem);
        return false;
    }
    Catalog parsed;
    if (!parsed.loadModels(*bytes, m_path)) {
        *error = parsed.error();
        return false;
    }
    m_models = parsed.models();
    return true;
}

bool ModelLibrary::save(QString *error) const
{
    QJsonArray list;
    for (const ModelSpec &m : m_models)
        list.append(toJson(m));
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("vram-planner-imported-models")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("models"), list}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return UserFile::write(m_path, QJsonDocument(root).toJson(), error);
}

QString ModelLibrary::add(ModelSpec model, const QStringList &reserved)
{
    const QString base = model.id;
    QString id = base;
    const auto taken = [&](const QString &candidate) {
        if (reserved.contains(candidate))
            return true;
        for (const ModelSpec &m : m_models)
            if (m.id == candidate)
                return true;
        return false;
    };
    for (int n = 2; taken(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    model.id = id;
    m_models.append(model);
    return id;
}

bool ModelLibrary::rename(const QString &id, const QString &name)
{
    for (ModelSpec &m : m_models)
        if (m.id == id && !name.trimmed().isEmpty()) {
            m.name = name.trimmed();
            return true;
        }
    return false;
}

bool ModelLibrary::remove(const QString &id)
{
    return m_models.removeIf([&id](const ModelSpec &m) { return m.id == id; }) > 0;
}

QJsonObject ModelLibrary::toJson(const ModelSpec &m)
{
    QJsonObject config{{QStringLiteral("num_hidden_layers"), m.layers},
                       {QStringLiteral("hidden_size"), m.hidden},
                       {QStringLiteral("num_attention_heads"), m.heads},
                       {QStringLiteral("num_key_value_heads"), m.kvHeads},
                       {QStringLiteral("intermediate_size"), m.intermediate},
                       {QStringLiteral("vocab_size"), m.vocab},
                       {QStringLiteral("tie_word_embeddings"), m.tiedEmbeddings},
                       {QStringLiteral("max_position_embeddings"), m.maxContext}};
    if (m.headDimExplicit)
        config.insert(QStringLiteral("head_dim"), m.headDim);
    const auto optional = [&config](const char *key, int value) {
        if (value > 0)
            config.insert(QLatin1String(key), value);
    };
    if (!m.architecture.isEmpty())
        config.insert(QStringLiteral("architectures"), QJsonArray{m.architecture});
    optional("kv_lora_rank", m.kvLoraRank);
    optional("qk_rope_head_dim", m.qkRopeHeadDim);
    optional("index_head_dim", m.indexHeadDim);
    if (m.towerParameters > 0)
        config.insert(QStringLiteral("tower_parameters"), m.towerParameters);
    optional("sliding_window", m.slidingWindow);
    optional("global_every", m.globalEvery);
    optional("num_experts", m.experts);
    optional("num_experts_per_tok", m.expertsPerToken);
    optional("attention_chunk_size", m.chunkSize);
    if (!m.layerKinds.isEmpty()) {
        QJsonArray kinds;
        for (LayerKind k : m.layerKinds)
            kinds.append(layerKindId(k));
        config.insert(QStringLiteral("layer_types"), kinds);
    }
    if (m.hasRecurrentLayers()) {
        config.insert(QStringLiteral("recurrent_conv_elements"), m.convStateElements);
        config.insert(QStringLiteral("recurrent_conv_bytes"), m.convStateBytes);
        config.insert(QStringLiteral("recurrent_ssm_elements"), m.ssmStateElements);
        config.insert(QStringLiteral("recurrent_ssm_bytes"), m.ssmStateBytes);
        if (m.recurrentHeads > 0)
            config.insert(QStringLiteral("recurrent_heads"), m.recurrentHeads);
        if (m.recurrentGroups > 0)
            config.insert(QStringLiteral("recurrent_groups"), m.recurrentGroups);
        if (m.recurrentStateSize > 0)
            config.insert(QStringLiteral("recurrent_state_size"), m.recurrentStateSize);
        if (m.stateBesideAttention)
            config.insert(QStringLiteral("state_beside_attention"), true);
        if (m.recurrentMixer != RecurrentMixer::None)
            config.insert(QStringLiteral("recurrent_mixer"), recurrentMixerId(m.recurrentMixer));
    }
    QJsonObject o{{QStringLiteral("id"), m.id},
                  {QStringLiteral("name"), m.name},
                  {QStringLiteral("family"), m.family},
                  {QStringLiteral("parameters"), m.parameters},
                  {QStringLiteral("nominal_parameters"), m.nominalParameters},
                  {QStringLiteral("parameters_source"), m.parametersSource},
                  {QStringLiteral("config_source"), m.configSource},
                  {QStringLiteral("config"), config}};
    if (m.fileWeightBytes > 0) {
        o.insert(QStringLiteral("file_weight_bytes"), m.fileWeightBytes);
        o.insert(QStringLiteral("file_weight_type"), m.fileWeightType);
    }
    return o;
}

} // namespace vram
