// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HeatMapView.h"
#include "MemoryChart.h"
#include "ScalingChart.h"

#include <functional>

#include <QImage>
#include <QSize>
#include <QString>
#include <optional>

// Writes the chart as it looks on screen to PNG (raster, any pixel ratio),
// SVG (vector, text as text) or PDF (vector), and text tables to CSV or
// Markdown. Everything is drawn in memory and written by UserFile::write: a
// failed export leaves no file behind and never truncates an existing one.
class ChartExporter
{
public:
    enum class Format { Png, Svg, Pdf, Csv, Markdown };

    // By the file name's extension; nullopt for anything else.
    static std::optional<Format> formatForPath(const QString &path);
    static bool isImageFormat(Format format) { return format == Format::Png || format == Format::Svg || format == Format::Pdf; }

    // Draws a view into a rectangle of the given logical size.
    using Painter = std::function<void(QPainter &, const QRectF &)>;

    static QImage renderPainted(const Painter &paint, QSize size, qreal pixelRatio);
    static QImage renderImage(const MemoryChart::Content &content, QSize size, qreal pixelRatio = 1.0);
    static bool exportChart(const MemoryChart::Content &content, const QString &path, QSize size, qreal pixelRatio,
                            QString *error);
    static bool exportScaling(const ScalingChart::Content &content, const QString &path, QSize size, qreal pixelRatio,
                              QString *error);
    static bool exportMap(const HeatMapView::Content &content, const QString &path, QSize size, qreal pixelRatio,
                          QString *error);
    // Any view: PNG, SVG or PDF by the path's extension.
    static bool exportPainted(const Painter &paint, const QString &title, const QString &path, QSize size,
                              qreal pixelRatio, QString *error);
    static bool writeText(const QString &path, const QString &text, QString *error);

    // A PNG is drawn whole in memory at 4 bytes a pixel, and encoding needs about as
    // much again: at most this many pixels keeps an export under 200 MB. The default
    // 1600 × 900 fits at pixel ratio 3 (4 needs 23 million).
    static constexpr qint64 kMaxPixels = 16'000'000;
    // Why an image of `size` layout pixels at `pixelRatio` is too large, or empty.
    static QString pixelLimitProblem(QSize size, qreal pixelRatio);

    // The message for a path whose extension names no format we write.
    static QString unknownFormatMessage(const QString &path);
};
