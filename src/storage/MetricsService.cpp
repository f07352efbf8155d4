#include "storage/MetricsService.h"

#include "core/Error.h"
#include "core/IncidentFacts.h"
#include "core/Lifecycle.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace muster::storage {

using core::Measure;
using core::MetricsGrouping;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QString endColumn(Measure m)
{
    switch (m) {
    case Measure::Acknowledge:
        return QStringLiteral("i.acknowledged_at");
    case Measure::Contain:
        return QStringLiteral("i.contained_at");
    case Measure::Remediate:
        return QStringLiteral("i.remediated_at");
    case Measure::Close:
        return QStringLiteral("i.closed_at");
    }
    return {};
}

QString durationExpr(Measure m)
{
    return QStringLiteral("(%1 - i.detected_at)").arg(endColumn(m));
}

// Builds one statement: the buckets of the period, the incident filters and the bound
// values. Every value is bound; only column names and placeholders are put in the text.
class Statement
{
public:
    QString param(const QVariant& value)
    {
        const QString name = QStringLiteral(":p%1").arg(m_binds.size());
        m_binds.append({name, value});
        return name;
    }

    template<typename T, typename F>
    QString inList(const QList<T>& values, F toVariant)
    {
        QStringList names;
        for (const T& v : values) {
            names.append(param(toVariant(v)));
        }
        return QStringLiteral("(%1)").arg(names.join(QStringLiteral(", ")));
    }

    Query prepare(const QSqlDatabase& db, const QString& sql,
                  const MetricsService::StatementObserver& observer = {}) const
    {
        if (observer) {
            observer(withLiterals(sql));
        }
        Query q(db, sql);
        for (const auto& [name, value] : m_binds) {
            q.bind(name, value);
        }
        return q;
    }

    // The statement with its values written in as SQL literals (for the observer).
    QString withLiterals(QString sql) const
    {
        // Highest index first, so that :p1 does not match the start of :p12.
        for (auto it = m_binds.crbegin(); it != m_binds.crend(); ++it) {
            const QVariant& v = it->second;
            QString literal;
            if (v.isNull()) {
                literal = QStringLiteral("NULL");
            } else if (v.metaType() == QMetaType::fromType<QString>()) {
                literal = QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
                          QLatin1Char('\'');
            } else if (v.metaType() == QMetaType::fromType<double>()) {
                literal = QString::number(v.toDouble(), 'g', 17);
            } else {
                literal = QString::number(v.toLongLong());
            }
            sql.replace(it->first, literal);
        }
        return sql;
    }

private:
    QList<std::pair<QString, QVariant>> m_binds;
};

// The calendar buckets of a query, or the whole period as one bucket.
QList<core::TimeBucket> bucketsOf(const MetricsQuery& query)
{
    if (core::isCalendarGrouping(query.grouping)) {
        return core::MetricsCalendar(query.timeZone).buckets(query.period, query.grouping);
    }
    return {core::TimeBucket{query.period, QString(), QDate()}};
}

// The rows of a metrics query: "WITH buckets ..." and "FROM buckets CROSS JOIN incidents i
// ON <detected in the bucket> WHERE <filters>", with a SELECT list to go in between. The
// CROSS JOIN makes SQLite scan the index range of each bucket in turn instead of testing
// every incident against every bucket.
struct Source
{
    QString with;
    QString from;

    QString select(const QString& columns) const
    {
        return with + QStringLiteral(" SELECT ") + columns + QLatin1Char(' ') + from;
    }
};

