#include "storage/IncidentQuery.h"

#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/IncidentVisibility.h"
#include "storage/Sql.h"

#include <QRegularExpression>
#include <QStringList>

namespace muster::storage {

using core::Incident;

namespace {

QString selectSql(const QString& orderExpression)
{
    return QStringLiteral("SELECT ") + IncidentRepository::columns(QStringLiteral("i")) +
           QStringLiteral(", COALESCE(p.name, ''), (SELECT count(*) FROM incident_assignees a WHERE a.incident_id = "
                          "i.id), %1, i.rowid FROM incidents i LEFT JOIN people p ON p.id = i.commander_id")
               .arg(orderExpression);
}

QString orderColumn(IncidentQuery::SortKey key)
{
    switch (key) {
    case IncidentQuery::SortKey::Reference:
        return QStringLiteral("i.reference");
    case IncidentQuery::SortKey::Title:
        return QStringLiteral("i.title COLLATE NOCASE");
    case IncidentQuery::SortKey::Severity:
        return QStringLiteral("i.severity");
    case IncidentQuery::SortKey::Priority:
        return QStringLiteral("i.priority");
    case IncidentQuery::SortKey::Tier:
        return QStringLiteral("i.tier");
    case IncidentQuery::SortKey::Status:
        return QStringLiteral("i.status");
    case IncidentQuery::SortKey::Category:
        return QStringLiteral("i.category");
    case IncidentQuery::SortKey::Commander:
        return QStringLiteral("COALESCE(p.name, '') COLLATE NOCASE");
    case IncidentQuery::SortKey::DetectedAt:
        return QStringLiteral("i.detected_at");
    case IncidentQuery::SortKey::AcknowledgedAt:
        return QStringLiteral("COALESCE(i.acknowledged_at, -1)");
    case IncidentQuery::SortKey::UpdatedAt:
        return QStringLiteral("i.updated_at");
    }
    return QStringLiteral("i.detected_at");
}

template<typename T, typename F>
void addIn(QStringList& clauses, QVariantList& values, const QString& column, const QList<T>& items, F toValue)
{
    if (items.isEmpty()) {
        return;
    }
    QStringList marks;
    for (const T& item : items) {
        marks.append(QStringLiteral("?"));
        values.append(toValue(item));
    }
    clauses.append(QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1Char(','))));
}

void bindAll(Query& q, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        q.raw().bindValue(int(i), values.at(i));
    }
}

} // namespace

IncidentQuery::IncidentQuery(const Database& db, IncidentFilter filter, SortKey sort, Qt::SortOrder order)
    : m_db(db)
    , m_filter(std::move(filter))
    , m_sort(sort)
    , m_order(order)
{}

QString IncidentQuery::ftsQuery(const QString& text)
{
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}_]+"));
    QStringList terms;
    auto it = words.globalMatch(text);
    while (it.hasNext()) {
        terms.append(QStringLiteral("\"%1\"*").arg(it.next().captured(0)));
    }
    return terms.join(QLatin1Char(' '));
}

