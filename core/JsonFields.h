// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace vram {

// Reads typed fields from one JSON object and remembers the first problem,
// so that a catalogue entry can be parsed in straight-line code and the error
// names the entry and the field.
class JsonFields
{
public:
    JsonFields(const QJsonObject &object, QString context);

    QString string(const char *key, bool required = true);
    qint64 integer(const char *key, bool required = true, qint64 fallback = 0);
    bool boolean(const char *key, bool fallback);
    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    void fail(const char *key, const QString &what);

    QJsonObject m_object;
    QString m_context;
    QString m_error;
};

// A JSON number that is a whole number in [lo, hi]; false for anything else
// (2.5, 1e300, a string), without the undefined conversion of an out-of-range double.
bool readWholeNumber(const QJsonValue &value, qint64 lo, qint64 hi, qint64 &out);

} // namespace vram
