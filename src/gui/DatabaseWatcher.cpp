#include "gui/DatabaseWatcher.h"

#include "gui/Session.h"
#include "storage/Database.h"

#include <QTimer>

namespace muster::gui {

DatabaseWatcher::DatabaseWatcher(Session& session, QStringList tables, std::function<void()> onChange, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_tables(std::move(tables))
    , m_onChange(std::move(onChange))
{
    connectDatabase();
    connect(&session, &Session::databaseReplaced, this, [this] {
        connectDatabase();
        schedule();
    });
}

void DatabaseWatcher::connectDatabase()
{
    disconnect(m_connection);
    m_connection = connect(&m_session.database(), &storage::Database::changed, this, [this](const QStringList& tables) {
        for (const QString& t : tables) {
            if (m_tables.contains(t)) {
                schedule();
                return;
            }
        }
    });
}

void DatabaseWatcher::schedule()
{
    if (m_pending) {
        return;
    }
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        m_onChange();
    });
}

} // namespace muster::gui
