// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessCommands.h"
#include "CommandLine.h"
#include "EstimateReport.h"

#include "ByteUnit.h"
#include "DataTable.h"
#include "FitAnalyzer.h"
#include "MemoryModel.h"
#include "Catalog.h"
#include "KvProfile.h"
#include "GpuLibrary.h"
#include "CalibrationLibrary.h"
#include "EngineLog.h"
#include "LaunchCommand.h"
#include "UserFile.h"
#include "VllmLayout.h"
#include "ModelLibrary.h"
#include "Phrase.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

using namespace vram;

namespace {

// A start-up log is tens of kilobytes; a few megabytes is a log of days, not a start-up.
constexpr qint64 kMaxLogBytes = 16 << 20;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommands)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Parses and loads the catalogue; sets `exitCode` and returns null when the command should stop.
const Catalog *prepare(QCommandLineParser &parser, const QStringList &arguments, int &exitCode)
{
    if (const auto stop = parseCommandLine(parser, arguments)) {
        exitCode = *stop;
        return nullptr;
    }
    if (const QString error = Catalog::builtIn().error(); !error.isEmpty()) {
        exitCode = printError(kExitFailure, error);
        return nullptr;
    }
    return &userCatalog();
}

void printJson(const QJsonDocument &doc)
{
    out() << doc.toJson(QJsonDocument::Indented);
}

int runEstimate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Estimates the GPU memory one model needs: weights + KV cache + overhead."));
    EstimateOptions options;
    options.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print one JSON object with exact byte counts."));
    parser.addOption(json);
    int code = kExitOk;
    const Catalog *catalog = prepare(parser, arguments, code);
    if (!catalog)
        return code;

    QString error;
    const auto input = options.input(parser, *catalog, &error);
    if (!input)
        return printError(kExitBadArguments, error);
    const auto unit = options.unit(parser, &error);
    if (!unit)
        return printError(kExitBadArguments, error);
    const auto gpus = options.gpus(parser, *catalog, &error);
    if (!gpus)
        return printError(kExitBadArguments, error);
    const auto prices = options.prices(parser, &error);
    if (!prices)
        return printError(kExitBadArguments, error);
    const MemoryModel model(*input);
    if (!model.bytes().ok)
        return printError(kExitFailure, model.explain(*unit, QLocale()).error);

    const EstimateReport report(model, *gpus, *unit, QLocale(), *prices);
    if (parser.isSet(json))
        printJson(QJsonDocument(report.json(*catalog)));
    else
        out() << report.text(*catalog);
    return kExitOk;
}

