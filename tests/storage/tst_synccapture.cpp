#include "TestSupport.h"
#include "core/Error.h"
#include "core/TimelineMerge.h"
#include "storage/DemoDataWriter.h"
#include "storage/IncidentRepository.h"
#include "storage/IncidentService.h"
#include "storage/PeopleRepository.h"
#include "storage/SearchIndex.h"
#include "storage/Sql.h"
#include "storage/SyncCapture.h"
#include "storage/SyncRegistry.h"
#include "storage/TimelineRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace muster;
using storage::Query;
using storage::SyncCapture;

namespace {

struct OutboxRow
{
    QString table;
    QString rowId;
    QString op;
    QJsonObject data;
    QJsonObject base;
};

QList<OutboxRow> outbox(test::TempDatabase& t, const QString& table = QString())
{
    Query q(t.db().connection(), QStringLiteral("SELECT table_name, row_id, op, data, base FROM sync_outbox "
                                                "WHERE :t = '' OR table_name = :t ORDER BY seq"));
    q.bind(QStringLiteral(":t"), table).exec();
    QList<OutboxRow> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object(),
                    QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()});
    }
    return out;
}

void clearOutbox(test::TempDatabase& t)
{
    storage::execute(t.db().connection(), QStringLiteral("DELETE FROM sync_outbox"));
}

int count(test::TempDatabase& t, const QString& sql)
{
    return Query(t.db().connection(), sql).scalar().toInt();
}

core::Incident draft()
{
    core::Incident i;
    i.title = QStringLiteral("Credential stuffing against the VPN");
    i.category = core::Category::AccountCompromise;
    i.severity = core::Severity::Sev2;
    return i;
}

const core::Actor kActor{QString(), QStringLiteral("Analyst")};

} // namespace

class TestSyncCapture : public QObject
{
    Q_OBJECT

private slots:
    void registry_readsTypesKeysAndScopesFromTheSchema()
    {
        test::TempDatabase t;
        const auto tables = storage::SyncRegistry::describe(t.db().connection());
        QCOMPARE(tables.size(), storage::SyncRegistry::specs().size());
        const auto& incidents = tables.at(3);
        QCOMPARE(incidents.name, QStringLiteral("incidents"));
        QCOMPARE(incidents.columns.first().name, QStringLiteral("id"));
        QCOMPARE(incidents.column(QStringLiteral("confidential"))->type, storage::SyncColumn::Type::Bool);
        QCOMPARE(incidents.column(QStringLiteral("detected_at"))->type, storage::SyncColumn::Type::Instant);
        QCOMPARE(incidents.column(QStringLiteral("severity"))->type, storage::SyncColumn::Type::Integer);
        QVERIFY(incidents.column(QStringLiteral("acknowledged_at"))->notNull == false);
        QVERIFY(!incidents.column(QStringLiteral("timeline_head")));
        QCOMPARE(incidents.incidentColumn, QStringLiteral("id"));
        QCOMPARE(incidents.uniqueKeys.size(), 1);
        QCOMPARE(incidents.uniqueKeys.first().columns, QStringList{QStringLiteral("reference")});

        const auto& settings = tables.at(0);
        QCOMPARE(settings.key, QStringLiteral("key"));
        QVERIFY(settings.incidentColumn.isEmpty());

        const auto& assets = tables.at(2);
        QCOMPARE(assets.uniqueKeys.size(), 1);
        QCOMPARE(assets.uniqueKeys.first().where, QStringLiteral("identifier <> ''"));

        const auto& assignees = tables.at(4);
        QCOMPARE(assignees.incidentColumn, QStringLiteral("incident_id"));
        QCOMPARE(assignees.uniqueKeys.first().columns,
                 (QStringList{QStringLiteral("incident_id"), QStringLiteral("person_id")}));
        QVERIFY(assignees.mergeOnUnique);

        const auto& timeline = tables.at(6);
        QVERIFY(timeline.insertOnly);
        QVERIFY(!timeline.column(QStringLiteral("seq")));
        QVERIFY(timeline.uniqueKeys.isEmpty()); // (incident_id, seq) involves a local-only column
        QCOMPARE(timeline.foreignKeys.size(), 1);
        QCOMPARE(timeline.foreignKeys.first().parentTable, QStringLiteral("incidents"));
    }

