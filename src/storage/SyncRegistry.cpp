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
        return column.endsWith(QLatin1String("_at")) ? SyncColumn::Type::Instant : SyncColumn::Type::Integer;
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

const QList<SyncTableSpec>& SyncRegistry::specs()
{
    // One line per synchronised table, parents before children. See docs/sync.md.
    static const QList<SyncTableSpec> tables{
        SyncTableSpec::table(QStringLiteral("settings")).keyedBy(QStringLiteral("key")),
        SyncTableSpec::table(QStringLiteral("people")),
        SyncTableSpec::table(QStringLiteral("assets")).booleans({QStringLiteral("business_critical")}),
        SyncTableSpec::table(QStringLiteral("incidents"))
            .booleans({QStringLiteral("exercise"), QStringLiteral("confidential")})
            .localOnly({QStringLiteral("timeline_head")}),
        SyncTableSpec::table(QStringLiteral("incident_assignees")).mergeOnUnique(),
        SyncTableSpec::table(QStringLiteral("incident_assets")).mergeOnUnique(),
        SyncTableSpec::table(QStringLiteral("timeline_entries")).insertOnly().localOnly({QStringLiteral("seq")}),
    };
    return tables;
}

QList<SyncTable> SyncRegistry::describe(const QSqlDatabase& db)
{
    QList<SyncTable> out;
    for (const SyncTableSpec& spec : specs()) {
        out.append(describe(db, spec));
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
            }
        }
    }
    return t;
}

} // namespace muster::storage
