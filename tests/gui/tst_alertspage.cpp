#include "../net/IntakeClient.h"
#include "TestSupport.h"
#include "gui/AlertQueueModel.h"
#include "gui/AlertQueueStatus.h"
#include "gui/AlertSourcesSettings.h"
#include "gui/AlertsPage.h"
#include "gui/IntakeRunner.h"
#include "gui/MainWindow.h"
#include "gui/NoiseMetricsWidget.h"
#include "gui/Resources.h"
#include "gui/Session.h"
#include "net/IntakeHost.h"
#include "storage/AlertIntake.h"
#include "storage/AlertRepository.h"
#include "storage/AlertSourceRepository.h"
#include "storage/AlertTriageService.h"
#include "storage/DemoDataWriter.h"
#include "storage/IncidentService.h"
#include "storage/TimelineRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace muster;

namespace {

void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("MUSTER_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

// Runs `act` on the next modal dialog as soon as it opens (the triage keys open one).
void onNextDialog(std::function<void(QWidget*)> act)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
}

core::AlertEvent alertEvent(const QString& key, const QString& title, const QString& severity, const QString& rule,
                            const QJsonObject& labels, qint64 at)
{
    core::AlertEvent e;
    e.dedupKey = key;
    e.title = title;
    e.severityText = severity;
    e.rule = rule;
    e.labels = labels;
    e.sourceTime = at;
    e.raw = QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("labels"), labels}};
    return e;
}

} // namespace

class TestAlertsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_t;
    qint64 m_now = 0;
    QString m_wazuhToken;

    // A demo organisation and a realistic queue: three sources, repeats, a critical asset.
    void seed()
    {
        m_t = std::make_unique<test::TempDatabase>();
        m_now = QDateTime::currentMSecsSinceEpoch();
        storage::DemoDataWriter::write(m_t->db(), 60, 7, m_now);
        storage::AlertSourceRepository sources(m_t->db());
        const auto wazuh = sources.issueToken(QStringLiteral("wazuh"), m_now);
        m_wazuhToken = wazuh.secret;
        const auto am = sources.issueToken(QStringLiteral("alertmanager"), m_now).source;
        const auto elastic = sources.issueToken(QStringLiteral("elastic"), m_now).source;
        test::FixedClock clock(m_now - 3 * 3600 * 1000);
        storage::AlertIntake intake(m_t->db(), clock);
        const auto at = [&](int minutesAgo) {
            return m_now - qint64(minutesAgo) * 60'000;
        };
        intake.store(wazuh.source, {alertEvent(QStringLiteral("w1"),
                                               QStringLiteral("sshd: brute force trying to get access to the system"),
                                               QStringLiteral("high"), QStringLiteral("5712"),
                                               {{QStringLiteral("agent.name"), QStringLiteral("vpn-edge-01")},
                                                {QStringLiteral("srcip"), QStringLiteral("203.0.113.7")}},
                                               at(190)),
                                    alertEvent(QStringLiteral("w2"), QStringLiteral("Multiple Windows logon failures"),
                                               QStringLiteral("medium"), QStringLiteral("60204"),
                                               {{QStringLiteral("host"), QStringLiteral("dc01.corp.example")},
                                                {QStringLiteral("user"), QStringLiteral("CORP\\svc-backup")}},
                                               at(185))});
        clock.advanceMinutes(20);
        intake.store(am,
                     {alertEvent(QStringLiteral("a1"), QStringLiteral("Unusual outbound traffic from payments DB"),
                                 QStringLiteral("error"), QStringLiteral("EgressSpike"),
                                 {{QStringLiteral("instance"), QStringLiteral("pg-payments-01:9100")},
                                  {QStringLiteral("job"), QStringLiteral("node")}},
                                 at(170)),
                      alertEvent(QStringLiteral("a2"), QStringLiteral("Disk almost full on wiki"),
                                 QStringLiteral("warning"), QStringLiteral("DiskFull"),
                                 {{QStringLiteral("instance"), QStringLiteral("wiki.corp.example:9100")}}, at(160))});
        for (int i = 0; i < 4; ++i) { // the same detection again and again
            clock.advanceMinutes(10);
            intake.store(wazuh.source,
                         {alertEvent(QStringLiteral("w1"),
                                     QStringLiteral("sshd: brute force trying to get access to the system"),
                                     QStringLiteral("high"), QStringLiteral("5712"),
                                     {{QStringLiteral("agent.name"), QStringLiteral("vpn-edge-01")}}, at(150))});
        }
        intake.store(elastic,
                     {alertEvent(QStringLiteral("e1"), QStringLiteral("Malware prevention alert: Emotet dropper"),
                                 QStringLiteral("critical"), QStringLiteral("Endpoint Security"),
                                 {{QStringLiteral("host.name"), QStringLiteral("lt-0042")},
                                  {QStringLiteral("user.name"), QStringLiteral("jdoe")}},
                                 at(150)),
                      alertEvent(QStringLiteral("e2"), QStringLiteral("Suspicious PowerShell download cradle"),
                                 QStringLiteral("high"), QStringLiteral("PowerShell IEX"),
                                 {{QStringLiteral("host.name"), QStringLiteral("lt-0042")}}, at(148)),
                      alertEvent(QStringLiteral("e3"), QStringLiteral("Vulnerability scanner activity"),
                                 QStringLiteral("low"), QStringLiteral("Port scan"),
                                 {{QStringLiteral("source.ip"), QStringLiteral("10.0.9.9")}}, at(146))});
        // Some history for the noise metrics: dismissed scanner noise.
        clock.advanceMinutes(5);
        for (int i = 0; i < 5; ++i) {
            const auto r = intake.store(
                elastic, {alertEvent(QStringLiteral("scan-%1").arg(i), QStringLiteral("Vulnerability scanner activity"),
                                     QStringLiteral("low"), QStringLiteral("Port scan"), {}, at(140))});
            clock.advanceMinutes(7);
            storage::AlertTriageService(m_t->db(), clock)
                .dismiss(r.first().alertId, core::AlertTriage::FalsePositive, QStringLiteral("Authorised Nessus scan"),
                         core::Actor{QString(), QStringLiteral("Dana (tier 1)")});
        }
    }

    storage::AlertRepository alerts() { return storage::AlertRepository(m_t->db()); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_alertspage"));
        gui::initResources();
    }

    void init() { seed(); }
    void cleanup() { m_t.reset(); }

    void model_passesTester_andFilters()
    {
        gui::AlertQueueModel model(m_t->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 7); // untriaged
        storage::AlertFilter f;
        f.severities = {core::Severity::Sev1};
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1); // Emotet
        f = {};
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 12);
        const int w1 = model.rowOf(
            alerts()
                .findByKey(storage::AlertSourceRepository(m_t->db()).findByName(QStringLiteral("wazuh"))->id,
                           QStringLiteral("w1"))
                ->id);
        QCOMPARE(model.index(w1, gui::AlertQueueModel::CountColumn).data().toString(), QStringLiteral("5×"));
    }

    void keyboardTriage_promoteMergeDismissUndo()
    {
        gui::Session session(storage::Database::open(m_t->path()));
        gui::MainWindow window(session);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), gui::MainWindow::Page::Alerts);
        auto* page = qobject_cast<gui::AlertsPage*>(window.page(gui::MainWindow::Page::Alerts));
        QVERIFY(page);
        auto* table = page->findChild<QTableView*>(QStringLiteral("alertTable"));
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(page->model()->rowCount(), 7);
        QCOMPARE(table->currentIndex().row(), 0);
        QTest::keyClick(table, Qt::Key_J);
        QTest::keyClick(table, Qt::Key_J);
        QCOMPARE(table->currentIndex().row(), 2);
        QTest::keyClick(table, Qt::Key_K);
        QCOMPARE(table->currentIndex().row(), 1);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 2);
        screenshot(&window, QStringLiteral("alerts-queue"));

        // Promote the payments alert: a business-critical asset, so Tier 2.
        const int payments = page->model()->rowOf(alerts()
                                                      .list({})
                                                      .at([&] {
                                                          const auto all = alerts().list({});
                                                          for (int i = 0; i < all.size(); ++i) {
                                                              if (all.at(i).dedupKey == QLatin1String("a1")) {
                                                                  return i;
                                                              }
                                                          }
                                                          return -1;
                                                      }())
                                                      .id);
        page->selectRow(payments);
        const core::Alert a1 = *page->currentAlert();
        QVERIFY(a1.businessCritical);
        onNextDialog([](QWidget* dialog) {
            auto* input = qobject_cast<QInputDialog*>(dialog);
            QVERIFY(input);
            input->setTextValue(core::categories().label(core::Category::DataExposure));
            input->accept();
        });
        QTest::keyClick(table, Qt::Key_P);
        const core::Alert promoted = *alerts().find(a1.id);
        QCOMPARE(promoted.triage, core::AlertTriage::Promoted);
        const auto incident = storage::IncidentService(m_t->db()).get(promoted.incidentId);
        QCOMPARE(incident.detectedAt, *a1.sourceTime);
        QCOMPARE(incident.tier, core::Tier::Tier2);
        QCOMPARE(incident.category, core::Category::DataExposure);
        QCOMPARE(incident.severity, core::Severity::Sev2);
        QCOMPARE(page->model()->rowCount(), 6);
        QVERIFY(page->model()->rowOf(a1.id) < 0);

        // Merge the next alert into that incident.
        page->selectRow(0);
        window.activateWindow(); // the offscreen platform does not reactivate it after a dialog
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(table->hasFocus());
        const core::Alert toMerge = *page->currentAlert();
        onNextDialog([&](QWidget* dialog) {
            auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
            QTest::keyClicks(search, incident.reference);
            auto* list = dialog->findChild<QListWidget*>(QStringLiteral("incidentList"));
            QVERIFY(list->currentItem() && !list->currentItem()->isHidden());
            screenshot(dialog, QStringLiteral("alerts-merge-dialog"));
            QTest::keyClick(search, Qt::Key_Return);
        });
        QTest::keyClick(table, Qt::Key_M);
        QCOMPARE(alerts().find(toMerge.id)->triage, core::AlertTriage::Merged);
        QCOMPARE(alerts().find(toMerge.id)->incidentId, incident.id);
        const auto entries = storage::TimelineRepository(m_t->db()).entries(incident.id);
        QCOMPARE(std::count_if(entries.begin(), entries.end(),
                               [](const core::TimelineEntry& e) { return e.kind == core::TimelineKind::AlertLinked; }),
                 2);

        // Dismiss: OK stays disabled without a reason.
        page->selectRow(0);
        window.activateWindow(); // the offscreen platform does not reactivate it after a dialog
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(table->hasFocus());
        const core::Alert toDismiss = *page->currentAlert();
        onNextDialog([](QWidget* dialog) {
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            auto* reason = dialog->findChild<QComboBox*>(QStringLiteral("reasonCombo"));
            QTest::keyClicks(reason, QStringLiteral("Known admin jump host"));
            QVERIFY(ok->isEnabled());
            screenshot(dialog, QStringLiteral("alerts-dismiss-dialog"));
            ok->click();
        });
        QTest::keyClick(table, Qt::Key_B);
        auto dismissed = *alerts().find(toDismiss.id);
        QCOMPARE(dismissed.triage, core::AlertTriage::Benign);
        QCOMPARE(dismissed.triageNote, QStringLiteral("Known admin jump host"));
        QCOMPARE(page->model()->rowCount(), 4);

        // Ctrl+Z brings it back to the queue.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(alerts().find(toDismiss.id)->triage, core::AlertTriage::Untriaged);
        QTRY_COMPARE(page->model()->rowCount(), 5);

        // The status bar counts what waits.
        auto* status = window.findChild<gui::AlertQueueStatus*>();
        QVERIFY(status);
        QTRY_VERIFY2(status->text().contains(QLatin1String("5 untriaged")), qPrintable(status->text()));
        screenshot(&window, QStringLiteral("alerts-after-triage"));
    }

    void liveUpdates_alertArrivesOverHttp()
    {
        gui::Session session(storage::Database::open(m_t->path()));
        gui::AlertsPage page(session);
        gui::AlertQueueStatus status(session);
        page.resize(1200, 700);
        page.show();
        QCOMPARE(page.model()->rowCount(), 7);
        net::IntakeHost host(session.database());
        net::IntakeConfig config;
        config.port = 0;
        const quint16 port = host.start(config);
        test::IntakeClient client(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const auto r = client.post(
            QStringLiteral("/intake/generic"),
            R"({"title":"Ransomware canary file touched","severity":"critical","asset":"fs-hr-02"})", m_wazuhToken);
        QCOMPARE(r.status, 202);
        QTRY_COMPARE(page.model()->rowCount(), 8);
        QTRY_VERIFY2(status.text().contains(QLatin1String("8 untriaged")), qPrintable(status.text()));
        // The cursor stays on the alert it was on.
        page.selectRow(3);
        const QString id = page.currentAlert()->id;
        client.post(QStringLiteral("/intake/generic"), R"({"title":"Another","severity":"info"})", m_wazuhToken);
        QTRY_COMPARE(page.model()->rowCount(), 9);
        QCOMPARE(page.currentAlert()->id, id);
    }

    void filters_bySourceSeverityAsset()
    {
        gui::Session session(storage::Database::open(m_t->path()));
        gui::AlertsPage page(session);
        auto* source = page.findChild<QComboBox*>(QStringLiteral("sourceCombo"));
        auto* severity = page.findChild<QComboBox*>(QStringLiteral("severityCombo"));
        auto* asset = page.findChild<QComboBox*>(QStringLiteral("assetCombo"));
        auto* show = page.findChild<QComboBox*>(QStringLiteral("showCombo"));
        source->setCurrentIndex(source->findText(QStringLiteral("elastic")));
        QCOMPARE(page.model()->rowCount(), 3);
        severity->setCurrentIndex(severity->findData(1));
        QCOMPARE(page.model()->rowCount(), 1);
        source->setCurrentIndex(0);
        severity->setCurrentIndex(0);
        asset->setCurrentIndex(asset->findText(QStringLiteral("VPN concentrator (critical)")));
        QCOMPARE(page.model()->rowCount(), 1);
        asset->setCurrentIndex(0);
        show->setCurrentIndex(show->findText(QStringLiteral("Dismissed")));
        QCOMPARE(page.model()->rowCount(), 5);
    }

    void noiseMetrics_figures()
    {
        gui::Session session(storage::Database::open(m_t->path()));
        gui::NoiseMetricsWidget widget(session);
        widget.resize(1100, 500);
        const auto& m = widget.metrics();
        QCOMPARE(m.alerts, 12);
        QCOMPARE(m.falsePositives, 5);
        QCOMPARE(m.falsePositiveShare(), 1.0);
        QCOMPARE(*m.medianTriageMs, 7 * 60'000 - 0); // each scan dismissed 7 min after it arrived
        QCOMPARE(m.bySource.first().name, QStringLiteral("elastic"));
        screenshot(&widget, QStringLiteral("alerts-noise"));
    }

    void settings_sourcesAndTokens()
    {
        gui::Session session(storage::Database::open(m_t->path()));
        gui::IntakeRunner runner(session);
        gui::AlertSourcesSettings settings(session, runner);
        settings.resize(900, 520);
        auto* list = settings.findChild<QListWidget*>(QStringLiteral("sourceList"));
        QCOMPARE(list->count(), 3);
        settings.addSource(QStringLiteral("splunk"));
        QCOMPARE(list->currentItem()->text(), QStringLiteral("splunk"));
        auto* mapping = settings.findChild<QPlainTextEdit*>(QStringLiteral("mappingEdit"));
        auto* message = settings.findChild<QLabel*>(QStringLiteral("sourceMessageLabel"));
        mapping->setPlainText(QStringLiteral("{\"title\": \"search_name\"}"));
        settings.saveSource();
        QVERIFY2(message->text().contains(QLatin1String("not a JSON pointer")), qPrintable(message->text()));
        mapping->setPlainText(QStringLiteral("{\"title\": \"/search_name\", \"asset\": \"/result/host\"}"));
        settings.saveSource();
        QCOMPARE(message->text(), QStringLiteral("Saved."));
        QCOMPARE(storage::AlertSourceRepository(m_t->db()).findByName(QStringLiteral("splunk"))->mapping.size(), 2);
        settings.issueToken();
        const QString token = settings.lastIssuedToken();
        QVERIFY(storage::AlertSourceRepository(m_t->db()).findByToken(token));
        auto* tokens = settings.findChild<QTableWidget*>(QStringLiteral("tokenTable"));
        QCOMPARE(tokens->rowCount(), 1);
        tokens->setCurrentCell(0, 0);
        settings.revokeToken();
        QVERIFY(!storage::AlertSourceRepository(m_t->db()).findByToken(token));
        QVERIFY(tokens->item(0, 2)->text().startsWith(QLatin1String("Revoked")));

        // The server starts and stops from here.
        auto* enabled = settings.findChild<QCheckBox*>(QStringLiteral("enabledCheck"));
        auto* listen = settings.findChild<QLineEdit*>(QStringLiteral("listenEdit"));
        enabled->setChecked(true);
        listen->setText(QStringLiteral("127.0.0.1:0"));
        settings.applyServer();
        QVERIFY(runner.isRunning());
        QVERIFY2(runner.status().startsWith(QLatin1String("Receiving alerts at http://127.0.0.1:")),
                 qPrintable(runner.status()));
        screenshot(&settings, QStringLiteral("alerts-settings"));
        listen->setText(QStringLiteral("nonsense"));
        settings.applyServer();
        QVERIFY(
            settings.findChild<QLabel*>(QStringLiteral("serverStatusLabel"))->text().contains(QLatin1String("Listen")));
        enabled->setChecked(false);
        listen->setText(QStringLiteral("127.0.0.1:0"));
        settings.applyServer();
        QVERIFY(!runner.isRunning());
    }
};

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"
