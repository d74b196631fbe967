// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScalingChart.h"

#include "ChartData.h"
#include "ChartPalette.h"
#include "ChartText.h"
#include "ContextLine.h"
#include "Phrase.h"

#include <QChart>
#include <QLegend>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QFontMetrics>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

using namespace vram;

ScalingChart::ScalingChart(QWidget *parent)
    : QChartView(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // curves as lines, capacities dashed
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    m_x = new QLogValueAxis;
    m_x->setBase(4); // powers of 4, or of 16 where the plot is too narrow for them (fitTokenLabels)
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    // Axis labels in the locale's digits with grouping: "65,536", not "65536".
    m_chart->setLocalizeNumbers(true);
    m_x->setRange(128, 1 << 20);
    m_x->setMinorTickCount(0);
    m_y = new QValueAxis;
    // The crossing labels follow the plot after a relayout.
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        fitTokenLabels();
        updateCrossingLabels();
        updateCurveLabels();
    });
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_crossings = new QScatterSeries;
    m_crossings->setMarkerSize(7);
    m_crossings->setColor(chartpalette::over());
    m_currentCrossings = new QScatterSeries;
    m_currentCrossings->setMarkerSize(12);
    m_currentCrossings->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_currentCrossings->setColor(chartpalette::over());
    m_contextLine = ContextLine::create(m_chart);
    m_contextLine->attachAxis(m_x);
    m_contextLine->attachAxis(m_y);
    for (QScatterSeries *s : {m_crossings, m_currentCrossings}) {
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    retranslate();
}

QLineSeries *ScalingChart::pooled(QList<QLineSeries *> &pool, int index)
{
    while (pool.size() <= index) {
        auto *s = new QLineSeries;
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        pool.append(s);
    }
    return pool.at(index);
}

namespace {
// The series of a pool that are in use (the others are hidden for reuse).
QList<QLineSeries *> inUse(const QList<QLineSeries *> &pool)
{
    QList<QLineSeries *> visible;
    for (QLineSeries *s : pool)
        if (s->isVisible())
            visible << s;
    return visible;
}
} // namespace

QList<QLineSeries *> ScalingChart::curves() const
{
    return inUse(m_curves);
}

QList<QLineSeries *> ScalingChart::capacityLines() const
{
    return inUse(m_lines);
}

void ScalingChart::setContent(const Content &c)
{
    m_content = c;
    // One unit for the axis, fitted to what the view frames: the capacities and the current curve's start.
    qint64 largest = 0;
    for (const GpuConfig &cap : c.capacities)
        largest = std::max(largest, c.kvOnly ? 0 : cap.capacityBytes());
    for (const ScalingCurve &curve : c.data.curves)
        if (curve.current && !curve.bytes.isEmpty())
            largest = std::max(largest, curve.bytes.at(std::min<qsizetype>(curve.bytes.size() - 1, 16)));
    m_scale = displayScale(largest, c.unit);
    m_chart->setTitle(c.title);
    const QLocale locale;
    double top = 0;
    const QList<ScalingCurve> &curves = c.data.curves;
    for (int i = 0; i < curves.size(); ++i) {
        const ScalingCurve &curve = curves.at(i);
        QLineSeries *s = pooled(m_curves, i);
        QList<QPointF> points;
        for (qsizetype j = 0; j < curve.tokens.size(); ++j) {
            points << QPointF(double(curve.tokens.at(j)), inScale(curve.bytes.at(j)));
            top = std::max(top, points.last().y());
        }
        s->replace(points);
        // Names and pens relayout the legend: set them only when they change.
        QPen pen(chartpalette::curve(i, int(curves.size())));
        pen.setWidthF(curve.current ? 4.0 : 1.5);
        if (s->pen() != pen)
            s->setPen(pen);
        const QString name =
            tr("%Ln request(s)", nullptr, int(curve.concurrency)) + (curve.current ? tr(" (current)") : QString());
        if (s->name() != name)
            s->setName(name);
        if (!s->isVisible()) {
            s->setVisible(true);
            m_chart->legend()->markers(s).value(0)->setVisible(true);
        }
    }
    for (qsizetype i = curves.size(); i < m_curves.size(); ++i)
        if (m_curves.at(i)->isVisible()) {
            m_curves.at(i)->setVisible(false);
            m_chart->legend()->markers(m_curves.at(i)).value(0)->setVisible(false);
        }
    // Equal capacities are one line and one legend entry: "2 × A100 40GB = 1 × A100 80GB: 85.90 GB".
    const QList<CapacityGroup> groups = groupByCapacity(c.capacities);
    for (int i = 0; i < groups.size(); ++i) {
        QLineSeries *s = pooled(m_lines, i);
        const double y = inScale(groups.at(i).bytes);
        if (s->count() != 2 || s->at(0).y() != y)
            s->replace({QPointF(128, y), QPointF(1 << 20, y)});
        QPen pen(chartpalette::line(i));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(2.0);
        if (s->pen() != pen)
            s->setPen(pen);
        const QString name = tr("%1: %2").arg(groups.at(i).label(), formatBytes(groups.at(i).bytes, c.unit, locale));
        if (s->name() != name)
            s->setName(name);
        if (s->isVisible() != !c.kvOnly) { // capacities bound the total, not the cache alone
            s->setVisible(!c.kvOnly);
            m_chart->legend()->markers(s).value(0)->setVisible(!c.kvOnly);
        }
        if (!c.kvOnly)
            top = std::max(top, y);
    }
    for (qsizetype i = groups.size(); i < m_lines.size(); ++i) {
        m_lines.at(i)->setVisible(false);
        m_chart->legend()->markers(m_lines.at(i)).value(0)->setVisible(false);
    }
    QList<QPointF> all, current;
    if (!c.kvOnly)
        for (const ScalingCrossing &x : c.data.crossings) {
            const QPointF p(double(x.maxTokens), inScale(x.bytesAtMax));
            const bool isCurrent = std::any_of(curves.begin(), curves.end(), [&x](const ScalingCurve &k) {
                return k.current && k.concurrency == x.concurrency;
            });
            (isCurrent ? current : all) << p;
        }
    m_crossings->replace(all);
    m_currentCrossings->replace(current);
    // Lines run off the top: the range frames the capacities and the current curve's start, where
    // the decisions are, not a thousand requests of a million tokens.
    double frame = 0;
    for (const GpuConfig &cap : c.capacities)
        frame = std::max(frame, c.kvOnly ? 0.0 : 2.0 * inScale(cap.capacityBytes()));
    for (const ScalingCurve &curve : curves)
        if (curve.current && !curve.bytes.isEmpty())
            frame = std::max(frame, 1.25 * inScale(curve.bytes.at(std::min<qsizetype>(curve.bytes.size() - 1, 16))));
    m_y->setRange(0, std::min(top, frame > 0 ? frame : top) * 1.05 + (top > 0 ? 0 : 1));
    m_y->applyNiceNumbers();
    const QString format = m_y->max() >= 20 ? QStringLiteral("%.0f") : QStringLiteral("%.1f");
    if (m_y->labelFormat() != format)
        m_y->setLabelFormat(format);
    const QString title = c.kvOnly ? tr("KV cache (%1)").arg(m_scale.name) : tr("GPU memory (%1)").arg(m_scale.name);
    if (m_y->titleText() != title)
        m_y->setTitleText(title);
    updateCrossingLabels(); // after the range: they map the points
    updateCurveLabels();
    // The curves go on past the model's context (a user may extend it), marked where it ends.
    const bool shown = c.maxContext >= m_x->min() && c.maxContext <= m_x->max();
    const double x = double(c.maxContext);
    ContextLine::place(m_chart, m_contextLine, shown ? QList<QPointF>{{x, 0}, {x, m_y->max()}} : QList<QPointF>{},
                       c.maxContext);
}

