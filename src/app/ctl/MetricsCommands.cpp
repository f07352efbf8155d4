#include "app/ctl/Command.h"
#include "core/Csv.h"
#include "core/DurationFormat.h"
#include "core/MetricsCalendar.h"
#include "storage/Database.h"
#include "storage/MetricsService.h"

#include <QDateTime>

#include <algorithm>

namespace muster::ctl {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("muster::ctl::MetricsCommands", text, disambiguation, n);
}

template<typename E>
QList<E> parseList(const QCommandLineParser& parser, const QCommandLineOption& option, const core::EnumTable<E>& table)
{
    QList<E> out;
    for (const QString& value : parser.values(option)) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto v = table.fromText(part);
            if (!v) {
                throw UsageError{
                    tr("--%1: \"%2\" is not one of %3")
                        .arg(option.names().constFirst(), part.trimmed(), table.keys().join(QStringLiteral(", ")))};
            }
            out.append(*v);
        }
    }
    return out;
}

QDate parseDate(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    const QDate date = QDate::fromString(parser.value(option).trimmed(), Qt::ISODate);
    if (!date.isValid()) {
        throw UsageError{
            tr("--%1 takes a date like 2026-03-31, not \"%2\"").arg(option.names().constFirst(), parser.value(option))};
    }
    return date;
}

QString percent(const std::optional<double>& share)
{
    return share ? QStringLiteral("%1%").arg(*share * 100.0, 0, 'f', 1) : QStringLiteral("–");
}

void printGroup(QTextStream& out, const storage::MetricsReport& report, const storage::MetricsGroup& group,
                const QString& title)
{
    out << tr("%1: %n incident(s)", nullptr, int(group.incidents)).arg(title);
    if (group.falsePositives > 0 || group.confidential > 0) {
        out << tr(" (%1 false positives counted apart, %2 confidential included)")
                   .arg(group.falsePositives)
                   .arg(group.confidential);
    }
    out << QLatin1Char('\n');
    const auto cell = [](const QString& s, int width) {
        return s.leftJustified(width);
    };
    // The first column fits the longest label in the user's language.
    qsizetype labelWidth = tr("Measure").size();
    for (core::Measure m : report.measures) {
        labelWidth = std::max(labelWidth, core::measures().label(m).size());
    }
    const int first = int(labelWidth) + 2;
    out << QStringLiteral("  ") << cell(tr("Measure"), first) << cell(tr("count"), 9) << cell(tr("not yet"), 9)
        << cell(tr("mean"), 13) << cell(tr("median"), 13) << cell(tr("p90"), 13) << tr("SLA breached") << '\n';
    for (core::Measure m : report.measures) {
        const core::DurationStats& s = group.stats(m);
        QString sla = QStringLiteral("–");
        if (report.targets.hasTargets(m)) {
            const core::SlaCounts& c = group.slaCounts(m);
            sla = tr("%1 (%2 of %3)").arg(percent(c.breachShare())).arg(c.breached + c.overdue).arg(c.decided());
        }
        out << QStringLiteral("  ") << cell(core::measures().label(m), first) << cell(QString::number(s.count), 9)
            << cell(QString::number(s.pending), 9) << cell(core::formatDuration(s.meanMs), 13)
            << cell(core::formatDuration(s.medianMs), 13) << cell(core::formatDuration(s.p90Ms), 13) << sla << '\n';
    }
}

