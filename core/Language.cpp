// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>

namespace vram::Language {

namespace {
struct Installed {
    QString code;
    std::unique_ptr<QTranslator> program;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}
} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString systemDefault()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString normalize(const QString &code)
{
    const QString c = code.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c == QLatin1String("zh") || c.startsWith(QLatin1String("zh_")))
        return QStringLiteral("zh_CN");
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_")) || c == QLatin1String("c"))
        return QStringLiteral("en");
    return {};
}

QLocale locale(const QString &code)
{
    return code == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                          : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString nativeName(const QString &code)
{
    return code == QLatin1String("zh_CN") ? QStringLiteral("简体中文") : QStringLiteral("English");
}

QString current()
{
    return installed().code.isEmpty() ? QStringLiteral("en") : installed().code;
}

bool install(const QString &code)
{
    const QString lang = normalize(code);
    if (lang.isEmpty())
        return false;
    Installed &state = installed();
    if (state.program)
        QCoreApplication::removeTranslator(state.program.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.program = std::make_unique<QTranslator>();
    state.qt = std::make_unique<QTranslator>();
    // The English strings are the source text; its .qm only carries plural forms.
    if (state.program->load(QStringLiteral(":/i18n/vram-planner_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(state.program.get());
    // Qt's own strings (standard dialog buttons, shortcuts) where Debian ships them.
    if (state.qt->load(locale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(state.qt.get());
    QLocale::setDefault(locale(lang));
    state.code = lang;
    return true;
}

} // namespace vram::Language
