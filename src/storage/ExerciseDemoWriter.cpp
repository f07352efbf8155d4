#include "storage/ExerciseDemoWriter.h"

#include "core/Error.h"
#include "storage/Database.h"
#include "storage/DemoClock.h"
#include "storage/DemoDirectory.h"
#include "storage/DemoTasks.h"
#include "storage/ExerciseService.h"
#include "storage/IncidentService.h"
#include "storage/ScenarioLibrary.h"

#include <QCoreApplication>

#include <algorithm>

namespace muster::storage {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 24 * 60 * kMinute;
constexpr int kRuns = 3; // of the ransomware scenario

using core::Rating;

// What the players did about one expected action in each ransomware run: the scenario
// minute of their response (0: not done; negative: not done, and rated at that minute
// by the evaluator), and how the evaluator rated it. Demo content
// is data, not user interface text, and stays in English.
struct Play
{
    const char* inject;
    const char* role;
    const char* action;
    const char* response;
    int minute[kRuns];
    Rating rating[kRuns];
    const char* observation[kRuns];
};

// clang-format off
const Play kRansomware[] = {
    {"inj-01", "soc", "a-declare", "Incident declared in Muster, incident commander paged",
     {14, 9, 6}, {Rating::S, Rating::P, Rating::P},
     {"Declared after a second EDR alert; the first was taken for a backup job.", "Declared from the first alert.",
      "Declared within six minutes; the pager rota was current."}},
    {"inj-01", "itops", "a-isolate", "FS02 and six workstations isolated through EDR network containment",
     {28, 18, 11}, {Rating::M, Rating::S, Rating::P},
     {"Isolated only after a reminder; nobody knew who may trigger EDR containment.",
      "The new runbook was followed; finding the EDR console credentials took 8 minutes.",
      "Runbook followed from memory; containment confirmed on all hosts."}},
    {"inj-02", "ic", "a-crisis", "Executive crisis team activated; hourly updates at :30",
     {40, 38, 33}, {Rating::S, Rating::P, Rating::P},
     {"Activated, but without a reporting rhythm.", "Activated with an hourly rhythm.", "Activated with an hourly rhythm."}},
    {"inj-02", "itops", "a-segment", "Management network disconnected, two admin accounts disabled",
     {-55, 47, 38}, {Rating::U, Rating::S, Rating::P},
     {"Not done: the team did not know which switch ports carry the management network.",
      "Done within the time, after a call to the network vendor.", "Done from the updated network diagram."}},
    {"inj-02", "exec", "a-bia", "Plant runs on Monday in manual mode with reduced shifts",
     {70, 60, 55}, {Rating::M, Rating::S, Rating::P},
     {"Decided late; the business impact analysis was out of date.", "Decided with the new BIA, after a long debate.",
      "Decided quickly from the BIA's recovery priorities."}},
    {"inj-03a", "itops", "a-restore-plan", "Restore order agreed: ERP, MES, file services, e-mail",
     {0, 80, 66}, {Rating::U, Rating::S, Rating::P},
     {"", "Plan presented; the executives changed the order twice.", "Plan agreed at the first presentation."}},
    {"inj-03b", "itops", "a-restore-tape", "Offsite copy from last Friday: four days of ERP data lost",
     {82, 0, 0}, {Rating::M, Rating::U, Rating::U},
     {"The estimate took an hour; the offsite catalogue was not at hand.", "", ""}},
    {"inj-04", "legal", "a-insurer", "Cyber insurer and panel counsel notified under privilege",
     {75, 65, 58}, {Rating::S, Rating::P, Rating::P},
     {"Notified, but the policy number had to be looked up.", "Notified from the contact card.", "Notified from the contact card."}},
    {"inj-04", "legal", "a-sanctions", "Sanctions screening of the actor commissioned from the panel firm",
     {0, 130, 100}, {Rating::U, Rating::S, Rating::P},
     {"Not considered.", "Commissioned late, after the CFO asked about payment.", "Commissioned at once."}},
    {"inj-04", "privacy", "a-data-scope", "Scoping of the stolen HR and customer data started",
     {120, 95, 80}, {Rating::M, Rating::S, Rating::P},
     {"Started only after the journalist's call.", "Started within the time.", "Started within the time, with a data map."}},
    {"inj-05a", "legal", "a-le", "Report filed with the national cybercrime unit; reference NCCU-4471",
     {105, 0, 0}, {Rating::S, Rating::U, Rating::U}, {"Filed; nobody recorded the reference at first.", "", ""}},
    {"inj-05b", "comms", "a-staff-notice", "Employee notice on the exposed HR data sent after legal review",
     {0, 150, 128}, {Rating::U, Rating::S, Rating::P},
     {"", "Sent, but legal review took 70 minutes.", "Sent from the approved template."}},
    {"inj-06", "comms", "a-holding", "Holding statement sent to the journalist",
     {0, 122, 108}, {Rating::U, Rating::S, Rating::P},
     {"No statement was ready before the deadline.", "Sent in time after a long approval chain.",
      "Pre-approved statement adapted and sent in 13 minutes."}},
    {"inj-07", "privacy", "a-dpa", "Initial notification filed with the lead supervisory authority",
     {175, 160, 140}, {Rating::M, Rating::P, Rating::P},
     {"Filed late; the portal login was unknown.", "Filed within the time.", "Filed within the time."}},
    {"inj-07", "legal", "a-customer-notice", "Customers with contractual notice duties listed with deadlines",
     {0, 185, 170}, {Rating::U, Rating::M, Rating::S},
     {"Not started during the exercise.", "Only the top ten contracts were checked.",
      "Contract register used; two contracts needed manual review."}},
    {"inj-08", "legal", "a-ceo-brief", "CEO briefed on sanctions and re-extortion risks of payment",
     {0, 140, 115}, {Rating::U, Rating::P, Rating::P}, {"", "Clear brief; the CEO ruled out payment.", "Clear brief."}},
};
// clang-format on

// The one wire-fraud run (first column only); the executives decide to negotiate at 60.
const Play kWireFraud[] = {
    {"inj-01", "finance", "a-report", "SOC called, incident opened", {12}, {Rating::P}, {"Reported at once."}},
    {"inj-03",
     "soc",
     "a-contain-mailbox",
     "AP mailbox sessions revoked, rule removed, MFA enforced",
     {35},
     {Rating::P},
     {"Done in 15 minutes."}},
    {"inj-01",
     "finance",
     "a-bank",
     "Bank fraud hotline called; recall requested",
     {42},
     {Rating::M},
     {"The hotline number was not in the finance runbook; 42 minutes."}},
    {"inj-02b",
     "legal",
     "a-insurer",
     "Crime insurer notified",
     {58},
     {Rating::S},
     {"The crime policy's notice period had to be looked up."}},
    {"inj-05b",
     "soc",
     "a-share-ioc",
     "Indicators exchanged with the supplier's IT provider under NDA",
     {95},
     {Rating::S},
     {"The NDA took longer than the exchange."}},
    {"inj-06",
     "finance",
     "a-controls",
     "Call-back to a known number for every bank-detail change",
     {100},
     {Rating::P},
     {"Agreed before the next payment run."}},
};

// The decision branch each run took, and when.
const char* const kEngage[kRuns] = {"engage", "refuse", "refuse"};
const int kEngageMinute[kRuns] = {62, 58, 54};
const char* const kEngageText[kRuns] = {
    "Open negotiations through the insurer's negotiator to buy time",
    "No contact with the extortionists; recover from backups and prepare for publication",
    "No contact; the insurer agrees; prepare for publication",
};

struct Review
{
    const char* objective;
    const char* strengths[kRuns];
    const char* improvements[kRuns];
};

const Review kReviews[] = {
    {"obj-contain",
     {"The SOC recognised the encryption quickly.", "Isolation followed the new runbook.",
      "Containment in eleven minutes, management network cut in time."},
     {"Nobody owned EDR containment; the network diagram was out of date.", "Console credentials were hard to find.",
      "Keep the network diagram current after the data-centre move."}},
    {"obj-decide",
     {"The insurer was called early.", "Sanctions and payment risks were understood.",
      "Quick, well-founded decisions."},
     {"No sanctions screening; the BIA was stale.", "The BIA debate took too long.", ""}},
    {"obj-notify",
     {"", "The supervisory authority was notified in time.", "Notification within the time, with a data map."},
     {"The DPA portal login was unknown; scoping started late.", "Contract register incomplete.",
      "Two contracts lack notice clauses in the register."}},
    {"obj-comms",
     {"Regular internal updates once the crisis team met.", "Staff notice sent.", "Pre-approved statements worked."},
     {"No holding statement was ready for the press.", "Approval chain for press statements is too long.", ""}},
};

// Improvement items raised in each run, with how far they got by now.
struct Improvement
{
    int run;
    const char* objective;
    const char* action;
    core::PersonFunction owner;
    int dueDays; // after the run
    core::ImprovementStatus status;
};

const Improvement kImprovements[] = {
    {0, "obj-contain", "Write an EDR network-containment runbook and name who may trigger it",
     core::PersonFunction::ItOperations, 30, core::ImprovementStatus::Done},
    {0, "obj-contain", "Update the network diagram with the virtualisation management network",
     core::PersonFunction::SecurityArchitecture, 45, core::ImprovementStatus::Done},
    {0, "obj-comms", "Pre-approve holding statements for ransomware and data theft",
     core::PersonFunction::Communications, 60, core::ImprovementStatus::Done},
    {0, "obj-decide", "Agree a sanctions-screening service with the panel law firm", core::PersonFunction::Legal, 60,
     core::ImprovementStatus::Done},
    {1, "obj-comms", "Shorten the approval chain for press statements to two approvers",
     core::PersonFunction::Communications, 45, core::ImprovementStatus::Done},
    {1, "obj-notify", "Complete the contract register with customer notice clauses", core::PersonFunction::Legal, 90,
     core::ImprovementStatus::InProgress},
    {2, "obj-contain", "Review the network diagram after the data-centre move",
     core::PersonFunction::SecurityArchitecture, 60, core::ImprovementStatus::Open},
    {2, "obj-notify", "Add notice clauses of the two remaining contracts to the register", core::PersonFunction::Legal,
     30, core::ImprovementStatus::Open},
};

const int kRunDaysAgo[kRuns] = {270, 150, 35};
const char* const kRunTitles[kRuns] = {"Crisis-team drill: ransomware (Q1)", "Crisis-team drill: ransomware (Q2)",
                                       "Crisis-team drill: ransomware (Q4)"};

struct Cast
{
    core::Person facilitator;
    QList<core::ExerciseParticipant> participants;
};

Cast castFor(const DemoDirectory& d, const QStringList& roles)
{
    using F = core::PersonFunction;
    Cast c;
    c.facilitator = d.inFunction(F::Risk);
    const auto person = [&](const QString& role) -> const core::Person& {
        if (role == QLatin1String("ic")) {
            return d.withTitle(QStringLiteral("Incident commander"));
        }
        if (role == QLatin1String("soc")) {
            return d.withTitle(QStringLiteral("SOC analyst (Tier 2)"));
        }
        if (role == QLatin1String("itops")) {
            return d.inFunction(F::ItOperations);
        }
        if (role == QLatin1String("legal")) {
            return d.withTitle(QStringLiteral("Senior counsel, cyber and data"));
        }
        if (role == QLatin1String("privacy")) {
            return d.withTitle(QStringLiteral("Privacy counsel"));
        }
        if (role == QLatin1String("comms")) {
            return d.inFunction(F::Communications);
        }
        if (role == QLatin1String("finance")) {
            return d.inFunction(F::Executive, 1);
        }
        if (role == QLatin1String("iam")) {
            return d.withTitle(QStringLiteral("Identity and access administrator"));
        }
        if (role == QLatin1String("helpdesk")) {
            return d.withTitle(QStringLiteral("Infrastructure engineer"), 1);
        }
        if (role == QLatin1String("hr")) {
            return d.inFunction(F::Hr);
        }
        return d.inFunction(F::Executive);
    };
    for (const QString& role : roles) {
        c.participants.append({role, person(role).id, QString()});
    }
    return c;
}

QStringList roleIds(const core::Scenario& s)
{
    QStringList out;
    for (const auto& r : s.roles) {
        out.append(r.id);
    }
    return out;
}

core::Scenario scenario(Database& db, const char* key)
{
    const auto entry = ScenarioLibrary(db).find(QString::fromLatin1(key));
    if (!entry || !entry->scenario) {
        throw core::Error(core::Error::Kind::NotFound,
                          QCoreApplication::translate("muster::storage::ExerciseDemoWriter",
                                                      "The scenario library has no scenario %1.")
                              .arg(QLatin1String(key)));
    }
    return *entry->scenario;
}

// The exercise incident is worked to its end with the exercise and closed.
void closeExerciseIncident(Database& db, DemoClock& clock, const QString& incidentId, qint64 endedAt,
                           const core::Actor& commander)
{
    IncidentService incidents(db, clock);
    const core::Status path[] = {core::Status::Acknowledged, core::Status::Investigating, core::Status::Contained,
                                 core::Status::Remediated};
    qint64 t = endedAt;
    for (const core::Status status : path) {
        clock.set(t += 2 * kMinute);
        incidents.transition(incidentId, status, commander);
    }
    finishDemoTasks(db, clock, incidentId, QStringLiteral("Exercise ended"), commander);
    clock.set(t += 5 * kMinute);
    incidents.transition(incidentId, core::Status::Closed, commander);
}

// Plays one run: releases what is due before each response, logs it and rates it.
class Runner
{
public:
    Runner(ExerciseService& service, DemoClock& clock, const QString& exerciseId, qint64 startedAt,
           const core::Actor& facilitator, ExerciseDemoWriter::Result& result)
        : m_service(service)
        , m_clock(clock)
        , m_id(exerciseId)
        , m_start(startedAt)
        , m_facilitator(facilitator)
        , m_result(result)
    {}

