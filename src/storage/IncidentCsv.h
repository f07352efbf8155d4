#pragma once

#include "storage/IncidentQuery.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

#include <functional>

namespace muster::storage {

// The incident list as CSV, one row per incident, times in UTC (ISO 8601): the same
// columns from `musterctl incidents list --csv` and the Incidents page's export.
class IncidentCsv
{
public:
    static QStringList header();
    static QStringList fields(const IncidentRow& row);
    // A whole document (UTF-8, CRLF line ends) with the header first.
    static QByteArray document(const QList<IncidentRow>& rows);
    // Writes every incident the query matches, in its order, a page at a time, calling
    // `progress` with the rows written so far after each page; it returns false to stop.
    // Returns the rows written, or -1 when stopped. Throws core::Error(Io) when the
    // device refuses the data.
    static qint64 write(const IncidentQuery& query, QIODevice& out,
                        const std::function<bool(qint64 written)>& progress = {});
};

} // namespace muster::storage
