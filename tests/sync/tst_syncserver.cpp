#include "SyncFixture.h"
#include "core/Lifecycle.h"

#include <QFile>
#include <QSqlDriver>

using namespace muster;

namespace {

const char* kSetup = R"sql(
INSERT INTO muster.people (id, name, function, created_at, updated_at) VALUES
    ('p-sam', 'Sam Analyst', 'security_operations', now(), now()),
    ('p-olga', 'Olga Analyst', 'security_operations', now(), now()),
    ('p-lena', 'Lena Counsel', 'legal', now(), now()),
    ('p-harry', 'Harry People', 'hr', now(), now()),
    ('p-ceo', 'Cora Chief', 'executive', now(), now());
INSERT INTO muster.incidents (id, reference, title, category, severity, status, tier, priority, detection_source,
                              confidential, created_at, updated_at, detected_at) VALUES
    ('i-open', 'INC-2026-0001', 'Phishing wave', 'phishing', 3, 'new', 1, 3, 'tool', false, now(), now(), now()),
    ('i-secret', 'INC-2026-0002', 'Insider exfiltration', 'insider', 1, 'investigating', 2, 1, 'tip', true, now(),
     now(), now());
INSERT INTO muster.incident_access (id, incident_id, person_id, added_at, updated_at)
VALUES ('a-sam', 'i-secret', 'p-sam', now(), now());
-- The work under each incident, and rows that only link to one.
INSERT INTO muster.tasks (id, incident_id, task_key, workstream, title, created_at, updated_at) VALUES
    ('task-open', 'i-open', 'soc.scope', 'soc', 'Scope the campaign', now(), now()),
    ('task-secret', 'i-secret', 'hr.interview', 'hr', 'Interview the employee', now(), now());
INSERT INTO muster.task_comments (id, task_id, author_name, text, created_at, updated_at) VALUES
    ('tc-open', 'task-open', 'Sam', '40 mailboxes', now(), now()),
    ('tc-secret', 'task-secret', 'Harry', 'Union rep present', now(), now());
INSERT INTO muster.communications (id, incident_id, audience, channel, subject, created_at, updated_at) VALUES
    ('c-open', 'i-open', 'staff', 'email', 'Phishing warning', now(), now()),
    ('c-secret', 'i-secret', 'executives', 'email', 'Insider case', now(), now());
INSERT INTO muster.communication_versions (id, communication_id, version, subject, body, author_name, created_at,
                                           updated_at) VALUES
    ('cv-open', 'c-open', 1, 'Phishing warning', 'Do not click', 'Sam', now(), now()),
    ('cv-secret', 'c-secret', 1, 'Insider case', 'Names inside', 'Lena', now(), now());
INSERT INTO muster.approvals (id, incident_id, subject_kind, subject_id, role, version, text_hash, person_name,
                              approved_at, updated_at) VALUES
    ('ap-secret', 'i-secret', 'communication', 'c-secret', 'legal', 1, 'h', 'Lena', now(), now());
INSERT INTO muster.deadlines (id, incident_id, rule_id, due_at, started_at, updated_at) VALUES
    ('d-secret', 'i-secret', 'gdpr.art33', now(), now(), now());
INSERT INTO muster.incident_roles (id, incident_id, role, person_id, assumed_at, updated_at) VALUES
    ('r-secret', 'i-secret', 'legal_lead', 'p-lena', now(), now());
INSERT INTO muster.incident_attributes (id, incident_id, employee_involved, updated_at) VALUES
    ('at-secret', 'i-secret', true, now());
INSERT INTO muster.incident_observables (id, incident_id, kind, value, observed_at, created_at, updated_at) VALUES
    ('o-secret', 'i-secret', 'email', 'leaker@example.org', now(), now(), now());
INSERT INTO muster.alert_sources (id, name, created_at, updated_at) VALUES ('src', 'dlp', now(), now());
INSERT INTO muster.alerts (id, source_id, dedup_key, title, severity, received_at, last_seen_at, state, incident_id,
                           updated_at) VALUES
    ('al-none', 'src', 'k1', 'Unlinked', 3, now(), now(), 'firing', NULL, now()),
    ('al-open', 'src', 'k2', 'Linked to the phishing wave', 3, now(), now(), 'firing', 'i-open', now()),
    ('al-secret', 'src', 'k3', 'Upload to a personal drive', 2, now(), now(), 'firing', 'i-secret', now());
INSERT INTO muster.hunts (id, reference, title, hypothesis, status, incident_id, created_at, updated_at) VALUES
    ('h-secret', 'HUNT-2026-0001', 'Staging on file shares', 'They staged first', 'concluded', 'i-secret', now(),
     now());
INSERT INTO muster.hunt_findings (id, hunt_id, recorded_at, author_name, text, updated_at) VALUES
    ('hf-secret', 'h-secret', now(), 'Sam', 'Found the archive', now());
)sql";

