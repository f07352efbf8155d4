#include "TestSupport.h"
#include "core/Error.h"
#include "core/IncidentFacts.h"
#include "storage/IncidentRepository.h"
#include "storage/IncidentService.h"
#include "storage/MetricsService.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace muster;
using core::Measure;
using core::Severity;
using core::Status;
using storage::MetricsQuery;
using storage::MetricsService;

namespace {

constexpr qint64 kMinute = 60'000;

// A hand-made month of incidents (UTC), the figures of which are worked out by hand in
// the comments of the tests. Durations in minutes from detection.
//   A SEV1  ack 10, contain 60, remediate 300, close 600
//   B SEV1  ack 20, remediate 500 (never contained), close 1000
//   C SEV2  ack 30, contain 120, not remediated
//   D SEV3  never acknowledged
//   E SEV3  ack 5, remediated 100, closed 200, reopened 300, remediated again 400, closed 500
//   F SEV3  false positive (ack 15)
//   G SEV2  exercise (ack 1, remediate 50)
//   H SEV4  confidential, ack 45, remediate 2000
//   I SEV2  detected 6 h before it was created: ack 370, remediate 1800
//   J SEV3  detected in February: outside the period
//   L SEV4  ack 60, remediated 120, closed 180, reopened 240: no longer remediated
class Fixture
{
public:
    Fixture()
        : clock(test::utcMs(2026, 3, 1))
        , service(t.db(), clock)
    {
        core::Person commander;
        commander.id = QStringLiteral("person-ic");
        commander.name = QStringLiteral("Ines Commander");
        commander.team = QStringLiteral("SOC Tier 2");
        storage::PeopleRepository(t.db()).insert(commander);

        a = make(Severity::Sev1, test::utcMs(2026, 3, 2, 10),
                 {{Status::Acknowledged, 10},
                  {Status::Investigating, 11},
                  {Status::Contained, 60},
                  {Status::Remediated, 300},
                  {Status::Closed, 600}});
        b = make(Severity::Sev1, test::utcMs(2026, 3, 3, 10),
                 {{Status::Acknowledged, 20},
                  {Status::Investigating, 21},
                  {Status::Remediated, 500},
                  {Status::Closed, 1000}});
        c = make(Severity::Sev2, test::utcMs(2026, 3, 5, 8),
                 {{Status::Acknowledged, 30}, {Status::Investigating, 40}, {Status::Contained, 120}});
        d = make(Severity::Sev3, test::utcMs(2026, 3, 10, 9), {});
        e = make(Severity::Sev3, test::utcMs(2026, 3, 12),
                 {{Status::Acknowledged, 5},
                  {Status::Investigating, 6},
                  {Status::Remediated, 100},
                  {Status::Closed, 200},
                  {Status::Reopened, 300},
                  {Status::Investigating, 310},
                  {Status::Remediated, 400},
                  {Status::Closed, 500}});
        f = make(Severity::Sev3, test::utcMs(2026, 3, 15),
                 {{Status::Acknowledged, 15}, {Status::Investigating, 20}, {Status::FalsePositive, 60}});
        g = make(Severity::Sev2, test::utcMs(2026, 3, 16),
                 {{Status::Acknowledged, 1}, {Status::Investigating, 2}, {Status::Remediated, 50}}, true);
        h = make(Severity::Sev4, test::utcMs(2026, 3, 20),
                 {{Status::Acknowledged, 45}, {Status::Investigating, 50}, {Status::Remediated, 2000}}, false, true);
        i = make(Severity::Sev2, test::utcMs(2026, 3, 25, 6),
                 {{Status::Acknowledged, 370}, {Status::Investigating, 380}, {Status::Remediated, 1800}}, false, false,
                 test::utcMs(2026, 3, 25, 12));
        j = make(Severity::Sev3, test::utcMs(2026, 2, 27), {{Status::Acknowledged, 1}});
        l = make(Severity::Sev4, test::utcMs(2026, 3, 22),
                 {{Status::Acknowledged, 60},
                  {Status::Investigating, 61},
                  {Status::Remediated, 120},
                  {Status::Closed, 180},
                  {Status::Reopened, 240}});
        clock.set(test::utcMs(2026, 4, 15));
    }

