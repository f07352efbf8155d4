#include "storage/ExerciseRepository.h"

#include "core/Ids.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace muster::storage {

using namespace core;

namespace {

const QString kExerciseSelect = QStringLiteral(
    "SELECT e.id, e.reference, e.title, e.scenario_key, e.scenario_title, e.planned_at, "
    "COALESCE(e.facilitator_id, ''), COALESCE(f.name, ''), e.compression, e.status, e.clock_base_ms, "
    "e.clock_running_since, e.started_at, e.ended_at, COALESCE(e.incident_id, ''), COALESCE(i.reference, ''), "
    "e.created_at, e.updated_at "
    "FROM exercises e LEFT JOIN people f ON f.id = e.facilitator_id LEFT JOIN incidents i ON i.id = e.incident_id ");

Exercise readExercise(const Query& q)
{
    Exercise e;
    e.id = q.value(0).toString();
    e.reference = q.value(1).toString();
    e.title = q.value(2).toString();
    e.scenarioKey = q.value(3).toString();
    e.scenarioTitle = q.value(4).toString();
    e.plannedAt = q.value(5).toLongLong();
    e.facilitatorId = q.value(6).toString();
    e.facilitatorName = q.value(7).toString();
    e.clock.compression = q.value(8).toInt();
    e.status = exerciseStatuses().fromKey(q.value(9).toString()).value_or(ExerciseStatus::Planned);
    e.clock.baseMs = q.value(10).toLongLong();
    e.clock.runningSince = optionalMs(q.value(11));
    e.startedAt = optionalMs(q.value(12));
    e.endedAt = optionalMs(q.value(13));
    e.incidentId = q.value(14).toString();
    e.incidentReference = q.value(15).toString();
    e.createdAt = q.value(16).toLongLong();
    e.updatedAt = q.value(17).toLongLong();
    return e;
}

QList<ExerciseParticipant> readParticipants(const Database& db, const QString& exerciseId)
{
    Query q(db.connection(), QStringLiteral("SELECT p.role_id, p.person_id, COALESCE(n.name, '') "
                                            "FROM exercise_participants p LEFT JOIN people n ON n.id = p.person_id "
                                            "WHERE p.exercise_id = :id ORDER BY p.role_id, n.name"));
    q.bind(QStringLiteral(":id"), exerciseId).exec();
    QList<ExerciseParticipant> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    return out;
}

QList<Exercise> readExercises(const Database& db, Query& q)
{
    q.exec();
    QList<Exercise> out;
    while (q.next()) {
        out.append(readExercise(q));
    }
    for (Exercise& e : out) {
        e.participants = readParticipants(db, e.id);
    }
    return out;
}

// Rows of one exercise from a child table, read by `read`, in the given order.
template<typename T, typename F>
QList<T> children(const Database& db, const QString& columns, const QString& table, const QString& exerciseId,
                  const QString& order, F read)
{
    Query q(db.connection(),
            QStringLiteral("SELECT %1 FROM %2 WHERE exercise_id = :id ORDER BY %3").arg(columns, table, order));
    q.bind(QStringLiteral(":id"), exerciseId).exec();
    QList<T> out;
    while (q.next()) {
        out.append(read(q));
    }
    return out;
}

const QString kImprovementSelect = QStringLiteral(
    "SELECT m.id, m.exercise_id, e.reference, m.scenario_key, m.objective_id, m.capability, m.action, "
    "COALESCE(m.owner_id, ''), COALESCE(p.name, ''), m.due_at, m.status, m.created_at, m.updated_at "
    "FROM improvement_items m JOIN exercises e ON e.id = m.exercise_id LEFT JOIN people p ON p.id = m.owner_id ");

} // namespace

ExerciseRepository::ExerciseRepository(const Database& db)
    : m_db(db)
{}

