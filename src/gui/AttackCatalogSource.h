#pragma once

#include "core/AttackCatalog.h"

#include <QObject>

#include <memory>

namespace muster::gui {

class Session;

// The ATT&CK catalog the open database uses (imported, else shipped), kept in memory
// for pickers, the coverage matrix and the backlog, and reloaded when a newer bundle
// is imported or another database is opened. One per session.
class AttackCatalogSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttackCatalogSource)

public:
    static AttackCatalogSource& of(Session& session);

    const core::AttackCatalog& catalog() const { return *m_catalog; }
    std::shared_ptr<const core::AttackCatalog> shared() const { return m_catalog; }

signals:
    void changed();

private:
    explicit AttackCatalogSource(Session& session);
    void reload();
    void watch();

    Session& m_session;
    std::shared_ptr<const core::AttackCatalog> m_catalog;
};

} // namespace muster::gui
