// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemoryChart.h"

#include "ChartPalette.h"
#include "ChartText.h"
#include "ContextLine.h"
#include "Phrase.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QCursor>
#include <QToolTip>
#include <QLegend>
#include <QBarLegendMarker>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

using namespace vram;


MemoryChart::MemoryChart(QWidget *parent)
    : QChartView(parent)
{
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation); // live dragging must not lag behind
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 320);

    m_bars = new QStackedBarSeries;
    m_bars->setBarWidth(0.65);
    for (int part = 0; part < PartCount; ++part) {
        auto *set = new QBarSet(QString());
        connect(set, &QBarSet::hovered, this, [this, part](bool on, int index) {
            if (on)
                emit barHovered(index, part);
            else
                emit hoverEnded();
        });
        m_sets.append(set);
        m_bars->append(set);
    }
    m_chart->addSeries(m_bars);

    m_overMarks = new QScatterSeries;
    m_overMarks->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_overMarks->setMarkerSize(13);
    connect(m_overMarks, &QScatterSeries::hovered, this, [this](const QPointF &point, bool on) {
        const qsizetype index = m_overMarks->points().indexOf(point);
        if (on && index >= 0 && index < m_crossings.size())
            QToolTip::showText(QCursor::pos(), tr("Above %1").arg(joinList(m_crossings.at(index))), this);
        else
            QToolTip::hideText();
    });
    m_chart->addSeries(m_overMarks);
    // Legend markers as the chart draws each series: the marks above a capacity as triangles,
    // capacities as lines (set as each line is made); the bars keep their squares.
    m_chart->legend()->markers(m_overMarks).value(0)->setShape(QLegend::MarkerShapeFromSeries);

    // Where the model's context ends, between the last bar within it and the first beyond.
    m_contextLine = ContextLine::create(m_chart);

    m_categoryAxis = new QBarCategoryAxis;
    m_valueAxis = new QValueAxis;
    // The labels follow the plot area: after a relayout (margins, legend, window size) and an axis rescale.
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        placeCapacityLabels();
        fitCategoryLabels();
    });
    m_chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_bars), static_cast<QAbstractSeries *>(m_overMarks),
                               static_cast<QAbstractSeries *>(m_contextLine)}) {
        s->attachAxis(m_categoryAxis);
        s->attachAxis(m_valueAxis);
    }
    applyPalette();
    retranslate();
}

QList<QLineSeries *> MemoryChart::capacityLines() const
{
    QList<QLineSeries *> visible;
    for (QLineSeries *line : m_lines)
        if (line->isVisible())
            visible.append(line);
    return visible;
}

QList<QGraphicsSimpleTextItem *> MemoryChart::capacityLabels() const
{
    QList<QGraphicsSimpleTextItem *> shown;
    for (QGraphicsSimpleTextItem *item : m_labels)
        if (item->isVisible())
            shown.append(item);
    std::sort(shown.begin(), shown.end(), [](QGraphicsSimpleTextItem *a, QGraphicsSimpleTextItem *b) { return a->y() < b->y(); });
    return shown;
}

void MemoryChart::setContent(const Content &content)
{
    m_content = content;
    // One unit for the axis, the one that fits the largest value shown (MB for a small model,
    // TB for a large cluster), of the family the user chose.
    m_scale = displayScale(largestShown(), m_content.unit);
    m_chart->setTitle(content.title);
    updateBars();
    updateCapacityLines();
    updateAxes();
}

qint64 MemoryChart::largestShown() const
{
    qint64 largest = 0;
    for (const ChartBar &bar : m_content.data.bars)
        largest = std::max(largest, bar.total);
    for (const GpuConfig &c : m_content.capacities)
        largest = std::max(largest, c.capacityBytes());
    return largest;
}

