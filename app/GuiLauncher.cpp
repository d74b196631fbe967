// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiLauncher.h"

#include "ApplicationSetup.h"
#include "CommandLine.h"
#include "Language.h"
#include "MainWindow.h"
#include "SettingsStore.h"

#include <QCoreApplication>
#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QImage>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace vram;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)
};

int fail(int code, const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return code;
}

bool wantsScreenshot(const QStringList &arguments)
{
    for (const QString &a : arguments)
        if (a == QLatin1String("--screenshot") || a.startsWith(QLatin1String("--screenshot=")))
            return true;
    return false;
}

int screenshot(QApplication &app, const QCommandLineParser &parser, const EstimateOptions &options,
               const QCommandLineOption &fileOption, const QCommandLineOption &sizeOption)
{
    Q_UNUSED(app);
    const Catalog &catalog = Catalog::builtIn();
    QString error;
    const auto size = parseSizeOption(parser.value(sizeOption));
    if (!size)
        return fail(kExitBadArguments, Text::tr("--size must be WIDTHxHEIGHT, e.g. 1400x900."));
    Scenario scenario;
    if (options.hasModel(parser)) {
        const auto input = options.input(parser, catalog, &error);
        if (!input)
            return fail(kExitBadArguments, error);
        scenario.modelId = input->model.id;
        scenario.weightsId = input->weights.id;
        scenario.kvCacheId = input->kvCache.id;
        scenario.method = input->method;
        scenario.tokens = input->tokens;
        scenario.concurrency = input->concurrency;
        scenario.overheadPpm = input->overheadPpm;
    }
    const auto unit = options.unit(parser, &error);
    if (!unit)
        return fail(kExitBadArguments, error);
    scenario.unit = *unit;
    if (options.hasGpu(parser)) {
        const auto gpu = options.gpu(parser, catalog, &error);
        if (!gpu)
            return fail(kExitBadArguments, error);
        scenario.gpus = {{gpu->gpu.id, gpu->count}};
    }
    // A throwaway settings file: a screenshot must not change the user's settings.
    QTemporaryDir dir;
    SettingsStore settings(dir.filePath(QStringLiteral("screenshot.ini")));
    MainWindow window(&settings, catalog);
    window.setScenario(scenario);
    window.resize(*size);
    window.show();
    QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();

    QSaveFile file(parser.value(fileOption));
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(kExitFailure, Text::tr("Cannot write the screenshot to \"%1\": %2")
                                      .arg(parser.value(fileOption), file.errorString()));
    return kExitOk;
}

} // namespace

namespace GuiLauncher {

int run(int &argc, char **argv, const QStringList &arguments, const QString &language)
{
    const bool headless = wantsScreenshot(arguments);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setUpApplication(app);

    SettingsStore settings;
    QString lang = language;
    if (lang.isEmpty())
        lang = settings.language();
    if (lang.isEmpty())
        lang = Language::systemDefault();
    Language::install(lang);

    const Catalog &catalog = Catalog::builtIn();
    if (!catalog.error().isEmpty())
        return fail(kExitFailure, catalog.error());

    QCommandLineParser parser;
    EstimateOptions options;
    options.addTo(parser);
    const QCommandLineOption fileOption(QStringLiteral("screenshot"), Text::tr("Render the window to this PNG and exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), Text::tr("Window size for --screenshot."),
                                        QStringLiteral("WxH"), QStringLiteral("1400x900"));
    parser.addOptions({fileOption, sizeOption});
    if (!parser.parse(arguments))
        return fail(kExitBadArguments, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(kExitBadArguments, Text::tr("Unknown command \"%1\" (see --help).").arg(parser.positionalArguments().first()));
    if (headless)
        return screenshot(app, parser, options, fileOption, sizeOption);

    MainWindow window(&settings, catalog);
    window.show();
    return app.exec();
}

} // namespace GuiLauncher
