// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataType.h"
#include "GpuSpec.h"
#include "ModelSpec.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vram {

// The three catalogues (models, GPUs, data types) as loaded from JSON.
// The built-in ones ship as resources; tests and importers feed their own bytes.
class Catalog
{
public:
    // The catalogues compiled into the program. Aborts nothing: a broken
    // built-in file leaves error() set and the lists empty.
    static const Catalog &builtIn();

    bool loadModels(const QByteArray &json, const QString &fileName);
    bool loadGpus(const QByteArray &json, const QString &fileName);
    bool loadDataTypes(const QByteArray &json, const QString &fileName);

    const QList<ModelSpec> &models() const { return m_models; }
    const QList<GpuSpec> &gpus() const { return m_gpus; }
    const QList<DataType> &dataTypes() const { return m_dataTypes; }

    const ModelSpec *model(const QString &id) const;
    const GpuSpec *gpu(const QString &id) const;
    const DataType *dataType(const QString &id) const;

    void addModel(const ModelSpec &model);
    void addGpu(const GpuSpec &gpu);
    // The user's own price for a GPU kind; false when no GPU has that id.
    bool setGpuPrice(const QString &id, qint64 centsPerHour, const QString &source);

    QString error() const { return m_error; }

private:
    bool loadBuiltInFile(const QString &path, bool (Catalog::*load)(const QByteArray &, const QString &));

    QList<ModelSpec> m_models;
    QList<GpuSpec> m_gpus;
    QList<DataType> m_dataTypes;
    QString m_error;
};

} // namespace vram