    void at(int minute)
    {
        m_clock.set(m_start + qint64(minute) * kMinute);
        m_service.releaseDue(m_id, m_facilitator);
    }
    bool released(const QString& inject) const { return m_service.record(m_id).release(inject) != nullptr; }

    void respond(int minute, const QString& inject, const QString& role, const QString& action, const QString& text,
                 Rating rating, const QString& observation)
    {
        at(std::abs(minute));
        if (!released(inject)) {
            return;
        }
        if (minute < 0) {
            m_service.rate(m_id, action, rating, observation, QString(), m_facilitator);
            ++m_result.ratings;
            return;
        }
        core::LogEntry e;
        e.kind = core::LogKind::Response;
        e.injectId = inject;
        e.roleId = role;
        e.actionId = action;
        e.text = text;
        m_service.log(m_id, e, m_facilitator);
        m_service.rate(m_id, action, rating, observation, QString(), m_facilitator);
        ++m_result.ratings;
    }

    void decide(int minute, const QString& inject, const QString& role, const QString& branch, const QString& outcome,
                const QString& text)
    {
        at(minute);
        core::LogEntry e;
        e.kind = core::LogKind::Decision;
        e.injectId = inject;
        e.roleId = role;
        e.branchId = branch;
        e.outcomeId = outcome;
        e.text = text;
        m_service.log(m_id, e, m_facilitator);
        ++m_result.decisions;
    }

private:
    ExerciseService& m_service;
    DemoClock& m_clock;
    QString m_id;
    qint64 m_start;
    core::Actor m_facilitator;
    ExerciseDemoWriter::Result& m_result;
};

// One business e-mail compromise run, where finance was too slow to recall the money.
void runWireFraud(Database& db, const DemoDirectory& directory, DemoClock& clock, ExerciseService& service,
                  const core::Actor& facilitator, qint64 now, ExerciseDemoWriter::Result& result)
{
    const core::Scenario bec = scenario(db, "bec-wire-fraud");
    const Cast becCast = castFor(directory, roleIds(bec));
    const qint64 start = (now - 90 * kDay) / kDay * kDay + 10 * 60 * kMinute;
    clock.set(start - 14 * kDay);
    core::ExerciseRules::Plan plan;
    plan.title = QStringLiteral("Finance tabletop: wire fraud");
    plan.plannedAt = start;
    plan.facilitatorId = becCast.facilitator.id;
    plan.participants = becCast.participants;
    const QString id = service.plan(bec, plan, facilitator).id;
    clock.set(start);
    service.start(id, facilitator);
    Runner runner(service, clock, id, start, facilitator, result);
    bool decided = false;
    for (const Play& p : kWireFraud) {
        if (!decided && p.minute[0] > 60) {
            decided = true;
            runner.decide(60, QStringLiteral("inj-04"), QStringLiteral("exec"), QStringLiteral("b-supplier"),
                          QStringLiteral("negotiate"),
                          QStringLiteral("Negotiate, citing the supplier's own compromise"));
        }
        runner.respond(p.minute[0], QString::fromLatin1(p.inject), QString::fromLatin1(p.role),
                       QString::fromLatin1(p.action), QString::fromLatin1(p.response), p.rating[0],
                       QString::fromLatin1(p.observation[0]));
    }
    runner.at(110);
    service.end(id);
    core::ImprovementItem i;
    i.objectiveId = QStringLiteral("obj-recall");
    i.action = QStringLiteral("Put the bank's fraud hotline and recall procedure in the finance runbook");
    i.ownerId = directory.inFunction(core::PersonFunction::Risk).id;
    i.dueAt = start + 30 * kDay;
    service.addImprovement(id, i);
    ++result.improvements;
    ++result.openImprovements;
    ++result.completed;
}

} // namespace