void MemoryChart::updateBars()
{
    const QList<ChartBar> &bars = m_content.data.bars;
    QStringList labels;
    QList<qreal> values[PartCount];
    bool anyState = false;
    for (const ChartBar &bar : bars) {
        labels << (m_content.mode == ChartMode::Sweep ? (bar.current ? QStringLiteral("[%1]").arg(bar.label) : bar.label)
                                                      : twoLines(bar.label));
        values[Weights] << inScale(bar.weights);
        values[KvCache] << inScale(bar.kvCache - bar.recurrentState);
        values[RecurrentState] << inScale(bar.recurrentState);
        values[Overhead] << inScale(bar.overhead);
        anyState = anyState || bar.recurrentState > 0;
    }
    // Unconditionally, as for the capacity lines: before the chart is shown a marker says it is hidden.
    for (QLegendMarker *marker : m_chart->legend()->markers(m_bars))
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker); bar && bar->barset() == m_sets.at(RecurrentState))
            bar->setVisible(anyState);
    for (int part = 0; part < PartCount; ++part) {
        QBarSet *set = m_sets.at(part);
        // Same number of bars: replace in place; otherwise trim or extend.
        if (set->count() > values[part].size())
            set->remove(int(values[part].size()), set->count() - int(values[part].size()));
        for (int i = 0; i < values[part].size(); ++i) {
            if (i < set->count()) {
                if (set->at(i) != values[part].at(i))
                    set->replace(i, values[part].at(i));
            } else {
                set->append(values[part].at(i));
            }
        }
        set->deselectAllBars();
        for (int i = 0; i < bars.size(); ++i)
            if (bars.at(i).current)
                set->selectBar(i);
    }
    if (m_categoryAxis->categories() != labels)
        m_categoryAxis->setCategories(labels);
    fitCategoryLabels();

    // Mark every bar that rises above a capacity line, in the colour of the highest line it
    // crosses; hovering the mark names them all.
    const QList<CapacityGroup> groups = groupByCapacity(m_content.capacities);
    QList<QPointF> marks;
    QList<QColor> colours;
    m_crossings.clear();
    for (int i = 0; i < bars.size(); ++i) {
        QStringList crossed;
        qsizetype highest = -1;
        for (qsizetype g = 0; g < groups.size(); ++g)
            if (bars.at(i).total > groups.at(g).bytes) {
                crossed << groups.at(g).names;
                if (highest < 0 || groups.at(g).bytes > groups.at(highest).bytes)
                    highest = g;
            }
        if (highest < 0)
            continue;
        marks.append(QPointF(i, inScale(bars.at(i).total)));
        colours.append(chartpalette::line(int(highest)));
        m_crossings.append(crossed);
    }
    if (m_overMarks->points() != marks)
        m_overMarks->replace(marks);
    m_overMarks->clearPointsConfiguration();
    for (int i = 0; i < colours.size(); ++i)
        m_overMarks->setPointConfiguration(i, QXYSeries::PointConfiguration::Color, colours.at(i));
    if (QLegendMarker *marker = m_chart->legend()->markers(m_overMarks).value(0); marker->isVisible() == marks.isEmpty())
        marker->setVisible(!marks.isEmpty());
}

QLineSeries *MemoryChart::capacityLine(int index)
{
    while (m_lines.size() <= index) {
        auto *line = new QLineSeries;
        QPen pen(chartpalette::line(int(m_lines.size())));
        pen.setWidthF(2.0);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->append(0, 0);
        line->append(1, 0);
        m_chart->addSeries(line);
        line->attachAxis(m_categoryAxis);
        line->attachAxis(m_valueAxis);
        m_lines.append(line);
    }
    return m_lines.at(index);
}

void MemoryChart::updateCapacityLines()
{
    const qreal left = -0.5;
    const qreal right = m_content.data.bars.size() - 0.5;
    const QList<CapacityGroup> groups = groupByCapacity(m_content.capacities);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QLineSeries *line = capacityLine(int(i));
        const qreal y = inScale(groups.at(i).bytes);
        // A name change relayouts the legend: set it only when it changes.
        if (line->count() != 2 || line->at(0) != QPointF(left, y) || line->at(1) != QPointF(right, y))
            line->replace({QPointF(left, y), QPointF(right, y)});
        const QString name = groups.at(i).label();
        if (line->name() != name)
            line->setName(name);
        if (!line->isVisible())
            line->setVisible(true);
        // Each line is labelled where it ends, in its colour: a legend entry would only repeat that
        // and take the legend's room. A series shown again shows its marker again, so hide it each time
        // (a marker's isVisible() says false while the chart is not shown yet: no test before hiding).
        m_chart->legend()->markers(line).value(0)->setVisible(false);
    }
    for (qsizetype i = groups.size(); i < m_lines.size(); ++i)
        if (m_lines.at(i)->isVisible())
            m_lines.at(i)->setVisible(false);
    updateCapacityLabels(groups);
}