Source source(Statement& st, const MetricsQuery& query, const QList<core::TimeBucket>& buckets)
{
    QJsonArray bounds;
    for (const auto& b : buckets) {
        bounds.append(QJsonArray{double(b.period.fromMs), double(b.period.toMs)});
    }
    Source out;
    out.with = QStringLiteral("WITH buckets(g, b_from, b_to) AS (SELECT CAST(key AS INTEGER), "
                              "json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(%1))")
                   .arg(st.param(QString::fromUtf8(QJsonDocument(bounds).toJson(QJsonDocument::Compact))));
    QString& sql = out.from;
    sql = QStringLiteral("FROM buckets CROSS JOIN incidents i ON i.detected_at >= buckets.b_from AND "
                         "i.detected_at < buckets.b_to WHERE 1");
    switch (query.scope) {
    case core::ExerciseScope::Real:
        sql += QStringLiteral(" AND i.exercise = 0");
        break;
    case core::ExerciseScope::Exercise:
        sql += QStringLiteral(" AND i.exercise <> 0");
        break;
    case core::ExerciseScope::All:
        break;
    }
    if (!query.severities.isEmpty()) {
        sql += QStringLiteral(" AND i.severity IN ") +
               st.inList(query.severities, [](core::Severity s) { return QVariant(core::toInt(s)); });
    }
    if (!query.tiers.isEmpty()) {
        sql += QStringLiteral(" AND i.tier IN ") +
               st.inList(query.tiers, [](core::Tier t) { return QVariant(core::toInt(t)); });
    }
    if (!query.categories.isEmpty()) {
        sql += QStringLiteral(" AND i.category IN ") +
               st.inList(query.categories, [](core::Category c) { return QVariant(core::categories().key(c)); });
    }
    if (!query.sources.isEmpty()) {
        sql += QStringLiteral(" AND i.detection_source IN ") + st.inList(query.sources, [](core::DetectionSource s) {
            return QVariant(core::detectionSources().key(s));
        });
    }
    return out;
}

QString groupExpr(MetricsGrouping grouping)
{
    switch (grouping) {
    case MetricsGrouping::None:
    case MetricsGrouping::Week:
    case MetricsGrouping::Month:
    case MetricsGrouping::Quarter:
        return QStringLiteral("buckets.g");
    case MetricsGrouping::Severity:
        return QStringLiteral("i.severity");
    case MetricsGrouping::Tier:
        return QStringLiteral("i.tier");
    case MetricsGrouping::Category:
        return QStringLiteral("i.category");
    case MetricsGrouping::Source:
        return QStringLiteral("i.detection_source");
    case MetricsGrouping::Commander:
        return QStringLiteral("COALESCE(i.commander_id, '')");
    case MetricsGrouping::Team:
        return QStringLiteral("COALESCE((SELECT p.team FROM people p WHERE p.id = i.commander_id), '')");
    }
    return QStringLiteral("0");
}

QString falsePositiveKey()
{
    return core::statuses().key(core::Status::FalsePositive);
}

// The SLA target of the incident's severity for `measure`, as an SQL expression (NULL
// for a severity without a target).
QString targetExpr(Statement& st, const core::SlaTargets& targets, Measure measure)
{
    QString sql = QStringLiteral("CASE i.severity");
    bool any = false;
    for (core::Severity s : core::severities().values()) {
        if (const auto t = targets.target(s, measure)) {
            sql += QStringLiteral(" WHEN %1 THEN %2").arg(core::toInt(s)).arg(st.param(*t));
            any = true;
        }
    }
    return any ? sql + QStringLiteral(" END") : QStringLiteral("NULL");
}

// Where a group goes in the report: its key and label.
struct GroupName
{
    QString key;
    QString label;
};