std::optional<Exercise> ExerciseRepository::find(const QString& idOrReference) const
{
    Query q(m_db.connection(), kExerciseSelect + QStringLiteral("WHERE e.id = :key OR e.reference = :key"));
    q.bind(QStringLiteral(":key"), idOrReference.trimmed());
    auto list = readExercises(m_db, q);
    if (list.isEmpty()) {
        return std::nullopt;
    }
    return list.first();
}

QList<Exercise> ExerciseRepository::all() const
{
    Query q(m_db.connection(), kExerciseSelect + QStringLiteral("ORDER BY e.planned_at DESC, e.reference DESC"));
    return readExercises(m_db, q);
}

QList<Exercise> ExerciseRepository::ofScenario(const QString& scenarioKey) const
{
    Query q(m_db.connection(), kExerciseSelect + QStringLiteral("WHERE e.scenario_key = :key "
                                                                "ORDER BY COALESCE(e.started_at, e.planned_at)"));
    q.bind(QStringLiteral(":key"), scenarioKey);
    return readExercises(m_db, q);
}

int ExerciseRepository::nextNumber(int year) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT COALESCE(MAX(CAST(substr(reference, 9) AS INTEGER)), 0) FROM exercises "
                           "WHERE reference LIKE :prefix"));
    q.bind(QStringLiteral(":prefix"), QStringLiteral("EX-%1-%").arg(year));
    return q.scalar().toInt() + 1;
}

QByteArray ExerciseRepository::scenarioJson(const QString& exerciseId) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT scenario_json FROM exercises WHERE id = :id"));
    q.bind(QStringLiteral(":id"), exerciseId);
    return q.scalar().toString().toUtf8();
}

void ExerciseRepository::insert(const Exercise& e, const QByteArray& scenarioJson)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO exercises (id, reference, title, scenario_key, scenario_title, scenario_json, "
                           "planned_at, facilitator_id, compression, status, clock_base_ms, clock_running_since, "
                           "started_at, ended_at, incident_id, created_at, updated_at) VALUES (:id, :reference, "
                           ":title, :key, :scenarioTitle, :json, :planned, :facilitator, :compression, :status, 0, "
                           "NULL, NULL, NULL, NULL, :now, :now)"));
    q.bind(QStringLiteral(":id"), e.id)
        .bind(QStringLiteral(":reference"), e.reference)
        .bind(QStringLiteral(":title"), e.title.trimmed())
        .bind(QStringLiteral(":key"), e.scenarioKey)
        .bind(QStringLiteral(":scenarioTitle"), e.scenarioTitle)
        .bind(QStringLiteral(":json"), QString::fromUtf8(scenarioJson))
        .bind(QStringLiteral(":planned"), e.plannedAt)
        .bind(QStringLiteral(":facilitator"), nullIfEmpty(e.facilitatorId))
        .bind(QStringLiteral(":compression"), e.clock.compression)
        .bind(QStringLiteral(":status"), exerciseStatuses().key(e.status))
        .bind(QStringLiteral(":now"), e.updatedAt)
        .exec();
}

