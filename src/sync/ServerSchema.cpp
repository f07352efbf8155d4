#include "sync/ServerSchema.h"

#include "core/Error.h"
#include "core/IncidentEnums.h"
#include "core/Lifecycle.h"
#include "core/Person.h"
#include "core/TimelineChain.h"
#include "storage/Database.h"
#include "sync/PgConnection.h"

#include <QRegularExpression>
#include <QTemporaryDir>

namespace muster::sync {

using storage::SyncColumn;
using storage::SyncTable;

namespace {

const QString kAccessTable = QStringLiteral("incident_access");

QString id(const QString& name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString literal(const QString& text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString table(const QString& name)
{
    return QStringLiteral("muster.") + id(name);
}

QString fn(const QString& prefix, const SyncTable& t)
{
    return QStringLiteral("muster.") + id(prefix + t.name);
}

QString pgType(const SyncColumn& c)
{
    switch (c.type) {
    case SyncColumn::Type::Text:
        return QStringLiteral("text");
    case SyncColumn::Type::Integer:
        return QStringLiteral("bigint");
    case SyncColumn::Type::Real:
        return QStringLiteral("double precision");
    case SyncColumn::Type::Bool:
        return QStringLiteral("boolean");
    case SyncColumn::Type::Instant:
        return QStringLiteral("timestamptz");
    }
    return QStringLiteral("text");
}

// The server default for a column, from SQLite's declared default (simple literals only).
QString pgDefault(const SyncColumn& c)
{
    const QString d = c.defaultSql.trimmed();
    if (d.isEmpty() || d.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0) {
        return {};
    }
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    static const QRegularExpression quoted(QStringLiteral("^'([^']|'')*'$"));
    switch (c.type) {
    case SyncColumn::Type::Text:
        return quoted.match(d).hasMatch() ? d : QString();
    case SyncColumn::Type::Integer:
    case SyncColumn::Type::Real:
        return number.match(d).hasMatch() ? d : QString();
    case SyncColumn::Type::Bool:
        return number.match(d).hasMatch() ? (d.toDouble() != 0 ? QStringLiteral("true") : QStringLiteral("false"))
                                          : QString();
    case SyncColumn::Type::Instant:
        return number.match(d).hasMatch() ? QStringLiteral("muster.from_ms(%1)").arg(d) : QString();
    }
    return {};
}

// SQL converting the wire value `json ->> 'column'` to the server type.
QString fromWire(const SyncColumn& c, const QString& json)
{
    const QString text = QStringLiteral("(%1 ->> %2)").arg(json, literal(c.name));
    switch (c.type) {
    case SyncColumn::Type::Text:
        return text;
    case SyncColumn::Type::Integer:
        return text + QStringLiteral("::bigint");
    case SyncColumn::Type::Real:
        return text + QStringLiteral("::double precision");
    case SyncColumn::Type::Bool:
        return QStringLiteral("(%1::numeric <> 0)").arg(text);
    case SyncColumn::Type::Instant:
        return QStringLiteral("muster.from_ms(%1::bigint)").arg(text);
    }
    return text;
}

// The value of column `c` for an insert from the wire object `json`: the sent value, or
// the server's default for a column this desktop does not know.
QString insertValue(const SyncColumn& c, const QString& json)
{
    const QString fallback = pgDefault(c).isEmpty() ? QStringLiteral("NULL") : pgDefault(c);
    return QStringLiteral("CASE WHEN %1 ? %2 THEN %3 ELSE %4 END")
        .arg(json, literal(c.name), fromWire(c, json), fallback);
}

// The type of a column's wire value (as jsonb_to_record reads it).
QString wireType(const SyncColumn& c)
{
    switch (c.type) {
    case SyncColumn::Type::Text:
        return QStringLiteral("text");
    case SyncColumn::Type::Real:
        return QStringLiteral("double precision");
    default:
        return QStringLiteral("bigint");
    }
}

// "jsonb_to_record(b.d) AS r(...)": the wire object as a typed row, decoded in one go.
QString wireRecord(const SyncTable& t, const QString& json, const QString& alias)
{
    QStringList cols;
    for (const SyncColumn& c : t.columns) {
        cols << id(c.name) + QLatin1Char(' ') + wireType(c);
    }
    return QStringLiteral("jsonb_to_record(%1) AS %2(%3)").arg(json, alias, cols.join(QStringLiteral(", ")));
}

// A decoded wire value converted to the server type.
QString fromRecord(const SyncColumn& c, const QString& alias)
{
    const QString v = alias + QLatin1Char('.') + id(c.name);
    switch (c.type) {
    case SyncColumn::Type::Bool:
        return QStringLiteral("(%1 <> 0)").arg(v);
    case SyncColumn::Type::Instant:
        return QStringLiteral("muster.from_ms(%1)").arg(v);
    default:
        return v;
    }
}

// The value of a column for an insert from a decoded row: a column this desktop does not
// send takes the server's default (NOT NULL columns only: there NULL cannot be meant).
QString insertFromRecord(const SyncColumn& c, const QString& alias)
{
    const QString def = pgDefault(c);
    if (def.isEmpty() || !c.notNull) {
        return fromRecord(c, alias);
    }
    return QStringLiteral("COALESCE(%1, %2)").arg(fromRecord(c, alias), def);
}

QString updateValue(const SyncColumn& c, const QString& json, const QString& current)
{
    return QStringLiteral("%1 = CASE WHEN %2 ? %3 THEN %4 ELSE %5%1 END")
        .arg(id(c.name), json, literal(c.name), fromWire(c, json), current);
}

// What every write through muster.push sets besides the data (a direct UPDATE gets the
// same from the stamp trigger).
QString stampColumns()
{
    return QStringLiteral("_xid = pg_current_xact_id(), _by = current_user, _desktop = muster.current_desktop(), "
                          "_changed_at = now()");
}

QStringList columnIds(const SyncTable& t)
{
    QStringList out;
    for (const SyncColumn& c : t.columns) {
        out << id(c.name);
    }
    return out;
}

// The condition under which a row of `t` (as `row`) may be read: its incident's, which the
// policy of muster.incidents decides (policies apply inside policies), or its parent's.
QString readCondition(const SyncTable& t, const QString& row)
{
    if (t.name == QLatin1String("incidents")) {
        return QStringLiteral("(NOT %1.confidential OR muster.may_read_confidential(%1.id, current_user))").arg(row);
    }
    if (!t.incidentColumn.isEmpty()) {
        const QString under = QStringLiteral("EXISTS (SELECT 1 FROM muster.incidents i WHERE i.id = %1.%2)")
                                  .arg(row, id(t.incidentColumn));
        return t.incidentOptional ? QStringLiteral("(%1.%2 IS NULL OR %3)").arg(row, id(t.incidentColumn), under)
                                  : under;
    }
    if (!t.underParent.column.isEmpty()) {
        return QStringLiteral("EXISTS (SELECT 1 FROM %1 p WHERE p.%2 = %3.%4)")
            .arg(table(t.underParent.parentTable), id(t.underParent.parentColumn), row, id(t.underParent.column));
    }
    return QStringLiteral("true");
}

// Mutations that point at a parent the server holds as deleted are refused.
QString parentsAlive(const SyncTable& t, const QString& json)
{
    QString out;
    for (const auto& fk : t.foreignKeys) {
        out += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM %1 p WHERE p.%2 = (%3 ->> %4) AND p._deleted)")
                   .arg(table(fk.parentTable), id(fk.parentColumn), json, literal(fk.column));
    }
    return out;
}

QString lifecycleAllows(const QString& from, const QString& to)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM muster.lifecycle l WHERE l.from_status = %1 AND l.to_status = %2)")
        .arg(from, to);
}

class Script
{
public:
    explicit Script(const QList<SyncTable>& tables)
        : m_tables(tables)
    {}

    QString build();

private:
    void header();
    void rolesAndSchema();
    void metaTables();
    void syncedTable(const SyncTable& t);
    void timelineSeal(const SyncTable& t);
    void helperFunctions();
    void tableFunctions(const SyncTable& t);
    void pushFastFunction(const SyncTable& t);
    void pushOneFunction(const SyncTable& t);
    void pushFunctions();
    void triggers(const SyncTable& t);
    void accessTriggers();
    void policies(const SyncTable& t);
    void metaPolicies();
    void grants();
    void add(const QString& sql) { m_out << sql.trimmed() + QLatin1Char(';'); }
    void comment(const QString& text) { m_out << QStringLiteral("\n-- ") + text; }

