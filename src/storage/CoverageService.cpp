#include "storage/CoverageService.h"

#include "core/NavigatorLayer.h"
#include "storage/AttackCatalogRepository.h"
#include "storage/Database.h"
#include "storage/DetectionRepository.h"
#include "storage/HuntRepository.h"
#include "storage/IntelRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
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
    // One row per set of techniques: SQLite takes the bare columns from the row of the
    // newest incident, so a large history costs a few rows, not one per incident.
    Query q(m_db.connection(),
            QStringLiteral("SELECT attack_ids, exercise, count(*), max(detected_at), reference, title FROM incidents "
                           "WHERE attack_ids <> '' GROUP BY attack_ids, exercise"));
    q.exec();
    while (q.next()) {
        const auto source = q.value(1).toBool() ? core::CoverageSource::Exercise : core::CoverageSource::Incident;
        const int count = q.value(2).toInt();
        const QString latest = QStringLiteral("%1 %2").arg(q.value(4).toString(), q.value(5).toString());
        const QString label = count == 1 ? latest
                                         : QCoreApplication::translate("muster::storage::CoverageService",
                                                                       "%1 and %n more", nullptr, count - 1)
                                               .arg(latest);
        for (const QString& t : q.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            c.add(source, t, label, q.value(3).toLongLong());
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
    // Only the window matters (a month's slack either side of the month boundaries).
    const qint64 from = now - qint64(months + 1) * 31 * 24 * 3600 * 1000;
    Query q(m_db.connection(), QStringLiteral("SELECT detected_at, detection_source FROM incidents "
                                              "WHERE exercise = 0 AND detected_at >= :from"));
    q.bind(QStringLiteral(":from"), from).exec();
    while (q.next()) {
        incidents.append(
            {q.value(0).toLongLong(),
             core::detectionSources().fromKey(q.value(1).toString()).value_or(core::DetectionSource::Tool)});
    }
    return core::HuntMetrics::compute(HuntRepository(m_db).all(), incidents, months, now);
}

} // namespace muster::storage
