#include "TestSupport.h"
#include "core/Clock.h"
#include "gui/DeadlineNotifier.h"
#include "gui/DeadlineStripWidget.h"
#include "gui/IncidentCommunicationsTab.h"
#include "gui/IncidentDeadlinesTab.h"
#include "gui/IncidentRolesWidget.h"
#include "gui/IncidentTasksTab.h"
#include "gui/MyTasksPage.h"
#include "gui/Resources.h"
#include "gui/Session.h"
#include "gui/WorkflowSettingsWidget.h"
#include "storage/DemoDataWriter.h"
#include "storage/IncidentService.h"
#include "storage/PeopleRepository.h"
#include "storage/WorkflowDemoWriter.h"
#include "storage/WorkflowService.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace muster;

// The workflow widgets on a demo organisation with three live incidents.
class TestWorkflowWidgets : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<gui::Session> m_session;
    QStringList m_incidents; // ransomware, insider, supplier

    static void screenshot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("MUSTER_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        }
    }

    static void show(QWidget* w, int width = 1180, int height = 680)
    {
        w->resize(width, height);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QTest::qWait(50);
    }

    template<typename Model>
    static Model* sourceModel(QTableView* view)
    {
        if (auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model())) {
            return qobject_cast<Model*>(proxy->sourceModel());
        }
        return qobject_cast<Model*>(view->model());
    }

    core::Person personOf(core::PersonFunction f) const
    {
        for (const auto& p : storage::PeopleRepository(m_session->database()).all()) {
            if (p.function == f) {
                return p;
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workflowwidgets"));
        gui::initResources();
        m_db = std::make_unique<test::TempDatabase>();
        const qint64 now = core::SystemClock::instance().nowMs();
        storage::DemoDataWriter::write(m_db->db(), 60, 7, now);
        m_incidents = storage::WorkflowDemoWriter::write(m_db->db(), now);
        QCOMPARE(m_incidents.size(), 3);
        m_session = std::make_unique<gui::Session>(storage::Database::open(m_db->path()));
        m_session->setActingPersonId(personOf(core::PersonFunction::Legal).id);
    }

    void demoWorkflows_verify()
    {
        storage::IncidentService incidents(m_session->database());
        for (const QString& id : m_incidents) {
            QVERIFY(incidents.verify(id).ok);
        }
    }

    void tasksTab_showsPlaybookTasks_andUndoesAStatusChange()
    {
        gui::IncidentTasksTab tab(*m_session, m_incidents.at(0));
        auto* view = tab.findChild<QTableView*>(QStringLiteral("tasksTable"));
        auto* model = sourceModel<QAbstractItemModel>(view);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->rowCount() > 20);
        QVERIFY(view->model()->rowCount() < model->rowCount()); // finished ones are filtered out
        QVERIFY(tab.findChild<QLabel*>(QStringLiteral("playbooksLabel"))->text().contains(QLatin1String("Ransomware")));
        QVERIFY(tab.findChild<QLabel*>(QStringLiteral("countLabel"))->text().contains(QLatin1String("overdue")));
        QVERIFY(tab.selectTask(QStringLiteral("legal.ransom_decision")));
        show(&tab, 1180, 720);
        screenshot(&tab, QStringLiteral("tasks-tab"));

        QVERIFY(tab.selectTask(QStringLiteral("risk.register")));
        const QString ref = storage::IncidentService(m_session->database()).get(m_incidents.at(0)).reference;
        const auto task = [&] {
            return storage::WorkflowService(m_session->database()).task(ref + QStringLiteral("/risk.register"));
        };
        QCOMPARE(task().status, core::TaskStatus::Open);
        QTest::mouseClick(tab.findChild<QPushButton*>(QStringLiteral("doneButton")), Qt::LeftButton);
        QCOMPARE(task().status, core::TaskStatus::Done);
        QCOMPARE(tab.undoStack()->count(), 1);
        tab.undoStack()->undo();
        QCOMPARE(task().status, core::TaskStatus::Open);
        tab.undoStack()->redo();
        QCOMPARE(task().status, core::TaskStatus::Done);
    }

    void communicationsTab_showsLifecycleAndCadence()
    {
        gui::IncidentCommunicationsTab tab(*m_session, m_incidents.at(0));
        auto* view = tab.findChild<QTableView*>(QStringLiteral("communicationsTable"));
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->rowCount(), 3);
        auto* cadence = tab.findChild<QLabel*>(QStringLiteral("cadenceLabel"));
        QVERIFY2(cadence->text().contains(QLatin1String("status update"), Qt::CaseInsensitive),
                 qPrintable(cadence->text()));
        // The customer notice waits for Legal.
        view->selectRow(1);
        QVERIFY2(tab.findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("Legal")),
                 qPrintable(tab.findChild<QLabel*>(QStringLiteral("statusLabel"))->text()));
        QVERIFY(!tab.findChild<QPushButton*>(QStringLiteral("sendButton"))->isEnabled());
        QVERIFY(tab.findChild<QPushButton*>(QStringLiteral("approveButton"))->isEnabled());
        show(&tab, 1180, 640);
        screenshot(&tab, QStringLiteral("communications-tab"));
        view->selectRow(2);
        QVERIFY(tab.findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("[[")));
        screenshot(&tab, QStringLiteral("communications-tab-draft"));
    }

    void deadlinesTab_countsDown()
    {
        gui::IncidentDeadlinesTab tab(*m_session, m_incidents.at(0));
        auto* view = tab.findChild<QTableView*>(QStringLiteral("deadlinesTable"));
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(view->model()->rowCount() >= 4);
        QStringList duties;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            duties.append(view->model()->index(r, 1).data().toString());
        }
        QVERIFY2(duties.contains(QStringLiteral("GDPR")) && duties.contains(QStringLiteral("DORA")) &&
                     duties.contains(QStringLiteral("NYDFS")),
                 qPrintable(duties.join(QLatin1Char(','))));
        QVERIFY(tab.findChild<QLabel*>(QStringLiteral("eventsLabel"))->text().contains(QLatin1String("Became aware")));
        show(&tab, 1180, 420);
        screenshot(&tab, QStringLiteral("deadlines-tab"));
        gui::IncidentDeadlinesTab overdue(*m_session, m_incidents.at(2));
        show(&overdue, 1180, 300);
        QCOMPARE(
            overdue.findChild<QTableView*>(QStringLiteral("deadlinesTable"))->model()->index(0, 5).data().toString(),
            QStringLiteral("Overdue"));
        screenshot(&overdue, QStringLiteral("deadlines-tab-overdue"));
    }

    void rolesWidget_showsHoldersAndAccessList()
    {
        gui::IncidentRolesWidget roles(*m_session, m_incidents.at(0));
        auto* table = roles.findChild<QTableWidget*>(QStringLiteral("rolesTable"));
        QCOMPARE(table->rowCount(), 7);
        QVERIFY(table->item(0, 1)->text() != QLatin1String("vacant"));
        show(&roles, 620, 300);
        screenshot(&roles, QStringLiteral("roles-widget"));
        gui::IncidentRolesWidget confidential(*m_session, m_incidents.at(1));
        show(&confidential, 620, 460);
        QVERIFY(confidential.findChild<QWidget*>(QStringLiteral("accessGroup"))->isVisible());
        screenshot(&confidential, QStringLiteral("roles-widget-confidential"));
    }

    void myTasks_listsTasksThroughRoles()
    {
        gui::MyTasksPage page(*m_session);
        auto* view = page.findChild<QTableView*>(QStringLiteral("tasksTable"));
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The privacy counsel is Legal lead in two incidents.
        QVERIFY(page.taskCount() > 5);
        show(&page, 1180, 560);
        screenshot(&page, QStringLiteral("my-tasks"));
        m_session->setActingPersonId(QString());
        QCOMPARE(page.taskCount(), 0);
        m_session->setActingPersonId(personOf(core::PersonFunction::Legal).id);
    }

    void deadlineStrip_showsNextDeadlines_andHidesConfidentialOnes()
    {
        gui::DeadlineStripWidget strip(*m_session);
        QVERIFY(strip.deadlines().size() >= 4);
        QVERIFY(strip.deadlines().first().dueAt <= strip.deadlines().last().dueAt);
        show(&strip, 1180, 110);
        screenshot(&strip, QStringLiteral("deadline-strip"));
        const auto chips = strip.findChildren<QToolButton*>();
        QCOMPARE(chips.size(), strip.deadlines().size());
        QVERIFY(chips.first()->text().contains(QLatin1String("overdue")));
    }

    void settings_badThreshold_isShownAtTheField()
    {
        gui::WorkflowSettingsWidget settings(*m_session);
        show(&settings, 900, 260);
        screenshot(&settings, QStringLiteral("workflow-settings"));
        settings.findChild<QLineEdit*>(QStringLiteral("thresholdsEdit"))->setText(QStringLiteral("24h, soon"));
        QVERIFY(!settings.save());
        QVERIFY(settings.findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QLatin1String("soon")));
        settings.findChild<QLineEdit*>(QStringLiteral("thresholdsEdit"))->setText(QStringLiteral("2d, 1h"));
        QVERIFY(settings.save());
    }

    void notifier_notifiesOncePerThreshold()
    {
        gui::DeadlineNotifier notifier(*m_session);
        const qint64 now = core::SystemClock::instance().nowMs();
        const auto first = notifier.check(now);
        QVERIFY(!first.isEmpty());
        QVERIFY(std::any_of(first.begin(), first.end(),
                            [](const auto& n) { return n.text.contains(QLatin1String("overdue")); }));
        QVERIFY(notifier.check(now).isEmpty());
    }
};

QTEST_MAIN(TestWorkflowWidgets)
#include "tst_workflowwidgets.moc"