    const QList<SyncTable>& m_tables;
    QStringList m_out;
};

QString Script::build()
{
    header();
    rolesAndSchema();
    metaTables();
    for (const SyncTable& t : m_tables) {
        syncedTable(t);
    }
    helperFunctions();
    for (const SyncTable& t : m_tables) {
        tableFunctions(t);
        pushFastFunction(t);
        pushOneFunction(t);
        triggers(t);
    }
    pushFunctions();
    accessTriggers();
    metaPolicies();
    for (const SyncTable& t : m_tables) {
        policies(t);
    }
    grants();
    add(QStringLiteral("COMMIT"));
    return m_out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void Script::header()
{
    m_out << QStringLiteral(
                 "-- Muster team server: schema, roles and row-level security (server schema %1, sync protocol %2).\n"
                 "--\n"
                 "-- Generated by `musterctl server sql` from the desktop's schema and Muster's rules; do not edit.\n"
                 "-- `musterctl server init --dsn DSN` runs the same script. Run it as a PostgreSQL superuser (it\n"
                 "-- creates roles), with psql:  psql -v ON_ERROR_STOP=1 -d DATABASE -f server.sql\n"
                 "-- Running it again upgrades an older server in place: it only adds and replaces, never drops.\n"
                 "-- Login roles are added with `musterctl server add-login` (see docs/sync.md).")
                 .arg(ServerSchema::kSchemaVersion)
                 .arg(ServerSchema::kProtocol);
    add(QStringLiteral("BEGIN"));
    add(QStringLiteral("SET LOCAL client_min_messages = warning"));
    add(QStringLiteral("SELECT pg_advisory_xact_lock(7340021)"));
    add(QStringLiteral(R"sql(
DO $$
DECLARE
    v_version text;
BEGIN
    IF to_regclass('muster.schema_info') IS NOT NULL THEN
        EXECUTE 'SELECT value FROM muster.schema_info WHERE key = $1' INTO v_version USING 'schema_version';
        IF v_version::int > %1 THEN
            RAISE EXCEPTION 'This server has a newer Muster schema (%) than this script (%1); use a newer musterctl.',
                v_version;
        END IF;
    END IF;
END $$)sql")
            .arg(ServerSchema::kSchemaVersion));
}

void Script::rolesAndSchema()
{
    comment(QStringLiteral("Roles. muster_owner owns the tables and, like everyone, is subject to row-level\n"
                           "-- security (FORCE). muster_definer owns the few SECURITY DEFINER functions that must\n"
                           "-- see past it (access checks, reference numbers, tombstone purge). Each person signs\n"
                           "-- in as their own login role, a member of muster_member (read and write) or\n"
                           "-- muster_leadership (read only)."));
    add(QStringLiteral(R"sql(
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'muster_owner') THEN
        CREATE ROLE muster_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'muster_definer') THEN
        CREATE ROLE muster_definer NOLOGIN BYPASSRLS;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'muster_member') THEN
        CREATE ROLE muster_member NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'muster_leadership') THEN
        CREATE ROLE muster_leadership NOLOGIN;
    END IF;
END $$)sql"));
    add(QStringLiteral("CREATE SCHEMA IF NOT EXISTS muster AUTHORIZATION muster_owner"));
    add(QStringLiteral("REVOKE ALL ON SCHEMA muster FROM PUBLIC"));
    add(QStringLiteral("GRANT USAGE ON SCHEMA muster TO muster_member, muster_leadership, muster_definer"));
    add(QStringLiteral("CREATE OR REPLACE FUNCTION muster.from_ms(bigint) RETURNS timestamptz LANGUAGE sql IMMUTABLE "
                       "PARALLEL SAFE AS $$ SELECT to_timestamp($1::double precision / 1000) $$"));
    // Measured from to_timestamp(0): extract() from a timestamptz is only STABLE, and the
    // planner does not inline an IMMUTABLE function with a STABLE body; called instead of
    // inlined, it took two thirds of the time of a pull's reads of incidents.
    add(QStringLiteral("CREATE OR REPLACE FUNCTION muster.to_ms(timestamptz) RETURNS bigint LANGUAGE sql IMMUTABLE "
                       "PARALLEL SAFE AS $$ SELECT (extract(epoch FROM $1 - to_timestamp(0)) * 1000)::bigint $$"));
    // The desktop a push comes from (set by muster.push for its transaction).
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster.current_desktop() RETURNS uuid LANGUAGE sql STABLE AS $$
    SELECT nullif(current_setting('muster.desktop', true), '')::uuid
$$)sql"));
}

void Script::metaTables()
{
    comment(QStringLiteral("What this server is: its schema version and the oldest sync protocol it serves."));
    add(QStringLiteral("CREATE TABLE IF NOT EXISTS muster.schema_info (key text PRIMARY KEY, value text NOT NULL)"));
    add(QStringLiteral("INSERT INTO muster.schema_info (key, value) VALUES ('schema_version', '%1'), "
                       "('min_protocol', '%2') ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value")
            .arg(ServerSchema::kSchemaVersion)
            .arg(ServerSchema::kProtocol));
    add(QStringLiteral("INSERT INTO muster.schema_info (key, value) VALUES ('server_id', gen_random_uuid()::text) "
                       "ON CONFLICT (key) DO NOTHING"));

    comment(QStringLiteral("Known desktops and the snapshot each has pulled up to; tombstones are kept until every\n"
                           "-- known desktop has pulled past them."));
    add(QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS muster.desktops (
    id uuid PRIMARY KEY,
    login name NOT NULL,
    name text NOT NULL DEFAULT '',
    protocol int NOT NULL,
    cursor pg_snapshot,
    first_seen timestamptz NOT NULL DEFAULT now(),
    last_seen timestamptz NOT NULL DEFAULT now()))sql"));

    comment(QStringLiteral("Every mutation a desktop pushed, with what became of it: a retried push changes nothing."));
    add(QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS muster.mutations (
    id uuid PRIMARY KEY,
    desktop_id uuid NOT NULL,
    login name NOT NULL DEFAULT current_user,
    table_name text NOT NULL,
    row_id text NOT NULL,
    status text NOT NULL CHECK (status IN ('applied', 'rejected')),
    code text NOT NULL DEFAULT '',
    message text NOT NULL DEFAULT '',
    detail jsonb,
    applied_at timestamptz NOT NULL DEFAULT now()))sql"));
    add(QStringLiteral("CREATE INDEX IF NOT EXISTS mutations_applied_at ON muster.mutations (applied_at)"));

    comment(QStringLiteral("Fields where a pushed change overwrote a concurrent change of another desktop (the later\n"
                           "-- one in the server's order wins; both values are kept here)."));
    add(QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS muster.conflicts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mutation_id uuid NOT NULL,
    desktop_id uuid,
    login name NOT NULL DEFAULT current_user,
    table_name text NOT NULL,
    row_id text NOT NULL,
    column_name text NOT NULL,
    base jsonb,
    theirs jsonb,
    ours jsonb,
    theirs_by name,
    at timestamptz NOT NULL DEFAULT now()))sql"));

    comment(QStringLiteral("Rows of merge-on-unique tables that met an existing row with the same unique key on a\n"
                           "-- push and became it: later changes of them, and rows that refer to them, follow."));
    add(QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS muster.merged_keys (
    table_name text NOT NULL,
    from_key text NOT NULL,
    to_key text NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (table_name, from_key)))sql"));

    comment(QStringLiteral("Which person each login role is (for the access list and the Legal and HR functions)."));
    add(QStringLiteral("CREATE TABLE IF NOT EXISTS muster.logins (login name PRIMARY KEY, person_id text NOT NULL)"));

    comment(QStringLiteral("The incident lifecycle, generated from core::Lifecycle, the one transition table."));
    add(QStringLiteral("CREATE TABLE IF NOT EXISTS muster.lifecycle (from_status text NOT NULL, to_status text NOT "
                       "NULL, PRIMARY KEY (from_status, to_status))"));
    add(QStringLiteral("DELETE FROM muster.lifecycle"));
    QStringList pairs;
    for (core::Status from : core::statuses().values()) {
        for (core::Status to : core::Lifecycle::allowedFrom(from)) {
            pairs << QStringLiteral("(%1, %2)")
                         .arg(literal(core::statuses().key(from)), literal(core::statuses().key(to)));
        }
    }
    add(QStringLiteral("INSERT INTO muster.lifecycle (from_status, to_status) VALUES\n    %1")
            .arg(pairs.join(QStringLiteral(",\n    "))));

    comment(
        QStringLiteral("Changes of who may read which incidents (no incident data: just which incident, or all).\n"
                       "-- Desktops pull these and drop what they may no longer read, or fetch what they now may."));
    add(QStringLiteral(R"sql(
CREATE TABLE IF NOT EXISTS muster.access_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id text,
    _xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    at timestamptz NOT NULL DEFAULT now()))sql"));
    add(QStringLiteral("CREATE INDEX IF NOT EXISTS access_events_xid ON muster.access_events (_xid, id)"));
    // Schema 2: a row linked to another incident (an alert, an exercise, a hunt) names
    // itself, so that desktops that may no longer read it drop it (its id, no data).
    add(QStringLiteral("ALTER TABLE muster.access_events ADD COLUMN IF NOT EXISTS table_name text, "
                       "ADD COLUMN IF NOT EXISTS row_id text"));
    for (const char* meta :
         {"schema_info", "desktops", "mutations", "conflicts", "merged_keys", "logins", "lifecycle", "access_events"}) {
        add(QStringLiteral("ALTER TABLE muster.%1 OWNER TO muster_owner").arg(QString::fromLatin1(meta)));
    }
}

