// SPDX-License-Identifier: GPL-3.0-or-later
// What translations/glossary.md asks of every Chinese text the program shows:
// full-width punctuation in Chinese sentences and none of the forms it rejects.
#pragma once

#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace zhtext {

// Half-width by the glossary's own exceptions: Qt accelerators "(&F)",
// file-dialog filters "(*.png)" and their ";;" separators.
inline QString withoutAllowedHalfWidth(QString text)
{
    static const QRegularExpression accelerator(QStringLiteral("\\(&[^)]\\)"));
    static const QRegularExpression filter(QStringLiteral("\\(\\*[^)]*\\)|;;"));
    return text.remove(accelerator).remove(filter);
}

// Each place, with a little context, where Chinese text has half-width
// punctuation that the glossary writes full-width:
// - a comma, colon, semicolon, ! or ? beside a Chinese character (a space between still counts);
// - a bracket touching a Chinese character, or opening after one;
// - a space after a full-width comma, full stop and the like (Chinese sentences run on without one);
// - in a line with Chinese, a bracketed note after a word or number ("26.03 GB (24.24 GiB)"),
//   as opposed to a formula's brackets, which follow or hold an operator ("10% × (26 GB + 3 GB)").
inline QStringList halfWidthBesideChinese(const QString &text)
{
    static const QRegularExpression beside(QStringLiteral(
        "\\p{Han}\\s?[,:;!?(]|[,:;!?]\\s?\\p{Han}|\\(\\p{Han}|\\p{Han}\\)|\\)\\p{Han}|[，。；！？、][ \\t]+\\S"));
    static const QRegularExpression note(QStringLiteral("[^\\s×+\\-/=⌈(]\\s\\(([^()×+\\-/=]*)\\)"));
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    QStringList found;
    const auto context = [](const QString &line, qsizetype at) {
        return QStringLiteral("…%1…").arg(line.mid(std::max<qsizetype>(0, at - 12), 28));
    };
    for (const QString &rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = withoutAllowedHalfWidth(rawLine);
        for (auto it = beside.globalMatch(line); it.hasNext();)
            found << context(line, it.next().capturedStart());
        if (line.contains(han))
            for (auto it = note.globalMatch(line); it.hasNext();)
                found << context(line, it.next().capturedStart());
    }
    return found;
}

// The "do not use" forms of the glossary: the first cell of each row of its
// section "Do not use", a regular expression in backticks ("\\|" is Markdown's escaped "|").
inline QList<QRegularExpression> rejectedForms(const QString &glossaryPath)
{
    QFile file(glossaryPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QRegularExpression> forms;
    bool inSection = false;
    static const QRegularExpression row(QStringLiteral("^\\|\\s*`([^`]+)`\\s*\\|"));
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## ")))
            inSection = line.contains(QLatin1String("Do not use"));
        else if (const QRegularExpressionMatch m = row.match(line); inSection && m.hasMatch())
            forms << QRegularExpression(m.captured(1).replace(QLatin1String("\\|"), QLatin1String("|")));
    }
    return forms;
}

} // namespace zhtext
