#include "core/DeadlineRules.h"
#include "core/Error.h"
#include "core/RegulatoryClock.h"

#include <QDateTime>
#include <QTest>

using namespace muster;
using core::BusinessCalendar;
using core::RegulatoryClock;

namespace {

qint64 at(const char* zone, int y, int mo, int d, int h, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone(QByteArray(zone))).toMSecsSinceEpoch();
}

qint64 utc(int y, int mo, int d, int h, int mi = 0)
{
    return at("UTC", y, mo, d, h, mi);
}

QString local(qint64 ms, const char* zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(QByteArray(zone))).toString(Qt::ISODateWithMs);
}

BusinessCalendar newYork()
{
    return BusinessCalendar(QTimeZone(QByteArrayLiteral("America/New_York")), BusinessCalendar::Base::UsFederal);
}

BusinessCalendar berlin()
{
    return BusinessCalendar(QTimeZone(QByteArrayLiteral("Europe/Berlin")), BusinessCalendar::Base::None);
}

qint64 dueOf(const char* rule, const QHash<QString, qint64>& anchors, const BusinessCalendar& calendar)
{
    const auto due = RegulatoryClock::due(RegulatoryClock::ruleOrThrow(QString::fromLatin1(rule)), anchors, calendar);
    return due.value_or(-1);
}

QHash<QString, qint64> anchor(const char* event, qint64 time)
{
    return {{QString::fromLatin1(event), time}};
}

} // namespace

class TestRegulatoryClock : public QObject
{
    Q_OBJECT

private slots:
    void gdpr_overWeekend_countsElapsedHours()
    {
        // Aware on Friday afternoon: the 72 hours run through the weekend.
        QCOMPARE(dueOf("gdpr_art33", anchor("became_aware", utc(2026, 3, 6, 16)), berlin()), utc(2026, 3, 9, 16));
    }

    void gdpr_acrossSpringForward_isSeventyTwoRealHours()
    {
        // Berlin moves to summer time on 29 March 2026: 10:00 CET + 72 h is 11:00 CEST.
        const qint64 aware = at("Europe/Berlin", 2026, 3, 27, 10);
        const qint64 due = dueOf("gdpr_art33", anchor("became_aware", aware), berlin());
        QCOMPARE(due - aware, qint64(72) * 3'600'000);
        QCOMPARE(local(due, "Europe/Berlin"), QStringLiteral("2026-03-30T11:00:00.000+02:00"));
    }

    void nis2_earlyWarningNotificationAndFinalReport()
    {
        const qint64 aware = at("Europe/Berlin", 2026, 1, 29, 14, 30);
        const auto anchors = anchor("became_aware", aware);
        QCOMPARE(dueOf("nis2_early_warning", anchors, berlin()), aware + 24 * 3'600'000LL);
        QCOMPARE(dueOf("nis2_notification", anchors, berlin()), aware + 72 * 3'600'000LL);
        // The final report has no clock until the notification was made.
        QCOMPARE(dueOf("nis2_final_report", anchors, berlin()), -1);
        // Notified on 31 January: one month later is the last day of February.
        const qint64 notified = at("Europe/Berlin", 2026, 1, 31, 12);
        const qint64 final =
            dueOf("nis2_final_report", {{RegulatoryClock::afterKey(QStringLiteral("nis2_notification")), notified}},
                  berlin());
        QCOMPARE(local(final, "Europe/Berlin"), QStringLiteral("2026-02-28T12:00:00.000+01:00"));
    }

    void dora_initial_isEarlierOfFourHoursAfterClassificationAndDayAfterAwareness()
    {
        const qint64 aware = utc(2026, 3, 2, 8);
        QHash<QString, qint64> anchors = anchor("became_aware", aware);
        // Only aware: no later than 24 hours after becoming aware.
        QCOMPARE(dueOf("dora_initial", anchors, berlin()), utc(2026, 3, 3, 8));
        // Classified in the evening: 4 hours after classification comes first.
        anchors.insert(QStringLiteral("classified_major"), utc(2026, 3, 2, 22));
        QCOMPARE(dueOf("dora_initial", anchors, berlin()), utc(2026, 3, 3, 2));
        // Classified late (a late start): the 24-hour limit still holds.
        anchors.insert(QStringLiteral("classified_major"), utc(2026, 3, 3, 6));
        QCOMPARE(dueOf("dora_initial", anchors, berlin()), utc(2026, 3, 3, 8));
        // Intermediate 72 hours after the initial notification; final one month after that.
        QCOMPARE(dueOf("dora_intermediate", {{QStringLiteral("after:dora_initial"), utc(2026, 3, 3, 7)}}, berlin()),
                 utc(2026, 3, 6, 7));
        QCOMPARE(dueOf("dora_final", {{QStringLiteral("after:dora_intermediate"), utc(2026, 3, 5, 15)}}, berlin()),
                 utc(2026, 4, 5, 14)); // 16:00 CET -> 16:00 CEST the next month
    }

