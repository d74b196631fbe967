// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace vram {

// How an estimate is made.
// Article: the seed article's teaching model, nominal parameters and
//          2 × bytes × layers × hidden per token whatever the attention.
// Exact:   real parameter count and the architecture's real KV layout.
enum class EstimateMethod { Article, Exact };

QList<EstimateMethod> allMethods();
QString methodId(EstimateMethod method);
std::optional<EstimateMethod> parseMethod(const QString &id);
QString methodName(EstimateMethod method);
QString methodDescription(EstimateMethod method);

} // namespace vram
