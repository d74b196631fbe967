// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ByteUnit.h"
#include "ChartData.h"
#include "GpuConfig.h"

#include <QChartView>
#include <QList>
#include <QLocale>

class QBarCategoryAxis;
class QGraphicsSimpleTextItem;
class QBarSet;
class QChart;
class QLineSeries;
class QScatterSeries;
class QStackedBarSeries;
class QValueAxis;

// The stacked bar chart: weights, KV cache and overhead per bar, against one
// dashed capacity line per GPU configuration. Built once; every update
// replaces the series' data in place.
class MemoryChart : public QChartView
{
    Q_OBJECT

public:
    explicit MemoryChart(QWidget *parent = nullptr);

    struct Content {
        vram::ChartData data;
        QList<vram::GpuConfig> capacities;
        vram::ByteUnit unit = vram::ByteUnit::GB;
        vram::ChartMode mode = vram::ChartMode::Sweep;
        vram::SweepAxis axis = vram::SweepAxis::Tokens;
        QString title;
        qint64 maxContext = 0; // the model's context: bars of more tokens stand beyond a marked line
    };
    void setContent(const Content &content);

    // For tests and tooltips: what is drawn now.
    QStackedBarSeries *barSeries() const { return m_bars; }
    QList<QLineSeries *> capacityLines() const;
    // The capacity lines' labels as shown, top line first; equal capacities share one.
    QList<QGraphicsSimpleTextItem *> capacityLabels() const;
    QScatterSeries *overCapacityMarks() const { return m_overMarks; }
    // The line where the model's context ends, visible when a bar stands beyond it.
    QLineSeries *contextLine() const { return m_contextLine; }
    // For each mark above a bar, the capacities that bar rises above.
    const QList<QStringList> &overCapacityCrossings() const { return m_crossings; }
    QValueAxis *valueAxis() const { return m_valueAxis; }
    QBarCategoryAxis *categoryAxis() const { return m_categoryAxis; }
    const Content &content() const { return m_content; }
    // The unit the value axis is in, chosen for the largest value shown.
    const vram::DisplayScale &scale() const { return m_scale; }

    // Bars per part, in order: weights, KV cache, overhead.
    // Stacked in this order; the recurrent state (hybrid models) is the part of the cache that
    // does not grow with tokens, and its legend entry shows only when a bar has one.
    enum Part { Weights = 0, KvCache = 1, RecurrentState = 2, Overhead = 3, PartCount = 4 };

signals:
    void barHovered(int bar, int part);
    void hoverEnded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyPalette();
    void updateBars();
    void updateCapacityLines();
    void updateAxes();
    qint64 largestShown() const; // the tallest bar or highest capacity, in bytes
    // One line and one label per distinct capacity, the group's index its line and colour.
    void updateCapacityLabels(const QList<vram::CapacityGroup> &groups);
    void placeCapacityLabels();
    void fitCategoryLabels();
    void updateContextLine();
    static QString twoLines(const QString &name);
    QLineSeries *capacityLine(int index);

    QChart *m_chart = nullptr;
    QStackedBarSeries *m_bars = nullptr;
    QList<QBarSet *> m_sets;
    QList<QLineSeries *> m_lines; // a pool: hidden lines are kept for reuse
    QList<QGraphicsSimpleTextItem *> m_labels; // a pool too
    QScatterSeries *m_overMarks = nullptr;
    QLineSeries *m_contextLine = nullptr;
    QList<QStringList> m_crossings;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    Content m_content;
    vram::DisplayScale m_scale;
    double inScale(qint64 bytes) const { return double(bytes) / m_scale.bytesPerUnit; }
};
