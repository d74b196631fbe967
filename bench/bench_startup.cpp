// SPDX-License-Identifier: GPL-3.0-or-later
// Time from process start to the first painted window: the planner next to a
// bare Qt Widgets window with one empty QChartView, alternating, in one run.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <algorithm>
#include <cstdio>

namespace {
double startOnce(const QString &variant)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(STARTUP_PROBE), {variant});
    while (p.state() != QProcess::NotRunning || p.bytesAvailable() > 0) {
        if (p.waitForReadyRead(30000) && p.readAll().contains("shown"))
            break;
        if (p.state() == QProcess::NotRunning)
            return -1;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    p.waitForFinished(30000);
    return ms;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<double> planner, bare;
    startOnce(QStringLiteral("bare")); // warm the file cache for both
    startOnce(QStringLiteral("planner"));
    for (int i = 0; i < 9; ++i) {
        bare.append(startOnce(QStringLiteral("bare")));
        planner.append(startOnce(QStringLiteral("planner")));
    }
    const double p = median(planner), b = median(bare);
    std::printf("start to first painted window: planner %.1f ms, bare QChartView window %.1f ms, ratio %.2f "
                "(median of 9)\n",
                p, b, p / b);
    return 0;
}
