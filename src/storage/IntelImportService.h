#pragma once

#include "core/AttackCatalog.h"
#include "core/Clock.h"
#include "core/IntelItem.h"
#include "core/StixBundle.h"
#include "core/Timeline.h"
#include "storage/ObservableService.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace muster::storage {

class Database;

// Imports STIX bundles (files, TAXII collections) and saves intel items an analyst
// enters. An import is one transaction: the bundle is checked whole first (a
// malformed one imports nothing and names where it is broken), then items are added
// or updated by STIX id (a newer "modified" wins; a stricter local TLP marking is
// never loosened), relationships and unmodelled objects are kept, new indicators are
// matched against incident observables (sightings), and the import is logged. MITRE's
// ATT&CK bundle, given here, replaces the ATT&CK catalog instead.
class IntelImportService
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::IntelImportService)

public:
    explicit IntelImportService(Database& db, const core::Clock& clock = core::SystemClock::instance());

    struct Options
    {
        core::Tlp defaultTlp = core::Tlp::Amber; // for objects without a TLP marking
        QString source;                          // producer name when the bundle names none
    };

    struct Report
    {
        QString origin;
        bool attackCatalog = false;
        core::AttackCatalog::Counts catalog;
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int relationships = 0;
        QMap<QString, int> kept; // unmodelled type -> count
        QStringList warnings;
        QList<ObservableService::Sighting> sightings;

        QString summary() const;
        QJsonObject toJson() const;
    };

    Report importFile(const QString& path, const Options& options, const core::Actor& actor);
    Report importBytes(const QByteArray& json, const QString& origin, const Options& options, const core::Actor& actor);
    Report importBundle(const core::StixBundle& bundle, const Options& options, const core::Actor& actor);

    // Adds (empty id) or updates an item; validates it and records new sightings.
    core::IntelItem save(core::IntelItem item, const core::Actor& actor);
    void remove(const QString& itemId);

private:
    Database& m_db;
    const core::Clock& m_clock;
};

} // namespace muster::storage