void Script::syncedTable(const SyncTable& t)
{
    comment(
        QStringLiteral("Synced table %1%2").arg(t.name, t.insertOnly ? QStringLiteral(" (insert-only)") : QString()));
    const SyncColumn& key = t.columns.first();
    add(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2 text PRIMARY KEY)").arg(table(t.name), id(key.name)));
    for (const SyncColumn& c : t.columns.mid(1)) {
        QString def = pgDefault(c);
        add(QStringLiteral("ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 %3%4%5")
                .arg(table(t.name), id(c.name), pgType(c),
                     def.isEmpty() ? QString() : QStringLiteral(" DEFAULT ") + def,
                     c.notNull ? QStringLiteral(" NOT NULL") : QString()));
    }
    // Bookkeeping: the transaction that last wrote the row (the change feed's order),
    // the tombstone flag, who wrote it from which desktop, and when.
    add(QStringLiteral("ALTER TABLE %1 ADD COLUMN IF NOT EXISTS _xid xid8 NOT NULL DEFAULT pg_current_xact_id(), "
                       "ADD COLUMN IF NOT EXISTS _deleted boolean NOT NULL DEFAULT false, "
                       "ADD COLUMN IF NOT EXISTS _by name NOT NULL DEFAULT current_user, "
                       "ADD COLUMN IF NOT EXISTS _desktop uuid DEFAULT muster.current_desktop(), "
                       "ADD COLUMN IF NOT EXISTS _changed_at timestamptz NOT NULL DEFAULT now()")
            .arg(table(t.name)));
    add(QStringLiteral("ALTER TABLE %1 ALTER COLUMN _desktop SET DEFAULT muster.current_desktop()").arg(table(t.name)));
    if (t.insertOnly) {
        // The order in which the server accepted the rows (timelines fold in this order).
        add(QStringLiteral("ALTER TABLE %1 ADD COLUMN IF NOT EXISTS _seq bigint GENERATED ALWAYS AS IDENTITY")
                .arg(table(t.name)));
        add(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (_xid, _seq)")
                .arg(id(t.name + QStringLiteral("_feed_order")), table(t.name)));
    }
    add(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (_xid, %3)")
            .arg(id(t.name + QStringLiteral("_feed")), table(t.name), id(key.name)));
    add(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (_xid) WHERE _deleted")
            .arg(id(t.name + QStringLiteral("_tombstones")), table(t.name)));
    // Deferrable (checked at once unless a push asks otherwise): rows that refer to each
    // other, such as deputies in a circle, can be written one at a time (muster.push).
    for (const auto& fk : t.foreignKeys) {
        const QString name = t.name + QLatin1Char('_') + fk.column + QStringLiteral("_fkey");
        add(QStringLiteral(R"sql(
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_constraint WHERE conname = %1 AND conrelid = '%2'::regclass) THEN
        ALTER TABLE %2 ADD CONSTRAINT %3 FOREIGN KEY (%4) REFERENCES %5 (%6) DEFERRABLE;
    ELSIF NOT (SELECT condeferrable FROM pg_constraint WHERE conname = %1 AND conrelid = '%2'::regclass) THEN
        ALTER TABLE %2 ALTER CONSTRAINT %3 DEFERRABLE;
    END IF;
END $$)sql")
                .arg(literal(name), table(t.name), id(name), id(fk.column), table(fk.parentTable),
                     id(fk.parentColumn)));
        add(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2 (%3)")
                .arg(id(t.name + QLatin1Char('_') + fk.column), table(t.name), id(fk.column)));
    }
    for (const auto& u : t.uniqueKeys) {
        QStringList cols;
        for (const QString& c : u.columns) {
            cols << id(c);
        }
        const QString name = t.name + QLatin1Char('_') + u.columns.join(QLatin1Char('_')) + QStringLiteral("_key");
        add(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS %1 ON %2 (%3) WHERE NOT _deleted%4")
                .arg(id(name), table(t.name), cols.join(QStringLiteral(", ")),
                     u.where.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(u.where)));
    }
    if (t.name == QLatin1String("timeline_entries")) {
        timelineSeal(t);
    }
    add(QStringLiteral("ALTER TABLE %1 OWNER TO muster_owner").arg(table(t.name)));
}

void Script::timelineSeal(const SyncTable& t)
{
    // A timeline entry is evidence: the server keeps only entries whose content matches
    // their hash (core::TimelineChain::computeHash, recomputed here in SQL), whoever
    // writes them. NOT VALID: an upgraded server checks what arrives from now on, and
    // does not refuse to start over rows it took before; an administrator checks those
    // with ALTER TABLE ... VALIDATE CONSTRAINT.
    const auto field = [](const QString& text) {
        return QStringLiteral("octet_length(convert_to(%1, 'UTF8'))::text || ':' || %1").arg(text);
    };
    const QString tag = core::TimelineChain::versionTag();
    QStringList parts{literal(QStringLiteral("%1:%2").arg(tag.toUtf8().size()).arg(tag))};
    for (const QString& name : core::TimelineChain::sealedColumns()) {
        const SyncColumn* c = t.column(name);
        Q_ASSERT(c);
        const QString wire = ServerSchema::toWire(*c, QString());
        parts << field(c->type == SyncColumn::Type::Text ? wire : QStringLiteral("(%1)::text").arg(wire));
    }
    const QString name = t.name + QStringLiteral("_sealed");
    add(QStringLiteral(R"sql(
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_constraint WHERE conname = %1 AND conrelid = '%2'::regclass) THEN
        ALTER TABLE %2 ADD CONSTRAINT %3 CHECK (hash = encode(sha256(convert_to(
            %4, 'UTF8')), 'hex')) NOT VALID;
    END IF;
END $$)sql")
            .arg(literal(name), table(t.name), id(name), parts.join(QStringLiteral("\n            || "))));
}

