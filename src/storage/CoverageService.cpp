#include "storage/CoverageService.h"

#include "core/NavigatorLayer.h"
#include "storage/AttackCatalogRepository.h"
#include "storage/Database.h"
#include "storage/DetectionRepository.h"
#include "storage/HuntRepository.h"
#include "storage/IntelRepository.h"
#include "storage/Sql.h"

#include <QMap>
#include <QMutex>

namespace muster::storage {

namespace {

QMutex& providerLock()
{
    static QMutex lock;
    return lock;
}

QMap<int, CoverageService::Provider>& providers()
{
    static QMap<int, CoverageService::Provider> map;
    return map;
}

} // namespace

CoverageService::CoverageService(Database& db)
    : m_db(db)
{}

int CoverageService::addProvider(Provider provider)
{
    QMutexLocker locker(&providerLock());
    static int next = 0;
    providers().insert(++next, std::move(provider));
    return next;
}

void CoverageService::removeProvider(int handle)
{
    QMutexLocker locker(&providerLock());
    providers().remove(handle);
}

core::Coverage CoverageService::coverage() const
{
    core::Coverage c;
    for (const auto& d : DetectionRepository(m_db).all()) {
        for (const QString& t : d.attackIds) {
            c.add(core::CoverageSource::Detection, t, d.name, d.createdAt);
        }
    }
    for (const auto& h : HuntRepository(m_db).all()) {
        if (h.status != core::HuntStatus::Concluded) {
            continue;
        }
        for (const QString& t : h.attackIds) {
            c.add(core::CoverageSource::Hunt, t,
                  QStringLiteral("%1 %2 (%3)").arg(h.reference, h.title, core::huntOutcomes().label(h.outcome)),
                  h.concludedAt.value_or(h.updatedAt));
        }
    }
    Query q(m_db.connection(), QStringLiteral("SELECT reference, title, attack_ids, exercise, detected_at FROM "
                                              "incidents WHERE attack_ids <> '' ORDER BY detected_at"));
    q.exec();
    while (q.next()) {
        const auto source = q.value(3).toBool() ? core::CoverageSource::Exercise : core::CoverageSource::Incident;
        const QString label = QStringLiteral("%1 %2").arg(q.value(0).toString(), q.value(1).toString());
        for (const QString& t : q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            c.add(source, t, label, q.value(4).toLongLong());
        }
    }
    QList<Provider> extra;
    {
        QMutexLocker locker(&providerLock());
        extra = providers().values();
    }
    for (const auto& p : extra) {
        p(m_db, c);
    }
    return c;
}

QList<core::HuntBacklog::Entry> CoverageService::backlog(const core::AttackCatalog& catalog) const
{
    return core::HuntBacklog::rank(catalog, AttackCatalogRepository(m_db).trackedGroups(), coverage(),
                                   IntelRepository(m_db).attackMentions());
}

QJsonObject CoverageService::navigatorLayer(const core::AttackCatalog& catalog, const QString& name, qint64 now) const
{
    return core::NavigatorLayer::build(catalog, coverage(), name, now);
}

core::HuntMetrics CoverageService::metrics(int months, qint64 now) const
{
    QList<core::HuntMetrics::IncidentOrigin> incidents;
    Query q(m_db.connection(),
            QStringLiteral("SELECT detected_at, detection_source FROM incidents WHERE exercise = 0"));
    q.exec();
    while (q.next()) {
        incidents.append(
            {q.value(0).toLongLong(),
             core::detectionSources().fromKey(q.value(1).toString()).value_or(core::DetectionSource::Tool)});
    }
    return core::HuntMetrics::compute(HuntRepository(m_db).all(), incidents, months, now);
}

} // namespace muster::storage
