#include "core/DurationFormat.h"
#include "core/DurationStats.h"
#include "core/Error.h"
#include "core/IncidentFacts.h"
#include "core/MetricsCalendar.h"
#include "core/SlaTargets.h"

#include <QDateTime>
#include <QTest>

using namespace muster::core;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;

qint64 local(const QTimeZone& zone, int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), zone).toMSecsSinceEpoch();
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void stats_empty_hasNoFigures()
    {
        const auto s = DurationStats::of({}, 3);
        QCOMPARE(s.count, 0);
        QCOMPARE(s.pending, 3);
        QVERIFY(!s.meanMs && !s.medianMs && !s.p90Ms);
    }

    void stats_single_isItsOwnMedianAndP90()
    {
        const auto s = DurationStats::of({42});
        QCOMPARE(*s.meanMs, 42.0);
        QCOMPARE(*s.medianMs, 42.0);
        QCOMPARE(*s.p90Ms, 42.0);
    }

    void stats_evenCount_medianIsMeanOfMiddlePair()
    {
        // Sorted 1 2 3 4: median h = 1.5 -> 2.5; p90 h = 2.7 -> 3 + 0.7 * 1 = 3.7.
        const auto s = DurationStats::of({4, 1, 3, 2});
        QCOMPARE(s.sumMs, 10);
        QCOMPARE(*s.meanMs, 2.5);
        QCOMPARE(*s.medianMs, 2.5);
        QCOMPARE(*s.p90Ms, 3.7);
    }

    void stats_longTail_meanAboveMedian()
    {
        // Sorted 1 3 5 7 9 100: mean 125 / 6; median h = 2.5 -> 6; p90 h = 4.5 -> 9 + 0.5 * 91 = 54.5.
        const auto s = DurationStats::of({5, 1, 9, 3, 7, 100});
        QCOMPARE(*s.meanMs, 125.0 / 6.0);
        QCOMPARE(*s.medianMs, 6.0);
        QCOMPARE(*s.p90Ms, 54.5);
    }

    void rank_matchesType7()
    {
        const auto r = DurationStats::rank(10, DurationStats::kP90);
        QCOMPARE(r.lower, 8);
        QCOMPARE(r.upper, 9);
        QVERIFY(qAbs(r.weight - 0.1) < 1e-9);
        const auto last = DurationStats::rank(1, DurationStats::kP90);
        QCOMPARE(last.lower, 0);
        QCOMPARE(last.upper, 0);
        QCOMPARE(last.weight, 0.0);
    }

    void fromAggregate_equalsReference()
    {
        const QList<qint64> d{300, 400, 500, 1800, 2000};
        const auto reference = DurationStats::of(d, 3);
        const auto aggregate = DurationStats::fromAggregate(5, 3, 5000, {500, 1800, 1800, 2000});
        QCOMPARE(aggregate, reference);
        QCOMPARE(*reference.p90Ms, 1920.0);
    }

    void measureDuration_reopenedKeepsFirstAckAndTakesLastRemediation()
    {
        IncidentFacts f;
        f.apply(QString(TimelineKind::Created), 1000, {{QStringLiteral("status"), QStringLiteral("new")}});
        const auto to = [&](const char* status, qint64 at) {
            f.apply(QString(TimelineKind::Transition), at, {{QStringLiteral("to"), QLatin1String(status)}});
        };
        to("acknowledged", 2000);
        to("investigating", 2500);
        to("remediated", 5000);
        to("closed", 6000);
        to("reopened", 7000);
        QVERIFY(!measureDuration(f, Measure::Remediate));
        QVERIFY(!measureDuration(f, Measure::Close));
        to("investigating", 7100);
        to("remediated", 9000);
        QCOMPARE(*measureDuration(f, Measure::Acknowledge), 1000);
        QCOMPARE(*measureDuration(f, Measure::Remediate), 8000);
        QVERIFY(!measureDuration(f, Measure::Contain));
    }

    void sla_classify_boundaries()
    {
        QCOMPARE(SlaTargets::classify(15 * kMinute, 0, 15 * kMinute), SlaTargets::Outcome::Met);
        QCOMPARE(SlaTargets::classify(15 * kMinute + 1, 0, 15 * kMinute), SlaTargets::Outcome::Breached);
        QCOMPARE(SlaTargets::classify(std::nullopt, 15 * kMinute, 15 * kMinute), SlaTargets::Outcome::Pending);
        QCOMPARE(SlaTargets::classify(std::nullopt, 15 * kMinute + 1, 15 * kMinute), SlaTargets::Outcome::Overdue);
        SlaCounts c;
        SlaTargets::count(c, SlaTargets::Outcome::Met);
        SlaTargets::count(c, SlaTargets::Outcome::Breached);
        SlaTargets::count(c, SlaTargets::Outcome::Overdue);
        SlaTargets::count(c, SlaTargets::Outcome::Pending);
        QCOMPARE(c.decided(), 3);
        QCOMPARE(*c.breachShare(), 2.0 / 3.0);
        QVERIFY(!SlaCounts{}.breachShare());
    }

    void sla_jsonRoundTrip_andBadValueNamesPath()
    {
        SlaTargets t = SlaTargets::defaults();
        QCOMPARE(*t.target(Severity::Sev1, Measure::Acknowledge), 15 * kMinute);
        QCOMPARE(*t.target(Severity::Sev1, Measure::Remediate), 24 * kHour);
        t.setTarget(Severity::Sev4, Measure::Contain, std::nullopt);
        QCOMPARE(SlaTargets::fromJson(t.toJson()), t);
        try {
            SlaTargets::fromJson(QJsonObject{
                {QStringLiteral("sev2"), QJsonObject{{QStringLiteral("acknowledge"), QStringLiteral("soon")}}}});
            QFAIL("accepted a string");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("sev2.acknowledge")), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(Error, t.setTarget(Severity::Sev1, Measure::Acknowledge, 0));
        QVERIFY_THROWS_EXCEPTION(Error, t.setTarget(Severity::Sev1, Measure::Close, kHour));
    }

    void calendar_weekWithSpringForward_lasts167Hours()
    {
        const QTimeZone berlin("Europe/Berlin");
        const MetricsCalendar cal(berlin);
        const Period march = cal.dates(QDate(2026, 3, 23), QDate(2026, 4, 5));
        const auto weeks = cal.buckets(march, MetricsGrouping::Week);
        QCOMPARE(weeks.size(), 2);
        QCOMPARE(weeks.at(0).key, QStringLiteral("2026-W13"));
        QCOMPARE(weeks.at(0).period.toMs - weeks.at(0).period.fromMs, 167 * kHour);
        QCOMPARE(weeks.at(1).key, QStringLiteral("2026-W14"));
        QCOMPARE(weeks.at(1).period.toMs - weeks.at(1).period.fromMs, 168 * kHour);
        // Monday 00:30 summer time belongs to the new week, although it is still Sunday in UTC+1.
        QVERIFY(weeks.at(1).period.contains(local(berlin, 2026, 3, 30, 0, 30)));
        QVERIFY(weeks.at(0).period.contains(local(berlin, 2026, 3, 29, 23, 59)));
    }

    void calendar_monthWithFallBack_lasts745Hours()
    {
        const MetricsCalendar cal(QTimeZone("Europe/Berlin"));
        const auto months = cal.buckets(cal.dates(QDate(2026, 10, 1), QDate(2026, 11, 30)), MetricsGrouping::Month);
        QCOMPARE(months.size(), 2);
        QCOMPARE(months.at(0).key, QStringLiteral("2026-10"));
        QCOMPARE(months.at(0).period.toMs - months.at(0).period.fromMs, (31 * 24 + 1) * kHour);
    }

    void calendar_bucketsAreClippedToPeriod()
    {
        const MetricsCalendar cal(QTimeZone::utc());
        const Period p{local(QTimeZone::utc(), 2026, 1, 15), local(QTimeZone::utc(), 2026, 4, 10)};
        const auto quarters = cal.buckets(p, MetricsGrouping::Quarter);
        QCOMPARE(quarters.size(), 2);
        QCOMPARE(quarters.at(0).key, QStringLiteral("2026-Q1"));
        QCOMPARE(quarters.at(0).period.fromMs, p.fromMs);
        QCOMPARE(quarters.at(1).period.toMs, p.toMs);
        QVERIFY(cal.buckets(p, MetricsGrouping::Severity).isEmpty());
    }

    void calendar_midnightInGap_startsAfterGap()
    {
        // Chile moves its clocks at midnight: 6 September 2026 starts at 01:00.
        const QTimeZone santiago("America/Santiago");
        const MetricsCalendar cal(santiago);
        const qint64 start = cal.startOfDay(QDate(2026, 9, 6));
        QCOMPARE(cal.localDate(start), QDate(2026, 9, 6));
        QCOMPARE(cal.localDate(start - 1), QDate(2026, 9, 5));
    }

    void calendar_periods()
    {
        const QTimeZone zone("Europe/Berlin");
        const MetricsCalendar cal(zone);
        const qint64 now = local(zone, 2026, 5, 14, 15, 0);
        const Period last30 = cal.lastDays(30, now);
        QCOMPARE(last30.fromMs, local(zone, 2026, 4, 15));
        QCOMPARE(last30.toMs, local(zone, 2026, 5, 15));
        const Period q = cal.quarter(now, 0);
        QCOMPARE(q, (Period{local(zone, 2026, 4, 1), local(zone, 2026, 7, 1)}));
        QCOMPARE(cal.previous(q), (Period{local(zone, 2026, 1, 1), local(zone, 2026, 4, 1)}));
        QCOMPARE(cal.previous(last30), (Period{local(zone, 2026, 3, 16), local(zone, 2026, 4, 15)}));
        QCOMPARE(cal.quarter(now, -1), cal.previous(q));
    }

    void formatDuration_readable()
    {
        QCOMPARE(formatDuration(std::nullopt), QStringLiteral("–"));
        QCOMPARE(formatDuration(45'000.0), QStringLiteral("45 s"));
        QCOMPARE(formatDuration(12.0 * kMinute), QStringLiteral("12 min"));
        QCOMPARE(formatDuration(185.0 * kMinute), QStringLiteral("3 h 05 min"));
        QCOMPARE(formatDuration(52.0 * kHour), QStringLiteral("2 d 4 h"));
        QCOMPARE(formatDuration(41.0 * 24 * kHour), QStringLiteral("41 d"));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
