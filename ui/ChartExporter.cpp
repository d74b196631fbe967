// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartExporter.h"
#include "UserFile.h"
#include "ByteUnit.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QBuffer>
#include <cmath>
#include <QSvgGenerator>

namespace {

// A chart view laid out at `size` without appearing on screen.
template<typename View>
class Offscreen
{
public:
    Offscreen(const typename View::Content &content, QSize size)
    {
        m_view.setAttribute(Qt::WA_DontShowOnScreen);
        m_view.setFrameShape(QFrame::NoFrame);
        m_view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_view.resize(size);
        // No paint event: a painted window gets a backing store of its full size (an
        // 8000 × 8000 SVG would hold 256 MB of pixels it never uses); render() draws the scene.
        m_view.setUpdatesEnabled(false);
        m_view.show(); // polished (palette, theme) before the content is laid out
        m_view.setContent(content);
        QCoreApplication::processEvents(); // resize and layout
    }

    // QGraphicsView::render with the viewport as source keeps legend markers and
    // clips dashed lines to the plot, which QWidget::render into a scaled painter does not.
    void render(QPainter &painter, const QRectF &target) { m_view.render(&painter, target, m_view.viewport()->rect()); }

private:
    View m_view;
};
using OffscreenChart = Offscreen<MemoryChart>;

} // namespace

QString ChartExporter::pixelLimitProblem(QSize size, qreal pixelRatio)
{
    const qint64 pixels = qint64(std::ceil(size.width() * pixelRatio)) * qint64(std::ceil(size.height() * pixelRatio));
    if (pixels <= kMaxPixels)
        return {};
    return QCoreApplication::translate("ChartExporter",
                                       "A PNG of %1 × %2 pixels has %3 pixels, more than the %4 an export may have; "
                                       "choose a smaller size or pixel ratio (SVG and PDF have no such limit).")
        .arg(qint64(std::ceil(size.width() * pixelRatio)))
        .arg(qint64(std::ceil(size.height() * pixelRatio)))
        .arg(vram::formatCount(pixels, QLocale()), vram::formatCount(kMaxPixels, QLocale()));
}

std::optional<ChartExporter::Format> ChartExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    return std::nullopt;
}

QString ChartExporter::unknownFormatMessage(const QString &path)
{
    return QCoreApplication::translate("ChartExporter",
                                       "\"%1\": unknown file type; use .png, .svg or .pdf for a chart, .csv or .md for a table.")
        .arg(path);
}

QImage ChartExporter::renderPainted(const Painter &paint, QSize size, qreal pixelRatio)
{
    QImage image(size * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

QImage ChartExporter::renderImage(const MemoryChart::Content &content, QSize size, qreal pixelRatio)
{
    OffscreenChart chart(content, size);
    return renderPainted([&chart](QPainter &p, const QRectF &r) { chart.render(p, r); }, size, pixelRatio);
}

bool ChartExporter::exportChart(const MemoryChart::Content &content, const QString &path, QSize size,
                                qreal pixelRatio, QString *error)
{
    OffscreenChart chart(content, size);
    return exportPainted([&chart](QPainter &p, const QRectF &r) { chart.render(p, r); }, content.title, path, size,
                         pixelRatio, error);
}

bool ChartExporter::exportScaling(const ScalingChart::Content &content, const QString &path, QSize size,
                                  qreal pixelRatio, QString *error)
{
    Offscreen<ScalingChart> chart(content, size);
    return exportPainted([&chart](QPainter &p, const QRectF &r) { chart.render(p, r); }, content.title, path, size,
                         pixelRatio, error);
}

bool ChartExporter::exportMap(const HeatMapView::Content &content, const QString &path, QSize size, qreal pixelRatio,
                              QString *error)
{
    HeatMapView map;
    map.resize(size);
    map.setContent(content);
    return exportPainted([&map](QPainter &p, const QRectF &r) { map.paintTo(p, r); }, content.title, path, size,
                         pixelRatio, error);
}

bool ChartExporter::exportPainted(const Painter &paint, const QString &title, const QString &path, QSize size,
                                  qreal pixelRatio, QString *error)
{
    const auto format = formatForPath(path);
    if (!format || !isImageFormat(*format)) {
        *error = unknownFormatMessage(path);
        return false;
    }
    if (*format == Format::Png) {
        if (const QString problem = pixelLimitProblem(size, pixelRatio); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    // Drawn in memory first: the file is then replaced whole, or not at all.
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    bool drawn = true;
    if (*format == Format::Png) {
        drawn = renderPainted(paint, size, pixelRatio).save(&file, "PNG");
    } else if (*format == Format::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(96); // the screen's logical dpi, so point sizes match what is shown
        svg.setTitle(title);
        svg.setDescription(QStringLiteral("VRAM Planner"));
        QPainter painter(&svg);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
        drawn = painter.end();
    } else {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("VRAM Planner"));
        pdf.setTitle(title);
        // One page the size of the view: 1 px at 96 dpi = 0.75 pt.
        pdf.setPageSize(QPageSize(QSizeF(size) * 0.75, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        // PDF stays vector at any resolution; at the screen's 96 dpi point sizes and layout
        // pixels mean what they mean on screen, for charts and hand-painted views alike.
        pdf.setResolution(96);
        QPainter painter(&pdf);
        paint(painter, QRectF(0, 0, pdf.width(), pdf.height()));
        drawn = painter.end();
    }
    if (!drawn) {
        *error = vram::UserFile::cannotWrite(path, QCoreApplication::translate("ChartExporter", "the image could not be drawn"));
        return false;
    }
    return vram::UserFile::write(path, file.data(), error);
}

bool ChartExporter::writeText(const QString &path, const QString &text, QString *error)
{
    return vram::UserFile::write(path, text.toUtf8(), error);
}
