#include "storage/DemoDataWriter.h"

#include "core/DemoGenerator.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SearchIndex.h"
#include "storage/Sql.h"
#include "storage/TimelineRepository.h"

namespace muster::storage {

DemoDataWriter::Result DemoDataWriter::write(Database& db, int incidentCount, quint32 seed, qint64 now,
                                             const std::function<bool(int, int)>& progress)
{
    Result result;
    core::DemoGenerator generator(seed, now);
    generator.setExpectedCount(incidentCount);
    const QSqlDatabase connection = db.connection();
    {
        WriteTransaction tx(connection);
        PeopleRepository people(db);
        // Deputies refer to other people: insert without them first.
        for (core::Person p : generator.people()) {
            p.deputyId.clear();
            people.insert(p);
        }
        for (const core::Person& p : generator.people()) {
            if (!p.deputyId.isEmpty()) {
                people.update(p);
            }
        }
        AssetRepository assets(db);
        for (const core::Asset& a : generator.assets()) {
            assets.insert(a);
        }
        tx.commit();
        result.people = int(generator.people().size());
        result.assets = int(generator.assets().size());
    }

    // The full-text index is rebuilt once at the end instead of updated per row.
    SearchIndex::defer(db);
    constexpr int kBatch = 5000;
    IncidentRepository incidents(db);
    TimelineRepository timeline(db);
    AssetRepository links(db);
    int done = 0;
    while (done < incidentCount) {
        WriteTransaction tx(connection);
        const int end = std::min(incidentCount, done + kBatch);
        for (; done < end; ++done) {
            core::DemoGenerator::GeneratedIncident g = generator.next();
            QList<core::TimelineEntry> entries;
            entries.reserve(g.events.size());
            QString head;
            int seq = 1;
            qint64 last = g.incident.createdAt;
            for (const auto& event : g.events) {
                entries.append(TimelineRepository::seal(g.incident.id, seq++, event.actor, event.draft,
                                                        event.draft.occurredAt, head));
                head = entries.last().hash;
                last = std::max(last, event.draft.occurredAt);
            }
            g.incident.timelineHead = head;
            g.incident.updatedAt = last;
            incidents.insert(g.incident);
            for (const QString& assetId : g.assetIds) {
                links.link(g.incident.id, assetId, g.incident.createdAt);
            }
            for (const auto& e : entries) {
                timeline.insert(e);
            }
            result.timelineEntries += entries.size();
        }
        tx.commit();
        result.incidents = done;
        if (progress && !progress(done, incidentCount)) {
            result.cancelled = done < incidentCount;
            break;
        }
    }
    SearchIndex::rebuild(db);
    db.notifyChanged({QStringLiteral("people"), QStringLiteral("assets"), QStringLiteral("incidents"),
                      QStringLiteral("timeline_entries")});
    return result;
}

} // namespace muster::storage