void Script::helperFunctions()
{
    comment(QStringLiteral("Functions that see past row-level security; owned by muster_definer. They take the login\n"
                           "-- from session_user or from the policy's current_user, never from the caller's arguments\n"
                           "-- where that would let a caller claim someone else's rights."));
    const QString legal = core::personFunctions().key(core::PersonFunction::Legal);
    const QString hr = core::personFunctions().key(core::PersonFunction::Hr);
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster.may_read_confidential(p_incident text, p_login name) RETURNS boolean
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog AS $$
    SELECT EXISTS (
        SELECT 1 FROM muster.logins l JOIN muster.people p ON p.id = l.person_id AND NOT p._deleted
         WHERE l.login = p_login AND p.function IN (%1, %2))
        OR EXISTS (
        SELECT 1 FROM muster.logins l JOIN muster.incident_access a ON a.person_id = l.person_id AND NOT a._deleted
         WHERE l.login = p_login AND a.incident_id = p_incident)
$$)sql")
            .arg(literal(legal), literal(hr)));
    // VOLATILE: it must see the access-list entry that keep_access adds for the person
    // making an incident confidential, earlier in the same statement.
    add(QStringLiteral("ALTER FUNCTION muster.may_read_confidential(text, name) OWNER TO muster_definer"));

    // References are numbered on each desktop (INC-2026-0042, EX-2026-0003); two desktops
    // may number offline records alike. The server keeps them unique by giving a later
    // one the next free number of its series. Table and column names come from the
    // generated triggers; a direct caller may name no other column (the function sees
    // past row-level security, so it must not answer for any other value).
    QStringList numbered;
    for (const SyncTable& t : m_tables) {
        if (!t.numbered.isEmpty()) {
            numbered << QStringLiteral("(%1, %2, %3)").arg(literal(t.name), literal(t.numbered), literal(t.key));
        }
    }
    if (numbered.isEmpty()) {
        numbered << QStringLiteral("(NULL, NULL, NULL)");
    }
    add(QString(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster.free_reference(p_table text, p_column text, p_key text, p_reference text,
                                                 p_id text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    v_prefix text := substring(p_reference FROM '^(.*[^0-9])[0-9]+$');
    v_width int := length(substring(p_reference FROM '([0-9]+)$'));
    v_taken boolean;
    v_next bigint;
BEGIN
    IF (p_table, p_column, p_key) NOT IN (VALUES @NUMBERED@) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only numbered references can be numbered.';
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM muster.%I WHERE %I = $1 AND %I <> $2 AND NOT _deleted)',
                   p_table, p_column, p_key)
       INTO v_taken USING p_reference, p_id;
    IF NOT v_taken THEN
        RETURN p_reference;
    END IF;
    IF v_prefix IS NULL THEN
        RETURN p_reference || '-' || left(p_id, 8);
    END IF;
    EXECUTE format('SELECT coalesce(max(substring(%1$I FROM ''([0-9]+)$'')::bigint), 0) + 1 FROM muster.%2$I '
                   'WHERE left(%1$I, length($1)) = $1 AND substring(%1$I FROM ''^(.*[^0-9])[0-9]+$'') = $1',
                   p_column, p_table)
       INTO v_next USING v_prefix;
    RETURN v_prefix || lpad(v_next::text, greatest(v_width, length(v_next::text)), '0');
END $$)sql"))
            .replace(QStringLiteral("@NUMBERED@"), numbered.join(QStringLiteral(", "))));
    add(QStringLiteral("ALTER FUNCTION muster.free_reference(text, text, text, text, text) OWNER TO muster_definer"));
    // Schema 1 numbered incidents only.
    add(QStringLiteral("DROP FUNCTION IF EXISTS muster.free_reference(text, text)"));

    // A row of a merge-on-unique table that met an existing row with the same unique key
    // became that row; later changes of it, and rows that refer to it, follow.
    // Only for what a push does: a row this server never had became a live one of a
    // merge-on-unique table (it sees past row-level security, and anyone may call it).
    QStringList merging;
    for (const SyncTable& t : m_tables) {
        if (t.mergeOnUnique) {
            merging << QStringLiteral("(%1, %2)").arg(literal(t.name), literal(t.key));
        }
    }
    if (merging.isEmpty()) {
        merging << QStringLiteral("(NULL, NULL)");
    }
    add(QString(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster.note_merge(p_table text, p_from text, p_to text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    v_key text;
    v_ok boolean;
BEGIN
    SELECT m.k INTO v_key FROM (VALUES @MERGING@) AS m (t, k) WHERE m.t = p_table;
    IF v_key IS NOT NULL THEN
        EXECUTE format('SELECT NOT EXISTS (SELECT 1 FROM muster.%1$I WHERE %2$I = $1) '
                       'AND EXISTS (SELECT 1 FROM muster.%1$I WHERE %2$I = $2 AND NOT _deleted)', p_table, v_key)
           INTO v_ok USING p_from, p_to;
    END IF;
    IF v_ok IS NOT TRUE THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'Only a push records merged rows.';
    END IF;
    INSERT INTO muster.merged_keys (table_name, from_key, to_key) VALUES (p_table, p_from, p_to)
    ON CONFLICT (table_name, from_key) DO NOTHING;
END $$)sql"))
            .replace(QStringLiteral("@MERGING@"), merging.join(QStringLiteral(", "))));
    add(QStringLiteral("ALTER FUNCTION muster.note_merge(text, text, text) OWNER TO muster_definer"));

    // Serialises pushes that touch the same incidents, so that the server's order of
    // timeline entries is the order in which their status changes were decided.
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster.begin_push(p_incidents text[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    PERFORM 1 FROM muster.incidents WHERE id = ANY (p_incidents) ORDER BY id FOR NO KEY UPDATE;
END $$)sql"));
    add(QStringLiteral("ALTER FUNCTION muster.begin_push(text[]) OWNER TO muster_definer"));

    // A desktop says hello at the start of a sync: registers itself and learns whether the
    // server knew it (a server that forgot it may have purged tombstones it never saw).
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster.hello(p_desktop uuid, p_name text, p_protocol int)
RETURNS TABLE (known boolean, schema_version int, min_protocol int, server_id text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    v_known boolean;
BEGIN
    SELECT true INTO v_known FROM muster.desktops WHERE id = p_desktop;
    INSERT INTO muster.desktops AS d (id, login, name, protocol) VALUES (p_desktop, session_user, p_name, p_protocol)
    ON CONFLICT (id) DO UPDATE SET login = session_user, name = EXCLUDED.name, protocol = EXCLUDED.protocol,
        last_seen = now();
    RETURN QUERY SELECT coalesce(v_known, false),
        (SELECT value::int FROM muster.schema_info WHERE key = 'schema_version'),
        (SELECT value::int FROM muster.schema_info WHERE key = 'min_protocol'),
        (SELECT value FROM muster.schema_info WHERE key = 'server_id');
END $$)sql"));
    add(QStringLiteral("ALTER FUNCTION muster.hello(uuid, text, int) OWNER TO muster_definer"));
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster.report_cursor(p_desktop uuid, p_cursor pg_snapshot) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog AS $$
    UPDATE muster.desktops SET cursor = p_cursor, last_seen = now() WHERE id = p_desktop AND login = session_user
$$)sql"));
    add(QStringLiteral("ALTER FUNCTION muster.report_cursor(uuid, pg_snapshot) OWNER TO muster_definer"));

    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW._xid := pg_current_xact_id();
    NEW._by := current_user;
    NEW._desktop := muster.current_desktop();
    NEW._changed_at := now();
    RETURN NEW;
END $$)sql"));
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster.insert_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'MU005', MESSAGE = format('Rows of %s cannot be changed.', TG_TABLE_NAME);
END $$)sql"));
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster.ring() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('%1', '');
    RETURN NULL;
END $$)sql")
            .arg(ServerSchema::doorbellChannel()));
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster.check_lifecycle() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status AND NOT %1 THEN
        RAISE EXCEPTION USING ERRCODE = 'MU001',
            MESSAGE = format('An incident cannot go from %s to %s.', OLD.status, NEW.status),
            DETAIL = OLD.status, HINT = NEW.status;
    END IF;
    RETURN NEW;
END $$)sql")
            .arg(lifecycleAllows(QStringLiteral("OLD.status"), QStringLiteral("NEW.status"))));
}

void Script::tableFunctions(const SyncTable& t)
{
    // The row as the desktop sends and receives it (epoch ms, 0/1), for comparisons.
    QStringList pairs;
    for (const SyncColumn& c : t.columns) {
        pairs << QStringLiteral("jsonb_build_object(%1, %2)")
                     .arg(literal(c.name), ServerSchema::toWire(c, QStringLiteral("x")));
    }
    add(QStringLiteral("CREATE OR REPLACE FUNCTION %1(x %2) RETURNS jsonb LANGUAGE sql STABLE AS $$ SELECT %3 $$")
            .arg(fn(QStringLiteral("_wire_"), t), table(t.name), pairs.join(QStringLiteral("\n    || "))));
    // Whether a row exists at all, past row-level security: tells "no access" from "gone".
    add(QStringLiteral(
            "CREATE OR REPLACE FUNCTION %1(p_key text) RETURNS boolean LANGUAGE sql STABLE SECURITY "
            "DEFINER SET search_path = pg_catalog AS $$ SELECT EXISTS (SELECT 1 FROM %2 WHERE %3 = p_key) $$")
            .arg(fn(QStringLiteral("_exists_"), t), table(t.name), id(t.key)));
    add(QStringLiteral("ALTER FUNCTION %1(text) OWNER TO muster_definer").arg(fn(QStringLiteral("_exists_"), t)));
}