void ScalingChart::updateCurveLabels()
{
    // Each curve named where it leaves the plot (the top edge, or the right end): its request
    // count, in its colour, so that neighbouring curves are told apart without the legend.
    const QList<ScalingCurve> &curves = m_content.data.curves;
    charttext::grow(m_curveLabels, curves.size(), m_chart);
    const QLocale locale;
    const double top = m_y->max();
    for (qsizetype i = 0; i < m_curveLabels.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_curveLabels.at(i);
        QLineSeries *line = i < m_curves.size() ? m_curves.at(i) : nullptr;
        item->setVisible(i < curves.size() && line && line->count() > 0);
        if (!item->isVisible())
            continue;
        QPointF end = line->at(0);
        for (qsizetype j = 0; j < line->count() && line->at(j).y() <= top; ++j)
            end = line->at(j);
        charttext::setText(item, formatCount(curves.at(i).concurrency, locale), m_chart->font());
        item->setBrush(line->pen().color());
        const QPointF at = m_chart->mapToPosition(end, line);
        item->setPos(at.x() + 3, at.y() - item->boundingRect().height() / 2);
    }
}

void ScalingChart::updateCrossingLabels()
{
    // Own text items rather than point labels (which the chart paints outside their item and
    // cannot group digits): "15,803" above each of the current curve's crossings.
    const QList<QPointF> points = m_currentCrossings->points();
    const QLocale locale;
    charttext::grow(m_crossingLabels, points.size(), m_chart);
    for (qsizetype i = 0; i < m_crossingLabels.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_crossingLabels.at(i);
        item->setVisible(i < points.size());
        if (i >= points.size())
            continue;
        charttext::setText(item, formatCount(qint64(points.at(i).x()), locale), m_chart->font());
        item->setBrush(palette().text());
        const QPointF at = m_chart->mapToPosition(points.at(i), m_currentCrossings);
        const QRectF box = item->boundingRect();
        item->setPos(at.x() - box.width() / 2, at.y() - box.height() - 6);
    }
}

QStringList ScalingChart::crossingLabels() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *item : m_crossingLabels)
        if (item->isVisible())
            texts << item->text();
    return texts;
}

int ScalingChart::tokenLabelBase(qreal plotWidth, const QFont &font)
{
    // Qt Charts gives each label of a log axis the room between two ticks and cuts a longer one
    // ("1,048,…"): powers of 4 where the widest label fits that room, else powers of 16.
    const qreal decades4 = std::log(double(1 << 20) / 128) / std::log(4.0);
    const int widest = QFontMetrics(font).horizontalAdvance(QLocale().toString(1 << 20)) + 8;
    return plotWidth / decades4 >= widest ? 4 : 16;
}

void ScalingChart::fitTokenLabels()
{
    const int base = tokenLabelBase(m_chart->plotArea().width(), m_x->labelsFont());
    if (int(m_x->base()) != base)
        m_x->setBase(base); // relayouts; the next plotAreaChanged finds the same base
}

void ScalingChart::retranslate()
{
    m_chart->setLocale(QLocale()); // the axis digits follow the language
    m_x->setTitleText(tr("Tokens per request (log scale)"));
    m_crossings->setName(tr("Largest tokens that fit"));
    m_currentCrossings->setName(tr("Largest tokens that fit (current requests)"));
    if (!m_content.data.curves.isEmpty() || !m_content.capacities.isEmpty())
        setContent(m_content);
}

void ScalingChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}
