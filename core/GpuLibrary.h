// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "GpuSpec.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace vram {

// The user's own GPU kinds and the prices they pay for the catalogue's, kept
// between runs in one JSON file of the catalogue's shape plus a list of price
// overrides, written atomically. The window and the CLI share it.
class GpuLibrary
{
public:
    explicit GpuLibrary(QString path = defaultPath());
    static QString defaultPath();
    QString path() const { return m_path; }

    // A missing file is an empty library; a damaged one is an error and is left untouched.
    bool load(QString *error);
    bool save(QString *error) const;

    const QList<GpuSpec> &gpus() const { return m_gpus; }
    const QHash<QString, qint64> &priceOverrides() const { return m_prices; }

    // The GPUs of a file in the catalogue's format ({"gpus": [...]}), each checked.
    static std::optional<QList<GpuSpec>> readFile(const QString &path, QString *error);
    static std::optional<QList<GpuSpec>> parse(const QByteArray &json, const QString &fileName, QString *error);

    // Adds `gpu`, or replaces the user GPU with its id; a built-in id is refused with a message.
    bool put(GpuSpec gpu, const Catalog &builtIn, QString *error);
    bool remove(const QString &id);
    // The user's price for any kind, in US cents per hour; 0 removes it.
    void setPrice(const QString &id, qint64 usdCentsPerHour);

    // `catalog` with the user's GPUs added and their prices applied.
    void applyTo(Catalog &catalog) const;

    // "my-card" from "My Card!": lower-case letters, digits and dashes.
    static QString idFromName(const QString &name);

private:
    QString m_path;
    QList<GpuSpec> m_gpus;
    QHash<QString, qint64> m_prices;
};

} // namespace vram
