// SPDX-License-Identifier: GPL-3.0-or-later
// Time and peak memory of every adversarial case (tests/data/adversarial/cases.json),
// each run in a process of its own: the program as a user runs it, or the reader in a
// forked child. The goal: every answer in under 1 s and 200 MB. Prints one line a case
// and the cases over either goal; sets no pass mark (tst_adversarial checks the answers).
#include "AdversarialCorpus.h"
#include "Language.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    vram::Language::install(QStringLiteral("en"));
    QTextStream out(stdout);
    const QList<corpus::Case> cases = corpus::load();
    // "--prepare N DIR": make case N's input in DIR. Inputs are made in a process of their
    // own so that this one stays small: a forked child's peak memory starts from its parent's.
    if (argc == 4 && qstrcmp(argv[1], "--prepare") == 0) {
        QString why;
        return corpus::prepare(cases.value(QString::fromLatin1(argv[2]).toInt()), QString::fromLocal8Bit(argv[3]), &why) ? 0 : 1;
    }
    int over = 0;
    double worstSeconds = 0;
    qint64 worstKiB = 0;
    out << QStringLiteral("%1  %2  %3\n").arg(QStringLiteral("seconds"), QStringLiteral("peak MB")).arg(QStringLiteral("case"));
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const corpus::Case &c = cases.at(i);
        QTemporaryDir dir;
        if (QProcess::execute(QCoreApplication::applicationFilePath(),
                              {QStringLiteral("--prepare"), QString::number(i), dir.path()}) != 0) {
            out << "cannot prepare " << c.name << Qt::endl;
            return 1;
        }
        const corpus::Result r = corpus::run(c, QByteArrayLiteral(VRAM_PLANNER_EXE), dir.path(), 60);
        const double mb = double(r.peakKiB) * 1024 / 1e6;
        const bool late = r.seconds >= 1.0 || !r.finished;
        const bool big = mb >= 200;
        over += late || big ? 1 : 0;
        worstSeconds = std::max(worstSeconds, r.seconds);
        worstKiB = std::max(worstKiB, r.peakKiB);
        out << QStringLiteral("%1  %2  %3: %4%5\n")
                   .arg(r.seconds, 7, 'f', 3)
                   .arg(mb, 7, 'f', 1)
                   .arg(c.cls, c.name, late || big ? QStringLiteral("  <- over the goal") : QString());
        out.flush();
    }
    out << QStringLiteral("%1 cases; slowest %2 s, largest %3 MB; %4 over 1 s or 200 MB\n")
               .arg(cases.size())
               .arg(worstSeconds, 0, 'f', 3)
               .arg(double(worstKiB) * 1024 / 1e6, 0, 'f', 1)
               .arg(over);
    return 0;
}
