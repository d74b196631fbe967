// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeatMapView.h"

#include "ChartData.h"
#include "ChartPalette.h"
#include "Phrase.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>

using namespace vram;

namespace {
// Position of `value` on a log scale through the sorted `stops`, in cell units (0 = first centre).
double logIndex(const QList<qint64> &stops, qint64 value)
{
    if (stops.isEmpty())
        return 0;
    if (value <= stops.first())
        return 0;
    for (qsizetype i = 1; i < stops.size(); ++i)
        if (value <= stops.at(i)) {
            const double a = std::log(double(stops.at(i - 1)));
            const double b = std::log(double(stops.at(i)));
            return double(i - 1) + (std::log(double(value)) - a) / (b - a);
        }
    return double(stops.size() - 1);
}
} // namespace

HeatMapView::HeatMapView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(480, 320);
}

void HeatMapView::setContent(const Content &content)
{
    m_content = content;
    update();
}

QRectF HeatMapView::plotRect(const QRectF &r) const
{
    const QFontMetricsF fm(font());
    const double left = fm.horizontalAdvance(QStringLiteral("1,024")) + fm.height() * 2.5;
    const double right = fm.horizontalAdvance(QStringLiteral("0000.00 GiB")) + 60;
    const double top = fm.height() * 2.6;
    const double bottom = fm.height() * 3.2 + 8 + fm.height() * 1.4 * double((m_content.capacities.size() + 2) / 3);
    return QRectF(r.left() + left, r.top() + top, std::max(10.0, r.width() - left - right),
                  std::max(10.0, r.height() - top - bottom));
}

QPointF HeatMapView::pointFor(const QRectF &plot, qint64 tokens, qint64 concurrency) const
{
    const MemoryGrid &g = m_content.grid;
    const double cw = plot.width() / std::max<qsizetype>(1, g.tokens.size());
    const double ch = plot.height() / std::max<qsizetype>(1, g.concurrency.size());
    const double x = plot.left() + (logIndex(g.tokens, tokens) + 0.5) * cw;
    const double y = plot.bottom() - (logIndex(g.concurrency, concurrency) + 0.5) * ch;
    return QPointF(x, y);
}

QPointF HeatMapView::currentPoint() const
{
    return pointFor(plotRect(rect()), m_content.tokens, m_content.concurrency);
}

QPoint HeatMapView::cellAt(const QPointF &pos) const
{
    const MemoryGrid &g = m_content.grid;
    const QRectF plot = plotRect(rect());
    if (!plot.contains(pos) || g.tokens.isEmpty() || g.concurrency.isEmpty())
        return QPoint(-1, -1);
    const int column = std::min(int(g.tokens.size()) - 1, int((pos.x() - plot.left()) / plot.width() * g.tokens.size()));
    const int row = std::min(int(g.concurrency.size()) - 1,
                             int((plot.bottom() - pos.y()) / plot.height() * g.concurrency.size()));
    return QPoint(row, column);
}

QString HeatMapView::toolTipFor(int row, int column) const
{
    const MemoryGrid &g = m_content.grid;
    if (row < 0 || column < 0 || row >= g.concurrency.size() || column >= g.tokens.size())
        return {};
    const QLocale locale;
    const qint64 total = g.at(row, column);
    QStringList fits, doesNot;
    for (const GpuConfig &c : m_content.capacities)
        (total <= c.capacityBytes() ? fits : doesNot) << c.label();
    QString text = tr("%1 × %2: %3 (%4)", "4,096 tokens × 12 requests: total (exact bytes)")
                       .arg(tokenCount(g.tokens.at(column)), requestCount(g.concurrency.at(row)),
                            formatBytes(total, m_content.unit, locale), formatExactBytes(total, locale));
    if (!fits.isEmpty())
        text += QLatin1Char('\n') + tr("fits on: %1").arg(joinList(fits));
    if (!doesNot.isEmpty())
        text += QLatin1Char('\n') + tr("does not fit on: %1").arg(joinList(doesNot));
    return text;
}

QList<HeatMapView::Border> HeatMapView::drawnBorders() const
{
    // Equal capacities share one border; a capacity that every cell fits, or none, has no
    // border on this map and so no legend entry either. Colours follow the distinct
    // capacities, as the chart's lines do.
    const MemoryGrid &g = m_content.grid;
    const QList<CapacityGroup> groups = groupByCapacity(m_content.capacities);
    QList<Border> borders;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        bool fits = false, not_ = false;
        for (int row = 0; row < g.concurrency.size(); ++row)
            for (int col = 0; col < g.tokens.size(); ++col)
                (g.at(row, col) <= groups.at(i).bytes ? fits : not_) = true;
        if (fits && not_)
            borders.append({groups.at(i), int(i)});
    }
    return borders;
}

QStringList HeatMapView::legendLabels() const
{
    QStringList labels;
    for (const Border &b : drawnBorders())
        labels << b.capacity.label();
    return labels;
}

