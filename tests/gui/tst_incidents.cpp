#include "TestSupport.h"
#include "core/Error.h"
#include "gui/IncidentListModel.h"
#include "gui/IncidentWindow.h"
#include "gui/IncidentsPage.h"
#include "gui/NewIncidentDialog.h"
#include "gui/Resources.h"
#include "gui/Session.h"
#include "gui/TimelineModel.h"
#include "storage/DemoDataWriter.h"
#include "storage/IncidentQuery.h"
#include "storage/IncidentService.h"
#include "storage/Sql.h"
#include "storage/SyncCapture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
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
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // as the screen would show it
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

const qint64 kNow = test::utcMs(2026, 11, 29, 12);

} // namespace

class TestIncidents : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<gui::Session> m_session;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_incidents"));
        gui::initResources();
        m_temp = std::make_unique<test::TempDatabase>();
        storage::DemoDataWriter::write(m_temp->db(), 700, 11, kNow);
        m_session = std::make_unique<gui::Session>(storage::Database::open(m_temp->path()));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_temp.reset();
    }

    void model_passesTesterWhileFetchingSortingFiltering()
    {
        gui::IncidentListModel model(m_session->database());
        QCOMPARE(model.rowCount(), gui::IncidentListModel::pageSize); // only the first page is read
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model.totalCount() > 600); // counted in the background; real incidents only
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), model.totalCount());
        // Newest first by default.
        QVERIFY(model.rowAt(0).incident.detectedAt >= model.rowAt(model.rowCount() - 1).incident.detectedAt);
        model.sort(gui::IncidentListModel::SeverityColumn, Qt::AscendingOrder);
        QCOMPARE(model.rowAt(0).incident.severity, core::Severity::Sev1);
        storage::IncidentFilter f;
        f.severities = {core::Severity::Sev1};
        f.statuses = {core::Status::Closed};
        model.setFilter(f);
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.rowAt(r).incident.severity, core::Severity::Sev1);
            QCOMPARE(model.rowAt(r).incident.status, core::Status::Closed);
        }
        const int expected = storage::Query(m_session->database().connection(),
                                            QStringLiteral("SELECT count(*) FROM incidents WHERE severity = 1 AND "
                                                           "status = 'closed'"))
                                 .scalar()
                                 .toInt();
        QTRY_COMPARE(model.totalCount(), expected);
    }

    void fullTextSearch_findsTitlesAndNotes()
    {
        storage::IncidentFilter f;
        f.text = QStringLiteral("ransom");
        const int byTitle = storage::IncidentQuery(m_session->database(), f).count();
        QVERIFY(byTitle > 0);
        f.text = QStringLiteral("forensic image");
        const auto rows = storage::IncidentQuery(m_session->database(), f).page(5);
        QVERIFY(!rows.isEmpty()); // only in notes
        f.text = rows.first().incident.reference;
        QCOMPARE(storage::IncidentQuery(m_session->database(), f).count(), 1);
        f.text = QStringLiteral("\"unbalanced ( quote * NEAR"); // never an FTS syntax error
        storage::IncidentQuery(m_session->database(), f).count();
    }

    void emptyPage_whileAFirstPullRuns_saysTheTeamsIncidentsAreComing()
    {
        test::TempDatabase empty;
        gui::Session session(storage::Database::open(empty.path()));
        gui::IncidentsPage page(session);
        auto* count = page.findChild<QLabel*>(QStringLiteral("countLabel"));
        QVERIFY(count);
        // The list's count runs on a thread; the text follows it.
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->totalCount(), 0, 15'000);
        QTRY_COMPARE(count->text(), QStringLiteral("0 incident(s)"));
        sync::SyncStatus syncing;
        syncing.state = sync::SyncStatus::State::Syncing;
        session.setSyncStatus(syncing);
        QTRY_VERIFY2_WITH_TIMEOUT(count->text().contains(QLatin1String("arriving from the team server")),
                                  qPrintable(count->text()), 15'000);
        // Pages the pull has committed do not change that: the list shows them when it ends.
        storage::execute(session.database().connection(),
                         QStringLiteral("INSERT INTO incidents (id, reference, title, summary, category, severity, "
                                        "status, tier, priority, detection_source, created_at, updated_at, "
                                        "detected_at) VALUES ('pulled', 'INC-2026-0001', 'Pulled before the list "
                                        "knows', '', 'phishing', 2, 'new', 1, 2, 'tool', 1, 1, 1)"));
        session.setSyncStatus(syncing);
        QVERIFY2(count->text().contains(QLatin1String("arriving from the team server")), qPrintable(count->text()));
        sync::SyncStatus synced;
        synced.state = sync::SyncStatus::State::Synced;
        session.setSyncStatus(synced);
        QCOMPARE(count->text(), QStringLiteral("0 incident(s)"));
        // A list that a filter empties while a desktop with incidents syncs is just empty.
        gui::IncidentsPage full(*m_session);
        auto* fullCount = full.findChild<QLabel*>(QStringLiteral("countLabel"));
        full.findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(QStringLiteral("zzqx-no-such-incident"));
        QTRY_COMPARE(fullCount->text(), QStringLiteral("0 incident(s)"));
        m_session->setSyncStatus(syncing);
        QCOMPARE(fullCount->text(), QStringLiteral("0 incident(s)"));
        m_session->setSyncStatus(synced);
    }

    void page_filtersAndOpensIncidentWithEnter()
    {
        gui::IncidentsPage page(*m_session);
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        screenshot(&page, QStringLiteral("incidents-page"));
        auto* severity = page.findChild<QComboBox*>(QStringLiteral("severityCombo"));
        severity->setCurrentIndex(1); // SEV1
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            QCOMPARE(page.model()->rowAt(r).incident.severity, core::Severity::Sev1);
        }
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("ransomware"));
        QTRY_VERIFY(page.model()->filter().text == QLatin1String("ransomware"));
        severity->setCurrentIndex(0);
        auto* table = page.findChild<QTableView*>(QStringLiteral("incidentTable"));
        QVERIFY(page.model()->rowCount() > 0);
        table->setFocus();
        table->setCurrentIndex(page.model()->index(0, 0));
        const QString id = page.model()->rowAt(0).incident.id;
        QTest::keyClick(table, Qt::Key_Return);
        gui::IncidentWindow* window = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* iw = qobject_cast<gui::IncidentWindow*>(w); iw && iw->incident().id == id) {
                window = iw;
            }
        }
        QVERIFY(window);
        window->close();
    }

    void drillDown_showsBannerAndOnlyTheIds()
    {
        gui::IncidentsPage page(*m_session);
        storage::IncidentFilter visibleOnly;
        visibleOnly.visibleTo = QString();
        const auto rows = storage::IncidentQuery(m_session->database(), visibleOnly).page(3);
        storage::IncidentFilter f;
        for (const auto& r : rows) {
            f.ids << r.incident.id;
        }
        // A confidential incident in the drill-down stays hidden from this user.
        storage::IncidentFilter confidential;
        confidential.text = QStringLiteral("audit logging"); // an insider title, confidential in the demo
        for (const auto& r : storage::IncidentQuery(m_session->database(), confidential).page(50)) {
            if (r.incident.confidential) {
                f.ids << r.incident.id;
                break;
            }
        }
        QCOMPARE(f.ids.size(), 4);
        page.showFiltered(f, QStringLiteral("three incidents"));
        QCOMPARE(page.model()->rowCount(), 3);
        QTRY_COMPARE(page.model()->totalCount(), 3);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("drillDownLabel"))->text().contains(QLatin1String("three")));
    }

    void newIncidentDialog_validatesAtTheField()
    {
        gui::NewIncidentDialog dialog(*m_session);
        dialog.show();
        auto* ok = dialog.findChild<QPushButton*>(); // any push button exists
        Q_UNUSED(ok)
        dialog.accept(); // empty title
        auto* titleError = dialog.findChild<QLabel*>(QStringLiteral("titleError"));
        QVERIFY(titleError->isVisible());
        QVERIFY(dialog.createdIncidentId().isEmpty());
        dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Suspicious OAuth consent"));
        dialog.findChild<QLineEdit*>(QStringLiteral("attackEdit"))->setText(QStringLiteral("T1528, X99"));
        dialog.accept();
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("attackError"))->isVisible());
        QVERIFY(!titleError->isVisible());
        dialog.findChild<QLineEdit*>(QStringLiteral("attackEdit"))->setText(QStringLiteral("T1528"));
        screenshot(&dialog, QStringLiteral("new-incident-dialog"));
        dialog.accept();
        QVERIFY(!dialog.createdIncidentId().isEmpty());
        const auto created = storage::IncidentService(m_session->database()).get(dialog.createdIncidentId());
        QCOMPARE(created.attackIds, QStringList{QStringLiteral("T1528")});
    }

    void incidentWindow_ofAnIncidentASyncRemoves_closesAndSaysWhy()
    {
        core::Incident draft;
        draft.title = QStringLiteral("Payroll export to a personal mailbox");
        draft.severity = core::Severity::Sev2;
        draft.category = core::Category::DataExposure;
        const auto incident = storage::IncidentService(m_session->database()).create(draft, {}, m_session->actor());
        gui::IncidentWindow window(*m_session, incident.id);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // As a pull does for an incident deleted on the team server: purged, then told.
        {
            const QSqlDatabase c = m_session->database().connection();
            storage::WriteTransaction tx(c);
            storage::SyncCapture::ApplyMode purging(c, true);
            for (const char* table : {"timeline_entries", "incident_assignees", "incident_assets"}) {
                storage::Query q(c, QStringLiteral("DELETE FROM %1 WHERE incident_id = :id").arg(QLatin1String(table)));
                q.bind(QStringLiteral(":id"), incident.id).exec();
            }
            storage::Query q(c, QStringLiteral("DELETE FROM incidents WHERE id = :id"));
            q.bind(QStringLiteral(":id"), incident.id).exec();
            tx.commit();
        }
        QString said;
        QTimer::singleShot(200, this, [&said] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                said = box->text();
                box->accept();
            }
        });
        m_session->database().notifyChanged({QStringLiteral("incidents"), QStringLiteral("timeline_entries")});
        QTRY_VERIFY(!said.isEmpty());
        QVERIFY2(said.contains(incident.reference) && said.contains(QLatin1String("deleted on the team server")),
                 qPrintable(said));
        QTRY_VERIFY(!window.isVisible());
    }

    void incidentWindow_actionsAndUndo()
    {
        core::Incident draft;
        draft.title = QStringLiteral("Impossible travel for the CFO");
        draft.severity = core::Severity::Sev3;
        draft.category = core::Category::AccountCompromise;
        storage::IncidentService service(m_session->database());
        const auto incident = service.create(draft, {}, m_session->actor());
        gui::IncidentWindow window(*m_session, incident.id);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.acknowledge();
        QCOMPARE(window.incident().status, core::Status::Acknowledged);
        auto* timeline = window.findChild<QTableView*>(QStringLiteral("timelineTable"));
        const int before = timeline->model()->rowCount();
        service.addNote(incident.id, QStringLiteral("Called the CFO: travelling, but not to Lagos."),
                        m_session->actor());
        QTRY_COMPARE(timeline->model()->rowCount(), before + 1);

        // Edit the title and severity, then undo: the old values come back (as new entries).
        window.findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setText(QStringLiteral("CFO account compromise"));
        auto* severity = window.findChild<QComboBox*>(QStringLiteral("severityCombo"));
        severity->setCurrentIndex(severity->findData(2));
        window.applyDetails();
        QCOMPARE(window.incident().title, QStringLiteral("CFO account compromise"));
        QCOMPARE(window.incident().severity, core::Severity::Sev2);
        window.undoStack()->undo();
        QCOMPARE(service.get(incident.id).title, QStringLiteral("Impossible travel for the CFO"));
        QCOMPARE(service.get(incident.id).severity, core::Severity::Sev3);
        window.undoStack()->redo();
        QCOMPARE(service.get(incident.id).severity, core::Severity::Sev2);
        QVERIFY(service.verify(incident.id).ok);
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        screenshot(&window, QStringLiteral("incident-window-overview"));
        tabs->setCurrentIndex(1);
        screenshot(&window, QStringLiteral("incident-window-timeline"));
        tabs->setCurrentIndex(2);
        screenshot(&window, QStringLiteral("incident-window-assets"));
        QVERIFY(
            window.findChild<QLabel*>(QStringLiteral("verificationLabel"))->text().contains(QLatin1String("verified")));
    }

    void timelineModel_passesTester()
    {
        const auto rows = storage::IncidentQuery(m_session->database(), {}).page(1);
        gui::IncidentWindow window(*m_session, rows.first().incident.id);
        auto* view = window.findChild<QTableView*>(QStringLiteral("timelineTable"));
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(view->model()->rowCount() >= 2);
        window.reload();
    }
};

QTEST_MAIN(TestIncidents)
#include "tst_incidents.moc"
