// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstimateMethod.h"

#include <QCoreApplication>

namespace vram {

QList<EstimateMethod> allMethods()
{
    return {EstimateMethod::Article, EstimateMethod::Exact};
}

QString methodId(EstimateMethod method)
{
    return method == EstimateMethod::Article ? QStringLiteral("article") : QStringLiteral("exact");
}

std::optional<EstimateMethod> parseMethod(const QString &id)
{
    for (EstimateMethod m : allMethods())
        if (methodId(m) == id.toLower())
            return m;
    return std::nullopt;
}

QString methodName(EstimateMethod method)
{
    return method == EstimateMethod::Article ? QCoreApplication::translate("EstimateMethod", "Article")
                                             : QCoreApplication::translate("EstimateMethod", "Exact");
}

QString methodDescription(EstimateMethod method)
{
    return method == EstimateMethod::Article
        ? QCoreApplication::translate("EstimateMethod",
              "The article's teaching model: nominal parameter count, KV per token = 2 × bytes × layers × hidden "
              "for every model, overhead a fixed share. Overstates the KV cache of GQA, MQA and MLA models.")
        : QCoreApplication::translate("EstimateMethod",
              "Real parameter count and the model's real KV-cache layout (grouped-query, multi-query and latent "
              "attention, sliding windows), overhead a fixed share. Engines add their own allocation rules.");
}

} // namespace vram