GroupName nameOf(MetricsGrouping grouping, const QVariant& g, const QList<core::TimeBucket>& buckets,
                 const QHash<QString, QString>& people)
{
    switch (grouping) {
    case MetricsGrouping::None:
        return {};
    case MetricsGrouping::Week:
    case MetricsGrouping::Month:
    case MetricsGrouping::Quarter: {
        const QString key = buckets.value(g.toInt()).key;
        return {key, key};
    }
    case MetricsGrouping::Severity: {
        const auto s = core::severityFromInt(g.toInt()).value_or(core::Severity::Sev3);
        return {core::severities().key(s), core::severities().label(s)};
    }
    case MetricsGrouping::Tier: {
        const auto t = core::tierFromInt(g.toInt()).value_or(core::Tier::Tier1);
        return {core::tiers().key(t), core::tiers().label(t)};
    }
    case MetricsGrouping::Category: {
        const auto c = core::categories().fromKey(g.toString());
        return {g.toString(), c ? core::categories().label(*c) : g.toString()};
    }
    case MetricsGrouping::Source: {
        const auto s = core::detectionSources().fromKey(g.toString());
        return {g.toString(), s ? core::detectionSources().label(*s) : g.toString()};
    }
    case MetricsGrouping::Commander: {
        const QString id = g.toString();
        if (id.isEmpty()) {
            return {QString(), QCoreApplication::translate("muster::storage::MetricsService", "No commander")};
        }
        return {id, people.value(id, id)};
    }
    case MetricsGrouping::Team: {
        const QString team = g.toString();
        return {team,
                team.isEmpty() ? QCoreApplication::translate("muster::storage::MetricsService", "No team") : team};
    }
    }
    return {};
}

} // namespace

MetricsService::MetricsService(const Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

QList<Measure> MetricsService::allMeasures()
{
    return core::measures().values();
}

QList<qint64> MetricsService::histogramEdges()
{
    return {0,     kMinute,   2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute,
            kHour, 2 * kHour, 4 * kHour,   8 * kHour,   kDay,         2 * kDay,     7 * kDay};
}

QString MetricsService::slaSettingsKey()
{
    return QStringLiteral("metrics.sla_targets");
}

core::SlaTargets MetricsService::slaTargets() const
{
    const QString stored = SettingsRepository(m_db).value(slaSettingsKey());
    if (stored.isEmpty()) {
        return core::SlaTargets::defaults();
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8(), &error);
    if (!doc.isObject()) {
        throw core::Error(core::Error::Kind::BadInput,
                          tr("The stored SLA targets (setting %1) are not a JSON object: %2")
                              .arg(slaSettingsKey(), error.errorString()));
    }
    return core::SlaTargets::fromJson(doc.object());
}

void MetricsService::setSlaTargets(Database& db, const core::SlaTargets& targets) const
{
    SettingsRepository(db).setValue(slaSettingsKey(),
                                    QString::fromUtf8(QJsonDocument(targets.toJson()).toJson(QJsonDocument::Compact)),
                                    m_clock.nowMs());
    db.notifyChanged({QStringLiteral("settings")});
}

namespace {

// The groups of one breakdown, by the value of their SQL key, in the order they first
// appear (calendar buckets all, in order, from the start).
class GroupTable
{
public:
    GroupTable(const MetricsQuery& query, QList<core::TimeBucket> buckets, const Database& db)
        : m_query(query)
        , m_buckets(std::move(buckets))
    {
        if (query.grouping == MetricsGrouping::Commander) {
            for (const auto& p : PeopleRepository(db).all()) {
                m_people.insert(p.id, p.name);
            }
        }
        if (core::isCalendarGrouping(query.grouping)) {
            for (int i = 0; i < m_buckets.size(); ++i) {
                at(QVariant(i));
            }
        }
    }

    const QList<core::TimeBucket>& buckets() const { return m_buckets; }

    MetricsGroup& at(const QVariant& key)
    {
        const QString k = key.toString();
        auto it = m_groups.find(k);
        if (it == m_groups.end()) {
            const GroupName name = nameOf(m_query.grouping, key, m_buckets, m_people);
            MetricsGroup group;
            group.key = name.key;
            group.label = name.label;
            group.period =
                core::isCalendarGrouping(m_query.grouping) ? m_buckets.value(key.toInt()).period : m_query.period;
            it = m_groups.insert(k, group);
            m_order.append(k);
        }
        return *it;
    }

    QHash<QString, MetricsGroup>& byKey() { return m_groups; }

    QList<MetricsGroup> list() const
    {
        QList<MetricsGroup> out;
        for (const QString& k : m_order) {
            out.append(m_groups.value(k));
        }
        if (!core::isCalendarGrouping(m_query.grouping)) {
            std::sort(out.begin(), out.end(),
                      [](const MetricsGroup& x, const MetricsGroup& y) { return x.key < y.key; });
        }
        return out;
    }

private:
    MetricsQuery m_query;
    QList<core::TimeBucket> m_buckets;
    QHash<QString, QString> m_people;
    QStringList m_order;
    QHash<QString, MetricsGroup> m_groups;
};

// Adds the additive figures of `from` (counts, sums, SLA outcomes) to `into`.
void addCounts(MetricsGroup& into, const MetricsGroup& from)
{
    into.incidents += from.incidents;
    into.falsePositives += from.falsePositives;
    into.confidential += from.confidential;
    for (Measure m : core::measures().values()) {
        into.stats(m).count += from.stats(m).count;
        into.stats(m).sumMs += from.stats(m).sumMs;
        into.stats(m).pending += from.stats(m).pending;
        into.slaCounts(m) += from.slaCounts(m);
    }
}

// The window functions and GROUP BYs of the aggregates sort up to a period's worth of
// (group, duration) pairs. With the connection's temp_store = MEMORY those sorts spill
// into in-memory journals and take about 30% more CPU than with temporary files (which
// SQLite deletes on close; they hold durations and group keys, no incident text). This
// switches the connection to temporary files for the duration of one call and back.
class SortsOnDisk
{
public:
    explicit SortsOnDisk(const QSqlDatabase& db)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA temp_store")) && q.next()) {
            m_previous = q.value(0).toInt();
        }
        if (m_previous != kFile) {
            execute(m_db, QStringLiteral("PRAGMA temp_store = FILE"));
        }
    }
    ~SortsOnDisk()
    {
        if (m_previous != kFile) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_previous));
        }
    }
    SortsOnDisk(const SortsOnDisk&) = delete;
    SortsOnDisk& operator=(const SortsOnDisk&) = delete;

