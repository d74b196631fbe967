// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextLine.h"

#include "ChartPalette.h"
#include "Phrase.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>

using namespace vram;

QLineSeries *ContextLine::create(QChart *chart)
{
    auto *line = new QLineSeries;
    line->setPen(QPen(chartpalette::over(), 2.0, Qt::DotLine));
    chart->addSeries(line);
    chart->legend()->markers(line).value(0)->setShape(QLegend::MarkerShapeFromSeries);
    line->setVisible(false);
    chart->legend()->markers(line).value(0)->setVisible(false);
    return line;
}

void ContextLine::place(QChart *chart, QLineSeries *line, const QList<QPointF> &points, qint64 maxContext)
{
    const bool shown = !points.isEmpty();
    if (shown) {
        if (line->points() != points)
            line->replace(points);
        const QString name = tr("Model's context: %1").arg(tokenCount(maxContext));
        if (line->name() != name)
            line->setName(name);
    }
    if (line->isVisible() != shown) {
        line->setVisible(shown);
        chart->legend()->markers(line).value(0)->setVisible(shown);
    }
}
