// SPDX-License-Identifier: GPL-3.0-or-later
// The Chinese translation against translations/glossary.md: no rejected form,
// no half-width punctuation beside Chinese, and the checks themselves catch
// what the November 2026 review found.
#include "ChineseText.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

namespace {
const QString kTranslations = QStringLiteral(VRAM_SOURCE_DIR "/translations/vram-planner_zh_CN.ts");
const QString kGlossary = QStringLiteral(VRAM_SOURCE_DIR "/translations/glossary.md");

struct Message {
    QString context;
    QString source;
    QString translation;
};

// Every translation (each plural form on its own) with its context and source.
QList<Message> readMessages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    Message current;
    bool plural = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name"))
            current.context = xml.readElementText();
        else if (name == QLatin1String("message"))
            plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        else if (name == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (name == QLatin1String("translation") && !plural)
            messages.append({current.context, current.source, xml.readElementText()});
        else if (name == QLatin1String("numerusform"))
            messages.append({current.context, current.source, xml.readElementText()});
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void theChecksCatchWhatTheReviewFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("flagged");
        // Review items 3, 4 and 25, as the program printed them before.
        QTest::newRow("comma from C++") << QStringLiteral("10 个并发请求, 张量并行 1") << true;
        QTest::newRow("capacity and colon") << QStringLiteral("1 × H100 80GB (76.56 GB): ✔ 放得下") << true;
        QTest::newRow("second unit") << QStringLiteral("权重  26.03 GB (24.24 GiB)  公式") << true;
        QTest::newRow("model line") << QStringLiteral("LLaMA-2 13B (llama-2-13b), 多头注意力") << true;
        QTest::newRow("stacked brackets") << QStringLiteral("GPU 层数 (-ngl)(&G)：") << true;
        QTest::newRow("bracket after Chinese") << QStringLiteral("显存(GB)") << true;
        QTest::newRow("space between sentences") << QStringLiteral("未知模型“x”（见 models 命令）。 是否想输入“y”？") << true;
        // What the glossary keeps half-width.
        QTest::newRow("formula") << QStringLiteral("10% × (26.03 GB + 3.36 GB) = 2.94 GB") << false;
        QTest::newRow("formula with min") << QStringLiteral("%1 × min(%2, %3) 个 Token（%4 个滑动窗口层）") << false;
        QTest::newRow("accelerator") << QStringLiteral("模型(&M)：") << false;
        QTest::newRow("file filter") << QStringLiteral("PNG 图片 (*.png);;SVG 矢量图 (*.svg)") << false;
        QTest::newRow("CLI syntax") << QStringLiteral("--size 的格式必须是“宽x高”，例如 1400x900。") << false;
        QTest::newRow("English line") << QStringLiteral("26.03 GB (24.24 GiB), fits: yes") << false;
        QTest::newRow("full-width") << QStringLiteral("总计：65.54 GB（61.04 GiB），放得下") << false;
    }
    void theChecksCatchWhatTheReviewFound()
    {
        QFETCH(QString, text);
        QFETCH(bool, flagged);
        QCOMPARE(!zhtext::halfWidthBesideChinese(text).isEmpty(), flagged);
    }

    void theGlossaryRejectsTheReviewedForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("rejected");
        QTest::newRow("lowercase token") << QStringLiteral("每请求 %1 个 token") << true;
        QTest::newRow("identifier") << QStringLiteral("max_num_batched_tokens %3") << false;
        QTest::newRow("zoom") << QStringLiteral("缩放视图：只看 KV 缓存。") << true;
        QTest::newRow("8 times smaller") << QStringLiteral("比原文公式算出的小 8 倍") << true;
        QTest::newRow("block as GPU word") << QStringLiteral("= %2 块 × %3 × 每块 %4 × %5") << true;
        QTest::newRow("GPU measure word") << QStringLiteral("张量并行 %2 块 GPU，每块 %1") << false;
        QTest::newRow("bare cell") << QStringLiteral("每个序列 %1 个单元") << true;
        QTest::newRow("KV cell") << QStringLiteral("每个序列 %1 个 KV 单元") << false;
        QTest::newRow("bits") << QStringLiteral("%1（%2 位）") << true;
        QTest::newRow("concurrency forms") << QStringLiteral("最大并发请求数") << true;
        QTest::newRow("concurrency noun") << QStringLiteral("最大并发数") << false;
        QTest::newRow("vLLM figure") << QStringLiteral("最大并发 14.47×") << false;
    }
    void theGlossaryRejectsTheReviewedForms()
    {
        QFETCH(QString, text);
        QFETCH(bool, rejected);
        bool matched = false;
        for (const QRegularExpression &form : zhtext::rejectedForms(kGlossary))
            matched = matched || form.match(text).hasMatch();
        QCOMPARE(matched, rejected);
    }

    void everyRejectedFormIsAValidPattern()
    {
        const QList<QRegularExpression> forms = zhtext::rejectedForms(kGlossary);
        QVERIFY2(forms.size() >= 25, qPrintable(QString::number(forms.size())));
        for (const QRegularExpression &form : forms)
            QVERIFY2(form.isValid(), qPrintable(form.pattern() + QLatin1String(": ") + form.errorString()));
    }

    void noTranslationUsesARejectedForm()
    {
        const QList<Message> messages = readMessages(kTranslations);
        QVERIFY(messages.size() > 500);
        QStringList found;
        for (const QRegularExpression &form : zhtext::rejectedForms(kGlossary))
            for (const Message &m : messages)
                if (form.match(m.translation).hasMatch())
                    found << QStringLiteral("%1 /%2/: %3").arg(m.context, form.pattern(), m.translation);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void noTranslationHasHalfWidthPunctuationBesideChinese()
    {
        QStringList found;
        for (const Message &m : readMessages(kTranslations))
            for (const QString &where : zhtext::halfWidthBesideChinese(m.translation))
                found << QStringLiteral("%1: %2 in %3").arg(m.context, where, m.translation);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // Word order and units the glossary fixes, where a translation must keep the
    // source's placeholders: every %N of the source appears in the translation.
    void everyPlaceholderIsKept()
    {
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|L?n)"));
        QStringList found;
        for (const Message &m : readMessages(kTranslations))
            for (auto it = placeholder.globalMatch(m.source); it.hasNext();) {
                const QString p = it.next().captured(0);
                if (!m.translation.contains(p))
                    found << QStringLiteral("%1: %2 missing in %3").arg(m.context, p, m.translation);
            }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
