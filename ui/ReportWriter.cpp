// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWriter.h"

#include "ChartExporter.h"
#include "Phrase.h"
#include "UserFile.h"

#include <QGuiApplication>
#include <QUrl>
#include <QCoreApplication>
#include <QDateTime>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QBuffer>
#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

using namespace vram;

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &a, const QString &b)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(a), esc(b));
}

const QString kChartResource = QStringLiteral("vram-planner-chart.png");
} // namespace

QString ReportWriter::html(const Content &c)
{
    const QLocale locale;
    const EstimateInput &in = c.input;
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h1>%1</h1>").arg(esc(Text::tr("GPU memory plan: %1").arg(in.model.name)));
    h += QStringLiteral("<p style='color:#555'>%1</p>")
             .arg(esc(Text::tr("Made with VRAM Planner %1 on %2.")
                          .arg(QStringLiteral(VRAM_PLANNER_VERSION),
                               locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat))));

    h += QStringLiteral("<h2>%1</h2><table cellpadding='3'>").arg(esc(Text::tr("Inputs and assumptions")));
    h += row(Text::tr("Model"), Text::tr("%1, %2", "the model, then its attention kind")
                                    .arg(withNote(in.model.name, in.model.id), attentionKindName(in.model.attentionKind())));
    h += row(Text::tr("Parameters"), formatCount(in.method == EstimateMethod::Article ? in.model.nominalParameters
                                                                                      : in.model.parameters,
                                                 locale));
    h += row(Text::tr("Weights"), in.weights.displayName());
    h += row(Text::tr("KV cache"), in.kvCache.name);
    h += row(Text::tr("Tokens per request"), formatCount(in.tokens, locale));
    h += row(Text::tr("Concurrent requests"), formatCount(in.concurrency, locale));
    if (isEngineMethod(in.method))
        h += row(Text::tr("Engine settings"), describeEngineSettings(in.method, in.engine, locale));
    else
        h += row(Text::tr("Overhead"), formatPpmAsPercent(in.overheadPpm));
    h += row(Text::tr("Method"), methodName(in.method));
    h += row(Text::tr("Unit"), c.unit == ByteUnit::GB ? Text::tr("GB = 10^9 bytes") : Text::tr("GiB = 2^30 bytes"));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<p><img src=\"%1\"></p>").arg(kChartResource);

    const MemoryBreakdown &b = c.breakdown;
    h += QStringLiteral("<h2>%1</h2><table cellpadding='3' border='1' cellspacing='0'>")
             .arg(esc(Text::tr("Breakdown: %1").arg(formatBytes(b.total.bytes, c.unit, locale))));
    const auto term = [&](const QString &name, const MemoryTerm &t, const QString &value) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td align='right'>%2</td><td>%3</td></tr>")
                 .arg(esc(name), esc(value), esc(t.formula));
    };
    term(Text::tr("Weights"), b.weights, formatBytes(b.weights.bytes, c.unit, locale));
    term(Text::tr("KV per token"), b.kvPerToken, formatExactBytes(b.kvPerToken.bytes, locale));
    term(Text::tr("KV cache"), b.kvCache, formatBytes(b.kvCache.bytes, c.unit, locale));
    if (b.recurrentState.bytes > 0)
        term(Text::tr("of which recurrent state"), b.recurrentState, formatBytes(b.recurrentState.bytes, c.unit, locale));
    term(Text::tr("Overhead"), b.overhead, formatBytes(b.overhead.bytes, c.unit, locale));
    term(Text::tr("Total"), b.total, formatBytes(b.total.bytes, c.unit, locale));
    // The exact total is the table's last row, so that no page break parts it from the table.
    h += QStringLiteral("<tr><td colspan='3'>%1</td></tr></table>")
             .arg(esc(Text::tr("Exact total: %1.").arg(formatExactBytes(b.total.bytes, locale))));

    if (!c.fits.isEmpty()) {
        // The full width, headers never broken inside a word ("Configurati-on").
        h += QStringLiteral("<h2>%1</h2><table width='100%' cellpadding='3' border='1' cellspacing='0'><tr>")
                 .arg(esc(Text::tr("GPU configurations")));
        // Headers break between words only: a space beside a Chinese character is typography, not a gap.
        static const QRegularExpression wordGap(QStringLiteral("(?<=\\p{Latin}) (?=\\p{Latin})"));
        for (const QString &head : {Text::tr("Configuration"), Text::tr("Capacity"), Text::tr("Fits"), Text::tr("Headroom"),
                                    Text::tr("Fewest GPUs"), Text::tr("Largest concurrency"), Text::tr("Largest tokens"),
                                    Text::tr("Price an hour")})
            h += QStringLiteral("<th style='white-space:nowrap'>%1</th>").arg(esc(head).replace(wordGap, QStringLiteral("<br>")));
        h += QStringLiteral("</tr>");
        // The cheapest configuration that fits is the row in bold, marked ★ and named below the table.
        const int cheapest = FitAnalyzer::cheapestFitting(c.fits);
        for (int i = 0; i < c.fits.size(); ++i) {
            const FitResult &f = c.fits.at(i);
            const QString price = f.costCentsPerHour > 0 ? c.prices.format(f.costCentsPerHour, locale) : QStringLiteral("—");
            h += QStringLiteral("<tr%8><td style='white-space:nowrap'>%1</td><td align='right'>%2</td><td>%3</td><td align='right'>%4</td>"
                                "<td align='right'>%5</td><td align='right'>%6</td><td align='right'>%7</td><td align='right'>%9</td></tr>")
                     .arg(esc(f.capacityLabel), esc(formatBytes(f.capacity, c.unit, locale)),
                          esc(f.fits ? Text::tr("yes") : Text::tr("no")), esc(formatBytes(f.headroom, c.unit, locale)),
                          esc(FitAnalyzer::gpusNeededText(f.gpusNeeded, locale)), esc(formatCount(f.maxConcurrency, locale)),
                          esc(formatCount(f.maxTokens, locale)),
                          i == cheapest ? QStringLiteral(" style='font-weight:bold'") : QString(),
                          esc(i == cheapest ? QStringLiteral("★ ") + price : price));
        }
        h += QStringLiteral("</table>");
        // Planned per GPU (llama.cpp over several GPUs or on unified memory): each GPU's part.
        for (const FitResult &f : c.fits) {
            if (f.devices.isEmpty())
                continue;
            QStringList lines;
            for (int i = 0; i < f.devices.size(); ++i)
                lines << esc(Text::tr("%1, %2", "a GPU's part, then whether it fits")
                                 .arg(describeLlamaCppDevice(f.devices.at(i), i, c.unit, locale),
                                      f.devices.at(i).fits() ? Text::tr("fits") : Text::tr("does not fit")));
            h += QStringLiteral("<p><b>%1</b><br/>%2</p>").arg(esc(f.capacityLabel), lines.join(QStringLiteral("<br/>")));
        }
        if (cheapest >= 0) {
            const FitResult &best = c.fits.at(cheapest);
            QString note = Text::tr("★ Cheapest that fits: %1 at %2 (%3).")
                               .arg(best.capacityLabel, c.prices.perHour(best.costCentsPerHour, locale),
                                    c.prices.perMonth(best.costCentsPerHour, locale));
            if (const QString rate = c.prices.rateText(locale); !rate.isEmpty())
                note = joinSentences(note, Text::tr("Rate: %1.").arg(rate));
            h += QStringLiteral("<p>%1</p>").arg(esc(note));
        }
    }

    h += QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
             .arg(esc(Text::tr("Method and accuracy")), esc(methodDescription(in.method)),
                  esc(joinSentences(methodAccuracy(in.method),
                                    Text::tr("Model figures come from each model's config.json: %1").arg(in.model.configSource))));
    h += QStringLiteral("</body></html>");
    return h;
}

