#include "gui/Session.h"

#include "storage/Database.h"
#include "storage/DemoOrganisation.h"
#include "storage/PeopleRepository.h"

#include <QSettings>

namespace muster::gui {

namespace {
const QString kActingPersonKey = QStringLiteral("identity/personId");
}

Session::Session(std::unique_ptr<storage::Database> database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
{}

Session::~Session() = default;

void Session::replaceDatabase(std::unique_ptr<storage::Database> database)
{
    emit databaseAboutToBeReplaced();
    m_database = std::move(database);
    emit databaseReplaced();
}

QString Session::actingPersonId() const
{
    // Chosen in Settings: a person of this database, or explicitly the login name (empty).
    const QSettings settings;
    if (settings.contains(kActingPersonKey)) {
        const QString id = settings.value(kActingPersonKey).toString();
        if (id.isEmpty() || storage::PeopleRepository(*m_database).find(id)) {
            return id;
        }
    }
    // Else the demo's suggested person, when this is a demo database.
    return storage::DemoOrganisation::actingPerson(*m_database);
}

void Session::setActingPersonId(const QString& personId)
{
    QSettings().setValue(kActingPersonKey, personId);
    emit actorChanged();
}

core::Actor Session::actor() const
{
    const QString id = actingPersonId();
    if (!id.isEmpty()) {
        if (auto p = storage::PeopleRepository(*m_database).find(id)) {
            return core::Actor{p->id, p->name};
        }
    }
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty()) {
        login = qEnvironmentVariable("USERNAME");
    }
    return core::Actor{QString(), login.isEmpty() ? tr("Unknown user") : login};
}

void Session::setSyncStatus(const sync::SyncStatus& status)
{
    m_syncStatus = status;
    emit syncStatusChanged();
}

} // namespace muster::gui