constexpr qint64 kMarch2026 = 1772368496789; // 2026-03-01 12:34:56.789 UTC

core::TimelineEntry entry(const QString& id, const QString& incident, const QString& kind, const QString& text,
                          const QString& previous)
{
    core::TimelineEntry e;
    e.id = id;
    e.incidentId = incident;
    e.occurredAt = kMarch2026;
    e.recordedAt = kMarch2026 + 1000;
    e.actorName = QStringLiteral("Lena Counsel");
    e.kind = kind;
    e.text = text;
    e.data = QStringLiteral("{}");
    core::TimelineChain::seal(e, previous);
    return e;
}

const char* kInsertEntry =
    "INSERT INTO muster.timeline_entries (id, incident_id, occurred_at, recorded_at, actor_id, actor_name, kind, "
    "text, data, prev_hash, hash) VALUES ($1, $2, muster.from_ms($3::bigint), muster.from_ms($4::bigint), $5, $6, "
    "$7, $8, $9, $10, $11)";

QList<QByteArray> parameters(const core::TimelineEntry& e)
{
    const auto text = [](const QString& value) { // empty, not NULL
        const QByteArray utf8 = value.toUtf8();
        return utf8.isNull() ? QByteArray("") : utf8;
    };
    return {text(e.id),
            text(e.incidentId),
            QByteArray::number(e.occurredAt),
            QByteArray::number(e.recordedAt),
            text(e.actorId),
            text(e.actorName),
            text(e.kind),
            text(e.text),
            text(e.data),
            text(e.prevHash),
            text(e.hash)};
}

// The same statement with the values written in (for a QSqlQuery; they hold no quotes).
QString insertSql(const core::TimelineEntry& e)
{
    QString sql = QString::fromLatin1(kInsertEntry);
    const auto values = parameters(e);
    for (qsizetype i = values.size(); i > 0; --i) {
        sql.replace(QStringLiteral("$%1").arg(i), QStringLiteral("'%1'").arg(QString::fromUtf8(values.at(i - 1))));
    }
    return sql;
}

} // namespace

class TestSyncServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SyncServer> m_server;
    QString m_owner;

    // A direct connection as a login role: not through Muster.
    QSqlDatabase as(const QString& login)
    {
        const QString name = QStringLiteral("as-") + login;
        if (QSqlDatabase::contains(name)) {
            return QSqlDatabase::database(name);
        }
        return test::PgServer::connect(name, m_server->database(), m_server->role(login));
    }

    int visible(const QString& login, const QString& table)
    {
        QSqlQuery q(as(login));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM muster.%1").arg(table)) || !q.next()) {
            return -1;
        }
        return q.value(0).toInt();
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!test::PgServer::available(&why)) {
            QFAIL(qPrintable(why));
        }
        m_server = std::make_unique<test::SyncServer>(QStringLiteral("policies"));
        sync::PgConnection admin(m_server->adminConfig());
        admin.execScript(QString::fromUtf8(kSetup));
        const auto opened = entry(QStringLiteral("t-open"), QStringLiteral("i-open"), QStringLiteral("created"),
                                  QStringLiteral("Opened"), core::TimelineChain::genesisHash());
        const auto secret = entry(QStringLiteral("t-secret"), QStringLiteral("i-secret"), QStringLiteral("created"),
                                  QStringLiteral("Opened"), core::TimelineChain::genesisHash());
        for (const auto& e : {opened, secret,
                              entry(QStringLiteral("t-secret-2"), QStringLiteral("i-secret"), QStringLiteral("note"),
                                    QStringLiteral("Interview on Monday"), secret.hash)}) {
            admin.exec(QString::fromLatin1(kInsertEntry), parameters(e));
        }
        for (const auto& [login, person, leadership] :
             {std::tuple{"sam", "p-sam", false}, std::tuple{"olga", "p-olga", false},
              std::tuple{"lena", "p-lena", false}, std::tuple{"harry", "p-harry", false},
              std::tuple{"ceo", "p-ceo", true}}) {
            m_server->addLogin(QString::fromLatin1(login), QString::fromLatin1(person), leadership);
        }
        // A login that may act as the owner of the tables.
        m_owner = m_server->role(QStringLiteral("owner"));
        admin.exec(QStringLiteral("SELECT 1"));
        admin.exec(admin
                       .exec(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN IN ROLE muster_owner', $1::text)"),
                             {m_owner.toUtf8()})
                       .text(0, 0));
    }

    void cleanupTestCase()
    {
        for (const QString& name : QSqlDatabase::connectionNames()) {
            QSqlDatabase::removeDatabase(name);
        }
    }

    void init_isIdempotent_andTheDocumentedSqlIsTheSame()
    {
        sync::PgConnection admin(m_server->adminConfig());
        sync::ServerSchema::install(admin); // a second time, over data
        QCOMPARE(visible(QStringLiteral("lena"), QStringLiteral("incidents")), 2);
        QFile doc(test::sourcePath(QStringLiteral("docs/server.sql")));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        QVERIFY2(QString::fromUtf8(doc.readAll()) == sync::ServerSchema::script(),
                 "docs/server.sql is out of date: musterctl server sql > docs/server.sql");
    }

    void timeConversions_areExactAndInlined()
    {
        // Milliseconds both ways, before and after 1970, with the sub-millisecond part
        // rounded as extract() rounds it.
        const auto row = m_server->admin(
            QStringLiteral("SELECT muster.to_ms(t)::text, (extract(epoch FROM t) * 1000)::bigint::text, "
                           "muster.to_ms(muster.from_ms(muster.to_ms(t)))::text FROM (VALUES "
                           "('2026-03-01 12:34:56.789123+00'::timestamptz), ('1969-12-31 23:59:59.9995+00'), "
                           "('1960-06-15 08:00:00.0004+02'), ('2106-02-07 06:28:16+00')) v(t)"));
        QCOMPARE(row.rows(), 4);
        for (int i = 0; i < row.rows(); ++i) {
            QCOMPARE(row.text(i, 0), row.text(i, 1));
            QCOMPARE(row.text(i, 2), row.text(i, 0));
        }
        QCOMPARE(row.text(0, 0), QStringLiteral("1772368496789"));
        QCOMPARE(row.text(1, 0), QStringLiteral("-1"));
        // Inlined into the query (a call per value made pulls of incidents three times as
        // slow): the plan shows the expression, not the function.
        const auto plan = m_server->admin(QStringLiteral("EXPLAIN (VERBOSE) SELECT muster.to_ms(t), muster.from_ms(m) "
                                                         "FROM (VALUES (now(), 0::bigint)) v(t, m)"));
        QString text;
        for (int i = 0; i < plan.rows(); ++i) {
            text += plan.text(i, 0) + QLatin1Char('\n');
        }
        QVERIFY2(!text.contains(QStringLiteral("to_ms(")) && !text.contains(QStringLiteral("from_ms(")),
                 qPrintable(text));
    }

    void timelineEntries_areKeptOnlyIfTheyMatchTheirHash()
    {
        // Sealed by the desktop's own code: text beyond ASCII (lengths count UTF-8 bytes),
        // JSON data, a time before 1970, no actor id.
        auto e = entry(QStringLiteral("t-sealed"), QStringLiteral("i-open"), QStringLiteral("status_changed"),
                       QStringLiteral("Zeugin befragt: Müller, 東京, Ελλάδα 🙂"),
                       QStringLiteral("f").repeated(64));
        e.occurredAt = -86400001;
        e.data = QStringLiteral(R"({"from":"new","to":"triaged"})");
        core::TimelineChain::seal(e, e.prevHash);
        // (In a transaction rolled back at the end: entries cannot be deleted.)
        sync::PgConnection admin(m_server->adminConfig());
        admin.exec(QStringLiteral("BEGIN"));
        admin.exec(QString::fromLatin1(kInsertEntry), parameters(e));

        // Any stored field changed after sealing, even by the superuser, is refused.
        const auto refused = [&admin](core::TimelineEntry changed) {
            changed.id = QStringLiteral("t-changed");
            admin.exec(QStringLiteral("SAVEPOINT attempt"));
            try {
                admin.exec(QString::fromLatin1(kInsertEntry), parameters(changed));
            } catch (const sync::PgError& error) {
                admin.exec(QStringLiteral("ROLLBACK TO SAVEPOINT attempt"));
                return error.sqlState() == QLatin1String("23514") &&
                       error.message().contains(QLatin1String("timeline_entries_sealed"));
            }
            return false;
        };
        auto text = e;
        text.text += QLatin1Char('!');
        QVERIFY(refused(text));
        auto time = e;
        time.occurredAt += 1;
        QVERIFY(refused(time));
        auto data = e;
        data.data = QStringLiteral(R"({"from":"new","to":"closed"})");
        QVERIFY(refused(data));
        auto previous = e;
        previous.prevHash = core::TimelineChain::genesisHash();
        QVERIFY(refused(previous));
        auto actor = e;
        actor.actorName = QStringLiteral("Someone Else");
        QVERIFY(refused(actor));
        QCOMPARE(admin.exec(QStringLiteral("SELECT count(*) FROM muster.timeline_entries WHERE id LIKE 't-%ed'"))
                     .number(0, 0),
                 1);
        admin.exec(QStringLiteral("ROLLBACK"));
    }

    void lifecycleTable_isCoresTransitionTable()
    {
        QSet<QString> expected;
        for (core::Status from : core::statuses().values()) {
            for (core::Status to : core::Lifecycle::allowedFrom(from)) {
                expected.insert(core::statuses().key(from) + QLatin1String("->") + core::statuses().key(to));
            }
        }
        QSet<QString> actual;
        const auto rows = m_server->admin(QStringLiteral("SELECT from_status || '->' || to_status FROM "
                                                         "muster.lifecycle"));
        for (int i = 0; i < rows.rows(); ++i) {
            actual.insert(rows.text(i, 0));
        }
        QCOMPARE(actual, expected);

        QSqlQuery q(as(QStringLiteral("sam")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE muster.incidents SET status = 'closed' WHERE id = 'i-open'")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("MU001"));
        QVERIFY2(q.exec(QStringLiteral("UPDATE muster.incidents SET status = 'acknowledged' WHERE id = 'i-open'")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("UPDATE muster.incidents SET status = 'new' WHERE id = 'i-open'")) == false);
    }

    void confidentialIncidents_areReadOnlyByTheAccessListLegalAndHr_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("incidents");
        QTest::addColumn<int>("entries");
        QTest::newRow("on the access list") << QStringLiteral("sam") << 2 << 3;
        QTest::newRow("not on it") << QStringLiteral("olga") << 1 << 1;
        QTest::newRow("legal") << QStringLiteral("lena") << 2 << 3;
        QTest::newRow("hr") << QStringLiteral("harry") << 2 << 3;
        QTest::newRow("leadership") << QStringLiteral("ceo") << 1 << 1;
    }

    void confidentialIncidents_areReadOnlyByTheAccessListLegalAndHr()
    {
        QFETCH(QString, login);
        QFETCH(int, incidents);
        QFETCH(int, entries);
        QCOMPARE(visible(login, QStringLiteral("incidents")), incidents);
        QCOMPARE(visible(login, QStringLiteral("timeline_entries")), entries);
        QCOMPARE(visible(login, QStringLiteral("incident_access")), incidents == 2 ? 1 : 0);
        QCOMPARE(visible(login, QStringLiteral("people")), 5);
    }

    void workUnderAConfidentialIncident_isHiddenWithIt_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("all");    // on the access list, Legal, HR
        QTest::addColumn<int>("others"); // everyone else, leadership included
        QTest::newRow("tasks") << QStringLiteral("tasks") << 2 << 1;
        QTest::newRow("task comments (through their task)") << QStringLiteral("task_comments") << 2 << 1;
        QTest::newRow("communications") << QStringLiteral("communications") << 2 << 1;
        QTest::newRow("communication versions") << QStringLiteral("communication_versions") << 2 << 1;
        QTest::newRow("approvals") << QStringLiteral("approvals") << 1 << 0;
        QTest::newRow("deadlines") << QStringLiteral("deadlines") << 1 << 0;
        QTest::newRow("roles") << QStringLiteral("incident_roles") << 1 << 0;
        QTest::newRow("attributes") << QStringLiteral("incident_attributes") << 1 << 0;
        QTest::newRow("observables") << QStringLiteral("incident_observables") << 1 << 0;
        QTest::newRow("alerts (unlinked ones for all)") << QStringLiteral("alerts") << 3 << 2;
        QTest::newRow("hunts") << QStringLiteral("hunts") << 1 << 0;
        QTest::newRow("hunt findings") << QStringLiteral("hunt_findings") << 1 << 0;
        QTest::newRow("alert sources (the organisation's)") << QStringLiteral("alert_sources") << 1 << 1;
    }

    void workUnderAConfidentialIncident_isHiddenWithIt()
    {
        QFETCH(QString, table);
        QFETCH(int, all);
        QFETCH(int, others);
        for (const char* login : {"sam", "lena", "harry"}) {
            QVERIFY2(visible(QString::fromLatin1(login), table) == all, login);
        }
        for (const char* login : {"olga", "ceo"}) {
            QVERIFY2(visible(QString::fromLatin1(login), table) == others, login);
        }
    }

    void member_cannotAddWorkUnderAConfidentialIncident()
    {
        QSqlQuery q(as(QStringLiteral("olga")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO muster.task_comments (id, task_id, author_name, text, created_at, "
                                       "updated_at) VALUES ('tc-x', 'task-secret', 'Olga', 'peek', now(), now())")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO muster.tasks (id, incident_id, task_key, workstream, title, "
                                       "created_at, updated_at) VALUES ('t-x', 'i-secret', 'x', 'soc', 'x', now(), "
                                       "now())")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        // Nor move an alert under it, nor change one that is.
        QVERIFY(!q.exec(QStringLiteral("UPDATE muster.alerts SET incident_id = 'i-secret' WHERE id = 'al-none'")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(q.exec(QStringLiteral("UPDATE muster.communications SET subject = 'x' WHERE id = 'c-secret'")));
        QCOMPARE(q.numRowsAffected(), 0);
        // The access list the policies read is the synced one: with olga on it, she reads the work too.
        m_server->admin(QStringLiteral("INSERT INTO muster.incident_access (id, incident_id, person_id, added_at, "
                                       "updated_at) VALUES ('a-olga', 'i-secret', 'p-olga', now(), now())"));
        QCOMPARE(visible(QStringLiteral("olga"), QStringLiteral("task_comments")), 2);
        QCOMPARE(visible(QStringLiteral("olga"), QStringLiteral("approvals")), 1);
        m_server->admin(QStringLiteral("DELETE FROM muster.incident_access WHERE id = 'a-olga'"));
        QCOMPARE(visible(QStringLiteral("olga"), QStringLiteral("task_comments")), 1);
    }

    void definerFunctions_answerOnlyForWhatTheyAreFor()
    {
        // They see past row-level security: a member must not use them to ask whether a
        // confidential value exists, or to redirect others' changes.
        QSqlQuery q(as(QStringLiteral("olga")));
        QVERIFY(!q.exec(QStringLiteral("SELECT muster.free_reference('incident_observables', 'value', 'id', "
                                       "'leaker@example.org', 'x')")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(q.exec(QStringLiteral("SELECT muster.free_reference('incidents', 'reference', 'id', 'INC-2099-0001', "
                                      "'x')")));
        QVERIFY(!q.exec(QStringLiteral("SELECT muster.note_merge('tasks', 'task-secret', 'task-open')")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!q.exec(QStringLiteral("SELECT muster.note_merge('people', 'p-new', 'p-olga')")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QCOMPARE(m_server->admin(QStringLiteral("SELECT count(*) FROM muster.merged_keys")).number(0, 0), qint64(0));
    }

    void tableOwner_isNoException()
    {
        QSqlDatabase owner = test::PgServer::connect(QStringLiteral("as-owner"), m_server->database(), m_owner);
        QSqlQuery q(owner);
        QVERIFY2(q.exec(QStringLiteral("SET ROLE muster_owner")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM muster.incidents WHERE confidential")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT relforcerowsecurity FROM pg_class WHERE oid = "
                                      "'muster.incidents'::regclass")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
    }

    void leadership_readsButCannotWrite()
    {
        QSqlQuery q(as(QStringLiteral("ceo")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE muster.incidents SET title = 'x' WHERE id = 'i-open'")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO muster.people (id, name, function, created_at, updated_at) "
                                       "VALUES ('p-x', 'X', 'legal', now(), now())")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM muster.people")));
    }

    void member_cannotWriteUnderAConfidentialIncidentTheyCannotRead()
    {
        QSqlQuery q(as(QStringLiteral("olga")));
        // (A well-sealed entry: only the policy refuses it.)
        const auto peek = entry(QStringLiteral("t-x"), QStringLiteral("i-secret"), QStringLiteral("note"),
                                QStringLiteral("peek"), core::TimelineChain::genesisHash());
        QVERIFY(!q.exec(insertSql(peek)));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(q.exec(QStringLiteral("UPDATE muster.incidents SET title = 'x' WHERE id = 'i-secret'")));
        QCOMPARE(q.numRowsAffected(), 0);
        // Timeline entries are insert-only for everyone.
        QSqlQuery s(as(QStringLiteral("sam")));
        QVERIFY(!s.exec(QStringLiteral("UPDATE muster.timeline_entries SET text = 'x' WHERE id = 't-open'")));
        QVERIFY(s.exec(QStringLiteral("DELETE FROM muster.timeline_entries")) == false);
    }

    void changeFeed_obeysThePolicies()
    {
        test::TempDatabase olga;
        test::syncAs(olga.db(), *m_server, QStringLiteral("olga"));
        QCOMPARE(test::count(olga.db(), QStringLiteral("SELECT count(*) FROM incidents")), 1);
        QCOMPARE(test::count(olga.db(), QStringLiteral("SELECT count(*) FROM timeline_entries")), 1);
        QCOMPARE(test::count(olga.db(), QStringLiteral("SELECT count(*) FROM incidents WHERE id = 'i-secret'")), 0);
        test::TempDatabase harry;
        test::syncAs(harry.db(), *m_server, QStringLiteral("harry"));
        QCOMPARE(test::count(harry.db(), QStringLiteral("SELECT count(*) FROM timeline_entries")), 3);
    }

    void doorbell_ringsWithoutIncidentData()
    {
        QSqlDatabase listener = as(QStringLiteral("olga"));
        QVERIFY(listener.driver()->subscribeToNotification(sync::ServerSchema::doorbellChannel()));
        QString channel;
        QVariant payload;
        connect(listener.driver(), &QSqlDriver::notification, this,
                [&](const QString& name, QSqlDriver::NotificationSource, const QVariant& p) {
                    channel = name;
                    payload = p;
                });
        QSqlQuery q(as(QStringLiteral("lena")));
        QVERIFY2(q.exec(QStringLiteral("UPDATE muster.incidents SET summary = 'Interviews done' WHERE id = "
                                       "'i-secret'")),
                 qPrintable(q.lastError().text()));
        QTRY_COMPARE_WITH_TIMEOUT(channel, sync::ServerSchema::doorbellChannel(), 5000);
        QCOMPARE(payload.toString(), QString());
        listener.driver()->unsubscribeFromNotification(sync::ServerSchema::doorbellChannel());
    }
};

QTEST_GUILESS_MAIN(TestSyncServer)
#include "tst_syncserver.moc"