    void sec8k_skipsWeekendAndThanksgiving()
    {
        // Determined material on Friday 20 November 2026. Business days: Mon 23, Tue 24,
        // Wed 25, (Thu 26 is Thanksgiving), Fri 27. Due at 17:30 Eastern.
        const qint64 determined = at("America/New_York", 2026, 11, 20, 11);
        const qint64 due = dueOf("sec_8k_105", anchor("determined_material", determined), newYork());
        QCOMPARE(local(due, "America/New_York"), QStringLiteral("2026-11-27T17:30:00.000-05:00"));
    }

    void sec8k_acrossFallBack_keepsEasternCutoff()
    {
        // Thursday 29 October (EDT) + 4 business days = Wednesday 4 November (EST, after
        // the change on 1 November): 17:30 EST is 22:30 UTC, not 21:30.
        const qint64 due =
            dueOf("sec_8k_105", anchor("determined_material", at("America/New_York", 2026, 10, 29, 15)), newYork());
        QCOMPARE(due, utc(2026, 11, 4, 22, 30));
    }

    void sec8k_configuredHolidays_areSkippedAndRemovedOnesCount()
    {
        // The organisation closes on Christmas Eve: Tue 22, Wed 23, (Thu 24 added,
        // Fri 25 Christmas, weekend), Mon 28, Tue 29.
        BusinessCalendar calendar = BusinessCalendar::fromSettings(
            QStringLiteral("America/New_York"), QStringLiteral("us_federal"), QStringLiteral("2026-12-24"), QString());
        const qint64 determined = at("America/New_York", 2026, 12, 21, 9);
        QCOMPARE(local(dueOf("sec_8k_105", anchor("determined_material", determined), calendar), "America/New_York"),
                 QStringLiteral("2026-12-29T17:30:00.000-05:00"));
        // Without the base calendar and with Columbus Day explicitly a working day.
        BusinessCalendar plain = BusinessCalendar::fromSettings(QStringLiteral("America/New_York"),
                                                                QStringLiteral("none"), QString(), QString());
        QCOMPARE(local(dueOf("sec_8k_105", anchor("determined_material", determined), plain), "America/New_York"),
                 QStringLiteral("2026-12-25T17:30:00.000-05:00"));
        QVERIFY(newYork().isHoliday(QDate(2026, 10, 12)));
        BusinessCalendar working = BusinessCalendar::fromSettings(
            QStringLiteral("America/New_York"), QStringLiteral("us_federal"), QString(), QStringLiteral("2026-10-12"));
        QVERIFY(!working.isHoliday(QDate(2026, 10, 12)));
    }

    void sec8k_determinedOnSaturday_countsFromMonday()
    {
        const qint64 due =
            dueOf("sec_8k_105", anchor("determined_material", at("America/New_York", 2026, 3, 7, 10)), newYork());
        QCOMPARE(local(due, "America/New_York"), QStringLiteral("2026-03-12T17:30:00.000-04:00"));
    }

    void hipaa_sixtyCalendarDays_endsAtLocalMidnightAcrossDst()
    {
        // Discovered 10 January 2026 (EST); day 60 is 11 March (EDT since 8 March).
        const qint64 discovered = at("America/New_York", 2026, 1, 10, 14);
        const qint64 due = dueOf("hipaa_individuals", anchor("discovered", discovered), newYork());
        QCOMPARE(local(due, "America/New_York"), QStringLiteral("2026-03-11T23:59:59.999-04:00"));
        QCOMPARE(dueOf("hipaa_hhs", anchor("discovered", discovered), newYork()), due);
    }