    void registry_coversEveryTable_exceptTheDocumentedOnes()
    {
        test::TempDatabase t;
        QStringList registered;
        for (const auto& spec : storage::SyncRegistry::specs()) {
            registered << spec.name;
        }
        QStringList unsynced;
        for (const auto& [name, why] : storage::SyncRegistry::unsynced()) {
            unsynced << name;
            QVERIFY(qstrlen(why) > 0);
        }
        QFile doc(test::sourcePath(QStringLiteral("docs/sync.md")));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        const QString text = QString::fromUtf8(doc.readAll());
        // Every table of a migrated database (not SQLite's own, not the search index's
        // shadow tables) is synced or deliberately not, never both, and docs/sync.md names it.
        Query q(t.db().connection(), QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND "
                                                    "type IN ('table', 'virtual') AND name NOT LIKE 'sqlite_%'"));
        q.exec();
        qsizetype tables = 0;
        while (q.next()) {
            const QString name = q.value(0).toString();
            QVERIFY2(registered.contains(name) != unsynced.contains(name), qPrintable(name));
            QVERIFY2(text.contains(QLatin1Char('`') + name + QLatin1Char('`')),
                     qPrintable(name + QStringLiteral(" in docs/sync.md")));
            ++tables;
        }
        QCOMPARE(tables, registered.size() + unsynced.size());
    }

    void registry_putsParentsBeforeTheirChildren()
    {
        // Pulls apply and pushes send tables in registry order, so a row's parents (every
        // foreign key among synced columns, to a synced table) always come first.
        test::TempDatabase t;
        QStringList order;
        for (const auto& table : storage::SyncRegistry::describe(t.db().connection())) {
            for (const auto& fk : table.foreignKeys) {
                QVERIFY2(
                    fk.parentTable == table.name || order.contains(fk.parentTable),
                    qPrintable(table.name + QStringLiteral(".") + fk.column + QStringLiteral(" -> ") + fk.parentTable));
            }
            order << table.name;
        }
        QCOMPARE(order.size(), storage::SyncRegistry::specs().size());
    }

    void registry_putsTheWorkOfAnIncidentUnderIt()
    {
        test::TempDatabase t;
        QHash<QString, storage::SyncTable> tables;
        for (const auto& table : storage::SyncRegistry::describe(t.db().connection())) {
            tables.insert(table.name, table);
        }
        for (const char* direct : {"tasks", "communications", "approvals", "deadlines", "clock_events",
                                   "incident_roles", "incident_access", "incident_attributes", "incident_playbooks",
                                   "incident_observables", "intel_sightings", "timeline_entries"}) {
            const auto& table = tables[QString::fromLatin1(direct)];
            QVERIFY2(table.incidentColumn == QLatin1String("incident_id") && !table.incidentOptional, direct);
        }
        for (const char* linked : {"alerts", "exercises", "hunts"}) {
            QVERIFY2(tables[QString::fromLatin1(linked)].incidentOptional, linked);
        }
        const QList<std::pair<const char*, const char*>> children{
            {"task_comments", "tasks"},        {"communication_versions", "communications"},
            {"alert_assets", "alerts"},        {"exercise_log", "exercises"},
            {"exercise_ratings", "exercises"}, {"improvement_items", "exercises"},
            {"hunt_findings", "hunts"}};
        for (const auto& [child, parent] : children) {
            QVERIFY2(tables[QString::fromLatin1(child)].underParent.parentTable == QLatin1String(parent), child);
        }
        // Organisation-wide: nothing ties them to an incident (a detection only names the hunt it came from).
        for (const char* wide : {"people", "assets", "scenarios", "alert_sources", "alert_tokens", "intel_items",
                                 "intel_briefs", "intel_distributions", "detections", "settings"}) {
            QVERIFY2(!tables[QString::fromLatin1(wide)].underIncident(), wide);
        }
        QVERIFY(tables[QStringLiteral("approvals")].insertOnly);
        QVERIFY(tables[QStringLiteral("approvals")].mergeOnUnique);
        QVERIFY(tables[QStringLiteral("incident_access")].mergeOnUnique);
        QVERIFY(!tables[QStringLiteral("incident_roles")].mergeOnUnique); // two holders of one role: a conflict
        QCOMPARE(tables[QStringLiteral("exercises")].numbered, QStringLiteral("reference"));
        QCOMPARE(tables[QStringLiteral("tasks")].column(QStringLiteral("hr_action"))->type,
                 storage::SyncColumn::Type::Bool);
        QCOMPARE(tables[QStringLiteral("intel_items")].column(QStringLiteral("valid_until"))->type,
                 storage::SyncColumn::Type::Instant);
        QCOMPARE(tables[QStringLiteral("alert_sources")].column(QStringLiteral("rate_per_second"))->type,
                 storage::SyncColumn::Type::Real);
    }

    void secretSettings_stayOnTheDesktop()
    {
        test::TempDatabase t;
        const QSqlDatabase db = t.db().connection();
        storage::execute(db, QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES "
                                            "('workflow.webhook.url', 'https://hooks.example.org/T0/B0/secret', 1), "
                                            "('workflow.webhook.name', 'Incident channel', 1)"));
        QCOMPARE(SyncCapture::ensure(t.db()), 1);
        storage::execute(db, QStringLiteral("UPDATE settings SET value = 'https://hooks.example.org/T0/B0/other', "
                                            "updated_at = 2 WHERE key = 'workflow.webhook.url'"));
        storage::execute(db, QStringLiteral("DELETE FROM settings WHERE key = 'workflow.webhook.url'"));
        storage::execute(db, QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES "
                                            "('workflow.webhook.url', 'https://hooks.example.org/T0/B0/new', 3)"));
        const auto rows = outbox(t);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().rowId, QStringLiteral("workflow.webhook.name"));
        QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE data LIKE '%secret%' OR "
                                         "data LIKE '%hooks.example%'")),
                 0);
    }

    void withoutSync_nothingIsQueued()
    {
        test::TempDatabase t;
        storage::DemoDataWriter::write(t.db(), 5, 1, test::utcMs(2026, 5, 1));
        QVERIFY(!SyncCapture::installed(t.db().connection()));
        QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
    }

    void ensure_queuesABaselineOnce()
    {
        test::TempDatabase t;
        storage::DemoDataWriter::write(t.db(), 5, 1, test::utcMs(2026, 5, 1));
        int rows = 0;
        for (const auto& spec : storage::SyncRegistry::specs()) {
            rows += count(t, QStringLiteral("SELECT count(*) FROM %1").arg(spec.name));
        }
        QVERIFY(rows > 50);
        QCOMPARE(SyncCapture::ensure(t.db()), rows);
        QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM sync_outbox")), rows);
        QCOMPARE(SyncCapture::ensure(t.db()), 0);
        QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM sync_outbox")), rows);
        // Parents come before children, and a timeline in chain order.
        QVERIFY(count(t, QStringLiteral("SELECT min(seq) FROM sync_outbox WHERE table_name = 'timeline_entries'")) >
                count(t, QStringLiteral("SELECT max(seq) FROM sync_outbox WHERE table_name = 'incidents'")));
    }

    void insert_queuesEveryColumn_updateOnlyTheChangedOnesWithTheirBase()
    {
        test::TempDatabase t;
        SyncCapture::ensure(t.db());
        test::FixedClock clock(test::utcMs(2026, 5, 1, 10));
        storage::IncidentService service(t.db(), clock);
        const auto incident = service.create(draft(), {}, kActor);
        auto rows = outbox(t, QStringLiteral("incidents"));
        // create() inserts the row and then stores the folded facts and routing.
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().op, QStringLiteral("upsert"));
        QCOMPARE(rows.first().data.value(QStringLiteral("title")).toString(), draft().title);
        QCOMPARE(rows.first().data.value(QStringLiteral("severity")).toInt(), 2);
        QVERIFY(rows.first().data.contains(QStringLiteral("acknowledged_at")));
        QVERIFY(rows.first().data.value(QStringLiteral("acknowledged_at")).isNull());
        QVERIFY(!rows.first().data.contains(QStringLiteral("timeline_head")));
        QVERIFY(rows.first().base.isEmpty());
        // One outbox row per timeline entry written (creation, and any playbook that matched).
        QCOMPARE(outbox(t, QStringLiteral("timeline_entries")).size(),
                 storage::TimelineRepository(t.db()).entries(incident.id).size());
        clearOutbox(t);

        clock.advanceMinutes(3);
        storage::IncidentService::Details d;
        d.title = QStringLiteral("Credential stuffing against the VPN portal");
        service.updateDetails(incident.id, d, kActor);
        rows = outbox(t, QStringLiteral("incidents"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data.keys(), (QStringList{QStringLiteral("title"), QStringLiteral("updated_at")}));
        QCOMPARE(rows.first().data.value(QStringLiteral("title")).toString(), *d.title);
        QCOMPARE(rows.first().base.value(QStringLiteral("title")).toString(), draft().title);
        QCOMPARE(qint64(rows.first().base.value(QStringLiteral("updated_at")).toDouble()), test::utcMs(2026, 5, 1, 10));
        clearOutbox(t);

        // A write that changes nothing, or only local columns, queues nothing.
        storage::execute(t.db().connection(), QStringLiteral("UPDATE incidents SET title = title"));
        storage::execute(t.db().connection(), QStringLiteral("UPDATE incidents SET timeline_head = 'x'"));
        QCOMPARE(outbox(t).size(), 0);
    }

    void delete_queuesTheCascadeToo()
    {
        test::TempDatabase t;
        SyncCapture::ensure(t.db());
        core::Person p;
        p.id = QStringLiteral("p-1");
        p.name = QStringLiteral("Dana Commander");
        storage::PeopleRepository(t.db()).insert(p);
        storage::IncidentService service(t.db());
        auto i = draft();
        i.commanderId = p.id;
        i.assigneeIds = {p.id};
        const auto incident = service.create(i, {}, kActor);
        clearOutbox(t);

        storage::execute(t.db().connection(), QStringLiteral("DELETE FROM people WHERE id = 'p-1'"));
        const auto rows = outbox(t);
        QStringList seen;
        for (const auto& r : rows) {
            seen << r.table + QLatin1Char(':') + r.op;
        }
        QVERIFY2(seen.contains(QStringLiteral("people:delete")), qPrintable(seen.join(QLatin1Char(' '))));
        QVERIFY2(seen.contains(QStringLiteral("incident_assignees:delete")), qPrintable(seen.join(QLatin1Char(' '))));
        QVERIFY2(seen.contains(QStringLiteral("incidents:upsert")), qPrintable(seen.join(QLatin1Char(' '))));
        for (const auto& r : rows) {
            if (r.table == QLatin1String("incidents")) {
                QCOMPARE(r.rowId, incident.id);
                QVERIFY(r.data.value(QStringLiteral("commander_id")).isNull());
                QCOMPARE(r.base.value(QStringLiteral("commander_id")).toString(), p.id);
            }
        }
    }

    void applyMode_isNotQueued_andEndsWithTheScope()
    {
        test::TempDatabase t;
        SyncCapture::ensure(t.db());
        const QSqlDatabase db = t.db().connection();
        {
            storage::WriteTransaction tx(db);
            {
                SyncCapture::ApplyMode mode(db);
                storage::execute(db, QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES "
                                                    "('organisation.name', 'Pulled', 1)"));
            }
            tx.commit();
        }
        QCOMPARE(outbox(t).size(), 0);
        QCOMPARE(count(t, QStringLiteral("SELECT applying + purging FROM sync_apply")), 0);
        storage::execute(db, QStringLiteral("UPDATE settings SET value = 'Local' WHERE key = 'organisation.name'"));
        QCOMPARE(outbox(t).size(), 1);
    }

    void applyMode_whileTheSearchIndexIsDeferred_runsNoTrigger()
    {
        test::TempDatabase t;
        SyncCapture::ensure(t.db());
        storage::IncidentService service(t.db());
        const auto incident = service.create(draft(), {}, kActor);
        const QSqlDatabase db = t.db().connection();
        const int queued = int(outbox(t).size());
        const auto rename = [&db](const QString& title) {
            Query q(db, QStringLiteral("UPDATE incidents SET title = :t"));
            q.bind(QStringLiteral(":t"), title).exec();
        };
        const auto indexed = [&t](const QString& word) {
            return count(t,
                         QStringLiteral("SELECT count(*) FROM incident_fts WHERE incident_fts MATCH '%1'").arg(word));
        };
        // Not deferred: the search triggers keep the index while applying.
        {
            storage::WriteTransaction tx(db);
            {
                SyncCapture::ApplyMode mode(db);
                rename(QStringLiteral("Pulledone"));
            }
            tx.commit();
        }
        QCOMPARE(indexed(QStringLiteral("Pulledone")), 1);
        // Deferred: no trigger runs, not even the search index's (the rebuild does it).
        storage::SearchIndex::defer(t.db());
        {
            storage::WriteTransaction tx(db);
            {
                SyncCapture::ApplyMode mode(db);
                rename(QStringLiteral("Pulledtwo"));
            }
            tx.commit();
        }
        QCOMPARE(indexed(QStringLiteral("Pulledtwo")), 0);
        QCOMPARE(int(outbox(t).size()), queued);
        // Outside the apply the triggers are back: a local change is queued.
        rename(QStringLiteral("Localthree"));
        QCOMPARE(int(outbox(t).size()), queued + 1);
        storage::SearchIndex::rebuild(t.db());
        QCOMPARE(indexed(QStringLiteral("Localthree")), 1);
        QVERIFY(!incident.id.isEmpty());
    }

    void timelineDelete_isRefused_exceptInAPurge()
    {
        test::TempDatabase t;
        storage::IncidentService service(t.db());
        const auto incident = service.create(draft(), {}, kActor);
        const QSqlDatabase db = t.db().connection();
        QVERIFY_THROWS_EXCEPTION(core::Error, storage::execute(db, QStringLiteral("DELETE FROM timeline_entries")));
        {
            storage::WriteTransaction tx(db);
            SyncCapture::ApplyMode mode(db); // applying, but not purging
            QVERIFY_THROWS_EXCEPTION(core::Error, storage::execute(db, QStringLiteral("DELETE FROM timeline_entries")));
        }
        {
            storage::WriteTransaction tx(db);
            {
                SyncCapture::ApplyMode purge(db, true);
                storage::execute(db, QStringLiteral("DELETE FROM timeline_entries"));
                storage::execute(db, QStringLiteral("DELETE FROM incidents"));
            }
            tx.commit();
        }
        QCOMPARE(count(t, QStringLiteral("SELECT count(*) FROM incidents")), 0);
        QVERIFY(!incident.id.isEmpty());
    }

    void demoTimelines_foldToTheStoredFacts()
    {
        // The merge fold (lifecycle-checked) agrees with what the desktop stored, so a
        // sync that brings nothing new changes no incident.
        test::TempDatabase t;
        storage::DemoDataWriter::write(t.db(), 120, 7, test::utcMs(2026, 5, 1));
        Query ids(t.db().connection(), QStringLiteral("SELECT id FROM incidents"));
        ids.exec();
        int checked = 0;
        while (ids.next()) {
            const auto incident = *storage::IncidentRepository(t.db()).find(ids.value(0).toString());
            const auto entries = storage::TimelineRepository(t.db()).entries(incident.id);
            QStringList ineffective;
            const auto facts = core::TimelineMerge::fold(
                core::TimelineMerge::foldOrder(entries, QHash<QString, qint64>{}), &ineffective);
            QVERIFY2(ineffective.isEmpty(), qPrintable(incident.reference));
            QCOMPARE(facts.status, incident.status);
            QCOMPARE(facts.tier, incident.tier);
            QCOMPARE(facts.detectedAt, incident.detectedAt);
            QCOMPARE(facts.acknowledgedAt, incident.acknowledgedAt);
            QCOMPARE(facts.containedAt, incident.containedAt);
            QCOMPARE(facts.remediatedAt, incident.remediatedAt);
            QCOMPARE(facts.closedAt, incident.closedAt);
            ++checked;
        }
        QCOMPARE(checked, 120);
    }
};

QTEST_GUILESS_MAIN(TestSyncCapture)
#include "tst_synccapture.moc"
