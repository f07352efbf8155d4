#pragma once

#include "core/Incident.h"
#include "storage/IncidentFilter.h"

#include <QList>
#include <QVariant>

namespace muster::storage {

class Database;

// One row of the incident list: the incident's columns plus display names, read in
// one query with the filter and the order applied by SQLite.
struct IncidentRow
{
    core::Incident incident;
    QString commanderName;
    int assigneeCount = 0;
    // Where this row stands in the current order, to read the page after it.
    QVariant sortValue;
    qint64 rowid = 0;
};

// The SQL behind the incident list: filters, full-text search (FTS5), sorting and
// paging, all in SQLite over indexed columns.
class IncidentQuery
{
public:
    enum class SortKey
    {
        Reference,
        Title,
        Severity,
        Priority,
        Tier,
        Status,
        Category,
        Commander,
        DetectedAt,
        AcknowledgedAt,
        UpdatedAt,
    };

    IncidentQuery(const Database& db, IncidentFilter filter, SortKey sort = SortKey::DetectedAt,
                  Qt::SortOrder order = Qt::DescendingOrder);

    // The first `limit` rows in the current order, or the `limit` rows after `after`
    // (keyset paging: as fast deep in the list as at its top).
    QList<IncidentRow> page(int limit, const IncidentRow* after = nullptr) const;
    // How many incidents match.
    int count() const;
    // The ids of all matching incidents (for exports), in order.
    QStringList ids() const;

    // Turns free text into an FTS5 query: each word a quoted prefix term, all required.
    static QString ftsQuery(const QString& text);

private:
    struct Where
    {
        QString sql;
        QVariantList values;
    };
    Where where() const;

    const Database& m_db;
    IncidentFilter m_filter;
    SortKey m_sort;
    Qt::SortOrder m_order;
};

} // namespace muster::storage
