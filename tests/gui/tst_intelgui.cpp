#include "../core/NavigatorLayerCheck.h"
#include "IntelFixtures.h"
#include "core/Error.h"
#include "gui/AttackPickerDialog.h"
#include "gui/AttackTechniqueEdit.h"
#include "gui/AttackTechniqueModel.h"
#include "gui/BacklogModel.h"
#include "gui/BriefDialog.h"
#include "gui/BriefsModel.h"
#include "gui/CoverageMatrixModel.h"
#include "gui/CoverageTab.h"
#include "gui/EditHuntCommand.h"
#include "gui/HuntDialog.h"
#include "gui/HuntMetricsWidget.h"
#include "gui/HuntsModel.h"
#include "gui/HuntsTab.h"
#include "gui/IntelItemDialog.h"
#include "gui/IntelItemsModel.h"
#include "gui/IntelItemsTab.h"
#include "gui/IntelPage.h"
#include "gui/MainWindow.h"
#include "gui/ObservablesModel.h"
#include "gui/ObservablesWidget.h"
#include "gui/Resources.h"
#include "gui/Session.h"
#include "storage/CoverageService.h"
#include "storage/DemoDataWriter.h"
#include "storage/DisseminationService.h"
#include "storage/HuntService.h"
#include "storage/IncidentRepository.h"
#include "storage/IntelDemoWriter.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace muster;

