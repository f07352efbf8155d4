#include "TestSupport.h"
#include "gui/DrillHistoryChart.h"
#include "gui/EvaluationModel.h"
#include "gui/ExerciseListModel.h"
#include "gui/ExerciseWindow.h"
#include "gui/ExercisesPage.h"
#include "gui/ImprovementDialog.h"
#include "gui/MainWindow.h"
#include "gui/PlanExerciseDialog.h"
#include "gui/ProjectorWindow.h"
#include "gui/Resources.h"
#include "gui/ScenarioEditor.h"
#include "gui/ScenarioLibraryModel.h"
#include "gui/ScenariosPage.h"
#include "gui/Session.h"
#include "storage/DemoDataWriter.h"
#include "storage/ExerciseService.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace muster;

// A complete tabletop exercise through the GUI: the library, the scenario editor, an
// OpenAEV import by drag and drop, planning, running with branches and time compression,
// the projector, evaluation, hot wash and the report; then a second run that shows the
// drill history and re-tests the first run's improvement items. Screenshots of each step
// go to MUSTER_SCREENSHOT_DIR when it is set.
class TestExerciseGui : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kMinute = 60'000;
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<test::FixedClock> m_clock;
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::MainWindow> m_window;
    QTemporaryDir m_out;

    static void screenshot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("MUSTER_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QTest::qWait(30); // let pending layouts settle
            QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
        }
    }

    template<typename T>
    static T* child(QObject* parent, const char* name)
    {
        T* w = parent->findChild<T*>(QString::fromLatin1(name));
        if (!w) {
            qFatal("no child %s", name);
        }
        return w;
    }

    // Answers the next modal question box with `button`.
    static void answerNextQuestion(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, [button] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                box->button(button)->click();
            }
        });
    }

    // Drags local files onto a widget and drops them, as a file manager does.
    static void dropFiles(QWidget* target, const QStringList& paths)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString& p : paths) {
            urls << QUrl::fromLocalFile(p);
        }
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
    }

    gui::ExercisesPage* exercisesPage() const
    {
        return static_cast<gui::ExercisesPage*>(m_window->page(gui::MainWindow::Page::Exercises));
    }
    gui::ScenariosPage* scenariosPage() const
    {
        return static_cast<gui::ScenariosPage*>(m_window->page(gui::MainWindow::Page::Scenarios));
    }

    QString personOf(core::PersonFunction f, int skip = 0) const
    {
        for (const auto& p : storage::PeopleRepository(m_session->database()).all()) {
            if (p.function == f && skip-- == 0) {
                return p.id;
            }
        }
        return {};
    }

    // Plans the ransomware scenario through the dialog, at 10x.
    QString planThroughDialog(const QString& title, bool shoot)
    {
        gui::PlanExerciseDialog dialog(*m_session, QStringLiteral("ransomware-double-extortion"), m_window.get());
        child<QLineEdit>(&dialog, "titleEdit")->setText(title);
        child<QSpinBox>(&dialog, "compressionSpin")->setValue(10);
        auto* facilitator = child<QComboBox>(&dialog, "facilitatorCombo");
        facilitator->setCurrentIndex(facilitator->findData(personOf(core::PersonFunction::ThreatIntelligence)));
        // Suggested from the directory: every role has someone of its function.
        const auto plan = dialog.plan();
        if (plan.participants.size() != 7) {
            qWarning("participants suggested: %d", int(plan.participants.size()));
            return {};
        }
        dialog.resize(720, 640);
        dialog.show();
        if (shoot) {
            screenshot(&dialog, QStringLiteral("04-plan-exercise"));
        }
        dialog.accept();
        return dialog.result() == QDialog::Accepted ? dialog.exerciseId() : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exercisegui"));
        gui::initResources();
        m_db = std::make_unique<test::TempDatabase>();
        m_clock = std::make_unique<test::FixedClock>(test::utcMs(2026, 3, 10, 13));
        storage::DemoDataWriter::write(m_db->db(), 60, 11, m_clock->nowMs());
        storage::SettingsRepository(m_db->db())
            .setValue(QStringLiteral("organisation.name"), QStringLiteral("Northwind Logistics"), m_clock->nowMs());
        m_session = std::make_unique<gui::Session>(storage::Database::open(m_db->path()));
        m_window = std::make_unique<gui::MainWindow>(*m_session);
        m_window->resize(1400, 880);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    void library_listsShippedScenariosWithPreview()
    {
        m_window->showPage(gui::MainWindow::Page::Scenarios);
        auto* page = scenariosPage();
        QVERIFY(page->model()->rowCount() >= 10);
        page->selectKey(QStringLiteral("ransomware-double-extortion"));
        QCOMPARE(page->currentKey(), QStringLiteral("ransomware-double-extortion"));
        const QString preview = child<QTextBrowser>(page, "previewBrowser")->toPlainText();
        QVERIFY(preview.contains(QLatin1String("Will the company engage with the extortionists?")));
        QVERIFY(preview.contains(QLatin1String("Ransom note: 400 GB stolen, 72 hours")));
        screenshot(m_window.get(), QStringLiteral("01-scenario-library"));
    }

    void editor_validatesAtTheFieldAndUndoes()
    {
        auto* editor = scenariosPage()->editScenario(QStringLiteral("ddos-extortion"));
        QVERIFY(editor);
        editor->resize(1100, 760);
        QVERIFY(editor->problems().isEmpty());
        auto* tabs = child<QTabWidget>(editor, "tabs");
        tabs->setCurrentIndex(1);
        editor->selectInject(1);
        // Typing an unknown role into the audience: the problem is listed and the field marked.
        auto* audience = child<QLineEdit>(editor, "injectAudienceEdit");
        audience->setFocus();
        audience->selectAll();
        QTest::keyClicks(audience, QStringLiteral("netops, cfo"));
        QCOMPARE(editor->problems().size(), 1);
        QCOMPARE(editor->problems().first().path, QStringLiteral("$.injects[1].audience[1]"));
        QVERIFY(editor->problems().first().message.contains(QLatin1String("no role \"cfo\"")));
        QVERIFY(editor->problems().first().line > 0);
        QVERIFY(audience->toolTip().contains(QLatin1String("cfo")));
        QVERIFY(!child<QPushButton>(editor, "saveLibraryButton")->isEnabled());
        screenshot(editor, QStringLiteral("02-scenario-editor-problem"));
        // One undo step for the whole typing.
        QTest::keySequence(audience, QKeySequence::Undo);
        QVERIFY(editor->problems().isEmpty());
        QVERIFY(audience->toolTip().isEmpty());
        // Edit the title and save as a team copy in the library.
        tabs->setCurrentIndex(0);
        auto* title = child<QLineEdit>(editor, "titleEdit");
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("DDoS with extortion (Northwind)"));
        QVERIFY(editor->sourceText().contains(QLatin1String("\"title\": \"DDoS with extortion (Northwind)\"")));
        QVERIFY(editor->saveToLibrary());
        QVERIFY(!editor->isModified());
        // Save to a file, then reopen it by drag and drop on the editor.
        const QString path = m_out.filePath(QStringLiteral("ddos.json"));
        QVERIFY(editor->saveToFile(path));
        editor->close();
        QVERIFY(QFileInfo::exists(path));
        const int row = scenariosPage()->model()->rowOf(QStringLiteral("ddos-extortion"));
        QCOMPARE(scenariosPage()->model()->rowAt(row).title, QStringLiteral("DDoS with extortion (Northwind)"));
    }

    void dragAndDrop_opensScenarioFilesAndImportsOpenAev()
    {
        auto* page = scenariosPage();
        QTRY_COMPARE(page->findChildren<gui::ScenarioEditor*>().size(), 0); // the last one closed
        // A scenario file with problems opens in an editor that lists them.
        dropFiles(page,
                  {test::sourcePath(QStringLiteral("tests/data/scenarios-malformed/missing-inject-reference.json"))});
        auto editors = page->findChildren<gui::ScenarioEditor*>();
        QCOMPARE(editors.size(), 1);
        // The wrong reference, and the inject that is now unreachable.
        QCOMPARE(editors.first()->problems().size(), 2);
        QVERIFY(editors.first()->problems().first().message.contains(QLatin1String("no inject \"i9\"")));
        screenshot(editors.first(), QStringLiteral("03-dropped-file-with-problem"));
        editors.first()->close();
        QTRY_COMPARE(page->findChildren<gui::ScenarioEditor*>().size(), 0);

        // An OpenAEV export dropped on the page is imported off the GUI thread.
        QSignalSpy finished(page, &gui::ScenariosPage::importFinished);
        dropFiles(page, {test::sourcePath(QStringLiteral("tests/data/openaev/tabletop-ransomware.zip"))});
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String("${user.email}")));
        QCOMPARE(page->currentKey(), QStringLiteral("ransomware-crisis-tabletop"));
        screenshot(m_window.get(), QStringLiteral("03-openaev-imported"));
        for (auto* box : page->findChildren<QMessageBox*>()) {
            box->close();
        }
        // A malformed export: refused, nothing stored.
        const int before = page->model()->rowCount();
        dropFiles(page, {test::sourcePath(QStringLiteral("tests/data/openaev-malformed/zip-bad-crc.zip"))});
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(!finished.at(1).at(0).toBool());
        QVERIFY(finished.at(1).at(1).toString().contains(QLatin1String("checksum")));
        QCOMPARE(page->model()->rowCount(), before);
        for (auto* box : page->findChildren<QMessageBox*>()) {
            box->close();
        }
    }

    void completeExercise_planRunEvaluateHotWashReport()
    {
        const QString id = planThroughDialog(QStringLiteral("Q1 crisis-team drill"), true);
        QVERIFY(!id.isEmpty());
        m_window->showPage(gui::MainWindow::Page::Exercises);
        auto* page = exercisesPage();
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->currentExerciseId(), id);

        auto* console = page->openConsole(id, *m_clock);
        QVERIFY(QTest::qWaitForWindowExposed(console));
        screenshot(console, QStringLiteral("05-console-planned"));
        auto* clock = child<QLabel>(console, "clockLabel");

        // Start: the first inject goes out at 0:00.
        QTest::mouseClick(child<QPushButton>(console, "startButton"), Qt::LeftButton);
        QCOMPARE(console->record().exercise.status, core::ExerciseStatus::Running);
        QCOMPARE(console->record().releases.size(), 1);
        // Time compression 10x: 3 wall minutes are 30 scenario minutes; inj-02 (due 0:25) goes out.
        m_clock->advanceMinutes(3);
        console->tick();
        QCOMPARE(clock->text(), QStringLiteral("0:30"));
        QCOMPARE(console->record().releases.size(), 2);
        QCOMPARE(console->record().releases.last().scenarioMs, 25 * kMinute);

        // Log a response that evidences an expected action, with the form.
        auto* injectCombo = child<QComboBox>(console, "injectCombo");
        injectCombo->setCurrentIndex(injectCombo->findData(QStringLiteral("inj-01")));
        auto* kind = child<QComboBox>(console, "kindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("response")));
        auto* role = child<QComboBox>(console, "roleCombo");
        role->setCurrentIndex(role->findData(QStringLiteral("soc")));
        auto* action = child<QComboBox>(console, "actionCombo");
        action->setCurrentIndex(action->findData(QStringLiteral("a-declare")));
        QTest::keyClicks(child<QLineEdit>(console, "decisionEdit"), QStringLiteral("Declared INC, paged the IC"));
        QTest::mouseClick(child<QPushButton>(console, "addLogButton"), Qt::LeftButton);
        QCOMPARE(console->record().log.size(), 1);
        QCOMPARE(console->record().sinceRelease(console->record().log.first()), std::optional<qint64>(30 * kMinute));

        // A decision without a role is refused at the field.
        kind->setCurrentIndex(kind->findData(QStringLiteral("decision")));
        role->setCurrentIndex(0);
        QTest::keyClicks(child<QLineEdit>(console, "decisionEdit"), QStringLiteral("Something"));
        QTest::mouseClick(child<QPushButton>(console, "addLogButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(console, "logErrorLabel")->text().contains(QLatin1String("Role")));
        QCOMPARE(console->record().log.size(), 1);
        child<QLineEdit>(console, "decisionEdit")->clear();

        // Expectation branch: rating the network cut M while running decides "not met".
        auto* evaluation = static_cast<gui::EvaluationModel*>(child<QTableView>(console, "evaluationTable")->model());
        int segmentRow = -1;
        for (int r = 0; r < evaluation->rowCount(); ++r) {
            if (evaluation->index(r, 0).data(gui::EvaluationModel::ActionIdRole).toString() ==
                QLatin1String("a-segment")) {
                segmentRow = r;
            }
        }
        QVERIFY(segmentRow >= 0);
        QVERIFY(evaluation->setData(evaluation->index(segmentRow, gui::EvaluationModel::RatingColumn),
                                    QStringLiteral("M")));
        QCOMPARE(console->record().choice(QStringLiteral("b-containment"))->outcomeId, QStringLiteral("not_met"));

        // Skip ahead: the backup-server inject (branch, 15 min after the choice) goes out.
        QTest::mouseClick(child<QPushButton>(console, "skipButton"), Qt::LeftButton);
        QCOMPARE(clock->text(), QStringLiteral("0:45"));
        QVERIFY(console->record().release(QStringLiteral("inj-03b")));
        QVERIFY(!console->record().release(QStringLiteral("inj-03a")));
        QCOMPARE(console->record().release(QStringLiteral("inj-03b"))->way, core::ReleaseWay::Branch);

        // Pause and resume: the clock stands still in between.
        QTest::mouseClick(child<QPushButton>(console, "pauseButton"), Qt::LeftButton);
        m_clock->advanceMinutes(30);
        console->tick();
        QCOMPARE(clock->text(), QStringLiteral("0:45"));
        QTest::mouseClick(child<QPushButton>(console, "pauseButton"), Qt::LeftButton);
        QCOMPARE(console->record().exercise.status, core::ExerciseStatus::Running);

        // The ransom note at 0:50; the executives decide, which settles the decision branch.
        QTest::mouseClick(child<QPushButton>(console, "skipButton"), Qt::LeftButton);
        QCOMPARE(clock->text(), QStringLiteral("0:50"));
        m_clock->advanceMinutes(2); // 20 scenario minutes to decide
        console->tick();
        injectCombo->setCurrentIndex(injectCombo->findData(QStringLiteral("inj-04")));
        role->setCurrentIndex(role->findData(QStringLiteral("exec")));
        auto* settles = child<QComboBox>(console, "settlesCombo");
        int refuse = -1;
        for (int i = 0; i < settles->count(); ++i) {
            if (settles->itemData(i).toStringList() ==
                QStringList{QStringLiteral("b-engage"), QStringLiteral("refuse")}) {
                refuse = i;
            }
        }
        QVERIFY(refuse > 0);
        settles->setCurrentIndex(refuse);
        QTest::keyClicks(child<QLineEdit>(console, "decisionEdit"),
                         QStringLiteral("No contact with the extortionists"));
        QTest::keyClicks(child<QLineEdit>(console, "rationaleEdit"),
                         QStringLiteral("Sanctions screening open; restore from tape"));
        QTest::keyClicks(child<QLineEdit>(console, "approverEdit"), QStringLiteral("CEO"));
        QTest::mouseClick(child<QPushButton>(console, "addLogButton"), Qt::LeftButton);
        QCOMPARE(console->record().choice(QStringLiteral("b-engage"))->outcomeId, QStringLiteral("refuse"));
        const auto& decision = console->record().log.last();
        QCOMPARE(console->record().sinceRelease(decision), std::optional<qint64>(20 * kMinute));

        // Release the contingency inject by hand.
        auto* injects = child<QTableView>(console, "injectTable");
        for (int r = 0; r < injects->model()->rowCount(); ++r) {
            if (injects->model()->index(r, 0).data(Qt::UserRole + 1).toString() == QLatin1String("inj-08")) {
                injects->selectRow(r);
            }
        }
        QTest::mouseClick(child<QPushButton>(console, "releaseButton"), Qt::LeftButton);
        QCOMPARE(console->record().release(QStringLiteral("inj-08"))->way, core::ReleaseWay::Manual);
        QVERIFY(child<QTextBrowser>(console, "injectBrowser")->toPlainText().contains(QLatin1String("Just pay them")));

        // The exercise incident in the real workflow.
        QTest::mouseClick(child<QPushButton>(console, "incidentButton"), Qt::LeftButton);
        QVERIFY(!console->record().exercise.incidentReference.isEmpty());
        QVERIFY(child<QLabel>(console, "incidentLabel")->text().contains(console->record().exercise.incidentReference));

        // Skip on: the leak-site inject 20 min after the decision, then the journalist at 1:35.
        QTest::mouseClick(child<QPushButton>(console, "skipButton"), Qt::LeftButton);
        QVERIFY(console->record().release(QStringLiteral("inj-05b")));
        QTest::mouseClick(child<QPushButton>(console, "skipButton"), Qt::LeftButton);
        QVERIFY(console->record().release(QStringLiteral("inj-06")));
        injects->selectRow(0);
        for (int r = 0; r < injects->model()->rowCount(); ++r) {
            if (injects->model()->index(r, 0).data(Qt::UserRole + 1).toString() == QLatin1String("inj-04")) {
                injects->selectRow(r);
            }
        }
        screenshot(console, QStringLiteral("06-console-running"));

        // The projector: clock, released injects, what each role was asked — no spoilers.
        auto* projector = console->showProjector();
        projector->resize(1280, 720);
        QVERIFY(QTest::qWaitForWindowExposed(projector));
        const QString shown = projector->visibleText();
        QVERIFY(shown.contains(QLatin1String("Journalist calls about the leak")));
        QVERIFY(shown.contains(QLatin1String("Leak site lists the company")));
        QVERIFY(!shown.contains(QLatin1String("Backups intact")));               // not released
        QVERIFY(!shown.contains(QLatin1String("Is there an approved holding"))); // a hint
        QVERIFY(!shown.contains(QLatin1String("Issue an approved holding")));    // an expected action
        QVERIFY(!shown.contains(QLatin1String("The switchboard puts")));         // read-aloud text
        screenshot(projector, QStringLiteral("07-projector"));
        projector->close();

        // End (the console asks first).
        answerNextQuestion(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(console, "endButton"), Qt::LeftButton);
        QTRY_COMPARE(console->record().exercise.status, core::ExerciseStatus::Ended);

        // Evaluation after the drill.
        console->showTab(1);
        const auto rate = [&](const QString& actionId, const QString& rating, const QString& observation) {
            for (int r = 0; r < evaluation->rowCount(); ++r) {
                if (evaluation->index(r, 0).data(gui::EvaluationModel::ActionIdRole).toString() == actionId) {
                    QVERIFY(evaluation->setData(evaluation->index(r, gui::EvaluationModel::RatingColumn), rating));
                    QVERIFY(evaluation->setData(evaluation->index(r, gui::EvaluationModel::ObservationColumn),
                                                observation));
                }
            }
        };
        rate(QStringLiteral("a-declare"), QStringLiteral("P"), QStringLiteral("Declared within the window"));
        rate(QStringLiteral("a-isolate"), QStringLiteral("S"), QStringLiteral("Isolation worked, took 25 min"));
        rate(QStringLiteral("a-insurer"), QStringLiteral("P"), QStringLiteral("Insurer hotline on the card"));
        rate(QStringLiteral("a-holding"), QStringLiteral("U"), QStringLiteral("No pre-approved holding statement"));
        QCOMPARE(console->record().ratings.size(), 5);
        screenshot(console, QStringLiteral("08-evaluation"));

        // Hot wash: notes on a discussion question, strengths and improvements per objective.
        console->showTab(2);
        auto* tree = child<QTreeWidget>(console, "discussionTree");
        tree->setCurrentItem(tree->topLevelItem(1)->child(0));
        QTest::keyClicks(child<QPlainTextEdit>(console, "discussionEdit"),
                         QStringLiteral("The CEO decided; legal was consulted but the insurer only later."));
        auto* objectives = child<QListWidget>(console, "objectiveList");
        objectives->setCurrentRow(3);                         // communications
        QTRY_COMPARE(console->record().discussion.size(), 1); // saved when typing stopped
        QTest::keyClicks(child<QPlainTextEdit>(console, "strengthsEdit"), QStringLiteral("Clear single spokesperson"));
        QTest::keyClicks(child<QPlainTextEdit>(console, "improvementsEdit"),
                         QStringLiteral("Holding statements were written from scratch under pressure"));
        QTRY_COMPARE(console->record().reviews.size(), 1);
        QCOMPARE(console->record().reviews.first().objectiveId, QStringLiteral("obj-comms"));

        // An improvement item with owner and due date.
        core::ImprovementItem item;
        item.objectiveId = QStringLiteral("obj-comms");
        item.capability = QStringLiteral("Public information and warning");
        item.action = QStringLiteral("Pre-approve holding statements for ransomware, data theft and outage");
        item.ownerId = personOf(core::PersonFunction::Communications);
        item.dueAt = test::utcMs(2026, 5, 1);
        gui::ImprovementDialog dialog(*m_session, console->record().scenario, id, item, console);
        dialog.show();
        screenshot(&dialog, QStringLiteral("09-improvement-item"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QTRY_COMPARE(console->record().improvements.size(), 1);
        screenshot(console, QStringLiteral("10-hot-wash"));

        // The report.
        console->showTab(3);
        const QString report = child<QTextBrowser>(console, "reportBrowser")->toPlainText();
        QVERIFY(report.contains(QLatin1String("No contact with the extortionists")));
        QVERIFY(report.contains(QLatin1String("Pre-approve holding statements")));
        QVERIFY(report.contains(QLatin1String("Northwind Logistics")));
        QVERIFY(report.contains(QLatin1String("Clear single spokesperson")));
        screenshot(console, QStringLiteral("11-report"));
        const QString html = m_out.filePath(QStringLiteral("aar.html"));
        const QString markdown = m_out.filePath(QStringLiteral("aar.md"));
        QVERIFY(console->exportReport(html, true));
        QVERIFY(console->exportReport(markdown, false));
        QFile md(markdown);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString mdText = QString::fromUtf8(md.readAll());
        QVERIFY(mdText.contains(QLatin1String("| 20 min |")));
        QVERIFY(mdText.contains(QLatin1String("Sanctions screening open; restore from tape")));
        console->close();
    }

    void secondRun_showsRetestedItemsAndDrillHistory()
    {
        m_clock->set(test::utcMs(2026, 9, 15, 13));
        const QString id = planThroughDialog(QStringLiteral("Q3 crisis-team drill"), false);
        QVERIFY(!id.isEmpty());
        auto* page = exercisesPage();
        auto* console = page->openConsole(id, *m_clock);
        QTest::mouseClick(child<QPushButton>(console, "startButton"), Qt::LeftButton);
        m_clock->advanceMinutes(1); // faster this time: 10 minutes
        console->tick();
        storage::ExerciseService service(m_session->database(), *m_clock);
        const core::Actor actor{QString(), QStringLiteral("Facilitator")};
        service.skipToNext(id, actor);
        service.skipToNext(id, actor);
        core::LogEntry d;
        d.kind = core::LogKind::Decision;
        d.injectId = QStringLiteral("inj-04");
        d.roleId = QStringLiteral("exec");
        d.text = QStringLiteral("No contact");
        d.branchId = QStringLiteral("b-engage");
        d.outcomeId = QStringLiteral("refuse");
        m_clock->set(m_clock->nowMs() + 30'000); // 5 scenario minutes this time
        service.log(id, d, actor);
        for (const char* a : {"a-declare", "a-isolate", "a-insurer", "a-holding"}) {
            service.rate(id, QString::fromLatin1(a), core::Rating::P, {}, {}, actor);
        }
        console->reload();
        console->showTab(2);
        QVERIFY2(child<QLabel>(console, "retestLabel")->text().contains(QLatin1String("re-tested, now P")),
                 qPrintable(child<QLabel>(console, "retestLabel")->text()));
        console->showTab(3);
        QVERIFY(child<QTextBrowser>(console, "reportBrowser")
                    ->toPlainText()
                    .contains(QLatin1String("Improvement items from earlier runs")));
        console->close();

        m_window->showPage(gui::MainWindow::Page::Exercises);
        page->reload();
        page->showHistory(QStringLiteral("ransomware-double-extortion"), true);
        QVERIFY(page->historyChart()->seriesCount() >= 3); // all roles plus roles with ratings
        screenshot(m_window.get(), QStringLiteral("12-drill-history-share"));
        page->showHistory(QStringLiteral("ransomware-double-extortion"), false);
        screenshot(m_window.get(), QStringLiteral("13-drill-history-time"));
        const auto history = service.history(QStringLiteral("ransomware-double-extortion"));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).roles.value(QStringLiteral("exec")).meanDecisionMinutes, std::optional<double>(20.0));
        QCOMPARE(history.at(1).roles.value(QStringLiteral("exec")).meanDecisionMinutes, std::optional<double>(5.0));
        QVERIFY(*history.at(1).overall.shareMet() > *history.at(0).overall.shareMet());
    }
};

QTEST_MAIN(TestExerciseGui)
#include "tst_exercisegui.moc"
