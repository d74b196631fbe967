// SPDX-License-Identifier: GPL-3.0-or-later
// Time from a slider value change to the chart repainted, dragging each slider
// through its whole range, with 16 bars and 8 capacity lines.
#include "Catalog.h"
#include "Language.h"
#include "MainWindow.h"
#include "HeatMapView.h"
#include "MemoryChart.h"
#include "ScalingView.h"
#include "SettingsStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QAbstractScrollArea>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace vram;

namespace {
void report(const char *what, QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%-48s median %.2f ms, worst %.2f ms over %lld changes (frame budget at 60 Hz: 16.7 ms)\n", what,
                ms.at(ms.size() / 2), ms.last(), qint64(ms.size()));
}

// Counts the chart's paints, so that a time is only reported for changes that were drawn.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

QList<double> drag(QSlider *slider, QWidget *view)
{
    QList<double> ms;
    QElapsedTimer timer;
    PaintCounter counter;
    // A chart paints in its viewport; the heat map paints itself.
    auto *area = qobject_cast<QAbstractScrollArea *>(view);
    QWidget *painted = area ? area->viewport() : view;
    painted->installEventFilter(&counter);
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = slider->minimum(); i <= slider->maximum(); ++i) {
            const int value = pass == 0 ? i : slider->maximum() - i + slider->minimum();
            if (value == slider->value())
                continue; // no change, nothing to time
            timer.start();
            const int paintsBefore = counter.paints;
            slider->setValue(value);            // recomputed in core, series data replaced in place
            QCoreApplication::processEvents();  // layout, then the window (chart included) is painted
            ms.append(double(timer.nsecsElapsed()) / 1e6);
            if (counter.paints == paintsBefore)
                std::printf("warning: value %d changed nothing on screen\n", value);
        }
    }
    painted->removeEventFilter(&counter);
    return ms;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Language::install(QStringLiteral("en"));
    QTemporaryDir dir;
    SettingsStore settings(dir.filePath(QStringLiteral("bench.ini")));
    const Catalog &catalog = Catalog::builtIn();
    MainWindow window(&settings, catalog);

    Scenario s;
    s.chartMode = ChartMode::CompareModels;
    s.compareModelIds.clear();
    for (const ModelSpec &m : catalog.models().mid(0, 16))
        s.compareModelIds << m.id;
    s.gpus.clear();
    for (const char *id : {"t4", "l4", "a10", "rtx-4090", "a100-40gb", "l40s", "a100-80gb", "h200-141gb"})
        s.gpus.append({QString::fromLatin1(id), 1});
    window.setScenario(s);
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();
    std::printf("bars: %lld, capacity lines: %lld\n", qint64(window.chart()->content().data.bars.size()),
                qint64(window.chart()->capacityLines().size()));

    auto *tokens = window.findChild<QSlider *>(QStringLiteral("tokensSlider"));
    auto *requests = window.findChild<QSlider *>(QStringLiteral("concurrencySlider"));
    report("compare 16 models: drag tokens 1 .. 1M", drag(tokens, window.chart()));
    report("compare 16 models: drag requests 1 .. 1024", drag(requests, window.chart()));

    s = window.scenario();
    s.chartMode = ChartMode::Sweep;
    window.setScenario(s);
    report("sweep tokens: drag tokens 1 .. 1M", drag(tokens, window.chart()));
    report("sweep tokens: drag requests 1 .. 1024", drag(requests, window.chart()));

    // The teaching views: the grid and the curves are recomputed in core on every change.
    window.views()->setCurrentWidget(window.scalingView());
    QCoreApplication::processEvents();
    report("KV scaling view: drag requests 1 .. 1024", drag(requests, window.scalingView()->chart()));
    window.views()->setCurrentWidget(window.heatMap());
    QCoreApplication::processEvents();
    report("heat map (27 x 20 cells): drag tokens 1 .. 1M", drag(tokens, window.heatMap()));
    report("heat map (27 x 20 cells): drag requests 1 .. 1024", drag(requests, window.heatMap()));
    return 0;
}
