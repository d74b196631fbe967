// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ModelSpec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace vram {

// The user's imported models, kept between runs in one JSON file of the same
// shape as the built-in catalogue, written atomically.
class ModelLibrary
{
public:
    explicit ModelLibrary(QString path = defaultPath());
    static QString defaultPath();

    // A missing file is an empty library; a damaged one is an error and is left untouched.
    bool load(QString *error);
    bool save(QString *error) const;

    const QList<ModelSpec> &models() const { return m_models; }
    // Stores `model` under an id not yet used (here or in `reserved`), and returns that id.
    QString add(ModelSpec model, const QStringList &reserved = {});
    bool rename(const QString &id, const QString &name);
    bool remove(const QString &id);

    static QJsonObject toJson(const ModelSpec &model);

private:
    QString m_path;
    QList<ModelSpec> m_models;
};

} // namespace vram