void Script::pushFastFunction(const SyncTable& t)
{
    // All pending mutations of one table at once, set-based. When any of them needs a
    // closer look (a refused transition, a deleted parent, no access, a unique key
    // taken), the counts do not match and the caller redoes the batch one by one.
    const QString T = literal(t.name);
    const QString K = id(t.key);
    QStringList updates;
    QStringList inserts;
    for (const SyncColumn& c : t.columns.mid(1)) {
        updates << QStringLiteral("%1 = CASE WHEN b.d ? %2 THEN %3 ELSE x.%1 END")
                       .arg(id(c.name), literal(c.name), fromRecord(c, QStringLiteral("r")));
    }
    updates << stampColumns();
    for (const SyncColumn& c : t.columns) {
        inserts << insertFromRecord(c, QStringLiteral("r"));
    }
    const QString record = wireRecord(t, QStringLiteral("b.d"), QStringLiteral("r"));
    QString extra = parentsAlive(t, QStringLiteral("b.d"));
    if (t.name == QLatin1String("incidents")) {
        extra += QStringLiteral(" AND (NOT coalesce(b.b ? 'status', false) OR %1)")
                     .arg(lifecycleAllows(QStringLiteral("x.status"), QStringLiteral("b.d ->> 'status'")));
    }
    const QString pending = QStringLiteral("b.t = %1 AND b.state = 'pending'").arg(T);
    QString body;
    if (t.insertOnly) {
        body = QStringLiteral(R"sql(
    -- Entries the server has already, identically (a retried push of another batch).
    SELECT count(*) INTO v_done
      FROM pg_temp.muster_batch b JOIN %1 x ON x.%3 = b.r
     WHERE %2 AND b.op = 'upsert' AND %4(x) @> b.d;)sql")
                   .arg(table(t.name), pending, K, fn(QStringLiteral("_wire_"), t));
    } else {
        body = QStringLiteral(R"sql(
    WITH c AS (
        SELECT b.m, b.r, e.key AS col, e.value AS base, w.j -> e.key AS theirs, b.d -> e.key AS ours, x._by AS by
          FROM pg_temp.muster_batch b
          JOIN %1 x ON x.%2 = b.r AND NOT x._deleted
         CROSS JOIN LATERAL (SELECT %3(x) AS j) w
         CROSS JOIN LATERAL jsonb_each(b.b) e
         WHERE %4 AND b.op = 'upsert' AND b.b IS NOT NULL
    ), logged AS (
        INSERT INTO muster.conflicts (mutation_id, desktop_id, table_name, row_id, column_name, base, theirs, ours,
                                      theirs_by)
        SELECT c.m, muster.current_desktop(), %5, c.r, c.col, c.base, c.theirs, c.ours, c.by FROM c
         WHERE c.theirs IS DISTINCT FROM c.base AND c.theirs IS DISTINCT FROM c.ours
        RETURNING mutation_id, column_name, base, theirs, ours, theirs_by
    )
    UPDATE pg_temp.muster_batch b SET detail = jsonb_build_object('conflicts', l.list)
      FROM (SELECT mutation_id, jsonb_agg(jsonb_build_object('column', column_name, 'base', base, 'theirs', theirs,
                                                             'ours', ours, 'by', theirs_by)) AS list
              FROM logged GROUP BY mutation_id) l
     WHERE b.m = l.mutation_id;

    UPDATE %1 x SET %6
      FROM pg_temp.muster_batch b, LATERAL %8
     WHERE %4 AND b.op = 'upsert' AND x.%2 = b.r AND NOT x._deleted%7;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_done := v_done + v_n;

    UPDATE %1 x SET _deleted = true, _xid = pg_current_xact_id(), _by = current_user,
           _desktop = muster.current_desktop(), _changed_at = now()
      FROM pg_temp.muster_batch b
     WHERE %4 AND b.op = 'delete' AND x.%2 = b.r AND NOT x._deleted;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_done := v_done + v_n;)sql")
                   .arg(table(t.name), K, fn(QStringLiteral("_wire_"), t), pending, T,
                        updates.join(QStringLiteral(",\n        ")), extra, record);
    }
    body += QStringLiteral(R"sql(

    INSERT INTO %1 (%2)
    SELECT %3
      FROM pg_temp.muster_batch b, LATERAL %8
     WHERE %4 AND b.op = 'upsert' AND b.b IS NULL
       AND NOT EXISTS (SELECT 1 FROM %1 x WHERE x.%5 = b.r)%6
     ORDER BY b.pos;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_done := v_done + v_n;
    IF v_done <> p_expected THEN
        RAISE EXCEPTION USING ERRCODE = 'MU100', MESSAGE = %7;
    END IF;)sql")
                .arg(table(t.name), columnIds(t).join(QStringLiteral(", ")),
                     inserts.join(QStringLiteral(",\n           ")), pending, K, parentsAlive(t, QStringLiteral("b.d")),
                     literal(t.name + QStringLiteral(": some changes need to be applied one by one")), record);
    // A batch holds a few thousand rows at most: probing the tables by key beats hashing
    // or scanning them, all the more as they grow within one push (whose statistics lag).
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION %1(p_expected bigint) RETURNS void LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp SET enable_hashjoin = off SET enable_mergejoin = off AS $fn$
DECLARE
    v_done bigint := 0;
    v_n bigint;
BEGIN%2
END $fn$)sql")
            .arg(fn(QStringLiteral("_push_fast_"), t), body));
}

void Script::pushOneFunction(const SyncTable& t)
{
    const QString K = id(t.key);
    QStringList insertValues;
    QStringList updates;
    for (const SyncColumn& c : t.columns) {
        insertValues << insertValue(c, QStringLiteral("p_d"));
    }
    for (const SyncColumn& c : t.columns.mid(1)) {
        updates << updateValue(c, QStringLiteral("p_d"), QString());
    }
    updates << stampColumns();
    QString parentChecks;
    for (const auto& fk : t.foreignKeys) {
        // A parent that is a tombstone: where the desktop's foreign key would empty the
        // reference when its parent goes, the same happens here; otherwise it is refused.
        const QString action =
            fk.onDelete.compare(QLatin1String("SET NULL"), Qt::CaseInsensitive) == 0
                ? QStringLiteral("p_d := jsonb_set(p_d, ARRAY[%1], 'null'::jsonb);").arg(literal(fk.column))
                : QStringLiteral("RAISE EXCEPTION USING ERRCODE = 'MU002', MESSAGE = %1, DETAIL = %2;")
                      .arg(literal(QStringLiteral("It refers to a %1 row that was deleted.").arg(fk.parentTable)),
                           literal(fk.parentTable));
        parentChecks += QStringLiteral(R"sql(
    IF EXISTS (SELECT 1 FROM %1 p WHERE p.%2 = (p_d ->> %3) AND p._deleted) THEN
        %4
    END IF;)sql")
                            .arg(table(fk.parentTable), id(fk.parentColumn), literal(fk.column), action);
    }
    QString merge;
    if (t.mergeOnUnique) {
        for (const auto& u : t.uniqueKeys) {
            QStringList same;
            for (const QString& c : u.columns) {
                same << QStringLiteral("%1 = %2").arg(id(c), fromWire(*t.column(c), QStringLiteral("p_d")));
            }
            if (!u.where.isEmpty()) {
                same << QStringLiteral("(%1)").arg(u.where); // a partial key: only rows it covers
            }
            merge += QStringLiteral(R"sql(
            SELECT %1 INTO v_other FROM %2 WHERE NOT _deleted AND %3;
            IF FOUND THEN
                PERFORM muster.note_merge(%4, p_r, v_other);
                RETURN jsonb_build_object('merged', v_other);
            END IF;)sql")
                         .arg(K, table(t.name), same.join(QStringLiteral(" AND ")), literal(t.name));
        }
    }
    // References to rows that were merged into another follow it.
    QString follow;
    for (const auto& fk : t.foreignKeys) {
        bool merging = false;
        for (const SyncTable& parent : m_tables) {
            merging =
                merging || (parent.name == fk.parentTable && parent.mergeOnUnique && parent.key == fk.parentColumn);
        }
        if (!merging) {
            continue;
        }
        for (const char* json : {"p_d", "p_b"}) {
            follow += QStringLiteral(R"sql(
    IF %1 ->> %2 IS NOT NULL THEN
        SELECT m.to_key INTO v_other FROM muster.merged_keys m WHERE m.table_name = %3 AND m.from_key = %1 ->> %2;
        IF FOUND THEN
            %1 := jsonb_set(%1, ARRAY[%2], to_jsonb(v_other));
        END IF;
    END IF;)sql")
                          .arg(QString::fromLatin1(json), literal(fk.column), literal(fk.parentTable));
        }
    }
    // A change of a row that was merged into another is a change of that row.
    QString self;
    if (t.mergeOnUnique) {
        self = QStringLiteral(R"sql(
    IF NOT FOUND AND (p_b IS NOT NULL OR p_op = 'delete') THEN
        SELECT m.to_key INTO v_other FROM muster.merged_keys m WHERE m.table_name = %1 AND m.from_key = p_r;
        IF FOUND THEN
            p_r := v_other;
            SELECT * INTO x FROM %2 WHERE %3 = p_r;
        END IF;
    END IF;)sql")
                   .arg(literal(t.name), table(t.name), K);
    }
    QString change;
    if (t.insertOnly) {
        change = QStringLiteral(R"sql(
    IF p_op = 'upsert' AND %1(x) @> p_d THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'MU005', MESSAGE = %2;)sql")
                     .arg(fn(QStringLiteral("_wire_"), t),
                          literal(QStringLiteral("Rows of %1 cannot be changed or deleted.").arg(t.name)));
    } else {
        QString lifecycle;
        if (t.name == QLatin1String("incidents")) {
            lifecycle = QStringLiteral(R"sql(
    IF coalesce(p_b ? 'status', false) AND NOT %1 THEN
        RAISE EXCEPTION USING ERRCODE = 'MU001',
            MESSAGE = format('An incident cannot go from %s to %s.', x.status, p_d ->> 'status'),
            DETAIL = x.status, HINT = p_d ->> 'status';
    END IF;)sql")
                            .arg(lifecycleAllows(QStringLiteral("x.status"), QStringLiteral("p_d ->> 'status'")));
        }
        change = QStringLiteral(R"sql(
    IF p_op = 'delete' THEN
        UPDATE %1 SET _deleted = true, _xid = pg_current_xact_id(), _by = current_user,
               _desktop = muster.current_desktop(), _changed_at = now() WHERE %2 = p_r;
        RETURN NULL;
    END IF;%3%4
    v_w := %5(x);
    SELECT jsonb_agg(jsonb_build_object('column', e.key, 'base', e.value, 'theirs', v_w -> e.key,
                                        'ours', p_d -> e.key, 'by', x._by))
      INTO v_conflicts
      FROM jsonb_each(coalesce(p_b, '{}'::jsonb)) e
     WHERE (v_w -> e.key) IS DISTINCT FROM e.value AND (v_w -> e.key) IS DISTINCT FROM (p_d -> e.key);
    IF v_conflicts IS NOT NULL THEN
        INSERT INTO muster.conflicts (mutation_id, desktop_id, table_name, row_id, column_name, base, theirs, ours,
                                      theirs_by)
        SELECT p_m, muster.current_desktop(), %6, p_r, c ->> 'column', c -> 'base', c -> 'theirs', c -> 'ours',
               (c ->> 'by')::name
          FROM jsonb_array_elements(v_conflicts) c;
    END IF;
    UPDATE %1 SET %7 WHERE %2 = p_r;
    RETURN CASE WHEN v_conflicts IS NULL THEN NULL ELSE jsonb_build_object('conflicts', v_conflicts) END;)sql")
                     .arg(table(t.name), K, lifecycle, parentChecks, fn(QStringLiteral("_wire_"), t), literal(t.name),
                          updates.join(QStringLiteral(",\n        ")));
    }
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION %1(p_m uuid, p_r text, p_op text, p_d jsonb, p_b jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    x %2;
    v_w jsonb;
    v_conflicts jsonb;
    v_other text;
BEGIN%10
    SELECT * INTO x FROM %2 WHERE %3 = p_r;%11
    IF NOT FOUND THEN
        IF %4(p_r) THEN
            RAISE EXCEPTION USING ERRCODE = 'MU003', MESSAGE = 'You do not have access to this record.';
        END IF;
        IF p_op = 'delete' THEN
            RETURN NULL;
        END IF;
        IF p_b IS NOT NULL THEN
            RAISE EXCEPTION USING ERRCODE = 'MU004', MESSAGE = 'The record does not exist on the server.';
        END IF;%5
        BEGIN
            INSERT INTO %2 (%6) VALUES (%7);
        EXCEPTION WHEN unique_violation THEN%8
            RAISE;
        END;
        RETURN NULL;
    END IF;
    IF x._deleted THEN
        IF p_op = 'delete' THEN
            RETURN NULL;
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'MU002', MESSAGE = 'The record was deleted.', DETAIL = x._by;
    END IF;%9
END $fn$)sql")
            .arg(fn(QStringLiteral("_push_one_"), t), table(t.name), K, fn(QStringLiteral("_exists_"), t), parentChecks,
                 columnIds(t).join(QStringLiteral(", ")), insertValues.join(QStringLiteral(",\n                ")),
                 merge, change, follow, self));
}

