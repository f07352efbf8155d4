#include "gui/AttackCatalogSource.h"

#include "core/Error.h"
#include "gui/Session.h"
#include "storage/AttackCatalogRepository.h"
#include "storage/Database.h"

namespace muster::gui {

AttackCatalogSource& AttackCatalogSource::of(Session& session)
{
    if (auto* existing = session.findChild<AttackCatalogSource*>(QString(), Qt::FindDirectChildrenOnly)) {
        return *existing;
    }
    return *new AttackCatalogSource(session);
}

AttackCatalogSource::AttackCatalogSource(Session& session)
    : QObject(&session)
    , m_session(session)
{
    reload();
    watch();
    connect(&session, &Session::databaseReplaced, this, [this] {
        reload();
        watch();
    });
}

void AttackCatalogSource::watch()
{
    connect(&m_session.database(), &storage::Database::changed, this, [this](const QStringList& tables) {
        if (tables.contains(QLatin1String("attack_catalog"))) {
            reload();
        }
    });
}

void AttackCatalogSource::reload()
{
    try {
        m_catalog = std::make_shared<const core::AttackCatalog>(
            storage::AttackCatalogRepository(m_session.database()).active());
    } catch (const core::Error&) {
        m_catalog = std::make_shared<const core::AttackCatalog>(core::AttackCatalog::shipped());
    }
    emit changed();
}

} // namespace muster::gui
