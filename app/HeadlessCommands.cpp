// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessCommands.h"
#include "CommandLine.h"
#include "EstimateReport.h"

#include "ByteUnit.h"
#include "Catalog.h"
#include "KvProfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

using namespace vram;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommands)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(int code, const QString &message)
{
    err() << message << Qt::endl;
    return code;
}

// Parses `arguments`; prints help or an error and sets `exitCode` when the command should stop.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int &exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        exitCode = fail(kExitBadArguments, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        exitCode = kExitOk;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        exitCode = fail(kExitBadArguments, Text::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
        return false;
    }
    return true;
}

const Catalog *catalogOrFail(int &exitCode)
{
    const Catalog &catalog = Catalog::builtIn();
    if (!catalog.error().isEmpty()) {
        exitCode = fail(kExitFailure, catalog.error());
        return nullptr;
    }
    return &catalog;
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
    if (!parse(parser, arguments, code))
        return code;
    const Catalog *catalog = catalogOrFail(code);
    if (!catalog)
        return code;

    QString error;
    const auto input = options.input(parser, *catalog, &error);
    if (!input)
        return fail(kExitBadArguments, error);
    const auto unit = options.unit(parser, &error);
    if (!unit)
        return fail(kExitBadArguments, error);
    std::optional<GpuConfig> gpu;
    if (options.hasGpu(parser)) {
        gpu = options.gpu(parser, *catalog, &error);
        if (!gpu)
            return fail(kExitBadArguments, error);
    }
    const MemoryModel model(*input);
    if (!model.bytes().ok)
        return fail(kExitFailure, model.explain(*unit, QLocale()).error);

    const EstimateReport report(model, gpu, *unit, QLocale());
    if (parser.isSet(json))
        printJson(QJsonDocument(report.json()));
    else
        out() << report.text(*catalog);
    return kExitOk;
}

int runModels(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Lists the model catalogue."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    parser.addOption(json);
    int code = kExitOk;
    if (!parse(parser, arguments, code))
        return code;
    const Catalog *catalog = catalogOrFail(code);
    if (!catalog)
        return code;
    const DataType *fp16 = catalog->dataType(QStringLiteral("fp16"));

    QJsonArray list;
    QString text = QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(Text::tr("ID").leftJustified(30), Text::tr("Name").leftJustified(32), Text::tr("Parameters").rightJustified(17),
                            Text::tr("KV/token FP16").rightJustified(14), Text::tr("Attention"));
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
            {QStringLiteral("source"), m.configSource},
        });
        text += QStringLiteral("%1 %2 %3 %4 %5\n")
                    .arg(m.id.leftJustified(30), m.name.leftJustified(32),
                         formatCount(m.parameters, locale).rightJustified(17),
                         formatExactBytes(kvPerToken, locale).rightJustified(14), attentionKindName(m.attentionKind()));
    }
    if (parser.isSet(json))
        printJson(QJsonDocument(list));
    else
        out() << text;
    return kExitOk;
}

int runGpus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Lists the GPU catalogue with the memory the driver reports."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    parser.addOption(json);
    int code = kExitOk;
    if (!parse(parser, arguments, code))
        return code;
    const Catalog *catalog = catalogOrFail(code);
    if (!catalog)
        return code;
    QJsonArray list;
    const QLocale locale;
    QString text = QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(Text::tr("ID").leftJustified(14), Text::tr("Name").leftJustified(18), Text::tr("Bytes").rightJustified(20),
                            QStringLiteral("GB").rightJustified(10), QStringLiteral("GiB").rightJustified(10));
    for (const GpuSpec &g : catalog->gpus()) {
        list.append(QJsonObject{{QStringLiteral("id"), g.id},
                                {QStringLiteral("name"), g.name},
                                {QStringLiteral("vendor"), g.vendor},
                                {QStringLiteral("memory_bytes"), g.memoryBytes},
                                {QStringLiteral("source"), g.source}});
        text += QStringLiteral("%1 %2 %3 %4 %5\n")
                    .arg(g.id.leftJustified(14), g.name.leftJustified(18),
                         formatCount(g.memoryBytes, locale).rightJustified(20),
                         numberLocale(locale).toString(toUnit(g.memoryBytes, ByteUnit::GB), 'f', 2).rightJustified(10),
                         numberLocale(locale).toString(toUnit(g.memoryBytes, ByteUnit::GiB), 'f', 2).rightJustified(10));
    }
    if (parser.isSet(json))
        printJson(QJsonDocument(list));
    else
        out() << text;
    return kExitOk;
}

} // namespace

namespace HeadlessCommands {

bool isCommand(const QString &name)
{
    return name == QLatin1String("estimate") || name == QLatin1String("models") || name == QLatin1String("gpus");
}

int run(const QString &command, const QStringList &arguments)
{
    if (command == QLatin1String("estimate"))
        return runEstimate(arguments);
    if (command == QLatin1String("models"))
        return runModels(arguments);
    return runGpus(arguments);
}

} // namespace HeadlessCommands
