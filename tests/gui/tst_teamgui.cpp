// The main window of a desktop in a team: what the sync brings shows in its views.
#include "../sync/SyncFixture.h"
#include "TestSupport.h"
#include "gui/IncidentListModel.h"
#include "gui/IncidentsPage.h"
#include "gui/MainWindow.h"
#include "gui/Resources.h"
#include "gui/Session.h"
#include "storage/IncidentService.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace muster;
using gui::MainWindow;

namespace {

const QString kAlice = QStringLiteral("00000000-0000-4000-8000-00000000a11c");

core::Actor alice()
{
    return core::Actor{kAlice, QStringLiteral("Alice Analyst")};
}

} // namespace

class TestTeamGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teamgui"));
        gui::initResources();
        QString why;
        if (!test::PgServer::available(&why)) {
            QFAIL(qPrintable(why));
        }
    }

    void cleanup() { QSettings().clear(); }

    void aNewDesktop_showsWhatItsPullsBring_andOffersNoDemoData()
    {
        // A colleague's desktop with one incident, on the team server.
        test::SyncServer server(QStringLiteral("teamgui"));
        test::TempDatabase a;
        storage::PeopleRepository(a.db()).insert(
            test::person(kAlice, QStringLiteral("Alice Analyst"), core::PersonFunction::SecurityOperations));
        test::FixedClock clock(test::utcMs(2026, 11, 30, 9));
        storage::IncidentService(a.db(), clock)
            .create(test::incidentDraft(QStringLiteral("Phishing wave against finance")), {}, alice());
        server.addLogin(QStringLiteral("alice"), kAlice);
        test::syncAs(a.db(), server, QStringLiteral("alice"));

        // This desktop: an empty file, set up for the team server.
        sync::ServerConfig config;
        config.host = test::PgServer::host();
        config.port = test::PgServer::port();
        config.database = server.database();
        config.user = server.role(QStringLiteral("alice"));
        config.sslMode = QStringLiteral("disable");
        QSettings settings;
        config.save(settings);
        settings.sync();
        test::TempDatabase b;
        gui::Session session(storage::Database::open(b.path()));
        MainWindow window(session);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Empty until its first pull: the team's data is on its way, so no demo data is
        // offered (it would be sent to everyone).
        bool offered = false;
        QTimer::singleShot(500, this, [&offered] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                offered = true;
                modal->close();
            }
        });
        window.offerDemoDataIfEmpty();
        QTest::qWait(600);
        QVERIFY(!offered);

        window.showPage(MainWindow::Page::Incidents);
        auto* page = qobject_cast<gui::IncidentsPage*>(window.page(MainWindow::Page::Incidents));
        QVERIFY(page);
        // The first pull fills the list without anyone touching it.
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 20'000);
        QCOMPARE(page->model()->rowAt(0).incident.title, QStringLiteral("Phishing wave against finance"));

        // A colleague opens another incident: the doorbell brings it, and the list shows it.
        storage::IncidentService(a.db(), clock)
            .create(test::incidentDraft(QStringLiteral("Ransomware note on the file server")), {}, alice());
        test::syncAs(a.db(), server, QStringLiteral("alice"));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 20'000);
        const QString dir = qEnvironmentVariable("MUSTER_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            window.grab().save(dir + QStringLiteral("/team-incidents-after-pull.png"));
        }
    }
};

QTEST_MAIN(TestTeamGui)
#include "tst_teamgui.moc"
