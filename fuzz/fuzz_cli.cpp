// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as the estimate options, one argument per line, parsed
// as `vram-planner estimate` parses them (everything but reading model files).
#include "Catalog.h"
#include "CommandLine.h"

#include <QCommandLineParser>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList arguments{QStringLiteral("vram-planner")};
    for (const QByteArray &line : QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\n'))
        arguments << QString::fromUtf8(line);
    // Model files are fuzzed by the reader targets; here they would only read the disk.
    if (arguments.contains(QStringLiteral("--model-file")) || arguments.contains(QStringLiteral("-h"))
        || arguments.contains(QStringLiteral("--help")))
        return 0;
    QCommandLineParser parser;
    EstimateOptions options;
    options.addTo(parser);
    if (parseCommandLine(parser, arguments))
        return 0; // refused with a message, or help
    QString error;
    vram::Catalog catalog = vram::Catalog::builtIn();
    const auto input = options.input(parser, catalog, &error);
    if (!input && error.isEmpty())
        __builtin_trap();
    if (input && !input->validate().isEmpty())
        __builtin_trap(); // what it accepts must be a valid estimate
    (void)options.scenario(parser, catalog, &error);
    return 0;
}
