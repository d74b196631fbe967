// SPDX-License-Identifier: GPL-3.0-or-later
// The real window on a real X server (ctest runs this suite under xvfb-run with the
// xcb platform): after every change that rescales the chart, what the X server shows
// must be what a full repaint of the chart draws. An offscreen grab repaints
// everything and so never sees pixels a partial update left behind; a grab from the
// server does.
#include "Language.h"
#include "MainWindow.h"
#include "MemoryChart.h"
#include "SettingsStore.h"
#include "WindowFixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QScreen>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vram;

class TestLiveWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<MainWindow> m_window;

    template<typename T>
    T *child(const char *name) const
    {
        return windowfixture::child<T>(m_window.get(), name);
    }

    // Lets the change reach the screen, then compares the chart as the X server shows it
    // with the same chart painted afresh; names the step and the differing pixels.
    void verifyScreenMatchesRepaint(const char *step) { verifyScreenMatchesRepaint(m_window->chart(), step); }
    void verifyScreenMatchesRepaint(QWidget *chart, const char *step)
    {
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(40);
        }
        const QPoint origin = chart->mapToGlobal(QPoint(0, 0));
        const QImage live = chart->screen()
                                ->grabWindow(0, origin.x(), origin.y(), chart->width(), chart->height())
                                .toImage()
                                .convertToFormat(QImage::Format_RGB32);
        const QImage fresh = chart->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(live.size(), fresh.size());
        // The screen's pixel format rounds antialiased edges one step differently from a
        // pixmap's (44,82,126 against 43,82,125): a stale pixel of text or line differs by far more.
        const auto differs = [](QRgb a, QRgb b) {
            return std::abs(qRed(a) - qRed(b)) > 24 || std::abs(qGreen(a) - qGreen(b)) > 24
                || std::abs(qBlue(a) - qBlue(b)) > 24;
        };
        int differ = 0;
        QRect where;
        for (int y = 0; y < live.height(); ++y)
            for (int x = 0; x < live.width(); ++x)
                if (differs(live.pixel(x, y), fresh.pixel(x, y))) {
                    ++differ;
                    where |= QRect(x, y, 1, 1);
                }
        if (differ > 0) {
            // Kept for a look: the screen and the repaint side by side.
            live.save(QDir::temp().filePath(QStringLiteral("tst_livewindow-live.png")));
            fresh.save(QDir::temp().filePath(QStringLiteral("tst_livewindow-fresh.png")));
        }
        QVERIFY2(differ == 0, qPrintable(QStringLiteral("%1: %2 pixels differ in (%3, %4) %5 × %6")
                                             .arg(QLatin1String(step))
                                             .arg(differ)
                                             .arg(where.x())
                                             .arg(where.y())
                                             .arg(where.width())
                                             .arg(where.height())));
    }

private slots:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("needs a real X server (xcb); ctest runs this suite under xvfb-run");
        QVERIFY(Language::install(QStringLiteral("en")));
        m_settings = std::make_unique<SettingsStore>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window = windowfixture::showWindow(m_settings.get());
        QVERIFY(m_window);
        m_window->move(0, 0);
        verifyScreenMatchesRepaint("start");
    }

    void cleanupTestCase() { m_window.reset(); }

    // Each change rescales the value axis or moves the capacity labels.
    void tokensToTheMaximum()
    {
        auto *slider = child<QSlider>("tokensSlider");
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_End);
        verifyScreenMatchesRepaint("tokens to the maximum");
        QTest::keyClick(slider, Qt::Key_Home);
        verifyScreenMatchesRepaint("tokens to the minimum");
    }

    void anotherModel()
    {
        auto *picker = child<QComboBox>("modelPicker");
        picker->setCurrentIndex(picker->findData(QStringLiteral("llama-3.1-405b")));
        verifyScreenMatchesRepaint("LLaMA 3.1 405B");
        picker->setCurrentIndex(picker->findData(QStringLiteral("llama-2-7b")));
        verifyScreenMatchesRepaint("LLaMA-2 7B");
    }

    void sweepRequestsWithTheKeyboard()
    {
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        verifyScreenMatchesRepaint("Ctrl+2");
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        verifyScreenMatchesRepaint("Ctrl+1");
    }

    void languageAndReset()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionLanguage_zh_CN"))->trigger();
        verifyScreenMatchesRepaint("Chinese");
        m_window->findChild<QAction *>(QStringLiteral("actionLanguage_en"))->trigger();
        verifyScreenMatchesRepaint("English");
        m_window->findChild<QAction *>(QStringLiteral("actionReset"))->trigger();
        verifyScreenMatchesRepaint("reset to defaults");
    }

    // The KV scaling view labels the crossings of its curves with the capacities.
    void scalingView()
    {
        m_window->views()->setCurrentIndex(1);
        QWidget *view = m_window->views()->currentWidget();
        verifyScreenMatchesRepaint(view, "KV scaling");
        auto *requests = child<QSlider>("concurrencySlider");
        requests->setFocus();
        for (int i = 0; i < 6; ++i) {
            QTest::keyClick(requests, Qt::Key_PageUp);
            verifyScreenMatchesRepaint(view, "KV scaling, more requests");
        }
        QTest::keyClick(requests, Qt::Key_Home);
        verifyScreenMatchesRepaint(view, "KV scaling, one request");
        m_window->views()->setCurrentIndex(0);
    }

    // Ollama's settings in Chinese widen the left panel after its layout settles: the right side,
    // moved by the splitter, must show on screen what it paints.
    void widerSettingsInChinese()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionLanguage_zh_CN"))->trigger();
        auto *methods = child<QComboBox>("methodCombo");
        methods->setCurrentIndex(methods->findData(QStringLiteral("ollama")));
        verifyScreenMatchesRepaint(m_window->views(), "Ollama in Chinese");
        methods->setCurrentIndex(methods->findData(QStringLiteral("exact")));
        m_window->findChild<QAction *>(QStringLiteral("actionLanguage_en"))->trigger();
        verifyScreenMatchesRepaint(m_window->views(), "back to English");
    }

    void theArticlesExample()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionWalkthrough"))->trigger();
        verifyScreenMatchesRepaint("the article's example");
    }
};

QTEST_MAIN(TestLiveWindow)
#include "tst_livewindow.moc"
