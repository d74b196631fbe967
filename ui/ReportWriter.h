// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pricing.h"

#include "FitAnalyzer.h"
#include "MemoryBreakdown.h"
#include "MemoryChart.h"

#include <QString>

class QTextDocument;

// The one-click PDF report: inputs and assumptions, the chart, the breakdown
// with formulas, the fit of each GPU configuration, the method and its
// accuracy note, date and version, in the current language.
class ReportWriter
{
public:
    struct Content {
        vram::EstimateInput input;
        vram::MemoryBreakdown breakdown;
        QList<vram::FitResult> fits;
        MemoryChart::Content chart;
        vram::ByteUnit unit = vram::ByteUnit::GB;
        vram::PriceSettings prices;
    };

    static QString html(const Content &content);
    static bool writePdf(const Content &content, const QString &path, QString *error);
    // In a paginated document, moves each heading whose table would end on a later page to the top
    // of a new page, so that no table is split from its heading or across pages (when it fits one).
    static void keepSectionsTogether(QTextDocument &doc);
};
