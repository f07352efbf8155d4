#pragma once

#include "core/EnumTable.h"
#include "core/IncidentEnums.h"
#include "core/Person.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace muster::core {

// How an inject reaches the participants.
enum class InjectChannel
{
    Email,
    PhoneCall,
    Chat,
    NewsReport,
    Ticket,
    Briefing,
};
const EnumTable<InjectChannel>& injectChannels();

enum class ScenarioDifficulty
{
    Introductory,
    Intermediate,
    Advanced,
};
const EnumTable<ScenarioDifficulty>& scenarioDifficulties();

// When an inject is released.
enum class InjectTrigger
{
    Scheduled, // at `offsetMinutes` of scenario time
    Branch,    // when a branch outcome selects it, `delayMinutes` after the choice
    Manual,    // a contingency inject the facilitator releases by hand
};
const EnumTable<InjectTrigger>& injectTriggers();

// What decides a branch.
enum class BranchKind
{
    Decision,    // the option the participants chose, recorded in the decision log
    Expectation, // whether an expected action was met (rated P or S) or not (M or U)
    Facilitator, // the facilitator's choice, e.g. how the discussion went
};
const EnumTable<BranchKind>& branchKinds();

struct ScenarioObjective
{
    QString id;
    QString text;
    QString capability; // e.g. "Operational communications" (HSEEP core capability)
};

struct ScenarioRole
{
    QString id;
    QString name;
    std::optional<PersonFunction> function; // suggests people from the directory
    QString description;
};

struct ScenarioPhase
{
    QString id;
    QString title;
    QString description;
    QStringList questions; // discussion questions for the hot wash and the phase
};

struct FacilitatorNotes
{
    QString readAloud;
    QStringList hints; // if the participants are stuck
    QStringList redFlags;
    QStringList successIndicators;
    QStringList remarks; // anything else the facilitator should know (e.g. from an import)
};

struct ExpectedAction
{
    QString id; // unique in the scenario
    QString role;
    QString text;
    int timeLimitMinutes = 0; // after the inject's release; 0 = no limit
    QString objective;        // the objective it evidences
};

struct BranchOutcome
{
    QString id; // the decision option, "met"/"not_met", or a facilitator option
    QString label;
    QStringList release; // inject ids released when this outcome is chosen
};

struct Branch
{
    QString id; // unique in the scenario
    BranchKind kind = BranchKind::Facilitator;
    QString question; // asked of `role` (decision) or of the facilitator
    QString role;     // decision: the role that decides
    QString action;   // expectation: the expected action it depends on
    QList<BranchOutcome> outcomes;
};

struct Inject
{
    QString id;
    QString title;
    QString phase;
    InjectTrigger trigger = InjectTrigger::Scheduled;
    int offsetMinutes = 0; // Scheduled: scenario time; Branch: delay after the choice
    QString sender;        // persona, e.g. "Dana Whitfield, CFO"
    InjectChannel channel = InjectChannel::Email;
    QStringList audience; // role ids
    QString content;
    FacilitatorNotes notes;
    QList<ExpectedAction> expectedActions;
    QList<Branch> branches;
};

struct ScenarioReference
{
    QString title;
    QString url;
};

struct Scenario
{
    QString id; // stable key, e.g. "ransomware-double-extortion"; runs of one id form a history
    QString title;
    QString summary;
    Category category = Category::Other;
    QString audience;
    ScenarioDifficulty difficulty = ScenarioDifficulty::Intermediate;
    int durationMinutes = 120;
    QList<ScenarioObjective> objectives;
    QList<ScenarioRole> roles;
    QList<ScenarioPhase> phases;
    QList<Inject> injects;
    QStringList attackIds;
    QList<ScenarioReference> references;
    QStringList facilitatorNotes; // general notes, e.g. variables an import could not resolve

    const Inject* inject(const QString& id) const;
    const ScenarioRole* role(const QString& id) const;
    const ScenarioPhase* phase(const QString& id) const;
    const ScenarioObjective* objective(const QString& id) const;
    // The action and the inject it belongs to.
    const ExpectedAction* action(const QString& id, const Inject** owner = nullptr) const;
    const Branch* branch(const QString& id, const Inject** owner = nullptr) const;
    QList<ExpectedAction> allActions() const;
    int branchCount() const;
};

} // namespace muster::core
