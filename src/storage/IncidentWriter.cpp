#include "storage/IncidentWriter.h"

#include "core/Error.h"
#include "core/IncidentFacts.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/TaskRepository.h"
#include "storage/TimelineRepository.h"

namespace muster::storage {

IncidentWriter::IncidentWriter(Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

core::Incident IncidentWriter::load(const QString& idOrReference) const
{
    auto incident = IncidentRepository(m_db).findByIdOrReference(idOrReference);
    if (!incident) {
        throw core::Error(core::Error::Kind::NotFound, tr("No incident %1.").arg(idOrReference));
    }
    return *incident;
}

core::Incident IncidentWriter::save(core::Incident incident, const core::Actor& actor,
                                    const QList<core::TimelineDraft>& drafts)
{
    TimelineRepository timeline(m_db);
    const qint64 now = m_clock.nowMs();
    const auto entries =
        timeline.append(incident.id, incident.timelineHead, timeline.nextSeq(incident.id), actor, drafts, now);
    core::IncidentFacts facts = core::IncidentFacts::of(incident);
    for (const auto& e : entries) {
        facts.apply(e);
    }
    facts.copyTo(incident);
    if (!entries.isEmpty()) {
        incident.timelineHead = entries.last().hash;
    }
    incident.updatedAt = now;
    IncidentRepository(m_db).update(incident);
    // Tasks due relative to a milestone (contained + 24 h) follow the milestones.
    TaskRepository(m_db).refreshDueTimes(incident, now);
    return incident;
}

} // namespace muster::storage