void Script::pushFunctions()
{
    // Schema 1 numbered incidents with one trigger function; each numbered table has its own now.
    add(QStringLiteral("DROP FUNCTION IF EXISTS muster.number_reference()"));
    comment(QStringLiteral("Push: one call per batch of mutations (at most one per row), inside the desktop's push\n"
                           "-- transaction. Runs as the caller, so row-level security decides what may be written."));
    QStringList fast;
    QStringList one;
    for (const SyncTable& t : m_tables) {
        fast << QStringLiteral("    IF v_counts ? %1 THEN\n        PERFORM %2((v_counts ->> %1)::bigint);\n        "
                               "v_counts := v_counts - %1;\n    END IF;")
                    .arg(literal(t.name), fn(QStringLiteral("_push_fast_"), t));
        one << QStringLiteral("        WHEN %1 THEN RETURN %2(p_m, p_r, p_op, p_d, p_b);")
                   .arg(literal(t.name), fn(QStringLiteral("_push_one_"), t));
    }
    // Each table's pending mutations, parents first; a table the server does not sync
    // leaves the set-based path so that its mutations are refused one by one.
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster._push_fast() RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
    v_counts jsonb;
BEGIN
    SELECT coalesce(jsonb_object_agg(c.t, c.n), '{}'::jsonb) INTO v_counts
      FROM (SELECT b.t, count(*) AS n FROM pg_temp.muster_batch b WHERE b.state = 'pending' GROUP BY b.t) c;
%1
    IF v_counts <> '{}'::jsonb THEN
        RAISE EXCEPTION USING ERRCODE = 'MU100', MESSAGE = 'some changes are for tables the server does not sync';
    END IF;
END $fn$)sql")
            .arg(fast.join(QLatin1Char('\n'))));
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster._push_one(p_m uuid, p_t text, p_r text, p_op text, p_d jsonb, p_b jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $fn$
BEGIN
    CASE p_t
%1
        ELSE RAISE EXCEPTION USING ERRCODE = 'MU006', MESSAGE = format('The server does not sync the table %s.', p_t);
    END CASE;
END $fn$)sql")
            .arg(one.join(QLatin1Char('\n'))));
    // One mutation at a time, each in a subtransaction, in the desktop's order.
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster._push_rounds() RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    r record;
    v_detail jsonb;
    v_state text;
    v_message text;
    v_detail_text text;
    v_hint text;
    v_progress boolean;
BEGIN
    -- A mutation refused because what it refers to is not there (yet: later in the
    -- batch, or held back itself) waits, and is tried again after a round that applied
    -- something; what still waits then is refused.
    LOOP
        v_progress := false;
        FOR r IN SELECT * FROM pg_temp.muster_batch b WHERE b.state = 'pending' ORDER BY b.pos LOOP
            BEGIN
                v_detail := muster._push_one(r.m, r.t, r.r, r.op, r.d, r.b);
                UPDATE pg_temp.muster_batch b SET state = 'applied', code = '', message = '', detail = v_detail
                 WHERE b.pos = r.pos;
                v_progress := true;
            EXCEPTION WHEN OTHERS THEN
                GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_message = MESSAGE_TEXT,
                                        v_detail_text = PG_EXCEPTION_DETAIL, v_hint = PG_EXCEPTION_HINT;
                IF v_state IN ('40P01', '40001') THEN
                    RAISE;
                END IF;
                UPDATE pg_temp.muster_batch b
                   SET state = CASE WHEN v_state IN ('23503', '42501') THEN 'waiting' ELSE 'rejected' END,
                       code = v_state, message = v_message,
                       detail = jsonb_build_object('detail', v_detail_text, 'hint', v_hint)
                 WHERE b.pos = r.pos;
            END;
        END LOOP;
        EXIT WHEN NOT v_progress OR NOT EXISTS (SELECT 1 FROM pg_temp.muster_batch b WHERE b.state = 'waiting');
        UPDATE pg_temp.muster_batch b SET state = 'pending' WHERE b.state = 'waiting';
    END LOOP;
    UPDATE pg_temp.muster_batch b SET state = 'rejected' WHERE b.state = 'waiting';
END $fn$)sql"));
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster.push(p_desktop uuid, p_batch jsonb)
RETURNS TABLE (mutation_id uuid, status text, code text, message text, detail jsonb)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    v_state text;
    v_message text;
BEGIN
    PERFORM set_config('muster.desktop', p_desktop::text, true);
    CREATE TEMP TABLE IF NOT EXISTS muster_batch (
        pos int, m uuid, t text, r text, op text, d jsonb, b jsonb,
        state text, code text, message text, detail jsonb, seen boolean) ON COMMIT DELETE ROWS;
    -- TRUNCATE, not DELETE: the dead rows of earlier batches of this push would slow
    -- down every scan of the batch that follows.
    TRUNCATE pg_temp.muster_batch;
    INSERT INTO pg_temp.muster_batch
    SELECT x.pos, x.m, x.t, x.r, x.op, x.d, x.b, 'pending', '', '', NULL, false
      FROM jsonb_to_recordset(p_batch) AS x(pos int, m uuid, t text, r text, op text, d jsonb, b jsonb);
    -- Mutations the server has seen: answer as before, change nothing.
    UPDATE pg_temp.muster_batch b
       SET (state, code, message, detail, seen) =
           (SELECT mu.status, mu.code, mu.message, mu.detail, true FROM muster.mutations mu WHERE mu.id = b.m)
     WHERE EXISTS (SELECT 1 FROM muster.mutations mu WHERE mu.id = b.m);
    BEGIN
        PERFORM muster._push_fast();
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_message = MESSAGE_TEXT;
        IF v_state IN ('40P01', '40001') THEN
            RAISE;
        END IF;
        RAISE LOG 'muster.push: applying mutations one by one: % (%)', v_message, v_state;
        -- First with references checked at the end of the batch, so that rows referring
        -- to each other (deputies in a circle) go in; if one then refers to what the
        -- server does not have, again with each reference checked at once, so that the
        -- mutations missing one are refused and the rest applied.
        BEGIN
            SET CONSTRAINTS ALL DEFERRED;
            PERFORM muster._push_rounds();
            SET CONSTRAINTS ALL IMMEDIATE;
        EXCEPTION WHEN foreign_key_violation THEN
            SET CONSTRAINTS ALL IMMEDIATE;
            PERFORM muster._push_rounds();
        END;
    END;
    -- After the set-based path, what is still pending was applied.
    INSERT INTO muster.mutations (id, desktop_id, table_name, row_id, status, code, message, detail)
    SELECT b.m, p_desktop, b.t, b.r, CASE WHEN b.state = 'pending' THEN 'applied' ELSE b.state END, b.code,
           b.message, b.detail
      FROM pg_temp.muster_batch b WHERE NOT b.seen;
    RETURN QUERY SELECT b.m, CASE WHEN b.state = 'pending' THEN 'applied' ELSE b.state END, b.code, b.message, b.detail
      FROM pg_temp.muster_batch b ORDER BY b.pos;