int runModels(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Lists the model catalogue."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    const QCommandLineOption modelFile(QStringLiteral("model-file"),
                                       Text::tr("Show the model in this config.json, model folder or .gguf file."),
                                       QStringLiteral("path"));
    parser.addOptions({json, modelFile});
    int code = kExitOk;
    const Catalog *catalog = prepare(parser, arguments, code);
    if (!catalog)
        return code;
    if (parser.isSet(modelFile)) {
        QString error;
        const auto model = importModelFile(parser.value(modelFile), &error);
        if (!model)
            return printError(kExitFailure, error);
        printJson(QJsonDocument(ModelLibrary::toJson(*model)));
        return kExitOk;
    }
    const DataType *fp16 = catalog->dataType(QStringLiteral("fp16"));

    QJsonArray list;
    DataTable table;
    table.header = {Text::tr("ID"), Text::tr("Name"), Text::tr("Parameters"), Text::tr("KV/token FP16"), Text::tr("Attention")};
    table.leftAligned = {true, true, false, false, true};
    const QLocale locale;
    for (const ModelSpec &m : catalog->models()) {
        const qint64 kvPerToken = KvProfile::build(m, *fp16, EstimateMethod::Exact).bytesPerToken();
        list.append(QJsonObject{
            {QStringLiteral("id"), m.id},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("family"), m.family},
            {QStringLiteral("parameters"), m.parameters},
            {QStringLiteral("layers"), m.layers},
            {QStringLiteral("hidden_size"), m.hidden},
            {QStringLiteral("attention_heads"), m.heads},
            {QStringLiteral("kv_heads"), m.kvHeads},
            {QStringLiteral("head_dim"), m.headDim},
            {QStringLiteral("max_context"), m.maxContext},
            {QStringLiteral("kv_bytes_per_token_fp16"), kvPerToken},
            {QStringLiteral("layer_kinds"), QJsonObject{{layerKindId(LayerKind::Full), m.layerCount(LayerKind::Full)},
                                                        {layerKindId(LayerKind::Sliding), m.layerCount(LayerKind::Sliding)},
                                                        {layerKindId(LayerKind::Chunked), m.layerCount(LayerKind::Chunked)},
                                                        {layerKindId(LayerKind::Recurrent), m.layerCount(LayerKind::Recurrent)},
                                                        {layerKindId(LayerKind::Feedforward), m.layerCount(LayerKind::Feedforward)}}},
            // Falcon-H1's layers keep K and V and a state each: counted among full_attention, and here.
            {QStringLiteral("recurrent_state_layers"), m.recurrentLayerCount()},
            {QStringLiteral("recurrent_mixer"), m.recurrentMixer == RecurrentMixer::None ? QJsonValue() : QJsonValue(recurrentMixerId(m.recurrentMixer))},
            {QStringLiteral("recurrent_state_bytes_per_sequence"), m.recurrentStateBytesPerSequence()},
            {QStringLiteral("source"), m.configSource},
        });
        table.rows.append({m.id, m.name, formatCount(m.parameters, locale), formatExactBytes(kvPerToken, locale),
                           attentionKindName(m.attentionKind())});
    }
    if (parser.isSet(json))
        printJson(QJsonDocument(list));
    else
        out() << table.toText();
    return kExitOk;
}

// `gpus --add FILE` / `--remove ID`: changes the user's GPU list that the window and every command read.
int changeUserGpus(const QString &addPath, const QString &removeId)
{
    GpuLibrary library;
    QString error;
    if (!library.load(&error))
        return printError(kExitFailure, error);
    if (!addPath.isEmpty()) {
        const auto gpus = GpuLibrary::readFile(addPath, &error);
        if (!gpus)
            return printError(kExitFailure, error);
        for (const GpuSpec &g : *gpus)
            if (!library.put(g, Catalog::builtIn(), &error))
                return printError(kExitFailure, error);
        if (!library.save(&error))
            return printError(kExitFailure, error);
        QStringList names;
        for (const GpuSpec &g : *gpus)
            names << g.name;
        out() << Text::tr("Added to your GPUs (%1): %2\n").arg(library.path(), joinList(names));
        return kExitOk;
    }
    if (!library.remove(removeId))
        return printError(kExitBadArguments, Text::tr("\"%1\" is not one of your GPUs.").arg(removeId));
    if (!library.save(&error))
        return printError(kExitFailure, error);
    out() << Text::tr("Removed \"%1\" from your GPUs.\n").arg(removeId);
    return kExitOk;
}

