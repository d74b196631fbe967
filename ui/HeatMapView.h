// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ByteUnit.h"
#include "GpuConfig.h"
#include "ScalingData.h"

#include <QWidget>

// Total memory over tokens per request × concurrent requests as a heat map, with
// each GPU configuration's capacity drawn as the border between cells that fit
// and cells that do not, and the current slider point marked.
class HeatMapView : public QWidget
{
    Q_OBJECT

public:
    struct Content {
        vram::MemoryGrid grid;
        QList<vram::GpuConfig> capacities;
        vram::ByteUnit unit = vram::ByteUnit::GB;
        qint64 tokens = 0;
        qint64 concurrency = 0;
        QString title;
        qint64 maxContext = 0; // columns beyond it are marked
    };

    explicit HeatMapView(QWidget *parent = nullptr);
    void setContent(const Content &content);
    const Content &content() const { return m_content; }

    // Draws the whole map into `rect` (screen, PNG, SVG and PDF alike).
    void paintTo(QPainter &painter, const QRectF &rect) const;
    // The cell under `pos` (row = concurrency index, column = tokens index), or (-1, -1).
    QPoint cellAt(const QPointF &pos) const;
    QString toolTipFor(int row, int column) const;
    // Where the current (tokens, concurrency) point is drawn, in widget coordinates.
    QPointF currentPoint() const;
    // The capacities the map draws a border for (and so lists), equal ones as one.
    QStringList legendLabels() const;

signals:
    // A cell was clicked: make its tokens and requests the current ones.
    void cellChosen(qint64 tokens, qint64 concurrency);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Border {
        vram::CapacityGroup capacity;
        int colour = 0; // the capacity's line colour, as in the other views
    };
    QList<Border> drawnBorders() const;
    QRectF plotRect(const QRectF &rect) const;
    QPointF pointFor(const QRectF &plot, qint64 tokens, qint64 concurrency) const;

    Content m_content;
};
