// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ByteUnit.h"
#include "GpuConfig.h"
#include "ScalingData.h"

#include <QChartView>

class QGraphicsSimpleTextItem;
class QLineSeries;
class QFont;
class QLogValueAxis;
class QScatterSeries;
class QValueAxis;

// Total memory (or the KV cache alone) against tokens per request on a log axis,
// one line per concurrency with the current one drawn heavier, the capacity
// lines, and a mark where each line crosses a capacity. Built once; updates
// replace the series' points.
class ScalingChart : public QChartView
{
    Q_OBJECT

public:
    struct Content {
        vram::ScalingData data;
        QList<vram::GpuConfig> capacities;
        vram::ByteUnit unit = vram::ByteUnit::GB;
        bool kvOnly = false;
        QString title;
        qint64 maxContext = 0; // the model's context, marked as a vertical line
    };

    explicit ScalingChart(QWidget *parent = nullptr);
    void setContent(const Content &content);
    const Content &content() const { return m_content; }
    const vram::DisplayScale &scale() const { return m_scale; }

    QList<QLineSeries *> curves() const;
    QList<QLineSeries *> capacityLines() const;
    QScatterSeries *currentCrossings() const { return m_currentCrossings; }
    QScatterSeries *allCrossings() const { return m_crossings; }
    // The labels of the current curve's crossings, as shown ("15,803").
    QStringList crossingLabels() const;
    QLineSeries *contextLine() const { return m_contextLine; }
    QValueAxis *valueAxis() const { return m_y; }
    QLogValueAxis *tokenAxis() const { return m_x; }
    // The base of the tokens axis whose labels fit a plot this wide: 4, or 16 when narrow.
    static int tokenLabelBase(qreal plotWidth, const QFont &font);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineSeries *pooled(QList<QLineSeries *> &pool, int index);
    void updateCrossingLabels();
    void updateCurveLabels();
    void fitTokenLabels();
    void retranslate();

    QChart *m_chart = nullptr;
    QLogValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QList<QLineSeries *> m_curves;
    QList<QLineSeries *> m_lines;
    QScatterSeries *m_crossings = nullptr;
    QScatterSeries *m_currentCrossings = nullptr;
    QList<QGraphicsSimpleTextItem *> m_crossingLabels; // a pool
    QList<QGraphicsSimpleTextItem *> m_curveLabels;    // one per curve
    QLineSeries *m_contextLine = nullptr;
    vram::DisplayScale m_scale;
    double inScale(qint64 bytes) const { return double(bytes) / m_scale.bytesPerUnit; }
    Content m_content;
};