END $fn$)sql"));

    comment(
        QStringLiteral("Tombstones are kept until every known desktop has pulled past them; then they go, children\n"
                       "-- first. Forgotten desktops (DELETE FROM muster.desktops ...) resynchronise in full."));
    QStringList purges;
    for (auto it = m_tables.crbegin(); it != m_tables.crend(); ++it) {
        const SyncTable& t = *it;
        QString children;
        for (const SyncTable& c : m_tables) {
            for (const auto& fk : c.foreignKeys) {
                if (fk.parentTable == t.name) {
                    children += QStringLiteral("\n       AND NOT EXISTS (SELECT 1 FROM %1 c WHERE c.%2 = t.%3)")
                                    .arg(table(c.name), id(fk.column), id(fk.parentColumn));
                }
            }
        }
        purges << QStringLiteral(R"sql(
    DELETE FROM %1 t
     WHERE t._deleted
       AND NOT EXISTS (SELECT 1 FROM muster.desktops d
                        WHERE d.cursor IS NULL OR NOT pg_visible_in_snapshot(t._xid, d.cursor))%2;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_total := v_total + v_n;)sql")
                      .arg(table(t.name), children);
    }
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster.purge_tombstones() RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $fn$
DECLARE
    v_n bigint;
    v_total bigint := 0;
BEGIN%1
    DELETE FROM muster.mutations WHERE applied_at < now() - interval '90 days';
    DELETE FROM muster.merged_keys WHERE at < now() - interval '90 days';
    DELETE FROM muster.access_events WHERE at < now() - interval '90 days'
       AND NOT EXISTS (SELECT 1 FROM muster.desktops d
                        WHERE d.cursor IS NULL OR NOT pg_visible_in_snapshot(access_events._xid, d.cursor));
    RETURN v_total;
END $fn$)sql")
            .arg(purges.join(QString())));
    add(QStringLiteral("ALTER FUNCTION muster.purge_tombstones() OWNER TO muster_definer"));
}

void Script::triggers(const SyncTable& t)
{
    // Inserts get the bookkeeping from column defaults, muster.push sets it on its updates;
    // any other update (an administrator's) is stamped here, so that desktops pull it.
    add(QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(id(t.name + QStringLiteral("_stamp")), table(t.name)));
    if (!t.insertOnly) {
        add(QStringLiteral("CREATE OR REPLACE TRIGGER %1 BEFORE UPDATE ON %2 FOR EACH ROW WHEN (NEW._xid IS NOT "
                           "DISTINCT FROM OLD._xid) EXECUTE FUNCTION muster.stamp()")
                .arg(id(t.name + QStringLiteral("_restamp")), table(t.name)));
    }
    if (t.insertOnly) {
        add(QStringLiteral("CREATE OR REPLACE TRIGGER %1 BEFORE UPDATE OR DELETE ON %2 FOR EACH ROW WHEN "
                           "(current_user <> 'muster_definer') EXECUTE FUNCTION muster.insert_only()")
                .arg(id(t.name + QStringLiteral("_insert_only")), table(t.name)));
    }
    add(QStringLiteral("CREATE OR REPLACE TRIGGER %1 AFTER INSERT OR UPDATE ON %2 FOR EACH STATEMENT EXECUTE "
                       "FUNCTION muster.ring()")
            .arg(id(t.name + QStringLiteral("_doorbell")), table(t.name)));
    if (t.name == QLatin1String("incidents")) {
        add(QStringLiteral("CREATE OR REPLACE TRIGGER incidents_lifecycle BEFORE UPDATE OF status ON muster.incidents "
                           "FOR EACH ROW WHEN (NEW.status IS DISTINCT FROM OLD.status) EXECUTE FUNCTION "
                           "muster.check_lifecycle()"));
    }
    if (!t.numbered.isEmpty()) {
        const QString number = fn(QStringLiteral("_number_"), t);
        add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.%2 := muster.free_reference(%3, %4, %5, NEW.%2, NEW.%6);
    RETURN NEW;
END $$)sql")
                .arg(number, id(t.numbered), literal(t.name), literal(t.numbered), literal(t.key), id(t.key)));
        add(QStringLiteral("CREATE OR REPLACE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW EXECUTE FUNCTION %3()")
                .arg(id(t.name + QStringLiteral("_reference")), table(t.name), number));
        add(QStringLiteral("CREATE OR REPLACE TRIGGER %1 BEFORE UPDATE OF %2 ON %3 FOR EACH ROW WHEN (NEW.%2 IS "
                           "DISTINCT FROM OLD.%2) EXECUTE FUNCTION %4()")
                .arg(id(t.name + QStringLiteral("_renumber")), id(t.numbered), table(t.name), number));
    }
}

void Script::accessTriggers()
{
    comment(QStringLiteral("Who may read confidential incidents: note every change of it for desktops, and keep the\n"
                           "-- person who marks an incident confidential on its access list."));
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster.note_access_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    IF TG_TABLE_NAME = 'incidents' THEN
        INSERT INTO muster.access_events (incident_id) VALUES (NEW.id);
    ELSIF TG_TABLE_NAME = '%1' THEN
        INSERT INTO muster.access_events (incident_id)
        VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.incident_id ELSE NEW.incident_id END);
    ELSIF TG_TABLE_NAME = 'people' AND TG_OP = 'INSERT' THEN
        -- A login's person can arrive after the login (its desktop pushes it): what that
        -- login may read changes then.
        IF EXISTS (SELECT 1 FROM muster.logins l WHERE l.person_id = NEW.id) THEN
            INSERT INTO muster.access_events (incident_id) VALUES (NULL);
        END IF;
    ELSE
        INSERT INTO muster.access_events (incident_id) VALUES (NULL);
    END IF;
    RETURN NULL;
END $$)sql")
            .arg(kAccessTable));
    add(QStringLiteral("ALTER FUNCTION muster.note_access_change() OWNER TO muster_definer"));
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster.keep_access() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    INSERT INTO muster.%1 (id, incident_id, person_id, added_at, updated_at)
    SELECT gen_random_uuid()::text, NEW.id, l.person_id, now(), now()
      FROM muster.logins l
     WHERE l.login = session_user
       AND EXISTS (SELECT 1 FROM muster.people p WHERE p.id = l.person_id AND NOT p._deleted)
       AND NOT EXISTS (SELECT 1 FROM muster.%1 a
                        WHERE a.incident_id = NEW.id AND a.person_id = l.person_id AND NOT a._deleted);
    -- Before an update, so that the changed row is still readable by its writer.
    RETURN CASE WHEN TG_WHEN = 'BEFORE' THEN NEW ELSE NULL END;
END $$)sql")
            .arg(kAccessTable));
    add(QStringLiteral("ALTER FUNCTION muster.keep_access() OWNER TO muster_definer"));
    add(QStringLiteral("CREATE OR REPLACE TRIGGER incidents_access_event AFTER UPDATE OF confidential ON "
                       "muster.incidents FOR EACH ROW WHEN (OLD.confidential IS DISTINCT FROM NEW.confidential) "
                       "EXECUTE FUNCTION muster.note_access_change()"));
    add(QStringLiteral("CREATE OR REPLACE TRIGGER incidents_keep_access AFTER INSERT ON muster.incidents FOR EACH "
                       "ROW WHEN (NEW.confidential) EXECUTE FUNCTION muster.keep_access()"));
    add(QStringLiteral("CREATE OR REPLACE TRIGGER incidents_keep_access_update BEFORE UPDATE OF confidential ON "
                       "muster.incidents FOR EACH ROW WHEN (NEW.confidential AND NOT OLD.confidential) EXECUTE "
                       "FUNCTION muster.keep_access()"));
    add(QStringLiteral("CREATE OR REPLACE TRIGGER access_list_event AFTER INSERT OR UPDATE OR DELETE ON muster.%1 "
                       "FOR EACH ROW EXECUTE FUNCTION muster.note_access_change()")
            .arg(kAccessTable));
    // A row whose incident link changes may leave the view of some desktops, or enter it.
    // The event names the incident it now belongs to (or left), never NULL: that would mean
    // "all incidents" to a desktop of schema 1.
    add(QStringLiteral(R"sql(
CREATE OR REPLACE FUNCTION muster.note_row_move() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    INSERT INTO muster.access_events (incident_id, table_name, row_id)
    VALUES (coalesce(NEW.incident_id, OLD.incident_id), TG_TABLE_NAME, to_jsonb(NEW) ->> TG_ARGV[0]);
    RETURN NULL;
END $$)sql"));
    add(QStringLiteral("ALTER FUNCTION muster.note_row_move() OWNER TO muster_definer"));
    for (const SyncTable& t : m_tables) {
        if (t.incidentOptional) {
            add(QStringLiteral("CREATE OR REPLACE TRIGGER %1 AFTER UPDATE OF %2 ON %3 FOR EACH ROW WHEN (OLD.%2 IS "
                               "DISTINCT FROM NEW.%2) EXECUTE FUNCTION muster.note_row_move(%4)")
                    .arg(id(t.name + QStringLiteral("_move_event")), id(t.incidentColumn), table(t.name),
                         literal(t.key)));
        }
    }
    add(QStringLiteral("CREATE OR REPLACE TRIGGER people_function_event AFTER UPDATE OF function, _deleted ON "
                       "muster.people FOR EACH ROW WHEN (OLD.function IS DISTINCT FROM NEW.function OR "
                       "OLD._deleted IS DISTINCT FROM NEW._deleted) EXECUTE FUNCTION muster.note_access_change()"));
    add(QStringLiteral("CREATE OR REPLACE TRIGGER people_arrival_event AFTER INSERT ON muster.people FOR EACH ROW "
                       "EXECUTE FUNCTION muster.note_access_change()"));
    add(QStringLiteral("CREATE OR REPLACE TRIGGER logins_event AFTER INSERT OR UPDATE OR DELETE ON muster.logins FOR "
                       "EACH STATEMENT EXECUTE FUNCTION muster.note_access_change()"));
}

