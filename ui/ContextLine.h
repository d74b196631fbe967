// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>

class QChart;
class QLineSeries;

// The dotted line both charts draw where the model's context ends, with its legend entry.
class ContextLine
{
    Q_DECLARE_TR_FUNCTIONS(ContextLine)

public:
    // Added to `chart` (its axes are attached by the caller), hidden until placed.
    static QLineSeries *create(QChart *chart);
    // Draws it through `points` and names the context; no points hides it and its legend entry.
    // Sets only what changed: each change relayouts the legend.
    static void place(QChart *chart, QLineSeries *line, const QList<QPointF> &points, qint64 maxContext);
};
