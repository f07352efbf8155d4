#pragma once

#include <QObject>
#include <QThread>

namespace muster::storage {

class Database;

// Takes SQLite's WAL checkpoints (and their fsync) off a busy writer: the calling
// thread's connection stops checkpointing on commit, and a thread of its own runs a
// PASSIVE checkpoint every `intervalMs`, which never blocks the writer. Used by the
// alert intake server, whose single thread would otherwise stall on a checkpoint while
// requests queue. Stops (with a last checkpoint) when destroyed.
class BackgroundCheckpointer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundCheckpointer)

public:
    explicit BackgroundCheckpointer(Database& db, int intervalMs = 1000, QObject* parent = nullptr);
    ~BackgroundCheckpointer() override;

    // Checkpoints taken so far (for tests and statistics).
    int checkpoints() const { return m_checkpoints.loadRelaxed(); }

private:
    Database& m_db;
    QThread m_thread;
    QAtomicInt m_checkpoints;
};

} // namespace muster::storage