// The report as CSV for spreadsheets: one row per group and measure, durations in
// minutes (empty when there is none), the total last.
QByteArray metricsCsv(const storage::MetricsReport& report)
{
    QList<QStringList> rows{{QStringLiteral("group_key"), QStringLiteral("group"), QStringLiteral("incidents"),
                             QStringLiteral("measure"), QStringLiteral("count"), QStringLiteral("not_yet"),
                             QStringLiteral("mean_min"), QStringLiteral("median_min"), QStringLiteral("p90_min"),
                             QStringLiteral("sla_met"), QStringLiteral("sla_breached"), QStringLiteral("sla_overdue"),
                             QStringLiteral("sla_not_decided")}};
    const auto minutes = [](const std::optional<double>& ms) {
        return ms ? QString::number(*ms / 60'000.0, 'f', 1) : QString();
    };
    QList<const storage::MetricsGroup*> groups;
    for (const storage::MetricsGroup& g : report.groups) {
        groups.append(&g);
    }
    groups.append(&report.total);
    for (const storage::MetricsGroup* g : groups) {
        const bool total = g == &report.total;
        for (core::Measure m : report.measures) {
            const core::DurationStats& s = g->stats(m);
            const core::SlaCounts& c = g->slaCounts(m);
            const bool targets = report.targets.hasTargets(m);
            const auto sla = [targets](qint64 n) {
                return targets ? QString::number(n) : QString();
            };
            rows.append({total ? QStringLiteral("total") : g->key,
                         core::Csv::spreadsheetText(total ? tr("Total") : g->label), QString::number(g->incidents),
                         core::measures().key(m), QString::number(s.count), QString::number(s.pending),
                         minutes(s.meanMs), minutes(s.medianMs), minutes(s.p90Ms), sla(c.met), sla(c.breached),
                         sla(c.overdue), sla(c.pending)});
        }
    }
    return core::Csv::document(rows);
}

int metrics(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    parser.addOption({QStringLiteral("csv"), tr("Write CSV (for spreadsheets) instead of text.")});
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First day of detection (default: 364 days ago)."),
                                        tr("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last day of detection, included (default: today)."),
                                      tr("DATE"));
    const QCommandLineOption byOption(QStringLiteral("by"), tr("Break the figures down."), tr("GROUPING"));
    const QCommandLineOption scopeOption(QStringLiteral("scope"), tr("real (default), exercise or all."), tr("SCOPE"),
                                         QStringLiteral("real"));
    const QCommandLineOption severityOption(QStringLiteral("severity"), tr("Only these severities."), tr("LIST"));
    const QCommandLineOption tierOption(QStringLiteral("tier"), tr("Only these tiers."), tr("LIST"));
    const QCommandLineOption categoryOption(QStringLiteral("category"), tr("Only these categories."), tr("LIST"));
    const QCommandLineOption sourceOption(QStringLiteral("source"), tr("Only these detection sources."), tr("LIST"));
    const QCommandLineOption zoneOption(QStringLiteral("time-zone"),
                                        tr("Time zone of dates and weeks (default: the system's)."), tr("ZONE"));
    for (const auto& o : {fromOption, toOption, byOption, scopeOption, severityOption, tierOption, categoryOption,
                          sourceOption, zoneOption}) {
        parser.addOption(o);
    }
    ctx.parse(parser);

    storage::MetricsQuery query;
    if (parser.isSet(zoneOption)) {
        query.timeZone = QTimeZone(parser.value(zoneOption).trimmed().toUtf8());
        if (!query.timeZone.isValid()) {
            throw UsageError{tr("--time-zone: \"%1\" is not a time zone such as Europe/Berlin or UTC")
                                 .arg(parser.value(zoneOption))};
        }
    }
    const core::MetricsCalendar calendar(query.timeZone);
    const qint64 now = core::SystemClock::instance().nowMs();
    const QDate today = calendar.localDate(now);
    const QDate to = parser.isSet(toOption) ? parseDate(parser, toOption) : today;
    const QDate from = parser.isSet(fromOption) ? parseDate(parser, fromOption) : to.addDays(-364);
    if (to < from) {
        throw UsageError{
            tr("--to (%1) is before --from (%2)").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate))};
    }
    query.period = calendar.dates(from, to);
    if (parser.isSet(byOption)) {
        const auto grouping = core::metricsGroupings().fromKey(parser.value(byOption).trimmed());
        if (!grouping) {
            throw UsageError{
                tr("--by takes one of %1").arg(core::metricsGroupings().keys().join(QStringLiteral(", ")))};
        }
        query.grouping = *grouping;
    }
    const auto scope = core::exerciseScopes().fromKey(parser.value(scopeOption).trimmed());
    if (!scope) {
        throw UsageError{tr("--scope takes real, exercise or all")};
    }
    query.scope = *scope;
    query.severities = parseList(parser, severityOption, core::severities());
    query.tiers = parseList(parser, tierOption, core::tiers());
    query.categories = parseList(parser, categoryOption, core::categories());
    query.sources = parseList(parser, sourceOption, core::detectionSources());

    const QString path = parser.value(Context::databaseOption());
    if (path.isEmpty()) {
        throw UsageError{tr("--database FILE is required")};
    }
    // Reading figures does not need the full integrity check (`musterctl db check`).
    storage::Database::Options options;
    options.create = false;
    options.integrityCheckMaxBytes = 0;
    auto db = storage::Database::open(path, options);
    const storage::MetricsReport report = storage::MetricsService(*db).report(query);
    if (parser.isSet(Context::jsonOption())) {
        ctx.printJson(report.toJson());
        return Ok;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        ctx.out << QString::fromUtf8(metricsCsv(report));
        return Ok;
    }
    ctx.out << tr("Incidents detected %1 to %2 (%3), %4")
                   .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), QString::fromUtf8(query.timeZone.id()),
                        core::exerciseScopes().label(query.scope).toLower())
            << '\n'
            << tr("As of %1. Means leave out incidents that have not reached the measure (\"not yet\"); median and "
                  "p90 interpolate between ranks; false positives are counted apart.")
                   .arg(QDateTime::fromMSecsSinceEpoch(report.asOfMs, query.timeZone).toString(Qt::ISODate))
            << "\n\n";
    for (const storage::MetricsGroup& group : report.groups) {
        printGroup(ctx.out, report, group, group.label);
        ctx.out << '\n';
    }
    printGroup(ctx.out, report, report.total, tr("Total"));
    return Ok;
}

} // namespace

QList<Command> metricsCommands()
{
    return {
        {{QStringLiteral("metrics")},
         QStringLiteral("metrics --database FILE [--from DATE] [--to DATE] "
                        "[--by severity|tier|category|source|commander|team|week|month|quarter] "
                        "[--scope real|exercise|all] [--severity LIST] [--tier LIST] [--category LIST] "
                        "[--source LIST] [--time-zone ZONE] [--json|--csv]"),
         tr("MTTA, MTTR, time to contain and to close: count, mean, median, p90 and SLA breaches, as the dashboard "
            "shows them."),
         metrics},
    };
}

} // namespace muster::ctl
