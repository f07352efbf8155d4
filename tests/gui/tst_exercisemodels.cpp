#include "TestSupport.h"
#include "core/BuiltinScenarios.h"
#include "gui/EvaluationModel.h"
#include "gui/ExerciseListModel.h"
#include "gui/ExerciseLogModel.h"
#include "gui/ImprovementModel.h"
#include "gui/InjectStatusModel.h"
#include "gui/ScenarioLibraryModel.h"
#include "storage/DemoDataWriter.h"
#include "storage/ExerciseService.h"
#include "storage/PeopleRepository.h"
#include "storage/ScenarioLibrary.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace muster;

// Every item model of the exercise feature, checked with QAbstractItemModelTester on a
// real database with an exercise that has run.
class TestExerciseModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<test::FixedClock> m_clock;
    QString m_exercise;

    core::ExerciseRecord record() { return storage::ExerciseService(m_db->db(), *m_clock).record(m_exercise); }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::TempDatabase>();
        m_clock = std::make_unique<test::FixedClock>(test::utcMs(2026, 4, 2, 10));
        storage::DemoDataWriter::write(m_db->db(), 0, 5, m_clock->nowMs());
        storage::ExerciseService service(m_db->db(), *m_clock);
        core::Scenario scenario;
        for (const auto& s : core::BuiltinScenarios::all()) {
            if (s.id == QLatin1String("bec-wire-fraud")) {
                scenario = s;
            }
        }
        const auto people = storage::PeopleRepository(m_db->db()).all();
        core::ExerciseRules::Plan plan;
        plan.title = QStringLiteral("Finance drill");
        plan.plannedAt = m_clock->nowMs();
        plan.compression = 10;
        plan.participants = {{QStringLiteral("finance"), people.at(0).id, {}},
                             {QStringLiteral("soc"), people.at(1).id, {}}};
        const core::Actor actor{QString(), QStringLiteral("Tester")};
        m_exercise = service.plan(scenario, plan, actor).id;
        service.start(m_exercise, actor);
        m_clock->advanceMinutes(2);
        core::LogEntry e;
        e.kind = core::LogKind::Decision;
        e.injectId = QStringLiteral("inj-01");
        e.roleId = QStringLiteral("finance");
        e.text = QStringLiteral("Call the bank's fraud line");
        e.actionId = QStringLiteral("a-bank");
        service.log(m_exercise, e, actor);
        service.rate(m_exercise, QStringLiteral("a-bank"), core::Rating::S, QStringLiteral("After 20 min"), {}, actor);
        core::ImprovementItem item;
        item.objectiveId = QStringLiteral("obj-recall");
        item.action = QStringLiteral("Print the bank's fraud hotline in the AP runbook");
        item.ownerId = people.at(2).id;
        item.dueAt = test::utcMs(2026, 3, 1); // overdue
        service.addImprovement(m_exercise, item);
    }

    void scenarioLibraryModel_passesTester()
    {
        gui::ScenarioLibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(storage::ScenarioLibrary(m_db->db()).entries());
        QVERIFY(model.rowCount() >= 10);
        const int row = model.rowOf(QStringLiteral("bec-wire-fraud"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, gui::ScenarioLibraryModel::InjectsColumn).data().toInt(), 8);
        QCOMPARE(model.index(row, 0).data(gui::ScenarioLibraryModel::KeyRole).toString(),
                 QStringLiteral("bec-wire-fraud"));
    }

    void exerciseListModel_passesTester()
    {
        gui::ExerciseListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(storage::ExerciseService(m_db->db()).list());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, gui::ExerciseListModel::StatusColumn).data().toString(), QStringLiteral("Running"));
        QCOMPARE(model.rowOf(m_exercise), 0);
    }

    void injectStatusModel_showsStates()
    {
        gui::InjectStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecord(record());
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.index(0, gui::InjectStatusModel::StateColumn).data().toString(), QStringLiteral("Released"));
        QCOMPARE(model.index(0, 0).data(gui::InjectStatusModel::ReleasedRole).toBool(), true);
        // inj-02a/02b wait for the expectation branch, which the S rating decided: met.
        QCOMPARE(model.index(1, gui::InjectStatusModel::StateColumn).data().toString(),
                 QStringLiteral("Selected by a branch"));
        QCOMPARE(model.index(2, gui::InjectStatusModel::StateColumn).data().toString(), QStringLiteral("Not selected"));
    }

    void logModel_showsTimeSinceRelease()
    {
        gui::ExerciseLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecord(record());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, gui::ExerciseLogModel::SinceReleaseColumn).data().toString(), QStringLiteral("20 min"));
        QCOMPARE(model.index(0, gui::ExerciseLogModel::RoleColumn).data().toString(),
                 QStringLiteral("Finance and accounts payable"));
    }

    void evaluationModel_editsGoThroughTheSaveFunction()
    {
        QStringList saved;
        gui::EvaluationModel model([&](const QString& action, const QString& rating, const QString& observation) {
            saved << QStringLiteral("%1=%2:%3").arg(action, rating, observation);
            return true;
        });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecord(record());
        QCOMPARE(model.rowCount(), int(record().scenario.allActions().size()));
        QCOMPARE(model.index(0, gui::EvaluationModel::RatingColumn).data().toString(), QStringLiteral("S"));
        QCOMPARE(model.index(0, gui::EvaluationModel::FirstResponseColumn).data().toString(), QStringLiteral("20 min"));
        QVERIFY(model.flags(model.index(0, gui::EvaluationModel::RatingColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, gui::EvaluationModel::ActionColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(model.index(0, gui::EvaluationModel::RatingColumn), QStringLiteral("p")));
        QVERIFY(!model.setData(model.index(0, gui::EvaluationModel::RatingColumn), QStringLiteral("X")));
        QVERIFY(model.setData(model.index(0, gui::EvaluationModel::ObservationColumn), QStringLiteral("Quick")));
        // An observation needs a rating first.
        QVERIFY(!model.setData(model.index(1, gui::EvaluationModel::ObservationColumn), QStringLiteral("x")));
        QCOMPARE(saved, QStringList({QStringLiteral("a-bank=P:After 20 min"), QStringLiteral("a-bank=S:Quick")}));
    }

    void improvementModel_marksOverdueItems()
    {
        gui::ImprovementModel model(m_clock->nowMs());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(storage::ExerciseService(m_db->db()).allImprovements());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, gui::ImprovementModel::DueColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Overdue"));
        QVERIFY(
            model.index(0, gui::ImprovementModel::ExerciseColumn).data().toString().startsWith(QLatin1String("EX-")));
        QCOMPARE(model.index(0, gui::ImprovementModel::CapabilityColumn).data().toString(),
                 QStringLiteral("Economic recovery"));
    }
};

QTEST_MAIN(TestExerciseModels)
#include "tst_exercisemodels.moc"
