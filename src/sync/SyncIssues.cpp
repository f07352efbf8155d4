#include "sync/SyncIssues.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace muster::sync {

using storage::Query;

namespace {

// A JSON value as stored for a conflict ("\"Title\"", 12, null), shown plainly.
QString plain(const QString& json)
{
    if (json.isEmpty()) {
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson((QStringLiteral("[") + json + QStringLiteral("]")).toUtf8());
    const QJsonValue v = doc.array().first();
    if (v.isNull() || v.isUndefined()) {
        return SyncIssues::tr("(empty)");
    }
    if (v.isString()) {
        return v.toString();
    }
    if (v.isDouble()) {
        return QString::number(qint64(v.toDouble()));
    }
    return json;
}

} // namespace

SyncIssues::SyncIssues(storage::Database& db)
    : m_db(db)
{}

QString SyncIssues::tableLabel(const QString& table)
{
    if (table == QLatin1String("incidents")) {
        return tr("Incident");
    }
    if (table == QLatin1String("timeline_entries")) {
        return tr("Timeline entry");
    }
    if (table == QLatin1String("people")) {
        return tr("Person");
    }
    if (table == QLatin1String("assets")) {
        return tr("Asset");
    }
    if (table == QLatin1String("incident_assignees")) {
        return tr("Assignment");
    }
    if (table == QLatin1String("incident_assets")) {
        return tr("Affected asset");
    }
    if (table == QLatin1String("settings")) {
        return tr("Setting");
    }
    return table;
}

QString SyncIssues::describeRecord(const QString& table, const QString& rowId) const
{
    const QSqlDatabase db = m_db.connection();
    QString sql;
    if (table == QLatin1String("incidents")) {
        sql = QStringLiteral("SELECT reference || ' ' || title FROM incidents WHERE id = :id");
    } else if (table == QLatin1String("timeline_entries")) {
        sql = QStringLiteral("SELECT i.reference || ': ' || t.text FROM timeline_entries t JOIN incidents i ON "
                             "i.id = t.incident_id WHERE t.id = :id");
    } else if (table == QLatin1String("people") || table == QLatin1String("assets")) {
        sql = QStringLiteral("SELECT name FROM %1 WHERE id = :id").arg(table);
    } else if (table == QLatin1String("incident_assignees") || table == QLatin1String("incident_assets")) {
        sql = QStringLiteral("SELECT i.reference FROM %1 x JOIN incidents i ON i.id = x.incident_id WHERE x.id = :id")
                  .arg(table);
    }
    QString found;
    if (!sql.isEmpty()) {
        Query q(db, sql);
        q.bind(QStringLiteral(":id"), rowId);
        found = q.scalar().toString();
    }
    return tr("%1 %2").arg(tableLabel(table), found.isEmpty() ? rowId : found);
}

QList<SyncIssue> SyncIssues::list(bool includeDismissed) const
{
    QList<SyncIssue> out;
    const QSqlDatabase db = m_db.connection();
    Query refused(db, QStringLiteral("SELECT mutation_id, rejected_at, table_name, row_id, reason, dismissed FROM "
                                     "sync_rejections WHERE :all OR dismissed = 0"));
    refused.bind(QStringLiteral(":all"), includeDismissed ? 1 : 0).exec();
    while (refused.next()) {
        SyncIssue i;
        i.kind = SyncIssue::Kind::Refused;
        i.id = refused.value(0).toString();
        i.at = refused.value(1).toLongLong();
        i.table = refused.value(2).toString();
        i.rowId = refused.value(3).toString();
        i.detail = refused.value(4).toString();
        i.dismissed = refused.value(5).toBool();
        out.append(i);
    }
    Query conflicts(db, QStringLiteral("SELECT id, detected_at, table_name, row_id, column_name, theirs, ours, other, "
                                       "dismissed FROM sync_conflicts WHERE :all OR dismissed = 0"));
    conflicts.bind(QStringLiteral(":all"), includeDismissed ? 1 : 0).exec();
    while (conflicts.next()) {
        SyncIssue i;
        i.kind = SyncIssue::Kind::Conflict;
        i.id = conflicts.value(0).toString();
        i.at = conflicts.value(1).toLongLong();
        i.table = conflicts.value(2).toString();
        i.rowId = conflicts.value(3).toString();
        i.field = conflicts.value(4).toString();
        const QString other = conflicts.value(7).toString();
        i.detail = other.isEmpty()
                       ? tr("This computer's row was set aside for the server's (%1): %2")
                             .arg(conflicts.value(5).toString(), conflicts.value(6).toString())
                       : tr("Your value \"%1\" replaced \"%2\", set meanwhile by %3 (the later change wins).")
                             .arg(plain(conflicts.value(6).toString()), plain(conflicts.value(5).toString()), other);
        i.dismissed = conflicts.value(8).toBool();
        out.append(i);
    }
    for (SyncIssue& i : out) {
        i.record = describeRecord(i.table, i.rowId);
    }
    std::sort(out.begin(), out.end(), [](const SyncIssue& a, const SyncIssue& b) { return a.at > b.at; });
    return out;
}

void SyncIssues::dismiss(const SyncIssue& issue)
{
    Query q(m_db.connection(), issue.kind == SyncIssue::Kind::Refused
                                   ? QStringLiteral("UPDATE sync_rejections SET dismissed = 1 WHERE mutation_id = :id")
                                   : QStringLiteral("UPDATE sync_conflicts SET dismissed = 1 WHERE id = :id"));
    q.bind(QStringLiteral(":id"), issue.id).exec();
}

void SyncIssues::dismissAll()
{
    storage::execute(m_db.connection(), QStringLiteral("UPDATE sync_rejections SET dismissed = 1"));
    storage::execute(m_db.connection(), QStringLiteral("UPDATE sync_conflicts SET dismissed = 1"));
}

int SyncIssues::openCount() const
{
    return Query(m_db.connection(), QStringLiteral("SELECT (SELECT count(*) FROM sync_rejections WHERE dismissed = 0) "
                                                   "+ (SELECT count(*) FROM sync_conflicts WHERE dismissed = 0)"))
        .scalar()
        .toInt();
}

} // namespace muster::sync
