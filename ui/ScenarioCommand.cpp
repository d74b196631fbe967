// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioCommand.h"

using namespace vram;

ScenarioCommand::ScenarioCommand(Apply apply, Scenario before, Scenario after, const QString &text)
    : m_apply(std::move(apply))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_touched(touched(m_before, m_after))
{
    setText(text);
}

ScenarioCommand::Touched ScenarioCommand::touched(const Scenario &before, const Scenario &after)
{
    // The same value changed alone: the other fields must be equal.
    Scenario probe = before;
    probe.tokens = after.tokens;
    if (probe == after)
        return Touched::Tokens;
    probe = before;
    probe.concurrency = after.concurrency;
    if (probe == after)
        return Touched::Concurrency;
    probe = before;
    probe.overheadPpm = after.overheadPpm;
    if (probe == after)
        return Touched::Overhead;
    probe = before;
    probe.engine = after.engine;
    if (probe == after)
        return Touched::EngineSettings;
    return Touched::Other;
}

int ScenarioCommand::id() const
{
    return m_touched == Touched::Other ? -1 : 1;
}

bool ScenarioCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ScenarioCommand *>(other);
    if (next->m_touched != m_touched || next->m_before != m_after)
        return false;
    m_after = next->m_after;
    return true;
}
