#pragma once

#include "TestSupport.h"
#include "core/Error.h"
#include "core/TimelineChain.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/IncidentService.h"
#include "storage/PeopleRepository.h"
#include "storage/Sql.h"
#include "storage/SyncRegistry.h"
#include "sync/PgConnection.h"
#include "sync/ServerSchema.h"
#include "sync/SyncEngine.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace muster::test {

// A team server for one test: a fresh database on the throwaway cluster with the Muster
// schema installed by the same code as `musterctl server init`. Login roles are
// cluster-wide, so their names carry the database's name.
class SyncServer
{
public:
    explicit SyncServer(const QString& prefix)
        : m_database(PgServer::createDatabase(prefix))
    {
        sync::PgConnection admin(adminConfig());
        sync::ServerSchema::install(admin);
    }

    const QString& database() const { return m_database; }
    sync::ServerConfig adminConfig() const { return sync::ServerConfig::fromDsn(PgServer::dsn(m_database)); }
    QString role(const QString& name) const { return m_database + QLatin1Char('_') + name; }
    sync::ServerConfig config(const QString& name) const
    {
        return sync::ServerConfig::fromDsn(PgServer::dsn(m_database, role(name)));
    }
    QString dsn(const QString& name) const { return PgServer::dsn(m_database, role(name)); }

    void addLogin(const QString& name, const QString& personId, bool leadership = false) const
    {
        sync::PgConnection admin(adminConfig());
        sync::ServerSchema::addLogin(admin, role(name), personId, leadership);
    }

    // Runs SQL as the superuser (which bypasses row-level security).
    sync::PgResult admin(const QString& sql, const QList<QByteArray>& params = {}) const
    {
        sync::PgConnection c(adminConfig());
        return c.exec(sql, params);
    }

private:
    QString m_database;
};

inline sync::SyncReport syncAs(storage::Database& db, const SyncServer& server, const QString& login,
                               int pageSize = 2000, int backgroundCheckpointsFrom = 10000)
{
    sync::SyncEngine::Options options;
    options.pageSize = pageSize;
    options.batchSize = pageSize;
    options.backgroundCheckpointsFrom = backgroundCheckpointsFrom;
    return sync::SyncEngine(db, server.config(login), options).run();
}

inline int count(storage::Database& db, const QString& sql)
{
    return storage::Query(db.connection(), sql).scalar().toInt();
}

inline void exec(storage::Database& db, const QString& sql)
{
    storage::execute(db.connection(), sql);
}

inline QString scalarText(storage::Database& db, const QString& sql)
{
    return storage::Query(db.connection(), sql).scalar().toString();
}

// The synced content of a desktop, table by table, in key order, without the columns
// that are each desktop's own (timeline seq, incident timeline head): two desktops that
// converged give the same text.
inline QString syncedContent(storage::Database& db)
{
    QString out;
    for (const auto& t : storage::SyncRegistry::describe(db.connection())) {
        QStringList args;
        for (const auto& c : t.columns) {
            args << QStringLiteral("'%1', %1").arg(c.name);
        }
        storage::Query q(db.connection(), QStringLiteral("SELECT json_object(%1) FROM %2 ORDER BY %3")
                                              .arg(args.join(QStringLiteral(", ")), t.name, t.key));
        q.exec();
        out += QStringLiteral("## %1\n").arg(t.name);
        while (q.next()) {
            out += q.value(0).toString() + QLatin1Char('\n');
        }
    }
    return out;
}

// Every incident's hash chain verifies against its recorded head.
inline QStringList brokenTimelines(storage::Database& db)
{
    QStringList broken;
    storage::IncidentService service(db);
    storage::Query q(db.connection(), QStringLiteral("SELECT id FROM incidents"));
    q.exec();
    while (q.next()) {
        const auto v = service.verify(q.value(0).toString());
        if (!v.ok) {
            broken << q.value(0).toString() + QStringLiteral(": ") + v.problem;
        }
    }
    return broken;
}

// Reports the first difference between two texts, for readable failures.
inline QString firstDifference(const QString& a, const QString& b)
{
    const QStringList la = a.split(QLatin1Char('\n'));
    const QStringList lb = b.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(la.size(), lb.size()); ++i) {
        const QString x = la.value(i);
        const QString y = lb.value(i);
        if (x != y) {
            return QStringLiteral("line %1:\n< %2\n> %3").arg(i + 1).arg(x, y);
        }
    }
    return {};
}

