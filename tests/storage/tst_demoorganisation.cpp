#include "TestSupport.h"
#include "core/Alert.h"
#include "core/Exercise.h"
#include "storage/AlertFilter.h"
#include "storage/AlertRepository.h"
#include "storage/DemoOrganisation.h"
#include "storage/ExerciseService.h"
#include "storage/IncidentService.h"
#include "storage/PeopleRepository.h"
#include "storage/Sql.h"
#include "storage/WorkflowService.h"

#include <QElapsedTimer>
#include <QTest>

using namespace muster;

// The whole demo organisation a new user sees, written once into a real SQLite file.
class TestDemoOrganisation : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kNow = 1'796'126'400'000; // 2026-12-01 12:00 UTC

    int scalar(const QString& sql) { return storage::Query(m_t->db().connection(), sql).scalar().toInt(); }

    QList<core::Alert> alerts(QList<core::AlertTriage> triages)
    {
        storage::AlertFilter filter;
        filter.triages = std::move(triages);
        return storage::AlertRepository(m_t->db()).list(filter);
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(kNow, test::utcMs(2026, 12, 1, 12));
        m_t = std::make_unique<test::TempDatabase>();
        QElapsedTimer timer;
        timer.start();
        m_result = storage::DemoOrganisation::write(m_t->db(), 200, 20261129u, kNow);
        qInfo("demo organisation written in %lld ms", timer.elapsed());
    }

    void write_countsWhatItWrote()
    {
        QCOMPARE(m_result.data.incidents, 200);
        QCOMPARE(m_result.liveIncidents.size(), 3);
        QVERIFY(m_result.intel.items > 0);
        QCOMPARE(m_result.alerts.alerts, scalar(QStringLiteral("SELECT count(*) FROM alerts")));
        QCOMPARE(m_result.exercises.exercises, scalar(QStringLiteral("SELECT count(*) FROM exercises")));
    }

    void alerts_queueHasRepeatsLinksAndDismissals()
    {
        const auto queue = alerts({core::AlertTriage::Untriaged});
        QVERIFY2(queue.size() >= 10, qPrintable(QString::number(queue.size())));
        QCOMPARE(int(queue.size()), m_result.alerts.untriaged);
        // Deduplicated: some waiting alerts arrived several times; some were resolved by the source.
        QVERIFY(std::any_of(queue.cbegin(), queue.cend(), [](const core::Alert& a) { return a.occurrences > 1; }));
        QVERIFY(std::any_of(queue.cbegin(), queue.cend(),
                            [](const core::Alert& a) { return a.state == core::AlertState::Resolved; }));
        QVERIFY(std::any_of(queue.cbegin(), queue.cend(), [](const core::Alert& a) { return a.businessCritical; }));
        QVERIFY(m_result.alerts.occurrences > m_result.alerts.alerts);

        // Linked to incidents: promoted ones opened one, merged ones joined one, some the live incidents.
        const auto linked = alerts({core::AlertTriage::Promoted, core::AlertTriage::Merged});
        QVERIFY(m_result.alerts.promoted >= 4);
        QVERIFY(m_result.alerts.merged >= 4);
        for (const auto& a : linked) {
            QVERIFY2(!a.incidentId.isEmpty(), qPrintable(a.title));
            QVERIFY(!a.triagedBy.isEmpty());
        }
        QVERIFY(std::any_of(linked.cbegin(), linked.cend(),
                            [&](const core::Alert& a) { return m_result.liveIncidents.contains(a.incidentId); }));

        // Dismissed with a reason.
        const auto dismissed = alerts({core::AlertTriage::FalsePositive, core::AlertTriage::Benign});
        QVERIFY(dismissed.size() >= 5);
        for (const auto& a : dismissed) {
            QVERIFY2(!a.triageNote.isEmpty(), qPrintable(a.title));
            QVERIFY(a.incidentId.isEmpty());
        }
    }

    void actingPerson_hasOpenTasks()
    {
        const QString id = storage::DemoOrganisation::actingPerson(m_t->db());
        QCOMPARE(id, m_result.actingPersonId);
        const auto person = storage::PeopleRepository(m_t->db()).find(id);
        QVERIFY(person);
        QCOMPARE(person->function, core::PersonFunction::SecurityOperations);
        const auto tasks = storage::WorkflowService(m_t->db()).tasksOf(core::Actor{person->id, person->name}, false);
        QVERIFY2(tasks.size() >= 3, qPrintable(QString::number(tasks.size())));

        // A database without the demo suggests nobody.
        test::TempDatabase empty;
        QVERIFY(storage::DemoOrganisation::actingPerson(empty.db()).isEmpty());
    }

    void exercises_runFromTheLibraryWithEvaluations()
    {
        storage::ExerciseService service(m_t->db());
        const auto exercises = service.list();
        QCOMPARE(exercises.size(), 5);
        int ended = 0;
        int planned = 0;
        for (const auto& e : exercises) {
            ended += e.status == core::ExerciseStatus::Ended ? 1 : 0;
            planned += e.status == core::ExerciseStatus::Planned ? 1 : 0;
        }
        QCOMPARE(ended, 4);
        QCOMPARE(planned, 1);
        // Every run was evaluated and took its decisions.
        for (const auto& e : exercises) {
            if (e.status == core::ExerciseStatus::Ended) {
                const auto record = service.record(e.id);
                QVERIFY2(record.ratings.size() >= 6, qPrintable(e.title));
                QCOMPARE(record.choices.size(), 2);
                QVERIFY(!record.reviews.isEmpty() || e.scenarioKey == QLatin1String("bec-wire-fraud"));
            }
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM exercise_ratings")), m_result.exercises.ratings);
        QVERIFY(m_result.exercises.ratings >= 30);
        QVERIFY(m_result.exercises.decisions >= 4);
        QVERIFY(m_result.exercises.openImprovements > 0);
        QVERIFY(m_result.exercises.openImprovements < m_result.exercises.improvements);

        // The team gets better from run to run.
        const auto history = service.history(QStringLiteral("ransomware-double-extortion"));
        QCOMPARE(history.size(), 3);
        QVERIFY(*history.at(0).overall.shareMet() < *history.at(1).overall.shareMet());
        QVERIFY(*history.at(1).overall.shareMet() < *history.at(2).overall.shareMet());

        // Newest first: the planned one, then the latest run, which has an after-action report.
        QCOMPARE(exercises.at(0).status, core::ExerciseStatus::Planned);
        const auto latest = service.report(exercises.at(1).reference);
        QVERIFY(latest.actionsRated >= 12);
        QVERIFY(!latest.retests.isEmpty());

        // The latest ransomware run worked an exercise incident, closed after the exercise.
        int exerciseIncidents = 0;
        for (const auto& e : exercises) {
            if (!e.incidentId.isEmpty()) {
                ++exerciseIncidents;
                const auto incident = storage::IncidentService(m_t->db()).get(e.incidentId);
                QVERIFY(incident.exercise);
                QCOMPARE(incident.status, core::Status::Closed);
            }
        }
        QCOMPARE(exerciseIncidents, 1);
    }

    void everyTimeline_verifies()
    {
        storage::IncidentService service(m_t->db());
        storage::Query ids(m_t->db().connection(), QStringLiteral("SELECT id FROM incidents"));
        ids.exec();
        int checked = 0;
        while (ids.next()) {
            const auto v = service.verify(ids.value(0).toString());
            QVERIFY2(v.ok, qPrintable(v.problem));
            ++checked;
        }
        QVERIFY(checked > 200 + 3 + 5);
    }

    void sameNow_sameDemo()
    {
        test::TempDatabase again;
        const auto result = storage::DemoOrganisation::write(again.db(), 20, 20261129u, kNow);
        const QString sql = QStringLiteral("SELECT group_concat(title || triage || occurrences, '|') FROM "
                                           "(SELECT * FROM alerts ORDER BY received_at, title)");
        QCOMPARE(storage::Query(again.db().connection(), sql).scalar().toString(),
                 storage::Query(m_t->db().connection(), sql).scalar().toString());
        QCOMPARE(result.exercises.ratings, m_result.exercises.ratings);
    }

private:
    std::unique_ptr<test::TempDatabase> m_t;
    storage::DemoOrganisation::Result m_result;
};

QTEST_GUILESS_MAIN(TestDemoOrganisation)
#include "tst_demoorganisation.moc"
