#pragma once

#include "storage/SyncRegistry.h"

#include <QList>
#include <QString>

namespace muster::sync {

class PgConnection;

// The team server's schema, roles and row-level security, generated from the synced
// tables as the desktop's schema describes them (storage::SyncRegistry) and from the
// rules in core (the lifecycle table, the functions that read confidential incidents),
// so that each rule is written once. `musterctl server init` runs it; docs/server.sql
// is the same script for a database administrator.
//
// The script is idempotent and additive: run again, it creates what is missing, adds new
// tables and columns and replaces functions and policies, and never drops data.
class ServerSchema
{
public:
    // The server schema version this Muster writes, and the sync protocol it speaks.
    // A server records the oldest protocol it still serves (min_protocol); a desktop
    // needs at least kMinServerSchema.
    static constexpr int kSchemaVersion = 2;
    static constexpr int kProtocol = 1;
    static constexpr int kMinServerSchema = 1;

    // The synced tables as the current desktop schema describes them (from a freshly
    // migrated temporary database). Among them is incident_access, the access list that
    // the row-level security of confidential incidents reads.
    static QList<storage::SyncTable> currentTables();

    static QString script(const QList<storage::SyncTable>& tables);
    static QString script() { return script(currentTables()); }

    // Runs the script in one transaction; throws PgError.
    static void install(PgConnection& connection);

    // Lets a person sign in as their own login role: creates the role when missing, makes
    // it a member of muster_member (or muster_leadership, read only) and maps it to the
    // person. An empty password leaves the role's password as it is.
    static void addLogin(PgConnection& connection, const QString& role, const QString& personId, bool leadership,
                         const QString& password = QString());

    // Names used by the sync engine too.
    static QString schemaName() { return QStringLiteral("muster"); }
    static QString doorbellChannel() { return QStringLiteral("muster_changes"); }
    // SQL that converts a server column to the desktop's wire value (epoch ms, 0/1, ...).
    static QString toWire(const storage::SyncColumn& column, const QString& qualifier);
};

} // namespace muster::sync