private:
    static constexpr int kFile = 1;
    QSqlDatabase m_db;
    int m_previous = kFile;
};

} // namespace

MetricsReport MetricsService::report(const MetricsQuery& query, const QList<Measure>& measures) const
{
    const SortsOnDisk sorts(m_db.connection());
    MetricsReport report;
    report.query = query;
    report.asOfMs = query.asOfMs > 0 ? query.asOfMs : m_clock.nowMs();
    report.measures = measures;
    report.targets = slaTargets();
    MetricsQuery whole = query;
    whole.grouping = MetricsGrouping::None;
    const bool grouped = query.grouping != MetricsGrouping::None;
    GroupTable total(whole, bucketsOf(whole), m_db);
    GroupTable groups(query, bucketsOf(query), m_db);
    // One counting pass by group gives the total as well (counts add up). Medians do
    // not add up: the total sorts its own durations.
    const auto rows =
        counts(query, groups.buckets(), {groupExpr(query.grouping)}, report.targets, report.asOfMs, measures);
    total.at(QVariant(0));
    for (const auto& [key, row] : rows) {
        addCounts(total.at(QVariant(0)), row);
        if (grouped) {
            addCounts(groups.at(key.constFirst()), row);
        }
    }
    rankInto(whole, total.buckets(), measures, total.byKey());
    report.total = total.list().value(0);
    report.total.period = query.period;
    if (grouped) {
        rankInto(query, groups.buckets(), measures, groups.byKey());
        report.groups = groups.list();
    }
    return report;
}

