#pragma once

#include "core/Timeline.h"

#include <QCoreApplication>

namespace muster::core {

// The tamper-evident SHA-256 hash chain over an incident's timeline.
//
// hash = SHA-256 over the length-prefixed UTF-8 of: a version tag, id, incident id,
// occurred-at, recorded-at, actor id, actor name, kind, text, data (exactly as stored)
// and the previous entry's hash. The first entry's previous hash is 64 zeros.
// Every entry must name as previous hash an entry earlier in the chain (linear on one
// desktop; after a sync merge two entries may share a predecessor), and the newest
// entry's hash must equal the head recorded on the incident, so that removing the
// last entry is detected too.
class TimelineChain
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::TimelineChain)

public:
    struct Verification
    {
        bool ok = true;
        int entryCount = 0;
        QString headHash;   // hash of the last entry (empty for no entries)
        int brokenSeq = -1; // seq of the first broken entry
        QString brokenEntryId;
        QString problem; // what is wrong, for a user
    };

    static QString genesisHash();
    static QString computeHash(const TimelineEntry& entry);
    // What the hash covers, for a check written in another language (the team server's,
    // see sync::ServerSchema): the version tag, then the stored columns in order.
    static QString versionTag();
    static QStringList sealedColumns();
    // Fills prevHash and hash of `entry` so that it follows `previousHash`.
    static void seal(TimelineEntry& entry, const QString& previousHash);
    // `entries` in seq order; `expectedHead` is the head recorded on the incident
    // (empty to skip that check).
    static Verification verify(const QList<TimelineEntry>& entries, const QString& expectedHead);
};

} // namespace muster::core