void ExerciseRepository::update(const Exercise& e)
{
    Query q(m_db.connection(),
            QStringLiteral("UPDATE exercises SET title = :title, planned_at = :planned, facilitator_id = :facilitator, "
                           "compression = :compression, status = :status, clock_base_ms = :base, "
                           "clock_running_since = :since, started_at = :started, ended_at = :ended, "
                           "incident_id = :incident, updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":title"), e.title.trimmed())
        .bind(QStringLiteral(":planned"), e.plannedAt)
        .bind(QStringLiteral(":facilitator"), nullIfEmpty(e.facilitatorId))
        .bind(QStringLiteral(":compression"), e.clock.compression)
        .bind(QStringLiteral(":status"), exerciseStatuses().key(e.status))
        .bind(QStringLiteral(":base"), e.clock.baseMs)
        .bindOptional(QStringLiteral(":since"), e.clock.runningSince)
        .bindOptional(QStringLiteral(":started"), e.startedAt)
        .bindOptional(QStringLiteral(":ended"), e.endedAt)
        .bind(QStringLiteral(":incident"), nullIfEmpty(e.incidentId))
        .bind(QStringLiteral(":now"), e.updatedAt)
        .bind(QStringLiteral(":id"), e.id)
        .exec();
}

void ExerciseRepository::setParticipants(const QString& exerciseId, const QList<ExerciseParticipant>& participants,
                                         qint64 now)
{
    Query clear(m_db.connection(), QStringLiteral("DELETE FROM exercise_participants WHERE exercise_id = :id"));
    clear.bind(QStringLiteral(":id"), exerciseId).exec();
    Query q(m_db.connection(), QStringLiteral("INSERT INTO exercise_participants (id, exercise_id, role_id, "
                                              "person_id, updated_at) VALUES (:id, :exercise, :role, :person, :now)"));
    for (const auto& p : participants) {
        q.bind(QStringLiteral(":id"), newId())
            .bind(QStringLiteral(":exercise"), exerciseId)
            .bind(QStringLiteral(":role"), p.roleId)
            .bind(QStringLiteral(":person"), p.personId)
            .bind(QStringLiteral(":now"), now)
            .exec();
    }
}

QList<InjectRelease> ExerciseRepository::releases(const QString& exerciseId) const
{
    return children<InjectRelease>(m_db, QStringLiteral("inject_id, scenario_ms, released_at, way, released_by"),
                                   QStringLiteral("exercise_releases"), exerciseId,
                                   QStringLiteral("scenario_ms, released_at"), [](const Query& q) {
                                       return InjectRelease{
                                           q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                           releaseWays().fromKey(q.value(3).toString()).value_or(ReleaseWay::Schedule),
                                           q.value(4).toString()};
                                   });
}

void ExerciseRepository::insertRelease(const QString& exerciseId, const InjectRelease& r)
{
    Query q(m_db.connection(), QStringLiteral("INSERT INTO exercise_releases (id, exercise_id, inject_id, scenario_ms, "
                                              "released_at, way, released_by, updated_at) VALUES (:id, :exercise, "
                                              ":inject, :ms, :at, :way, :by, :at)"));
    q.bind(QStringLiteral(":id"), newId())
        .bind(QStringLiteral(":exercise"), exerciseId)
        .bind(QStringLiteral(":inject"), r.injectId)
        .bind(QStringLiteral(":ms"), r.scenarioMs)
        .bind(QStringLiteral(":at"), r.releasedAt)
        .bind(QStringLiteral(":way"), releaseWays().key(r.way))
        .bind(QStringLiteral(":by"), r.by)
        .exec();
}

QList<BranchChoice> ExerciseRepository::choices(const QString& exerciseId) const
{
    return children<BranchChoice>(m_db, QStringLiteral("branch_id, outcome_id, scenario_ms, chosen_at, chosen_by"),
                                  QStringLiteral("exercise_branch_choices"), exerciseId,
                                  QStringLiteral("scenario_ms, chosen_at"), [](const Query& q) {
                                      return BranchChoice{q.value(0).toString(), q.value(1).toString(),
                                                          q.value(2).toLongLong(), q.value(3).toLongLong(),
                                                          q.value(4).toString()};
                                  });
}

void ExerciseRepository::insertChoice(const QString& exerciseId, const BranchChoice& c)
{
    Query q(m_db.connection(), QStringLiteral("INSERT INTO exercise_branch_choices (id, exercise_id, branch_id, "
                                              "outcome_id, scenario_ms, chosen_at, chosen_by, updated_at) VALUES (:id, "
                                              ":exercise, :branch, :outcome, :ms, :at, :by, :at)"));
    q.bind(QStringLiteral(":id"), newId())
        .bind(QStringLiteral(":exercise"), exerciseId)
        .bind(QStringLiteral(":branch"), c.branchId)
        .bind(QStringLiteral(":outcome"), c.outcomeId)
        .bind(QStringLiteral(":ms"), c.scenarioMs)
        .bind(QStringLiteral(":at"), c.chosenAt)
        .bind(QStringLiteral(":by"), c.by)
        .exec();
}

QList<LogEntry> ExerciseRepository::log(const QString& exerciseId) const
{
    return children<LogEntry>(m_db,
                              QStringLiteral("id, kind, inject_id, role_id, text, rationale, approver, branch_id, "
                                             "outcome_id, action_id, scenario_ms, recorded_at, author"),
                              QStringLiteral("exercise_log"), exerciseId, QStringLiteral("scenario_ms, recorded_at"),
                              [](const Query& q) {
                                  LogEntry e;
                                  e.id = q.value(0).toString();
                                  e.kind = logKinds().fromKey(q.value(1).toString()).value_or(LogKind::Note);
                                  e.injectId = q.value(2).toString();
                                  e.roleId = q.value(3).toString();
                                  e.text = q.value(4).toString();
                                  e.rationale = q.value(5).toString();
                                  e.approver = q.value(6).toString();
                                  e.branchId = q.value(7).toString();
                                  e.outcomeId = q.value(8).toString();
                                  e.actionId = q.value(9).toString();
                                  e.scenarioMs = q.value(10).toLongLong();
                                  e.recordedAt = q.value(11).toLongLong();
                                  e.author = q.value(12).toString();
                                  return e;
                              });
}

void ExerciseRepository::insertLog(const QString& exerciseId, const LogEntry& e)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO exercise_log (id, exercise_id, kind, inject_id, role_id, text, rationale, "
                           "approver, branch_id, outcome_id, action_id, scenario_ms, recorded_at, author, updated_at) "
                           "VALUES (:id, :exercise, :kind, :inject, :role, :text, :rationale, :approver, :branch, "
                           ":outcome, :action, :ms, :at, :author, :at)"));
    q.bind(QStringLiteral(":id"), e.id)
        .bind(QStringLiteral(":exercise"), exerciseId)
        .bind(QStringLiteral(":kind"), logKinds().key(e.kind))
        .bind(QStringLiteral(":inject"), e.injectId)
        .bind(QStringLiteral(":role"), e.roleId)
        .bind(QStringLiteral(":text"), e.text.trimmed())
        .bind(QStringLiteral(":rationale"), e.rationale.trimmed())
        .bind(QStringLiteral(":approver"), e.approver.trimmed())
        .bind(QStringLiteral(":branch"), e.branchId)
        .bind(QStringLiteral(":outcome"), e.outcomeId)
        .bind(QStringLiteral(":action"), e.actionId)
        .bind(QStringLiteral(":ms"), e.scenarioMs)
        .bind(QStringLiteral(":at"), e.recordedAt)
        .bind(QStringLiteral(":author"), e.author)
        .exec();
}