    void hipaaHhs_appliesFromFiveHundredIndividuals()
    {
        const auto& rule = RegulatoryClock::ruleOrThrow(QStringLiteral("hipaa_hhs"));
        core::IncidentAttributes a;
        a.personalData = true;
        a.sectors = {core::RegulatedSector::Health};
        a.jurisdictions = {QStringLiteral("US-CA")};
        a.affectedIndividuals = 499;
        QVERIFY(!rule.appliesTo(a));
        a.affectedIndividuals = 500;
        QVERIFY(rule.appliesTo(a));
        QVERIFY(RegulatoryClock::ruleOrThrow(QStringLiteral("hipaa_individuals")).appliesTo(a));
        QVERIFY(!RegulatoryClock::ruleOrThrow(QStringLiteral("gdpr_art33")).appliesTo(a));
    }

    void nydfs_seventyTwoHoursAfterDetermination()
    {
        const qint64 determined = at("America/New_York", 2026, 7, 2, 18);
        QCOMPARE(dueOf("nydfs_500_17", anchor("determined_incident", determined), newYork()),
                 determined + 72 * 3'600'000LL);
        QCOMPARE(dueOf("nydfs_extortion_notice", anchor("extortion_paid", determined), newYork()),
                 determined + 24 * 3'600'000LL);
    }

    void applicability_followsAttributes()
    {
        core::IncidentAttributes a;
        a.jurisdictions = {QStringLiteral("DE")};
        const auto applies = [&](const char* id) {
            return RegulatoryClock::ruleOrThrow(QString::fromLatin1(id)).appliesTo(a);
        };
        QVERIFY(!applies("gdpr_art33"));
        a.personalData = true;
        QVERIFY(applies("gdpr_art33"));
        QVERIFY(!applies("nis2_notification"));
        QVERIFY(!applies("dora_initial"));
        a.sectors = {core::RegulatedSector::Financial};
        QVERIFY(applies("dora_initial"));
        QVERIFY(!applies("nydfs_500_17"));
        a.jurisdictions = {QStringLiteral("US-NY")};
        QVERIFY(applies("nydfs_500_17"));
        QVERIFY(!applies("dora_initial"));
        QVERIFY(!applies("sec_8k_105"));
    }

    void everyRule_namesItsSource()
    {
        QVERIFY(RegulatoryClock::rules().size() >= 11);
        for (const auto& r : RegulatoryClock::rules()) {
            QVERIFY2(!r.source.isEmpty() && r.sourceUrl.startsWith(QLatin1String("https://")), qPrintable(r.id));
            QVERIFY2(!r.limbs.isEmpty(), qPrintable(r.id));
        }
        QVERIFY_THROWS_EXCEPTION(core::Error, RegulatoryClock::ruleOrThrow(QStringLiteral("gdpr")));
    }

    void usFederalHolidays_observedDates()
    {
        // 1 January 2022 was a Saturday: observed on Friday 31 December 2021.
        QVERIFY(BusinessCalendar::usFederalHolidays(2021).contains(QDate(2021, 12, 31)));
        QVERIFY(!BusinessCalendar::usFederalHolidays(2022).contains(QDate(2022, 1, 1)));
        // Juneteenth 2027 is a Saturday: observed Friday 18 June.
        QVERIFY(BusinessCalendar::usFederalHolidays(2027).contains(QDate(2027, 6, 18)));
        // Christmas 2022 was a Sunday: observed Monday 26 December.
        QVERIFY(BusinessCalendar::usFederalHolidays(2022).contains(QDate(2022, 12, 26)));
        QCOMPARE(BusinessCalendar::usFederalHolidays(2026).size(), 11);
    }

    void calendarSettings_badValues_nameTheField()
    {
        try {
            BusinessCalendar::fromSettings(QStringLiteral("Mars/Olympus"), QString(), QString(), QString());
            QFAIL("bad zone accepted");
        } catch (const core::Error& e) {
            QVERIFY(e.message().contains(QLatin1String("Mars/Olympus")));
        }
        try {
            BusinessCalendar::fromSettings(QString(), QString(), QStringLiteral("2026-12-24, 2026-13-01"), QString());
            QFAIL("bad date accepted");
        } catch (const core::Error& e) {
            QVERIFY(e.message().contains(QLatin1String("2026-13-01")));
            QVERIFY(e.message().startsWith(QLatin1String("Additional holidays")));
        }
    }

