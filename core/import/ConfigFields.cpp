// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigFields.h"

#include "ModelSpec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace vram {

bool ConfigFields::has(const char *key) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    return !v.isUndefined() && !v.isNull();
}

qint64 ConfigFields::integer(std::initializer_list<const char *> keys, qint64 fallback, qint64 lowest)
{
    for (const char *key : keys) {
        if (!has(key))
            continue;
        const QJsonValue v = m_o.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < double(lowest) || d > double(ModelSpec::kMaxCount) || d != std::floor(d)) {
            fail(key, v, lowest);
            return fallback;
        }
        return qint64(d);
    }
    return fallback;
}

bool ConfigFields::boolean(const char *key, bool fallback) const
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    return v.isBool() ? v.toBool() : fallback;
}

QString ConfigFields::string(const char *key) const
{
    return m_o.value(QLatin1String(key)).toString();
}

void ConfigFields::fail(const char *key, const QJsonValue &value, qint64 lowest)
{
    if (!m_bad.isEmpty())
        return;
    // The HfConfig context keeps the translation the message has always had.
    m_bad = QCoreApplication::translate("HfConfig", "field \"%1\" is %2, not a whole number from %3 to %4")
                .arg(QLatin1String(key),
                     QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1))
                .arg(lowest)
                .arg(ModelSpec::kMaxCount);
}

} // namespace vram
