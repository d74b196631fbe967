// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <cmath>

namespace vram {

JsonFields::JsonFields(const QJsonObject &object, QString context)
    : m_object(object)
    , m_context(std::move(context))
{
}

void JsonFields::fail(const char *key, const QString &what)
{
    if (m_error.isEmpty())
        m_error = QCoreApplication::translate("JsonFields", "%1: field \"%2\" %3")
                      .arg(m_context, QLatin1String(key), what);
}

QString JsonFields::string(const char *key, bool required)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isString())
        return value.toString();
    if (required || !value.isUndefined())
        fail(key, value.isUndefined() ? QCoreApplication::translate("JsonFields", "is missing.")
                                      : QCoreApplication::translate("JsonFields", "must be a string."));
    return {};
}

qint64 JsonFields::integer(const char *key, bool required, qint64 fallback)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(key, QCoreApplication::translate("JsonFields", "is missing."));
        return fallback;
    }
    // Integers beyond 2^53 would already have lost digits as doubles.
    const double d = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(d) || d != std::floor(d) || std::fabs(d) > 9007199254740992.0) {
        fail(key, QCoreApplication::translate("JsonFields", "must be a whole number."));
        return fallback;
    }
    return value.toInteger();
}

bool JsonFields::boolean(const char *key, bool fallback)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        fail(key, QCoreApplication::translate("JsonFields", "must be true or false."));
        return fallback;
    }
    return value.toBool();
}

bool readWholeNumber(const QJsonValue &value, qint64 lo, qint64 hi, qint64 &out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!(d >= double(lo) && d <= double(hi)) || d != std::floor(d))
        return false;
    out = qint64(d);
    return true;
}

} // namespace vram