void HeatMapView::paintTo(QPainter &p, const QRectF &r) const
{
    const MemoryGrid &g = m_content.grid;
    const QLocale locale;
    p.save();
    p.fillRect(r, palette().color(QPalette::Base));
    p.setPen(palette().color(QPalette::Text));
    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    const QFontMetricsF fm(font());
    p.drawText(QRectF(r.left(), r.top() + 4, r.width(), fm.height() * 1.6), Qt::AlignCenter, m_content.title);
    p.setFont(font());
    if (g.tokens.isEmpty() || g.concurrency.isEmpty() || g.totals.isEmpty()) {
        p.restore();
        return;
    }
    const QRectF plot = plotRect(r);
    const int cols = int(g.tokens.size());
    const int rows = int(g.concurrency.size());
    const double cw = plot.width() / cols;
    const double ch = plot.height() / rows;
    const auto cell = [&](int row, int col) {
        return QRectF(plot.left() + col * cw, plot.bottom() - (row + 1) * ch, cw, ch);
    };

    // Colour by the logarithm of the total: the map spans four orders of magnitude.
    const auto [lo, hi] = std::minmax_element(g.totals.begin(), g.totals.end());
    const double logLo = std::log(double(std::max<qint64>(1, *lo)));
    const double logHi = std::log(double(std::max<qint64>(1, *hi)));
    for (int row = 0; row < rows; ++row)
        for (int col = 0; col < cols; ++col) {
            const double f = logHi > logLo ? (std::log(double(std::max<qint64>(1, g.at(row, col)))) - logLo) / (logHi - logLo) : 0;
            p.fillRect(cell(row, col).adjusted(0, 0, 0.6, 0.6), chartpalette::heat(f));
        }

    // Each capacity: the border between cells that fit and cells that do not.
    const QList<Border> borders = drawnBorders();
    for (int i = 0; i < borders.size(); ++i) {
        const qint64 cap = borders.at(i).capacity.bytes;
        QPen pen(chartpalette::line(borders.at(i).colour), 3.0);
        pen.setCapStyle(Qt::SquareCap);
        p.setPen(pen);
        for (int row = 0; row < rows; ++row)
            for (int col = 0; col < cols; ++col) {
                const bool fits = g.at(row, col) <= cap;
                const QRectF c = cell(row, col);
                if (col + 1 < cols && fits != (g.at(row, col + 1) <= cap))
                    p.drawLine(c.topRight(), c.bottomRight());
                if (row + 1 < rows && fits != (g.at(row + 1, col) <= cap))
                    p.drawLine(c.topLeft(), c.topRight());
            }
    }

    // Where the model's context ends: columns to the right hold more tokens than it does.
    if (const auto beyond = std::find_if(g.tokens.begin(), g.tokens.end(), [&](qint64 t) { return t > m_content.maxContext; });
        m_content.maxContext > 0 && beyond != g.tokens.end() && beyond != g.tokens.begin()) {
        const double x = plot.left() + double(beyond - g.tokens.begin()) * cw;
        p.setPen(QPen(chartpalette::over(), 2, Qt::DotLine));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(x + 4, plot.top() - fm.descent() - 2), tr("Model's context: %1 →").arg(tokenCount(m_content.maxContext)));
    }

    // The current slider point.
    const QPointF now = pointFor(plot, m_content.tokens, m_content.concurrency);
    p.setPen(QPen(Qt::black, 2));
    p.setBrush(Qt::white);
    p.drawEllipse(now, 6, 6);

    // Axes: every other stop labelled.
    p.setPen(palette().color(QPalette::Text));
    for (int col = 0; col < cols; col += 2)
        p.drawText(QRectF(plot.left() + col * cw - cw, plot.bottom() + 2, 3 * cw, fm.height()), Qt::AlignHCenter,
                   shortCount(g.tokens.at(col), locale));
    for (int row = 0; row < rows; row += 2)
        p.drawText(QRectF(r.left(), plot.bottom() - (row + 1) * ch, plot.left() - r.left() - 6, ch),
                   Qt::AlignRight | Qt::AlignVCenter, formatCount(g.concurrency.at(row), locale));
    p.drawText(QRectF(plot.left(), plot.bottom() + fm.height() * 1.2, plot.width(), fm.height()), Qt::AlignHCenter,
               tr("Tokens per request"));
    p.save();
    p.translate(r.left() + fm.height() * 0.6, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()), Qt::AlignCenter,
               tr("Concurrent requests"));
    p.restore();

    // Colour bar with its end values.
    const QRectF bar(plot.right() + 16, plot.top(), 16, plot.height());
    QLinearGradient ramp(bar.bottomLeft(), bar.topLeft());
    for (int i = 0; i <= 8; ++i)
        ramp.setColorAt(i / 8.0, chartpalette::heat(i / 8.0));
    p.fillRect(bar, ramp);
    p.drawText(QPointF(bar.right() + 4, bar.top() + fm.ascent()), formatBytes(*hi, m_content.unit, locale));
    p.drawText(QPointF(bar.right() + 4, bar.bottom()), formatBytes(*lo, m_content.unit, locale));

    // Legend: one entry per capacity drawn, as many to a line as fit the width.
    double x = plot.left();
    double y = plot.bottom() + fm.height() * 2.6;
    for (int i = 0; i < borders.size(); ++i) {
        const QString label = tr("fits on %1: below and left of the line").arg(borders.at(i).capacity.label());
        if (x > plot.left() && x + 24 + fm.horizontalAdvance(label) > r.right()) {
            x = plot.left();
            y += fm.height() * 1.4;
        }
        p.setPen(QPen(chartpalette::line(borders.at(i).colour), 3));
        p.drawLine(QPointF(x, y + fm.height() / 2), QPointF(x + 18, y + fm.height() / 2));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(x + 24, y + fm.ascent()), label);
        x += 24 + fm.horizontalAdvance(label) + 18;
    }
    p.restore();
}

void HeatMapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    paintTo(p, rect());
}

void HeatMapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint c = cellAt(event->position());
    if (c.x() >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(c.x(), c.y()), this);
    else
        QToolTip::hideText();
}

void HeatMapView::mousePressEvent(QMouseEvent *event)
{
    const QPoint c = cellAt(event->position());
    if (event->button() == Qt::LeftButton && c.x() >= 0)
        emit cellChosen(m_content.grid.tokens.at(c.y()), m_content.grid.concurrency.at(c.x()));
    QWidget::mousePressEvent(event);
}

void HeatMapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}