    MetricsQuery march() const
    {
        MetricsQuery q;
        q.period = core::Period{test::utcMs(2026, 3, 1), test::utcMs(2026, 4, 1)};
        q.timeZone = QTimeZone::utc();
        q.asOfMs = test::utcMs(2026, 4, 15);
        return q;
    }

    QString make(Severity severity, qint64 detected, const QList<std::pair<Status, int>>& steps, bool exercise = false,
                 bool confidential = false, qint64 created = 0)
    {
        clock.set(created ? created : detected);
        core::Incident draft;
        draft.title = QStringLiteral("Fixture incident");
        draft.category = core::Category::Malware;
        draft.severity = severity;
        draft.detectedAt = detected;
        draft.exercise = exercise;
        draft.confidential = confidential;
        draft.commanderId = severity == Severity::Sev1 ? QStringLiteral("person-ic") : QString();
        if (exercise) {
            draft.detectionSource = core::DetectionSource::Exercise;
        }
        const QString id = service.create(draft, {}, actor(), QStringLiteral("impact began before the alert")).id;
        for (const auto& [status, minutes] : steps) {
            const qint64 at = detected + minutes * kMinute;
            clock.set(std::max(clock.nowMs(), at));
            service.transition(id, status, actor(), QString(), at);
        }
        return id;
    }

    static core::Actor actor() { return core::Actor{QString(), QStringLiteral("Fixture")}; }

    test::TempDatabase t;
    test::FixedClock clock;
    storage::IncidentService service;
    QString a, b, c, d, e, f, g, h, i, j, l;
};

// The reference: core's definitions over the incidents as loaded one by one.
core::DurationStats reference(storage::Database& db, const QStringList& ids, Measure m)
{
    QList<qint64> durations;
    qint64 pending = 0;
    for (const QString& id : ids) {
        const auto incident = storage::IncidentRepository(db).find(id);
        const auto d = core::measureDuration(core::IncidentFacts::of(*incident), m);
        if (d) {
            durations.append(*d);
        } else {
            ++pending;
        }
    }
    return core::DurationStats::of(durations, pending);
}

double minutes(const std::optional<double>& ms)
{
    return ms ? *ms / double(kMinute) : -1;
}

} // namespace

class TestMetricsService : public QObject
{
    Q_OBJECT

private slots:
    void total_matchesHandComputedFigures()
    {
        Fixture fx;
        const auto r = MetricsService(fx.t.db(), fx.clock).report(fx.march());
        // In: A B C D E H I L. Out: F (false positive, counted apart), G (exercise), J (February).
        QCOMPARE(r.total.incidents, 8);
        QCOMPARE(r.total.falsePositives, 1);
        QCOMPARE(r.total.confidential, 1);

        // Acknowledge: 5 10 20 30 45 60 370; D not acknowledged. Mean 540 / 7; median rank 3
        // -> 30; p90 h = 5.4 -> 60 + 0.4 * (370 - 60) = 184.
        const auto& ack = r.total.stats(Measure::Acknowledge);
        QCOMPARE(ack.count, 7);
        QCOMPARE(ack.pending, 1);
        QCOMPARE(ack.sumMs, 540 * kMinute);
        QCOMPARE(minutes(ack.meanMs), 540.0 / 7.0);
        QCOMPARE(minutes(ack.medianMs), 30.0);
        QCOMPARE(minutes(ack.p90Ms), 184.0);

        // Remediate: 300 400 500 1800 2000 (E's last remediation, I from its early detection);
        // C, D and L (reopened) not remediated. Median 500; p90 h = 3.6 -> 1800 + 0.6 * 200 = 1920.
        const auto& rem = r.total.stats(Measure::Remediate);
        QCOMPARE(rem.count, 5);
        QCOMPARE(rem.pending, 3);
        QCOMPARE(minutes(rem.meanMs), 1000.0);
        QCOMPARE(minutes(rem.medianMs), 500.0);
        QCOMPARE(minutes(rem.p90Ms), 1920.0);

        // Contain: 60 120. Median h = 0.5 -> 90; p90 h = 0.9 -> 114.
        const auto& con = r.total.stats(Measure::Contain);
        QCOMPARE(con.count, 2);
        QCOMPARE(con.pending, 6);
        QCOMPARE(minutes(con.medianMs), 90.0);
        QCOMPARE(minutes(con.p90Ms), 114.0);

        // Close: 500 600 1000 (E's last closure); L's closure cleared by its reopening.
        const auto& close = r.total.stats(Measure::Close);
        QCOMPARE(close.count, 3);
        QCOMPARE(close.pending, 5);
        QCOMPARE(minutes(close.meanMs), 700.0);
        QCOMPARE(minutes(close.medianMs), 600.0);
        QCOMPARE(minutes(close.p90Ms), 920.0);
    }