    void lateStart_completionNeedsReasonsForDelay()
    {
        const auto& rule = RegulatoryClock::ruleOrThrow(QStringLiteral("gdpr_art33"));
        // Awareness is recorded four days after the fact: the deadline has already passed.
        const qint64 aware = utc(2026, 3, 1, 9);
        const qint64 now = utc(2026, 3, 5, 9);
        core::Deadline d;
        d.ruleId = rule.id;
        d.dueAt = *RegulatoryClock::due(rule, anchor("became_aware", aware), berlin());
        QVERIFY(d.isOverdue(now));
        QVERIFY(core::DeadlineRules::countdown(d.dueAt, now).startsWith(QLatin1String("overdue by 1 d 0 h")));
        try {
            core::DeadlineRules::complete(d, rule, now, QString(), now);
            QFAIL("late notification without reasons accepted");
        } catch (const core::Error& e) {
            QCOMPARE(e.kind(), core::Error::Kind::BadInput);
            QVERIFY(e.message().contains(QLatin1String("1 d 0 h")));
        }
        QCOMPARE(d.status, core::DeadlineStatus::Pending);
        const auto draft =
            core::DeadlineRules::complete(d, rule, now, QStringLiteral("Scope unclear until forensics"), now);
        QCOMPARE(d.status, core::DeadlineStatus::Missed);
        QCOMPARE(draft.kind, QStringLiteral("deadline_missed"));
        QVERIFY(draft.text.contains(QLatin1String("Scope unclear")));
        QVERIFY_THROWS_EXCEPTION(core::Error, core::DeadlineRules::complete(d, rule, now, QStringLiteral("x"), now));
    }

    void onTimeCompletion_isMet_andWaiverNeedsReason()
    {
        const auto& rule = RegulatoryClock::ruleOrThrow(QStringLiteral("nis2_early_warning"));
        core::Deadline d;
        d.dueAt = utc(2026, 3, 2, 9);
        const auto draft = core::DeadlineRules::complete(d, rule, utc(2026, 3, 2, 8), QString(), utc(2026, 3, 2, 8));
        QCOMPARE(d.status, core::DeadlineStatus::Met);
        QCOMPARE(draft.kind, QStringLiteral("deadline_met"));
        core::Deadline w;
        w.dueAt = utc(2026, 3, 2, 9);
        QVERIFY_THROWS_EXCEPTION(core::Error, core::DeadlineRules::waive(w, rule, QStringLiteral("  "), 0));
        core::DeadlineRules::waive(w, rule, QStringLiteral("Not a significant incident"), utc(2026, 3, 2, 7));
        QCOMPARE(w.status, core::DeadlineStatus::Waived);
    }

    void schedule_movesPendingAndKeepsCompleted()
    {
        const auto* gdpr = RegulatoryClock::rule(QStringLiteral("gdpr_art33"));
        const auto* nis2 = RegulatoryClock::rule(QStringLiteral("nis2_notification"));
        const auto anchors = anchor("became_aware", utc(2026, 3, 1, 9));
        auto changes = core::DeadlineRules::schedule({gdpr, nis2}, anchors, {}, berlin());
        QCOMPARE(changes.size(), 2);
        QVERIFY(changes.at(0).existingId.isEmpty());
        core::Deadline pending;
        pending.id = QStringLiteral("p");
        pending.ruleId = gdpr->id;
        pending.dueAt = utc(2026, 3, 4, 10);
        core::Deadline met = pending;
        met.id = QStringLiteral("m");
        met.ruleId = nis2->id;
        met.status = core::DeadlineStatus::Met;
        changes = core::DeadlineRules::schedule({gdpr, nis2}, anchors, {pending, met}, berlin());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).existingId, QStringLiteral("p"));
        QCOMPARE(changes.at(0).dueAt, utc(2026, 3, 4, 9));
    }

    void recordEvent_inFutureOrUnexplainedCorrection_isRefused()
    {
        const qint64 now = utc(2026, 3, 1, 9);
        QVERIFY_THROWS_EXCEPTION(core::Error, core::DeadlineRules::recordEvent(core::ClockEvent::BecameAware,
                                                                               now + 3'600'000, QString(), {}, now));
        QVERIFY_THROWS_EXCEPTION(core::Error, core::DeadlineRules::recordEvent(core::ClockEvent::BecameAware, now,
                                                                               QString(), now - 60'000, now));
        const auto d = core::DeadlineRules::recordEvent(core::ClockEvent::BecameAware, now - 3'600'000,
                                                        QStringLiteral("SOC confirmed exfiltration"), {}, now);
        QCOMPARE(d.occurredAt, now - 3'600'000);
        QVERIFY(d.text.contains(QLatin1String("2026-03-01 08:00 UTC")));
    }
};

QTEST_GUILESS_MAIN(TestRegulatoryClock)
#include "tst_regulatoryclock.moc"
