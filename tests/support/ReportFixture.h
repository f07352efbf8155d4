#pragma once

#include "TestSupport.h"
#include "core/BuiltinScenarios.h"
#include "core/Exercise.h"
#include "core/ExerciseRules.h"
#include "storage/DemoDataWriter.h"
#include "storage/ExerciseService.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/WorkflowDemoWriter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace muster::test {

// The data the report suites render: the demo organisation (people, assets, a year of
// incidents), the three live incidents with stakeholder work (WorkflowDemoWriter), and
// one tabletop exercise run, rated and reviewed two weeks before `now`.
struct ReportFixture
{
    static QString personOf(storage::Database& db, core::PersonFunction f, int skip = 0)
    {
        for (const auto& p : storage::PeopleRepository(db).all()) {
            if (p.function == f && skip-- == 0) {
                return p.id;
            }
        }
        qFatal("no person of that function");
    }

    static core::Actor personActor(storage::Database& db, core::PersonFunction f)
    {
        const QString id = personOf(db, f);
        return core::Actor{id, storage::PeopleRepository(db).find(id)->name};
    }

    // Returns the exercise's reference.
    static QString runExercise(storage::Database& db, qint64 startedAt)
    {
        FixedClock clock(startedAt);
        storage::ExerciseService service(db, clock);
        const core::Actor facilitator{QString(), QStringLiteral("Facilitator Fran")};
        core::Scenario scenario;
        for (const auto& s : core::BuiltinScenarios::all()) {
            if (s.id == QLatin1String("ransomware-double-extortion")) {
                scenario = s;
            }
        }
        core::ExerciseRules::Plan plan;
        plan.title = QStringLiteral("Q1 crisis-team drill");
        plan.plannedAt = startedAt;
        plan.compression = 10;
        plan.facilitatorId = personOf(db, core::PersonFunction::Risk);
        plan.participants = {
            {QStringLiteral("ic"), personOf(db, core::PersonFunction::SecurityOperations), {}},
            {QStringLiteral("soc"), personOf(db, core::PersonFunction::SecurityOperations, 1), {}},
            {QStringLiteral("itops"), personOf(db, core::PersonFunction::ItOperations), {}},
            {QStringLiteral("legal"), personOf(db, core::PersonFunction::Legal), {}},
            {QStringLiteral("comms"), personOf(db, core::PersonFunction::Communications), {}},
            {QStringLiteral("exec"), personOf(db, core::PersonFunction::Executive), {}},
        };
        const core::Exercise exercise = service.plan(scenario, plan, facilitator);
        service.start(exercise.id, facilitator);
        clock.advanceMinutes(1);
        core::LogEntry response;
        response.kind = core::LogKind::Response;
        response.injectId = QStringLiteral("inj-01");
        response.roleId = QStringLiteral("soc");
        response.actionId = QStringLiteral("a-declare");
        response.text = QStringLiteral("Incident declared, incident commander paged");
        service.log(exercise.id, response, facilitator);
        core::LogEntry decision;
        decision.kind = core::LogKind::Decision;
        decision.injectId = QStringLiteral("inj-01");
        decision.roleId = QStringLiteral("itops");
        decision.text = QStringLiteral("Isolate FS02 via EDR");
        decision.rationale = QStringLiteral("Mass renaming is spreading");
        service.log(exercise.id, decision, facilitator);
        service.rate(exercise.id, QStringLiteral("a-declare"), core::Rating::P, QStringLiteral("Declared in 10 min"),
                     QStringLiteral("Eve Evaluator"), facilitator);
        service.rate(exercise.id, QStringLiteral("a-isolate"), core::Rating::M, QStringLiteral("Only after a reminder"),
                     QString(), facilitator);
        clock.advanceMinutes(30);
        service.end(exercise.id);
        service.rate(exercise.id, QStringLiteral("a-holding"), core::Rating::U,
                     QStringLiteral("No statement was ready"), QString(), facilitator);
        service.saveReview(exercise.id, {QStringLiteral("obj-contain"), QStringLiteral("Fast declaration"),
                                         QStringLiteral("Isolation runbook unclear")});
        core::ImprovementItem item;
        item.objectiveId = QStringLiteral("obj-contain");
        item.action = QStringLiteral("Write an EDR isolation runbook");
        item.ownerId = personOf(db, core::PersonFunction::ItOperations);
        item.dueAt = startedAt + qint64(30) * 86'400'000;
        service.addImprovement(exercise.id, item);
        return exercise.reference;
    }

    static void write(storage::Database& db, qint64 now, int incidents = 240)
    {
        storage::DemoDataWriter::write(db, incidents, 20261129u, now);
        storage::WorkflowDemoWriter::write(db, now);
        storage::SettingsRepository(db).setValue(QStringLiteral("organisation.name"),
                                                 QStringLiteral("Northwind Trading plc"), now);
    }
};

// The text of a PDF by pdftotext (poppler-utils), pages separated by form feeds; empty
// when the tool is missing or fails.
inline QString pdfText(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        qWarning("pdftotext (poppler-utils) is not installed");
        return {};
    }
    QProcess p;
    p.start(tool,
            {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60'000) || p.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The pages of pdfText, without the empty one after the last form feed.
inline QStringList pdfPages(const QString& text)
{
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
        pages.removeLast();
    }
    return pages;
}

// All whitespace folded to single spaces, so that sentences wrapped by the layout match.
inline QString flat(const QString& text)
{
    return text.simplified();
}

// Whether the words of `phrase` occur in `text` in order, each within `window`
// characters of the one before, starting at any occurrence of the first: table cells
// wrap (also at hyphens), and pdftotext interleaves the lines of a wrapped cell with
// those of its neighbours.
inline bool hasInOrder(const QString& text, const QString& phrase, qsizetype window = 400)
{
    static const QRegularExpression separators(QStringLiteral("[\\s-]+"));
    const QStringList words = phrase.split(separators, Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        return false;
    }
    for (qsizetype start = text.indexOf(words.first()); start >= 0; start = text.indexOf(words.first(), start + 1)) {
        qsizetype at = start + words.first().size() - 1;
        bool all = true;
        for (qsizetype i = 1; i < words.size() && all; ++i) {
            const qsizetype found = text.indexOf(words.at(i), at + 1);
            all = found >= 0 && found - at <= window;
            at = found + words.at(i).size() - 1;
        }
        if (all) {
            return true;
        }
    }
    return false;
}

} // namespace muster::test