    void total_equalsCoreReference()
    {
        Fixture fx;
        const auto r = MetricsService(fx.t.db(), fx.clock).report(fx.march());
        const QStringList in{fx.a, fx.b, fx.c, fx.d, fx.e, fx.h, fx.i, fx.l};
        for (Measure m : MetricsService::allMeasures()) {
            QCOMPARE(r.total.stats(m), reference(fx.t.db(), in, m));
        }
    }

    void sla_defaultTargets_countMetBreachedOverduePending()
    {
        Fixture fx;
        const auto r = MetricsService(fx.t.db(), fx.clock).report(fx.march());
        // Acknowledge: A 10 <= 15 met, B 20 > 15 breached (SEV1); C 30 <= 60 met, I 370 > 60
        // breached (SEV2); D unacknowledged for weeks, over 4 h: overdue; E, H, L met.
        QCOMPARE(r.total.slaCounts(Measure::Acknowledge), (core::SlaCounts{5, 2, 1, 0}));
        // Remediate: A, B, E, H, I met; C (SEV2, 3 d) and D (SEV3, 7 d) overdue; L (SEV4, 30 d,
        // detected 24 days before the as-of time) still pending.
        QCOMPARE(r.total.slaCounts(Measure::Remediate), (core::SlaCounts{5, 0, 2, 1}));
        QCOMPARE(*r.total.slaCounts(Measure::Remediate).breachShare(), 2.0 / 7.0);
        // Close has no targets.
        QCOMPARE(r.total.slaCounts(Measure::Close), core::SlaCounts{});
    }

    void sla_storedTargets_changeTheCounts()
    {
        Fixture fx;
        MetricsService metrics(fx.t.db(), fx.clock);
        auto targets = metrics.slaTargets();
        QCOMPARE(targets, core::SlaTargets::defaults());
        targets.setTarget(Severity::Sev1, Measure::Acknowledge, 30 * kMinute);
        targets.setTarget(Severity::Sev2, Measure::Acknowledge, std::nullopt);
        metrics.setSlaTargets(fx.t.db(), targets);
        QCOMPARE(metrics.slaTargets(), targets);
        const auto r = metrics.report(fx.march());
        // A and B now met; C and I (SEV2) have no target and drop out.
        QCOMPARE(r.total.slaCounts(Measure::Acknowledge), (core::SlaCounts{5, 0, 1, 0}));
    }

    void sla_brokenStoredJson_isReportedWithTheKey()
    {
        Fixture fx;
        storage::SettingsRepository(fx.t.db()).setValue(MetricsService::slaSettingsKey(), QStringLiteral("{oops"), 1);
        try {
            MetricsService(fx.t.db(), fx.clock).slaTargets();
            QFAIL("broken JSON accepted");
        } catch (const core::Error& e) {
            QVERIFY(e.message().contains(MetricsService::slaSettingsKey()));
        }
    }

