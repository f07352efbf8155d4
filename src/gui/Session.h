#pragma once

#include "core/Timeline.h"
#include "sync/SyncStatus.h"

#include <QObject>

#include <memory>

namespace muster::storage {
class Database;
}

namespace muster::gui {

// What the open window works on: the database, who the user acts as, and the sync
// state shown in the status bar.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(std::unique_ptr<storage::Database> database, QObject* parent = nullptr);
    ~Session() override;

    storage::Database& database() const { return *m_database; }
    // Replaces the open database (File > Open); emits databaseReplaced.
    void replaceDatabase(std::unique_ptr<storage::Database> database);

    // The person the user acts as: chosen in Settings (a person of this database, or
    // the login name), else the demo's suggested person, else the login name.
    core::Actor actor() const;
    void setActingPersonId(const QString& personId);
    QString actingPersonId() const;

    const sync::SyncStatus& syncStatus() const { return m_syncStatus; }
    void setSyncStatus(const sync::SyncStatus& status);

signals:
    // Before the open database is closed (stop using it: background work, servers).
    void databaseAboutToBeReplaced();
    void databaseReplaced();
    void actorChanged();
    void syncStatusChanged();

private:
    std::unique_ptr<storage::Database> m_database;
    sync::SyncStatus m_syncStatus;
};

} // namespace muster::gui
