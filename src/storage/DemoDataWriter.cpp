#include "storage/DemoDataWriter.h"

#include "core/DemoGenerator.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/SearchIndex.h"
#include "storage/Sql.h"
#include "storage/TimelineRepository.h"

#include <future>

namespace muster::storage {

namespace {

// A generated incident with its timeline sealed onto the hash chain, ready to insert.
struct Sealed
{
    core::Incident incident;
    QStringList assetIds;
    QList<core::TimelineEntry> entries;
};

QList<Sealed> generateBatch(core::DemoGenerator& generator, int count)
{
    QList<Sealed> batch;
    batch.reserve(count);
    for (int i = 0; i < count; ++i) {
        core::DemoGenerator::GeneratedIncident g = generator.next();
        Sealed s;
        s.entries.reserve(g.events.size());
        QString head;
        int seq = 1;
        qint64 last = g.incident.createdAt;
        for (const auto& event : g.events) {
            s.entries.append(
                TimelineRepository::seal(g.incident.id, seq++, event.actor, event.draft, event.draft.occurredAt, head));
            head = s.entries.last().hash;
            last = std::max(last, event.draft.occurredAt);
        }
        g.incident.timelineHead = head;
        g.incident.updatedAt = last;
        s.incident = std::move(g.incident);
        s.assetIds = std::move(g.assetIds);
        batch.append(std::move(s));
    }
    return batch;
}

// Bulk loading: a bigger page cache and no syncing while the file is being filled (a
// crash leaves whole batches, as the transactions still commit); restored afterwards.
class BulkPragmas
{
public:
    explicit BulkPragmas(const QSqlDatabase& db)
        : m_db(db)
    {
        execute(m_db, QStringLiteral("PRAGMA synchronous = OFF"));
        execute(m_db, QStringLiteral("PRAGMA cache_size = -262144"));
    }
    ~BulkPragmas()
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        q.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    }
    BulkPragmas(const BulkPragmas&) = delete;
    BulkPragmas& operator=(const BulkPragmas&) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace

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

    // The next batch is generated and sealed (JSON, SHA-256) on a second thread while
    // this one inserts the current batch.
    constexpr int kBatch = 2000;
    const BulkPragmas bulk(connection);
    // The full-text index is rebuilt once at the end instead of updated per row.
    SearchIndex::defer(db);
    IncidentRepository incidents(db);
    TimelineRepository timeline(db);
    AssetRepository links(db);
    const auto produce = [&generator](int count) {
        return generateBatch(generator, count);
    };
    std::future<QList<Sealed>> pending;
    if (incidentCount > 0) {
        pending = std::async(std::launch::async, produce, std::min(kBatch, incidentCount));
    }
    int done = 0;
    while (done < incidentCount) {
        const QList<Sealed> batch = pending.get();
        const int end = done + int(batch.size());
        if (end < incidentCount) {
            pending = std::async(std::launch::async, produce, std::min(kBatch, incidentCount - end));
        }
        WriteTransaction tx(connection);
        for (const Sealed& s : batch) {
            incidents.insert(s.incident);
            for (const QString& assetId : s.assetIds) {
                links.link(s.incident.id, assetId, s.incident.createdAt);
            }
            for (const auto& e : s.entries) {
                timeline.insert(e);
            }
            result.timelineEntries += s.entries.size();
        }
        tx.commit();
        done = end;
        result.incidents = done;
        if (progress && !progress(done, incidentCount)) {
            result.cancelled = done < incidentCount;
            break;
        }
    }
    if (pending.valid()) {
        pending.wait();
    }
    SearchIndex::rebuild(db);
    db.notifyChanged({QStringLiteral("people"), QStringLiteral("assets"), QStringLiteral("incidents"),
                      QStringLiteral("timeline_entries")});
    return result;
}

} // namespace muster::storage
