// SPDX-License-Identifier: GPL-3.0-or-later
// Exports open as what they claim, in both languages, and failures leave no file behind.
#include "ChartExporter.h"
#include "DataTable.h"
#include "Language.h"
#include "PlanSnapshot.h"
#include "ReportWriter.h"
#include "ChineseText.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTextFrame>

#include <cmath>
#include <QXmlStreamReader>

using namespace vram;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every text node of an SVG document, concatenated in order (QSvgGenerator splits a
// label where the font changes, e.g. "KV " and "缓存"); wellFormed tells whether the XML parsed.
QString svgText(const QByteArray &svg, bool *wellFormed)
{
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text().toString();
    }
    *wellFormed = !xml.hasError();
    // Spaces at the split points are dropped or doubled between runs, so compare without any.
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}
} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    PlanSnapshot snapshot() const { return PlanSnapshot::build(Scenario(), Catalog::builtIn()); }

private slots:
    void init()
    {
        QVERIFY(Language::install(QStringLiteral("en")));
    }

    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::newRow("png") << "a.png" << int(ChartExporter::Format::Png);
        QTest::newRow("PNG upper") << "a.PNG" << int(ChartExporter::Format::Png);
        QTest::newRow("svg") << "a.svg" << int(ChartExporter::Format::Svg);
        QTest::newRow("pdf") << "a.pdf" << int(ChartExporter::Format::Pdf);
        QTest::newRow("csv") << "a.csv" << int(ChartExporter::Format::Csv);
        QTest::newRow("md") << "a.md" << int(ChartExporter::Format::Markdown);
        QTest::newRow("jpeg") << "a.jpg" << -1;
        QTest::newRow("none") << "chart" << -1;
    }

    void formats()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        const auto f = ChartExporter::formatForPath(file);
        QCOMPARE(f ? int(*f) : -1, format);
    }

    void pngHasTheRequestedSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("ratio");
        QTest::addColumn<QString>("language");
        QTest::newRow("800x450 @1") << QSize(800, 450) << 1 << "en";
        QTest::newRow("800x450 @2") << QSize(800, 450) << 2 << "en";
        QTest::newRow("1600x900 @1 zh_CN") << QSize(1600, 900) << 1 << "zh_CN";
    }

    void pngHasTheRequestedSize()
    {
        QFETCH(QSize, size);
        QFETCH(int, ratio);
        QFETCH(QString, language);
        QVERIFY(Language::install(language));
        QString error;
        const QString file = path(QStringLiteral("chart.png"));
        QVERIFY2(ChartExporter::exportChart(snapshot().chart, file, size, ratio, &error), qPrintable(error));
        const QByteArray bytes = readAll(file);
        QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
        const QImage image = QImage::fromData(bytes, "PNG");
        QCOMPARE(image.size(), size * ratio);
        // Not blank: the bars' blue is somewhere in the picture.
        bool blue = false;
        for (int y = 0; y < image.height() && !blue; y += 4)
            for (int x = 0; x < image.width() && !blue; x += 4)
                blue = image.pixelColor(x, y) == QColor(0x3b, 0x6e, 0xa8);
        QVERIFY(blue);
    }

    void svgIsXmlWithTheTexts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("en") << "en"
                            << QStringList{QStringLiteral("LLaMA-2 13B"), QStringLiteral("KV cache"),
                                           QStringLiteral("Tokens per request"), QStringLiteral("1 × A100 80GB")};
        QTest::newRow("zh_CN") << "zh_CN"
                               << QStringList{QStringLiteral("LLaMA-2 13B"), QStringLiteral("KV 缓存"),
                                              QStringLiteral("每请求 Token 数"), QStringLiteral("额外开销")};
    }

    void svgIsXmlWithTheTexts()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, texts);
        QVERIFY(Language::install(language));
        QString error;
        const QString file = path(QStringLiteral("chart.svg"));
        QVERIFY2(ChartExporter::exportChart(snapshot().chart, file, QSize(1200, 700), 1, &error), qPrintable(error));
        bool wellFormed = false;
        const QString text = svgText(readAll(file), &wellFormed);
        QVERIFY(wellFormed);
        for (const QString &t : texts)
            QVERIFY2(text.contains(QString(t).remove(QLatin1Char(' '))), qPrintable(t));
    }

    void pdfRenders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("report");
        QTest::newRow("chart en") << "en" << false;
        QTest::newRow("chart zh_CN") << "zh_CN" << false;
        QTest::newRow("report en") << "en" << true;
        QTest::newRow("report zh_CN") << "zh_CN" << true;
    }

    void pdfRenders()
    {
        QFETCH(QString, language);
        QFETCH(bool, report);
        QVERIFY(Language::install(language));
        QString error;
        const QString file = path(QStringLiteral("out.pdf"));
        const PlanSnapshot snap = snapshot();
        QVERIFY2(report ? ReportWriter::writePdf(snap.report(), file, &error)
                        : ChartExporter::exportChart(snap.chart, file, QSize(1600, 900), 1, &error),
                 qPrintable(error));
        QVERIFY(readAll(file).startsWith("%PDF-"));
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        QVERIFY2(!pdftoppm.isEmpty(), "pdftoppm (poppler-utils) is needed; scripts/setup.sh installs it");
        QProcess p;
        p.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), file, path(QStringLiteral("page"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QImage page(report ? path(QStringLiteral("page-1.png")) : path(QStringLiteral("page-1.png")));
        QVERIFY(!page.isNull());
        if (!report) // one page the chart's size: 1600 px = 1200 pt = 500 px at 30 dpi
            QCOMPARE(page.width(), 500);
    }

    void teachingViewsExport_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        for (const char *v : {"scaling", "map"})
            for (const char *f : {"png", "svg", "pdf"})
                for (const char *l : {"en", "zh_CN"})
                    QTest::newRow(qPrintable(QStringLiteral("%1 %2 %3").arg(QLatin1String(v), QLatin1String(f), QLatin1String(l))))
                        << QString::fromLatin1(v) << QStringLiteral("view.%1").arg(QLatin1String(f)) << QString::fromLatin1(l);
    }

    void teachingViewsExport()
    {
        QFETCH(QString, view);
        QFETCH(QString, file);
        QFETCH(QString, language);
        QVERIFY(Language::install(language));
        const PlanSnapshot snap = snapshot();
        QString error;
        const QString out = path(file);
        QVERIFY2(view == QLatin1String("scaling") ? ChartExporter::exportScaling(snap.scaling, out, QSize(1000, 600), 2, &error)
                                                  : ChartExporter::exportMap(snap.map, out, QSize(1000, 600), 2, &error),
                 qPrintable(error));
        const QByteArray bytes = readAll(out);
        if (file.endsWith(QLatin1String(".png"))) {
            QCOMPARE(QImage::fromData(bytes, "PNG").size(), QSize(2000, 1200));
        } else if (file.endsWith(QLatin1String(".svg"))) {
            bool wellFormed = false;
            const QString text = svgText(bytes, &wellFormed);
            QVERIFY(wellFormed);
            const QString expected = view == QLatin1String("scaling")
                ? (language == QLatin1String("en") ? QStringLiteral("Tokens per request (log scale)")
                                                   : QStringLiteral("每请求 Token 数（对数刻度）"))
                : (language == QLatin1String("en") ? QStringLiteral("Concurrent requests") : QStringLiteral("并发请求数"));
            QVERIFY2(text.contains(QString(expected).remove(QLatin1Char(' '))), qPrintable(expected));
        } else {
            QVERIFY(bytes.startsWith("%PDF-"));
        }
    }

    void reportHtmlHasEverySection()
    {
        const QString html = ReportWriter::html(snapshot().report());
        for (const char *t : {"Inputs and assumptions", "Breakdown: 65.54 GB", "GPU configurations", "Method and accuracy",
                              "819,200 B × 4,096 tokens × 10 requests = 33.55 GB", "1 × A100 80GB"})
            QVERIFY2(html.contains(QString::fromUtf8(t)), t);
    }

    // The report says, for its own method, which figures are exact and which are estimates.
    void reportSaysWhatItsMethodEstimates_data()
    {
        QTest::addColumn<EstimateMethod>("method");
        QTest::addColumn<QString>("says");
        QTest::newRow("exact") << EstimateMethod::Exact << QStringLiteral("The overhead is a rule of thumb");
        QTest::newRow("vllm") << EstimateMethod::Vllm << QStringLiteral("activation peak, non-torch memory and CUDA graphs are estimates");
        QTest::newRow("sglang") << EstimateMethod::Sglang << QStringLiteral("start-up takes before loading the weights");
        QTest::newRow("llamacpp") << EstimateMethod::LlamaCpp << QStringLiteral("compute buffer follows its graph");
        QTest::newRow("ollama") << EstimateMethod::Ollama << QStringLiteral("Ollama's scheduler (before 0.30)");
        QTest::newRow("trtllm") << EstimateMethod::TrtLlm << QStringLiteral("engines built by trtllm-build");
        QTest::newRow("mindie") << EstimateMethod::Mindie << QStringLiteral("no published start-up log confirms");
    }
    void reportSaysWhatItsMethodEstimates()
    {
        QFETCH(EstimateMethod, method);
        QFETCH(QString, says);
        QVERIFY(Language::install(QStringLiteral("en")));
        Scenario scenario;
        scenario.method = method;
        QTextDocument doc;
        doc.setHtml(ReportWriter::html(PlanSnapshot::build(scenario, Catalog::builtIn()).report()));
        const QString text = doc.toPlainText();
        QVERIFY2(text.contains(says), qPrintable(text));
        // Nothing of another engine's estimates.
        if (method != EstimateMethod::Vllm)
            QVERIFY2(!text.contains(QStringLiteral("non-torch memory")), qPrintable(text));
    }

    // The report's text in Chinese, under every method: nothing half-width beside
    // Chinese (translations/glossary.md), headings and table cells included.
    void chineseReportIsFullWidth_data()
    {
        QTest::addColumn<EstimateMethod>("method");
        for (const EstimateMethod m : allMethods())
            QTest::newRow(qPrintable(methodId(m))) << m;
    }
    void chineseReportIsFullWidth()
    {
        QFETCH(EstimateMethod, method);
        QVERIFY(Language::install(QStringLiteral("zh_CN")));
        Scenario scenario;
        scenario.method = method;
        const QString html = ReportWriter::html(PlanSnapshot::build(scenario, Catalog::builtIn()).report());
        // A header keeps its spaces beside Chinese characters instead of breaking there.
        QVERIFY2(html.contains(QStringLiteral(">最少 GPU 数<")), qPrintable(html));
        QTextDocument doc;
        doc.setHtml(html);
        const QString text = doc.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("方法与准确性")), qPrintable(text));
        const QStringList found = zhtext::halfWidthBesideChinese(text);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n')) + QLatin1Char('\n') + text));
    }

    // Headings whose table ends on a later page than the heading stands (sections that fit a page).
    static QStringList splitSections(QTextDocument &doc)
    {
        QStringList split;
        const qreal page = doc.pageSize().height();
        for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
            const QTextBlock heading = doc.findBlock(frame->firstPosition() - 2);
            const qreal top = doc.documentLayout()->blockBoundingRect(heading).top();
            const qreal bottom = doc.documentLayout()->frameBoundingRect(frame).bottom() - 1;
            if (bottom - top < page && std::floor(top / page) != std::floor(bottom / page))
                split << heading.text();
        }
        return split;
    }

    void reportSectionsAreNeverSplitAcrossPages()
    {
        const QString html = ReportWriter::html(snapshot().report());
        int splitBefore = 0;
        for (int height = 300; height <= 1400; height += 25) {
            QTextDocument doc;
            doc.setPageSize(QSizeF(680, height));
            doc.setHtml(html);
            splitBefore += splitSections(doc).size();
            ReportWriter::keepSectionsTogether(doc);
            const QStringList split = splitSections(doc);
            QVERIFY2(split.isEmpty(), qPrintable(QStringLiteral("page height %1: %2").arg(height).arg(split.join(QStringLiteral(", ")))));
        }
        QVERIFY2(splitBefore > 0, "no page height split a section: the check above proved nothing");
    }

    void csvRoundTripsToTheSameBytes_data()
    {
        QTest::addColumn<bool>("breakdown");
        QTest::addColumn<QString>("language");
        QTest::newRow("chart en") << false << "en";
        QTest::newRow("breakdown en") << true << "en";
        QTest::newRow("chart zh_CN") << false << "zh_CN";
        QTest::newRow("breakdown zh_CN") << true << "zh_CN";
    }

    void csvRoundTripsToTheSameBytes()
    {
        QFETCH(bool, breakdown);
        QFETCH(QString, language);
        QVERIFY(Language::install(language));
        const PlanSnapshot snap = snapshot();
        const DataTable t = breakdown ? breakdownTable(snap.answer.breakdown, snap.answer.fits, ByteUnit::GB, QLocale())
                                      : chartTable(snap.chart.data, ByteUnit::GB, QLocale());
        QString error;
        const QString file = path(QStringLiteral("table.csv"));
        QVERIFY(ChartExporter::writeText(file, t.toCsv(), &error));
        const QByteArray bytes = readAll(file);
        const auto back = DataTable::fromCsv(QString::fromUtf8(bytes));
        QVERIFY(back);
        QCOMPARE(back->toCsv().toUtf8(), bytes);
        QCOMPARE(back->rows, t.rows);
        if (!breakdown) {
            // Machine columns are exact bytes: the current bar's KV cache is 33,554,432,000 B.
            // English keeps the machine name; Chinese translates it.
            const int kv = int(back->header.indexOf(language == QLatin1String("en") ? QStringLiteral("kv_bytes")
                                                                                    : QStringLiteral("KV 缓存（字节）")));
            QVERIFY(kv >= 0);
            bool found = false;
            for (const QStringList &row : back->rows)
                found |= row.at(kv) == QStringLiteral("33554432000");
            QVERIFY(found);
        } else {
            QVERIFY(back->rows.at(2).at(3).contains(language == QLatin1String("en")
                                                        ? QStringLiteral("819,200 B × 4,096 tokens × 10 requests")
                                                        : QStringLiteral("819,200 B × 4,096 个 Token × 10 个请求")));
        }
    }

    void csvQuotingAndBadCsv()
    {
        DataTable t;
        t.header = {QStringLiteral("a"), QStringLiteral("b")};
        t.rows = {{QStringLiteral("x, \"y\""), QStringLiteral("line\nbreak")}};
        const auto back = DataTable::fromCsv(t.toCsv());
        QVERIFY(back);
        QCOMPARE(back->rows, t.rows);
        QVERIFY(!DataTable::fromCsv(QStringLiteral("a,b\r\n\"open")));
        QVERIFY(!DataTable::fromCsv(QStringLiteral("a,b\r\n1,2,3\r\n")));
        QVERIFY(!DataTable::fromCsv(QString()));
    }

    void markdownTable()
    {
        const PlanSnapshot snap = snapshot();
        const QString md = chartTable(snap.chart.data, ByteUnit::GB, QLocale()).toMarkdown();
        const QStringList lines = md.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("| Bar | model |")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("| --- |")));
        QCOMPARE(lines.size(), 2 + snap.chart.data.bars.size());
    }

    void failuresLeaveNoFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown extension") << "chart.jpg" << "unknown file type";
        QTest::newRow("missing folder") << "no/such/folder/chart.png" << "Cannot write";
        QTest::newRow("missing folder pdf") << "no/such/folder/chart.pdf" << "Cannot write";
    }

    void failuresLeaveNoFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!ChartExporter::exportChart(snapshot().chart, path(file), QSize(800, 450), 1, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(!QFile::exists(path(file)));
        QVERIFY(!ReportWriter::writePdf(snapshot().report(), path(QStringLiteral("report.docx")), &error));
        QVERIFY(!QFile::exists(path(QStringLiteral("report.docx"))));
    }

    void aFailedExportKeepsTheOldFile()
    {
        // A directory in the way of the temporary file makes the save fail; the old file must survive intact.
        const QString file = path(QStringLiteral("keep.csv"));
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents");
        old.close();
        QString error;
        QVERIFY(!ChartExporter::writeText(path(QStringLiteral("keep.csv/inside.csv")), QStringLiteral("x"), &error));
        QCOMPARE(readAll(file), QByteArray("old contents"));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
