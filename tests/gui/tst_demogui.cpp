#include "TestSupport.h"
#include "gui/AlertQueueModel.h"
#include "gui/AlertsPage.h"
#include "gui/DemoDataLoader.h"
#include "gui/MainWindow.h"
#include "gui/MyTasksPage.h"
#include "gui/Resources.h"
#include "gui/Session.h"
#include "storage/DemoOrganisation.h"
#include "storage/PeopleRepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace muster;
using gui::MainWindow;

// What a new user sees after loading the demo organisation: a tier 1 queue to work and,
// acting as the demo's person, tasks under My Tasks.
class TestDemoGui : public QObject
{
    Q_OBJECT

private:
    // Saves a screenshot when MUSTER_SCREENSHOT_DIR is set (for looking at the result).
    static void screenshot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("MUSTER_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
        }
    }

    std::unique_ptr<test::TempDatabase> m_t;
    QString m_person;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_demogui"));
        QSettings().clear(); // nobody chosen under Settings > Acting as
        gui::initResources();
        m_t = std::make_unique<test::TempDatabase>();
        m_person = storage::DemoOrganisation::write(m_t->db(), 200, 20261129u, QDateTime::currentMSecsSinceEpoch())
                       .actingPersonId;
        QVERIFY(!m_person.isEmpty());
    }

    void demo_actsAsDemoPersonWithTasksAndAQueue()
    {
        gui::Session session(storage::Database::open(m_t->path()));
        QCOMPARE(session.actingPersonId(), m_person);
        QCOMPARE(session.actor().personId, m_person);
        MainWindow window(session);
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.showPage(MainWindow::Page::Alerts);
        auto* alerts = qobject_cast<gui::AlertsPage*>(window.page(MainWindow::Page::Alerts));
        QVERIFY(alerts);
        alerts->reloadNow();
        QTRY_VERIFY(alerts->model()->rowCount() >= 10);
        alerts->selectRow(0);
        screenshot(&window, QStringLiteral("demo-alerts"));

        window.showPage(MainWindow::Page::MyTasks);
        auto* tasks = qobject_cast<gui::MyTasksPage*>(window.page(MainWindow::Page::MyTasks));
        QVERIFY(tasks);
        QTRY_VERIFY(tasks->taskCount() >= 3);
        screenshot(&window, QStringLiteral("demo-my-tasks"));

        // The latest ransomware drill, with the history of its runs.
        window.showPage(MainWindow::Page::Exercises);
        auto* exercises =
            window.page(MainWindow::Page::Exercises)->findChild<QTableView*>(QStringLiteral("exerciseTable"));
        QVERIFY(exercises);
        QCOMPARE(exercises->model()->rowCount(), 5);
        exercises->setCurrentIndex(exercises->model()->index(1, 0));
        screenshot(&window, QStringLiteral("demo-exercises"));

        // Settings offers the demo's person, already chosen.
        window.showPage(MainWindow::Page::Settings);
        auto* combo = window.page(MainWindow::Page::Settings)->findChild<QComboBox*>(QStringLiteral("userCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), m_person);
        QVERIFY(combo->currentText().contains(storage::PeopleRepository(session.database()).find(m_person)->name));
        screenshot(&window, QStringLiteral("demo-settings"));

        // Choosing the login name explicitly is respected.
        combo->setCurrentIndex(0);
        QCOMPARE(session.actingPersonId(), QString());
        QTRY_COMPARE(tasks->taskCount(), 0);
        QSettings().clear();
        QCOMPARE(session.actingPersonId(), m_person);
    }

    void loadDemoData_intoOpenWindow_offersTheDemoPerson()
    {
        QSettings().clear();
        test::TempDatabase empty;
        gui::Session session(storage::Database::open(empty.path()));
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tasks = qobject_cast<gui::MyTasksPage*>(window.page(MainWindow::Page::MyTasks));
        auto* combo = window.page(MainWindow::Page::Settings)->findChild<QComboBox*>(QStringLiteral("userCombo"));
        QVERIFY(tasks && combo);
        QCOMPARE(tasks->taskCount(), 0);
        QCOMPARE(combo->count(), 1); // only the login name

        QElapsedTimer timer;
        timer.start();
        QVERIFY(gui::loadDemoData(&window, session));
        qInfo("loaded in %lld ms", timer.elapsed());
        const QString person = storage::DemoOrganisation::actingPerson(session.database());
        QVERIFY(!person.isEmpty());
        QCOMPARE(session.actor().personId, person);
        QTRY_VERIFY(combo->count() > 40);
        QCOMPARE(combo->currentData().toString(), person);
        QTRY_VERIFY(tasks->taskCount() >= 3);
        QSettings().clear();
    }
};

QTEST_MAIN(TestDemoGui)
#include "tst_demogui.moc"