int runGpus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Lists the GPU catalogue with the memory the driver reports and a price; "
                                              "with a model (--model or --model-file), also how many of each it needs."));
    EstimateOptions options;
    options.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    const QCommandLineOption add(QStringLiteral("add"), Text::tr("Add the GPUs in this file (the catalogue's format) to yours."),
                                 QStringLiteral("file"));
    const QCommandLineOption remove(QStringLiteral("remove"), Text::tr("Remove one of your GPUs."), QStringLiteral("id"));
    parser.addOptions({json, add, remove});
    int code = kExitOk;
    const Catalog *catalog = prepare(parser, arguments, code);
    if (!catalog)
        return code;
    if (parser.isSet(add) && parser.isSet(remove))
        return printError(kExitBadArguments, Text::tr("--add and --remove cannot be used together."));
    if (parser.isSet(add) || parser.isSet(remove))
        return changeUserGpus(parser.value(add), parser.value(remove));
    QString error;
    const auto prices = options.prices(parser, &error);
    if (!prices)
        return printError(kExitBadArguments, error);
    std::optional<MemoryModel> model;
    if (options.hasModel(parser)) {
        const auto input = options.input(parser, *catalog, &error);
        if (!input)
            return printError(kExitBadArguments, error);
        model.emplace(*input);
        if (!model->bytes().ok)
            return printError(kExitFailure, model->explain(ByteUnit::GB, QLocale()).error);
    }
    const bool total = model.has_value();
    QJsonArray list;
    const QLocale locale;
    DataTable table;
    table.header = {Text::tr("ID"), Text::tr("Name"), Text::tr("Bytes"), QStringLiteral("GB"), QStringLiteral("GiB"),
                    Text::tr("Price")};
    if (total)
        table.header << Text::tr("Needed");
    table.leftAligned = {true, true};
    for (const GpuSpec &g : catalog->gpus()) {
        QJsonObject entry = g.toJson();
        entry.insert(QStringLiteral("user_defined"), g.userDefined);
        QString name = g.displayName();
        if (g.unifiedMemory)
            name = Text::tr("%1 (unified memory)").arg(name);
        if (g.userDefined)
            name = Text::tr("%1 (yours)").arg(name);
        QStringList row{g.id, name, formatCount(g.memoryBytes, locale),
                        numberLocale(locale).toString(toUnit(g.memoryBytes, ByteUnit::GB), 'f', 2),
                        numberLocale(locale).toString(toUnit(g.memoryBytes, ByteUnit::GiB), 'f', 2),
                        g.priceCentsPerHour > 0 ? prices->perHour(g.priceCentsPerHour, locale) : QStringLiteral("—")};
        if (total) {
            // Each method's own rule: pooled bytes, or vLLM's accepted tensor-parallel sizes (0: none).
            const qint64 n = FitAnalyzer::gpusNeeded(*model, g);
            entry.insert(QStringLiteral("gpus_needed"), n);
            row << FitAnalyzer::gpusNeededText(n, locale);
        }
        list.append(entry);
        table.rows.append(row);
    }
    if (parser.isSet(json))
        printJson(QJsonDocument(list));
    else
        out() << table.toText();
    return kExitOk;
}

int runCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Prints the launch command that reproduces the plan on the first --gpu "
                                              "configuration, the cache pinned where the engine allows."));
    EstimateOptions options;
    options.addTo(parser);
    const QCommandLineOption engine(QStringLiteral("engine"), Text::tr("The engine: vllm, sglang, trtllm, mindie, llamacpp or ollama (default: --method)."),
                                    QStringLiteral("vllm|sglang|trtllm|mindie|llamacpp|ollama"));
    const QCommandLineOption version(QStringLiteral("engine-version"),
                                     Text::tr("vLLM's version, e.g. 0.10.0: flags it lacks are left out."),
                                     QStringLiteral("x.y.z"), QStringLiteral("0.11"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    parser.addOptions({engine, version, json});
    int code = kExitOk;
    const Catalog *catalog = prepare(parser, arguments, code);
    if (!catalog)
        return code;
    QStringList args = arguments;
    if (parser.isSet(engine)) {
        const QString name = parser.value(engine).toLower();
        if (!parseMethod(name) || !isEngineMethod(*parseMethod(name)))
            return printError(kExitBadArguments,
                              Text::tr("--engine must be vllm, sglang, trtllm, mindie, llamacpp or ollama, not \"%1\".")
                                  .arg(parser.value(engine)));
        args << QStringLiteral("--method") << name; // the last --method wins
        parser.parse(args);
    }
    QString error;
    const auto vllmVersion = LaunchCommand::parseVllmVersion(parser.value(version));
    if (!vllmVersion)
        return printError(kExitBadArguments,
                          Text::tr("--engine-version must be a version such as 0.10.0, not \"%1\".").arg(parser.value(version)));
    const auto input = options.input(parser, *catalog, &error);
    if (!input)
        return printError(kExitBadArguments, error);
    if (!options.hasGpu(parser))
        return printError(kExitBadArguments, Text::tr("--gpu is required: the command depends on the GPUs it runs on."));
    const auto gpus = options.gpus(parser, *catalog, &error);
    if (!gpus)
        return printError(kExitBadArguments, error);
    const MemoryModel model(*input);
    const FitResult fit = FitAnalyzer::analyze(model, gpus->first());
    const LaunchCommand command = LaunchCommand::build(FitAnalyzer::modelFor(model, gpus->first().deviceCount(), gpus->first().gpu), fit, *vllmVersion);
    if (!command.error.isEmpty())
        return printError(kExitFailure, command.error);
    if (parser.isSet(json)) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("engine"), methodId(input->method)},
                                            {QStringLiteral("program"), command.program},
                                            {QStringLiteral("arguments"), QJsonArray::fromStringList(command.arguments)},
                                            {QStringLiteral("command"), command.text()},
                                            {QStringLiteral("notes"), QJsonArray::fromStringList(command.notes)}}));
        return kExitOk;
    }
    out() << command.text() << '\n';
    for (const QString &note : command.notes)
        out() << QStringLiteral("# ") << note << '\n';
    return kExitOk;
}

