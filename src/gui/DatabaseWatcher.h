#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace muster::gui {

class Session;

// Calls back when rows of the watched tables change in the session's database (also
// after File > Open replaced it). Bursts of changes are coalesced into one call on
// the next turn of the event loop.
class DatabaseWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWatcher)

public:
    DatabaseWatcher(Session& session, QStringList tables, std::function<void()> onChange, QObject* parent);

private:
    void connectDatabase();
    void schedule();

    Session& m_session;
    QStringList m_tables;
    std::function<void()> m_onChange;
    QMetaObject::Connection m_connection;
    bool m_pending = false;
};

} // namespace muster::gui