ExerciseDemoWriter::Result ExerciseDemoWriter::write(Database& db, qint64 now)
{
    Result result;
    const DemoDirectory directory(db);
    DemoClock clock(now);
    ExerciseService service(db, clock);

    const core::Scenario ransomware = scenario(db, "ransomware-double-extortion");
    const Cast cast = castFor(directory, roleIds(ransomware));
    const core::Actor facilitator = DemoDirectory::actor(cast.facilitator);
    QStringList runIds;
    for (int run = 0; run < kRuns; ++run) {
        if (run == kRuns - 1) {
            runWireFraud(db, directory, clock, service, facilitator, now, result);
        }
        // 14:00 UTC on the day of the run.
        const qint64 day = (now - kRunDaysAgo[run] * kDay) / kDay * kDay;
        const qint64 start = day + 14 * 60 * kMinute;
        clock.set(start - 21 * kDay);
        core::ExerciseRules::Plan plan;
        plan.title = QString::fromLatin1(kRunTitles[run]);
        plan.plannedAt = start;
        plan.facilitatorId = cast.facilitator.id;
        plan.participants = cast.participants;
        const QString id = service.plan(ransomware, plan, facilitator).id;
        runIds.append(id);
        clock.set(start);
        service.start(id, facilitator);
        Runner runner(service, clock, id, start, facilitator, result);

        // Everything the team did, in scenario order.
        struct Step
        {
            int minute;
            const Play* play;
        };
        QList<Step> steps;
        for (const Play& p : kRansomware) {
            if (p.minute[run] != 0) {
                steps.append({std::abs(p.minute[run]), &p});
            }
        }
        std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.minute < b.minute; });
        bool decided = false;
        bool briefed = false;
        QString exerciseIncident;
        for (const Step& s : steps) {
            if (!decided && s.minute > kEngageMinute[run]) {
                runner.decide(kEngageMinute[run], QStringLiteral("inj-04"), QStringLiteral("exec"),
                              QStringLiteral("b-engage"), QString::fromLatin1(kEngage[run]),
                              QString::fromLatin1(kEngageText[run]));
                decided = true;
            }
            if (!briefed && qstrcmp(s.play->inject, "inj-08") == 0) {
                // The contingency inject, released by hand when the CEO asks.
                runner.at(s.minute - 10);
                service.release(id, QStringLiteral("inj-08"), facilitator);
                briefed = true;
            }
            runner.respond(s.play->minute[run], QString::fromLatin1(s.play->inject), QString::fromLatin1(s.play->role),
                           QString::fromLatin1(s.play->action), QString::fromLatin1(s.play->response),
                           s.play->rating[run], QString::fromLatin1(s.play->observation[run]));
            // The latest run works an exercise incident, opened when the SOC declared.
            if (run == kRuns - 1 && qstrcmp(s.play->action, "a-declare") == 0) {
                exerciseIncident = service.openIncident(id, facilitator).id;
            }
        }
        const int endMinute = std::max(ransomware.durationMinutes, steps.last().minute + 5);
        runner.at(endMinute);
        service.end(id);
        if (!exerciseIncident.isEmpty()) {
            closeExerciseIncident(db, clock, exerciseIncident, start + endMinute * kMinute,
                                  DemoDirectory::actor(directory.withTitle(QStringLiteral("Incident commander"))));
        }
        // Actions released but not done are rated U after the hot wash.
        const core::ExerciseRecord record = service.record(id);
        for (const Play& p : kRansomware) {
            const QString action = QString::fromLatin1(p.action);
            const bool rated = std::any_of(record.ratings.cbegin(), record.ratings.cend(),
                                           [&](const core::ActionRating& r) { return r.actionId == action; });
            if (!rated && record.release(QString::fromLatin1(p.inject)) && p.observation[run][0] != '\0') {
                service.rate(id, action, Rating::U, QString::fromLatin1(p.observation[run]), QString(), facilitator);
                ++result.ratings;
            }
        }
        for (const Review& r : kReviews) {
            service.saveReview(id, {QString::fromLatin1(r.objective), QString::fromLatin1(r.strengths[run]),
                                    QString::fromLatin1(r.improvements[run])});
        }
        service.saveDiscussion(
            id, {QStringLiteral("detect"), 0,
                 run == 0 ? QStringLiteral("Two EDR alerts were needed before anyone declared; the first looked like a "
                                           "backup job.")
                          : QStringLiteral("Declared from the first alert, following the runbook.")});
        for (const Improvement& item : kImprovements) {
            if (item.run != run) {
                continue;
            }
            core::ImprovementItem i;
            i.objectiveId = QString::fromLatin1(item.objective);
            i.action = QString::fromLatin1(item.action);
            i.ownerId = directory.inFunction(item.owner).id;
            i.dueAt = start + item.dueDays * kDay;
            i = service.addImprovement(id, i);
            ++result.improvements;
            if (item.status != core::ImprovementStatus::Open) {
                clock.set(std::min(now, start + (item.dueDays - 5) * kDay));
                i.status = item.status;
                service.updateImprovement(i);
            } else {
                ++result.openImprovements;
            }
        }
        ++result.completed;
    }

    // The next drill, planned for the coming weeks.
    {
        const core::Scenario mfa = scenario(db, "mfa-fatigue-idp-admin");
        const Cast next = castFor(directory, roleIds(mfa));
        clock.set(now - 3 * kDay);
        core::ExerciseRules::Plan plan;
        plan.title = QStringLiteral("SOC drill: MFA fatigue against an identity administrator");
        plan.plannedAt = (now + 21 * kDay) / kDay * kDay + 9 * 60 * kMinute;
        plan.compression = 2;
        plan.facilitatorId = next.facilitator.id;
        plan.participants = next.participants;
        service.plan(mfa, plan, facilitator);
        ++result.planned;
    }
    result.exercises = result.completed + result.planned;
    clock.set(now);
    return result;
}

} // namespace muster::storage
