#pragma once

#include <QStringList>

namespace muster::storage {

// Migration 7: the local side of team sync. The outbox that capture triggers fill, the
// sync state (cursor, desktop id), the flag that marks changes applied from a pull (and
// the purge of an incident this desktop may no longer read), the server order of
// timeline entries, and the rejected changes and conflicts a user can review. Also
// makes the timeline append-only against deletes, except for that purge.
//
// The capture triggers themselves are generated from SyncRegistry and installed by
// SyncCapture::ensure() when a desktop first syncs, so that a desktop that never syncs
// keeps no outbox, and a table registered later needs no migration of its own.
QStringList syncSchema();

// Migration 11: the server's order of a timeline entry is kept on the entry
// (timeline_entries.server_seq, local to each desktop) instead of in sync_entry_order;
// the append-only guard lets that one column be written.
QStringList timelineServerOrder();

} // namespace muster::storage
