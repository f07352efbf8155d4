#include "storage/SyncRegistry.h"

#include "core/Error.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace muster::storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::storage::SyncRegistry", text);
}

[[noreturn]] void malformed(const QString& table, const QString& why)
{
    throw core::Error(core::Error::Kind::Storage, tr("The table %1 cannot be synchronised: %2").arg(table, why));
}

SyncColumn::Type typeOf(const QString& table, const QString& column, const QString& declared, const SyncTableSpec& spec)
{
    const QString type = declared.toUpper();
    if (spec.booleanColumns.contains(column)) {
        if (type != QLatin1String("INTEGER")) {
            malformed(table, tr("the boolean column %1 is not INTEGER.").arg(column));
        }
        return SyncColumn::Type::Bool;
    }
    if (type == QLatin1String("INTEGER")) {
        return column.endsWith(QLatin1String("_at")) || spec.instantColumns.contains(column)
                   ? SyncColumn::Type::Instant
                   : SyncColumn::Type::Integer;
    }
    if (type == QLatin1String("TEXT")) {
        return SyncColumn::Type::Text;
    }
    if (type == QLatin1String("REAL")) {
        return SyncColumn::Type::Real;
    }
    malformed(table, tr("the column %1 has the type \"%2\"; use INTEGER, TEXT or REAL.").arg(column, declared));
}