    void bySeverity_eachGroupMatchesReference()
    {
        Fixture fx;
        auto q = fx.march();
        q.grouping = core::MetricsGrouping::Severity;
        const auto r = MetricsService(fx.t.db(), fx.clock).report(q);
        QCOMPARE(r.groups.size(), 4);
        QCOMPARE(r.groups.at(0).key, QStringLiteral("sev1"));
        QCOMPARE(r.groups.at(0).label, QStringLiteral("SEV1"));
        // SEV1: A 10, B 20 -> median 15, p90 h = 0.9 -> 19.
        QCOMPARE(minutes(r.groups.at(0).stats(Measure::Acknowledge).medianMs), 15.0);
        QCOMPARE(minutes(r.groups.at(0).stats(Measure::Acknowledge).p90Ms), 19.0);
        const QList<QStringList> members{{fx.a, fx.b}, {fx.c, fx.i}, {fx.d, fx.e}, {fx.h, fx.l}};
        for (int s = 0; s < 4; ++s) {
            for (Measure m : MetricsService::allMeasures()) {
                QCOMPARE(r.groups.at(s).stats(m), reference(fx.t.db(), members.at(s), m));
            }
        }
        // SEV3's false positive F is counted in its group.
        QCOMPARE(r.groups.at(2).falsePositives, 1);
        QCOMPARE(r.total.incidents, 8);
    }

    void byCommanderAndTeam_nameTheGroups()
    {
        Fixture fx;
        auto q = fx.march();
        q.grouping = core::MetricsGrouping::Commander;
        auto r = MetricsService(fx.t.db(), fx.clock).report(q, {Measure::Acknowledge});
        QCOMPARE(r.groups.size(), 2);
        QCOMPARE(r.groups.at(0).label, QStringLiteral("No commander"));
        QCOMPARE(r.groups.at(1).label, QStringLiteral("Ines Commander"));
        QCOMPARE(r.groups.at(1).incidents, 2);
        q.grouping = core::MetricsGrouping::Team;
        r = MetricsService(fx.t.db(), fx.clock).report(q, {Measure::Acknowledge});
        QCOMPARE(r.groups.at(1).label, QStringLiteral("SOC Tier 2"));
        QCOMPARE(minutes(r.groups.at(1).stats(Measure::Acknowledge).meanMs), 15.0);
    }

    void exerciseScope_includesOnlyWhenAsked()
    {
        Fixture fx;
        auto q = fx.march();
        q.scope = core::ExerciseScope::Exercise;
        MetricsService metrics(fx.t.db(), fx.clock);
        auto r = metrics.report(q);
        QCOMPARE(r.total.incidents, 1);
        QCOMPARE(minutes(r.total.stats(Measure::Remediate).medianMs), 50.0);
        q.scope = core::ExerciseScope::All;
        r = metrics.report(q);
        QCOMPARE(r.total.incidents, 9);
        QCOMPARE(r.total.stats(Measure::Acknowledge).count, 8);
    }

    void weeks_emptyBucketsIncluded_andTotalsAgree()
    {
        Fixture fx;
        auto q = fx.march();
        q.grouping = core::MetricsGrouping::Week;
        const auto r = MetricsService(fx.t.db(), fx.clock).report(q);
        // 1 March 2026 is a Sunday: W09 (1 day), W10 .. W13, W14 (31 March).
        QCOMPARE(r.groups.size(), 6);
        QCOMPARE(r.groups.first().key, QStringLiteral("2026-W09"));
        QCOMPARE(r.groups.first().incidents, 0);
        QVERIFY(!r.groups.first().stats(Measure::Acknowledge).medianMs);
        qint64 incidents = 0;
        qint64 acknowledged = 0;
        for (const auto& g : r.groups) {
            incidents += g.incidents;
            acknowledged += g.stats(Measure::Acknowledge).count;
        }
        QCOMPARE(incidents, r.total.incidents);
        QCOMPARE(acknowledged, 7);
    }

