#pragma once

#include "sync/SyncPlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <functional>

namespace muster::storage {
class Database;
}

namespace muster::sync {

class PgConnection;

// Pushes the outbox (docs/sync.md, "Push").
//
// The whole outbox goes in one server transaction, in batches of at most one mutation
// per row; the server records every mutation id with its outcome in that transaction.
// Only after COMMIT succeeded are the outbox rows removed, with the rejections and
// conflicts the server reported, in one local transaction. A push that fails half-way
// leaves the server as it was; one whose reply is lost is answered from the server's
// record on the next try. Either way nothing is lost or applied twice.
class Pusher
{
    Q_DECLARE_TR_FUNCTIONS(muster::sync::Pusher)

public:
    struct Options
    {
        int batchSize = 5000;
        std::function<void(int pushed, int total)> progress;
        std::function<bool()> cancelled;
    };
    struct Result
    {
        int applied = 0;
        int rejected = 0;
        int conflicts = 0;
        int waiting = 0; // for tables the server does not have yet
    };

    Pusher(storage::Database& db, PgConnection& server, const SyncPlan& plan, Options options);

    Result run();

    // Turns a server refusal into a message for the user.
    static QString describe(const QString& code, const QString& message, const QString& detail, const QString& hint);

private:
    struct OutboxRow
    {
        QString mutationId;
        QString table;
        QString rowId;
        QString op;
        QString data;
        QString base;
    };
    struct Outcome
    {
        QString mutationId;
        QString status;
        QString code;
        QString message;
        QJsonObject detail;
    };
    void revertRefused(const QList<Outcome>& outcomes, const QHash<QString, const OutboxRow*>& byId);

    storage::Database& m_db;
    PgConnection& m_server;
    const SyncPlan& m_plan;
    Options m_options;
};

} // namespace muster::sync