// The scenario a start-up log describes: its engine, tokens, requests and settings; the model from
// the options, else the catalogue model of the repository the log names.
std::optional<EstimateInput> scenarioFromLog(const EngineLog &log, const QCommandLineParser &parser,
                                             const EstimateOptions &options, const Catalog &catalog, QString *error)
{
    auto in = options.hasModel(parser) ? options.input(parser, catalog, error) : std::optional<EstimateInput>();
    if (options.hasModel(parser) && !in)
        return std::nullopt;
    if (!in) {
        const ModelSpec *model = log.catalogueModel(catalog);
        if (!model) {
            *error = Text::tr("--model or --model-file is required: the log names \"%1\", which is not in the catalogue.")
                         .arg(log.model.isEmpty() ? Text::tr("no model") : log.model);
            return std::nullopt;
        }
        // The model the log names, taken as estimate takes it: in --weights and --kv when given, else as
        // published (DeepSeek's FP8, gpt-oss's MXFP4) with a 16-bit cache — unless the log printed its dtype.
        in = options.input(parser, catalog, error, model);
        if (!in)
            return std::nullopt;
        if (const DataType *printed = catalog.dataType(log.weightsId()); printed && !options.hasPrecision(parser)) {
            in->weights = *printed;
            in->kvCache = *printed;
        }
    }
    log.applyTo(*in);
    if (const QString problem = in->validate(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return in;
}

int runCalibrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Reads a vLLM, SGLang, TensorRT-LLM, llama.cpp or Ollama start-up log and sets every figure it printed "
                                              "beside the planner's for the same run."));
    EstimateOptions options;
    options.addTo(parser);
    const QCommandLineOption logOption(QStringLiteral("log"), Text::tr("The start-up log (a file, or - for standard input)."),
                                       QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    const QCommandLineOption save(QStringLiteral("save-profile"),
                                  Text::tr("Keep the corrections that make the plan print what the log printed as a profile."),
                                  QStringLiteral("name"));
    const QCommandLineOption list(QStringLiteral("list-profiles"), Text::tr("List the calibration profiles."));
    const QCommandLineOption removeProfile(QStringLiteral("remove-profile"), Text::tr("Remove a calibration profile."),
                                           QStringLiteral("name"));
    const QCommandLineOption renameProfile(QStringLiteral("rename-profile"), Text::tr("Rename a calibration profile."),
                                           QStringLiteral("old=new"));
    parser.addOptions({logOption, json, save, list, removeProfile, renameProfile});
    int code = kExitOk;
    const Catalog *catalog = prepare(parser, arguments, code);
    if (!catalog)
        return code;
    QString error;
    CalibrationLibrary profiles;
    if (parser.isSet(list) || parser.isSet(removeProfile) || parser.isSet(renameProfile) || parser.isSet(save))
        if (!profiles.load(&error))
            return printError(kExitFailure, error);
    if (parser.isSet(list)) {
        DataTable table;
        table.header = {Text::tr("Profile"), Text::tr("Engine"), Text::tr("Version"), Text::tr("GPU"), Text::tr("Corrections")};
        table.leftAligned = {true, true, true, true, true};
        for (const CalibrationProfile &p : profiles.profiles()) {
            const QString corrections = describeCalibration(p.calibration, QLocale());
            table.rows.append({p.name, methodName(parseMethod(p.engine).value_or(EstimateMethod::Vllm)), p.version, p.gpuId,
                               corrections.isEmpty() ? QStringLiteral("—") : corrections});
        }
        out() << table.toText();
        return kExitOk;
    }
    if (parser.isSet(removeProfile) || parser.isSet(renameProfile)) {
        if (parser.isSet(removeProfile) && !profiles.remove(parser.value(removeProfile)))
            return printError(kExitBadArguments, Text::tr("There is no profile \"%1\".").arg(parser.value(removeProfile)));
        if (parser.isSet(renameProfile)) {
            const QString spec = parser.value(renameProfile);
            if (!spec.contains(QLatin1Char('=')) || !profiles.rename(spec.section(QLatin1Char('='), 0, 0), spec.section(QLatin1Char('='), 1), &error))
                return printError(kExitBadArguments, error.isEmpty() ? Text::tr("--rename-profile takes OLD=NEW.") : error);
        }
        if (!profiles.save(&error))
            return printError(kExitFailure, error);
        return kExitOk;
    }
    if (!parser.isSet(logOption))
        return printError(kExitBadArguments, Text::tr("--log is required."));
    QByteArray bytes;
    if (parser.value(logOption) == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return printError(kExitFailure, Text::tr("Cannot read standard input."));
        bytes = in.read(kMaxLogBytes + 1);
        if (bytes.size() > kMaxLogBytes)
            return printError(kExitFailure, Text::tr("The log is longer than %1 bytes.").arg(formatCount(kMaxLogBytes, QLocale())));
    } else {
        const auto read = UserFile::read(parser.value(logOption), kMaxLogBytes, &error);
        if (!read)
            return printError(kExitFailure, Text::tr("Cannot read the log %1: %2").arg(parser.value(logOption), error));
        bytes = *read;
    }
    const EngineLog log = EngineLog::read(QString::fromUtf8(bytes));
    if (const QString problem = log.problem(); !problem.isEmpty())
        return printError(kExitFailure, problem);
    QList<GpuConfig> gpus;
    if (options.hasGpu(parser)) {
        const auto configs = options.gpus(parser, *catalog, &error);
        if (!configs)
            return printError(kExitBadArguments, error);
        gpus = *configs;
    } else if (log.engine != EstimateMethod::LlamaCpp) {
        return printError(kExitBadArguments, Text::tr("--gpu is required for this %1 log: what it allocates depends on the GPU.")
                                                 .arg(methodName(*log.engine)));
    }
    auto input = scenarioFromLog(log, parser, options, *catalog, &error);
    if (!input)
        return printError(kExitBadArguments, error);
    // The log is set beside the planner's own figures; a profile is learned from them too.
    input->engine.calibration = {};
    const MemoryModel model(*input);
    if (!model.isValid())
        return printError(kExitFailure, model.error());
    GpuConfig config = gpus.isEmpty() ? GpuConfig{catalog->gpus().first(), 1, {}} : gpus.first();
    // "--gpu h100-80gb" for a log of a tensor-parallel run: as many of them as the log ran on.
    if (splitsByTensorParallel(*log.engine) && !config.isMixed() && config.count == 1)
        config.count = log.gpuCount();
    const FitResult fit = FitAnalyzer::analyze(model, config);
    const QList<LogComparison> rows = compareWithPlan(log, model, fit);
    // Where the plan itself does not start (an engine that would stop, as vLLM's refusal logs show), the
    // reason is given beside its figures.
    const QString planError = fit.planError();
    if (parser.isSet(save)) {
        const QString name = parser.value(save).trimmed().left(200);
        if (name.isEmpty())
            return printError(kExitBadArguments, Text::tr("A profile needs a name."));
        const Calibration learned = learnCalibration(log, model, fit, name);
        if (!planError.isEmpty() && learned.isEmpty()) // no plan, nothing to correct
            return printError(kExitFailure, Text::tr("No profile is learned where the plan does not start: %1").arg(planError));
        profiles.put({name, methodId(*log.engine), log.version, gpus.isEmpty() ? QString() : config.gpu.id, learned});
        if (!profiles.save(&error))
            return printError(kExitFailure, error);
    }
    const QLocale locale;
    if (parser.isSet(json)) {
        QJsonObject settings;
        for (auto it = log.settings.begin(); it != log.settings.end(); ++it)
            settings.insert(it.key(), it.value());
        QJsonArray figures;
        for (const LogFigure &f : log.figures) {
            QJsonObject o{{QStringLiteral("id"), f.id}, {QStringLiteral("printed"), f.value}, {QStringLiteral("line"), f.line}};
            for (const LogComparison &row : rows)
                if (row.id == f.id) {
                    o.insert(QStringLiteral("planned"), row.planned);
                    if (const auto d = row.differencePercent())
                        o.insert(QStringLiteral("difference_percent"), *d);
                }
            figures.append(o);
        }
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("engine"), methodId(*log.engine)},
                                            {QStringLiteral("version"), log.version},
                                            {QStringLiteral("model"), input->model.id},
                                            {QStringLiteral("tokens"), input->tokens},
                                            {QStringLiteral("concurrency"), input->concurrency},
                                            {QStringLiteral("settings"), settings},
                                            {QStringLiteral("figures"), figures},
                                            {QStringLiteral("plan_error"), planError.isEmpty() ? QJsonValue() : QJsonValue(planError)}}));
        return kExitOk;
    }
    out() << Text::tr("%1 log%2: %3, %4 per request, %5\n")
                 .arg(methodName(*log.engine),
                      log.version.isEmpty() ? QString() : QStringLiteral(" ") + log.version, input->model.name,
                      tokenCount(input->tokens), concurrentRequestCount(input->concurrency));
    DataTable table;
    table.header = {Text::tr("Figure"), Text::tr("Printed"), Text::tr("Planned"), Text::tr("Difference")};
    table.leftAligned = {true};
    const auto show = [&](double value, bool isBytes) {
        return isBytes ? formatBytesIn(qint64(std::llround(value)), ByteUnit::GiB, locale)
                       : numberLocale(locale).toString(value, 'f', value == std::floor(value) ? 0 : 2);
    };
    for (const LogComparison &row : rows + figuresNotPlanned(log, rows)) {
        const auto d = row.differencePercent();
        table.rows.append({row.name, show(row.printed, row.isBytes),
                           row.compared ? show(row.planned, row.isBytes) : Text::tr("not modelled"),
                           d ? numberLocale(locale).toString(*d, 'f', 1) + QLatin1Char('%') : QStringLiteral("—")});
    }
    out() << table.toText();
    if (!planError.isEmpty())
        out() << Text::tr("The plan does not start with these settings: %1\n").arg(planError);
    if (rows.isEmpty())
        out() << Text::tr("The log holds no figure the planner computes.\n");
    if (parser.isSet(save))
        out() << Text::tr("Saved as the calibration profile \"%1\" (%2); use it with --profile.\n")
                     .arg(parser.value(save).trimmed().left(200), profiles.path());
    return kExitOk;
}

