#include "TestSupport.h"
#include "gui/MainWindow.h"
#include "gui/Resources.h"
#include "gui/Session.h"
#include "gui/SyncIssuesDialog.h"
#include "gui/SyncIssuesModel.h"
#include "gui/SyncSettingsWidget.h"
#include "storage/DemoDataWriter.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace muster;
using gui::MainWindow;

namespace {

void screenshot(QWidget* w, const QString& name)
{
    QTest::qWait(50); // let layouts follow the last change
    const QString dir = qEnvironmentVariable("MUSTER_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

template<typename T>
T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w) {
        qFatal("no child %s", name);
    }
    return w;
}

// Refused changes and conflicts as sync leaves them, on demo data.
void addIssues(storage::Database& db)
{
    const QString incident =
        storage::Query(db.connection(), QStringLiteral("SELECT id FROM incidents ORDER BY reference LIMIT 1"))
            .scalar()
            .toString();
    const QString person =
        storage::Query(db.connection(), QStringLiteral("SELECT id FROM people ORDER BY name LIMIT 1"))
            .scalar()
            .toString();
    storage::Query refused(db.connection(),
                           QStringLiteral("INSERT INTO sync_rejections (mutation_id, table_name, row_id, op, data, "
                                          "reason, code, rejected_at) VALUES (:m, 'incidents', :r, 'upsert', "
                                          "'{\"status\":\"false_positive\"}', :reason, 'MU001', :at)"));
    refused.bind(QStringLiteral(":m"), QStringLiteral("m-1"))
        .bind(QStringLiteral(":r"), incident)
        .bind(QStringLiteral(":reason"),
              QStringLiteral("The team server refused the status change: another change came first. An incident "
                             "cannot go from Contained to False positive."))
        .bind(QStringLiteral(":at"), test::utcMs(2026, 11, 29, 10, 4))
        .exec();
    storage::Query conflict(db.connection(),
                            QStringLiteral("INSERT INTO sync_conflicts (mutation_id, table_name, row_id, column_name, "
                                           "base, theirs, ours, other, detected_at) VALUES ('m-2', 'people', :r, "
                                           "'phone', '\"+1 555 0100\"', '\"+1 555 0199\"', '\"+1 555 0142\"', "
                                           "'dana', :at)"));
    conflict.bind(QStringLiteral(":r"), person).bind(QStringLiteral(":at"), test::utcMs(2026, 11, 29, 10, 6)).exec();
}

} // namespace

class TestSyncGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_syncgui"));
        QSettings().clear();
        gui::initResources();
    }

    void settings_showProblemsAtTheirFields()
    {
        gui::SyncSettingsWidget w;
        w.show();
        child<QLineEdit>(&w, "hostEdit")->setText(QStringLiteral("db.example.org"));
        QVERIFY(!w.validate());
        QVERIFY(child<QLabel>(&w, "databaseError")->isVisible());
        QVERIFY(child<QLabel>(&w, "userError")->isVisible());
        QVERIFY(!child<QLabel>(&w, "hostError")->isVisible());

        child<QLineEdit>(&w, "databaseEdit")->setText(QStringLiteral("muster"));
        child<QLineEdit>(&w, "userEdit")->setText(QStringLiteral("alice"));
        auto* tls = child<QComboBox>(&w, "tlsCombo");
        tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));
        QVERIFY(child<QLineEdit>(&w, "caEdit")->isEnabled());
        QVERIFY(!w.validate());
        QVERIFY(child<QLabel>(&w, "caError")->text().contains(QLatin1String("CA certificate")));
        child<QLineEdit>(&w, "caEdit")->setText(QStringLiteral("/nonexistent/root.crt"));
        QVERIFY(!w.validate());
        QVERIFY(child<QLabel>(&w, "caError")->text().contains(QLatin1String("root.crt")));

        QTemporaryDir dir;
        QFile ca(dir.filePath(QStringLiteral("root.crt")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write("-----BEGIN CERTIFICATE-----\n");
        ca.close();
        child<QLineEdit>(&w, "caEdit")->setText(ca.fileName());
        QVERIFY(w.validate());
        QVERIFY(!child<QLabel>(&w, "caError")->isVisible());
        QCOMPARE(w.config().sslMode, QStringLiteral("verify-full"));
        QCOMPARE(w.config().caFile, ca.fileName());

        tls->setCurrentIndex(tls->findData(QStringLiteral("require")));
        QVERIFY(!child<QLineEdit>(&w, "caEdit")->isEnabled());
    }

    void testConnection_runsOffTheGuiThread_andSaysWhyItFailed()
    {
        gui::SyncSettingsWidget w;
        w.show();
        child<QLineEdit>(&w, "hostEdit")->setText(QStringLiteral("127.0.0.1"));
        child<QSpinBox>(&w, "portSpin")->setValue(1); // nothing listens there
        child<QLineEdit>(&w, "databaseEdit")->setText(QStringLiteral("muster"));
        child<QLineEdit>(&w, "userEdit")->setText(QStringLiteral("alice"));
        QTest::mouseClick(child<QPushButton>(&w, "testButton"), Qt::LeftButton);
        QVERIFY(!child<QPushButton>(&w, "testButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&w, "testButton")->isEnabled(), 20'000);
        const QString result = child<QLabel>(&w, "resultLabel")->text();
        QVERIFY2(result.contains(QLatin1String("Cannot connect to the team server")), qPrintable(result));
    }

    void savingThePassword_neverWritesItToSettings()
    {
        test::TempDatabase t;
        gui::Session session(storage::Database::open(t.path()));
        MainWindow window(session);
        auto* w = window.findChild<gui::SyncSettingsWidget*>();
        QVERIFY(w);
        child<QLineEdit>(w, "hostEdit")->setText(QStringLiteral("127.0.0.1"));
        child<QSpinBox>(w, "portSpin")->setValue(1);
        child<QLineEdit>(w, "databaseEdit")->setText(QStringLiteral("muster"));
        child<QLineEdit>(w, "userEdit")->setText(QStringLiteral("alice"));
        child<QLineEdit>(w, "passwordEdit")->setText(QStringLiteral("s3cret-Pa55"));
        QTest::mouseClick(child<QPushButton>(w, "saveButton"), Qt::LeftButton);
        auto* result = child<QLabel>(w, "resultLabel");
        // With a keychain the password goes there; without one (as here, headless) the
        // user is told plainly. Either way it is not in the settings.
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("keychain")), 10'000);
        QSettings settings;
        settings.sync();
        QCOMPARE(settings.value(QStringLiteral("sync/host")).toString(), QStringLiteral("127.0.0.1"));
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret-Pa55"));
        for (const QString& key : settings.allKeys()) {
            QVERIFY(!settings.value(key).toString().contains(QLatin1String("s3cret")));
        }
        // The status bar says the server cannot be reached, and that nothing is lost.
        QTRY_VERIFY_WITH_TIMEOUT(session.syncStatus().state == sync::SyncStatus::State::Offline, 10'000);
        settings.clear();
    }

    void issuesDialog_showsWhatASyncFindsWhileItIsOpen()
    {
        test::TempDatabase t;
        storage::DemoDataWriter::write(t.db(), 5, 3, test::utcMs(2026, 11, 29, 12));
        gui::Session session(storage::Database::open(t.path()));
        gui::MainWindow window(session);
        int before = -1;
        int after = -1;
        QTimer::singleShot(300, this, [&] {
            auto* dialog = qobject_cast<gui::SyncIssuesDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                return;
            }
            before = dialog->model()->rowCount();
            addIssues(session.database()); // as a sync records them
            sync::SyncStatus synced;
            synced.state = sync::SyncStatus::State::Synced;
            session.setSyncStatus(synced);
            after = dialog->model()->rowCount();
            dialog->reject();
        });
        window.showSyncIssues();
        QCOMPARE(before, 0);
        QCOMPARE(after, 2);
    }

    void issuesModel_passesTheModelTester_andDismisses()
    {
        test::TempDatabase t;
        storage::DemoDataWriter::write(t.db(), 5, 2, test::utcMs(2026, 11, 29, 9));
        addIssues(t.db());
        gui::SyncIssuesModel model(t.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, gui::SyncIssuesModel::Kind).data().toString(), QStringLiteral("Conflict"));
        QVERIFY(model.index(0, gui::SyncIssuesModel::What).data().toString().contains(QLatin1String("+1 555 0142")));
        QVERIFY(
            model.index(1, gui::SyncIssuesModel::Record).data().toString().startsWith(QLatin1String("Incident INC-")));
        model.dismiss({0});
        QCOMPARE(model.rowCount(), 1);
        model.setShowDismissed(true);
        QCOMPARE(model.rowCount(), 2);
        model.dismissAll();
        model.setShowDismissed(false);
        QCOMPARE(model.rowCount(), 0);
    }

    void screenshots_ofTheSettingsTheStatusBarAndTheIssues()
    {
        test::TempDatabase t;
        storage::DemoDataWriter::write(t.db(), 60, 3, test::utcMs(2026, 11, 29, 12));
        addIssues(t.db());
        gui::Session session(storage::Database::open(t.path()));
        MainWindow window(session);
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Settings);
        auto* w = window.findChild<gui::SyncSettingsWidget*>();
        sync::ServerConfig c;
        c.host = QStringLiteral("muster-db.corp.example");
        c.database = QStringLiteral("muster");
        c.user = QStringLiteral("alice");
        c.sslMode = QStringLiteral("verify-full");
        c.caFile = QStringLiteral("/etc/ssl/certs/corp-root.crt");
        w->load(c);
        w->showResult(QStringLiteral("Connected as alice to a Muster team server (server schema 1): read and write."),
                      false);
        QVERIFY(w->isVisible());
        screenshot(&window, QStringLiteral("sync-settings"));

        const auto statusText = [&window] {
            return window.statusBar()->findChild<QLabel*>(QStringLiteral("syncStatusLabel"))->text();
        };
        sync::SyncStatus s;
        s.state = sync::SyncStatus::State::Syncing;
        s.done = 1200;
        s.total = 5000;
        session.setSyncStatus(s);
        QCOMPARE(statusText(), QStringLiteral("Syncing 1,200 of 5,000"));
        s.total = 0; // a first pull that has not counted its rows yet
        session.setSyncStatus(s);
        QCOMPARE(statusText(), QStringLiteral("Syncing 1,200 of …"));
        screenshot(window.statusBar(), QStringLiteral("sync-status-counting"));
        s.total = 5000;
        session.setSyncStatus(s);
        screenshot(window.statusBar(), QStringLiteral("sync-status-syncing"));
        s.state = sync::SyncStatus::State::Offline;
        s.pendingChanges = 37;
        session.setSyncStatus(s);
        QVERIFY2(statusText().startsWith(QStringLiteral("Offline — 37 change")), qPrintable(statusText()));
        screenshot(window.statusBar(), QStringLiteral("sync-status-offline"));
        s.state = sync::SyncStatus::State::Synced;
        s.lastSyncAt = test::utcMs(2026, 11, 29, 14, 5);
        session.setSyncStatus(s);
        QVERIFY(statusText().startsWith(QLatin1String("Synced at")));
        s.state = sync::SyncStatus::State::Error;
        s.error = QStringLiteral("The team server refused a request: permission denied");
        session.setSyncStatus(s);
        QCOMPARE(statusText(), QStringLiteral("Error (click for details)"));
        QCOMPARE(window.statusBar()->findChild<QLabel*>(QStringLiteral("syncStatusLabel"))->toolTip(), s.error);
        screenshot(window.statusBar(), QStringLiteral("sync-status-error"));

        gui::SyncIssuesDialog dialog(session.database(), &window);
        dialog.resize(960, 360);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.model()->rowCount(), 2);
        screenshot(&dialog, QStringLiteral("sync-issues"));
        auto* view = dialog.findChild<QTableView*>(QStringLiteral("issuesView"));
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(dialog.model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestSyncGui)
#include "tst_syncgui.moc"