void MemoryChart::updateCapacityLabels(const QList<CapacityGroup> &wanted)
{
    const QLocale locale;
    const QFontMetrics metrics(m_chart->font());
    int widest = 0;
    for (int i = 0; i < wanted.size(); ++i) {
        const CapacityGroup &group = wanted.at(i);
        const QString text = tr("%1: %2").arg(group.label(), formatBytes(group.bytes, m_content.unit, locale));
        widest = std::max(widest, metrics.horizontalAdvance(text));
        charttext::grow(m_labels, i + 1, m_chart);
        QGraphicsSimpleTextItem *item = m_labels.at(i);
        charttext::setText(item, text, m_chart->font());
        if (item->brush().color() != chartpalette::line(i))
            item->setBrush(chartpalette::line(i));
        item->setData(0, inScale(group.bytes));
        item->setVisible(true);
    }
    for (qsizetype i = wanted.size(); i < m_labels.size(); ++i)
        m_labels.at(i)->setVisible(false);
    // The labels stand in the right margin, beside the lines' right ends: room for the widest.
    QMargins margins = m_chart->margins();
    const int right = wanted.isEmpty() ? 16 : widest + 16;
    if (margins.right() != right) {
        margins.setRight(right);
        m_chart->setMargins(margins); // relayouts the plot area, then plotAreaChanged places the labels
    }
    placeCapacityLabels();
}

void MemoryChart::updateContextLine()
{
    const QList<ChartBar> &bars = m_content.data.bars;
    qsizetype first = -1; // the first bar of more tokens than the context holds
    if (m_content.mode == ChartMode::Sweep && m_content.axis == SweepAxis::Tokens && m_content.maxContext > 0)
        for (qsizetype i = 0; i < bars.size() && first < 0; ++i)
            if (bars.at(i).tokens > m_content.maxContext)
                first = i;
    const qreal x = qreal(first) - 0.5;
    ContextLine::place(m_chart, m_contextLine,
                       first >= 0 ? QList<QPointF>{{x, m_valueAxis->min()}, {x, m_valueAxis->max()}} : QList<QPointF>{},
                       m_content.maxContext);
}

QString MemoryChart::twoLines(const QString &name)
{
    // The axis draws its labels as rich text: a model's full name on two lines, split at the
    // space nearest its middle, fits where one line would be cut to "Qwen3 235B-…".
    const QString escaped = name.toHtmlEscaped();
    qsizetype best = -1;
    for (qsizetype i = escaped.indexOf(QLatin1Char(' ')); i >= 0; i = escaped.indexOf(QLatin1Char(' '), i + 1))
        if (best < 0 || std::abs(escaped.size() / 2 - i) < std::abs(escaped.size() / 2 - best))
            best = i;
    return best < 0 ? escaped : escaped.left(best) + QStringLiteral("<br>") + escaped.mid(best + 1);
}

void MemoryChart::fitCategoryLabels()
{
    // Model names are long: slanted, they keep their full text where level they would be cut
    // to "Qwen3 235B-…".
    const QStringList labels = m_categoryAxis->categories();
    const qreal slot = (m_chart->plotArea().width() > 0 ? m_chart->plotArea().width() : width() * 0.7)
                     / std::max<qsizetype>(1, labels.size());
    const QFontMetrics metrics(m_categoryAxis->labelsFont());
    int widest = 0;
    for (const QString &label : labels)
        for (const QString &line : label.split(QStringLiteral("<br>")))
            widest = std::max(widest, metrics.horizontalAdvance(line));
    const int angle = widest > slot - 8 ? -30 : 0;
    if (m_categoryAxis->labelsAngle() != angle)
        m_categoryAxis->setLabelsAngle(angle);
}

