#include "report/LeadershipLayout.h"

#include "core/DurationFormat.h"
#include "core/Measure.h"
#include "core/TimeText.h"
#include "report/ComparisonBarChart.h"
#include "report/DocumentBuilder.h"
#include "report/ReportText.h"
#include "report/SlaChart.h"
#include "report/TrendChart.h"

#include <QDateTime>

namespace muster::report {

using core::Measure;
using storage::LeadershipReport;
using storage::MetricsGroup;
using storage::MetricsReport;

namespace {

const MetricsGroup* groupOf(const MetricsReport& report, const QString& key)
{
    for (const MetricsGroup& g : report.groups) {
        if (g.key == key) {
            return &g;
        }
    }
    return nullptr;
}

qint64 incidentsOf(const MetricsReport& report, core::Severity s)
{
    const MetricsGroup* g = groupOf(report, core::severities().key(s));
    return g ? g->incidents : 0;
}

QString duration(const std::optional<double>& ms)
{
    return core::formatDuration(ms);
}

// The trend bucket's short label: "W05" for weeks, "Mar" for months.
QString bucketLabel(const MetricsGroup& g, const QTimeZone& zone)
{
    const QDate first = QDateTime::fromMSecsSinceEpoch(g.period.fromMs, zone).date();
    if (g.key.contains(QLatin1Char('W'))) {
        return g.key.mid(g.key.indexOf(QLatin1Char('W')));
    }
    return QLocale().monthName(first.month(), QLocale::ShortFormat);
}

QString changeOfDuration(const core::DurationStats& now, const core::DurationStats& before)
{
    if (!now.medianMs || !before.medianMs || before.count < storage::MetricsDashboard::comparableCount) {
        return LeadershipLayout::tr("too few to compare");
    }
    const double change = (*now.medianMs - *before.medianMs) / *before.medianMs * 100.0;
    if (std::abs(change) < 0.5) {
        return LeadershipLayout::tr("unchanged");
    }
    return change < 0 ? LeadershipLayout::tr("%1% faster").arg(std::abs(change), 0, 'f', 0)
                      : LeadershipLayout::tr("%1% slower").arg(change, 0, 'f', 0);
}

QString durationSentence(const QString& name, const core::DurationStats& now, const core::DurationStats& before)
{
    if (now.count == 0) {
        return LeadershipLayout::tr("%1: no incident of the period reached this step yet.").arg(name);
    }
    QString s = LeadershipLayout::tr("%1 was %2 (median %3, 90th percentile %4; incidents measured: %5)")
                    .arg(name, duration(now.meanMs), duration(now.medianMs), duration(now.p90Ms),
                         ReportText::number(now.count));
    if (before.count >= storage::MetricsDashboard::comparableCount && before.meanMs) {
        s = LeadershipLayout::tr("%1; in the previous period it was %2 (median %3).")
                .arg(s, duration(before.meanMs), duration(before.medianMs));
    } else {
        s = LeadershipLayout::tr("%1; the previous period had too few incidents to compare.").arg(s);
    }
    return s;
}

// A table of the rows the reader may see, and a note (with %1) on the confidential
// ones counted but left out; then an empty table does not claim there are none.
void tableWithUnlisted(DocumentBuilder& b, DocumentBuilder::Table table, int unlisted, const QString& note)
{
    if (table.rows.isEmpty() && unlisted > 0) {
        table.emptyText.clear();
    }
    b.table(table);
    if (unlisted > 0) {
        b.paragraph(note.arg(ReportText::number(unlisted)), DocumentBuilder::Style::Muted);
    }
}

QString ratingsText(const LeadershipReport::ExerciseRow& e)
{
    QStringList parts;
    for (core::Rating r : core::ratings().values()) {
        parts << QStringLiteral("%1 %2").arg(core::ratings().key(r)).arg(e.ratings.value(r));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QStringList LeadershipLayout::summary(const LeadershipReport& r)
{
    const MetricsGroup& now = r.metrics.current.total;
    const MetricsGroup& before = r.metrics.previous.total;
    QStringList out;

    const QString volume =
        tr("Incidents detected in the period: %1, %2 against the previous period (%3).")
            .arg(ReportText::number(now.incidents), ReportText::signedChange(now.incidents - before.incidents),
                 ReportText::number(before.incidents));
    QStringList severe;
    for (core::Severity s : {core::Severity::Sev1, core::Severity::Sev2}) {
        severe << tr("%1 %2").arg(ReportText::number(incidentsOf(r.metrics.bySeverity, s)),
                                  core::severities().label(s));
    }
    out << tr("%1 Of these: %2.").arg(volume, severe.join(tr(" and ")));

    out << durationSentence(tr("Mean time to acknowledge (MTTA)"), now.stats(Measure::Acknowledge),
                            before.stats(Measure::Acknowledge));
    out << durationSentence(tr("Mean time to remediate (MTTR)"), now.stats(Measure::Remediate),
                            before.stats(Measure::Remediate));

    const core::SlaCounts& rem = now.slaCounts(Measure::Remediate);
    if (rem.decided() > 0) {
        out << tr("Remediation missed its SLA target for %1 of %2 decided incidents (%3); %4 of them are still open "
                  "past the target.")
                   .arg(ReportText::number(rem.breached + rem.overdue), ReportText::number(rem.decided()),
                        ReportText::percent(rem.breachShare()), ReportText::number(rem.overdue));
    } else {
        out << tr("No incident of the period has reached or passed its remediation target yet.");
    }

    const int open = int(r.openHighSeverity.size()) + r.openHighSeverityNotListed;
    if (open == 0) {
        out << tr("No SEV1 or SEV2 incident is open.");
    } else {
        qint64 oldest = r.generatedAt;
        for (const auto& i : r.openHighSeverity) {
            oldest = std::min(oldest, i.detectedAt);
        }
        out << (r.openHighSeverity.isEmpty()
                    ? tr("SEV1 or SEV2 incidents still open: %1.").arg(ReportText::number(open))
                    : tr("SEV1 or SEV2 incidents still open: %1; the oldest was detected %2 ago.")
                          .arg(ReportText::number(open), core::formatDuration(r.generatedAt - oldest)));
    }

    const auto& d = r.deadlineCounts;
    out << (d.total() == 0 ? tr("No regulatory notification deadline fell due in the period.")
                           : tr("Regulatory deadlines due in the period: %6, of which %1 met, %2 missed and %3 "
                                "waived; %4 overdue and %5 still running.")
                                 .arg(d.met)
                                 .arg(d.missed)
                                 .arg(d.waived)
                                 .arg(d.overdue)
                                 .arg(d.pending)
                                 .arg(d.total()));

    int rated = 0;
    int met = 0;
    for (const auto& e : r.exercises) {
        for (auto it = e.ratings.cbegin(); it != e.ratings.cend(); ++it) {
            rated += it.value();
            met += it.key() == core::Rating::P || it.key() == core::Rating::S ? it.value() : 0;
        }
    }
    int overdue = 0;
    for (const auto& item : r.openImprovements) {
        overdue += item.dueAt && *item.dueAt < r.generatedAt ? 1 : 0;
    }
    QString exercises =
        r.exercises.isEmpty()
            ? tr("No tabletop exercise was run in the period.")
            : tr("Tabletop exercises run: %1; %2 of the rated expected actions were performed without major "
                 "challenges (P or S).")
                  .arg(ReportText::number(r.exercises.size()),
                       ReportText::percent(rated > 0 ? std::optional<double>(double(met) / rated) : std::nullopt));
    out << tr("%1 Improvement items still open: %2, of which %3 past their due date.")
               .arg(exercises, ReportText::number(r.openImprovements.size()), ReportText::number(overdue));
    return out;
}

ReportDocument LeadershipLayout::document(const LeadershipReport& r, const storage::OrganisationProfile& organisation)
{
    const QTimeZone& zone = r.metrics.current.query.timeZone;
    const ReportText text(zone);
    const MetricsGroup& now = r.metrics.current.total;
    const MetricsGroup& before = r.metrics.previous.total;
    const QString period = text.period(r.firstDay, r.lastDay);
    const QString previousPeriod = text.period(r.previousFirstDay, r.previousLastDay);

    DocumentBuilder b;
    b.title(tr("Leadership report"), tr("Security operations, %1").arg(period));
    b.facts({
        {tr("Organisation"), r.organisation.isEmpty() ? tr("not set (Settings > Organisation)") : r.organisation},
        {tr("Period"), tr("%1, incidents by detection date (%2)").arg(period, text.zoneName(r.generatedAt))},
        {tr("Compared with"), previousPeriod},
        {tr("Scope"), tr("Real incidents; exercise incidents are left out and false positives counted apart.")},
        {tr("Figures as of"), text.dateTime(r.metrics.current.asOfMs)},
    });

    b.heading(tr("1. Executive summary"));
    const QStringList points = summary(r);
    b.paragraph(points.value(0), DocumentBuilder::Style::Lead);
    b.bullets(points.mid(1));
    if (now.confidential > 0 || now.falsePositives > 0) {
        b.paragraph(tr("%1 confidential incidents are in the figures but not named in this report; %2 false "
                       "positives are not in the figures.")
                        .arg(ReportText::number(now.confidential), ReportText::number(now.falsePositives)),
                    DocumentBuilder::Style::Muted);
    }

    // Incidents by severity.
    b.heading(tr("2. Incidents by severity"));
    DocumentBuilder::Table bySeverity;
    bySeverity.header = {tr("Severity"), tr("This period"), tr("Previous period"), tr("Change")};
    bySeverity.widths = {40, 20, 20, 20};
    bySeverity.numericColumns = {1, 2, 3};
    QList<ComparisonBarChart::Group> groups;
    for (core::Severity s : core::severities().values()) {
        const qint64 current = incidentsOf(r.metrics.bySeverity, s);
        const qint64 previous = incidentsOf(r.previousBySeverity, s);
        bySeverity.rows.append({core::severities().label(s), ReportText::number(current), ReportText::number(previous),
                                ReportText::signedChange(current - previous)});
        groups.append({core::severities().label(s), current, previous});
    }
    bySeverity.rows.append({tr("Total"), ReportText::number(now.incidents), ReportText::number(before.incidents),
                            ReportText::signedChange(now.incidents - before.incidents)});
    b.table(bySeverity);
    QStringList definitions;
    for (core::Severity s : core::severities().values()) {
        definitions << tr("%1 — %2").arg(core::severities().label(s), core::severityDefinition(s));
    }
    b.paragraph(definitions.join(QLatin1Char('\n')), DocumentBuilder::Style::Small);
    b.chart(std::make_shared<ComparisonBarChart>(tr("Incidents detected by severity"), period, previousPeriod, groups));

    // Response times.
    b.heading(tr("3. Response times: MTTA and MTTR"));
    DocumentBuilder::Table kpi;
    kpi.header = {tr("Measure"),         tr("Mean"),
                  tr("Median"),          tr("90th percentile"),
                  tr("Incidents"),       tr("Not reached yet"),
                  tr("Previous median"), tr("Change of median")};
    kpi.widths = {22, 10, 10, 12, 10, 11, 12, 13};
    kpi.smallText = true;
    kpi.numericColumns = {1, 2, 3, 4, 5, 6};
    for (Measure m : {Measure::Acknowledge, Measure::Remediate}) {
        const core::DurationStats& s = now.stats(m);
        const core::DurationStats& p = before.stats(m);
        kpi.rows.append({tr("%1 (%2)").arg(core::measures().label(m), core::measureAcronym(m)), duration(s.meanMs),
                         duration(s.medianMs), duration(s.p90Ms), ReportText::number(s.count),
                         ReportText::number(s.pending), duration(p.medianMs), changeOfDuration(s, p)});
    }
    b.table(kpi);
    QList<TrendChart::Panel> panels;
    for (Measure m : {Measure::Acknowledge, Measure::Remediate}) {
        TrendChart::Panel panel{core::measures().label(m), {}};
        for (const MetricsGroup& g : r.metrics.trend.groups) {
            panel.points.append({bucketLabel(g, zone), g.stats(m).medianMs, g.stats(m).p90Ms});
        }
        panels.append(panel);
    }
    const bool weekly = r.metrics.trend.query.grouping == core::MetricsGrouping::Week;
    b.chart(std::make_shared<TrendChart>(weekly ? tr("Median and 90th percentile by week of detection")
                                                : tr("Median and 90th percentile by month of detection"),
                                         panels));
    b.paragraph(tr("%1 %2 Median and 90th percentile interpolate between ranks, so one long incident moves the mean "
                   "but not the median; the 90th percentile shows the long tail.")
                    .arg(core::measureFormula(Measure::Acknowledge), core::measureFormula(Measure::Remediate)),
                DocumentBuilder::Style::Small);

    // SLA.
    b.heading(tr("4. SLA targets"));
    QList<SlaChart::Row> slaRows;
    for (Measure m : {Measure::Acknowledge, Measure::Remediate}) {
        slaRows.append({core::measures().label(m), now.slaCounts(m)});
    }
    b.chart(std::make_shared<SlaChart>(tr("SLA outcomes of the incidents detected in the period"), slaRows));
    DocumentBuilder::Table sla;
    sla.header = {tr("Severity"), tr("Acknowledged late or overdue"), tr("Breach rate"),
                  tr("Remediated late or overdue"), tr("Breach rate")};
    sla.widths = {20, 22, 18, 22, 18};
    sla.smallText = true;
    sla.numericColumns = {1, 2, 3, 4};
    for (core::Severity s : core::severities().values()) {
        const MetricsGroup* g = groupOf(r.metrics.bySeverity, core::severities().key(s));
        const core::SlaCounts ack = g ? g->slaCounts(Measure::Acknowledge) : core::SlaCounts{};
        const core::SlaCounts rem = g ? g->slaCounts(Measure::Remediate) : core::SlaCounts{};
        sla.rows.append(
            {core::severities().label(s),
             tr("%1 of %2").arg(ReportText::number(ack.breached + ack.overdue), ReportText::number(ack.decided())),
             ReportText::percent(ack.breachShare()),
             tr("%1 of %2").arg(ReportText::number(rem.breached + rem.overdue), ReportText::number(rem.decided())),
             ReportText::percent(rem.breachShare())});
    }
    b.table(sla);
    b.paragraph(tr("Met: reached within the target of the incident's severity. Breached: reached late. Overdue: not "
                   "reached and already past the target. Breach rate = (breached + overdue) / (met + breached + "
                   "overdue); incidents still within their target are not decided yet. Targets are set in Settings."),
                DocumentBuilder::Style::Small);

    // Open high-severity incidents.
    b.heading(tr("5. Open SEV1 and SEV2 incidents"));
    DocumentBuilder::Table open;
    open.header = {tr("Incident"), tr("Severity"), tr("Status"), tr("Title"), tr("Owner"), tr("Open for")};
    open.widths = {16, 11, 12, 32, 16, 13};
    open.smallText = true;
    open.emptyText = tr("No SEV1 or SEV2 incident is open.");
    for (const auto& i : r.openHighSeverity) {
        open.rows.append({i.reference, core::severities().label(i.severity), core::statuses().label(i.status), i.title,
                          i.owner.isEmpty() ? tr("no commander named") : i.owner,
                          core::formatDuration(r.generatedAt - i.detectedAt)});
    }
    tableWithUnlisted(b, open, r.openHighSeverityNotListed,
                      tr("Further confidential incidents open and not listed here: %1."));

    // Regulatory deadlines.
    b.heading(tr("6. Regulatory deadlines"));
    const auto& c = r.deadlineCounts;
    b.paragraph(tr("Deadlines due in the period: %1 met, %2 missed, %3 waived, %4 overdue, %5 still running.")
                    .arg(c.met)
                    .arg(c.missed)
                    .arg(c.waived)
                    .arg(c.overdue)
                    .arg(c.pending));
    DocumentBuilder::Table deadlines;
    deadlines.header = {tr("Incident"), tr("Obligation"), tr("Due"), tr("Status"), tr("Done")};
    deadlines.widths = {17, 39, 16, 12, 16};
    deadlines.smallText = true;
    deadlines.emptyText = tr("No regulatory deadline fell due in the period.");
    for (const auto& d : r.deadlines) {
        const QString status = ReportText::deadlineStatus(d.deadline, r.generatedAt);
        deadlines.rows.append({d.deadline.incidentReference, d.rule, text.dateTime(d.deadline.dueAt), status,
                               text.dateTime(d.deadline.completedAt)});
    }
    tableWithUnlisted(b, deadlines, r.deadlinesNotListed,
                      tr("Deadlines of confidential incidents counted above and not listed: %1."));

    // Exercises and improvement items.
    b.heading(tr("7. Tabletop exercises"));
    DocumentBuilder::Table exercises;
    exercises.header = {tr("Exercise"),          tr("Scenario"),          tr("Date"),
                        tr("Rated actions"),     tr("Weakest objective"), tr("P or S"),
                        tr("Inject to decision")};
    exercises.widths = {22, 20, 12, 16, 11, 8, 11};
    exercises.smallText = true;
    exercises.emptyText = tr("No tabletop exercise was run in the period.");
    for (const auto& e : r.exercises) {
        exercises.rows.append(
            {tr("%1 %2").arg(e.reference, e.title), e.scenario, text.date(e.date), ratingsText(e),
             e.weakest ? core::ratings().key(*e.weakest) : QStringLiteral("–"), ReportText::percent(e.shareMet),
             e.meanDecisionMinutes ? tr("%1 min").arg(*e.meanDecisionMinutes, 0, 'f', 0) : QStringLiteral("–")});
    }
    b.table(exercises);
    if (!r.exercises.isEmpty()) {
        b.paragraph(tr("Ratings (HSEEP): P performed without challenges, S with some challenges, M with major "
                       "challenges, U unable to be performed. An objective is rated by its weakest expected action."),
                    DocumentBuilder::Style::Small);
    }

    b.heading(tr("8. Improvement items still open"));
    DocumentBuilder::Table items;
    items.header = {tr("Corrective action"), tr("Capability"), tr("Owner"), tr("Due"), tr("Status"), tr("Raised in")};
    items.widths = {34, 15, 15, 13, 10, 13};
    items.smallText = true;
    items.emptyText = tr("No improvement item is open.");
    for (const auto& i : r.openImprovements) {
        QString due = i.dueAt ? text.date(*i.dueAt) : tr("no date");
        if (i.dueAt && *i.dueAt < r.generatedAt) {
            due = tr("%1 (overdue)").arg(due);
        }
        items.rows.append({i.action, i.capability, i.ownerName.isEmpty() ? tr("unassigned") : i.ownerName, due,
                           core::improvementStatuses().label(i.status), i.exerciseReference});
    }
    b.table(items);

    ReportDocument doc;
    doc.letterhead.organisation = organisation.name;
    doc.letterhead.logo = organisation.logo;
    doc.letterhead.title = tr("Leadership report");
    doc.letterhead.subtitle = period;
    doc.letterhead.footer = text.generated(r.generatedAt, r.generatedBy);
    doc.documentTitle = tr("Leadership report, %1").arg(period);
    doc.bodyHtml = b.html();
    doc.markdown = b.markdown();
    doc.charts = b.charts();
    return doc;
}

} // namespace muster::report
