// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelImporter.h"

#include "ByteUnit.h"
#include "GgufReader.h"
#include "HfConfig.h"
#include "JsonFields.h"
#include "SafetensorsReader.h"
#include "UserFile.h"
#include "WideInt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ModelImporter)
};

constexpr qint64 kMaxJsonFile = 16 << 20; // a config.json or safetensors index is a few KB
// All safetensors headers of one model together (each is at most SafetensorsReader's 16 MiB).
// An entry takes about 150 bytes per tensor, so this is room for some 400,000 tensors.
constexpr qint64 kMaxHeaderBytesTotal = qint64(64) << 20;
// No published checkpoint comes near 2^50 bytes (1 PiB); a total past it is a damaged index.
constexpr qint64 kMaxIndexTotalSize = qint64(1) << 50;
// general.architecture of a multimodal projector file (llama.cpp's clip.cpp).
const QLatin1String kProjectorArchitecture("clip");

QString inFile(const QString &path, const QString &message)
{
    return Text::tr("%1: %2").arg(QDir::toNativeSeparators(path), message);
}

std::optional<QByteArray> readSmallFile(const QString &path, QString *error)
{
    QString problem;
    auto bytes = UserFile::read(path, kMaxJsonFile, &problem);
    if (!bytes)
        *error = inFile(path, problem);
    return bytes;
}

QString slug(const QString &name)
{
    QString s = name.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9.]+")), QStringLiteral("-"));
    s.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return QStringLiteral("imported-") + (s.isEmpty() ? QStringLiteral("model") : s.left(60));
}

void name(ModelSpec &m, const QString &displayName, const QString &source)
{
    // general.name or a folder name can be any length; lists and titles need a name, not a page.
    m.name = displayName.size() > ModelSpec::kMaxNameLength ? displayName.left(ModelSpec::kMaxNameLength - 1) + QChar(0x2026)
                                                            : displayName;
    m.id = slug(displayName);
    m.family = QStringLiteral("Imported");
    m.configSource = QDir::toNativeSeparators(source);
}

// "-00001-of-00003.gguf" → every shard's path, or just `path` for a single file.
QStringList ggufShards(const QString &path, QString *error)
{
    static const QRegularExpression split(QStringLiteral("^(.*)-(\\d{5})-of-(\\d{5})\\.gguf$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = split.match(path);
    if (!m.hasMatch())
        return {path};
    const int count = m.captured(3).toInt();
    if (count < 1 || count > 9999) {
        *error = inFile(path, Text::tr("invalid split count %1").arg(count));
        return {};
    }
    QStringList shards;
    for (int i = 1; i <= count; ++i) {
        const QString shard = QStringLiteral("%1-%2-of-%3.gguf")
                                  .arg(m.captured(1))
                                  .arg(i, 5, 10, QLatin1Char('0'))
                                  .arg(m.captured(3));
        if (!QFileInfo::exists(shard)) {
            *error = inFile(shard, Text::tr("split file %1 of %2 is missing").arg(i).arg(count));
            return {};
        }
        shards << shard;
    }
    return shards;
}

std::optional<GgufFile> readGguf(const QString &path, QString *error)
{
    QFile file(path);
    QString problem;
    if (!UserFile::open(file, &problem)) {
        *error = inFile(path, problem);
        return std::nullopt;
    }
    auto gguf = GgufReader::read(&file, file.size(), &problem);
    if (!gguf)
        *error = inFile(path, problem);
    return gguf;
}

// A description of the dtypes that hold the weights: "BF16", "F8_E4M3 + BF16".
QString dtypeMix(const QHash<QString, qint64> &bytes)
{
    QList<QPair<qint64, QString>> byShare;
    for (auto it = bytes.begin(); it != bytes.end(); ++it)
        byShare.append({it.value(), it.key()});
    std::sort(byShare.begin(), byShare.end(), std::greater<>());
    QStringList names;
    for (const auto &[b, n] : byShare)
        names << n;
    return names.join(QLatin1String(" + "));
}
} // namespace

std::optional<ModelSpec> ModelImporter::importPath(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.isDir()) {
        if (const QString problem = UserFile::readProblem(path); !problem.isEmpty()) {
            *error = inFile(path, problem);
            return std::nullopt;
        }
    }
    if (info.isDir())
        return importFolder(path, error);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("gguf"))
        return importGguf(path, error);
    if (suffix == QLatin1String("safetensors") || info.fileName() == QLatin1String("model.safetensors.index.json"))
        return importFolder(info.absolutePath(), error);
    if (suffix == QLatin1String("json"))
        return importConfig(path, error);
    *error = inFile(path, Text::tr("not a config.json, .safetensors or .gguf file"));
    return std::nullopt;
}

