// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Scenario.h"

#include <QUndoCommand>
#include <functional>

// One change of the scenario, undoable: it keeps the scenario before and after
// (a small value) and applies either through the window. Steps of one slider or
// spin box in a row merge into a single step, so a drag is undone at once.
class ScenarioCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const vram::Scenario &)>;

    ScenarioCommand(Apply apply, vram::Scenario before, vram::Scenario after, const QString &text);

    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    // What a change touched, for merging: one of the dragged values, or something else.
    enum class Touched { Tokens, Concurrency, Overhead, EngineSettings, Other };
    static Touched touched(const vram::Scenario &before, const vram::Scenario &after);

    Apply m_apply;
    vram::Scenario m_before;
    vram::Scenario m_after;
    Touched m_touched;
};
