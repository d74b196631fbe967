// SPDX-License-Identifier: GPL-3.0-or-later
// vram-planner: with no command, the planner window; with a command, a
// headless tool that prints and exits (see --help).
#include "HeadlessCommands.h"
#include "CommandLine.h"
#include "ExportCommands.h"
#include "GuiLauncher.h"
#include "Language.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

namespace {

// Takes "--lang X" / "--lang=X" out of the arguments; returns X or empty.
QString takeLanguage(QStringList &arguments, bool *bad)
{
    QString lang;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang")) {
            // "--lang" last has no value: an empty one, refused below like any other.
            lang = arguments.value(i + 1);
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
            *bad = true;
        } else if (a.startsWith(QLatin1String("--lang="))) {
            lang = a.mid(7);
            arguments.remove(i);
            *bad = true;
        } else {
            ++i;
        }
    }
    *bad = *bad && vram::Language::normalize(lang).isEmpty();
    return lang;
}

QString usage()
{
    return QCoreApplication::translate("main",
        "Usage: vram-planner [--lang en|zh_CN] [COMMAND] [OPTIONS]\n"
        "\n"
        "Without a command, opens the planner window. Commands:\n"
        "  estimate   GPU memory for one model and setting, with formulas (--help for options)\n"
        "  models     the model catalogue\n"
        "  gpus       the GPU catalogue with prices; --add FILE adds your own GPUs\n"
        "  command    the launch command (vLLM, SGLang, TensorRT-LLM, MindIE, llama.cpp, Ollama) that reproduces the plan\n"
        "  calibrate  a vLLM, SGLang, TensorRT-LLM, llama.cpp or Ollama start-up log beside the planner's figures\n"
        "  table      the article's tables: memory per model and token count, per concurrency\n"
        "  export     the chart as PNG, SVG or PDF, or its data as CSV or Markdown\n"
        "  report     a PDF report with inputs, chart, formulas and GPU fit\n"
        "\n"
        "Window options:\n"
        "  --screenshot FILE.png [estimate options]   render the window to a PNG and exit\n");
}

} // namespace

namespace {
// Two warnings Qt prints on every headless or minimal system that tell a user nothing
// they can act on; everything else passes through.
QtMessageHandler qtHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg
        && (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))
            || message == QLatin1String("This plugin does not support propagateSizeHints()")))
        return;
    qtHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    qtHandler = qInstallMessageHandler(quietHandler);
    // Past a file-size limit (ulimit -f) a write then fails with EFBIG, which every
    // writer reports, instead of the signal ending the program mid-export.
    std::signal(SIGXFSZ, SIG_IGN);
    QStringList arguments;
    int notText = 0; // the first argument that is not text in the locale's encoding
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
        // A file name in another encoding would be decoded into a different name: refuse it
        // rather than write or read some other file.
        if (notText == 0 && arguments.last().toLocal8Bit() != QByteArray(argv[i]))
            notText = i;
    }
    bool badLanguage = false;
    const QString lang = takeLanguage(arguments, &badLanguage);
    const QString command = arguments.value(1);

    if (HeadlessCommands::isCommand(command) || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("--version") || badLanguage || notText > 0) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("vram-planner"));
        QCoreApplication::setApplicationVersion(QStringLiteral(VRAM_PLANNER_VERSION));
        vram::Language::install(lang.isEmpty() ? vram::Language::systemDefault() : lang);
        QTextStream err(stderr);
        if (notText > 0) {
            err << QCoreApplication::translate("main", "Argument %1 is not valid text in this system's encoding; "
                                                       "rename the file or choose another name.")
                       .arg(notText)
                << Qt::endl;
            return kExitBadArguments;
        }
        if (badLanguage) {
            err << (lang.isEmpty() ? QCoreApplication::translate("main", "--lang needs a value: en or zh_CN.")
                               : QCoreApplication::translate("main", "--lang must be en or zh_CN, not \"%1\".").arg(lang))
            << Qt::endl;
            return kExitBadArguments;
        }
        if (command == QLatin1String("--version")) {
            QTextStream(stdout) << "vram-planner " << VRAM_PLANNER_VERSION << Qt::endl;
            return kExitOk;
        }
        if (!HeadlessCommands::isCommand(command)) {
            QTextStream(stdout) << usage();
            return kExitOk;
        }
        arguments.removeAt(1);
        return HeadlessCommands::run(command, arguments);
    }
    if (ExportCommands::isCommand(command)) {
        arguments.removeAt(1);
        return ExportCommands::run(argc, argv, command, arguments, lang);
    }
    return GuiLauncher::run(argc, argv, arguments, lang);
}
