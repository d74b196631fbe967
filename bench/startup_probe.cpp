// SPDX-License-Identifier: GPL-3.0-or-later
// Starts either the planner window ("planner") or a bare window holding one empty
// QChartView ("bare"), built the same way, prints "shown" once the window has
// painted and exits. bench_startup times both.
#include "Catalog.h"
#include "Language.h"
#include "MainWindow.h"
#include "SettingsStore.h"

#include <QApplication>
#include <QChartView>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {
// Reports the first paint of the watched window, then quits.
class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && !m_done) {
            m_done = true;
            QTimer::singleShot(0, [] {
                std::printf("shown\n");
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool planner = app.arguments().value(1) == QLatin1String("planner");
    QTemporaryDir dir;
    std::unique_ptr<SettingsStore> settings;
    std::unique_ptr<QMainWindow> window;
    if (planner) {
        vram::Language::install(QStringLiteral("en"));
        settings = std::make_unique<SettingsStore>(dir.filePath(QStringLiteral("probe.ini")));
        window = std::make_unique<MainWindow>(settings.get(), vram::Catalog::builtIn());
    } else {
        window = std::make_unique<QMainWindow>();
        window->setCentralWidget(new QChartView(window.get()));
    }
    FirstPaint probe;
    app.installEventFilter(&probe); // the first paint of any widget of the window

    window->resize(1400, 900);
    window->show();
    return app.exec();
}
