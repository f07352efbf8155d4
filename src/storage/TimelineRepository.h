#pragma once

#include "core/Timeline.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace muster::storage {

class Database;
class Query;

class TimelineRepository
{
public:
    explicit TimelineRepository(const Database& db);
    ~TimelineRepository();

    // All entries of an incident in chain order.
    QList<core::TimelineEntry> entries(const QString& incidentId) const;
    // The entries of several incidents at once, each in chain order (sync refolds many).
    // ForFolding reads what folding the facts needs (core::TimelineMerge): ids, seq,
    // times, kind, hash, and data for the kinds that change facts; text, actor and
    // previous hash stay empty.
    enum class Detail
    {
        Whole,
        ForFolding,
    };
    QHash<QString, QList<core::TimelineEntry>> entriesOf(const QStringList& incidentIds,
                                                         Detail detail = Detail::Whole) const;

    // Builds the entry for a draft, sealed onto the chain after `previousHash` (empty for
    // the first entry of an incident). Writes nothing.
    static core::TimelineEntry seal(const QString& incidentId, int seq, const core::Actor& actor,
                                    const core::TimelineDraft& draft, qint64 recordedAt, const QString& previousHash);

    // Seals the drafts after `head` starting at `nextSeq`, inserts them and returns them.
    // The caller stores the new head on the incident in the same transaction.
    QList<core::TimelineEntry> append(const QString& incidentId, const QString& head, int nextSeq,
                                      const core::Actor& actor, const QList<core::TimelineDraft>& drafts,
                                      qint64 recordedAt);
    void insert(const core::TimelineEntry& entry);
    int nextSeq(const QString& incidentId) const;

private:
    const Database& m_db;
    std::unique_ptr<Query> m_insert;
};

} // namespace muster::storage
