#include "core/Scenario.h"

#include <array>

namespace muster::core {

namespace {

constexpr std::array channelEntries{
    EnumEntry<InjectChannel>{InjectChannel::Email, "email", QT_TRANSLATE_NOOP("muster::core::InjectChannel", "Email")},
    EnumEntry<InjectChannel>{InjectChannel::PhoneCall, "phone_call",
                             QT_TRANSLATE_NOOP("muster::core::InjectChannel", "Phone call")},
    EnumEntry<InjectChannel>{InjectChannel::Chat, "chat", QT_TRANSLATE_NOOP("muster::core::InjectChannel", "Chat")},
    EnumEntry<InjectChannel>{InjectChannel::NewsReport, "news_report",
                             QT_TRANSLATE_NOOP("muster::core::InjectChannel", "News report")},
    EnumEntry<InjectChannel>{InjectChannel::Ticket, "ticket",
                             QT_TRANSLATE_NOOP("muster::core::InjectChannel", "Ticket")},
    EnumEntry<InjectChannel>{InjectChannel::Briefing, "briefing",
                             QT_TRANSLATE_NOOP("muster::core::InjectChannel", "Briefing")},
};

constexpr std::array difficultyEntries{
    EnumEntry<ScenarioDifficulty>{ScenarioDifficulty::Introductory, "introductory",
                                  QT_TRANSLATE_NOOP("muster::core::ScenarioDifficulty", "Introductory")},
    EnumEntry<ScenarioDifficulty>{ScenarioDifficulty::Intermediate, "intermediate",
                                  QT_TRANSLATE_NOOP("muster::core::ScenarioDifficulty", "Intermediate")},
    EnumEntry<ScenarioDifficulty>{ScenarioDifficulty::Advanced, "advanced",
                                  QT_TRANSLATE_NOOP("muster::core::ScenarioDifficulty", "Advanced")},
};

constexpr std::array triggerEntries{
    EnumEntry<InjectTrigger>{InjectTrigger::Scheduled, "scheduled",
                             QT_TRANSLATE_NOOP("muster::core::InjectTrigger", "On schedule")},
    EnumEntry<InjectTrigger>{InjectTrigger::Branch, "branch",
                             QT_TRANSLATE_NOOP("muster::core::InjectTrigger", "By a branch")},
    EnumEntry<InjectTrigger>{InjectTrigger::Manual, "manual",
                             QT_TRANSLATE_NOOP("muster::core::InjectTrigger", "By hand")},
};

constexpr std::array branchEntries{
    EnumEntry<BranchKind>{BranchKind::Decision, "decision",
                          QT_TRANSLATE_NOOP("muster::core::BranchKind", "Participants' decision")},
    EnumEntry<BranchKind>{BranchKind::Expectation, "expectation",
                          QT_TRANSLATE_NOOP("muster::core::BranchKind", "Expected action met or not")},
    EnumEntry<BranchKind>{BranchKind::Facilitator, "facilitator",
                          QT_TRANSLATE_NOOP("muster::core::BranchKind", "Facilitator's choice")},
};

template<typename T>
const T* findById(const QList<T>& list, const QString& id)
{
    for (const auto& item : list) {
        if (item.id == id) {
            return &item;
        }
    }
    return nullptr;
}

} // namespace

const EnumTable<InjectChannel>& injectChannels()
{
    static const EnumTable<InjectChannel> table("muster::core::InjectChannel", channelEntries);
    return table;
}

const EnumTable<ScenarioDifficulty>& scenarioDifficulties()
{
    static const EnumTable<ScenarioDifficulty> table("muster::core::ScenarioDifficulty", difficultyEntries);
    return table;
}

const EnumTable<InjectTrigger>& injectTriggers()
{
    static const EnumTable<InjectTrigger> table("muster::core::InjectTrigger", triggerEntries);
    return table;
}

const EnumTable<BranchKind>& branchKinds()
{
    static const EnumTable<BranchKind> table("muster::core::BranchKind", branchEntries);
    return table;
}

const Inject* Scenario::inject(const QString& id) const
{
    return findById(injects, id);
}

const ScenarioRole* Scenario::role(const QString& id) const
{
    return findById(roles, id);
}

const ScenarioPhase* Scenario::phase(const QString& id) const
{
    return findById(phases, id);
}

const ScenarioObjective* Scenario::objective(const QString& id) const
{
    return findById(objectives, id);
}

const ExpectedAction* Scenario::action(const QString& id, const Inject** owner) const
{
    for (const auto& inj : injects) {
        if (const auto* a = findById(inj.expectedActions, id)) {
            if (owner) {
                *owner = &inj;
            }
            return a;
        }
    }
    return nullptr;
}

const Branch* Scenario::branch(const QString& id, const Inject** owner) const
{
    for (const auto& inj : injects) {
        if (const auto* b = findById(inj.branches, id)) {
            if (owner) {
                *owner = &inj;
            }
            return b;
        }
    }
    return nullptr;
}

QList<ExpectedAction> Scenario::allActions() const
{
    QList<ExpectedAction> out;
    for (const auto& inj : injects) {
        out += inj.expectedActions;
    }
    return out;
}

int Scenario::branchCount() const
{
    int n = 0;
    for (const auto& inj : injects) {
        n += int(inj.branches.size());
    }
    return n;
}

} // namespace muster::core
