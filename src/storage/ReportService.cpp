#include "storage/ReportService.h"

#include "core/Error.h"
#include "core/MetricsCalendar.h"
#include "core/RegulatoryClock.h"
#include "storage/AssetRepository.h"
#include "storage/CommunicationService.h"
#include "storage/Database.h"
#include "storage/DeadlineRepository.h"
#include "storage/DeadlineService.h"
#include "storage/ExerciseService.h"
#include "storage/IncidentAttributesRepository.h"
#include "storage/IncidentQuery.h"
#include "storage/IncidentService.h"
#include "storage/IncidentVisibility.h"
#include "storage/MetricsService.h"
#include "storage/OrganisationProfile.h"
#include "storage/PeopleRepository.h"
#include "storage/Sql.h"
#include "storage/TimelineRepository.h"
#include "storage/WorkflowService.h"

#include <QHash>

namespace muster::storage {

namespace {

void checkCancelled(const std::function<bool()>& cancelled)
{
    if (cancelled && cancelled()) {
        throw core::Error(core::Error::Kind::Refused, ReportService::tr("The report was cancelled."));
    }
}

QString ruleName(const QString& ruleId)
{
    const core::RegulatoryRule* rule = core::RegulatoryClock::rule(ruleId);
    return rule ? rule->displayName() : ruleId;
}

// Deadlines of real incidents due in [from, to), counted whoever may see the incident.
LeadershipReport::DeadlineCounts countDeadlines(const Database& db, const core::Period& period, qint64 asOf)
{
    Query q(db.connection(), QStringLiteral("SELECT d.status, d.due_at < :asof, COUNT(*) FROM deadlines d "
                                            "JOIN incidents i ON i.id = d.incident_id "
                                            "WHERE i.exercise = 0 AND d.due_at >= :from AND d.due_at < :to "
                                            "GROUP BY 1, 2"));
    q.bind(QStringLiteral(":asof"), asOf)
        .bind(QStringLiteral(":from"), period.fromMs)
        .bind(QStringLiteral(":to"), period.toMs)
        .exec();
    LeadershipReport::DeadlineCounts c;
    while (q.next()) {
        const auto status = core::deadlineStatuses().fromKey(q.value(0).toString());
        const bool due = q.value(1).toBool();
        const int n = q.value(2).toInt();
        switch (status.value_or(core::DeadlineStatus::Pending)) {
        case core::DeadlineStatus::Met:
            c.met += n;
            break;
        case core::DeadlineStatus::Missed:
            c.missed += n;
            break;
        case core::DeadlineStatus::Waived:
            c.waived += n;
            break;
        case core::DeadlineStatus::Pending:
            (due ? c.overdue : c.pending) += n;
            break;
        }
    }
    return c;
}

LeadershipReport::ExerciseRow exerciseRow(const core::AfterActionReport& aar, qint64 date)
{
    LeadershipReport::ExerciseRow row;
    row.reference = aar.reference;
    row.title = aar.title;
    row.scenario = aar.scenarioTitle;
    row.date = date;
    row.status = aar.status;
    for (const auto& o : aar.objectives) {
        for (auto it = o.counts.cbegin(); it != o.counts.cend(); ++it) {
            row.ratings[it.key()] += it.value();
        }
        if (o.rating && (!row.weakest || int(*o.rating) > int(*row.weakest))) {
            row.weakest = o.rating;
        }
    }
    row.shareMet = aar.metrics.overall.shareMet();
    row.meanDecisionMinutes = aar.metrics.overall.meanDecisionMinutes;
    row.improvementsRaised = int(aar.improvements.size());
    return row;
}

void addStakeholder(QList<core::IncidentReport::Stakeholder>& list, QHash<QString, int>& index,
                    const PeopleRepository& people, const QString& personId, const QString& why)
{
    if (personId.isEmpty()) {
        return;
    }
    if (const auto at = index.constFind(personId); at != index.constEnd()) {
        QString& whyText = list[*at].why;
        if (!whyText.split(QStringLiteral(", ")).contains(why)) {
            whyText += QStringLiteral(", ") + why;
        }
        return;
    }
    const auto p = people.find(personId);
    index.insert(personId, int(list.size()));
    list.append({p ? p->name : personId, p ? core::personFunctions().label(p->function) : QString(), why});
}

} // namespace

ReportService::ReportService(Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

LeadershipReport ReportService::leadership(QDate first, QDate last, const core::Actor& reader, const QTimeZone& zone,
                                           const std::function<bool()>& cancelled) const
{
    if (!first.isValid() || !last.isValid() || last < first) {
        throw core::Error(core::Error::Kind::BadInput, tr("Period: the last day must not be before the first."));
    }
    const qint64 now = m_clock.nowMs();
    const core::MetricsCalendar calendar(zone);
    LeadershipReport r;
    r.organisation = OrganisationProfile::load(m_db).name;
    r.generatedAt = now;
    r.generatedBy = reader.name;
    r.firstDay = first;
    r.lastDay = last;

    MetricsQuery query;
    query.period = calendar.dates(first, last);
    query.timeZone = zone;
    query.asOfMs = std::min(now, query.period.toMs);
    const MetricsService metrics(m_db, m_clock);
    r.metrics = metrics.dashboard(query, core::MetricsCalendar::trendGrouping(query.period), cancelled);
    checkCancelled(cancelled);
    if (r.metrics.cancelled) {
        checkCancelled([] { return true; });
    }
    MetricsQuery previous = r.metrics.previous.query;
    previous.grouping = core::MetricsGrouping::Severity;
    r.previousBySeverity = metrics.report(previous, {core::Measure::Acknowledge, core::Measure::Remediate});
    r.previousFirstDay = calendar.localDate(previous.period.fromMs);
    r.previousLastDay = calendar.localDate(previous.period.toMs - 1);
    checkCancelled(cancelled);

    // Open SEV1 and SEV2 incidents with their commanders, as the reader may see them.
    IncidentFilter open;
    open.openOnly = true;
    open.exercise = false;
    open.severities = {core::Severity::Sev1, core::Severity::Sev2};
    const int allOpen = IncidentQuery(m_db, open).count();
    open.visibleTo = reader.personId;
    const IncidentQuery visibleOpen(m_db, open, IncidentQuery::SortKey::Severity, Qt::AscendingOrder);
    for (const IncidentRow& row : visibleOpen.page(1000)) {
        r.openHighSeverity.append({row.incident.reference, row.incident.title, row.incident.severity,
                                   row.incident.status, row.commanderName, row.incident.detectedAt});
    }
    std::stable_sort(r.openHighSeverity.begin(), r.openHighSeverity.end(), [](const auto& a, const auto& b) {
        return a.severity != b.severity ? core::toInt(a.severity) < core::toInt(b.severity)
                                        : a.detectedAt < b.detectedAt;
    });
    r.openHighSeverityNotListed = allOpen - int(r.openHighSeverity.size());
    checkCancelled(cancelled);

    // Regulatory deadlines due in the period.
    r.deadlineCounts = countDeadlines(m_db, query.period, now);
    DeadlineRepository::Filter due;
    due.pendingOnly = false;
    due.dueFrom = query.period.fromMs;
    due.dueBefore = query.period.toMs;
    due.realIncidentsOnly = true;
    for (const core::Deadline& d : DeadlineRepository(m_db).list(reader, due)) {
        r.deadlines.append({d, ruleName(d.ruleId)});
    }
    r.deadlinesNotListed = r.deadlineCounts.total() - int(r.deadlines.size());
    checkCancelled(cancelled);

    // Exercises started in the period, and improvement items still open.
    ExerciseService exercises(m_db, m_clock);
    QList<core::Exercise> run = exercises.list();
    std::sort(run.begin(), run.end(), [](const auto& a, const auto& b) {
        return a.startedAt.value_or(a.plannedAt) < b.startedAt.value_or(b.plannedAt);
    });
    for (const core::Exercise& e : run) {
        if (e.startedAt && query.period.contains(*e.startedAt)) {
            r.exercises.append(exerciseRow(exercises.report(e.id), *e.startedAt));
            checkCancelled(cancelled);
        }
    }
    for (const core::ImprovementItem& item : exercises.allImprovements()) {
        if (item.status == core::ImprovementStatus::Open || item.status == core::ImprovementStatus::InProgress) {
            r.openImprovements.append(item);
        }
    }
    std::stable_sort(r.openImprovements.begin(), r.openImprovements.end(), [](const auto& a, const auto& b) {
        return a.dueAt.value_or(std::numeric_limits<qint64>::max()) <
               b.dueAt.value_or(std::numeric_limits<qint64>::max());
    });
    return r;
}

core::IncidentReport ReportService::incident(const QString& idOrReference, const core::Actor& reader) const
{
    const IncidentService incidents(m_db, m_clock);
    core::IncidentReport r;
    r.incident = incidents.get(idOrReference);
    const core::Incident& i = r.incident;
    if (!IncidentVisibility::maySee(m_db, reader, i)) {
        throw core::Error(
            core::Error::Kind::Refused,
            tr("%1 is confidential; only its access list, Legal and HR may have its report.").arg(i.reference));
    }
    r.organisation = OrganisationProfile::load(m_db).name;
    r.generatedAt = m_clock.nowMs();
    r.generatedBy = reader.name;

    const PeopleRepository people(m_db);
    const auto nameOf = [&people](const QString& id) {
        const auto p = people.find(id);
        return p ? p->name : id;
    };
    if (!i.commanderId.isEmpty()) {
        r.commanderName = nameOf(i.commanderId);
    }
    for (const QString& id : i.assigneeIds) {
        r.assigneeNames.append(nameOf(id));
    }
    r.attributes = IncidentAttributesRepository(m_db).get(i.id);
    r.assets = AssetRepository(m_db).ofIncident(i.id);

    // Roles: every term; the commander named at declaration holds the role until a
    // handover is recorded (as WorkflowService::roles counts it).
    const WorkflowService workflow(m_db, m_clock);
    const QList<core::RoleAssignment> history = workflow.roleHistory(i.id);
    const bool commanderRecorded = std::any_of(history.begin(), history.end(),
                                               [](const auto& a) { return a.role == core::IncidentRole::Commander; });
    if (!commanderRecorded && !i.commanderId.isEmpty()) {
        r.roles.append({core::IncidentRole::Commander, r.commanderName, i.createdAt, std::nullopt});
    }
    for (const core::RoleAssignment& a : history) {
        r.roles.append(
            {a.role, a.personName.isEmpty() ? nameOf(a.personId) : a.personName, a.assumedAt, a.handedOverAt});
    }

    QHash<QString, int> seen;
    addStakeholder(r.stakeholders, seen, people, i.commanderId, tr("incident commander"));
    for (const core::RoleAssignment& a : history) {
        addStakeholder(r.stakeholders, seen, people, a.personId, core::incidentRoles().label(a.role).toLower());
    }
    for (const QString& id : i.assigneeIds) {
        addStakeholder(r.stakeholders, seen, people, id, tr("assignee"));
    }
    if (i.confidential) {
        for (const QString& id : IncidentVisibility::accessList(m_db, i.id)) {
            addStakeholder(r.stakeholders, seen, people, id, tr("access list"));
        }
    }

    r.timeline = TimelineRepository(m_db).entries(i.id);
    r.verification = incidents.verify(i.id);

    // Tasks by workstream, in the order of the workstream table.
    const QList<core::Task> tasks = workflow.tasks(i.id);
    for (core::Workstream w : core::workstreams().values()) {
        core::IncidentReport::WorkstreamTasks group{w, core::IncidentReport::isPrivileged(w), {}};
        for (const core::Task& t : tasks) {
            if (t.workstream == w) {
                group.tasks.append(t);
                addStakeholder(r.stakeholders, seen, people, t.ownerId, tr("task owner"));
            }
        }
        if (!group.tasks.isEmpty()) {
            r.workstreams.append(group);
        }
    }
    for (const core::Task& t : tasks) {
        if (t.key == core::IncidentReport::reviewTaskKey()) {
            r.reviewStatus = t.status;
            for (const core::TaskComment& c : workflow.comments(t.id)) {
                r.lessons.append({c.authorName, c.createdAt, c.text});
            }
        }
    }

    // Communications: what was sent, in the exact words of the version that went out.
    const CommunicationService communications(m_db, m_clock);
    for (const core::Communication& c : communications.ofIncident(i.id)) {
        if (c.status != core::CommunicationStatus::Sent) {
            ++r.unsentCommunications;
            continue;
        }
        core::IncidentReport::SentCommunication s;
        s.communication = c;
        s.approvedSubject = c.subject;
        s.approvedBody = c.body;
        const QList<core::CommunicationVersion> versions = communications.versions(c.id);
        s.versionCount = std::max(1, int(versions.size()));
        for (const core::CommunicationVersion& v : versions) {
            if (v.version == c.version) {
                s.approvedSubject = v.subject;
                s.approvedBody = v.body;
            }
        }
        for (const core::Approval& a : communications.approvals(c.id)) {
            if (a.version == c.version) {
                s.approvals.append(a);
                addStakeholder(r.stakeholders, seen, people, a.personId, tr("approver"));
            }
        }
        r.sent.append(s);
    }
    std::stable_sort(r.sent.begin(), r.sent.end(), [](const auto& a, const auto& b) {
        return a.communication.sentAt.value_or(0) < b.communication.sentAt.value_or(0);
    });

    const DeadlineService deadlines(m_db, m_clock);
    r.clockEvents = deadlines.eventsOf(i.id);
    for (const core::Deadline& d : deadlines.ofIncident(i.id)) {
        core::IncidentReport::DeadlineRecord record{d, ruleName(d.ruleId), QString(), QString()};
        if (const core::RegulatoryRule* rule = core::RegulatoryClock::rule(d.ruleId)) {
            record.audience = rule->audience;
            record.source = rule->source;
        }
        r.deadlines.append(record);
    }
    std::stable_sort(r.deadlines.begin(), r.deadlines.end(),
                     [](const auto& a, const auto& b) { return a.deadline.dueAt < b.deadline.dueAt; });
    return r;
}

core::AfterActionReport ReportService::exercise(const QString& idOrReference) const
{
    return ExerciseService(m_db, m_clock).report(idOrReference);
}

} // namespace muster::storage