QList<std::pair<QVariantList, MetricsGroup>>
MetricsService::counts(const MetricsQuery& query, const QList<core::TimeBucket>& buckets, const QStringList& keys,
                       const core::SlaTargets& targets, qint64 asOfMs, const QList<Measure>& measures) const
{
    // Counts, sums, durations not reached and SLA outcomes: one pass, no sorting.
    Statement st;
    const Source from = source(st, query, buckets);
    const QString fp = st.param(falsePositiveKey());
    const QString asOf = st.param(asOfMs);
    QStringList columns = keys;
    columns << QStringLiteral("SUM(i.status <> %1)").arg(fp) << QStringLiteral("SUM(i.status = %1)").arg(fp)
            << QStringLiteral("SUM(i.status <> %1 AND i.confidential <> 0)").arg(fp);
    for (Measure m : allMeasures()) {
        const QString end = endColumn(m);
        const QString t = targetExpr(st, targets, m);
        // The count of the durations reached and their exact integer sum.
        columns
            << QStringLiteral("COUNT(CASE WHEN i.status <> %1 THEN %2 END)").arg(fp, end)
            << QStringLiteral("SUM(CASE WHEN i.status <> %1 THEN %2 END)").arg(fp, durationExpr(m))
            << QStringLiteral("SUM(i.status <> %1 AND %2 IS NULL)").arg(fp, end)
            << QStringLiteral("SUM(i.status <> %1 AND %2 <= %3)").arg(fp, durationExpr(m), t)
            << QStringLiteral("SUM(i.status <> %1 AND %2 > %3)").arg(fp, durationExpr(m), t)
            << QStringLiteral("SUM(i.status <> %1 AND %2 IS NULL AND %3 - i.detected_at > %4)").arg(fp, end, asOf, t)
            << QStringLiteral("SUM(i.status <> %1 AND %2 IS NULL AND %3 - i.detected_at <= %4)").arg(fp, end, asOf, t);
    }
    QStringList groupBy;
    for (int i = 1; i <= keys.size(); ++i) {
        groupBy.append(QString::number(i));
    }
    Query q = st.prepare(m_db.connection(),
                         from.select(columns.join(QStringLiteral(", "))) + QStringLiteral(" GROUP BY ") +
                             groupBy.join(QStringLiteral(", ")),
                         m_observer);
    q.exec();
    const int k = int(keys.size());
    QList<std::pair<QVariantList, MetricsGroup>> out;
    while (q.next()) {
        QVariantList key;
        for (int i = 0; i < k; ++i) {
            key.append(q.value(i));
        }
        MetricsGroup row;
        row.incidents = q.value(k).toLongLong();
        row.falsePositives = q.value(k + 1).toLongLong();
        row.confidential = q.value(k + 2).toLongLong();
        int c = k + 3;
        for (Measure m : allMeasures()) {
            core::DurationStats& stats = row.stats(m);
            stats.count = q.value(c++).toLongLong();
            stats.sumMs = q.value(c++).toLongLong();
            stats.pending = q.value(c++).toLongLong();
            if (!measures.contains(m)) {
                stats.count = 0;
                stats.sumMs = 0;
            }
            core::SlaCounts& sla = row.slaCounts(m);
            sla.met = q.value(c++).toLongLong();
            sla.breached = q.value(c++).toLongLong();
            sla.overdue = q.value(c++).toLongLong();
            sla.pending = q.value(c++).toLongLong();
        }
        out.append({key, row});
    }
    return out;
}

