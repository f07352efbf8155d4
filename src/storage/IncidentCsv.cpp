#include "storage/IncidentCsv.h"

#include "core/Csv.h"
#include "core/Error.h"
#include "core/IncidentEnums.h"
#include "core/TimeText.h"

namespace muster::storage {

QStringList IncidentCsv::header()
{
    return {QStringLiteral("reference"),       QStringLiteral("title"),        QStringLiteral("severity"),
            QStringLiteral("priority"),        QStringLiteral("tier"),         QStringLiteral("status"),
            QStringLiteral("category"),        QStringLiteral("commander"),    QStringLiteral("detected_at"),
            QStringLiteral("acknowledged_at"), QStringLiteral("contained_at"), QStringLiteral("remediated_at"),
            QStringLiteral("closed_at"),       QStringLiteral("confidential"), QStringLiteral("exercise")};
}

QStringList IncidentCsv::fields(const IncidentRow& row)
{
    const auto time = [](const std::optional<qint64>& ms) {
        return ms ? core::formatInstantUtc(*ms) : QString();
    };
    const auto flag = [](bool b) {
        return b ? QStringLiteral("yes") : QStringLiteral("no");
    };
    const core::Incident& i = row.incident;
    return {i.reference,
            core::Csv::spreadsheetText(i.title),
            core::severities().label(i.severity),
            QStringLiteral("P%1").arg(i.priority),
            core::tiers().label(i.tier),
            core::statuses().key(i.status),
            core::categories().key(i.category),
            core::Csv::spreadsheetText(row.commanderName),
            core::formatInstantUtc(i.detectedAt),
            time(i.acknowledgedAt),
            time(i.containedAt),
            time(i.remediatedAt),
            time(i.closedAt),
            flag(i.confidential),
            flag(i.exercise)};
}

QByteArray IncidentCsv::document(const QList<IncidentRow>& rows)
{
    QList<QStringList> table{header()};
    for (const auto& row : rows) {
        table.append(fields(row));
    }
    return core::Csv::document(table);
}

qint64 IncidentCsv::write(const IncidentQuery& query, QIODevice& out, const std::function<bool(qint64)>& progress)
{
    constexpr int kPage = 2000;
    // One write per page, in the same CSV form as document().
    const auto put = [&out](const QList<QStringList>& table) {
        const QByteArray bytes = core::Csv::document(table);
        if (out.write(bytes) != bytes.size()) {
            throw core::Error(core::Error::Kind::Io, QCoreApplication::translate("muster::storage::IncidentCsv",
                                                                                 "Could not write the CSV file: %1")
                                                         .arg(out.errorString()));
        }
    };
    put({header()});
    qint64 written = 0;
    QList<IncidentRow> rows = query.page(kPage);
    while (!rows.isEmpty()) {
        QList<QStringList> table;
        table.reserve(rows.size());
        for (const auto& row : rows) {
            table.append(fields(row));
        }
        put(table);
        written += rows.size();
        if (progress && !progress(written)) {
            return -1;
        }
        if (rows.size() < kPage) {
            break;
        }
        const IncidentRow last = rows.constLast();
        rows = query.page(kPage, &last);
    }
    return written;
}

} // namespace muster::storage
