// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <initializer_list>

namespace vram {

// A config.json's fields read with the types transformers gives them, remembering the first that
// is not what it should be (its message names the field and its value).
class ConfigFields
{
public:
    explicit ConfigFields(QJsonObject o)
        : m_o(std::move(o))
    {
    }
    // Present and not null: transformers treats a null as the default.
    bool has(const char *key) const;
    // The first of `keys` present, as a whole number in [lowest, 2^30] (every count a model has
    // fits, and so does an int); `fallback` if none is present or the one present is bad.
    qint64 integer(std::initializer_list<const char *> keys, qint64 fallback = -1, qint64 lowest = 0);
    bool boolean(const char *key, bool fallback) const;
    QString string(const char *key) const;
    // The first bad field, as a message naming it and its value; empty when none was.
    QString bad() const { return m_bad; }

private:
    void fail(const char *key, const QJsonValue &value, qint64 lowest);

    QJsonObject m_o;
    QString m_bad;
};

} // namespace vram