// The WHERE clause of a partial index, from its CREATE INDEX statement.
QString partialCondition(const QSqlDatabase& db, const QString& index)
{
    Query q(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = :name"));
    q.bind(QStringLiteral(":name"), index);
    const QString sql = q.scalar().toString();
    static const QRegularExpression where(QStringLiteral("\\bWHERE\\b(.*)$"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    const auto m = where.match(sql);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace

SyncTableSpec SyncTableSpec::table(const QString& name)
{
    SyncTableSpec spec;
    spec.name = name;
    return spec;
}

SyncTableSpec SyncTableSpec::keyedBy(const QString& column) const
{
    SyncTableSpec spec = *this;
    spec.key = column;
    return spec;
}

SyncTableSpec SyncTableSpec::booleans(const QStringList& columns) const
{
    SyncTableSpec spec = *this;
    spec.booleanColumns = columns;
    return spec;
}

SyncTableSpec SyncTableSpec::instants(const QStringList& columns) const
{
    SyncTableSpec spec = *this;
    spec.instantColumns = columns;
    return spec;
}

SyncTableSpec SyncTableSpec::localOnly(const QStringList& columns) const
{
    SyncTableSpec spec = *this;
    spec.localOnlyColumns = columns;
    return spec;
}

SyncTableSpec SyncTableSpec::insertOnly() const
{
    SyncTableSpec spec = *this;
    spec.isInsertOnly = true;
    return spec;
}

SyncTableSpec SyncTableSpec::mergeOnUnique() const
{
    SyncTableSpec spec = *this;
    spec.isMergeOnUnique = true;
    return spec;
}

SyncTableSpec SyncTableSpec::numbered(const QString& column) const
{
    SyncTableSpec spec = *this;
    spec.numberedColumn = column;
    return spec;
}

SyncTableSpec SyncTableSpec::localRows(const QString& column, const QStringList& values) const
{
    SyncTableSpec spec = *this;
    spec.localRowsColumn = column;
    spec.localRowsValues = values;
    return spec;
}

const SyncColumn* SyncTable::column(const QString& name) const
{
    for (const SyncColumn& c : columns) {
        if (c.name == name) {
            return &c;
        }
    }
    return nullptr;
}

QStringList SyncTable::columnNames() const
{
    QStringList names;
    names.reserve(columns.size());
    for (const SyncColumn& c : columns) {
        names.append(c.name);
    }
    return names;
}

QString SyncTable::syncedRowSql(const QString& row) const
{
    if (localRowsColumn.isEmpty() || localRowsValues.isEmpty()) {
        return QStringLiteral("1");
    }
    QStringList values;
    for (QString v : localRowsValues) {
        v.replace(QLatin1Char('\''), QStringLiteral("''"));
        values << QLatin1Char('\'') + v + QLatin1Char('\'');
    }
    const QString column = row.isEmpty() ? localRowsColumn : row + QLatin1Char('.') + localRowsColumn;
    return QStringLiteral("%1 NOT IN (%2)").arg(column, values.join(QStringLiteral(", ")));
}

const QList<SyncTableSpec>& SyncRegistry::specs()
{
    // One entry per synchronised table, parents before children. See docs/sync.md,
    // "Adding a table"; the tables that stay on the desktop are in unsynced() below.
    const auto t = [](const char* name) {
        return SyncTableSpec::table(QString::fromLatin1(name));
    };
    const auto cols = [](std::initializer_list<const char*> names) {
        QStringList out;
        for (const char* n : names) {
            out << QString::fromLatin1(n);
        }
        return out;
    };
    static const QList<SyncTableSpec> tables{
        // Foundation. A webhook URL carries its credential in the URL: it stays here.
        t("settings").keyedBy(QStringLiteral("key")).localRows(QStringLiteral("key"), cols({"workflow.webhook.url"})),
        t("people"),
        t("assets").booleans(cols({"business_critical"})).mergeOnUnique(), // one identifier, one asset
        t("incidents")
            .booleans(cols({"exercise", "confidential"}))
            .localOnly(cols({"timeline_head"}))
            .numbered(QStringLiteral("reference")),
        t("incident_assignees").mergeOnUnique(),
        t("incident_assets").mergeOnUnique(),
        t("timeline_entries").insertOnly().localOnly(cols({"seq", "server_seq"})),
        // Stakeholder workflows (migration 4).
        t("incident_attributes")
            .booleans(cols({"personal_data", "employee_involved", "customer_facing"}))
            .mergeOnUnique(),
        t("incident_roles"),
        t("incident_access").mergeOnUnique(),
        t("incident_playbooks").mergeOnUnique(),
        t("tasks").booleans(cols({"hr_action"})).mergeOnUnique(),
        t("task_comments").insertOnly(),
        t("communications"),
        t("communication_versions").insertOnly(),
        t("approvals").insertOnly().mergeOnUnique(),
        t("clock_events").mergeOnUnique(),
        t("deadlines").mergeOnUnique(),
        // Tabletop exercises (migration 5).
        t("scenarios").mergeOnUnique(),
        t("exercises").instants(cols({"clock_running_since"})).numbered(QStringLiteral("reference")),
        t("exercise_participants").mergeOnUnique(),
        t("exercise_releases").insertOnly().mergeOnUnique(),
        t("exercise_branch_choices").insertOnly().mergeOnUnique(),
        t("exercise_log").insertOnly(),
        t("exercise_ratings").mergeOnUnique(),
        t("exercise_reviews").mergeOnUnique(),
        t("exercise_discussion").mergeOnUnique(),
        t("improvement_items"),
        // Alert intake (migration 8). Tokens are SHA-256 hashes of 128 random bits.
        t("alert_sources").mergeOnUnique(),
        t("alert_tokens"),
        t("alerts").booleans(cols({"business_critical"})).instants(cols({"source_time"})).mergeOnUnique(),
        t("alert_assets").mergeOnUnique(),
        // Threat intelligence and hunting (migration 9).
        t("attack_catalog").mergeOnUnique(),
        t("tracked_groups").mergeOnUnique(),
        t("intel_items")
            .booleans(cols({"revoked"}))
            .instants(cols({"first_seen", "last_seen", "valid_from", "valid_until"}))
            .mergeOnUnique(),
        t("intel_indicator_values").booleans(cols({"is_range"})).mergeOnUnique(),
        t("intel_relationships").mergeOnUnique(),
        t("stix_objects").mergeOnUnique(),
        t("intel_imports").insertOnly(),
        t("incident_observables").mergeOnUnique(),
        t("intel_sightings").mergeOnUnique(),
        t("intel_briefs").numbered(QStringLiteral("reference")),
        t("intel_distributions").insertOnly(),
        t("hunts").instants(cols({"timebox_start", "timebox_end"})).numbered(QStringLiteral("reference")),
        t("hunt_findings").insertOnly(),
        t("detections"),
    };
    return tables;
}

const QList<std::pair<QString, const char*>>& SyncRegistry::unsynced()
{
    static const QList<std::pair<QString, const char*>> tables{
        {QStringLiteral("schema_version"), "which migrations this file has run"},
        {QStringLiteral("incident_fts"),
         "the full-text search index, rebuilt from incidents and notes on each desktop"},
        {QStringLiteral("fts_control"), "this file's bookkeeping of the search index"},
        {QStringLiteral("index_control"), "indexes this file builds at the end of a bulk write"},
        {QStringLiteral("sync_outbox"), "this desktop's changes waiting to be pushed"},
        {QStringLiteral("sync_state"), "this desktop's id, server, cursor and pull in progress"},
        {QStringLiteral("sync_apply"), "the flag that keeps pulled rows out of the outbox"},
        {QStringLiteral("sync_refold"), "incidents to refold at the end of the pull in progress"},
        {QStringLiteral("sync_rejections"), "this desktop's changes the server refused, for its user"},
        {QStringLiteral("sync_conflicts"), "this desktop's view of the conflicts its changes met"},
    };
    return tables;
}

QList<SyncTable> SyncRegistry::describe(const QSqlDatabase& db)
{
    QList<SyncTable> out;
    for (const SyncTableSpec& spec : specs()) {
        SyncTable t = describe(db, spec);
        // Under an incident through a parent registered before it: the row cannot outlive
        // the parent (NOT NULL, ON DELETE CASCADE), so it is part of it.
        if (!t.underIncident()) {
            for (const SyncForeignKey& fk : t.foreignKeys) {
                const SyncColumn* c = t.column(fk.column);
                if (!c || !c->notNull || fk.onDelete.compare(QLatin1String("CASCADE"), Qt::CaseInsensitive) != 0) {
                    continue;
                }
                for (const SyncTable& parent : std::as_const(out)) {
                    if (parent.name == fk.parentTable && parent.key == fk.parentColumn && parent.underIncident()) {
                        t.underParent = fk;
                        break;
                    }
                }
                if (!t.underParent.column.isEmpty()) {
                    break;
                }
            }
        }
        out.append(t);
    }
    return out;
}

SyncTable SyncRegistry::describe(const QSqlDatabase& db, const SyncTableSpec& spec)
{
    SyncTable t;
    t.name = spec.name;
    t.key = spec.key;
    t.localOnly = spec.localOnlyColumns;
    t.insertOnly = spec.isInsertOnly;
    t.mergeOnUnique = spec.isMergeOnUnique;
    t.numbered = spec.numberedColumn;
    t.localRowsColumn = spec.localRowsColumn;
    t.localRowsValues = spec.localRowsValues;

    // PRAGMA arguments cannot be bound; the names come from the registry above.
    Query info(db, QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(:t)"));
    info.bind(QStringLiteral(":t"), spec.name).exec();
    bool keyFound = false;
    while (info.next()) {
        const QString name = info.value(0).toString();
        if (spec.localOnlyColumns.contains(name)) {
            continue;
        }
        SyncColumn c;
        c.name = name;
        c.type = typeOf(spec.name, name, info.value(1).toString(), spec);
        c.notNull = info.value(2).toInt() != 0 || info.value(4).toInt() != 0;
        c.defaultSql = info.value(3).toString();
        if (name == t.key) {
            if (info.value(4).toInt() != 1 || c.type != SyncColumn::Type::Text) {
                malformed(spec.name, tr("the key column %1 is not its TEXT primary key.").arg(name));
            }
            keyFound = true;
            t.columns.prepend(c);
        } else {
            t.columns.append(c);
        }
    }
    if (t.columns.isEmpty()) {
        malformed(spec.name, tr("there is no such table in the database."));
    }
    if (!keyFound) {
        malformed(spec.name, tr("it has no column %1.").arg(t.key));
    }
    for (const QString& c : {spec.numberedColumn, spec.localRowsColumn}) {
        if (!c.isEmpty() && (!t.column(c) || t.column(c)->type != SyncColumn::Type::Text)) {
            malformed(spec.name, tr("it has no synced TEXT column %1.").arg(c));
        }
    }

    Query fks(db, QStringLiteral("SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(:t) "
                                 "ORDER BY id, seq"));
    fks.bind(QStringLiteral(":t"), spec.name).exec();
    while (fks.next()) {
        SyncForeignKey fk{fks.value(1).toString(), fks.value(0).toString(), fks.value(2).toString(),
                          fks.value(3).toString()};
        if (fk.parentColumn.isEmpty()) {
            fk.parentColumn = QStringLiteral("id");
        }
        if (t.column(fk.column)) {
            t.foreignKeys.append(fk);
        }
    }

    Query indexes(db, QStringLiteral("SELECT name, origin, partial FROM pragma_index_list(:t) WHERE \"unique\" = 1 "
                                     "AND origin <> 'pk' ORDER BY name"));
    indexes.bind(QStringLiteral(":t"), spec.name).exec();
    QList<std::pair<QString, bool>> uniqueIndexes;
    while (indexes.next()) {
        uniqueIndexes.append({indexes.value(0).toString(), indexes.value(2).toInt() != 0});
    }
    for (const auto& [index, partial] : uniqueIndexes) {
        SyncUniqueKey key;
        Query cols(db, QStringLiteral("SELECT name FROM pragma_index_info(:i) ORDER BY seqno"));
        cols.bind(QStringLiteral(":i"), index).exec();
        bool synced = true;
        while (cols.next()) {
            const QString c = cols.value(0).toString();
            synced = synced && t.column(c) != nullptr;
            key.columns.append(c);
        }
        if (partial) {
            key.where = partialCondition(db, index);
        }
        if (synced && !key.columns.isEmpty()) {
            t.uniqueKeys.append(key);
        }
    }

    if (spec.name == QLatin1String("incidents")) {
        t.incidentColumn = t.key;
    } else {
        for (const SyncForeignKey& fk : t.foreignKeys) {
            if (fk.parentTable == QLatin1String("incidents") && fk.column == QLatin1String("incident_id")) {
                t.incidentColumn = fk.column;
                t.incidentOptional = !t.column(fk.column)->notNull;
            }
        }
    }
    return t;
}

} // namespace muster::storage