std::optional<ModelSpec> ModelImporter::importConfig(const QString &configPath, QString *error, QJsonObject *config)
{
    const auto json = readSmallFile(configPath, error);
    if (!json)
        return std::nullopt;
    QString problem;
    auto model = HfConfig::parse(*json, &problem);
    if (!model) {
        *error = inFile(configPath, problem);
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(HfConfig::quotePythonConstants(*json)).object();
    QString display = o.value(QLatin1String("_name_or_path")).toString().section(QLatin1Char('/'), -1);
    if (display.isEmpty())
        display = QFileInfo(configPath).absoluteDir().dirName();
    name(*model, display, configPath);
    model->parametersSource = Text::tr("computed from config.json (embeddings, attention, MLP or experts, norms, output head)");
    // A vision tower the planner knows (Gemma 3's SigLIP) is counted from the config; another, or an
    // audio tower, is not: the model folder's safetensors are.
    if (model->towerParameters > 0 && !o.contains(QLatin1String("audio_config")))
        model->parametersSource = Text::tr("computed from config.json: the language model and its vision tower with the "
                                           "projector (%1 parameters)").arg(formatCount(model->towerParameters, QLocale()));
    else if (o.contains(QLatin1String("vision_config")) || o.contains(QLatin1String("audio_config")))
        model->parametersSource = Text::tr("computed from config.json for the language model only; the vision or audio "
                                           "tower is not counted (import the model folder to count every weight)");
    if (config)
        *config = o;
    return model;
}

std::optional<ModelSpec> ModelImporter::importFolder(const QString &folder, QString *error)
{
    const QDir dir(folder);
    if (!dir.exists(QStringLiteral("config.json"))) {
        *error = inFile(folder, Text::tr("a model folder needs a config.json"));
        return std::nullopt;
    }
    QJsonObject config;
    auto model = importConfig(dir.filePath(QStringLiteral("config.json")), error, &config);
    if (!model)
        return std::nullopt;
    name(*model, dir.dirName(), folder);

    // The shards: those the index names, else every *.safetensors in the folder.
    QStringList shards;
    std::optional<qint64> indexTotal;
    QString indexPath;
    if (dir.exists(QStringLiteral("model.safetensors.index.json"))) {
        indexPath = dir.filePath(QStringLiteral("model.safetensors.index.json"));
        const auto index = readSmallFile(indexPath, error);
        if (!index)
            return std::nullopt;
        const QJsonObject indexObject = QJsonDocument::fromJson(*index).object();
        const QJsonObject map = indexObject.value(QLatin1String("weight_map")).toObject();
        if (map.isEmpty()) {
            *error = inFile(indexPath, Text::tr("has no \"weight_map\""));
            return std::nullopt;
        }
        // metadata.total_size: the bytes of every tensor the shards hold, as published — the weights'
        // truth when only config.json and the index have been downloaded.
        const QJsonObject metadata = indexObject.value(QLatin1String("metadata")).toObject();
        if (metadata.contains(QLatin1String("total_size"))) {
            qint64 total = 0;
            if (!readWholeNumber(metadata.value(QLatin1String("total_size")), 1, kMaxIndexTotalSize, total)) {
                *error = inFile(indexPath, Text::tr("field \"total_size\" is not a whole number of bytes from 1 to %1")
                                               .arg(formatExactBytes(kMaxIndexTotalSize, QLocale())));
                return std::nullopt;
            }
            indexTotal = total;
        }
        QSet<QString> seen;
        for (const QJsonValue &v : map) {
            const QString shard = v.toString();
            if (shard.isEmpty() || shard.contains(QLatin1Char('/')) || shard.contains(QLatin1Char('\\'))) {
                *error = inFile(indexPath, Text::tr("names an invalid shard \"%1\"").arg(shard));
                return std::nullopt;
            }
            if (!seen.contains(shard)) {
                seen.insert(shard);
                shards << dir.filePath(shard);
            }
        }
    } else {
        // System entries too (FIFOs, devices): refused by name below rather than skipped unseen.
        for (const QString &f : dir.entryList({QStringLiteral("*.safetensors")}, QDir::Files | QDir::System, QDir::Name))
            shards << dir.filePath(f);
    }
    if (shards.isEmpty())
        return model; // config.json alone: the computed count stands
    // config.json and the index without the shards: the index's total stands for the weights' bytes;
    // the parameters stay the count computed from config.json.
    if (indexTotal && std::none_of(shards.cbegin(), shards.cend(), [](const QString &f) { return QFileInfo::exists(f); })) {
        model->fileWeightBytes = *indexTotal;
        model->fileWeightType = Text::tr("as published (safetensors index)");
        model->parametersSource += Text::tr("; weights as stored: the safetensors index's total_size, every tensor it "
                                            "lists (multi-token-prediction layers included where the checkpoint has them)");
        if (const QString problem = model->validate(); !problem.isEmpty()) {
            *error = inFile(indexPath, problem);
            return std::nullopt;
        }
        return model;
    }

    qint64 parameters = 0;
    QHash<QString, qint64> bytes;
    qint64 total = 0;
    qint64 headerBytes = 0;
    for (const QString &shard : shards) {
        QFile file(shard);
        QString problem;
        if (!UserFile::open(file, &problem)) {
            *error = inFile(shard, problem);
            return std::nullopt;
        }
        const auto header = SafetensorsReader::read(&file, file.size(), &problem);
        if (!header) {
            *error = inFile(shard, problem);
            return std::nullopt;
        }
        // Headers are read whole and parsed as JSON: bound their sum as well as each.
        headerBytes += header->headerBytes;
        if (headerBytes > kMaxHeaderBytesTotal) {
            *error = inFile(shard, Text::tr("the safetensors headers take more than %1 together, far more than any model's")
                                       .arg(formatExactBytes(kMaxHeaderBytesTotal, QLocale())));
            return std::nullopt;
        }
        parameters += header->parameterCount;
        total += header->totalBytes;
        for (auto it = header->bytesPerDtype.begin(); it != header->bytesPerDtype.end(); ++it)
            bytes[it.key()] += it.value();
    }
    model->fileWeightBytes = total;
    model->fileWeightType = dtypeMix(bytes);
    if (config.contains(QLatin1String("quantization_config"))) {
        // Packed integers and scales are not parameters: the count stays the config's, the bytes are the files'.
        model->parametersSource += Text::tr("; weights as stored: safetensors headers of %n file(s)", nullptr, int(shards.size()));
    } else {
        model->parameters = model->nominalParameters = parameters;
        model->parametersSource = Text::tr("safetensors headers of %n file(s)", nullptr, int(shards.size()));
    }
    if (const QString problem = model->validate(); !problem.isEmpty()) {
        *error = inFile(folder, problem);
        return std::nullopt;
    }
    return model;
}

// A per-layer GGUF value (head_count_kv, feed_forward_length): the array's element, or the scalar.
static qint64 perLayer(const GgufFile &g, const QString &key, int il)
{
    const QVariant v = g.metadata.value(key);
    if (v.typeId() == QMetaType::QVariantList)
        return v.toList().value(il).toLongLong();
    return v.toLongLong();
}

// Hybrid models' recurrent layers and their state per sequence, as llama.cpp reads them from the
// header (llama-model.cpp): Gated DeltaNet in every layer but each full_attention_interval-th (Qwen3-Next,
// Qwen3.5), Mamba-2 where head_count_kv is 0 (Granite-4.0-H; Nemotron-H's layers without attention
// and without an MLP), Mamba-1 where head_count_kv is 0 (Jamba), Mamba-2 beside attention in every layer
// (Falcon-H1). The state's own type is not in the file: it is taken as 16-bit here (llama.cpp itself
// keeps it in F32, which its method charges).
static bool readGgufRecurrentLayers(const GgufFile &g, const QString &arch, ModelSpec &m, QString *error)
{
    const auto key = [&arch](const char *k) { return arch + QLatin1Char('.') + QLatin1String(k); };
    const auto value = [&](const char *k) { return g.integer(key(k)).value_or(0); };
    const qint64 kernel = value("ssm.conv_kernel"), inner = value("ssm.inner_size"), state = value("ssm.state_size");
    const qint64 heads = value("ssm.time_step_rank"), groups = value("ssm.group_count");
    const bool gdn = arch == QLatin1String("qwen3next") || arch.startsWith(QLatin1String("qwen35"));
    const bool beside = arch == QLatin1String("falcon-h1"); // attention and Mamba-2 side by side in every layer
    const bool mamba2 = arch.startsWith(QLatin1String("nemotron_h")) || arch == QLatin1String("granitehybrid") || beside;
    const bool mamba1 = arch == QLatin1String("jamba");
    const qint64 limit = ModelSpec::kMaxCount;
    if (!gdn && !mamba2 && !mamba1) {
        *error = Text::tr("architecture \"%1\" has recurrent (SSM) layers of a kind the planner does not read from GGUF "
                          "yet; import the model's config.json instead")
                     .arg(arch);
        return false;
    }
    if (kernel < 2 || kernel > 64 || inner <= 0 || inner > limit || state <= 0 || state > limit
        || (!mamba1 && (heads <= 0 || heads > limit || groups <= 0 || groups > limit))) {
        *error = Text::tr("architecture \"%1\": the ssm.* sizes (conv_kernel, inner_size, state_size, time_step_rank, "
                          "group_count) are missing or invalid")
                     .arg(arch);
        return false;
    }
    // Qwen3.5's multi-token-prediction block sits past the trunk and keeps no cache.
    m.layers -= int(std::clamp<qint64>(value("nextn_predict_layers"), 0, m.layers - 1));
    const qint64 interval = std::clamp<qint64>(g.integer(key("full_attention_interval")).value_or(4), 1, m.layers);
    m.layerKinds.clear();
    for (int il = 0; il < m.layers; ++il) {
        const qint64 kvHeads = perLayer(g, key("attention.head_count_kv"), il);
        if (gdn)
            m.layerKinds << ((il + 1) % interval != 0 ? LayerKind::Recurrent : LayerKind::Full);
        else if (kvHeads > 0 || beside)
            m.layerKinds << LayerKind::Full;
        else if (mamba2 && perLayer(g, key("feed_forward_length"), il) > 0)
            m.layerKinds << LayerKind::Feedforward;
        else
            m.layerKinds << LayerKind::Recurrent;
    }
    // Worked in 128 bits: an absurd size must reach validate()'s range check, not wrap.
    const auto elements = [](Wide v) { return v > Wide(1) << 31 ? qint64(1) << 31 : qint64(v); };
    m.convStateElements = elements(Wide(kernel - 1) * (mamba1 ? Wide(inner) : Wide(inner) + 2 * Wide(groups) * state));
    m.ssmStateElements = elements(Wide(inner) * state);
    m.recurrentMixer = gdn ? RecurrentMixer::GatedDeltaNet : mamba2 ? RecurrentMixer::Mamba2 : RecurrentMixer::Mamba1;
    if (mamba2)
        m.recurrentStateSize = int(state);
    m.stateBesideAttention = beside;
    m.recurrentHeads = int(mamba1 ? inner : heads);
    m.recurrentGroups = int(mamba1 ? inner : groups);
    m.convStateBytes = 2;
    m.ssmStateBytes = 2;
    return true;
}

// What the tensor table holds: its elements and their bytes, each tensor's shape checked against its type.
struct TensorTotals {
    qint64 parameters = 0;
    qint64 bytes = 0;
};

static std::optional<TensorTotals> tensorTotals(const QList<GgufTensor> &tensors, const QString &path, QString *error)
{
    Wide parameters = 0;
    Wide bytes = 0;
    for (const GgufTensor &t : tensors) {
        const GgmlType *type = ggmlType(t.type);
        Wide rows = 1;
        for (qsizetype d = 1; d < t.dims.size(); ++d) {
            rows *= t.dims.at(d);
            if (rows > Wide(kMaxBytes))
                break;
        }
        const quint64 ne0 = t.dims.first();
        if (rows > Wide(kMaxBytes) || ne0 > quint64(kMaxBytes) || ne0 % type->blockElements != 0) {
            *error = inFile(path, Text::tr("tensor \"%1\" has an invalid shape for %2").arg(t.name, QLatin1String(type->name)));
            return std::nullopt;
        }
        parameters += Wide(ne0) * rows;
        bytes += Wide(ne0 / type->blockElements) * type->blockBytes * rows;
        if (parameters > Wide(kMaxBytes) || bytes > Wide(kMaxBytes)) {
            *error = inFile(path, Text::tr("with tensor \"%1\" the sizes add up to more than 2^63").arg(t.name));
            return std::nullopt;
        }
    }
    return TensorTotals{qint64(parameters), qint64(bytes)};
}

// A vision model's GGUF comes with its vision tower and projector in a file of its own ("mmproj-F16.gguf"),
// which llama.cpp loads with --mmproj and keeps on the GPU by default. One such file beside the model is
// counted as its tower; several (one a precision, as repositories publish them) are named, not guessed among.
static bool addProjectorBeside(ModelSpec &m, const QString &modelPath, QString *error)
{
    const QFileInfo model(modelPath);
    QStringList found;
    const QFileInfoList beside = model.absoluteDir().entryInfoList({QStringLiteral("*mmproj*.gguf")},
                                                                   QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &f : beside)
        if (f.absoluteFilePath() != model.absoluteFilePath())
            found << f.absoluteFilePath();
    if (found.isEmpty())
        return true;
    if (found.size() > 1) {
        QStringList names;
        for (const QString &f : found)
            names << QFileInfo(f).fileName();
        m.parametersSource += QLatin1String("; ")
                              + Text::tr("%1 projector files beside it (%2): none is counted; keep the one you load "
                                         "with --mmproj beside the model to count it")
                                    .arg(found.size())
                                    .arg(names.join(QLatin1String(", ")));
        return true;
    }
    const auto projector = readGguf(found.first(), error);
    if (!projector)
        return false;
    if (projector->architecture() != kProjectorArchitecture)
        return true; // a file named so that is not a projector is not one
    const auto totals = tensorTotals(projector->tensors, found.first(), error);
    if (!totals)
        return false;
    // Both sums are checked by validate() once they are made; they must not wrap before.
    if (totals->parameters > kMaxBytes - m.parameters || totals->bytes > kMaxBytes - m.fileWeightBytes) {
        *error = inFile(found.first(), Text::tr("the projector and the model together are larger than any model"));
        return false;
    }
    m.parameters += totals->parameters;
    m.nominalParameters = m.parameters;
    m.towerParameters = totals->parameters;
    m.fileWeightBytes += totals->bytes;
    m.parametersSource += QLatin1String("; ")
                          + Text::tr("with the vision tower and projector in %1 beside it (%2 parameters, %3), which "
                                     "llama.cpp loads with --mmproj")
                                .arg(QFileInfo(found.first()).fileName(), formatCount(totals->parameters, QLocale()),
                                     formatExactBytes(totals->bytes, QLocale()));
    return true;
}

std::optional<ModelSpec> ModelImporter::importGguf(const QString &path, QString *error)
{
    const QStringList shards = ggufShards(path, error);
    if (shards.isEmpty())
        return std::nullopt;
    auto first = readGguf(shards.first(), error);
    if (!first)
        return std::nullopt;
    QList<GgufTensor> tensors = first->tensors;
    for (const QString &shard : shards.mid(1)) {
        const auto more = readGguf(shard, error);
        if (!more)
            return std::nullopt;
        tensors += more->tensors;
        if (quint64(tensors.size()) > GgufReader::kMaxTensors) {
            *error = inFile(shard, Text::tr("the split files hold more than %1 tensors together, far more than any model")
                                       .arg(formatCount(qint64(GgufReader::kMaxTensors), QLocale())));
            return std::nullopt;
        }
    }

    const GgufFile &g = *first;
    const QString arch = g.architecture();
    const auto key = [&arch](const char *k) { return arch + QLatin1Char('.') + QLatin1String(k); };
    const auto need = [&](const char *k) -> qint64 {
        const auto v = g.integer(key(k));
        return v && *v > 0 && *v <= ModelSpec::kMaxCount ? *v : -1;
    };
    // A count that is present must fit what it is used as: 2^32 + 2 KV heads is not 2.
    QString outOfRange;
    const auto count = [&](const char *k, qint64 fallback, qint64 lowest = 0) -> int {
        const auto v = g.integer(key(k));
        if (!v && g.metadata.contains(key(k))) {
            // A float, a string or a 64-bit value past 2^63 is not a count, and not absent either.
            if (outOfRange.isEmpty())
                outOfRange = Text::tr("%1 is %2, not a whole number from %3 to %4")
                                 .arg(key(k), g.metadata.value(key(k)).toString())
                                 .arg(lowest)
                                 .arg(ModelSpec::kMaxCount);
            return 0;
        }
        if (!v)
            return int(fallback);
        if (*v < lowest || *v > ModelSpec::kMaxCount) {
            if (outOfRange.isEmpty())
                outOfRange = Text::tr("%1 is %2, outside %3 to %4").arg(key(k)).arg(*v).arg(lowest).arg(ModelSpec::kMaxCount);
            return 0;
        }
        return int(*v);
    };
    if (arch.isEmpty()) {
        *error = inFile(path, Text::tr("general.architecture is missing"));
        return std::nullopt;
    }
    if (arch == kProjectorArchitecture) {
        *error = inFile(path, Text::tr("this is a multimodal projector (mmproj), which llama.cpp loads beside a language "
                                       "model with --mmproj: import the model's GGUF from the same folder, and the "
                                       "projector is counted with it"));
        return std::nullopt;
    }
    ModelSpec m;
    m.layers = int(need("block_count"));
    m.hidden = int(need("embedding_length"));
    m.heads = int(need("attention.head_count"));
    m.maxContext = int(need("context_length"));
    for (const auto &[value, field] : {std::pair{m.layers, "block_count"}, std::pair{m.hidden, "embedding_length"},
                                       std::pair{m.heads, "attention.head_count"},
                                       std::pair{m.maxContext, "context_length"}})
        if (value <= 0) {
            *error = inFile(path, Text::tr("architecture \"%1\": %2 is missing or invalid").arg(arch, key(field)));
            return std::nullopt;
        }
    m.kvHeads = count("attention.head_count_kv", m.heads);
    m.headDimExplicit = g.integer(key("attention.key_length")).has_value();
    m.headDim = count("attention.key_length", m.hidden / m.heads);
    m.intermediate = count("feed_forward_length", 0);
    const quint64 tokens = g.arrayLengths.value(QStringLiteral("tokenizer.ggml.tokens"), 0);
    m.vocab = tokens > 0 && tokens <= quint64(ModelSpec::kMaxCount) ? int(tokens) : count("vocab_size", 0);
    m.kvLoraRank = count("attention.kv_lora_rank", 0);
    if (m.kvLoraRank > 0) {
        m.qkRopeHeadDim = count("rope.dimension_count", 0);
        // DeepSeek-sparse-attention models (V3.2, GLM-5) add the lightning indexer's key beside the latent
        // (convert_hf_to_gguf writes index_head_dim as attention.indexer.key_length).
        m.indexHeadDim = count("attention.indexer.key_length", 0);
    }
    m.experts = count("expert_count", 0);
    m.expertsPerToken = count("expert_used_count", 0);
    if (arch == QLatin1String("llama4")) {
        // llama_load_hparams_llama4: three chunked layers to one full, n_swa fixed at 8,192, unless the
        // file sets attention.sliding_window to 0 (no chunking).
        m.architecture = QStringLiteral("Llama4ForConditionalGeneration");
        if (!g.integer(key("attention.sliding_window")).has_value() || count("attention.sliding_window", 0) > 0) {
            m.chunkSize = 8192;
            for (int il = 0; il < m.layers; ++il)
                m.layerKinds << (il % 4 == 3 ? LayerKind::Full : LayerKind::Chunked);
        }
    } else if (const int window = count("attention.sliding_window", 0); window > 0) {
        m.slidingWindow = window;
        if (arch == QLatin1String("gemma2"))
            m.globalEvery = 2;
        else if (arch.startsWith(QLatin1String("gemma3"))) {
            m.globalEvery = count("attention.sliding_window_pattern", 6, 1); // 0 would make every layer slide
            if (arch == QLatin1String("gemma3")) // the class Ollama's estimate keys Gemma 3's windows on
                m.architecture = QStringLiteral("Gemma3ForCausalLM");
        }
        else if (arch == QLatin1String("gpt-oss")) {
            // Every other layer slides, the first among them (llama.cpp's set_swa_pattern(2)); the class
            // name is what engines key gpt-oss's rules on.
            m.globalEvery = 2;
            m.architecture = QStringLiteral("GptOssForCausalLM");
        }
    }
    if (!outOfRange.isEmpty()) {
        *error = inFile(path, outOfRange);
        return std::nullopt;
    }
    // State-keeping layers announce themselves by their sizes: ssm.* (Mamba, Gated DeltaNet), shortconv.* (LFM2).
    const bool stateful = g.metadata.contains(key("ssm.conv_kernel")) || g.metadata.contains(key("shortconv.l_cache"));
    if (stateful && !readGgufRecurrentLayers(g, arch, m, error)) {
        *error = inFile(path, *error);
        return std::nullopt;
    }

    const auto totals = tensorTotals(tensors, path, error);
    if (!totals)
        return std::nullopt;
    m.parameters = m.nominalParameters = totals->parameters;
    m.fileWeightBytes = totals->bytes;
    const qint64 fileType = g.integer(QStringLiteral("general.file_type")).value_or(-1);
    m.fileWeightType = ggufFileTypeName(fileType);
    if (m.fileWeightType.isEmpty())
        m.fileWeightType = QStringLiteral("GGUF");
    QString display = g.metadata.value(QStringLiteral("general.name")).toString();
    if (display.isEmpty())
        display = QFileInfo(path).completeBaseName();
    name(m, display, path);
    m.parametersSource = Text::tr("GGUF tensor table (%n tensor(s))", nullptr, int(tensors.size()));
    if (!addProjectorBeside(m, path, error))
        return std::nullopt;
    if (const QString problem = m.validate(); !problem.isEmpty()) {
        *error = inFile(path, problem);
        return std::nullopt;
    }
    return m;
}

} // namespace vram
