// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemoryChart.h"

#include "ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QFontMetrics>
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
    for (int part = 0; part < 3; ++part) {
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
    m_chart->addSeries(m_overMarks);

    m_categoryAxis = new QBarCategoryAxis;
    m_valueAxis = new QValueAxis;
    m_chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_bars), static_cast<QAbstractSeries *>(m_overMarks)}) {
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

void MemoryChart::setContent(const Content &content)
{
    m_content = content;
    m_chart->setTitle(content.title);
    updateBars();
    updateCapacityLines();
    updateAxes();
}

void MemoryChart::updateBars()
{
    const QList<ChartBar> &bars = m_content.data.bars;
    QStringList labels;
    QList<qreal> values[3];
    for (const ChartBar &bar : bars) {
        labels << (bar.current && m_content.mode == ChartMode::Sweep ? QStringLiteral("[%1]").arg(bar.label) : bar.label);
        values[Weights] << toUnit(bar.weights, m_content.unit);
        values[KvCache] << toUnit(bar.kvCache, m_content.unit);
        values[Overhead] << toUnit(bar.overhead, m_content.unit);
    }
    for (int part = 0; part < 3; ++part) {
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
    // A blank slot on the right holds the capacity lines' labels clear of the bars.
    if (!m_content.capacities.isEmpty())
        labels << QStringLiteral(" ");
    if (m_categoryAxis->categories() != labels)
        m_categoryAxis->setCategories(labels);

    // Mark every bar that rises above at least one capacity line.
    qint64 smallest = std::numeric_limits<qint64>::max();
    for (const GpuConfig &c : m_content.capacities)
        smallest = std::min(smallest, c.capacityBytes());
    QList<QPointF> marks;
    for (int i = 0; i < bars.size(); ++i)
        if (bars.at(i).total > smallest)
            marks.append(QPointF(i, toUnit(bars.at(i).total, m_content.unit)));
    if (m_overMarks->points() != marks)
        m_overMarks->replace(marks);
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
        line->setPointLabelsVisible(true);
        line->setPointLabelsClipping(false);
        line->setPointLabelsColor(pen.color());
        line->setPointLabelsFont(m_chart->font()); // the font the right margin is measured in
        line->append(0, 0);
        line->append(1, 0);
        // The label stands once, at the right end of the line.
        line->setPointConfiguration(0, {{QXYSeries::PointConfiguration::LabelVisibility, false}});
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
    const qreal right = m_content.data.bars.size() + 0.5; // through the blank label slot
    const QLocale locale;
    for (int i = 0; i < m_content.capacities.size(); ++i) {
        const GpuConfig &config = m_content.capacities.at(i);
        QLineSeries *line = capacityLine(i);
        const qreal y = toUnit(config.capacityBytes(), m_content.unit);
        // Names and labels relayout the legend and the labels: set them only when they change.
        if (line->count() != 2 || line->at(0) != QPointF(left, y) || line->at(1) != QPointF(right, y))
            line->replace({QPointF(left, y), QPointF(right, y)});
        if (line->name() != config.label())
            line->setName(config.label());
        const QString label = tr("%1: %2").arg(config.label(), formatBytes(config.capacityBytes(), m_content.unit, locale));
        if (line->pointLabelsFormat() != label)
            line->setPointLabelsFormat(label);
        if (!line->isVisible()) {
            line->setVisible(true);
            m_chart->legend()->markers(line).value(0)->setVisible(true);
        }
    }
    // The labels stand centred on the lines' right ends: leave room for half of the widest.
    int widest = 0;
    for (int i = 0; i < m_content.capacities.size(); ++i)
        widest = std::max(widest, QFontMetrics(m_lines.at(i)->pointLabelsFont())
                                      .horizontalAdvance(m_lines.at(i)->pointLabelsFormat()));
    QMargins margins = m_chart->margins();
    if (margins.right() != widest / 2 + 16) {
        margins.setRight(widest / 2 + 16);
        m_chart->setMargins(margins);
    }
    for (qsizetype i = m_content.capacities.size(); i < m_lines.size(); ++i)
        if (m_lines.at(i)->isVisible()) {
            m_lines.at(i)->setVisible(false);
            m_chart->legend()->markers(m_lines.at(i)).value(0)->setVisible(false);
        }
}

void MemoryChart::updateAxes()
{
    double top = 0;
    for (const ChartBar &bar : m_content.data.bars)
        top = std::max(top, toUnit(bar.total, m_content.unit));
    for (const GpuConfig &c : m_content.capacities)
        top = std::max(top, toUnit(c.capacityBytes(), m_content.unit));
    m_valueAxis->setRange(0, top > 0 ? top * 1.08 : 1.0);
    m_valueAxis->applyNiceNumbers();
    const QString format = m_valueAxis->max() >= 20 ? QStringLiteral("%.0f") : QStringLiteral("%.1f");
    if (m_valueAxis->labelFormat() != format)
        m_valueAxis->setLabelFormat(format);
    // An axis title change relayouts the chart: only when it changes.
    const auto setTitle = [](QAbstractAxis *axis, const QString &title) {
        if (axis->titleText() != title)
            axis->setTitleText(title);
    };
    setTitle(m_valueAxis, tr("GPU memory (%1)").arg(unitName(m_content.unit)));
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
    for (int part = 0; part < 3; ++part) {
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
        m_lines.at(i)->setPointLabelsColor(pen.color());
        m_lines.at(i)->setPointLabelsFont(m_chart->font());
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