// The intel page, its tabs, dialogs and models on the demo organisation with demo
// intel. Saves screenshots when MUSTER_SCREENSHOT_DIR is set.
class TestIntelGui : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kNow = 1'795'953'600'000; // 2026-11-29 12:00 UTC
    std::unique_ptr<test::TempDatabase> m_db;

    static void screenshot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("MUSTER_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
        }
    }

    static core::AttackCatalog catalog() { return core::AttackCatalog::shipped(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_intelgui"));
        gui::initResources();
        QCOMPARE(test::utcMs(2026, 11, 29, 12), kNow);
        m_db = std::make_unique<test::TempDatabase>();
        storage::DemoDataWriter::write(m_db->db(), 200, 20261129u, kNow);
        const auto r = storage::IntelDemoWriter::write(m_db->db(), kNow);
        QVERIFY(r.sightings >= 3);
    }

    void techniqueEdit_flagsUnknownRevokedAndMalformed()
    {
        gui::AttackTechniqueEdit edit;
        QSignalSpy changed(&edit, &gui::AttackTechniqueEdit::idsChanged);
        edit.setIds({QStringLiteral("T1059.001"), QStringLiteral("T1566")});
        QCOMPARE(edit.ids(), (QStringList{QStringLiteral("T1059.001"), QStringLiteral("T1566")}));
        QVERIFY(edit.problems().isEmpty());
        QVERIFY(changed.count() >= 1);
        edit.lineEdit()->setText(QStringLiteral("t1059.001; T9999, T1066 t1059.001"));
        QCOMPARE(edit.ids(),
                 (QStringList{QStringLiteral("T1059.001"), QStringLiteral("T9999"), QStringLiteral("T1066")}));
        QCOMPARE(edit.problems().size(), 2);
        QVERIFY(edit.problems().at(0).contains(QLatin1String("T9999")));
        QVERIFY(edit.problems().at(1).contains(QLatin1String("revoked")));
        QVERIFY(edit.isWellFormed());
        QVERIFY(edit.lineEdit()->toolTip().contains(QLatin1String("revoked")));
        edit.lineEdit()->setText(QStringLiteral("T1059, lateral"));
        QVERIFY(!edit.isWellFormed());
        QCOMPARE(edit.ids(), QStringList{QStringLiteral("T1059")});
    }

    void techniqueEdit_completesByName()
    {
        gui::AttackTechniqueEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.lineEdit()->setFocus();
        QTest::keyClicks(edit.lineEdit(), QStringLiteral("T1566, powersh"));
        auto* completer = edit.findChild<QCompleter*>();
        QVERIFY(completer);
        QVERIFY(completer->completionCount() >= 1);
        QVERIFY(completer->currentCompletion().startsWith(QLatin1String("T1059.001")));
        emit completer->activated(completer->currentCompletion());
        QCOMPARE(edit.ids(), (QStringList{QStringLiteral("T1566"), QStringLiteral("T1059.001")}));
    }

    void picker_searchAndPick()
    {
        auto shared = std::make_shared<const core::AttackCatalog>(catalog());
        gui::AttackPickerDialog dialog(shared, {QStringLiteral("T1566")});
        dialog.resize(900, 600);
        dialog.setSearchText(QStringLiteral("kerberoast"));
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("techniqueTable"));
        QCOMPARE(table->model()->rowCount(), 1);
        table->model()->setData(table->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(dialog.selectedIds(), (QStringList{QStringLiteral("T1566"), QStringLiteral("T1558.003")}));
        dialog.setSearchText(QStringLiteral("T1066"));
        QCOMPARE(table->model()->rowCount(), 0); // revoked: hidden
        dialog.findChild<QCheckBox*>(QStringLiteral("showInactiveCheck"))->setChecked(true);
        QCOMPARE(table->model()->rowCount(), 1);
        dialog.setSearchText(QStringLiteral("credential"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        screenshot(&dialog, QStringLiteral("intel-attack-picker"));
    }

    void models_passModelTester()
    {
        storage::Database& db = m_db->db();
        gui::AttackTechniqueModel techniques;
        QAbstractItemModelTester t1(&techniques, QAbstractItemModelTester::FailureReportingMode::QtTest);
        techniques.setCatalog(std::make_shared<const core::AttackCatalog>(catalog()));
        techniques.setChecked({QStringLiteral("T1059")});
        QCOMPARE(techniques.rowCount(), 835);

        gui::IntelItemsModel items(db);
        QAbstractItemModelTester t2(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(items.rowCount(), 22);
        storage::IntelRepository::Filter f;
        f.kind = core::IntelKind::Indicator;
        items.setFilter(f);
        QCOMPARE(items.rowCount(), 10);

        gui::BriefsModel briefs(db);
        QAbstractItemModelTester t3(&briefs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(briefs.rowCount(), 2);

        gui::HuntsModel hunts(db);
        QAbstractItemModelTester t4(&hunts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        hunts.setNow(kNow);
        QCOMPARE(hunts.rowCount(), 12);

        gui::BacklogModel backlog;
        QAbstractItemModelTester t5(&backlog, QAbstractItemModelTester::FailureReportingMode::QtTest);
        backlog.setEntries(storage::CoverageService(db).backlog(catalog()), catalog());
        QVERIFY(backlog.rowCount() > 20);

        gui::CoverageMatrixModel matrix;
        QAbstractItemModelTester t6(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        matrix.setCoverage(catalog(), storage::CoverageService(db).coverage());
        QCOMPARE(matrix.columnCount(), 14);
        QVERIFY(matrix.coveredCount() > 10);
        matrix.setCoverage(catalog(), storage::CoverageService(db).coverage(), true);
        QVERIFY(matrix.rowCount() < 30);

        gui::ObservablesModel observables(db);
        QAbstractItemModelTester t7(&observables, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString incident =
            storage::Query(db.connection(), QStringLiteral("SELECT incident_id FROM intel_sightings "
                                                           "LIMIT 1"))
                .scalar()
                .toString();
        observables.setIncident(incident);
        QVERIFY(observables.rowCount() >= 1);
        QVERIFY(observables.sightingCount() >= 1);
    }

    void intelPage_tabs_screenshots()
    {
        gui::Session session(storage::Database::open(m_db->path()));
        gui::MainWindow window(session);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), gui::MainWindow::Page::Intel);
        auto* page = qobject_cast<gui::IntelPage*>(window.page(gui::MainWindow::Page::Intel));
        QVERIFY(page);
        page->setNow(kNow);
        page->intelTab()->selectRow(0);
        QTest::qWait(50);
        screenshot(&window, QStringLiteral("intel-tab-intel"));
        page->showTab(gui::IntelPage::HuntsTabIndex);
        page->huntsTab()->selectHunt(storage::HuntService(session.database()).all().at(4).id);
        QTest::qWait(50);
        screenshot(&window, QStringLiteral("intel-tab-hunts"));
        page->showTab(gui::IntelPage::CoverageTabIndex);
        QTest::qWait(50);
        screenshot(&window, QStringLiteral("intel-tab-coverage"));
        QVERIFY(page->coverageTab()->matrixModel()->coveredCount() > 10);
    }

    void coverageTab_exportsValidNavigatorLayer()
    {
        gui::Session session(storage::Database::open(m_db->path()));
        QUndoStack undo;
        gui::CoverageTab tab(session, &undo);
        const QString path = m_db->dir() + QStringLiteral("/layer.json");
        QVERIFY(tab.exportLayer(path).isEmpty());
        const QJsonObject layer = QJsonDocument::fromJson(test::readFile(path)).object();
        const QStringList problems = test::navigatorLayerProblems(layer);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(layer.value(QLatin1String("techniques")).toArray().size() > 10);
        QVERIFY(!tab.exportLayer(m_db->dir() + QStringLiteral("/missing/dir/layer.json")).isEmpty());
    }

    void editHunt_undoRestores()
    {
        gui::Session session(storage::Database::open(m_db->path()));
        storage::HuntService service(session.database());
        const core::Hunt before = service.all().first();
        core::Hunt after = before;
        after.title = QStringLiteral("Renamed for the undo test");
        const auto saved = service.update(after, session.actor());
        QUndoStack undo;
        undo.push(new gui::EditHuntCommand(session, before, saved.hunt));
        QCOMPARE(service.get(before.id).title, after.title);
        undo.undo();
        QCOMPARE(service.get(before.id).title, before.title);
        undo.redo();
        QCOMPARE(service.get(before.id).title, after.title);
        undo.undo();
    }

    void briefDialog_textRoundTrip_andScreenshot()
    {
        const QList<core::BriefSection> sections{{QStringLiteral("Summary"), QStringLiteral("One line.\n\nTwo.")},
                                                 {QStringLiteral("Actions"), QStringLiteral("- a\n- b")}};
        const QString text = gui::BriefDialog::sectionsToText(sections);
        const auto back = gui::BriefDialog::textToSections(text);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).heading, QStringLiteral("Summary"));
        QCOMPARE(back.at(0).body, QStringLiteral("One line.\n\nTwo."));
        QCOMPARE(back.at(1).body, QStringLiteral("- a\n- b"));

        gui::Session session(storage::Database::open(m_db->path()));
        const auto briefs = storage::DisseminationService(session.database()).all();
        gui::BriefDialog dialog(session, briefs.last().id);
        dialog.resize(1180, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* scope = dialog.findChild<QComboBox*>(QStringLiteral("scopeCombo"));
        // The release choices follow the marking: never wider than it allows.
        for (int i = 0; i < scope->count(); ++i) {
            QVERIFY(core::TlpPolicy::allows(briefs.last().tlp,
                                            *core::shareScopes().fromKey(scope->itemData(i).toString())));
        }
        screenshot(&dialog, QStringLiteral("intel-brief-dialog"));
        auto* tlp = dialog.findChild<QComboBox*>(QStringLiteral("tlpCombo"));
        tlp->setCurrentIndex(tlp->findData(QStringLiteral("red")));
        QCOMPARE(scope->count(), 1);
        QCOMPARE(scope->itemData(0).toString(), QStringLiteral("named"));
        tlp->setCurrentIndex(tlp->findData(QStringLiteral("clear")));
        QVERIFY(!dialog.save()); // the brief holds GREEN and AMBER intel
    }

    void huntDialog_andItemDialog_screenshots()
    {
        gui::Session session(storage::Database::open(m_db->path()));
        const auto hunt = storage::HuntService(session.database()).all().at(3);
        gui::HuntDialog dialog(session, hunt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.hunt().attackIds, hunt.attackIds);
        QCOMPARE(dialog.hunt().queries.size(), hunt.queries.size());
        screenshot(&dialog, QStringLiteral("intel-hunt-dialog"));

        gui::IntelItemDialog item(session, core::IntelItem{});
        item.show();
        QVERIFY(QTest::qWaitForWindowExposed(&item));
        auto* values = item.findChild<QPlainTextEdit*>(QStringLiteral("valuesEdit"));
        values->setPlainText(QStringLiteral("198.51.100.9\nnot a value"));
        QVERIFY(!item.formItem());
        values->setPlainText(QStringLiteral("198.51.100.9\nhxxps://evil[.]example/x"));
        const auto formed = item.formItem();
        QVERIFY(formed);
        QCOMPARE(formed->observables.size(), 2);
        QCOMPARE(formed->observables.at(1).value, QStringLiteral("https://evil.example/x"));
        screenshot(&item, QStringLiteral("intel-item-dialog"));
    }

    void metricsWidget_andObservables_screenshots()
    {
        gui::Session session(storage::Database::open(m_db->path()));
        gui::HuntMetricsWidget metrics(session);
        metrics.setNow(kNow);
        metrics.setMonths(6);
        metrics.resize(1000, 620);
        metrics.show();
        QVERIFY(QTest::qWaitForWindowExposed(&metrics));
        screenshot(&metrics, QStringLiteral("intel-hunt-metrics"));

        gui::ObservablesWidget observables(session);
        const QString incident = storage::Query(session.database().connection(),
                                                QStringLiteral("SELECT incident_id FROM intel_sightings LIMIT 1"))
                                     .scalar()
                                     .toString();
        observables.setIncident(incident);
        observables.resize(900, 300);
        observables.show();
        QVERIFY(QTest::qWaitForWindowExposed(&observables));
        const int before = observables.model()->rowCount();
        auto* value = observables.findChild<QLineEdit*>(QStringLiteral("valueEdit"));
        QTest::keyClicks(value, QStringLiteral("cfo.office@payments-example.org"));
        QCOMPARE(observables.findChild<QComboBox*>(QStringLiteral("kindCombo"))->currentData().toString(),
                 QStringLiteral("email"));
        QTest::keyClick(value, Qt::Key_Return);
        QTRY_COMPARE(observables.model()->rowCount(), before + 1);
        screenshot(&observables, QStringLiteral("intel-observables"));
    }
};

QTEST_MAIN(TestIntelGui)
#include "tst_intelgui.moc"