void Script::metaPolicies()
{
    comment(QStringLiteral("Row-level security on the bookkeeping tables."));
    const QString readers = QStringLiteral("muster_member, muster_leadership");
    struct Meta
    {
        const char* table;
        const char* read;
        const char* insert; // nullptr: nobody inserts directly
    };
    const Meta metas[] = {
        {"schema_info", "true", nullptr},
        {"lifecycle", "true", nullptr},
        {"access_events", "true", nullptr},
        {"merged_keys", "true", nullptr},
        {"desktops", "login = session_user", nullptr},
        {"mutations", "login = current_user", "login = current_user"},
        {"conflicts", "login = current_user", "login = current_user"},
        {"logins", "login = current_user", nullptr},
    };
    for (const Meta& m : metas) {
        const QString t = QStringLiteral("muster.") + QString::fromLatin1(m.table);
        add(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t));
        add(QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(t));
        add(QStringLiteral("DROP POLICY IF EXISTS read ON %1").arg(t));
        add(QStringLiteral("CREATE POLICY read ON %1 FOR SELECT TO %2 USING (%3)")
                .arg(t, readers, QString::fromLatin1(m.read)));
        add(QStringLiteral("GRANT SELECT ON %1 TO %2").arg(t, readers));
        if (m.insert) {
            add(QStringLiteral("DROP POLICY IF EXISTS write ON %1").arg(t));
            add(QStringLiteral("CREATE POLICY write ON %1 FOR INSERT TO %2 WITH CHECK (%3)")
                    .arg(t, readers, QString::fromLatin1(m.insert)));
            add(QStringLiteral("GRANT INSERT ON %1 TO %2").arg(t, readers));
        }
    }
}

void Script::policies(const SyncTable& t)
{
    comment(QStringLiteral("Row-level security on %1").arg(t.name));
    const QString T = table(t.name);
    const QString read = readCondition(t, T);
    // A new or changed row must stay under an incident the writer may read; the incident
    // itself may be made confidential by anyone who may change it (keep_access then puts
    // them on its access list).
    const QString check = t.name == QLatin1String("incidents") ? QStringLiteral("true") : read;
    add(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(T));
    add(QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(T));
    add(QStringLiteral("DROP POLICY IF EXISTS read ON %1").arg(T));
    add(QStringLiteral("CREATE POLICY read ON %1 FOR SELECT TO muster_member, muster_leadership USING (%2)")
            .arg(T, read));
    add(QStringLiteral("DROP POLICY IF EXISTS add ON %1").arg(T));
    add(QStringLiteral("CREATE POLICY add ON %1 FOR INSERT TO muster_member WITH CHECK (%2)").arg(T, check));
    add(QStringLiteral("DROP POLICY IF EXISTS change ON %1").arg(T));
    add(QStringLiteral("GRANT SELECT ON %1 TO muster_member, muster_leadership").arg(T));
    add(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO muster_definer").arg(T));
    if (t.insertOnly) {
        add(QStringLiteral("GRANT INSERT ON %1 TO muster_member").arg(T));
    } else {
        add(QStringLiteral("CREATE POLICY change ON %1 FOR UPDATE TO muster_member USING (%2) WITH CHECK (%3)")
                .arg(T, read, check));
        add(QStringLiteral("GRANT INSERT, UPDATE ON %1 TO muster_member").arg(T));
    }
}

void Script::grants()
{
    comment(QStringLiteral("Functions: nobody by default; members and leadership what the sync needs."));
    add(QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA muster FROM PUBLIC"));
    add(QStringLiteral(
        "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA muster TO muster_member, muster_leadership, muster_definer"));
    add(QStringLiteral("REVOKE EXECUTE ON FUNCTION muster.purge_tombstones() FROM muster_member, muster_leadership"));
    add(QStringLiteral("GRANT EXECUTE ON FUNCTION muster.purge_tombstones() TO muster_member"));
    add(QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA muster TO muster_member, muster_leadership"));
    add(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA muster TO muster_definer"));
}

} // namespace

QString ServerSchema::toWire(const SyncColumn& c, const QString& qualifier)
{
    const QString col = qualifier.isEmpty() ? id(c.name) : qualifier + QLatin1Char('.') + id(c.name);
    switch (c.type) {
    case SyncColumn::Type::Bool:
        return col + QStringLiteral("::int");
    case SyncColumn::Type::Instant:
        return QStringLiteral("muster.to_ms(%1)").arg(col);
    default:
        return col;
    }
}

QList<SyncTable> ServerSchema::currentTables()
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        throw core::Error(core::Error::Kind::Io,
                          QStringLiteral("Cannot create a temporary folder: %1").arg(dir.errorString()));
    }
    QList<SyncTable> tables;
    {
        auto db = storage::Database::open(dir.filePath(QStringLiteral("schema.sqlite")));
        tables = storage::SyncRegistry::describe(db->connection());
    }
    return tables;
}

QString ServerSchema::script(const QList<SyncTable>& tables)
{
    return Script(tables).build();
}

void ServerSchema::install(PgConnection& connection)
{
    try {
        connection.execScript(script());
    } catch (const PgError&) {
        if (connection.isOk()) {
            try {
                connection.exec(QStringLiteral("ROLLBACK"));
            } catch (const PgError&) {
            }
        }
        throw;
    }
}

void ServerSchema::addLogin(PgConnection& c, const QString& role, const QString& personId, bool leadership,
                            const QString& password)
{
    const QString group = leadership ? QStringLiteral("muster_leadership") : QStringLiteral("muster_member");
    const QString other = leadership ? QStringLiteral("muster_member") : QStringLiteral("muster_leadership");
    // Identifiers and literals are quoted by the server (format %I, %L), never here.
    const auto run = [&c](const QString& format, const QList<QByteArray>& params) {
        c.exec(c.exec(format, params).text(0, 0));
    };
    c.exec(QStringLiteral("BEGIN"));
    try {
        c.exec(QStringLiteral("SET LOCAL client_min_messages = error"));
        const auto exists =
            c.exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = $1"), {PgConnection::param(role)});
        if (exists.number(0, 0) == 0) {
            run(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN', $1::text)"), {PgConnection::param(role)});
        }
        run(QStringLiteral("SELECT format('GRANT %I TO %I', $2::text, $1::text)"),
            {PgConnection::param(role), PgConnection::param(group)});
        run(QStringLiteral("SELECT format('REVOKE %I FROM %I', $2::text, $1::text)"),
            {PgConnection::param(role), PgConnection::param(other)});
        if (!password.isEmpty()) {
            run(QStringLiteral("SELECT format('ALTER ROLE %I PASSWORD %L', $1::text, $2::text)"),
                {PgConnection::param(role), c.encryptPassword(role, password)});
        }
        c.exec(QStringLiteral("INSERT INTO muster.logins (login, person_id) VALUES ($1, $2) "
                              "ON CONFLICT (login) DO UPDATE SET person_id = EXCLUDED.person_id"),
               {PgConnection::param(role), PgConnection::param(personId)});
        c.exec(QStringLiteral("COMMIT"));
    } catch (const PgError&) {
        if (c.isOk()) {
            c.exec(QStringLiteral("ROLLBACK"));
        }
        throw;
    }
}

} // namespace muster::sync
