#include "TestSupport.h"
#include "core/AarRenderer.h"
#include "core/BuiltinScenarios.h"
#include "core/Error.h"
#include "core/ScenarioFormat.h"
#include "storage/DemoDataWriter.h"
#include "storage/ExerciseService.h"
#include "storage/IncidentService.h"
#include "storage/PeopleRepository.h"
#include "storage/ScenarioLibrary.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QTest>

using namespace muster;
using core::Error;
using core::ExerciseRules;
using core::Rating;

class TestExerciseService : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kMinute = 60'000;

    static core::Actor actor() { return core::Actor{QString(), QStringLiteral("Facilitator Fran")}; }

    static core::Scenario builtin(const QString& key)
    {
        for (const auto& s : core::BuiltinScenarios::all()) {
            if (s.id == key) {
                return s;
            }
        }
        qFatal("no builtin scenario %s", qPrintable(key));
    }

    static QString personOf(test::TempDatabase& t, core::PersonFunction f, int skip = 0)
    {
        for (const auto& p : storage::PeopleRepository(t.db()).all()) {
            if (p.function == f && skip-- == 0) {
                return p.id;
            }
        }
        qFatal("no person of that function");
    }

    // A ransomware exercise planned with people from the demo directory.
    static core::Exercise planRansomware(test::TempDatabase& t, storage::ExerciseService& service, int compression,
                                         qint64 when)
    {
        ExerciseRules::Plan plan;
        plan.title = QStringLiteral("Q3 crisis-team drill");
        plan.plannedAt = when;
        plan.compression = compression;
        plan.facilitatorId = personOf(t, core::PersonFunction::Risk);
        plan.participants = {
            {QStringLiteral("ic"), personOf(t, core::PersonFunction::SecurityOperations), {}},
            {QStringLiteral("soc"), personOf(t, core::PersonFunction::SecurityOperations, 1), {}},
            {QStringLiteral("itops"), personOf(t, core::PersonFunction::ItOperations), {}},
            {QStringLiteral("legal"), personOf(t, core::PersonFunction::Legal), {}},
            {QStringLiteral("comms"), personOf(t, core::PersonFunction::Communications), {}},
            {QStringLiteral("exec"), personOf(t, core::PersonFunction::Executive), {}},
        };
        return service.plan(builtin(QStringLiteral("ransomware-double-extortion")), plan, actor());
    }

    static int rows(test::TempDatabase& t, const QString& table)
    {
        return storage::Query(t.db().connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table))
            .scalar()
            .toInt();
    }

    static core::LogEntry decision(const QString& inject, const QString& role, const QString& text)
    {
        core::LogEntry e;
        e.kind = core::LogKind::Decision;
        e.injectId = inject;
        e.roleId = role;
        e.text = text;
        return e;
    }

    static QStringList releasedIds(const core::ExerciseRecord& r)
    {
        QStringList out;
        for (const auto& rel : r.releases) {
            out << rel.injectId;
        }
        return out;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<test::TempDatabase>();
        storage::DemoDataWriter::write(m_db->db(), 0, 7, test::utcMs(2026, 6, 1));
    }

    void plan_storesSnapshotParticipantsAndReference()
    {
        test::FixedClock clock(test::utcMs(2026, 6, 1, 9));
        storage::ExerciseService service(m_db->db(), clock);
        const auto e = planRansomware(*m_db, service, 10, test::utcMs(2026, 6, 12, 14));
        QCOMPARE(e.reference, QStringLiteral("EX-2026-0001"));
        QCOMPARE(e.status, core::ExerciseStatus::Planned);
        QCOMPARE(e.clock.compression, 10);
        QCOMPARE(e.participants.size(), 6);
        QVERIFY(!e.facilitatorName.isEmpty());
        QVERIFY(!e.peopleInRole(QStringLiteral("legal")).isEmpty());
        const auto r = service.record(e.reference);
        QCOMPARE(r.scenario.id, QStringLiteral("ransomware-double-extortion"));
        QCOMPARE(r.scenario.injects.size(), 10);
        QCOMPARE(planRansomware(*m_db, service, 1, test::utcMs(2026, 7, 1)).reference, QStringLiteral("EX-2026-0002"));
    }

    void plan_badInput_isRefusedAndStoresNothing()
    {
        storage::ExerciseService service(m_db->db());
        const auto scenario = builtin(QStringLiteral("ddos-extortion"));
        ExerciseRules::Plan plan;
        plan.title = QStringLiteral("Drill");
        plan.plannedAt = test::utcMs(2026, 6, 1);
        plan.compression = 61;
        QVERIFY_THROWS_EXCEPTION(Error, service.plan(scenario, plan, actor()));
        plan.compression = 5;
        plan.participants = {{QStringLiteral("cfo"), personOf(*m_db, core::PersonFunction::Executive), {}}};
        try {
            service.plan(scenario, plan, actor());
            QFAIL("unknown role accepted");
        } catch (const Error& e) {
            QVERIFY(e.message().contains(QLatin1String("no role \"cfo\"")));
        }
        plan.participants = {{QStringLiteral("legal"), QStringLiteral("nobody"), {}}};
        QVERIFY_THROWS_EXCEPTION(Error, service.plan(scenario, plan, actor()));
        const QString facilitator = personOf(*m_db, core::PersonFunction::Legal);
        plan.facilitatorId = facilitator;
        plan.participants = {{QStringLiteral("legal"), facilitator, {}}};
        QVERIFY_THROWS_EXCEPTION(Error, service.plan(scenario, plan, actor()));
        QCOMPARE(rows(*m_db, QStringLiteral("exercises")), 0);
        QCOMPARE(rows(*m_db, QStringLiteral("exercise_participants")), 0);
    }

    void clock_releasesOnScheduleInScenarioTimeWithCompression()
    {
        test::FixedClock clock(test::utcMs(2026, 6, 12, 14));
        storage::ExerciseService service(m_db->db(), clock);
        const auto planned = planRansomware(*m_db, service, 10, clock.nowMs());
        service.start(planned.id, actor());
        auto r = service.record(planned.id);
        QCOMPARE(releasedIds(r), QStringList{QStringLiteral("inj-01")});
        QCOMPARE(r.releases.first().way, core::ReleaseWay::Schedule);

        clock.advanceMinutes(2); // 20 scenario minutes: inj-02 is due at 25
        QVERIFY(service.releaseDue(planned.id, actor()).isEmpty());
        clock.advanceMinutes(1); // 30
        const auto released = service.releaseDue(planned.id, actor());
        QCOMPARE(released.size(), 1);
        QCOMPARE(released.first().injectId, QStringLiteral("inj-02"));
        QCOMPARE(released.first().scenarioMs, 25 * kMinute); // when it was due, not when the tick came

        // Paused, the clock stands still.
        service.pause(planned.id);
        clock.advanceMinutes(60);
        QCOMPARE(service.get(planned.id).clock.elapsedMs(clock.nowMs()), 30 * kMinute);
        QVERIFY(service.releaseDue(planned.id, actor()).isEmpty());
        service.resume(planned.id);
        clock.advanceMinutes(1);
        QCOMPARE(service.get(planned.id).clock.elapsedMs(clock.nowMs()), 40 * kMinute);

        // Skip ahead to the next inject on the clock (the ransom note at 50).
        QCOMPARE(service.skipToNext(planned.id, actor()), 50 * kMinute);
        r = service.record(planned.id);
        QVERIFY(releasedIds(r).contains(QStringLiteral("inj-04")));
        QCOMPARE(r.exercise.clock.elapsedMs(clock.nowMs()), 50 * kMinute);

        service.end(planned.id);
        QVERIFY_THROWS_EXCEPTION(Error, service.resume(planned.id));
        QVERIFY_THROWS_EXCEPTION(Error, service.skipToNext(planned.id, actor()));
    }

    void branches_expectationDecisionAndFacilitator_releaseTheirInjects()
    {
        test::FixedClock clock(test::utcMs(2026, 6, 12, 14));
        storage::ExerciseService service(m_db->db(), clock);
        const QString id = planRansomware(*m_db, service, 60, clock.nowMs()).id;
        service.start(id, actor());
        clock.set(clock.nowMs() + 30'000); // 30 scenario minutes at 60x
        service.releaseDue(id, actor());

        // Deciding a branch before its inject is out is refused.
        QVERIFY_THROWS_EXCEPTION(Error,
                                 service.choose(id, QStringLiteral("b-engage"), QStringLiteral("refuse"), actor()));

        // Expectation branch: rating the action P while running decides "met".
        service.rate(id, QStringLiteral("a-segment"), Rating::P, QStringLiteral("Cut within 12 minutes"), QString(),
                     actor());
        auto r = service.record(id);
        QVERIFY(r.choice(QStringLiteral("b-containment")));
        QCOMPARE(r.choice(QStringLiteral("b-containment"))->outcomeId, QStringLiteral("met"));
        auto statuses = ExerciseRules::injectStatuses(r);
        const auto stateOf = [&](const QString& inject) {
            for (const auto& st : statuses) {
                if (st.injectId == inject) {
                    return st.state;
                }
            }
            return ExerciseRules::InjectState::Released;
        };
        QCOMPARE(stateOf(QStringLiteral("inj-03a")), ExerciseRules::InjectState::Selected);
        QCOMPARE(stateOf(QStringLiteral("inj-03b")), ExerciseRules::InjectState::NotSelected);
        // inj-03a is due 15 minutes after the choice (at 30): the next due is at 45.
        QCOMPARE(service.skipToNext(id, actor()), 45 * kMinute);
        r = service.record(id);
        QCOMPARE(r.release(QStringLiteral("inj-03a"))->way, core::ReleaseWay::Branch);

        // Decision branch through the decision log.
        service.skipToNext(id, actor());   // 50: the ransom note
        clock.set(clock.nowMs() + 12'000); // 12 scenario minutes later
        auto entry = decision(QStringLiteral("inj-04"), QStringLiteral("exec"), QStringLiteral("No contact"));
        entry.rationale = QStringLiteral("Sanctions risk not cleared; backups intact");
        entry.approver = QStringLiteral("CEO");
        entry.branchId = QStringLiteral("b-engage");
        entry.outcomeId = QStringLiteral("refuse");
        const auto logged = service.log(id, entry, actor());
        QCOMPARE(logged.scenarioMs, 62 * kMinute);
        r = service.record(id);
        QCOMPARE(r.choice(QStringLiteral("b-engage"))->outcomeId, QStringLiteral("refuse"));
        QCOMPARE(r.sinceRelease(r.log.first()), std::optional<qint64>(12 * kMinute));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 service.choose(id, QStringLiteral("b-engage"), QStringLiteral("engage"), actor()));
        service.skipToNext(id, actor());
        r = service.record(id);
        QVERIFY(releasedIds(r).contains(QStringLiteral("inj-05b")));
        QVERIFY(!releasedIds(r).contains(QStringLiteral("inj-05a")));

        // A contingency inject goes out by hand, once.
        const auto manual = service.release(id, QStringLiteral("inj-08"), actor());
        QCOMPARE(manual.way, core::ReleaseWay::Manual);
        QVERIFY_THROWS_EXCEPTION(Error, service.release(id, QStringLiteral("inj-08"), actor()));
    }

    void log_badEntries_areRefusedAndStoreNothing()
    {
        test::FixedClock clock(test::utcMs(2026, 6, 12, 14));
        storage::ExerciseService service(m_db->db(), clock);
        const QString id = planRansomware(*m_db, service, 1, clock.nowMs()).id;
        QVERIFY_THROWS_EXCEPTION(Error,
                                 service.log(id, decision({}, QStringLiteral("exec"), QStringLiteral("x")), actor()));
        service.start(id, actor());
        // No role for a decision; empty text; inject not released; unknown branch.
        QVERIFY_THROWS_EXCEPTION(
            Error, service.log(id, decision(QStringLiteral("inj-01"), {}, QStringLiteral("Go")), actor()));
        QVERIFY_THROWS_EXCEPTION(
            Error,
            service.log(id, decision(QStringLiteral("inj-01"), QStringLiteral("ic"), QStringLiteral("  ")), actor()));
        try {
            service.log(id, decision(QStringLiteral("inj-04"), QStringLiteral("exec"), QStringLiteral("Pay")), actor());
            QFAIL("a decision on an inject not yet released was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Refused);
            QVERIFY(e.message().contains(QLatin1String("not been released")));
        }
        auto withBranch = decision(QStringLiteral("inj-01"), QStringLiteral("exec"), QStringLiteral("Pay"));
        withBranch.branchId = QStringLiteral("b-engage");
        withBranch.outcomeId = QStringLiteral("engage");
        QVERIFY_THROWS_EXCEPTION(Error, service.log(id, withBranch, actor()));
        QCOMPARE(rows(*m_db, QStringLiteral("exercise_log")), 0);
        QCOMPARE(rows(*m_db, QStringLiteral("exercise_branch_choices")), 0);
    }

    void fullExercise_reportHasRatingsDecisionsHotWashAndPlan()
    {
        test::FixedClock clock(test::utcMs(2026, 6, 12, 14));
        storage::ExerciseService service(m_db->db(), clock);
        storage::SettingsRepository(m_db->db())
            .setValue(QStringLiteral("organisation.name"), QStringLiteral("Northwind"), clock.nowMs());
        const QString id = planRansomware(*m_db, service, 10, clock.nowMs()).id;
        service.start(id, actor());
        clock.advanceMinutes(1); // 10 scenario minutes
        auto response = decision(QStringLiteral("inj-01"), QStringLiteral("soc"),
                                 QStringLiteral("Incident INC declared, <IC> paged"));
        response.kind = core::LogKind::Response;
        response.actionId = QStringLiteral("a-declare");
        service.log(id, response, actor());
        auto d = decision(QStringLiteral("inj-01"), QStringLiteral("itops"), QStringLiteral("Isolate FS02 via EDR"));
        d.approver = QStringLiteral("<IC>");
        d.rationale = QStringLiteral("Mass renaming | spreading");
        service.log(id, d, actor());
        service.rate(id, QStringLiteral("a-declare"), Rating::P, QStringLiteral("Declared in 10 min"),
                     QStringLiteral("Eve Evaluator"), actor());
        service.rate(id, QStringLiteral("a-isolate"), Rating::M, QStringLiteral("Only after a reminder"), QString(),
                     actor());
        service.end(id);
        service.rate(id, QStringLiteral("a-holding"), Rating::U, QStringLiteral("No statement was ready"), QString(),
                     actor());
        service.saveReview(id, {QStringLiteral("obj-contain"), QStringLiteral("Fast declaration"),
                                QStringLiteral("Isolation runbook unclear")});
        service.saveDiscussion(id,
                               {QStringLiteral("detect"), 0, QStringLiteral("The SOC declared within 10 minutes.")});
        QVERIFY_THROWS_EXCEPTION(Error, service.saveDiscussion(id, {QStringLiteral("detect"), 9, QStringLiteral("x")}));
        core::ImprovementItem item;
        item.objectiveId = QStringLiteral("obj-contain");
        item.action = QStringLiteral("Write an EDR isolation runbook");
        item.ownerId = personOf(*m_db, core::PersonFunction::ItOperations);
        item.dueAt = test::utcMs(2026, 8, 1);
        const auto stored = service.addImprovement(id, item);
        QCOMPARE(stored.capability, QStringLiteral("Cybersecurity")); // taken from the objective
        QCOMPARE(stored.status, core::ImprovementStatus::Open);
        QVERIFY(!stored.ownerName.isEmpty());
        item.action.clear();
        QVERIFY_THROWS_EXCEPTION(Error, service.addImprovement(id, item));

        const auto report = service.report(id);
        QCOMPARE(report.organisation, QStringLiteral("Northwind"));
        QCOMPARE(report.objectives.size(), 4);
        const auto& contain = report.objectives.first();
        QCOMPARE(contain.id, QStringLiteral("obj-contain"));
        QCOMPARE(contain.rating, std::optional<Rating>(Rating::M)); // the weakest of P and M
        QCOMPARE(contain.strengths, QStringLiteral("Fast declaration"));
        QCOMPARE(contain.actions.first().firstResponseMs, std::optional<qint64>(10 * kMinute));
        QCOMPARE(contain.actions.first().withinLimit, std::optional<bool>(true));
        QCOMPARE(report.decisions.size(), 1);
        QCOMPARE(report.decisions.first().sinceReleaseMs, std::optional<qint64>(10 * kMinute));
        QCOMPARE(report.improvements.size(), 1);
        QCOMPARE(report.actionsRated, 3);
        QCOMPARE(report.metrics.overall.shareMet(), std::optional<double>(1.0 / 3.0));

        const QString html = core::AarRenderer::html(report);
        QVERIFY(html.contains(QLatin1String("Write an EDR isolation runbook")));
        QVERIFY(html.contains(QLatin1String("Mass renaming | spreading")));
        QVERIFY(!html.contains(QLatin1String("<IC>")));
        const QString markdown = core::AarRenderer::markdown(report);
        QVERIFY(markdown.contains(QLatin1String("Mass renaming \\| spreading")));
        QVERIFY(markdown.contains(QLatin1String("| Isolate FS02 via EDR |")));
        QVERIFY(!markdown.contains(QLatin1String("<IC>"))); // participants' text never becomes markup
        QVERIFY(markdown.contains(QLatin1String("The SOC declared within 10 minutes.")));
        const QJsonObject json = core::AarRenderer::json(report);
        QCOMPARE(json[QStringLiteral("objectives")].toArray().size(), 4);
    }

    void nextRun_showsEarlierImprovementItemsAsRetested()
    {
        test::FixedClock clock(test::utcMs(2026, 3, 2, 14));
        storage::ExerciseService service(m_db->db(), clock);
        const QString first = planRansomware(*m_db, service, 10, clock.nowMs()).id;
        service.start(first, actor());
        clock.advanceMinutes(1);
        service.log(first, decision(QStringLiteral("inj-01"), QStringLiteral("itops"), QStringLiteral("Isolate")),
                    actor());
        service.rate(first, QStringLiteral("a-isolate"), Rating::U, {}, {}, actor());
        service.end(first);
        core::ImprovementItem item;
        item.objectiveId = QStringLiteral("obj-contain");
        item.action = QStringLiteral("EDR isolation runbook");
        service.addImprovement(first, item);
        item.objectiveId = QStringLiteral("obj-comms");
        item.action = QStringLiteral("Pre-approved holding statements");
        service.addImprovement(first, item);

        clock.set(test::utcMs(2026, 9, 1, 14));
        const QString second = planRansomware(*m_db, service, 10, clock.nowMs()).id;
        service.start(second, actor());
        clock.set(clock.nowMs() + 30'000); // 5 scenario minutes
        service.log(second, decision(QStringLiteral("inj-01"), QStringLiteral("itops"), QStringLiteral("Isolate")),
                    actor());
        service.rate(second, QStringLiteral("a-isolate"), Rating::P, {}, {}, actor());
        const auto report = service.report(second);
        QCOMPARE(report.retests.size(), 2);
        QCOMPARE(report.retests.at(0).action, QStringLiteral("EDR isolation runbook"));
        QVERIFY(report.retests.at(0).retested);
        QCOMPARE(report.retests.at(0).rating, std::optional<Rating>(Rating::P));
        QVERIFY(report.retests.at(0).fromExercise.startsWith(QLatin1String("EX-2026-")));
        QVERIFY(!report.retests.at(1).retested); // communications was not rated this time

        // Drill history: one point per run, overall and per role.
        const auto history = service.history(QStringLiteral("ransomware-double-extortion"));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).overall.shareMet(), std::optional<double>(0.0));
        QCOMPARE(history.at(1).overall.shareMet(), std::optional<double>(1.0));
        QCOMPARE(history.at(0).roles.value(QStringLiteral("itops")).meanDecisionMinutes, std::optional<double>(10.0));
        QCOMPARE(history.at(1).roles.value(QStringLiteral("itops")).meanDecisionMinutes, std::optional<double>(5.0));
    }

    void openIncident_createsExerciseIncidentOnce()
    {
        test::FixedClock clock(test::utcMs(2026, 6, 12, 14));
        storage::ExerciseService service(m_db->db(), clock);
        const QString id = planRansomware(*m_db, service, 10, clock.nowMs()).id;
        service.start(id, actor());
        const auto incident = service.openIncident(id, actor());
        QVERIFY(incident.exercise);
        QCOMPARE(incident.detectionSource, core::DetectionSource::Exercise);
        QCOMPARE(incident.category, core::Category::Ransomware);
        QVERIFY(!incident.commanderId.isEmpty());
        QVERIFY(incident.assigneeIds.size() >= 4);
        QVERIFY(incident.attackIds.contains(QStringLiteral("T1486")));
        const auto e = service.get(id);
        QCOMPARE(e.incidentId, incident.id);
        QCOMPARE(e.incidentReference, incident.reference);
        QVERIFY_THROWS_EXCEPTION(Error, service.openIncident(id, actor()));
        QCOMPARE(storage::IncidentService(m_db->db()).get(incident.reference).exercise, true);
    }

    void library_importsOpenAevOnceAndRefusesMalformed()
    {
        storage::ScenarioLibrary library(m_db->db());
        const int builtins = int(library.entries().size());
        QVERIFY(builtins >= 10);
        const auto result = library.importOpenAev(
            test::sourcePath(QStringLiteral("tests/data/openaev/tabletop-ransomware.zip")), false);
        QCOMPARE(result.scenario.injects.size(), 6);
        QCOMPARE(library.entries().size(), builtins + 1);
        const auto entry = library.find(QStringLiteral("ransomware-crisis-tabletop"));
        QVERIFY(entry && entry->scenario);
        QCOMPARE(entry->source, storage::ScenarioLibrary::Source::Imported);
        // Again: refused unless replacing.
        try {
            library.importOpenAev(test::sourcePath(QStringLiteral("tests/data/openaev/tabletop-ransomware.json")),
                                  false);
            QFAIL("a second import with the same id was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Conflict);
        }
        library.importOpenAev(test::sourcePath(QStringLiteral("tests/data/openaev/tabletop-ransomware.json")), true);
        QCOMPARE(rows(*m_db, QStringLiteral("scenarios")), 1);
        // Malformed: nothing stored.
        QVERIFY_THROWS_EXCEPTION(
            Error, library.importOpenAev(
                       test::sourcePath(QStringLiteral("tests/data/openaev-malformed/zip-bad-crc.zip")), false));
        QCOMPARE(rows(*m_db, QStringLiteral("scenarios")), 1);
        // A stored scenario with a shipped id replaces it in the list.
        auto custom = builtin(QStringLiteral("ddos-extortion"));
        custom.title = QStringLiteral("DDoS with extortion (our version)");
        library.save(custom, storage::ScenarioLibrary::Source::Custom, QString(), false);
        QCOMPARE(library.entries().size(), builtins + 1);
        QCOMPARE(library.find(QStringLiteral("ddos-extortion"))->title,
                 QStringLiteral("DDoS with extortion (our version)"));
        custom.injects.first().audience << QStringLiteral("nobody");
        QVERIFY_THROWS_EXCEPTION(Error,
                                 library.save(custom, storage::ScenarioLibrary::Source::Custom, QString(), true));
        library.remove(QStringLiteral("ddos-extortion"));
        QCOMPARE(library.find(QStringLiteral("ddos-extortion"))->source, storage::ScenarioLibrary::Source::Builtin);
        QVERIFY_THROWS_EXCEPTION(Error, library.remove(QStringLiteral("ddos-extortion")));
    }

private:
    std::unique_ptr<test::TempDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestExerciseService)
#include "tst_exerciseservice.moc"
