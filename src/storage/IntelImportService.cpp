#include "storage/IntelImportService.h"

#include "core/Error.h"
#include "core/Ids.h"
#include "core/StixIntelMapper.h"
#include "storage/AttackCatalogRepository.h"
#include "storage/Database.h"
#include "storage/IntelRepository.h"
#include "storage/Sql.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace muster::storage {

using core::Error;
using core::IntelItem;

namespace {
const QStringList kChanged{QStringLiteral("intel_items"),  QStringLiteral("intel_relationships"),
                           QStringLiteral("stix_objects"), QStringLiteral("intel_sightings"),
                           QStringLiteral("incidents"),    QStringLiteral("timeline_entries")};
}

IntelImportService::IntelImportService(Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

IntelImportService::Report IntelImportService::importFile(const QString& path, const Options& options,
                                                          const core::Actor& actor)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::Io, tr("%1: cannot read the file (%2).").arg(path, file.errorString()));
    }
    Options o = options;
    if (o.source.isEmpty()) {
        o.source = QFileInfo(path).fileName();
    }
    return importBytes(file.readAll(), QFileInfo(path).fileName(), o, actor);
}

IntelImportService::Report IntelImportService::importBytes(const QByteArray& json, const QString& origin,
                                                           const Options& options, const core::Actor& actor)
{
    return importBundle(core::StixBundle::parse(json, origin), options, actor);
}

IntelImportService::Report IntelImportService::importBundle(const core::StixBundle& bundle, const Options& options,
                                                            const core::Actor& actor)
{
    Report report;
    report.origin = bundle.origin();
    const qint64 now = m_clock.nowMs();
    if (core::StixIntelMapper::isAttackCatalog(bundle)) {
        const core::AttackCatalog catalog = core::AttackCatalog::fromStix(bundle);
        WriteTransaction tx(m_db.connection());
        AttackCatalogRepository(m_db).store(catalog, now);
        IntelRepository(m_db).logImport(
            bundle.origin(), actor.name,
            {{QStringLiteral("attack_catalog"), true}, {QStringLiteral("techniques"), catalog.counts().techniques}},
            now);
        tx.commit();
        m_db.notifyChanged({QStringLiteral("attack_catalog")});
        report.attackCatalog = true;
        report.catalog = catalog.counts();
        return report;
    }

    core::StixIntelMapper::Options mapping;
    mapping.source = options.source.isEmpty() ? bundle.origin() : options.source;
    mapping.defaultTlp = options.defaultTlp;
    const core::IntelImportPlan plan = core::StixIntelMapper::plan(bundle, mapping);
    report.warnings = plan.warnings;
    report.kept = plan.keptTypes;
    report.relationships = int(plan.relationships.size());

    WriteTransaction tx(m_db.connection());
    IntelRepository repo(m_db);
    const auto stored = repo.storedVersions();
    QList<IntelItem> changedIndicators;
    for (IntelItem item : plan.items) {
        item.updatedAt = now;
        if (auto it = stored.constFind(item.stixId); it != stored.constEnd()) {
            const auto* existing = &*it;
            if (item.stixModified <= existing->stixModified) {
                ++report.unchanged;
                continue;
            }
            item.id = existing->id;
            item.createdAt = existing->createdAt;
            item.tlp = core::stricterTlp(item.tlp, existing->tlp);
            repo.update(item);
            ++report.updated;
        } else {
            item.id = core::newId();
            item.createdAt = now;
            repo.insert(item);
            ++report.added;
        }
        if (item.kind == core::IntelKind::Indicator) {
            changedIndicators.append(item);
        }
    }
    for (const auto& r : plan.relationships) {
        repo.upsertRelationship(r, now);
    }
    for (const QJsonObject& o : plan.kept) {
        repo.upsertKept(o, mapping.source, now);
    }
    report.sightings = ObservableService(m_db, m_clock).matchIndicators(changedIndicators, actor);
    repo.logImport(bundle.origin(), actor.name, report.toJson(), now);
    tx.commit();
    m_db.notifyChanged(kChanged);
    return report;
}

IntelItem IntelImportService::save(IntelItem item, const core::Actor& actor)
{
    core::validateIntelItem(item);
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_db.connection());
    IntelRepository repo(m_db);
    item.updatedAt = now;
    if (item.id.isEmpty()) {
        item.id = core::newId();
        item.createdAt = now;
        if (item.source.isEmpty()) {
            item.source = actor.name;
        }
        repo.insert(item);
    } else {
        const auto existing = repo.find(item.id);
        if (!existing) {
            throw Error(Error::Kind::NotFound, tr("No intel item %1.").arg(item.id));
        }
        item.createdAt = existing->createdAt;
        // Edited locally: the STIX copy no longer says what the item says.
        item.stix.clear();
        repo.update(item);
    }
    ObservableService(m_db, m_clock).matchIndicators({item}, actor);
    tx.commit();
    m_db.notifyChanged(kChanged);
    return item;
}

void IntelImportService::remove(const QString& itemId)
{
    WriteTransaction tx(m_db.connection());
    IntelRepository(m_db).remove(itemId);
    tx.commit();
    m_db.notifyChanged({QStringLiteral("intel_items"), QStringLiteral("intel_sightings")});
}

QString IntelImportService::Report::summary() const
{
    if (attackCatalog) {
        return tr("%1: imported the ATT&CK catalog: %2 tactics, %3 techniques, %4 groups, %5 uses.")
            .arg(origin)
            .arg(catalog.tactics)
            .arg(catalog.techniques)
            .arg(catalog.groups)
            .arg(catalog.uses);
    }
    QStringList kinds;
    for (auto it = kept.constBegin(); it != kept.constEnd(); ++it) {
        kinds.append(QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value()));
    }
    QString text =
        tr("%1: %2 added, %3 updated, %4 unchanged; %5 relationships; %n sighting(s).", nullptr, int(sightings.size()))
            .arg(origin)
            .arg(added)
            .arg(updated)
            .arg(unchanged)
            .arg(relationships);
    if (!kinds.isEmpty()) {
        text += QLatin1Char(' ') + tr("Kept without a model: %1.").arg(kinds.join(QStringLiteral(", ")));
    }
    return text;
}

QJsonObject IntelImportService::Report::toJson() const
{
    QJsonObject keptObject;
    for (auto it = kept.constBegin(); it != kept.constEnd(); ++it) {
        keptObject.insert(it.key(), it.value());
    }
    QJsonArray sightingArray;
    for (const auto& s : sightings) {
        sightingArray.append(QJsonObject{{QStringLiteral("incident"), s.incidentReference},
                                         {QStringLiteral("indicator"), s.itemName},
                                         {QStringLiteral("value"), s.observed.value}});
    }
    QJsonObject o{{QStringLiteral("origin"), origin},
                  {QStringLiteral("attack_catalog"), attackCatalog},
                  {QStringLiteral("added"), added},
                  {QStringLiteral("updated"), updated},
                  {QStringLiteral("unchanged"), unchanged},
                  {QStringLiteral("relationships"), relationships},
                  {QStringLiteral("kept"), keptObject},
                  {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                  {QStringLiteral("sightings"), sightingArray}};
    if (attackCatalog) {
        o.insert(QStringLiteral("catalog"), QJsonObject{{QStringLiteral("tactics"), catalog.tactics},
                                                        {QStringLiteral("techniques"), catalog.techniques},
                                                        {QStringLiteral("groups"), catalog.groups},
                                                        {QStringLiteral("uses"), catalog.uses}});
    }
    return o;
}

} // namespace muster::storage
