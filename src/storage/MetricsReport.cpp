#include "storage/MetricsReport.h"

#include <QDateTime>
#include <QJsonArray>

namespace muster::storage {

namespace {

QJsonValue optionalNumber(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString isoTime(qint64 ms, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate);
}

template<typename E>
QJsonArray keysOf(const QList<E>& values, const core::EnumTable<E>& table)
{
    QJsonArray out;
    for (E v : values) {
        out.append(table.key(v));
    }
    return out;
}

QJsonObject groupJson(const MetricsReport& report, const MetricsGroup& g)
{
    QJsonObject o{
        {QStringLiteral("key"), g.key},
        {QStringLiteral("label"), g.label},
        {QStringLiteral("from"), isoTime(g.period.fromMs, report.query.timeZone)},
        {QStringLiteral("to"), isoTime(g.period.toMs, report.query.timeZone)},
        {QStringLiteral("incidents"), double(g.incidents)},
        {QStringLiteral("false_positives"), double(g.falsePositives)},
        {QStringLiteral("confidential"), double(g.confidential)},
    };
    for (core::Measure m : core::measures().values()) {
        QJsonObject measure;
        const core::DurationStats& s = g.stats(m);
        measure.insert(QStringLiteral("not_reached"), double(s.pending));
        if (report.measures.contains(m)) {
            measure.insert(QStringLiteral("count"), double(s.count));
            measure.insert(QStringLiteral("mean_ms"), optionalNumber(s.meanMs));
            measure.insert(QStringLiteral("median_ms"), optionalNumber(s.medianMs));
            measure.insert(QStringLiteral("p90_ms"), optionalNumber(s.p90Ms));
        }
        if (report.targets.hasTargets(m)) {
            const core::SlaCounts& sla = g.slaCounts(m);
            measure.insert(QStringLiteral("sla"),
                           QJsonObject{
                               {QStringLiteral("met"), double(sla.met)},
                               {QStringLiteral("breached"), double(sla.breached)},
                               {QStringLiteral("overdue"), double(sla.overdue)},
                               {QStringLiteral("pending"), double(sla.pending)},
                               {QStringLiteral("breach_share"), optionalNumber(sla.breachShare())},
                           });
        }
        o.insert(core::measures().key(m), measure);
    }
    return o;
}

} // namespace

QJsonObject MetricsReport::toJson() const
{
    QJsonObject filters;
    if (!query.severities.isEmpty()) {
        filters.insert(QStringLiteral("severity"), keysOf(query.severities, core::severities()));
    }
    if (!query.tiers.isEmpty()) {
        filters.insert(QStringLiteral("tier"), keysOf(query.tiers, core::tiers()));
    }
    if (!query.categories.isEmpty()) {
        filters.insert(QStringLiteral("category"), keysOf(query.categories, core::categories()));
    }
    if (!query.sources.isEmpty()) {
        filters.insert(QStringLiteral("source"), keysOf(query.sources, core::detectionSources()));
    }
    QJsonArray groupList;
    for (const MetricsGroup& g : groups) {
        groupList.append(groupJson(*this, g));
    }
    return QJsonObject{
        {QStringLiteral("period"),
         QJsonObject{
             {QStringLiteral("from"), isoTime(query.period.fromMs, query.timeZone)},
             {QStringLiteral("to"), isoTime(query.period.toMs, query.timeZone)},
             {QStringLiteral("time_zone"), QString::fromUtf8(query.timeZone.id())},
         }},
        {QStringLiteral("as_of"), isoTime(asOfMs, query.timeZone)},
        {QStringLiteral("scope"), core::exerciseScopes().key(query.scope)},
        {QStringLiteral("filters"), filters},
        {QStringLiteral("grouping"), core::metricsGroupings().key(query.grouping)},
        {QStringLiteral("definitions"),
         QJsonObject{
             {QStringLiteral("population"),
              QStringLiteral("incidents detected in [from, to), false positives counted apart")},
             {QStringLiteral("mean"), QStringLiteral("sum / count of the incidents that reached the measure")},
             {QStringLiteral("percentile"),
              QStringLiteral("linear interpolation between closest ranks: h = (n - 1) p (type 7)")},
             {QStringLiteral("not_reached"), QStringLiteral("incidents without the end timestamp, not averaged")},
         }},
        {QStringLiteral("sla_targets_ms"), targets.toJson()},
        {QStringLiteral("total"), groupJson(*this, total)},
        {QStringLiteral("groups"), groupList},
    };
}

} // namespace muster::storage
