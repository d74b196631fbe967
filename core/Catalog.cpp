// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalog.h"
#include "JsonFields.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace vram {

namespace {

// Parses the top level of a catalogue file: an object with an array under `listKey`.
bool readList(const QByteArray &json, const QString &fileName, const char *listKey,
              QJsonArray &list, QString &error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = QCoreApplication::translate("Catalog", "%1: not valid JSON at byte %2: %3")
                    .arg(fileName).arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    const QJsonValue value = doc.object().value(QLatin1String(listKey));
    if (!doc.isObject() || !value.isArray()) {
        error = QCoreApplication::translate("Catalog", "%1: expected an object with a list \"%2\".")
                    .arg(fileName, QLatin1String(listKey));
        return false;
    }
    list = value.toArray();
    return true;
}

QString entryContext(const QString &fileName, qsizetype index, const QJsonObject &entry)
{
    const QString id = entry.value(QLatin1String("id")).toString();
    return id.isEmpty() ? QCoreApplication::translate("Catalog", "%1, entry %2").arg(fileName).arg(index + 1)
                        : QCoreApplication::translate("Catalog", "%1, \"%2\"").arg(fileName, id);
}

int toInt(qint64 value)
{
    // Values beyond int range are reported by validate() as invalid, not wrapped.
    return value > std::numeric_limits<int>::max() || value < std::numeric_limits<int>::min() ? -1 : int(value);
}

bool parseModel(const QJsonObject &entry, const QString &context, ModelSpec &m, QString &error)
{
    JsonFields f(entry, context);
    m.id = f.string("id");
    m.name = f.string("name");
    m.family = f.string("family");
    m.parameters = f.integer("parameters");
    m.nominalParameters = f.integer("nominal_parameters");
    m.activeParameters = f.integer("active_parameters", false);
    m.parametersSource = f.string("parameters_source");
    m.configSource = f.string("config_source");
    m.fileWeightBytes = f.integer("file_weight_bytes", false);
    m.fileWeightType = f.string("file_weight_type", false);
    if (!f.ok()) {
        error = f.error();
        return false;
    }
    if (!entry.value(QLatin1String("config")).isObject()) {
        error = QCoreApplication::translate("Catalog", "%1: field \"config\" must be an object.").arg(context);
        return false;
    }
    JsonFields c(entry.value(QLatin1String("config")).toObject(), context + QLatin1String(" config"));
    m.layers = toInt(c.integer("num_hidden_layers"));
    m.hidden = toInt(c.integer("hidden_size"));
    m.heads = toInt(c.integer("num_attention_heads"));
    m.kvHeads = toInt(c.integer("num_key_value_heads", false, m.heads));
    m.headDimExplicit = c.has("head_dim");
    m.headDim = m.headDimExplicit ? toInt(c.integer("head_dim"))
                                  : (m.heads > 0 ? m.hidden / m.heads : 0);
    m.intermediate = toInt(c.integer("intermediate_size", false));
    m.vocab = toInt(c.integer("vocab_size"));
    m.tiedEmbeddings = c.boolean("tie_word_embeddings", false);
    m.maxContext = toInt(c.integer("max_position_embeddings"));
    m.kvLoraRank = toInt(c.integer("kv_lora_rank", false));
    m.qkRopeHeadDim = toInt(c.integer("qk_rope_head_dim", false));
    m.indexHeadDim = toInt(c.integer("index_head_dim", false));
    m.slidingWindow = toInt(c.integer("sliding_window", false));
    m.globalEvery = toInt(c.integer("global_every", false));
    m.experts = toInt(c.integer("num_experts", false));
    m.expertsPerToken = toInt(c.integer("num_experts_per_tok", false));
    m.chunkSize = toInt(c.integer("attention_chunk_size", false));
    m.convStateElements = c.integer("recurrent_conv_elements", false);
    m.convStateBytes = toInt(c.integer("recurrent_conv_bytes", false, m.convStateBytes));
    m.ssmStateElements = c.integer("recurrent_ssm_elements", false);
    m.ssmStateBytes = toInt(c.integer("recurrent_ssm_bytes", false, m.ssmStateBytes));
    m.recurrentHeads = toInt(c.integer("recurrent_heads", false));
    m.towerParameters = c.integer("tower_parameters", false);
    m.recurrentGroups = toInt(c.integer("recurrent_groups", false));
    m.recurrentStateSize = toInt(c.integer("recurrent_state_size", false));
    m.stateBesideAttention = c.boolean("state_beside_attention", false);
    const QString mixer = c.string("recurrent_mixer", false);
    if (const auto kind = parseRecurrentMixer(mixer)) {
        m.recurrentMixer = *kind;
    } else {
        error = QCoreApplication::translate("Catalog", "%1: \"recurrent_mixer\" is \"%2\", not mamba1, mamba2 or gated_deltanet.")
                    .arg(context, mixer.left(40));
        return false;
    }
    const QJsonValue architectures = entry.value(QLatin1String("config")).toObject().value(QLatin1String("architectures"));
    if (!architectures.isUndefined()) {
        if (!architectures.isArray() || !architectures.toArray().at(0).isString()) {
            error = QCoreApplication::translate("Catalog", "%1: \"architectures\" must be a list of class names.").arg(context);
            return false;
        }
        m.architecture = architectures.toArray().at(0).toString().left(ModelSpec::kMaxNameLength);
    }
    const QJsonValue kinds = entry.value(QLatin1String("config")).toObject().value(QLatin1String("layer_types"));
    if (!kinds.isUndefined()) {
        const QJsonArray list = kinds.toArray();
        for (const QJsonValue &k : list) {
            const auto kind = parseLayerKind(k.toString());
            if (!kind || list.size() > 100000) {
                error = QCoreApplication::translate("Catalog", "%1: \"layer_types\" holds \"%2\", not a known layer type.")
                            .arg(context, k.toString().left(40));
                return false;
            }
            m.layerKinds << *kind;
        }
        if (!kinds.isArray()) {
            error = QCoreApplication::translate("Catalog", "%1: \"layer_types\" must be a list.").arg(context);
            return false;
        }
    }
    if (!c.ok()) {
        error = c.error();
        return false;
    }
    if (const QString problem = m.validate(); !problem.isEmpty()) {
        error = QCoreApplication::translate("Catalog", "%1: %2").arg(context, problem);
        return false;
    }
    return true;
}

bool parseGpu(const QJsonObject &entry, const QString &context, GpuSpec &g, QString &error)
{
    JsonFields f(entry, context);
    g.id = f.string("id");
    g.name = f.string("name");
    g.vendor = f.string("vendor");
    g.memoryBytes = f.integer("memory_bytes");
    // Optional so that a user's own GPU file needs no citation; the built-in ones all have one (tested).
    g.source = f.string("source", false);
    g.cudaTotalBytes = f.integer("cuda_total_bytes", false);
    g.cudaSource = f.string("cuda_source", false);
    g.priceCentsPerHour = f.integer("price_cents_per_hour", false);
    g.priceSource = f.string("price_source", false);
    g.unifiedMemory = f.boolean("unified_memory", false);
    g.vllmBlockTokens = int(f.integer("vllm_block_tokens", false));
    g.pcieOnly = f.boolean("pcie_only", false);
    g.linkSource = f.string("link_source", false);
    const QJsonObject names = entry.value(QLatin1String("names")).toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        if (it.value().isString())
            g.localizedNames.insert(it.key(), it.value().toString());
    if (!f.ok()) {
        error = f.error();
        return false;
    }
    if (const QString problem = g.validate(); !problem.isEmpty()) {
        error = QCoreApplication::translate("Catalog", "%1: %2").arg(context, problem);
        return false;
    }
    return true;
}

bool parseDataType(const QJsonObject &entry, const QString &context, DataType &t, QString &error)
{
    JsonFields f(entry, context);
    t.id = f.string("id");
    t.name = f.string("name");
    const QString kind = f.string("kind");
    t.blockElements = f.integer("block_elements");
    t.blockBytes = f.integer("block_bytes");
    t.forWeights = f.boolean("weights", true);
    t.forKvCache = f.boolean("kv_cache", false);
    t.source = f.string("source");
    if (!f.ok()) {
        error = f.error();
        return false;
    }
    static const QHash<QString, DataType::Kind> kinds = {
        {QStringLiteral("float"), DataType::Kind::Float},
        {QStringLiteral("integer"), DataType::Kind::Integer},
        {QStringLiteral("block"), DataType::Kind::Block},
        {QStringLiteral("mix"), DataType::Kind::Mix},
        {QStringLiteral("file"), DataType::Kind::File},
    };
    if (!kinds.contains(kind)) {
        error = QCoreApplication::translate("Catalog", "%1: field \"kind\" must be float, integer, block, mix or file.").arg(context);
        return false;
    }
    t.kind = kinds.value(kind);
    if (t.blockElements < 1 || t.blockElements > 65536 || t.blockBytes < 1 || t.blockBytes > 65536) {
        error = QCoreApplication::translate("Catalog", "%1: block size out of range.").arg(context);
        return false;
    }
    if ((t.kind == DataType::Kind::Mix || t.kind == DataType::Kind::File) && t.forKvCache) {
        error = QCoreApplication::translate("Catalog", "%1: a file mix cannot be a KV-cache type.").arg(context);
        return false;
    }
    return true;
}

// Parses every entry with `parse`, rejecting duplicates; leaves `out` untouched on error.
template<typename T, typename Parse>
bool loadEntries(const QByteArray &json, const QString &fileName, const char *listKey,
                 Parse parse, QList<T> &out, QString &error)
{
    QJsonArray list;
    if (!readList(json, fileName, listKey, list, error))
        return false;
    QList<T> parsed;
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        const QString context = entryContext(fileName, i, entry);
        if (!list.at(i).isObject()) {
            error = QCoreApplication::translate("Catalog", "%1: each entry must be an object.").arg(context);
            return false;
        }
        T item;
        if (!parse(entry, context, item, error))
            return false;
        if (ids.contains(item.id)) {
            error = QCoreApplication::translate("Catalog", "%1: the id is used twice.").arg(context);
            return false;
        }
        ids.insert(item.id);
        parsed.append(item);
    }
    out = parsed;
    error.clear();
    return true;
}

