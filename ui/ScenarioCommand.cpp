// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioCommand.h"

#include <utility>

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
    using Take = void (*)(Scenario &probe, const Scenario &after);
    const std::pair<Touched, Take> fields[] = {
        {Touched::Tokens, [](Scenario &p, const Scenario &a) { p.tokens = a.tokens; }},
        {Touched::Concurrency, [](Scenario &p, const Scenario &a) { p.concurrency = a.concurrency; }},
        {Touched::Overhead, [](Scenario &p, const Scenario &a) { p.overheadPpm = a.overheadPpm; }},
        {Touched::EngineSettings, [](Scenario &p, const Scenario &a) { p.engine = a.engine; }},
    };
    for (const auto &[field, take] : fields) {
        Scenario probe = before;
        take(probe, after);
        if (probe == after)
            return field;
    }
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
