#pragma once

#include <QCoreApplication>
#include <QString>

namespace muster::sync {

// What the status bar says about synchronisation with the team server.
struct SyncStatus
{
    Q_DECLARE_TR_FUNCTIONS(muster::sync::SyncStatus)

public:
    enum class State
    {
        LocalOnly, // no server configured: a complete single-user Muster
        Synced,
        Syncing,
        Offline,
        Error,
    };

    State state = State::LocalOnly;
    qint64 lastSyncAt = 0; // epoch ms
    int done = 0;
    int total = 0;
    int pendingChanges = 0;
    QString error;

    QString text() const;
};

} // namespace muster::sync
