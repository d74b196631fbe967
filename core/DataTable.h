// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ByteUnit.h"
#include "ChartData.h"
#include "FitAnalyzer.h"
#include "MemoryBreakdown.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace vram {

// A table for export: a header row and rows of cells. Machine columns hold
// plain integers (bytes, counts) so that a CSV reads back exactly; display
// columns hold the figure in the chosen unit.
struct DataTable {
    QString title;
    QStringList header;
    QList<QStringList> rows;
    // For toText(), per column: names read left-aligned, figures right-aligned.
    // Columns not listed: the first left, the rest right.
    QList<bool> leftAligned;

    QString toCsv() const;
    QString toMarkdown() const;
    // Columns padded for a terminal (CJK counted two columns wide).
    QString toText() const;
    // Reads what toCsv() writes (RFC 4180: quoted fields, doubled quotes, CRLF).
    static std::optional<DataTable> fromCsv(const QString &csv);
};

// Terminal columns a text takes: CJK ideographs and full-width forms take two.
int displayWidth(const QString &text);
QString padToWidth(const QString &text, int columns);

DataTable chartTable(const ChartData &data, ByteUnit unit, const QLocale &locale);
DataTable breakdownTable(const MemoryBreakdown &breakdown, const QList<FitResult> &fits, ByteUnit unit,
                         const QLocale &locale);

// The article's tables: total GPU memory per model (rows) and token count
// (columns), one table per concurrency.
struct ArticleTableRequest {
    QList<ModelSpec> models;
    QList<qint64> tokens;
    QList<qint64> concurrency;
    DataType weights;
    DataType kvCache;
    EstimateMethod method = EstimateMethod::Exact;
    EngineSettings engine;
    qint64 overheadPpm = 100000;
};
QList<DataTable> articleTables(const ArticleTableRequest &request, ByteUnit unit, const QLocale &locale,
                               QString *error);
// The same figures in one long table for machines: concurrency, model, tokens, exact bytes, display value.
std::optional<DataTable> articleLongTable(const ArticleTableRequest &request, ByteUnit unit, QString *error);

} // namespace vram