QList<ActionRating> ExerciseRepository::ratings(const QString& exerciseId) const
{
    return children<ActionRating>(
        m_db, QStringLiteral("action_id, rating, observation, evaluator, rated_at"), QStringLiteral("exercise_ratings"),
        exerciseId, QStringLiteral("rated_at"), [](const Query& q) {
            return ActionRating{q.value(0).toString(),
                                core::ratings().fromKey(q.value(1).toString()).value_or(Rating::U),
                                q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()};
        });
}

void ExerciseRepository::upsertRating(const QString& exerciseId, const ActionRating& r)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO exercise_ratings (id, exercise_id, action_id, rating, observation, evaluator, "
                           "rated_at, updated_at) VALUES (:id, :exercise, :action, :rating, :observation, :evaluator, "
                           ":at, :at) ON CONFLICT (exercise_id, action_id) DO UPDATE SET rating = excluded.rating, "
                           "observation = excluded.observation, evaluator = excluded.evaluator, "
                           "rated_at = excluded.rated_at, updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":id"), newId())
        .bind(QStringLiteral(":exercise"), exerciseId)
        .bind(QStringLiteral(":action"), r.actionId)
        .bind(QStringLiteral(":rating"), core::ratings().key(r.rating))
        .bind(QStringLiteral(":observation"), r.observation.trimmed())
        .bind(QStringLiteral(":evaluator"), r.evaluator.trimmed())
        .bind(QStringLiteral(":at"), r.ratedAt)
        .exec();
}