void MetricsService::rankInto(const MetricsQuery& query, const QList<core::TimeBucket>& buckets,
                              const QList<Measure>& measures, QHash<QString, MetricsGroup>& groups) const
{
    // Medians and p90s: the durations at the ranks that core::DurationStats::rank names
    // for each group's count, read from the group's sorted durations (one sort per
    // measure). The union of the ranks of all groups is asked for; each group then
    // takes its own.
    const QString g = groupExpr(query.grouping);
    for (Measure m : measures) {
        QSet<qint64> ranks;
        for (const MetricsGroup& group : std::as_const(groups)) {
            const qint64 n = group.stats(m).count;
            if (n > 0) {
                for (double p : {core::DurationStats::kMedian, core::DurationStats::kP90}) {
                    const auto r = core::DurationStats::rank(n, p);
                    ranks << r.lower << r.upper;
                }
            }
        }
        QHash<QString, QHash<qint64, qint64>> values; // group key -> rank -> duration
        if (!ranks.isEmpty()) {
            QList<qint64> sorted(ranks.begin(), ranks.end());
            std::sort(sorted.begin(), sorted.end());
            Statement st;
            const Source from = source(st, query, buckets);
            const QString fp = st.param(falsePositiveKey());
            const QString base = from.select(QStringLiteral("%1 AS g, %2 AS d").arg(g, durationExpr(m))) +
                                 QStringLiteral(" AND i.status <> %1 AND %2 IS NOT NULL").arg(fp, endColumn(m));
            const QString sql = QStringLiteral("SELECT g, r, d FROM (SELECT g, d, ROW_NUMBER() OVER (PARTITION BY g "
                                               "ORDER BY d) - 1 AS r FROM (%1)) WHERE r IN %2")
                                    .arg(base, st.inList(sorted, [](qint64 r) { return QVariant(r); }));
            Query q = st.prepare(m_db.connection(), sql, m_observer);
            q.exec();
            while (q.next()) {
                values[q.value(0).toString()].insert(q.value(1).toLongLong(), q.value(2).toLongLong());
            }
        }
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            core::DurationStats& stats = it->stats(m);
            const QHash<qint64, qint64>& at = values[it.key()];
            core::DurationStats::OrderStatistics order;
            if (stats.count > 0) {
                const auto median = core::DurationStats::rank(stats.count, core::DurationStats::kMedian);
                const auto p90 = core::DurationStats::rank(stats.count, core::DurationStats::kP90);
                order = {at.value(median.lower), at.value(median.upper), at.value(p90.lower), at.value(p90.upper)};
            }
            stats = core::DurationStats::fromAggregate(stats.count, stats.pending, stats.sumMs, order);
        }
    }
}

QList<OpenCount> MetricsService::openIncidents(const MetricsQuery& query) const
{
    Statement st;
    MetricsQuery all = query;
    all.grouping = MetricsGrouping::None;
    all.period = core::Period{std::numeric_limits<qint64>::min() / 2, std::numeric_limits<qint64>::max() / 2};
    QList<core::Status> open;
    for (core::Status s : core::statuses().values()) {
        if (core::Lifecycle::isOpen(s)) {
            open.append(s);
        }
    }
    const Source from = source(st, all, bucketsOf(all));
    const QString sql = from.select(QStringLiteral("i.severity, i.status, COUNT(*)")) +
                        QStringLiteral(" AND i.status IN %1 GROUP BY 1, 2").arg(st.inList(open, [](core::Status s) {
                            return QVariant(core::statuses().key(s));
                        }));
    Query q = st.prepare(m_db.connection(), sql, m_observer);
    q.exec();
    QList<OpenCount> out;
    while (q.next()) {
        out.append(OpenCount{core::severityFromInt(q.value(0).toInt()).value_or(core::Severity::Sev3),
                             core::statuses().fromKey(q.value(1).toString()).value_or(core::Status::New),
                             q.value(2).toLongLong()});
    }
    return out;
}

