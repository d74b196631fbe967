// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EngineSettings.h"

#include <QList>
#include <QString>

namespace vram {

// A calibration kept under a name, with where it came from: the engine, its version and the GPU kind
// its log ran on. Applied to later estimates with that engine (--profile, the window's engine settings).
struct CalibrationProfile {
    QString name;
    QString engine;  // methodId: "vllm", "llamacpp"
    QString version; // as the log printed it
    QString gpuId;   // the GPU kind of the run; empty when unknown
    Calibration calibration;
};

// The user's calibration profiles, in one JSON file beside the settings, written atomically.
class CalibrationLibrary
{
public:
    explicit CalibrationLibrary(QString path = defaultPath());
    static QString defaultPath();
    QString path() const { return m_path; }
    // A missing file is an empty library; a damaged one is an error and is left untouched.
    bool load(QString *error);
    bool save(QString *error) const;
    const QList<CalibrationProfile> &profiles() const { return m_profiles; }
    const CalibrationProfile *find(const QString &name) const;
    // Adds `profile`, or replaces the one of the same name.
    void put(CalibrationProfile profile);
    bool rename(const QString &from, const QString &to, QString *error);
    bool remove(const QString &name);

private:
    QString m_path;
    QList<CalibrationProfile> m_profiles;
};

} // namespace vram