    void weeksAcrossDaylightSaving_useLocalCalendar()
    {
        test::TempDatabase t;
        test::FixedClock clock(test::utcMs(2026, 3, 1));
        storage::IncidentService service(t.db(), clock);
        const QTimeZone berlin("Europe/Berlin");
        const auto at = [&](int d, int h, int m) {
            return QDateTime(QDate(2026, 3, d), QTime(h, m), berlin).toMSecsSinceEpoch();
        };
        const auto create = [&](qint64 detected, qint64 acknowledged) {
            clock.set(detected);
            core::Incident draft;
            draft.title = QStringLiteral("DST");
            draft.detectedAt = detected;
            const QString id = service.create(draft, {}, Fixture::actor()).id;
            clock.set(acknowledged);
            service.transition(id, Status::Acknowledged, Fixture::actor(), QString(), acknowledged);
        };
        // Sunday 29 March 01:30 CET, acknowledged 03:30 CEST: one hour, not two.
        create(at(29, 1, 30), at(29, 3, 30));
        // Monday 30 March 00:30 CEST (Sunday 23:30 in UTC+1): week 14.
        create(at(30, 0, 30), at(30, 0, 40));
        MetricsQuery q;
        q.timeZone = berlin;
        q.period = core::MetricsCalendar(berlin).dates(QDate(2026, 3, 23), QDate(2026, 4, 5));
        q.grouping = core::MetricsGrouping::Week;
        q.asOfMs = at(31, 0, 0);
        const auto r = MetricsService(t.db(), clock).report(q, {Measure::Acknowledge});
        QCOMPARE(r.groups.size(), 2);
        QCOMPARE(r.groups.at(0).key, QStringLiteral("2026-W13"));
        QCOMPARE(r.groups.at(0).incidents, 1);
        QCOMPARE(minutes(r.groups.at(0).stats(Measure::Acknowledge).meanMs), 60.0);
        QCOMPARE(r.groups.at(1).key, QStringLiteral("2026-W14"));
        QCOMPARE(r.groups.at(1).incidents, 1);
        QCOMPARE(minutes(r.groups.at(1).stats(Measure::Acknowledge).meanMs), 10.0);
    }

    void histogram_binsDurations()
    {
        Fixture fx;
        const QList<qint64> edges{0, 10 * kMinute, 60 * kMinute};
        const auto bins = MetricsService(fx.t.db(), fx.clock).histogram(fx.march(), Measure::Acknowledge, edges);
        // [0, 10): 5; [10, 60): 10 20 30 45; [60, ...): 60 370.
        QCOMPARE(bins, (QList<qint64>{1, 4, 2}));
    }

    void points_oneForEachRemediatedIncident_inDetectionOrder()
    {
        Fixture fx;
        const auto p = MetricsService(fx.t.db(), fx.clock).points(fx.march(), Measure::Remediate);
        QCOMPARE(p.durationMs, (QList<double>{300.0 * kMinute, 500.0 * kMinute, 400.0 * kMinute, 2000.0 * kMinute,
                                              1800.0 * kMinute}));
        QVERIFY(std::is_sorted(p.detectedMs.begin(), p.detectedMs.end()));
    }

    void incidentIds_resolveChartSelections()
    {
        Fixture fx;
        MetricsService metrics(fx.t.db(), fx.clock);
        storage::MetricsSelection overdue;
        overdue.measure = Measure::Acknowledge;
        overdue.slaOutcome = core::SlaTargets::Outcome::Overdue;
        QCOMPARE(metrics.incidentIds(fx.march(), overdue), QStringList{fx.d});
        storage::MetricsSelection breached = overdue;
        breached.slaOutcome = core::SlaTargets::Outcome::Breached;
        QCOMPARE(metrics.incidentIds(fx.march(), breached), (QStringList{fx.b, fx.i}));
        storage::MetricsSelection slow;
        slow.measure = Measure::Remediate;
        slow.minDurationMs = 1000 * kMinute;
        QCOMPARE(metrics.incidentIds(fx.march(), slow), (QStringList{fx.h, fx.i}));
        // Confidential H is among the ids: the incident list decides who may see it.
        slow.detected = core::Period{test::utcMs(2026, 3, 21), test::utcMs(2026, 4, 1)};
        QCOMPARE(metrics.incidentIds(fx.march(), slow), QStringList{fx.i});
        QVERIFY(!metrics.incidentIds(fx.march(), {}).contains(fx.f));
    }

    void openIncidents_bySeverityAndStatus()
    {
        Fixture fx;
        auto open = MetricsService(fx.t.db(), fx.clock).openIncidents(fx.march());
        std::sort(open.begin(), open.end(), [](const auto& x, const auto& y) {
            return std::pair(x.severity, x.status) < std::pair(y.severity, y.status);
        });
        // C contained, D new, L reopened (J acknowledged in February also counts: open is now).
        const QList<storage::OpenCount> expected{{Severity::Sev2, Status::Contained, 1},
                                                 {Severity::Sev3, Status::New, 1},
                                                 {Severity::Sev3, Status::Acknowledged, 1},
                                                 {Severity::Sev4, Status::Reopened, 1}};
        QCOMPARE(open, expected);
    }