QList<qint64> MetricsService::histogram(const MetricsQuery& query, Measure measure, const QList<qint64>& edgesMs) const
{
    QList<qint64> counts(edgesMs.size(), 0);
    if (edgesMs.isEmpty()) {
        return counts;
    }
    Statement st;
    MetricsQuery whole = query;
    whole.grouping = MetricsGrouping::None;
    const Source from = source(st, whole, bucketsOf(whole));
    QString bin = QStringLiteral("CASE");
    for (int i = 1; i < edgesMs.size(); ++i) {
        bin += QStringLiteral(" WHEN %1 < %2 THEN %3").arg(durationExpr(measure), st.param(edgesMs.at(i))).arg(i - 1);
    }
    bin += QStringLiteral(" ELSE %1 END").arg(edgesMs.size() - 1);
    const QString fp = st.param(falsePositiveKey());
    const QString sql = from.select(QStringLiteral("%1, COUNT(*)").arg(bin)) +
                        QStringLiteral(" AND i.status <> %1 AND %2 >= %3 GROUP BY 1")
                            .arg(fp, durationExpr(measure), st.param(edgesMs.first()));
    Query q = st.prepare(m_db.connection(), sql, m_observer);
    q.exec();
    while (q.next()) {
        const int i = q.value(0).toInt();
        if (i >= 0 && i < counts.size()) {
            counts[i] = q.value(1).toLongLong();
        }
    }
    return counts;
}

DurationPoints MetricsService::points(const MetricsQuery& query, Measure measure) const
{
    Statement st;
    MetricsQuery whole = query;
    whole.grouping = MetricsGrouping::None;
    const Source from = source(st, whole, bucketsOf(whole));
    const QString fp = st.param(falsePositiveKey());
    const QString sql =
        from.select(QStringLiteral("i.detected_at, %1").arg(durationExpr(measure))) +
        QStringLiteral(" AND i.status <> %1 AND %2 IS NOT NULL ORDER BY i.detected_at").arg(fp, endColumn(measure));
    Query q = st.prepare(m_db.connection(), sql, m_observer);
    q.exec();
    DurationPoints out;
    while (q.next()) {
        out.detectedMs.append(double(q.value(0).toLongLong()));
        out.durationMs.append(double(q.value(1).toLongLong()));
    }
    return out;
}

QStringList MetricsService::incidentIds(const MetricsQuery& query, const MetricsSelection& selection) const
{
    Statement st;
    MetricsQuery narrowed = query;
    narrowed.grouping = MetricsGrouping::None;
    if (selection.detected) {
        narrowed.period = core::Period{std::max(query.period.fromMs, selection.detected->fromMs),
                                       std::min(query.period.toMs, selection.detected->toMs)};
    }
    const Source from = source(st, narrowed, bucketsOf(narrowed));
    QString sql =
        from.select(QStringLiteral("i.id")) + QStringLiteral(" AND i.status <> %1").arg(st.param(falsePositiveKey()));
    if (selection.measure) {
        const QString d = durationExpr(*selection.measure);
        if (selection.minDurationMs) {
            sql += QStringLiteral(" AND %1 >= %2").arg(d, st.param(*selection.minDurationMs));
        }
        if (selection.maxDurationMs) {
            sql += QStringLiteral(" AND %1 < %2").arg(d, st.param(*selection.maxDurationMs));
        }
        if (selection.slaOutcome) {
            const QString t = targetExpr(st, slaTargets(), *selection.measure);
            const QString end = endColumn(*selection.measure);
            const QString asOf = st.param(query.asOfMs > 0 ? query.asOfMs : m_clock.nowMs());
            switch (*selection.slaOutcome) {
            case core::SlaTargets::Outcome::Met:
                sql += QStringLiteral(" AND %1 <= %2").arg(d, t);
                break;
            case core::SlaTargets::Outcome::Breached:
                sql += QStringLiteral(" AND %1 > %2").arg(d, t);
                break;
            case core::SlaTargets::Outcome::Overdue:
                sql += QStringLiteral(" AND %1 IS NULL AND %2 - i.detected_at > %3").arg(end, asOf, t);
                break;
            case core::SlaTargets::Outcome::Pending:
                sql += QStringLiteral(" AND %1 IS NULL AND %2 - i.detected_at <= %3").arg(end, asOf, t);
                break;
            }
        }
    }
    sql += QStringLiteral(" ORDER BY i.detected_at");
    Query q = st.prepare(m_db.connection(), sql, m_observer);
    q.exec();
    QStringList ids;
    while (q.next()) {
        ids.append(q.value(0).toString());
    }
    return ids;
}