bool ExerciseRepository::deleteRating(const QString& exerciseId, const QString& actionId)
{
    Query q(m_db.connection(),
            QStringLiteral("DELETE FROM exercise_ratings WHERE exercise_id = :exercise AND action_id = :action"));
    q.bind(QStringLiteral(":exercise"), exerciseId).bind(QStringLiteral(":action"), actionId).exec();
    return q.numRowsAffected() > 0;
}

QList<ObjectiveReview> ExerciseRepository::reviews(const QString& exerciseId) const
{
    return children<ObjectiveReview>(
        m_db, QStringLiteral("objective_id, strengths, improvements"), QStringLiteral("exercise_reviews"), exerciseId,
        QStringLiteral("objective_id"), [](const Query& q) {
            return ObjectiveReview{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        });
}

void ExerciseRepository::upsertReview(const QString& exerciseId, const ObjectiveReview& r, qint64 now)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO exercise_reviews (id, exercise_id, objective_id, strengths, improvements, "
                           "updated_at) VALUES (:id, :exercise, :objective, :strengths, :improvements, :now) "
                           "ON CONFLICT (exercise_id, objective_id) DO UPDATE SET strengths = excluded.strengths, "
                           "improvements = excluded.improvements, updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":id"), newId())
        .bind(QStringLiteral(":exercise"), exerciseId)
        .bind(QStringLiteral(":objective"), r.objectiveId)
        .bind(QStringLiteral(":strengths"), r.strengths.trimmed())
        .bind(QStringLiteral(":improvements"), r.improvements.trimmed())
        .bind(QStringLiteral(":now"), now)
        .exec();
}

QList<DiscussionNote> ExerciseRepository::discussion(const QString& exerciseId) const
{
    return children<DiscussionNote>(
        m_db, QStringLiteral("phase_id, question, notes"), QStringLiteral("exercise_discussion"), exerciseId,
        QStringLiteral("phase_id, question"), [](const Query& q) {
            return DiscussionNote{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString()};
        });
}

void ExerciseRepository::upsertDiscussion(const QString& exerciseId, const DiscussionNote& n, qint64 now)
{
    Query q(
        m_db.connection(),
        QStringLiteral("INSERT INTO exercise_discussion (id, exercise_id, phase_id, question, notes, updated_at) "
                       "VALUES (:id, :exercise, :phase, :question, :notes, :now) ON CONFLICT (exercise_id, "
                       "phase_id, question) DO UPDATE SET notes = excluded.notes, updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":id"), newId())
        .bind(QStringLiteral(":exercise"), exerciseId)
        .bind(QStringLiteral(":phase"), n.phaseId)
        .bind(QStringLiteral(":question"), n.question)
        .bind(QStringLiteral(":notes"), n.notes.trimmed())
        .bind(QStringLiteral(":now"), now)
        .exec();
}

QList<ImprovementItem> ExerciseRepository::readImprovements(const QString& where, const QVariantMap& binds) const
{
    Query q(m_db.connection(), kImprovementSelect + where);
    for (auto it = binds.begin(); it != binds.end(); ++it) {
        q.bind(it.key(), it.value());
    }
    q.exec();
    QList<ImprovementItem> out;
    while (q.next()) {
        ImprovementItem m;
        m.id = q.value(0).toString();
        m.exerciseId = q.value(1).toString();
        m.exerciseReference = q.value(2).toString();
        m.scenarioKey = q.value(3).toString();
        m.objectiveId = q.value(4).toString();
        m.capability = q.value(5).toString();
        m.action = q.value(6).toString();
        m.ownerId = q.value(7).toString();
        m.ownerName = q.value(8).toString();
        m.dueAt = optionalMs(q.value(9));
        m.status = improvementStatuses().fromKey(q.value(10).toString()).value_or(ImprovementStatus::Open);
        m.createdAt = q.value(11).toLongLong();
        m.updatedAt = q.value(12).toLongLong();
        out.append(m);
    }
    return out;
}

QList<ImprovementItem> ExerciseRepository::improvements(const QString& exerciseId) const
{
    return readImprovements(QStringLiteral("WHERE m.exercise_id = :id ORDER BY m.created_at"),
                            {{QStringLiteral(":id"), exerciseId}});
}

QList<ImprovementItem> ExerciseRepository::earlierImprovements(const QString& scenarioKey, const QString& exerciseId,
                                                               qint64 before) const
{
    return readImprovements(
        QStringLiteral("WHERE m.scenario_key = :key AND m.exercise_id <> :id AND m.status <> 'cancelled' AND "
                       "COALESCE(e.started_at, e.planned_at) < :before ORDER BY m.created_at"),
        {{QStringLiteral(":key"), scenarioKey},
         {QStringLiteral(":id"), exerciseId},
         {QStringLiteral(":before"), before}});
}

QList<ImprovementItem> ExerciseRepository::allImprovements() const
{
    return readImprovements(QStringLiteral("ORDER BY m.status <> 'open', m.due_at IS NULL, m.due_at, m.created_at"),
                            {});
}

std::optional<ImprovementItem> ExerciseRepository::improvement(const QString& id) const
{
    auto list = readImprovements(QStringLiteral("WHERE m.id = :id"), {{QStringLiteral(":id"), id}});
    if (list.isEmpty()) {
        return std::nullopt;
    }
    return list.first();
}

void ExerciseRepository::insertImprovement(const ImprovementItem& m)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO improvement_items (id, exercise_id, scenario_key, objective_id, capability, "
                           "action, owner_id, due_at, status, created_at, updated_at) VALUES (:id, :exercise, :key, "
                           ":objective, :capability, :action, :owner, :due, :status, :created, :updated)"));
    q.bind(QStringLiteral(":id"), m.id)
        .bind(QStringLiteral(":exercise"), m.exerciseId)
        .bind(QStringLiteral(":key"), m.scenarioKey)
        .bind(QStringLiteral(":objective"), m.objectiveId)
        .bind(QStringLiteral(":capability"), m.capability.trimmed())
        .bind(QStringLiteral(":action"), m.action.trimmed())
        .bind(QStringLiteral(":owner"), nullIfEmpty(m.ownerId))
        .bindOptional(QStringLiteral(":due"), m.dueAt)
        .bind(QStringLiteral(":status"), improvementStatuses().key(m.status))
        .bind(QStringLiteral(":created"), m.createdAt)
        .bind(QStringLiteral(":updated"), m.updatedAt)
        .exec();
}

void ExerciseRepository::updateImprovement(const ImprovementItem& m)
{
    Query q(m_db.connection(),
            QStringLiteral("UPDATE improvement_items SET objective_id = :objective, capability = :capability, "
                           "action = :action, owner_id = :owner, due_at = :due, status = :status, "
                           "updated_at = :updated WHERE id = :id"));
    q.bind(QStringLiteral(":objective"), m.objectiveId)
        .bind(QStringLiteral(":capability"), m.capability.trimmed())
        .bind(QStringLiteral(":action"), m.action.trimmed())
        .bind(QStringLiteral(":owner"), nullIfEmpty(m.ownerId))
        .bindOptional(QStringLiteral(":due"), m.dueAt)
        .bind(QStringLiteral(":status"), improvementStatuses().key(m.status))
        .bind(QStringLiteral(":updated"), m.updatedAt)
        .bind(QStringLiteral(":id"), m.id)
        .exec();
}

bool ExerciseRepository::deleteImprovement(const QString& id)
{
    Query q(m_db.connection(), QStringLiteral("DELETE FROM improvement_items WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    return q.numRowsAffected() > 0;
}

} // namespace muster::storage
