// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiLauncher.h"

#include "ApplicationSetup.h"
#include "ChartExporter.h"
#include "CommandLine.h"
#include "UserFile.h"
#include "Language.h"
#include "MainWindow.h"
#include "CalibrationLibrary.h"
#include "GpuLibrary.h"
#include "ModelLibrary.h"
#include "SettingsStore.h"

#include <QCoreApplication>
#include <QApplication>
#include <QStatusBar>
#include <QCommandLineParser>
#include <QFont>
#include <QImage>
#include <QBuffer>
#include <QTemporaryDir>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using namespace vram;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)
};

bool wantsScreenshot(const QStringList &arguments)
{
    for (const QString &a : arguments)
        if (a == QLatin1String("--screenshot") || a.startsWith(QLatin1String("--screenshot=")))
            return true;
    return false;
}

int screenshot(SettingsStore &saved, const QCommandLineParser &parser, const EstimateOptions &options,
               const QCommandLineOption &fileOption, const QCommandLineOption &sizeOption)
{
    QString error;
    const auto size = parseSizeOption(parser.value(sizeOption));
    if (!size)
        return printError(kExitBadArguments,
                          Text::tr("--size must be WIDTHxHEIGHT between 320x240 and 8000x8000, e.g. 1400x900."));
    // The screenshot is a PNG; a ".pdf" name would hold PNG bytes that no PDF reader opens.
    if (ChartExporter::formatForPath(parser.value(fileOption)) != ChartExporter::Format::Png)
        return printError(kExitBadArguments, Text::tr("\"%1\": the screenshot is written as .png.").arg(parser.value(fileOption)));
    Catalog catalog = userCatalog();
    // Without a model or GPUs on the command line: the scenario the window would open on.
    const auto scenario = options.hasModel(parser) || options.hasGpu(parser) ? options.scenario(parser, catalog, &error)
                                                                             : std::optional(saved.loadScenario(catalog));
    if (!scenario)
        return printError(kExitBadArguments, error);
    // A throwaway settings file: a screenshot must not change the user's settings.
    QTemporaryDir dir;
    SettingsStore settings(dir.filePath(QStringLiteral("screenshot.ini")));
    MainWindow window(&settings, catalog);
    window.setScenario(*scenario);
    window.resize(*size);
    window.show();
    // The left panel widens to its settings once its layout has a new hint (a deferred step), and the
    // splitter then lays the right side out again: a few rounds let all of it settle before the grab.
    for (int round = 0; round < 4; ++round)
        QCoreApplication::processEvents();
    window.flushAnswer();
    QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();

    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (!image.save(&png, "PNG") || !vram::UserFile::write(parser.value(fileOption), png.data(), &error))
        return printError(kExitFailure, error.isEmpty() ? Text::tr("Cannot write the screenshot to \"%1\": %2")
                                                              .arg(parser.value(fileOption), png.errorString())
                                                        : error);
    QTextStream(stdout) << Text::tr("Saved the window to %1").arg(QDir::toNativeSeparators(QFileInfo(parser.value(fileOption)).absoluteFilePath()))
                        << Qt::endl;
    return kExitOk;
}

} // namespace

namespace GuiLauncher {

int run(int &argc, char **argv, const QStringList &arguments, const QString &language)
{
    const bool headless = wantsScreenshot(arguments);
    // Without a display Qt would abort with a page about platform plugins: say it in one line.
    if (!headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        QCoreApplication app(argc, argv);
        Language::install(language.isEmpty() ? Language::systemDefault() : language);
        return printError(kExitFailure, Text::tr("No display to open the window on. Render it to a file with "
                                                 "--screenshot FILE.png, or use a command (see --help)."));
    }
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
        return printError(kExitFailure, catalog.error());

    QCommandLineParser parser;
    EstimateOptions options;
    options.addTo(parser);
    const QCommandLineOption fileOption(QStringLiteral("screenshot"), Text::tr("Render the window to this PNG and exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), Text::tr("Window size for --screenshot."),
                                        QStringLiteral("WxH"), QStringLiteral("1400x900"));
    parser.addOptions({fileOption, sizeOption});
    if (!parser.parse(arguments))
        return printError(kExitBadArguments, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return printError(kExitBadArguments, Text::tr("Unknown command \"%1\" (see --help).").arg(parser.positionalArguments().first()));
    if (headless)
        return screenshot(settings, parser, options, fileOption, sizeOption);

    // A damaged library is reported and left as it is: imports then last for this run only,
    // rather than overwrite the file.
    ModelLibrary library;
    QString libraryError;
    const bool libraryOk = library.load(&libraryError);
    if (!libraryOk)
        printError(kExitOk, libraryError);
    GpuLibrary gpuLibrary;
    QString gpuError;
    const bool gpusOk = gpuLibrary.load(&gpuError);
    if (!gpusOk)
        printError(kExitOk, gpuError);
    MainWindow window(&settings, catalog, libraryOk ? &library : nullptr, gpusOk ? &gpuLibrary : nullptr);
    // Calibration profiles: a damaged file is reported and none are offered, rather than overwrite it.
    CalibrationLibrary calibrations;
    QString calibrationError;
    if (calibrations.load(&calibrationError))
        window.setCalibrationLibrary(&calibrations);
    else
        printError(kExitOk, calibrationError);
    if (!libraryError.isEmpty() || !gpuError.isEmpty())
        window.statusBar()->showMessage(libraryError.isEmpty() ? gpuError : libraryError);
    window.show();
    return app.exec();
}

} // namespace GuiLauncher