// "512,1024,4096" → the numbers, each in [lo, hi]; nullopt if any is not.
std::optional<QList<qint64>> parseList(const QString &text, qint64 lo, qint64 hi)
{
    QList<qint64> values;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto v = parseBoundedInteger(part, lo, hi);
        if (!v)
            return std::nullopt;
        values << *v;
    }
    if (values.isEmpty() || values.size() > 64)
        return std::nullopt;
    return values;
}

int runTable(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Prints the article's tables: total GPU memory per model and token count, "
                                              "one table per concurrency."));
    const QCommandLineOption models(QStringLiteral("models"), Text::tr("Model ids, separated by commas."),
                                    QStringLiteral("ids"), QStringLiteral("llama-2-7b,llama-2-13b,llama-2-70b"));
    const QCommandLineOption tokens(QStringLiteral("tokens"), Text::tr("Token counts, separated by commas."),
                                    QStringLiteral("list"), QStringLiteral("512,1024,2048,4096"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), Text::tr("Concurrencies, separated by commas."),
                                         QStringLiteral("list"), QStringLiteral("1,10"));
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("Output format: text, csv or markdown."),
                                    QStringLiteral("text|csv|markdown"), QStringLiteral("text"));
    const QCommandLineOption method(QStringLiteral("method"), Text::tr("Estimation method: article, exact, vllm, sglang, trtllm, mindie, llamacpp or ollama."),
                                    QStringLiteral("article|exact"), QStringLiteral("exact"));
    const QCommandLineOption weights(QStringLiteral("weights"), Text::tr("Weight precision."), QStringLiteral("type"),
                                     QStringLiteral("fp16"));
    const QCommandLineOption kv(QStringLiteral("kv"), Text::tr("KV-cache precision."), QStringLiteral("type"),
                                QStringLiteral("fp16"));
    const QCommandLineOption overhead(QStringLiteral("overhead"), Text::tr("Overhead fraction."),
                                      QStringLiteral("fraction"), QStringLiteral("0.10"));
    const QCommandLineOption unit(QStringLiteral("unit"), Text::tr("Display unit: GB or GiB."), QStringLiteral("GB|GiB"),
                                  QStringLiteral("GB"));
    const QCommandLineOption modelFile(QStringLiteral("model-file"),
                                       Text::tr("Add the model in this config.json, model folder or .gguf file."),
                                       QStringLiteral("path"));
    parser.addOptions({models, modelFile, tokens, concurrency, format, method, weights, kv, overhead, unit});
    int code = kExitOk;
    const Catalog *catalog = prepare(parser, arguments, code);
    if (!catalog)
        return code;

    ArticleTableRequest request;
    for (const QString &id : parser.value(models).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const ModelSpec *m = catalog->model(id.trimmed());
        if (!m)
            return printError(kExitBadArguments, joinSentences(Text::tr("Unknown model \"%1\" (see the models command).").arg(id),
                                                                   didYouMeanModel(id.trimmed(), *catalog)));
        request.models << *m;
    }
    const auto tokenList = parseList(parser.value(tokens), 1, kMaxTokens);
    const auto concurrencyList = parseList(parser.value(concurrency), 1, kMaxConcurrency);
    const auto methodValue = parseMethod(parser.value(method));
    const DataType *w = catalog->dataType(parser.value(weights).toLower());
    const DataType *k = catalog->dataType(parser.value(kv).toLower());
    const auto ppm = parseFractionPpm(parser.value(overhead));
    const auto unitValue = parseUnit(parser.value(unit));
    const QString formatValue = parser.value(format);
    for (const QString &path : parser.values(modelFile)) {
        QString error;
        const auto model = importModelFile(path, &error);
        if (!model)
            return printError(kExitFailure, error);
        request.models << *model;
    }
    if (request.models.isEmpty())
        return printError(kExitBadArguments, Text::tr("--models needs at least one model id."));
    if (!tokenList)
        return printError(kExitBadArguments, Text::tr("--tokens must be whole numbers from 1 to %1, separated by commas.").arg(formatCount(kMaxTokens, QLocale())));
    if (!concurrencyList)
        return printError(kExitBadArguments,
                    Text::tr("--concurrency must be whole numbers from 1 to %1, separated by commas.").arg(formatCount(kMaxConcurrency, QLocale())));
    // One message per option, naming what it accepts.
    const auto invalid = [](const QString &option, const QString &value, const QString &accepted) {
        return printError(kExitBadArguments,
                          Text::tr("--%1 must be one of %2, not \"%3\".").arg(option, accepted, value));
    };
    if (!methodValue)
        return invalid(QStringLiteral("method"), parser.value(method), QStringLiteral("article, exact, vllm, llamacpp"));
    if (!w || !w->forWeights) {
        QStringList ids;
        for (const DataType &t : catalog->dataTypes())
            if (t.forWeights && t.kind != DataType::Kind::File) // "as stored" is an imported file's own
                ids << t.id;
        return invalid(QStringLiteral("weights"), parser.value(weights), joinList(ids));
    }
    if (!k || !k->forKvCache)
        return invalid(QStringLiteral("kv"), parser.value(kv), QStringLiteral("fp32, fp16, bf16, fp8, q8_0, q4_0"));
    if (!ppm)
        return printError(kExitBadArguments, Text::tr("--overhead must be a fraction from 0 to 10 (e.g. 0.10) or a "
                                                      "percentage (e.g. 10%), not \"%1\".")
                                                 .arg(parser.value(overhead)));
    if (!unitValue)
        return invalid(QStringLiteral("unit"), parser.value(unit), QStringLiteral("GB, GiB"));
    if (formatValue != QLatin1String("text") && formatValue != QLatin1String("csv") && formatValue != QLatin1String("markdown"))
        return printError(kExitBadArguments, Text::tr("--format must be text, csv or markdown, not \"%1\".").arg(formatValue));
    request.tokens = *tokenList;
    request.concurrency = *concurrencyList;
    request.weights = *w;
    request.kvCache = *k;
    request.method = *methodValue;
    request.overheadPpm = *ppm;

    QString error;
    if (formatValue == QLatin1String("csv")) {
        const auto table = articleLongTable(request, *unitValue, &error);
        if (!table)
            return printError(kExitFailure, error);
        out() << table->toCsv();
        return kExitOk;
    }
    const QList<DataTable> tables = articleTables(request, *unitValue, QLocale(), &error);
    if (tables.isEmpty())
        return printError(kExitFailure, error);
    for (qsizetype i = 0; i < tables.size(); ++i) {
        out() << (formatValue == QLatin1String("markdown") ? tables.at(i).toMarkdown() : tables.at(i).toText());
        if (i + 1 < tables.size())
            out() << '\n';
    }
    return kExitOk;
}

} // namespace

namespace HeadlessCommands {

bool isCommand(const QString &name)
{
    return name == QLatin1String("estimate") || name == QLatin1String("models") || name == QLatin1String("gpus")
        || name == QLatin1String("table") || name == QLatin1String("command") || name == QLatin1String("calibrate");
}

int run(const QString &command, const QStringList &arguments)
{
    if (command == QLatin1String("estimate"))
        return runEstimate(arguments);
    if (command == QLatin1String("models"))
        return runModels(arguments);
    if (command == QLatin1String("table"))
        return runTable(arguments);
    if (command == QLatin1String("command"))
        return runCommand(arguments);
    if (command == QLatin1String("calibrate"))
        return runCalibrate(arguments);
    return runGpus(arguments);
}

} // namespace HeadlessCommands