inline core::Person person(const QString& id, const QString& name, core::PersonFunction function)
{
    core::Person p;
    p.id = id;
    p.name = name;
    p.function = function;
    p.createdAt = utcMs(2026, 5, 1);
    p.updatedAt = p.createdAt;
    return p;
}

inline core::Asset device(const QString& id, const QString& name, const QString& identifier = QString())
{
    core::Asset a;
    a.id = id;
    a.name = name;
    a.identifier = identifier;
    a.kind = core::AssetKind::Device;
    a.createdAt = utcMs(2026, 5, 1);
    a.updatedAt = a.createdAt;
    return a;
}

inline core::Incident incidentDraft(const QString& title, bool confidential = false)
{
    core::Incident i;
    i.title = title;
    i.category = confidential ? core::Category::Insider : core::Category::Phishing;
    i.severity = core::Severity::Sev2;
    i.confidential = confidential;
    return i;
}

inline const QString kAlice = QStringLiteral("00000000-0000-4000-8000-00000000a11c");
inline const QString kBob = QStringLiteral("00000000-0000-4000-8000-000000000b0b");
inline const QString kLena = QStringLiteral("00000000-0000-4000-8000-0000000001e9");

// Two desktops and a server that both have synced once: people (alice and bob in
// security operations, lena in legal), an asset and one incident at New.
struct SyncTeam
{
    explicit SyncTeam(const QString& prefix)
        : server(prefix)
        , clockA(utcMs(2026, 6, 1, 9))
        , clockB(utcMs(2026, 6, 1, 9))
    {
        storage::PeopleRepository people(a.db());
        people.insert(person(kAlice, QStringLiteral("Alice Analyst"), core::PersonFunction::SecurityOperations));
        people.insert(person(kBob, QStringLiteral("Bob Responder"), core::PersonFunction::SecurityOperations));
        people.insert(person(kLena, QStringLiteral("Lena Counsel"), core::PersonFunction::Legal));
        const core::Asset asset =
            device(QStringLiteral("asset-vpn"), QStringLiteral("VPN gateway"), QStringLiteral("vpn-gw-01"));
        storage::AssetRepository(a.db()).insert(asset);
        incident = storage::IncidentService(a.db(), clockA)
                       .create(incidentDraft(QStringLiteral("Phishing wave")), {asset.id}, alice())
                       .id;
        server.addLogin(QStringLiteral("alice"), kAlice);
        server.addLogin(QStringLiteral("bob"), kBob);
        server.addLogin(QStringLiteral("lena"), kLena);
        syncAs(a.db(), server, QStringLiteral("alice"));
        syncAs(b.db(), server, QStringLiteral("bob"));
    }

    static core::Actor alice() { return core::Actor{kAlice, QStringLiteral("Alice Analyst")}; }
    static core::Actor bob() { return core::Actor{kBob, QStringLiteral("Bob Responder")}; }
    static core::Actor lena() { return core::Actor{kLena, QStringLiteral("Lena Counsel")}; }

    // On A, Alice acknowledges the incident at 9:05 and starts investigating at 9:10.
    void investigateOnA()
    {
        storage::IncidentService service(a.db(), clockA);
        clockA.advanceMinutes(5);
        service.transition(incident, core::Status::Acknowledged, alice());
        clockA.advanceMinutes(5);
        service.transition(incident, core::Status::Investigating, alice());
    }

    // Syncs A, B, A: after that both have everything the other did.
    void syncAll()
    {
        syncAs(a.db(), server, QStringLiteral("alice"));
        syncAs(b.db(), server, QStringLiteral("bob"));
        syncAs(a.db(), server, QStringLiteral("alice"));
    }

    SyncServer server;
    TempDatabase a;
    TempDatabase b;
    FixedClock clockA;
    FixedClock clockB;
    QString incident;
};

} // namespace muster::test

#define MUSTER_COMPARE_CONTENT(a, b)                                                                                   \
    do {                                                                                                               \
        const QString ca = (a);                                                                                        \
        const QString cb = (b);                                                                                        \
        QVERIFY2(ca == cb, qPrintable(muster::test::firstDifference(ca, cb)));                                         \
    } while (false)