template<typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    for (const T &item : list)
        if (item.id == id)
            return &item;
    return nullptr;
}

} // namespace

const Catalog &Catalog::builtIn()
{
    static const Catalog catalog = [] {
        Catalog c;
        c.loadBuiltInFile(QStringLiteral(":/data/models.json"), &Catalog::loadModels)
            && c.loadBuiltInFile(QStringLiteral(":/data/gpus.json"), &Catalog::loadGpus)
            && c.loadBuiltInFile(QStringLiteral(":/data/dtypes.json"), &Catalog::loadDataTypes);
        return c;
    }();
    return catalog;
}

bool Catalog::loadBuiltInFile(const QString &path, bool (Catalog::*load)(const QByteArray &, const QString &))
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("Catalog", "Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return (this->*load)(file.readAll(), path);
}

bool Catalog::loadModels(const QByteArray &json, const QString &fileName)
{
    return loadEntries<ModelSpec>(json, fileName, "models", parseModel, m_models, m_error);
}

bool Catalog::loadGpus(const QByteArray &json, const QString &fileName)
{
    return loadEntries<GpuSpec>(json, fileName, "gpus", parseGpu, m_gpus, m_error);
}

bool Catalog::loadDataTypes(const QByteArray &json, const QString &fileName)
{
    return loadEntries<DataType>(json, fileName, "data_types", parseDataType, m_dataTypes, m_error);
}

const ModelSpec *Catalog::model(const QString &id) const
{
    return findById(m_models, id);
}

const GpuSpec *Catalog::gpu(const QString &id) const
{
    return findById(m_gpus, id);
}

const DataType *Catalog::dataType(const QString &id) const
{
    return findById(m_dataTypes, id);
}

void Catalog::addModel(const ModelSpec &model)
{
    m_models.append(model);
}

void Catalog::addGpu(const GpuSpec &gpu)
{
    m_gpus.append(gpu);
}

bool Catalog::setGpuPrice(const QString &id, qint64 centsPerHour, const QString &source)
{
    for (GpuSpec &g : m_gpus)
        if (g.id == id) {
            g.priceCentsPerHour = centsPerHour;
            g.priceSource = source;
            return true;
        }
    return false;
}

} // namespace vram