MetricsDashboard MetricsService::dashboard(const MetricsQuery& query, MetricsGrouping trend,
                                           const std::function<bool()>& cancelled) const
{
    QElapsedTimer timer;
    timer.start();
    MetricsDashboard out;
    const auto stop = [&] {
        out.cancelled = cancelled && cancelled();
        return out.cancelled;
    };
    const SortsOnDisk sorts(m_db.connection());
    const QList<Measure> headline{Measure::Acknowledge, Measure::Remediate};
    const core::SlaTargets targets = slaTargets();
    const qint64 asOf = query.asOfMs > 0 ? query.asOfMs : m_clock.nowMs();
    MetricsQuery q = query;
    q.grouping = MetricsGrouping::None;
    const auto grouped = [&q](MetricsGrouping grouping) {
        MetricsQuery g = q;
        g.grouping = grouping;
        return g;
    };
    const auto reportOf = [&](const MetricsQuery& g, const QList<MetricsGroup>& groups) {
        MetricsReport r;
        r.query = g;
        r.asOfMs = asOf;
        r.measures = headline;
        r.targets = targets;
        r.groups = groups;
        return r;
    };

    // Counts, sums and SLA outcomes add up: one pass by severity, tier and trend bucket
    // gives them for the total and for every breakdown. Medians and p90s do not add up:
    // each breakdown sorts its own durations (rankInto).
    const MetricsQuery bySeverity = grouped(MetricsGrouping::Severity);
    const MetricsQuery byTier = grouped(MetricsGrouping::Tier);
    const MetricsQuery byTime = grouped(trend);
    GroupTable total(q, bucketsOf(q), m_db);
    GroupTable severities(bySeverity, bucketsOf(bySeverity), m_db);
    GroupTable tiers(byTier, bucketsOf(byTier), m_db);
    GroupTable times(byTime, bucketsOf(byTime), m_db);
    const auto rows = counts(byTime, times.buckets(),
                             {groupExpr(MetricsGrouping::Severity), groupExpr(MetricsGrouping::Tier), groupExpr(trend)},
                             targets, asOf, headline);
    total.at(QVariant(0));
    for (const auto& [key, row] : rows) {
        addCounts(total.at(QVariant(0)), row);
        addCounts(severities.at(key.at(0)), row);
        addCounts(tiers.at(key.at(1)), row);
        addCounts(times.at(key.at(2)), row);
    }
    for (auto [table, g] : {std::pair(&total, &std::as_const(q)), std::pair(&severities, &bySeverity),
                            std::pair(&tiers, &byTier), std::pair(&times, &byTime)}) {
        if (stop()) {
            return out;
        }
        rankInto(*g, table->buckets(), headline, table->byKey());
    }
    out.current = reportOf(q, {});
    out.current.total = total.list().value(0);
    out.current.total.period = q.period;
    out.bySeverity = reportOf(bySeverity, severities.list());
    out.bySeverity.total = out.current.total;
    out.byTier = reportOf(byTier, tiers.list());
    out.byTier.total = out.current.total;
    out.trend = reportOf(byTime, times.list());
    out.trend.total = out.current.total;
    if (stop()) {
        return out;
    }
    MetricsQuery before = q;
    before.period = core::MetricsCalendar(query.timeZone).previous(query.period);
    before.asOfMs = asOf;
    out.previous = report(before, headline);
    if (stop()) {
        return out;
    }
    out.open = openIncidents(q);
    out.histogramEdgesMs = histogramEdges();
    out.acknowledgeHistogram = histogram(q, Measure::Acknowledge, out.histogramEdgesMs);
    if (stop()) {
        return out;
    }
    out.remediation = points(q, Measure::Remediate);
    out.elapsedMs = timer.elapsed();
    return out;
}

} // namespace muster::storage