void MemoryChart::placeCapacityLabels()
{
    // Own text items, not the series' point labels: those are painted outside the series'
    // bounding rectangle once they leave the plot area, so a repaint after a rescale left
    // their old pixels behind on screen. An item's move repaints its old and new places.
    QList<QGraphicsSimpleTextItem *> shown;
    for (QGraphicsSimpleTextItem *item : std::as_const(m_labels))
        if (item->isVisible())
            shown.append(item);
    // From the top line down: each label centred on its line, pushed down below the one above.
    std::sort(shown.begin(), shown.end(), [](QGraphicsSimpleTextItem *a, QGraphicsSimpleTextItem *b) {
        return a->data(0).toDouble() > b->data(0).toDouble();
    });
    const QRectF plot = m_chart->plotArea();
    qreal below = -1e9;
    for (QGraphicsSimpleTextItem *item : shown) {
        const QPointF end = m_chart->mapToPosition(QPointF(0, item->data(0).toDouble()), m_lines.value(0));
        const qreal height = item->boundingRect().height();
        const qreal top = std::max(end.y() - height / 2, below);
        const QPointF pos(plot.right() + 6, top);
        if (item->pos() != pos)
            item->setPos(pos);
        below = top + height;
    }
}

void MemoryChart::updateAxes()
{
    const double top = inScale(largestShown());
    m_valueAxis->setRange(0, top > 0 ? top * 1.08 : 1.0);
    m_valueAxis->applyNiceNumbers();
    placeCapacityLabels(); // the same plot area maps the lines to new heights
    updateContextLine();
    const QString format = m_valueAxis->max() >= 20 ? QStringLiteral("%.0f") : QStringLiteral("%.1f");
    if (m_valueAxis->labelFormat() != format)
        m_valueAxis->setLabelFormat(format);
    // An axis title change relayouts the chart: only when it changes.
    const auto setTitle = [](QAbstractAxis *axis, const QString &title) {
        if (axis->titleText() != title)
            axis->setTitleText(title);
    };
    setTitle(m_valueAxis, tr("GPU memory (%1)").arg(m_scale.name));
    switch (m_content.mode) {
    case ChartMode::CompareModels:
        setTitle(m_categoryAxis, tr("Model"));
        break;
    case ChartMode::CompareScenarios:
        setTitle(m_categoryAxis, tr("Scenario"));
        break;
    case ChartMode::Sweep:
        setTitle(m_categoryAxis, m_content.axis == SweepAxis::Tokens ? tr("Tokens per request") : tr("Concurrent requests"));
        break;
    }
}

void MemoryChart::retranslate()
{
    m_sets.at(Weights)->setLabel(tr("Weights"));
    m_sets.at(KvCache)->setLabel(tr("KV cache"));
    m_sets.at(RecurrentState)->setLabel(tr("Recurrent state"));
    m_sets.at(Overhead)->setLabel(tr("Overhead"));
    m_overMarks->setName(tr("Above a capacity line"));
    updateCapacityLines();
    updateAxes();
}

void MemoryChart::applyPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    // A theme resets series colours, so the fixed colours are applied after it.
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
    m_chart->setTitleBrush(palette().color(QPalette::Text));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    for (int part = 0; part < PartCount; ++part) {
        m_sets.at(part)->setColor(chartpalette::part(part));
        m_sets.at(part)->setBorderColor(chartpalette::part(part).darker(130));
        m_sets.at(part)->setSelectedColor(chartpalette::part(part).darker(dark ? 70 : 140));
    }
    m_overMarks->setColor(chartpalette::over());
    m_overMarks->setBorderColor(chartpalette::over());
    for (int i = 0; i < m_lines.size(); ++i) {
        QPen pen = m_lines.at(i)->pen();
        pen.setColor(chartpalette::line(i));
        pen.setWidthF(2.0);
        pen.setStyle(Qt::DashLine);
        m_lines.at(i)->setPen(pen);
    }
    updateCapacityLines(); // the theme reset the margins the labels need
}

void MemoryChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}
