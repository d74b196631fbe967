// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommands.h"

#include "ApplicationSetup.h"
#include "ChartExporter.h"
#include "CommandLine.h"
#include "DataTable.h"
#include "Language.h"
#include "Phrase.h"
#include "PlanSnapshot.h"
#include "ReportWriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace vram;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)
};

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Exports the chart as PNG, SVG or PDF, or its data as CSV or Markdown, chosen by the file name."));
    EstimateOptions options;
    options.addTo(parser);
    const QCommandLineOption out(QStringLiteral("out"), Text::tr("Output file (.png, .svg, .pdf, .csv or .md)."),
                                 QStringLiteral("file"));
    const QCommandLineOption mode(QStringLiteral("mode"), Text::tr("Chart mode: sweep or models."),
                                  QStringLiteral("sweep|models"), QStringLiteral("sweep"));
    const QCommandLineOption axis(QStringLiteral("axis"), Text::tr("What a sweep varies: tokens or concurrency."),
                                  QStringLiteral("tokens|concurrency"), QStringLiteral("tokens"));
    const QCommandLineOption models(QStringLiteral("models"), Text::tr("Models to compare, separated by commas."),
                                    QStringLiteral("ids"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  Text::tr("Which chart: memory (bars), scaling (memory against tokens) or map "
                                           "(tokens × requests)."),
                                  QStringLiteral("memory|scaling|map"), QStringLiteral("memory"));
    const QCommandLineOption kvOnly(QStringLiteral("kv-only"), Text::tr("Scaling view: the KV cache alone."));
    const QCommandLineOption table(QStringLiteral("table"), Text::tr("For .csv and .md: chart (its bars) or breakdown."),
                                   QStringLiteral("chart|breakdown"), QStringLiteral("chart"));
    const QCommandLineOption size(QStringLiteral("size"), Text::tr("Chart size in layout pixels."), QStringLiteral("WxH"),
                                  QStringLiteral("1600x900"));
    const QCommandLineOption ratio(QStringLiteral("pixel-ratio"), Text::tr("PNG pixels per layout pixel (1 to 4)."),
                                   QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({out, mode, axis, models, view, kvOnly, table, size, ratio});
    if (const auto stop = parseCommandLine(parser, arguments))
        return *stop;
    if (!parser.isSet(out))
        return printError(kExitBadArguments, Text::tr("--out is required."));
    const QString path = parser.value(out);
    const auto format = ChartExporter::formatForPath(path);
    if (!format)
        return printError(kExitBadArguments, ChartExporter::unknownFormatMessage(path));

    Catalog catalog = userCatalog();
    QString error;
    auto scenario = options.scenario(parser, catalog, &error);
    if (!scenario)
        return printError(kExitBadArguments, error);
    const QString modeText = parser.value(mode);
    if (modeText != QLatin1String("sweep") && modeText != QLatin1String("models"))
        return printError(kExitBadArguments, Text::tr("--mode must be sweep or models, not \"%1\".").arg(modeText));
    scenario->chartMode = modeText == QLatin1String("sweep") ? ChartMode::Sweep : ChartMode::CompareModels;
    const QString axisText = parser.value(axis);
    if (axisText != QLatin1String("tokens") && axisText != QLatin1String("concurrency"))
        return printError(kExitBadArguments, Text::tr("--axis must be tokens or concurrency, not \"%1\".").arg(axisText));
    scenario->sweepAxis = axisText == QLatin1String("tokens") ? SweepAxis::Tokens : SweepAxis::Concurrency;
    if (parser.isSet(models)) {
        scenario->compareModelIds = parser.value(models).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &id : scenario->compareModelIds)
            if (!catalog.model(id))
                return printError(kExitBadArguments, joinSentences(Text::tr("Unknown model \"%1\" in --models.").arg(id),
                                                                       didYouMeanModel(id, catalog)));
    }
    const auto chartSize = parseSizeOption(parser.value(size));
    if (!chartSize)
        return printError(kExitBadArguments, Text::tr("--size must be WIDTHxHEIGHT between 320x240 and 8000x8000."));
    const auto pixelRatio = parseBoundedInteger(parser.value(ratio), 1, 4);
    if (!pixelRatio)
        return printError(kExitBadArguments, Text::tr("--pixel-ratio must be 1, 2, 3 or 4."));
    if (*format == ChartExporter::Format::Png) {
        if (const QString problem = ChartExporter::pixelLimitProblem(*chartSize, qreal(*pixelRatio)); !problem.isEmpty())
            return printError(kExitBadArguments, problem);
    }
    const QString tableText = parser.value(table);
    if (tableText != QLatin1String("chart") && tableText != QLatin1String("breakdown"))
        return printError(kExitBadArguments, Text::tr("--table must be chart or breakdown."));

    const QString viewText = parser.value(view);
    if (viewText != QLatin1String("memory") && viewText != QLatin1String("scaling") && viewText != QLatin1String("map"))
        return printError(kExitBadArguments, Text::tr("--view must be memory, scaling or map, not \"%1\".").arg(viewText));

    const PlanSnapshot snap = PlanSnapshot::build(*scenario, catalog, parser.isSet(kvOnly));
    if (!snap.error.isEmpty())
        return printError(kExitFailure, snap.error);
    bool ok = false;
    if (ChartExporter::isImageFormat(*format)) {
        const qreal r = qreal(*pixelRatio);
        ok = viewText == QLatin1String("scaling") ? ChartExporter::exportScaling(snap.scaling, path, *chartSize, r, &error)
           : viewText == QLatin1String("map")     ? ChartExporter::exportMap(snap.map, path, *chartSize, r, &error)
                                                  : ChartExporter::exportChart(snap.chart, path, *chartSize, r, &error);
    } else {
        DataTable t = tableText == QLatin1String("chart")
            ? chartTable(snap.chart.data, scenario->unit, QLocale())
            : breakdownTable(snap.answer.breakdown, snap.answer.fits, scenario->unit, QLocale());
        t.title = snap.chart.title;
        ok = ChartExporter::writeText(path, *format == ChartExporter::Format::Csv ? t.toCsv() : t.toMarkdown(), &error);
    }
    return ok ? kExitOk : printError(kExitFailure, error);
}

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Writes a PDF report: inputs, chart, breakdown with formulas, GPU fit."));
    EstimateOptions options;
    options.addTo(parser);
    const QCommandLineOption out(QStringLiteral("out"), Text::tr("Output PDF file."), QStringLiteral("file"));
    parser.addOption(out);
    if (const auto stop = parseCommandLine(parser, arguments))
        return *stop;
    if (!parser.isSet(out))
        return printError(kExitBadArguments, Text::tr("--out is required."));
    Catalog catalog = userCatalog();
    QString error;
    const auto scenario = options.scenario(parser, catalog, &error);
    if (!scenario)
        return printError(kExitBadArguments, error);
    if (ChartExporter::formatForPath(parser.value(out)) != ChartExporter::Format::Pdf)
        return printError(kExitBadArguments, Text::tr("\"%1\": a report is written as .pdf.").arg(parser.value(out)));
    const PlanSnapshot snap = PlanSnapshot::build(*scenario, catalog);
    if (!snap.error.isEmpty())
        return printError(kExitFailure, snap.error);
    return ReportWriter::writePdf(snap.report(), parser.value(out), &error) ? kExitOk : printError(kExitFailure, error);
}

} // namespace

namespace ExportCommands {

bool isCommand(const QString &name)
{
    return name == QLatin1String("export") || name == QLatin1String("report");
}

int run(int &argc, char **argv, const QString &command, const QStringList &arguments, const QString &language)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setUpApplication(app);
    Language::install(language.isEmpty() ? Language::systemDefault() : language);
    if (const QString e = Catalog::builtIn().error(); !e.isEmpty())
        return printError(kExitFailure, e);
    return command == QLatin1String("export") ? runExport(arguments) : runReport(arguments);
}

} // namespace ExportCommands