bool ReportWriter::writePdf(const Content &content, const QString &path, QString *error)
{
    if (ChartExporter::formatForPath(path) != ChartExporter::Format::Pdf) {
        *error = QCoreApplication::translate("ReportWriter", "\"%1\": a report is written as .pdf.").arg(path);
        return false;
    }
    QBuffer file; // drawn in memory, then written whole or not at all
    file.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("VRAM Planner"));
        pdf.setTitle(Text::tr("GPU memory plan: %1").arg(content.input.model.name));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QTextDocument doc;
        // Paginated to the printable area (180 × 267 mm at 96 layout pixels an inch): print() then
        // uses it as it is, instead of adding 2 cm margins of its own inside the page margins.
        const QSizeF mm = pdf.pageLayout().paintRect(QPageLayout::Millimeter).size();
        doc.setPageSize(mm / 25.4 * 96);
        doc.setDocumentMargin(0);
        doc.setDefaultFont(QGuiApplication::font()); // carries the CJK fallback family
        // Laid out at 1000 × 580 (room for its legend) and printed the text column's full width,
        // its text keeps two thirds of its screen size, legible on paper (it used to shrink to
        // under half). Three pixels a layout pixel print it sharply; the picture's own device pixel
        // ratio sets its size, as an <img width> crops rather than scales such an image when printed.
        QImage chart = ChartExporter::renderImage(content.chart, QSize(1000, 580), 3.0);
        chart.setDevicePixelRatio(qreal(chart.width()) / std::floor(doc.pageSize().width())); // the column's width
        doc.addResource(QTextDocument::ImageResource, QUrl(kChartResource), chart);
        doc.setHtml(html(content));
        keepSectionsTogether(doc);
        doc.print(&pdf);
    }
    return vram::UserFile::write(path, file.data(), error);
}

void ReportWriter::keepSectionsTogether(QTextDocument &doc)
{
    const qreal page = doc.pageSize().height();
    if (page <= 0)
        return;
    const auto pageOf = [page](qreal y) { return std::floor(y / page); };
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        if (!qobject_cast<QTextTable *>(frame) || frame->firstPosition() < 2)
            continue;
        const QTextBlock heading = doc.findBlock(frame->firstPosition() - 2); // the block before the table
        if (!heading.isValid())
            continue;
        const qreal top = layout->blockBoundingRect(heading).top();
        const qreal bottom = layout->frameBoundingRect(frame).bottom() - 1;
        // A section taller than a page splits anyway; moving it would only leave a gap.
        if (pageOf(top) == pageOf(bottom) || bottom - top >= page)
            continue;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(heading).mergeBlockFormat(format); // relayouts what follows
    }
}