    void dashboard_equalsTheSeparateReports()
    {
        Fixture fx;
        MetricsService metrics(fx.t.db(), fx.clock);
        const QList<Measure> headline{Measure::Acknowledge, Measure::Remediate};
        const auto d = metrics.dashboard(fx.march(), core::MetricsGrouping::Week);
        QCOMPARE(d.current.total, metrics.report(fx.march(), headline).total);
        for (const auto& [grouping, part] :
             {std::pair(core::MetricsGrouping::Severity, &d.bySeverity),
              std::pair(core::MetricsGrouping::Tier, &d.byTier), std::pair(core::MetricsGrouping::Week, &d.trend)}) {
            auto q = fx.march();
            q.grouping = grouping;
            const auto separate = metrics.report(q, headline);
            QCOMPARE(part->groups.size(), separate.groups.size());
            for (int i = 0; i < separate.groups.size(); ++i) {
                QCOMPARE(part->groups.at(i), separate.groups.at(i));
            }
        }
        QCOMPARE(d.remediation.detectedMs.size(), 5);
        QCOMPARE(d.acknowledgeHistogram.size(), MetricsService::histogramEdges().size());
        QVERIFY(!d.cancelled);
        const auto stopped = metrics.dashboard(fx.march(), core::MetricsGrouping::Week, [] { return true; });
        QVERIFY(stopped.cancelled);
    }

    void json_carriesFiguresAndDefinitions()
    {
        Fixture fx;
        auto q = fx.march();
        q.grouping = core::MetricsGrouping::Severity;
        const QJsonObject json = MetricsService(fx.t.db(), fx.clock).report(q).toJson();
        QCOMPARE(json.value(QStringLiteral("grouping")).toString(), QStringLiteral("severity"));
        const QJsonObject total = json.value(QStringLiteral("total")).toObject();
        QCOMPARE(total.value(QStringLiteral("incidents")).toInt(), 8);
        const QJsonObject ack = total.value(QStringLiteral("acknowledge")).toObject();
        QCOMPARE(ack.value(QStringLiteral("median_ms")).toDouble(), 30.0 * kMinute);
        QCOMPARE(ack.value(QStringLiteral("not_reached")).toInt(), 1);
        QCOMPARE(ack.value(QStringLiteral("sla")).toObject().value(QStringLiteral("overdue")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("groups")).toArray().size(), 4);
        QVERIFY(json.value(QStringLiteral("definitions")).toObject().contains(QStringLiteral("percentile")));
    }

    void emptyPeriod_givesZeroCountsAndNoFigures()
    {
        Fixture fx;
        auto q = fx.march();
        q.period = core::Period{test::utcMs(2025, 1, 1), test::utcMs(2025, 2, 1)};
        const auto r = MetricsService(fx.t.db(), fx.clock).report(q);
        QCOMPARE(r.total.incidents, 0);
        QVERIFY(!r.total.stats(Measure::Acknowledge).meanMs);
    }

    void report_leavesTheConnectionsTempStoreAsItWas()
    {
        Fixture fx;
        const auto tempStore = [&] {
            return storage::Query(fx.t.db().connection(), QStringLiteral("PRAGMA temp_store")).scalar().toInt();
        };
        QCOMPARE(tempStore(), 2); // MEMORY, as Database sets it
        MetricsService(fx.t.db(), fx.clock).report(fx.march());
        QCOMPARE(tempStore(), 2);
    }

    void aggregates_useTheCoveringIndex()
    {
        test::TempDatabase t;
        storage::Query plan(
            t.db().connection(),
            QStringLiteral("EXPLAIN QUERY PLAN SELECT i.acknowledged_at - i.detected_at FROM incidents i "
                           "WHERE i.detected_at >= 0 AND i.detected_at < 1 AND i.exercise = 0"));
        plan.exec();
        QString text;
        while (plan.next()) {
            text += plan.value(3).toString() + QLatin1Char('\n');
        }
        QVERIFY2(text.contains(QLatin1String("COVERING INDEX incidents_metrics")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestMetricsService)
#include "tst_metricsservice.moc"