IncidentQuery::Where IncidentQuery::where() const
{
    QStringList clauses;
    QVariantList values;
    const IncidentFilter& f = m_filter;
    addIn(clauses, values, QStringLiteral("i.status"), f.statuses,
          [](core::Status s) { return core::statuses().key(s); });
    addIn(clauses, values, QStringLiteral("i.severity"), f.severities, [](core::Severity s) { return core::toInt(s); });
    addIn(clauses, values, QStringLiteral("i.tier"), f.tiers, [](core::Tier t) { return core::toInt(t); });
    addIn(clauses, values, QStringLiteral("i.category"), f.categories,
          [](core::Category c) { return core::categories().key(c); });
    addIn(clauses, values, QStringLiteral("i.detection_source"), f.detectionSources,
          [](core::DetectionSource s) { return core::detectionSources().key(s); });
    addIn(clauses, values, QStringLiteral("i.id"), f.ids, [](const QString& id) { return id; });
    if (!f.commanderId.isEmpty()) {
        clauses.append(QStringLiteral("i.commander_id = ?"));
        values.append(f.commanderId);
    }
    if (!f.assigneeId.isEmpty()) {
        clauses.append(QStringLiteral("(i.commander_id = ? OR EXISTS (SELECT 1 FROM incident_assignees a "
                                      "WHERE a.incident_id = i.id AND a.person_id = ?))"));
        values.append(f.assigneeId);
        values.append(f.assigneeId);
    }
    if (f.exercise) {
        clauses.append(QStringLiteral("i.exercise = ?"));
        values.append(*f.exercise ? 1 : 0);
    }
    if (f.openOnly && *f.openOnly) {
        clauses.append(QStringLiteral("i.status NOT IN ('closed', 'false_positive', 'remediated')"));
    }
    if (f.falsePositive) {
        clauses.append(*f.falsePositive ? QStringLiteral("i.status = 'false_positive'")
                                        : QStringLiteral("i.status <> 'false_positive'"));
    }
    if (f.detectedFrom) {
        clauses.append(QStringLiteral("i.detected_at >= ?"));
        values.append(*f.detectedFrom);
    }
    if (f.detectedTo) {
        clauses.append(QStringLiteral("i.detected_at < ?"));
        values.append(*f.detectedTo);
    }
    static const QRegularExpression reference(QStringLiteral("^INC-\\d{4}-\\d+$"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString text = f.text.trimmed();
    if (reference.match(text).hasMatch()) {
        // A reference is looked up directly (unique index), not as words.
        clauses.append(QStringLiteral("i.reference = ?"));
        values.append(text.toUpper());
    } else if (const QString fts = ftsQuery(text); !fts.isEmpty()) {
        // Two plans: for a rare term, look up each match and sort them; for a common one,
        // walk the list's order and stop after a page ("+" keeps SQLite from using the
        // rowid lookup). Which is rare is measured, cheaply, with a capped count.
        constexpr int kDense = 3000;
        Query probe(m_db.connection(), QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM incident_fts "
                                                      "WHERE incident_fts MATCH :q LIMIT %1)")
                                           .arg(kDense));
        probe.bind(QStringLiteral(":q"), fts);
        const bool dense = probe.scalar().toInt() >= kDense;
        clauses.append(dense
                           ? QStringLiteral("+i.rowid IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?)")
                           : QStringLiteral("i.rowid IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?)"));
        values.append(fts);
    }
    if (f.visibleTo) {
        // The visibility rule is written with named placeholders; this query binds by
        // position, so each placeholder becomes a "?" with its value in order.
        const SqlCondition visible =
            IncidentVisibility::condition(m_db, core::Actor{*f.visibleTo, QString()}, QStringLiteral("i"));
        static const QRegularExpression placeholder(QStringLiteral(":vis_\\w+"));
        QString sql = visible.sql;
        auto it = placeholder.globalMatch(sql);
        while (it.hasNext()) {
            values.append(visible.bindings.value(it.next().captured(0)));
        }
        clauses.append(sql.replace(placeholder, QStringLiteral("?")));
    }
    Where w;
    if (!clauses.isEmpty()) {
        w.sql = QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
    w.values = values;
    return w;
}

QList<IncidentRow> IncidentQuery::page(int limit, const IncidentRow* after) const
{
    Where w = where();
    const bool ascending = m_order == Qt::AscendingOrder;
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString order = orderColumn(m_sort);
    if (after) {
        // Row values make SQLite seek in the index instead of skipping OFFSET rows.
        const QString seek =
            QStringLiteral("(%1, i.rowid) %2 (?, ?)").arg(order, ascending ? QStringLiteral(">") : QStringLiteral("<"));
        w.sql += (w.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + seek;
        w.values.append(after->sortValue);
        w.values.append(after->rowid);
    }
    // The rowid breaks ties so that paging is stable.
    const QString sql =
        selectSql(order) + w.sql + QStringLiteral(" ORDER BY %1 %2, i.rowid %2 LIMIT ?").arg(order, direction);
    Query q(m_db.connection(), sql);
    bindAll(q, w.values);
    q.raw().bindValue(int(w.values.size()), limit);
    q.exec();
    QList<IncidentRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        IncidentRow row;
        row.incident = IncidentRepository::read(q);
        row.commanderName = q.value(23).toString();
        row.assigneeCount = q.value(24).toInt();
        row.sortValue = q.value(25);
        row.rowid = q.value(26).toLongLong();
        rows.append(row);
    }
    return rows;
}

int IncidentQuery::count() const
{
    const Where w = where();
    Query q(m_db.connection(), QStringLiteral("SELECT count(*) FROM incidents i") + w.sql);
    bindAll(q, w.values);
    return q.scalar().toInt();
}

QStringList IncidentQuery::ids() const
{
    const Where w = where();
    const QString direction = m_order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    Query q(m_db.connection(),
            QStringLiteral("SELECT i.id FROM incidents i LEFT JOIN people p ON p.id = i.commander_id") + w.sql +
                QStringLiteral(" ORDER BY %1 %2, i.rowid %2").arg(orderColumn(m_sort), direction));
    bindAll(q, w.values);
    q.exec();
    QStringList out;
    while (q.next()) {
        out.append(q.value(0).toString());
    }
    return out;
}

} // namespace muster::storage
