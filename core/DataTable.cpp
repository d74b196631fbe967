// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataTable.h"

#include <algorithm>

#include "MemoryModel.h"

#include <QCoreApplication>

namespace vram {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DataTable)
};

QString csvField(const QString &cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n'))
        && !cell.contains(QLatin1Char('\r')))
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString markdownCell(QString cell)
{
    return cell.replace(QLatin1Char('|'), QLatin1String("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}
} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                       || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
                       || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padToWidth(const QString &text, int columns)
{
    return text + QString(std::max(0, columns - displayWidth(text)), QLatin1Char(' '));
}

QString DataTable::toCsv() const
{
    QString out;
    const auto line = [&out](const QStringList &cells) {
        QStringList fields;
        for (const QString &c : cells)
            fields << csvField(c);
        out += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return out;
}

std::optional<DataTable> DataTable::fromCsv(const QString &csv)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < csv.size() && csv.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty() || records.isEmpty())
        return std::nullopt; // unterminated quote or a last line without CRLF
    DataTable t;
    t.header = records.takeFirst();
    for (const QStringList &r : records)
        if (r.size() != t.header.size())
            return std::nullopt;
    t.rows = records;
    return t;
}

QString DataTable::toMarkdown() const
{
    QString out;
    if (!title.isEmpty())
        out += QStringLiteral("### %1\n\n").arg(title);
    QStringList cells;
    for (const QString &h : header)
        cells << markdownCell(h);
    out += QStringLiteral("| %1 |\n").arg(cells.join(QLatin1String(" | ")));
    out += QStringLiteral("|%1\n").arg(QStringLiteral(" --- |").repeated(header.size()));
    for (const QStringList &row : rows) {
        cells.clear();
        for (const QString &c : row)
            cells << markdownCell(c);
        out += QStringLiteral("| %1 |\n").arg(cells.join(QLatin1String(" | ")));
    }
    return out;
}

QString DataTable::toText() const
{
    QList<int> widths(header.size(), 0);
    for (qsizetype i = 0; i < header.size(); ++i)
        widths[i] = displayWidth(header.at(i));
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    QString out;
    if (!title.isEmpty())
        out += title + QLatin1Char('\n');
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool left = i < leftAligned.size() ? leftAligned.at(i) : i == 0;
            const int pad = widths[i] - displayWidth(cells.at(i));
            text += left ? padToWidth(cells.at(i), widths[i]) : QString(pad, QLatin1Char(' ')) + cells.at(i);
            text += QLatin1String("  ");
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out += text.isEmpty() ? QString() : text + QLatin1Char('\n');
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return out;
}

DataTable chartTable(const ChartData &data, ByteUnit unit, const QLocale &locale)
{
    DataTable t;
    const QString u = unitName(unit);
    // The exact columns keep machine names in English, for scripts; in Chinese they are translated
    // like every other header a reader sees.
    t.header = {Text::tr("Bar"),
                Text::tr("model", "CSV column: model id"),
                Text::tr("tokens", "CSV column: tokens per request"),
                Text::tr("concurrency", "CSV column: concurrent requests"),
                Text::tr("weights_bytes", "CSV column: exact bytes"),
                Text::tr("kv_bytes", "CSV column: exact bytes"),
                Text::tr("overhead_bytes", "CSV column: exact bytes"),
                Text::tr("total_bytes", "CSV column: exact bytes"),
                Text::tr("Total (%1)").arg(u)};
    // Hybrid models: the recurrent state, part of kv_bytes, in a column of its own after it.
    const bool anyState = std::any_of(data.bars.begin(), data.bars.end(), [](const ChartBar &b) { return b.recurrentState > 0; });
    if (anyState)
        t.header.insert(6, Text::tr("recurrent_state_bytes", "CSV column: exact bytes"));
    for (const ChartBar &b : data.bars) {
        QStringList row{b.label,
                        b.modelId,
                        QString::number(b.tokens),
                        QString::number(b.concurrency),
                        QString::number(b.weights),
                        QString::number(b.kvCache),
                        QString::number(b.overhead),
                        QString::number(b.total),
                        numberLocale(locale).toString(toUnit(b.total, unit), 'f', 2)};
        if (anyState)
            row.insert(6, QString::number(b.recurrentState));
        t.rows << row;
    }
    return t;
}

DataTable breakdownTable(const MemoryBreakdown &b, const QList<FitResult> &fits, ByteUnit unit, const QLocale &locale)
{
    DataTable t;
    t.header = {Text::tr("Term"), Text::tr("bytes", "CSV column: exact bytes"), Text::tr("Value (%1)").arg(unitName(unit)),
                Text::tr("Formula")};
    const auto term = [&](const QString &name, const MemoryTerm &m) {
        t.rows << QStringList{name, QString::number(m.bytes), numberLocale(locale).toString(toUnit(m.bytes, unit), 'f', 2),
                              m.formula};
    };
    term(Text::tr("Weights"), b.weights);
    term(Text::tr("KV per token"), b.kvPerToken);
    term(Text::tr("KV cache"), b.kvCache);
    if (b.recurrentState.bytes > 0)
        term(Text::tr("of which recurrent state"), b.recurrentState);
    term(Text::tr("Overhead"), b.overhead);
    term(Text::tr("Total"), b.total);
    for (const FitResult &fit : fits)
        t.rows << QStringList{fit.config.label(), QString::number(fit.capacity),
                              numberLocale(locale).toString(toUnit(fit.capacity, unit), 'f', 2),
                              fit.fits ? Text::tr("fits, %1 free").arg(formatBytes(fit.headroom, unit, locale))
                                       : Text::tr("does not fit, %1 missing").arg(formatBytes(-fit.headroom, unit, locale))};
    return t;
}

QList<DataTable> articleTables(const ArticleTableRequest &r, ByteUnit unit, const QLocale &locale, QString *error)
{
    QList<DataTable> tables;
    for (qint64 c : r.concurrency) {
        DataTable t;
        t.title = Text::tr("GPU memory (%1), %Ln concurrent request(s)", nullptr, int(c)).arg(unitName(unit));
        t.header << Text::tr("Model");
        for (qint64 tokens : r.tokens)
            t.header << Text::tr("%1 tokens").arg(formatCount(tokens, locale));
        for (const ModelSpec &m : r.models) {
            QStringList row{m.name};
            for (qint64 tokens : r.tokens) {
                const MemoryModel model(EstimateInput{m, r.weights, r.kvCache, r.method, tokens, c, r.overheadPpm, r.engine});
                const MemoryBytes b = model.bytes();
                if (!b.ok) {
                    if (error)
                        *error = model.isValid() ? model.explain(unit, locale).error : model.error();
                    return {};
                }
                row << numberLocale(locale).toString(toUnit(b.total, unit), 'f', 2);
            }
            t.rows << row;
        }
        tables << t;
    }
    return tables;
}

std::optional<DataTable> articleLongTable(const ArticleTableRequest &r, ByteUnit unit, QString *error)
{
    DataTable t;
    t.header = {QStringLiteral("concurrency"), QStringLiteral("model"), QStringLiteral("tokens"),
                QStringLiteral("total_bytes"), QStringLiteral("total_") + unitName(unit)};
    for (qint64 c : r.concurrency)
        for (const ModelSpec &m : r.models)
            for (qint64 tokens : r.tokens) {
                const MemoryModel model(EstimateInput{m, r.weights, r.kvCache, r.method, tokens, c, r.overheadPpm, r.engine});
                const MemoryBytes b = model.bytes();
                if (!b.ok) {
                    if (error)
                        *error = model.isValid() ? model.explain(unit, QLocale::c()).error : model.error();
                    return std::nullopt;
                }
                t.rows << QStringList{QString::number(c), m.id, QString::number(tokens), QString::number(b.total),
                                      QString::number(toUnit(b.total, unit), 'f', 2)};
            }
    return t;
}

} // namespace vram
